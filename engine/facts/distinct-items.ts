/**
 * `distinct_items`: how many of the named items occur in scope, each in a sentence where the
 * `context` terms hold (e.g. the five steps of a major decision, counted only when applied to
 * decisions). `itemNone` refuses an item in sentences about something else (合法性审查 of 规范性文件).
 */
import { compilePatterns } from './compile-context.js';
import { compileScope, SCOPE_PROPERTIES, type ScopeParams } from './scope-params.js';
import { findHits } from './sentences.js';
import { compileTerm, patternTerm, type TermSpec } from './terms.js';
import { HitTally } from './tally.js';
import { defineFact } from './types.js';
import type { Sentence } from '../types.js';

export interface DistinctItemsParams extends ScopeParams {
  items: Record<string, string[]>;
  itemNone?: Record<string, string[]>;
  context?: TermSpec[];
  none?: string[];
  window?: number;
}

export const distinctItemsFact = defineFact<DistinctItemsParams>({
  name: 'distinct_items',
  description: 'number of distinct named `items` found in scope, each in a sentence where the `context` terms hold',
  paramsSchema: {
    type: 'object', required: ['items'], additionalProperties: false,
    properties: {
      items: { type: 'object', minProperties: 1, additionalProperties: { $ref: '#/definitions/patterns' } },
      itemNone: { type: 'object', additionalProperties: { $ref: '#/definitions/patterns' } },
      context: { type: 'array', items: { $ref: '#/definitions/term' } },
      none: { $ref: '#/definitions/patterns' },
      window: { type: 'integer', minimum: 0, maximum: 5 },
      ...SCOPE_PROPERTIES,
    },
  },
  compile(params, ctx, path) {
    const items = Object.entries(params.items).map(([name, pats]) => ({
      name,
      term: patternTerm(compilePatterns(pats, ctx, `${path}/items/${name}`)),
      none: params.itemNone?.[name] ? compilePatterns(params.itemNone[name], ctx, `${path}/itemNone/${name}`) : null,
    }));
    const context = (params.context ?? []).map((t, i) => compileTerm(t, ctx, `${path}/context/${i}`));
    const none = params.none ? compilePatterns(params.none, ctx, `${path}/none`) : null;
    const scope = compileScope(params, ctx);
    const window = params.window ?? 0;
    return (doc) => {
      const tally = new HitTally(doc, scope);
      for (const item of items) {
        // the item's first mention outside its context (征求意见 on no decision; 合法性审查 of a contract): shown
        // as withheld when the item counts nowhere, so `explain` says why a step named in the report was not counted
        const off: Array<{ s: Sentence; match: string; at: number }> = [];
        // (a few, in order: the first may stand in the plans, where the scope's own refusal says more)
        const missed = (s: Sentence, match: string, at: number) => { if (off.length < 8) off.push({ s, match, at }); };
        for (const { sentence, match, at, atLast, support } of findHits(doc, [item.term, ...context], none, window, tally.wants, missed)) {
          if (item.none && item.none.test(sentence.text)) { missed(sentence, match.split(' + ')[0], at); continue; }
          tally.add(item.name, sentence, at, `${item.name}: ${match}`, 1, support, atLast);
        }
        for (const o of off) if (tally.refuse(item.name, o.s, o.at, `${item.name}: ${o.match}`, 'off_context')) break;
      }
      return tally.result();
    };
  },
});
