/** results.jsonl: one JSON object per report, in rank order, with exactly the documented keys in a fixed order. */
import type { RankedResult } from '../ranking.js';

export function jsonlLine(r: RankedResult): string {
  return JSON.stringify({
    file: r.file,
    unit: r.unit,
    year: r.year,
    total: r.total,
    rank: r.rank,
    criteria: r.criteria,
    deductions: r.deductions,
    flags: r.flags,
    error: r.error ?? null,
  });
}

export function toJsonl(results: RankedResult[]): string {
  return results.map((r) => jsonlLine(r) + '\n').join('');
}
