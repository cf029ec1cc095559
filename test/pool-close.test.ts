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

describe('a pool whose cancelled task took a worker waits for the replacement thread too (SIGINT early in a run)', () => {
  it('awaitLoaded is answered by every thread, the one piscina started in place of the terminated worker among them', async () => {
    const { openPool, awaitLoaded, destroyPool }: PoolModule = await import(pathToFileURL(join(ROOT, 'dist', 'harness', 'pool.js')).href);
    // a task that never begins its reports holds its worker until cancelled (worker.ts RUBRIC_FAULTS 'stall')
    const saved = process.env.RUBRIC_FAULTS;
    process.env.RUBRIC_FAULTS = JSON.stringify({ 'stall.txt': 'stall' });
    const pool = openPool({ workers: 2 });
    if (saved === undefined) delete process.env.RUBRIC_FAULTS; else process.env.RUBRIC_FAULTS = saved;
    try {
      const first = (await awaitLoaded(pool)).sort();
      expect(new Set(first).size).toBe(2);
      const ctl = new AbortController();
      const task = pool.run({ rubric: { path: DEFAULT_RUBRIC }, files: [{ rel: 'stall.txt', abs: join(CORPUS, 'stall.txt') }], maxBytes: 1e6, output: 'full' }, { signal: ctl.signal }).catch((e: Error) => e.name);
      await new Promise((r) => setTimeout(r, 200));
      ctl.abort();
      expect(await task).toBe('AbortError');
      // piscina terminated the worker that held the task and started another, still loading now
      const now = pool.threads.map((t) => t.threadId);
      expect(now.filter((id) => !first.includes(id))).toHaveLength(1);
      // each thread answers once, the new one only when loaded
      expect((await awaitLoaded(pool)).sort()).toEqual(now.sort());
    } finally {
      await destroyPool(pool);
    }
  });
});

describe('an interrupted run stops its tasks between reports instead of terminating their threads', () => {
  it('SIGINT (the signal) mid-run: InterruptedError, and the pool has the same threads it had (none was terminated and replaced)', async () => {
    const { openPool, awaitLoaded, destroyPool, scoreCorpusEach }: PoolModule = await import(pathToFileURL(join(ROOT, 'dist', 'harness', 'pool.js')).href);
    const seeds = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    const files = Array.from({ length: 2000 }, (_, i) => ({ rel: `r${i}.txt`, abs: join(CORPUS, seeds[i % seeds.length]) }));
    const pool = openPool({ workers: 2 });
    try {
      const before = (await awaitLoaded(pool)).sort();
      const ctl = new AbortController();
      let results = 0;
      const run = scoreCorpusEach(files, { rubric: { path: DEFAULT_RUBRIC }, workers: 2, pool, signal: ctl.signal, batchSize: 8 }, () => {
        if (++results === 1) ctl.abort();
      }).then(() => 'finished', (e: Error) => e.name);
      expect(await run).toBe('InterruptedError');
      // stopped soon after the first result, not after the whole corpus
      expect(results).toBeLessThan(files.length / 2);
      expect(pool.threads.map((t) => t.threadId).sort()).toEqual(before);
    } finally {
      await destroyPool(pool);
    }
  });

  it('a task that does not stop (a report that never ends) has its thread terminated after the grace: the run still ends interrupted', async () => {
    const { openPool, destroyPool, scoreCorpusEach, INTERRUPT_GRACE_MS }: PoolModule = await import(pathToFileURL(join(ROOT, 'dist', 'harness', 'pool.js')).href);
    const saved = process.env.RUBRIC_FAULTS;
    process.env.RUBRIC_FAULTS = JSON.stringify({ 'stall.txt': 'stall' });
    const pool = openPool({ workers: 1 });
    if (saved === undefined) delete process.env.RUBRIC_FAULTS; else process.env.RUBRIC_FAULTS = saved;
    try {
      const ctl = new AbortController();
      const run = scoreCorpusEach([{ rel: 'stall.txt', abs: join(CORPUS, 'stall.txt') }], { rubric: { path: DEFAULT_RUBRIC }, workers: 1, pool, signal: ctl.signal }, () => undefined)
        .then(() => 'finished', (e: Error) => e.name);
      await new Promise((r) => setTimeout(r, 300));
      const t0 = Date.now();
      ctl.abort();
      expect(await run).toBe('InterruptedError');
      expect(Date.now() - t0).toBeGreaterThanOrEqual(INTERRUPT_GRACE_MS - 50);
    } finally {
      await destroyPool(pool);
    }
  }, 30_000);
});

describe('closing a pool never waits for ever (a thread already gone never sends its exit again: an eval idle for twenty minutes)', () => {
  it('destroyPool returns after its wait when the pool\'s own destroy never settles (example); a destroy that settles returns at once (variant)', async () => {
    const { destroyPool }: PoolModule = await import(pathToFileURL(join(ROOT, 'dist', 'harness', 'pool.js')).href);
    const saved = process.env.RUBRIC_DESTROY_WAIT_MS;
    process.env.RUBRIC_DESTROY_WAIT_MS = '200';
    try {
      // a stand-in for piscina: every thread answers the load ping; destroy waits for an exit that never comes
      const stuck = { maxThreads: 2, run: async () => [1], destroy: () => new Promise<void>(() => undefined) };
      const t0 = Date.now();
      await destroyPool(stuck as never);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
      expect(Date.now() - t0).toBeLessThan(5_000);
      let destroyed = false;
      const fine = { maxThreads: 1, run: async () => [1], destroy: async () => { destroyed = true; } };
      const t1 = Date.now();
      await destroyPool(fine as never);
      expect(destroyed).toBe(true);
      expect(Date.now() - t1).toBeLessThan(150);
    } finally {
      if (saved === undefined) delete process.env.RUBRIC_DESTROY_WAIT_MS; else process.env.RUBRIC_DESTROY_WAIT_MS = saved;
    }
  });
});
