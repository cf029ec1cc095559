/**
 * Last year's summing-up carried over at the head of the work: a wrong_year reading beside year-mismatch.ts's.
 */
import { evidenceOf, firstWorkSentence } from '../scope.js';
import type { DocumentModel, Evidence } from '../types.js';
import { hanYear } from '../document/numerals.js';
import { afterSuperiors, unitSpeaksAfter } from './unit-speaks.js';

/** The verdict a report passes on its year's whole work, ending the sentence (…各项工作取得了一定成效。). */
// (…or a serve clause after it: …取得了一定成效，为全县经济社会高质量发展提供了有力法治保障 — red team 111's r3_04)
const VERDICT_END = /(?:取得了?(?:一定|明显|显著|积极|较好|良好|扎实|新的?|阶段性|长足)?的?(?:成效|成绩|进展|突破)|成效(?:明显|显著|突出))(?:[，,]为[^，。；]{2,30}?(?:提供|营造)了?[^，。；]{0,12}?(?:保障|环境|支撑))?[。！]?$/;
/** A report telling years relative to its own (上年, 过去一年, 一年来): it speaks from its own year, and a year before it is its recap. */
const RELATIVE_YEARS = /今年|本年度?(?!以前)|上年|去年|上一年|过去一年|过去的一年|一年来|两年来|近年来|在此基础上/;
/** What makes a year's sentence background whatever it ends on: an honour, a rating, a start, a plan made, a disaster (see year-mismatch.ts's HONOUR_TOLD). */
// (…and a first or a pilot told of that year — 在全县率先推行, 作为…试点单位: red team 111's r3_01, r3_02)
const BACKGROUND_TOLD = /确定为|列为|评为|获评|荣获|表彰|称号|先进|创建|创成|命名|授予|入选|启动|成立|挂牌|评定|考核|考评|优秀|位列|第一名|排名|出台|制定|印发|灾|疫情|换届|机构改革|撤并|合并|以来|率先|首创|首批|首家|首个|试点|示范/;

/**
 * The work's first sentence opening on the year before the report's, the unit speaking after it, and nothing but a verdict on
 * that year's whole work: 2024年，我局在县委、县政府的坚强领导下，…扎实推进医疗保障领域法治建设，取得了一定成效。 opening the
 * 【工作开展情况】 of a 2025 report (blind set 278; set 204's 2023年，建工街道党工委、办事处坚持…取得了一定成效 in a 2024 report was the
 * same). Last year's report carried over, as its preamble would be — where a report has no preamble of its own, this sentence is it.
 * Not a sentence with a figure, an honour, a rating, a start, a plan made or a disaster in it, nor one a report names its own year,
 * 今年, 上年, 过去一年 or 一年来 beside anywhere in its work (a recap setting up the year's own: red team 110's r3_02), nor in a report of
 * two years (2023—2024年度): red team 95 found background years at this place — a flood, an honour, a task handed down, a
 * recap setting up this year's work — when any year opening it was read so (session 47).
 */
export function carriedSummary(doc: DocumentModel): Evidence[] {
  const year = doc.year;
  // (a period of two years reported together, 2023—2024年度: its first year is its own — red team 110's r3_03)
  if (year === null || doc.yearFrom !== undefined) return [];
  const s = firstWorkSentence(doc);
  if (!s) return [];
  const last = year - 1;
  const m = new RegExp(`^(?:[【〖［\\[〔][^】〗］\\]〕。；，]{1,20}[】〗］\\]〕][：:]?\\s*)?(${last}|${hanYear(last)})年度?[，,]`).exec(s.text.trimStart());
  if (!m) return [];
  const lead = s.text.trimStart().slice(m[0].length);
  const after = afterSuperiors(lead);
  const own = doc.unitNames.own;
  // (a department by its level and body alone — 县交通运输局 for 渭源县交通运输局: red team 110's r3_05)
  const levelOnly = doc.unitNames.level === 'department' && own !== null && doc.unit !== null && doc.unit.startsWith(own) ? own.slice(-1) + doc.unit.slice(own.length) : null;
  const speaks = unitSpeaksAfter(doc, lead) || (levelOnly !== null && levelOnly.length >= 3 && after.startsWith(levelOnly));
  if (!speaks || !VERDICT_END.test(s.text.trimEnd()) || BACKGROUND_TOLD.test(s.text)) return [];
  if (doc.quantities.some((q) => q.sentence === s.id && !q.unit.endsWith('年'))) return [];
  const forms = [`${year}年`, `${hanYear(year)}年`];
  // (a heading naming the report's year over it — 一、2024年主要举措和成效 — makes the carried sentence plainer, not a recap)
  const body = doc.sentences.filter((x) => x.paragraph >= doc.titleParagraphs && x.id !== s.id && !x.isHeading);
  // (a plan's own title naming the year — 印发《小江镇2024年法治政府建设工作要点》 — is no telling of it: new user 53's carried sentence
  // had stayed a suspicion for it)
  const told = (x: { text: string }) => x.text.replace(/《[^》]*》/g, '');
  if (body.some((x) => (forms.some((f) => told(x).includes(f)) && !x.text.includes('报告如下')) || RELATIVE_YEARS.test(told(x)))) return [];
  return [evidenceOf(doc, s, m[0].replace(/[，,]$/, ''))];
}
