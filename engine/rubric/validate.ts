/** ajv validation of rubric files against the published JSON Schema, with errors that say what to write. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir } from '../paths.js';
import type { RubricError } from '../errors.js';

const SCHEMA_ID = 'https://fazhi-rubric.local/schema/rubric.schema.json';
let ajv: Ajv | null = null;

function getAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  for (const f of ['rubric.schema.json', 'criterion.schema.json', 'deduction.schema.json']) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir(), f), 'utf8')));
  }
  return ajv;
}

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

/** Chinese first, then English: what is wrong and what to write instead. */
function explain(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': return `缺少必填字段 "${p.missingProperty}"，请补上。 / Missing required property "${p.missingProperty}": add it.`;
    case 'additionalProperties': return `不认识的字段 "${p.additionalProperty}"：请删除或检查拼写。 / Unknown property "${p.additionalProperty}": remove it or fix its spelling.`;
    case 'enum': return `取值必须是以下之一：${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}。 / Must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'type': return `类型应为 ${p.type}。 / Must be of type ${p.type}.`;
    case 'minItems': return `至少需要 ${p.limit} 项。 / Needs at least ${p.limit} item(s).`;
    case 'minProperties': return `不能为空对象：请写出条件（all / any / not，或 fact + operator + value）。 / Must not be empty: write a condition (all / any / not, or fact + operator + value).`;
    case 'maxProperties': return `只能有一个键：all、any 或 not 三选一。 / Only one key allowed: all, any or not.`;
    case 'pattern': return `格式不符合 ${p.pattern}（id 用小写字母、数字和下划线）。 / Must match ${p.pattern} (ids use lower-case letters, digits and underscores).`;
    case 'minLength': return `不能为空字符串。 / Must not be empty.`;
    case 'exclusiveMinimum': case 'minimum': return `数值必须大于${e.keyword === 'minimum' ? '或等于' : ''} ${p.limit}。 / Must be ${e.keyword === 'minimum' ? '>=' : '>'} ${p.limit}.`;
    case 'maximum': return `数值不能大于 ${p.limit}。 / Must be <= ${p.limit}.`;
    case 'uniqueItems': return `列表中有重复项。 / Items must be unique.`;
    case 'anyOf': return `既不是合法的文件路径（以 .json 结尾），也不是合法的对象。 / Neither a valid file path (ending in .json) nor a valid object.`;
    default: return `${e.message ?? 'invalid'}。`;
  }
}

export function validateAgainst(ref: 'rubric' | 'criterion' | 'deduction' | `params/${string}`, data: unknown, file: string, base = ''): RubricError[] {
  const v = ref === 'rubric' ? getAjv().getSchema(SCHEMA_ID)! : validator(ref);
  if (v(data)) return [];
  const errors = (v.errors ?? []).filter((e) => e.keyword !== 'if');
  // anyOf on includes reports both branches' errors: keep the summary only
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors
    .filter((e) => e.keyword === 'anyOf' || ![...anyOfPaths].some((p) => e.instancePath.startsWith(p)))
    .map((e) => ({ code: 'schema', file, path: base + e.instancePath, message: explain(e) }));
}
