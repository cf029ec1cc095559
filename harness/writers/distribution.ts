/**
 * Distribution of totals: min, quartiles, max and a histogram in bins of 10 points, for the CLI
 * summary and report.html; and per criterion the share of reports met / partial / unmet. Quartiles
 * are linear interpolation between order statistics (type 7, the default of R and of Excel's
 * QUARTILE.INC), so they match what an office recomputes in a spreadsheet.
 */
import type { CompiledRubric } from '../../engine/rubric/types.js';
import type { CriterionResult, Outcome } from '../../engine/types.js';
import type { Lang } from './evidence-text.js';

export interface Distribution { n: number; min: number; q1: number; median: number; q3: number; max: number; mean: number; bins: Array<{ from: number; to: number; count: number }> }

/** Quantile p (0..1) of sorted values, type 7. */
export function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)]) - sorted[lo]);
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** null for no totals. Bins are [0,10), [10,20) … [90,max]: the last bin includes the maximum. */
export function distribution(totals: number[], max = 100, width = 10): Distribution | null {
  if (!totals.length) return null;
  const s = [...totals].sort((a, b) => a - b);
  const nb = Math.max(1, Math.ceil(max / width));
  const bins = Array.from({ length: nb }, (_, i) => ({ from: i * width, to: Math.min(max, (i + 1) * width), count: 0 }));
  for (const x of s) bins[Math.min(nb - 1, Math.max(0, Math.floor(x / width)))].count++;
  return { n: s.length, min: s[0], q1: r2(quantile(s, 0.25)), median: r2(quantile(s, 0.5)), q3: r2(quantile(s, 0.75)), max: s[s.length - 1], mean: r2(s.reduce((a, b) => a + b, 0) / s.length), bins };
}

/** The CLI summary's lines: figures, then a text histogram (one row per bin that is not empty … between the first and last). */
export function distributionLines(totals: number[], lang: Lang, max = 100): string[] {
  const d = distribution(totals, max);
  if (!d) return [];
  const out = [lang === 'zh'
    ? `总分分布（${d.n} 份）：最低 ${d.min}，下四分位 ${d.q1}，中位数 ${d.median}，上四分位 ${d.q3}，最高 ${d.max}，平均 ${d.mean}`
    : `Totals (${d.n} reports): min ${d.min}, Q1 ${d.q1}, median ${d.median}, Q3 ${d.q3}, max ${d.max}, mean ${d.mean}`];
  const first = d.bins.findIndex((b) => b.count), last = d.bins.length - 1 - [...d.bins].reverse().findIndex((b) => b.count);
  const top = Math.max(...d.bins.map((b) => b.count));
  for (const b of d.bins.slice(first, last + 1)) {
    const bar = '█'.repeat(Math.round((b.count / top) * 30)) || (b.count ? '▏' : '');
    out.push(`  ${String(b.from).padStart(3)}–${String(b.to).padEnd(3)} ${bar} ${b.count}`);
  }
  return out;
}

export type Shares = Record<Outcome, number> & { n: number };

/** Per criterion: how many scored reports were met / partial / unmet (counts; divide by n for shares). */
export function criterionShares(rubric: CompiledRubric, rows: Array<{ criteria: Record<string, CriterionResult>; error?: unknown }>): Map<string, Shares> {
  const m = new Map<string, Shares>(rubric.criteria.map((c) => [c.id, { met: 0, partial: 0, unmet: 0, n: 0 }]));
  for (const r of rows) {
    if (r.error) continue;
    for (const c of rubric.criteria) {
      const res = r.criteria[c.id];
      if (!res) continue;
      const s = m.get(c.id)!;
      s[res.outcome]++;
      s.n++;
    }
  }
  return m;
}
