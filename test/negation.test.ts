/**
 * What a report says was not done, or was done badly, earns nothing (a red team found 23 of 23 such
 * sentences credited: 我镇尚未聘请常年法律顾问 → legal_adviser met). Only the hit's own clause is read,
 * and only a negation before a verb of doing: outcomes (全年未发生行政复议案件) are still credited.
 * Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { negatedAt, nilRow, denialStands, withoutDenials } from '../engine/scope.js';
import { scoreText } from './helpers.js';

const at = (text: string, term: string) => text.indexOf(term) + term.length;
const report = (achievements: string) => [
  '柳塘镇人民政府关于2024年度法治政府建设情况的报告',
  '2024年，柳塘镇在县委、县政府领导下推进依法行政，现将有关情况报告如下：',
  '一、主要举措和成效', achievements,
  '二、存在的不足', '部分干部法治意识不强。', '三、下一步工作打算', '继续推进普法宣传。',
  '柳塘镇人民政府', '2025年1月20日',
].join('\n');

describe('negated or defective work', () => {
  it('negatedAt: a negation before a verb of doing, or a defect after the hit, in the hit\'s own clause', () => {
    const t1 = '我镇尚未聘请常年法律顾问，合同审查由司法所代为把关。';
    expect(negatedAt(t1, at(t1, '法律顾问'))).toBe(true);
    expect(negatedAt(t1, at(t1, '合同审查'))).toBe(false);
    const t2 = '已聘请法律顾问，但作用发挥不充分。';
    expect(negatedAt(t2, at(t2, '法律顾问'))).toBe(false);
    expect(negatedAt('行政执法三项制度落实不到位。', at('行政执法三项制度落实不到位。', '三项制度'))).toBe(true);
    // outcomes are not negated work
    const t3 = '全年未发生行政复议和行政诉讼案件。';
    expect(negatedAt(t3, at(t3, '行政复议'))).toBe(false);
    // 未对 with its object before the doing (red team 33), and a variant; an outcome with 对 is none
    const t4 = '尚未对以往印发的文件开展清理。';
    expect(negatedAt(t4, at(t4, '文件'))).toBe(true);
    const t5 = '今年还未对辖区企业进行法治体检，原因是人手不足。';
    expect(negatedAt(t5, at(t5, '法治体检'))).toBe(true);
    const t6 = '处置及时，未对群众生产生活造成影响。';
    expect(negatedAt(t6, at(t6, '群众'))).toBe(false);
  });
  it('withoutDenials: a clause denying the power or the thing is blanked (offsets kept); the other clauses and conditionals are not', () => {
    const t1 = '街道不具有规范性文件制定权，对合同全部进行合法性审核。';
    const b1 = withoutDenials(t1)!;
    expect(b1.length).toBe(t1.length);
    expect(b1).not.toContain('规范性文件');
    expect(b1.slice(b1.indexOf('，'))).toBe(t1.slice(t1.indexOf('，')));
    expect(withoutDenials('本局无行政处罚权，配合执法部门开展检查。')).not.toContain('处罚');
    expect(withoutDenials('我镇全年未制定行政规范性文件；对镇政府合同进行审查。')).not.toContain('规范性文件');
    // by its place in the order (不制发/不制定 with the document right after — blind set 187); never a slogan (无审核不出台, 一律不得出台)
    expect(withoutDenials('街道不制发行政规范性文件，以街道名义印发的其他文件均经法律顾问审核。')).toMatch(/^\s+，以街道名义/);
    expect(withoutDenials('本局按规定不制定规范性文件，局内文件经法制股审核。')).not.toContain('规范性文件');
    expect(withoutDenials('凡未经合法性审核的规范性文件，一律不得出台。')).toBeNull();
    // what a contrast turns to in the clause is read (虽未出台…但对…清理); another body doing it, or the work not concerning the unit, is a denial
    expect(withoutDenials('全年虽未制发新文件但对现行有效的规范性文件开展了清理')).toMatch(/但对现行有效的规范性文件开展了清理$/);
    expect(withoutDenials('本所没有行政处罚权，执法公示和法制审核均不适用。')).not.toMatch(/处罚|公示|审核/);
    expect(withoutDenials('复议应诉事项由县人民政府统一负责。')).not.toContain('复议');
    // rules, slogans, outcomes and bans are no denial (red team 8)
    for (const t of ['坚持“法无授权不可为、清单之外无职权”，公布权责清单。', '所办案件均没有超越法定权限。', '全年无一起行政行为被复议撤销。', '严禁无证人员从事执法活动，全员持证上岗。', '落实“无审核不出台”的要求。']) expect(withoutDenials(t), t).toBeNull();
    // no denial: null (the sentence is read as written)
    expect(withoutDenials('对未制定实施细则的单位逐一督促整改。')).toBeNull();
    expect(withoutDenials('全年未发生行政复议案件。')).toBeNull();
    expect(withoutDenials('聘请律师担任法律顾问。')).toBeNull();
  });
  it('negatedAt reads a clause from its contrast on: 虽未出台新的…但对…进行了清理 is work done', () => {
    const t = '全年虽未出台新的规范性文件但对现行有效的规范性文件逐件进行了清理。';
    expect(negatedAt(t, at(t, '清理'))).toBe(false);
    const u = '对现行文件进行了梳理但未开展清理。';
    expect(negatedAt(u, at(u, '清理'))).toBe(true);
  });
  it('a term named only where the unit denies having it does not count; evidence still quotes the sentence as written', async () => {
    const denied = await scoreText(report('镇政府不具备规范性文件制定主体资格，镇里印发的工作方案均经合法性审核，全年审核九件。'));
    expect(denied.criteria.normative_doc_review.outcome).toBe('unmet');
    const both = await scoreText(report('我镇全年未出台新的规范性文件，对以往的规范性文件进行清理，废止一件。'));
    expect(both.criteria.normative_doc_review.outcome).toBe('met');
    expect(both.criteria.normative_doc_review.evidence[0].text).toContain('未出台新的规范性文件');
  });
  it('the example (no adviser retained) earns nothing; a variant (述法 not held) neither; an adviser retained still does', async () => {
    const none = await scoreText(report('我镇尚未聘请常年法律顾问，重大事项合法性审查由司法所协助。'));
    expect(none.criteria.legal_adviser.outcome).toBe('unmet');
    const noShufa = await scoreText(report('2024年度镇党政主要负责人未开展年终述法，法治建设成效也没有纳入年度考核。'));
    expect(noShufa.criteria.duty_assessment.outcome).toBe('unmet');
    const retained = await scoreText(report('聘请溪岸律师事务所担任常年法律顾问，审查合同15份。'));
    expect(retained.criteria.legal_adviser.outcome).not.toBe('unmet');
  });
  it('a defect inside the achievements (规范性文件备案审查还存在短板) earns nothing; the refusal is shown as evidence withheld', async () => {
    const r = await scoreText(report('规范性文件备案审查还存在短板。'));
    const c = r.criteria.normative_doc_review;
    expect(c.outcome).toBe('unmet');
    expect(JSON.stringify(c)).toContain('negated');
  });
});

describe('a denied clause and a later one (session 40)', () => {
  it('denialStands: a later clause still telling the absence, or what others were made to do, does not lift a denial', () => {
    const at = (t: string, w: string) => t.lastIndexOf(w);
    expect(denialStands('往年没有开展述法，今年首次组织班子成员在年终述职中述法。', at('往年没有开展述法，今年首次组织班子成员在年终述职中述法。', '述法'))).toBe(false);
    for (const [t, w] of [['镇里尚未聘请法律顾问，法律顾问制度有待建立。', '法律顾问'], ['镇政府未聘请法律顾问，重大决策缺少法律顾问把关。', '法律顾问'], ['没有开展述法，述法工作仍是空白。', '述法'],
      ['法制审核制度尚未有效落实，有1件案件未经法制审核即作出决定。', '法制审核'], ['对未聘请法律顾问的情况提出审计建议，督促5家单位聘请了法律顾问。', '法律顾问'],
      // red team 30's denials going on about the term without a clause of this year's work (budgets, neighbours, requests)
      ['我镇尚未聘请常年法律顾问，聘请法律顾问所需经费已列入下年度财政预算。', '法律顾问'], ['我乡未聘请法律顾问，周边乡镇大多已通过政府购买服务聘请了法律顾问。', '法律顾问'],
      ['我局没有聘请法律顾问，今年以来多次向县司法局申请配备公职律师。', '公职律师'],
      // red team 76's: a later clause opening on this year that is no deed (an agenda, a notice never carried out, a hire from next year)
      ['往年未开展述法，今年已将述法列入明年党委会议程。', '述法'], ['镇里未开展过述法，今年印发了述法工作通知，但年底前未能组织实施。', '述法'],
      ['我镇尚未聘请法律顾问，2025年1月起由明德律师事务所律师担任法律顾问。', '法律顾问']]) expect(denialStands(t, at(t, w))).toBe(true);
  });
  it('nilRow: a table row of a task with 无, — or 未… and no figure is a task not done; a row of an outcome that did not occur is an honest zero', () => {
    expect(nilRow('聘请法律顾问，—，名，无，本年度未聘请，见存在的问题')).toBe(true);
    // a variant: a 未… cell under a noun label
    expect(nilRow('法律顾问，名，本年度未聘请')).toBe(true);
    // (a zero is as often an outcome's honest zero under its task, and a change column's 未调整 a standing group unchanged — red team 76)
    expect(nilRow('开展述法，次，0，—')).toBe(false);
    expect(nilRow('落实负责人出庭应诉制度，件，0，—')).toBe(false);
    expect(nilRow('法治建设领导小组，组长：镇长，本年度未调整')).toBe(false);
    // guards: an outcome row, a task done with a figure, prose with 无
    expect(nilRow('行政复议案件，—，件，0，无')).toBe(false);
    expect(nilRow('聘请法律顾问，1，名，明德律师事务所')).toBe(false);
    expect(nilRow('全年无安全事故，无越级上访，无群体性事件。')).toBe(false);
    // (dashes and 无 alone are as often a table of things done with no count to give, and a ticked row is done: red teams 72–73)
    expect(nilRow('权责清单编制，—，份，无，—')).toBe(false);
    expect(nilRow('聘请浙江天姥律师事务所为常年法律顾问，—，无')).toBe(false);
    expect(nilRow('权责清单编制公布，√，份，—，已完成')).toBe(false);
    // (prose ending on an outcome denied is no row: set 7's and set 86's sentences of work done)
    expect(nilRow('旗司法局对以旗政府名义印发的规范性文件进行合法性审核，按规定报盟行政公署和旗人大常委会备案，全年未发现违法文件。')).toBe(false);
    expect(nilRow('街道城管中队按照要求落实行政执法三项制度，执法工作总体规范，全年未发生重大执法过错。')).toBe(false);
  });
  it('a task table row saying nothing was done earns nothing; the example scored whole', async () => {
    const table = (row: string) => report(`主要工作完成情况如下：\n工作项目｜单位｜完成数｜备注\n${row}\n全镇法治宣传活动12场。`);
    expect((await scoreText(table('聘请法律顾问｜名｜无｜本年度未聘请'))).criteria.legal_adviser.outcome).toBe('unmet');
    expect((await scoreText(table('聘请法律顾问｜名｜1｜明德律师事务所'))).criteria.legal_adviser.outcome).toBe('met');
  });
});
