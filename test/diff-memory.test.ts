/** `rubric diff` keeps of each result only what it shows, so two passes over a large corpus fit the heap. */
import { describe, expect, it } from 'vitest';
import { DIFF_EVIDENCE, forDiff } from '../harness/commands/diff.js';
import { scoreBytes } from '../engine/scoring/report.js';
import { defaultScorer, seedText } from './helpers.js';

describe('forDiff', () => {
  it('keeps totals, outcomes, points, deductions and the first evidence items; drops the signature', async () => {
    const r = await scoreBytes(defaultScorer(), Buffer.from(seedText('002_691625496146cc7c.txt')), '002.txt', { maxBytes: 1 << 26, signature: true });
    const many = Object.values(r.criteria).filter((c) => c.evidence.length > DIFF_EVIDENCE);
    expect(many.length).toBeGreaterThan(0); // the seed has criteria with more evidence than a diff keeps
    const d = forDiff(r);
    expect(d.total).toBe(r.total);
    expect(d.signature).toBeUndefined();
    for (const [id, c] of Object.entries(r.criteria)) {
      expect(d.criteria[id]).toMatchObject({ outcome: c.outcome, points: c.points, planned_only: c.planned_only });
      expect(d.criteria[id].evidence).toEqual(c.evidence.slice(0, DIFF_EVIDENCE));
    }
    expect(d.deductions.map((x) => [x.id, x.points])).toEqual(r.deductions.map((x) => [x.id, x.points]));
    expect(JSON.stringify(d).length).toBeLessThan(JSON.stringify(r).length);
  });
});
