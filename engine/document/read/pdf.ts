/**
 * PDF (with a text layer) to text with unpdf (pdf.js), Chinese fonts decoded with pdfjs-dist's
 * CMaps; what the pages hold is checked and cleaned by pagesToText (garbled text layers, scans,
 * page numbers, running headers and footers). Radicals are folded by the normalizer, for every input.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inputError } from '../../errors.js';
import type { Extracted } from './lines.js';
import { pagesToText } from './paged.js';

const require = createRequire(import.meta.url);

function cMapUrl(): string {
  const dir = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
  return pathToFileURL(dir).href + '/';
}

// verbosity 0: pdf.js's own warnings ("Indexing all PDF objects") are not the user's to read; a
// file it cannot read is an error row (bad_pdf) that says what to do
export async function pdfToText(bytes: Uint8Array): Promise<Extracted & { pages: number[] }> {
  const { getDocumentProxy, extractText } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { cMapUrl: cMapUrl(), cMapPacked: true, isEvalSupported: false, verbosity: 0 } as never);
    pages = (await extractText(pdf, { mergePages: false })).text as string[];
  } catch (e) {
    throw inputError('bad_pdf', { detail: (e as Error).message });
  }
  return pagesToText(pages.map((p) => p.split(/\r?\n/).map((l) => l.replace(/\s+$/, ''))), 'PDF');
}
