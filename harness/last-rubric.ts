/**
 * The rubric an output folder was last scored with (its run.json's rubric.path), for the commands that read that folder again
 * without --rubric: `score` re-scoring it and `review-template` listing its cells. Without this, a folder scored with an office's
 * own copy was re-scored (and listed) with the default rubric whenever --rubric was left off (new user 48, red team 99).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultRubricPath } from '../engine/paths.js';
import { t } from './i18n.js';

export interface LastRubric {
  /** as run.json records it (a path; a REV:path for a rubric read from git is never returned) */
  path: string;
  exists: boolean;
  /** the rubric's fingerprint then, or null when run.json has none */
  hash: string | null;
}

/** run.json's rubric when it is not the default rubric; null when there is no readable run.json, or it names the default or a git revision. */
export function lastRunRubric(out: string): LastRubric | null {
  try {
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { rubric?: { path?: unknown; hash?: unknown } };
    const path = typeof run.rubric?.path === 'string' ? run.rubric.path : null;
    if (!path || resolve(path) === resolve(defaultRubricPath())) return null;
    // (HEAD:rubrics/…/rubric.json names a revision, not a file: gone or not, it is no path to fall back to)
    if (!existsSync(path) && /^[^/\\]+:(?![\\/])/.test(path)) return null;
    return { path, exists: existsSync(path), hash: typeof run.rubric?.hash === 'string' ? run.rubric.hash : null };
  } catch {
    return null;
  }
}

/** A path as a shell reads it back: quoted when it holds a space (red team 99: 县 司法局/细则 副本 broke the printed command). */
export const shellArg = (p: string): string => (/\s/.test(p) ? `"${p.replace(/(["\\$`])/g, '\\$1')}"` : p);

/**
 * The rubric a command without --rubric uses for `out`: the one its last run used when that still exists (said on stderr), else
 * `fallback` (said too when the recorded one has gone). `given`: --rubric was on the command line, which always wins.
 */
export function rubricForOut(out: string, fallback: string, given: boolean): { path: string; last: LastRubric | null } {
  const last = given ? null : lastRunRubric(out);
  if (last && !last.exists) {
    process.stderr.write(t(
      `注意：${join(out, 'run.json')} 记录的上次评分细则 ${last.path} 已不存在，改用 ${fallback}（要用别的细则请加 --rubric）。\n`,
      `note: the rubric ${out} was last scored with (${last.path}, its run.json) is gone; using ${fallback} (give --rubric for another).\n`,
    ));
  } else if (last) {
    process.stderr.write(t(
      `按 ${join(out, 'run.json')} 的记录，使用上次评分的细则 ${last.path}（要用别的细则请加 --rubric，如 --rubric ${shellArg(defaultRubricPath())}）。\n`,
      `Using the rubric ${out} was last scored with, ${last.path} (its run.json); give --rubric for another (e.g. --rubric ${shellArg(defaultRubricPath())}).\n`,
    ));
  }
  return { path: last?.exists ? last.path : fallback, last };
}
