/**
 * An assessor's decision the scheme cannot give is refused, not mapped (issue 14): 部分 on a
 * criterion without a partial level used to get half its points, a score no rule defines. Points
 * may be written instead of a word (a scheme's sub-item and per-count criteria need them), and a
 * decision on a scheme's report recomputes its subtotals, total (bonus and penalties kept) and grade.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../engine/rubric/load.js';
import { applyDecisions, decide } from '../harness/review/apply.js';
import { goldFromDecisions } from '../harness/review/gold.js';
import { readReviewFile } from '../harness/review/read.js';
import { REVIEW_HEADERS } from '../harness/review/decision.js';
import { UsageError } from '../harness/usage-error.js';
import { tempDir } from './cli-helpers.js';
import { DEFAULT_RUBRIC, ROOT } from './helpers.js';
import type { UnrankedResult } from '../engine/scoring/report.js';

const DEFAULT = loadRubric(DEFAULT_RUBRIC);
const COUNTY = loadRubric(join(ROOT, 'rubrics', 'examples', 'county-scheme', 'rubric.json'));
const criterion = (r: typeof DEFAULT, id: string) => r.criteria.find((c) => c.id === id)!;

/** review.csv with these (file, 评分项, 决定) rows after the header. */
function reviewCsv(rows: Array<[string, string, string]>): string {
  const p = join(tempDir(), 'review.csv');
  writeFileSync(p, [REVIEW_HEADERS.join(','), ...rows.map(([f, id, d]) => `${f},${id},,${d},理由,张三,2025-03-01`)].join('\n') + '\n');
  return p;
}
async function refusal(path: string, rubric: typeof DEFAULT): Promise<string> {
  try { await readReviewFile(path, rubric); } catch (e) { if (e instanceof UsageError) return e.message; throw e; }
  throw new Error('not refused');
}

describe('a criterion decision the scheme cannot give', () => {
  it('部分 on a criterion with no partial level (default law_publicity) is refused naming the line, file and criterion', async () => {
    expect(DEFAULT.criteria.find((c) => c.id === 'law_publicity')!.levels.map((l) => l.outcome)).toEqual(['met']);
    const msg = await refusal(reviewCsv([['a.txt', 'legal_adviser', '部分'], ['b.txt', 'law_publicity', '部分']]), DEFAULT);
    expect(msg).toContain('review.csv');
    expect(msg).toMatch(/第 3 行（b\.txt，law_publicity）/);
    expect(msg).not.toContain('legal_adviser');
    expect(decide(criterion(DEFAULT, 'law_publicity'), { outcome: 'partial' })).toEqual({ code: 'no_partial_level', criterion: 'law_publicity' });
    // a criterion that has a partial level keeps its level's points
    expect(decide(criterion(DEFAULT, 'legal_adviser'), { outcome: 'partial' })).toEqual({ outcome: 'partial', points: 2.5 });
  });
  it('a variant: 部分 on a scheme criterion scored by sub-items or per count asks for the points; points are accepted there', async () => {
    expect(decide(criterion(COUNTY, 'organisation'), { outcome: 'partial' })).toMatchObject({ code: 'points_needed', max: criterion(COUNTY, 'organisation').points });
    // graded by a count (a level, not sub-items)
    expect(decide(criterion(COUNTY, 'legal_training'), { outcome: 'partial' })).toMatchObject({ code: 'points_needed' });
    const msg = await refusal(reviewCsv([['a.txt', 'organisation', '部分']]), COUNTY);
    expect(msg).toMatch(/第 2 行（a\.txt，organisation）/);
    const ok = await readReviewFile(reviewCsv([['a.txt', 'organisation', '2.5'], ['a.txt', 'legal_training', '４分'], ['b.txt', 'organisation', '达标']]), COUNTY);
    expect(ok.decisions.map((d) => [d.id, d.outcome, d.points])).toEqual([['organisation', 'partial', 2.5], ['legal_training', 'met', 4], ['organisation', 'met', undefined]]);
  });
  it('points a fixed-level criterion never gives, or beyond its points, are refused; its own level points are accepted', async () => {
    expect(decide(criterion(DEFAULT, 'law_publicity'), { points: 2 })).toEqual({ code: 'points_not_given', criterion: 'law_publicity', points: 2, allowed: [0, 4] });
    expect(decide(criterion(DEFAULT, 'law_publicity'), { points: 4 })).toEqual({ outcome: 'met', points: 4 });
    expect(decide(criterion(COUNTY, 'organisation'), { points: 8.5 })).toMatchObject({ code: 'points_out_of_range', max: 8 });
    const msg = await refusal(reviewCsv([['a.txt', 'law_publicity', '2'], ['a.txt', 'organisation', '1']]), DEFAULT);
    expect(msg).toContain('law_publicity');
    // points on a deduction are refused too (确认 / 驳回)
    const ded = await refusal(reviewCsv([['a.txt', 'wrong_unit_name', '10']]), DEFAULT);
    expect(ded).toContain('wrong_unit_name');
  });
});

describe('decisions on a scheme report', () => {
  /** Every county criterion unmet but organisation (1.5 of 4), a bonus of 2, a penalty of 1. */
  function schemeResult(): UnrankedResult {
    const criteria: UnrankedResult['criteria'] = {};
    for (const c of COUNTY.criteria) criteria[c.id] = { outcome: 'unmet', points: 0, planned_only: false, evidence: [] };
    criteria.organisation = { outcome: 'partial', points: 1.5, planned_only: false, evidence: [] };
    const base = { file: 'a.txt', unit: null, year: 2024, total: 0, criteria, deductions: [], suspected: [], division: null, flags: [], encoding: 'utf-8' };
    const scheme = { bonus: { points: 2, cap: 3, items: [{ id: 'demonstration', title: '示范', points: 2, evidence: [] }] }, penalties: { points: 1, cap: 4, items: [{ id: 'criticised', title: '通报', points: 1, evidence: [] }] }, veto: [] };
    return { ...base, total: 2.5, scheme: { categories: null, ...scheme, grade: '不合格', rescale: { points: 1.5, max: 100, factor: 1 } } };
  }
  const d = (id: string, x: object) => ({ file: 'a.txt', id, reason: 'r', by: '张三', date: '2025-03-01', hash: '', line: 2, ...x });

  it('recompute the subtotals and keep bonus and penalties in the total; points gold carries the points', () => {
    const r = applyDecisions(COUNTY, schemeResult(), [d('organisation', { outcome: 'partial', points: 3 }), d('decision_review', { outcome: 'met' })]);
    expect(r.criteria.organisation).toMatchObject({ outcome: 'partial', points: 3, review: { engine: { points: 1.5 } } });
    const dr = criterion(COUNTY, 'decision_review').points;
    expect(r.total).toBe(3 + dr + 2 - 1);
    expect(r.scheme!.categories!.leadership.categories!.first_duty.points).toBe(3);
    expect(r.scheme!.rescale.points).toBe(3 + dr);
    const gold = goldFromDecisions(COUNTY, new Map([['a.txt', [d('organisation', { outcome: 'partial', points: 3 }), d('decision_review', { outcome: 'met' })]]]), new Map([['a.txt', schemeResult()]]));
    expect(gold.reports[0].criteria).toEqual({ organisation: { outcome: 'partial', points: 3 }, decision_review: 'met' });
    expect(gold.reports[0].total).toBe(r.total);
  });
  it('a variant: a decision that lifts the total past a grade bound changes the grade', () => {
    const all = COUNTY.criteria.filter((c) => c.id !== 'organisation').map((c) => d(c.id, { outcome: 'met' }));
    const r = applyDecisions(COUNTY, schemeResult(), all);
    // every other criterion's points, organisation's 1.5, bonus 2, penalty 1
    expect(r.total).toBe(100 - criterion(COUNTY, 'organisation').points + 1.5 + 2 - 1);
    expect(r.scheme!.grade).toBe('优秀');
  });
});

describe('report.html review panel', () => {
  it('offers 部分 only where the scheme has a partial level', async () => {
    const { readFileSync } = await import('node:fs');
    const { rubricCli } = await import('./cli-helpers.js');
    const out = tempDir();
    const r = rubricCli(['score', join(ROOT, 'corpus'), '--out', out, '--format', 'html', '--no-cache', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const row = (id: string) => html.match(new RegExp(`<tr id="r0-${id}-item"[^>]*>`))![0];
    expect(row('law_publicity')).toContain('data-outcomes="met unmet"');
    expect(row('legal_adviser')).not.toContain('data-outcomes');
    expect(html).toContain("allowed.indexOf(o) >= 0");
  }, 60_000);
});
