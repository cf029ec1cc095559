/**
 * Clean-up that keeps offsets: the normalized text is what facts match against, and `map` sends
 * every normalized character back to its offset in the original, so evidence always points into
 * the text the user has.
 *
 * - converter artifacts ([bookmark: _GoBack], [image: …], zero-width characters) and the pinyin glosses of
 *   mirror sites (鎮(zhèn)) are dropped; a text in traditional characters is read in simplified ones;
 * - full-width digits, letters, %, ．, ＋ and the ideographic space fold to ASCII;
 * - Kangxi/supplement radicals and compatibility ideographs fold to the unified ideograph (⼈ → 人);
 * - the zero of a Chinese-numeral year written 0, O, Ｏ, ０ or 零 folds to 〇 (二0二五年 → 二〇二五年);
 * - lines the layout step found to be page furniture, 版头 or 版记 are dropped (`drop`);
 * - lines a reader knows to be whole paragraphs (Word headings, table rows) are never rejoined (`hardLines`);
 * - text wrapped by a page layout (PDF, OFD) is rejoined by its line width;
 * - indentation is dropped, and spaces next to Chinese text ("2023 年", "3 名") vanish;
 * - a line broken in mid-sentence (page breaks and blank lines inside a sentence) is rejoined;
 * - every remaining line becomes one paragraph, separated by a single "\n".
 */
import { isBracketedLine, startsWithHeadingMarker } from './markers.js';
import { foldIdeograph, foldRadicals, isRadicalLike } from './read/radicals.js';
import { isBareHeading } from './section-kinds.js';
import { isTraditional, toSimplified } from './simplified.js';
import { isRowNumber, ROW_UNIT_FIRST } from './read/lines.js';
import { isLayoutLine } from './unit-year.js';
import { isAttachmentLine, isClosingDate, isIssuerLine } from './closing.js';
import { QUANTITY_UNITS } from '../lexicon/quantity-units.js';
import { PLAN_LEADS } from '../lexicon/intent.js';

export interface Normalized {
  text: string;
  map: Int32Array;
  /** [start, end) of each paragraph in the normalized text */
  paragraphs: Array<[number, number]>;
  artifacts: Array<{ text: string; start: number; end: number }>;
  /** line breaks rejoined because they fell inside a sentence */
  joins: number;
}

export interface NormalizeOptions {
  /** [start, end) ranges of the original to drop (page numbers, 版头, 版记) */
  drop?: ReadonlyArray<readonly [number, number]>;
  /** original offsets of line starts whose line is a paragraph of its own: never joined to a neighbour */
  hardLines?: ReadonlySet<number>;
}
const ARTIFACT_RE = /\[(?:bookmark|image|footnote|endnote|comment|annotation|page ?break|pic|picture|table)\b[^\]\n]{0,200}\]|[\u200b-\u200d\u2060\ufeff\u00ad]|(?<=[\u4e00-\u9fa5])\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*){1,2}\)/gi;
/** Spaces of every width (tab, no-break, ideographic, en/em/thin …). */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}
/** Characters foldChar changes: full-width digits and letters, ％ ． ＋ and the ideographic space. */
function needsFold(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05 || c === 0xff0e || c === 0xff0b
    || (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff) || c === 0xd87e;
}
/** A Chinese-numeral year (二〇二五年) whose zero is typed as a digit, a letter O or 零: 二0二五年, 二O二五年, 二Ｏ二五年. */
export const CN_YEAR_RE = /(?<![0-9０-９〇○零一二三四五六七八九OＯ])[〇○零一二三四五六七八九0OＯ０]{4}(?=\s*年)/g;
const YEAR_ZEROS = new Set(['0', 'O', 'Ｏ', '０', '零', '○']);
/** After one of these a line ends a sentence (closing quotes and brackets are looked through). */
const TERMINAL = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…']);
/** Sentence ends inside a paragraph: a line that fills a page layout's width may end with one and still be wrapped. */
const INNER_TERMINAL = new Set(['；', '：', ';', ':']);
const CLOSERS = new Set(['”', '’', '"', "'", '）', ')', '】', '》', '」', '』']);
const SOFT_ENDINGS = new Set(['，', '、', ',', '（', '(', '“', '《']);
/** A line shorter than this is a title, heading, signature or list line rather than a wrapped body line. */
const MIN_WRAPPED_LINE = 12;
/**
 * A line opening with next year's plan in the unit's voice (2025年，我镇将…, 下一步，我局将…, 今后，我们要…): a
 * paragraph of its own even when the line before lost its 。 — a page wraps a sentence at the margin, not between a
 * year and its comma — so the plans it opens are not read as the end of an achievements paragraph (plans_traps on
 * real openings, sweep 4: the paragraph before had no 。 and the unheaded plan was credited). A comma before the break
 * still joins (the soft endings are read first). The leads are the sentence splitter's PLAN_LEADS (and a year).
 */
const PLAN_LINE_LEAD = new RegExp(`^(?:(?:19|20)\\d{2}年(?:度)?|(?:${PLAN_LEADS.join('|')})(?:里|中|内)?)[，,][^。；]{0,12}?(?:将|要|拟|计划|准备|争取)`);
/** A heading that lost its number is at most this long (two phrases of a genre heading: 加强普法宣传，夯实基层治理基础). */
const LOST_HEADING_MAX = 30;
/** The first lines of a report are its title block: never rejoined unless they end in a comma. */
const TITLE_BLOCK_LINES = 3;

export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  if (isRadicalLike(code)) return foldIdeograph(c);
  switch (c) {
    case '％': return '%';
    case '．': return '.';
    case '＋': return '+';
    case '\u3000': return ' ';
    default: return c;
  }
}

const isAsciiWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

interface RawLine { start: number; end: number; visible: number; first: number; last: number }

export function normalizeText(original: string, opts: NormalizeOptions = {}): Normalized {
  const { deleted, artifacts } = findArtifacts(original);
  for (const [s, e] of opts.drop ?? []) deleted.fill(1, Math.max(0, s), Math.min(original.length, e));
  const lines = visibleLines(original, deleted);
  const out = new NormalizedWriter(original, yearZeros(original));
  const wrapWidth = layoutWidth(original, lines, deleted);
  const hard = opts.hardLines;
  const lostHeadings = countLostHeadings(original, lines) >= LOST_HEADINGS_MIN && !lines.some((l) => NUMBERED_LINE.test(lineText(original, l)));
  let joins = 0;
  for (let li = 0; li < lines.length; li++) {
    out.line(lines[li], deleted);
    const next = lines[li + 1];
    if (!next) break;
    if (!(hard && (hard.has(lines[li].start) || hard.has(next.start))) && continuesSentence(original, lines[li], next, li, wrapWidth, deleted, lostHeadings, lines[li + 2])) joins++;
    else out.paragraphBreak(lines[li].end);
  }
  return { ...out.finish(), artifacts, joins };
}

/** What the lookbehind of CN_YEAR_RE refuses before a year, and the year's four characters. */
const YEAR_BEFORE = new Set([...'0123456789０１２３４５６７８９〇○零一二三四五六七八九OＯ']);
const YEAR_CHARS = new Set([...'〇○零一二三四五六七八九0OＯ０']);
const WS = /\s/;

/**
 * The matches of CN_YEAR_RE, found from each 年 backwards instead of trying the regex (with its
 * lookbehind) at every offset: ~2 % of a worker's time. A match's four characters end at the last
 * non-space before a 年 (they are never spaces), and no two matches can share a 年 or overlap (a
 * year character before a match refuses it), so this finds exactly the regex's matches, in order.
 */
export function chineseYearMatches(text: string): Array<{ index: number; year: string }> {
  const out: Array<{ index: number; year: string }> = [];
  for (let y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
    let e = y - 1;
    while (e >= 0 && WS.test(text[e])) e--;
    const p = e - 3;
    if (p < 0) continue;
    let ok = true;
    for (let k = p; k <= e && ok; k++) ok = YEAR_CHARS.has(text[k]);
    if (ok && (p === 0 || !YEAR_BEFORE.has(text[p - 1]))) out.push({ index: p, year: text.slice(p, e + 1) });
  }
  return out;
}

/** Offsets of year zeros to fold to 〇 (only in years with at least two other Chinese numerals), or null. */
function yearZeros(original: string): Uint8Array | null {
  let zero: Uint8Array | null = null;
  for (const m of chineseYearMatches(original)) {
    if ([...m.year].filter((c) => '一二三四五六七八九'.includes(c)).length < 2) continue;
    for (let k = 0; k < 4; k++) if (YEAR_ZEROS.has(m.year[k])) (zero ??= new Uint8Array(original.length))[m.index + k] = 1;
  }
  return zero;
}

/**
 * An editor's Markdown left in a report (blind set 55: # 标题, ## 一、…, ### （一）…, **重大事项决策**：, ---): a heading's
 * hashes at a line's start, bold or emphasis marks, a rule alone on its line. Only these shapes: 3#楼 or a lone * stays.
 */
const MARKDOWN_RE = /(?:^|(?<=\n))[ \t]*#{1,6}[ \t]+|\*\*|__|(?:^|(?<=\n))[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*(?=\r?\n|$)/g;

/** Converter artifacts ([bookmark: …], zero-width characters) and Markdown residue: marked deleted; the visible ones are reported. */
function findArtifacts(original: string): { deleted: Uint8Array; artifacts: Normalized['artifacts'] } {
  const deleted = new Uint8Array(original.length);
  const artifacts: Normalized['artifacts'] = [];
  for (const re of [MARKDOWN_RE, ARTIFACT_RE]) {
    for (const m of original.matchAll(re)) {
      const start = m.index!;
      deleted.fill(1, start, start + m[0].length);
      // a lone zero-width character is not shown; a heading's hashes are shown without the spaces around them
      if (m[0].length > 1) artifacts.push({ text: m[0].trim(), start, end: start + m[0].length });
    }
  }
  return { deleted, artifacts };
}

/** Lines of the original that show anything, with their first and last visible character. */
function visibleLines(original: string, deleted: Uint8Array): RawLine[] {
  // character codes, not one-character strings: this loop visits every character of every report
  const n = original.length;
  const lines: RawLine[] = [];
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? original.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d || c === 0x0c || c === 0x2028 || c === 0x2029) {
      let first = -1, last = -1, visible = 0;
      for (let j = lineStart; j < i; j++) {
        if (deleted[j] || isSpaceCode(original.charCodeAt(j))) continue;
        if (first < 0) first = j;
        last = j;
        visible++;
      }
      if (visible > 0) lines.push({ start: lineStart, end: i, visible, first, last });
      if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = i + 1;
    }
  }
  return lines;
}

/**
 * Builds the normalized text and its offset map. Output is built from runs of unchanged characters
 * (one slice each) and single changed ones.
 */
class NormalizedWriter {
  private readonly parts: string[] = [];
  private readonly map: Int32Array;
  private len = 0;
  private last = ''; // the last character emitted
  private readonly paragraphs: Array<[number, number]> = [];
  private paraStart = 0;

  constructor(private readonly original: string, private readonly yearZero: Uint8Array | null = null) { this.map = new Int32Array(original.length + 1); }

  /** One visible line: spaces dropped or kept single between ASCII words, full-width characters folded, artifacts skipped. */
  line(line: RawLine, deleted: Uint8Array): void {
    const original = this.original;
    let run = line.first;
    let tableRow: boolean | undefined; // decided at the first tab between two cells
    // a table pasted with bars or aligned spaces between its cells (cellRowKind): those separators are its tabs
    const kind = cellRowKind(original, line);
    const lineStart = this.len;
    // a table row's 序号 cell is left out, as the docx, HTML and .doc readers leave it (read/lines.ts isRowNumber)
    const skip = rowNumberEnd(original, line, kind);
    for (let j = line.first; j <= line.last; j++) {
      const code = original.charCodeAt(j);
      const gone = deleted[j] || j < skip;
      const bar = kind === 'bars' && isBarCode(code);
      const plain = !gone && !bar && (code < 0x80 ? code !== 0x20 && code !== 0x09 : !isSpaceCode(code) && !needsFold(code)) && !(this.yearZero && this.yearZero[j]);
      if (plain) continue;
      this.run(run, j);
      run = j + 1;
      if (gone) continue;
      if (bar) {
        // a bar between two cells is a cell boundary; the row's opening and closing bars are nothing
        let k = j + 1;
        while (k <= line.last && (deleted[k] || isSpaceCode(original.charCodeAt(k)))) k++;
        if (this.len > lineStart && k <= line.last && !isBarCode(original.charCodeAt(k)) && this.last !== '，') this.char('，', j);
        j = k - 1;
        run = k;
        continue;
      }
      if (isSpaceCode(code)) {
        // keep one space only between two ASCII words ("Word 2010"), never next to Chinese text
        let k = j + 1, tab = code === 0x09;
        while (k <= line.last && (deleted[k] || isSpaceCode(original.charCodeAt(k)))) { if (original.charCodeAt(k) === 0x09) tab = true; k++; }
        // columns aligned by hand: a run of two or more spaces between cells is a tab
        if (kind === 'spaces' && k - j >= 2 && this.len > lineStart && k <= line.last) { this.char('，', j); j = k - 1; run = k; continue; }
        // a table pasted as text: its cells are joined by "，" as the docx and OFD readers join a
        // row's cells, so a figure and a unit in the next column read as one quantity (8 | 人)
        // — except a figure's cell and a cell opening with its measure word (26 | 名执法人员参加培训: red team 20), one quantity
        if (tab && j > line.first && k <= line.last && this.len > 0 && (tableRow ??= isTableRow(original, line))) {
          if (!(/\d/.test(this.last) && ROW_UNIT_FIRST.test(original.slice(k, k + 2)))) this.char('，', j);
        }
        else if (isAsciiWord(this.last) && isAsciiWord(foldChar(original[k]))) this.char(' ', j);
        j = k - 1;
        run = k;
        continue;
      }
      if (this.yearZero && this.yearZero[j]) { this.char('〇', j); continue; }
      if (code === 0xd87e && j < line.last) {
        // a compatibility ideograph outside the BMP: two code units fold to one character
        this.char(foldIdeograph(original.slice(j, j + 2)), j);
        j++;
        run = j + 1;
        continue;
      }
      this.char(foldChar(original[j]), j);
    }
    this.run(run, line.last + 1);
  }

  /** Ends the paragraph; the "\n" maps to the original line end `at`. */
  paragraphBreak(at: number): void {
    this.paragraphs.push([this.paraStart, this.len]);
    this.char('\n', at);
    this.paraStart = this.len;
  }

  finish(): Pick<Normalized, 'text' | 'map' | 'paragraphs'> {
    if (this.len > this.paraStart) this.paragraphs.push([this.paraStart, this.len]);
    this.map[this.len] = this.original.length;
    // pages mirrored in traditional characters read like the rest (one character for one: offsets hold)
    let text = this.parts.join('');
    if (isTraditional(text)) text = toSimplified(text);
    text = fullWidthPunctuation(text);
    return { text, map: this.map.slice(0, this.len + 1), paragraphs: this.paragraphs };
  }

  private run(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.original.slice(from, to));
    for (let k = from; k < to; k++) this.map[this.len++] = k;
    this.last = this.original[to - 1];
  }

  private char(c: string, at: number): void { this.parts.push(c); this.map[this.len++] = at; this.last = c; }
}

/** A CJK unified ideograph of the basic block (the characters the lexicons and the gazetteer are written in). */
export const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
const HAN_CLOSERS = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x300b]); // ” ’ 」 』 ） ) 》
/** A heading's number from its line's start to a point after it: 一 / 十一 / （三） / 第三部分 / 【二 / 3 (3.5 has a digit after). */
const HEADING_NUMBER = /^[\s【〖\[]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十百\d]{1,4}(?:部分|章|节|条|项|篇)?|[一二三四五六七八九十]{1,4}|\d{1,3})$/;
/**
 * A report typed in half-width punctuation (2022年,我乡在县委,县政府的…领导下,…取得了一定成效.现将…如下: — blind set 70, as
 * some county sites publish): the marks of Chinese text become the full-width ones every pattern and the sentence split read
 * (，。；：？！), one character for one so offsets hold. Only beside Chinese text: 3,000, 3.5, www.gov.cn and 10:30 keep theirs,
 * and a heading's number keeps its point (一.主要工作, （三）．存在的不足, 1.加强…).
 */
const ASCII_MARKS = /[,.;:?!]/g;
export function fullWidthPunctuation(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  // the regex engine finds the next mark natively: a worker's time here went from 0.5 % (a loop over every character) to ~0.1 %
  ASCII_MARKS.lastIndex = 0;
  for (let m = ASCII_MARKS.exec(text); m !== null; m = ASCII_MARKS.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const hanBefore = isHan(prev) || (HAN_CLOSERS.has(prev) && i > 1 && isHan(text.charCodeAt(i - 2)));
    let to = '';
    if (c === 0x2c) { if ((hanBefore || isHan(next)) && !(isDigitCode(prev) && isDigitCode(next))) to = '，'; }
    else if (c === 0x2e) {
      // after Chinese (不强.2025年 too: a decimal has a digit before its point), or after a figure's % or bracket before
      // Chinese (85%.下一步); never an ellipsis typed in points (......), nor a heading's number closed by a point at its
      // line's start (一. （三）. 第三部分. 【二. — red team 40)
      const ends = hanBefore || ((prev === 0x25 || prev === 0x29 || prev === 0xff09) && isHan(next));
      if (ends && next !== 0x2e && prev !== 0x2e && !HEADING_NUMBER.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) to = '。';
    }
    else if (c === 0x3b) { if (hanBefore || isHan(next)) to = '；'; }
    else if (hanBefore) to = c === 0x3a ? '：' : c === 0x3f ? '？' : '！';
    if (!to) continue;
    (out ??= []).push(text.slice(from, i), to);
    from = i + 1;
  }
  return out ? out.join('') + text.slice(from) : text;
}

function lastMeaningfulChar(original: string, line: RawLine): string {
  let j = line.last;
  while (j > line.first && CLOSERS.has(original[j])) j--;
  return original[j];
}

/** A line as the heading and date tests see it: radicals folded (⼀、 is 一、). */
function lineText(original: string, line: RawLine): string {
  return foldRadicals(original.slice(line.first, line.last + 1));
}

/** Display width of a line: two for a CJK character or full-width sign, one for ASCII. */
function widthOf(original: string, line: RawLine, deleted: Uint8Array): number {
  let w = 0;
  for (let j = line.first; j <= line.last; j++) if (!deleted[j]) w += original.charCodeAt(j) < 0x2e80 ? 1 : 2;
  return w;
}

/**
 * The width at which a page layout (PDF, OFD) wrapped the text, or 0 when lines are paragraphs: the
 * most common width among longer lines, if at least 5 lines and 30% of them share it (within 2).
 * A line that fills it is a wrapped line even when it starts like a heading (一是…, 二、…).
 */
function layoutWidth(original: string, lines: RawLine[], deleted: Uint8Array): number {
  const widths = lines.map((l) => widthOf(original, l, deleted)).filter((w) => w >= 30);
  if (widths.length < 5) return 0;
  const counts = new Map<number, number>();
  for (const w of widths) for (let d = -2; d <= 2; d++) counts.set(w + d, (counts.get(w + d) ?? 0) + 1);
  let best = 0, bestN = 0;
  for (const [w, n] of counts) if (n > bestN || (n === bestN && w > best)) { best = w; bestN = n; }
  if (bestN < 5 || bestN < widths.length * 0.3) return 0;
  // a page wraps every line at its width: paragraphs on one line each, far wider, mean the lines that
  // share a width are something else — parallel headings of equal length (加强组织领导，夯实工作基础)
  const wider = widths.filter((w) => w > best + 6).length;
  return wider > Math.max(2, widths.length * 0.1) ? 0 : best;
}

/**
 * Whether `prev` has the shape of a heading whose Word numbering was lost in the export (加强组织领导，统筹推进
 * 法治建设 over its one-line paragraph): short, no sentence end and no soft ending in it, far shorter than the
 * line after it — a page wraps every line at one width, and the last line of a paragraph is its shortest.
 */
function lostHeadingShape(original: string, prev: RawLine, next: RawLine): boolean {
  if (prev.visible > LOST_HEADING_MAX || next.visible < 2 * prev.visible + 10) return false;
  // the next line going on with the sentence (12次，…, 47件，…, 的…) tells a broken line, not a heading (red team 15);
  // its opening is enough (the next line is a paragraph: folding the whole of it for each heading was wasted)
  if (CONTINUES.test(foldRadicals(original.slice(next.first, Math.min(next.last + 1, next.first + CONTINUES_REACH))))) return false;
  // no sentence end anywhere in the line, and no clause mark at its end (one read of the line)
  return !/[。！？；：]|[，、,;:]$/.test(lineText(original, prev));
}
/** How much of a line CONTINUES reads: a figure with its unit (1.2万人次, 一百多起) fits. */
const CONTINUES_REACH = 16;
/** A line that can only go on with the sentence before it: a count opening it, or a particle. */
const CONTINUES = /^\s*(?:[\d０-９]+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[余多]?(?:件|起|次|人次|人|名|个|场|份|期|条|项|家|户|批|万|%)|^\s*[的了和与及等并]/;
/**
 * How many lines have that shape. A report whose headings lost their numbers loses them all (blind set 27 had
 * eight, and not one number left); a paragraph broken once by a stray line end (信访事项 / 47件，…) is not a heading
 * (red team 13), nor are three such breaks in a report that kept its numbered headings (red team 14).
 */
function countLostHeadings(original: string, lines: RawLine[]): number {
  let n = 0;
  // (numbered headings have that shape too, and are no sign: only bare lines after the title block count)
  for (let i = TITLE_BLOCK_LINES; i + 1 < lines.length; i++) if (lostHeadingShape(original, lines[i], lines[i + 1]) && !startsWithHeadingMarker(lineText(original, lines[i]))) n++;
  return n;
}
const LOST_HEADINGS_MIN = 3;
/**
 * A line opening with a heading number (一、 一． （二） 3. 第一部分): a report that kept any of its numbers did not lose
 * them in an export, and its short lines over long ones are sentences broken by stray line ends (red team 14).
 */
const NUMBERED_LINE = /^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}部分)/;

/** A break is inside a sentence when the line before does not end one and the next does not start a heading. */
function continuesSentence(original: string, prev: RawLine, next: RawLine, prevIndex: number, wrapWidth = 0, deleted?: Uint8Array, lostHeadings = false, after?: RawLine): boolean {
  const end = lastMeaningfulChar(original, prev);
  // a line that fills the layout's width was wrapped, also after a ； or ： inside a paragraph
  const full = wrapWidth > 0 && deleted !== undefined && widthOf(original, prev, deleted) >= wrapWidth - 3;
  if (TERMINAL.has(end) && !(full && INNER_TERMINAL.has(end))) return false;
  const nextText = lineText(original, next);
  // (an outline's 1.1 never stops a join here: the line may be a wrapped sentence's next, 24.5学时，… — red team 69)
  if (startsWithHeadingMarker(nextText, false) || DATE_LINE_RE.test(nextText)) return false;
  const prevText = lineText(original, prev);
  // an issuer with its date on the line after is a 落款, whatever the line before it: a list of names with no punctuation (横溪坞村、
  // …、南台社区 / 孝丰镇人民政府 / 2025年2月24日 at an attachment's end, red team 105's r4_01), a table's last row, a wrapped line
  // (…but a signer stacked above it, 椒江区委全面依法治区委员会办公室 / 椒江区人民政府, still joins it: a joint 落款 read whole — red team 91's r3_04)
  // (the cheap test first — an issuer line is short and unpunctuated — as this runs for every line break)
  if (after !== undefined && !/[，。；：,;:]/.test(nextText) && nextText.trim().length <= 60 && isIssuerLine(nextText) && isClosingDate(lineText(original, after)) && !isIssuerLine(prevText)) return false;
  // a table pasted as text: each tab-separated row is a line of its own, never a wrapped sentence
  if (TABLE_ROW_RE.test(prevText) || TABLE_ROW_RE.test(nextText) || cellRowKind(original, prev) || cellRowKind(original, next) || isCommaRow(prevText) || isCommaRow(nextText)) return false;
  const soft = SOFT_ENDINGS.has(end);
  // next year's plan opening the line, after a line with no soft ending (see PLAN_LINE_LEAD)
  if (!soft && PLAN_LINE_LEAD.test(nextText)) return false;
  // a line that is one bracketed phrase and nothing else is a line of its own: a 落款's other name under the unit (北京市朝阳区
  // 崔各庄地区办事处 / （北京市朝阳区崔各庄乡人民政府）, joined and the clean file flagged 转换残留 — blind set 104), a title's subtitle
  // (…but after a body line that fills the layout's width it is the wrapped sentence's middle: 中心组集中学法 / （含专题学习…） / 6次
  // — red team 68; a title wider than the body stays apart from its subtitle — red team 69)
  if (BRACKET_LINE.test(nextText.trim()) && !(full && prevIndex >= TITLE_BLOCK_LINES)) return false;
  // (…and so is a phrase in lenticular brackets, on either side: a topic heading, 【加强组织保障，…】, joined to its first line had
  // read as a run-in label and the work under it as the preamble's — blind set 281)
  if (isBracketedLine(prevText) || isBracketedLine(nextText)) return false;
  if (full) return true;
  // a web page's metadata line, a report title or an addressee stands alone (a title after chrome is not line 1)
  if (isLayoutLine(prevText) || isLayoutLine(nextText)) return false;
  // an attachment line (附件：1.…；2.…统计表) is a line of its own: what follows it is not its continuation
  if (isAttachmentLine(prevText) || isAttachmentLine(nextText)) return false;
  // a title line has no comma inside; a first body line wrapped by the page layout does
  if (prevIndex < TITLE_BLOCK_LINES && !soft && !/[，,]/.test(prevText)) return false;
  if (soft) return true;
  // a heading line ends without punctuation: it is not a broken sentence
  if (startsWithHeadingMarker(prevText) && prev.visible < 60 && !/[。！？；]/.test(prevText)) return false;
  if (isBareHeading(prevText) || isBareHeading(nextText)) return false;
  // in a report whose headings lost their numbers (several lines of that shape), such a line is a heading —
  // not a paragraph broken by a stray line end after a sentence of its own (一是坚持依法行政。依法全面履行政府
  // 职能，推进行政 / 执法责任制落实。…, a seed), nor one broken once (red team 13)
  if (lostHeadings && lostHeadingShape(original, prev, next)) return false;
  return prev.visible >= MIN_WRAPPED_LINE;
}

/** A line that is one bracketed phrase: （北京市朝阳区崔各庄乡人民政府）, （2024年12月）, （征求意见稿）. */
const BRACKET_LINE = /^[（(][^（）()]{2,40}[）)]$/;
/** A year as a column header (2024年, 2025年度). */
const YEAR_CELL = /^(?:19|20)\d{2}年度?$/;
/**
 * A table row a Word export or a hand wrote with commas between its cells (行政复议案件（件），1，0; 项目，2024年，2025年):
 * three or more cells, none empty or longer than CELL_MAX, two of them figures, unit headers or years, no sentence end.
 * A row of its own, never a wrapped sentence: joined, the table read as one line and flagged the file 转换残留 (nu34).
 */
export function isCommaRow(text: string): boolean {
  const t = text.trim();
  if (/[。！？；;]/.test(t)) return false;
  const cells = t.split(/[，,]/).map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => !c || c.length > CELL_MAX)) return false;
  return cells.filter((c) => FIGURE_CELL.test(c) || YEAR_CELL.test(c)).length >= 2;
}

/** A cell separator drawn as a bar: | ｜ │ ┃. */
const isBarCode = (c: number) => c === 0x7c || c === 0xff5c || c === 0x2502 || c === 0x2503;
const BAR_G = /[|｜│┃]/g;
/** Between the cells of a row aligned by hand: a run of two or more spaces (or tabs). */
const SPACED_CELL_BREAK = /[ \u3000\t]{2,}/;
/** The longest cell of a row pasted as text; a longer run between bars is prose. */
const CELL_MAX = 30;
/** A unit column's one-character cell (次, 份, 件 …): the quantity units of one character, never 年/月/日. */
const UNIT_CELL: ReadonlySet<string> = new Set(QUANTITY_UNITS.filter((u) => u.length === 1 && !/[年月日]/.test(u)));
/** A cell that is a figure (58, 94.8, 100%), or a header cell naming its unit in brackets (受理（件）). */
const FIGURE_CELL = /^[-+]?\d[\d,.]*[%％]?$|[（(](?:件|起|人|人次|次|个|项|户|名|场|%|％|万元|元|天|小时|宗|批|份)[）)]$/;
/**
 * A table pasted as plain text without tabs: 'bars' when its cells are set off by bars (| 项目 | 受理（件） | …, copied
 * from a web page or a Markdown export: set 47, a 镇's mediation table), 'spaces' when its columns were aligned by
 * hand with runs of spaces (镇调委会      58      55); null for any other line. Bars: two or more, at least two cells,
 * none longer than CELL_MAX, no sentence end. Spaces: three or more cells split by runs of two or more spaces, two of
 * them figures or unit headers (FIGURE_CELL), none longer than CELL_MAX, no sentence end. Such a row's separators
 * are written as "，", as a tab-separated row's are.
 */
function cellRowKind(original: string, line: RawLine): 'bars' | 'spaces' | null {
  const text = original.slice(line.first, line.last + 1);
  BAR_G.lastIndex = 0;
  const bars = text.match(BAR_G)?.length ?? 0;
  // a numbered row of three bars or more is a table's however long its cells (1｜干部学法｜乡党委理论学习中心组专题学法，…｜次｜6):
  // read as prose, rows with long cells were joined as one wrapped paragraph and the clean file flagged 转换残留 (nu39, set 109);
  // not one holding a sentence's end (。), which stays prose (red team 73: such a row became an outline heading)
  if (/[。！？]/.test(text)) return null;
  if (bars >= 3 && /^[\s|｜│┃]*\d{1,3}\s*[|｜│┃]/.test(text)) return 'bars';
  if (bars >= 2) {
    const cells = text.split(BAR_G).map((c) => c.trim()).filter(Boolean);
    return cells.length >= 2 && cells.every((c) => c.length <= CELL_MAX) ? 'bars' : null;
  }
  if (!/[ \u3000]{2}/.test(text.trim())) return null;
  // a date spaced out by Word (2025  年  5  月  8  日: red team 26) is a 落款's line, not a row of figures
  if (DATE_LINE_RE.test(text.replace(/[ \u3000]+/g, '')) || /\d\s*年\s*\d{1,2}\s*月/.test(text)) return null;
  const cells = text.trim().split(SPACED_CELL_BREAK);
  // (a lone character is no cell of a table: 年, 月, 日 between a date's figures — unless it is a unit column's 次, 份, 件
  // with its figure in the next cell: 1  镇党委会议专题研究法治建设  次  2, blind set 64, whose rows had been glued to each
  // other and to the next line. A unit after its figure is prose spaced out (宣传资料  3000  份), and a year cell before
  // 年度 is a sentence's year (2023  年度  全镇受理…  42  件): red team 37)
  const lone = (c: string, i: number) => /^[\u4e00-\u9fa5]$/.test(c) && !(UNIT_CELL.has(c) && i + 1 < cells.length && FIGURE_CELL.test(cells[i + 1].replace(/\s+/g, '')));
  if (cells.length < 3 || cells.some((c, i) => c.length > CELL_MAX || /[，；]/.test(c) || lone(c, i))) return null;
  if (cells.some((c, i) => /^\d{4}$/.test(c) && /^年/.test(cells[i + 1] ?? ''))) return null;
  return cells.filter((c) => FIGURE_CELL.test(c.replace(/\s+/g, ''))).length >= 2 ? 'spaces' : null;
}

/** Cells separated by tabs (a table copied from Word or a spreadsheet into plain text). */
const TABLE_ROW_RE = /[^\s]\t+[^\s]/;
/**
 * A line of three or more tab-separated cells: a table row. A single tab after a heading number
 * ("一、⇥总体情况", Word's list indent) is layout, not a cell boundary.
 */
const TABLE_CELLS_RE = /[^\s][ \u3000]*\t[\s]*[^\s][^\t]*?[^\s]?[ \u3000]*\t[\s]*[^\s]/;
function isTableRow(original: string, line: RawLine): boolean {
  return TABLE_CELLS_RE.test(original.slice(line.first, line.last + 1));
}
/** A row number cell and the tabs after it, at the start of a table row. */
const ROW_NUMBER_CELL_RE = /^[ \u3000]*([^\s\t]{1,4})[ \u3000]*\t\s*/;
/** …and the spaces after it, at the start of a row aligned by spaces (1  镇党委会议…  次  2). */
const SPACED_ROW_NUMBER_RE = /^[ \u3000]*([^\s]{1,4})[ \u3000]{2,}/;
/**
 * Where a table row's text begins after its 序号 cell (isRowNumber); `line.first` when it has none. A row aligned by
 * spaces (cellRowKind 'spaces') loses it too: kept, the number read as a heading's (2，主要负责人履行…专题汇报，次，2
 * became heading 2. and took the paragraphs after the table — red team 37).
 */
function rowNumberEnd(original: string, line: RawLine, kind: 'bars' | 'spaces' | null): number {
  const text = original.slice(line.first, line.last + 1);
  if (kind === 'bars') {
    // (…and a row of bars: 7｜行政复议案件调解和解率（2025年目标值）｜≥30% became heading 7., a plans item that took the
    // paragraph after the table — blind set 109's 多元化解社会矛盾。…调处矛盾纠纷9846件 read as a plan)
    const b = BAR_ROW_NUMBER_RE.exec(text);
    return b && isRowNumber(b[1], text.slice(b[0].length).split(BAR_G)[0]) ? line.first + b[0].length : line.first;
  }
  const spaced = kind === 'spaces';
  if (!spaced && original.charCodeAt(line.first) === 0x09) return line.first;
  const m = (spaced ? SPACED_ROW_NUMBER_RE : ROW_NUMBER_CELL_RE).exec(text);
  if (!m || !isRowNumber(m[1], text.slice(m[0].length).split(spaced ? SPACED_CELL_BREAK : '\t')[0]) || (!spaced && !isTableRow(original, line))) return line.first;
  return line.first + m[0].length;
}
/** …and the bar after it, at the start of a row set off by bars (7｜指标｜…, ｜ 7 ｜ 指标 ｜ …). */
const BAR_ROW_NUMBER_RE = /^[ \u3000|｜│┃]*([^\s|｜│┃]{1,4})[ \u3000]*[|｜│┃][ \u3000]*/;
// a month alone (2019年12月) is a 落款's date line too: never joined to the issuer above it (red team 17)
// (…or typed in figures, 2026/1/16, 2025.1.20, 2025-01-20: joined to the issuer above it, the 落款 went unread — blind set 309)
const DATE_LINE_RE = /^\s*(?:(?:\d{4}|[〇○零一二三四五六七八九0OＯ０]{4})\s*年(?:[^。，]{0,12}日|\s*(?:\d{1,2}|元|[一二三四五六七八九十]{1,3})\s*月)|[0-9０-９]{4}\s*[.．\-/－／]\s*[0-9０-９]{1,2}\s*[.．\-/－／]\s*[0-9０-９]{1,2})\s*$/;
