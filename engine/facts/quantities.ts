/**
 * `quantities`: distinct quantities (a number with a unit or a %) in scope. Two mentions are the same
 * quantity when value, unit and the two characters before the number agree (办结率100% twice is one).
 */
import { evidenceOf, placeSentence, refusedOf } from '../scope.js';
import type { Evidence, RefusedHit } from '../types.js';
import { compileScope, type ScopeParams } from './scope-params.js';
import type { FactDefinition } from './types.js';

export interface QuantitiesParams extends ScopeParams { units?: string[] }

export const quantitiesFact: FactDefinition = {
  name: 'quantities',
  description: 'number of distinct quantities (number + unit, or %) in scope; years, dates, ordinals, names in quotes and 《》 excluded',
  compile(params: QuantitiesParams, ctx) {
    const scope = compileScope(params, ctx);
    const units = params.units ? new Set(params.units) : null;
    return (doc) => {
      const accepted = new Map<string, Evidence>();
      const planned = new Set<string>();
      const refused: RefusedHit[] = [];
      for (const q of doc.quantities) {
        if (units && !units.has(q.unit) && !units.has(q.unit.replace(/^万/, ''))) continue;
        const s = doc.sentences[q.sentence];
        const key = `${doc.normalized.slice(Math.max(s.nStart, q.nStart - 2), q.nStart)}|${q.value}|${q.unit}`;
        const place = placeSentence(doc, s, scope, q.nStart - s.nStart);
        if (place.status === 'in') { if (!accepted.has(key)) accepted.set(key, evidenceOf(doc, s, q.raw)); }
        else if (place.status === 'planned') { planned.add(key); refused.push(refusedOf(doc, s, 'in_plans', q.raw)); }
        else if (place.status === 'refused') refused.push(refusedOf(doc, s, place.reason, q.raw));
      }
      const withPlans = new Set([...accepted.keys(), ...planned]).size;
      return { value: accepted.size, evidence: [...accepted.values()], refused, withPlans };
    };
  },
};
