/**
 * Scoring one document with a compiled rubric: json-rules-engine evaluates every criterion level
 * and deduction; the first level that holds wins; evidence is read back from the facts that held.
 * A what-if pass with plans counted tells which unmet criteria are `planned_only`: it re-evaluates
 * only those criteria's condition trees, with json-rules-engine's own operators, on the values the
 * facts would have had (a second full engine run cost a third of the scoring time).
 */
import { Engine } from 'json-rules-engine';
import { holds, leaves, refsOf, shortfallOf, toEngineJson, traceOf, type Condition, type ConditionTrace, type EngineCondition, type Operator } from '../rubric/conditions.js';
import type { CompiledCriterion, CompiledFact, CompiledGraded, CompiledItem, CompiledRubric } from '../rubric/types.js';
import { gradedTraceKey } from './coverage.js';
import { adjustmentTotal, categoryResults, gradedPoints, gradeOf, outcomeOfPoints, round2, schemeTotal, sumSubItems } from './points.js';

export type { ConditionTrace } from '../rubric/conditions.js';
import type { AdjustmentResult, CriterionResult, DeductionResult, DocumentModel, Evidence, FactResult, Outcome, SchemeResult, SubItemResult, VetoResult } from '../types.js';

/** How many evidence items each criterion keeps: enough to check, small enough to read. */
const MAX_EVIDENCE = 5;
const MAX_WITHHELD = 3;

/**
 * What scoring can quote of a fact's evidence or refused hits: the shortest prefix holding this many
 * distinct hits (by start). Quotes are the first MAX_EVIDENCE distinct hits of the held facts'
 * lists one after another (fewer than MAX_EVIDENCE from the lists before), and the first
 * MAX_WITHHELD refused ones not among them: at most MAX_EVIDENCE + MAX_WITHHELD + MAX_EVIDENCE − 1
 * distinct hits of any one list are ever looked at. The cache keeps only this much of each fact.
 */
const QUOTABLE = 2 * MAX_EVIDENCE + MAX_WITHHELD;

/** A fact's result with its evidence and refused hits cut to what scoring can quote (QUOTABLE); the value and counts unchanged. */
export function quotable(r: FactResult): FactResult {
  const cut = <T extends Evidence>(list: T[]): T[] => {
    const starts = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      starts.add(list[i].start);
      if (starts.size > QUOTABLE) return list.slice(0, i);
    }
    return list;
  };
  const evidence = cut(r.evidence), refused = cut(r.refused);
  return evidence === r.evidence && refused === r.refused ? r : { ...r, evidence, refused };
}

export interface ScoredDocument {
  total: number;
  criteria: Record<string, CriterionResult>;
  deductions: DeductionResult[];
  flags: string[];
  /** only when the rubric declares scheme constructs (categories, bonuses, penalties, veto, grades) */
  scheme?: SchemeResult;
  /**
   * a scheme's bonuses, penalties and vetoes by rule name (`bonus:<id>`, `penalty:<id>`, `veto:<id>`):
   * what each gave, null when it did not apply. The incremental cache keeps them one by one and
   * assembles the scheme's totals from them (schemeOf).
   */
  checks?: Record<string, CheckResult>;
  /** per rule name, the condition tree as json-rules-engine evaluated it (for explain and coverage) */
  traces?: Record<string, ConditionTrace>;
}

export interface Scorer {
  rubric: CompiledRubric;
  score(doc: DocumentModel, opts?: { trace?: boolean }): Promise<ScoredDocument>;
  /**
   * The keys (CompiledFact.key) of every fact this scorer's rules and graded points refer to: the
   * incremental cache asks whether a facts file holds them all before scoring on it alone (a
   * scorer that meets a fact the file lacks throws NeedsDocument, its work so far lost).
   */
  reads: ReadonlySet<string>;
}

interface OperatorLike { evaluate(factValue: unknown, jsonValue: unknown): boolean }

/** A bonus or penalty that applied, a veto that held; null when it did not. */
export type CheckResult = AdjustmentResult | VetoResult | null;

/** Thrown when a fact the incremental cache does not hold is asked of a document made from it: the report must be parsed after all. */
export class NeedsDocument extends Error {
  constructor() { super('fact not in the cache'); this.name = 'NeedsDocument'; }
}

/** Fact results from the cache in place of a parsed document's: a fact it does not hold throws NeedsDocument. */
class CachedFactMemo extends Map<CompiledFact, FactResult> {
  constructor(private readonly lookup: (fact: CompiledFact) => FactResult | undefined) { super(); }
  override get(fact: CompiledFact): FactResult {
    const r = this.lookup(fact);
    if (!r) throw new NeedsDocument();
    return r;
  }
}

/**
 * Fact results memoised per document (collected with it), keyed by the compiled fact itself: one
 * document scored by two rubrics, or by a rubric loaded twice, never reads another's values.
 */
const factMemo = new WeakMap<DocumentModel, Map<CompiledFact, FactResult>>();

export function factResultOf(rubric: CompiledRubric, doc: DocumentModel, ref: number): FactResult {
  const fact = rubric.facts[ref];
  let memo = factMemo.get(doc);
  if (!memo) { memo = new Map(); factMemo.set(doc, memo); }
  let r = memo.get(fact);
  if (!r) {
    r = fact.evaluate(doc);
    memo.set(fact, r);
  }
  return r;
}

/**
 * A stand-in for a report's document that answers facts from the incremental cache (and has the
 * report's flags): a scorer run on it re-evaluates criteria without parsing the report.
 */
/** Fact results from the cache where it holds them, computed on the document otherwise (and memoised). */
class FallbackFactMemo extends Map<CompiledFact, FactResult> {
  constructor(private readonly lookup: (fact: CompiledFact) => FactResult | undefined) { super(); }
  override get(fact: CompiledFact): FactResult | undefined {
    return super.get(fact) ?? this.lookup(fact);
  }
}

/** `doc` with the cache's fact results: a fact the cache holds is not computed again (a document snapshot, snapshot.ts). */
export function withCachedFacts(doc: DocumentModel, lookup: (fact: CompiledFact) => FactResult | undefined): DocumentModel {
  factMemo.set(doc, new FallbackFactMemo(lookup));
  return doc;
}

export function documentFromFacts(flags: string[], lookup: (fact: CompiledFact) => FactResult | undefined): DocumentModel {
  const doc = { flags } as unknown as DocumentModel;
  factMemo.set(doc, new CachedFactMemo(lookup));
  return doc;
}

/** The total: criterion points minus deductions (a suspected one costs nothing), clamped to 0..maxTotal, to two decimals. */
export function totalOf(rubric: CompiledRubric, criteria: Record<string, CriterionResult>, deductions: DeductionResult[]): number {
  // a criterion that does not apply to the unit: the rest are rescaled to maxTotal (折算成百分制)
  if (Object.values(criteria).some((c) => c.arithmetic?.applicable === false)) return schemeTotal(totalParts(rubric, criteria, deductions, 0, 0)).total;
  const sum = Object.values(criteria).reduce((a, c) => a + c.points, 0) - deductions.reduce((a, d) => a + (d.status === 'suspected' ? 0 : d.points), 0);
  return Math.round(Math.min(rubric.maxTotal, Math.max(0, sum)) * 100) / 100;
}

/**
 * A scheme's total and results from its criteria, deductions and checks (`checkOf` by rule name):
 * categories, bonus and penalty totals under their caps, vetoes, grade and rescaling.
 */
export function schemeOf(rubric: CompiledRubric, criteria: Record<string, CriterionResult>, deductions: DeductionResult[], checkOf: (ruleName: string) => CheckResult | undefined): { total: number; scheme: SchemeResult } {
  const scheme = rubric.scheme!;
  const adjust = (items: CompiledItem[] | null, cap: number | null) => {
    if (!items) return null;
    const applied = items.map((it) => checkOf(it.ruleName)).filter((r): r is AdjustmentResult => Boolean(r));
    return adjustmentTotal(applied, cap);
  };
  const veto = scheme.veto ? scheme.veto.map((v) => checkOf(v.ruleName)).filter((r): r is VetoResult => Boolean(r)) : null;
  return schemeResultOf(rubric, criteria, deductions, { bonus: adjust(scheme.bonuses, scheme.bonusCap), penalties: adjust(scheme.penalties, scheme.penaltyCap), veto });
}

/** The inputs of `schemeTotal`: applicable criteria points and their max, deductions, penalties, bonus. */
function totalParts(rubric: CompiledRubric, criteria: Record<string, CriterionResult>, deductions: DeductionResult[], penalties: number, bonus: number) {
  let criteriaPoints = 0, applicableMax = 0;
  for (const c of rubric.criteria) {
    const r = criteria[c.id];
    if (!r || r.arithmetic?.applicable === false) continue;
    criteriaPoints += r.points;
    applicableMax += c.points;
  }
  const deducted = deductions.reduce((a, d) => a + (d.status === 'suspected' ? 0 : d.points), 0);
  return { criteriaPoints, applicableMax, maxTotal: rubric.maxTotal, deductions: deducted, penalties, bonus };
}

/**
 * A scheme's total and results from its criteria, deductions and the bonus, penalty and veto items
 * that applied: category subtotals, the rescaled total (折算成百分制) and the grade. The scorer uses
 * it, and so does an assessor's review (harness/review/apply.ts), which changes criteria after scoring.
 */
export function schemeResultOf(rubric: CompiledRubric, criteria: Record<string, CriterionResult>, deductions: DeductionResult[], items: Pick<SchemeResult, 'bonus' | 'penalties' | 'veto'>): { total: number; scheme: SchemeResult } {
  const scheme = rubric.scheme!;
  const { bonus, penalties, veto } = items;
  const parts = totalParts(rubric, criteria, deductions, penalties?.points ?? 0, bonus?.points ?? 0);
  const { total, factor } = schemeTotal(parts);
  const maxOf = (id: string) => rubric.criteria.find((x) => x.id === id)!.points;
  return {
    total,
    scheme: {
      categories: scheme.categories ? categoryResults(scheme.categories, criteria, maxOf) : null,
      bonus, penalties, veto,
      grade: gradeOf(scheme, total, (veto ?? []).map((v) => v.grade)),
      rescale: { points: round2(parts.criteriaPoints), max: round2(parts.applicableMax), factor: Math.round(factor * 10000) / 10000 },
    },
  };
}

/** Does this criterion need its arithmetic shown (sub-items, graded points, an applicable condition)? */
const hasArithmetic = (c: CompiledCriterion) => Boolean(c.subItems || c.applicable || c.levels.some((l) => l.graded));

/**
 * A scorer for the rubric, or for only some of its criteria and deductions (`only`): the
 * incremental cache re-evaluates just the ones whose definition changed.
 */
export function createScorer(rubric: CompiledRubric, only?: ReadonlySet<string>): Scorer {
  // criteria and deductions by id, a scheme's checks by rule name (bonus:<id>, penalty:<id>, veto:<id>)
  const included = (id: string) => !only || only.has(id);
  const criteriaIn = rubric.criteria.filter((c) => included(c.id));
  const deductionsIn = rubric.deductions.filter((d) => included(d.id));
  const engine = new Engine([], {
    allowUndefinedFacts: false,
    // facts return {value, evidence, …}; conditions compare `$.value` (no JSONPath machinery needed)
    pathResolver: (value: object, path: string) => (value as Record<string, unknown>)[path.slice(2)],
  });
  const factNames = new Set(rubric.facts.map((f) => f.fact));
  for (const name of factNames) {
    engine.addFact(name, async (params: Record<string, any>, almanac) => {
      const doc = await almanac.factValue<DocumentModel>('doc');
      return factResultOf(rubric, doc, params.$ref as number);
    }, { cache: false });
  }
  for (const c of criteriaIn) {
    for (const l of c.levels) engine.addRule({ name: l.ruleName, conditions: toEngineJson(l.conditions) as never, event: { type: 'level', params: { criterion: c.id, outcome: l.outcome } } });
  }
  for (const d of deductionsIn) engine.addRule({ name: d.ruleName, conditions: toEngineJson(d.conditions) as never, event: { type: 'deduction', params: { deduction: d.id } } });
  // a 考核细则's checks: sub-items, applicability, bonuses, penalties and vetoes are json-rules-engine rules too
  // every check is also one of the rules the scorer's own pass evaluates (below): the two passes see the same rules
  const checks: Array<{ name: string; conditions: Condition }> = [];
  const addCheck = (ruleName: string, conditions: Condition | null) => {
    if (!conditions) return;
    engine.addRule({ name: ruleName, conditions: toEngineJson(conditions) as never, event: { type: 'check', params: { rule: ruleName } } });
    checks.push({ name: ruleName, conditions });
  };
  for (const c of criteriaIn) {
    for (const s of c.subItems ?? []) addCheck(s.ruleName, s.conditions);
    if (c.applicable) addCheck(c.applicable.ruleName, c.applicable.conditions);
  }
  const scheme = rubric.scheme;
  const bonusesIn = (scheme?.bonuses ?? []).filter((it) => included(it.ruleName));
  const penaltiesIn = (scheme?.penalties ?? []).filter((it) => included(it.ruleName));
  const vetoesIn = (scheme?.veto ?? []).filter((v) => included(v.ruleName));
  for (const it of [...bonusesIn, ...penaltiesIn]) addCheck(it.ruleName, it.conditions);
  for (const v of vetoesIn) addCheck(v.ruleName, v.conditions);

  const operators = (engine as unknown as { operators: { get(name: string): OperatorLike } }).operators;
  const compare = (operator: Operator, factValue: number, value: number) => operators.get(operator).evaluate(factValue, value);

  const run = async (doc: DocumentModel) => {
    const { results, failureResults } = await engine.run({ doc });
    const byName = new Map<string, Evaluated>();
    for (const r of [...results, ...failureResults]) byName.set(r.name as string, r as unknown as Evaluated);
    return byName;
  };
  const rules = [
    ...criteriaIn.flatMap((c) => c.levels.map((l) => ({ name: l.ruleName, conditions: l.conditions }))),
    ...deductionsIn.map((d) => ({ name: d.ruleName, conditions: d.conditions })),
    ...checks,
  ];
  // every fact the rules' conditions and the graded items count (Scorer.reads)
  const reads = new Set(rules.flatMap((r) => refsOf(r.conditions)).map((ref) => rubric.facts[ref].key));
  for (const it of [...criteriaIn.flatMap((c) => [...c.levels, ...(c.subItems ?? [])]), ...bonusesIn, ...penaltiesIn]) if (it.graded) reads.add(rubric.facts[it.graded.ref].key);
  // a shortfall's labels: the rubric's English name and Chinese title of the condition
  const describe = (l: { params: { $ref: number } }) => {
    const f = rubric.facts[l.params.$ref];
    return { ...(f.name ? { name: f.name } : {}), ...(f.title ? { title: f.title } : {}) };
  };
  /**
   * The same evaluation without the engine's machinery (a deep clone of every rule's conditions,
   * an almanac and promises per report): json-rules-engine, with no priorities set, evaluates
   * every leaf of a group (they form one priority set) with its operators and records each node's
   * result; so does this, with the same operators. `trace` runs use the engine itself.
   */
  const evaluate = (doc: DocumentModel) => {
    const node = (c: Condition): EngineCondition & { result: boolean } => {
      if (c.all || c.any) {
        const children = (c.all ?? c.any)!.map(node);
        // an empty group holds in json-rules-engine, for any as for all
        const result = children.length === 0 || (c.all ? children.every((x) => x.result) : children.some((x) => x.result));
        return (c.all ? { all: children, result } : { any: children, result }) as EngineCondition & { result: boolean };
      }
      if (c.not) { const child = node(c.not); return { not: child, result: !child.result } as EngineCondition & { result: boolean }; }
      const factResult = factResultOf(rubric, doc, c.params.$ref).value;
      return { fact: c.fact, operator: c.operator, value: c.value, params: c.params, path: '$.value', factResult, result: compare(c.operator, factResult, c.value) };
    };
    const byName = new Map<string, Evaluated>();
    for (const r of rules) { const conditions = node(r.conditions); byName.set(r.name, { conditions, result: conditions.result }); }
    return byName;
  };

  return {
    rubric,
    reads,
    async score(doc, opts = {}) {
      const normal = opts.trace ? await run(doc) : evaluate(doc);
      const passed = (name: string) => normal.get(name)?.result === true;
      const criteria: Record<string, CriterionResult> = {};
      const unmet: string[] = [];
      const valueOfRef = (ref: number) => factResultOf(rubric, doc, ref).value;
      const valueOf = (g: CompiledGraded) => gradedPoints(g, factResultOf(rubric, doc, g.ref).value);
      // an item (sub-item, bonus, penalty) holds when its conditions do (or it has none); graded ones count their fact
      const itemResult = (it: CompiledItem): SubItemResult => {
        const held = it.conditions === null || passed(it.ruleName);
        const graded = held && it.graded ? valueOf(it.graded) : undefined;
        const points = !held ? 0 : graded ? graded.points : it.points;
        const evidence = !held ? [] : it.conditions ? heldEvidence(rubric, doc, normal.get(it.ruleName)!) : it.graded ? factResultOf(rubric, doc, it.graded.ref).evidence.slice(0, MAX_EVIDENCE) : [];
        return { id: it.id, title: it.title, points, max: it.points, held, ...(graded ? { graded } : {}), evidence };
      };
      for (const c of criteriaIn) {
        if (c.applicable && !passed(c.applicable.ruleName)) {
          criteria[c.id] = { outcome: 'unmet', points: 0, planned_only: false, evidence: [], arithmetic: { max: c.points, applicable: false } };
          continue;
        }
        if (c.subItems) {
          const subItems = c.subItems.map(itemResult);
          const points = sumSubItems(subItems, c.points);
          const evidence = dedupe(subItems.flatMap((s) => s.evidence)).slice(0, MAX_EVIDENCE);
          criteria[c.id] = { outcome: outcomeOfPoints(points, c.points), points, planned_only: false, evidence, arithmetic: { max: c.points, applicable: true, subItems } };
          continue;
        }
        const winner = c.levels.findIndex((l) => passed(l.ruleName));
        const graded = winner < 0 || !c.levels[winner].graded ? undefined : valueOf(c.levels[winner].graded!);
        const points = winner < 0 ? 0 : graded ? graded.points : c.levels[winner].points;
        // graded points decide the outcome as an assessor reads it: all the points met, some partial, none unmet
        const outcome: Outcome = winner < 0 ? 'unmet' : graded ? outcomeOfPoints(points, c.points) : c.levels[winner].outcome;
        const evidence: Evidence[] = winner < 0 ? [] : heldEvidence(rubric, doc, normal.get(c.levels[winner].ruleName)!);
        // withheld points: what the better levels found but the scope refused
        const better = winner < 0 ? c.levels : c.levels.slice(0, winner);
        evidence.push(...withheldEvidence(rubric, doc, better.map((l) => l.conditions), evidence));
        criteria[c.id] = { outcome, points, planned_only: false, evidence };
        // withheld points explained: what the next level up required and what was found
        const next = winner < 0 ? c.levels[c.levels.length - 1] : winner > 0 ? c.levels[winner - 1] : undefined;
        if (next && outcome !== 'met') {
          const needs = shortfallOf(next.conditions, valueOfRef, compare, describe);
          if (needs.length) criteria[c.id].shortfall = { level: next.outcome, needs };
        }
        if (hasArithmetic(c)) criteria[c.id].arithmetic = { max: c.points, applicable: true, ...(graded ? { graded } : {}) };
        if (outcome === 'unmet') unmet.push(c.id);
      }
      // the plans pass can only change an unmet criterion some of whose facts found more with plans counted
      const couldBePlanned = unmet.filter((id) => rubric.criteria.find((x) => x.id === id)!.levels.some((l) => refsOf(l.conditions).some((ref) => {
        const r = factResultOf(rubric, doc, ref);
        return r.withPlans !== r.value;
      })));
      const withPlans = (ref: number) => factResultOf(rubric, doc, ref).withPlans;
      for (const id of couldBePlanned) {
        const c = rubric.criteria.find((x) => x.id === id)!;
        if (c.levels.some((l) => holds(l.conditions, withPlans, compare))) criteria[id].planned_only = true;
      }
      const deductions: DeductionResult[] = [];
      for (const d of deductionsIn) {
        if (passed(d.ruleName)) {
          deductions.push({ id: d.id, points: d.points, evidence: heldEvidence(rubric, doc, normal.get(d.ruleName)!), status: 'deducted' });
          continue;
        }
        // weak evidence (疑似): would the deduction hold if the facts' suspected hits counted? then flag it, for no points
        const refs = refsOf(d.conditions);
        const weak = refs.flatMap((ref) => factResultOf(rubric, doc, ref).suspected ?? []);
        if (!weak.length) continue;
        const withSuspected = (ref: number) => { const r = factResultOf(rubric, doc, ref); return r.value + (r.suspected?.length ?? 0); };
        if (holds(d.conditions, withSuspected, compare)) deductions.push({ id: d.id, points: 0, evidence: dedupe(weak).slice(0, MAX_EVIDENCE), status: 'suspected', suspected: true });
      }
      const out: ScoredDocument = { total: totalOf(rubric, criteria, deductions), criteria, deductions, flags: [...doc.flags] };
      if (scheme) {
        const checks: Record<string, CheckResult> = {};
        for (const it of [...bonusesIn, ...penaltiesIn]) {
          const r = itemResult(it);
          checks[it.ruleName] = r.held && r.points > 0 ? { id: r.id, title: r.title, points: r.points, ...(r.graded ? { graded: r.graded } : {}), evidence: r.evidence } : null;
        }
        for (const v of vetoesIn) checks[v.ruleName] = passed(v.ruleName) ? { id: v.id, title: v.title, grade: v.grade, evidence: heldEvidence(rubric, doc, normal.get(v.ruleName)!) } : null;
        out.checks = checks;
        // a partial scorer (the cache's) sees only some checks: the cache assembles the scheme from all of them
        if (!only) Object.assign(out, schemeOf(rubric, criteria, deductions, (name) => checks[name]));
      }
      if (opts.trace) {
        out.traces = {};
        for (const [name, r] of normal) out.traces[name] = { ...traceOf(r.conditions), result: r.result };
        // graded points' counted facts: coverage shows which never counted anything (coverage.ts)
        const graded: Array<[string, CompiledGraded | undefined]> = [
          ...criteriaIn.flatMap((c) => [...c.levels, ...(c.subItems ?? [])].map((l) => [l.ruleName, l.graded] as [string, CompiledGraded | undefined])),
          ...[...(scheme?.bonuses ?? []), ...(scheme?.penalties ?? [])].map((it) => [it.ruleName, it.graded] as [string, CompiledGraded | undefined]),
        ];
        for (const [ruleName, g] of graded) {
          if (!g) continue;
          const f = rubric.facts[g.ref], value = factResultOf(rubric, doc, g.ref).value;
          out.traces[gradedTraceKey(ruleName)] = { kind: 'fact', fact: f.fact, ref: g.ref, operator: 'greaterThan', value: 0, name: f.name ?? undefined, factResult: value, result: value > 0, evaluated: true };
        }
      }
      return out;
    },
  };
}

/**
 * Evidence of the fact leaves that held, outside any `not`. Sentences of the report come first; the
 * title or 落款 a metadata condition points at (e.g. "a report for 2023 or later") comes last, so the
 * first quote is the one that explains the outcome.
 */
/** A rule's evaluated conditions and result, from json-rules-engine or from the scorer's own pass. */
interface Evaluated { conditions: EngineCondition; result: boolean }

function heldEvidence(rubric: CompiledRubric, doc: DocumentModel, r: Evaluated): Evidence[] {
  const content: Evidence[] = [];
  const metadata: Evidence[] = [];
  leaves(r.conditions, (l) => {
    if (l.result === true) (l.fact === 'metadata' ? metadata : content).push(...factResultOf(rubric, doc, l.params.$ref).evidence);
  }, { outsideNot: true });
  return dedupe([...content, ...metadata]).slice(0, MAX_EVIDENCE);
}

function withheldEvidence(rubric: CompiledRubric, doc: DocumentModel, conds: Condition[], have: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const c of conds) leaves(c, (l) => out.push(...factResultOf(rubric, doc, l.params.$ref).refused), { outsideNot: true });
  const seen = new Set(have.map((e) => e.start));
  return dedupe(out.filter((e) => !seen.has(e.start))).slice(0, MAX_WITHHELD);
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<number>();
  return list.filter((e) => (seen.has(e.start) ? false : (seen.add(e.start), true)));
}
