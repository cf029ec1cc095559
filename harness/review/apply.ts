/**
 * Applying an assessor's decisions to one scored report: a decided cell takes the assessor's
 * outcome and that level's points (or the points the assessor wrote), keeping the engine's evidence and recording the engine's own
 * outcome beside it; a deduction is confirmed (it counts, a suspected one included) or rejected
 * (it costs nothing). The total is recomputed the engine's way (clamped to 0..maxTotal; a scheme's
 * subtotals, rescaling, bonus, penalties and grade with it).
 */
import type { CompiledCriterion, CompiledRubric } from '../../engine/rubric/types.js';
import { outcomeOfPoints } from '../../engine/scoring/points.js';
import { schemeResultOf, totalOf } from '../../engine/scoring/scorer.js';
import type { UnrankedResult } from '../../engine/scoring/report.js';
import type { CriterionResult, DeductionResult, Outcome } from '../../engine/types.js';
import type { ReviewDecision } from './decision.js';

/** A deduction the engine only suspects: it costs nothing until an assessor confirms it. */
export const isSuspected = (d: DeductionResult) => d.status === 'suspected' || d.suspected === true;

/** The deductions that count towards a total. */
export const countedDeductions = (ds: DeductionResult[]) => ds.filter((d) => !isSuspected(d) && d.points > 0);
/** The points those deductions take off, as a positive sum (the 扣分 column shows it negative). */
export const deductedPoints = (ds: DeductionResult[]): number => countedDeductions(ds).reduce((a, d) => a + d.points, 0);

/** How the engine had a deduction, for the record beside a decision. */
export const engineStatus = (d: DeductionResult | undefined): 'deducted' | 'suspected' | 'none' => (!d ? 'none' : isSuspected(d) ? 'suspected' : 'deducted');

/** A criterion whose points are not fixed by its outcome: sub-items that add up, or points per count. */
export const pointsByArithmetic = (c: CompiledCriterion) => Boolean(c.subItems?.length || c.levels.some((l) => l.graded));

/**
 * Points of an outcome the scheme gives: the level's own points (met: all of them when the
 * criterion has no met level, e.g. sub-items all held), unmet 0. There are no "half points" for a
 * partial outcome the scheme does not define: that is null, and review.csv refuses it (read.ts).
 */
export function pointsFor(c: CompiledCriterion, outcome: Outcome): number | null {
  if (outcome === 'unmet') return 0;
  if (outcome === 'met') return pointsByArithmetic(c) ? c.points : c.levels.find((l) => l.outcome === 'met')?.points ?? c.points;
  if (pointsByArithmetic(c)) return null;
  return c.levels.find((l) => l.outcome === 'partial')?.points ?? null;
}

/** Why a criterion's 决定 cannot stand (closed set; read.ts renders it naming the file and line). */
export type DecisionProblem =
  | { code: 'no_partial_level'; criterion: string }
  | { code: 'points_needed'; criterion: string; max: number }
  | { code: 'points_out_of_range'; criterion: string; points: number; max: number }
  | { code: 'points_not_given'; criterion: string; points: number; allowed: number[] };

/**
 * A criterion's 决定 as outcome and points, or why it cannot stand. Words: 达标 is the criterion's
 * full points, 未达标 0, 部分 the partial level's points; 部分 on a criterion without a partial level
 * is refused (the scheme gives it met or unmet only: half points would be a score no rule defines),
 * and so is 部分 on a criterion scored by sub-items or per count (the word does not say how many
 * points: write them). Points: any 0..max on a criterion scored by sub-items or per count (outcome
 * from the points: all met, none unmet, else partial); else only points one of its levels gives.
 */
export function decide(c: CompiledCriterion, word: { outcome: Outcome } | { points: number }): { outcome: Outcome; points: number } | DecisionProblem {
  if ('outcome' in word) {
    const points = pointsFor(c, word.outcome);
    if (points !== null) return { outcome: word.outcome, points };
    return pointsByArithmetic(c) ? { code: 'points_needed', criterion: c.id, max: c.points } : { code: 'no_partial_level', criterion: c.id };
  }
  const p = word.points;
  if (p < 0 || p > c.points + 1e-9) return { code: 'points_out_of_range', criterion: c.id, points: p, max: c.points };
  if (pointsByArithmetic(c)) return { outcome: outcomeOfPoints(p, c.points), points: p };
  const levels: Array<{ outcome: Outcome; points: number }> = [{ outcome: 'unmet', points: 0 }, ...c.levels.map((l) => ({ outcome: l.outcome, points: l.points }))];
  const match = levels.find((l) => Math.abs(l.points - p) < 1e-6);
  return match ?? { code: 'points_not_given', criterion: c.id, points: p, allowed: [...new Set(levels.map((l) => l.points))].sort((a, b) => a - b) };
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
    if (c && (d.outcome || d.points !== undefined)) {
      const engine = r.criteria[c.id] ?? { outcome: 'unmet', points: 0, planned_only: false, evidence: [] };
      const was = engine.review?.engine ?? { outcome: engine.outcome, points: engine.points, ...(engine.planned_only ? { planned_only: true } : {}) };
      const decided = decide(c, d.points !== undefined ? { points: d.points } : { outcome: d.outcome! });
      // read.ts refuses a decision the scheme cannot give: one here is a caller's mistake
      if ('code' in decided) throw new Error(`review decision on ${d.file} ${d.id} (line ${d.line}) cannot stand: ${decided.code}`);
      // the engine's shortfall says what the next level above ITS outcome needed: stale once an assessor moves the cell
      const { shortfall, ...kept } = engine;
      criteria[c.id] = { ...kept, ...(shortfall && decided.outcome === was.outcome ? { shortfall } : {}), outcome: decided.outcome, points: decided.points, planned_only: decided.outcome === 'unmet' && engine.planned_only, review: { engine: was, ...who } };
      continue;
    }
    const dd = rubric.deductions.find((x) => x.id === d.id);
    if (!dd || d.confirm === undefined) continue;
    const found = byId.get(dd.id);
    const engine = { status: engineStatus(found), points: found?.points ?? 0 };
    if (d.confirm) {
      // confirmed: it counts, at the rubric's points (a suspected one carried 0)
      const { status: _s, suspected: _x, ...rest } = found ?? { id: dd.id, points: dd.points, evidence: [] };
      byId.set(dd.id, { ...rest, status: 'deducted', points: found?.points || dd.points, review: { decision: 'confirmed', engine, ...who } });
    } else if (found) {
      // rejected: no longer 'deducted' (a reader of status alone had counted it, new user, session 30); a rejected
      // suspicion stays with the suspected, at 0 points as before
      const { status: _s, ...rest } = found;
      byId.set(dd.id, { ...(isSuspected(found) ? found : rest), points: 0, review: { decision: 'rejected', engine, ...who } });
    }
  }
  // rubric order, as the engine lists them; a suspected one not confirmed stays with the suspected
  const all = rubric.deductions.map((d) => byId.get(d.id)).filter((d): d is DeductionResult => Boolean(d));
  const deductions = all.filter((d) => !isSuspected(d));
  const suspected = all.filter(isSuspected);
  const flags = r.flags.includes('reviewed') ? r.flags : [...r.flags, 'reviewed'].sort();
  // a scheme's subtotals, bonus, penalties, rescaling and grade follow the decided criteria
  const scheme = r.scheme && rubric.scheme ? schemeResultOf(rubric, criteria, countedDeductions(deductions), r.scheme) : null;
  return { ...r, criteria, deductions, ...(r.suspected || suspected.length ? { suspected } : {}), flags, total: scheme ? scheme.total : totalOf(rubric, criteria, countedDeductions(deductions)), ...(scheme ? { scheme: scheme.scheme } : {}) };
}
