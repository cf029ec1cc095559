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
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { analyse } from 'scslre';

export type PatternProblem =
  | { kind: 'unsafe'; reason: 'nested quantifier' | 'repeated alternation' | 'super-linear backtracking' }
  | { kind: 'reference'; feature: 'backreference' | 'named_group' };

const parser = new RegExpParser({ ecmaVersion: 2025 });
const NO_FLAGS = parser.parseFlags('');

/** A repetition with a choice of how many times (more than once): `+`, `*`, `{1,}`, `{2,5}`; not `?` or `{3}`. */
const repeats = (q: AST.Quantifier) => q.max > 1 && q.min !== q.max;

/** Why the pattern must not be used, or null. Throws (like `new RegExp`) when it does not parse. */
export function patternProblem(source: string): PatternProblem | null {
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: false });
  let problem: PatternProblem | null = null;
  const open: AST.Quantifier[] = [];
  visitRegExpAST(pattern, {
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
  const { reports } = analyse({ pattern, flags: NO_FLAGS }, { maxReports: 1, reportTypes: { Move: false } });
  return reports.length ? { kind: 'unsafe', reason: 'super-linear backtracking' } : null;
}
