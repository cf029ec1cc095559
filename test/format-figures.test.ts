/** Terminal figures (harness/format.ts). */
import { describe, expect, it } from 'vitest';
import { num, pct } from '../harness/format.js';

describe('num', () => {
  it('prints a figure that rounds to zero as 0, never -0.000 (a new user saw QWK: -0.000 on three cells)', () => {
    expect(num(-0.00004)).toBe('0.000');
    // variants: negative zero itself, other precisions, and real negatives and positives unchanged
    expect(num(-0)).toBe('0.000');
    expect(num(-0.004, 2)).toBe('0.00');
    expect(num(-0.25)).toBe('-0.250');
    expect(num(0.9996)).toBe('1.000');
    expect(num(null)).toBe('–');
    expect(pct(0.5)).toBe('50.0%');
  });
});
