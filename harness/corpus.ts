/** The reports of a corpus: every document file under the folder, recursively, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isTemporaryFile, REPORT_EXTENSIONS as READ, UNSUPPORTED_FORMATS } from '../engine/document/read/formats.js';

/** Reports in any mix: plain text, Word (.docx, .doc), WPS, PDF with a text layer, OFD, saved web pages. */
export const REPORT_EXTENSIONS = READ;

/** Document formats an office may have that we do not read: scored as error rows, so that no report vanishes silently. */
export const UNSUPPORTED_DOCUMENTS = Object.keys(UNSUPPORTED_FORMATS);

export interface CorpusFile { abs: string; rel: string }

/**
 * One walk of the folder: every document (read or not: unsupported formats become error rows) and,
 * among them, those in formats we do not read. Office lock and temporary files (~$报告.docx,
 * .~lock.报告.odt#, *.tmp) are not documents and are left out.
 */
export function scanCorpus(dir: string): { files: CorpusFile[]; unsupported: CorpusFile[] } {
  const files: CorpusFile[] = [];
  const unsupported: CorpusFile[] = [];
  const endsWithAny = (name: string, exts: string[]) => exts.some((e) => name.toLowerCase().endsWith(e));
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'node_modules' || isTemporaryFile(name)) continue;
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) { walk(abs); continue; }
      const file = { abs, rel: relative(dir, abs).split(sep).join('/') };
      if (endsWithAny(name, REPORT_EXTENSIONS)) files.push(file);
      else if (endsWithAny(name, UNSUPPORTED_DOCUMENTS)) { files.push(file); unsupported.push(file); }
    }
  };
  walk(dir);
  const byRel = (a: CorpusFile, b: CorpusFile) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { files: files.sort(byRel), unsupported: unsupported.sort(byRel) };
}

export const listCorpus = (dir: string): CorpusFile[] => scanCorpus(dir).files;
