/** Section kinds from headings and position: one place, read by every fact through the scope. */
import { ATTACHMENT_FIGURES, ATTACHMENT_FORM, ATTACHMENT_PLANS, EARLIER_YEAR_RECTIFIED, SECTION_KIND_PATTERNS, NEXT_YEAR_HEADING } from '../lexicon/section-kinds.js';
import { MILESTONE_YEAR, PLAN_FUTURE, PLAN_SELF, PLAN_SUBJECT, PLAN_TIME, RESOLVE, RESOLVED_BY, RESOLVED_TIME, SHORTCOMING_CAUSES, SHORTCOMING_PROBLEM, SHORTCOMING_SIGNPOST, SHORTCOMING_TURN, SOLVING } from '../lexicon/part-leads.js';
import type { SectionKind } from '../types.js';
import { parseYear } from './numerals.js';

const compiled = SECTION_KIND_PATTERNS.map((p) => ({
  kind: p.kind,
  strong: new RegExp(p.strong),
  weak: p.weak ? new RegExp(p.weak) : null,
}));
const nextYearRe = new RegExp(NEXT_YEAR_HEADING, 'g');
const earlierRectifiedRe = new RegExp(EARLIER_YEAR_RECTIFIED, 'g');

/**
 * A heading line without a number ("存在的问题", "下一步工作计划"): Word numbering is lost when a
 * report is saved as text, so a short line with no sentence punctuation that names a section kind
 * is a heading too.
 */
export function isBareHeading(line: string): boolean {
  const t = line.trim();
  return t.length >= 4 && t.length <= 40 && !/[。！？；，,：:!?;]/.test(t) && kindOfHeading(t, true, null) !== null;
}

/**
 * The kind a heading names, or null when it names none (the section then inherits its parent's kind,
 * or is `achievements` at top level).
 */
export function kindOfHeading(heading: string, topLevel: boolean, reportYear: number | null): SectionKind | null {
  // a heading in lenticular brackets (【三、意见建议】) names its kind as the bare one does
  if (heading.endsWith('】') || heading.endsWith('〗')) heading = heading.slice(0, -1);
  // (…and a bare one wholly in brackets, 【意见建议】, as 意见建议: the advice heading is read from the heading's start — blind set 297)
  if (/^\s*[【〖]/.test(heading) && !/[【〖】〗]/.test(heading.replace(/^\s*[【〖]/, ''))) heading = heading.replace(/^\s*[【〖]/, '');
  // a pure function of its arguments, asked of every heading of every report; reports of one
  // county share most headings (一、主要工作, 存在的不足…), so answers are kept (bounded: cleared when full)
  const key = `${topLevel ? 1 : 0}${reportYear ?? ''}|${heading}`;
  const known = headingKinds.get(key);
  if (known !== undefined) return known;
  if (headingKinds.size >= HEADING_MEMO) headingKinds.clear();
  const kind = headingKindOf(heading, topLevel, reportYear);
  headingKinds.set(key, kind);
  return kind;
}
const HEADING_MEMO = 20_000;
const headingKinds = new Map<string, SectionKind | null>();

function headingKindOf(heading: string, topLevel: boolean, reportYear: number | null): SectionKind | null {
  let best: { kind: SectionKind; at: number } | null = null;
  for (const c of compiled) {
    const m = c.strong.exec(heading) ?? (topLevel && c.weak ? c.weak.exec(heading) : null);
    if (m && (best === null || m.index < best.at)) best = { kind: c.kind, at: m.index };
  }
  if (reportYear !== null) {
    for (const m of heading.matchAll(nextYearRe)) {
      if (Number(m[1]) === reportYear + 1 && (best === null || m.index! < best.at)) best = { kind: 'plans', at: m.index! };
    }
    for (const m of heading.matchAll(earlierRectifiedRe)) {
      if (Number(m[1]) < reportYear && (best === null || m.index! <= best.at)) best = { kind: 'achievements', at: m.index! };
    }
  }
  return best?.kind ?? null;
}

const attachmentFiguresRe = new RegExp(ATTACHMENT_FIGURES);
const attachmentPlansRe = new RegExp(ATTACHMENT_PLANS);
const attachmentFormRe = new RegExp(ATTACHMENT_FORM);
/** Longer than this, a line after 附件 is the attachment's text, not its title. */
const ATTACHMENT_TITLE_MAX = 60;

/**
 * The kind of an attachment printed after the 落款, by its title (附件：2025年主要执法数据统计表, or the
 * line under a bare 附件): a plan or task list is plans, wherever it stands (…工作要点, a next year's
 * heading); a form, a template or a task table is nothing (ATTACHMENT_FORM: its rows are blanks,
 * ratings or tasks not all done — red team 14); the report year's figures (ATTACHMENT_FIGURES, no other
 * year named) are achievements — an assessor reads an appended table of the year's data as the
 * report's (blind set 36); a part the section kinds name other than achievements (…第一责任人职责情况)
 * is that part. Null: any other document stays in the closing.
 */
export function attachmentKind(title: string, reportYear: number | null): SectionKind | null {
  // a cut-off date (统计截至2025年1月10日) dates the table, it names no year of work
  const t = title.trim().replace(/^附(?:件|表|录)?\s*[\d一二三四五六七八九十]*\s*[:：]?\s*/, '').replace(/(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/g, '');
  if (!t || t.length > ATTACHMENT_TITLE_MAX || /[。！？；]/.test(t)) return null;
  const named = kindOfHeading(t, true, reportYear);
  if (attachmentPlansRe.test(t) || named === 'plans') return 'plans';
  if (attachmentFormRe.test(t)) return null;
  if (attachmentFiguresRe.test(t)) {
    // the report year's figures only: another year named (2023, 二〇二三) or last year's (上年度, 去年) are not
    const years = [...t.matchAll(/(\d{4}|[〇○零一二三四五六七八九]{4})\s*年/g)].map((m) => parseYear(m[1]));
    return !/上一?年|去年|前年/.test(t) && years.every((y) => reportYear === null || y === reportYear) ? 'achievements' : null;
  }
  return named === 'first_duty' || named === 'shortcomings' ? named : null;
}

const turnRe = new RegExp(SHORTCOMING_TURN);
const problemRe = new RegExp(SHORTCOMING_PROBLEM);
const signpostRe = new RegExp(SHORTCOMING_SIGNPOST);
const causesRe = new RegExp(SHORTCOMING_CAUSES);
const solvingRe = new RegExp(SOLVING);
// a time word (with at most one short clause before it), then within the lead a verb of intent
const planTimeRe = new RegExp(`^(?:[^，。；：]{2,24}，)?(?:${PLAN_TIME})(?:工作中|中|里)?[，,]?[^。；]*?${PLAN_FUTURE}`);
// the time word (after at most one short clause: 针对上述问题，下一步…), then the unit itself or nobody, then
// 将/要/拟/计划 (下一步，我镇将聘请…; 2025年我局将组织…; 下一步街道将建立…): the unit's plan whatever verb follows,
// for the disposal 将 of past narrative (我们将…纳入…) never comes right after a plan time word. Another subject
// is a forecast or a rule, not the unit's plan (明年，辖区内将有两个村搬迁; 今后，各村要把…作为必经环节: red
// team 6). A year counts only when it is the report year + 1, as above
// (the year named as a milestone first — 2026年是“十五五”开局之年，街道将…: blind set 132 — is the same time word, but only
// with the unit itself then saying 将/拟/计划: …之年，要全面完成…，压力依然较大 is a problem told, not a plan — red team 78)
const planNowRe = new RegExp(`^(?:[^，。；：]{2,24}，)?(?:${PLAN_TIME})(?:(?:工作中|中|里)?[，,]?(?:${PLAN_SUBJECT}|${PLAN_SELF})?(?:将|要|拟|计划)(?!来)|是[^，。；：]{2,24}?(?:之年|的一年|关键一年)[，,](?:${PLAN_SUBJECT}|${PLAN_SELF})(?:将|拟|计划)(?!来))`);
// a leading clause that is a year (2026年，我们将…) is read by planTimeRe alone: only report year + 1 counts
const planSubjectRe = new RegExp(`^(?:(?!\\d{4}年)[^，。；：]{2,24}，)?${PLAN_SUBJECT}${PLAN_FUTURE}`);

export interface LeadKind {
  kind: 'shortcomings' | 'plans';
  /** strong: a time word or an explicit turn to problems; weak: only 我们将继续… (needs a restart to confirm) */
  strong: boolean;
  /** the lead sentence read */
  lead: string;
}

/** A lead longer than this is not a transition (and a 1 MB paragraph without punctuation is never scanned whole). */
const MAX_LEAD = 160;

/** The lead sentence of a paragraph: up to and including its first 。！？；：, at most MAX_LEAD characters. */
export function leadSentence(paragraph: string): string {
  const m = /[。！？；：:]/.exec(paragraph.length > MAX_LEAD ? paragraph.slice(0, MAX_LEAD) : paragraph);
  return m ? paragraph.slice(0, m.index + 1) : paragraph.slice(0, MAX_LEAD);
}

/**
 * Whether a sentence is the unit's own plan for next year by its lead alone (planNowRe: a time word,
 * then the unit or nobody, then 将/要/拟/计划): what may open a plans part inside a paragraph, where a
 * forecast (新的一年，辖区老旧小区改造将全面铺开…) must not (red team 6).
 */
export function isUnitPlanLead(sentence: string, reportYear: number | null): boolean {
  const m = planNowRe.exec(sentence);
  return m !== null && (m[1] === undefined || (reportYear !== null && Number(m[1]) === reportYear + 1));
}

/**
 * A short label naming next year's plans, ending in ： (下步打算：, 下一步工作计划：, 2025年工作思路：): opens
 * the plans part where it stands, also inside a paragraph (…还有待提升。下步打算：一是…: blind set 22).
 */
export function isPlansLabel(sentence: string, reportYear: number | null): boolean {
  return labelKind(leadSentence(sentence), reportYear) === 'plans';
}

/** The kind a short label ending in ： names the way a heading does (下一步工作打算：, 存在的问题：); null when the lead is no such label. */
function labelKind(lead: string, reportYear: number | null): SectionKind | null {
  // (…or a run-in label in brackets opening it — 【存在的不足】一是…, 【下步打算】一是… in a report headed by such labels alone: the
  // part it names, as its assessor reads it — blind set 252)
  // (…only a label that is the part's own name — not 【创新工作思路】, 【县督导组指出的主要问题】, 【强化薄弱环节监管】 over the year's work:
  // red team 104)
  const bracket = RUN_IN_BRACKET.exec(lead);
  if (bracket) {
    const label = bracket[1].replace(/\s+/g, '');
    if (PART_NAME_SHORTCOMINGS.test(label)) return 'shortcomings';
    if (PART_NAME_PLANS.test(label)) {
      const k = kindOfHeading(label, false, reportYear);
      if (k === 'plans') return k;
    }
  }
  return lead.length <= 24 && /[：:]$/.test(lead) ? kindOfHeading(lead.slice(0, -1), false, reportYear) : null;
}
const RUN_IN_BRACKET = /^\s*[【〖〔［[]([^】〗〕］\]。；，]{2,16})[】〗〕］\]]/;
/** A run-in label that is the shortcomings part's own name: 存在的问题, 存在问题和不足, 问题与不足, 不足及原因 … */
const PART_NAME_SHORTCOMINGS = /^(?:[一二三四五六七八九十]、)?(?:(?:工作中)?存在的?|主要|当前)?(?:问题|不足|困难|短板|差距)(?:(?:和|与|及|、)(?:问题|不足|困难|短板|差距|原因|下步打算|下一步打算))?$/;
/** A run-in label that is the plans part's own name, led by its time: 下步打算, 下一步工作计划, 2025年工作安排, 明年工作思路 … */
const PART_NAME_PLANS = /^(?:[一二三四五六七八九十]、)?(?:下一?步|下一?阶段|今后|明年|来年|新的一年|\d{4}年度?)(?:的)?(?:工作)?(?:打算|计划|安排|思路|重点|举措|设想|目标)$/;

/**
 * Whether a paragraph (not a heading) opens a shortcomings or plans part by its lead sentence
 * (全年工作虽有进展，但…差距，主要是： / 下一步，我镇将重点做好以下工作： / 2025年，我们将继续…).
 * A year in the lead counts only when it is `reportYear` + 1.
 */
/**
 * A lead that announces the problems outright (还存在一些不足，主要是：), not a turn that may introduce work
 * (对照目标补短板，重点抓好了以下工作：; 虽然人少，但…做好了以下工作：): what follows it is surely the shortcomings.
 */
export function isProblemSignpost(paragraph: string): boolean {
  const lead = leadSentence(paragraph);
  return signpostRe.test(lead.replace(/[。！？；]$/, '')) && !solvingRe.test(lead.replace(/[。！？；：:]$/, ''));
}

/**
 * A problem item's title ends on what is wanting (执法力量薄弱, 权责清单公开不够到位, 素质有待提高, 针对性不强, 化解压力较大), its
 * subject first; a plan item opens on its verb (加强…, 着力解决…不足): the two are told apart by their ends and starts.
 */
const WANTING_END = /(?:不足|短板|差距|薄弱|欠缺|滞后|单一|淡薄|参差不齐|流于形式|不适应|不相适应|跟不上[\u4e00-\u9fa5]{0,8}|不到位|不平衡|不充分|不规范|不健全|不完善|不明显|不够[\u4e00-\u9fa5]{0,4}|(?:仍|还)?(?:有待|亟待|仍需|还需)[\u4e00-\u9fa5]{0,6}|不[强高严细全深实广多够好]|偏[少弱低高多]|较[少弱低大多重]|缺乏[\u4e00-\u9fa5]{0,6}|缺少[\u4e00-\u9fa5]{0,6}|问题(?:突出|较多))$/;
const PLAN_VERB_START = /^(?:着力|切实|进一步|继续|持续|全面|深入|重点|加快|不断|努力)?(?:着眼|聚焦|围绕|针对|解决|化解|补齐|弥补|破解|整改|加强|完善|提升|提高|推进|推动|强化|健全|建立|规范|深化|抓好|做好|落实|开展|创新|优化|充实)/;

/**
 * Whether a list item (二是权责清单公开不够到位。…) names a problem by its lead sentence, not a plan: an item of the
 * shortcomings going on after the plan sentence closing the item before it (存在的问题及下一步打算 whose items each end
 * 下一步，我局将…: blind set 107 read items 二是…六是 as plans).
 */
export function isProblemItem(paragraph: string, reportYear: number | null): boolean {
  const body = leadSentence(paragraph).replace(/[。！？；：:，,]$/, '');
  return WANTING_END.test(body) && !PLAN_VERB_START.test(body) && !isUnitPlanLead(body, reportYear) && !/将|拟|计划/.test(body);
}

export function kindOfLead(paragraph: string, reportYear: number | null): LeadKind | null {
  const lead = leadSentence(paragraph);
  const body = lead.replace(/[。！？；：:]$/, '');
  // a short label ending in ： that names a kind the way a heading does (下一步工作打算：, 存在的问题：), on a
  // line of its own or opening the paragraph it labels (下一步打算：2023年，我局将…)
  const named = labelKind(lead, reportYear);
  if (named === 'plans' || (named === 'shortcomings' && !solvingRe.test(body))) return { kind: named, strong: true, lead };
  const turn = turnRe.exec(body);
  if (!solvingRe.test(body) && ((turn && problemRe.test(body.slice(turn[0].length))) || signpostRe.test(lead.replace(/[。！？；]$/, '')))) return { kind: 'shortcomings', strong: true, lead };
  if (causesRe.test(body)) return { kind: 'shortcomings', strong: true, lead };
  const time = planTimeRe.exec(body);
  if ((time && (time[1] === undefined || (reportYear !== null && Number(time[1]) === reportYear + 1))) || isUnitPlanLead(body, reportYear)) return { kind: 'plans', strong: true, lead };
  if (planSubjectRe.test(body)) return { kind: 'plans', strong: false, lead };
  if (resolvesComingYear(paragraph, lead, body, reportYear)) return { kind: 'plans', strong: true, lead };
  return null;
}

const resolvedRe = new RegExp(RESOLVED_TIME + RESOLVED_BY);
const resolvedByRe = new RegExp('^' + RESOLVED_BY);
const milestoneRe = new RegExp(MILESTONE_YEAR);
const resolveRe = new RegExp(RESOLVE);
/** Told as done, not pledged: 了, 已, 取得 in the sentence (not 完成: 确保全面完成年度目标任务 is a pledge — red team 113's r1_02). */
const DONE_TOLD = /了|已|取得/;
/**
 * The coming year's resolutions with no verb of intent (part-leads.ts RESOLVED_TIME): 新的一年，我镇坚持…不动摇，持续压实…; or the
 * year named as a milestone, then the resolutions in the next sentence (2024年是“十四五”规划的关键一年。县政府坚持…不动摇，持续…).
 * A year only when it is the report year + 1; the sentence must carry a pledge (RESOLVE) and tell nothing done (DONE_TOLD); the
 * unit's organs may resolve jointly (镇党委、政府坚持… — red team 113's r1_03).
 */
function resolvesComingYear(paragraph: string, lead: string, body: string, reportYear: number | null): boolean {
  const coming = (y: string | undefined) => y === undefined || (reportYear !== null && Number(y) === reportYear + 1);
  const pledged = (s: string) => resolveRe.test(s) && !DONE_TOLD.test(s);
  const m = resolvedRe.exec(body);
  if (m) return coming(m[1]) && pledged(body);
  const mile = milestoneRe.exec(lead);
  if (!mile || mile[1] === undefined || !coming(mile[1])) return false;
  const next = leadSentence(paragraph.slice(lead.length)).replace(/[。！？；：:]$/, '');
  return resolvedByRe.test(next) && pledged(next);
}

/**
 * Whether a title names a plan, not a report of work done: it ends with the plan's own genre word (工作要点, 工作计划,
 * 实施方案, 工作安排, 任务清单, 任务分工方案), in 《》 or not when a notice issues it (关于印发《…工作要点》的通知,
 * 关于印发2024年…工作要点的通知), names no report (总结, 报告, 情况, 回顾, 成效, 进展 …) and joins no other matter to the
 * plan (…工作及2024年工作安排, …工作回顾及2024年工作计划: last year's work with next year's plan — red team 54).
 * Offices publish plans in the column their reports are in (set 89).
 */
export function isPlanDocument(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  return PLAN_DOCUMENT.test(t) && !REPORT_WORD.test(t) && !JOINED_PLAN.test(t);
}
/**
 * A notice, a letter or a reply about the reports, not a report (关于报送2024年度法治政府建设情况报告的通知, …工作的函, …的批复): an
 * office collecting reports finds its own 报送通知 in the folder (new user 36: ranked 9th as 县委依法治县办, with credit from the
 * sentences telling units what to report). Its body is what others are asked to do: read as plans, like a plan's (flag
 * notice_document). A cover letter that is a report (关于报送…报告的报告) is none.
 */
export function isNoticeDocument(title: string): boolean {
  const t = title.replace(/\s+/g, '').replace(/[。.]$/, '');
  // a notice issuing the unit's own 总结 or report (关于印发《嶂溪镇2023年法治政府建设工作总结和2024年工作要点》的通知) is that
  // report, and a letter sending one (关于报送…报告的函, the report after it as 附件) a cover letter: red teams 54 and 10
  return NOTICE_DOCUMENT.test(t) && !ISSUES_REPORT.test(t) && !(COVER_LETTER.test(t) && /报送|呈报|转报|上报|呈送/.test(t)) && !PUBLISHES_REPORT.test(t);
}
// (not 公告, 通告, 通报: units publish their own report so — 关于公开2024年度法治政府建设情况报告的公告, …工作情况的通报: red team 65)
const NOTICE_DOCUMENT = /(?:的|之)(?:通知|补充通知|紧急通知|函|复函|批复|请示)$/;
/** The unit publishing its own report under a notice's genre word (关于公开/公布…报告的…). */
const PUBLISHES_REPORT = /(?:公开|公布|发布|公示)[^，。；]{0,30}(?:报告|总结)/;
// (…but a notice issuing an outline or a template for the report is a notice: 关于印发《…情况报告》编写提纲的通知 — red team 65)
const ISSUES_REPORT = /《[^》]*(?:总结|报告|情况|述职|述法|自查|汇报)[^》]*》(?!(?:编写|撰写)?(?:提纲|模板|格式|范本|要求|参考文本))/;
const COVER_LETTER = /(?:的|之)(?:函|请示)$/;
const PLAN_WORD = '(?:工作要点|工作计划|实施方案|工作方案|工作安排|任务清单|任务分工(?:方案)?)';
const PLAN_DOCUMENT = new RegExp(`${PLAN_WORD}(?:[（(]\\d{4}[—–-]\\d{4}年?[）)])?》?(?:的通知)?$`);
const REPORT_WORD = /总结|报告|情况|述职|述法|自查|汇报|回顾|成效|进展|开展|完成|执行|落实/;
/** another matter joined before the plan: 及/和/暨/与/并/以及 then (a year and) the plan word */
const JOINED_PLAN = new RegExp(`(?:及|和|暨|与|并|以及)(?:\\d{4}年度?|下一年度?|明年|下年度?)?[^，。；]{0,12}${PLAN_WORD}`);
