/**
 * PDF (with a text layer) to text with unpdf (pdf.js), Chinese fonts decoded with pdfjs-dist's
 * CMaps. Lines broken by the layout are left for the normalizer to rejoin; page numbers and
 * running headers/footers (a line repeated on most pages) are dropped; each line knows its page.
 * A PDF with no text layer (a scan) is an error that says it needs OCR.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReportInputError } from './decode.js';
import type { Extracted } from './docx.js';
import { foldRadicals } from './radicals.js';

const require = createRequire(import.meta.url);
const PAGE_NUMBER = /^\s*(?:[-—–]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[-—–])?\s*$|^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/;

function cMapUrl(): string {
  const dir = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
  return pathToFileURL(dir).href + '/';
}

export async function pdfToText(bytes: Uint8Array): Promise<Extracted & { pages: number[] }> {
  const { getDocumentProxy, extractText } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { cMapUrl: cMapUrl(), cMapPacked: true, isEvalSupported: false } as never);
    pages = (await extractText(pdf, { mergePages: false })).text as string[];
  } catch (e) {
    throw new ReportInputError('bad_pdf', `无法读取 PDF（${(e as Error).message}）：请确认文件完整，或从原文件重新导出。 / Cannot read the PDF (${(e as Error).message}): check the file, or export it again.`);
  }
  const pageLines = pages.map((p) => foldRadicals(p).split(/\r?\n/).map((l) => l.replace(/\s+$/, '')));
  const content = pageLines.flat().join('').replace(/\s/g, '');
  if (content.length < 20) {
    throw new ReportInputError('needs_ocr', 'PDF 没有文字层（可能是扫描件）：请先做文字识别（OCR），或提供 Word/文本版本。 / The PDF has no text layer (probably a scan): run OCR first, or supply the Word or text version.');
  }
  // a line on most pages, at the top or bottom, is a running header or footer
  const edges = new Map<string, number>();
  for (const ls of pageLines) {
    const nonEmpty = ls.filter((l) => l.trim());
    for (const l of new Set([nonEmpty[0], nonEmpty[nonEmpty.length - 1]].filter(Boolean) as string[])) edges.set(l.trim(), (edges.get(l.trim()) ?? 0) + 1);
  }
  const running = new Set([...edges].filter(([, n]) => pageLines.length >= 3 && n >= Math.ceil(pageLines.length * 0.6)).map(([l]) => l));
  const lines: string[] = [];
  const pageOf: number[] = [];
  pageLines.forEach((ls, i) => {
    for (const l of ls) {
      if (PAGE_NUMBER.test(l) || running.has(l.trim())) continue;
      lines.push(l);
      pageOf.push(i + 1);
    }
  });
  return { text: lines.join('\n') + '\n', headings: new Map(), pages: pageOf };
}
