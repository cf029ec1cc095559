/**
 * Which paragraphs open a heading, and where the title block ends: numbered markers (一、 （一） 1. …),
 * headings known from Word styles, and bare lines that name a section kind (存在的问题).
 */
import { findTitleBlock } from './metadata.js';
import { decimalItemHead, isBracketedLine, markerNumber, matchHeadingMarker, type HeadingMarker } from './markers.js';
import { isBareHeading, isProblemItem, kindOfHeading, kindOfLead } from './section-kinds.js';
import type { HeadingStyle, SectionKind } from '../types.js';

/** A Word heading level (1-based) read as the marker style official documents use at that depth. */
const STYLE_OF_LEVEL: HeadingStyle[] = ['cn', 'cn', 'cn_paren', 'arabic', 'arabic_paren', 'circled', 'circled'];

export interface Headings {
  /** the first `titleParas` paragraphs are the title block */
  titleParas: number;
  /** per paragraph: the heading marker it opens with, or null */
  markers: Array<HeadingMarker | null>;
}

/** Longest unnumbered heading shown whole in a section path; a longer one shows its first LABEL_CUT characters and …. */
const LABEL_WHOLE = 24;
const LABEL_CUT = 20;
/**
 * How a heading without a number is named in section paths (2024年工作打算 > 一是): the heading itself without its
 * closing punctuation, or its opening with an ellipsis when long — never a word cut off unmarked (2024年工作打, new
 * user, session 19).
 */
export function unnumberedLabel(p: string): string {
  const t = p.trim().replace(/[：:。，,；;、\s]+$/u, '');
  return t.length <= LABEL_WHOLE ? t : `${t.slice(0, LABEL_CUT)}…`;
}

/**
 * `lineOfParagraph(i)` is the original 1-based line where paragraph i starts; `headingLines` maps such
 * lines to Word heading levels (for a .docx whose numbering Word generates, so the text has none).
 */
export function findHeadings(paras: string[], lineOfParagraph: (i: number) => number, headingLines?: Map<number, number>): Headings {
  const numbered = inOutline(paras.map((p) => matchHeadingMarker(p)), paras);
  // the title block is found from numbered headings only: a title line such as 2024年度法治政府建设
  // 工作情况报告 names a kind too, but is not a heading
  const titleParas = findTitleBlock(paras, (i) => numbered[i] !== null);
  const markers = paras.map((p, i): HeadingMarker | null => {
    if (numbered[i] || i < titleParas) return numbered[i];
    // a Word heading style with no number in the text (Word generates it) still opens a section
    const level = headingLines?.get(lineOfParagraph(i));
    if (level) return { style: STYLE_OF_LEVEL[level], label: unnumberedLabel(p), length: 0 };
    // an unnumbered line that names a section kind (存在的问题) is a top-level heading
    return isBareHeading(p) ? { style: 'cn', label: unnumberedLabel(p), length: 0 } : null;
  });
  bracketedTopics(paras, markers, titleParas);
  return { titleParas, markers };
}

/**
 * A report whose parts are headed only by unnumbered lines in lenticular brackets — 【存在的不足】, 【2022年工作安排】 — heads its
 * work the same way, by topic (【加强组织保障，法治建设责任进一步压实】, 【依法开展监督，推动法治政府建设】): read as text, such lines left
 * the work they head in the preamble (blind set 281: a county congress's adviser, plan and leading group all 在前言). Where the report
 * has no numbered part (一、) and a bracketed line names a part other than the work, every bracketed line before that part is a topic
 * heading of the work (`topic`: it names no part and frames no period, whatever its words — 【坚持问题导向，…】, 【明确工作思路，…】,
 * 【紧扣2023年度目标，…】: red teams 110 and 111). Not one after it — a topic under the plans is one of the plans, and as a heading of its
 * own it would be taken for work done. A bracketed line whose words name the shortcomings or the plans and whose paragraph after it
 * reads as them (【正视问题不足，剖析深层原因】 over 一是…；究其原因… — red team 111's r2_03) is that part, and the topics end there.
 */
function bracketedTopics(paras: string[], markers: Array<HeadingMarker | null>, titleParas: number): void {
  if (markers.some((m) => m !== null && m.length > 0 && (m.style === 'cn' || m.style === 'part'))) return;
  let end = -1;
  for (let i = titleParas; i < paras.length && end < 0; i++) {
    if (!isBracketedLine(paras[i])) continue;
    const kind = kindOfHeading(paras[i].trim(), true, null);
    if (kind === null || kind === 'achievements') continue;
    if (markers[i] !== null || readsAs(kind, paras[i + 1] ?? '')) { markers[i] ??= { style: 'cn', label: unnumberedLabel(paras[i]), length: 0 }; end = i; }
  }
  for (let i = titleParas; i < end; i++) {
    if (markers[i] === null && isBracketedLine(paras[i])) markers[i] = { style: 'cn', label: unnumberedLabel(paras[i]), length: 0, topic: true };
  }
}

/** Whether a paragraph reads as the part `kind` names: its problems and their causes, or (by a plan's own lead) the unit's plan. */
function readsAs(kind: SectionKind, paragraph: string): boolean {
  const lead = kindOfLead(paragraph, null);
  if (lead !== null && lead.strong && lead.kind === kind) return true;
  // (…a plan's words in a topic over work done — 【明确工作思路，…】 over 年初，镇党委调整了…领导小组 — are the work: red team 110's r2_05)
  return kind === 'shortcomings' && (isProblemItem(paragraph.replace(/^[一二三四五六七八九十]是/, ''), null) || /究其原因|主要原因|原因(?:是|在于)/.test(paragraph));
}

/**
 * Decimal markers only where they number an outline: N.x under a part numbered N. (or N、 二、), in a document where some part
 * holds two or more of them. A lone line opening on a point number is a photo caption, a date or a version
 * (3.15消费者权益保护宣传活动现场, 2.0版“法治体检”…): read as a heading it turned a report without numbered headings into its
 * preamble (red team 69: 87 → 29 points).
 */
function inOutline(markers: Array<HeadingMarker | null>, paras: string[]): Array<HeadingMarker | null> {
  if (!markers.some((m) => m?.style === 'decimal')) return markers;
  const parents = new Set<string>();
  const children = new Map<string, number>();
  const headOf = (m: HeadingMarker) => m.label.split('.')[0];
  markers.forEach((m, i) => {
    if (m?.style === 'arabic' || m?.style === 'cn') { const n = markerNumber(m); if (n !== null) parents.add(String(n)); return; }
    // the outline's items are counted whether or not they read as headings: 1.1 依法全面履行政府职能。梳理… is an item run in with
    // its paragraph, content of its part, and still tells that 1.4 …职责情况。… beside it is an outline's (red team 69's c2_10)
    const head = m?.style === 'decimal' ? headOf(m) : m === null ? decimalItemHead(paras[i]) : null;
    if (head !== null) children.set(head, (children.get(head) ?? 0) + 1);
  });
  // an outline: some part numbered N. (or N、 一、) holding two or more N.x; then every N.x under a numbered part counts (3.1 alone)
  const outline = [...children].some(([head, n]) => n >= 2 && parents.has(head));
  return markers.map((m) => (m?.style !== 'decimal' ? m : outline && parents.has(headOf(m)) ? m : null));
}
