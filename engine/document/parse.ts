/**
 * The document model: a report is parsed once into sections (with kinds and paths), sentences (with
 * offsets and line numbers), quantities and metadata. Every fact reads this model; nothing re-parses.
 */
import { matchHeadingMarker, type HeadingMarker } from './markers.js';
import { INTENT_PATTERNS } from '../lexicon/intent.js';
import { findClosing, findTitleBlock, unitNames, unitOfTitle, yearOfTitle } from './metadata.js';
import { findLayout } from './layout.js';
import { normalizeText } from './normalize.js';
import { extractQuantities } from './quantities.js';
import { isBareHeading, kindOfHeading } from './section-kinds.js';
import { splitSentences } from './sentences.js';
import { NUMBERED_STYLES, type DocumentModel, type MetadataHints, type HeadingStyle, type Section, type SectionKind, type Sentence } from '../types.js';

const INTENT_RE = new RegExp(INTENT_PATTERNS.join('|'));
const BODY_YEAR_RE = /(\d{4})年度?(?:以来|来|全年|工作|法治|上半年|，)/g;
const CREDIT_KINDS: ReadonlySet<SectionKind> = new Set(['achievements', 'first_duty']);

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
}

const STYLE_OF_LEVEL: HeadingStyle[] = ['cn', 'cn', 'cn_paren', 'arabic', 'arabic_paren', 'circled', 'circled'];

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

export function lineOf(lineStarts: number[], offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

interface OpenSection { section: Section; style: HeadingStyle }

export function parseDocument(original: string, opts: ParseOptions = {}): DocumentModel {
  const lineStarts = lineStartsOf(original);
  const layout = findLayout(original);
  const hints: MetadataHints = { ...layout.hints, ...opts.hints };
  const hardLines = opts.hardLines ? new Set([...opts.hardLines].map((l) => lineStarts[l - 1])) : undefined;
  const norm = normalizeText(original, { drop: layout.drop, hardLines });
  const { text, map } = norm;
  const paraTexts = norm.paragraphs.map(([s, e]) => text.slice(s, e));
  const numbered = paraTexts.map((p) => matchHeadingMarker(p));
  // the title block is found from numbered headings only: a title line such as 2024年度法治政府建设
  // 工作情况报告 names a kind too, but is not a heading
  const titleParas = findTitleBlock(paraTexts, (i) => numbered[i] !== null);
  const markers = paraTexts.map((p, i): HeadingMarker | null => {
    if (numbered[i] || i < titleParas) return numbered[i];
    // a Word heading style with no number in the text (Word generates it) still opens a section
    const level = opts.headingLines?.get(lineOf(lineStarts, map[norm.paragraphs[i][0]]));
    if (level) return { style: STYLE_OF_LEVEL[level], label: p.slice(0, 8), length: 0 };
    // an unnumbered line that names a section kind (存在的问题) is a top-level heading
    return isBareHeading(p) ? { style: 'cn', label: p.slice(0, 8), length: 0 } : null;
  });
  const flags = new Set<string>();
  if (norm.artifacts.length || norm.joins) flags.add('conversion_artifacts');

  const origStart = (n: number) => map[n];
  const origEnd = (nEnd: number) => (nEnd > 0 ? map[nEnd - 1] + 1 : 0);

  // Title, 落款, and the metadata they carry.
  const title = paraTexts.slice(0, titleParas).join('');
  const closing = findClosing(paraTexts, titleParas);
  const closingParas = new Set(closing?.paragraphs ?? []);
  // the 落款 often names the unit in full (大铭乡 in the title, 大铭乡人民政府 below)
  let unit = unitOfTitle(title);
  if (closing?.issuer && (!unit || (closing.issuer.includes(unit) && closing.issuer.length > unit.length))) unit = closing.issuer;
  if (!unit && hints.issuer) unit = unitOfTitle(hints.issuer) ?? hints.issuer;
  let year = yearOfTitle(title);
  let yearSource: DocumentModel['yearSource'] = year !== null ? 'title' : null;

  const bodyEnd = closing ? Math.min(...closing.paragraphs) : paraTexts.length;
  if (year === null) {
    // the year most often named as the reporting period in the opening paragraphs
    const counts = new Map<number, number>();
    for (const p of paraTexts.slice(titleParas, Math.min(bodyEnd, titleParas + 4))) {
      for (const m of p.matchAll(BODY_YEAR_RE)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (best) { year = best[0]; yearSource = 'body'; }
    else if (closing?.date) { year = closing.date.year - 1; yearSource = 'closing'; }
  }

  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const newSection = (init: Omit<Section, 'id' | 'end' | 'path' | 'depth'>, parent: Section | null): Section => {
    // one literal of fixed shape (not a spread): sections are read in every fact's hot loop
    const s: Section = {
      id: sections.length,
      parent: init.parent,
      style: init.style,
      label: init.label,
      heading: init.heading,
      kind: init.kind,
      path: parent && parent.label ? `${parent.path} > ${init.label}` : init.label,
      depth: parent ? parent.depth + 1 : 0,
      start: init.start,
      end: init.start,
      line: init.line,
    };
    sections.push(s);
    return s;
  };

  const front = newSection({ parent: -1, style: 'none', label: '', heading: '', kind: 'front', start: 0, line: 1 }, null);
  let stack: OpenSection[] = [];
  let current = front;
  const hasNumbered = markers.some((m, i) => m && i >= titleParas && i < bodyEnd && NUMBERED_STYLES.includes(m.style));

  const openHeading = (marker: HeadingMarker, heading: string, nStart: number) => {
    const idx = stack.findIndex((o) => o.style === marker.style);
    if (idx >= 0) stack = stack.slice(0, idx);
    else stack = stack.filter((o) => o.style !== 'lead'); // leads are always innermost
    const parent = stack.length ? stack[stack.length - 1].section : null;
    const own = kindOfHeading(heading.slice(marker.length), parent === null, year);
    let kind: SectionKind;
    if (!parent) kind = own ?? 'achievements';
    else if (marker.style === 'lead') kind = parent.kind;
    // inside plans or shortcomings a sub-heading may switch between the two, never into a kind that earns credit
    else if (own && (CREDIT_KINDS.has(parent.kind) || !CREDIT_KINDS.has(own))) kind = own;
    else kind = parent.kind;
    const start = origStart(nStart);
    const s = newSection({ parent: parent ? parent.id : -1, style: marker.style, label: marker.label, heading, kind, start, line: lineOf(lineStarts, start) }, parent);
    stack.push({ section: s, style: marker.style });
    current = s;
  };

  let body: Section | null = null;
  for (let p = 0; p < paraTexts.length; p++) {
    const [pStart] = norm.paragraphs[p];
    const ptext = paraTexts[p];
    if (closingParas.has(p)) {
      if (current.kind !== 'closing') {
        const start = origStart(pStart);
        current = newSection({ parent: -1, style: 'none', label: '落款', heading: '', kind: 'closing', start, line: lineOf(lineStarts, start) }, null);
        stack = [];
      }
    } else if (p >= titleParas && !hasNumbered && !body && !markers[p] && (p > titleParas || !/[：:]$/.test(ptext))) {
      // no numbered headings: after the title and the preamble, the body is a section of completed work
      const start = origStart(pStart);
      body = newSection({ parent: -1, style: 'none', label: '正文', heading: '', kind: 'achievements', start, line: lineOf(lineStarts, start) }, null);
      stack = [];
      current = body;
    }
    const pieces = splitSentences(ptext);
    for (let k = 0; k < pieces.length; k++) {
      const [s, e] = pieces[k];
      const stext = ptext.slice(s, e);
      let isHeading = false;
      if (p >= titleParas && !closingParas.has(p)) {
        const marker = k === 0 ? markers[p] : matchHeadingMarker(stext);
        if (marker && (k === 0 || marker.style === 'lead')) {
          // the heading is the marker's sentence (the whole paragraph when it has no sentence end)
          openHeading(marker, stext.replace(/[。；;：:]$/, ''), pStart + s);
          isHeading = marker.style !== 'lead' || pieces.length === 1 && !/[。！？]$/.test(stext);
        }
      }
      const nStart = pStart + s, nEnd = pStart + e;
      const start = origStart(nStart);
      const intentAt = stext.search(INTENT_RE);
      sentences.push({
        id: sentences.length, text: stext, start, end: origEnd(nEnd), line: lineOf(lineStarts, start), paragraph: p,
        section: current.id, isHeading, intent: intentAt >= 0, intentAt, nStart, nEnd,
      });
    }
  }

  // Section ends: the end of their last sentence, or of any descendant's.
  for (const sent of sentences) {
    let sec: Section | undefined = sections[sent.section];
    while (sec) { if (sent.end > sec.end) sec.end = sent.end; sec = sec.parent >= 0 ? sections[sec.parent] : undefined; }
  }

  const quantities = sentences.flatMap((s) => extractQuantities(s.text, s.id, s.nStart));

  if (!hasNumbered) flags.add('no_sections');
  if (!closing?.date) flags.add('no_date');
  if (year === null) flags.add('no_year');
  if (!unit) flags.add('no_unit');

  let closingLine = 0;
  if (closing) closingLine = lineOf(lineStarts, origStart(norm.paragraphs[closing.paragraphs[0]][0]));

  return {
    file: opts.file ?? '', original, encoding: opts.encoding ?? 'utf-8', source: opts.source ?? 'txt', hints, pages: opts.pages ?? null, normalized: text, map, lineStarts,
    title, titleParagraphs: titleParas, unit, unitNames: unitNames(unit), year, yearSource,
    closing: closing ? { issuer: closing.issuer, date: closing.date, dateText: closing.dateText, line: closingLine } : null,
    sections, sentences, quantities, flags: [...flags].sort(),
    artifacts: norm.artifacts.map((a) => ({ ...a, line: lineOf(lineStarts, a.start) })),
    factCache: new Map(),
  };
}
