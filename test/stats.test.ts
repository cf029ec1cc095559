import { describe, expect, it } from 'vitest';
import { averageRanks, kendallTauB, meanAbsoluteError, quadraticWeightedKappa, spearman } from '../engine/eval/stats.js';

describe('agreement statistics', () => {
  it('kappa is 1 for perfect agreement and 0 for agreement at chance', () => {
    expect(quadraticWeightedKappa([0, 1, 2, 2], [0, 1, 2, 2], 3)).toBe(1);
    // independent raters with identical marginals: observed equals expected
    expect(quadraticWeightedKappa([0, 0, 1, 1], [0, 1, 0, 1], 3)).toBeCloseTo(0, 10);
  });

  it('quadratic weights punish far disagreements more than near ones', () => {
    const near = quadraticWeightedKappa([0, 1, 2, 2, 1, 0], [0, 1, 2, 1, 1, 0], 3);
    const far = quadraticWeightedKappa([0, 1, 2, 2, 1, 0], [0, 1, 2, 0, 1, 0], 3);
    expect(near).toBeGreaterThan(far);
    // worked by hand: observed weighted disagreement 0.25, expected 1.25, kappa = 1 - 0.25 / 1.25
    expect(quadraticWeightedKappa([0, 1, 2], [0, 2, 2], 3)).toBeCloseTo(0.8, 10);
  });

  it('average ranks share ties', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });

  it('Spearman and Kendall on textbook data', () => {
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8208, 4);
    expect(kendallTauB([1, 2, 3, 4, 5], [3, 4, 1, 2, 5])).toBeCloseTo(0.2, 10);
    expect(kendallTauB([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBe(-1);
    // two reports have an order, no correlation: NaN (eval prints —), as one has (new user 46)
    expect(spearman([70, 80], [80, 70])).toBeNaN();
    expect(kendallTauB([70, 80], [80, 70])).toBeNaN();
  });

  it('mean absolute error', () => {
    expect(meanAbsoluteError([1, 2, 3], [2, 2, 5])).toBe(1);
  });
});
