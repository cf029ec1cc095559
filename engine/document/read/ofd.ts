/**
 * OFD (GB/T 33190, the national fixed-layout e-document format) to lines. An OFD is a zip of XML:
 * OFD.xml names each document's Document.xml, which lists the pages' Content.xml; a page's text is
 * in TextObject elements (Boundary "x y w h" in mm) holding TextCode runs at X/Y inside the object.
 * Runs are grouped into lines by their baseline (sorted top to bottom, left to right) and then
 * handled like a PDF's pages (page numbers, running lines, garbled or scanned pages). Templates
 * (TemplatePage), annotations and signatures (the seal) are not read. No maintained Node parser
 * for OFD text exists (ofd.js renders to canvas in a browser), so this reads the XML directly.
 */
import { DOMParser } from '@xmldom/xmldom';
/** xmldom 0.8 prints a damaged part's parse errors to the console unless given handlers: the caller reports them as bad_docx/bad_ofd. */
const QUIET_XML = { warning: () => {}, error: () => {}, fatalError: () => {} };
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { inputError, ReportInputError } from '../../errors.js';
import type { Extracted } from './lines.js';
import { pagesToText } from './paged.js';
import { guardZip } from './zip-guard.js';

const require = createRequire(import.meta.url);
const JSZip = require('jszip') as { loadAsync(b: Uint8Array): Promise<Zip> };
interface Zip { file(name: string): { async(t: 'string'): Promise<string> } | null }

const badOfd = (detail: string) => inputError('bad_ofd', { detail });

const byLocal = (root: Element | Document, name: string): Element[] => Array.from(root.getElementsByTagNameNS('*', name) as unknown as ArrayLike<Element>);
const nums = (s: string | null) => (s ?? '').trim().split(/[\s,]+/).map(Number);
const resolvePath = (base: string, loc: string) => (loc.startsWith('/') ? loc.slice(1) : posix.normalize(posix.join(posix.dirname(base), loc)));

interface Run { x: number; y: number; size: number; text: string }

function pageLines(xml: Document): string[] {
  const runs: Run[] = [];
  for (const obj of byLocal(xml, 'TextObject')) {
    const [bx = 0, by = 0] = nums(obj.getAttribute('Boundary'));
    const size = Number(obj.getAttribute('Size') ?? 3.5) || 3.5;
    let x = 0, y = 0;
    for (const code of byLocal(obj, 'TextCode')) {
      // X/Y carry over from the previous TextCode when absent (GB/T 33190 §11.3)
      if (code.getAttribute('X') !== null) x = Number(code.getAttribute('X'));
      if (code.getAttribute('Y') !== null) y = Number(code.getAttribute('Y'));
      runs.push({ x: bx + x, y: by + y, size, text: code.textContent ?? '' });
    }
  }
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const r of runs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0].y - r.y) <= Math.max(0.5, r.size * 0.4)) last.push(r); else lines.push([r]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x).map((r) => r.text).join(''));
}

export async function ofdToText(bytes: Uint8Array): Promise<Extracted & { pages: number[] }> {
  let zip: Zip;
  // an OFD is a zip too: a bomb is refused before anything inflates; a broken zip is a bad OFD
  try { guardZip(bytes); } catch (e) { throw e instanceof ReportInputError && e.code === 'bad_docx' ? badOfd('zip') : e; }
  try { zip = await JSZip.loadAsync(bytes); } catch (e) { throw badOfd((e as Error).message); }
  const parser = new DOMParser({ errorHandler: QUIET_XML });
  const read = async (name: string) => { const f = zip.file(name); return f ? (parser.parseFromString(await f.async('string'), 'text/xml') as unknown as Document) : null; };
  const root = await read('OFD.xml');
  if (!root) throw badOfd('OFD.xml missing');
  const pages: string[][] = [];
  for (const docRoot of byLocal(root, 'DocRoot')) {
    const docPath = resolvePath('OFD.xml', (docRoot.textContent ?? '').trim());
    const doc = await read(docPath);
    if (!doc) throw badOfd(`${docPath} missing`);
    for (const page of byLocal(doc, 'Page').filter((p) => p.getAttribute('BaseLoc'))) {
      const content = await read(resolvePath(docPath, page.getAttribute('BaseLoc')!));
      pages.push(content ? pageLines(content) : []);
    }
  }
  if (!pages.length) throw badOfd('no pages');
  return pagesToText(pages, 'OFD');
}
