/** Title, reporting unit and report year of a report (the 落款 is closing.ts's). */
import { PARTY_HEAD, PLACE_TOKEN, VERTICAL_HEAD, ZONE_END } from '../lexicon/units.js';
import { BRACKETED_ALIAS_END } from './brackets.js';
import { parseYear } from './numerals.js';
import { YEAR } from './closing.js';
import type { UnitNames } from '../types.js';

const TITLE_YEAR_RE = new RegExp(`${YEAR}(?:年|年度)`);
/** Leading short lines without sentence punctuation form the title block. */
export function findTitleBlock(paragraphs: string[], isHeading: (i: number) => boolean): number {
  let n = 0;
  while (n < paragraphs.length && n < 4) {
    const p = paragraphs[n];
    if (isHeading(n) || p.length > 60 || /[。！？；：:]/.test(p)) break;
    n++;
  }
  return n;
}

export function yearOfTitle(title: string): number | null {
  const m = TITLE_YEAR_RE.exec(title);
  return m ? parseYear(m[1]) : null;
}

const PLACE_SUFFIX_LEVEL: Array<[RegExp, UnitNames['level']]> = [
  [/(?:乡|镇|街道|苏木)$/, 'township'],
  // a state farm's or forest farm's 管理区 governs like a township (the gazetteer holds 700 X农场 and 41 X管理区
  // at township level, 9 管理区 at county level — none of them a farm's): blind set 78's 峋坝农场管理区 had been
  // read as a county, so another township pasted as its subject was never checked
  [/(?:农场|林场|牧场)管理区$/, 'township'],
  // (a prefecture's 地区 ends in 区 too: 阿克苏地区 had been read as a county)
  [/地区$/, 'city'],
  [/(?:县|区|旗|自治县)$/, 'county'],
  [/(?:市|州|盟|地区)$/, 'city'],
];

/** A place-like token that is a department's field (住房和城乡 of 住房和城乡建设局, 城乡 of 城乡规划局, 城市 of 城市管理局). */
const DEPARTMENT_FIELD_TOKEN = /^(?:住房和城乡|住房城乡|住房保障和城乡|城乡|城市|城区)$/;


/** A city's bureau and its district branch: 宜昌市 | 生态环境局 | 夷陵区 | 分局 (the district a county-level one of the city). */
export const CITY_BRANCH = /^((?:[\u4e00-\u9fa5]{2,10}?(?:省|自治区))?[\u4e00-\u9fa5]{2,8}?(?:市|州|盟))([\u4e00-\u9fa5]{2,12}?局)([\u4e00-\u9fa5]{1,8}?(?:区|县|市|旗))分局$/;

/** Place tokens of the unit (重庆市 万州区 白土镇) and the level it reports at. */
export function unitNames(unit: string | null): UnitNames {
  if (!unit) return { tokens: [], own: null, level: null };
  // a 落款 that adds the unit's other name in brackets (第十五师二三八团（嶆泉镇）: a regiment that is also a town,
  // blind set 78): the name before the brackets is read; a bracketed place (or its government) is the unit's own only
  // for a Corps regiment, one body with its town (团镇合一) — after a farm or a forest farm the bracket says where it
  // is (国有嵂山林场（陆营镇）: red team 45), not what it is
  const aliased = BRACKETED_ALIAS_END.exec(unit);
  if (aliased) {
    const before = unit.slice(0, aliased.index);
    const main = unitNames(before);
    // …and for a zone and its 镇 under one government (区镇合一: 汾湖高新区（黎里镇）): the township in the brackets is where the
    // unit reports from (red team 67: read as the zone's county, its partner counties were checked)
    const zoneWithDivision = ZONE_END.test(before.replace(/(?:管委会|管理委员会)$/, ''));
    if (!zoneWithDivision && (main.own !== null || !/团(?:场)?$/.test(before))) return main;
    const alias = unitNames(aliased[1]);
    // (a township only: a county in the brackets may be the zone's host — 吴江经济技术开发区（吴江区） — red team 67)
    return alias.own !== null && alias.level === 'township' && !/[、，,]/.test(aliased[1]) ? alias : main;
  }
  // a city bureau's branch named after its district (宜昌市生态环境局夷陵区分局, 某市自然资源和规划局某县分局): the district is
  // where it reports from, a department of it — read as one place 生态环境局夷陵区 it was placed at the city, and another
  // district's 生态环境分局 as its author went unseen (blind set 119)
  const branch = CITY_BRANCH.exec(unit);
  if (branch) {
    const place = unitNames(branch[1] + branch[3]);
    if (place.own !== null) return { ...place, level: 'department' };
  }
  // 云岫街道办事处 / 云岫街道办 is the 街道 itself (township level): only the office is stripped, so the
  // place keeps its 街道 and is not read as a department (云岫) of the district before it
  // (a 街道's formal name holds its district's government: 琌璠区人民政府珩璪街道办事处 is 珩璪街道 of 琌璠区 — blind set 28)
  // a vertically managed body's name opens with its head office (国家税务总局信丰县税务局): the place tokens start after it
  // (blind set 94: 国家税务总局信丰县 had been read as one place, so the bureau's own 《信丰县税务局…要点》 was not local)
  const stripped = unit.replace(PARTY_HEAD, '').replace(VERTICAL_HEAD, '').replace(/(?:人民政府|政府|(?<=地区|盟)(?:行政公署|行署)|(?<=街道)办(?:事处)?|办事处|党委|党工委|工作委员会|委员会)$/, '').replace(/(?<=[县区旗市])(?:人民)?政府(?=[\u4e00-\u9fa5]{1,12}?(?:街道|镇|乡|苏木)$)/, '');
  const tokens = [...stripped.matchAll(new RegExp(PLACE_TOKEN, 'g'))].map((m) => m[0]);
  // a place's party committee (县委, 区委, 市委) and an organ of it: 安吉县 | 委全面依法治县委员会办公室, 安吉县 | 委宣传部 — what
  // follows 委 is the organ, never a place (委全面依法治县 had been the 依法治县办's own "county", so its county's papers were
  // not its local items: blind set 137's 06)
  // (…and the committee's office written without 委: 德清县 | 全面依法治县委员会办公室 — red team 82's r2_06)
  const committee = tokens.findIndex((x, i) => i > 0 && /^(?:委|(?:全面)?依法治)/.test(x) && /[县区市旗州盟]$/.test(tokens[i - 1]));
  if (committee >= 0) tokens.length = committee;
  // the committee's 依法治县(区)办 reports its place's rule of law as a whole (关于全县…法治建设工作情况的报告): it speaks for
  // the county, whose departments' work is its report's own (blind set 152's assessor counted 县司法局审核…规范性文件 there)
  const ruleOfLawOffice = committee >= 0 && /^委?(?:全面)?依法治[县区市旗州盟](?:委员会)?(?:办公室|办)?$/.test(stripped.slice(tokens.join('').length));
  // a department's field that ends on a level word is no place: 住房和城乡|建设局, 城乡|规划局 (blind set 59: 住房和城乡
  // had been the 住建局's own "township", so its county's papers were not its local items)
  const field = tokens.findIndex((x) => DEPARTMENT_FIELD_TOKEN.test(x));
  if (field >= 0) tokens.length = field;
  const rest = tokens.length ? stripped.slice(tokens.join('').length) : stripped;
  const own = tokens.length ? tokens[tokens.length - 1] : null;
  let level: UnitNames['level'] = null;
  if (own) for (const [re, l] of PLACE_SUFFIX_LEVEL) if (re.test(own)) { level = l; break; }
  // Beijing's 地区办事处 (朝阳区崔各庄地区) is a 乡 and a street office in one, under its district: a township, no prefecture
  // (a prefecture's 地区 follows its province, 新疆维吾尔自治区阿克苏地区, and is governed by a 行政公署, never an 办事处) —
  // read as a city, the other townships its report named were never checked (red team 68's c1_36)
  if (own && /地区$/.test(own) && (/地区办事处$/.test(unit) || (tokens.length >= 2 && /(?<!自治)[县区]$/.test(tokens[tokens.length - 2])))) level = 'township';
  // 某县司法局: the unit is a department of the last place named
  // (a 管理区's 管委会 is its government, as a 街道's 办事处 is: 普宁华侨管理区管理委员会 — red team 87's r1_03 — is no department)
  // (委员会 was stripped above: 管理委员会 leaves 管理)
  const zoneGovernment = own !== null && /管理区$/.test(own) && /^(?:管委会|管理委员会|管理)$/.test(rest) && /(?:管委会|管理委员会)$/.test(unit);
  if (rest.length >= 2 && !/^(?:人民)?政府$/.test(rest) && !ruleOfLawOffice && !zoneGovernment) level = 'department';
  return { tokens, own, level };
}
