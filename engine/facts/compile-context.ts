/** What compiling a rubric's fact parameters needs: lexicons, defaults, and somewhere to put errors. */
import { rubricError, type RubricError } from '../errors.js';
import { unsafePatternReason } from '../patterns/safety.js';
import type { SectionKind } from '../types.js';

export interface CompileContext {
  file: string;
  lexicons: Record<string, string[]>;
  defaultScope: SectionKind[];
  errors: RubricError[];
}

/** One alternation of all patterns; @name expands a lexicon. Bad patterns become errors, never exceptions. */
export function compilePatterns(patterns: string[], ctx: CompileContext, path: string): RegExp {
  const sources: string[] = [];
  patterns.forEach((p, i) => {
    if (p.startsWith('@')) {
      const lex = ctx.lexicons[p.slice(1)];
      if (!lex) {
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
  const unsafe = unsafePatternReason(p);
  if (unsafe) {
    ctx.errors.push(rubricError('unsafe_pattern', ctx.file, path, { pattern: p, reason: unsafe }));
    return false;
  }
  return true;
}
