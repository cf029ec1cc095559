/**
 * The reporting unit's place in the gazetteer, and whether another name in the report is a place
 * that is not the unit. A name (白土镇) often exists in several provinces: the superior names the
 * report uses (重庆市, 万州区, 区委 of 万州) decide between them; when they cannot, every candidate is
 * kept and counts as the unit (a name is only *another* unit when it is none of them).
 */
import { autonomousCountiesNamed, countiesShortNamed, lookup, shortForm, type Division } from './index.js';
import { isCommonWord } from '../words.js';
import { FARM_END, LANDSCAPE_ZONE_WORDS, PARTY_HEAD, VERTICAL_HEAD, ZONE_WORDS } from '../../lexicon/units.js';
import { escapeRegExp } from '../../patterns/escape.js';

/** The unit's division: one code when the text decides, else all candidates (`codes`). */
export interface UnitDivision {
  /** the division chosen (the first candidate when the text cannot decide) */
  code: string;
  name: string;
  level: Division['level'];
  province: string;
  city: string | null;
  county: string | null;
  /** every candidate still possible (homonyms the text does not tell apart) */
  codes: string[];
}

/** A zone's kind alone (开发区, 高新区 — the gazetteer holds divisions so called), or a part of a city (城区, 片区): no place of its own. */
const ZONE_NAMES = /^(?:开发区|高新区|经开区|新区|实验区|示范区|试验区|城区|郊区|矿区|片区|园区|工业园区|产业园区|管理区|经济开发区|经济技术开发区|高新技术开发区|高新技术产业开发区)$/;
/** A landscape's or a port's zone kind alone (保税区, 旅游度假区): a place only as the division its name's words before it tell. */
const LANDSCAPE_KIND = new RegExp(`^(?:${LANDSCAPE_ZONE_WORDS.join('|')})$`);
const SUFFIX_RE = /(?:自治州|自治县|自治旗|自治区|街道|苏木|地区|省|市|盟|县|区|旗|镇|乡)/g;

/**
 * Gazetteer names in `text`, longest first at each suffix: 重庆市荣昌区人民政府广顺街道 → 重庆市, 荣昌区, 广顺街道. `maxLen` covers the
 * longest names (双江拉祜族佤族布朗族傣族自治县, 15): at 8, 湘西土家族苗族自治州 and 黔东南苗族侗族自治州 (10) were never found, so their
 * governments went unplaced, their 省/市 cells empty (new user 38).
 */
export function placeNamesIn(text: string, maxLen = 16): Array<{ name: string; at: number; divisions: Division[] }> {
  const out: Array<{ name: string; at: number; divisions: Division[] }> = [];
  for (const m of text.matchAll(SUFFIX_RE)) {
    const end = m.index! + m[0].length;
    for (let len = Math.min(maxLen, end); len >= m[0].length + 1; len--) {
      const name = text.slice(end - len, end);
      const ds = lookup(name).filter((d) => d.name === name);
      if (ds.length) { out.push(shorterReading(text, end, len, m[0].length) ?? { name, at: end - len, divisions: ds }); break; }
    }
  }
  // drop names inside a longer one found at the same place (万州区 inside 重庆市万州区 never happens; 州区 might)
  return out.filter((a) => !out.some((b) => b !== a && b.at <= a.at && b.at + b.name.length >= a.at + a.name.length && b.name.length > a.name.length));
}

/**
 * A shorter name ending at the same place that the text reads better (red team 61): the longest name can begin inside
 * the word before it — 山西吉县 holds 西吉县 (宁夏) though it is 山西's 吉县, 甘肃宁县 holds 肃宁县 (河北), 信阳新县 holds 阳新县
 * (湖北), 农业银行唐县支行 holds 行唐县. The shorter one wins when what stands before it is one of its own superiors (山西,
 * 甘肃省, 信阳) or when the longer one's first character makes a word with the one before it (银行). Null: keep the longest.
 */
function shorterReading(text: string, end: number, len: number, suffixLen: number): { name: string; at: number; divisions: Division[] } | null {
  const at = end - len;
  for (let l = len - 1; l >= suffixLen + 1; l--) {
    const name = text.slice(end - l, end);
    const ds = lookup(name).filter((d) => d.name === name);
    if (!ds.length) continue;
    const before = text.slice(Math.max(0, end - l - 12), end - l);
    const ownSuperior = ds.some((d) => {
      const { full, short } = superiorNames(d);
      return [...full, ...short].some((x) => x !== name && before.endsWith(x));
    });
    if (ownSuperior || (at > 0 && isCommonWord(text[at - 1] + text[at]))) return { name, at: end - l, divisions: ds };
  }
  return null;
}

/** Short forms of counties that are everyday words of these reports (便民惠民, 流动红旗, 乡村振兴, 平安建设, 安定团结). */
const REPORT_WORDS = /^(?:惠民|便民|利民|为民|富民|安民|红旗|先锋|前进|胜利|团结|友谊|幸福|和谐|和平|光明|振兴|平安|安定|新建|安康|惠农)$/;

/** A division's superiors' full names (重庆市, 万州区) and their short forms (万州) but not an everyday word's, each once. */
function superiorNames(d: Division): { full: string[]; short: string[] } {
  const full = [...new Set([d.province, d.city, d.county].filter((x): x is string => !!x))];
  const short = [...new Set(full.map((n) => shortForm(n)).filter((x): x is string => !!x && x.length >= 2 && !full.includes(x) && !REPORT_WORDS.test(x)))];
  return { full, short };
}

/**
 * A place visited, learned from or worked with (赴南京市鼓楼区学习, 借鉴南京经验, 到石家庄市跟班学习, 与南京市鼓楼区签订协议,
 * 邀请南京专家): someone else's place, no superior of the unit (red team 56: a study trip placed 福州's 鼓楼区 in 南京). Only
 * these: the unit's own county follows 与/参加/学习贯彻/到 as often (与县直部门…, 参加县委党校培训 — red team 58).
 */
const PARTNER_BEFORE = /(?:赴|前往|借鉴)[^，。；、：\s]{0,4}$/;
const GONE_TO = /(?:到|去|至)[^，。；、：\s]{0,2}$/;
const TO_LEARN = /^[^，。；、：\s]{0,8}?(?:学习|考察|挂职|跟班|参观|取经|观摩)/;
const JOINED_WITH = /(?:与|同|跟)[^，。；、：\s]{0,2}$/;
const AGREEMENT = /^[^，。；、：\s]{0,8}?(?:签订|签署|结对|共建|合作)/;
const INVITED = /邀请[^，。；、：\s]{0,2}$/;
const EXPERTS = /^[^，。；、：\s]{0,6}?(?:专家|学者|教授|律师|讲师)/;
/** The organs of a superior after its full name (庐江县委, 县政府, 人民政府): the report answers to it. */
const ORGANS_AFTER = /^(?:委|人民政府|政府|人大|政协|纪委|党委|党工委|委员会)/;

/**
 * How the text names `name` as a superior: 3 for each mention followed by its organs (庐江县委、县政府), 1 for any other
 * — never a place visited or worked with, and a two-character name (范县) never inside a word (示范县, 形成县: the character
 * before and its first make a word).
 */
function mentions(text: string, name: string, full: boolean): number {
  if (name.length < 2) return 0;
  const glues = name.length === 2 && /[省市县区州盟旗]$/.test(name);
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (glues && at > 0 && isCommonWord(text[at - 1] + name[0])) continue;
    const before = text.slice(Math.max(0, at - 8), at), after = text.slice(at + name.length, at + name.length + 12);
    if (PARTNER_BEFORE.test(before) || GONE_TO.test(before) && TO_LEARN.test(after) || JOINED_WITH.test(before) && AGREEMENT.test(after) || INVITED.test(before) && EXPERTS.test(after)) continue;
    // a short form inside another word (重大安全 ⊃ 大安, 政务公开平台 ⊃ 开平, 和政务 ⊃ 和政): its neighbour and it make a word
    if (!full && ((at > 0 && isCommonWord(text[at - 1] + name[0])) || isCommonWord(name[name.length - 1] + (text[at + name.length] ?? '')))) continue;
    n += full && ORGANS_AFTER.test(after) ? 3 : 1;
  }
  return n;
}

/**
 * The unit's division from its name (丰都县栗子乡人民政府, 潼关县司法局) and the report's text: the most
 * specific gazetteer place in the name, its homonyms ranked by how often the text names their
 * superiors. Null when the name holds no gazetteer place (a fictional or renamed place, a zone).
 */
export function resolveUnit(unit: string | null, text: string): UnitDivision | null {
  if (!unit) return null;
  // a zone's generic name (开发区, 高新区) is a place somewhere, never the way to locate this body
  // (a vertically managed body's head office is no part of its place: 中国人民银行唐县支行 is in 唐县, not 行唐县)
  const name = unit.replace(PARTY_HEAD, '').replace(VERTICAL_HEAD, '');
  const places = ownPlaces(name);
  if (!places.length) return zoneHost(name, text) ?? autonomousShort(name, text) ?? shortNamedHost(name, text);
  const own = places[places.length - 1];
  let cands = own.divisions;
  // a county's short form right before the only place (普宁|华侨管理区, its county's organs named in the text): the place is that
  // county's — a homonym elsewhere (陆丰市's 华侨管理区) is not the unit, which is placed at the county when none lies within it
  // (blind set 154's 普侨区: its own 普宁市 had been read as another county once 市 names were checked)
  const host = places.length === 1 ? shortHostBefore(name, own.at, text) : null;
  if (host) {
    const within = cands.filter((d) => d.code.startsWith(host.code));
    if (!within.length) return unitDivision(host);
    cands = within;
  }
  // the other places of the name must be its superiors (重庆市 万州区 白土镇)
  for (const p of places.slice(0, -1)) {
    const within = cands.filter((d) => p.divisions.some((s) => d.code.startsWith(s.code)));
    if (within.length) cands = within;
  }
  if (cands.length > 1) {
    // the superiors' names as names (red team 56: ordinary words had placed towns in other provinces, whose own county then
    // read as another county's): never inside the unit's own name (兴隆镇 is no mention of 兴隆县); full names decide, their
    // organs after them most (在庐江县委、县政府的领导下); short forms only break a tie, never an everyday word of these
    // reports (乡村振兴 names no 振兴区) — red team 58: the own county as a brand (法治房县) or a dictionary word (石门) counts
    const prose = own.name.length >= 2 ? text.split(own.name).join('\u3000') : text;
    let named = cands.map((d) => ({ d, names: superiorNames(d) }));
    for (const kind of ['full', 'short'] as const) {
      if (named.length < 2) break;
      const scored = named.map((c) => [c, c.names[kind].reduce((a, n) => a + mentions(prose, n, kind === 'full'), 0)] as const);
      const best = Math.max(...scored.map(([, s]) => s));
      if (best > 0) named = scored.filter(([, s]) => s === best).map(([c]) => c);
    }
    cands = named.map((c) => c.d);
  }
  return unitDivision(cands[0], cands);
}

/** The places a unit's name holds of its own: no zone's generic name, no tail of a longer name the gazetteer lacks. */
function ownPlaces(name: string): ReturnType<typeof placeNamesIn> {
  return placeNamesIn(name).filter((p) => !ZONE_NAMES.test(p.name) && !gluedTail(name, p.at)).flatMap((p) => {
    if (!LANDSCAPE_KIND.test(p.name)) return [p];
    // (珠海保税区: 珠海 names 香洲区's 保税区's city; 天目湖旅游度假区: 天目湖 names neither 潜山市 nor 海阳市)
    const before = name.slice(0, p.at);
    const told = (n: string | null) => n !== null && (before.includes(n) || before.includes(shortForm(n) ?? n));
    const divisions = p.divisions.filter((d) => told(d.city) || told(d.county));
    return divisions.length ? [{ ...p, divisions }] : [];
  });
}

/** `d` as the unit's division, among the candidates the text could not tell apart. */
function unitDivision(d: Division, cands: Division[] = [d]): UnitDivision {
  return { code: d.code, name: d.name, level: d.level, province: d.province, city: d.city, county: d.county, codes: cands.map((c) => c.code) };
}

/**
 * Whether the unit's own place is a zone below county level that its 区 made a county: the gazetteer holds that name
 * (华侨管理区) only as townships, whether this one is among them (金溪县华侨管理区) or is a homonym it lacks, placed at its
 * county (普宁华侨管理区 → 普宁市). Read as a county, its county's other towns were its own — a tally pasted from one
 * (2020年，里湖镇共调处…) was neither deducted nor suspected (session 44's new-user trial). The county-level 管理区 the
 * gazetteer holds (大通湖管理区, 屈原管理区) have county-level homonyms and stay counties.
 */
export function townshipZone(unit: string, own: string | null): boolean {
  if (!own || !/管理区$/.test(own)) return false;
  const places = ownPlaces(unit.replace(PARTY_HEAD, '').replace(VERTICAL_HEAD, ''));
  const last = places[places.length - 1];
  // (the gazetteer may hold it under its county's name: 钟祥市官庄湖管理区 — red team 87's r1_05)
  return !!last && (own.endsWith(last.name) || last.name.endsWith(own)) && last.divisions.length > 0 && last.divisions.every((d) => d.level === 'township');
}


/**
 * The township-level farm a unit is (宜丰县石花尖垦殖场, 东乡区红光垦殖场, 红旗岭农场): the gazetteer holds many farms as divisions
 * at township level, and a farm with a town's powers reports as a town does. Read as a department of its county, its county's
 * other towns were its own — 把法治建设贯穿潭山镇工作的主线 in 石花尖垦殖场's report went unchecked (red team 89's r1_03). The
 * farm's name after its places (国营/国有 dropped) must be one township of the county or city its name gives, or the only one
 * anywhere when it gives none. Null for any other unit, and for a farm the gazetteer lacks (most 国有林场: institutions, not
 * divisions) — those stay what they were.
 */
export function townshipFarm(unit: string, tokens: readonly string[]): { division: UnitDivision; tokens: string[] } | null {
  const name = unit.replace(PARTY_HEAD, '').replace(VERTICAL_HEAD, '');
  if (!FARM_END.test(name)) return null;
  // (the longest reading first; a token may have cut the farm's name: 红旗 of 饶河县|红旗|岭农场)
  for (let k = tokens.length; k >= 0; k--) {
    const head = tokens.slice(0, k).join('');
    if (!name.startsWith(head)) continue;
    const farm = name.slice(head.length).replace(/^(?:地方国营|国营|国有|省属|省营)/, '');
    if (farm.length < 4) continue;
    let ds = lookup(farm).filter((d) => d.name === farm && d.level === 'township');
    const last = k ? tokens[k - 1] : null;
    if (last) {
      const sup = lookup(last).filter((d) => d.name === last);
      ds = ds.filter((d) => sup.some((c) => d.code.startsWith(c.code)));
    }
    if (ds.length === 1) return { division: unitDivision(ds[0]), tokens: [...tokens.slice(0, k), farm] };
    if (ds.length > 1) return null;
  }
  return null;
}

/** Whether the unit is placed only by a zone's name (zoneHost): its name holds no place of its own. */
export function placedByZone(unit: string): boolean {
  const name = unit.replace(PARTY_HEAD, '');
  return ZONE_WORDS.some((z) => name.includes(z)) && !ownPlaces(name).length;
}

/**
 * Where a zone's 管委会 is (湖南江华高新技术产业开发区管理委员会, 河源东源产业园区管委会): the county whose short form stands
 * before the zone's kind, after a province's or a city's (江华 → 江华瑶族自治县, 河源东源 → 河源市 东源县), each later one
 * inside the one before. A new user (nu34) found a provincial 高新区 with empty 省/市/县区 cells and its own host county,
 * named in its body, suspected as another county. Null when the name holds no such place or several fit.
 */
function zoneHost(name: string, text: string): UnitDivision | null {
  const kind = ZONE_WORDS.map((z) => name.indexOf(z)).filter((i) => i > 0);
  if (!kind.length) return null;
  const prefix = name.slice(0, Math.min(...kind));
  const found: Division[][] = [];
  for (let i = 0; i < prefix.length;) {
    let step = 0;
    for (let len = Math.min(4, prefix.length - i); len >= 2; len--) {
      const s = prefix.slice(i, i + len);
      // a short form read by the gazetteer (江华 → 江华瑶族自治县, 河源 → 河源市: a zone's name opens with its place, so
      // a dictionary word there is still one), or a full name (湖南省, 永州市); never an everyday word of these reports (平安)
      const ds = lookup(s).filter((d) => d.level !== 'township' && (d.name === s || shortForm(d.name) === s));
      if (ds.length && !REPORT_WORDS.test(s)) { found.push(ds); step = len; break; }
    }
    // every character before the zone's kind must belong to a place: 滨海湾新区 is no zone of 滨海县 (sweep 4)
    if (!step) return null;
    i += step;
  }
  if (!found.length) return null;
  let cands = found[found.length - 1];
  for (const outer of found.slice(0, -1)) {
    // each place inside the one before: 天津滨海高新区 is no zone of 江苏's 滨海县 (sweep 4)
    cands = cands.filter((d) => outer.some((o) => d.code.startsWith(o.code)));
  }
  // a county only: placed at a city, every county of it would be the zone's own, and a pasted 安乡县委、县政府… no residue (red team 61)
  if (cands.length !== 1 || cands[0].level !== 'county') return null;
  const d = cands[0];
  // and the place told in full in the report as the zone's own — its organs (江华瑶族自治县委员会, 东源县人民政府) or where the zone
  // lies (位于永州市江华瑶族自治县): a short form alone is too weak, and a place visited (赴佛山市南海区学习) or a word holding the
  // name (骆马湖湖滨区域) is no host (red team 61)
  if (!hostTold(text, d.name)) return null;
  return unitDivision(d);
}

/** The county named in `text` as a zone's host: followed by its organs, or after 位于/地处/坐落. */
function hostTold(text: string, county: string): boolean {
  const c = escapeRegExp(county);
  return new RegExp(`${c}(?:委|党委|人民政府|政府)|(?:位于|地处|坐落于?|落户)[^，。；]{0,8}${c}`).test(text);
}

/**
 * An autonomous county or banner written short as the unit's place (澜沧县司法局 for 澜沧拉祜族自治县司法局): its short form
 * before 县/旗 names one, told in full somewhere in the report (its 落款, its organs). Red team 61: the unit's name had been
 * read right since nu34's fix, but it was no longer placed at all.
 */
function autonomousShort(name: string, text: string): UnitDivision | null {
  const m = /^(?:[\u4e00-\u9fa5]{2,3}?(?:省|市))?([\u4e00-\u9fa5]{2,4}?)[县旗]/.exec(name);
  if (!m) return null;
  const ds = autonomousCountiesNamed(m[1]).filter((d) => text.includes(d.name));
  return ds.length === 1 ? unitDivision(ds[0]) : null;
}

/**
 * A county-level body of a central or provincial system named by its county's short form — 张家港海关, 宁波海事局象山海事处,
 * 醴陵监管支局 (after 国家金融监督管理总局), 利津水文站: the short form opens the name or follows its superior's (…局, …海关), names
 * one county-level place the gazetteer knows so, and the report tells that place in full as the body's host (象山县委、县政府…,
 * 位于…). Blind set 158: six such bodies were placed nowhere, so a residue went unchecked and their own county was suspected as
 * another's. Null when none fits or several do.
 */
function shortNamedHost(name: string, text: string): UnitDivision | null {
  const starts = [0, ...[...name.matchAll(/局|海关|总站|总队/g)].map((m) => m.index! + m[0].length)];
  for (const at of starts) {
    for (let len = 4; len >= 2; len--) {
      const s = name.slice(at, at + len);
      if (s.length < len || isCommonWord(s)) continue;
      const ds = countiesShortNamed(s).filter((d) => hostTold(text, d.name));
      if (ds.length === 1) return unitDivision(ds[0]);
      if (ds.length > 1) return null;
    }
  }
  return null;
}

/** The county whose short form (2–4 characters) ends at `at` in the unit's name and whose organs the text names; null if none or several. */
function shortHostBefore(name: string, at: number, text: string): Division | null {
  for (let len = Math.min(4, at); len >= 2; len--) {
    const s = name.slice(at - len, at);
    if (isCommonWord(s)) continue;
    const ds = countiesShortNamed(s).filter((d) => hostTold(text, d.name));
    if (ds.length === 1) return ds[0];
    if (ds.length > 1) return null;
  }
  return null;
}

/**
 * A place found at `at` is only the tail of a longer name the gazetteer lacks: a Han character stands right before it that
 * ends no place (嵫|宁县科学技术局 is no 宁县 of 甘肃 — a new user's report was placed in 庆阳市), and no place name of two to four
 * characters ends there (宁波|江北区 and 湖州|长兴县 keep their places).
 */
function gluedTail(text: string, at: number): boolean {
  if (at === 0) return false;
  const before = text[at - 1];
  // (a level's suffix, or an organ's last character: 鲤城区人民政府|金龙街道办事处, 中共…党工委|…)
  if (!/[\u4e00-\u9fa5]/.test(before) || /[省市县区州盟旗镇乡道木府委会局办处]/.test(before)) return false;
  for (let k = 2; k <= Math.min(4, at); k++) if (lookup(text.slice(at - k, at)).length) return false;
  return true;
}

/** Why a place named in a report is not another unit (or null: it is another unit). */
export type OwnReason = 'same_unit' | 'same_name' | 'ancestor' | 'descendant';

/**
 * Whether a gazetteer place is the unit itself, one of its ancestors or descendants, or another
 * name of the same body (王河乡 renamed 王河镇: the same short form). `divisions` are the place's
 * homonyms; it is the unit's own when ANY of them is related to ANY of the unit's candidates.
 */
export function ownRelation(name: string, divisions: Division[], unit: UnitDivision | null, unitText: string | null, unitTokens: string[], unitLevel: string | null = null): OwnReason | null {
  if (unitText && unitText.includes(name)) return 'same_unit';
  const short = shortForm(name);
  if (unitTokens.some((t) => t === name || t.endsWith(name) || name.endsWith(t) || (short !== null && shortForm(t) === short))) return 'same_name';
  if (!unit) return null;
  for (const d of divisions) {
    for (const c of unit.codes) {
      if (c === d.code) return 'same_unit';
      if (c.startsWith(d.code)) return 'ancestor';
      // below the unit only when the division is the unit itself: a town the gazetteer lacks is placed
      // at its county, and the county's other towns are its neighbours, not its villages
      if (d.code.startsWith(c) && standsForUnit(unit, unitLevel)) return 'descendant';
    }
  }
  return null;
}

/** Whether the unit's division is the unit (a 镇 placed at a 镇), not an ancestor standing in for it; a department's is its county or city. */
function standsForUnit(unit: UnitDivision, unitLevel: string | null): boolean {
  if (unitLevel === 'township') return unit.level === 'township';
  if (unitLevel === 'county') return unit.level === 'county' || unit.level === 'township';
  return true;
}

/** Where the unit is, for people reading evidence: only when the gazetteer placed it at one division (as the division columns), else null. */
export function unitWhere(u: UnitDivision | null): string | null {
  return u !== null && u.codes.length === 1 ? whereIs(u) : null;
}

/** 河南省 › 南阳市 › 卧龙区: where a division is (its own name last). */
export function whereIs(d: Division): string {
  return [d.province, d.city, d.county, d.name].filter((x, i, a) => !!x && a.indexOf(x) === i).join(' › ');
}
