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
import { createRequire } from 'node:module';

// Loaded on first use: workers compile an already-checked rubric and never need the analysers
// (scslre and its automata library cost a worker ~200 ms to import).
const require = createRequire(import.meta.url);
let lib: { parser: RegExpParser; flags: AST.Flags; visit: typeof import('@eslint-community/regexpp').visitRegExpAST; analyse: typeof import('scslre').analyse } | null = null;
function analysers() {
  if (!lib) {
    const regexpp = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
    const parser = new regexpp.RegExpParser({ ecmaVersion: 2025 });
    lib = { parser, flags: parser.parseFlags(''), visit: regexpp.visitRegExpAST, analyse: (require('scslre') as typeof import('scslre')).analyse };
  }
  return lib;
}

export type PatternProblem =
  | { kind: 'unsafe'; reason: 'nested quantifier' | 'repeated alternation' | 'super-linear backtracking' }
  | { kind: 'reference'; feature: 'backreference' | 'named_group' };

/** A repetition with a choice of how many times (more than once): `+`, `*`, `{1,}`, `{2,5}`; not `?` or `{3}`. */
const repeats = (q: AST.Quantifier) => q.max > 1 && q.min !== q.max;

/** Why the pattern must not be used, or null. Throws (like `new RegExp`) when it does not parse. */
export function patternProblem(source: string): PatternProblem | null {
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
