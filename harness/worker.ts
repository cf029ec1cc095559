/**
 * A piscina worker: loads and compiles the rubric once, then scores batches of reports. A failure
 * in one report is that report's error row. With `output: 'rendered'` each result is rendered to
 * its JSONL and CSV pieces here, so only strings cross back to the main thread.
 */
import './regexp-safety.js';
import { readFileSync } from 'node:fs';
import { ResultCache } from '../engine/scoring/cache.js';
import { errorResult, scoreBytes, type ReportOptions, type UnrankedResult } from '../engine/scoring/report.js';
import { loadRubricSource, type RubricSource } from '../engine/rubric/source.js';
import { createScorer, type Scorer } from '../engine/scoring/scorer.js';
import type { CorpusFile } from './corpus.js';
import { renderResult, type RenderedResult } from './render.js';
import type { Lang } from './writers/evidence-text.js';
import { applyDecisions } from './review/apply.js';
import type { ReviewDecision } from './review/decision.js';

export interface WorkerTask {
  rubric: RubricSource;
  files: CorpusFile[];
  maxBytes: number;
  coverage?: boolean;
  /** compute near-duplicate signatures */
  signature?: boolean;
  /** the incremental cache's folder; none disables it */
  cacheDir?: string;
  output: 'full' | 'rendered';
  lang?: Lang;
  /** assessors' decisions on this task's files, by corpus-relative path */
  review?: Record<string, ReviewDecision[]>;
}

interface Context { full: Scorer; subsets: Map<string, Scorer>; caches: Map<string, ResultCache> }
const contexts = new Map<string, Context>();

function contextFor(source: RubricSource): Context {
  const key = `${source.rev ?? ''}:${source.path}`;
  let c = contexts.get(key);
  // the main thread validated this rubric before starting the pool
  if (!c) { c = { full: createScorer(loadRubricSource(source, { trusted: true })), subsets: new Map(), caches: new Map() }; contexts.set(key, c); }
  return c;
}

function optionsFor(ctx: Context, task: WorkerTask): ReportOptions {
  const opts: ReportOptions = { maxBytes: task.maxBytes, coverage: task.coverage, signature: task.signature };
  if (task.cacheDir) {
    let store = ctx.caches.get(task.cacheDir);
    if (!store) { store = new ResultCache(task.cacheDir); ctx.caches.set(task.cacheDir, store); }
    opts.cache = {
      store,
      scorerFor(only) {
        if (!only) return ctx.full;
        const key = [...only].sort().join(',');
        let s = ctx.subsets.get(key);
        if (!s) { s = createScorer(ctx.full.rubric, only); ctx.subsets.set(key, s); }
        return s;
      },
    };
  }
  return opts;
}

export async function scoreFile(scorer: Scorer, f: CorpusFile, opts: ReportOptions): Promise<UnrankedResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(f.abs);
  } catch (e) {
    return errorResult(f.rel, 'unreadable', `无法读取 ${f.rel}（${(e as Error).message}）：请检查文件是否存在、是否有读取权限。 / Cannot read ${f.rel}: check that it exists and is readable.`);
  }
  return scoreBytes(scorer, bytes, f.rel, opts);
}

/**
 * Fault injection for the fault-tolerance tests: RUBRIC_FAULTS='{"name.txt":"throw"|"exit"|"hang"|"oom"}'
 * makes the worker fail in that way on that file. Never set in normal use.
 */
const faults: Record<string, string> = process.env.RUBRIC_FAULTS ? JSON.parse(process.env.RUBRIC_FAULTS) : {};
function injectFault(f: CorpusFile): void {
  const kind = faults[f.rel.split('/').pop()!];
  if (!kind) return;
  if (kind === 'throw') throw new Error(`injected fault in ${f.rel}`);
  if (kind === 'exit') process.exit(3);
  if (kind === 'hang') for (;;) { /* spin until the time budget cancels us */ }
  if (kind === 'oom') { const hog: string[][] = []; for (;;) hog.push(new Array(1e6).fill('x'.repeat(16))); }
}

/** The result with the assessors' decisions on this report applied, if there are any. */
const reviewed = (ctx: Context, task: WorkerTask, f: CorpusFile, r: UnrankedResult) => {
  const ds = task.review?.[f.rel];
  return ds ? applyDecisions(ctx.full.rubric, r, ds) : r;
};

export default async function scoreBatch(task: WorkerTask): Promise<UnrankedResult[] | RenderedResult[]> {
  for (const f of task.files) injectFault(f);
  const ctx = contextFor(task.rubric);
  const opts = optionsFor(ctx, task);
  if (task.output === 'full') {
    const results: UnrankedResult[] = [];
    for (const f of task.files) results.push(reviewed(ctx, task, f, await scoreFile(ctx.full, f, opts)));
    return results;
  }
  const rendered: RenderedResult[] = [];
  for (const f of task.files) {
    const t0 = performance.now();
    const r = renderResult(ctx.full.rubric, reviewed(ctx, task, f, await scoreFile(ctx.full, f, opts)), task.lang ?? 'zh');
    r.ms = performance.now() - t0; // per-report latency, for the benchmark
    rendered.push(r);
  }
  return rendered;
}
