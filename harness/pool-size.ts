/**
 * How many workers a run opens (issue 15). A worker's start-up — its module graph, the run's rubric compiled, a
 * warm-up report — costs ~0.3–0.4 CPU-s on a loaded 2-core machine, while the main thread loads its own modules;
 * below ~100 text reports one worker has scored them all before a second would be ready. Measured 2026-12-04 on
 * this project's 2-core machine, `rubric score --no-cache --format csv,jsonl`, wall s with 1 / 2 workers: the 5
 * seeds 0.91 / 1.04, 30 shared-corpus reports 1.09 / 1.35, 60 1.45 / 1.59, 120 1.80 / 1.93, 250 2.52 / 2.59 (the
 * crossover); a second worker also costs ~30 MB. An explicit --workers is always honoured.
 */
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { REPORT_EXTENSIONS } from '../engine/document/read/formats.js';
import { defaultWorkers } from './pool.js';

/** The most a corpus may weigh (in text reports) to be scored by one worker. */
export const SMALL_CORPUS_WEIGHT = 100;

/**
 * What one file weighs, in text reports: a PDF or OFD is laid out page by page (~20×), a Word or WPS file unzipped
 * or decoded from its binary form (~5×); a file the corpus walk does not list as a report (read/formats.ts REPORT_EXTENSIONS, as corpus.ts)
 * weighs nothing.
 */
export function reportWeight(name: string): number {
  const ext = extname(name).toLowerCase();
  if (!REPORT_EXTENSIONS.includes(ext)) return 0;
  return HEAVY[ext] ?? 1;
}
/** The formats a report costs more to read in than plain text or a page (any other extension corpus.ts lists weighs 1). */
const HEAVY: Record<string, number> = { '.pdf': 20, '.ofd': 20, '.docx': 5, '.docm': 5, '.doc': 5, '.wps': 5 };

/** Workers for a run over these files: one when they weigh at most SMALL_CORPUS_WEIGHT. */
export function workersForFiles(files: readonly { rel: string }[], explicit?: number): number {
  if (explicit !== undefined) return explicit;
  let w = 0;
  for (const f of files) if ((w += reportWeight(f.rel)) > SMALL_CORPUS_WEIGHT) return defaultWorkers();
  return 1;
}

/**
 * Workers for a run over the folder `dir`, before it is walked (the pool opens first, so that its start-up overlaps
 * the main thread's): a walk that stops once what it has seen weighs more than SMALL_CORPUS_WEIGHT, or after
 * MAX_ENTRIES entries of any kind. Links are not followed; a folder it cannot read, or a missing corpus, counts as
 * large (the run itself says what is wrong). Only the pool's size depends on the answer, never a result.
 */
export function workersForFolder(dir: string, explicit?: number): number {
  if (explicit !== undefined) return explicit;
  return isSmallFolder(dir) ? 1 : defaultWorkers();
}

const MAX_ENTRIES = 2_000;

function isSmallFolder(dir: string): boolean {
  const todo = [dir];
  let weight = 0;
  let entries = 0;
  try {
    while (todo.length) {
      for (const e of readdirSync(todo.pop()!, { withFileTypes: true })) {
        if (++entries > MAX_ENTRIES) return false;
        if (e.isDirectory()) todo.push(join(e.parentPath, e.name));
        else if ((weight += reportWeight(e.name)) > SMALL_CORPUS_WEIGHT) return false;
      }
    }
  } catch {
    return false;
  }
  return true;
}
