/**
 * One run's outputs, published together. Everything a run writes goes first into a staging folder
 * inside --out (on the same file system, so publishing is renames); only when every output is
 * complete (written whole and fsynced) are they renamed into place, the outputs of an earlier run
 * that this run did not produce are removed, and run.json — what produced this folder — is written
 * LAST. A reader that finds run.json sees one run's complete outputs; a failed or interrupted run
 * removes its staging folder and leaves the previous outputs untouched.
 */
import { makeDir } from '../engine/io/make-dir.js';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, readdirSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic, writeFileWhole } from '../engine/io/atomic.js';
import { statKey } from './stat-key.js';

/** Every output `score` may write; an earlier run's file of one of these names that this run did not write is removed. */
export const RUN_OUTPUTS = ['ranking.csv', 'ranking.xlsx', 'ranking-superiors.xlsx', 'report.html', 'results.jsonl', 'near-duplicates.csv', 'coverage.json'];
export const RUN_FILE = 'run.json';
const STAGING_PREFIX = '.staging-';

export class OutputStage {
  readonly dir: string;
  private readonly outputs = new Set<string>();
  private done = false;

  constructor(readonly out: string) {
    makeDir(out);
    this.dir = join(out, `${STAGING_PREFIX}${process.pid}-${Date.now().toString(36)}`);
    mkdirSync(this.dir);
  }

  /** A path inside the staging folder; `publish` makes it an output of the run, else it is scratch (removed with the folder). */
  path(name: string, publish = true): string {
    if (publish) this.outputs.add(name);
    return join(this.dir, name);
  }

  /** Stage a whole output. */
  write(name: string, data: string | Uint8Array): void {
    writeFileWhole(this.path(name), data);
  }

  get produced(): string[] { return [...this.outputs].sort(); }

  /**
   * Publish: remove the old run.json first (the folder is now "between runs"), rename every staged
   * output into place, remove earlier outputs this run did not produce, then write run.json.
   */
  publish(run: Record<string, unknown>): void {
    const previous = readRunFile(this.out);
    rmSync(join(this.out, RUN_FILE), { force: true });
    for (const name of this.outputs) renameSync(join(this.dir, name), join(this.out, name));
    const stale = new Set([...RUN_OUTPUTS, ...(previous?.outputs ?? [])]);
    for (const name of stale) if (!this.outputs.has(name) && isPlainName(name)) rmSync(join(this.out, name), { force: true });
    fsyncDir(this.out);
    // what stat says of each output once in place: a later run with the same inputs finds them untouched (up-to-date.ts)
    const stats = Object.fromEntries(this.produced.map((n) => [n, statKey(join(this.out, n))]));
    writeFileAtomic(join(this.out, RUN_FILE), JSON.stringify({ ...run, outputs: this.produced, output_stats: stats }, null, 2) + '\n');
    this.discard();
  }

  /** Remove the staging folder and everything in it (after publishing, or on failure/interrupt). */
  discard(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const isPlainName = (n: unknown): n is string => typeof n === 'string' && /^[^/\\]+$/.test(n) && n !== '.' && n !== '..' && n !== RUN_FILE;

export function readRunFile(out: string): { outputs?: string[] } | null {
  try {
    const r = JSON.parse(readFileSync(join(out, RUN_FILE), 'utf8'));
    return r && typeof r === 'object' ? { outputs: Array.isArray(r.outputs) ? r.outputs.filter(isPlainName) : [] } : null;
  } catch { return null; }
}

/** Staging folders a killed run (kill -9, power loss) left behind: removed by the next run that holds the lock. */
export function removeOrphanStaging(out: string): void {
  if (!existsSync(out)) return;
  for (const name of readdirSync(out)) {
    if (name.startsWith(STAGING_PREFIX) || /^\.spool\.\d+\.\d+\.(jsonl|csv)$/.test(name)) rmSync(join(out, name), { recursive: true, force: true });
  }
}

function fsyncDir(dir: string): void {
  try { const fd = openSync(dir, 'r'); try { fsyncSync(fd); } finally { closeSync(fd); } } catch { /* not supported everywhere */ }
}
