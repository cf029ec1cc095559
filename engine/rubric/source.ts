/**
 * Where a rubric comes from: a file on disk, or a file at a git revision (`HEAD:rubrics/default/rubric.json`,
 * `v2024:rubrics/default/rubric.json`), since rubric authors keep rubrics in git. A source is plain data so
 * it can cross to the worker threads, which load it themselves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { RubricLoadError, rubricError } from '../errors.js';
import { fsReader, loadRubric, type LoadOptions, type RubricReader } from './load.js';
import type { CompiledRubric } from './types.js';

export interface RubricSource { path: string; rev?: string; repo?: string }

export function sourceLabel(s: RubricSource): string {
  return s.rev ? `${s.rev}:${relative(s.repo!, s.path).split(sep).join('/')}` : s.path;
}

/** `REV:path` when the argument is not an existing file and has that shape; otherwise a path. */
export function parseRubricArg(arg: string, cwd = process.cwd()): RubricSource {
  const m = /^([^:\\/][^:]*):(.+)$/.exec(arg);
  if (m && !existsSync(resolve(cwd, arg)) && !/^[A-Za-z]$/.test(m[1])) {
    let repo: string;
    try {
      repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch {
      throw new RubricLoadError([rubricError('not_a_git_repo', arg, '', { arg })]);
    }
    const rel = m[2].startsWith('./') ? relative(repo, resolve(cwd, m[2])) : m[2];
    return { rev: m[1], repo, path: join(repo, rel) };
  }
  return { path: resolve(cwd, arg) };
}

export function readerFor(s: RubricSource): RubricReader {
  if (!s.rev) return fsReader;
  return {
    read(path: string) {
      const rel = relative(s.repo!, path).split(sep).join('/');
      try {
        return execFileSync('git', ['show', `${s.rev}:${rel}`], { cwd: s.repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
      } catch {
        throw new Error(`git show ${s.rev}:${rel} failed`);
      }
    },
  };
}

export function loadRubricSource(s: RubricSource, opts: LoadOptions = {}): CompiledRubric {
  return loadRubric(s.path, readerFor(s), opts);
}
