/**
 * Reports the cache cannot answer go to the workers as they are found, not after every report of
 * the corpus has been stat'ed and looked up (issue 15: at 100,000 reports that pass kept both
 * workers idle for 1–2 s of an edit run and built a list of every report to score). A stand-in pool
 * records how many reports had been answered when each task was handed out.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { tempDir } from './cli-helpers.js';

type PoolModule = typeof import('../harness/pool.js');
type File = { rel: string; abs: string };

async function run(n: number, isHit: (i: number) => boolean, batchSize?: number) {
  const { scoreCorpusEach }: PoolModule = await import(pathToFileURL(join(ROOT, 'dist', 'harness', 'pool.js')).href);
  const files: File[] = Array.from({ length: n }, (_, i) => ({ rel: `r${i}.txt`, abs: `/nowhere/r${i}.txt` }));
  let answered = 0;
  const tasks: Array<{ answeredBefore: number; files: string[] }> = [];
  const hits = {
    answer: (f: File) => { answered++; return isHit(Number(f.rel.slice(1, -4))) ? { result: { file: f.rel, total: 0 } } : { file: f }; },
    record: () => undefined,
    save: () => undefined,
  };
  // what runPool needs of a piscina pool: run(task) → the task's results
  const pool = {
    maxThreads: 2,
    run: async (task: { files: File[] }) => {
      tasks.push({ answeredBefore: answered, files: task.files.map((f) => f.rel) });
      await new Promise((r) => setTimeout(r, 1));
      return task.files.map((f) => ({ file: f.rel, total: 1 }));
    },
  };
  const seen: string[] = [];
  await scoreCorpusEach(files, { rubric: { path: 'unused' }, workers: 2, batchSize, pool: pool as never, cacheDir: tempDir(), cacheHits: hits as never, budgetMs: Infinity }, (r) => { seen.push(r.file); });
  return { tasks, seen, answered };
}

describe('reports the cache cannot answer are handed out as they are found', () => {
  it('the first task leaves before the corpus is answered; every report comes back once, from the cache or a worker', async () => {
    const n = 2000;
    const { tasks, seen, answered } = await run(n, (i) => i % 3 !== 0, 16);
    expect(answered).toBe(n);
    expect(tasks[0].answeredBefore).toBeLessThanOrEqual(3 * 16);
    expect(tasks[0].files).toHaveLength(16);
    expect(seen.sort()).toEqual(Array.from({ length: n }, (_, i) => `r${i}.txt`).sort());
    // only misses went to the workers, each once
    const handed = tasks.flatMap((t) => t.files);
    expect(new Set(handed).size).toBe(handed.length);
    expect(handed.every((f) => Number(f.slice(1, -4)) % 3 === 0)).toBe(true);
  });

  it('a corpus the cache answers whole hands out no task', async () => {
    const { tasks, seen } = await run(300, () => true, 8);
    expect(tasks).toHaveLength(0);
    expect(seen).toHaveLength(300);
  });

  it('a long run of answered reports before the first miss still ends in one task holding it', async () => {
    const { tasks, seen } = await run(500, (i) => i !== 499, 8);
    expect(tasks).toEqual([{ answeredBefore: 500, files: ['r499.txt'] }]);
    expect(seen).toHaveLength(500);
  });
});
