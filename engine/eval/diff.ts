/**
 * What a rubric change does to a corpus: per report, total and rank before → after and every
 * criterion whose outcome changed, with the evidence on both sides; a summary of reports changed,
 * mean absolute change, the largest rank moves and the criteria responsible.
 *
 * When either rubric is a scheme (categories, bonuses, penalties, veto, grades), each changed report
 * also carries `scheme`: its grade, bonus and penalty items, vetoes, category subtotals and rescaling
 * before → after (only the parts that changed); the summary carries `scheme` (how many reports changed
 * grade and how: 良好→优秀 ×3, bonus, penalties, vetoes, per category subtotal) and each large rank
 * move its `drivers`: the criteria, bonus and penalty items and deductions whose points moved it.
 * Rubrics that declare none of it get exactly the keys they always had.
 */
import type { Evidence, Outcome, SchemeResult } from '../types.js';

export interface DiffInput {
  file: string;
  total: number;
  rank: number | null;
  /** the unit's kind (township, county, department …) and the rank among its kind, when the harness knows them */
  kind?: string;
  kindRank?: number | null;
  /** evidence: only a criterion that changed needs it (harness/diff-keep.ts keeps no other) */
  criteria: Record<string, { outcome: Outcome; points: number; evidence?: Evidence[] }>;
  /** evidence: the first items of each deduction (harness/diff-keep.ts keeps DIFF_EVIDENCE), shown where it changed */
  deductions: Array<{ id: string; points: number; evidence?: Evidence[] }>;
  error?: { code: string } | null;
  /** a scheme's results (results.jsonl's scheme parts) */
  scheme?: SchemeResult | null;
}

/** Points of one bonus or penalty item, or one category subtotal, before → after (null: absent on that side). */
export interface PartChange { id: string; title: string; before: number | null; after: number | null }
/** What moved a report's total: a criterion's, bonus or penalty item's or deduction's points (signed as they act on the total). */
export interface Driver { kind: 'criterion' | 'bonus' | 'penalty' | 'deduction'; id: string; delta: number }
/** A scheme's parts that changed on one report; a part that did not change is null (or an empty list). */
export interface SchemeChange {
  grade: { before: string | null; after: string | null } | null;
  bonus: { before: number; after: number; items: PartChange[] } | null;
  penalties: { before: number; after: number; items: PartChange[] } | null;
  veto: { before: string[]; after: string[] } | null;
  categories: PartChange[];
  rescale: { before: number; after: number } | null;
  drivers: Driver[];
}
export interface SchemeSummary {
  /** reports whose grade changed, and how (`良好→优秀`: 3) */
  gradeChanged: number;
  gradeTransitions: Record<string, number>;
  bonusChanged: number;
  penaltiesChanged: number;
  vetoChanged: number;
  /** per category subtotal: on how many reports it changed and by how many points in all */
  categories: Array<{ id: string; title: string; reports: number; pointsDelta: number }>;
}

export interface CriterionChange { id: string; before: Outcome | 'absent'; after: Outcome | 'absent'; pointsBefore: number; pointsAfter: number; evidenceBefore: Evidence[]; evidenceAfter: Evidence[] }
/** A deduction taken on one side only or for other points: points null where it was not taken; its evidence on each side. */
export interface DeductionChange { id: string; pointsBefore: number | null; pointsAfter: number | null; evidenceBefore: Evidence[]; evidenceAfter: Evidence[] }
export interface ReportChange {
  file: string;
  totalBefore: number | null;
  totalAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  /** the unit's kind and its rank among that kind (类内排名, what offices publish) before → after, when known */
  kind?: string;
  kindRankBefore?: number | null;
  kindRankAfter?: number | null;
  criteria: CriterionChange[];
  deductionsBefore: string[];
  deductionsAfter: string[];
  /** each deduction taken on one side only or for other points, with its evidence (new user 40 saw ids only) */
  deductions: DeductionChange[];
  /** nothing of the report changed but its rank, moved by other reports' changes: counted, not listed in the text outputs */
  rankOnly?: true;
  /** only when either rubric is a scheme */
  scheme?: SchemeChange;
}
export interface RubricDiff {
  /** every report in the corpus */
  reports: number;
  /** reports at least one rubric scored (a report only one could score is a change): what the changes are counted among */
  scored: number;
  /** reports neither rubric could score (a damaged file, an empty one …), with the error code: no change can be seen in them */
  notScored: Array<{ file: string; code: string }>;
  changed: ReportChange[];
  summary: {
    reportsChanged: number;
    meanAbsoluteChange: number;
    /** `drivers` only when either rubric is a scheme */
    largestRankMoves: Array<{ file: string; rankBefore: number | null; rankAfter: number | null; move: number; drivers?: Driver[] }>;
    criteria: Array<{ id: string; reports: number; pointsDelta: number; transitions: Record<string, number> }>;
    /**
     * A criterion only one rubric has, over every report both scored: its outcomes there. A report whose only change is such a
     * criterion earning nothing (absent → unmet, 0 points) is not a changed report (new user 40: adding a criterion made every
     * report "changed").
     */
    oneSided: Array<{ id: string; side: 'added' | 'removed'; outcomes: Record<Outcome, number> }>;
    /** per deduction: on how many reports it was taken or dropped, points moved on the totals, transitions (none→deducted) */
    deductions: Array<{ id: string; reports: number; pointsDelta: number; transitions: Record<string, number> }>;
    /** reports whose rank alone moved, because other reports' totals did */
    rankOnly: number;
    /** only when either rubric is a scheme */
    scheme?: SchemeSummary;
  };
}

export function diffResults(before: DiffInput[], after: DiffInput[]): RubricDiff {
  const a = new Map(before.map((r) => [r.file, r]));
  const b = new Map(after.map((r) => [r.file, r]));
  const files = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changed: ReportChange[] = [];
  const perCriterion = new Map<string, { reports: number; pointsDelta: number; transitions: Record<string, number> }>();
  const perDeduction = new Map<string, { reports: number; pointsDelta: number; transitions: Record<string, number> }>();
  const oneSided = new Map<string, { side: 'added' | 'removed'; outcomes: Record<Outcome, number> }>();
  let absSum = 0, compared = 0;
  const notScored: RubricDiff['notScored'] = [];
  const schemes = [...before, ...after].some((r) => r.scheme);
  for (const f of files) {
    const x = a.get(f), y = b.get(f);
    const ok = (r?: DiffInput) => (r && !r.error ? r : undefined);
    const xo = ok(x), yo = ok(y);
    if (xo && yo) { absSum += Math.abs(yo.total - xo.total); compared++; }
    if (x?.error && y?.error) notScored.push({ file: f, code: y.error.code });
    const ids = [...new Set([...Object.keys(xo?.criteria ?? {}), ...Object.keys(yo?.criteria ?? {})])];
    const crit: CriterionChange[] = [];
    for (const id of ids) {
      const cb = xo?.criteria[id], ca = yo?.criteria[id];
      // a criterion one rubric lacks, on a report both scored: tallied once for the summary; a change only if it earned points
      if (xo && yo && (!cb || !ca)) {
        const side = ca ? 'added' : 'removed';
        const tally = oneSided.get(id) ?? { side, outcomes: { met: 0, partial: 0, unmet: 0 } };
        tally.outcomes[(ca ?? cb)!.outcome]++;
        oneSided.set(id, tally);
        if (!(ca ?? cb)!.points) continue;
      }
      if (cb?.outcome === ca?.outcome && cb?.points === ca?.points) continue;
      const change: CriterionChange = {
        id, before: cb?.outcome ?? 'absent', after: ca?.outcome ?? 'absent', pointsBefore: cb?.points ?? 0, pointsAfter: ca?.points ?? 0,
        evidenceBefore: cb?.evidence ?? [], evidenceAfter: ca?.evidence ?? [],
      };
      crit.push(change);
      const agg = perCriterion.get(id) ?? { reports: 0, pointsDelta: 0, transitions: {} };
      agg.reports++;
      agg.pointsDelta += change.pointsAfter - change.pointsBefore;
      const key = `${change.before}→${change.after}`;
      agg.transitions[key] = (agg.transitions[key] ?? 0) + 1;
      perCriterion.set(id, agg);
    }
    const db = (xo?.deductions ?? []).map((d) => d.id).sort(), da = (yo?.deductions ?? []).map((d) => d.id).sort();
    const ded = deductionChanges(xo, yo);
    for (const c of ded) {
      const agg = perDeduction.get(c.id) ?? { reports: 0, pointsDelta: 0, transitions: {} };
      agg.reports++;
      agg.pointsDelta -= (c.pointsAfter ?? 0) - (c.pointsBefore ?? 0); // as it acts on the total
      const key = `${c.pointsBefore === null ? 'none' : 'deducted'}→${c.pointsAfter === null ? 'none' : 'deducted'}`;
      agg.transitions[key] = (agg.transitions[key] ?? 0) + 1;
      perDeduction.set(c.id, agg);
    }
    const totalChanged = xo?.total !== yo?.total || x?.rank !== y?.rank || (x?.kindRank ?? null) !== (y?.kindRank ?? null);
    const sc = schemes ? schemeChange(xo, yo, crit) : undefined;
    if (crit.length || totalChanged || ded.length || db.join() !== da.join() || (sc && schemeChanged(sc))) {
      const rankOnly = !crit.length && !ded.length && db.join() === da.join() && xo?.total === yo?.total && !(sc && schemeChanged(sc)) && Boolean(xo && yo);
      const kind = y?.kind ?? x?.kind;
      const kinds = kind ? { kind, kindRankBefore: x?.kindRank ?? null, kindRankAfter: y?.kindRank ?? null } : {};
      changed.push({ file: f, totalBefore: xo?.total ?? null, totalAfter: yo?.total ?? null, rankBefore: x?.rank ?? null, rankAfter: y?.rank ?? null, ...kinds, criteria: crit, deductionsBefore: db, deductionsAfter: da, deductions: ded, ...(rankOnly ? { rankOnly: true as const } : {}), ...(sc ? { scheme: sc } : {}) });
    }
  }
  const moves = changed
    .filter((c) => c.rankBefore !== null && c.rankAfter !== null && c.rankBefore !== c.rankAfter)
    .map((c) => ({ file: c.file, rankBefore: c.rankBefore, rankAfter: c.rankAfter, move: c.rankBefore! - c.rankAfter!, ...(c.scheme ? { drivers: c.scheme.drivers } : {}) }))
    .sort((p, q) => Math.abs(q.move) - Math.abs(p.move) || (p.file < q.file ? -1 : 1))
    .slice(0, 10);
  return {
    reports: files.length,
    scored: files.length - notScored.length,
    notScored,
    changed,
    summary: {
      reportsChanged: changed.filter((c) => c.criteria.length || c.totalBefore !== c.totalAfter || c.deductionsBefore.join() !== c.deductionsAfter.join() || (c.scheme && schemeChanged(c.scheme))).length,
      meanAbsoluteChange: compared ? absSum / compared : 0,
      largestRankMoves: moves,
      criteria: [...perCriterion].map(([id, v]) => ({ id, ...v })).sort((p, q) => q.reports - p.reports || (p.id < q.id ? -1 : 1)),
      oneSided: [...oneSided].map(([id, v]) => ({ id, ...v })).sort((p, q) => (p.id < q.id ? -1 : 1)),
      deductions: [...perDeduction].map(([id, v]) => ({ id, ...v })).sort((p, q) => q.reports - p.reports || (p.id < q.id ? -1 : 1)),
      rankOnly: changed.filter((c) => c.rankOnly).length,
      ...(schemes ? { scheme: schemeSummary(changed) } : {}),
    },
  };
}

/** The deductions taken on one side only or for other points, each with its evidence on both sides. */
function deductionChanges(x: DiffInput | undefined, y: DiffInput | undefined): DeductionChange[] {
  if (!x || !y) return [];
  const xs = new Map(x.deductions.map((d) => [d.id, d])), ys = new Map(y.deductions.map((d) => [d.id, d]));
  const out: DeductionChange[] = [];
  for (const id of [...new Set([...xs.keys(), ...ys.keys()])].sort()) {
    const b = xs.get(id), a = ys.get(id);
    if (b && a && b.points === a.points) continue;
    out.push({ id, pointsBefore: b?.points ?? null, pointsAfter: a?.points ?? null, evidenceBefore: b?.evidence ?? [], evidenceAfter: a?.evidence ?? [] });
  }
  return out;
}

const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);
const r2 = (x: number) => Math.round(x * 100) / 100;

/** A scheme part that changed: the grade, a bonus or penalty, a veto, a category subtotal or the rescaling. */
function schemeChanged(s: SchemeChange): boolean {
  return Boolean(s.grade || s.bonus || s.penalties || s.veto || s.categories.length || s.rescale);
}

/** Items (bonus or penalty) by id on both sides, those whose points changed. */
function itemChanges(a: SchemeResult['bonus'] | undefined, b: SchemeResult['bonus'] | undefined): { before: number; after: number; items: PartChange[] } | null {
  const xs = new Map((a?.items ?? []).map((i) => [i.id, i])), ys = new Map((b?.items ?? []).map((i) => [i.id, i]));
  const items: PartChange[] = [];
  for (const id of [...new Set([...xs.keys(), ...ys.keys()])]) {
    const x = xs.get(id), y = ys.get(id);
    if (!near(x?.points ?? null, y?.points ?? null)) items.push({ id, title: (y ?? x)!.title, before: x?.points ?? null, after: y?.points ?? null });
  }
  const before = a?.points ?? 0, after = b?.points ?? 0;
  return items.length || !near(before, after) ? { before, after, items } : null;
}

/** Category subtotals flattened in declared order (nested ones after their parent). */
function flatCategories(cats: SchemeResult['categories'] | undefined, out = new Map<string, { title: string; points: number }>()) {
  for (const [id, c] of Object.entries(cats ?? {})) { out.set(id, { title: c.title, points: c.points }); flatCategories(c.categories, out); }
  return out;
}

function schemeChange(x: DiffInput | undefined, y: DiffInput | undefined, crit: CriterionChange[]): SchemeChange {
  const a = x?.scheme ?? null, b = y?.scheme ?? null;
  const gradeBefore = a?.grade ?? null, gradeAfter = b?.grade ?? null;
  const vb = (a?.veto ?? []).map((v) => v.id).sort(), va = (b?.veto ?? []).map((v) => v.id).sort();
  const ca = flatCategories(a?.categories), cb = flatCategories(b?.categories);
  const categories: PartChange[] = [];
  for (const id of [...new Set([...ca.keys(), ...cb.keys()])]) {
    const p = ca.get(id), q = cb.get(id);
    if (!near(p?.points ?? null, q?.points ?? null)) categories.push({ id, title: (q ?? p)!.title, before: p?.points ?? null, after: q?.points ?? null });
  }
  const fa = a?.rescale.factor ?? 1, fb = b?.rescale.factor ?? 1;
  const bonus = itemChanges(a?.bonus, b?.bonus), penalties = itemChanges(a?.penalties, b?.penalties);
  // what moved the total, as it acts on it: a penalty or deduction that grew lowers it
  const drivers: Driver[] = [
    ...crit.map((c) => ({ kind: 'criterion' as const, id: c.id, delta: r2(c.pointsAfter - c.pointsBefore) })),
    ...(bonus?.items ?? []).map((i) => ({ kind: 'bonus' as const, id: i.id, delta: r2((i.after ?? 0) - (i.before ?? 0)) })),
    ...(penalties?.items ?? []).map((i) => ({ kind: 'penalty' as const, id: i.id, delta: r2((i.before ?? 0) - (i.after ?? 0)) })),
  ];
  const dx = new Map((x?.error ? [] : x?.deductions ?? []).map((d) => [d.id, d.points])), dy = new Map((y?.error ? [] : y?.deductions ?? []).map((d) => [d.id, d.points]));
  for (const id of [...new Set([...dx.keys(), ...dy.keys()])]) {
    const delta = r2((dx.get(id) ?? 0) - (dy.get(id) ?? 0));
    if (delta) drivers.push({ kind: 'deduction', id, delta });
  }
  drivers.sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta) || (p.id < q.id ? -1 : 1));
  return {
    grade: gradeBefore !== gradeAfter ? { before: gradeBefore, after: gradeAfter } : null,
    bonus, penalties,
    veto: vb.join() !== va.join() ? { before: vb, after: va } : null,
    categories,
    rescale: !near(fa, fb) ? { before: fa, after: fb } : null,
    drivers: drivers.filter((d) => d.delta !== 0),
  };
}

function schemeSummary(changed: ReportChange[]): SchemeSummary {
  const out: SchemeSummary = { gradeChanged: 0, gradeTransitions: {}, bonusChanged: 0, penaltiesChanged: 0, vetoChanged: 0, categories: [] };
  const cats = new Map<string, { id: string; title: string; reports: number; pointsDelta: number }>();
  for (const c of changed) {
    const s = c.scheme;
    if (!s) continue;
    if (s.grade) {
      out.gradeChanged++;
      const key = `${s.grade.before ?? '–'}→${s.grade.after ?? '–'}`;
      out.gradeTransitions[key] = (out.gradeTransitions[key] ?? 0) + 1;
    }
    if (s.bonus) out.bonusChanged++;
    if (s.penalties) out.penaltiesChanged++;
    if (s.veto) out.vetoChanged++;
    for (const p of s.categories) {
      const agg = cats.get(p.id) ?? { id: p.id, title: p.title, reports: 0, pointsDelta: 0 };
      agg.reports++;
      agg.pointsDelta = r2(agg.pointsDelta + (p.after ?? 0) - (p.before ?? 0));
      cats.set(p.id, agg);
    }
  }
  out.categories = [...cats.values()];
  return out;
}
