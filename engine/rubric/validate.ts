/** ajv validation of rubric files against the published JSON Schema, with errors that say what to write. */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { schemaDir } from '../paths.js';
import { rubricError, type RubricError } from '../errors.js';
import { FACTS } from '../facts/index.js';
import type { Fact, ValidatedParams } from '../facts/types.js';

export const SCHEMA_ID = 'https://fazhi-rubric.local/schema/rubric.schema.json';
const SCHEMA_FILES = ['rubric.schema.json', 'criterion.schema.json', 'deduction.schema.json'];
export const AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true } as const;
let ajv: Ajv | null = null;

const require = createRequire(import.meta.url);
let schemaTexts: string[] | null = null;
const schemaFiles = () => (schemaTexts ??= SCHEMA_FILES.map((f) => readFileSync(join(schemaDir(), f), 'utf8')));

/** A new ajv holding the rubric schemas; `source` keeps the generated code (for precompiling at build). */
export function newAjv(source = false): Ajv {
  // required on first use: workers load the rubric the main thread validated and never need ajv
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const a = new AjvClass({ ...AJV_OPTIONS, ...(source ? { code: { source: true } } : {}) });
  for (const text of schemaFiles()) a.addSchema(JSON.parse(text));
  return a;
}

function getAjv(): Ajv {
  return (ajv ??= newAjv());
}

/** A fact's own params schema, with the rubric schema's shared definitions (patterns, kinds, term) beside it. */
export function paramsSchemaOf(fact: Fact): object {
  return { ...fact.paramsSchema, definitions: JSON.parse(schemaFiles()[0]).definitions };
}

/**
 * Validators compiled at build time (`npm run build` runs harness/build/precompile-schemas.js):
 * compiling the schemas with ajv cost the main thread ~0.3 s (seconds on a busy machine) before the
 * first report could be handed out. Used only when built from the very schemas in use (`hash`);
 * otherwise each validator is compiled on first use, as before.
 */
export const PRECOMPILED_FILE = 'validators.precompiled.cjs';
export const validatorName = (key: string) => key.replace(/[^A-Za-z0-9_]/g, '_');
export function schemaHash(facts: Iterable<Fact>): string {
  return createHash('sha1').update(JSON.stringify([schemaFiles(), [...facts].map((f) => [f.name, f.paramsSchema])])).digest('hex');
}
let precompiled: Record<string, ValidateFunction> | null | undefined;
function fromBuild(key: string, facts: Iterable<Fact>): ValidateFunction | null {
  if (precompiled === undefined) {
    try {
      const m = require(`./${PRECOMPILED_FILE}`) as { hash: string } & Record<string, ValidateFunction>;
      precompiled = m.hash === schemaHash(facts) ? m : null;
    } catch { precompiled = null; }
  }
  return precompiled?.[validatorName(key)] ?? null;
}

const validators = new Map<string, ValidateFunction>();
function validator(ref: string): ValidateFunction {
  let v = validators.get(ref);
  if (!v) {
    const found = fromBuild(ref, FACTS.values()) ?? (ref === 'rubric' ? getAjv().getSchema(SCHEMA_ID) : getAjv().getSchema(`${SCHEMA_ID}#/definitions/${ref}`));
    if (!found) throw new Error(`no schema definition ${ref}`);
    v = found;
    validators.set(ref, v);
  }
  return v;
}

function paramsValidator(fact: Fact): ValidateFunction {
  const key = `fact:${fact.name}`;
  let v = validators.get(key);
  if (!v) {
    v = fromBuild(key, FACTS.values()) ?? getAjv().compile(paramsSchemaOf(fact));
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
  const v = validator(ref);
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
