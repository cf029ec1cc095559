/** Fair ranking: equal totals share a rank (standard competition ranking), listed by file name among equals. */
import { describe, expect, it } from 'vitest';
import { rank, rankLabel, tiesOf } from '../harness/ranking.js';

const items = (xs: Array<[string, number, boolean?]>) => xs.map(([file, total, failed]) => ({ file, total, failed: Boolean(failed) }));

describe('rank', () => {
  it('gives 1, 2, 2, 4 for totals 90, 80, 80, 70, with equals listed by file name', () => {
    const r = rank(items([['d', 70], ['c', 80], ['a', 90], ['b', 80]]), (x) => x.failed);
    expect(r.map((x) => [x.file, x.rank])).toEqual([['a', 1], ['b', 2], ['c', 2], ['d', 4]]);
  });

  it('shares the first rank and skips past a group of three; failed reports stay unranked', () => {
    const r = rank(items([['x', 50], ['y', 50], ['z', 50], ['w', 10], ['bad', 0, true], ['v', 60]]), (x) => x.failed);
    expect(r.map((x) => x.rank)).toEqual([1, 2, 2, 2, 5, null]);
    expect(r.at(-1)!.file).toBe('bad');
    expect([...tiesOf(r)]).toEqual([[1, 1], [2, 3], [5, 1]]);
  });

  it('keeps reports outside the ranking unranked, after the ranked ones by total and before the failed (score --exclude-other-years)', () => {
    const outside = new Set(['old2022', 'old2021']);
    const r = rank(items([['bad', 0, true], ['old2021', 40], ['b', 70], ['old2022', 95], ['a', 70], ['c', 60]]), (x) => x.failed, (x) => outside.has(x.file));
    // the 95 of another year takes no rank from anyone: the ranks run 1, 1, 3 over this year's reports
    expect(r.map((x) => [x.file, x.rank])).toEqual([['a', 1], ['b', 1], ['c', 3], ['old2022', null], ['old2021', null], ['bad', null]]);
    expect([...tiesOf(r)]).toEqual([[1, 2], [3, 1]]);
  });

  it('labels a shared rank 并列第N (=N in English)', () => {
    expect(rankLabel(2, true, 'zh')).toBe('并列第2');
    expect(rankLabel(2, false, 'zh')).toBe('2');
    expect(rankLabel(3, true, 'en')).toBe('=3');
    expect(rankLabel(null, false, 'zh')).toBe('');
  });
});
