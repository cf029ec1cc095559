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
import { isClosingLine } from '../metadata.js';

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
  let end = body.length;
  while (end > 0 && !body[end - 1].text.trim()) end--;
  let at = end;
  while (at > 0 && at > end - 4 && isClosingLine(body[at - 1].text)) at--;
  return [...body.slice(0, at), ...boxes, ...body.slice(at)];
}
