/**
 * The rubric an output folder was last scored with (its run.json's rubric.path), for the commands that read that folder again
 * without --rubric: `score` re-scoring it and `review-template` listing its cells. Without this, a folder scored with an office's
 * own copy was re-scored (and listed) with the default rubric whenever --rubric was left off (new user 48, red team 99).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultRubricPath } from '../engine/paths.js';
import { t } from './i18n.js';
import { UsageError } from './usage-error.js';

export interface LastRubric {
  /** as run.json records it: a path, or a REV:path for a rubric read from git (`revision`) */
  path: string;
  revision: boolean;
  exists: boolean;
  /** the rubric's fingerprint then, or null when run.json has none */
  hash: string | null;
}

/** run.json's rubric when it is not the default rubric; null when there is no readable run.json, or it names the default or a git revision. */
export function lastRunRubric(out: string): LastRubric | null {
  try {
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { rubric?: { path?: unknown; hash?: unknown } };
    const path = typeof run.rubric?.path === 'string' ? run.rubric.path : null;
    // (any install's default is the default: an upgrade must not keep scoring with the old one — red team 102)
    if (!path || resolve(path) === resolve(defaultRubricPath()) || /[\\/]rubrics[\\/]default[\\/]rubric\.json$/.test(path)) return null;
    // (HEAD:rubrics/…/rubric.json names a revision, not a file: said, never reused silently nor taken for gone)
    const revision = !existsSync(path) && /^[^/\\]+:(?![\\/])/.test(path);
    return { path, exists: existsSync(path), revision, hash: typeof run.rubric?.hash === 'string' ? run.rubric.hash : null };
  } catch {
    return null;
  }
}

/** A path as a shell reads it back: quoted when it holds a space (red team 99: 县 司法局/细则 副本 broke the printed command). */
export const shellArg = (p: string): string => (/\s/.test(p) ? `"${p.replace(/(["\\$`])/g, '\\$1')}"` : p);

/**
 * The rubric a command without --rubric uses for `out`: the one its last run used when that still exists (said on stderr unless
 * `quiet`), else `fallback`. A recorded rubric that has gone: `score` refuses (`refuseGone`: re-scoring with the default would
 * overwrite the office's results and forget its rubric for good — red team 102), `review-template` says so and uses `fallback`.
 * A git revision recorded: said, with the --rubric that reuses it, and `fallback` used. `given`: --rubric was on the command line,
 * which always wins.
 */
export function rubricForOut(out: string, fallback: string, given: boolean, opts: { quiet?: boolean; refuseGone?: boolean } = {}): { path: string; last: LastRubric | null } {
  const last = given ? null : lastRunRubric(out);
  if (last?.revision) {
    process.stderr.write(t(
      `注意：${join(out, 'run.json')} 记录上次用 git 版本的细则 ${last.path} 评分；这次用 ${fallback}（要沿用请加 --rubric ${shellArg(last.path)}）。\n`,
      `note: ${out} was last scored with the git revision ${last.path} (its run.json); this run uses ${fallback} (add --rubric ${shellArg(last.path)} to reuse it).\n`,
    ));
    return { path: fallback, last: null };
  }
  if (last && !last.exists) {
    if (opts.refuseGone) {
      throw new UsageError(t(
        `${join(out, 'run.json')} 记录的上次评分细则 ${last.path} 已不存在：为免用别的细则覆盖这里的结果，未评分。请用 --rubric 指定细则（找回原细则，或改用默认细则：--rubric ${shellArg(defaultRubricPath())}）。`,
        `The rubric ${out} was last scored with (${last.path}, its run.json) is gone: nothing was scored, so its results are not overwritten with another rubric's. Give --rubric (the rubric restored, or the default: --rubric ${shellArg(defaultRubricPath())}).`,
      ));
    }
    process.stderr.write(t(
      `注意：${join(out, 'run.json')} 记录的上次评分细则 ${last.path} 已不存在，改用 ${fallback}（要用别的细则请加 --rubric）。\n`,
      `note: the rubric ${out} was last scored with (${last.path}, its run.json) is gone; using ${fallback} (give --rubric for another).\n`,
    ));
  } else if (last && !opts.quiet) {
    process.stderr.write(t(
      `按 ${join(out, 'run.json')} 的记录，使用上次评分的细则 ${last.path}（要用别的细则请加 --rubric，如 --rubric ${shellArg(defaultRubricPath())}）。\n`,
      `Using the rubric ${out} was last scored with, ${last.path} (its run.json); give --rubric for another (e.g. --rubric ${shellArg(defaultRubricPath())}).\n`,
    ));
  }
  return { path: last?.exists ? last.path : fallback, last };
}
