/**
 * The year a batch of reports is for, and the reports of another year in it (flag other_year, 年度与本批不同). An office
 * scores one year's reports at a time; a unit's report of an earlier year sent by mistake was ranked among them with nothing
 * but its 年度 cell to tell (new user 35: a 2022 report came third among 2025's). The batch's year is the one the office
 * names (score --year), else the year most of its reports state — at least four reports with a year, two in three of them on
 * one year — else none (the seeds, three of 2024 and two of 2023, are a mixed set, not a batch with strays).
 */
export interface BatchYear {
  /** the year most reports state */
  year: number;
  /** the files whose year is another */
  others: Set<string>;
  /** the year was named (--year), not inferred */
  given: boolean;
}

/** `years`: each scored report's year (reports with none are left out); `given`: the year the office named, if any. */
export function batchYear(years: ReadonlyMap<string, number>, given?: number): BatchYear | null {
  if (given !== undefined) return { year: given, others: new Set([...years].filter(([, y]) => y !== given).map(([f]) => f)), given: true };
  if (years.size < 4) return null;
  const [year, n] = tally(years)[0];
  if (n * 3 < years.size * 2) return null;
  const others = new Set([...years].filter(([, y]) => y !== year).map(([f]) => f));
  return { year, others, given: false };
}

/**
 * The years a batch's reports state and how many state each, most first, when there are two or more and at least four
 * reports with a year — the batch batchYear finds no year for (nu37: a mixed batch said nothing, and its reports of other
 * years went unflagged). The summary names them and asks for --year.
 */
export function yearCounts(years: ReadonlyMap<string, number>): Array<[number, number]> | null {
  if (years.size < 4) return null;
  const counts = tally(years);
  return counts.length < 2 ? null : counts;
}

/** Each year and how many reports state it, most first (the later year first among equals). */
function tally(years: ReadonlyMap<string, number>): Array<[number, number]> {
  const counts = new Map<number, number>();
  for (const y of years.values()) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
}
