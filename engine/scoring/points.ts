/**
 * The points arithmetic of a 考核细则, apart from condition evaluation: the scorer decides which
 * checks hold (json-rules-engine) and reads fact values; this module turns outcomes and values into
 * points, subtotals, the rescaled total (折算成百分制) and the grade. Pure functions, no I/O.
 *
 * Shapes: points are numbers rounded to two decimals (a county scheme's smallest step is 0.1 or
 * 0.05 points); a graded item's arithmetic is kept so outputs can show `4次要求，找到2次，扣1分`.
 */
import type { CompiledCategory, CompiledGraded, CompiledScheme } from '../rubric/types.js';
import type { AdjustmentResult, AdjustmentTotal, CategoryResult, CriterionResult, GradedArithmetic, SubItemResult } from '../types.js';

export const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Graded points for a fact's value: units = value, or the shortfall max(0, target − value) when a
 * target is declared; points = clamp(base + perUnit × units, floor, cap).
 */
export function gradedPoints(g: CompiledGraded, value: number): GradedArithmetic {
  const units = g.target === null ? value : Math.max(0, g.target - value);
  const raw = round2(g.base + g.perUnit * units);
  const points = round2(Math.min(g.cap, Math.max(g.floor, raw)));
  return { value, target: g.target, units, perUnit: g.perUnit, base: g.base, raw, cap: g.cap, floor: g.floor, points };
}

/** A criterion's outcome from its points: all of them met, none unmet, else partial. */
export function outcomeOfPoints(points: number, max: number): CriterionResult['outcome'] {
  return points >= max - 1e-9 ? 'met' : points <= 1e-9 ? 'unmet' : 'partial';
}

/** Sub-items add up within their criterion, never past its points. */
export function sumSubItems(items: SubItemResult[], max: number): number {
  return round2(Math.min(max, items.reduce((a, s) => a + s.points, 0)));
}

/** Bonus or penalty items that applied, summed and held to the rubric's cap (附加项最多加3分). */
export function adjustmentTotal(items: AdjustmentResult[], cap: number | null): AdjustmentTotal {
  const sum = round2(items.reduce((a, i) => a + i.points, 0));
  return { points: cap === null ? sum : round2(Math.min(cap, sum)), cap, items };
}

/**
 * Subtotals per category, nested as declared. `max` is what the applicable criteria in it are worth
 * (the declared points when every criterion applies).
 */
export function categoryResults(cats: CompiledCategory[], criteria: Record<string, CriterionResult>, maxOf: (id: string) => number): Record<string, CategoryResult> {
  const out: Record<string, CategoryResult> = {};
  for (const c of cats) {
    const sub = categoryResults(c.categories, criteria, maxOf);
    let points = Object.values(sub).reduce((a, s) => a + s.points, 0);
    let max = Object.values(sub).reduce((a, s) => a + s.max, 0);
    for (const id of c.criteria) {
      const r = criteria[id];
      if (!r || r.arithmetic?.applicable === false) continue;
      points += r.points;
      max += maxOf(id);
    }
    out[c.id] = { title: c.title, points: round2(points), max: round2(max), ...(c.categories.length ? { categories: sub } : {}) };
  }
  return out;
}

/**
 * The scheme's total: applicable criteria points rescaled to maxTotal when some do not apply
 * (折算成百分制: points × maxTotal / applicable max), minus deductions and penalties, plus bonus;
 * never below 0 nor above maxTotal plus the bonus.
 */
export function schemeTotal(a: { criteriaPoints: number; applicableMax: number; maxTotal: number; deductions: number; penalties: number; bonus: number }): { total: number; factor: number } {
  const factor = a.applicableMax > 0 && Math.abs(a.applicableMax - a.maxTotal) > 1e-9 ? a.maxTotal / a.applicableMax : 1;
  const sum = a.criteriaPoints * factor - a.deductions - a.penalties + a.bonus;
  return { total: round2(Math.min(a.maxTotal + a.bonus, Math.max(0, sum))), factor };
}

/** The grade for a total (grades highest `min` first); a veto sets its own grade, or the lowest. */
export function gradeOf(scheme: CompiledScheme, total: number, vetoGrades: Array<string | null>): string | null {
  const grades = scheme.grades;
  if (vetoGrades.length) return vetoGrades.find((g) => g !== null) ?? (grades ? grades[grades.length - 1].name : null);
  if (!grades) return null;
  return grades.find((g) => total >= g.min - 1e-9)?.name ?? grades[grades.length - 1].name;
}
