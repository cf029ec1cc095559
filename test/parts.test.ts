/**
 * Parts without headings (issue 10 §2): a transition paragraph or a numbering restart opens an
 * unheaded shortcomings or plans part, with a boundary saying why; false boundaries are the
 * danger (an achievement's own 下一步… sentence, the disposal 将 of past narrative, 一是/二是
 * sub-lists, a lower-level list restarting under a new higher item).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubricCli, tempDir } from './cli-helpers.js';
import { CORPUS, scoreText, seedText } from './helpers.js';
import { readdirSync } from 'node:fs';
import { parseDocument } from '../engine/document/parse.js';
import { kindOfLead } from '../engine/document/section-kinds.js';
import { markerNumber, matchHeadingMarker } from '../engine/document/markers.js';

const TITLE = ['柳湾镇人民政府', '关于2024年度法治政府建设情况的报告', '现将有关情况报告如下：'];
const CLOSING = ['柳湾镇人民政府', '2025年1月15日'];
const doc = (...body: string[]) => parseDocument([...TITLE, ...body, ...CLOSING].join('\n'));
/** top-level parts and headed sections: [path, kind, boundary reason] */
const outline = (d: ReturnType<typeof parseDocument>) => d.sections.filter((s) => s.kind !== 'front' && s.kind !== 'closing').map((s) => [s.path, s.kind, s.boundary?.reason ?? null]);
const kindOf = (d: ReturnType<typeof parseDocument>, text: string) => d.sections[d.sentences.find((s) => s.text.includes(text))!.section].kind;

const ACHIEVEMENTS = [
  '（一）健全工作机制', '镇党委每季度专题研究法治建设工作。',
  '（二）规范行政执法', '推行行政执法公示制度，全年办理执法案件36件。',
  '（三）加强普法宣传', '组织送法进村活动18场。',
  '（四）化解矛盾纠纷', '各村调委会调处纠纷92件。',
];

describe('transition paragraphs open unheaded parts', () => {
  it('shortcomings then next year, with items that restart at （一）', () => {
    const d = doc(...ACHIEVEMENTS,
      '一年来工作虽取得一定成效，但与群众期待相比仍有差距，主要是：执法人员数量不足，村级普法阵地利用不充分。',
      '2025年，我们将重点抓好以下工作：',
      '（一）完善法律顾问制度', '聘请律师事务所担任镇政府法律顾问。',
      '（二）强化执法培训', '组织执法人员全员轮训。');
    expect(outline(d)).toEqual([
      ['（一）', 'achievements', null], ['（二）', 'achievements', null], ['（三）', 'achievements', null], ['（四）', 'achievements', null],
      ['不足（无标题）', 'shortcomings', 'transition'],
      ['计划（无标题）', 'plans', 'transition'],
      ['计划（无标题） > （一）', 'plans', null], ['计划（无标题） > （二）', 'plans', null],
    ]);
    const plans = d.sections.find((s) => s.kind === 'plans' && s.boundary)!;
    expect(plans.boundary).toEqual({ reason: 'transition', lead: '2025年，我们将重点抓好以下工作：' });
    expect(plans.depth).toBe(0);
    expect(kindOf(d, '聘请律师事务所')).toBe('plans');
  });

  it('下一步 lead after top-level 一、二、 headings whose numbering restarts', () => {
    const d = doc('一、强化组织保障', '成立法治建设领导小组。', '二、推进依法决策', '重大事项全部经过合法性审查。',
      '下一步，我镇将重点做好以下几方面工作：', '一、深化法治宣传', '开展宪法宣传周活动。', '二、规范执法行为', '落实执法全过程记录。');
    const plans = d.sections.find((s) => s.boundary)!;
    expect(plans).toMatchObject({ kind: 'plans', style: 'unheaded', boundary: { reason: 'transition' } });
    expect(kindOf(d, '开展宪法宣传周')).toBe('plans');
    expect(kindOf(d, '落实执法全过程记录')).toBe('plans');
    expect(kindOf(d, '成立法治建设领导小组')).toBe('achievements');
  });

  it('achievements with no heading (or only unnumbered sub-titles) before a bare 存在的问题 are completed work, not the preamble', () => {
    const d = parseDocument(['西岭镇2018年法治政府建设工作总结', '', '2018年，西岭镇推进依法行政，现将一年来的工作总结如下。', '', '加强组织领导', '年初成立了以镇长为组长的法治政府建设领导小组。', '', '化解矛盾纠纷', '全年调处矛盾纠纷52件。', '', '存在的问题', '一是干部依法办事意识不强。', '', '2019年工作打算', '一要聘请法律顾问。', '', '西岭镇人民政府', '2019年1月15日'].join('\n'));
    expect(kindOf(d, '成立了以镇长为组长')).toBe('achievements');
    expect(kindOf(d, '调处矛盾纠纷52件')).toBe('achievements');
    expect(kindOf(d, '干部依法办事意识不强')).toBe('shortcomings');
    expect(kindOf(d, '聘请法律顾问')).toBe('plans');
    // a variant: the first numbered heading is 一、存在的问题 — what comes before it is the body, too
    const v = doc('全镇聘请律师担任法律顾问，审查合同12份。', '一、存在的问题', '执法力量不足。', '二、下一步打算', '继续推进。');
    expect(kindOf(v, '聘请律师担任法律顾问')).toBe('achievements');
    // an achievements heading first keeps the preamble as the preamble
    const w = doc('2024年，我镇坚持依法行政。', '一、主要工作', '成立领导小组。', '二、存在的问题', '执法力量不足。');
    expect(kindOf(w, '2024年，我镇坚持依法行政')).toBe('front');
  });

  it('a plan paragraph at the end of a report without numbered headings', () => {
    const d = doc('全镇严格落实重大行政决策程序，聘请律师担任法律顾问。', '今后，我们将继续深化法治乡村建设，推动各项工作再上新台阶。');
    expect(outline(d)).toEqual([['正文', 'achievements', null], ['计划（无标题）', 'plans', 'transition']]);
    expect(kindOf(d, '聘请律师担任法律顾问')).toBe('achievements');
  });

  it('causes open the shortcomings too, and a plan after the shortcomings needs no restart', () => {
    const d = doc(...ACHIEVEMENTS, '究其原因，主要是基层法治专业人才缺乏。', '我们将继续加强法治队伍建设，提升依法行政水平。');
    expect(outline(d).slice(4)).toEqual([['不足（无标题）', 'shortcomings', 'transition'], ['计划（无标题）', 'plans', 'transition']]);
  });

  it('a label line ending in ： (下一步工作打算：) before restarted items', () => {
    const d = doc(...ACHIEVEMENTS, '下一步工作打算：', '（一）抓好学法', '（二）抓好普法');
    expect(d.sections.find((s) => s.boundary)).toMatchObject({ kind: 'plans', boundary: { reason: 'transition', lead: '下一步工作打算：' } });
    expect(kindOf(d, '抓好普法')).toBe('plans');
  });

  it('a county report: lead-style sub-lists in both unheaded parts, running to the 落款', () => {
    const d = doc('一、健全依法决策机制', '（一）完善决策程序', '（二）落实法律顾问制度', '二、严格规范执法', '（一）推行三项制度', '（二）开展案卷评查',
      '在肯定成绩的同时，我们也清醒地认识到，全县法治政府建设还存在一些问题和不足：一是基层执法力量不足。二是部分干部学法用法不够主动。',
      '下一步，我县将着力抓好以下工作：一是深入学习宣传习近平法治思想。二是持续规范行政执法。');
    expect(outline(d).filter((r) => r[2])).toEqual([['不足（无标题）', 'shortcomings', 'transition'], ['计划（无标题）', 'plans', 'transition']]);
    expect(kindOf(d, '持续规范行政执法')).toBe('plans');
    expect(kindOf(d, '部分干部学法用法不够主动')).toBe('shortcomings');
  });

  it('a plan lead ending in 。 before a （一） list under a section that had no items', () => {
    const d = doc('一、强化组织领导', '成立领导小组。', '二、深化普法宣传', '开展法治宣传活动。', '2025年，我们将重点做好以下几个方面的工作。', '（一）抓好学法', '（二）抓好用法');
    expect(d.sections.find((s) => s.boundary)).toMatchObject({ kind: 'plans', depth: 0 });
    expect(kindOf(d, '抓好用法')).toBe('plans');
  });

  it('a plan lead that is the plans heading\'s own body (no list after it) opens no part: its section stays the heading\'s', () => {
    const d = doc(...ACHIEVEMENTS, '二、存在的问题', '法治宣传形式还比较单一。', '三、下一步打算', '2025年计划开展法治讲座12场，培育法律明白人40名。');
    expect(d.sections.some((s) => s.boundary)).toBe(false);
    expect(d.sections[d.sentences.find((x) => x.text.includes('法治讲座12场'))!.section]).toMatchObject({ kind: 'plans', path: '三' });
    // variant: a bare plans heading, then 2025年，我镇将… over two paragraphs
    const v = doc(...ACHIEVEMENTS, '下一步工作打算', '2025年，我镇将继续深化法治宣传。', '同时，我镇将进一步规范执法行为。');
    expect(v.sections.filter((s) => s.kind === 'plans').map((s) => s.boundary?.reason ?? null)).toEqual([null]);
    // with a list after it, the lead still opens the plan's own part (its list numbered apart from the body's)
    const l = doc(...ACHIEVEMENTS, '三、下一步打算', '2025年，我们将重点做好以下工作：', '（一）抓好学法', '（二）抓好用法');
    expect(kindOf(l, '抓好用法')).toBe('plans');
  });

  it('a section opening with a concession before its own （一） list stays achievements', () => {
    const d = doc('一、强化组织领导', '成立领导小组。', '二、化解矛盾纠纷', '虽然我镇信访总量较大，但基层调解力量仍显不足。', '（一）完善调解网络', '（二）开展矛盾排查');
    expect(d.sections.some((s) => s.boundary)).toBe(false);
    expect(kindOf(d, '开展矛盾排查')).toBe('achievements');
  });

  it('an unheaded shortcomings paragraph straight before a plans heading (numbered or bare)', () => {
    for (const plansHeading of ['五、2025年工作打算', '下一步工作计划']) {
      const d = doc(...ACHIEVEMENTS, '全年工作虽有进展，但与上级要求相比还有差距，主要是执法力量不足。', plansHeading, '（一）抓好学法');
      expect(d.sections.find((x) => x.boundary)).toMatchObject({ kind: 'shortcomings', boundary: { reason: 'transition' } });
      const plans = d.sections.find((x) => x.kind === 'plans')!;
      expect(plans.heading).toBe(plansHeading);
      expect(plans.path.startsWith('不足')).toBe(false);
      expect(kindOf(d, '执法力量不足')).toBe('shortcomings');
    }
  });

  it('a Word heading without its number is an item of the part unless it is top-level', () => {
    const text = [...TITLE, ...ACHIEVEMENTS, '下一步，我们将重点做好以下工作：', '（一）抓好学法', '加强学习', '组织集中学法。', '总体工作思路', ...CLOSING].join('\n');
    const lines = text.split('\n');
    const line = (t: string) => lines.indexOf(t) + 1;
    const d = parseDocument(text, { headingLines: new Map([[line('加强学习'), 3], [line('总体工作思路'), 1]]) });
    expect(kindOf(d, '组织集中学法')).toBe('plans');
    expect(d.sections.find((x) => x.heading === '总体工作思路')!.path.startsWith('计划')).toBe(false);
  });

  it('inside an unheaded shortcomings part, a 一是 lead naming next year stays in the part', () => {
    const d = doc(...ACHIEVEMENTS, '全年工作虽有进展，但还存在一些不足：', '一是明年将面临更重的执法任务，人员缺口更大。');
    expect(kindOf(d, '人员缺口更大')).toBe('shortcomings');
  });

  it('a heading that continues the numbering from before the part ends it', () => {
    const d = doc('一、主要举措', '（一）健全机制', '制定年度工作要点。', '（二）规范执法', '开展案卷评查。',
      '同时也要看到，我镇法治建设还存在一些短板。', '（一）执法力量薄弱', '（二）普法形式单一', '二、下一步工作打算', '（一）加强培训');
    const next = d.sections.find((s) => s.heading.startsWith('二、'))!;
    expect(next).toMatchObject({ kind: 'plans', depth: 0, path: '二' });
    expect(d.sections.find((s) => s.boundary)?.kind).toBe('shortcomings');
    expect(kindOf(d, '执法力量薄弱')).toBe('shortcomings');
  });
});

describe('numbering restarts', () => {
  it('a （一） after the last item of a plans section stays in plans', () => {
    const d = doc('一、主要举措', '聘请法律顾问一名。', '二、2025年工作打算', '（一）加强学法', '（二）规范执法', '（三）优化服务', '（一）深化普法', '开展民法典进村活动。');
    const part = d.sections.find((s) => s.boundary)!;
    expect(part).toMatchObject({ kind: 'plans', boundary: { reason: 'restart', lead: '（一）深化普法' } });
    expect(kindOf(d, '开展民法典进村活动')).toBe('plans');
  });

  it('a top-level number that goes back after the plans (二、 after 五、) never earns credit', () => {
    const d = doc('一、主要举措', '制定工作要点。', '二、存在问题', '人员不足。', '三、下一步打算', '加强培训。', '二、加强法治宣传', '开展送法下乡。');
    expect(kindOf(d, '开展送法下乡')).toBe('plans');
  });

  it('an achievements list that begins again is no new part', () => {
    const d = doc('一、2024年主要措施', '一、强化领导', '成立领导小组。', '二、规范执法', '落实三项制度。');
    expect(d.sections.some((s) => s.boundary)).toBe(false);
    expect(kindOf(d, '落实三项制度')).toBe('achievements');
  });

  it('a lower-level list restarting inside a new higher item is normal', () => {
    const d = doc('一、完善制度', '（一）健全机制', '（二）规范程序', '（三）强化监督', '二、严格执法', '（一）规范裁量', '细化裁量基准。', '（二）加强监督');
    expect(d.sections.some((s) => s.boundary)).toBe(false);
    expect(d.sections[d.sentences.find((s) => s.text.includes('细化裁量基准'))!.section].path).toBe('二 > （一）');
  });
});

describe('no false boundaries', () => {
  it('an item ending in its own 下一步 paragraph, followed by the next item or the shortcomings heading', () => {
    const d = doc('一、主要举措', '（一）加强培训', '全年培训执法人员120人次。', '下一步，我们将继续加强执法培训。', '（二）推进公开', '公开政府信息80条。',
      '下一步，我镇将进一步扩大公开范围。', '二、存在的不足', '执法力量不足。');
    expect(d.sections.some((s) => s.boundary)).toBe(false);
    expect(d.sections.some((s) => s.kind === 'plans')).toBe(false);
    expect(kindOf(d, '公开政府信息80条')).toBe('achievements');
  });

  it('我们将X纳入… in past narrative, followed by a restarted list, opens nothing', () => {
    const d = doc(...ACHIEVEMENTS, '我们将法治建设纳入全镇年度综合考核，考核结果与评优挂钩：', '（一）考核内容', '涵盖依法决策、规范执法等六个方面。');
    expect(d.sections.some((s) => s.kind === 'plans' || s.kind === 'shortcomings')).toBe(false);
    expect(kindOf(d, '涵盖依法决策')).toBe('achievements');
  });

  it('一是/二是 sub-lists inside an item, even naming next year, open nothing', () => {
    const d = doc('一、主要举措', '（一）加强学法', '一是每月开展一次集中学法。', '二是明年将继续推进学法常态化。', '（二）规范执法', '落实三项制度。');
    expect(d.sections.some((s) => s.boundary || s.kind === 'plans')).toBe(false);
  });

  it('the report year itself (2024年，我镇将…) is not next year', () => {
    const d = doc('全年推进法治建设。', '2024年，我镇将法治建设摆在突出位置，聘请律师担任法律顾问。');
    expect(d.sections.some((s) => s.boundary)).toBe(false);
    expect(kindOf(d, '聘请律师担任法律顾问')).toBe('achievements');
  });

  it('a shortcomings lead in the preamble opens nothing', () => {
    const d = doc('一年来，虽然任务繁重，但在上级指导下，我镇法治建设取得新进展。', '一、主要举措', '（一）健全机制', '（二）规范执法');
    expect(d.sections.some((s) => s.boundary)).toBe(false);
  });
});

describe('a heading of a higher standard level than any open one closes them (plans_traps on blind set 14, 02)', () => {
  it('五、下一步工作计划 after （一）…（七）: it is not an item of （七）, and a （六） after it is a plan', () => {
    const d = doc(...ACHIEVEMENTS, '（三）加强普法', '开展普法宣传12次。', '五、下一步工作计划', '（六）深化法治宣传教育', '持续打造校园法治教育品牌，参与师生3万人次。');
    expect(kindOf(d, '下一步工作计划')).toBe('plans');
    expect(kindOf(d, '校园法治教育品牌')).toBe('plans');
    expect(kindOf(d, '开展普法宣传12次')).toBe('achievements');
  });

  it('variant: （一）…（三） of work, then 三、存在的不足 whose items go on numbering （四）（五）', () => {
    const d = doc('（一）健全工作机制', '镇党委每季度专题研究法治建设工作。', '（二）规范行政执法', '全年办理执法案件36件。', '（三）推进政务公开', '更新公开栏12期。', '三、存在的不足', '（四）执法力量薄弱', '专职执法人员只有两名。', '（五）普法形式单一', '宣传多以发放资料为主。');
    expect(kindOf(d, '专职执法人员只有两名')).toBe('shortcomings');
    expect(kindOf(d, '宣传多以发放资料为主')).toBe('shortcomings');
    expect(kindOf(d, '全年办理执法案件36件')).toBe('achievements');
  });
});

describe('labelled paragraphs without headings (blind set 14, 02)', () => {
  it('存在的问题：… then 下一步打算：… after （一）… sections: a shortcomings part, then a plans part', () => {
    const d = doc(...ACHIEVEMENTS, '存在的问题：一是执法力量薄弱，专职人员少；二是普法形式单一。', '下一步打算：2025年，我镇将重点抓好以下工作：一是聘请法律顾问；二是开展普法宣传。');
    expect(kindOf(d, '执法力量薄弱')).toBe('shortcomings');
    expect(kindOf(d, '聘请法律顾问')).toBe('plans');
  });

  it('variant: a plan label with its items in the same paragraph straight after the achievements', () => {
    const d = doc(...ACHIEVEMENTS, '下步工作计划：一是完善法律顾问制度；二是推行执法全过程记录。');
    expect(kindOf(d, '完善法律顾问制度')).toBe('plans');
    expect(kindOf(d, '全年办理执法案件36件')).toBe('achievements');
  });
});

describe('the shortcomings and the plan in one closing paragraph (blind set 19, 03)', () => {
  it('an unheaded closing paragraph: …仍有差距：…。下一步，街道将… opens a plans part at its lead sentence', () => {
    const d = doc(...ACHIEVEMENTS, '虽然我镇法治政府建设取得了一定进展，但对照上级要求仍有差距：部分干部依法办事意识不强，执法人员数量偏少。下一步，我镇将聘请法律顾问，加强执法队伍培训，不断提升基层治理法治化水平。');
    expect(outline(d)).toEqual([
      ['（一）', 'achievements', null], ['（二）', 'achievements', null], ['（三）', 'achievements', null], ['（四）', 'achievements', null],
      ['不足（无标题）', 'shortcomings', 'transition'], ['计划（无标题）', 'plans', 'transition'],
    ]);
    expect(kindOf(d, '执法人员数量偏少')).toBe('shortcomings');
    expect(kindOf(d, '聘请法律顾问')).toBe('plans');
    expect(d.sections.find((x) => x.kind === 'plans')!.boundary!.lead).toMatch(/^下一步，我镇将聘请法律顾问/);
  });

  it('variant: under a shortcomings heading, the last paragraph goes on 2025年，我局将… (a plan year lead)', () => {
    const d = doc('一、工作开展情况', '全年办理执法案件36件。', '二、存在的问题', '执法力量薄弱，普法形式单一，这些问题主要是由于专职人员少造成的。2025年，我局将组织执法人员全员轮训，开展民法典宣传12场。');
    expect(kindOf(d, '专职人员少')).toBe('shortcomings');
    expect(kindOf(d, '全员轮训')).toBe('plans');
  });

  it('red team 6: the plan in other wordings (针对…，下一步街道将…; 2025年我局将…; 下一步工作中，我镇将把…), but not a forecast or a rule adopted', () => {
    for (const plan of ['针对上述问题，下一步我镇将建立执法人员轮训制度。', '2025年我镇将组织执法人员全员轮训。', '下一步工作中，我镇将把普法纳入村规民约。', '新一年，我镇将着重抓好执法人员轮训。']) {
      const d = doc(...ACHIEVEMENTS, `虽然取得了一定进展，但仍有差距：执法人员数量偏少，普法形式单一。${plan}`);
      expect(kindOf(d, plan.slice(-8)), plan).toBe('plans');
    }
    // a forecast inside the shortcomings, then its causes: all shortcomings
    const forecast = doc(...ACHIEVEMENTS, '虽然取得了一定进展，但仍有差距：调解力量不足。明年，辖区内将有两个村整体搬迁安置，现有力量难以应对。产生上述问题的原因，主要是专职人员少。');
    expect(kindOf(forecast, '产生上述问题的原因')).toBe('shortcomings');
    // a forecast opening with a time word and 将+adverb (新的一年，辖区…将全面铺开): not the unit's plan
    const ahead = doc(...ACHIEVEMENTS, '虽然取得了一定进展，但仍有差距：调解力量不足。新的一年，辖区老旧小区改造将全面铺开，依法决策的压力将进一步加大。');
    expect(kindOf(ahead, '老旧小区改造将全面铺开')).toBe('shortcomings');
    // a rule the unit adopted, then what was done under it: achievements
    const rule = doc('一、工作开展情况', '今后，各村要把法律顾问出具意见作为村级重大事项的必经环节，这是镇党委印发的意见提出的要求，落实情况如下：', '1.镇政府与律师事务所签订常年法律顾问服务合同。', '2.法律顾问列席村级会议27次。');
    expect(kindOf(rule, '签订常年法律顾问服务合同')).toBe('achievements');
  });

  it('not when a numbered heading still follows, nor for a weak lead, nor inside the achievements', () => {
    const headed = doc('一、工作开展情况', '全年办理执法案件36件。', '二、存在的问题', '执法力量薄弱。下一步，我局将加强培训。', '三、下一步工作计划', '聘请法律顾问。');
    expect(kindOf(headed, '我局将加强培训')).toBe('shortcomings');
    expect(kindOf(headed, '聘请法律顾问')).toBe('plans');
    const weak = doc(...ACHIEVEMENTS, '虽然取得了一定进展，但仍有差距：执法人员数量偏少。我们将继续努力。');
    expect(kindOf(weak, '我们将继续努力')).toBe('shortcomings');
    const work = doc('一、工作开展情况', '全年办理执法案件36件。下一步，我局将加强培训。');
    expect(kindOf(work, '我局将加强培训')).toBe('achievements');
  });
});

describe('lead sentences', () => {
  it.each([
    ['全年工作虽有进展，但对照上级要求还有不小差距，主要是：', 'shortcomings'],
    ['在肯定成绩的同时，我们也清醒地认识到，工作中还存在一些不足。', 'shortcomings'],
    ['我镇法治政府建设还存在一些问题，主要表现在：', 'shortcomings'],
    ['究其原因，主要是思想认识不到位。', 'shortcomings'],
    ['当前，我镇法治建设仍存在一些薄弱环节：', 'shortcomings'],
    ['同时也要清醒地看到，我镇依法行政工作仍面临不少困难。', 'shortcomings'],
    ['但是，由于专业人员不足，部分工作推进较慢。', 'shortcomings'],
    ['存在的问题：', 'shortcomings'],
    ['虽然做了大量工作，但对照群众期盼仍存在差距。', 'shortcomings'],
    ['下一步工作打算：', 'plans'],
    ['2025年工作思路：', 'plans'],
    ['2025年是“十四五”规划收官之年，我镇将坚持以习近平法治思想为指导。', 'plans'],
    ['新的一年，我们将持续推进法治乡镇建设。', 'plans'],
    ['下一步，我镇将重点做好以下工作：', 'plans'],
    ['2025年，我们将继续深入学习贯彻习近平法治思想。', 'plans'],
    ['今后，我局将着力提升执法规范化水平。', 'plans'],
    ['针对上述问题，我们将进一步加强队伍建设。', 'plans'],
    // the year named as a milestone before the unit's 将 with a verb no adverb of intent marks (blind set 132), and a variant
    ['2025年是“十五五”开局之年，街道将对照上级部署，重点抓好以下工作：', 'plans'],
    ['2025年是全面完成规划目标的关键一年，我局将对照督察反馈逐项抓好整改。', 'plans'],
    // a label opening the paragraph it labels (blind set 14, 02), and variants of our own
    ['下一步打算：2025年，我局将以落实纲要为主线，重点抓好以下工作：一是开展章程执行检查。', 'plans'],
    ['今后工作打算：一是继续加强学法用法；二是完善执法队伍。', 'plans'],
    ['问题与不足：一是执法力量薄弱；二是普法形式单一。', 'shortcomings'],
  ])('%s → %s', (text, kind) => {
    expect(kindOfLead(text, 2024)?.kind).toBe(kind);
  });

  it.each([
    '我们将法治建设纳入年度考核。',
    '2024年，我镇将法治建设摆在突出位置。',
    '同时，针对群众反映的问题，开展专项整治。',
    '虽然面临人员紧张等困难，但我镇圆满完成了各项任务。',
    '组织机关干部开展学法活动12次。',
    '2026年，我们将继续推进。',
    '具体安排：',
    '我局将重点工作任务分解到各科室。',
    '我们还建立了矛盾纠纷问题台账，实行销号管理。',
    '主要做法：一是建立学法台账；二是开展旁听庭审。',
    '整改措施：一是建立问题清单，逐项销号。',
    // red team 28: a turn on last year's problems announcing the work done against them, and a variant
    '对照去年存在的短板，重点做了以下工作：',
    '对照上年度督察指出的差距，我局开展了如下工作：',
    '同时，组织执法人员集中培训，弥补能力短板。',
    '针对存在的问题：',
    '2024年工作计划：',
    // the report year itself as the milestone: its own work, not next year's plan
    '2024年是“十四五”规划的关键之年，街道将对照上级部署，重点抓好以下工作：',
  ])('%s → none', (text) => {
    expect(kindOfLead(text, 2024)).toBeNull();
  });

  it('marker numbers', () => {
    expect(['（四）', '3.', '②', '第一部分', '十二、', '（12）'].map((t) => markerNumber(matchHeadingMarker(t + '加强')!))).toEqual([4, 3, 2, 1, 12, 12]);
  });
});

describe('evidence shows the part', () => {
  it('restarted plan items earn nothing; their evidence names the plans part', async () => {
    const text = [...TITLE, ...ACHIEVEMENTS, '2025年，我们将重点抓好以下工作：', '（一）完善法律顾问制度', '聘请律师事务所担任镇政府法律顾问。', ...CLOSING].join('\n');
    const r = await scoreText(text);
    expect(r.criteria.legal_adviser).toMatchObject({ outcome: 'unmet', planned_only: true });
    expect(r.criteria.legal_adviser.evidence.length).toBeGreaterThan(0);
    for (const e of r.criteria.legal_adviser.evidence) expect(e).toMatchObject({ kind: 'plans', reason: 'in_plans', section: expect.stringMatching(/^计划（无标题）/) });
    expect(r.criteria.struct_next_year).toMatchObject({ outcome: 'met', evidence: [expect.objectContaining({ kind: 'plans', text: '2025年，我们将重点抓好以下工作：' })] });
  });
});

describe('explain shows the boundary and why', () => {
  it('in --json and in the text view', () => {
    const file = join(tempDir(), 'unheaded.txt');
    writeFileSync(file, [...TITLE, ...ACHIEVEMENTS, '明年，我们将重点抓好以下工作：', '（一）完善法律顾问制度', '聘请律师担任法律顾问。', ...CLOSING].join('\n'));
    const json = rubricCli(['explain', file, '--json', '--criterion', 'legal_adviser']);
    expect(json.code, json.stderr).toBe(0);
    const sections = JSON.parse(json.stdout).document.sections as Array<{ kind: string; style: string; boundary?: { reason: string; lead: string } }>;
    expect(sections.filter((s) => s.boundary)).toEqual([expect.objectContaining({ kind: 'plans', style: 'unheaded', boundary: { reason: 'transition', lead: '明年，我们将重点抓好以下工作：' } })]);
    expect(sections.filter((s) => !s.boundary).every((s) => !('boundary' in s))).toBe(true);
    const text = rubricCli(['explain', file, '--criterion', 'legal_adviser', '--lang', 'en']);
    expect(text.stdout).toMatch(/boundary transition\b.*明年，我们将重点抓好以下工作/);
  });
});

describe('metamorphic: the seeds with their shortcomings and plans headings replaced by unheaded leads', () => {
  // each seed's numbered 存在…问题/不足 heading and 下一步/思路/安排/计划 heading become lead paragraphs in
  // our own words; the items below them keep their numbering, which restarts
  const unhead = (text: string) => text.split('\n').map((l) => {
    if (/^\s*[一二三四五六七八九]、.*(?:下一|思路|安排|计划)/.test(l)) return '下一步，我们将重点做好以下工作：';
    if (/^\s*[一二三四五六七八九]、.*(?:存在|问题)/.test(l) && !/举措|情况/.test(l)) return '一年来工作虽有进展，但对照上级要求还有差距，主要是：';
    return l;
  }).join('\n');
  const seeds = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

  it.each(seeds)('%s: every criterion keeps its outcome', async (f) => {
    const text = seedText(f);
    const changed = unhead(text);
    expect(changed).not.toBe(text);
    const [headed, unheaded] = [await scoreText(text), await scoreText(changed)];
    const outcomes = (r: typeof headed) => Object.fromEntries(Object.entries(r.criteria).map(([id, c]) => [id, c.outcome]));
    expect(outcomes(unheaded)).toEqual(outcomes(headed));
  });
});

describe('the unit answering the problems just told (针对以上问题，我局将…) — set 87, 05', () => {
  const SHORT = ['一、主要工作', ...ACHIEVEMENTS, '二、存在的问题', '一是部分干部法治意识不强。二是执法力量薄弱。'];
  it('one sentence alone is the shortcomings\' closing pledge, no plans part', () => {
    expect(kindOf(doc(...SHORT, '针对以上问题，我镇将认真研究，逐项加以改进，不断提高依法行政水平。'), '逐项加以改进')).toBe('shortcomings');
    // a variant: 对于存在的不足
    expect(kindOf(doc(...SHORT, '对于存在的不足，我们将高度重视，认真加以整改。'), '认真加以整改')).toBe('shortcomings');
  });
  it('with next year named, or announcing the measures listed after it, it opens the plans', () => {
    expect(kindOf(doc(...SHORT, '针对以上问题，2025年我镇将重点抓好执法队伍培训，全面提升依法行政水平。'), '执法队伍培训')).toBe('plans');
    const listed = doc(...SHORT, '针对以上问题，我镇将采取以下措施加以改进：', '（一）加强执法队伍建设，全年组织业务培训不少于4次。', '（二）创新普法宣传方式。');
    expect(kindOf(listed, '加强执法队伍建设')).toBe('plans');
    // a variant: 从如下几个方面
    expect(kindOf(doc(...SHORT, '针对上述不足，我们将从如下几个方面改进：', '（一）加强学习培训。', '（二）完善工作机制。'), '完善工作机制')).toBe('plans');
  });
  it('a plan after all when it lists items, announces a list, names the coming year or gives a figure (red team 54)', () => {
    expect(kindOf(doc(...SHORT, '针对以上问题，我镇将着力做好以下工作：一是加强学习；二是完善机制；三是强化督查。'), '完善机制')).toBe('plans');
    expect(kindOf(doc(...SHORT, '针对以上问题，我镇将重点抓好以下几方面工作：', '一是加强执法队伍建设。', '二是创新普法宣传方式。'), '创新普法宣传方式')).toBe('plans');
    expect(kindOf(doc(...SHORT, '针对以上问题，我镇将在新的一年里加大执法培训力度，提升依法行政水平。'), '加大执法培训力度')).toBe('plans');
    expect(kindOf(doc(...SHORT, '针对以上问题，我镇将着力组织执法培训4期，实现持证率100%。'), '组织执法培训')).toBe('plans');
  });
  it('an answer in the achievements is no plan lead there (the part it would leave earns credit only after a restart)', () => {
    expect(kindOf(doc('一、主要工作', '针对以上问题，我镇将采取以下措施：', '（一）健全工作机制', '镇党委每季度专题研究法治建设工作。', '（二）规范行政执法', '推行行政执法公示制度。', '二、存在的问题', '一是执法力量薄弱。', '三、下一步工作打算', '继续推进法治建设。'), '每季度专题研究')).toBe('achievements');
  });
});

describe('a plan document published where the reports are (set 89)', () => {
  it('is told by its title: the plan\'s genre word at the end, no report named', async () => {
    const { isPlanDocument } = await import('../engine/document/section-kinds.js');
    for (const t of ['中共嶓源镇委员会 嶓源镇人民政府关于印发《嶓源镇2025年法治政府建设工作要点》的通知', '青枫县2024年法治政府建设工作计划', '白土镇法治政府建设实施方案（2021—2025年）', '关于印发《县司法局2023年普法工作安排》的通知']) expect([t, isPlanDocument(t)]).toEqual([t, true]);
    for (const t of ['青枫县2024年法治政府建设情况及2025年工作计划', '白土镇2023年法治政府建设工作总结和2024年工作计划', '关于2024年度法治政府建设情况的报告', '关于印发《白土镇2023年度法治政府建设情况报告》的通知', '县司法局落实法治政府建设工作要点情况的汇报']) expect([t, isPlanDocument(t)]).toEqual([t, false]);
    // red team 54: last year's work joined to next year's plan, in any words; a notice issuing both; a notice without 《》
    for (const t of ['嵛坪县市场监督管理局2023年法治政府建设工作回顾及2024年工作计划', '嶂溪镇2023年度法治政府建设工作及2024年工作安排', '岍川县应急管理局2023年度依法行政工作进展及2024年工作要点', '关于印发《嶂溪镇2023年法治政府建设工作总结和2024年工作要点》的通知']) expect([t, isPlanDocument(t)]).toEqual([t, false]);
    expect(isPlanDocument('岍川县林业局关于印发2024年法治政府建设工作要点的通知')).toBe(true);
  });
  it('has every part of its body read as plans', () => {
    const d = parseDocument('白土镇2025年法治政府建设工作要点\n一、加强组织领导\n1.调整法治建设领导小组，由镇党委书记任组长。\n二、规范行政执法\n全面落实行政执法三项制度。\n');
    expect(kindOf(d, '领导小组')).toBe('plans');
    expect(kindOf(d, '三项制度')).toBe('plans');
  });
});

describe('a notice about the reports collected with them (new user 36)', () => {
  it('is told by its title (通知, 函, 通报, 批复 …), a cover letter that is a report is not', async () => {
    const { isNoticeDocument } = await import('../engine/document/section-kinds.js');
    for (const t of ['关于报送2024年度法治政府建设情况报告的通知', '关于印发《2024年度法治政府建设情况报告》编写提纲的通知', '县委全面依法治县委员会办公室关于做好2024年度法治政府建设年度报告工作的通知', '关于2023年度法治政府建设情况报告审核意见的函']) expect([t, isNoticeDocument(t)]).toEqual([t, true]);
    for (const t of ['关于报送2024年度法治政府建设情况报告的报告', '白土镇2024年度法治政府建设情况报告', '关于2024年度法治政府建设情况的报告', '县司法局2024年法治政府建设工作总结',
      // a cover letter sending the unit's report, a notice issuing the unit's own 总结 (red teams 10 and 54)
      '青岚镇人民政府关于报送2024年度法治政府建设情况报告的函', '中共嶂溪镇委员会 嶂溪镇人民政府关于印发《嶂溪镇2023年法治政府建设工作总结和2024年工作要点》的通知',
      // the unit publishing its own report under 公告/通报 (red team 65)
      '易县高村镇人民政府关于公开2024年度法治政府建设情况报告的公告', '涉县井店镇2024年度法治政府建设情况报告的公告', '费县探沂镇关于2024年度法治政府建设工作情况的通报']) expect([t, isNoticeDocument(t)]).toEqual([t, false]);
  });
  it('earns nothing from the tasks it sets others, and is flagged notice_document', () => {
    const d = parseDocument('关于报送2024年度法治政府建设情况报告的通知\n各乡镇人民政府，县直各单位：\n一、报告内容\n报告应包括党政主要负责人履行推进法治建设第一责任人职责情况，调整法治建设领导小组情况。\n二、报送时间\n请于2025年2月20日前报送。\n县委全面依法治县委员会办公室\n2025年1月6日\n');
    expect(d.flags).toContain('notice_document');
    expect(d.flags).not.toContain('plan_document');
    expect(kindOf(d, '领导小组')).toBe('plans');
  });
});

describe('a draft\'s placeholders (set 89)', () => {
  it('are blanked where terms are read, offsets kept; real text is untouched', async () => {
    const { withoutPlaceholders } = await import('../engine/scope.js');
    expect(withoutPlaceholders('三是【待补充原因分析】')).toBe('三是' + ' '.repeat(9));
    expect(withoutPlaceholders('共办理案件（待填写）件，[请补充典型案例]。')).toBe('共办理案件' + ' '.repeat(5) + '件，' + ' '.repeat(9) + '。');
    expect(withoutPlaceholders('聘请律师（待定）一名')).toBe('聘请律师' + ' '.repeat(4) + '一名');
    // not a placeholder: an ordinary bracket, a 待 of the unit's own work
    expect(withoutPlaceholders('对待办事项（共12件）及时办结')).toBeNull();
    expect(withoutPlaceholders('【典型案例】某村土地纠纷调解')).toBeNull();
    // red team 54: the unit's own words in brackets opening with 待/请
    expect(withoutPlaceholders('（待行政复议机关作出决定的1件除外）')).toBeNull();
    expect(withoutPlaceholders('（待县委编办重新核定，原因是人员不足）')).toBeNull();
    expect(withoutPlaceholders('（请常年法律顾问逐份审核确认后签订）')).toBeNull();
  });
});

describe('a transition after work told only as 一是… items (blind set 289)', () => {
  const items = ['一是加强组织领导，落实工作责任。局党组专题研究法治工作3次。', '二是加强学习培训，提高法治意识。组织集中学法12次。', '三是规范行政执法行为。执法人员全部持证上岗。'];
  const kinds = (d: ReturnType<typeof parseDocument>) => d.sections.filter((s) => s.parent === -1).map((s) => s.kind);
  it('…虽然取得了一定成效，但也还存在一些不足：一是…；二是… opens the shortcomings, not an unheaded body of work (the example)', async () => {
    const text = [...TITLE, ...items, '我局法治政府建设工作虽然取得了一定成效，但也还存在一些不足：一是部分干部职工的认识还不够到位；二是执法力量相对不足，主要原因是人员编制少。', '下一步，我局将继续加强干部职工学法用法。', ...CLOSING].join('\n');
    expect(kinds(parseDocument(text))).toEqual(['front', 'achievements', 'achievements', 'achievements', 'shortcomings', 'plans', 'closing']);
    expect((await scoreText(text)).criteria.struct_shortcomings.outcome).toBe('met');
  });
  it('variant: the problems run on without 一是 (…但也还存在一些不足：部分干部…；执法力量…)', () => {
    const d = doc(...items, '工作中也还存在一些不足：部分干部职工的认识还不够到位；执法力量相对不足。', '下一步，我局将继续加强干部职工学法用法。');
    expect(kinds(d)).toEqual(['front', 'achievements', 'achievements', 'achievements', 'shortcomings', 'plans', 'closing']);
  });
  it('guard: a plain paragraph after the items that announces nothing stays in the work', () => {
    const d = doc(...items, '此外，我局还组织干部参加全县法治知识竞赛，获得团体二等奖。');
    expect(kindOf(d, '法治知识竞赛')).toBe('achievements');
  });
});
