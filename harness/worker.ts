/**
 * A piscina worker: loads and compiles the rubric once, then scores batches of reports. A failure
 * in one report is that report's error row. With `output: 'rendered'` each result is rendered to
 * its JSONL and CSV pieces here, so only strings cross back to the main thread.
 */
import { readFileSync } from 'node:fs';
import { loadRubricSource, type RubricSource } from '../engine/rubric/source.js';
import { createScorer, type Scorer } from '../engine/score.js';
import { errorResult, scoreBytes, type UnrankedResult } from '../engine/report.js';
import type { CorpusFile } from './corpus.js';
import { renderResult, type RenderedResult } from './render.js';
import type { Lang } from './writers/evidence-text.js';

export interface WorkerTask {
  rubric: RubricSource;
  files: CorpusFile[];
  maxBytes: number;
  coverage?: boolean;
  output: 'full' | 'rendered';
  lang?: Lang;
}

const scorers = new Map<string, Scorer>();
function scorerFor(source: RubricSource): Scorer {
  const key = `${source.rev ?? ''}:${source.path}`;
  let s = scorers.get(key);
  if (!s) { s = createScorer(loadRubricSource(source)); scorers.set(key, s); }
  return s;
}

export async function scoreFile(scorer: Scorer, f: CorpusFile, task: Pick<WorkerTask, 'maxBytes' | 'coverage'>): Promise<UnrankedResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(f.abs);
  } catch (e) {
    return errorResult(f.rel, 'unreadable', `无法读取 ${f.rel}（${(e as Error).message}）：请检查文件是否存在、是否有读取权限。 / Cannot read ${f.rel}: check that it exists and is readable.`);
  }
  return scoreBytes(scorer, bytes, f.rel, { maxBytes: task.maxBytes, coverage: task.coverage });
}

export default async function scoreBatch(task: WorkerTask): Promise<UnrankedResult[] | RenderedResult[]> {
  const scorer = scorerFor(task.rubric);
  const results: UnrankedResult[] = [];
  for (const f of task.files) results.push(await scoreFile(scorer, f, task));
  if (task.output === 'full') return results;
  return results.map((r) => renderResult(scorer.rubric, r, task.lang ?? 'zh'));
}
