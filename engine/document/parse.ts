/**
 * The document model: a report is parsed once into sections (with kinds and paths), sentences (with
 * offsets and line numbers), quantities and metadata. Every fact reads this model; nothing re-parses.
 * parseDocument runs the phases in order; each lives in its own module.
 */
import { findHeadings } from './headings.js';
import { readTitleAndClosing, reportingYear, type TitleAndClosing } from './identity.js';
import { findLayout } from './layout.js';
import { lineOf, lineStartsOf } from './lines.js';
import { normalizeText, type Normalized } from './normalize.js';
import { reflowRunTogether } from './reflow.js';
import { foldLine, isWebFurniture, WebHints } from './chrome.js';
import { extractQuantities, tableQuantities } from './quantities.js';
import { buildSectionTree, closeSections } from './section-tree.js';
import { buildSentences, markPlanOnlyHeadings, splitSentences } from './sentences.js';
import { isNoticeDocument, isPlanDocument } from './section-kinds.js';
import { squeeze } from './closing.js';
import { namesOfUnit } from './station.js';
import { unitOfTitleText } from './unit-year.js';
import { placedByZone, resolveUnit, townshipFarm, townshipZone } from './gazetteer/resolve.js';
import type { DocumentModel, MetadataHints, Quantity } from '../types.js';

export { lineOf, lineStartsOf } from './lines.js';

export interface ParseOptions {
  file?: string;
  encoding?: string;
  /** where the text came from: a .docx's lines are its paragraphs; a .pdf's lines know their page */
  source?: DocumentModel['source'];
  /** line (1-based) → heading level, for headings known from Word styles rather than from markers */
  headingLines?: Map<number, number>;
  /** line (1-based) → page, for PDFs */
  pages?: number[];
  /** lines (1-based) that are whole paragraphs of the source (Word headings, table rows): never rejoined */
  hardLines?: ReadonlySet<number>;
  /** metadata the reader found outside the text (a web page's meta tags) */
  hints?: MetadataHints;
  /** the file's bytes are another format than its name says (a .docx that is plain text, a .doc that is a web page): flagged, read by what they are */
  formatMismatch?: boolean;
}

export function parseDocument(original: string, opts: ParseOptions = {}): DocumentModel {
  const lineStarts = lineStartsOf(original);
  // page furniture, 版头 and 版记 are dropped by offset; what they say is kept as hints
  const layout = findLayout(original);
  const hints: MetadataHints = { ...layout.hints, ...opts.hints };
  const hardLines = opts.hardLines ? new Set([...opts.hardLines].map((l) => lineStarts[l - 1])) : undefined;
  const norm = normalizeText(original, { drop: layout.drop, hardLines });
  const { text, map } = norm;
  // a report that lost its paragraph breaks is split again at the structure it still shows
  const { spans: paraSpans, runTogether } = reflowRunTogether(text, norm.paragraphs);
  const lineAt = (offset: number) => lineOf(lineStarts, offset);
  const paras = paraSpans.map(([s, e]) => text.slice(s, e));
  // a page run together kept its metadata labels inside the text (…发布机构:徐庄镇…): once split off,
  // they are read as a page's furniture lines are, for what the layout could not see
  if (runTogether.size) readRunTogetherHints(paras, runTogether, hints);
  const headings = findHeadings(paras, (i) => lineAt(map[paraSpans[i][0]]), opts.headingLines);
  const meta = readTitleAndClosing(paras, headings.titleParas, hints.issuer ?? null);
  const { titleParas } = meta;
  // chrome and a title after it (now in the title block) are never headings
  const markers = headings.markers.map((m, i) => (i >= headings.titleParas && i < titleParas ? null : m));
  const { year, yearSource, yearFrom } = reportingYear(meta);
  const pieces = paras.map(splitSentences);
  // a plan for the coming year, not a report: its body is all plans (section-tree.ts) and it is flagged (flagsOf)
  const planDocument = meta.title !== '' && isPlanDocument(meta.title);
  // a notice, a letter or a reply about the reports (关于报送…报告的通知): what others are asked to do, read as a plan's body is
  const noticeDocument = meta.title !== '' && !planDocument && isNoticeDocument(meta.title);
  const tree = buildSectionTree({ paras, paraSpans, pieces, markers, ...meta, titleParas, year, origStart: (n) => map[n], lineAt, runTogether, planDocument: planDocument || noticeDocument });
  const sentences = buildSentences({ paras, paraSpans, pieces, sectionOf: tree.sectionOf, isHeading: tree.isHeading, map, lineAt, year });
  closeSections(tree.sections, sentences);
  markPlanOnlyHeadings(tree.sections, sentences);
  const { closing } = meta;
  // a report whose title and 落款 name no unit: the 版头's 发文机关 or the web page's 发布机构
  const unit = meta.unit ?? (hints.issuer ? unitOfTitleText(hints.issuer) ?? hints.issuer : null);
  const named = namesOfUnit(unit);
  // a town's station is placed at its town (三坡派出所 → 三坡镇), not at the county its bureau is named after
  const placeName = named.seat === 'township' ? named.tokens.join('') : unit;
  const placed = resolveUnit(placeName, text);
  // a body named by its county's short form (张家港海关, 象山海事处), placed by the resolver: a department of that county
  const byName = named.own === null && named.tokens.length === 0 && placed?.level === 'county' && !placedByZone(unit ?? '') ? { tokens: [placed.name], own: placed.name, level: 'department' as const } : named;
  // (a township-level 管理区 reports as a township, whatever its 区 says)
  const zoned = byName.level === 'county' && townshipZone(placeName ?? '', byName.own) ? { ...byName, level: 'township' as const } : byName;
  // (a township-level farm reports as a town of its county, placed at itself: 宜丰县石花尖垦殖场 — townshipFarm)
  const farm = zoned.level === 'department' && unit ? townshipFarm(unit, zoned.tokens) : null;
  const names = farm ? { ...zoned, tokens: farm.tokens, own: farm.division.name, level: 'township' as const } : zoned;
  const division = farm?.division ?? placed;
  return {
    file: opts.file ?? '', original, encoding: opts.encoding ?? 'utf-8', source: opts.source ?? 'txt', hints, pages: opts.pages ?? null, normalized: text, map, lineStarts,
    title: meta.title, titleParagraphs: titleParas, chrome: meta.found.chrome, publisher: meta.found.publisher,
    unit, unitNames: names, division, year, yearSource, ...(yearFrom !== undefined ? { yearFrom } : {}),
    closing: closing ? { issuer: closing.issuer, date: closing.date, dateText: closing.dateText, line: lineAt(map[paraSpans[closing.paragraphs[0]][0]]), ...(isAutoDate(closing.dateText, hints) ? { dateAuto: true as const } : {}) } : null,
    sections: tree.sections, sentences, quantities: withTableQuantities(sentences.flatMap((s) => extractQuantities(s.text, s.id, s.nStart)), tableQuantities(sentences, year)),
    flags: flagsOf(norm, tree.hasNumbered, { ...meta, unit }, year, opts.formatMismatch === true, planDocument, runTogether.size > 0, secondTitleAt(paras, titleParas, meta.title) >= 0, noticeDocument),
    artifacts: norm.artifacts.map((a) => ({ ...a, line: lineAt(a.start) })),
  };
}

/** Flags an assessor sees beside the result: what the parse could not find or had to repair. */
/**
 * A report's title standing again as a paragraph of its own after the title block, with a report's worth of text after it
 * (X镇2024年度法治政府建设情况报告 … Y镇2024年度…报告 …): several reports pasted into one file, scored as one (new user 35:
 * files holding a batch ranked 5th, every report in them flagged 疑似雷同). Not a cover letter's title (关于报送…), nor a
 * title quoted in a sentence, nor the report's own title standing again (a web page's headline above its article). The
 * paragraph's index, or −1.
 */
const REPORT_TITLE_PARA = /^(?![^。，；]*(?:报送|转报|呈报|《))[^。，；！？]{0,40}(?:(?:19|20)\d{2}|[〇一二三四五六七八九零]{4})\s*年度?[^。，；！？]{0,24}法治(?:政府)?建设[^。，；！？]{0,16}(?:报告|总结|汇报)$/;
function secondTitleAt(paras: readonly string[], titleParas: number, title: string): number {
  const own = title.replace(/\s+/g, '');
  // a cover letter's title (关于报送…报告的报告) names the report that follows it: that report is no second one
  if (/报送|转报|呈报/.test(own)) return -1;
  for (let i = titleParas + 1; i < paras.length; i++) {
    const p = paras[i].trim();
    if (!REPORT_TITLE_PARA.test(p)) continue;
    // (a web page's headline stands again above the article: the same title is no second report — sweep 4)
    const bare = p.replace(/\s+/g, '');
    if (bare === own) continue;
    let after = 0;
    for (let j = i + 1; j < paras.length && after < 600; j++) after += paras[j].length;
    if (after >= 600) return i;
  }
  return -1;
}

function flagsOf(norm: Normalized, hasNumbered: boolean, meta: TitleAndClosing, year: number | null, formatMismatch: boolean, planDocument: boolean, runTogether: boolean, severalReports: boolean, noticeDocument = false): string[] {
  const flags: string[] = [];
  if (severalReports) flags.push('several_reports');
  // a report (or a long part of one) with its paragraph breaks lost, split again by reflow.ts: its evidence stands on one line
  // of the file, so an assessor is told why every 行号 is the same (nu35)
  if (runTogether) flags.push('run_together');
  if (formatMismatch) flags.push('format_mismatch');
  if (norm.artifacts.length || norm.joins) flags.push('conversion_artifacts');
  if (!hasNumbered) flags.push('no_sections');
  if (!meta.closing?.date) flags.push('no_date');
  if (year === null) flags.push('no_year');
  if (!meta.unit) flags.push('no_unit');
  // said, so a plan is never ranked unnoticed among the reports (nu32)
  if (planDocument) flags.push('plan_document');
  if (noticeDocument) flags.push('notice_document');
  // the body and the 落款 agree on the year after the title's (unit-year.ts): said, so an assessor checks it (nu35)
  if (meta.found?.bodyYear !== undefined) flags.push('title_year_conflict');
  return flags.sort();
}

/** Is the 落款's date what a self-updating field (Word's DATE, SAVEDATE …) showed when the file was last opened or saved? */
function isAutoDate(dateText: string | null, hints: MetadataHints): boolean {
  if (!dateText) return false;
  if (hints.autoDateField) return true;
  if (!hints.autoDates?.length) return false;
  const d = squeeze(dateText);
  return hints.autoDates.some((a) => { const f = squeeze(a); return f.length >= 6 && (d.includes(f) || f.includes(d)); });
}

/** Hints (发布机构, 成文日期, 发文字号) from the label pieces of run-together paragraphs; what the layout found first stays. */
function readRunTogetherHints(paras: string[], runTogether: ReadonlySet<number>, hints: MetadataHints): void {
  const web = new WebHints();
  for (const i of runTogether) { const f = foldLine(paras[i]); if (isWebFurniture(f)) web.read(f); }
  for (const [k, v] of Object.entries(web.hints)) if (v !== undefined && (hints as Record<string, unknown>)[k] === undefined) (hints as Record<string, unknown>)[k] = v;
  if (!hints.date && web.published) hints.date = web.published;
}

/** The sentences' quantities and a table's by header (none in most reports), in text order. */
function withTableQuantities(own: Quantity[], table: Quantity[]): Quantity[] {
  return table.length ? [...own, ...table].sort((a, b) => a.nStart - b.nStart) : own;
}
