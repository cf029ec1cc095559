/**
 * Another place of the unit's own county (a township's report) or own city (a county's or a department's) named by its bare
 * short form where the unit's own belongs — 我局坚持把服务鹿邑高质量发展作为出发点, 为建设现代化鹿邑提供…保障 in 郸城县财政局's
 * report (blind set 249): a residue the suffix-led reading of foreign-places.ts never sees, since no 县 follows the name.
 *
 * A **suspicion only** (no points): a bare stem is also a lake, a brand, a park or a word far more often than a full name is —
 * red teams 105 and 106 found 建设美丽太湖, 美丽千岛湖, 服务茅台高质量发展, 服务中关村高质量发展, 建设生态文明 each read so. It is read
 *  - for the unit's siblings only (the other towns of its county, the other counties of its city), never its own or its
 *    ancestors' stems, stems two siblings share, or stems the report uses for anything else (茅台集团, 千岛湖水域);
 *  - never for stems that end on water or a coast (湖, 海, 湾, 港, 岛) or that are the genre's words (文明, 古城, 新城 …);
 *  - in the strongest frames: a mission verb (the rubric's missionFrame: 服务, 推动, 助力 …) or 为 right before it and the place's
 *    whole development right after it (高质量发展, 经济社会发展; after 为, with the support given later in the clause), or a goal
 *    built right before it (the rubric's goalFrame, 建设法治…; or 建设现代化/美丽/幸福…) and the clause's end or the support after it;
 *  - never where the sentence names partners, aid, rankings or lessons, or the report tells the place on purpose anywhere.
 */
import { ancestors, byCode, childNames, lookup, shortForm } from '../document/gazetteer/index.js';
import { unitWhere, whereIs } from '../document/gazetteer/resolve.js';
import { evidenceOf, inBodyOf, sectionKindOf } from '../scope.js';
import { documentText } from './doc-text.js';
import { AID_PROGRAMME, GROUP_ON_PURPOSE, ON_PURPOSE_WORDS, SERVED_ON_PURPOSE, TOLD_ON_PURPOSE, WITH_OTHERS, toldAroundElsewhere } from './told-on-purpose.js';
import type { ForeignOptions } from './foreign-places.js';
import type { DocumentModel, Evidence } from '../types.js';

/** The place's whole development right after the stem: 高质量发展, 经济社会高质量发展, 跨越式发展. */
const DEVELOPMENT_AFTER = /^(?:经济社会|经济和社会)?(?:高质量|跨越式|绿色|全面|持续健康|高水平)?发展/;
/** After 为 + the stem's development: the support given, later in the clause (为鹿邑经济社会高质量发展营造了…环境). */
const SUPPORT_LATER = /^[^，。；]{0,24}?(?:营造|提供|保驾护航|护航|贡献)/;
/** A goal the unit builds, right before the stem: 建设现代化…, 打造美丽…, 建设美丽幸福… (the rubric's goalFrame adds 建设…法治). */
const MODERN_GOAL = /(?:建设|打造|建成)(?:更高水平的?|新时代)?(?:现代化|美丽|幸福|平安|宜居|活力|魅力|生态|和谐|文明|富裕|智慧)(?:幸福|美丽|宜居|和谐)?(?:新)?$/;
/** The goal's words, as a second goal of the same place repeats them (建设美丽宜路、幸福宜路). */
const GOAL_WORDS = '(?:现代化|美丽|幸福|平安|宜居|活力|魅力|生态|和谐|文明|富裕|智慧|新)';
/** A goal's word right before a name, and a second goal after 、 (…、幸福|宜路). */
const GOAL_WORD_BEFORE = new RegExp(`${GOAL_WORDS}$`);
const SECOND_GOAL_BEFORE = new RegExp(`、${GOAL_WORDS}{0,2}$`);
/** After a goal: the clause ends, or the support given follows (提供…保障, 贡献…力量, 而努力, 的目标). */
const GOAL_AFTER = /^(?:[，,。；;！]|$|提供|贡献|作出|而|的(?:目标|新征程|进程|宏伟))/;
/** Work that lies beyond the unit on purpose, in the sentence (beside the foreign-places guards): a border, a shared basin or road. */
const SHARED_BEYOND = /交界|接壤|边界|两县|两区|两镇|两乡|同城|一体化|共建(?!共治)|互联互通/;
/** Stems that name water or a coast as often as a town (太湖, 千岛湖, 巢湖, 海湾): red team 106. */
const WATER_FINAL = /[湖海湾港岛]$/;
/** Stems that are the genre's own words before they are places (建设生态文明, 魅力古城, 现代化新城 …). */
const GENRE_WORDS = new Set(['文明', '古城', '新城', '老城', '港城', '山城', '水城', '江城', '城关', '城郊', '城区', '城中', '中心', '新区', '开发', '平安', '幸福', '和谐', '美丽', '富强', '繁荣', '兴隆', '振兴', '发展', '团结', '胜利', '光明', '前进', '红旗', '东风', '新华', '人民', '建设']);

/** What every reading needs in its sentence (a development, or a goal built). */
const MAY_HOLD = /发展|建设|打造|建成/;

interface Sibling { stem: string; code: string; name: string }
interface Siblings { re: RegExp | null; byStem: Map<string, Sibling> }

/**
 * Siblings by the unit's division and kind (a corpus holds many reports of one county): computed once each. Bounded: cleared when
 * it grows past SIBLINGS_KEPT entries (a national archive's 40,000 towns would otherwise all stay).
 */
const siblingCache = new Map<string, Siblings>();
const SIBLINGS_KEPT = 4096;

/**
 * The unit's siblings by short form, for a township (its county's other towns) or a county or department (its city's other
 * counties): none when the unit is not placed at one division. Stems the unit or its ancestors own, that two siblings share, or
 * that the guards above leave out, are not read; nor, for a county or department, its own towns' stems (a sibling county's stem
 * that is also one of its own towns' is the town as often as the county).
 */
function siblingsOf(doc: DocumentModel, township: boolean): Siblings {
  const d = doc.division;
  if (!d || d.codes.length !== 1 || !(township ? d.level === 'township' : d.level === 'county' || d.level === 'township')) return { re: null, byStem: new Map() };
  const ownCode = d.code.slice(0, township ? d.code.length : 6);
  const key = `${township ? 't' : 'c'}${ownCode}`;
  const hit = siblingCache.get(key);
  if (hit) return hit;
  const ownNames = [byCode(ownCode)?.name ?? '', ...ancestors(ownCode).map((a) => a.name), ...(township ? [] : childNames(ownCode).map((x) => x.name))];
  const own = new Set(ownNames.map((n) => shortForm(n)).filter((x): x is string => x !== null));
  const byStem = new Map<string, Sibling>();
  const shared = new Set<string>();
  for (const x of childNames(ownCode.slice(0, township ? 6 : 4))) {
    // (a zone the gazetteer lists among counties, 周口临港开发区, is no sibling a report names bare)
    if (x.code === ownCode || /(?:开发|高新|经济|管理|示范|实验|试验|新|园)区$/.test(x.name)) continue;
    const stem = shortForm(x.name);
    if (stem === null || stem.length < 2 || own.has(stem) || GENRE_WORDS.has(stem) || WATER_FINAL.test(stem)) continue;
    if (byStem.has(stem)) shared.add(stem);
    else byStem.set(stem, { stem, code: x.code, name: x.name });
  }
  for (const s of shared) byStem.delete(s);
  const stems = [...byStem.keys()].sort((a, b) => b.length - a.length);
  const out = { re: stems.length ? new RegExp(stems.join('|'), 'g') : null, byStem };
  if (siblingCache.size >= SIBLINGS_KEPT) siblingCache.clear();
  siblingCache.set(key, out);
  return out;
}

/**
 * Whether the report uses `stem` for anything but the place in full (茅台集团, 千岛湖水域, 鹿邑 alone as a place of business), the
 * reading at `at` of sentence `text` and the same place repeated in its goal (美丽宜路、幸福宜路) aside.
 */
function usedOtherwise(doc: DocumentModel, text: string, at: number, stem: string): boolean {
  const all = documentText(doc);
  const from = all.indexOf(text);
  for (let k = all.indexOf(stem); k >= 0; k = all.indexOf(stem, k + stem.length)) {
    const after = all.slice(k + stem.length);
    if (/^(?:县|区|市|旗|镇|乡|街道|苏木)/.test(after) || k === from + at) continue;
    // (the same reading again — its development served, a goal built of it, the same place twice in one goal: 服务鹿邑高质量发展…为建设
    // 现代化鹿邑提供… in one sentence, blind set 249)
    const before = all.slice(Math.max(0, k - 8), k);
    if (DEVELOPMENT_AFTER.test(after) || (GOAL_AFTER.test(after) && GOAL_WORD_BEFORE.test(before)) || SECOND_GOAL_BEFORE.test(before)) continue;
    return true;
  }
  return false;
}

/**
 * Sentences naming a sibling by its bare stem as the unit: suspicions with the place noted, at most one a sentence.
 * `skip`: sentences (by text) already holding evidence or a suspicion from the full-name reading.
 */
export function bareSiblingStems(doc: DocumentModel, opts: ForeignOptions, skip: ReadonlySet<string>): Evidence[] {
  const level = doc.unitNames.level;
  const township = level === 'township' || doc.unitNames.seat === 'township';
  if (!doc.unit || !level || level === 'city' || (!township && level !== 'county' && level !== 'department')) return [];
  // (the frames' words first: the siblings are looked up only for a report that may hold the shape)
  if (!doc.sentences.some((s) => MAY_HOLD.test(s.text))) return [];
  const { re, byStem } = siblingsOf(doc, township);
  if (re === null) return [];
  const frame = opts.frame ? new RegExp(`(?:${opts.frame.source})$`) : null;
  const goal = opts.goal ? new RegExp(`(?:${opts.goal.source})$`) : null;
  const chrome = new Set(doc.chrome);
  const out: Evidence[] = [];
  for (const s of doc.sentences) {
    const t = s.text;
    if (!MAY_HOLD.test(t) || chrome.has(s.paragraph) || skip.has(t) || !inBodyOf(doc, s, opts.kinds)) continue;
    for (const m of t.matchAll(re)) {
      // (the unit's own name holding the stem: 汲冢 in 郸城县汲冢镇's own words)
      if ((doc.unit ?? '').includes(m[0])) continue;
      const at = m.index!, end = at + m[0].length;
      const before = t.slice(Math.max(0, at - 16), at), next = t.slice(end);
      // (the full name, 鹿邑县, is foreign-places' to read; a longer word or name running on is no bare stem)
      if (/^(?:县|区|市|旗|镇|乡|街道|苏木)/.test(next)) continue;
      const mission = DEVELOPMENT_AFTER.test(next) && ((frame !== null && frame.test(before)) || (/(?<![作成认因以称视])为$/.test(before) && SUPPORT_LATER.test(next)));
      const built = (MODERN_GOAL.test(before) || (goal !== null && goal.test(before))) && GOAL_AFTER.test(next.replace(new RegExp(`^、${GOAL_WORDS}{0,2}${m[0]}`), ''));
      if (!mission && !built) continue;
      if (/《[^》]*$/.test(t.slice(0, at)) || /[“"「][^”"」]{0,20}$/.test(t.slice(0, at))) continue;
      const sib = byStem.get(m[0])!;
      // (a list of places, never the same place named twice in one goal: 建设美丽宜路、幸福宜路 — red team 105's r1_06)
      const listed = /[、和及与]$/.test(t.slice(0, at)) && !t.slice(0, at).includes(m[0]) || /^[、和及与]/.test(next) && !next.slice(1, 12).includes(m[0]);
      if (listed || WITH_OTHERS.test(t.slice(0, at)) || SERVED_ON_PURPOSE.test(t) || GROUP_ON_PURPOSE.test(t) || AID_PROGRAMME.test(t) || TOLD_ON_PURPOSE.test(t)
        || ON_PURPOSE_WORDS.test(t) || SHARED_BEYOND.test(t) || sectionKindOf(doc, s) === 'closing'
        || usedOtherwise(doc, t, at, m[0]) || toldAroundElsewhere(doc, s, sib.name)) continue;
      const division = byCode(sib.code)!;
      const homonyms = lookup(sib.name).filter((y) => y.name === sib.name).length;
      out.push({ ...evidenceOf(doc, s, m[0]), suspicion: 'weak_context', place: { name: m[0], where: whereIs(division), code: sib.code, homonyms, why: township ? 'other_township' : 'other_county', unitWhere: unitWhere(doc.division) } });
      break;
    }
  }
  return out;
}
