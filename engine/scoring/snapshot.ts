/**
 * A report's document as content facts read it, kept in the cache (cache.ts, DocumentSnapshot) so
 * that an edit making a new fact — a term added to a pattern list or a lexicon — computes it without
 * reading or parsing the report. The snapshot holds the fields scope and the content facts read; the
 * document built from it answers any other field by throwing NeedsDocument, so a fact that reads
 * more (the unit, the closing, the division …) is never computed from a partial document: the report
 * is parsed instead. Facts the cache holds are taken from it; only new ones are computed here.
 */
import type { DocumentSnapshot, FactsView } from './cache.js';
import { NeedsDocument, withCachedFacts } from './scorer.js';
import { ENGINE_VERSION } from '../paths.js';
import type { DocumentModel, Sentence, UnitNames } from '../types.js';

/** The fields of the document model a snapshot holds (`flags` comes from the cache entry). */
const HELD = new Set(['source', 'pages', 'titleParagraphs', 'normalized', 'sentences', 'sections', 'quantities', 'flags', 'unit', 'unitNames']);

/** The fields of a Sentence a snapshot row carries (with `text`, rebuilt from the normalized text). */
const SENTENCE_FIELDS = new Set(['id', 'text', 'start', 'end', 'line', 'paragraph', 'section', 'isHeading', 'intent', 'intentAt', 'nStart', 'nEnd']);

/**
 * The snapshot of a parsed document; null when a sentence carries a field a row does not (a field
 * added to Sentence since): no snapshot is kept rather than one that would drop it, and a new fact
 * parses the report.
 */
export function snapshotOf(doc: DocumentModel): DocumentSnapshot | null {
  for (const s of doc.sentences) for (const k of Object.keys(s)) if (!SENTENCE_FIELDS.has(k)) return null;
  return {
    v: 2, engine: ENGINE_VERSION, source: doc.source, pages: doc.pages, titleParagraphs: doc.titleParagraphs, normalized: doc.normalized,
    sentences: doc.sentences.map((s) => [s.id, s.start, s.end, s.line, s.paragraph, s.section, s.isHeading ? 1 : 0, s.intent ? 1 : 0, s.intentAt, s.nStart, s.nEnd]),
    sections: doc.sections, quantities: doc.quantities, unit: doc.unit, unitNames: doc.unitNames,
  };
}

/**
 * The document a snapshot stands for, with the report's result flags and its cached fact results:
 * null when the snapshot is not one this engine wrote (its rows do not fit the text).
 */
export function documentFromSnapshot(snap: DocumentSnapshot, flags: string[], facts: FactsView | null): DocumentModel | null {
  const { normalized } = snap;
  if (typeof normalized !== 'string' || !Array.isArray(snap.sentences) || !Array.isArray(snap.sections) || !Array.isArray(snap.quantities)) return null;
  if (!(snap.unit === null || typeof snap.unit === 'string') || !isUnitNames(snap.unitNames)) return null;
  const sentences: Sentence[] = [];
  for (const row of snap.sentences) {
    if (!Array.isArray(row) || row.length !== 11 || !row.every((x) => Number.isInteger(x))) return null;
    const [id, start, end, line, paragraph, section, isHeading, intent, intentAt, nStart, nEnd] = row;
    if (id !== sentences.length || nStart < 0 || nEnd < nStart || nEnd > normalized.length || section < 0 || section >= snap.sections.length) return null;
    sentences.push({ id, text: normalized.slice(nStart, nEnd), start, end, line, paragraph, section, isHeading: isHeading === 1, intent: intent === 1, intentAt, nStart, nEnd });
  }
  const held: Record<string, unknown> = { source: snap.source, pages: snap.pages, titleParagraphs: snap.titleParagraphs, normalized, sentences, sections: snap.sections, quantities: snap.quantities, flags, unit: snap.unit, unitNames: snap.unitNames };
  const doc = new Proxy(held, {
    get(target, prop) {
      if (typeof prop === 'string' && HELD.has(prop)) return target[prop];
      if (typeof prop === 'symbol') return undefined;
      throw new NeedsDocument();
    },
    // asking whether the document has a field, or for all of them, is reading the document too
    has(_, prop) { if (typeof prop === 'string' && HELD.has(prop)) return true; throw new NeedsDocument(); },
    ownKeys() { throw new NeedsDocument(); },
  }) as unknown as DocumentModel;
  return withCachedFacts(doc, (f) => facts?.get(f.key));
}

const LEVELS = new Set(['township', 'county', 'city', 'department', null]);
function isUnitNames(x: unknown): x is UnitNames {
  const u = x as UnitNames;
  return typeof u === 'object' && u !== null && Array.isArray(u.tokens) && u.tokens.every((t) => typeof t === 'string')
    && (u.own === null || typeof u.own === 'string') && LEVELS.has(u.level);
}
