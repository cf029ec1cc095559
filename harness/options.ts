/**
 * Every command-line value is parsed and checked here, once, by commander (`argParser`): a bad
 * value is an InvalidArgumentError naming the option, and the command exits 2 before any work.
 * Commands receive typed values (numbers, sets), never the raw strings.
 */
import { ensureWritableDir } from './writers/writable.js';
import { InvalidArgumentError } from 'commander';
import { join, resolve } from 'node:path';
import { t } from './i18n.js';
import { FORMATS, type Format } from './outputs.js';

const bad = (zh: string, en: string) => new InvalidArgumentError(t(zh, en));

/** --workers: 1..64 worker threads. */
export function parseWorkers(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n < 1 || n > 64) throw bad(`--workers 必须是 1 到 64 之间的整数（收到 "${v}"）。`, `--workers must be an integer from 1 to 64 (got "${v}").`);
  return n;
}

/** --worker-memory: heap limit of each worker in MB, at least 32. */
export function parseMemory(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 32 || n > 1_048_576) throw bad(`--worker-memory 必须是 32 到 1048576 之间的整数（MB），收到 "${v}"。`, `--worker-memory must be an integer from 32 to 1048576 (MB), got "${v}".`);
  return n;
}

/** The longest delay setTimeout keeps (2^31 − 1 ms, about 24.8 days); a longer one fires at once. */
export const MAX_BUDGET_S = Math.floor((2 ** 31 - 1) / 1000);
export const NO_LIMIT = Number.POSITIVE_INFINITY;

/**
 * --time-budget: seconds per report, returned in milliseconds. `0` or `none` means no limit
 * (Infinity: the pool sets no timer); a budget past setTimeout's limit, a negative or non-numeric
 * value is refused rather than silently turned into "time out at once".
 */
export function parseBudget(v: string): number {
  const s = v.trim().toLowerCase();
  if (s === 'none' || s === 'off' || (s !== '' && Number(s) === 0)) return NO_LIMIT;
  const n = Number(s);
  if (s === '' || !Number.isFinite(n) || n < 0 || n > MAX_BUDGET_S) {
    throw bad(`--time-budget 必须是 0 到 ${MAX_BUDGET_S} 之间的秒数（0 或 none 表示不限时），收到 "${v}"。`, `--time-budget must be a number of seconds from 0 to ${MAX_BUDGET_S} (0 or none: no limit), got "${v}".`);
  }
  return Math.max(1, Math.round(n * 1000));
}

/** Node reads at most 2 GiB − 1 byte into one buffer: the largest --max-mb that can be honoured. */
export const MAX_REPORT_MB = 2047;

/** --max-mb: largest report accepted, in MB (0 < x ≤ 2047). */
export function parseMaxMb(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n <= 0 || n > MAX_REPORT_MB) throw bad(`--max-mb 必须是大于 0、不超过 ${MAX_REPORT_MB} 的数（MB），收到 "${v}"。`, `--max-mb must be a number above 0 and at most ${MAX_REPORT_MB} (MB), got "${v}".`);
  return n;
}

/** score's --year: the year of the batch's reports (a report year, 2000 to 2100). */
export function parseBatchYear(v: string): number {
  const s = v.trim().replace(/年度?$/, '');
  const n = Number(s);
  if (!/^\d{4}$/.test(s) || n < 2000 || n > 2100) throw bad(`--year 必须是报告年度，如 2025（收到 "${v}"）。`, `--year must be a report year such as 2025 (got "${v}").`);
  return n;
}

/** --min-accuracy: a share from 0 to 1. */
export function parseShare(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw bad(`--min-accuracy 必须是 0 到 1 之间的数（收到 "${v}"）。`, `--min-accuracy must be a number from 0 to 1 (got "${v}").`);
  return n;
}

/** --format: a comma-separated subset of csv,xlsx,html,jsonl (or `all`). */
export function parseFormats(v: string): Set<Format> {
  if (v === 'all') return new Set(FORMATS);
  // CSV, Xlsx …: the names are not case-sensitive
  const list = v.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((x) => !(FORMATS as readonly string[]).includes(x));
  if (unknown.length || !list.length) throw bad(`--format 只能是 ${FORMATS.join(',')} 的组合（收到 "${v}"）。`, `--format takes a comma-separated subset of ${FORMATS.join(',')} (got "${v}").`);
  return new Set(list as Format[]);
}

/** bench's --sizes/--workers: comma-separated positive integers. */
export function parseIntList(v: string): number[] {
  return v.split(',').map((x) => {
    const n = Number(x);
    if (!Number.isInteger(n) || n < 1) throw bad(`需要以逗号分隔的正整数（收到 "${v}"）。`, `Expected comma-separated positive integers (got "${v}").`);
    return n;
  });
}

/** The cache folder for a run: --cache-dir, else .cache inside the output folder; none with --no-cache. */
export function cacheDirOf(opts: { cache?: boolean; cacheDir?: string }, out: string): string | undefined {
  if (opts.cache === false) return undefined;
  const dir = resolve(opts.cacheDir ?? join(out, '.cache'));
  // a --cache-dir that cannot be written is said before scoring (exit 2), not silently run without a cache
  if (opts.cacheDir) ensureWritableDir(dir, '--cache-dir');
  return dir;
}
