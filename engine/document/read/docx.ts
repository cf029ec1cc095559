/**
 * Word (.docx) to text with mammoth: its HTML output keeps Word's heading styles (h1–h6), so a
 * heading whose number Word generates (and which is therefore not in the text) still opens a
 * section. Each paragraph becomes one line, so a line number is a paragraph number.
 */
import { createRequire } from 'node:module';
import { ReportInputError } from './decode.js';
import { guardZip } from './zip-guard.js';

const require = createRequire(import.meta.url);
const mammoth = require('mammoth') as { convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }> };

export interface Extracted {
  text: string;
  /** line number (1-based) → heading level, for headings known from styles rather than markers */
  headings: Map<number, number>;
  /** line number (1-based) → page (PDF only) */
  pages?: number[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m));

export async function docxToText(buf: Buffer): Promise<Extracted> {
  guardZip(buf); // sizes believable and true before anything inflates (zip-guard.ts)
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: buf })).value;
  } catch (e) {
    throw new ReportInputError('bad_docx', `无法读取 Word 文件（${(e as Error).message}）：请在 Word/WPS 中打开后另存为 .docx 再试。 / Cannot read the Word file (${(e as Error).message}): open it in Word/WPS and save it as .docx again.`);
  }
  const lines: string[] = [];
  const headings = new Map<number, number>();
  for (const m of html.matchAll(/<(h[1-6]|p|li|td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const inner = decodeEntities(m[2].replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')).trim();
    if (!inner) continue;
    for (const part of inner.split('\n')) {
      lines.push(part);
      if (m[1][0] === 'h') headings.set(lines.length, Number(m[1][1]));
    }
  }
  return { text: lines.join('\n') + '\n', headings };
}
