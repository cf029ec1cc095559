/**
 * Condition coverage: every fact condition of every criterion level and deduction gets a stable id
 * (`legal_adviser/met/all/1`); a traced run lists the ids that held, and a corpus run counts on how
 * many reports each held. A condition that never held is dead: either the corpus lacks the case, or
 * the pattern is wrong.
 */
import type { CompiledRubric, ConditionSpec } from '../rubric/types.js';
import type { ConditionTrace } from './scorer.js';

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

function leaves(c: ConditionSpec, prefix: string, visit: (c: ConditionSpec, path: string) => void) {
  if (c.all) c.all.forEach((x, i) => leaves(x, `${prefix}/all/${i}`, visit));
  else if (c.any) c.any.forEach((x, i) => leaves(x, `${prefix}/any/${i}`, visit));
  else if (c.not) leaves(c.not, `${prefix}/not`, visit);
  else visit(c, prefix);
}

export function listConditions(rubric: CompiledRubric): ConditionInfo[] {
  const out: ConditionInfo[] = [];
  const add = (owner: string, outcome: string | null, ruleName: string, cond: ConditionSpec) =>
    leaves(cond, outcome ? `${owner}/${outcome}` : owner, (c, id) => out.push({
      id, owner, outcome, ruleName, name: c.name ?? null, fact: c.fact!, operator: c.operator!, value: c.value!, ref: (c.params as { $ref: number }).$ref,
    }));
  for (const c of rubric.criteria) for (const l of c.levels) add(c.id, l.outcome, l.ruleName, l.conditions);
  for (const d of rubric.deductions) add(d.id, null, d.ruleName, d.conditions);
  return out;
}

function traceLeaves(t: ConditionTrace, prefix: string, visit: (t: ConditionTrace, path: string) => void) {
  if (t.kind === 'fact') visit(t, prefix);
  else if (t.kind === 'not') traceLeaves(t.children![0], `${prefix}/not`, visit);
  else t.children!.forEach((x, i) => traceLeaves(x, `${prefix}/${t.kind}/${i}`, visit));
}

/** Ids of the fact conditions that held in one traced run. */
export function heldConditions(rubric: CompiledRubric, traces: Record<string, ConditionTrace>): string[] {
  const held: string[] = [];
  const collect = (prefix: string, ruleName: string) => {
    const t = traces[ruleName];
    if (t) traceLeaves(t, prefix, (leaf, id) => { if (leaf.result === true) held.push(id); });
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
