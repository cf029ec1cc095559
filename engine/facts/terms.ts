/**
 * Pattern terms of fact parameters. A term is a list of patterns (any may match), a quantity
 * requirement, or `anyOf` several terms. `@name` in a pattern list expands to the rubric lexicon
 * `name`. Patterns are linear regular expressions; nested quantifiers are refused at load.
 */
import type { DocumentModel, Quantity, Sentence } from '../types.js';
import { compilePatterns, type CompileContext } from './compile-context.js';
import { clauseEnd, clauseStart } from '../scope.js';
import { scanSource } from '../patterns/scan-source.js';
import { scanLiterals } from '../patterns/literals.js';
import { escapeRegExp } from '../patterns/escape.js';

export type TermSpec = string[] | { quantity: { units?: string[]; near?: number; clauseNone?: string[] } } | { anyOf: TermSpec[] };

export type Term =
  | { type: 'patterns'; re: RegExp; global?: RegExp }
  /** near: the quantity must stand within this many characters of a match of the first term, no 。；and at most one comma between (null: anywhere) */
  /**
   * clauseNone: a quantity in a clause holding no match of the first term does not count when its clause matches one of
   * these: it counts another activity told beside the first, before it or after it (专题研究法治工作3次，组织班子成员集中
   * 学习民法典; …带头学习习近平法治思想，全年4次在党工委会上专题研究部署… — blind sets 53, 56). Where the count stands
   * does not decide: 中心组集中学习12次，重点学习宪法… counts the study (red team 32)
   */
  | { type: 'quantity'; units: Set<string> | null; near: number | null; clauseNone: RegExp | null }
  | { type: 'anyOf'; terms: Term[] };

export const patternTerm = (re: RegExp): Term & { type: 'patterns' } => ({ type: 'patterns', re, global: new RegExp(re.source, 'g') });

export function compileTerm(spec: TermSpec, ctx: CompileContext, path: string): Term {
  if (Array.isArray(spec)) return patternTerm(compilePatterns(spec, ctx, path));
  if ('quantity' in spec) {
    const q = spec.quantity;
    const clauseNone = q.clauseNone ? compilePatterns(q.clauseNone, ctx, `${path}/quantity/clauseNone`) : null;
    return { type: 'quantity', units: q.units ? new Set(q.units) : null, near: q.near ?? null, clauseNone };
  }
  return { type: 'anyOf', terms: spec.anyOf.map((t, i) => compileTerm(t, ctx, `${path}/anyOf/${i}`)) };
}

/**
 * A document's quantities by sentence. `underHeader(id)`: the figures of the table whose header row is sentence `id`
 * (Quantity.header): a header names what its columns count (调解成功（件）), so a quantity term without `near` holds
 * on the header sentence when a row holds one under the first term's column (or under the table's subject, its first
 * cell). Position-bound reads (`near`, counted) use `bySentence` only.
 */
export interface Quantities { bySentence(id: number): Quantity[]; underHeader(id: number): Quantity[] }

const quantityIndexes = new WeakMap<DocumentModel, Quantities>();

export function quantityIndex(doc: DocumentModel): Quantities {
  let qi = quantityIndexes.get(doc);
  if (!qi) { qi = buildQuantityIndex(doc); quantityIndexes.set(doc, qi); }
  return qi;
}

function buildQuantityIndex(doc: DocumentModel): Quantities {
  const byId = new Map<number, Quantity[]>();
  const byHeader = new Map<number, Quantity[]>();
  const add = (m: Map<number, Quantity[]>, id: number, q: Quantity) => { const list = m.get(id); if (list) list.push(q); else m.set(id, [q]); };
  for (const q of doc.quantities) {
    add(byId, q.sentence, q);
    if (q.header !== undefined) add(byHeader, q.header, q);
    // a caption holds no cells: any term in it names the whole table
    if (q.caption !== undefined) add(byHeader, q.caption, { ...q, headerCells: [[0, Number.MAX_SAFE_INTEGER], [0, 0]] });
  }
  return { bySentence: (id) => byId.get(id) ?? [], underHeader: (id) => byHeader.get(id) ?? [] };
}

/**
 * The text that satisfied the term in this sentence, or null. `first`: where the first term of the
 * fact matched in this sentence ([start, end) spans in `s.text`, every match), one of which a quantity term
 * with `near` must stand close to; without it (a neighbouring sentence, or the first term itself) such a
 * term never matches.
 */
export function matchTerm(term: Term, s: Sentence, quantities: Quantities, first?: ReadonlyArray<readonly [number, number]>): string | null {
  switch (term.type) {
    case 'patterns': {
      const m = term.re.exec(s.text);
      return m ? m[0] : null;
    }
    case 'quantity': {
      const fits = (x: Quantity) => term.units === null || term.units.has(x.unit) || term.units.has(x.unit.replace(/^万/, ''));
      const q = quantities.bySentence(s.id).find((x) => fits(x) && (term.near === null || isNear(s, x, term.near, first)) && (!term.clauseNone || !countsOther(s, x, first, term.clauseNone)))
        ?? (term.near === null && first ? quantities.underHeader(s.id).find((x) => fits(x) && underTerm(x, first)) : undefined);
      return q ? q.raw : null;
    }
    case 'anyOf': {
      for (const t of term.terms) {
        const m = matchTerm(t, s, quantities, first);
        if (m !== null) return m;
      }
      return null;
    }
  }
}

/** A table's figure whose column cell, or the table's first cell, holds a match of the first term (调解成功（件） over 66; not 人民调解员（名） beside 普法宣传（次）). */
function underTerm(q: Quantity, first: ReadonlyArray<readonly [number, number]>): boolean {
  return (q.headerCells ?? []).some(([a, b]) => first.some(([fa, fb]) => fa >= a && fb <= b));
}

/**
 * Whether quantity `q` stands within `near` characters of one of the spans `first` of sentence `s`, with no
 * 。or ；and at most one comma between them: 召开专题会议研究法治建设工作4次 counts its meetings; …研究法治建设工作，…，年内带队参加庭审
 * 旁听活动1次 does not (blind set 27).
 */
function isNear(s: Sentence, q: Quantity, near: number, first: ReadonlyArray<readonly [number, number]> | undefined): boolean {
  if (!first) return false;
  const a = q.nStart - s.nStart, b = q.nEnd - s.nStart;
  return first.some(([fa, fb]) => {
    const [from, to] = b <= fa ? [b, fa] : [fb, a];
    if (to - from > near) return false;
    const between = s.text.slice(Math.max(0, from), Math.max(0, to));
    // within the phrase's clause or the next one: no sentence or semicolon break, at most one comma
    return !/[。；;！？]/.test(between) && (between.match(/[，,]/g)?.length ?? 0) <= 1;
  });
}

/**
 * Whether quantity `q` stands in a clause (scope.ts: between ，；。) that holds no match `first` of the first term and
 * matches `other`: the figure counts that clause's activity. Without `first` (a neighbouring sentence) its clause is read alone.
 */
function countsOther(s: Sentence, q: Quantity, first: ReadonlyArray<readonly [number, number]> | undefined, other: RegExp): boolean {
  const t = s.text;
  const from = Math.max(0, q.nStart - s.nStart);
  const a = clauseStart(t, from), b = clauseEnd(t, Math.max(from, q.nEnd - s.nStart));
  if (first?.some(([fa, fb]) => fa < b && fb > a)) return false;
  return other.test(t.slice(a, b));
}

/** Whether a term (or one inside its anyOf) reads where the first term matched (`near`, `clauseNone`). */
export function wantsFirstSpans(term: Term): boolean {
  if (term.type === 'quantity') return term.near !== null || term.clauseNone !== null;
  return term.type === 'anyOf' && term.terms.some(wantsFirstSpans);
}

/**
 * Every span where `term` matches in `s` (a pattern term: each match of its global form; otherwise the
 * span of `m`, the text it answered): what a `near` quantity may stand close to (专题研究A、B、C等工作，
 * …研究部署…专题研究…5次: the second meeting phrase counts — red team 13).
 */
export function termSpans(term: Term, s: Sentence, m: string): Array<[number, number]> {
  if (term.type === 'patterns' && term.global) {
    const out: Array<[number, number]> = [];
    const g = term.global;
    g.lastIndex = 0;
    for (let x = g.exec(s.text); x; x = g.exec(s.text)) { out.push([x.index, x.index + x[0].length]); if (x[0] === '') g.lastIndex++; }
    if (out.length) return out;
  }
  const i = s.text.indexOf(m);
  return [[i, i + m.length]];
}

const STICKY = new WeakMap<RegExp, RegExp>();
/** The term's pattern anchored where lastIndex points (asked only when a refused hit is placed again). */
function stickyOf(term: Term & { type: 'patterns' }): RegExp {
  let y = STICKY.get(term.re);
  if (!y) { y = new RegExp(term.re.source, `${term.re.flags.replace(/[gy]/g, '')}y`); STICKY.set(term.re, y); }
  return y;
}

/**
 * Where the term's last match in this sentence starts (-1: none). Asked only when a hit's first
 * placement was refused as someone else's work or as denied (facts/tally.ts): a term's alternatives may match
 * again later (依法 first, 法治 later), in the unit's own clause.
 */
export function lastTermAt(term: Term, s: Sentence, quantities: Quantities): number {
  switch (term.type) {
    case 'patterns': {
      // the rightmost START of a match, not the last of a left-to-right scan: a greedy alternative
      // (纳入.{0,20}述职) begun in a denied clause would swallow the later clause's own match
      // (述法工作以往未纳入年终述职，今年将述法纳入班子成员年终述职)
      const y = stickyOf(term);
      for (let i = s.text.length - 1; i >= 0; i--) { y.lastIndex = i; if (y.test(s.text)) return i; }
      return -1;
    }
    case 'quantity': {
      const m = matchTerm(term.near === null ? term : { ...term, near: null }, s, quantities);
      return m === null ? -1 : s.text.lastIndexOf(m);
    }
    case 'anyOf':
      return Math.max(-1, ...term.terms.map((t) => lastTermAt(t, s, quantities)));
  }
}

/**
 * Sentences that may contain a match of a pattern term: one scan of the whole normalized text
 * instead of one search per sentence. After a hit the scan jumps to the next sentence, so every
 * sentence holding a match is found (the leftmost match from its start begins inside it, or between
 * sentences, when the scan goes on from the sentence's start); callers confirm each candidate on the
 * sentence's own text. The scan uses the pattern's scan form (no negative lookaround or word boundary,
 * patterns/scan-source.ts), which a sentence's neighbours cannot make fail.
 */
export function candidateSentences(doc: DocumentModel, term: Term & { type: 'patterns' }): readonly Sentence[] {
  return candidatesOf(doc, term).sentences;
}

/**
 * Whether a pattern source has an anchor (^ or $) outside a character class: it is read against one sentence, so
 * a scan of the whole document (where ^ is the document's start) would miss its sentences — no prefilter then
 * (red team 11: a shortcoming_causes pattern opening (?:^|[，；]) found nothing).
 */
export function hasAnchor(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; if (source[i + 1] === '^') i++; continue; }
    if (c === '^' || c === '$') return true;
  }
  return false;
}

/**
 * The candidates with, for each, the text `matchTerm` would answer on that sentence when the scan
 * already knows it (else null): the scan's match when it lies wholly inside the sentence and the
 * pattern reads no context (no lookaround, anchor or word boundary). Such a pattern's first
 * successful path at the leftmost start consumes only the sentence's characters, so it is also
 * the first to succeed on the sentence's own text — the same start, the same matched text.
 */
export function candidatesOf(doc: DocumentModel, term: Term & { type: 'patterns' }): Candidates {
  // many conditions open with the same lexicon (@law_study in a level and in its partial): one scan per document
  let byDoc = candidateMemo.get(doc);
  if (!byDoc) { byDoc = new Map(); candidateMemo.set(doc, byDoc); }
  let found = byDoc.get(term.re.source);
  if (!found) { found = scanCandidates(doc, term); byDoc.set(term.re.source, found); }
  return found;
}

export interface Candidates { sentences: readonly Sentence[]; matches: ReadonlyArray<string | null> }

/** Candidate sentences per document and pattern source (patterns are compiled without flags). */
const candidateMemo = new WeakMap<DocumentModel, Map<string, Candidates>>();

/** Conservative: any lookaround, anchor or word boundary in the source (even escaped or in a class) says it reads context. */
const READS_CONTEXT = /\(\?[=!<]|\^|\$|\\[bB]/;
const contextFree = new Map<string, boolean>();
const isContextFree = (source: string): boolean => {
  let v = contextFree.get(source);
  if (v === undefined) { v = !READS_CONTEXT.test(source); contextFree.set(source, v); }
  return v;
};

/** Per pattern source: hasAnchor's answer, asked once. */
const anchored = new Map<string, boolean>();

/** The global regex a document is scanned with: the term's own, or its scan form (patterns/scan-source.ts) when that differs. */
const scanForms = new WeakMap<Term, RegExp>();
function scanRegExp(term: Term & { type: 'patterns' }): RegExp {
  let re = scanForms.get(term);
  if (!re) {
    const source = scanSource(term.re.source);
    re = source === term.re.source ? term.global ?? new RegExp(source, 'g') : new RegExp(source, 'g');
    scanForms.set(term, re);
  }
  return re;
}

function scanCandidates(doc: DocumentModel, term: Term & { type: 'patterns' }): Candidates {
  let a = anchored.get(term.re.source);
  if (a === undefined) { a = hasAnchor(term.re.source); anchored.set(term.re.source, a); }
  // an anchored pattern is read sentence by sentence: every sentence is a candidate, none known in advance
  if (a) return { sentences: doc.sentences, matches: new Array<null>(doc.sentences.length).fill(null) };
  const { sentences } = doc;
  // a pattern that may open anywhere is scanned for the literals every match holds (patterns/literals.ts), its matches then unknown
  const literals = scanLiterals(term.re.source);
  const re = literals ? literalRegExp(term.re.source, literals) : scanRegExp(term);
  const known = !literals && isContextFree(term.re.source);
  const out: Sentence[] = [];
  const matches: Array<string | null> = [];
  re.lastIndex = 0;
  let i = 0;
  for (let m = re.exec(doc.normalized); m; m = re.exec(doc.normalized)) {
    const at = m.index;
    // advance to the sentence containing `at` (sentences are in text order)
    while (i < sentences.length && sentences[i].nEnd <= at) i++;
    if (i >= sentences.length) break;
    const s = sentences[i];
    if (s.nStart <= at) {
      out.push(s);
      matches.push(known && at + m[0].length <= s.nEnd ? m[0] : null);
      i++;
      if (i >= sentences.length) break;
    }
    // a match opening between sentences (a line break, a heading's gap) says nothing of the next: scan it from its start
    re.lastIndex = Math.max(sentences[i].nStart, at + 1);
  }
  return { sentences: out, matches };
}

/**
 * The alternation of a pattern's required literals (patterns/literals.ts), which the regex engine finds by their first
 * characters: a document scanned with it gives every sentence holding one of them (and, harmlessly, one a literal runs
 * out of), each confirmed on the sentence by the caller.
 */
function literalRegExp(source: string, literals: readonly string[]): RegExp {
  let re = literalScans.get(source);
  if (!re) { re = new RegExp(literals.map(escapeRegExp).join('|'), 'g'); literalScans.set(source, re); }
  return re;
}

/** Per pattern source: the alternation of its required literals. */
const literalScans = new Map<string, RegExp>();
