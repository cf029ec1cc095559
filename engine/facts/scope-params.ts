import type { HeadingPolicy, Scope } from '../scope.js';
import type { SectionKind } from '../types.js';
import type { CompileContext } from './compile-context.js';

/** Scope parameters every content fact accepts; defaults come from the rubric (`defaults.scope`). */
export interface ScopeParams { scope?: SectionKind[]; headings?: HeadingPolicy; intent?: 'refuse' | 'allow' }

/** The JSON Schema properties of ScopeParams, shared by every content fact's params schema. */
export const SCOPE_PROPERTIES = {
  scope: { $ref: '#/definitions/kinds' },
  headings: { enum: ['include', 'exclude', 'only'] },
  intent: { enum: ['refuse', 'allow'] },
} as const;

export function compileScope(params: ScopeParams, ctx: CompileContext): Scope {
  return {
    kinds: new Set(params.scope ?? ctx.defaultScope),
    headings: params.headings ?? 'include',
    allowIntent: params.intent === 'allow',
  };
}
