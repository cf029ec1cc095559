/**
 * The condition tree of a rule, owned here and only here. json-rules-engine's `Condition` is the
 * model: a node is `{all: [...]}`, `{any: [...]}`, `{not: …}` or a fact leaf
 * `{fact, operator, value, params}`. A compiled leaf's params are just `{$ref}`: the index of its
 * compiled fact in `CompiledRubric.facts` (the parameters themselves were compiled once at load).
 *
 * Three forms of the same tree live here, each with its walkers:
 * - `Condition`: compiled, as the loader builds it (`parseCondition`) and the scorer evaluates it;
 * - `EngineCondition`: what json-rules-engine is given (`toEngineJson`) and hands back evaluated;
 * - `ConditionTrace`: the evaluated tree as `explain` and coverage read it (`traceOf`, `unevaluated`).
 * Paths of leaves (`/all/1/not`) are the same in all three, so coverage ids and JSON pointers agree.
 */

import type { Need } from '../types.js';

export const OPERATORS = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;
export type Operator = (typeof OPERATORS)[number];

/** A compiled leaf's params: the index of its compiled fact. */
export interface FactRef { $ref: number }

export interface FactLeaf { fact: string; operator: Operator; value: number; params: FactRef; name?: string }

type NoGroup = { all?: never; any?: never; not?: never };

/** A node of a compiled tree; `Extra` is what an evaluation adds to every node. */
export type Tree<Extra = unknown> =
  | ({ all: Tree<Extra>[]; any?: never; not?: never; fact?: never } & Extra)
  | ({ any: Tree<Extra>[]; all?: never; not?: never; fact?: never } & Extra)
  | ({ not: Tree<Extra>; all?: never; any?: never; fact?: never } & Extra)
  | (FactLeaf & NoGroup & Extra);

export type Condition = Tree;
export type Leaf<Extra = unknown> = FactLeaf & NoGroup & Extra;
export type Kind = 'all' | 'any' | 'not' | 'fact';

export function kindOf<E>(c: Tree<E>): Kind {
  return c.all ? 'all' : c.any ? 'any' : c.not ? 'not' : 'fact';
}

/** The children of a group (a `not` has one), none for a leaf. */
export function childrenOf<E>(c: Tree<E>): Tree<E>[] {
  return c.all ?? c.any ?? (c.not ? [c.not] : []);
}

/**
 * Every fact leaf in order with its path below the root (`/all/0/not`). With `outsideNot`, leaves
 * under a `not` are skipped: their evidence says why something did NOT hold.
 */
export function leaves<E>(c: Tree<E>, visit: (leaf: Leaf<E>, path: string) => void, opts: { outsideNot?: boolean; prefix?: string } = {}): void {
  const walk = (n: Tree<E>, path: string) => {
    if (n.all) n.all.forEach((x, i) => walk(x, `${path}/all/${i}`));
    else if (n.any) n.any.forEach((x, i) => walk(x, `${path}/any/${i}`));
    else if (n.not) { if (!opts.outsideNot) walk(n.not, `${path}/not`); }
    else visit(n as Leaf<E>, path);
  };
  walk(c, opts.prefix ?? '');
}

/** The same tree with every leaf replaced (groups keep their shape). */
export function map<E, R extends object>(c: Tree<E>, leaf: (l: Leaf<E>) => FactLeaf & R): Tree<R> {
  if (c.all) return { all: c.all.map((x) => map(x, leaf)) } as Tree<R>;
  if (c.any) return { any: c.any.map((x) => map(x, leaf)) } as Tree<R>;
  if (c.not) return { not: map(c.not, leaf) } as Tree<R>;
  return leaf(c as Leaf<E>) as Tree<R>;
}

/** The compiled fact indexes a tree reads, in leaf order. */
export function refsOf(c: Condition): number[] {
  const refs: number[] = [];
  leaves(c, (l) => refs.push(l.params.$ref));
  return refs;
}

/** How a leaf's comparison is decided (json-rules-engine's operators, so both passes agree). */
export type Compare = (operator: Operator, factValue: number, value: number) => boolean;

/** The tree's truth for given fact values; short-circuits like json-rules-engine, so facts not needed are not computed. */
export function holds(c: Condition, valueOf: (ref: number) => number, compare: Compare): boolean {
  if (c.all) return c.all.every((x) => holds(x, valueOf, compare));
  if (c.any) return c.any.some((x) => holds(x, valueOf, compare));
  if (c.not) return !holds(c.not, valueOf, compare);
  return compare(c.operator, valueOf(c.params.$ref), c.value);
}

/** How many requirements a shortfall lists at most: a cell explains, it does not reprint the rubric. */
export const MAX_NEEDS = 6;
/** How deep a shortfall's groups nest (any › all › …); deeper failures are listed flat. */
export const MAX_NEED_DEPTH = 1;

/**
 * Why a tree did not hold: its comparisons that failed, outside the groups that held, each with
 * the value found (`describe` gives a leaf's labels). An `any` lists its alternatives; a `not`
 * names what was found that must not be. Empty when the tree holds. At most MAX_NEEDS leaves.
 */
export function shortfallOf(c: Condition, valueOf: (ref: number) => number, compare: Compare, describe: (l: FactLeaf) => { name?: string; title?: string }): Need[] {
  let budget = MAX_NEEDS;
  const leaf = (l: FactLeaf): Need => { budget--; return { fact: l.fact, ...describe(l), operator: l.operator, value: l.value, found: valueOf(l.params.$ref) }; };
  /** a subtree's comparisons outside any `not`, those `keep` accepts, within the budget */
  const collect = (n: Condition, keep: (l: FactLeaf) => boolean): Need[] => {
    const out: Need[] = [];
    leaves(n, (l) => { if (budget > 0 && keep(l)) out.push(leaf(l)); }, { outsideNot: true });
    return out;
  };
  const failed = (l: FactLeaf) => !compare(l.operator, valueOf(l.params.$ref), l.value);
  const walk = (n: Condition, depth: number): Need[] => {
    if (budget <= 0 || holds(n, valueOf, compare)) return [];
    // deeper than a reader follows (and than the cache's schema admits): the failing comparisons, flat
    if (depth >= MAX_NEED_DEPTH && (n.all || n.any)) return collect(n, failed);
    if (n.all) return n.all.flatMap((x) => walk(x, depth));
    if (n.any) {
      const alternatives = n.any.map((x) => walk(x, depth + 1)).filter((x) => x.length).map((x) => (x.length === 1 ? x[0] : { all: x }));
      return alternatives.length === 1 ? [alternatives[0]] : alternatives.length ? [{ any: alternatives }] : [];
    }
    // a `not` failed because its child held: everything the child found
    if (n.not) { const inner = collect(n.not, () => true); return inner.length ? [{ not: inner.length === 1 ? inner[0] : { all: inner } }] : []; }
    return [leaf(n as FactLeaf)];
  };
  return walk(c, 0);
}

/** What json-rules-engine is given and gives back: every node may carry its result, leaves their fact value. */
export type EngineCondition = Tree<{ path?: string; result?: boolean; factResult?: unknown }>;

/** The rule conditions for json-rules-engine: facts return {value, evidence, …}, so every leaf compares `$.value`. */
export function toEngineJson(c: Condition): EngineCondition {
  return map(c, (l) => ({ fact: l.fact, operator: l.operator, value: l.value, params: l.params, path: '$.value' }));
}

/** The evaluated tree as explain and coverage read it (kept stable: `explain --json` prints it). */
export interface ConditionTrace {
  kind: Kind;
  fact?: string;
  ref?: number;
  operator?: string;
  value?: number;
  name?: string;
  factResult?: number;
  result?: boolean;
  evaluated: boolean;
  children?: ConditionTrace[];
}

/** The trace of a tree json-rules-engine evaluated. */
export function traceOf(c: EngineCondition): ConditionTrace {
  // json-rules-engine does not record a result on every group: derive it from the children
  if (c.all || c.any) {
    const kind = c.all ? 'all' : 'any';
    const children = (c.all ?? c.any)!.map(traceOf);
    const result = c.result ?? (kind === 'all' ? children.every((x) => x.result === true) : children.some((x) => x.result === true));
    return { kind, children, evaluated: children.some((x) => x.evaluated), result };
  }
  if (c.not) {
    const child = traceOf(c.not);
    return { kind: 'not', children: [child], evaluated: child.evaluated, result: c.result ?? (child.evaluated ? child.result !== true : undefined) };
  }
  const evaluated = c.factResult !== undefined;
  return {
    kind: 'fact', fact: c.fact, ref: c.params?.$ref, operator: c.operator, value: c.value, name: c.name,
    factResult: evaluated ? (c.factResult as number) : undefined, result: evaluated ? c.result : undefined, evaluated,
  };
}

/** The trace of a rule json-rules-engine never reached: the tree from the rubric, all unevaluated. */
export function unevaluated(c: Condition): ConditionTrace {
  if (c.all || c.any) return { kind: c.all ? 'all' : 'any', evaluated: false, children: (c.all ?? c.any)!.map(unevaluated) };
  if (c.not) return { kind: 'not', evaluated: false, children: [unevaluated(c.not)] };
  return { kind: 'fact', fact: c.fact, ref: c.params.$ref, operator: c.operator, value: c.value, name: c.name, evaluated: false };
}

/** The fact leaves of a trace with their paths (the same paths `leaves` gives on the compiled tree). */
export function traceLeaves(t: ConditionTrace, visit: (leaf: ConditionTrace, path: string) => void, prefix = ''): void {
  if (t.kind === 'fact') visit(t, prefix);
  else if (t.kind === 'not') traceLeaves(t.children![0], visit, `${prefix}/not`);
  else t.children!.forEach((x, i) => traceLeaves(x, visit, `${prefix}/${t.kind}/${i}`));
}

/** A trace with every fact node rewritten (groups keep their fields and order); T adds optional fields only. */
export function mapTrace<T extends ConditionTrace>(t: ConditionTrace, leaf: (l: ConditionTrace) => T): T {
  if (t.kind !== 'fact') return { ...t, children: t.children!.map((c) => mapTrace(c, leaf)) } as ConditionTrace as T;
  return leaf(t);
}

/** A condition as written in a rubric file (validated by the schema, not yet by the loader). */
export interface ConditionSpec {
  all?: ConditionSpec[];
  any?: ConditionSpec[];
  not?: ConditionSpec;
  fact?: string;
  operator?: string;
  value?: number;
  params?: Record<string, unknown>;
  name?: string;
  title?: string;
}

/** What went wrong while compiling a tree: the loader turns these into rubric errors. */
export type ConditionProblem =
  | { code: 'bad_condition'; path: string; params: { found: string[] } }
  | { code: 'bad_condition'; path: string; params: { missing: Array<'operator' | 'value'> } }
  | { code: 'unknown_fact'; path: string; params: { fact: string } }
  | { code: 'condition_too_deep'; path: string; params: { limit: number } };

/** Deeper trees are refused: no real rubric needs them, and recursion must never exhaust the stack. */
export const MAX_CONDITION_DEPTH = 32;

/**
 * Compile a written tree. `leaf` compiles a known fact's params and returns its `$ref` (or null
 * after reporting its own errors); structural problems go to `problem`. Returns null when any
 * part failed (every part is still checked, so one run lists every problem).
 */
export function parseCondition(
  spec: ConditionSpec,
  path: string,
  hooks: {
    knows(fact: string): boolean;
    leaf(spec: ConditionSpec & { fact: string; operator: string; value: number }, path: string): number | null;
    problem(p: ConditionProblem): void;
  },
): Condition | null {
  const { leaf, problem } = hooks;
  const walk = (c: ConditionSpec, p: string, depth: number): Condition | null => {
    if (depth > MAX_CONDITION_DEPTH) { problem({ code: 'condition_too_deep', path: p, params: { limit: MAX_CONDITION_DEPTH } }); return null; }
    const keys = (['all', 'any', 'not', 'fact'] as const).filter((k) => k in c);
    if (keys.length !== 1) { problem({ code: 'bad_condition', path: p, params: { found: keys } }); return null; }
    const list = (xs: ConditionSpec[], k: 'all' | 'any') => {
      const out = xs.map((x, i) => walk(x, `${p}/${k}/${i}`, depth + 1));
      return out.every((x) => x !== null) ? (out as Condition[]) : null;
    };
    if (c.all) { const all = list(c.all, 'all'); return all && { all }; }
    if (c.any) { const any = list(c.any, 'any'); return any && { any }; }
    if (c.not) { const not = walk(c.not, `${p}/not`, depth + 1); return not && { not }; }
    if (!hooks.knows(c.fact!)) { problem({ code: 'unknown_fact', path: `${p}/fact`, params: { fact: c.fact! } }); return null; }
    if (c.operator === undefined || c.value === undefined) {
      const missing = (['operator', 'value'] as const).filter((k) => c[k] === undefined);
      problem({ code: 'bad_condition', path: p, params: { missing } });
      return null;
    }
    const ref = leaf(c as ConditionSpec & { fact: string; operator: string; value: number }, p);
    if (ref === null) return null;
    return { fact: c.fact!, operator: c.operator as Operator, value: c.value, params: { $ref: ref }, ...(c.name ? { name: c.name } : {}) };
  };
  return walk(spec, path, 0);
}
