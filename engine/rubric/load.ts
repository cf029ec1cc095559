/**
 * Loading a rubric: parse (errors with line and column), validate against the schema, resolve
 * criterion files (never outside the rubric's folder), check what the schema cannot (unknown
 * lexicons, duplicate ids, unsafe patterns), and compile every fact once.
 */
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { FACTS } from '../facts/index.js';
import type { CompileContext } from '../facts/compile-context.js';
import { ENGINE_VERSION } from '../paths.js';
import type { SectionKind } from '../types.js';
import { RubricLoadError, rubricError, type RubricError, type RubricErrorParams } from '../errors.js';
import { messageThresholdWarnings, messageDeadlineWarnings } from './message-check.js';
import { kindOf, parseCondition, type Condition, type ConditionSpec, type Leaf } from './conditions.js';
import type { AdjustmentSpec, CategorySpec, CompiledCategory, CompiledCriterion, CompiledDeduction, CompiledFact, CompiledGraded, CompiledItem, CompiledRubric, CompiledScheme, CriterionSpec, DeductionSpec, GradedSpec, RubricSpec } from './types.js';
import { checkJsonShape, MAX_RUBRIC_FILE_BYTES } from './limits.js';
import { trustedParams, validateAgainst, validateParams } from './validate.js';

export interface RubricReader {
  /** read a file by absolute path (the file system, or a git revision) */
  read(path: string): string;
  /** the path with links resolved, for the include_outside check (absent where there are no links: git) */
  realpath?(path: string): string;
}

/** A file past MAX_RUBRIC_FILE_BYTES: refused before it is read (a 90 MB lexicon exhausted the heap). */
export class FileTooLargeError extends Error {
  constructor(public readonly bytes: number) { super(`file of ${bytes} bytes exceeds ${MAX_RUBRIC_FILE_BYTES}`); }
}

export const fsReader: RubricReader = {
  read(p) {
    const st = statSync(p);
    // a FIFO or device would block or never end: only regular files (after links) are rubric files
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not_a_file' });
    if (st.size > MAX_RUBRIC_FILE_BYTES) throw new FileTooLargeError(st.size);
    return readFileSync(p, 'utf8');
  },
  realpath: (p) => realpathSync(p),
};

/** Parse a rubric file and check what must hold before the schema sees it (limits.ts). */
function parseFile(text: string, file: string): { value?: unknown; errors: RubricError[] } {
  const parsed = parseJson(text, file);
  if (parsed.error) return { errors: [parsed.error] };
  const shape = checkJsonShape(parsed.value, file);
  return shape.length ? { errors: shape } : { value: parsed.value, errors: [] };
}

const readError = (e: unknown, file: string, path: string, include?: string): RubricError => {
  if (e instanceof FileTooLargeError) return rubricError('file_too_large', file, path, { bytes: e.bytes, limit: MAX_RUBRIC_FILE_BYTES });
  if (include !== undefined) return rubricError('include_missing', file, path, { include });
  return rubricError('rubric_unreadable', file, path, { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
};

/**
 * JSON.parse, and when it fails, where and why as an author can act on it: line and column from jsonc-parser (Node 20's
 * JSON.parse names no position for a trailing comma or an unexpected character — new user 40 got neither for the two
 * commonest slips), and what stands there when it is one: a comma before } or ], a full-width “ ” ， ： typed by a Chinese
 * input method, or a comment.
 */
export function parseJson(text: string, file: string): { value?: unknown; error?: RubricError } {
  const body = text.replace(/^\ufeff/, '');
  try {
    return { value: JSON.parse(body) };
  } catch {
    // the parser's own message quotes the file's text: never echo it (the file may not be ours to show)
    return { error: rubricError('json_syntax', file, '', syntaxAt(body)) };
  }
}

/** Where the first syntax error in `text` lies (1-based line and column) and, when it is one of these, what is there. */
function syntaxAt(text: string): RubricErrorParams['json_syntax'] {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (!errors.length) return {};
  const { offset } = errors[0];
  const before = text.slice(0, offset);
  const at = { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  const here = text[offset] ?? '';
  if (FULL_WIDTH.includes(here)) return { ...at, found: 'full_width', char: here };
  if ((here === '}' || here === ']') && /,\s*$/.test(before)) return { ...at, found: 'trailing_comma' };
  if (text.startsWith('//', offset) || text.startsWith('/*', offset)) return { ...at, found: 'comment' };
  return at;
}
/** Punctuation a Chinese input method types where JSON wants its ASCII form. */
const FULL_WIDTH = '“”‘’，：｛｝［］';

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
    throw new RubricLoadError([readError(e, file, '')]);
  }
  const parsed = parseFile(text, file);
  if (parsed.errors.length) throw new RubricLoadError(parsed.errors);
  const schemaErrors = opts.trusted ? [] : validateAgainst('rubric', parsed.value, file);
  if (schemaErrors.length) throw new RubricLoadError(schemaErrors);
  const spec = parsed.value as RubricSpec;
  const dir = dirname(file);
  // the folder with links resolved: an include is judged by where it really is
  let realDir = dir;
  try { realDir = reader.realpath ? reader.realpath(dir) : dir; } catch { /* the rubric was read, so its folder exists */ }
  const inside = (folder: string, target: string) => {
    const rel = relative(folder, target);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };

  const ctx: CompileContext = {
    file,
    lexicons: spec.lexicons ?? {},
    defaultScope: (spec.defaults?.scope ?? ['achievements', 'first_duty']) as SectionKind[],
    errors,
    trusted: opts.trusted,
  };
  const partialShare = spec.defaults?.partialShare ?? 0.5;
  const facts: CompiledFact[] = [];
  // What a definition's results depend on besides its own JSON: the lexicons it names (@name, at any
  // depth), the defaults and the engine. Editing one lexicon invalidates in the incremental cache only
  // the criteria, checks and facts that name it.
  const contextHash = (x: unknown) => sha(JSON.stringify([[...lexiconsNamed(x)].sort().map((n) => [n, Object.hasOwn(spec.lexicons ?? {}, n) ? spec.lexicons![n] : null]), spec.defaults ?? {}, ENGINE_VERSION]));
  const definitionHash = (kind: string, x: unknown) => sha(kind + JSON.stringify(x) + contextHash(x));

  const include = <T>(entry: string | T, index: number, kind: 'criterion' | 'deduction'): { spec: T; file: string; base: string } | null => {
    const base = `/${kind === 'criterion' ? 'criteria' : 'deductions'}/${index}`;
    if (typeof entry !== 'string') return { spec: entry, file, base };
    const target = resolve(dir, entry);
    if (!inside(dir, target)) {
      errors.push(rubricError('include_outside', file, base, { include: entry, folder: dir }));
      return null;
    }
    // a link inside the folder may point outside it: judge the real path, and never read (or quote) the target
    if (reader.realpath) {
      let real: string | null = null;
      try { real = reader.realpath(target); } catch { /* missing: reported below */ }
      if (real !== null && !inside(realDir, real)) {
        errors.push(rubricError('include_outside', file, base, { include: entry, folder: dir }));
        return null;
      }
    }
    let body: string;
    try { body = reader.read(target); } catch (e) {
      errors.push(readError(e, file, base, entry));
      return null;
    }
    const p = parseFile(body, target);
    if (p.errors.length) { errors.push(...p.errors); return null; }
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
      facts.push({ ref, fact: def.name, params, key: definitionHash(`fact:${def.name}`, params), name: leaf.name ?? null, title: leaf.title ?? null, file, path: at, evaluate: def.compile(checked.params, { ...ctx, file }, `${at}/params`) });
      return ref;
    },
    problem: (p) => errors.push(p.code === 'unknown_fact'
      ? rubricError('unknown_fact', file, p.path, { fact: p.params.fact, known: [...FACTS.keys()] })
      : { code: p.code, file, path: p.path, params: p.params } as RubricError),
  }) as Condition;

  /** Graded points: the `from` fact leaf is compiled like any condition leaf (conditions.ts parses it). */
  const compileGraded = (g: GradedSpec, cap: number, file: string, path: string): CompiledGraded | undefined => {
    const leaf = compileCondition({ ...g.from, operator: 'greaterThanInclusive', value: 0 } as ConditionSpec, file, `${path}/from`);
    if (!leaf || kindOf(leaf) !== 'fact') return undefined;
    return { ref: (leaf as Leaf).params.$ref, perUnit: g.perUnit, base: g.base ?? 0, target: g.target ?? null, cap: g.cap ?? cap, floor: g.floor ?? 0 };
  };
  const compileItem = (it: AdjustmentSpec, rule: string, file: string, path: string): CompiledItem => ({
    id: it.id, title: it.title, points: it.points, ruleName: rule, hash: definitionHash(rule, it),
    ...(it.graded ? { graded: compileGraded(it.graded, it.points, file, `${path}/graded`) } : {}),
    conditions: it.conditions ? compileCondition(it.conditions, file, `${path}/conditions`) : null,
    ...(it.message ? { message: it.message } : {}),
  });

  const seen = new Map<string, string>();
  const checkId = (id: string, file: string, path: string) => {
    if (seen.has(id)) errors.push(rubricError('duplicate_id', file, path, { id, firstFile: seen.get(id)! }));
    else seen.set(id, file);
  };

  // subtotals that do not add up: the author chooses whether that stops the load
  const subtotal = (e: RubricError) => (spec.checks?.subtotals === 'error' ? errors : warnings).push(e);
  // each criterion's and deduction's words and where its conditions live (a file, and a place in it: inline items share rubric.json)
  const owners: Array<{ id: string; message: string; file: string; base: string }> = [];
  const criteria: CompiledCriterion[] = [];
  spec.criteria.forEach((entry, i) => {
    const inc = include<CriterionSpec>(entry, i, 'criterion');
    if (!inc) return;
    const c = inc.spec;
    checkId(c.id, inc.file, `${inc.base}/id`);
    const levels = c.levels ?? [];
    const outcomes = levels.map((l) => l.outcome);
    if (new Set(outcomes).size !== outcomes.length) errors.push(rubricError('duplicate_level', inc.file, `${inc.base}/levels`, {}));
    const compiled: CompiledCriterion = {
      id: c.id, title: c.title, ...(c.titleEn ? { titleEn: c.titleEn } : {}), points: c.points, message: c.message ?? '', file: inc.file,
      ...(c.related ? { related: c.related } : {}),
      // the words an assessor looks for change no result: an edit to them keeps every cached result (issue 15's exact invalidation)
      hash: definitionHash('criterion', { ...c, related: undefined }),
      levels: levels.map((l, li) => ({
        outcome: l.outcome,
        points: l.points ?? (l.outcome === 'met' ? c.points : c.points * partialShare),
        ...(l.graded ? { graded: compileGraded(l.graded, l.points ?? c.points, inc.file, `${inc.base}/levels/${li}/graded`) } : {}),
        ruleName: `criterion:${c.id}:${li}`,
        conditions: compileCondition(l.conditions, inc.file, `${inc.base}/levels/${li}/conditions`),
        file: inc.file, path: `${inc.base}/levels/${li}`,
      })),
    };
    if (c.subItems) {
      const ids = new Set<string>();
      compiled.subItems = c.subItems.map((s, si) => {
        if (ids.has(s.id)) errors.push(rubricError('duplicate_id', inc.file, `${inc.base}/subItems/${si}/id`, { id: s.id, firstFile: inc.file }));
        ids.add(s.id);
        return compileItem(s, `criterion:${c.id}:sub:${si}`, inc.file, `${inc.base}/subItems/${si}`);
      });
      const sum = c.subItems.reduce((a, s) => a + s.points, 0);
      if (Math.abs(sum - c.points) > 1e-9) subtotal(rubricError('subtotal_mismatch', inc.file, `${inc.base}/subItems`, { id: c.id, declared: c.points, sum }));
    }
    if (c.applicable) compiled.applicable = { ruleName: `criterion:${c.id}:applicable`, conditions: compileCondition(c.applicable, inc.file, `${inc.base}/applicable`) };
    if (c.category) compiled.category = c.category;
    criteria.push(compiled);
    owners.push({ id: c.id, message: c.message ?? '', file: inc.file, base: inc.base });
  });
  const deductions: CompiledDeduction[] = [];
  spec.deductions.forEach((entry, i) => {
    const inc = include<DeductionSpec>(entry, i, 'deduction');
    if (!inc) return;
    const d = inc.spec;
    checkId(d.id, inc.file, `${inc.base}/id`);
    owners.push({ id: d.id, message: d.message ?? '', file: inc.file, base: inc.base });
    deductions.push({
      id: d.id, title: d.title, ...(d.titleEn ? { titleEn: d.titleEn } : {}), points: d.points, message: d.message ?? '', file: inc.file,
      hash: definitionHash('deduction', d),
      ruleName: `deduction:${d.id}`,
      conditions: compileCondition(d.conditions, inc.file, `${inc.base}/conditions`),
    });
  });

  const scheme = compileScheme(spec, criteria, file, compileItem, compileCondition, errors, subtotal, definitionHash);
  if (errors.length) throw new RubricLoadError(errors);
  // words that no longer say what a level asks (checked once every condition compiled: a broken one is an error above)
  for (const c of criteria) warnings.push(...messageThresholdWarnings(c, (ref) => facts[ref]));
  warnings.push(...messageDeadlineWarnings(owners, facts));
  const maxTotal = spec.maxTotal ?? 100;
  const sum = criteria.reduce((a, c) => a + c.points, 0);
  if (Math.abs(sum - maxTotal) > 1e-9) {
    warnings.push(rubricError('points_sum', file, '/maxTotal', { sum, maxTotal }));
  }
  return {
    id: spec.id, name: spec.name, version: spec.version, file, maxTotal, criteria, deductions, facts, warnings,
    ...(scheme ? { scheme } : {}),
    hash: sha(criteria.map((c) => c.hash).join() + deductions.map((d) => d.hash).join() + maxTotal + (scheme ? sha(JSON.stringify([spec.categories, spec.bonuses, spec.penalties, spec.bonusCap, spec.penaltyCap, spec.veto, spec.grades])) : '')),
  };
}

/**
 * The scheme constructs of a rubric (categories, bonuses, penalties, veto, grades), or undefined when
 * it declares none (the default rubric): then results keep their met/partial shape exactly.
 * Checks what the schema cannot: category ids unique and known, every criterion in a leaf category
 * when categories are declared, declared subtotals adding up.
 */
function compileScheme(
  spec: RubricSpec, criteria: CompiledCriterion[], file: string,
  compileItem: (it: AdjustmentSpec, rule: string, file: string, path: string) => CompiledItem,
  compileCondition: (c: ConditionSpec, file: string, path: string) => Condition,
  errors: RubricError[], subtotal: (e: RubricError) => void, hashOf: (kind: string, x: unknown) => string,
): CompiledScheme | undefined {
  const declared = spec.categories || spec.bonuses || spec.penalties || spec.veto || spec.grades;
  if (!declared) {
    criteria.forEach((c) => { if (c.category) errors.push(rubricError('unknown_category', c.file, '/category', { category: c.category, criterion: c.id })); });
    return undefined;
  }
  let categories: CompiledCategory[] | null = null;
  if (spec.categories) {
    const byId = new Map<string, CompiledCategory>();
    const build = (cs: CategorySpec[], path: string): CompiledCategory[] => cs.map((c, i) => {
      const out: CompiledCategory = { id: c.id, title: c.title, points: c.points, categories: [], criteria: [] };
      if (byId.has(c.id) || criteria.some((x) => x.id === c.id)) errors.push(rubricError('duplicate_id', file, `${path}/${i}/id`, { id: c.id, firstFile: file }));
      byId.set(c.id, out);
      out.categories = build(c.categories ?? [], `${path}/${i}/categories`);
      return out;
    });
    categories = build(spec.categories, '/categories');
    for (const c of criteria) {
      const cat = c.category ? byId.get(c.category) : undefined;
      if (!cat || cat.categories.length) errors.push(rubricError('unknown_category', c.file, '/category', { category: c.category ?? null, criterion: c.id }));
      else cat.criteria.push(c.id);
    }
    const check = (cs: CompiledCategory[], path: string) => cs.forEach((c, i) => {
      check(c.categories, `${path}/${i}/categories`);
      const sum = c.categories.reduce((a, s) => a + s.points, 0) + c.criteria.reduce((a, id) => a + criteria.find((x) => x.id === id)!.points, 0);
      if (Math.abs(sum - c.points) > 1e-9) subtotal(rubricError('subtotal_mismatch', file, `${path}/${i}/points`, { id: c.id, declared: c.points, sum: Math.round(sum * 100) / 100 }));
    });
    check(categories, '/categories');
  }
  const items = (list: AdjustmentSpec[] | undefined, kind: 'bonus' | 'penalty') => list ? list.map((it, i) => compileItem(it, `${kind}:${it.id}`, file, `/${kind === 'bonus' ? 'bonuses' : 'penalties'}/${i}`)) : null;
  return {
    categories,
    bonuses: items(spec.bonuses, 'bonus'),
    penalties: items(spec.penalties, 'penalty'),
    bonusCap: spec.bonusCap ?? null,
    penaltyCap: spec.penaltyCap ?? null,
    veto: spec.veto ? spec.veto.map((v, i) => ({ id: v.id, title: v.title, grade: v.grade ?? null, message: v.message ?? '', ruleName: `veto:${v.id}`, hash: hashOf(`veto:${v.id}`, v), conditions: compileCondition(v.conditions, file, `/veto/${i}/conditions`) })) : null,
    grades: spec.grades ? [...spec.grades].sort((a, b) => b.min - a.min) : null,
  };
}

/** Names of the lexicons a definition refers to: every string of the form @name, at any depth. */
function lexiconsNamed(x: unknown, out = new Set<string>()): Set<string> {
  if (typeof x === 'string') { if (x.startsWith('@')) out.add(x.slice(1)); }
  else if (Array.isArray(x)) for (const y of x) lexiconsNamed(y, out);
  else if (x && typeof x === 'object') for (const y of Object.values(x)) lexiconsNamed(y, out);
  return out;
}
