/**
 * Rubric patterns are untrusted data, checked at load on their parsed form (@eslint-community/regexpp,
 * the parser ESLint's regexp rules use) rather than by scanning characters:
 *
 * - star height: a repetition (max > 1, `{1,}` and `{2,}` included) around another repetition,
 *   `(a+)+`, `(?:法+){1,}`, `(\w*)*`, can take exponential time on V8's backtracking engine;
 * - ambiguity: a repetition around alternatives, `(a|aa)+`, likewise;
 * - anything scslre (the analyser behind eslint-plugin-regexp's no-super-linear-backtracking) finds
 *   super-linear within one match attempt, e.g. `法+法+治理` (polynomial).
 * Lookarounds hide nothing: the whole tree is walked, so `(?<!z)(?:法+){1,}治理` is refused.
 * Bounded optional groups (`(?:工作)?`, `(a|b)?`) and fixed counts (`(?:ab){3}`) are fine.
 *
 * The patterns of one list are joined into one alternation (engine/facts/compile-context.ts), which
 * renumbers capture groups: backreferences and named groups would change meaning (`(律)师` +
 * `(法)\1顾问` matched 法顾问) or fail to compile (a name used twice), so they are refused too.
 */
import type { AST, RegExpParser } from '@eslint-community/regexpp';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Loaded on first use: workers compile an already-checked rubric and never need the analysers
// (scslre and its automata library cost a worker ~200 ms to import).
const require = createRequire(import.meta.url);
type Visit = typeof import('@eslint-community/regexpp').visitRegExpAST;
let parsing: { parser: RegExpParser; flags: AST.Flags; visit: Visit } | null = null;
/** The pattern parser alone (~13 ms to load): what patterns/scan-source.ts needs in a worker, without the analysers. */
export function regexpParsing(): { parser: RegExpParser; flags: AST.Flags; visit: Visit } {
  if (!parsing) {
    const regexpp = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
    const parser = new regexpp.RegExpParser({ ecmaVersion: 2025 });
    parsing = { parser, flags: parser.parseFlags(''), visit: regexpp.visitRegExpAST };
  }
  return parsing;
}
let lib: { parser: RegExpParser; flags: AST.Flags; visit: Visit; analyse: typeof import('scslre').analyse } | null = null;
function analysers() {
  if (!lib) lib = { ...regexpParsing(), analyse: (require('scslre') as typeof import('scslre')).analyse };
  return lib;
}

export type PatternProblem =
  | { kind: 'unsafe'; reason: 'nested quantifier' | 'repeated alternation' | 'super-linear backtracking' }
  | { kind: 'reference'; feature: 'backreference' | 'named_group' };

/** A repetition with a choice of how many times (more than once): `+`, `*`, `{1,}`, `{2,5}`; not `?` or `{3}`. */
const repeats = (q: AST.Quantifier) => q.max > 1 && q.min !== q.max;

/**
 * Verdicts the build already reached (harness/build/precompile-patterns.ts) on every pattern of the
 * rubrics shipped in rubrics/: loading the analysers and analysing ~600 patterns cost the main
 * thread ~0.4 s before the first report could be handed out. Used only when built by this very
 * module with the same analyser versions (`verdictStamp`); any other pattern is analysed as before.
 */
export const VERDICTS_FILE = 'patterns.precompiled.json';
export function verdictStamp(): string {
  const self = readFileSync(fileURLToPath(import.meta.url));
  const versions = ['@eslint-community/regexpp/package.json', 'scslre/package.json'].map((p) => (require(p) as { version: string }).version);
  return createHash('sha1').update(self).update(versions.join(',')).digest('hex');
}
let built: Map<string, PatternProblem | null> | null | undefined;
function builtVerdict(source: string): PatternProblem | null | undefined {
  if (built === undefined) {
    built = null;
    try {
      const file = fileURLToPath(new URL(`./${VERDICTS_FILE}`, import.meta.url));
      if (existsSync(file)) {
        const t = JSON.parse(readFileSync(file, 'utf8')) as { stamp: string; verdicts: Array<[string, PatternProblem | null]> };
        if (t.stamp === verdictStamp()) built = new Map(t.verdicts);
      }
    } catch { built = null; /* unreadable: analyse */ }
  }
  return built?.get(source);
}

let recorder: ((source: string, verdict: PatternProblem | null) => void) | null = null;
/** For the build: analyse every pattern afresh (never the built verdicts) and report each verdict. */
export function recordVerdicts(fn: (source: string, verdict: PatternProblem | null) => void): void {
  recorder = fn;
  built = null;
}

/** Why the pattern must not be used, or null. Throws (like `new RegExp`) when it does not parse. */
export function patternProblem(source: string): PatternProblem | null {
  const known = builtVerdict(source);
  if (known !== undefined) return known;
  const verdict = analysePattern(source);
  recorder?.(source, verdict);
  return verdict;
}

/** patternProblem without the built verdicts (for the build itself, and tests). */
export function analysePattern(source: string): PatternProblem | null {
  const { parser, flags, visit, analyse } = analysers();
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: false });
  let problem: PatternProblem | null = null;
  const open: AST.Quantifier[] = [];
  visit(pattern, {
    onBackreferenceEnter: () => { problem ??= { kind: 'reference', feature: 'backreference' }; },
    onCapturingGroupEnter: (g) => { if (g.name) problem ??= { kind: 'reference', feature: 'named_group' }; },
    onQuantifierEnter: (q) => {
      if (repeats(q) && open.some(repeats)) problem ??= { kind: 'unsafe', reason: 'nested quantifier' };
      open.push(q);
    },
    onQuantifierLeave: () => { open.pop(); },
    onAlternativeEnter: (a) => {
      const parent = a.parent;
      const alternated = (parent.type === 'Group' || parent.type === 'CapturingGroup') && parent.alternatives.length > 1;
      if (alternated && parent.parent.type === 'Quantifier' && repeats(parent.parent)) problem ??= { kind: 'unsafe', reason: 'repeated alternation' };
    },
  });
  if (problem) return problem;
  // Moves (the engine retrying at each start position) are linear per attempt and bounded by sentence length.
  const { reports } = analyse({ pattern, flags }, { maxReports: 1, reportTypes: { Move: false } });
  return reports.length ? { kind: 'unsafe', reason: 'super-linear backtracking' } : null;
}
