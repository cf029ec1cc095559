/** The reports of a corpus: every supported file under the folder, recursively, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Reports in any mix: plain text, Word and PDF with a text layer. */
export const REPORT_EXTENSIONS = ['.txt', '.docx', '.pdf'];

/** Document formats an office may have that we do not read: listed so that no report vanishes silently. */
export const UNSUPPORTED_DOCUMENTS = ['.doc', '.wps', '.rtf', '.odt', '.pages'];

export interface CorpusFile { abs: string; rel: string }

/** One walk of the folder: the reports, and the documents in formats we do not read. */
export function scanCorpus(dir: string): { files: CorpusFile[]; unsupported: CorpusFile[] } {
  const files: CorpusFile[] = [];
  const unsupported: CorpusFile[] = [];
  const endsWithAny = (name: string, exts: string[]) => exts.some((e) => name.toLowerCase().endsWith(e));
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) { walk(abs); continue; }
      const list = endsWithAny(name, REPORT_EXTENSIONS) ? files : endsWithAny(name, UNSUPPORTED_DOCUMENTS) ? unsupported : null;
      list?.push({ abs, rel: relative(dir, abs).split(sep).join('/') });
    }
  };
  walk(dir);
  const byRel = (a: CorpusFile, b: CorpusFile) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { files: files.sort(byRel), unsupported: unsupported.sort(byRel) };
}

export const listCorpus = (dir: string): CorpusFile[] => scanCorpus(dir).files;
