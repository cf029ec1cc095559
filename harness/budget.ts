/**
 * Commands that evaluate rubric patterns on the main thread's behalf (explain, test) run them in a
 * worker thread under the same per-report time budget as `score`: a pattern the load-time analysis
 * missed can hang a worker, never the CLI. The worker reports each report (or fixture case) it
 * starts; the clock restarts then, and a report past the budget ends the worker.
 */
import { Worker } from 'node:worker_threads';
import { RubricLoadError, type RubricError } from '../engine/errors.js';
import { getLang, t } from './i18n.js';
import { UsageError } from './usage-error.js';

export type BudgetJob = { kind: 'explain'; file: string; opts: Record<string, unknown> } | { kind: 'test'; path: string; only: string[] | null };

/** Messages from the worker (budget-worker.ts). */
export type BudgetMessage =
  | { type: 'start'; label: string }
  | { type: 'done'; value: unknown }
  | { type: 'error'; kind: 'usage'; message: string }
  | { type: 'error'; kind: 'rubric'; errors: RubricError[] }
  | { type: 'error'; kind: 'other'; message: string };

/** A report (or fixture case) ran past the budget; `label` names it. */
export class BudgetExceededError extends Error {
  constructor(public readonly label: string, public readonly budgetMs: number) {
    super(`${label}: exceeded the time budget of ${budgetMs / 1000} s`);
    this.name = 'BudgetExceededError';
  }
}

export function runBudgeted<T>(job: BudgetJob, budgetMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL('./budget-worker.js', import.meta.url), { workerData: { job, lang: getLang() } });
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (f: () => void) => { if (settled) return; settled = true; clearTimeout(timer); f(); };
    worker.on('message', (m: BudgetMessage) => {
      if (m.type === 'start') {
        clearTimeout(timer);
        // --time-budget 0/none is Infinity: no timer (setTimeout would fire at once)
        if (Number.isFinite(budgetMs)) timer = setTimeout(() => finish(() => { void worker.terminate(); reject(new BudgetExceededError(m.label, budgetMs)); }), budgetMs);
      } else if (m.type === 'done') finish(() => resolve(m.value as T));
      else if (m.kind === 'usage') finish(() => reject(new UsageError(m.message)));
      else if (m.kind === 'rubric') finish(() => reject(new RubricLoadError(m.errors)));
      else finish(() => reject(new Error(m.message)));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    // a worker that dies without a word (out of memory, killed): say so in the user's language
    worker.on('exit', (code) => finish(() => reject(new UsageError(t(
      `评分线程意外退出（退出码 ${code}），可能是内存不足：请检查该报告是否异常庞大（可先用 rubric score 单独评它，错误行会说明原因）。`,
      `The scoring thread exited unexpectedly (code ${code}), perhaps out of memory: check whether the report is unusually large (rubric score on it alone gives an error row saying why).`,
    )))));
  });
}
