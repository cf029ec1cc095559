import type { SectionKind } from '../types.js';
import type { FactEvaluator } from '../facts/types.js';
import type { Condition, ConditionSpec } from './conditions.js';

export type { ConditionSpec } from './conditions.js';

/**
 * Graded points (评分细则's 每少1次扣0.5分 / 每发现一处扣0.3分): points as a function of one fact's value.
 * units = target === undefined ? value : max(0, target − value); points = clamp(base + perUnit × units, floor, cap).
 */
export interface GradedSpec {
  from: { fact: string; params?: Record<string, unknown>; name?: string };
  perUnit: number;
  base?: number;
  target?: number;
  cap?: number;
  floor?: number;
}

export interface LevelSpec { outcome: 'met' | 'partial'; points?: number; graded?: GradedSpec; conditions: ConditionSpec }

/** A sub-item (细项) of a criterion: earns `points` (or its graded points, at most `points`) when its conditions hold. */
export interface SubItemSpec { id: string; title: string; points: number; graded?: GradedSpec; conditions?: ConditionSpec }

export interface CriterionSpec {
  /** titleEn: the title for English outputs (--lang en); the id stands in when absent */
  id: string; title: string; titleEn?: string; points: number; message?: string;
  levels?: LevelSpec[];
  subItems?: SubItemSpec[];
  /** the leaf category the criterion belongs to */
  category?: string;
  /** when these conditions do not hold the criterion is not applicable: left out and the total rescaled */
  applicable?: ConditionSpec;
  /** words an assessor looks for: a cell scored unmet with no evidence whose report carries one is listed for review (never scored) */
  related?: string[];
}

/** A 加分项 or 扣分项 outside the criteria: fixed points when its conditions hold, or graded (per occurrence), at most `points`. */
export interface AdjustmentSpec { id: string; title: string; points: number; graded?: GradedSpec; conditions?: ConditionSpec; message?: string }
export interface VetoSpec { id: string; title: string; grade?: string; message?: string; conditions: ConditionSpec }
export interface GradeSpec { name: string; min: number }
export interface CategorySpec { id: string; title: string; points: number; categories?: CategorySpec[] }
export interface DeductionSpec { id: string; title: string; titleEn?: string; points: number; message?: string; conditions: ConditionSpec }

export interface RubricSpec {
  id: string;
  name: string;
  version: string;
  description?: string;
  maxTotal?: number;
  defaults?: { scope?: SectionKind[]; partialShare?: number };
  lexicons?: Record<string, string[]>;
  criteria: Array<string | CriterionSpec>;
  deductions: Array<string | DeductionSpec>;
  categories?: CategorySpec[];
  bonuses?: AdjustmentSpec[];
  penalties?: AdjustmentSpec[];
  /** the most all bonuses / all penalties together may add / take (附加项最多加3分) */
  bonusCap?: number;
  penaltyCap?: number;
  veto?: VetoSpec[];
  grades?: GradeSpec[];
  /** whether subtotals (categories, sub-items) that do not add up are an error or a warning (default) */
  checks?: { subtotals?: 'error' | 'warning' };
}

/** A fact leaf of a condition, compiled once: `ref` is what json-rules-engine sees as params. */
export interface CompiledFact {
  ref: number;
  fact: string;
  params: Record<string, unknown>;
  /**
   * hash of what the fact's result depends on (fact, params, the lexicons they name, defaults,
   * engine version): the incremental cache keeps a report's fact results under it
   */
  key: string;
  /** the condition's label in the rubric, if any */
  name: string | null;
  /** its Chinese label (`title`), if any: what the Chinese outputs show (name is the English one) */
  title: string | null;
  /** the JSON pointer of the condition in its file */
  file: string;
  path: string;
  evaluate: FactEvaluator;
}

/** Graded points compiled: `ref` is the compiled fact whose value counts. */
export interface CompiledGraded { ref: number; perUnit: number; base: number; target: number | null; cap: number; floor: number }

export interface CompiledLevel { outcome: 'met' | 'partial'; points: number; graded?: CompiledGraded; ruleName: string; conditions: Condition; file: string; path: string }

/** A sub-item, or a bonus/penalty item: `conditions` null means it always applies (graded only). */
export interface CompiledItem {
  id: string; title: string; points: number; graded?: CompiledGraded; ruleName: string; conditions: Condition | null; message?: string;
  /** hash of the item's definition (with the lexicons it names): a bonus's or penalty's cache key */
  hash: string;
}
export interface CompiledVeto { id: string; title: string; grade: string | null; message: string; ruleName: string; conditions: Condition; /** cache key of its definition */ hash: string }
export interface CompiledCategory { id: string; title: string; points: number; categories: CompiledCategory[]; criteria: string[] }

/** What a 考核细则 declares beyond met/partial criteria; absent for rubrics that declare none of it. */
export interface CompiledScheme {
  categories: CompiledCategory[] | null;
  bonuses: CompiledItem[] | null;
  penalties: CompiledItem[] | null;
  bonusCap: number | null;
  penaltyCap: number | null;
  veto: CompiledVeto[] | null;
  /** highest `min` first */
  grades: GradeSpec[] | null;
}

export interface CompiledCriterion {
  id: string;
  title: string;
  /** the title for English outputs, when the rubric gives one */
  titleEn?: string;
  points: number;
  message: string;
  file: string;
  levels: CompiledLevel[];
  subItems?: CompiledItem[];
  category?: string;
  applicable?: { ruleName: string; conditions: Condition };
  /** words an assessor looks for (the spec's `related`): read by review-template only, never by scoring, and not in `hash` */
  related?: string[];
  /** hash of the criterion's compiled definition (lexicons expanded): a cache key */
  hash: string;
}

export interface CompiledDeduction {
  id: string;
  title: string;
  titleEn?: string;
  points: number;
  message: string;
  file: string;
  ruleName: string;
  conditions: Condition;
  hash: string;
}

export interface CompiledRubric {
  id: string;
  name: string;
  version: string;
  file: string;
  maxTotal: number;
  criteria: CompiledCriterion[];
  deductions: CompiledDeduction[];
  facts: CompiledFact[];
  scheme?: CompiledScheme;
  hash: string;
  warnings: import('../errors.js').RubricError[];
}
