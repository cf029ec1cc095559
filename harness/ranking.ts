/**
 * Ranking: by total, highest first. Equal totals share a rank — standard competition ranking
 * (1, 2, 2, 4: 并列第2), so no office is placed above another with the same score; among equals
 * the rows are listed by file name, which is an order of listing, not of merit. Reports that could
 * not be scored come last, unranked (rank null), after any scored report kept out of the ranking.
 */
import type { UnrankedResult } from '../engine/scoring/report.js';
import type { ReportResult } from '../engine/types.js';

export interface RankedResult extends Omit<ReportResult, 'rank'> {
  rank: number | null;
  encoding: string | null;
  /** the rank among reports of the same unit kind (harness/writers/unit-kind.ts); absent before outputs are assembled */
  kindRank?: number | null;
}

const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * The one ranking rule, for full results (diff) and for the spool's compact summaries (score). `outside`: scored reports
 * kept out of the ranking (another year's, score --exclude-other-years): listed after the ranked ones by total, unranked,
 * before the reports not scored.
 */
export function rank<T extends { file: string; total: number }>(items: T[], failed: (x: T) => boolean, outside: (x: T) => boolean = () => false): Array<T & { rank: number | null }> {
  const byTotal = (a: T, b: T) => b.total - a.total || byName(a, b);
  const scored = items.filter((x) => !failed(x) && !outside(x)).sort(byTotal);
  const rest = [...items.filter((x) => !failed(x) && outside(x)).sort(byTotal), ...items.filter(failed).sort(byName)];
  const ranked: Array<T & { rank: number | null }> = [];
  scored.forEach((x, i) => {
    const prev = ranked[i - 1];
    // competition ranking: a tie takes the rank of the first of its group; the next total skips past the group
    ranked.push({ ...x, rank: prev && scored[i - 1].total === x.total ? prev.rank : i + 1 });
  });
  return [...ranked, ...rest.map((x) => ({ ...x, rank: null }))];
}

/** How many ranked items share each rank (a rank held by more than one is 并列). */
export function tiesOf(items: Array<{ rank: number | null }>): Map<number, number> {
  const n = new Map<number, number>();
  for (const x of items) if (x.rank !== null) n.set(x.rank, (n.get(x.rank) ?? 0) + 1);
  return n;
}

/** A rank as a person reads it: 2, or 并列第2 / =2 when it is shared. */
export function rankLabel(rank: number | null, shared: boolean, lang: 'zh' | 'en'): string {
  if (rank === null) return '';
  if (!shared) return String(rank);
  return lang === 'zh' ? `并列第${rank}` : `=${rank}`;
}

export function rankResults(results: UnrankedResult[]): RankedResult[] {
  return rank(results, (r) => Boolean(r.error));
}
