/**
 * Legacy Word (.doc, Word 97–2003) and WPS Office (.wps) to lines with word-extractor, which reads the
 * OLE compound file's text pieces. WPS Office (2005 on) writes .wps in the same Word binary format,
 * so the same reader serves it; an older Kingsoft WPS or a Microsoft Works .wps is not that format and
 * gets an error that says how to convert it. What is lost: Word's automatic numbering (the list
 * numbers are formatting, not text — numbered headings lose their 一、/（一）), heading styles and
 * table structure (cells arrive as tab-separated text, one row per line). Footnotes, headers and
 * footers are not read; text boxes come after the body, before its 落款 (where they are anchored is not known).
 */
import { createRequire } from 'node:module';
import { inputError } from '../../errors.js';
import { joinCells, joinLines, type Extracted, type SourceLine } from './lines.js';
import { isClosingLine } from '../closing.js';
import { parseSmallNumber } from '../numerals.js';

const require = createRequire(import.meta.url);
interface WordDocument { getBody(): string; getTextboxes(opts?: { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string }
const WordExtractor = require('word-extractor') as new () => { extract(b: Buffer): Promise<WordDocument> };

export async function docToText(bytes: Uint8Array, ext: 'doc' | 'wps'): Promise<Extracted> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ole = buf.length >= 4 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0;
  if (!ole) {
    throw inputError('unsupported_format', { format: ext === 'wps' ? 'old_wps' : 'not_word97' });
  }
  let doc: WordDocument;
  try {
    doc = await new WordExtractor().extract(buf);
  } catch (e) {
    throw inputError('bad_doc', { format: ext, detail: (e as Error).message });
  }
  const lines: SourceLine[] = [];
  for (const raw of doc.getBody().split(/\r\n|\n|\r/)) {
    // a table row arrives as its cells separated by tabs
    if (raw.includes('\t') && raw.split('\t').filter((c) => c.trim()).length > 1) lines.push({ text: joinCells(raw.split('\t')), hard: true });
    else lines.push({ text: raw });
  }
  const boxes: SourceLine[] = doc.getTextboxes({ includeHeadersAndFooters: false, includeBody: true }).split(/\r\n|\n|\r/).map((text) => ({ text }));
  return joinLines(withTextboxes(lines, boxes), hasAutoDateField(buf) ? { autoDateField: true } : undefined);
}

/**
 * Does the Word 97 text hold a self-updating date field (DATE, TIME, SAVEDATE, PRINTDATE)? The reader
 * gives only the fields' shown results, so which line a field's result is cannot be told: its
 * instruction is found in the document's bytes instead, after the field-begin mark 0x13, in the
 * text's UTF-16LE or 8-bit form (red team 2, 12: a .doc's 落款 DATE field showed the day it was saved).
 */
export function hasAutoDateField(buf: Buffer): boolean {
  const s = buf.toString('latin1');
  return /\x13\x00(?: \x00)*(?:S\x00A\x00V\x00E\x00|P\x00R\x00I\x00N\x00T\x00)?(?:D\x00A\x00T\x00E\x00|T\x00I\x00M\x00E\x00)(?: |\\|\x14)/i.test(s)
    || /\x13 *(?:SAVE|PRINT)?(?:DATE|TIME)(?: |\\|\x14)/i.test(s);
}

/**
 * The body's lines with the text boxes' lines placed before the 落款 that ends the body (the reader
 * does not say where a box is anchored): appended after it, a boxed section took the 落款's place as
 * the report's last lines (no date found) and was read as a part after the plans.
 */
export function withTextboxes(body: SourceLine[], boxes: SourceLine[]): SourceLine[] {
  if (!boxes.some((b) => b.text.trim())) return body;
  // a box that continues the body's numbering (（八） after （七）) goes where its number says
  const numbered = numberedPlace(body, boxes);
  if (numbered !== null) return [...body.slice(0, numbered), ...boxes, ...body.slice(numbered)];
  let end = body.length;
  while (end > 0 && !body[end - 1].text.trim()) end--;
  let at = end;
  while (at > 0 && at > end - 4 && isClosingLine(body[at - 1].text)) at--;
  return [...body.slice(0, at), ...boxes, ...body.slice(at)];
}

const CN_DIGITS = '〇一二三四五六七八九';
/** 1–99 in the numerals headings use (八, 十二, 二十). */
const cnNumber = (n: number) => (n < 10 ? CN_DIGITS[n] : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`);
/** A heading marker of the two commonest styles: （八） and 八、, with its number and its level (1 for 八、, 2 for （八）). */
function markerOf(text: string): { n: number; level: 1 | 2 } | null {
  const t = text.trim();
  const m = /^[（(]([一二三四五六七八九十]{1,3})[）)]/.exec(t) ?? /^([一二三四五六七八九十]{1,3})、/.exec(t);
  if (!m) return null;
  const n = parseSmallNumber(m[1]);
  return n === null ? null : { n, level: m[0].endsWith('、') ? 1 : 2 };
}

/**
 * Where a text box whose first line is a numbered heading belongs by its number: right before the
 * next heading of its level or above after its predecessor's heading (the box （八） after the part
 * （七）, before 二、). Null when the box is not numbered, its predecessor is not in the body or appears
 * more than once, or the body already has a heading of the box's own number there.
 */
export function numberedPlace(body: SourceLine[], boxes: SourceLine[]): number | null {
  const first = boxes.find((b) => b.text.trim());
  const mk = first ? markerOf(first.text) : null;
  if (!mk || mk.n < 2) return null;
  const prevLabel = mk.level === 2 ? [`（${cnNumber(mk.n - 1)}）`, `(${cnNumber(mk.n - 1)})`] : [`${cnNumber(mk.n - 1)}、`];
  const prev = body.map((l, i) => (prevLabel.some((p) => l.text.trim().startsWith(p)) ? i : -1)).filter((i) => i >= 0);
  if (prev.length !== 1) return null;
  for (let i = prev[0] + 1; i < body.length; i++) {
    const m = markerOf(body[i].text);
    if (!m) continue;
    if (m.level === mk.level && m.n === mk.n) return null; // the body has its own （八）: the box is something else
    if (m.level <= mk.level) return i;
  }
  return null;
}
