import { describe, expect, it } from 'vitest';
import { yearMismatchFact } from '../../engine/facts/year-mismatch.js';
import { compileFact, report } from './fact-helpers.js';

const periodPatterns = ['(20\\d\\d)年以来', '现将(20\\d\\d)年'];

describe('year_mismatch', () => {
  const f = compileFact(yearMismatchFact, { periodPatterns });
  it('a preamble that frames another year as the reporting period', () => {
    const r = f.run(report({ preamble: '现将2021年法治政府建设情况报告如下。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(1);
    expect(r.evidence[0].kind).toBe('front');
  });
  it('a body with no heading at all: its opening paragraph stands as the preamble; later paragraphs are work (blind set 24, red team 10)', () => {
    const headless = (body: string) => ['白土镇2023年法治政府建设工作总结', body, '白土镇人民政府\n2024年1月15日'].join('\n');
    const r = f.run(headless('2021年以来，我镇在县委县政府领导下推进法治政府建设。全年组织学法活动6次。'));
    expect(r.value).toBe(1);
    expect(r.evidence[0].match).toBe('2021年以来');
    // a variant: the period framed in the opening paragraph's second sentence
    expect(f.run(headless('我镇在县委县政府领导下推进法治政府建设。现将2021年度工作总结如下。\n全年组织学法活动6次。')).value).toBe(1);
    // the same words in a later paragraph are its work, not the period
    expect(f.run(headless('我镇在县委县政府领导下推进法治政府建设。\n2021年以来累计调解纠纷300件。')).value).toBe(0);
    // a bare year opening a headless body with someone else acting is background, not the period
    const y = compileFact(yearMismatchFact, { periodPatterns: [...periodPatterns, '^(20\\d\\d)年度?[，,]'] });
    expect(y.run(headless('2022年，县委、县政府出台《关于加强基层法治建设的意见》，我镇认真抓好落实。\n全年组织学法活动6次。')).value).toBe(0);
    expect(y.run(headless('2022年，我镇在县委县政府领导下推进法治政府建设。\n全年组织学法活动6次。')).value).toBe(1);
    // and a numbered report's first body sentence is not a preamble
    expect(f.run(report({ preamble: '现将有关情况报告如下。', achievements: '2021年以来，累计培训执法人员90人次。' })).value).toBe(0);
  });
  it('the title year, a range, or another year inside the body of work is not a mismatch', () => {
    expect(f.run(report({ preamble: '现将2023年法治政府建设情况报告如下。' })).value).toBe(0);
    expect(f.run(report({ preamble: '2019—2021年以来持续推进。' })).value).toBe(0);
    expect(f.run(report({ achievements: '自2021年以来累计调解纠纷300件。' })).value).toBe(0);
  });
  it('a year given as background is not the reporting period: a range in any dash, a comparison, an award, an assessment, a streak, a sentence naming the report year too', () => {
    const g = compileFact(yearMismatchFact, { periodPatterns: ['(\\d{4})年度?(?:以来|来|全年|上半年|度工作|法治政府建设|法治建设|推进法治|依法行政)', '^(\\d{4})年度?[，,]'] });
    const at = (year: number, preamble: string) => g.run(report({ title: `白土镇${year}年法治政府建设情况报告`, preamble, closing: `白土镇人民政府\n${year + 1}年1月15日` })).value;
    for (const [year, p] of [
      [2023, '2021－2025年法治政府建设规划确定的任务稳步推进。'],
      [2023, '2021〜2025年法治政府建设规划确定的任务稳步推进。'],
      [2024, '全镇行政复议案件较2023年全年下降12%。'],
      [2023, '我镇被表彰为2022年度依法行政先进单位。'],
      [2024, '在2023年法治建设绩效考核中位列全县第二。'],
      [2024, '自2019年以来连续六年获评全市法治建设先进镇。'],
      [2024, '2024年，白土镇持续推进法治建设，2023年上半年启动的“双语普法”项目全面完成。'],
    ] as const) expect(at(year, p), p).toBe(0);
    // still the reporting period: last year framed as this report's, even beside a 《plan》 naming the report year in a range
    expect(at(2024, '2022年以来，白土镇认真贯彻落实法治政府建设各项部署。')).toBe(1);
    expect(at(2020, '2019年以来，我镇认真落实《法治政府建设实施纲要（2015－2020年）》。')).toBe(1);
  });
});

describe('year_mismatch: last year\'s work in the body (bodyPatterns)', () => {
  const f = compileFact(yearMismatchFact, { periodPatterns, bodyPatterns: ['^(\\d{4})年[，,]?(?:我|本|全)(?:镇|局)'] });
  const body = (achievements: string, preamble?: string) => f.run(report({ achievements, ...(preamble ? { preamble } : {}) }));
  it('a tally of last year\'s results (two or more counted results) is counted, with the sentence as evidence (blind set 25)', () => {
    const r = body('组织学法6次。2022年，我镇共举办宣讲活动28场，发放资料5000余份。培育法律明白人96名。');
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(1);
    expect(r.evidence[0].match).toBe('2022年，我镇');
    expect(r.suspected ?? []).toEqual([]);
    // a variant: 全局 as the subject, two years back
    expect(body('2021年，全局办结处罚案件417件，结案率100%。').value).toBe(1);
    // the report year's own 以来 and a plan's span in the preamble are no look back over years
    expect(body('2022年，我镇调解纠纷60件，成功58件。', '2023年以来，白土镇落实《法治政府建设实施纲要（2021—2025年）》，现将有关情况报告如下。').value).toBe(1);
  });
  it('one counted result, a founding, this year next, or a report looking back over years: a suspicion only', () => {
    for (const [text, preamble] of [
      ['2022年，我镇查处违法建设20处。'],
      ['2022年，我镇成立综合执法队，配备队员12名，车辆2辆。'],
      ['2022年，我镇调解纠纷60件，成功58件。今年调解数量明显增加。'],
      ['2022年，我镇调解纠纷60件，成功58件。', '五年来，白土镇持续推进法治政府建设，现将有关情况报告如下。'],
      ['2022年，我镇调解纠纷60件，成功58件。', '2019—2023年，白土镇持续推进法治政府建设，现将有关情况报告如下。'],
    ]) {
      const r = body(text, preamble);
      expect(r.value, text).toBe(0);
      expect(r.suspected?.map((e) => e.suspicion), text).toEqual(['body_year']);
    }
  });
  it('an earlier year title or the start of what followed (2022年我镇被命名为…示范镇后，…) is background: neither counted nor suspected (blind set 64)', () => {
    for (const text of [
      '2022年我镇被命名为省级法治政府建设示范镇后，镇党委坚持巩固提升，组织12个站所负责同志赴外地对标学习2次。',
      // variants: a title conferred (授予), and the year of a start told with 后
      '2021年，我局被授予全省法治宣传教育先进集体称号，全局干部职工备受鼓舞，培训执法人员36人次、举办讲座4场。',
      '2022年我镇完成机构改革后，整合执法力量组建综合行政执法队，配备执法人员15名，开展联合执法21次。',
    ]) {
      const r = body(text);
      expect([r.value, r.suspected ?? []], text).toEqual([0, []]);
    }
    // a tally of that year's results is still counted
    expect(body('2022年，我镇共举办宣讲活动28场，发放资料5000余份。').value).toBe(1);
    // not a finding (认定为工伤), a naming the unit does (道路命名), a habit (接到…后, 每次…后), nor a start followed by the
    // year's tally (完成改革后，全年共办理…): each is last year's report carried over (red team 36)
    for (const text of [
      '2022年，我局共受理工伤认定申请312件，认定为工伤296件，作出不予认定决定16件。',
      '2022年，我局依法完成城乡道路、桥梁命名更名56条，设置地名标志320块。',
      '2022年我局接到群众投诉举报后，均在规定时限内核查处理，全年共办结236件，办结率100%。',
      '2022年我镇每次开展矛盾纠纷排查后，均建立台账，共排查化解矛盾纠纷86件，化解率98%。',
      '2022年我镇完成综合行政执法改革后，全年共办理行政处罚案件38件，罚没款2.6万元。',
    ]) expect(body(text).value, text).toBe(1);
    // measures describe the unit, not a year's work: one count and a measure are a suspicion, not a tally (red team 36)
    expect(body('2022年我镇完成行政区划调整，现辖行政村8个，总面积56平方公里。').value).toBe(0);
  });
  it('in a report of two years together, the earlier year is its own period, framing or tallied (set 89)', () => {
    const both = (preamble: string, achievements: string) => f.run(report({ title: '白土镇2021—2022年度法治政府建设情况报告', preamble, achievements }));
    expect(both('现将2021年、2022年两个年度法治政府建设情况合并报告如下。', '2021年调解纠纷86件，办理执法案件23件。').value).toBe(0);
    // a variant: 2021年下半年以来 opening the preamble
    expect(both('2021年下半年以来，我镇完成机构调整，现将两个年度的情况合并报告如下。', '组织学法活动6次。').value).toBe(0);
    // a year before the period is still another year
    expect(both('现将2020年法治政府建设情况报告如下。', '组织学法活动6次。').value).toBe(1);
  });
});

