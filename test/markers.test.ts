import { describe, expect, it } from 'vitest';
import { markerByRules, matchHeadingMarker, startsWithHeadingMarker } from '../engine/document/markers.js';

// endings that complete some marker after almost any first character
const SUFFIXES = ['', '一、', '）', '）、加强', '、工作', '.', '．建设', '部分', '是加强', '1）', '二三）', '十一、', '，一'];

describe('heading markers: the first-character test', () => {
  it('answers as the rules do for every first code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const head = String.fromCharCode(c);
      for (const s of SUFFIXES) {
        const t = head + s;
        if (JSON.stringify(matchHeadingMarker(t)) !== JSON.stringify(markerByRules(t))) differ.push(t);
      }
    }
    expect(differ).toEqual([]);
  });

  it('startsWithHeadingMarker: indentation skipped and full-width digits read, as before', () => {
    const before = (line: string) => markerByRules(line.replace(/^[\s\u3000]+/, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))) !== null;
    const lines = ['　　一、总体情况', ' \t（二）工作', '１．学习', '１２）', '  ', '', '加强领导', '\u3000第三部分', '⑤落实', ' 一是加强', '２０２４年'];
    for (const l of lines) expect(startsWithHeadingMarker(l)).toBe(before(l));
    expect(lines.filter(startsWithHeadingMarker)).toEqual(['　　一、总体情况', ' \t（二）工作', '１．学习', '１２）', '\u3000第三部分', '⑤落实', ' 一是加强']);
  });
});

describe('a heading set in lenticular brackets (blind set 37)', () => {
  it('【一、…】 and 〖二、…〗 are numbered inside their brackets; a bracketed lead, an unclosed bracket and a bracketed title are not', () => {
    expect(matchHeadingMarker('【一、坚持依法全面履行政府职能】')).toEqual({ style: 'cn', label: '一', length: 3 });
    expect(matchHeadingMarker('〖（二）严格规范公正文明执法〗')).toEqual({ style: 'cn_paren', label: '（二）', length: 4 });
    expect(matchHeadingMarker('【一是加强领导】')).toBeNull();
    expect(matchHeadingMarker('【一、坚持依法决策')).toBeNull();
    expect(matchHeadingMarker('【坚持依法决策】')).toBeNull();
    // red team 21: a heading running into its body on one line, and a quote a wrapped line begins with, are not headings
    expect(matchHeadingMarker('【一、坚持依法决策】全年聘请法律顾问2名。')).toBeNull();
    expect(matchHeadingMarker('【三、存在的问题】所列的4项整改任务已全部完成。')).toBeNull();
    expect(matchHeadingMarker('【三、存在的问题】：')).toEqual({ style: 'cn', label: '三', length: 3 });
  });

  it('an indicator numbered in brackets with its title after them is a numbered part (blind set 300); a sentence after them is not', () => {
    expect(matchHeadingMarker('【指标一】党对法治政府建设的领导（分值15分，自评14分）')).toEqual({ style: 'cn_paren', label: '（一）', length: 5 });
    expect(matchHeadingMarker('【第三部分】推进严格规范公正文明执法')).toEqual({ style: 'cn_paren', label: '（三）', length: 6 });
    expect(matchHeadingMarker('【一级指标二】依法全面履行政府职能')).toMatchObject({ style: 'cn_paren', label: '（二）' });
    expect(matchHeadingMarker('【指标一】局党组全年研究法治工作3次。')).toBeNull();
    expect(matchHeadingMarker('【指标说明】党对法治政府建设的领导')).toBeNull();
  });

  it('a bracketed heading names its kind as a bare one does (【三、意见建议】 is no achievements section)', async () => {
    const { kindOfHeading } = await import('../engine/document/section-kinds.js');
    expect(kindOfHeading('意见建议】', true, 2024)).toBe(kindOfHeading('意见建议', true, 2024));
    expect(kindOfHeading('意见建议', true, 2024)).not.toBeNull();
  });

  it('a report headed so has its achievements sections, and its preamble stays the preamble', async () => {
    const { parseDocument } = await import('../engine/document/parse.js');
    const d = parseDocument(['峣口区人民政府关于2021年度法治政府建设情况的报告', '2021年，区政府主要负责同志认真履行第一责任人职责。现将有关情况报告如下：',
      '【一、坚持依法全面履行政府职能】', '聘请律师事务所担任法律顾问。', '【二、存在的不足和原因】', '力量薄弱，主要原因是培训不足。', '【三、2022年工作安排】', '继续推进普法。', '峣口区人民政府', '2022年2月10日'].join('\n'));
    expect(d.sections.map((x) => [x.path, x.kind])).toEqual([['', 'front'], ['一', 'achievements'], ['二', 'shortcomings'], ['三', 'plans'], ['落款', 'closing']]);
  });
});

describe('an outline\'s decimal numbering (blind set 105)', () => {
  it('1.1, 2.2 and 2.1.3 before a word are headings; decimal quantities are not', () => {
    expect(matchHeadingMarker('1.1 依法全面履行政府职能')).toEqual({ style: 'decimal', label: '1.1', length: 3 });
    expect(matchHeadingMarker('2.2原因分析')).toEqual({ style: 'decimal', label: '2.2', length: 3 });
    expect(matchHeadingMarker('2．1．3 加强队伍建设')).toEqual({ style: 'decimal', label: '2.1.3', length: 5 });
    // (a cause heading: 成 counts tenths, 成因 does not — red team 69)
    expect(matchHeadingMarker('2.2 成因分析')).toEqual({ style: 'decimal', label: '2.2', length: 3 });
    for (const q of ['1.2万件纠纷', '3.5亿元', '1.8个百分点', '2.5倍', '12.5%的', '1.2 万人次', '0.5公里', '3.6平方公里']) expect([q, matchHeadingMarker(q)]).toEqual([q, null]);
  });

  it('a day written with a point opening a sentence is no heading (4.15全民国家安全教育日当天，…。), a heading line is', () => {
    for (const s of ['4.15全民国家安全教育日当天，组织干部职工开展国家安全知识答题活动。', '12.4国家宪法日期间，在集镇开展宪法宣传活动3场。', '3.15消费者权益日，联合市场监管所开展宣传']) expect([s, matchHeadingMarker(s)]).toEqual([s, null]);
    expect(matchHeadingMarker('1.3 推进依法科学民主决策')).toEqual({ style: 'decimal', label: '1.3', length: 3 });
  });

  it('a decimal heading may run long (up to 60 characters) or run in with its paragraph after its first sentence (red team 70\'s r2_d05, r2_d14, r2_d15)', () => {
    expect(matchHeadingMarker('1.5 党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设、推进依法行政工作情况')).toEqual({ style: 'decimal', label: '1.5', length: 3 });
    expect(matchHeadingMarker('1.3 存在的不足及原因。一是部分干部法治意识有待提升，主要原因是学法培训针对性不强。')).toEqual({ style: 'decimal', label: '1.3', length: 3 });
    // variants: a colon ending the run-in heading; a label quoted after it
    expect(matchHeadingMarker('2.1 主要不足：基层执法力量薄弱，执法人员持证率不高。')).toEqual({ style: 'decimal', label: '2.1', length: 3 });
    expect(matchHeadingMarker('2.2 原因分析。“重实体、轻程序”的观念仍有残留。')).toEqual({ style: 'decimal', label: '2.2', length: 3 });
    // guards (red team 71): a first sentence that is the item's own work, not a part's label, keeps the line a paragraph —
    // whatever section word it holds (主要问题, 今后, 明年), and a cause with its comma
    for (const l of ['3.2 深化普法宣传。“八五”普法中期评估后，继续推进“谁执法谁普法”。', '1.2 聚焦群众反映的主要问题开展专项整治。全年排查化解矛盾纠纷86件。', '1.2 提前谋划明年法律顾问续聘工作。镇政府与律师事务所续签合同。', '2.1 由于编制所限，镇综合执法队力量明显不足。目前在编队员6名。']) expect([l, matchHeadingMarker(l)]).toEqual([l, null]);
    // guards: a line past 60 characters with no end; a sentence whose first stop comes after 40; quantities and days as before
    expect(matchHeadingMarker('1.5 ' + '镇党委书记切实履行第一责任人职责'.repeat(4))).toBeNull();
    expect(matchHeadingMarker('1.5 镇党委书记切实履行推进法治建设第一责任人职责并带头遵守宪法和法律法规，全年主持召开专题会议研究法治工作4次。')).toBeNull();
    expect(matchHeadingMarker('1.2万件。全年调处矛盾纠纷')).toBeNull();
    expect(matchHeadingMarker('3.15消费者权益日。联合市场监管所开展宣传')).toBeNull();
  });

  it('a year after 1. is the heading\'s (1. 2025年工作打算 with its space dropped), never a decimal', () => {
    expect(matchHeadingMarker('1.2025年法治政府建设主要举措和成效')).toEqual({ style: 'arabic', label: '1.', length: 2 });
    expect(matchHeadingMarker('4．2026年工作打算')).toEqual({ style: 'arabic', label: '4.', length: 2 });
    expect(matchHeadingMarker('2.5年')).toBeNull();
  });
});
