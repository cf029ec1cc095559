/** ajv validation of rubric files against the published JSON Schema, with errors that say what to write. */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { schemaDir } from '../paths.js';
import { rubricError, type RubricError } from '../errors.js';
import type { Fact, ValidatedParams } from '../facts/types.js';

const SCHEMA_ID = 'https://fazhi-rubric.local/schema/rubric.schema.json';
let ajv: Ajv | null = null;

function getAjv(): Ajv {
  if (ajv) return ajv;
  // required on first use: workers load the rubric the main thread validated and never need ajv
  const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  ajv = new AjvClass({ allErrors: true, strict: false, allowUnionTypes: true });
  for (const f of ['rubric.schema.json', 'criterion.schema.json', 'deduction.schema.json']) {
    const schema = JSON.parse(readFileSync(join(schemaDir(), f), 'utf8'));
    if (f === 'rubric.schema.json') rubricDefinitions = schema.definitions;
    ajv.addSchema(schema);
  }
  return ajv;
}

let rubricDefinitions: Record<string, unknown> | null = null;

const validators = new Map<string, ValidateFunction>();
function validator(ref: string): ValidateFunction {
  let v = validators.get(ref);
  if (!v) {
    const found = getAjv().getSchema(`${SCHEMA_ID}#/definitions/${ref}`);
    if (!found) throw new Error(`no schema definition ${ref}`);
    v = found;
    validators.set(ref, v);
  }
  return v;
}

/** A fact's own params schema, with the rubric schema's shared definitions (patterns, kinds, term) beside it. */
function paramsValidator(fact: Fact): ValidateFunction {
  const key = `fact:${fact.name}`;
  let v = validators.get(key);
  if (!v) {
    getAjv();
    v = getAjv().compile({ ...fact.paramsSchema, definitions: rubricDefinitions });
    validators.set(key, v);
  }
  return v;
}

/** A fact's params, checked against its schema: typed for its compile, or errors. */
export function validateParams(fact: Fact, params: unknown, file: string, base: string): { params: ValidatedParams; errors: [] } | { params: null; errors: RubricError[] } {
  const v = paramsValidator(fact);
  if (v(params)) return { params: params as ValidatedParams, errors: [] };
  return { params: null, errors: toRubricErrors(v.errors ?? [], file, base) };
}

/** A trusted rubric's params (validated by the process that handed the rubric to this worker). */
export const trustedParams = (params: unknown): ValidatedParams => params as ValidatedParams;

export function validateAgainst(ref: 'rubric' | 'criterion' | 'deduction', data: unknown, file: string, base = ''): RubricError[] {
  const v = ref === 'rubric' ? getAjv().getSchema(SCHEMA_ID)! : validator(ref);
  if (v(data)) return [];
  return toRubricErrors(v.errors ?? [], file, base);
}

function toRubricErrors(all: ErrorObject[], file: string, base: string): RubricError[] {
  const errors = all.filter((e) => e.keyword !== 'if');
  // anyOf on includes reports both branches' errors: keep the summary only
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors
    .filter((e) => e.keyword === 'anyOf' || ![...anyOfPaths].some((p) => e.instancePath.startsWith(p)))
    .map((e) => rubricError('schema', file, base + e.instancePath, { keyword: e.keyword, params: e.params as Record<string, unknown> }));
}
