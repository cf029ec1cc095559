/**
 * Agreement statistics for rubric evaluation. Small, standard formulas (tested against textbook
 * values in test/stats.test.ts): quadratic-weighted Cohen's kappa over ordinal outcomes, Spearman's
 * rho with average ranks for ties, and Kendall's tau-b.
 */

/** Quadratic-weighted kappa for two raters over k ordered categories 0..k-1. */
export function quadraticWeightedKappa(a: number[], b: number[], k: number): number {
  const n = a.length;
  if (n === 0) return NaN;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const ha = new Array<number>(k).fill(0), hb = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) { observed[a[i]][b[i]]++; ha[a[i]]++; hb[b[i]]++; }
  let num = 0, den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) ** 2) / ((k - 1) ** 2);
      num += w * observed[i][j];
      den += w * (ha[i] * hb[j]) / n;
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}

/** Ranks 1..n, ties sharing their average rank. */
export function averageRanks(xs: number[]): number[] {
  const idx = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const ranks = new Array<number>(xs.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k][1]] = r;
    i = j + 1;
  }
  return ranks;
}

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n, my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) ** 2; syy += (y[i] - my) ** 2; }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Rank correlations need three pairs: two reports can only agree (+1) or disagree (−1) on their order, which a figure then
 * overstates (new user 46 read −1.000 from a review of two reports). NaN below three; eval prints it as —.
 */
const MIN_RANKED = 3;

export function spearman(x: number[], y: number[]): number {
  return x.length < MIN_RANKED ? NaN : pearson(averageRanks(x), averageRanks(y));
}

/** Kendall's tau-b (accounts for ties in either variable). */
export function kendallTauB(x: number[], y: number[]): number {
  const n = x.length;
  if (n < MIN_RANKED) return NaN;
  let concordant = 0, discordant = 0, tiesX = 0, tiesY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i] - x[j]), dy = Math.sign(y[i] - y[j]);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denom = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return denom === 0 ? NaN : (concordant - discordant) / denom;
}

export const meanAbsoluteError = (a: number[], b: number[]) => (a.length ? a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0) / a.length : NaN);
