/**
 * A piscina worker: loads and compiles the rubric once, then scores batches of reports. A failure
 * in one report is that report's error row. With `output: 'rendered'` each result is rendered to
 * its JSONL and CSV pieces here, so only strings cross back to the main thread.
 */
import './regexp-safety.js';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { threadId, workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { ResultCache } from '../engine/scoring/cache.js';
import { reportError } from '../engine/errors.js';
import { errorResult, scoreBytes, scoreKnown, type ReportOptions, type UnrankedResult } from '../engine/scoring/report.js';
import { loadRubricSource, type RubricSource } from '../engine/rubric/source.js';
import { createScorer, type Scorer } from '../engine/scoring/scorer.js';
import type { CorpusFile } from './corpus.js';
import { renderResult, type RenderedResult } from './render.js';
import type { Lang } from './writers/evidence-text.js';
import { applyDecisions } from './review/apply.js';
import { forDiff } from './diff-keep.js';
import type { Packed } from './spool.js';
import type { ReviewDecision } from './review/decision.js';

/**
 * A task that does nothing but answer: its answer proves the thread is loaded (harness/pool.ts
 * awaitLoaded). With a barrier, the answer waits (at most `ms`) until `parties` pings have arrived,
 * each holding its thread meanwhile, so `parties` pings are answered by as many distinct threads.
 */
export interface PoolPing { ping: true; barrier?: SharedArrayBuffer; parties?: number; ms?: number }

/** Node 20 has Atomics.waitAsync (V8 11.3); TypeScript declares it only in its ES2024 lib, which would also admit what Node 20 lacks (Object.groupBy). */
const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number, ms: number): { async: boolean; value: Promise<string> | string } }).waitAsync;

/** Count this ping in, then wait until `parties` have arrived or `ms` have passed (Atomics.waitAsync: the thread stays free of work but held). */
async function meet(barrier: SharedArrayBuffer, parties: number, ms: number): Promise<void> {
  const count = new Int32Array(barrier);
  Atomics.add(count, 0, 1);
  Atomics.notify(count, 0);
  const until = Date.now() + ms;
  for (let seen = Atomics.load(count, 0); seen < parties && Date.now() < until; seen = Atomics.load(count, 0)) {
    const w = waitAsync(count, 0, seen, until - Date.now());
    if (w.async) await w.value;
  }
}

export interface WorkerTask {
  rubric: RubricSource;
  /** with its content hash when the main thread's stat index knows it */
  files: Array<CorpusFile & { key?: string }>;
  maxBytes: number;
  coverage?: boolean;
  /** compute near-duplicate signatures */
  signature?: boolean;
  /** 'full' output cut to what a diff keeps (forDiff) */
  forDiff?: boolean;
  /** the incremental cache's folder; none disables it */
  cacheDir?: string;
  output: 'full' | 'rendered';
  lang?: Lang;
  /**
   * Shared with the main thread: [index of the report being scored, Date.now() when it started, 1
   * once the run is interrupted]. The pool's watchdog reads the first two so that a report's time
   * budget ends that report alone; the worker reads the third before each report.
   */
  progress?: SharedArrayBuffer;
  /** assessors' decisions on this task's files, by corpus-relative path */
  review?: Record<string, ReviewDecision[]>;
}

interface Context { full: Scorer; subsets: Map<string, Scorer>; caches: Map<string, ResultCache>; warm: Promise<unknown> }
const contexts = new Map<string, Context>();

/**
 * A short report scored once when a worker compiles its rubric, before any report's clock starts:
 * what loads lazily on first use (the segmenter's dictionary, compiled patterns, JIT) is not
 * charged to the first real report's time budget.
 */
const WARM_UP = '某县某镇人民政府关于2024年度法治政府建设情况的报告\n一、主要工作\n聘请法律顾问一名，开展普法宣传三次。\n二、存在的不足\n基层力量薄弱。\n三、下一步工作计划\n继续加强学习。\n';

function contextFor(source: RubricSource): Context {
  const key = `${source.rev ?? ''}:${source.path}`;
  let c = contexts.get(key);
  // the main thread validated this rubric before starting the pool
  if (!c) {
    const full = createScorer(loadRubricSource(source, { trusted: true }));
    c = { full, subsets: new Map(), caches: new Map(), warm: scoreBytes(full, Buffer.from(WARM_UP, 'utf8'), 'warm-up.txt', { maxBytes: 1 << 20, signature: true }).catch(() => null) };
    contexts.set(key, c);
  }
  return c;
}

function optionsFor(ctx: Context, task: WorkerTask): ReportOptions {
  const opts: ReportOptions = { maxBytes: task.maxBytes, coverage: task.coverage, signature: task.signature };
  if (task.cacheDir) {
    let store = ctx.caches.get(task.cacheDir);
    if (!store) { store = new ResultCache(task.cacheDir); ctx.caches.set(task.cacheDir, store); }
    opts.cache = {
      store,
      scorerFor(only) {
        if (!only) return ctx.full;
        const key = [...only].sort().join(',');
        let s = ctx.subsets.get(key);
        if (!s) { s = createScorer(ctx.full.rubric, only); ctx.subsets.set(key, s); }
        return s;
      },
    };
  }
  return opts;
}

/** Node cannot hold more than this in one buffer: a larger report is too_large whatever --max-mb says. */
export const MAX_READ_BYTES = 2 ** 31 - 1;

const tooLarge = (f: CorpusFile, size: number, max: number) => errorResult(f.rel, reportError('too_large', { bytes: size, limit: max }));
const unreadable = (f: CorpusFile, e: unknown) => errorResult(f.rel, reportError('unreadable', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));

/**
 * The bytes of one report. Opened without blocking (a FIFO that slipped past the walk cannot hang
 * the worker) and checked to be a regular file no larger than the limit before anything is read.
 */
export function readReportBytes(f: CorpusFile, maxBytes: number): Uint8Array | UnrankedResult {
  let fd: number;
  try {
    fd = openSync(f.abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return unreadable(f, e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return errorResult(f.rel, reportError('not_a_file', {}));
    const limit = Math.min(maxBytes, MAX_READ_BYTES);
    if (st.size > limit) return tooLarge(f, st.size, limit);
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break; // truncated while we read: score what is there
      got += n;
    }
    return buf.subarray(0, got);
  } catch (e) {
    return unreadable(f, e);
  } finally {
    closeSync(fd);
  }
}

export async function scoreFile(scorer: Scorer, f: CorpusFile & { key?: string }, opts: ReportOptions): Promise<UnrankedResult> {
  // its content hash known (the main thread's stat index): read only if the cache cannot answer
  if (f.key) return scoreKnown(scorer, f.key, () => readReportBytes(f, opts.maxBytes), f.rel, opts);
  const bytes = readReportBytes(f, opts.maxBytes);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return scoreBytes(scorer, bytes, f.rel, opts);
}

/**
 * Fault injection for the fault-tolerance tests: RUBRIC_FAULTS='{"name.txt":"throw"|"exit"|"hang"|"oom"}'
 * makes the worker fail in that way on that file. Never set in normal use.
 */
const faults: Record<string, string> = process.env.RUBRIC_FAULTS ? JSON.parse(process.env.RUBRIC_FAULTS) : {};
function injectFault(f: CorpusFile): void {
  const kind = faults[f.rel.split('/').pop()!];
  if (!kind) return;
  if (kind === 'throw') throw new Error(`injected fault in ${f.rel}`);
  if (kind === 'exit') process.exit(3);
  if (kind === 'hang') for (;;) { /* spin until the time budget cancels us */ }
  if (kind === 'oom') { const hog: string[][] = []; for (;;) hog.push(new Array(1e6).fill('x'.repeat(16))); }
}

/** The result with the assessors' decisions on this report applied, if there are any. */
const reviewed = (ctx: Context, task: WorkerTask, f: CorpusFile, r: UnrankedResult) => {
  const ds = task.review?.[f.rel];
  return ds ? applyDecisions(ctx.full.rubric, r, ds) : r;
};

/**
 * Warm-up while the main thread validates the rubric and walks the corpus: compile the rubric the
 * run will use (and score the warm-up report), so the first report does not wait for it. A rubric
 * that fails here is left alone: the main thread reports it and closes the pool.
 */
const warm = (workerData as { warm?: RubricSource } | null | undefined)?.warm;
if (warm) {
  try { contextFor(warm); } catch { contexts.clear(); }
}

export default async function scoreBatch(task: WorkerTask | PoolPing): Promise<UnrankedResult[] | RenderedResult[] | number[]> {
  // answered only once this thread has loaded its modules and told piscina so (harness/pool.ts awaitLoaded)
  if ('ping' in task) {
    if (task.barrier) await meet(task.barrier, task.parties ?? 1, task.ms ?? 0);
    return [threadId];
  }
  const ctx = contextFor(task.rubric);
  await ctx.warm;
  // RUBRIC_FAULTS {"x.txt": "stall"} (tests): a task that never begins its reports, its thread idle (see PoolStalledError)
  if (task.files.some((f) => faults[f.rel.split('/').pop()!] === 'stall')) await new Promise(() => undefined);
  // the PDF reader (pdfjs) is loaded on first use: load it before a PDF's clock starts
  if (task.files.some((f) => f.rel.toLowerCase().endsWith('.pdf'))) await import('unpdf').catch(() => null);
  const opts = optionsFor(ctx, task);
  const progress = task.progress ? new Float64Array(task.progress) : null;
  const begin = (i: number) => { if (progress) { progress[0] = i; progress[1] = Date.now(); } injectFault(task.files[i]); };
  // the run was interrupted (harness/pool.ts runWithin): stop before the next report, and the thread is left idle, never terminated mid-read
  const interrupted = () => progress !== null && progress[2] === 1;
  if (task.output === 'full') {
    const results: UnrankedResult[] = [];
    for (let i = 0; i < task.files.length && !interrupted(); i++) {
      begin(i);
      const r = reviewed(ctx, task, task.files[i], await scoreFile(ctx.full, task.files[i], opts));
      results.push(task.forDiff ? forDiff(r) : r);
    }
    return results;
  }
  const rendered: RenderedResult[] = [];
  for (let i = 0; i < task.files.length && !interrupted(); i++) {
    begin(i);
    const r = renderResult(ctx.full.rubric, reviewed(ctx, task, task.files[i], await scoreFile(ctx.full, task.files[i], opts)), task.lang ?? 'zh');
    r.scoredAt = performance.timeOrigin + performance.now(); // for the benchmark's start-up figure
    rendered.push(r);
  }
  return packed(rendered) as unknown as RenderedResult[];
}

/**
 * The batch's JSONL and CSV pieces encoded to UTF-8 here, into one buffer that is moved (not
 * copied) to the main thread: each result carries a view of its bytes and the pieces' lengths, and
 * its strings are emptied. The main thread then neither copies ~20 KB of strings per report out of
 * the message nor encodes them; it appends the bytes to its spool (harness/spool.ts).
 */
function packed(rs: RenderedResult[]): unknown {
  const lens = rs.map((r) => [...r.jsonl, ...r.csv].map((s) => Buffer.byteLength(s)));
  const total = lens.reduce((n, l) => n + l.reduce((a, b) => a + b, 0), 0);
  const ab = new ArrayBuffer(total);
  const buf = Buffer.from(ab);
  let off = 0;
  rs.forEach((r, i) => {
    const start = off;
    for (const s of [...r.jsonl, ...r.csv]) off += buf.write(s, off, 'utf8');
    (r as Packed).packed = { bytes: new Uint8Array(ab, start, off - start), lens: lens[i] };
    r.jsonl = ['', '', ''];
    r.csv = ['', ''];
  });
  return move({ [transferableSymbol]: [ab], [valueSymbol]: rs } as never);
}
