/**
 * Scoring a corpus on a piscina pool. Each worker compiles the rubric once; files go out in
 * batches so one message carries many reports. A batch that dies with its worker is retried file
 * by file, so a crash costs only the report that caused it. Callers load the rubric first, so a
 * bad rubric is reported (exit 2) before any worker starts.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RubricSource } from '../engine/rubric/source.js';
import { errorResult, type UnrankedResult } from '../engine/report.js';
import type { CorpusFile } from './corpus.js';
import type { RenderedResult } from './render.js';
import type { WorkerTask } from './worker.js';
import type { Lang } from './writers/evidence-text.js';

export interface PoolOptions {
  rubric: RubricSource;
  workers?: number;
  batchSize?: number;
  maxBytes?: number;
  /** trace every report and return the ids of the conditions that held */
  coverage?: boolean;
  /** compute near-duplicate signatures */
  signature?: boolean;
  /** the incremental cache's folder; undefined disables it */
  cacheDir?: string;
  lang?: Lang;
}

export const defaultWorkers = () => Math.max(1, availableParallelism());

function crashResult(f: CorpusFile, e: unknown): UnrankedResult {
  return errorResult(f.rel, 'worker_crashed', `评分 ${f.rel} 时工作线程崩溃（${(e as Error).message}）：该报告未评分，其他报告不受影响。请把该文件报告给维护者。 / The worker crashed scoring ${f.rel} (${(e as Error).message}); other reports are unaffected.`);
}

/**
 * Run every file through the pool; `onResults` gets each batch's results as it arrives. For
 * 'rendered' output, `renderError` renders the error rows the pool itself creates.
 */
async function runPool<T>(files: CorpusFile[], opts: PoolOptions, output: WorkerTask['output'], onResults: (rs: T[]) => void, fromError: (r: UnrankedResult) => T): Promise<void> {
  const workers = opts.workers ?? defaultWorkers();
  const batchSize = opts.batchSize ?? Math.max(1, Math.min(64, Math.ceil(files.length / (workers * 4))));
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
  });
  const base = { rubric: opts.rubric, maxBytes: opts.maxBytes ?? 50 * 1024 * 1024, coverage: opts.coverage, signature: opts.signature, cacheDir: opts.cacheDir, output, lang: opts.lang };
  const run = (batch: CorpusFile[]) => pool.run({ ...base, files: batch } satisfies WorkerTask) as Promise<T[]>;
  try {
    const tasks: Promise<void>[] = [];
    for (let i = 0; i < files.length; i += batchSize) {
      const batch = files.slice(i, i + batchSize);
      tasks.push(run(batch).then(onResults, async () => {
        // isolate the report that killed the worker
        for (const f of batch) {
          try { onResults(await run([f])); } catch (e) { onResults([fromError(crashResult(f, e))]); }
        }
      }));
    }
    await Promise.all(tasks);
  } finally {
    await pool.destroy();
  }
}

/** Full results (criteria, evidence) for every report: for eval and diff. */
export async function scoreCorpus(files: CorpusFile[], opts: PoolOptions): Promise<UnrankedResult[]> {
  const out: UnrankedResult[] = [];
  await runPool<UnrankedResult>(files, opts, 'full', (rs) => out.push(...rs), (r) => r);
  return out;
}

/** Rendered results streamed to `onResult` as they arrive: for score, which spools them to disk. */
export async function scoreCorpusRendered(files: CorpusFile[], opts: PoolOptions, onResult: (r: RenderedResult) => void, renderError: (r: UnrankedResult) => RenderedResult): Promise<void> {
  await runPool<RenderedResult>(files, opts, 'rendered', (rs) => rs.forEach(onResult), renderError);
}
