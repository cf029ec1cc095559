/** The batch's year and its reports of another year (harness/batch-year.ts; flag other_year — new user 35). */
import { describe, expect, it } from 'vitest';
import { batchYear, yearCounts } from '../harness/batch-year.js';

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

describe('yearCounts (the summary\'s note on a batch of several years, nu37)', () => {
  it('names each year and its count, most first, where no year is the batch\'s', () => {
    expect(yearCounts(of([2024, 2024, 2024, 2023, 2023]))).toEqual([[2024, 3], [2023, 2]]);
    // a variant: three years, two of them tied (the later first)
    expect(yearCounts(of([2021, 2022, 2022, 2023, 2023]))).toEqual([[2023, 2], [2022, 2], [2021, 1]]);
  });

  it('names nothing for one year or fewer than four reports', () => {
    expect(yearCounts(of([2025, 2025, 2025, 2025]))).toBeNull();
    expect(yearCounts(of([2025, 2024, 2023]))).toBeNull();
  });
});
