/**
 * Applying an assessor's decisions to one scored report: a decided cell takes the assessor's
 * outcome and that level's points, keeping the engine's evidence and recording the engine's own
 * outcome beside it; a deduction is confirmed (it counts, a suspected one included) or rejected
 * (it costs nothing). The total is recomputed the engine's way (clamped to 0..maxTotal).
 */
import type { CompiledCriterion, CompiledRubric } from '../../engine/rubric/types.js';
import { totalOf } from '../../engine/scoring/scorer.js';
import type { UnrankedResult } from '../../engine/scoring/report.js';
import type { CriterionResult, DeductionResult, Outcome } from '../../engine/types.js';
import type { ReviewDecision } from './decision.js';

/** A deduction the engine only suspects: it costs nothing until an assessor confirms it. */
export const isSuspected = (d: DeductionResult) => d.status === 'suspected' || d.suspected === true;

/** The deductions that count towards a total. */
export const countedDeductions = (ds: DeductionResult[]) => ds.filter((d) => !isSuspected(d) && d.points > 0);

/** How the engine had a deduction, for the record beside a decision. */
export const engineStatus = (d: DeductionResult | undefined): 'deducted' | 'suspected' | 'none' => (!d ? 'none' : isSuspected(d) ? 'suspected' : 'deducted');

/**
 * Points of an outcome: the level's own points when the criterion has that level; a partial
 * decision on a criterion that has no partial level gets half its points (the loader's default
 * partialShare, engine/rubric/load.ts).
 */
export function pointsFor(c: CompiledCriterion, outcome: Outcome): number {
  if (outcome === 'unmet') return 0;
  const level = c.levels.find((l) => l.outcome === outcome);
  if (level) return level.points;
  return outcome === 'met' ? c.points : c.points * 0.5;
}

/** The report with the decisions applied (a new object; the engine's result is left as it was). */
export function applyDecisions(rubric: CompiledRubric, r: UnrankedResult, decisions: ReviewDecision[]): UnrankedResult {
  if (r.error || !decisions.length) return r;
  const criteria: Record<string, CriterionResult> = { ...r.criteria };
  // the engine lists suspected deductions (疑似, points 0) apart from those that count
  const byId = new Map([...(r.suspected ?? []), ...r.deductions].map((d) => [d.id, d]));
  for (const d of decisions) {
    const who = { by: d.by, reason: d.reason, date: d.date };
    const c = rubric.criteria.find((x) => x.id === d.id);
    if (c && d.outcome) {
      const engine = r.criteria[c.id] ?? { outcome: 'unmet', points: 0, planned_only: false, evidence: [] };
      const was = engine.review?.engine ?? { outcome: engine.outcome, points: engine.points };
      criteria[c.id] = { ...engine, outcome: d.outcome, points: pointsFor(c, d.outcome), planned_only: d.outcome === 'unmet' && engine.planned_only, review: { engine: was, ...who } };
      continue;
    }
    const dd = rubric.deductions.find((x) => x.id === d.id);
    if (!dd || d.confirm === undefined) continue;
    const found = byId.get(dd.id);
    const engine = { status: engineStatus(found), points: found?.points ?? 0 };
    if (d.confirm) {
      // confirmed: it counts, at the rubric's points (a suspected one carried 0)
      const { status: _s, suspected: _x, ...rest } = found ?? { id: dd.id, points: dd.points, evidence: [] };
      byId.set(dd.id, { ...rest, points: found?.points || dd.points, review: { decision: 'confirmed', engine, ...who } });
    } else if (found) {
      byId.set(dd.id, { ...found, points: 0, review: { decision: 'rejected', engine, ...who } });
    }
  }
  // rubric order, as the engine lists them; a suspected one not confirmed stays with the suspected
  const all = rubric.deductions.map((d) => byId.get(d.id)).filter((d): d is DeductionResult => Boolean(d));
  const deductions = all.filter((d) => !isSuspected(d));
  const suspected = all.filter(isSuspected);
  const flags = r.flags.includes('reviewed') ? r.flags : [...r.flags, 'reviewed'].sort();
  return { ...r, criteria, deductions, ...(r.suspected || suspected.length ? { suspected } : {}), flags, total: totalOf(rubric, criteria, countedDeductions(deductions)) };
}
