/**
 * A piscina worker: loads and compiles the rubric once, then scores batches of reports. Results
 * cross the thread boundary as plain objects; a failure in one report is that report's error row.
 */
import { readFile } from 'node:fs/promises';
import { loadRubric } from '../engine/rubric/load.js';
import { createScorer, type Scorer } from '../engine/score.js';
import { errorResult, scoreBytes, type UnrankedResult } from '../engine/report.js';
import type { CorpusFile } from './corpus.js';

export interface WorkerTask { rubricPath: string; files: CorpusFile[]; maxBytes: number }

const scorers = new Map<string, Scorer>();
function scorerFor(path: string): Scorer {
  let s = scorers.get(path);
  if (!s) { s = createScorer(loadRubric(path)); scorers.set(path, s); }
  return s;
}

export default async function scoreBatch(task: WorkerTask): Promise<UnrankedResult[]> {
  const scorer = scorerFor(task.rubricPath);
  const out: UnrankedResult[] = [];
  for (const f of task.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(f.abs);
    } catch (e) {
      out.push(errorResult(f.rel, 'unreadable', `无法读取 ${f.rel}（${(e as Error).message}）：请检查文件权限。 / Cannot read ${f.rel}: check its permissions.`));
      continue;
    }
    out.push(await scoreBytes(scorer, bytes, f.rel, { maxBytes: task.maxBytes }));
  }
  return out;
}
