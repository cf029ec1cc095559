/** The worker side of budget.ts: runs one explain or one rubric's fixture cases, announcing each report as it starts. */
import './regexp-safety.js';
import { parentPort, workerData } from 'node:worker_threads';
import { RubricLoadError } from '../engine/errors.js';
import { parseDocument } from '../engine/document/parse.js';
import { runFixtures } from '../engine/eval/fixtures.js';
import { loadRubric } from '../engine/rubric/load.js';
import type { BudgetJob, BudgetMessage } from './budget.js';
import { explainReport, type ExplainOptions } from './commands/explain.js';
import { setLang } from './i18n.js';
import { UsageError } from './usage-error.js';

const post = (m: BudgetMessage) => parentPort!.postMessage(m);

/**
 * Fault injection for the budget tests: RUBRIC_FAULTS='{"label":"hang"}' spins when the report or
 * fixture case with that label (file name, or case name) starts. Never set in normal use.
 */
const faults: Record<string, string> = process.env.RUBRIC_FAULTS ? JSON.parse(process.env.RUBRIC_FAULTS) : {};
const start = (label: string) => {
  post({ type: 'start', label });
  if (faults[label.split('/').pop()!] === 'hang') for (;;) { /* spin until the budget ends the worker */ }
};

async function run(job: BudgetJob): Promise<unknown> {
  // Load what every first report would otherwise load inside its budget (the gazetteer, lexicons):
  // setting up is not the report's time, as in score's workers' first batch.
  parseDocument('白土镇2023年法治政府建设情况报告\n一、主要工作成效\n白土镇人民政府', { file: 'warm-up.txt' });
  if (job.kind === 'explain') return explainReport(job.file, job.opts as unknown as ExplainOptions, start);
  const rubric = loadRubric(job.path);
  return runFixtures(rubric, job.only ? new Set(job.only) : undefined, (c) => start(c.name));
}

const { job, lang } = workerData as { job: BudgetJob; lang: 'zh' | 'en' };
setLang(lang);
run(job).then(
  (value) => post({ type: 'done', value }),
  (e) => {
    if (e instanceof RubricLoadError) post({ type: 'error', kind: 'rubric', errors: e.errors });
    else if (e instanceof UsageError) post({ type: 'error', kind: 'usage', message: e.message });
    else post({ type: 'error', kind: 'other', message: (e as Error).stack ?? String(e) });
  },
);
