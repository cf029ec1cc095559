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
import type { WorkerTask } from './worker.js';

export interface PoolOptions {
  rubric: RubricSource;
  workers?: number;
  batchSize?: number;
  maxBytes?: number;
  /** trace every report and return the ids of the conditions that held */
  coverage?: boolean;
  onResult?: (r: UnrankedResult) => void;
}

export const defaultWorkers = () => Math.max(1, availableParallelism());

export async function scoreCorpus(files: CorpusFile[], opts: PoolOptions): Promise<UnrankedResult[]> {
  const workers = opts.workers ?? defaultWorkers();
  const batchSize = opts.batchSize ?? Math.max(1, Math.min(32, Math.ceil(files.length / (workers * 4))));
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
  });
  const maxBytes = opts.maxBytes ?? 50 * 1024 * 1024;
  const results: UnrankedResult[] = [];
  const emit = (r: UnrankedResult) => { results.push(r); opts.onResult?.(r); };
  const run = (batch: CorpusFile[]) => pool.run({ rubric: opts.rubric, files: batch, maxBytes, coverage: opts.coverage } satisfies WorkerTask) as Promise<UnrankedResult[]>;
  try {
    const tasks: Promise<void>[] = [];
    for (let i = 0; i < files.length; i += batchSize) {
      const batch = files.slice(i, i + batchSize);
      tasks.push(run(batch).then(
        (rs) => rs.forEach(emit),
        async () => {
          // isolate the report that killed the worker
          for (const f of batch) {
            try { (await run([f])).forEach(emit); }
            catch (e) { emit(errorResult(f.rel, 'worker_crashed', `评分 ${f.rel} 时工作线程崩溃（${(e as Error).message}）：该报告未评分，其他报告不受影响。请把该文件报告给维护者。 / The worker crashed scoring ${f.rel} (${(e as Error).message}); other reports are unaffected.`)); }
          }
        },
      ));
    }
    await Promise.all(tasks);
  } finally {
    await pool.destroy();
  }
  return results;
}
