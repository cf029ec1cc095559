import { describe, expect, it } from 'vitest';
import { yearMismatchFact } from '../../engine/facts/year-mismatch.js';
import { compileFact, report } from './fact-helpers.js';

const periodPatterns = ['(20\\d\\d)年以来', '现将(20\\d\\d)年'];

describe('year_mismatch', () => {
  const f = compileFact(yearMismatchFact, { periodPatterns });
  it('a preamble that frames another year as the reporting period', () => {
    const r = f.run(report({ preamble: '现将2021年法治政府建设情况报告如下。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(1);
    expect(r.evidence[0].kind).toBe('front');
  });
  it('the title year, a range, or another year inside the body of work is not a mismatch', () => {
    expect(f.run(report({ preamble: '现将2023年法治政府建设情况报告如下。' })).value).toBe(0);
    expect(f.run(report({ preamble: '2019—2021年以来持续推进。' })).value).toBe(0);
    expect(f.run(report({ achievements: '自2021年以来累计调解纠纷300件。' })).value).toBe(0);
  });
});
