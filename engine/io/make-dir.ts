/**
 * `mkdir -p` that always ends. Node 20's `mkdirSync(path, { recursive: true })` loops forever, in
 * synchronous code that no signal can interrupt, when the file system answers ENOENT for a folder
 * whose parent exists (under /proc, /sys and some FUSE mounts): `score --out /proc/x` hung at full
 * CPU and ignored SIGTERM. Here each missing ancestor is created once, from the nearest existing
 * one down, and the first failure is thrown as the system reported it (ENOENT, EACCES, EROFS,
 * ENOTDIR …) for the caller to name the folder and what to do.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Create `path` and any missing ancestors. Throws the system's error (with `.code`) on the first failure. */
export function makeDir(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    let isDir: boolean;
    try { isDir = statSync(at).isDirectory(); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      const up = dirname(at);
      if (up === at) throw e; // the root itself is missing: nothing can be created
      missing.push(at);
      at = up;
      continue;
    }
    if (!isDir) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${resolve(path)}'`), { code: 'ENOTDIR', path: at });
    break;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try { mkdirSync(missing[i]); } catch (e) {
      // another process made it meanwhile: fine, if it is a folder
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && statSync(missing[i]).isDirectory()) continue;
      throw e;
    }
  }
}
