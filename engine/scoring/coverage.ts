/**
 * Condition coverage: every fact condition of every criterion level and deduction gets a stable id
 * (`legal_adviser/met/all/1`); a traced run lists the ids that held, and a corpus run counts on how
 * many reports each held. A condition that never held is dead: either the corpus lacks the case, or
 * the pattern is wrong.
 */
import { leaves, traceLeaves, type Condition, type ConditionTrace } from '../rubric/conditions.js';
import type { CompiledRubric } from '../rubric/types.js';

export interface ConditionInfo {
  id: string;
  owner: string;
  outcome: string | null;
  ruleName: string;
  name: string | null;
  fact: string;
  operator: string;
  value: number;
  ref: number;
}

export function listConditions(rubric: CompiledRubric): ConditionInfo[] {
  const out: ConditionInfo[] = [];
  const add = (owner: string, outcome: string | null, ruleName: string, cond: Condition) =>
    leaves(cond, (c, id) => out.push({
      id, owner, outcome, ruleName, name: c.name ?? null, fact: c.fact, operator: c.operator, value: c.value, ref: c.params.$ref,
    }), { prefix: outcome ? `${owner}/${outcome}` : owner });
  for (const c of rubric.criteria) for (const l of c.levels) add(c.id, l.outcome, l.ruleName, l.conditions);
  for (const d of rubric.deductions) add(d.id, null, d.ruleName, d.conditions);
  return out;
}

/** Ids of the fact conditions that held in one traced run. */
export function heldConditions(rubric: CompiledRubric, traces: Record<string, ConditionTrace>): string[] {
  const held: string[] = [];
  const collect = (prefix: string, ruleName: string) => {
    const t = traces[ruleName];
    if (t) traceLeaves(t, (leaf, id) => { if (leaf.result === true) held.push(id); }, prefix);
  };
  for (const c of rubric.criteria) for (const l of c.levels) collect(`${c.id}/${l.outcome}`, l.ruleName);
  for (const d of rubric.deductions) collect(d.id, d.ruleName);
  return held;
}

export interface CoverageRow extends ConditionInfo { held: number }
export interface CoverageReport { reports: number; conditions: CoverageRow[]; dead: string[] }

/** Counts on how many reports each condition held, added to one report at a time. */
export class CoverageCounter {
  private readonly counts = new Map<string, number>();
  private reports = 0;
  add(held: string[]): void {
    this.reports++;
    for (const id of new Set(held)) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }
  report(rubric: CompiledRubric): CoverageReport {
    const conditions = listConditions(rubric).map((c) => ({ ...c, held: this.counts.get(c.id) ?? 0 }));
    return { reports: this.reports, conditions, dead: conditions.filter((c) => c.held === 0).map((c) => c.id) };
  }
}

export function coverageReport(rubric: CompiledRubric, heldPerReport: string[][]): CoverageReport {
  const counter = new CoverageCounter();
  heldPerReport.forEach((h) => counter.add(h));
  return counter.report(rubric);
}
