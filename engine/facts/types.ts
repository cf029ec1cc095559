import type { DocumentModel, FactResult } from '../types.js';
import type { CompileContext } from './compile-context.js';

/** A fact compiled from its rubric parameters: regexes built once per worker, evaluated per document. */
export type FactEvaluator = (doc: DocumentModel) => FactResult;

/**
 * A JSON Schema (draft-07) fragment. `#/definitions/…` refers to the shared definitions of
 * rubrics/schema/rubric.schema.json (patterns, kinds, term).
 */
export type JsonSchema = Record<string, unknown>;

/**
 * A fact describes itself: its name, one line for `explain` and the README, the JSON Schema of its
 * parameters (rubric.schema.json's `definitions/params/<name>` must equal it: test/facts/schema.test.ts),
 * and a compile typed by those parameters. Compile errors go to `ctx.errors`, never thrown.
 */
export interface FactDefinition<P> {
  name: string;
  description: string;
  paramsSchema: JsonSchema;
  compile(params: P, ctx: CompileContext, path: string): FactEvaluator;
}

declare const validated: unique symbol;
/** Parameters the loader has validated against a fact's `paramsSchema` (or a trusted rubric's). */
export type ValidatedParams = { readonly [validated]: true };

/** A registered fact: its parameter type is hidden behind validation. */
export interface Fact {
  readonly name: string;
  readonly description: string;
  readonly paramsSchema: JsonSchema;
  compile(params: ValidatedParams, ctx: CompileContext, path: string): FactEvaluator;
}

/** Register a fact. The one cast of parameters lives here: the loader only passes validated ones. */
export function defineFact<P>(def: FactDefinition<P>): Fact & { definition: FactDefinition<P> } {
  return {
    name: def.name, description: def.description, paramsSchema: def.paramsSchema, definition: def,
    compile: (params, ctx, path) => def.compile(params as unknown as P, ctx, path),
  };
}

export function emptyResult(): FactResult {
  return { value: 0, evidence: [], refused: [], withPlans: 0 };
}
