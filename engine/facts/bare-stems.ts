/**
 * Another place of the unit's own county (a township's report) or own city (a county's or a department's) named by its bare
 * short form where the unit's own belongs — 我局坚持把服务鹿邑高质量发展作为出发点, 为建设现代化鹿邑提供…保障 in 郸城县财政局's
 * report (blind set 249): a residue the suffix-led reading of foreign-places.ts never sees, since no 县 follows the name.
 *
 * A bare stem is also a word, or part of one, far more often than a full name is; so it is read only
 *  - for the unit's siblings (the other towns of its county, the other counties of its city): the places a report pasted from a
 *    neighbour names, and few enough (10–40) that a stem is rarely a common word by chance — common words are left out anyway;
 *  - in the strongest frames: a mission verb (the rubric's missionFrame: 服务, 推动, 助力 …) right before it and the place's whole
 *    development right after it (高质量发展, 经济社会发展), or a goal right before it (the rubric's goalFrame, 建设法治…; or
 *    建设现代化/美丽/幸福…) and the clause's end or the support given right after it;
 *  - never where the sentence or the part around it tells the place on purpose (a partner, aid, a visit, a ranking, a list).
 * Evidence is strong (a −10 when the deduction's condition holds), as for a full name in the same frames.
 */
import { ancestors, byCode, descendants, lookup, shortForm, type Division } from '../document/gazetteer/index.js';
import { whereIs } from '../document/gazetteer/resolve.js';
import { isCommonWord } from '../document/words.js';
import { evidenceOf, inBodyOf, sectionKindOf } from '../scope.js';
import { AID_PROGRAMME, GROUP_ON_PURPOSE, ON_PURPOSE_WORDS, SERVED_ON_PURPOSE, TOLD_ON_PURPOSE, WITH_OTHERS, toldAroundElsewhere, type ForeignOptions } from './foreign-places.js';
import type { DocumentModel, Evidence } from '../types.js';

/** The place's whole development right after the stem: 高质量发展, 经济社会高质量发展, 跨越式发展. */
const DEVELOPMENT_AFTER = /^(?:经济社会|经济和社会)?(?:高质量|跨越式|绿色|全面|持续健康|高水平)?发展/;
/** A goal the unit builds, right before the stem: 建设现代化…, 打造美丽…, 建成幸福… (the rubric's goalFrame adds 建设…法治). */
const MODERN_GOAL = /(?:建设|打造|建成)(?:更高水平的?|新时代)?(?:现代化|美丽|幸福|平安|宜居|活力|魅力|生态|和谐|文明|富裕|智慧)$/;
/** After a goal: the clause ends, or the support given follows (提供…保障, 贡献…力量, 而努力, 的目标). */
const GOAL_AFTER = /^(?:[，,。；;！]|$|提供|贡献|作出|而|的(?:目标|新征程|进程|宏伟))/;
/** Work that lies beyond the unit on purpose, in the sentence (beside the foreign-places guards): a border, a shared basin or road. */
const SHARED_BEYOND = /交界|接壤|边界|两县|两区|两镇|两乡|同城|一体化|共建|共享|互联互通/;

interface Sibling { stem: string; division: Division; homonyms: number }

const siblingCache = new WeakMap<DocumentModel, { re: RegExp | null; byStem: Map<string, Sibling> }>();

/**
 * The unit's siblings by short form, for a township (its county's other towns) or a county or department (its city's other
 * counties): none when the unit is not placed at one division. Stems that are common words (新城, 城关 is none, 东风 …), or that
 * are the unit's own or its ancestors' short forms, or that two siblings share, are left out.
 */
function siblingsOf(doc: DocumentModel, township: boolean): { re: RegExp | null; byStem: Map<string, Sibling> } {
  const hit = siblingCache.get(doc);
  if (hit) return hit;
  const byStem = new Map<string, Sibling>();
  const d = doc.division;
  const parentLen = township ? 6 : 4;
  const level = township ? 'township' : 'county';
  if (d && d.codes.length === 1 && (township ? d.level === 'township' : d.level === 'county' || d.level === 'township')) {
    const ownCode = d.code.slice(0, township ? d.code.length : 6);
    // the unit's and its ancestors' short forms; for a county or department, its own towns' too (a sibling county's stem that is
    // also one of its own towns' names is the town as often as the county)
    const ownDivs = [byCode(ownCode), ...ancestors(ownCode), ...(township ? [] : descendants(ownCode).filter((x) => x.level === 'township'))];
    const own = new Set(ownDivs.map((x) => (x ? shortForm(x.name) : null)).filter((x): x is string => x !== null));
    const parent = d.code.slice(0, parentLen);
    const shared = new Set<string>();
    for (const x of descendants(parent)) {
      // (a zone the gazetteer lists among counties, 周口临港开发区, is no sibling a report names bare)
      if (x.level !== level || x.code === ownCode || /(?:开发|高新|经济|管理|示范|实验|试验|新|园)区$/.test(x.name)) continue;
      const stem = shortForm(x.name);
      if (stem === null || stem.length < 2 || own.has(stem) || isCommonWord(stem) || (doc.unit ?? '').includes(stem)) continue;
      if (byStem.has(stem)) shared.add(stem);
      else byStem.set(stem, { stem, division: x, homonyms: lookup(x.name).filter((y) => y.name === x.name).length });
    }
    for (const s of shared) byStem.delete(s);
  }
  const stems = [...byStem.keys()].sort((a, b) => b.length - a.length);
  const out = { re: stems.length ? new RegExp(stems.join('|'), 'g') : null, byStem };
  siblingCache.set(doc, out);
  return out;
}

/**
 * Sentences naming a sibling by its bare stem as the unit: strong evidence with the place noted, at most one a sentence.
 * `skip`: sentences (by text) already holding evidence from the full-name reading.
 */
export function bareSiblingStems(doc: DocumentModel, opts: ForeignOptions, skip: ReadonlySet<string>): Evidence[] {
  const level = doc.unitNames.level;
  const township = level === 'township' || doc.unitNames.seat === 'township';
  if (!doc.unit || !level || level === 'city' || (!township && level !== 'county' && level !== 'department')) return [];
  const { re, byStem } = siblingsOf(doc, township);
  if (re === null) return [];
  const frame = opts.frame ? new RegExp(`(?:${opts.frame.source})$`) : null;
  const goal = opts.goal ? new RegExp(`(?:${opts.goal.source})$`) : null;
  const chrome = new Set(doc.chrome);
  const unitWhere = doc.division && doc.division.codes.length === 1 ? whereIs({ code: doc.division.code, name: doc.division.name, level: doc.division.level, province: doc.division.province, city: doc.division.city, county: doc.division.county }) : null;
  const out: Evidence[] = [];
  for (const s of doc.sentences) {
    const t = s.text;
    if (!/发展|建设|打造|建成/.test(t) || chrome.has(s.paragraph) || !inBodyOf(doc, s, opts.kinds)) continue;
    for (const m of t.matchAll(re)) {
      const at = m.index!, end = at + m[0].length;
      const before = t.slice(Math.max(0, at - 16), at), next = t.slice(end);
      // (the full name, 鹿邑县, is foreign-places' to read; a longer word or name running on is no bare stem)
      if (/^(?:县|区|市|旗|镇|乡|街道|苏木)/.test(next)) continue;
      const mission = frame !== null && frame.test(before) && DEVELOPMENT_AFTER.test(next);
      const built = (MODERN_GOAL.test(before) || (goal !== null && goal.test(before))) && GOAL_AFTER.test(next);
      if (!mission && !built) continue;
      if (/《[^》]*$/.test(t.slice(0, at)) || /[“"「][^”"」]{0,20}$/.test(t.slice(0, at))) continue;
      const sib = byStem.get(m[0])!;
      if (WITH_OTHERS.test(t.slice(0, at)) || SERVED_ON_PURPOSE.test(t) || GROUP_ON_PURPOSE.test(t) || AID_PROGRAMME.test(t) || TOLD_ON_PURPOSE.test(t)
        || ON_PURPOSE_WORDS.test(t) || SHARED_BEYOND.test(t) || /[、和及与]$/.test(t.slice(0, at)) || /^[、和及与]/.test(next)
        || toldAroundElsewhere(doc, s, sib.division.name) || skip.has(s.text) || sectionKindOf(doc, s) === 'closing') continue;
      out.push({ ...evidenceOf(doc, s, m[0]), place: { name: m[0], where: whereIs(sib.division), code: sib.division.code, homonyms: sib.homonyms, why: township ? 'other_township' : 'other_county', unitWhere } });
      break;
    }
  }
  return out;
}
