/**
 * The stat index of a cache-filling run is saved after the workers are gone: a 100,000-report run
 * peaked at ~500 MB while the index was written with both worker heaps alive (issue 15, peak RSS).
 * The pool's workers are the built ones (dist/harness/worker.js), as every CLI test uses.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS, DEFAULT_RUBRIC, ROOT } from './helpers.js';
import { tempDir } from './cli-helpers.js';

type PoolModule = typeof import('../harness/pool.js');

async function threadsAtSave(closePool: boolean, allCached: boolean): Promise<{ atSave: number; results: number }> {
  const { openPool, scoreCorpusEach }: PoolModule = await import(pathToFileURL(join(ROOT, 'dist', 'harness', 'pool.js')).href);
  const pool = openPool({ workers: 2 });
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((rel) => ({ rel, abs: join(CORPUS, rel) }));
  let atSave = -1;
  let results = 0;
  // a stand-in for CacheHits: runPool asks it for answers, tells it what it learnt and saves it
  const hits = {
    answer: (f: (typeof files)[number]) => (allCached ? { result: { file: f.rel, total: 0 } } : { file: f }),
    record: () => undefined,
    save: () => { atSave = pool.threads.length; },
  };
  try {
    await scoreCorpusEach(files, { rubric: { path: DEFAULT_RUBRIC }, workers: 2, pool, closePool, cacheDir: tempDir(), cacheHits: hits as never }, () => { results++; });
  } finally {
    await pool.destroy();
  }
  return { atSave, results };
}

describe('the pool a caller opened is closed before the stat index is saved when the run is its last use', () => {
  it('closePool: no worker is alive when the index is saved; every report is still scored', async () => {
    expect(await threadsAtSave(true, false)).toEqual({ atSave: 0, results: 5 });
  });
  it('closePool with every report answered from the cache (no task handed out): closed before the save too', async () => {
    expect(await threadsAtSave(true, true)).toEqual({ atSave: 0, results: 5 });
  });
  it('without closePool (rubric diff runs two passes on one pool) the workers stay for the caller', async () => {
    expect((await threadsAtSave(false, false)).atSave).toBe(2);
  });
});

describe('a pool is closed only once its workers have loaded (terminating a thread mid-load aborted Node 20)', () => {
  it('destroyPool right after openPool first has every worker answer a ping (each answers only once loaded); the threads are then gone', async () => {
    const { openPool, destroyPool }: PoolModule = await import(pathToFileURL(join(ROOT, 'dist', 'harness', 'pool.js')).href);
    for (const workers of [1, 2]) {
      const pool = openPool({ workers, warm: { path: DEFAULT_RUBRIC } });
      const threadsAtOpen = pool.threads.length;
      // what had been answered when destroy() was called
      let answeredAtDestroy = -1;
      const destroy = pool.destroy.bind(pool);
      pool.destroy = () => { answeredAtDestroy = pool.completed; return destroy(); };
      await destroyPool(pool);
      expect(threadsAtOpen).toBe(workers);
      // one ping per worker, each answered before the pool was destroyed
      expect(answeredAtDestroy).toBe(workers);
      expect(pool.threads.length).toBe(0);
    }
  });
});
