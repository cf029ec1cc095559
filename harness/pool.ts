/**
 * Scoring a corpus on a piscina pool. Each worker compiles the rubric once; files go out in
 * batches so one message carries many reports. A batch that dies with its worker is retried file
 * by file, so a crash costs only the report that caused it.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { loadRubric } from '../engine/rubric/load.js';
import { errorResult, type UnrankedResult } from '../engine/report.js';
import type { CorpusFile } from './corpus.js';
import type { WorkerTask } from './worker.js';

export interface PoolOptions {
  rubricPath: string;
  workers?: number;
  batchSize?: number;
  maxBytes?: number;
  onResult?: (r: UnrankedResult) => void;
}

export const defaultWorkers = () => Math.max(1, availableParallelism());

export async function scoreCorpus(files: CorpusFile[], opts: PoolOptions): Promise<UnrankedResult[]> {
  // load once here so a bad rubric fails before any worker starts (exit 2, with the errors)
  loadRubric(opts.rubricPath);
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
  const run = (batch: CorpusFile[]) => pool.run({ rubricPath: opts.rubricPath, files: batch, maxBytes } satisfies WorkerTask) as Promise<UnrankedResult[]>;
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
