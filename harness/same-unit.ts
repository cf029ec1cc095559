/**
 * Reports of one unit for one year, submitted more than once (flag same_unit, 同一单位重复). A unit that sends its report
 * as .docx and again as .pdf, or a revised version beside the first, was ranked twice, two rows of one unit, with nothing
 * but 疑似雷同 to tell (new user 37) — and no 疑似雷同 at all when the second version was rewritten. The office decides which
 * counts; the engine names the group.
 *
 * One unit is one key: the 区划代码 the unit was placed at and its name with that place's path (province, city, county) and
 * the government's suffix taken off — 重庆市万州区白土镇人民政府 and 白土镇人民政府, both placed at 白土镇, are one unit; two
 * counties' 教育局 are two. A unit not placed takes no part: two reports titled 城关镇 or 县教育局 may be two counties' (red
 * team 68). The year is part of the key: a unit's reports of two years are two reports (other_year speaks to that).
 */
import type { ResultDivision } from '../engine/types.js';

/** the government's own suffixes, which one copy of a title may carry and the other not */
const GOVERNMENT_SUFFIX = /(?:人民政府|政府|办事处|(?<=街道)办|行政公署)$/;

/**
 * The key that is the same for two reports of one unit and year, null when the unit was not read or not placed (such a
 * report is no one's duplicate). `unit` as the report's `unit` field, `division` as its `division`.
 */
export function unitKeyOf(unit: string | null | undefined, year: number | null | undefined, division: ResultDivision | null | undefined): string | null {
  if (!unit || !division) return null;
  // the suffix first: 皮山县人民政府 is 皮山县, whose county is its whole name and stays
  const whole = unit.replace(/\s+/g, '');
  let core = whole.replace(GOVERNMENT_SUFFIX, '') || whole;
  for (const place of [division.province, division.city, division.county]) if (place && core.startsWith(place) && core.length > place.length) core = core.slice(place.length);
  return `${year ?? '-'}|${division.code}|${core}`;
}

/**
 * The files that share their unit key with another, each mapped to the others of its group (sorted); files with no key
 * take no part. `keys`: each scored report's key (unitKeyOf).
 */
export function sameUnitGroups(keys: ReadonlyMap<string, string>): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [file, key] of keys) {
    const files = byKey.get(key);
    if (files) files.push(file);
    else byKey.set(key, [file]);
  }
  const out = new Map<string, string[]>();
  for (const files of byKey.values()) {
    if (files.length < 2) continue;
    files.sort();
    for (const f of files) out.set(f, files.filter((g) => g !== f));
  }
  return out;
}

/** What follows 同一单位重复 in the 标记 cell: the other files of the group (the first three). */
export function sameUnitCell(others: readonly string[], lang: 'zh' | 'en'): string {
  const list = others.slice(0, 3).join(lang === 'zh' ? '、' : ', ') + (others.length > 3 ? (lang === 'zh' ? ' 等' : ' …') : '');
  return lang === 'zh' ? `（另见 ${list}）` : ` (also ${list})`;
}
