/**
 * A station of a county bureau in one 乡/镇/街道 (基层站所): 安吉县司法局天荒坪镇司法所, 涞水县公安局三坡派出所,
 * 秭归县市场监督管理局茅坪市场监督管理所, 兴坪镇综治中心, 春熙路街道综合行政执法队. It answers to two bodies — its
 * bureau and the town — and reports from the town: the town is its place (another town of the county named as the
 * place its work serves is a residue, as in a town's own report), the bureau and the town its superiors.
 *
 * Read as a plain department its name had gone wrong both ways (blind set 142): 司法局天荒坪镇 and 市场监督管理局茅坪市 were
 * taken for places, a station named by the town's bare stem (三坡派出所) was placed at its county, and another town of the
 * county was never a candidate residue.
 */
import { PARTY_HEAD, PLACE_TOKEN, VERTICAL_HEAD } from '../lexicon/units.js';
import { divisionsNamed, lookup, TOWNSHIP_LEVEL, type DivisionLevel } from './gazetteer/index.js';
import { unitNames } from './metadata.js';
import type { DocumentModel, UnitNames } from '../types.js';

/**
 * The kinds of station a town holds, longest first where one ends another (中心司法所 before 司法所). A name of the
 * town (full or its bare stem) stands right before one of them.
 */
const STATION_KINDS = [
  '中心司法所', '司法所', '边境派出所', '派出所', '市场监督管理所', '市场监管所', '食品药品监督管理所',
  '税务分局', '税务所', '自然资源和规划所', '自然资源所', '国土资源管理所', '国土资源所', '国土所', '规划所', '财政所',
  '林业工作站', '林业站', '水利站', '农业综合服务中心', '农业服务中心', '畜牧兽医站', '综合文化站',
  '社会治安综合治理中心', '综治中心', '为民服务中心', '便民服务中心',
  '综合行政执法大队', '综合行政执法中队', '综合行政执法队', '综合执法大队', '综合执法中队', '综合执法队', '行政执法队',
  '执法大队', '执法中队', '交警中队', '交通警察中队', '应急管理站', '应急管理所', '安监站', '劳动保障所', '退役军人服务站',
  // (a 大队's squadron named after its town: 博罗县公安局交通警察大队石湾中队)
  '中队',
];
const STATION_END = new RegExp(`(${STATION_KINDS.join('|')})$`);
const TOWN_END = /(?:镇|乡|街道|苏木)$/;
const COUNTY_LEVEL: ReadonlySet<DivisionLevel> = new Set(['county']);

/**
 * The unit's names when it is a town's station: tokens the county's (if named) then the town's full name, own the town,
 * level 'department', seat 'township'. Null for any other unit — a station named after no town the gazetteer knows
 * (县公安局城东派出所) stays a department of its county.
 */
export function stationNames(unit: string | null): UnitNames | null {
  const parts = stationParts(unit);
  if (!parts) return null;
  const bureau = parts.bureau ? unitNames(parts.bureau) : null;
  const parent = bureau?.tokens ?? [];
  const town = parts.place.length >= 2 ? townOf(parts.place, parent) : null;
  // a station of a named bureau whose town the gazetteer cannot tell (县公安局城东派出所): a department of the bureau's
  // county — never a place cut across the bureau's name (公安局新市 had been one)
  if (!town) return bureau && bureau.own ? { ...bureau, level: 'department' } : null;
  return { tokens: [...parent, ...town.tokens, town.name], own: town.name, level: 'department', seat: 'township' };
}

/**
 * A station's name in three: its bureau (up to its last 局 — 县司法局, 县公安局, 县税务局 — or, for a squadron, its 大队:
 * 交通警察大队|石湾|中队; '' when the name gives none), the place after it, its kind. Null for a unit that is no station.
 */
function stationParts(unit: string | null): { bureau: string; place: string; kind: string } | null {
  if (!unit) return null;
  const name = unit.replace(PARTY_HEAD, '').replace(VERTICAL_HEAD, '');
  const kind = STATION_END.exec(name);
  if (!kind) return null;
  const before = name.slice(0, kind.index);
  const squad = before.lastIndexOf('大队');
  const cut = Math.max(before.lastIndexOf('局') + 1, squad < 0 ? 0 : squad + 2);
  return { bureau: before.slice(0, cut), place: before.slice(cut), kind: kind[1] };
}

/**
 * The town a station's name gives after its bureau: a place ending in a township's level word (锦江区|春熙路街道, 乌镇), or a
 * stem the gazetteer knows as one township of the county (新市 → 新市镇, 茅坪 → 茅坪镇) — tried from the whole place down,
 * so 新市 is read as a stem before it is read as a 市. With the place tokens before the town.
 */
function townOf(place: string, parent: string[]): { name: string; tokens: string[] } | null {
  const tokens = [...place.matchAll(new RegExp(PLACE_TOKEN, 'g'))].map((m) => m[0]);
  const joined = tokens.join('');
  const county = (k: number) => lastCounty([...parent, ...tokens.slice(0, k)]);
  // (only tokens that spell the place from its start: never a name cut from inside a word)
  const spelled = joined === place.slice(0, joined.length);
  for (let k = 0; k <= (spelled ? tokens.length : 0); k++) {
    const head = tokens.slice(0, k).join('');
    const rest = place.slice(head.length);
    if (!rest) break;
    if (k === tokens.length - 1 && rest === tokens[k] && TOWN_END.test(rest)) return { name: rest, tokens: tokens.slice(0, k) };
    if (rest.length >= 2 && rest.length <= 6 && !/[局县区]/.test(rest)) {
      const found = townOfStem(rest, county(k));
      if (found) return { name: found, tokens: tokens.slice(0, k) };
    }
  }
  return null;
}

/** The last county-level place of a name's tokens (安吉县 of 安吉县 · 天荒坪镇), which a stem is looked up within. */
const lastCounty = (tokens: readonly string[]): string | undefined => tokens.filter((t) => /(?:县|区|旗|市)$/.test(t)).pop();

/**
 * The town a station names by its bare stem (茅坪 of 茅坪市场监督管理所, 三坡 of 三坡派出所): the one township of the
 * county (or, with no county named, of the whole gazetteer) whose name is the stem and a level word. Null when none or
 * several: then the station is not placed at a town.
 */
function townOfStem(stem: string, county: string | undefined): string | null {
  const counties = county ? lookup(county).filter((d) => COUNTY_LEVEL.has(d.level) && (d.name === county || county.startsWith(d.name.slice(0, 2)))) : [];
  const found = new Set<string>();
  for (const suffix of ['镇', '乡', '街道', '苏木']) {
    for (const d of divisionsNamed(stem + suffix, TOWNSHIP_LEVEL)) {
      if (!county || counties.some((c) => d.code.startsWith(c.code))) found.add(d.name);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The unit's names: a town's station as stationNames reads it, any other unit as unitNames does. */
export function namesOfUnit(unit: string | null): UnitNames {
  const station = stationNames(unit);
  if (station) return station;
  const names = unitNames(unit);
  // any other body of a town (江南街道城管执法中队, 某镇人民政府办公室): a department of its town, seated there too (blind set 147)
  return names.level === 'department' && names.own !== null && TOWN_END.test(names.own) ? { ...names, seat: 'township' } : names;
}

/** A verb of a station's coverage: 统筹服务, 覆盖, 负责, 管辖, 所辖, 辖区包括, 一所带两乡 … */
// (负责 never of 负责人: 三个乡镇司法所负责人 — red team 81)
const SERVICE_VERB = /服务|覆盖|负责(?!人|同志)|统筹|管辖|所辖|辖区|承担|兼顾|一所带|带[两三四五]/;
/** A list of towns in a sentence of joint work (联合巡逻, 边界联勤): partners, no declared area (red team 80's r1_17). */
const JOINT_WORK = /联合|联勤|联防|巡逻|边界|交界|毗邻|相邻/;
/** Two or more townships in a list (天荒坪镇、山川乡、上墅乡); the first may carry the words before it, cut by townAtEnd. */
const TOWN_LIST = /[\u4e00-\u9fa5]{2,8}?(?:镇|乡|街道|苏木)(?:[、和及与][\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道|苏木))+/g;
/** …or named by their stems before a count of them (泗安、林城、和平三个乡镇; 天子湖、溪龙两个乡镇). */
const STEM_LIST = /((?:[\u4e00-\u9fa5]{2,6}、)+[\u4e00-\u9fa5]{2,4})(?:[两三四五六七八九十]个|等)(?:乡镇|镇|乡|街道)/g;
const AREAS = new WeakMap<DocumentModel, ReadonlySet<string>>();
const NO_AREA: ReadonlySet<string> = new Set();

/**
 * The townships a station declares it serves besides its own, in a list with its own town and a verb of coverage
 * (统筹服务天荒坪镇、山川乡、上墅乡三个乡镇; 辖区包括侯镇、上口镇; 负责泗安、林城、和平三个乡镇): a 中心司法所's or a 税务分局's
 * area is its own, named anywhere in its report on purpose. Empty for any unit that is no town's station. Kept per document.
 */
export function serviceArea(doc: DocumentModel): ReadonlySet<string> {
  const own = doc.unitNames.own;
  if (doc.unitNames.seat !== 'township' || !own) return NO_AREA;
  let area = AREAS.get(doc);
  if (area) return area;
  const found = new Set<string>();
  const county = lastCounty(doc.unitNames.tokens);
  for (const s of doc.sentences) {
    if (!SERVICE_VERB.test(s.text) || JOINT_WORK.test(s.text)) continue;
    // (the verb stands before the list, as its object: …由各所负责实施 after a pilot's list declares no area — red team 81)
    const verbBefore = (m: RegExpMatchArray, head: string) => SERVICE_VERB.test(s.text.slice(Math.max(0, m.index! - 12), m.index! + head.length));
    for (const m of s.text.matchAll(TOWN_LIST)) {
      // (和 splits only after a level word: 和平镇 is a name)
      const names = m[0].split(/、|(?<=镇|乡|街道|苏木)[和及与]/);
      if (!verbBefore(m, names[0])) continue;
      names[0] = townAtEnd(names[0]) ?? '';
      if (names.includes(own)) for (const n of names) if (n && n !== own) found.add(n);
    }
    for (const m of s.text.matchAll(STEM_LIST)) {
      const stems = m[1].split('、');
      if (!verbBefore(m, stems[0])) continue;
      const names = stems.map((st, i) => (i === 0 ? stemAtEnd(st, county) : townOfStem(st, county)));
      if (names.includes(own)) for (const n of names) if (n && n !== own) found.add(n);
    }
  }
  area = found.size ? found : NO_AREA;
  AREAS.set(doc, area);
  return area;
}

/** The township name that ends `text` (统筹服务天荒坪镇 → 天荒坪镇), the longest the gazetteer knows; null when none. */
function townAtEnd(text: string): string | null {
  for (let k = Math.max(0, text.length - 8); k <= text.length - 2; k++) {
    const name = text.slice(k);
    if (divisionsNamed(name, TOWNSHIP_LEVEL).length) return name;
  }
  return null;
}

/** The township whose stem ends `text` (负责泗安 → 泗安镇), the longest stem first; null when none. */
function stemAtEnd(text: string, county: string | undefined): string | null {
  for (let k = Math.max(0, text.length - 4); k <= text.length - 2; k++) {
    const town = townOfStem(text.slice(k), county);
    if (town) return town;
  }
  return null;
}

/**
 * A station's own name without its bureau (土默特左旗市场监督管理局察素齐市场监督管理所 → 察素齐市场监督管理所; 博罗县公安局交通警察
 * 大队石湾中队 → 石湾中队): what its title may call it while its 落款 signs in full (blind set 145). Null for any other unit.
 */
export function stationShortName(unit: string | null): string | null {
  const parts = stationParts(unit);
  const short = parts && parts.bureau ? parts.place + parts.kind : '';
  return short.length >= 4 ? short : null;
}

/**
 * The field of the bureau a station belongs to (安吉县司法局梅溪镇司法所 → 司法局; 国家税务总局寿光市税务局侯镇税务分局 → 税务局), as
 * its reports name the bureau above it (县司法局, 市税务局); null for any other unit or a station named without its bureau.
 */
export function stationBureau(unit: string | null): string | null {
  const parts = stationParts(unit);
  const parent = parts ? parts.bureau.slice(0, parts.bureau.lastIndexOf('局') + 1) : '';
  if (!parent) return null;
  const field = parent.slice(unitNames(parent).tokens.join('').length);
  return /^[\u4e00-\u9fa5]{1,12}局$/.test(field) ? field : null;
}
