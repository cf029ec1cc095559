import { describe, expect, it } from 'vitest';
import { sentencesFact } from '../../engine/facts/sentences.js';
import { compileFact, report } from './fact-helpers.js';

describe('sentences', () => {
  const f = compileFact(sentencesFact, { all: [['法律顾问'], ['合同|文件']] });
  it('counts a sentence in scope where every term holds', () => {
    const r = f.run(report({ achievements: '聘请法律顾问1名，审查合同12份。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(1);
    expect(r.evidence[0].kind).toBe('achievements');
  });
  it("others: 'served' takes another body's work done for the unit, in the hit's clause; the default refuses it (blind set 23)", () => {
    const refuse = compileFact(sentencesFact, { all: [['法律顾问']] });
    const served = compileFact(sentencesFact, { all: [['法律顾问']], others: 'served' });
    const forUnit = report({ achievements: '县司法局为我镇选派了一名常年法律顾问，每月到镇坐班两天。' });
    expect(refuse.run(forUnit).value).toBe(0);
    expect(refuse.run(forUnit).refused.map((x) => x.reason)).toEqual(['others_work']);
    expect(served.run(forUnit).value).toBe(1);
    // a variant: the superior's adviser giving opinions on the unit's cases
    expect(served.run(report({ achievements: '县司法局安排的法律顾问为镇政府审查合同9份。' })).value).toBe(1);
    // for the unit's villages, even with the unit served in another clause: still another body's
    const villages = report({ achievements: '县司法局为我镇12个村各选派1名村法律顾问，为我镇培训法律明白人60名。' });
    expect(served.run(villages).value).toBe(0);
    expect(served.run(villages).refused.map((x) => x.reason)).toEqual(['others_work']);
  });
  it('does not count a sentence missing a term', () => {
    expect(f.run(report({ achievements: '聘请法律顾问1名。' })).value).toBe(0);
  });
  it('a hit in the plans counts only towards withPlans, and is refused with its reason', () => {
    const r = f.run(report({ plans: '聘请法律顾问审查合同。' }));
    expect(r.value).toBe(0);
    expect(r.withPlans).toBe(1);
    expect(r.refused.map((x) => x.reason)).toEqual(['in_plans']);
  });
  it('none refuses a sentence; window lets a later term hold in a neighbour', () => {
    expect(compileFact(sentencesFact, { all: [['法律顾问']], none: ['未聘请'] }).run(report({ achievements: '未聘请法律顾问。' })).value).toBe(0);
    const w = compileFact(sentencesFact, { all: [['法律顾问'], ['合同']], window: 1 });
    expect(w.run(report({ achievements: '聘请法律顾问1名。全年审查合同12份。' })).value).toBe(1);
  });
  it('with a window, the semicolon clauses of one sentence count as it: a context two clauses away holds; a full stop still bounds them', () => {
    const w = compileFact(sentencesFact, { all: [['风险评估'], ['重大行政决策']], window: 1 });
    // context in the first clause, the step in the third: beyond a window of one sentence, inside one sentence
    expect(w.run(report({ achievements: '对旧城改造这一重大行政决策，公开征求意见；组织专家论证；委托第三方开展风险评估；提交集体讨论。' })).value).toBe(1);
    // a variant: half-width semicolons, the step before the context
    expect(w.run(report({ achievements: '开展社会稳定风险评估;邀请专家论证;上述程序均用于年度重大行政决策。' })).value).toBe(1);
    // the run ends at a full stop: two sentences away is still beyond the window
    expect(w.run(report({ achievements: '审议重大行政决策1项。组织专家论证。开展风险评估。' })).value).toBe(0);
    // and the run does not cross paragraphs
    expect(w.run(report({ achievements: '审议重大行政决策1项；\n组织专家论证；\n开展风险评估。' })).value).toBe(0);
  });
  it('a hit whose term came from a neighbour lists that neighbour as context evidence in reading order, uncounted', () => {
    const w = compileFact(sentencesFact, { all: [['督导'], ['法治建设']], window: 1 });
    // the example: the inspection in one sentence, the rule-of-law work it inspected in the next
    const r = w.run(report({ achievements: '组织对各村落实情况开展督导检查两次。全年召开党委会专题研究法治建设工作4次。' }));
    expect(r.value).toBe(1);
    expect(r.evidence.map((e) => [e.text, e.context ?? false])).toEqual([['组织对各村落实情况开展督导检查两次。', false], ['全年召开党委会专题研究法治建设工作4次。', true]]);
    // a variant of our own: the term in an earlier clause of the same semicolon run
    const c = compileFact(sentencesFact, { all: [['风险评估'], ['重大行政决策']], window: 1 });
    const rc = c.run(report({ achievements: '就老旧小区改造这项重大行政决策听取居民意见；请第三方做稳定风险评估。' }));
    expect(rc.value).toBe(1);
    // (the neighbour comes first when it stands first — session 42: a table's header before its row)
    expect(rc.evidence.map((e) => e.context ?? false)).toEqual([true, false]);
    expect(rc.evidence[0].text).toContain('重大行政决策');
    // a neighbour that is a hit by itself is evidence once, as a hit, never also as context
    const both = w.run(report({ achievements: '开展法治建设专项督导1次。对法治建设责任落实情况开展督导。' }));
    expect(both.value).toBe(2);
    expect(both.evidence.map((e) => e.context ?? false)).toEqual([false, false]);
    // a hit in one sentence alone has no context
    expect(w.run(report({ achievements: '开展法治建设专项督导1次。' })).evidence.map((e) => e.context ?? false)).toEqual([false]);
  });
  it('a term in the title or an addressee line is no evidence at all, not withheld evidence; a preamble sentence is withheld (in_front)', () => {
    const g = compileFact(sentencesFact, { all: [['依法治县委员会|法治建设领导小组|法治政府建设']] });
    // the example: a common addressee read as a 领导小组 withheld in the preamble (a new user's workbook showed it)
    const addressed = g.run(report({ preamble: '县委全面依法治县委员会办公室：\n现将有关情况报告如下。' }));
    expect(addressed.refused).toEqual([]);
    // variant: the title's 法治政府建设 likewise; a preamble sentence that says something is still withheld, with its reason
    expect(g.run(report({ title: '白土镇2023年法治政府建设情况报告', preamble: '现将有关情况报告如下。' })).refused).toEqual([]);
    const said = g.run(report({ preamble: '2023年，白土镇调整法治建设领导小组，现将有关情况报告如下。' }));
    expect(said.refused.map((r) => r.reason)).toEqual(['in_front']);
  });
  it("a quantity term with `near` counts only a figure close to the first term's match, in its clause run (blind set 27)", () => {
    const f = compileFact(sentencesFact, { all: [['召开[^，。；]{0,6}会'], { quantity: { units: ['次'], near: 24 } }] });
    // the meetings counted right after them, and before them
    expect(f.run(report({ achievements: '镇党委召开党委会专题研究法治建设工作4次。' })).value).toBe(1);
    expect(f.run(report({ achievements: '全年先后3次召开党委会研究部署法治工作。' })).value).toBe(1);
    // the figure counts another activity, further on in the sentence; or stands past a ；
    expect(f.run(report({ achievements: '书记召开党委会研究法治建设工作，镇长带头参加学法活动，年内带队参加行政诉讼庭审旁听活动1次。' })).value).toBe(0);
    expect(f.run(report({ achievements: '召开党委会研究法治工作；开展培训2次。' })).value).toBe(0);
    // without near the same sentence counts, as before
    const g = compileFact(sentencesFact, { all: [['召开[^，。；]{0,6}会'], { quantity: { units: ['次'] } }] });
    expect(g.run(report({ achievements: '书记召开党委会研究法治建设工作，镇长带头参加学法活动，年内带队参加行政诉讼庭审旁听活动1次。' })).value).toBe(1);
    expect(f.errors).toEqual([]);
  });
  it("a quantity term with `clauseNone` refuses a figure whose own clause tells another activity and holds no match of the first term, on either side (blind sets 53, 56; red team 32)", () => {
    const f = compileFact(sentencesFact, { all: [['学法|学习民法典|习近平法治思想'], { anyOf: [{ quantity: { units: ['次'], clauseNone: ['研究|部署|宣传'] } }] }] });
    expect(f.errors).toEqual([]);
    // the count belongs to the meetings, before the study or after it
    expect(f.run(report({ achievements: '党委会专题研究法治工作3次，组织班子成员学习民法典。' })).value).toBe(0);
    expect(f.run(report({ achievements: '书记带头学习习近平法治思想，全年4次在党委会上专题研究部署法治建设。' })).value).toBe(0);
    expect(f.run(report({ achievements: '研究法治工作3次；班子集中学法。' })).value).toBe(0);
    // a count of the study itself, in its clause or in a clause of its own that tells no other activity, on either side
    expect(f.run(report({ achievements: '先后5次组织班子成员学习民法典。' })).value).toBe(1);
    expect(f.run(report({ achievements: '坚持集中学法，全年共组织9次。' })).value).toBe(1);
    expect(f.run(report({ achievements: '中心组集中学习12次，重点学习民法典。' })).value).toBe(1);
    // another activity in the count's clause that also holds the study term: the study is counted there
    expect(f.run(report({ achievements: '研究部署普法工作后会前学法2次。' })).value).toBe(1);
    // without the option the sentence's figure counts, as before
    const g = compileFact(sentencesFact, { all: [['学法|学习民法典'], { quantity: { units: ['次'] } }] });
    expect(g.run(report({ achievements: '党委会专题研究法治工作3次，组织班子成员学习民法典。' })).value).toBe(1);
  });

  it('an unknown lexicon is a compile error, not an exception', () => {
    expect(compileFact(sentencesFact, { all: [['@nope']] }).errors.map((e) => e.code)).toEqual(['unknown_lexicon']);
  });
});

describe('hasAnchor (a pattern read against one sentence is not prefiltered over the whole document)', () => {
  it('finds ^ and $ outside character classes only', async () => {
    const { hasAnchor } = await import('../../engine/facts/terms.js');
    expect(['(?:^|[，；])x', 'a$', '^b'].map(hasAnchor)).toEqual([true, true, true]);
    expect(['[^，]+法', 'a\\^b', '[\\]^]x', '[a^$]'].map(hasAnchor)).toEqual([false, false, false, false]);
  });
  it('an anchored pattern finds a sentence that does not open the document (red team 11)', () => {
    const f = compileFact(sentencesFact, { all: [['(?:^|[，；])[^，。；]{0,20}把关不严'] ] });
    expect(f.errors).toEqual([]);
    expect(f.run(report({ achievements: '组织学法6次。合同审查把关不严。' })).value).toBe(1);
  });
});


describe('sentences: refused: false (red team 26)', () => {
  it('keeps no withheld evidence from outside the scope, counts and planned hits as before', () => {
    const text = report({ shortcomings: '一方面人员不足，另一方面培训偏少。', plans: '一方面加强宣传，另一方面开展培训。' });
    const kept = compileFact(sentencesFact, { all: [['一方面']], scope: ['shortcomings'], intent: 'allow' }).run(text);
    const quiet = compileFact(sentencesFact, { all: [['一方面']], scope: ['shortcomings'], intent: 'allow', refused: false });
    expect(quiet.errors).toEqual([]);
    const r = quiet.run(text);
    expect(r.value).toBe(1);
    expect(r.value).toBe(kept.value);
    expect(kept.refused.map((e) => e.reason)).toEqual(['in_plans']);
    expect(r.refused).toEqual([]);
    expect(r.withPlans).toBe(kept.withPlans);
  });
});
