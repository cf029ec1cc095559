/**
 * `counted`: how many times something was done, as the report states it. A county scheme scores
 * 全年专题研究法治建设不少于4次 by the number of meetings, and reports state it once with a count
 * (全年专题研究法治建设4次) far more often than they describe each meeting. So each sentence in scope
 * where every term holds counts the figure it states in one of `units` (次, 场, 期 …) — the first
 * figure after where the last term matched, else the last one before — or 1 when it states none
 * (3月专题研究…; 9月再次专题研究… count 2). Value: the sum over sentences.
 */
import type { DocumentModel, Quantity } from '../types.js';
import { compilePatterns } from './compile-context.js';
import { findHits } from './sentences.js';
import { HitTally } from './tally.js';
import { compileTerm, quantityIndex, type TermSpec } from './terms.js';
import { compileScope, SCOPE_PROPERTIES, type ScopeParams } from './scope-params.js';
import { defineFact } from './types.js';

export interface CountedParams extends ScopeParams {
  /** terms that must all hold in the sentence (as for `sentences`) */
  all: TermSpec[];
  none?: string[];
  /** units of the stated count: 次, 场, 期 … */
  units: string[];
}

/** The count a sentence states after (else before) offset `at`, in one of `units`; null when none. */
export function statedCount(quantities: Quantity[], sentenceStart: number, at: number, units: ReadonlySet<string>): Quantity | null {
  const usable = quantities.filter((q) => units.has(q.unit) && Number.isInteger(q.value) && q.value > 0);
  const after = usable.find((q) => q.nStart - sentenceStart >= at);
  if (after) return after;
  const before = usable.filter((q) => q.nStart - sentenceStart < at);
  return before.length ? before[before.length - 1] : null;
}

export const countedFact = defineFact<CountedParams>({
  name: 'counted',
  description: 'how many times something was done: per sentence where every term of `all` holds, the count it states in one of `units` (or 1), summed',
  paramsSchema: {
    type: 'object', required: ['all', 'units'], additionalProperties: false,
    properties: {
      all: { type: 'array', minItems: 1, items: { $ref: '#/definitions/term' } },
      none: { $ref: '#/definitions/patterns' },
      units: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, maxLength: 8 } },
      ...SCOPE_PROPERTIES,
    },
  },
  compile(params, ctx, path) {
    const terms = params.all.map((t, i) => compileTerm(t, ctx, `${path}/all/${i}`));
    const none = params.none ? compilePatterns(params.none, ctx, `${path}/none`) : null;
    const units = new Set(params.units);
    const scope = compileScope(params, ctx);
    return (doc: DocumentModel) => {
      const qi = quantityIndex(doc);
      const tally = new HitTally(doc, scope);
      for (const { sentence, match, at } of findHits(doc, terms, none, 0, tally.wants)) {
        // `at` is where the last of the terms matched: the count right after it is the count of what
        // they name (全年召开党委会12次，其中专题研究法治建设2次 → 2, not the 12 meetings before)
        const q = statedCount(qi.bySentence(sentence.id), sentence.nStart, at, units);
        tally.add(String(sentence.id), sentence, at, q ? `${match} + ${q.raw}` : match, q ? q.value : 1);
      }
      return tally.result();
    };
  },
});
