/**
 * Condition coverage: every fact condition of the rubric gets a stable id and a traced run lists the
 * ids that held; a corpus run counts on how many reports each held. A condition that never held is
 * dead: either the corpus lacks the case, or the pattern is wrong.
 *
 * Ids, by what owns the condition (`…/all/1` is the condition's place in its tree):
 * - a criterion's level `legal_adviser/met/all/1`, a deduction `wrong_unit_name/all/0`;
 * - a scheme's checks: a sub-item `organisation/sub:group/all/0`, an applicability condition
 *   `enforcement_staff/applicable/all/0`, a bonus `bonus:demonstration/all/0`, a penalty
 *   `penalty:lost_cases/all/0`, a veto `veto:serious_violation/all/0`;
 * - the counted fact of graded points (每少1次扣1分, 每件扣0.5分), `…/from`: it "held" on a report
 *   when it counted anything (value > 0). An item graded from a fact that never counted anything on
 *   the corpus has never given or taken a point.
 */
import { leaves, traceLeaves, type Condition, type ConditionTrace } from '../rubric/conditions.js';
import type { CompiledGraded, CompiledRubric } from '../rubric/types.js';

export interface ConditionInfo {
  id: string;
  owner: string;
  outcome: string | null;
  ruleName: string;
  name: string | null;
  /** the condition's Chinese label, when the rubric gives one */
  title: string | null;
  fact: string;
  operator: string;
  value: number;
  ref: number;
}

/** One rule of the rubric as coverage sees it: the id prefix of its conditions, and its graded fact if any. */
interface CoveredRule { owner: string; outcome: string | null; prefix: string; ruleName: string; conditions: Condition | null; graded?: CompiledGraded }

/** The trace key of a graded item's counted fact (the scorer records it beside the rules' traces). */
export const gradedTraceKey = (ruleName: string) => `${ruleName}#from`;

function coveredRules(rubric: CompiledRubric): CoveredRule[] {
  const out: CoveredRule[] = [];
  for (const c of rubric.criteria) {
    for (const l of c.levels) out.push({ owner: c.id, outcome: l.outcome, prefix: `${c.id}/${l.outcome}`, ruleName: l.ruleName, conditions: l.conditions, graded: l.graded });
    for (const s of c.subItems ?? []) out.push({ owner: c.id, outcome: `sub:${s.id}`, prefix: `${c.id}/sub:${s.id}`, ruleName: s.ruleName, conditions: s.conditions, graded: s.graded });
    if (c.applicable) out.push({ owner: c.id, outcome: 'applicable', prefix: `${c.id}/applicable`, ruleName: c.applicable.ruleName, conditions: c.applicable.conditions });
  }
  for (const d of rubric.deductions) out.push({ owner: d.id, outcome: null, prefix: d.id, ruleName: d.ruleName, conditions: d.conditions });
  const s = rubric.scheme;
  for (const [kind, items] of [['bonus', s?.bonuses], ['penalty', s?.penalties]] as const) {
    for (const it of items ?? []) out.push({ owner: `${kind}:${it.id}`, outcome: null, prefix: `${kind}:${it.id}`, ruleName: it.ruleName, conditions: it.conditions, graded: it.graded });
  }
  for (const v of s?.veto ?? []) out.push({ owner: `veto:${v.id}`, outcome: null, prefix: `veto:${v.id}`, ruleName: v.ruleName, conditions: v.conditions });
  return out;
}

export function listConditions(rubric: CompiledRubric): ConditionInfo[] {
  const out: ConditionInfo[] = [];
  for (const r of coveredRules(rubric)) {
    if (r.conditions) {
      leaves(r.conditions, (c, id) => out.push({
        id, owner: r.owner, outcome: r.outcome, ruleName: r.ruleName, name: c.name ?? null, title: rubric.facts[c.params.$ref].title, fact: c.fact, operator: c.operator, value: c.value, ref: c.params.$ref,
      }), { prefix: r.prefix });
    }
    if (r.graded) {
      const f = rubric.facts[r.graded.ref];
      out.push({ id: `${r.prefix}/from`, owner: r.owner, outcome: r.outcome, ruleName: gradedTraceKey(r.ruleName), name: f.name, title: f.title, fact: f.fact, operator: 'greaterThan', value: 0, ref: r.graded.ref });
    }
  }
  return out;
}

/** Ids of the fact conditions that held in one traced run (graded facts: those that counted anything). */
export function heldConditions(rubric: CompiledRubric, traces: Record<string, ConditionTrace>): string[] {
  const held: string[] = [];
  for (const r of coveredRules(rubric)) {
    const t = traces[r.ruleName];
    if (t && r.conditions) traceLeaves(t, (leaf, id) => { if (leaf.result === true) held.push(id); }, r.prefix);
    if (r.graded && traces[gradedTraceKey(r.ruleName)]?.result === true) held.push(`${r.prefix}/from`);
  }
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
