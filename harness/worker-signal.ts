/** What a worker posts to the main thread once its modules are loaded (harness/pool.ts destroyPool waits for it). */
export const WORKER_LOADED = 'rubricWorkerLoaded';
