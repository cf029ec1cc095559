/**
 * 单位类型: which group of an assessment a reporting unit is ranked in. Offices score townships
 * (乡镇、街道), county-level governments, city governments and departments (部门) as separate groups —
 * a 司法局's report is not ranked against a 镇's — so the outputs carry each unit's kind and its rank
 * within that kind (new user 36: "no column to rank the towns apart from the departments").
 *
 * Read from the unit's name as the engine found it (title or 落款) and, where its name does not tell its
 * level (义乌市: a county-level city; a 管理区; a 新区), from its 行政区划代码's length (9 digits: a
 * township, 6: a county, 4: a prefecture). A name that fits no group is 'other' (人大, 政协, 群团 bodies,
 * banks, 林场); no name, null. Red teams 66 and 67 attacked it (fixtures/redteam/fixes101, fixes102).
 */
import { FARM_END, ZONE_WORDS } from '../../engine/lexicon/units.js';
import { BRACKETED_ALIAS_END } from '../../engine/document/brackets.js';
import { townshipFarm, townshipZone } from '../../engine/document/gazetteer/resolve.js';
import { namesOfUnit } from '../../engine/document/station.js';
import type { Lang } from './evidence-text.js';

export const UNIT_KINDS = ['township', 'county', 'city', 'department', 'zone', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const LABELS: Record<UnitKind, Record<Lang, string>> = {
  township: { zh: '乡镇（街道）', en: 'township' },
  county: { zh: '县（市、区）', en: 'county' },
  city: { zh: '市（州）', en: 'city' },
  department: { zh: '部门', en: 'department' },
  zone: { zh: '园区（开发区）', en: 'zone' },
  other: { zh: '其他', en: 'other' },
};

export const unitKindLabel = (k: UnitKind | null, lang: Lang) => (k ? LABELS[k][lang] : '');

// bodies that report but are no government and no department of one: mass organisations, banks, credit co-operatives,
// supply co-operatives, state farms and forests (units.ts ORG_SUFFIX names them the same way), and the people's congress,
// the CPPCC and the Youth League, whose 委员会 is no place's government (red team 66: 政协安吉县委员会 ranked with counties)
const OTHER = /(?:总工会|联合会|妇联|残联|工商联|科协|文联|侨联|红十字会|协会|学会|支行|分行|联社|居委会|村委会|居民委员会|村民委员会|供销合作社联合社|供销合作社|供销社|联合社|林场|农场|牧场)$/;
const OTHER_BODY = /^(?:中国人民政治协商会议|政协|共青团|中国共产主义青年团)|人民代表大会|人大常委会|人大常务委员会|^[\u4e00-\u9fa5]{1,12}?[县区市旗州]人大$/;
// a Corps regiment (第十五师二三八团, 51团) and its 团场 are township-level units
const REGIMENT = /(?:[0-9〇一二三四五六七八九十百]团|团场)$/;
// kinds of zone a 管委会 governs: units.ts's and the bonded, free-trade, resort, demonstration and industrial-cluster zones
// (red team 66: 旅游度假区, 示范区, 工业集中区, 生态城 had gone to 部门 or 其他)
const ZONE_KIND = `(?:${[...ZONE_WORDS, '综合保税区', '保税区', '综保区', '保税港区', '自由贸易试验区', '自贸区', '旅游度假区', '度假区', '示范区', '工业集中区', '集中区', '生态城', '合作区', '产业园', '风景名胜区', '风景区', '景区', '旅游区'].join('|')})`;
const ZONE_BODY = new RegExp(`${ZONE_KIND}(?:管理委员会|管委会|工委|党工委)$`);
const ZONE_NAME = new RegExp(`${ZONE_KIND}$`);
// a government, or its party committee, by the level its name ends with: 镇人民政府, 街道办事处, 街道办, 地区行政公署,
// 县委, 区委员会, 镇党委, 街道党工委 (the 委员会 of a place, not of a field: 卫生健康委员会 is a department)
const GOVERNMENT = /(街道|苏木|镇|乡|自治县|自治旗|自治区|省|县|旗|区|自治州|州|盟|地区|市)(?:人民政府|政府|办事处|行政公署|党委|党工委|工作委员会|委员会|委|工委|(?<=街道)办)?$/;
// a department's own suffixes: 局, 委员会 of a field, 办公室, 中心, 院, 所, 站, 队, a party committee's 部, 党校, 研究室, 电视台 …
// (a 监狱 is a 司法厅's body, like its 戒毒所 — red team 68: ranked as other while explain called it a department)
const DEPARTMENT = /(?:局|委员会|委|办公室|办|中心|法院|检察院|院|所|站|队|馆|署|厅|处|科|部|党校|室|台|海关|监狱)$/;
/** A 管理区 or 管委会 its 区划代码 places: 9 digits a township (熊口管理区), 6 a county (屈原管理区). */
const byCode = (code: string | null | undefined): UnitKind | null => (code?.length === 9 ? 'township' : code?.length === 6 ? 'county' : null);

// the traditional forms of the characters the kinds are read by (嵂塘鎮, 嵰湖街道辦事處: blind sets in 繁體)
const TRADITIONAL: Record<string, string> = { 鎮: '镇', 鄉: '乡', 區: '区', 縣: '县', 辦: '办', 處: '处', 會: '会', 員: '员', 廳: '厅', 黨: '党', 園: '园', 開: '开', 發: '发', 術: '术', 產: '产', 業: '业', 濟: '济', 聯: '联', 總: '总', 檢: '检', 衛: '卫', 廣: '广' };
const TRADITIONAL_RE = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

/** Trailing parentheses add nothing to a kind (某县人民政府（代章）, 某镇（街道）); traditional characters read as simplified. */
const bare = (unit: string) => unit.trim().replace(/[（(][^（()）]*[)）]$/, '').trim().replace(TRADITIONAL_RE, (c) => TRADITIONAL[c]);

/**
 * The unit's kind. `divisionCode`: its 行政区划代码 as the gazetteer placed it (2–12 digits), or null.
 */
export function unitKind(unit: string | null | undefined, divisionCode: string | null | undefined): UnitKind | null {
  if (!unit) return null;
  const name = bare(unit);
  if (!name) return null;
  // a farm the gazetteer holds as a township (宜丰县石花尖垦殖场, placed at itself) is scored as one and ranked with them (parse.ts)
  if (divisionCode?.length === 9 && FARM_END.test(name) && townshipFarm(name, namesOfUnit(name).tokens)?.division.code === divisionCode) return 'township';
  if (OTHER.test(name) || OTHER_BODY.test(name)) return 'other';
  if (REGIMENT.test(name)) return 'township';
  if (ZONE_BODY.test(name)) return 'zone';
  // a zone's bare name is a zone — unless it is a 新区 its code makes a county-level district (浦东新区, 滨海新区), or names one
  // township in brackets it governs as one (区镇合一: 汾湖高新区（黎里镇）). A county in the brackets may be the zone's host
  // (吴江经济技术开发区（吴江区）), several places its area; a zone the statistics code like a township or a county (昆山开发区,
  // 苏州工业园区) is still a zone (red team 67)
  const alias = BRACKETED_ALIAS_END.exec(unit.trim())?.[1];
  if (ZONE_NAME.test(name)) {
    if (alias && /(?:镇|乡|街道)$/.test(alias) && !/[、，,]/.test(alias)) return 'township';
    return /(?<!高)新区$/.test(name) && divisionCode?.length === 6 ? 'county' : 'zone';
  }
  // a 管理区 (or its 管委会) is the level its code says: 潜江市熊口管理区 a township, 岳阳市屈原管理区 a county — but one the
  // gazetteer holds only as townships is a township wherever the unit was placed, as the engine scores it (parse.ts): 普宁华侨管理区
  // is placed at 普宁市 (the gazetteer lacks it; its homonyms are 金溪县's and 陆丰市's) and had been ranked with the counties,
  // or with the zones when no superior was named (session 45's new user)
  if (/管理区(?:管理委员会|管委会)?$/.test(name)) {
    const zone = name.replace(/(?:管理委员会|管委会)$/, '');
    return townshipZone(zone, zone) ? 'township' : byCode(divisionCode) ?? 'zone';
  }
  // a government's own office (县人民政府办公室) and a party committee's (县委办公室) are departments
  const gov = GOVERNMENT.exec(name);
  if (gov && !/(?:办公室|局)$/.test(name)) {
    switch (gov[1]) {
      case '街道': case '苏木': case '镇': case '乡': return 'township';
      case '县': case '自治县': case '旗': case '自治旗': case '区': return 'county';
      case '市': return divisionCode && divisionCode.length === 6 ? 'county' : 'city';
      // a province's government is no group a county's office ranks (red team 67: 内蒙古自治区人民政府 had been a county)
      case '省': case '自治区': return 'other';
      // Beijing's 地区办事处 is a 乡 and a street office in one (朝阳区崔各庄地区办事处, code of 9 digits), no prefecture's
      // 行政公署 (blind set 104: ranked among the cities)
      case '地区': return divisionCode?.length === 9 || /地区办事处$/.test(name) ? 'township' : 'city';
      default: return 'city';
    }
  }
  if (DEPARTMENT.test(name)) return 'department';
  return 'other';
}
