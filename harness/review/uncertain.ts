/**
 * The short list an assessor starts from: which of a report's results the engine is unsure of.
 * - every deduction it found, suspected or not: a deduction costs many points and is published
 *   against a named office, so a person confirms it (suspected ones first);
 * - a criterion that is unmet only because its evidence sits in the plans (planned_only);
 * - a criterion below met for which the engine found candidate text but refused it (in plans, in
 *   the shortcomings, a verb of intent, a heading …): the points withheld are a judgement call.
 */
import type { CompiledRubric } from '../../engine/rubric/types.js';
import type { CriterionResult, DeductionResult } from '../../engine/types.js';
import { isSuspected } from './apply.js';

export type UncertainReason = 'suspected' | 'deducted' | 'planned_only' | 'withheld';

export interface UncertainItem { id: string; reason: UncertainReason }

const withheld = (c: CriterionResult) => c.outcome !== 'met' && c.evidence.some((e) => 'reason' in e && e.reason);

export function uncertainItems(rubric: CompiledRubric, r: { criteria: Record<string, CriterionResult>; deductions: DeductionResult[]; suspected?: DeductionResult[]; error?: unknown }): UncertainItem[] {
  if (r.error) return [];
  const items: UncertainItem[] = [];
  const all = [...(r.suspected ?? []), ...r.deductions];
  for (const d of all) if (isSuspected(d)) items.push({ id: d.id, reason: 'suspected' });
  for (const d of all) if (!isSuspected(d)) items.push({ id: d.id, reason: 'deducted' });
  for (const c of rubric.criteria) {
    const res = r.criteria[c.id];
    if (!res) continue;
    if (res.planned_only) items.push({ id: c.id, reason: 'planned_only' });
    else if (withheld(res)) items.push({ id: c.id, reason: 'withheld' });
  }
  return items;
}
