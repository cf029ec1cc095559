/**
 * Blind-assessed reports (fixtures/assessed/): the engine keeps agreeing with assessors who never saw
 * it, cell by cell and on every deduction — a regression guard on kinds the seeds lack.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { rubricCli } from './cli-helpers.js';

describe.each(['set1', 'set2', 'set3'])('blind-assessed %s', (set) => {
  it('agrees on at least 140 of 144 cells, finds every gold deduction and no other', () => {
    const dir = join(ROOT, 'fixtures', 'assessed', set);
    const r = rubricCli(['eval', '--gold', join(dir, 'gold.json'), '--corpus', dir, '--json', '--time-budget', '300']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.reports).toBe(6);
    expect(e.failed).toEqual([]);
    expect(e.agree).toBeGreaterThanOrEqual(140);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 0 });
    expect(e.totals.spearman).toBeGreaterThanOrEqual(0.9);
  });
});
