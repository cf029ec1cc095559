/** Applying decisions to one result, the distribution figures, and the review file's words — without the CLI. */
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../engine/rubric/load.js';
import type { UnrankedResult } from '../engine/scoring/report.js';
import { applyDecisions, countedDeductions, pointsFor } from '../harness/review/apply.js';
import { parseDecisionWord, type ReviewDecision } from '../harness/review/decision.js';
import { uncertainItems } from '../harness/review/uncertain.js';
import { distribution, quantile } from '../harness/writers/distribution.js';
import { DEFAULT_RUBRIC } from './helpers.js';

const rubric = loadRubric(DEFAULT_RUBRIC);
const decision = (id: string, d: Partial<ReviewDecision>): ReviewDecision => ({ file: 'a.txt', id, reason: 'r', by: '张三', date: '2025-01-01', hash: '', line: 2, ...d });

/** A result with every criterion unmet except legal_adviser partial, and the deductions given. */
function result(deductions: UnrankedResult['deductions'], suspected: UnrankedResult['deductions'] = []): UnrankedResult {
  const criteria: UnrankedResult['criteria'] = {};
  for (const c of rubric.criteria) criteria[c.id] = { outcome: 'unmet', points: 0, planned_only: false, evidence: [] };
  criteria.legal_adviser = { outcome: 'partial', points: 2.5, planned_only: false, evidence: [] };
  const total = Math.max(0, 2.5 - countedDeductions(deductions).reduce((a, d) => a + d.points, 0));
  return { file: 'a.txt', unit: '某镇人民政府', year: 2024, total, criteria, deductions, suspected, division: null, flags: [], encoding: 'utf-8' };
}

describe('applyDecisions', () => {
  it('a decided cell takes the level points and keeps the engine outcome beside', () => {
    const r = applyDecisions(rubric, result([]), [decision('legal_adviser', { outcome: 'met' }), decision('mediation', { outcome: 'partial' })]);
    expect(r.criteria.legal_adviser).toMatchObject({ outcome: 'met', points: 5, review: { engine: { outcome: 'partial', points: 2.5 }, by: '张三' } });
    const mediation = rubric.criteria.find((c) => c.id === 'mediation')!;
    expect(r.criteria.mediation.points).toBe(pointsFor(mediation, 'partial'));
    expect(r.total).toBe(5 + pointsFor(mediation, 'partial'));
    expect(r.flags).toEqual(['reviewed']);
  });

  it('a suspected deduction costs nothing until confirmed; 驳回 removes a deduction from the total', () => {
    // the engine's shape: a suspected deduction is listed apart, at 0 points
    const suspected = result([], [{ id: 'wrong_unit_name', points: 0, evidence: [], status: 'suspected', suspected: true }]);
    expect(suspected.total).toBe(2.5);
    const confirmed = applyDecisions(rubric, suspected, [decision('wrong_unit_name', { confirm: true })]);
    const points = rubric.deductions.find((d) => d.id === 'wrong_unit_name')!.points;
    expect(confirmed.deductions[0]).toMatchObject({ id: 'wrong_unit_name', points, review: { decision: 'confirmed', engine: { status: 'suspected' } } });
    // confirmed: it is deducted, and says so as the engine's own deductions do (new user, session 30: it had no status at all)
    expect(confirmed.deductions[0].status).toBe('deducted');
    expect(confirmed.suspected).toEqual([]);
    const rejectedSuspect = applyDecisions(rubric, suspected, [decision('wrong_unit_name', { confirm: false })]);
    expect(rejectedSuspect.deductions).toEqual([]);
    expect(rejectedSuspect.suspected![0]).toMatchObject({ points: 0, review: { decision: 'rejected', engine: { status: 'suspected' } } });
    expect(rejectedSuspect.total).toBe(2.5);
    // 2.5 − 10 clamps at 0
    expect(confirmed.total).toBe(0);
    const rejected = applyDecisions(rubric, result([{ id: 'stale_content', points: 5, evidence: [], status: 'deducted' }]), [decision('stale_content', { confirm: false }), decision('legal_adviser', { outcome: 'met' })]);
    expect(rejected.deductions[0]).toMatchObject({ points: 0, review: { decision: 'rejected', engine: { status: 'deducted', points: 5 } } });
    // rejected: no longer 'deducted' (a reader of status alone had counted it)
    expect(rejected.deductions[0].status).toBeUndefined();
    expect(rejected.total).toBe(5);
  });

  it('confirming a deduction the engine did not find adds it at the rubric points', () => {
    const r = applyDecisions(rubric, result([]), [decision('legal_adviser', { outcome: 'met' }), decision('stale_content', { confirm: true })]);
    const dd = rubric.deductions.find((d) => d.id === 'stale_content')!;
    expect(r.deductions).toEqual([expect.objectContaining({ id: 'stale_content', points: dd.points, review: expect.objectContaining({ engine: { status: 'none', points: 0 } }) })]);
    expect(r.total).toBe(5 - dd.points);
  });

  it('the engine\'s result beside a decided cell keeps planned_only, whatever the assessor decided', () => {
    const r = result([]);
    r.criteria.mediation = { outcome: 'unmet', points: 0, planned_only: true, evidence: [] };
    r.criteria.annual_plan = { outcome: 'unmet', points: 0, planned_only: true, evidence: [] };
    const d = applyDecisions(rubric, r, [decision('mediation', { outcome: 'partial' }), decision('annual_plan', { outcome: 'unmet' }), decision('legal_adviser', { outcome: 'met' })]);
    expect(d.criteria.mediation).toMatchObject({ outcome: 'partial', planned_only: false, review: { engine: { outcome: 'unmet', points: 0, planned_only: true } } });
    // confirmed unmet: the cell itself stays planned only
    expect(d.criteria.annual_plan).toMatchObject({ outcome: 'unmet', planned_only: true, review: { engine: { planned_only: true } } });
    expect(d.criteria.legal_adviser.review!.engine).toEqual({ outcome: 'partial', points: 2.5 });
  });

  it('leaves an error row alone', () => {
    const err = { ...result([]), error: { code: 'empty_report', params: {} } };
    expect(applyDecisions(rubric, err, [decision('legal_adviser', { outcome: 'met' })])).toBe(err);
  });
});

describe('the short list', () => {
  it('lists a cell one short of the next level\'s count (variant: a "greater than" count, and one of two alternatives); not two short, not a single hit', () => {
    const need = (value: number, found: number, operator = 'greaterThanInclusive') => ({ fact: 'distinct_items', operator, value, found });
    const r = result([]);
    r.criteria.major_decision_procedure = { outcome: 'partial', points: 2.5, planned_only: false, evidence: [], shortfall: { level: 'met', needs: [need(4, 3)] } };
    r.criteria.quantified_outcomes = { outcome: 'partial', points: 5, planned_only: false, evidence: [], shortfall: { level: 'met', needs: [need(7, 7, 'greaterThan')] } };
    r.criteria.gov_openness = { outcome: 'partial', points: 1.5, planned_only: false, evidence: [], shortfall: { level: 'met', needs: [{ any: [need(1, 0), need(3, 2)] }] } };
    r.criteria.specificity = { outcome: 'partial', points: 2.5, planned_only: false, evidence: [], shortfall: { level: 'met', needs: [need(4, 2)] } };
    r.criteria.legal_adviser = { outcome: 'unmet', points: 0, planned_only: false, evidence: [], shortfall: { level: 'partial', needs: [need(1, 0)] } };
    r.criteria.mediation = { outcome: 'partial', points: 2, planned_only: false, evidence: [], shortfall: { level: 'met', needs: [need(4, 3), need(1, 0)] } };
    const near = uncertainItems(rubric, r).filter((x) => x.reason === 'near_threshold').map((x) => x.id).sort();
    expect(near).toEqual(['gov_openness', 'major_decision_procedure', 'quantified_outcomes']);
  });

  it('lists a structure cell met only on a part delimited without a heading (new user 37: assessors split on such parts); not one with a headed part beside it', () => {
    const ev = (section: string, kind: string) => ({ text: 't', section, kind, line: 3, start: 0, end: 1 }) as never;
    const r = result([]);
    r.criteria.struct_shortcomings = { outcome: 'met', points: 4, planned_only: false, evidence: [ev('不足（无标题）', 'shortcomings')] };
    r.criteria.struct_next_year = { outcome: 'met', points: 4, planned_only: false, evidence: [ev('二 > 计划（无标题）', 'plans')] };
    // variants: a headed part, and an unheaded part beside a headed one, are no question
    r.criteria.struct_achievements = { outcome: 'met', points: 4, planned_only: false, evidence: [ev('一', 'achievements')] };
    r.criteria.shortcoming_causes = { outcome: 'met', points: 5, planned_only: false, evidence: [ev('三', 'shortcomings'), ev('不足（无标题）', 'shortcomings')] };
    expect(uncertainItems(rubric, r).filter((x) => x.reason === 'unheaded').map((x) => x.id).sort()).toEqual(['struct_next_year', 'struct_shortcomings']);
  });

  it('lists suspected deductions first, then deductions, planned-only and withheld cells', () => {
    const r = result([{ id: 'stale_content', points: 5, evidence: [] }], [{ id: 'wrong_unit_name', points: 0, evidence: [], status: 'suspected', suspected: true }]);
    r.criteria.mediation = { outcome: 'unmet', points: 0, planned_only: true, evidence: [] };
    r.criteria.legal_adviser.evidence = [{ text: 't', section: '四', kind: 'plans', line: 3, start: 0, end: 1, reason: 'in_plans' } as never];
    expect(uncertainItems(rubric, r)).toEqual([
      { id: 'wrong_unit_name', reason: 'suspected' }, { id: 'stale_content', reason: 'deducted' },
      ...rubric.criteria.filter((c) => ['legal_adviser', 'mediation'].includes(c.id)).map((c) => ({ id: c.id, reason: c.id === 'mediation' ? 'planned_only' : 'withheld' })),
    ]);
  });
});

describe('decision words', () => {
  it.each([['达标', { outcome: 'met' }], ['部分', { outcome: 'partial' }], [' 未达标 ', { outcome: 'unmet' }], ['MET', { outcome: 'met' }], ['确认', { confirm: true }], ['驳回', { confirm: false }], ['', 'empty'], ['同意', 'unknown']])('%s', (w, expected) => {
    expect(parseDecisionWord(w)).toEqual(expected);
  });
});

describe('distribution of totals', () => {
  it('quartiles by linear interpolation (type 7, as QUARTILE.INC), histogram bins of 10 with the maximum in the last', () => {
    const d = distribution([40, 42, 62, 63, 82, 100])!;
    expect([d.min, d.q1, d.median, d.q3, d.max]).toEqual([40, 47, 62.5, 77.25, 100]);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(d.bins.map((b) => b.count)).toEqual([0, 0, 0, 0, 2, 0, 2, 0, 1, 1]);
    expect(distribution([])).toBeNull();
  });
});
