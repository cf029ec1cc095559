import type { DocumentModel, FactResult } from '../types.js';
import type { CompileContext } from './compile-context.js';

/** A fact compiled from its rubric parameters: regexes built once per worker, evaluated per document. */
export type FactEvaluator = (doc: DocumentModel) => FactResult;

export interface FactDefinition {
  name: string;
  /** one line for `explain` and the README */
  description: string;
  compile(params: any, ctx: CompileContext, path: string): FactEvaluator;
}

export function emptyResult(): FactResult {
  return { value: 0, evidence: [], refused: [], withPlans: 0 };
}
