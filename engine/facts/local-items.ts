/**
 * `local_items`: concrete local carriers (criteria.md, specificity): a named local document
 * (《白土镇…规定》, a title naming the unit), a named law firm or lawyer, a named local brand or
 * programme (“蒲公英”志愿者队伍). Generic national slogans (“枫桥经验”, “放管服”) are not local.
 */
import type { DocumentModel } from '../types.js';
import { compilePatterns } from './compile-context.js';
import { compileScope, SCOPE_PROPERTIES, type ScopeParams } from './scope-params.js';
import { HitTally } from './tally.js';
import { defineFact } from './types.js';
import { literalsOf } from '../patterns/literals.js';
import { departmentByLevel, FARM_END, ZONE_END } from '../lexicon/units.js';
import { lookup, shortForm } from '../document/gazetteer/index.js';

export interface LocalItemsParams extends ScopeParams {
  /** nouns that make a quoted name a local brand: 志愿者队伍, 工作室, 驿站 … */
  carriers: string[];
  /** quoted names that are national programmes, not local ones */
  generic: string[];
  /** document types: 规定, 办法, 方案, 要点 … */
  docTypes: string[];
  /** named firms and persons: 律师事务所, 律师X … (the match is the item) */
  named: string[];
  /**
   * words after which a name begins (聘请, 委托, 一家, 专业 …): a named match that runs back over one
   * before its fixed part (聘请律师事务所, 邀请大学教授) is cut after it, and counts only if what is left
   * is still a name by its own pattern — 聘请江苏承义律师事务所 is 江苏承义律师事务所, 街道聘请律师事务所 is no firm
   */
  nameBreaks?: string[];
}

/** A named pattern, anchored, with the fixed text it always holds (律师事务所, 律师, 大学). */
interface NamedPart { re: RegExp; literal: string | null }
/** How many characters before a match are read for a break word it starts inside (依|托乡法律服务所). */
const BREAK_REACH = 3;

/**
 * A name left out on purpose (重庆某律师事务所, 某某律师, ××律所): the report names no firm or person, so the item is not concrete
 * (blind set 224's assessor counted 续聘重庆某律师事务所律师 as no named firm).
 */
const ANONYMISED = /某|××|XX|＊|\*/;

/** The name a named match stands for, after the last break word before its fixed part; null when no name is left or it is withheld (某). */
export function nameOf(t: string, at: number, match: string, parts: NamedPart[], breaks: RegExp | null): string | null {
  const name = nameFound(t, at, match, parts, breaks);
  return name !== null && ANONYMISED.test(name) ? null : name;
}

function nameFound(t: string, at: number, match: string, parts: NamedPart[], breaks: RegExp | null): string | null {
  if (!breaks) return match;
  const part = parts.find((p) => p.re.test(match));
  if (!part) return match;
  const fixed = part.literal ? match.lastIndexOf(part.literal) : -1;
  if (fixed <= 0) return match;
  const pre = Math.min(BREAK_REACH, at);
  const head = t.slice(at - pre, at) + match.slice(0, fixed);
  let cut = -1;
  breaks.lastIndex = 0;
  for (const b of head.matchAll(breaks)) cut = Math.max(cut, b.index! + b[0].length - pre);
  if (cut <= 0) return match;
  const name = match.slice(cut);
  return part.re.test(name) ? name : null;
}

/**
 * The longest run of plain Chinese characters a pattern always needs (律师事务所 in
 * [\u4e00-\u9fa5]{2,12}律师事务所), or null when it has alternation or none can be proved.
 */
export function requiredLiteral(pattern: string): string | null {
  if (pattern.includes('|')) return null;
  let best = '', run = '';
  let depth = 0;
  const commit = () => { if (depth === 0 && run.length > best.length) best = run; run = ''; };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (depth === 0 && /[\u4e00-\u9fa5]/.test(c)) { run += c; continue; }
    if (c === '?' || c === '*' || c === '{') run = run.slice(0, -1); // the last character is optional
    commit();
    if (c === '\\') i++;
    else if (c === '[') { while (i < pattern.length && pattern[i] !== ']') { if (pattern[i] === '\\') i++; i++; } }
    else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  commit();
  return best.length >= 2 ? best : null;
}

/** A phrase about levels or the whole (镇村两级, 各村, 全镇): what it names is no quoted programme's own carrier. */
const LEVELS_NEXT = /^(?:[镇乡村县区市组]{1,3}(?:两|三|四)级|各|全|所有)/;

/** Channel nouns after a quoted name: accounts, groups, sites and apps the unit publishes through. */
// (a service platform too: “嵂川镇”政务服务平台 names nothing but the unit — red team 46)
const CHANNEL_AFTER = /^(?:官方)?(?:微信|政务|新浪|门户)?(?:公众号|服务号|订阅号|视频号|抖音号|快手号|头条号|微博|工作群|群|小程序|客户端|APP|App|app|网站|网|专栏|公众平台|(?:企业|涉企)?服务平台)/;
/** An organisation's full name in quotes (…人民政府, …办事处, …局): a body, not a carrier with a name of its own (“嵂川镇人民政府”门户网站). */
const FULL_NAME = /(?:人民政府|政府|办事处|管委会|委员会|局)$/;
/**
 * A verb setting a venue up right before its quoted name (在…试点设立“和事堂”, 建成“议事堂”): a name that is a carrier
 * word as a whole is the unit's own venue then, a named local brand (blind set 130's assessor counted “和事堂”).
 */
const SET_UP_BEFORE = /(?:设立|设置|建立|建成|打造|成立|开设|组建|创建|创设|推出|挂牌|开办)(?:了|起)?$/;

/**
 * Names the unit goes by: 白土镇, 白土; 淮川高新技术产业开发区, 淮川; 阿依朵彝族乡, 阿依朵; 查干陶勒盖旗, 查干陶勒盖
 * (the gazetteer's shortForm, which knows 民族乡, 苏木, 旗 and 自治县; a short name needs two characters).
 */
function ownNames(doc: DocumentModel): string[] {
  const own = doc.unitNames.own;
  if (!own) {
    // a unit the gazetteer does not place — a 兵团 团场, a 国有林场 or 农场 — names its papers by its own name's tail
    // (《八十三团2023年法治建设工作要点》, 《广西国有高峰林场…规划》: blind set 136)
    const tail = doc.unit ? FARM_UNIT_TAIL.exec(doc.unit) : null;
    return tail ? [tail[1]] : [];
  }
  // (a zone's words before its kind — 九华山 of 九华山风景区 — unless the name is a real division's: 黄石港区 is a district, 黄石港 its
  // short form, never 黄石 — red team 82's r3_05)
  // (a farm the gazetteer holds as a township, read as one since session 46, goes by its stem: “共青发布” of 共青农场 — new user 46 found it
  // refused as no local carrier while “团结发布” of 团结镇 counted)
  const farm = FARM_END.test(own) ? own.replace(FARM_END, '') : null;
  const short = farm !== null ? farm : ZONE_END.test(own) && !lookup(own).some((d) => d.name === own) ? own.replace(ZONE_END, '') : shortForm(own) ?? own;
  // a city bureau's branch in a county (嵚州市生态环境局嶻溪分局, 某市公安局某某分局) names its own papers by the branch
  // (《嶻溪分局…要点》); the city its place tokens end at is its superior's (《嵚州市生态环境局…规定》 is the city bureau's
  // paper) — blind set 53. The branch's place alone is not enough: 《嶻溪县…方案》 is the county's, 《城关镇…》 a
  // township's, and a branch named by its field (交通管理分局) has no place at all (red team 30)
  const branch = doc.unitNames.level === 'department' && doc.unit ? BRANCH.exec(doc.unit) : null;
  if (branch) return [branch[1]];
  return [...(short.length >= 2 && short !== own ? [own, short] : [own]), ...ownDepartmentNames(doc, own)];
}

/**
 * A county department's papers titled by its level and its own name, full or short (《县市场监管局2024年普法依法治理工作要点》 in 黟县
 * 市场监督管理局's report, 《区司法局…方案》): the unit's own, as county bureaus call themselves — new user 55 found it no local document
 * while 《黟县市场监管局…》 was one. Never another department's (《县司法局…》 in the 市场监管局's report is not this unit's paper).
 */
function ownDepartmentNames(doc: DocumentModel, own: string): string[] {
  const at = doc.unit ? doc.unit.lastIndexOf(own) : -1;
  if (doc.unitNames.level !== 'department' || at < 0 || !/[县区市旗]$/.test(own)) return [];
  // (after the county's name, wherever the city before it: 成都市温江区司法局 → 司法局)
  const rest = doc.unit!.slice(at + own.length);
  if (!/(?:局|委员会|委|办公室|办)$/.test(rest) || rest.length < 3) return [];
  return departmentByLevel(own[own.length - 1], rest);
}

/** The end of a 团场's or a state farm's name: 第五师八十三团 → 八十三团, 广西国有高峰林场 → 高峰林场. */
const FARM_UNIT_TAIL = /((?:[一二三四五六七八九十百零〇]{1,5}|[\u4e00-\u9fa5]{2})(?:团|团场|林场|农场|牧场|渔场|盐场|茶场|垦殖场))$/;

/**
 * `short` in a paper's title as the unit's own name, not the head of a larger place's: 黄山 of 黄山市 (a division the gazetteer
 * knows). 茅坪市场监管所 (no 茅坪市) and 新津县 (the district's former name) stay the unit's own.
 */
function namedShort(title: string, short: string): boolean {
  for (let i = title.indexOf(short); i >= 0; i = title.indexOf(short, i + 1)) {
    const larger = short + (title[i + short.length] ?? '');
    if (!/[市州省盟]$/.test(larger) || !lookup(larger).some((d) => d.name === larger)) return true;
  }
  return false;
}

/** A 条例 about the unit's own area by its short name: the short name opens the title (after a province or city) and a purpose follows it. */
function statuteOfArea(title: string, short: string): boolean {
  const t = title.replace(/^[\u4e00-\u9fa5]{2,9}?(?:省|自治区|市)(?=[\u4e00-\u9fa5])/, '');
  return t.startsWith(short) && /^(?:保护|管理|促进|治理|综合治理|生态保护|条例)/.test(t.slice(short.length));
}

/** How many quoted names that are no local item a report keeps as withheld evidence (the first ones). */
const MAX_DECLINED = 3;

/** The branch at the end of a bureau's name: 生态环境局嶻溪分局 → 嶻溪分局. */
const BRANCH = /(?:局|委员会|委)([\u4e00-\u9fa5]{2,6}?分(?:局|中心|所))$/;

export const localItemsFact = defineFact<LocalItemsParams>({
  name: 'local_items',
  description: 'number of distinct concrete local items in scope: a local named document, a named firm or person, a named local brand',
  paramsSchema: {
    type: 'object', required: ['carriers', 'generic', 'docTypes', 'named'], additionalProperties: false,
    properties: {
      carriers: { $ref: '#/definitions/patterns' }, generic: { $ref: '#/definitions/patterns' },
      docTypes: { $ref: '#/definitions/patterns' }, named: { $ref: '#/definitions/patterns' },
      nameBreaks: { $ref: '#/definitions/patterns' },
      ...SCOPE_PROPERTIES,
    },
  },
  compile(params, ctx, path) {
    const carriers = compilePatterns(params.carriers, ctx, `${path}/carriers`);
    const generic = compilePatterns(params.generic, ctx, `${path}/generic`);
    const docTypes = compilePatterns(params.docTypes, ctx, `${path}/docTypes`);
    // a quoted name that itself ends in a carrier (“三堡讲堂”, “邻里调解室”) names a local brand too
    const carrierAtEnd = new RegExp(`[\\u4e00-\\u9fa5A-Za-z0-9]{2}(?:${carriers.source})$`);
    const carrierWhole = new RegExp(`^(?:${carriers.source})$`);
    const named = new RegExp(compilePatterns(params.named, ctx, `${path}/named`).source, 'g');
    const namedParts: NamedPart[] = params.named.map((p) => ({ re: new RegExp(`^(?:${p})$`), literal: requiredLiteral(p) }));
    const breaks = params.nameBreaks ? new RegExp(compilePatterns(params.nameBreaks, ctx, `${path}/nameBreaks`).source, 'g') : null;
    // a pattern that starts with a character class is slow to run: in each sentence only the parts one of whose literals
    // it holds are tried (patterns/literals.ts: a part can match nowhere else), in their order, so the matches are the
    // same. The combined pattern's runs of any characters before 律师事务所, 法律服务所, 大学…教授 had cost 10 % of scoring
    // in every sentence (session 47's profile: 律师(?!…|积极|…) holds a |, so the older one-literal filter never applied)
    const partLiterals = params.named.map((p) => (p.startsWith('@') ? null : literalsOf(p)));
    const byParts = partLiterals.every((l) => l !== null) && params.named.length <= 30;
    const subsets = new Map<number, RegExp>();
    const namedFor = (t: string): RegExp | null => {
      if (!byParts) return named;
      let mask = 0;
      for (let i = 0; i < partLiterals.length; i++) if (partLiterals[i]!.some((l) => t.includes(l))) mask |= 1 << i;
      if (mask === 0) return null;
      let re = subsets.get(mask);
      if (!re) { re = new RegExp(params.named.filter((_, i) => mask & (1 << i)).map((p) => `(?:${p})`).join('|'), 'g'); subsets.set(mask, re); }
      return re;
    };
    const scope = compileScope(params, ctx);
    return (doc) => {
      const names = ownNames(doc);
      // refused carriers are not kept: "a named local document, but in the plans" adds nothing to the withheld evidence
      const tally = new HitTally(doc, scope, false);
      const add = (key: string, s: (typeof doc.sentences)[number], at: number) => tally.add(key, s, at, key);
      const declined: Array<{ key: string; s: (typeof doc.sentences)[number]; at: number }> = [];
      for (const s of doc.sentences) {
        const t = s.text;
        if (t.includes('《')) for (const m of t.matchAll(/《([^》]{2,60})》/g)) {
          // (the state's own name is no place: 共和 of 共和县 inside 《中华人民共和国政府信息公开条例》 — red team 48 — nor inside a
          // province's rules implementing a national law, 《青海省实施〈中华人民共和国…法〉办法》 — red team 84's r7_08)
          const title = m[1].replace(/中华人民共和国/g, '');
          // (a short name followed by a level is a larger place's: 《黄山市…方案》 is no paper of 黄山风景区 — red team 82's r3_07)
          // (a 条例, a law-maker's act, is the unit's only when it names the unit in full or is about the unit's own area by its
          // short name — 《云南省阳宗海保护条例》, 《常州市天目湖保护条例》; never a basin, a river, a park or a prefecture whose name
          // holds it — 《太湖流域管理条例》, 《长江河道采砂管理条例》, 《恩施土家族苗族自治州自治条例》, 《公安机关督察条例》: red team 84)
          const statute = /条例$/.test(title);
          const local = names.length ? names.some((n) => n === doc.unitNames.own ? title.includes(n) : !statute ? namedShort(title, n) : statuteOfArea(title, n)) : /[\u4e00-\u9fa5]{2,}(?:乡|镇|街道|县|区)/.test(title);
          if (local && docTypes.test(title)) add(m[0], s, m.index!);
        }
        if (t.includes('“') || t.includes('"') || t.includes('「')) for (const m of t.matchAll(/[“"「]([^”"」]{1,20})[”"」]/g)) {
          const name = m[1];
          // (a carrier across a comma belongs to the next phrase when the quote is a motto — a list in 、 or eight characters and
          // more: “小事不出村、大事不出乡、矛盾不上交”，乡村两级调解委员会…, blind set 114 — or when that phrase is about levels or
          // all of them (，镇村两级协商会议…); a name's own carrier opening the next phrase stays its own: “老汪说和”，调解室设在…
          // (red team 74)
          const rawAfter = t.slice(m.index! + m[0].length, m.index! + m[0].length + 10);
          const cut = /^[，,]/.test(rawAfter) && (name.includes('、') || name.length >= 8 || LEVELS_NEXT.test(rawAfter.slice(1)));
          const after = cut ? '' : rawAfter;
          // a brand naming the unit (“白土镇调解”) is local; the unit's bare name in quotes (“白土镇”微信群,
          // a channel called after the unit) names nothing but the unit
          const mentionsUnit = names.some((n) => name.includes(n)) && !names.includes(name);
          // a channel under the unit's bare name (“白土镇”微信群, “阿依朵”公众号) names nothing but the unit; one with a
          // name of its own is a local carrier, the unit's field or a channel word in it too (“潇源教育”公众号, “白土发布”
          // 抖音号: eight blind assessors of sets 61–75 counted these, one of set 8 did not)
          // (nor a group chat — “嵂川政务”工作群 passes papers round inside the unit — nor the unit's full name: “嵂川镇人民
          // 政府”门户网站, “岍川县交通运输局”公众号 — red team 43)
          const channel = CHANNEL_AFTER.exec(after);
          if (channel && (names.includes(name) || /群$/.test(channel[0]) || (doc.unit !== null && (doc.unit.endsWith(name) || name.endsWith(doc.unit))))) continue;
          if (FULL_NAME.test(name)) continue;
          // (a venue's literary name — …堂/坊/佬/亭/屋/馆 — not an office's: “调解室”, “服务站” name what every unit has)
          // (…and never one visited or learnt from: 参观其新建成“说事堂” is another town's — red team 78's r8_01)
          const setUp = name.length >= 3 && /[堂坊佬亭屋馆]$/.test(name) && carrierWhole.test(name) && SET_UP_BEFORE.test(t.slice(Math.max(0, m.index! - 4), m.index!))
            && !/参观|考察|观摩|学习|借鉴|走访|其/.test(t.slice(Math.max(0, m.index! - 16), m.index!).split(/[，,。；;]/).pop()!);
          // (…and never another body's programme the unit's people only attend or watch: 参加市委党校举办的“法治赋能”工作坊, 收看省司法厅“法治
          // 云课堂” — red teams 84, 85; 参与 and 参观 are how the unit's own people use its own carriers: 参与“红枫义警”…, 参观街道建成的“白茶”基地)
          // (not the unit's own show or venue — 观看镇文化站自编的“土家说法” — and 参观 only another body's: 参观县纪委“清风”基地 — red team 86)
          const lead = /(参加|出席|列席|观摩|收看|观看|收听|参观)([^，。；“"]{0,14})$/.exec(t.slice(Math.max(0, m.index! - 16), m.index!));
          const ownThing = lead !== null && /(?:本|我)(?:镇|乡|街道|局|县|区)|自编|自创|自制|^[^，。；]{0,3}(?:镇|乡|街道)(?!党校)/.test(lead[2]);
          const attended = lead !== null && !ownThing && (lead[1] !== '参观' || /(?:县|市|省|区)[^，。；]{0,3}(?:委|局|院|馆|校)|兄弟|外地|其/.test(lead[2]));
          if (mentionsUnit || (!generic.test(name) && !attended && (carriers.test(after) || carrierAtEnd.test(name) || setUp))) add(m[0], s, m.index!);
          // a quoted name of two characters or more that is no local item (a national campaign, a slogan, no carrier after
          // it): the first few kept as withheld, so explain says why “红盾护农”专项行动 counted nothing (nu33, nu34)
          else if (name.length >= 2) declined.push({ key: m[0], s, at: m.index! });
        }
        const namedHere = namedFor(t);
        if (namedHere) {
          for (const m of t.matchAll(namedHere)) {
            const name = nameOf(t, m.index!, m[0], namedParts, breaks);
            if (name) add(name, s, m.index! + m[0].length - name.length);
          }
        }
      }
      // each name once (its first mention), until MAX_DECLINED are kept
      const seen = new Set<string>();
      let kept = 0;
      for (const d of declined) {
        if (kept === MAX_DECLINED) break;
        if (seen.has(d.key)) continue;
        seen.add(d.key);
        if (tally.refuse(d.key, d.s, d.at, d.key, 'not_local', true)) kept++;
      }
      return tally.result();
    };
  },
});
