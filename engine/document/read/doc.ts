/**
 * Legacy Word (.doc, Word 97–2003) and WPS Office (.wps) to lines with word-extractor, which reads the
 * OLE compound file's text pieces. WPS Office (2005 on) writes .wps in the same Word binary format,
 * so the same reader serves it; an older Kingsoft WPS or a Microsoft Works .wps is not that format and
 * gets an error that says how to convert it. What is lost: Word's automatic numbering (the list
 * numbers are formatting, not text — numbered headings lose their 一、/（一）), heading styles and
 * table structure (cells arrive as tab-separated text, one row per line). Footnotes, headers and
 * footers are not read; text boxes are appended after the body.
 */
import { createRequire } from 'node:module';
import { inputError } from '../../errors.js';
import { joinCells, joinLines, type Extracted, type SourceLine } from './lines.js';

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
  for (const raw of doc.getTextboxes({ includeHeadersAndFooters: false, includeBody: true }).split(/\r\n|\n|\r/)) lines.push({ text: raw });
  return joinLines(lines);
}
