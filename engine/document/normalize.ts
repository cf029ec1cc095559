/**
 * Clean-up that keeps offsets: the normalized text is what facts match against, and `map` sends
 * every normalized character back to its offset in the original, so evidence always points into
 * the text the user has.
 *
 * - converter artifacts ([bookmark: _GoBack], [image: …], zero-width characters) and the pinyin glosses of
 *   mirror sites (鎮(zhèn)) are dropped; a text in traditional characters is read in simplified ones;
 * - full-width digits, letters, %, ．, ＋ and the ideographic space fold to ASCII;
 * - indentation is dropped, and spaces next to Chinese text ("2023 年", "3 名") vanish;
 * - a line broken in mid-sentence (page breaks and blank lines inside a sentence) is rejoined;
 * - every remaining line becomes one paragraph, separated by a single "\n".
 */
import { startsWithHeadingMarker } from './markers.js';
import { isBareHeading } from './section-kinds.js';
import { isTraditional, toSimplified } from './simplified.js';
import { isLayoutLine } from './unit-year.js';

export interface Normalized {
  text: string;
  map: Int32Array;
  /** [start, end) of each paragraph in the normalized text */
  paragraphs: Array<[number, number]>;
  artifacts: Array<{ text: string; start: number; end: number }>;
  /** line breaks rejoined because they fell inside a sentence */
  joins: number;
}

const ARTIFACT_RE = /\[(?:bookmark|image|footnote|endnote|comment|annotation|page ?break|pic|picture|table)\b[^\]\n]{0,200}\]|[\u200b-\u200d\u2060\ufeff\u00ad]|(?<=[\u4e00-\u9fa5])\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*){1,2}\)/gi;
/** Spaces of every width (tab, no-break, ideographic, en/em/thin …). */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}
const isSpace = (c: string) => isSpaceCode(c.charCodeAt(0));
/** Characters foldChar changes: full-width digits and letters, ％ ． ＋ and the ideographic space. */
function needsFold(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05 || c === 0xff0e || c === 0xff0b;
}
/** After one of these a line ends a sentence (closing quotes and brackets are looked through). */
const TERMINAL = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…']);
const CLOSERS = new Set(['”', '’', '"', "'", '）', ')', '】', '》', '」', '』']);
const SOFT_ENDINGS = new Set(['，', '、', ',', '（', '(', '“', '《']);
/** A line shorter than this is a title, heading, signature or list line rather than a wrapped body line. */
const MIN_WRAPPED_LINE = 12;
/** The first lines of a report are its title block: never rejoined unless they end in a comma. */
const TITLE_BLOCK_LINES = 3;

export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
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

export function normalizeText(original: string): Normalized {
  const { deleted, artifacts } = findArtifacts(original);
  const lines = visibleLines(original, deleted);
  const out = new NormalizedWriter(original);
  let joins = 0;
  for (let li = 0; li < lines.length; li++) {
    out.line(lines[li], deleted);
    const next = lines[li + 1];
    if (!next) break;
    if (continuesSentence(original, lines[li], next, li)) joins++;
    else out.paragraphBreak(lines[li].end);
  }
  return { ...out.finish(), artifacts, joins };
}

/** Converter artifacts ([bookmark: …], zero-width characters): marked deleted; the visible ones are reported. */
function findArtifacts(original: string): { deleted: Uint8Array; artifacts: Normalized['artifacts'] } {
  const deleted = new Uint8Array(original.length);
  const artifacts: Normalized['artifacts'] = [];
  for (const m of original.matchAll(ARTIFACT_RE)) {
    const start = m.index!;
    deleted.fill(1, start, start + m[0].length);
    if (m[0].length > 1) artifacts.push({ text: m[0], start, end: start + m[0].length });
  }
  return { deleted, artifacts };
}

/** Lines of the original that show anything, with their first and last visible character. */
function visibleLines(original: string, deleted: Uint8Array): RawLine[] {
  const n = original.length;
  const lines: RawLine[] = [];
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? original[i] : '\n';
    if (c === '\n' || c === '\r' || c === '\f' || c === '\u2028' || c === '\u2029') {
      let first = -1, last = -1, visible = 0;
      for (let j = lineStart; j < i; j++) {
        if (deleted[j] || isSpace(original[j])) continue;
        if (first < 0) first = j;
        last = j;
        visible++;
      }
      if (visible > 0) lines.push({ start: lineStart, end: i, visible, first, last });
      if (c === '\r' && original[i + 1] === '\n') i++;
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

  constructor(private readonly original: string) { this.map = new Int32Array(original.length + 1); }

  /** One visible line: spaces dropped or kept single between ASCII words, full-width characters folded, artifacts skipped. */
  line(line: RawLine, deleted: Uint8Array): void {
    const original = this.original;
    let run = line.first;
    for (let j = line.first; j <= line.last; j++) {
      const code = original.charCodeAt(j);
      const plain = !deleted[j] && (code < 0x80 ? code !== 0x20 && code !== 0x09 : !isSpaceCode(code) && !needsFold(code));
      if (plain) continue;
      this.run(run, j);
      run = j + 1;
      if (deleted[j]) continue;
      if (isSpaceCode(code)) {
        // keep one space only between two ASCII words ("Word 2010"), never next to Chinese text
        let k = j + 1;
        while (k <= line.last && (deleted[k] || isSpaceCode(original.charCodeAt(k)))) k++;
        if (isAsciiWord(this.last) && isAsciiWord(foldChar(original[k]))) this.char(' ', j);
        j = k - 1;
        run = k;
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

function lastMeaningfulChar(original: string, line: RawLine): string {
  let j = line.last;
  while (j > line.first && CLOSERS.has(original[j])) j--;
  return original[j];
}

function lineText(original: string, line: RawLine): string {
  return original.slice(line.first, line.last + 1);
}

/** A break is inside a sentence when the line before does not end one and the next does not start a heading. */
function continuesSentence(original: string, prev: RawLine, next: RawLine, prevIndex: number): boolean {
  const end = lastMeaningfulChar(original, prev);
  if (TERMINAL.has(end)) return false;
  const nextText = lineText(original, next);
  if (startsWithHeadingMarker(nextText) || DATE_LINE_RE.test(nextText)) return false;
  const prevText = lineText(original, prev);
  // a web page's metadata line, a report title or an addressee stands alone (a title after chrome is not line 1)
  if (isLayoutLine(prevText) || isLayoutLine(nextText)) return false;
  const soft = SOFT_ENDINGS.has(end);
  if (prevIndex < TITLE_BLOCK_LINES && !soft) return false;
  if (soft) return true;
  // a heading line ends without punctuation: it is not a broken sentence
  if (startsWithHeadingMarker(prevText) && prev.visible < 60 && !/[。！？；]/.test(prevText)) return false;
  if (isBareHeading(prevText) || isBareHeading(nextText)) return false;
  return prev.visible >= MIN_WRAPPED_LINE;
}

const DATE_LINE_RE = /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。，]{0,12}日\s*$/;
