/** The reports of a corpus: every supported file under the folder, recursively, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Reports in any mix: plain text, Word and PDF with a text layer. */
export const REPORT_EXTENSIONS = ['.txt', '.docx', '.pdf'];

/** Document formats an office may have that we do not read: listed so that no report vanishes silently. */
export const UNSUPPORTED_DOCUMENTS = ['.doc', '.wps', '.rtf', '.odt', '.pages'];

export interface CorpusFile { abs: string; rel: string }

export function listCorpus(dir: string, extensions = REPORT_EXTENSIONS): CorpusFile[] {
  const out: CorpusFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const abs = join(d, name);
      const st = statSync(abs);
      if (st.isDirectory()) walk(abs);
      else if (extensions.some((e) => name.toLowerCase().endsWith(e))) out.push({ abs, rel: relative(dir, abs).split(sep).join('/') });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
