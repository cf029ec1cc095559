/**
 * Sentence splitting, done once for the whole document (textlint's lesson: rules never split).
 * A sentence ends after 。！？；!?; together with any closing quotes or brackets that follow (…。” stays
 * whole). Intl.Segmenter gave the same boundaries on this prose but cost an eighth of the parse time
 * and split at ASCII full stops, which in these reports are list markers (1.) and decimals.
 */
import { BA, CLAUSE_WIDE, INTENT_PATTERNS, PLAN_LEADS, PREPARED_PENDING } from '../lexicon/intent.js';
import type { Section, Sentence } from '../types.js';
import { extractQuantities } from './quantities.js';
import { matchHeadingMarker } from './markers.js';

const INTENT_RE = new RegExp(INTENT_PATTERNS.join('|'));
/** A plan lead at the start of a sentence (after 在/从 and a list number at most). */
/** A list number a sentence may open with (（一）, 1., 二、). */
const LIST_NUMBER = '(?:[（(]?[一二三四五六七八九十\\d]+[)）、.．]?)?';
const PLAN_LEAD_RE = new RegExp(`^${LIST_NUMBER}(?:在|从)?(?:${PLAN_LEADS.join('|')})`);
/** A plan lead standing alone as the sentence's time (下阶段，聘请…; 在新的一年里，…): a plan with no verb of intent (red team 25). */
const PLAN_TIME_LEAD_RE = new RegExp(`^${LIST_NUMBER}(?:在|从)?(?:${PLAN_LEADS.join('|')})(?:里|中|内)?[，,]`);
/**
 * A sentence that opens on a year (after a list number, 在/到 at most), a time within it (上半年, 3月底前, 一季度 …),
 * then its subject — the unit in any words (我街道, 街道党工委, 镇党委、镇政府) or none — and 将/要/拟/计划: next year's
 * plan when the year is the report year + 1, wherever it stands. Blind set 31's 街道 closed achievement paragraphs
 * with such sentences and had its adviser credited from one. Not a plan (red team 16): 将 as 把 (2025年1月，我镇将
 * 2024年度工作纳入年终考核), 要求/拟定, or work told as done (已通报, 均完成, …了) — a report signed in February tells
 * January's work; another year is past narrative or a forecast.
 */
const YEAR_PLAN_RE = new RegExp(`^${LIST_NUMBER}(?:在|到|从)?(\\d{4})年(?:度|底|初|内|上半年|下半年|第?[一二三四]季度|\\d{1,2}月(?:\\d{1,2}日)?)?(?:底|中旬|上旬|下旬)?(?:前|起|开始)?[，,]?`
  + `[^，,。；;：:\\d]{0,14}?(?:将${BA}|要(?!求|点|素|件|闻|案|事)|拟(?!定|订|稿|制)|计划)(?!来)`);
/**
 * Next year without a verb of intent (red team 25): a deadline in it (2025年一季度前，聘请…) or its agenda announced
 * (2025年重点做好以下工作：一是…; 2025年工作安排：…). Only the next year: 2024年重点完成了以下工作 in a 2024 report is done.
 */
const YEAR_DEADLINE_RE = new RegExp(`^${LIST_NUMBER}(\\d{4})年(?:度|底|初|内|上半年|下半年|第?[一二三四]季度|\\d{1,2}月(?:\\d{1,2}日)?)?(?:底|中旬|上旬|下旬)?前[，,]`);
const YEAR_AGENDA_RE = new RegExp(`^${LIST_NUMBER}(\\d{4})年度?的?(?:(?:重点|主要|着力)?(?:要)?(?:做好|抓好|推进|落实|开展)以下|(?:工作)?(?:重点|主要)?(?:工作|任务)(?:重点|安排|打算|思路|计划|目标)|重点(?:工作|任务))`);
/** Work told as done in a sentence that opens on the next year: not a plan. */
const DONE_SAID = /已(?!经?(?:成为|是))|完成了|了[，,。；]|顺利完成|均完成/;
const yearPlan = (text: string, next: number | null): boolean => {
  if (next === null) return false;
  const m = YEAR_PLAN_RE.exec(text) ?? YEAR_DEADLINE_RE.exec(text) ?? YEAR_AGENDA_RE.exec(text);
  return m !== null && Number(m[1]) === next && !DONE_SAID.test(text);
};
/** …with a result said as done and counted (…梳理11件，废止2件; 共…; …了): 全年聘请法律顾问 alone may still be the plan's item. */
const RESULT_SAID = /[0-9０-９]|共|累计|均|已|了[，,。；]/;
/**
 * …told as done: a mark of completion (已, 了, 均, 共, 累计, 完成, 办结, 经…后 …) — a plan's own details hold counts too
 * (聘请执业律师1名, 轮训2期: red team 34); 全年/本年度 at its head says this year's work as plainly.
 */
const DONE_MARK = /^(?:全年|本年度|今年以来|一年来|(?:我|本)?[局镇乡县区]?现有)|已|了[，,。；]|均|共|累计|完成|办结|建成|经[^，。；]{1,24}?后/;
/** …and still the plan's: an item of a list (一是…), a time of the plan (届时, 年内, 明年), a will or a must (将, 要). */
const STILL_PLAN = /^[一二三四五六七八九十]是|^(?:其[一二三四五六七八九十]|首先|其次)|届时|年内|明年|下一?年|将|要(?!求)|力争/;
/** Whether the sentence names a year (NNNN年) that `test` accepts. */
const namesYear = (text: string, test: (year: number) => boolean): boolean => [...text.matchAll(/(\d{4})年/g)].some((m) => test(Number(m[1])));
/** A plan lead that announces its items (下一步重点做好以下工作：). */
const LIST_ANNOUNCED = /以下|如下|[：:]$|几个方面|方面工作/;
/** A target, not a result (全年开展普法不少于20场 among a plan's items). */
// (a plan named as a thing is no target: 老旧小区改造年度计划, 执法检查计划 — blind set 59)
const TARGET_SAID = /不少于|不低于|以上|力争|确保|争取|目标|达到|安排|(?<!年度|工作|实施|行动|改造|建设|检查|执法|培训|学习)计划|预计/;
/** A sentence after a year-plan lead that tells this year's work (a year up to the report's, 全年, 已…): the lead's plan ends before it. */
const pastTold = (text: string, year: number): boolean => /全年|已|了[，,。；]/.test(text) || namesYear(text, (y) => y <= year);

/**
 * Where a sentence's intent starts (-1: none): at its first verb of intent, or — for unfinished work
 * said of its subject (CLAUSE_WIDE: 方案正在研究制定) — at the start of that clause.
 */
function intentStart(text: string): number {
  const own = text.search(INTENT_RE);
  if (own < 0) return own;
  const w = text.search(CLAUSE_WIDE);
  if (w < 0) return own;
  let a = w;
  while (a > 0 && !CLAUSE_MARK.test(text[a - 1])) a--;
  return Math.min(own, a);
}
const CLAUSE_MARK = /[，,；;：:。]/;

/** Per UTF-16 code unit: 1 ends a sentence (。！？；!?;), 2 closes one (”’」』）)】》"'). */
const KIND = new Uint8Array(65536);
for (const c of [0x3002, 0xff01, 0xff1f, 0xff1b, 0x21, 0x3f, 0x3b]) KIND[c] = 1;
for (const c of [0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x300b, 0x22, 0x27]) KIND[c] = 2;
/** Anything `trim()` keeps: a piece is blank when this finds nothing inside it. */
const NON_SPACE = /\S/g;

function blank(text: string, start: number, end: number): boolean {
  NON_SPACE.lastIndex = start;
  const m = NON_SPACE.exec(text);
  return m === null || m.index >= end;
}

/** [start, end) pairs inside `text`; blank pieces are dropped. */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (KIND[text.charCodeAt(i)] !== 1) continue;
    let end = i + 1;
    while (end < n && KIND[text.charCodeAt(end)] !== 0) end++;
    if (!blank(text, start, end)) out.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < n && !blank(text, start, n)) out.push([start, n]);
  return out;
}

export interface SentenceInput {
  paras: string[];
  /** normalized [start, end) of each paragraph */
  paraSpans: Array<[number, number]>;
  /** sentence pieces of each paragraph (splitSentences) */
  pieces: Array<Array<[number, number]>>;
  /** per piece in document order, from the section tree */
  sectionOf: number[];
  isHeading: boolean[];
  /** normalized offset → original offset of that character */
  map: Int32Array;
  /** original offset → 1-based line */
  lineAt: (offset: number) => number;
  /** the report year (null: unknown), for a sentence naming next year's plan (YEAR_PLAN_RE) */
  year?: number | null;
}

/** The model's sentences, with offsets into the original and the normalized text and their section. */
export function buildSentences(input: SentenceInput): Sentence[] {
  const { paras, paraSpans, pieces, sectionOf, isHeading, map, lineAt } = input;
  const next = input.year == null ? null : input.year + 1;
  const sentences: Sentence[] = [];
  for (let p = 0; p < paras.length; p++) {
    const [pStart] = paraSpans[p];
    let planned = false; // after a plan lead, the rest of the paragraph is plans (PLAN_LEADS)
    let byYear = false; // …led by next year's plan sentence, which ends at a sentence telling this year's work
    let midway = false; // …led by a plan sentence after this year's work in the same paragraph
    for (let k = 0; k < pieces[p].length; k++) {
      const [s, e] = pieces[p][k];
      const text = paras[p].slice(s, e);
      const nStart = pStart + s, nEnd = pStart + e;
      const start = map[nStart];
      const nextYear = yearPlan(text, next);
      if (planned && byYear && !nextYear && pastTold(text, next! - 1)) planned = byYear = midway = false;
      const own = PREPARED_PENDING.test(text) || nextYear || PLAN_TIME_LEAD_RE.test(text) ? 0 : intentStart(text);
      // a plan sentence dropped into a paragraph of this year's work (…意见7条；下一步将聘请专职法律顾问。全年开展规范性文件
      // 专项清理…) ends where the paragraph tells this year's work again, with no intent of its own (blind set 54)
      // (blind set 59: work resumed in other words — 对…等4项重大事项，组织专家论证，经…后提交… — ends it too: a counted result
      // with a mark of completion, no intent, target, list item, time of the plan or later year of its own — red team 34)
      if (planned && midway && !nextYear && own < 0 && !TARGET_SAID.test(text) && RESULT_SAID.test(text) && DONE_MARK.test(text) && !STILL_PLAN.test(text)
        && !(next !== null && namesYear(text, (y) => y >= next)) && extractQuantities(text, 0, 0).length > 0) planned = midway = false;
      const intentAt = planned ? 0 : own;
      // next year's plan, like 明年, leads the rest of its paragraph
      // (only a plain lead dropped midway: next year's own plan ends as before, and a lead announcing its items — 以下/如下/：
      // — keeps them all, 全年… or not: red team 31)
      if (own >= 0 && (nextYear || PLAN_LEAD_RE.test(text))) { byYear = (byYear || !planned) && nextYear; midway = (midway || !planned) && k > 0 && !nextYear && !LIST_ANNOUNCED.test(text); planned = true; }
      const id = sentences.length;
      sentences.push({
        id, text, start, end: nEnd > 0 ? map[nEnd - 1] + 1 : 0, line: lineAt(start), paragraph: p,
        section: sectionOf[id], isHeading: isHeading[id], intent: intentAt >= 0, intentAt, nStart, nEnd,
      });
    }
  }
  return sentences;
}

/** A heading that tells a result (…工作站建成运行, 全年调处矛盾纠纷86起, 实现全覆盖): done, whatever its body adds. */
const RESULT_HEADING = /建成|完成|实现|出台|运行|到位|覆盖|成立|获评|荣获|[0-9０-９]/;
const DONE_BEFORE = /已|了|完成|建成|实现|全年|累计/;
const PENDING = /明年|下一步|下步|下半年|年底前|今后|将于|计划|拟|正在|筹备|尚未|待|正[^，。；]{0,6}推进|推进中|进行中/;
const TOLD_DONE = /全年|共|累计|均|已/;
/**
 * A heading that tells no result (完善公共法律服务, 权责清单管理; not …建成运行) whose section says nothing but what is
 * still to be done (7.完善公共法律服务。 over one sentence 街道正在筹备建设公共法律服务工作站……计划于明年上半年建成): the
 * heading names a plan, not work done, so it is intent too (set 25: the heading alone earned legal_services). Only a section with a body of its own
 * and no subsection, when every body sentence is intent with nothing done before its intent (目前，街道正在筹备…;
 * 为…，我乡拟…; not 已聘请…，下一步将…), one of them says when or that it waits (明年, 下一步, 正在, 筹备, 尚未 …),
 * and none counts a result told as done (全年出具法律意见书31份). A heading that tells a result (…建成运行, 全年调处…86起)
 * keeps its credit whatever follows (red team 11). Run once the sections are known; changes `sentences`.
 */
export function markPlanOnlyHeadings(sections: readonly Section[], sentences: Sentence[]): void {
  const hasChild = new Uint8Array(sections.length);
  for (const sec of sections) if (sec.parent >= 0) hasChild[sec.parent] = 1;
  // per section: 0 no body sentence yet, 1 every body sentence so far wholly intent, 2 some not; pending: a when or a wait
  const body = new Uint8Array(sections.length);
  const pending = new Uint8Array(sections.length);
  for (const s of sentences) {
    if (s.isHeading) continue;
    // a count told as done anywhere in it (…均先交由律所审查，全年出具法律意见书31份) is a result, whatever came first
    const counted = TOLD_DONE.test(s.text) && extractQuantities(s.text, s.id, s.nStart).length > 0;
    const whollyIntent = s.intent && !DONE_BEFORE.test(s.text.slice(0, s.intentAt)) && !counted;
    body[s.section] = whollyIntent && body[s.section] !== 2 ? 1 : 2;
    if (PENDING.test(s.text)) pending[s.section] = 1;
  }
  for (const s of sentences) {
    if (!s.isHeading || body[s.section] !== 1 || !pending[s.section] || hasChild[s.section] || sections[s.section].style === 'none') continue;
    const marker = matchHeadingMarker(s.text);
    if (RESULT_HEADING.test(marker ? s.text.slice(marker.length) : s.text)) continue;
    s.intent = true;
    s.intentAt = 0;
  }
}
