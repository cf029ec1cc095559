/** The batch's year and its reports of another year (harness/batch-year.ts; flag other_year — new user 35). */
import { describe, expect, it } from 'vitest';
import { batchYear } from '../harness/batch-year.js';

const of = (ys: number[]) => new Map(ys.map((y, i) => [`r${i}.txt`, y]));

describe('batchYear', () => {
  it('names the year most reports state and the reports of another (a 2022 report among 2025\'s)', () => {
    expect(batchYear(of([2025, 2025, 2025, 2025, 2025, 2022]))).toEqual({ year: 2025, others: new Set(['r5.txt']), given: false });
    // a variant: two strays of two other years in a batch of twelve
    const b = batchYear(of([...Array(10).fill(2024), 2023, 2021]))!;
    expect([b.year, [...b.others].sort()]).toEqual([2024, ['r10.txt', 'r11.txt']]);
  });

  it('names none in a mixed set (three of 2024, two of 2023: the seeds), a batch of three, or one all of a year', () => {
    expect(batchYear(of([2024, 2024, 2024, 2023, 2023]))).toBeNull();
    expect(batchYear(of([2025, 2025, 2022]))).toBeNull();
    expect(batchYear(of([2025, 2025, 2025, 2025]))).toEqual({ year: 2025, others: new Set(), given: false });
  });

  it('takes the year the office names (--year) over any inference, in a mixed set or a batch of one', () => {
    expect(batchYear(of([2024, 2024, 2024, 2023, 2023]), 2024)).toEqual({ year: 2024, others: new Set(['r3.txt', 'r4.txt']), given: true });
    expect(batchYear(of([2022]), 2025)).toEqual({ year: 2025, others: new Set(['r0.txt']), given: true });
  });
});
