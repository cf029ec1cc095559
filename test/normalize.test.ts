import { describe, expect, it } from 'vitest';
import { foldChar, isCommaRow, normalizeText } from '../engine/document/normalize.js';
import { parseDocument } from '../engine/document/parse.js';

/** Every normalized character must map to the same (folded) character in the original. */
function expectMapConsistent(original: string) {
  const { text, map } = normalizeText(original);
  for (let i = 0; i < text.length; i++) {
    const o = original[map[i]];
    if (text[i] === '\n') continue;
    expect(text[i]).toBe(foldChar(o));
  }
  expect(map[text.length]).toBe(original.length);
}

describe('normalizeText', () => {
  it('folds full-width digits, letters, percent and the ideographic space', () => {
    const { text } = normalizeText('　　全年办理案件１５０件，结案率９８．５％，ＬＥＤ屏');
    expect(text).toBe('全年办理案件150件，结案率98.5%，LED屏');
  });

  it('drops converter artifacts but keeps offsets into the original', () => {
    const original = '[bookmark: _GoBack]一、主要举措\n[image: photo.png]成立领导小组。';
    const { text, map, artifacts } = normalizeText(original);
    expect(text).toBe('一、主要举措\n成立领导小组。');
    expect(artifacts.map((a) => a.text)).toEqual(['[bookmark: _GoBack]', '[image: photo.png]']);
    expect(original.slice(map[text.indexOf('成立')], map[text.indexOf('成立')] + 2)).toBe('成立');
    expectMapConsistent(original);
  });

  it('drops an editor\'s Markdown (# headings, **bold**, --- rules) like any converter artifact (blind set 55); 3#楼 and a lone * stay', () => {
    const original = '# 青石镇2023年度法治政府建设工作报告\n## 一、工作情况\n### （一）抓部署\n★ **法律顾问**：聘请律师1名。\n---\n维修3#楼屋面，*号为估计数。';
    const { text, artifacts } = normalizeText(original);
    expect(text.split('\n')).toEqual(['青石镇2023年度法治政府建设工作报告', '一、工作情况', '（一）抓部署', '★法律顾问：聘请律师1名。', '维修3#楼屋面，*号为估计数。']);
    expect(artifacts.map((a) => a.text)).toEqual(['#', '##', '###', '**', '**', '---']);
    expectMapConsistent(original);
  });

  it('rejoins a sentence broken across lines and blank lines, but not after a sentence end or before a heading', () => {
    const original = '青石镇报告\n一、主要举措\n（一）加强领导\n（二）推进职能优化。一是坚持优化政府机构设置和职能配置工作\n\n组织结构与职能转变相结合。\n二、存在问题\n执法力量不足。';
    const { text, joins } = normalizeText(original);
    expect(joins).toBe(1);
    expect(text.split('\n').slice(3)).toEqual(['（二）推进职能优化。一是坚持优化政府机构设置和职能配置工作组织结构与职能转变相结合。', '二、存在问题', '执法力量不足。']);
    expectMapConsistent(original);
  });

  it('keeps a line that is one bracketed phrase apart: a 落款\'s other name under the unit (blind set 104: joined, the clean file flagged 转换残留)', () => {
    const body = '一、主要举措和成效\n全年召开专题会议4次，研究法治政府建设重点任务，推动各项工作落实见效。\n';
    const closing = '北京市朝阳区青岚地区办事处\n（北京市朝阳区青岚乡人民政府）\n2023年2月21日\n';
    expect(normalizeText(body + closing).joins).toBe(0);
    expect(parseDocument(`青岚乡2022年法治政府建设情况报告\n${body}${closing}`, { file: 'c.txt' }).flags).not.toContain('conversion_artifacts');
    // (variant) a title's subtitle in brackets under it; a wrapped sentence with a bracket inside still joins
    expect(normalizeText('关于2024年度法治政府建设情况的报告\n（征求意见稿）\n').joins).toBe(0);
    expect(normalizeText('全年组织执法人员参加培训考试，合格人员全部换发新版执法证件和\n（省级）执法资格证书，合格率100%。\n').joins).toBe(1);
  });

  it('joins a bracketed phrase that is a hard-wrapped sentence\'s middle line, after a line filling the layout\'s width (red team 68)', () => {
    const wrapped = [
      '一、主要举措和成效',
      '（一）健全工作机制。调整法治建设领导小组，由主要负责同志',
      '任组长，全年召开专题会议研究法治建设工作四次，印发年度法',
      '治政府建设工作要点，明确任务分工和完成时限。',
      '（二）推进依法决策。严格落实重大行政决策程序，全年重大事',
      '项均经公众参与、专家论证、风险评估、合法性审查和集体讨论',
      '决定，规范性文件全部经合法性审核并报备。',
      '（三）加强学法用法。局党组坚持把学法作为履职的基础，全年',
      '组织党组理论学习中心组集中学法，其中专题学习宪法和民法典',
      '（含习近平法治思想和行政处罚法等相关法律法规）',
      '六次，邀请法律顾问开展专题讲座两场，班子成员带头讲法三次。',
    ].join('\n');
    expect(normalizeText(wrapped).text).toContain('专题学习宪法和民法典（含习近平法治思想和行政处罚法等相关法律法规）六次');
  });

  it('joins a wrapped sentence\'s next line that opens on a decimal count with a unit the quantities lack (24.5学时: red team 69)', () => {
    const t = '青石县水利局2024年法治政府建设情况报告\n2024年，局党组深入学习贯彻习近平法治思想，扎实推进依法行政。现将有关情况报告如下。\n一、主要举措和成效\n（一）强化学法。局党组把学法作为履职的基础，认真组织领导班子成员人均参加集中学法\n24.5学时，学习内容涵盖宪法、民法典和行政处罚法等法律\n法规，班子成员带头讲法3次。\n';
    expect(normalizeText(t).text).toContain('集中学法24.5学时');
  });

  it('does not join a heading whose numbering was lost to the one-line paragraph under it (blind set 27)', () => {
    const body = '街道党工委、办事处高度重视法治政府建设工作，把法治政府建设纳入街道年度重点工作，与经济社会发展同部署、同推进、同考核，全年专题研究法治工作四次。';
    const original = `琇峃区报告\n\n琇峃区人民政府：\n主要举措和成效\n加强组织领导，统筹推进法治建设\n${body}\n坚持依法决策规范权力运行工作\n${body}\n规范执法行为，提升执法水平\n${body}`;
    const { text, joins } = normalizeText(original);
    expect(joins).toBe(0);
    expect(text.split('\n').slice(3)).toEqual(['加强组织领导，统筹推进法治建设', body, '坚持依法决策规范权力运行工作', body, '规范执法行为，提升执法水平', body]);
    // one such line in a report is a paragraph broken once by a stray line end (全年受理信访事项 / 47件，…): joined (red team 13)
    const once = normalizeText(`琇峃区报告\n\n琇峃区人民政府：\n（一）化解矛盾纠纷\n全年共受理群众来信来访事项\n47件，均在法定期限内办理完毕，${body}`);
    expect(once.joins).toBe(1);
    // three such breaks in a report that kept its numbered headings are breaks, not headings (red team 14)
    const kept = normalizeText(`琇峃区报告\n\n琇峃区人民政府：\n一、主要举措\n全镇各级调解组织全年共调处各类矛盾纠纷\n136起，${body}\n全年共受理群众来信来访事项\n58件，${body}\n本年度制定规范性文件2件\n均经合法性审核，${body}`);
    expect(kept.joins).toBe(3);
    // …nor in a headless report where the next line goes on with a count (集中学法 / 12次，…), nor one numbered 一． (red team 15)
    const goesOn = normalizeText(`琇峃区报告\n\n琇峃区人民政府：\n2023年，全镇坚持依法行政。\n镇党委理论学习中心组全年开展集中学法\n12次，${body}\n全年共排查调处各类矛盾纠纷\n86起，${body}\n全年共受理群众来信来访事项\n47件，${body}`);
    expect(goesOn.joins).toBe(3);
    const dotted = normalizeText(`琇峃区报告\n\n琇峃区人民政府：\n一．主要举措\n镇党委理论学习中心组全年组织集中学习\n宪法和民法典，${body}\n镇政府聘请律师事务所律师担任\n常年法律顾问，${body}\n全镇规范性文件全部经过合法性\n审核后印发，${body}`);
    expect(dotted.joins).toBe(3);
    // a line wrapped by a page is as long as the next: still joined
    const wrapped = normalizeText('青石镇报告\n\n全镇严格落实重大行政决策程序，聘请律师担任\n法律顾问，全年审查合同十二份。');
    expect(wrapped.joins).toBe(1);
    // a paragraph broken by a stray line end after a sentence of its own: joined, however long the rest
    const stray = normalizeText(`青石镇报告\n\n一、主要举措\n（一）依法行政\n二是规范执法行为。全面推行行政\n执法公示制度，${body}`);
    expect(stray.joins).toBe(1);
    expectMapConsistent(original);
  });

  it('does not join the title lines of a report', () => {
    const { text } = normalizeText('河西县青石镇人民政府\n关于2024年度法治政府建设情况的报告\n\n现将情况报告如下：');
    expect(text.split('\n')).toHaveLength(3);
  });

  it('equal-length parallel headings over one-line paragraphs are not a page width: the title stays alone', () => {
    const para = (s: string) => s.repeat(6) + '。';
    const build = (title: string, heads: string[]) => [title, '', para('本年度镇党委政府高度重视法治建设工作，'), ...heads.flatMap((h) => [h, para('围绕中心工作扎实推进各项任务落实到位，')])].join('\n');
    // the kind: couplet headings of one length, each over a paragraph written as one long line
    const heads = ['（一）加强组织领导，夯实工作基础', '（二）健全制度机制，规范行政行为', '（三）深化普法宣传，营造法治氛围', '（四）化解矛盾纠纷，维护社会稳定', '（五）强化队伍建设，提升履职能力'];
    const a = normalizeText(build('杉溪区云岫街道办事处2021年度法治政府建设情况报告', heads));
    expect(a.joins).toBe(0);
    expect(a.text.split('\n')[0]).toBe('杉溪区云岫街道办事处2021年度法治政府建设情况报告');
    // a variant: Arabic-numbered headings of another common length, a department's title
    const heads2 = ['1.坚持依法决策，重大事项集体研究', '2.坚持严格执法，执法程序全程留痕', '3.坚持公正司法，行政复议应诉到位', '4.坚持全民守法，普法责任层层压实', '5.坚持源头治理，基层矛盾就地化解', '6.坚持队伍建设，执法人员持证上岗'];
    const b = normalizeText(build('北岭县交通运输局2023年法治政府建设年度报告', heads2));
    expect(b.joins).toBe(0);
    expect(b.text.split('\n')).toHaveLength(14);
  });

  it("a line opening next year's plan is a paragraph of its own after a line that lost its 。 (plans_traps, sweep 4 of real openings)", () => {
    const original = '青石镇报告\n一、主要举措\n全镇开展普法宣传活动12场，营造了良好的法治氛围\n2025年，我镇将重点做好以下工作：\n（一）深入开展普法宣传活动。';
    const { text, joins } = normalizeText(original);
    expect(joins).toBe(0);
    expect(text.split('\n').slice(2, 4)).toEqual(['全镇开展普法宣传活动12场，营造了良好的法治氛围', '2025年，我镇将重点做好以下工作：']);
    // variants: 下一步，我局将… and 今后，我们要… after a paragraph without its 。
    expect(normalizeText('青石镇报告\n一、主要举措\n全年办理行政复议案件3件，全部依法审结\n下一步，我局将持续规范行政执法行为。').joins).toBe(0);
    expect(normalizeText('青石镇报告\n一、主要举措\n全年办理行政复议案件3件，全部依法审结\n今后，我们要进一步加强法治宣传。').joins).toBe(0);
    // the plan leads the sentence splitter knows (engine/lexicon/intent.ts), each one a line of its own too
    for (const lead of ['来年', '新一年', '下一年度', '新的一年中', '下阶段']) {
      expect(normalizeText(`青石镇报告\n一、主要举措\n全年办理行政复议案件3件，全部依法审结\n${lead}，我街道将继续推进严格规范公正文明执法。`).joins, lead).toBe(0);
    }
    // near misses: a comma before the break still joins; a year opening a line without a plan's verb still joins
    expect(normalizeText('青石镇报告\n一、主要举措\n全镇开展普法宣传活动12场，在此基础上，\n2025年，我镇将继续深化法治宣传。').joins).toBe(1);
    expect(normalizeText('青石镇报告\n一、主要举措\n全镇开展普法宣传活动12场，组织干部学法考试\n2024年，全镇干部参考率达到百分之百。').joins).toBe(1);
    expectMapConsistent(original);
  });

  it('a page really wrapped at one width is still rejoined', () => {
    const body = '全镇深入推进法治政府建设各项工作取得明显成效群众满意度稳步提高基层治理能力不断增强各项工作';
    const lines = Array.from({ length: 8 }, (_, i) => body.slice(i % 4, (i % 4) + 30));
    const { joins } = normalizeText(['青石镇报告', ...lines, '执法力量不足。'].join('\n'));
    expect(joins).toBeGreaterThanOrEqual(7);
  });

  it('rows of a tab-separated table are lines of their own, never a wrapped sentence', () => {
    const table = '领域\t立案（件）\t结案（件）\t罚没款（万元）\n食品安全\t58\t55\t41.2\n药品医疗器械\t17\t17\t9.8\n合计\t75\t72\t51.0';
    const a = normalizeText(`三、执法情况\n全年查处各类案件情况如下\n${table}\n执法力量不足。`);
    expect(a.text.split('\n').slice(2, 6).map((l) => l.slice(0, 5))).toEqual(['领域，立案', '食品安全，', '药品医疗器', '合计，75']);
    expect(a.joins).toBe(0);
    // a variant: long cells of words (a 权责清单 excerpt) that would otherwise read as a broken sentence
    const b = normalizeText('序号\t事项名称\t实施依据及责任科室\n1\t对未按规定办理营业执照从事经营活动的处罚\t依据有关条例由执法大队负责\n2\t对生产销售不合格产品行为的行政处罚事项\t依据产品质量法由稽查科负责');
    expect(b.joins).toBe(0);
    expect(b.text.split('\n')).toHaveLength(3);
  });

  it('joins the cells of a tab-separated row by "，" as the docx reader does, so a unit in its own column stays beside its figure', () => {
    const rows = normalizeText('序号\t项目\t单位\t本年\t上年\n3\t发放宣传资料\t份\t5200\t4100\n4\t调解成功\t件\t\t60\t66').text.split('\n');
    // the 序号 cell is left out: "3，发放…" would read as a heading numbered 3
    expect(rows).toEqual(['序号，项目，单位，本年，上年', '发放宣传资料，份，5200，4100', '调解成功，件，60，66']);
    // a variant: a heading whose number Word's list indent separates by one tab is not a row
    expect(normalizeText('一、\t总体情况\n（二）\t主要做法').text).toBe('一、总体情况\n（二）主要做法');
    // two cells only (a label and its value) stay as they were
    expect(normalizeText('填报单位\t青山镇人民政府').text).toBe('填报单位青山镇人民政府');
  });

  it('a self-assessment table whose rows are numbered (blind set 19, 05): no row becomes a heading, a figure before its unit stays', async () => {
    const { parseDocument } = await import('../engine/document/parse.js');
    const { joinCells } = await import('../engine/document/read/lines.js');
    const table = ['序号\t评估内容\t完成情况', '1\t主要负责人履行推进法治建设第一责任人职责\t已落实', '二\t公布权责清单\t已更新', '3\t执法培训\t12人次'];
    const d = parseDocument(['青山县教育局2024年法治政府建设情况报告', '一、自评情况', ...table, '二、存在的问题', '力量薄弱。', '青山县教育局', '2025年1月10日'].join('\n'));
    expect(d.sections.map((x) => x.path).filter((p) => p.startsWith('一'))).toEqual(['一']);
    expect(d.normalized).toContain('\n主要负责人履行推进法治建设第一责任人职责，已落实\n公布权责清单，已更新\n执法培训，12人次\n');
    // a figure and its unit in the next cell read as one quantity (red team 20: 26 | 名执法人员参加培训)
    expect(normalizeText('序号\t项目\t数量\n8\t人\t2024年').text).toBe('序号，项目，数量\n8人，2024年');
    expect(normalizeText('数量\t内容\t备注\n26\t名执法人员参加执法资格培训\t全部合格').text).toBe('数量，内容，备注\n26名执法人员参加执法资格培训，全部合格');
    // the readers that join cells (docx, HTML, .doc) leave the 序号 out the same way
    expect(joinCells(['1', '主要负责人履行第一责任人职责', '已落实'])).toBe('主要负责人履行第一责任人职责，已落实');
    expect(joinCells(['8', '人', '2024年'])).toBe('8人，2024年');
    expect(joinCells(['18', '起矛盾纠纷经人民调解成功化解', '已办结'])).toBe('18起矛盾纠纷经人民调解成功化解，已办结');
    expect(joinCells(['2023', '调解纠纷', '36件'])).toBe('2023，调解纠纷，36件');
    // red team 6: a count in the first column stays (56 | 全局执法人员…), a bracketed number goes, a year in the label does not keep it
    expect(joinCells(['56', '全局执法人员参加执法资格考试', '全部合格'])).toBe('56，全局执法人员参加执法资格考试，全部合格');
    expect(joinCells(['（1）', '党政主要负责人履行第一责任人职责', '已落实'])).toBe('党政主要负责人履行第一责任人职责，已落实');
    const dated = parseDocument(['青山县教育局2024年法治政府建设情况报告', '一、自评情况', '序号\t事项\t完成情况', '5\t2024年1月召开班子成员年度述法评议会\t已完成', '二、存在的问题', '力量薄弱。', '青山县教育局', '2025年1月10日'].join('\n'));
    expect(dated.sections.map((x) => [x.path, x.kind]).filter(([p]) => String(p).startsWith('一'))).toEqual([['一', 'achievements']]);
  });

  it('removes spaces next to Chinese text but keeps them between ASCII words', () => {
    expect(normalizeText('大铭乡 2023 年 有 3 名 执法人员 使用 Word 2010').text).toBe('大铭乡2023年有3名执法人员使用Word 2010');
  });
  it('a report typed in half-width punctuation reads with the full-width marks beside Chinese text, offsets kept (blind set 70)', () => {
    const original = '2022年,我乡在县委,县政府的领导下,法治建设取得了一定成效.现将有关情况报告如下:\n一.主要工作开展情况\n(一)加强学习;提高能力.';
    const { text, map } = normalizeText(original);
    expect(text).toBe('2022年，我乡在县委，县政府的领导下，法治建设取得了一定成效。现将有关情况报告如下：\n一.主要工作开展情况\n(一)加强学习；提高能力。');
    expect(map.length).toBe(text.length + 1);
    for (let i = 0; i < text.length; i++) if (text[i] !== '\n') expect(original[map[i]] === text[i] || '，。；：'.includes(text[i])).toBe(true);
    // a variant: figures, a decimal, an address and a time keep theirs; a question and a closing quote after Chinese change
    expect(normalizeText('投入3,000万元,增长3.5%,详见www.gov.cn,10:30开会.是否到位?“八五”普法.').text) // (cn,10: no Chinese beside it)
      .toBe('投入3,000万元，增长3.5%，详见www.gov.cn,10:30开会。是否到位？“八五”普法。');
  });
});

describe('a table written as rows of comma-separated cells', () => {
  const report = (rows: string[]) => ['柳塘镇人民政府2024年法治政府建设情况报告', '一、主要举措和成效', '全镇法治建设主要数据与上年对比如下：', ...rows, '二、存在的不足', '执法力量不足。', '三、2025年工作打算', '继续加强培训。', '柳塘镇人民政府', '2025年2月10日', ''].join('\n');

  it('keeps each row a line of its own, and the file is not flagged 转换残留 (nu34: 七里营镇\'s table glued into one line)', () => {
    const doc = parseDocument(report(['项目，2023年，2024年', '行政复议案件（件），2，1', '人民调解案件（件），41，53', '普法宣传活动（场），16，22']));
    expect(doc.flags).not.toContain('conversion_artifacts');
    expect(doc.sentences.some((s) => s.text.startsWith('人民调解案件（件），41，53') && !s.text.includes('普法'))).toBe(true);
  });

  it('a variant with half-width commas and a 年度 header; a wrapped prose line with figures is still joined', () => {
    const doc = parseDocument(report(['指标,2023年度,2024年度', '法律援助（件）,9,12']));
    expect(doc.flags).not.toContain('conversion_artifacts');
    expect(isCommaRow('指标,2023年度,2024年度')).toBe(true);
    // prose: a cell longer than a cell, or a sentence end
    expect(isCommaRow('全年调处矛盾纠纷46件，调解成功率98%，较上年提高2个百分点，群众满意度明显提升')).toBe(false);
    expect(isCommaRow('共办理案件，12，13。')).toBe(false);
    expect(isCommaRow('调解，46')).toBe(false);
  });
});
