import type { SectionKind } from '../types.js';
import type { FactEvaluator } from '../facts/types.js';
import type { Condition, ConditionSpec } from './conditions.js';

export type { ConditionSpec } from './conditions.js';

export interface LevelSpec { outcome: 'met' | 'partial'; points?: number; conditions: ConditionSpec }

export interface CriterionSpec { id: string; title: string; points: number; message?: string; levels: LevelSpec[] }
export interface DeductionSpec { id: string; title: string; points: number; message?: string; conditions: ConditionSpec }

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
}

/** A fact leaf of a condition, compiled once: `ref` is what json-rules-engine sees as params. */
export interface CompiledFact {
  ref: number;
  fact: string;
  params: Record<string, unknown>;
  /** the condition's label in the rubric, if any */
  name: string | null;
  /** the JSON pointer of the condition in its file */
  file: string;
  path: string;
  evaluate: FactEvaluator;
}

export interface CompiledLevel { outcome: 'met' | 'partial'; points: number; ruleName: string; conditions: Condition; file: string; path: string }

export interface CompiledCriterion {
  id: string;
  title: string;
  points: number;
  message: string;
  file: string;
  levels: CompiledLevel[];
  /** hash of the criterion's compiled definition (lexicons expanded): a cache key */
  hash: string;
}

export interface CompiledDeduction {
  id: string;
  title: string;
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
  hash: string;
  warnings: import('../errors.js').RubricError[];
}
