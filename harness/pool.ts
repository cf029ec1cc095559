/**
 * Scoring a corpus on a piscina pool. Each worker compiles the rubric once; files go out in
 * batches so one message carries many reports. Faults cost only the report that caused them:
 * each report has its own time budget, watched through a shared slot where the worker records
 * which report it is on and since when — a report past its budget becomes a `timeout` row and the
 * rest of its batch runs again without it. A batch whose worker crashed (an exception that
 * escaped, process.exit, out of memory) is retried file by file and the report that fails alone
 * becomes an error row; piscina replaces the worker. Callers validate the rubric before any task is
 * handed out, so a bad rubric is reported (exit 2) before any report is scored.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RubricSource } from '../engine/rubric/source.js';
import { reportError } from '../engine/errors.js';
import { errorResult, type UnrankedResult } from '../engine/scoring/error-result.js';
import type { CorpusFile } from './corpus.js';
import type { CacheHits, PoolFile } from './cache-hits.js';
import type { RenderedResult } from './render.js';
import type { ReviewDecision } from './review/decision.js';
import type { PoolPing, WorkerTask } from './worker.js';
import type { Lang } from './writers/evidence-text.js';

export interface PoolOptions {
  rubric: RubricSource;
  workers?: number;
  batchSize?: number;
  maxBytes?: number;
  /** per-report time budget in milliseconds (default 10 s) */
  budgetMs?: number;
  /** heap limit of each worker in MB: a runaway report may not take the whole process with it */
  workerHeapMb?: number;
  /** trace every report and return the ids of the conditions that held */
  coverage?: boolean;
  /** compute near-duplicate signatures */
  signature?: boolean;
  /** workers send back only what a diff keeps (harness/diff-keep.ts forDiff): less to copy between threads */
  forDiff?: boolean;
  /** the incremental cache's folder; undefined disables it */
  cacheDir?: string;
  lang?: Lang;
  /** assessors' decisions to apply, by the report's corpus-relative path (rubric score --review) */
  review?: Map<string, ReviewDecision[]>;
  /** unchanged reports answered from the cache in this thread (see cache-hits.ts); with cacheDir, not with coverage */
  cacheHits?: CacheHits;
  /** aborting stops handing out work and cancels what is running (SIGINT) */
  signal?: AbortSignal;
  /** a pool opened beforehand with openPool (its workers start while the caller loads the rubric); the caller destroys it */
  pool?: Piscina;
  /**
   * this run is the pool's last use: close it before the stat index is saved, so the index of a large
   * corpus is written with no worker heap alive (peak RSS of a cache-filling run; destroying twice is harmless)
   */
  closePool?: boolean;
  /**
   * Called with each report, in the order given, just before it is handed out or answered from the
   * cache (score.ts: the report's stat for the inputs digest, taken before it is read).
   */
  beforeRead?: (f: CorpusFile) => void;
  /** the least time without a report started or finished before the run stops as stalled (default STALL_MIN_MS; tests shorten it) */
  stallMs?: number;
}

/**
 * The worker pool. Its threads start loading their modules at once, and with `warm` each compiles
 * that rubric (and scores its warm-up report) while it waits: a caller that opens the pool before
 * validating the rubric and walking the corpus overlaps the workers' start-up with that work.
 * Tasks are handed out only after the rubric is known to be good; the caller destroys the pool.
 */
export function openPool(opts: { workers?: number; workerHeapMb?: number; warm?: RubricSource }): Piscina {
  const workers = opts.workers ?? defaultWorkers();
  const pool = new Piscina({
    workerData: opts.warm ? { warm: opts.warm } : undefined,
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    resourceLimits: { maxOldGenerationSizeMb: opts.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  return pool;
}

/** Pools destroyed or being destroyed: a pool is closed once, whoever asks first (a run, runPool, the CLI's early pool). */
const CLOSED = new WeakSet<Piscina>();
/** How long a pool being closed waits for workers still loading (a worker that failed to start never answers). */
const LOAD_WAIT_MS = 5_000;

/**
 * Wait until every thread of the pool has loaded its modules (at most `ms`): one ping per thread, all
 * sent at once and held at a barrier until all have arrived, so each is answered by a different
 * thread, and a thread answers only once piscina has loaded its module and told the pool. Without the
 * barrier, whether a thread still loading (a replacement piscina started for a worker that a cancelled
 * task terminated) got a ping rested on how piscina queues them (measured on piscina 5.3: it did); the
 * barrier makes it the contract. Returns the threadIds that answered (for tests).
 */
export async function awaitLoaded(pool: Piscina, ms = LOAD_WAIT_MS): Promise<number[]> {
  const n = pool.maxThreads;
  const barrier = new SharedArrayBuffer(4);
  const ping: PoolPing = { ping: true, barrier, parties: n, ms };
  let timer: NodeJS.Timeout | undefined;
  const answered = await Promise.race([
    Promise.all(Array.from({ length: n }, () => (pool.run(ping) as Promise<number[]>).catch(() => []))),
    new Promise<number[][]>((done) => { timer = setTimeout(() => done([]), ms + 1_000); }),
  ]);
  clearTimeout(timer);
  return answered.flat();
}

/**
 * Close a pool (once: later calls return at once), its workers still loading waited for first
 * (awaitLoaded, at most LOAD_WAIT_MS: a worker that failed to start never answers). Terminating a
 * thread while Node 20 loads its ES modules aborts the whole process (FATAL ERROR:
 * v8::Module::IsGraphAsync, or v8::ToLocalChecked in CreateRequiredModuleFacade — both seen in full
 * suites), which a run stopped early — a usage error right after start-up, every report answered
 * from the cache, SIGINT while piscina replaces the workers its cancelled tasks terminated — would
 * otherwise risk. A message posted from the worker module's own code was not enough: piscina's
 * require of the module is still finishing when it runs.
 */
export async function destroyPool(pool: Piscina): Promise<void> {
  if (CLOSED.has(pool)) return;
  CLOSED.add(pool);
  await awaitLoaded(pool);
  // piscina 5.3's destroy waits for each thread's 'exit' event, which a thread already gone never sends again: an eval
  // was found idle at 0 % CPU for twenty minutes after its last report, no worker left, one MessagePort open (a full
  // suite, session 26). The close is bounded; the CLI exits once its command is done (harness/cli.ts).
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([pool.destroy(), new Promise<void>((done) => { timer = setTimeout(done, destroyWaitMs()); timer.unref(); })]);
  clearTimeout(timer);
}
/** How long closing a pool waits for its threads to exit; RUBRIC_DESTROY_WAIT_MS is for tests only. */
export const DESTROY_WAIT_MS = 10_000;
const destroyWaitMs = () => (process.env.RUBRIC_DESTROY_WAIT_MS ? Number(process.env.RUBRIC_DESTROY_WAIT_MS) : DESTROY_WAIT_MS);

export class InterruptedError extends Error {
  constructor() { super('interrupted'); this.name = 'InterruptedError'; }
}

/**
 * No report started or finished anywhere in the pool for `seconds`: a worker that never began its task
 * (seen once, in a test run: every thread idle at 0 % CPU until killed). The run stops with this error
 * instead of waiting for ever; nothing is written (exit code 4, harness/cli.ts).
 */
export class PoolStalledError extends Error {
  readonly code = 'pool_stalled';
  constructor(readonly seconds: number) { super(`pool_stalled: no report started or finished for ${seconds} s`); this.name = 'PoolStalledError'; }
}

/** The pool is stalled after max(STALL_MIN_MS, STALL_BUDGETS × the per-report budget) without a report started or finished. */
export const STALL_MIN_MS = 60_000;
const STALL_BUDGETS = 3;
/** RUBRIC_STALL_MS is for tests only (a stall test cannot wait a minute). */
const stallMinMs = () => (process.env.RUBRIC_STALL_MS ? Number(process.env.RUBRIC_STALL_MS) : STALL_MIN_MS);

export const defaultWorkers = () => Math.max(1, availableParallelism());
export const DEFAULT_BUDGET_MS = 10_000;
/** How long an interrupted run waits for each running task to stop at its next report before terminating its thread (runWithin). */
export const INTERRUPT_GRACE_MS = 3_000;
export const DEFAULT_WORKER_HEAP_MB = 2048;
/**
 * Each worker's young generation (MB). V8's default for a worker let each grow ~25 MB more than it
 * needs between scavenges: 100,000 reports, 2 workers, --no-cache peaked at 415–420 MB RSS (the issue's
 * line is 400). With 24: 372 MB at 100,000 (283.9 CPU-s against 268–289 without), 281–287 MB against
 * 320–336 at 10,000 (CPU within the runs' ±5 %); 12 cut further (254 MB) but cost +9 % CPU
 * (BENCHMARKS.md, session 9). A report's large strings go to the old generation whatever this is.
 */
export const WORKER_YOUNG_MB = 24;

function crashResult(f: CorpusFile, e: unknown): UnrankedResult {
  return errorResult(f.rel, reportError('worker_crashed', { detail: (e as Error)?.message ?? String(e) }));
}

function timeoutResult(f: CorpusFile, budgetMs: number): UnrankedResult {
  return errorResult(f.rel, reportError('timeout', { seconds: budgetMs / 1000 }));
}

/** A task that ran out of time on its report number `index`. */
class TaskTimeout extends Error {
  readonly timeout = true;
  constructor(readonly index: number) { super('timeout'); }
}

/**
 * Run one task under the per-report budget (Infinity: no limit): the watchdog reads the task's
 * progress slot and cancels the task (piscina terminates that worker) when the report being scored
 * has had its budget. An outside abort cancels it too.
 */
function runWithin<T>(pool: Piscina, task: WorkerTask, budgetMs: number, outer?: AbortSignal, stall?: StallWatch): Promise<T> {
  const ctl = new AbortController();
  // [report being scored, when it began (ms since the epoch), 1 once the run is interrupted] (worker.ts)
  const progress = new Float64Array(new SharedArrayBuffer(24));
  let timer: NodeJS.Timeout | undefined;
  let grace: NodeJS.Timeout | undefined;
  let hung = -1;
  let seen = 0;
  const watch = () => {
    const started = progress[1];
    // a report begun since the last look is the pool making progress
    if (started !== seen) { seen = started; if (stall) stall.at = Date.now(); }
    const left = started > 0 ? started + budgetMs - Date.now() : Infinity;
    if (started > 0 && left <= 0) { hung = progress[0]; ctl.abort(new Error('timeout')); return; }
    timer = setTimeout(watch, Math.max(10, Math.min(left, 1000)));
  };
  if (Number.isFinite(budgetMs)) watch();
  // Interrupted (SIGINT): the task is asked to stop before its next report, and its thread is
  // terminated only if it has not within INTERRUPT_GRACE_MS. A thread terminated in the middle of a
  // report may be inside a native call (a file read), and terminating a thread there has aborted
  // whole processes (FATAL ERROR … ToLocalChecked in an fs callback, nodejs/node#38418). One CI run's
  // SIGINT test saw the run end by a signal instead of exiting 130 (cause not captured; the test now
  // prints the signal and stderr): an interrupted run no longer terminates busy threads at all.
  const onOuter = () => {
    progress[2] = 1;
    grace = setTimeout(() => ctl.abort(new InterruptedError()), INTERRUPT_GRACE_MS);
  };
  outer?.addEventListener('abort', onOuter, { once: true });
  const onStall = () => ctl.abort(stall!.signal.reason);
  stall?.signal.addEventListener('abort', onStall, { once: true });
  return (pool.run({ ...task, progress: progress.buffer as SharedArrayBuffer }, { signal: ctl.signal }) as Promise<T>).finally(() => {
    clearTimeout(timer);
    clearTimeout(grace);
    outer?.removeEventListener('abort', onOuter);
    stall?.signal.removeEventListener('abort', onStall);
  }).then((results) => {
    // a task that stopped early for the interruption returns only the reports it finished
    if (outer?.aborted) throw new InterruptedError();
    return results;
  }, (e) => {
    if (outer?.aborted) throw new InterruptedError();
    if (stall?.signal.aborted) throw stall.signal.reason;
    if (ctl.signal.aborted && hung >= 0) throw new TaskTimeout(hung);
    throw e;
  });
}

/** When the pool last made progress (a report begun or a batch returned), and the signal that stops every task when it has not for too long. */
interface StallWatch { at: number; signal: AbortSignal }

/** Watch the pool: abort every task with PoolStalledError after `ms` without progress; returns the watch and its stop. */
function watchStall(ms: number): { watch: StallWatch; stop: () => void } {
  const ctl = new AbortController();
  const watch: StallWatch = { at: Date.now(), signal: ctl.signal };
  if (!Number.isFinite(ms)) return { watch, stop: () => undefined };
  const timer = setInterval(() => {
    if (Date.now() - watch.at > ms) { clearInterval(timer); ctl.abort(new PoolStalledError(Math.round(ms / 1000))); }
  }, Math.min(1000, ms));
  timer.unref();
  return { watch, stop: () => clearInterval(timer) };
}

/**
 * Run every file through the pool; `onResults` gets each batch's results as it arrives. For
 * 'rendered' output, `fromError` renders the error rows the pool itself creates.
 */
/** Batches in flight per worker (see runPool). */
const LANES_PER_WORKER = 2;

async function runPool<T extends { file: string; contentKey?: string; cache?: UnrankedResult['cache']; error?: unknown }>(all: CorpusFile[], opts: PoolOptions, output: WorkerTask['output'], deliver: (rs: T[]) => void, fromError: (r: UnrankedResult) => T): Promise<void> {
  const hits = opts.cacheDir && !opts.coverage ? opts.cacheHits : undefined;
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const stallMs = Number.isFinite(budgetMs) ? Math.max(opts.stallMs ?? stallMinMs(), STALL_BUDGETS * budgetMs) : Infinity;
  const { watch: stall, stop: stopStallWatch } = watchStall(stallMs);
  const delivered = (rs: T[]) => { stall.at = Date.now(); deliver(rs); };
  const onResults = hits ? (rs: T[]) => { for (const r of rs) hits.record(r.file, r.contentKey, r.cache !== undefined && !r.error); delivered(rs); } : delivered;
  const workers = opts.workers ?? defaultWorkers();
  // sized on the whole corpus: how many reports the cache answers is known only as they are answered
  const batchSize = opts.batchSize ?? Math.max(1, Math.min(64, Math.ceil(all.length / (workers * 4))));
  const base = { rubric: opts.rubric, maxBytes: opts.maxBytes ?? 50 * 1024 * 1024, coverage: opts.coverage, signature: opts.signature, forDiff: opts.forDiff, cacheDir: opts.cacheDir, output, lang: opts.lang };
  const signal = opts.signal;
  // Unchanged reports are answered here, as the lanes ask for work: a worker gets its first batch
  // after one batch's worth of stats, not after the whole corpus's (100,000 stats and index lookups
  // took 1–2 s with every worker idle), and no list of every report still to score is built.
  let at = 0;
  const nextBatch = (): PoolFile[] | null => {
    if (!hits) {
      if (at >= all.length) return null;
      const batch = all.slice(at, at + batchSize);
      at += batch.length;
      if (opts.beforeRead) for (const f of batch) opts.beforeRead(f);
      return batch;
    }
    const batch: PoolFile[] = [];
    while (at < all.length && batch.length < batchSize) {
      if (at % 1024 === 0) {
        if (signal?.aborted) throw new InterruptedError();
        stall.at = Date.now(); // answering from the cache is progress too
      }
      opts.beforeRead?.(all[at]);
      const a = hits.answer(all[at++]);
      if ('result' in a) deliver([fromError(a.result)]); else batch.push(a.file);
    }
    return batch.length ? batch : null;
  };
  // a pool is opened only when a report is to be scored (every report answered here: no worker)
  let ownPool: Piscina | undefined;
  const poolFor = () => opts.pool ?? (ownPool ??= openPool({ workers, workerHeapMb: opts.workerHeapMb }));
  // each task carries only the decisions on its own files
  const reviewOf = (batch: CorpusFile[]) => (opts.review ? { review: Object.fromEntries(batch.filter((f) => opts.review!.has(f.rel)).map((f) => [f.rel, opts.review!.get(f.rel)!])) } : {});
  const runBatch = async (batch: PoolFile[]): Promise<void> => {
    const pool = poolFor();
    try {
      onResults(await runWithin<T[]>(pool, { ...base, ...reviewOf(batch), files: batch }, budgetMs, signal, stall));
    } catch (e) {
      if (e instanceof InterruptedError || e instanceof PoolStalledError) throw e;
      if (e instanceof TaskTimeout) {
        // that report alone is the timeout; the others (done ones included: their results died with the task) run again
        onResults([fromError(timeoutResult(batch[e.index], budgetMs))]);
        const rest = batch.filter((_, i) => i !== e.index);
        if (rest.length) await runBatch(rest);
        return;
      }
      for (const f of batch) {
        try {
          onResults(await runWithin<T[]>(pool, { ...base, ...reviewOf([f]), files: [f] }, budgetMs, signal, stall));
        } catch (err) {
          if (err instanceof InterruptedError || err instanceof PoolStalledError) throw err;
          onResults([fromError(err instanceof TaskTimeout ? timeoutResult(f, budgetMs) : crashResult(f, err))]);
        }
      }
    }
  };
  // Two batches in flight per worker: the next one is queued in the pool while the main thread takes
  // in the last one's results, so a worker never idles waiting for the round trip (one in flight left
  // each worker ~9 % idle). A task's clock starts when it starts running, not while it waits (runWithin).
  const lane = async () => {
    for (;;) {
      if (signal?.aborted) throw new InterruptedError();
      const batch = nextBatch();
      if (!batch) return;
      stall.at = Date.now(); // the clock runs from when work is handed out
      await runBatch(batch);
    }
  };
  try {
    const settled = await Promise.allSettled(Array.from({ length: workers * LANES_PER_WORKER }, lane));
    if (signal?.aborted) throw new InterruptedError();
    const failed = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult | undefined;
    if (failed) throw failed.reason;
  } finally {
    stopStallWatch();
    if (ownPool) await destroyPool(ownPool);
    else if (opts.pool && opts.closePool) await destroyPool(opts.pool);
  }
  // after the workers are gone: the index of a large corpus is written while nothing else holds memory
  hits?.save();
}

/** Full results (criteria, evidence) for every report: for eval and diff. */
/**
 * Every report's result. `keep` maps each as its batch arrives, so a caller that needs less than the
 * whole result (diff: two passes over a corpus) never holds every report's full evidence at once.
 */
export async function scoreCorpus(files: CorpusFile[], opts: PoolOptions, keep: (r: UnrankedResult) => UnrankedResult = (r) => r): Promise<UnrankedResult[]> {
  const out: UnrankedResult[] = [];
  await scoreCorpusEach(files, opts, (r) => out.push(keep(r)));
  return out;
}

/** Every report's result handed to `onResult` as its batch arrives, none kept here (diff reduces each on arrival). */
export async function scoreCorpusEach(files: CorpusFile[], opts: PoolOptions, onResult: (r: UnrankedResult) => void): Promise<void> {
  await runPool<UnrankedResult>(files, opts, 'full', (rs) => { for (const r of rs) onResult(r); }, (r) => r);
}

/** Rendered results streamed to `onResult` as they arrive: for score, which spools them to disk. */
export async function scoreCorpusRendered(files: CorpusFile[], opts: PoolOptions, onResult: (r: RenderedResult) => void, renderError: (r: UnrankedResult) => RenderedResult): Promise<void> {
  await runPool<RenderedResult>(files, opts, 'rendered', (rs) => rs.forEach(onResult), renderError);
}
