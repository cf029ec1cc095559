/**
 * A piscina worker: loads and compiles the rubric once, then scores batches of reports. Results
 * cross the thread boundary as plain objects; a failure in one report is that report's error row.
 */
import { readFile } from 'node:fs/promises';
import { loadRubricSource, type RubricSource } from '../engine/rubric/source.js';
import { createScorer, type Scorer } from '../engine/score.js';
import { errorResult, scoreBytes, type UnrankedResult } from '../engine/report.js';
import type { CorpusFile } from './corpus.js';

export interface WorkerTask { rubric: RubricSource; files: CorpusFile[]; maxBytes: number; coverage?: boolean }

const scorers = new Map<string, Scorer>();
function scorerFor(source: RubricSource): Scorer {
  const key = `${source.rev ?? ''}:${source.path}`;
  let s = scorers.get(key);
  if (!s) { s = createScorer(loadRubricSource(source)); scorers.set(key, s); }
  return s;
}

export default async function scoreBatch(task: WorkerTask): Promise<UnrankedResult[]> {
  const scorer = scorerFor(task.rubric);
  const out: UnrankedResult[] = [];
  for (const f of task.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(f.abs);
    } catch (e) {
      out.push(errorResult(f.rel, 'unreadable', `无法读取 ${f.rel}（${(e as Error).message}）：请检查文件权限。 / Cannot read ${f.rel}: check its permissions.`));
      continue;
    }
    out.push(await scoreBytes(scorer, bytes, f.rel, { maxBytes: task.maxBytes, coverage: task.coverage }));
  }
  return out;
}
