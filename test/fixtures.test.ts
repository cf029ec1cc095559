/** Every fixture case of the default rubric is a test: the criterion must give the expected outcome and evidence. */
import { describe, expect, it } from 'vitest';
import { runFixtures } from '../engine/eval/fixtures.js';
import { loadRubric } from '../engine/rubric/load.js';
import { DEFAULT_RUBRIC } from './helpers.js';

const rubric = loadRubric(DEFAULT_RUBRIC);
const run = await runFixtures(rubric);

describe('default rubric fixtures', () => {
  it('has no structural problems (every criterion has cases, no unknown ids, no duplicates)', () => {
    expect(run.problems).toEqual([]);
  });

  it('ships at least 4 cases for every criterion and deduction, including an unmet one', () => {
    for (const id of [...rubric.criteria.map((c) => c.id), ...rubric.deductions.map((d) => d.id)]) {
      const cases = run.results.filter((r) => r.criterion === id);
      expect(cases.length, id).toBeGreaterThanOrEqual(4);
      expect(cases.some((c) => c.expected === 'unmet' || c.expected === 'not_deducted'), id).toBe(true);
    }
  });

  for (const r of run.results) {
    it(`${r.criterion}: ${r.name}`, () => {
      expect(r.failures, `${r.criterion} / ${r.name}: ${JSON.stringify(r.failures)}`).toEqual([]);
      expect(r.actual).toBe(r.expected);
    });
  }
});
