/** What compiling a rubric's fact parameters needs: lexicons, defaults, and somewhere to put errors. */
import { rubricError, type RubricError } from '../errors.js';
import { patternProblem, type PatternProblem } from '../patterns/safety.js';
import type { SectionKind } from '../types.js';

export interface CompileContext {
  file: string;
  lexicons: Record<string, string[]>;
  defaultScope: SectionKind[];
  errors: RubricError[];
  /** the rubric was checked by the process that handed it over (workers): skip the pattern analysis */
  trusted?: boolean;
}

/** One alternation of all patterns; @name expands a lexicon. Bad patterns become errors, never exceptions. */
export function compilePatterns(patterns: string[], ctx: CompileContext, path: string): RegExp {
  const sources: string[] = [];
  patterns.forEach((p, i) => {
    if (p.startsWith('@')) {
      // own keys only: `@toString` or `@__proto__` must not reach Object.prototype
      const lex = Object.hasOwn(ctx.lexicons, p.slice(1)) ? ctx.lexicons[p.slice(1)] : undefined;
      if (!Array.isArray(lex)) {
        ctx.errors.push(rubricError('unknown_lexicon', ctx.file, `${path}/${i}`, { lexicon: p.slice(1) }));
        return;
      }
      lex.forEach((q) => checkPattern(q, ctx, `${path}/${i}`) && sources.push(q));
      return;
    }
    if (checkPattern(p, ctx, `${path}/${i}`)) sources.push(p);
  });
  if (sources.length === 0) return /(?!)/;
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'));
}

function checkPattern(p: string, ctx: CompileContext, path: string): boolean {
  try {
    new RegExp(p);
  } catch (e) {
    ctx.errors.push(rubricError('bad_pattern', ctx.file, path, { pattern: p, reason: (e as Error).message }));
    return false;
  }
  if (ctx.trusted) return true;
  let problem: PatternProblem | null;
  try { problem = patternProblem(p); } catch (e) {
    ctx.errors.push(rubricError('bad_pattern', ctx.file, path, { pattern: p, reason: (e as Error).message }));
    return false;
  }
  if (problem?.kind === 'unsafe') ctx.errors.push(rubricError('unsafe_pattern', ctx.file, path, { pattern: p, reason: problem.reason }));
  if (problem?.kind === 'reference') ctx.errors.push(rubricError('pattern_reference', ctx.file, path, { pattern: p, feature: problem.feature }));
  return problem === null;
}
