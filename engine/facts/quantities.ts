/**
 * `quantities`: distinct quantities (a number with a unit or a %) in scope. Two mentions are the same
 * quantity when value, unit and the two characters before the number agree (办结率100% twice is one).
 */
import { compileScope, SCOPE_PROPERTIES, type ScopeParams } from './scope-params.js';
import { HitTally } from './tally.js';
import { defineFact } from './types.js';
import type { Evidence, FactResult, Quantity } from '../types.js';

/**
 * A quantity as the evidence names it: as written, with its unit when the unit stood elsewhere — a table's header
 * (12 under 调解（件）: 12件) or a row's label (（人），21: 21人), red team 25.
 */
const shown = (q: Quantity): string => (/^[\d.]+$/.test(q.raw) ? `${q.raw}${q.unit}` : /^[（(]/.test(q.raw) ? `${q.value}${q.unit}` : q.raw);

export interface QuantitiesParams extends ScopeParams { units?: string[] }

export const quantitiesFact = defineFact<QuantitiesParams>({
  name: 'quantities',
  description: 'number of distinct quantities (number + unit, or %) in scope; years, dates, ordinals, names in quotes and 《》 excluded',
  paramsSchema: {
    type: 'object', additionalProperties: false,
    properties: { units: { $ref: '#/definitions/patterns' }, ...SCOPE_PROPERTIES },
  },
  compile(params, ctx) {
    const scope = compileScope(params, ctx);
    const units = params.units ? new Set(params.units) : null;
    return (doc) => {
      const tally = new HitTally(doc, scope);
      for (const q of doc.quantities) {
        if (units && !units.has(q.unit) && !units.has(q.unit.replace(/^万/, ''))) continue;
        const s = doc.sentences[q.sentence];
        const key = `${doc.normalized.slice(Math.max(s.nStart, q.nStart - 2), q.nStart)}|${q.value}|${q.unit}`;
        // (a figure under a table's header is read with it: the header row goes with the row as context — it is what the
        // figure counts, for the assessor, and what must move with the row wherever the row goes: properties.test.ts 2)
        tally.add(key, s, q.nStart - s.nStart, shown(q), 1, q.header !== undefined ? [doc.sentences[q.header]] : []);
      }
      return perSentence(tally.result());
    };
  },
});

/**
 * One evidence entry per sentence, naming every quantity it added to the count (`counted`): an
 * assessor sees which figures made 找到7, not four sentences and a number (new user, session 18).
 */
function perSentence(r: FactResult): FactResult {
  const bySentence = new Map<number, Evidence>();
  for (const e of r.evidence) {
    const have = bySentence.get(e.start);
    // (a table's header row, context of its rows' figures, counts none itself)
    if (e.context) { if (!have) bySentence.set(e.start, e); continue; }
    if (!have || have.context) bySentence.set(e.start, { ...e, counted: e.match ? [e.match] : [] });
    else if (e.match) have.counted!.push(e.match);
  }
  return { ...r, evidence: [...bySentence.values()] };
}
