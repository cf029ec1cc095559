/**
 * A review file holding decisions on this corpus that a run does not apply. Decisions are applied from --review or from the
 * review.csv in --out; a new user (nu36) re-scored with another --out (or none) and published the engine's own totals, with
 * nothing said. Looked for where an office keeps its outputs — under the working directory and under the corpus's parent —
 * three folders deep at most (hidden folders and node_modules skipped, at most MAX_DIRS folders read under each; never the system's
 * temporary folder itself, shared by unrelated work): a review.csv or review.xlsx with at least one decided row (决定 filled)
 * naming a file of this corpus.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { HASH_HEADER, REVIEW_HEADERS } from './decision.js';
import { cellText, readTable } from './read.js';
import { hashFile } from './stale.js';

const MAX_DEPTH = 3;
const MAX_DIRS = 500;
/** review.csv, review.xlsx, report.html's review-export.csv, and a browser's or a copy's numbered name (review (1).csv) */
const NAME = /^review(?:-export)?(?: ?[(（]\d+[)）])?\.(?:csv|xlsx)$/i;

/** Candidate review files under `roots` (absolute paths, each once), bounded as the module says. */
function candidates(roots: readonly string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  let dirs = 0;
  const walk = (dir: string, depth: number) => {
    if (seen.has(dir) || dirs >= MAX_DIRS) return;
    seen.add(dir);
    dirs++;
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (e.isFile() && NAME.test(e.name)) found.add(join(dir, e.name));
      else if (e.isDirectory() && depth < MAX_DEPTH && !e.name.startsWith('.') && e.name !== 'node_modules') walk(join(dir, e.name), depth + 1);
    }
  };
  const temp = resolve(tmpdir());
  // each root with its own budget: a working directory of many folders (a project holding hundreds of fixture sets) had used it
  // up before the corpus's parent — where the office's outputs are — was read (fresh-clone CI, session 53)
  for (const r of roots) if (resolve(r) !== temp) { dirs = 0; walk(resolve(r), 0); }
  return [...found].sort();
}

/**
 * Whether the table has a decided row (a 决定) for a file of the corpus: `files` maps its relative paths and base names to
 * the file's absolute path. A row whose 内容指纹 is another text's is another batch's report of the same name (red team 65).
 */
async function decidesOn(path: string, files: ReadonlyMap<string, string>): Promise<boolean> {
  let rows: unknown[][];
  try { rows = await readTable(path); } catch { return false; }
  const header = (rows[0] ?? []).map(cellText);
  // review.csv's own column names (文件, 决定), not a second spelling of them
  const [fileHeader, , , decisionHeader] = REVIEW_HEADERS;
  const file = header.indexOf(fileHeader);
  const decision = header.indexOf(decisionHeader);
  const hash = header.indexOf(HASH_HEADER);
  if (file < 0 || decision < 0) return false;
  const hashes = new Map<string, string | null>();
  const hashAt = (abs: string) => { if (!hashes.has(abs)) hashes.set(abs, hashFile(abs)); return hashes.get(abs); };
  return rows.slice(1).some((r) => {
    const abs = files.get(cellText(r[file]));
    if (abs === undefined || cellText(r[decision]) === '') return false;
    const recorded = hash >= 0 ? cellText(r[hash]) : '';
    return recorded === '' || recorded === hashAt(abs);
  });
}

/**
 * Review files under `roots` that decide on a file of the corpus (its reports, relative path and absolute path each).
 */
export async function reviewsElsewhere(files: ReadonlyArray<{ rel: string; abs: string }>, roots: readonly string[]): Promise<string[]> {
  const names = new Map<string, string>([...files.map((f) => [basename(f.rel), f.abs] as const), ...files.map((f) => [f.rel, f.abs] as const)]);
  const out: string[] = [];
  for (const c of candidates(roots)) if (await decidesOn(c, names)) out.push(c);
  return out;
}
