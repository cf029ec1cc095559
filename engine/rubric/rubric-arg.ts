/**
 * Reading the --rubric argument into a RubricSource: a path, or `REV:path` at a git revision. Apart
 * from the rubric loader (source.ts) so that the CLI can hand the source to its worker pool, opened
 * first at start-up, before the engine is loaded (issue 15).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { RubricLoadError, rubricError } from '../errors.js';

/** Where a rubric comes from; plain data, so it can cross to the worker threads, which load it themselves. */
export interface RubricSource { path: string; rev?: string; repo?: string }

/**
 * A revision git may be given: it never starts with `-` (git would read it as an option, e.g.
 * `--output=/path` makes `git show` write a file) and holds only the characters of ref names,
 * hashes and revision suffixes (HEAD~2, v2024^, main@{1}).
 */
export const SAFE_REV = /^[A-Za-z0-9_][A-Za-z0-9_./~^@{}+-]*$/;

/** `REV:path` when the argument is not an existing file and has that shape; otherwise a path. */
export function parseRubricArg(arg: string, cwd = process.cwd()): RubricSource {
  const m = /^([^:\\/][^:]*):(.+)$/.exec(arg);
  if (m && !existsSync(resolve(cwd, arg)) && !/^[A-Za-z]$/.test(m[1])) {
    if (!SAFE_REV.test(m[1]) || m[2].startsWith('-')) throw new RubricLoadError([rubricError('bad_revision', arg, '', { arg })]);
    let repo: string;
    try {
      repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch {
      throw new RubricLoadError([rubricError('not_a_git_repo', arg, '', { arg })]);
    }
    const rel = m[2].startsWith('./') ? relative(repo, resolve(cwd, m[2])) : m[2];
    const path = join(repo, rel);
    const inRepo = relative(repo, path);
    if (inRepo === '' || inRepo.startsWith('..') || isAbsolute(inRepo)) throw new RubricLoadError([rubricError('bad_revision', arg, '', { arg })]);
    return { rev: m[1], repo, path };
  }
  return { path: resolve(cwd, arg) };
}

