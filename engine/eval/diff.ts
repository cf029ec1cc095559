/**
 * What a rubric change does to a corpus: per report, total and rank before → after and every
 * criterion whose outcome changed, with the evidence on both sides; a summary of reports changed,
 * mean absolute change, the largest rank moves and the criteria responsible.
 */
import type { Evidence, Outcome } from '../types.js';

export interface DiffInput {
  file: string;
  total: number;
  rank: number | null;
  criteria: Record<string, { outcome: Outcome; points: number; evidence: Evidence[] }>;
  deductions: Array<{ id: string; points: number }>;
  error?: { code: string } | null;
}

export interface CriterionChange { id: string; before: Outcome | 'absent'; after: Outcome | 'absent'; pointsBefore: number; pointsAfter: number; evidenceBefore: Evidence[]; evidenceAfter: Evidence[] }
export interface ReportChange {
  file: string;
  totalBefore: number | null;
  totalAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  criteria: CriterionChange[];
  deductionsBefore: string[];
  deductionsAfter: string[];
}
export interface RubricDiff {
  reports: number;
  changed: ReportChange[];
  summary: {
    reportsChanged: number;
    meanAbsoluteChange: number;
    largestRankMoves: Array<{ file: string; rankBefore: number | null; rankAfter: number | null; move: number }>;
    criteria: Array<{ id: string; reports: number; pointsDelta: number; transitions: Record<string, number> }>;
  };
}

export function diffResults(before: DiffInput[], after: DiffInput[]): RubricDiff {
  const a = new Map(before.map((r) => [r.file, r]));
  const b = new Map(after.map((r) => [r.file, r]));
  const files = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changed: ReportChange[] = [];
  const perCriterion = new Map<string, { reports: number; pointsDelta: number; transitions: Record<string, number> }>();
  let absSum = 0, compared = 0;
  for (const f of files) {
    const x = a.get(f), y = b.get(f);
    const ok = (r?: DiffInput) => (r && !r.error ? r : undefined);
    const xo = ok(x), yo = ok(y);
    if (xo && yo) { absSum += Math.abs(yo.total - xo.total); compared++; }
    const ids = [...new Set([...Object.keys(xo?.criteria ?? {}), ...Object.keys(yo?.criteria ?? {})])];
    const crit: CriterionChange[] = [];
    for (const id of ids) {
      const cb = xo?.criteria[id], ca = yo?.criteria[id];
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
    const totalChanged = xo?.total !== yo?.total || x?.rank !== y?.rank;
    if (crit.length || totalChanged || db.join() !== da.join()) {
      changed.push({ file: f, totalBefore: xo?.total ?? null, totalAfter: yo?.total ?? null, rankBefore: x?.rank ?? null, rankAfter: y?.rank ?? null, criteria: crit, deductionsBefore: db, deductionsAfter: da });
    }
  }
  const moves = changed
    .filter((c) => c.rankBefore !== null && c.rankAfter !== null && c.rankBefore !== c.rankAfter)
    .map((c) => ({ file: c.file, rankBefore: c.rankBefore, rankAfter: c.rankAfter, move: c.rankBefore! - c.rankAfter! }))
    .sort((p, q) => Math.abs(q.move) - Math.abs(p.move) || (p.file < q.file ? -1 : 1))
    .slice(0, 10);
  return {
    reports: files.length,
    changed,
    summary: {
      reportsChanged: changed.filter((c) => c.criteria.length || c.totalBefore !== c.totalAfter || c.deductionsBefore.join() !== c.deductionsAfter.join()).length,
      meanAbsoluteChange: compared ? absSum / compared : 0,
      largestRankMoves: moves,
      criteria: [...perCriterion].map(([id, v]) => ({ id, ...v })).sort((p, q) => q.reports - p.reports || (p.id < q.id ? -1 : 1)),
    },
  };
}
