/**
 * What changed between two rubrics, rule by rule: the conditions a diff's reader needs to see beside
 * the reports that moved (a threshold 8 → 12 moves outcomes while every report's evidence stays the
 * same; without the rule's change the diff shows identical − and + lines and no reason).
 *
 * Leaves are paired by their path in the condition tree (the same paths coverage and explain use);
 * a leaf's parameters are compared by the strings they hold (terms, patterns, kinds), so an added
 * lexicon term inline is named; a change inside a named lexicon (@name) shows as `lexicon`.
 */
import { leaves, type Condition, type Operator } from '../rubric/conditions.js';
import type { CompiledFact, CompiledRubric } from '../rubric/types.js';

/** One changed rule leaf, or a rule added, removed or reshaped. */
export interface RuleChange {
  /** criterion or deduction id */
  id: string;
  /** the level (met, partial) or `deduct` */
  level: string;
  /** the leaf's path in the tree (/all/0), or '' for the whole rule */
  path: string;
  /** the condition's label, when the rubric gives one (title: its Chinese label) */
  name: string | null;
  title: string | null;
  fact: string | null;
  kind: 'threshold' | 'params' | 'lexicon' | 'fact' | 'added' | 'removed' | 'shape' | 'points';
  before?: { operator: Operator; value: number };
  after?: { operator: Operator; value: number };
  /** strings the leaf's parameters gained and lost (terms, patterns) */
  added?: string[];
  removed?: string[];
  /** the lexicons (@name) a leaf names, when one of them changed */
  lexicons?: string[];
  /** a criterion's or level's points, or a deduction's */
  points?: { before: number; after: number };
}

type Rule = { id: string; level: string; conditions: Condition; points: number };

const key = (r: Rule) => `${r.id}\u0000${r.level}`;

type Criterion = CompiledRubric['criteria'][number];
const levelRule = (c: Criterion, l: Criterion['levels'][number]): Rule => ({ id: c.id, level: l.outcome, conditions: l.conditions, points: l.points });
const deductionRule = (d: CompiledRubric['deductions'][number]): Rule => ({ id: d.id, level: 'deduct', conditions: d.conditions, points: d.points });
/** A rubric's rules in order: each criterion's levels, then the deductions. */
const rulesOf = (r: CompiledRubric): Rule[] => [...r.criteria.flatMap((c) => c.levels.map((l) => levelRule(c, l))), ...r.deductions.map(deductionRule)];

/** The lexicon names (@name) a fact's parameters use. */
const lexiconsOf = (params: unknown): string[] => [...new Set([...stringsOf(params)].flatMap((x) => [...x.matchAll(/@([\w\u4e00-\u9fa5-]+)/g)].map((m) => m[1])))];

/** Every string a fact's parameters hold, with the key path it sits under (all/0: 述法). */
function stringsOf(x: unknown, at = ''): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, p: string) => {
    if (typeof v === 'string') out.add(p ? `${p}: ${v}` : v);
    else if (Array.isArray(v)) v.forEach((y) => walk(y, p));
    else if (v && typeof v === 'object') for (const [k, y] of Object.entries(v)) walk(y, p ? `${p}.${k}` : k);
    else if (v !== undefined && v !== null) out.add(`${p}: ${String(v)}`);
  };
  walk(x, at);
  return out;
}

type Placed = { fact: CompiledFact; operator: Operator; value: number; name: string | null };
const leavesOf = (rubric: CompiledRubric, c: Condition): Map<string, Placed> => {
  const out = new Map<string, Placed>();
  leaves(c, (l, path) => out.set(path, { fact: rubric.facts[l.params.$ref], operator: l.operator, value: l.value, name: l.name ?? null }));
  return out;
};

/** The rule changes from `a` to `b`, in `b`'s order (a criterion's levels, then its own points; removed rules last). */
export function ruleChanges(a: CompiledRubric, b: CompiledRubric): RuleChange[] {
  const before = new Map(rulesOf(a).map((r) => [key(r), r]));
  const out: RuleChange[] = [];
  const compare = (rb: Rule) => {
    const ra = before.get(key(rb));
    if (!ra) { out.push({ id: rb.id, level: rb.level, path: '', name: null, title: null, fact: null, kind: 'added' }); return; }
    if (ra.points !== rb.points) out.push({ id: rb.id, level: rb.level, path: '', name: null, title: null, fact: null, kind: 'points', points: { before: ra.points, after: rb.points } });
    const la = leavesOf(a, ra.conditions), lb = leavesOf(b, rb.conditions);
    if ([...la.keys()].join() !== [...lb.keys()].join()) { out.push({ id: rb.id, level: rb.level, path: '', name: null, title: null, fact: null, kind: 'shape' }); return; }
    for (const [path, y] of lb) {
      const x = la.get(path)!;
      const base = { id: rb.id, level: rb.level, path, name: y.name, title: y.fact.title, fact: y.fact.fact };
      if (x.fact.fact !== y.fact.fact) { out.push({ ...base, kind: 'fact' }); continue; }
      if (x.operator !== y.operator || x.value !== y.value) out.push({ ...base, kind: 'threshold', before: { operator: x.operator, value: x.value }, after: { operator: y.operator, value: y.value } });
      const sa = stringsOf(x.fact.params), sb = stringsOf(y.fact.params);
      const added = [...sb].filter((s) => !sa.has(s)), removed = [...sa].filter((s) => !sb.has(s));
      if (added.length || removed.length) out.push({ ...base, kind: 'params', added, removed });
      // the same parameters over a lexicon (@name) whose terms changed: the fact's key says so
      else if (x.fact.key !== y.fact.key) out.push({ ...base, kind: 'lexicon', lexicons: lexiconsOf(y.fact.params) });
    }
  };
  const pointsBefore = new Map(a.criteria.map((c) => [c.id, c.points]));
  for (const c of b.criteria) {
    for (const l of c.levels) compare(levelRule(c, l));
    // the criterion's own weight (5 → 6), once, after its levels
    const p = pointsBefore.get(c.id);
    if (p !== undefined && p !== c.points) out.push({ id: c.id, level: 'points', path: '', name: null, title: null, fact: null, kind: 'points', points: { before: p, after: c.points } });
  }
  for (const d of b.deductions) compare(deductionRule(d));
  const after = new Set(rulesOf(b).map(key));
  for (const [k, ra] of before) if (!after.has(k)) out.push({ id: ra.id, level: ra.level, path: '', name: null, title: null, fact: null, kind: 'removed' });
  return out;
}
