/** Ranking: by total, highest first; ties broken by file name; reports that could not be scored come last, unranked. */
import type { UnrankedResult } from '../engine/report.js';
import type { ReportResult } from '../engine/types.js';

export interface RankedResult extends Omit<ReportResult, 'rank'> { rank: number | null; encoding: string | null }

const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function rankResults(results: UnrankedResult[]): RankedResult[] {
  const scored = results.filter((r) => !r.error).sort((a, b) => b.total - a.total || byName(a, b));
  const failed = results.filter((r) => r.error).sort(byName);
  return [...scored.map((r, i) => ({ ...r, rank: i + 1 })), ...failed.map((r) => ({ ...r, rank: null }))];
}
