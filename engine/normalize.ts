/**
 * Clean-up that keeps offsets: the normalized text is what facts match against, and `map` sends
 * every normalized character back to its offset in the original, so evidence always points into
 * the text the user has.
 *
 * - converter artifacts ([bookmark: _GoBack], [image: …], zero-width characters) are dropped;
 * - full-width digits, letters, %, ．, ＋ and the ideographic space fold to ASCII;
 * - indentation is dropped, and spaces next to Chinese text ("2023 年", "3 名") vanish;
 * - a line broken in mid-sentence (page breaks and blank lines inside a sentence) is rejoined;
 * - every remaining line becomes one paragraph, separated by a single "\n".
 */
import { startsWithHeadingMarker } from './headings.js';

export interface Normalized {
  text: string;
  map: Int32Array;
  /** [start, end) of each paragraph in the normalized text */
  paragraphs: Array<[number, number]>;
  artifacts: Array<{ text: string; start: number; end: number }>;
  /** line breaks rejoined because they fell inside a sentence */
  joins: number;
}

const ARTIFACT_RE = /\[(?:bookmark|image|footnote|endnote|comment|annotation|page ?break|pic|picture|table)\b[^\]\n]{0,200}\]|[\u200b-\u200d\u2060\ufeff\u00ad]/gi;
const SPACE_RE = /[ \t\u00a0\u3000\u2002\u2003\u2009\u200a\u202f\u205f]/;
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
  const n = original.length;
  const deleted = new Uint8Array(n);
  const artifacts: Normalized['artifacts'] = [];
  for (const m of original.matchAll(ARTIFACT_RE)) {
    const start = m.index!;
    deleted.fill(1, start, start + m[0].length);
    if (m[0].length > 1) artifacts.push({ text: m[0], start, end: start + m[0].length });
  }

  // Lines of the original, with their first and last visible character.
  const lines: RawLine[] = [];
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? original[i] : '\n';
    if (c === '\n' || c === '\r' || c === '\f' || c === '\u2028' || c === '\u2029') {
      let first = -1, last = -1, visible = 0;
      for (let j = lineStart; j < i; j++) {
        if (deleted[j] || SPACE_RE.test(original[j])) continue;
        if (first < 0) first = j;
        last = j;
        visible++;
      }
      if (visible > 0) lines.push({ start: lineStart, end: i, visible, first, last });
      if (c === '\r' && original[i + 1] === '\n') i++;
      lineStart = i + 1;
    }
  }

  const out: string[] = [];
  const map: number[] = [];
  const paragraphs: Array<[number, number]> = [];
  let paraStart = 0;
  let joins = 0;

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    for (let j = line.first; j <= line.last; j++) {
      if (deleted[j]) continue;
      const c = original[j];
      if (SPACE_RE.test(c)) {
        // keep one space only between two ASCII words ("Word 2010"), never next to Chinese text
        let k = j + 1;
        while (k <= line.last && (deleted[k] || SPACE_RE.test(original[k]))) k++;
        const prev = out[out.length - 1];
        if (isAsciiWord(prev) && isAsciiWord(foldChar(original[k])) && prev !== ' ') { out.push(' '); map.push(j); }
        j = k - 1;
        continue;
      }
      const folded = foldChar(c);
      out.push(folded);
      map.push(j);
    }
    const next = lines[li + 1];
    if (!next) break;
    if (continuesSentence(original, line, next, li)) {
      joins++;
      continue;
    }
    paragraphs.push([paraStart, out.length]);
    out.push('\n');
    map.push(line.end);
    paraStart = out.length;
  }
  if (out.length > paraStart) paragraphs.push([paraStart, out.length]);
  map.push(n);
  return { text: out.join(''), map: Int32Array.from(map), paragraphs, artifacts, joins };
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
  const soft = SOFT_ENDINGS.has(end);
  if (prevIndex < TITLE_BLOCK_LINES && !soft) return false;
  if (soft) return true;
  // a heading line ends without punctuation: it is not a broken sentence
  if (startsWithHeadingMarker(prevText) && prev.visible < 60 && !/[。！？；]/.test(prevText)) return false;
  return prev.visible >= MIN_WRAPPED_LINE;
}

const DATE_LINE_RE = /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。，]{0,12}日\s*$/;
