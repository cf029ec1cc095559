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
import { RubricLoadError, type RubricError } from '../errors.js';
import { parseCondition, type Condition, type ConditionSpec } from './conditions.js';
import type { CompiledCriterion, CompiledDeduction, CompiledFact, CompiledRubric, CriterionSpec, DeductionSpec, RubricSpec } from './types.js';
import { validateAgainst } from './validate.js';

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
    let where = '';
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      where = `第 ${line} 行第 ${col} 列 / line ${line}, column ${col}: `;
    }
    return { error: { code: 'json_syntax', file, path: '', message: `${where}JSON 语法错误：${msg}。请检查逗号、引号和括号。 / JSON syntax error: ${msg}. Check commas, quotes and brackets.` } };
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
    throw new RubricLoadError([{ code: 'rubric_unreadable', file, path: '', message: `无法读取评分细则文件（${(e as Error).message}）：请检查路径。 / Cannot read the rubric file (${(e as Error).message}): check the path.` }]);
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
      errors.push({ code: 'include_outside', file, path: base, message: `引用的文件 "${entry}" 在评分细则所在文件夹之外：请把它移到 ${dir} 之内。 / Included file "${entry}" lies outside the rubric's folder: move it inside ${dir}.` });
      return null;
    }
    let body: string;
    try { body = reader.read(target); } catch {
      errors.push({ code: 'include_missing', file, path: base, message: `找不到引用的文件 "${entry}"：请检查路径（相对于评分细则文件）。 / Included file "${entry}" not found: check the path (relative to the rubric file).` });
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
      const perrs = opts.trusted ? [] : validateAgainst(`params/${def.name}`, params, file, `${at}/params`);
      if (perrs.length) { errors.push(...perrs); return null; }
      const ref = facts.length;
      facts.push({ ref, fact: def.name, params, name: leaf.name ?? null, file, path: at, evaluate: def.compile(params, { ...ctx, file }, `${at}/params`) });
      return ref;
    },
    problem: (p) => {
      switch (p.code) {
        case 'unknown_fact':
          errors.push({ code: 'unknown_fact', file, path: p.path, message: `未知的 fact "${p.params.fact}"：可用的有 ${[...FACTS.keys()].join(', ')}。 / Unknown fact "${p.params.fact}": use one of ${[...FACTS.keys()].join(', ')}.` });
          break;
        case 'condition_too_deep':
          errors.push({ code: 'condition_too_deep', file, path: p.path, message: `条件嵌套超过 ${p.params.limit} 层。 / Conditions nest deeper than ${p.params.limit} levels.` });
          break;
        default:
          if ('found' in p.params) errors.push({ code: 'bad_condition', file, path: p.path, message: `条件必须恰好是 all、any、not 或 fact 之一（现在是：${p.params.found.join(', ') || '都没有'}）。 / A condition must be exactly one of all, any, not or fact (found: ${p.params.found.join(', ') || 'none'}).` });
          else errors.push({ code: 'bad_condition', file, path: p.path, message: `fact 条件需要 operator 和 value，例如 "operator": "greaterThanInclusive", "value": 1。 / A fact condition needs operator and value, e.g. "operator": "greaterThanInclusive", "value": 1.` });
      }
    },
  }) as Condition;

  const seen = new Map<string, string>();
  const checkId = (id: string, file: string, path: string) => {
    if (seen.has(id)) errors.push({ code: 'duplicate_id', file, path, message: `重复的 id "${id}"（已在 ${seen.get(id)} 中定义）：每个评分项和扣分项的 id 必须唯一。 / Duplicate id "${id}" (already defined in ${seen.get(id)}): ids must be unique.` });
    else seen.set(id, file);
  };

  const criteria: CompiledCriterion[] = [];
  spec.criteria.forEach((entry, i) => {
    const inc = include<CriterionSpec>(entry, i, 'criterion');
    if (!inc) return;
    const c = inc.spec;
    checkId(c.id, inc.file, `${inc.base}/id`);
    const outcomes = c.levels.map((l) => l.outcome);
    if (new Set(outcomes).size !== outcomes.length) errors.push({ code: 'duplicate_level', file: inc.file, path: `${inc.base}/levels`, message: `同一个等级（met/partial）只能出现一次。 / Each outcome (met/partial) may appear only once.` });
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
    warnings.push({ code: 'points_sum', file, path: '/maxTotal', message: `各评分项分值之和为 ${sum}，与 maxTotal ${maxTotal} 不一致。 / Criteria points add up to ${sum}, not maxTotal ${maxTotal}.` });
  }
  return {
    id: spec.id, name: spec.name, version: spec.version, file, maxTotal, criteria, deductions, facts, warnings,
    hash: sha(criteria.map((c) => c.hash).join() + deductions.map((d) => d.hash).join() + maxTotal),
  };
}
