/**
 * "The outputs in --out are up to date": a re-run of `score` with nothing changed writes nothing.
 *
 * A run records in run.json a digest of its inputs (`inputs`, sha256 hex) and what `stat` said of
 * each output it published (`output_stats`: size, mtime and ctime in ns, inode). A later run into
 * the same --out computes its own inputs digest before it scores anything; when the two are equal
 * and every output on disk still has the recorded stat (and no output of another run is there), the
 * outputs are what this run would write (outputs are byte-identical to a fresh run whatever the cache
 * holds), and nothing is rewritten. `--force` rewrites. A run with nothing to compare against (no
 * run.json, or --force) stats each report as it hands it out instead, and records the same digest.
 *
 * The inputs: the engine (ENGINE_VERSION and a stamp of the program's own files: a rebuilt program
 * never skips), every file the rubric's load read (path and text), the options that reach an output,
 * the corpus folder and, per report, its path and stat (size, mtime, ctime, inode, device), the
 * documents the walk could not read, and the review file's bytes. Stat is enough for the same reason
 * as in the stat index (cache-hits.ts): any write to a file moves its ctime, which cannot be set back.
 *
 * When the run itself cannot vouch for its inputs no digest is recorded and the next run scores:
 * a report whose ctime is within RACY_MS of its stat (it may change again within the clock tick),
 * entries of the corpus that could not be read (a permission or a link may be fixed without any
 * report changing), and rows whose outcome depends on the moment (timeout, worker_crashed,
 * unreadable).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION, projectRoot } from '../engine/paths.js';
import { RACY_MS } from './cache-hits.js';
import type { CorpusScan } from './corpus.js';
import { RUN_FILE, RUN_OUTPUTS } from './stage.js';
import { statKey } from './stat-key.js';

/** Error rows that another run of the same inputs may not give: a run with any of them records no inputs digest. */
export const MOMENTARY_ERRORS: ReadonlySet<string> = new Set(['timeout', 'worker_crashed', 'unreadable']);

let stamp: string | null = null;
/**
 * The program's own files by path, size and mtime: the compiled engine and harness, the schemas, the
 * lock file naming the dependencies. A rebuild or an upgrade changes it, so a changed program never
 * answers "up to date" from the outputs an older one wrote, whatever ENGINE_VERSION says.
 */
export function programStamp(): string {
  if (stamp) return stamp;
  const h = createHash('sha256').update(ENGINE_VERSION);
  const code = dirname(dirname(fileURLToPath(import.meta.url)));
  const walk = (dir: string) => {
    let names: string[];
    try { names = readdirSync(dir).sort(); } catch { return; }
    for (const n of names) {
      const p = join(dir, n);
      const st = statSync(p, { throwIfNoEntry: false, bigint: true });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else h.update(`${p}:${st.size}:${st.mtimeNs}\n`);
    }
  };
  for (const d of ['engine', 'harness']) walk(join(code, d));
  const root = projectRoot();
  walk(join(root, 'rubrics', 'schema'));
  for (const f of ['package.json', 'package-lock.json']) h.update(`${f}:${statKey(join(root, f))}\n`);
  return (stamp = h.digest('hex'));
}

/**
 * The corpus digest, built one report at a time as each is stat'ed (`take`) — before it is read, by
 * the pool as it hands reports out (harness/pool.ts beforeRead), so that the first report is scored
 * without a pass over the whole corpus first (at 100,000 reports that pass took 0.5 s of the 1.8 s
 * before the first report left; BENCHMARKS.md, session 28). Each report's path and stat (size, mtime,
 * ctime, inode, device) in the scan's order, then the documents in formats not read. `digest()` is
 * null when the stat cannot vouch for the content (see the module comment): an entry that could not
 * be read, a stat that failed, a report changed within `racyMs` of its stat, a report taken out of
 * the scan's order or not at all (a run stopped early).
 */
export class CorpusStats {
  private readonly hash = createHash('sha256');
  private next = 0;
  private voided: boolean;
  constructor(private readonly scan: CorpusScan, private readonly racyMs = RACY_MS) {
    this.voided = scan.problems.length > 0;
  }

  /** Stat `f`, the next report of the scan (the same object), just before it is read. */
  take(f: CorpusScan['files'][number]): void {
    if (this.voided) return;
    if (this.scan.files[this.next] !== f) { this.voided = true; return; }
    this.next++;
    let st;
    try { st = statSync(f.abs, { bigint: true }); } catch { this.voided = true; return; }
    if (st.ctimeNs >= BigInt(Date.now() - this.racyMs) * 1_000_000n) { this.voided = true; return; }
    this.hash.update(`${f.rel}\0${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}:${st.dev}\n`);
  }

  /** The digest (sha256 hex) once every report has been taken in order; null otherwise. Asked once. */
  digest(): string | null {
    if (this.voided || this.next !== this.scan.files.length) return null;
    this.hash.update('unsupported\n');
    for (const f of this.scan.unsupported) this.hash.update(`${f.rel}\n`);
    return this.hash.digest('hex');
  }
}

/**
 * The corpus as this run sees it before scoring, every report stat'ed now (CorpusStats): what a
 * re-run compares before it scores anything. `racyMs` is for tests (default RACY_MS).
 */
export function corpusDigest(scan: CorpusScan, racyMs = RACY_MS): string | null {
  const stats = new CorpusStats(scan, racyMs);
  for (const f of scan.files) stats.take(f);
  return stats.digest();
}

/**
 * Every input but the corpus, read when the run starts — the program's stamp and the review file's
 * bytes as the run uses them: taken when scoring ends instead, a rebuild or a review file edited
 * during the run was recorded as if the run had used it, and the next run said "up to date" (red
 * team, session 28). Null when the review file cannot be read.
 */
export interface OtherInputs { program: string; rubric: string; corpus: string; options: Record<string, unknown>; review: { path: string; sha256: string } | null; faults: string | null }
export function otherInputs(parts: { rubric: string; corpus: string; options: Record<string, unknown>; review: string | null }): OtherInputs | null {
  let review: OtherInputs['review'] = null;
  if (parts.review !== null) {
    try { review = { path: parts.review, sha256: createHash('sha256').update(readFileSync(parts.review)).digest('hex') }; } catch { return null; }
  }
  // fault injection for the fault-tolerance tests (never set in normal use) changes results
  return { program: programStamp(), rubric: parts.rubric, corpus: parts.corpus, options: parts.options, review, faults: process.env.RUBRIC_FAULTS ?? null };
}

/** Everything a run's outputs depend on, as one digest; null when any part cannot be vouched for. */
export function digestOfInputs(other: OtherInputs | null, corpusDigest: string | null): string | null {
  if (other === null || corpusDigest === null) return null;
  return createHash('sha256').update(JSON.stringify({
    program: other.program, rubric: other.rubric, corpus: other.corpus, files: corpusDigest, options: other.options, review: other.review, faults: other.faults,
  })).digest('hex');
}

/** The folder's run.json, when it names a digest of inputs: worth computing this run's digest to compare. */
export interface NotScored { file: string; code: string; message: string }
export function recordedInputs(out: string): { inputs: string; failed: number; reports: number; outputs: Record<string, unknown>; notScored: NotScored[] } | null {
  try {
    const r = JSON.parse(readFileSync(join(out, RUN_FILE), 'utf8')) as Record<string, unknown>;
    const inputs = r.inputs, stats = r.output_stats, counts = r.counts as Record<string, unknown> | undefined;
    if (typeof inputs !== 'string' || r.engine !== ENGINE_VERSION || typeof stats !== 'object' || stats === null || Array.isArray(stats)) return null;
    const listed = Array.isArray(r.not_scored) ? r.not_scored as unknown[] : [];
    const notScored = listed.filter((x): x is NotScored => typeof x === 'object' && x !== null && ['file', 'code', 'message'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string'));
    return { inputs, failed: Number(counts?.failed ?? 0) || 0, reports: Number(counts?.reports ?? 0) || 0, outputs: stats as Record<string, unknown>, notScored };
  } catch {
    return null;
  }
}

/**
 * True when --out holds the complete outputs of a run of exactly these inputs, untouched since: the
 * recorded digest equals `inputs`, every output recorded is there with the stat recorded, and no
 * other output name a run may write is there (a fresh run would remove it).
 */
export function upToDate(out: string, inputs: string | null): boolean {
  if (inputs === null) return false;
  const rec = recordedInputs(out);
  if (!rec || rec.inputs !== inputs) return false;
  const names = Object.keys(rec.outputs);
  if (!names.length) return false;
  for (const n of names) {
    if (!/^[^/\\]+$/.test(n) || n === RUN_FILE) return false;
    const want = rec.outputs[n];
    if (typeof want !== 'string' || statKey(join(out, n)) !== want) return false;
  }
  for (const n of RUN_OUTPUTS) if (!names.includes(n) && statKey(join(out, n)) !== null) return false;
  return true;
}
