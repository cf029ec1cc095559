/**
 * What a run that stopped for lack of disk space can tell the user besides "free some space": how
 * much of that disk its own result cache holds (red team 15: a failed cached run left 292 KB of
 * entries on a 400 KB disk, and the next run, which had fitted before, failed too).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Entries looked at before the size is given as "at least": a cache of 100,000 reports has ~200,000 files. */
const MAX_ENTRIES = 500_000;

/** The cache folder a `score`/`diff` command line uses (--cache-dir, else <--out>/.cache; none with --no-cache). */
export function cacheDirOfArgv(argv: readonly string[]): string | null {
  if (argv.includes('--no-cache')) return null;
  const value = (name: string) => {
    const i = argv.indexOf(name);
    if (i >= 0 && i + 1 < argv.length) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    return eq ? eq.slice(name.length + 1) : undefined;
  };
  const dir = value('--cache-dir');
  if (dir) return resolve(dir);
  const cmd = argv.find((a) => !a.startsWith('-'));
  return resolve(value('--out') ?? (cmd === 'diff' ? 'diffs' : 'reports-out'), '.cache');
}

/** Bytes under `dir` (files only, links not followed); `complete` false when the walk stopped at MAX_ENTRIES. Null when there is no such folder. */
export function dirBytes(dir: string): { bytes: number; complete: boolean } | null {
  let bytes = 0, seen = 0;
  const stack = [dir];
  try { if (!statSync(dir).isDirectory()) return null; } catch { return null; }
  while (stack.length) {
    const d = stack.pop()!;
    let names: import('node:fs').Dirent[];
    try { names = readdirSync(d, { withFileTypes: true }); } catch { continue; }
    for (const n of names) {
      if (++seen > MAX_ENTRIES) return { bytes, complete: false };
      const p = join(d, n.name);
      if (n.isDirectory()) stack.push(p);
      else if (n.isFile()) { try { bytes += statSync(p).size; } catch { /* gone meanwhile */ } }
    }
  }
  return { bytes, complete: true };
}

/** The cache folder and what it holds, when it holds anything, for the disk-full message. */
export function cacheUse(argv: readonly string[]): { dir: string; bytes: number; complete: boolean } | null {
  const dir = cacheDirOfArgv(argv);
  const size = dir ? dirBytes(dir) : null;
  return dir && size && size.bytes > 0 ? { dir, ...size } : null;
}
