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
  const counts = new Map<number, number>();
  for (const y of years.values()) counts.set(y, (counts.get(y) ?? 0) + 1);
  const [year, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (n * 3 < years.size * 2) return null;
  const others = new Set([...years].filter(([, y]) => y !== year).map(([f]) => f));
  return { year, others, given: false };
}
