/**
 * The short list an assessor starts from: which of a report's results the engine is unsure of.
 * - every deduction it found, suspected or not: a deduction costs many points and is published
 *   against a named office, so a person confirms it (suspected ones first);
 * - a criterion that is unmet only because its evidence sits in the plans (planned_only);
 * - a criterion below met for which the engine found candidate text but refused it (in plans, in
 *   the shortcomings, a verb of intent, a heading …): the points withheld are a judgement call;
 * - a criterion one short of the next level's count (three of the four steps of a major decision,
 *   seven of eight quantities): where a count stops is where assessors and the engine part most;
 * - a criterion met only on a part the engine delimited without a heading (shortcomings or plans told in a paragraph of
 *   their own): assessors split on whether such a part is "a section" (new user 37; blind set 102's assessor read them
 *   unmet, most earlier sets' met).
 */
import type { CompiledRubric } from '../../engine/rubric/types.js';
import type { CriterionResult, DeductionResult, Need } from '../../engine/types.js';
import { isSuspected } from './apply.js';
import { inUnheadedPart } from '../../engine/document/section-tree.js';

/** `related`: unmet with no candidate at all, but the report carries the criterion's related words (harness/review/related.ts: review-template adds these, it reads the report) */
export type UncertainReason = 'suspected' | 'deducted' | 'planned_only' | 'withheld' | 'near_threshold' | 'unheaded' | 'related';

export interface UncertainItem { id: string; reason: UncertainReason }

const withheld = (c: CriterionResult) => c.outcome !== 'met' && c.evidence.some((e) => 'reason' in e && e.reason);
/** A count of at least 2 missed by one: the only requirement left, or one of the alternatives. */
const oneShort = (n: Need): boolean => {
  if ('any' in n) return n.any.some(oneShort);
  if (!('operator' in n)) return false;
  if (n.operator === 'greaterThanInclusive') return n.value >= 2 && n.found === n.value - 1;
  return n.operator === 'greaterThan' && n.value >= 1 && n.found === n.value;
};
const unheaded = (c: CriterionResult) => c.outcome !== 'unmet' && c.evidence.length > 0 && c.evidence.every((e) => inUnheadedPart(e.section));
const nearThreshold = (c: CriterionResult) => c.outcome !== 'met' && c.shortfall?.needs.length === 1 && oneShort(c.shortfall.needs[0]);

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
    else if (nearThreshold(res)) items.push({ id: c.id, reason: 'near_threshold' });
    else if (unheaded(res)) items.push({ id: c.id, reason: 'unheaded' });
  }
  return items;
}
