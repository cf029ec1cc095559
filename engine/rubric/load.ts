/**
 * Loading a rubric: parse (errors with line and column), validate against the schema, resolve
 * criterion files (never outside the rubric's folder), check what the schema cannot (unknown
 * lexicons, duplicate ids, unsafe patterns), and compile every fact once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { FACTS } from '../facts/index.js';
import type { CompileContext } from '../facts/compile-context.js';
import { ENGINE_VERSION } from '../paths.js';
import type { SectionKind } from '../types.js';
import { RubricLoadError, rubricError, type RubricError } from '../errors.js';
import { parseCondition, type Condition, type ConditionSpec } from './conditions.js';
import type { CompiledCriterion, CompiledDeduction, CompiledFact, CompiledRubric, CriterionSpec, DeductionSpec, RubricSpec } from './types.js';
import { trustedParams, validateAgainst, validateParams } from './validate.js';

export interface RubricReader {
  /** read a file by absolute path (the file system, or a git revision) */
  read(path: string): string;
}

export const fsReader: RubricReader = { read: (p) => readFileSync(p, 'utf8') };

export function parseJson(text: string, file: string): { value?: unknown; error?: RubricError } {
  try {
    return { value: JSON.parse(text.replace(/^\ufeff/, '')) };
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    let at: { line?: number; column?: number } = {};
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      at = { line, column: col };
    }
    // the parser's own message quotes the file's text: never echo it (the file may not be ours to show)
    return { error: rubricError('json_syntax', file, '', at) };
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

export interface LoadOptions {
  /** skip JSON Schema validation: only for a rubric this process family has already validated (workers) */
  trusted?: boolean;
}

export function loadRubric(path: string, reader: RubricReader = fsReader, opts: LoadOptions = {}): CompiledRubric {
  const file = resolve(path);
  const errors: RubricError[] = [];
  const warnings: RubricError[] = [];
  let text: string;
  try {
    text = reader.read(file);
  } catch (e) {
    throw new RubricLoadError([rubricError('rubric_unreadable', file, '', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message })]);
  }
  const parsed = parseJson(text, file);
  if (parsed.error) throw new RubricLoadError([parsed.error]);
  const schemaErrors = opts.trusted ? [] : validateAgainst('rubric', parsed.value, file);
  if (schemaErrors.length) throw new RubricLoadError(schemaErrors);
  const spec = parsed.value as RubricSpec;
  const dir = dirname(file);

  const ctx: CompileContext = {
    file,
    lexicons: spec.lexicons ?? {},
    defaultScope: (spec.defaults?.scope ?? ['achievements', 'first_duty']) as SectionKind[],
    errors,
  };
  const partialShare = spec.defaults?.partialShare ?? 0.5;
  const facts: CompiledFact[] = [];
  const sharedHash = sha(JSON.stringify([spec.lexicons ?? {}, spec.defaults ?? {}, ENGINE_VERSION]));

  const include = <T>(entry: string | T, index: number, kind: 'criterion' | 'deduction'): { spec: T; file: string; base: string } | null => {
    const base = `/${kind === 'criterion' ? 'criteria' : 'deductions'}/${index}`;
    if (typeof entry !== 'string') return { spec: entry, file, base };
    const target = resolve(dir, entry);
    const rel = relative(dir, target);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      errors.push(rubricError('include_outside', file, base, { include: entry, folder: dir }));
      return null;
    }
    let body: string;
    try { body = reader.read(target); } catch {
      errors.push(rubricError('include_missing', file, base, { include: entry }));
      return null;
    }
    const p = parseJson(body, target);
    if (p.error) { errors.push(p.error); return null; }
    const errs = opts.trusted ? [] : validateAgainst(kind, p.value, target);
    if (errs.length) { errors.push(...errs); return null; }
    return { spec: p.value as T, file: target, base: '' };
  };

  const compileCondition = (c: ConditionSpec, file: string, path: string): Condition => parseCondition(c, path, {
    knows: (fact) => FACTS.has(fact),
    leaf: (leaf, at) => {
      const def = FACTS.get(leaf.fact)!;
      const params = leaf.params ?? {};
      const checked = opts.trusted ? { params: trustedParams(params), errors: [] } : validateParams(def, params, file, `${at}/params`);
      if (!checked.params) { errors.push(...checked.errors); return null; }
      const ref = facts.length;
      facts.push({ ref, fact: def.name, params, name: leaf.name ?? null, file, path: at, evaluate: def.compile(checked.params, { ...ctx, file }, `${at}/params`) });
      return ref;
    },
    problem: (p) => errors.push(p.code === 'unknown_fact'
      ? rubricError('unknown_fact', file, p.path, { fact: p.params.fact, known: [...FACTS.keys()] })
      : { code: p.code, file, path: p.path, params: p.params } as RubricError),
  }) as Condition;

  const seen = new Map<string, string>();
  const checkId = (id: string, file: string, path: string) => {
    if (seen.has(id)) errors.push(rubricError('duplicate_id', file, path, { id, firstFile: seen.get(id)! }));
    else seen.set(id, file);
  };

  const criteria: CompiledCriterion[] = [];
  spec.criteria.forEach((entry, i) => {
    const inc = include<CriterionSpec>(entry, i, 'criterion');
    if (!inc) return;
    const c = inc.spec;
    checkId(c.id, inc.file, `${inc.base}/id`);
    const outcomes = c.levels.map((l) => l.outcome);
    if (new Set(outcomes).size !== outcomes.length) errors.push(rubricError('duplicate_level', inc.file, `${inc.base}/levels`, {}));
    criteria.push({
      id: c.id, title: c.title, points: c.points, message: c.message ?? '', file: inc.file,
      hash: sha(JSON.stringify(c) + sharedHash),
      levels: c.levels.map((l, li) => ({
        outcome: l.outcome,
        points: l.points ?? (l.outcome === 'met' ? c.points : c.points * partialShare),
        ruleName: `criterion:${c.id}:${li}`,
        conditions: compileCondition(l.conditions, inc.file, `${inc.base}/levels/${li}/conditions`),
        file: inc.file, path: `${inc.base}/levels/${li}`,
      })),
    });
  });
  const deductions: CompiledDeduction[] = [];
  spec.deductions.forEach((entry, i) => {
    const inc = include<DeductionSpec>(entry, i, 'deduction');
    if (!inc) return;
    const d = inc.spec;
    checkId(d.id, inc.file, `${inc.base}/id`);
    deductions.push({
      id: d.id, title: d.title, points: d.points, message: d.message ?? '', file: inc.file,
      hash: sha(JSON.stringify(d) + sharedHash),
      ruleName: `deduction:${d.id}`,
      conditions: compileCondition(d.conditions, inc.file, `${inc.base}/conditions`),
    });
  });

  if (errors.length) throw new RubricLoadError(errors);
  const maxTotal = spec.maxTotal ?? 100;
  const sum = criteria.reduce((a, c) => a + c.points, 0);
  if (Math.abs(sum - maxTotal) > 1e-9) {
    warnings.push(rubricError('points_sum', file, '/maxTotal', { sum, maxTotal }));
  }
  return {
    id: spec.id, name: spec.name, version: spec.version, file, maxTotal, criteria, deductions, facts, warnings,
    hash: sha(criteria.map((c) => c.hash).join() + deductions.map((d) => d.hash).join() + maxTotal),
  };
}
