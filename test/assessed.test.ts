/**
 * Blind-assessed reports (fixtures/assessed/): the engine keeps agreeing with assessors who never saw
 * it, cell by cell and on every deduction — a regression guard on kinds the seeds lack.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { readFileSync } from 'node:fs';

const evalSet = (set: string) => {
  const dir = join(ROOT, 'fixtures', 'assessed', set);
  const r = rubricCli(['eval', '--gold', join(dir, 'gold.json'), '--corpus', dir, '--json', '--time-budget', '300']);
  expect(r.code).toBe(0);
  const e = JSON.parse(r.stdout);
  expect(e.reports).toBe(6);
  expect(e.failed).toEqual([]);
  expect(e.totals.spearman).toBeGreaterThanOrEqual(0.9);
  return { dir, e };
};

describe.each(['set1', 'set2', 'set3', 'set5', 'set6', 'set7', 'set8', 'set9', 'set11', 'set12', 'set14', 'set16', 'set18', 'set22'])('blind-assessed %s', (set) => {
  it('agrees on at least 140 of 144 cells, finds every gold deduction and no other', () => {
    const { e } = evalSet(set);
    expect(e.agree).toBeGreaterThanOrEqual(140);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 0 });
  });
});

/**
 * A set whose one gold deduction the engine leaves as a suspicion by design (a place it cannot be sure
 * is not the unit's costs no points): at least `agree` cells, no wrong deduction, and that report's
 * one suspicion is wrong_unit_name naming `place`.
 */
function suspicionNotDeduction(set: string, agree: number, file: string, place: string, id = 'wrong_unit_name') {
  const { dir, e } = evalSet(set);
  expect(e.agree).toBeGreaterThanOrEqual(agree);
  expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
  const out = join(tempDir(), 'out');
  rubricCli(['score', dir, '--out', out, '--no-cache', '--format', 'jsonl', '--quiet']);
  const row = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((x) => x.file.startsWith(file));
  expect(row.suspected.map((d: { id: string }) => d.id)).toEqual([id]);
  expect(row.suspected[0].evidence[0].match).toBe(place);
}

describe('blind-assessed sets whose pasted place is a suspicion', () => {
  // the assessor deducts 柳湾乡, a name the gazetteer lacks (the writer invented it)
  it('set4: at least 142 of 144 cells; the pasted paragraph naming an invented 乡 is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set4', 142, '05_', '柳湾乡'));
  // set10 (plans without a heading, a unit's own titles and words): the assessor deducts 沭阳县 in the report of a
  // 高新区 the writer invented under 宿迁市; the engine cannot place the zone (a county's zone could lie inside 沭阳县)
  it('set10: at least 142 of 144 cells; a sibling county named in an invented zone\'s report is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set10', 142, '05_', '沭阳县'));
  // set13: the assessor deducts wrong_year for 2022年，我局联合…查处… among a 2023 report's results (and calls it a
  // judgement call: the sentence states its own year); a year named in the body's work is a suspicion only
  // set15: a 区退役军人事务局 keeps a paragraph naming 青溪区 before its own field (推动青溪区退役军人学法用法…);
  // another county before a department's field is a suspicion only (a red team found it named on purpose far more often)
  it('set15: at least 141 of 144 cells; another district before the department\'s own field is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set15', 141, '05_', '青溪区'));
  // set17: the assessor deducts 纳入石磴乡年度工作目标 in 栗垭乡's report; 石磴 is an invented name that is also a
  // common word (stone steps), so the engine cannot even suspect it (a real leftover is in the gazetteer, and
  // 年度 after a township now stands it as the unit: wrong_unit_name.test.json)
  it('set17: at least 142 of 144 cells; no wrong deduction; the invented common-word township is missed', () => {
    const { e } = evalSet('set17');
    expect(e.agree).toBeGreaterThanOrEqual(142);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
  });
  it('set13: at least 142 of 144 cells; last year\'s work opening a sentence of this year\'s is a wrong_year suspicion, never a wrong deduction', () => suspicionNotDeduction('set13', 142, '06_', '2022年，我局', 'wrong_year'));
  // set20: the assessor deducts 切实提升岝原县各级行政机关… in 鄑水县's report; 岝原 is invented with a rare
  // character the word statistics do not know, so it is not even suspected (a real county there is deducted:
  // foreign-units.test.ts)
  it('set20: at least 138 of 144 cells; no wrong deduction; the invented rare-character county is missed', () => {
    const { e } = evalSet('set20');
    expect(e.agree).toBeGreaterThanOrEqual(138);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
  });
  // set19: the assessor deducts 为建设更高水平的法治潆洄区营造… in 滹浈区's report; 潆洄 is invented (not in the
  // gazetteer), so the goal frame (建设…法治X区) makes it a suspicion only
  it('set19: at least 136 of 144 cells; the invented district the unit "builds" is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set19', 136, '04_', '潆洄区'));
  // set21: the assessor deducts wrong_year for 在普法宣传和化解纠纷方面，2023年，我局… in a 2024 市场监管局 report; last
  // year's work after a topic lead is a suspicion, as when it opens the sentence (set13); 05's 街道不具有规范性文件
  // 制定权，对…政策性文件和合同…进行合法性审核 earned normative_doc_review before a denial clause's terms were left unread
  // set23: the assessor deducts wrong_year for 2020年，全局共办结… standing among a 2021 report's results (a suspicion, as
  // set13's), and wrong_unit_name for 推动勐峘镇法治政府建设 in 勐崀镇's report — 勐峘 is invented with a rare character,
  // so it is not even suspected (as set20's 岝原县); 02's superior's standing adviser giving opinions on the branch's
  // cases is legal_adviser partial (it had been met, first read as intent: 拟作出…的案件)
  it('set23: at least 143 of 144 cells; the year leftover is a wrong_year suspicion and nothing is wrongly deducted', () => {
    const { dir, e } = evalSet('set23');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 2 });
    const out = join(tempDir(), 'out');
    rubricCli(['score', dir, '--out', out, '--no-cache', '--format', 'jsonl', '--quiet']);
    const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const y = rows.find((x) => x.file.startsWith('06_'));
    expect(y.suspected.map((d: { id: string }) => d.id)).toEqual(['wrong_year']);
    expect(y.suspected[0].evidence[0].match).toBe('2020年，全局');
    expect(rows.find((x) => x.file.startsWith('02_')).criteria.legal_adviser.outcome).toBe('partial');
  });
  // set24: the assessor deducts wrong_year in 06 (title 2020年度, body 2021年，我乡… and 新冠疫苗接种, 落款 2022年1月), calling it
  // a judgement call (the title may be the typo); the engine reads a year after the title's as no mismatch and
  // deducts only late_report, by the title's year, as the assessor does
  it('set24: at least 143 of 144 cells; a title one year behind its body is late, not wrongly deducted otherwise', () => {
    const { e } = evalSet('set24');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
  });
  it('set21: all 144 cells; last year\'s work after a topic lead is a wrong_year suspicion, never a wrong deduction', () => suspicionNotDeduction('set21', 144, '03_', '在普法宣传和化解纠纷方面，2023年，我局', 'wrong_year'));
});
