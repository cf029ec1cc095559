import type { HeadingPolicy, Scope } from '../scope.js';
import type { SectionKind } from '../types.js';
import type { CompileContext } from './compile-context.js';

/**
 * Scope parameters every content fact accepts; defaults come from the rubric (`defaults.scope`).
 * `others`: 'served' lets another body's work count when the sentence says it was done for the unit
 * (县司法局安排的常年法律顾问每月到我镇坐班, 市局委派的顾问为我局案件出具意见): a criterion's lower level may
 * credit what the unit receives, where its top level asks for what the unit itself did.
 */
export interface ScopeParams { scope?: SectionKind[]; headings?: HeadingPolicy; intent?: 'refuse' | 'allow'; others?: 'refuse' | 'served' }

/** The JSON Schema properties of ScopeParams, shared by every content fact's params schema. */
export const SCOPE_PROPERTIES = {
  scope: { $ref: '#/definitions/kinds' },
  headings: { enum: ['include', 'exclude', 'only'] },
  intent: { enum: ['refuse', 'allow'] },
  others: { enum: ['refuse', 'served'] },
} as const;

export function compileScope(params: ScopeParams, ctx: CompileContext): Scope {
  return {
    kinds: new Set(params.scope ?? ctx.defaultScope),
    headings: params.headings ?? 'include',
    allowIntent: params.intent === 'allow',
    servedByOthers: params.others === 'served',
  };
}
