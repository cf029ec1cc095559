/**
 * Pattern terms of fact parameters. A term is a list of patterns (any may match), a quantity
 * requirement, or `anyOf` several terms. `@name` in a pattern list expands to the rubric lexicon
 * `name`. Patterns are linear regular expressions; nested quantifiers are refused at load.
 */
import type { DocumentModel, Quantity, Sentence } from '../types.js';
import { compilePatterns, type CompileContext } from './compile-context.js';

export type TermSpec = string[] | { quantity: { units?: string[] } } | { anyOf: TermSpec[] };

export type Term =
  | { type: 'patterns'; re: RegExp }
  | { type: 'quantity'; units: Set<string> | null }
  | { type: 'anyOf'; terms: Term[] };

export function compileTerm(spec: TermSpec, ctx: CompileContext, path: string): Term {
  if (Array.isArray(spec)) return { type: 'patterns', re: compilePatterns(spec, ctx, path) };
  if ('quantity' in spec) return { type: 'quantity', units: spec.quantity.units ? new Set(spec.quantity.units) : null };
  return { type: 'anyOf', terms: spec.anyOf.map((t, i) => compileTerm(t, ctx, `${path}/anyOf/${i}`)) };
}

export interface Quantities { bySentence(id: number): Quantity[] }

const quantityIndexes = new WeakMap<DocumentModel, Quantities>();

export function quantityIndex(doc: DocumentModel): Quantities {
  let qi = quantityIndexes.get(doc);
  if (!qi) { qi = buildQuantityIndex(doc); quantityIndexes.set(doc, qi); }
  return qi;
}

function buildQuantityIndex(doc: DocumentModel): Quantities {
  const byId = new Map<number, Quantity[]>();
  for (const q of doc.quantities) {
    const list = byId.get(q.sentence);
    if (list) list.push(q); else byId.set(q.sentence, [q]);
  }
  return { bySentence: (id) => byId.get(id) ?? [] };
}

/** The text that satisfied the term in this sentence, or null. */
export function matchTerm(term: Term, s: Sentence, quantities: Quantities): string | null {
  switch (term.type) {
    case 'patterns': {
      const m = term.re.exec(s.text);
      return m ? m[0] : null;
    }
    case 'quantity': {
      const q = quantities.bySentence(s.id).find((x) => term.units === null || term.units.has(x.unit) || term.units.has(x.unit.replace(/^万/, '')));
      return q ? q.raw : null;
    }
    case 'anyOf': {
      for (const t of term.terms) {
        const m = matchTerm(t, s, quantities);
        if (m !== null) return m;
      }
      return null;
    }
  }
}
