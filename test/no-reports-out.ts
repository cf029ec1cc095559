/**
 * Tests never write into reports-out/ (the assessors' folder beside the checkout): a setup file run
 * with every test file takes its listing before the file's tests and compares it after them; a file
 * created, changed or removed there fails that test file, naming it. Test artefacts belong in temp
 * folders (test/cli-helpers.ts tempDir). Only what a command run without --out writes is watched: the files at
 * the top of reports-out/ and its hidden .cache/, .staging-… folders — not an assessor's own subfolders
 * (reports-out/qingshan: a new user scoring their reports there while npm test ran failed two test files).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const DIR = join(import.meta.dirname, '..', 'reports-out');

function listing(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string) => {
    let names: string[];
    try { names = readdirSync(d); } catch { return; }
    for (const n of names) {
      const p = join(d, n);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      // below the top, only the hidden folders a run keeps there (.cache, .staging-…)
      if (st.isDirectory()) { if (rel !== '' || n.startsWith('.')) walk(p, `${rel}${n}/`); }
      else out.set(`${rel}${n}`, `${st.size}:${st.mtimeMs}`);
    }
  };
  walk(DIR, '');
  return out;
}

let before = new Map<string, string>();

beforeAll(() => { before = listing(); });

afterAll(() => {
  const after = listing();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  if (changed.length) {
    throw new Error(`tests wrote into reports-out/ (use a temp folder): ${changed.slice(0, 10).join(', ')}`
      + ' — or a rubric score run into reports-out/ itself while the tests ran (run the tests again once it has finished)');
  }
});
