/**
 * Where a rubric comes from: a file on disk, or a file at a git revision (`HEAD:rubrics/default/rubric.json`,
 * `v2024:rubrics/default/rubric.json`), since rubric authors keep rubrics in git. A source is plain data so
 * it can cross to the worker threads, which load it themselves.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import { MAX_RUBRIC_FILE_BYTES } from './limits.js';
import { FileTooLargeError, fsReader, loadRubric, type LoadOptions, type RubricReader } from './load.js';
import type { CompiledRubric } from './types.js';
import { SAFE_REV, type RubricSource } from './rubric-arg.js';

// the argument's reading is apart from the loader (rubric-arg.ts): the CLI reads it before the engine is loaded
export { parseRubricArg, type RubricSource } from './rubric-arg.js';


export function sourceLabel(s: RubricSource): string {
  return s.rev ? `${s.rev}:${relative(s.repo!, s.path).split(sep).join('/')}` : s.path;
}

export function readerFor(s: RubricSource): RubricReader {
  if (!s.rev) return fsReader;
  return {
    read(path: string) {
      const rel = relative(s.repo!, path).split(sep).join('/');
      // parseRubricArg refused revisions that start with '-'; --end-of-options makes sure git never reads one as an option
      if (!SAFE_REV.test(s.rev!)) throw new Error(`unsafe revision ${JSON.stringify(s.rev)}`);
      try {
        return execFileSync('git', ['show', '--end-of-options', `${s.rev}:${rel}`], { cwd: s.repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: MAX_RUBRIC_FILE_BYTES });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOBUFS') throw new FileTooLargeError(MAX_RUBRIC_FILE_BYTES + 1);
        // git's own reason names the case (path 'rubrics/x.json' exists on disk, but not in 'HEAD': an uncommitted file)
        const why = String((e as { stderr?: unknown }).stderr ?? '').split('\n').map((l) => l.replace(/^fatal:\s*/, '').trim()).find(Boolean);
        throw new Error(`git show ${s.rev}:${rel} failed${why ? `: ${why.slice(0, 300)}` : ''}`);
      }
    },
  };
}

export function loadRubricSource(s: RubricSource, opts: LoadOptions = {}): CompiledRubric {
  return loadRubric(s.path, readerFor(s), opts);
}

/**
 * The rubric loaded as loadRubricSource loads it, with a digest (sha256, hex) of every file the load
 * read — each path with its text, in path order: the rubric, its included criteria and lexicons. Two
 * loads with one digest compiled the same texts (`score` tells an unchanged rubric by it).
 */
export function loadRubricSourceDigest(s: RubricSource, opts: LoadOptions = {}): { rubric: CompiledRubric; digest: string } {
  const inner = readerFor(s);
  const texts = new Map<string, string>();
  const reader: RubricReader = {
    read(path: string) { const text = inner.read(path); texts.set(path, text); return text; },
    ...(inner.realpath ? { realpath: (p: string) => inner.realpath!(p) } : {}),
  };
  const rubric = loadRubric(s.path, reader, opts);
  const h = createHash('sha256').update(`${s.rev ?? ''}\0`);
  for (const path of [...texts.keys()].sort()) h.update(`${path}\0${texts.get(path)!.length}\0`).update(texts.get(path)!).update('\0');
  return { rubric, digest: h.digest('hex') };
}
