/** Small formatting helpers for terminal output. */
export const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
/** A figure to `digits` places; one that rounds to zero prints as 0, never -0.000 (a QWK of -0.00004 on three cells). */
export const num = (x: number | null, digits = 3) => (x === null ? '–' : (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toFixed(digits));
export const pad = (s: string, n: number) => {
  // Chinese characters take two columns in a terminal
  const width = [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, n - width));
};
