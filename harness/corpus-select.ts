/** Matching the files a gold file names to the files of a corpus (by relative path, else by unique base name). */
import { basename } from 'node:path';
import type { CorpusFile } from './corpus.js';

export function selectByName(files: CorpusFile[], names: string[]): { found: Map<string, CorpusFile>; missing: string[] } {
  const byRel = new Map(files.map((f) => [f.rel, f]));
  const byBase = new Map<string, CorpusFile[]>();
  for (const f of files) byBase.set(basename(f.rel), [...(byBase.get(basename(f.rel)) ?? []), f]);
  const found = new Map<string, CorpusFile>();
  const missing: string[] = [];
  for (const n of names) {
    const f = byRel.get(n) ?? (byBase.get(basename(n))?.length === 1 ? byBase.get(basename(n))![0] : undefined);
    if (f) found.set(n, f); else missing.push(n);
  }
  return { found, missing };
}
