/** What compiling a rubric's fact parameters needs: lexicons, defaults, and somewhere to put errors. */
import type { RubricError } from '../errors.js';
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
        ctx.errors.push({ code: 'unknown_lexicon', file: ctx.file, path: `${path}/${i}`, message: `未定义的词表 "${p}"：请在 rubric 的 lexicons 中定义它，或改用具体的模式。 / Unknown lexicon "${p}": define it under "lexicons" or write the patterns inline.` });
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
    ctx.errors.push({ code: 'bad_pattern', file: ctx.file, path, message: `正则表达式无法解析："${p}"（${(e as Error).message}）。请修正语法。 / Pattern does not parse: "${p}" (${(e as Error).message}). Fix its syntax.` });
    return false;
  }
  const unsafe = unsafePatternReason(p);
  if (unsafe) {
    ctx.errors.push({ code: 'unsafe_pattern', file: ctx.file, path, message: `模式 "${p}" 可能导致灾难性回溯（${unsafe}）：请去掉嵌套的量词，例如把 (a+)+ 改写为 a+。 / Pattern "${p}" can backtrack catastrophically (${unsafe}): remove the nested quantifier, e.g. write a+ instead of (a+)+.` });
    return false;
  }
  return true;
}
