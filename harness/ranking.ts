/** Ranking: by total, highest first; ties broken by file name; reports that could not be scored come last, unranked. */
import type { UnrankedResult } from '../engine/scoring/report.js';
import type { ReportResult } from '../engine/types.js';

export interface RankedResult extends Omit<ReportResult, 'rank'> { rank: number | null; encoding: string | null }

const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The one ranking rule, for full results (diff) and for the spool's compact summaries (score). */
export function rank<T extends { file: string; total: number }>(items: T[], failed: (x: T) => boolean): Array<T & { rank: number | null }> {
  const scored = items.filter((x) => !failed(x)).sort((a, b) => b.total - a.total || byName(a, b));
  const rest = items.filter(failed).sort(byName);
  return [...scored.map((x, i) => ({ ...x, rank: i + 1 as number | null })), ...rest.map((x) => ({ ...x, rank: null }))];
}

export function rankResults(results: UnrankedResult[]): RankedResult[] {
  return rank(results, (r) => Boolean(r.error));
}
