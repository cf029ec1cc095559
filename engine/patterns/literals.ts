/**
 * Required literals of a pattern: strings one of which every match contains (facts/terms.ts's candidate scan).
 *
 * Some rubric patterns open on a run of any characters before the word that matters — `[\u4e00-\u9fa5]{2,12}律师事务所`,
 * `(?<=(?:依法逐级走访|诉访分离)[^。；]*)接访` — and a regex scan of a whole document then tries every position with
 * every length: two such lexicons took 17 % of a worker's scoring time (a CPU profile of 500 benchmark reports,
 * session 47). Looking for their literals (律师, 律师事务所, 教授 …; 信访, 来访, 接访) with `indexOf` finds the same
 * sentences as candidates — a superset, each confirmed on the sentence's own text by the caller — at a fraction of
 * the cost.
 *
 * Sound by construction: only what a match consumes is read (lookarounds, classes of many characters, optional parts
 * and back-references add nothing), so a sentence the pattern matches holds at least one of the literals. A pattern
 * any of whose alternatives requires no literal of at least MIN_LENGTH characters gets null (scan it as written).
 * Parsed with the rubric pattern checker's parser (patterns/safety.ts regexpParsing).
 */
import type { AST } from '@eslint-community/regexpp';
import { regexpParsing } from './safety.js';

/** Shorter literals (a single 法, 访) are in nearly every sentence: no use as a filter. */
const MIN_LENGTH = 2;
/** A character class of at most this many characters is read as a choice of literals ([来接]访 → 来访, 接访). */
const CLASS_CHOICE = 4;
/** A set of literals grows by products of choices; past this many it says too little to be worth the scans. */
const MAX_LITERALS = 24;

const memo = new Map<string, { all: readonly string[] | null; scan: readonly string[] | null }>();

function analysed(source: string): { all: readonly string[] | null; scan: readonly string[] | null } {
  let out = memo.get(source);
  if (out !== undefined) return out;
  const { parser, flags } = regexpParsing();
  const pattern = parser.parsePattern(source, 0, source.length, flags);
  const all = best(alternativesSet(pattern.alternatives));
  // a pattern each of whose alternatives opens on a literal is scanned fast as written (the regex engine looks for the
  // first characters): only one that may open anywhere — on a class, a run, a lookbehind — gains from its literals
  out = { all, scan: pattern.alternatives.every(opensOnLiteral) ? null : all };
  memo.set(source, out);
  return out;
}

/**
 * The literals one of which every match of `source` contains (each at least MIN_LENGTH characters, at most
 * MAX_LITERALS of them), or null when no such set is known. Throws like `new RegExp` on a source that does not parse.
 */
export const literalsOf = (source: string): readonly string[] | null => analysed(source).all;

/**
 * literalsOf, only for a pattern worth scanning for by its literals: one with an alternative that does not open on a
 * literal (a document is otherwise scanned as fast with the pattern itself). Throws like `new RegExp`.
 */
export const scanLiterals = (source: string): readonly string[] | null => analysed(source).scan;

/** Whether an alternative's first element is a literal or a choice of a few (律师…, (?:来访|接访)…, [来接]访…). */
function opensOnLiteral(a: AST.Alternative): boolean {
  const first = a.elements[0];
  if (!first) return false;
  if (first.type === 'Group' || first.type === 'CapturingGroup') return first.alternatives.every(opensOnLiteral);
  const r = element(first);
  return r.whole && r.set !== null;
}

/** What an element (or a run of elements) guarantees: `whole` when its match is always exactly one of these strings. */
interface Req { set: string[] | null; whole: boolean }

const NONE: Req = { set: null, whole: false };

/** A good enough set: every literal long enough, not too many. */
function best(set: string[] | null): string[] | null {
  if (!set || set.length === 0 || set.length > MAX_LITERALS || set.some((l) => l.length < MIN_LENGTH)) return null;
  return [...new Set(set)];
}

/** The union over alternatives, each of which must require something. */
function alternativesSet(alts: AST.Alternative[]): string[] | null {
  const out: string[] = [];
  for (const a of alts) {
    const r = sequence(a.elements);
    if (!r.set) return null;
    out.push(...r.set);
    if (out.length > MAX_LITERALS) return null;
  }
  return out;
}

/**
 * A sequence's requirement: adjacent parts whose matches are whole literals are joined (律 师 → 律师; (来|接)访 → 来访, 接访);
 * of the runs so found, the one whose shortest literal is longest wins (a rarer word filters better).
 */
function sequence(elements: AST.Element[]): Req {
  let bestSet: string[] | null = null;
  const consider = (set: string[] | null) => {
    if (!set || set.length === 0 || set.length > MAX_LITERALS) return;
    if (!bestSet || score(set) > score(bestSet)) bestSet = set;
  };
  let run: string[] | null = null; // the products of the current run of whole parts
  let allWhole = true;
  for (const e of elements) {
    const r = element(e);
    if (r.whole && r.set) {
      const joined: string[] | null = run ? product(run, r.set) : r.set;
      // too many products: the run so far is a requirement of its own, and a new one starts here — but the sequence is no
      // longer one whole literal (为(?:[一二三四][五六七八][九十百千]乙) had claimed 为乙 — red team 93)
      if (joined === null || joined.length > MAX_LITERALS) { if (run) consider(run); run = r.set; allWhole = false; }
      else run = joined;
      continue;
    }
    // an assertion consumes nothing: the run goes on across it only if it is no lookaround (never, here) — end it
    if (run) consider(run);
    run = null;
    allWhole = false;
    consider(r.set);
  }
  if (run) consider(run);
  if (allWhole && run && elements.length > 0) return { set: run, whole: true };
  return { set: bestSet, whole: false };
}

/** Longer shortest literal first, then fewer literals. */
const score = (set: string[]) => Math.min(...set.map((s) => s.length)) * 100 - set.length;

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_LITERALS) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

function element(e: AST.Element): Req {
  switch (e.type) {
    case 'Character':
      return { set: [String.fromCodePoint(e.value)], whole: true };
    case 'CharacterClass': {
      if (e.negate) return NONE;
      const chars: string[] = [];
      for (const el of e.elements) {
        if (el.type === 'Character') chars.push(String.fromCodePoint(el.value));
        else if (el.type === 'CharacterClassRange' && el.max.value - el.min.value < CLASS_CHOICE) {
          for (let c = el.min.value; c <= el.max.value; c++) chars.push(String.fromCodePoint(c));
        } else return NONE;
        if (chars.length > CLASS_CHOICE) return NONE;
      }
      return chars.length ? { set: chars, whole: true } : NONE;
    }
    case 'Group':
    case 'CapturingGroup': {
      const alts = e.alternatives.map((a) => sequence(a.elements));
      if (alts.some((r) => !r.set)) return NONE;
      const set = alts.flatMap((r) => r.set!);
      if (set.length > MAX_LITERALS) return NONE;
      // an empty alternative (the empty group of a cut assertion, (?:)) matches the empty string: whole, as ''
      return { set, whole: alts.every((r) => r.whole) };
    }
    case 'Quantifier': {
      if (e.min === 0) return NONE;
      const r = element(e.element);
      // once exactly: what the element is; more: it holds the element's literal at least once, no longer whole
      return e.min === 1 && e.max === 1 ? r : { set: r.set, whole: false };
    }
    default:
      // assertions, back-references, any character (.), escapes of classes (\d, \s): nothing required
      return NONE;
  }
}
