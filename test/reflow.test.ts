/**
 * A report that lost its paragraph breaks (engine/document/reflow.ts) is split again at the structure
 * its text still shows: title, addressee, web-page labels, numbered headings, the 落款. Texts written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { isRunTogether, reflowRunTogether, splitPoints } from '../engine/document/reflow.js';

const body = (n: number) => '组织开展法治宣传进村入户活动，发放宣传资料一千余份，群众知晓率明显提升。'.repeat(n);

/** A township report laid out in lines, as it was written. */
const LINES = [
  '柳塘镇人民政府关于2023年度法治政府建设情况的报告',
  '县委依法治县办：',
  '2023年，柳塘镇在县委、县政府的领导下，扎实推进法治政府建设。现将有关情况报告如下：',
  '一、2023年推进法治政府建设的主要举措和成效',
  '（一）健全依法决策机制',
  `镇党委会议集体研究重大事项18次，聘请溪岸律师事务所担任常年法律顾问。${body(3)}`,
  '（二）加强法治宣传教育',
  body(4),
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  `镇党委书记主持召开专题会议4次，带头讲授法治课2次。${body(2)}`,
  '三、存在的不足和原因',
  '少数干部依法办事意识不强，主要原因是学法培训次数偏少。',
  '四、2024年工作打算',
  '（一）聘请专业律师参与重大决策合法性审查。',
  '（二）开展领导干部年度述法。',
  '特此报告。',
  '柳塘镇人民政府',
  '2024年1月18日',
];

describe('reflow: a run-together report', () => {
  it('flags a report run into one line (run_together: its evidence stands on one line number — nu35), not the same report in lines', () => {
    expect(parseDocument(LINES.join('')).flags).toContain('run_together');
    expect(parseDocument(LINES.join('\n')).flags).not.toContain('run_together');
    // a variant: a report in lines with one long paragraph counting up through its parts (一、…。二、…) run together
    const part = parseDocument([LINES[0], LINES[1], `${LINES[2]}一、主要举措${body(15)}二、存在的不足执法力量不足。三、下一步打算继续加强培训。`, '柳塘镇人民政府', '2024年1月18日'].join('\n'));
    expect(part.flags).toContain('run_together');
  });

  it('reads title, unit, year, headings, kinds and the 落款 of a report run into one line as of the same report in lines', () => {
    const lines = parseDocument(LINES.join('\n'));
    const flat = parseDocument(LINES.join(''));
    for (const d of [lines, flat]) {
      expect(d.unit).toContain('柳塘镇');
      expect(d.year).toBe(2023);
      expect(d.closing?.date).toEqual({ year: 2024, month: 1, day: 18 });
    }
    const kinds = (d: typeof flat) => d.sections.filter((s) => s.style === 'cn').map((s) => s.kind);
    expect(kinds(flat)).toEqual(['achievements', 'first_duty', 'shortcomings', 'plans']);
    expect(kinds(flat)).toEqual(kinds(lines));
    // the plans' items are plans, not achievements, in both
    const plansOf = (d: typeof flat) => d.sentences.filter((s) => s.text.includes('年度述法')).map((s) => d.sections[s.section].kind);
    expect(plansOf(flat)).toEqual(['plans']);
  });

  it('a web page run into one line: labels, a breadcrumb glued to the title, a time stamp glued to the body (variant)', () => {
    const page = '首页>政务公开>法治政府建设专栏永新县司法局2023年法治政府建设情况报告发布时间:2024-01-15 10:20信息来源:永新县司法局'
      + `县委依法治县办:2023年,我局坚持依法行政,现将有关情况报告如下:一、主要工作(一)落实普法责任制${body(6)}二、存在的问题培训次数偏少。三、下一步工作打算继续推进普法宣传。永新县司法局2024年1月15日`;
    const d = parseDocument(page);
    expect(d.title).toBe('永新县司法局2023年法治政府建设情况报告');
    expect(d.unit).toContain('永新县司法局');
    expect(d.year).toBe(2023);
    expect(d.closing?.issuer).toBe('永新县司法局');
    expect(d.sections.filter((s) => s.style === 'cn').map((s) => s.kind)).toEqual(['achievements', 'shortcomings', 'plans']);
  });

  it('a page run into one line with its site footer after the 落款: the footer is split off and stepped over (blind set 11\'s page, flattened)', () => {
    const footers = [
      '打印本页    关闭窗口主办：柳塘镇人民政府办公室    承办：某某县大数据中心地址：柳塘镇府前路1号    联系电话：0000-1234567某ICP备12345678号-1    某公网安备00000000000001号    网站标识码0000000001',
      // variants of our own: neighbour links and a copyright line; a footer of filing numbers only
      '【打印】【关闭】上一篇：柳塘镇2022年度法治政府建设情况报告版权所有：柳塘镇人民政府技术支持：某某科技有限公司',
      '某ICP备87654321号',
    ];
    for (const footer of footers) {
      const d = parseDocument(LINES.join('') + footer);
      expect(d.closing?.date).toEqual({ year: 2024, month: 1, day: 18 });
      expect(d.closing?.issuer).toBe('柳塘镇人民政府');
      expect(d.flags).not.toContain('no_date');
    }
  });

  it('a page run into one line whose chrome before the title is long (a breadcrumb and a metadata table): the title is still found, and its labels are read as hints', () => {
    const table = '当前位置:部门 > 县市场监管局 > 政务公开 > 政府信息公开目录 > 法治政府建设年度报告  • [ 索引号 ]  • 11500000MB0000000X/2024-00007  • [ 发文字号 ]  • [ 主题分类 ]  • 市场监管、安全生产  • [ 体裁分类 ]  • 其他  • [ 成文日期 ]  • 2024-01-12  • [ 发布日期 ]  • 2024-01-12  • [ 发布机构 ]  • 柳塘县市场监督管理局  • [ 有效性 ]';
    const rest = `柳塘县市场监督管理局关于2023年法治政府建设情况的报告日期:2024-01-12字体:【 默认 超大分享:2023年,我局坚持依法行政,现将有关情况报告如下:一、主要工作(一)落实普法责任制${body(6)}二、存在的问题培训次数偏少。三、下一步工作打算继续推进普法宣传。`;
    expect(table.length).toBeGreaterThan(160);
    const d = parseDocument(table + rest);
    expect(d.title).toBe('柳塘县市场监督管理局关于2023年法治政府建设情况的报告');
    expect(d.unit).toContain('柳塘县市场监督管理局');
    expect(d.year).toBe(2023);
    // a variant: a site menu before the breadcrumb and no title at all; the unit comes from the 发布机构 label
    const menu = '繁体丨 简体 丨 无障碍丨 网站地图  • 首页  • 走进柳塘  • 柳塘新闻  • 政务公开  • 办事服务  • 互动交流当前位置: 信息公开首页 > 政务公开 > 镇街 > 青石镇  • 索 引 号:370000/2025-00011  • 主题分类:法治政府建设  • 发布机构:青石镇  • 成文时间:2025年01月20日  • 文  号:无  ';
    const untitled = parseDocument(menu + `2024年,青石镇坚持依法行政,现将有关情况报告如下:一、主要工作(一)落实普法责任制${body(6)}二、存在的问题培训次数偏少。三、下一步工作打算继续推进普法宣传。`);
    expect(untitled.unit).toContain('青石镇');
    expect(untitled.hints.issuer).toBe('青石镇');
  });

  it('page labels run into their values and the body: a date, an empty or counted 浏览次数, bullets before the title', () => {
    const page = `•文号•索引号•qs12/2024-00003•主题分类•法治政府建设•服务对象宁陵县人民政府关于2023年法治政府建设情况的报告发布日期: 2024-02-20 浏览次数:2023年,宁陵县坚持依法行政,全年召开常务会议学法12次。一、主要成效${body(6)}二、存在的问题培训偏少。三、下一步打算继续推进。`;
    const d = parseDocument(page);
    expect(d.title).toBe('宁陵县人民政府关于2023年法治政府建设情况的报告');
    expect(d.unit).toContain('宁陵县');
    expect(d.year).toBe(2023);
    // a variant: a visit count glued to the body's year (浏览次数:162023年,…) splits before the year
    const glued = `青枫县人民政府关于2023年法治政府建设情况的报告浏览次数:162023年,青枫县坚持依法行政。一、主要成效${body(6)}`;
    const cuts = splitPoints(glued, true).map((i) => glued.slice(i, i + 8));
    expect(cuts).toContain('2023年,青枫'); // not 162023年
  });

  it('a report named inside a quotation is not the title; an addressee opening an untitled report is split off', () => {
    const d = parseDocument(`根据“实行法治建设年度报告制度”的要求,2023年,柳塘街道扎实推进法治建设。一、主要成效${body(8)}二、存在的问题培训偏少。`);
    expect(d.title).toBe('');
    // a variant: 市委、市政府: before the first sentence
    const a = parseDocument(`市委、市政府:2025年,柳塘镇坚持依法行政,法治建设取得新进展。一、主要成效${body(8)}二、存在的问题培训偏少。`);
    expect(a.unit).toBe('柳塘镇');
  });

  it('chrome lines above a report that runs together in one line: the title is still split off (the first run-together paragraph holds it)', () => {
    const d = parseDocument(`柳塘镇人民政府门户网站\n政务公开专栏\n柳塘镇人民政府关于2023年度法治政府建设情况的报告县委依法治县办:2023年,柳塘镇扎实推进法治建设。一、主要成效${body(8)}二、存在的问题培训偏少。三、下一步打算继续推进。柳塘镇人民政府2024年1月18日`);
    expect(d.title).toBe('柳塘镇人民政府关于2023年度法治政府建设情况的报告');
    expect(d.closing?.date).toEqual({ year: 2024, month: 1, day: 18 });
  });

  it('a heading runs into its body: only its first words name its kind (the next year named in the body is not a plan)', () => {
    const flat = parseDocument(`青石乡人民政府2022年法治政府建设情况报告2022年,青石乡扎实推进法治建设。一、主要举措(一)带头学法用法,提高法治思维和能力将领导干部学法纳入党委中心组学习计划,全年集中学法12次,2023年1月又组织法律知识考试一次。${body(8)}二、存在的不足部分干部法治意识不强。`);
    const s = flat.sentences.find((x) => x.text.includes('集中学法12次'))!;
    expect(flat.sections[s.section].kind).toBe('achievements');
  });

  it('the first item of a list run into its bracketed heading starts the body: the heading holds only its own words (nu34)', () => {
    const head = '桐溪县水利局2024年度法治政府建设情况报告一、主要工作举措和成效';
    const tail = `${body(8)}二、存在的不足执法力量不足。三、下一步工作打算继续加强培训。桐溪县水利局2025年2月10日`;
    const lead = parseDocument(`${head}（一）加强组织领导，压实法治建设责任一是落实第一责任人职责。局党组书记履行推进法治建设第一责任人职责。${tail}`);
    const numbered = parseDocument(`${head}（二）强化学法用法，提升依法行政能力1.局党组理论学习中心组集中学法6次。2.组织执法人员培训2期。${tail}`);
    const headingOf = (d: ReturnType<typeof parseDocument>, start: string) => d.sentences.find((x) => x.isHeading && x.text.startsWith(start))!.text;
    expect(headingOf(lead, '（一）')).toBe('（一）加强组织领导，压实法治建设责任');
    expect(lead.sentences.some((x) => !x.isHeading && x.text.startsWith('一是落实第一责任人职责'))).toBe(true);
    expect(headingOf(numbered, '（二）')).toBe('（二）强化学法用法，提升依法行政能力');
    // a word that holds 一是, and a figure ending in 1, are no list
    const word = parseDocument(`${head}（三）坚持裁量基准统一是规范执法的前提。${tail}`);
    expect(headingOf(word, '（三）')).toContain('统一是');
    const figure = parseDocument(`${head}（四）办理案件共21.5万元罚没款上缴国库。${tail}`);
    expect(figure.sentences.some((x) => x.text.startsWith('1.5万元'))).toBe(false);
  });

  it('a top-level heading after an editor\'s bracketed note or a flattened table\'s last figure, and the list run into it, are split (nu34, variants)', () => {
    const head = `桐溪县水利局2024年度法治政府建设情况报告一、主要工作举措和成效${body(8)}`;
    const note = parseDocument(`${head}【待补充：局长出庭应诉的具体事例】二、存在的不足一是执法人员偏少。二是培训不够。三、下一步工作打算继续加强培训。桐溪县水利局2025年2月10日`);
    const table = parseDocument(`${head}调解案件（件），39，46普法活动（场），18，25二、存在的问题及原因一是执法人员偏少。三、2025年工作思路继续加强培训。桐溪县水利局2025年2月10日`);
    for (const d of [note, table]) {
      const heads = d.sentences.filter((x) => x.isHeading && /^[一二三]、/.test(x.text)).map((x) => [x.text.slice(0, 2), d.sections[x.section].kind]);
      expect(heads).toEqual([['一、', 'achievements'], ['二、', 'shortcomings'], ['三、', 'plans']]);
      const item = d.sentences.find((x) => x.text.startsWith('一是执法人员偏少'))!;
      expect(item.isHeading).toBe(false);
      expect(d.sections[item.section].kind).toBe('shortcomings');
    }
  });

  it('red team 62: a forecast for next year inside a part stays in its part, a report heard twice is no title, an idiom holding 一是 is no list', () => {
    const tail = `二、存在的不足执法力量不足。三、2025年工作打算继续加强培训。桐溪镇人民政府2025年2月10日`;
    // a sentence of next year's aims before a part's first item: the items are the year's work
    const forecast = parseDocument(`桐溪镇2024年度法治政府建设情况报告一、主要工作举措和成效${body(6)}2025年，全镇将继续深化示范创建，迎接市级评估验收。（一）加强组织领导聘请溪岸律师事务所担任常年法律顾问，审查合同12份。${body(2)}${tail}`);
    const adviser = forecast.sentences.find((x) => x.text.includes('常年法律顾问'))!;
    expect(forecast.sections[adviser.section].kind).toBe('achievements');
    // 汇报 in the body's first sentence (a count after it, or a sentence mark before it) is not the title's end
    const heard = parseDocument(`桐溪镇2024年度法治政府建设情况报告2024年，镇党委专题听取法治政府建设工作汇报两次，研究解决重点问题。一、主要工作举措和成效${body(8)}${tail}`);
    expect(heard.sentences.some((x) => x.text.includes('工作汇报两次'))).toBe(true);
    // an idiom or a word holding 一是 after a bracketed heading is no list (始终如一是…, 一是一、二是二)
    const idiom = parseDocument(`桐溪镇2024年度法治政府建设情况报告一、主要工作举措和成效（一）坚持一是一、二是二的工作作风，严格执法。（二）始终如一是我镇的要求，坚持依法办事。${body(8)}${tail}`);
    expect(idiom.sentences.some((x) => x.text.startsWith('一是一、二是二'))).toBe(false);
    expect(idiom.sentences.some((x) => x.text.startsWith('一是我镇的要求'))).toBe(false);
  });

  it('a report laid out in lines is left as it is, even with a long paragraph naming 一、 and 二、 in passing', () => {
    const text = LINES.join('\n');
    const d = parseDocument(text);
    const spans = d.sentences.length;
    expect(spans).toBeGreaterThan(10);
    const long = `本镇围绕两项任务开展工作。一、二季度完成清理任务，${body(30)}`;
    expect(isRunTogether(long, long.length * 4)).toBe(false);
    const normal = reflowRunTogether(`${LINES.join('\n')}\n${long}`, [[0, 10], [11, 20]]);
    expect(normal.runTogether.size).toBe(0);
  });

  it('a paragraph counting up through its parts (一、…。二、…) is split even when the report has other paragraphs', () => {
    const para = `一、主要成效${body(10)}二、存在问题${body(10)}三、下步打算${body(3)}`;
    const text = `标题行\n${para}\n末行`;
    const spans: Array<[number, number]> = [[0, 3], [4, 4 + para.length], [5 + para.length, text.length]];
    const r = reflowRunTogether(text, spans);
    expect(r.spans.map(([s, e]) => text.slice(s, e).slice(0, 6))).toEqual(['标题行', '一、主要成效', '二、存在问题', '三、下步打算', '末行']);
    expect([...r.runTogether]).toEqual([1, 2, 3]);
  });
});
