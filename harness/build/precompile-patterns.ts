/**
 * Build step (`npm run build`, after tsc): the safety verdict on every pattern of the rubrics
 * shipped in rubrics/ (engine/patterns/safety.ts), so that loading one of them (or a copy with a
 * few edited terms) does not load the analysers and analyse every pattern again at each run. The
 * file is stamped with the analysing module and the analysers' versions; patterns not in it are
 * analysed at run time as before.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRubric } from '../../engine/rubric/load.js';
import { recordVerdicts, verdictStamp, VERDICTS_FILE, type PatternProblem } from '../../engine/patterns/safety.js';
import { projectRoot } from '../../engine/paths.js';

const verdicts = new Map<string, PatternProblem | null>();
recordVerdicts((source, verdict) => verdicts.set(source, verdict));

/** Every rubric.json under rubrics/ (the default and the examples). */
function rubricFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...rubricFiles(p));
    else if (name === 'rubric.json') out.push(p);
  }
  return out;
}
for (const file of rubricFiles(join(projectRoot(), 'rubrics'))) {
  try { loadRubric(file); } catch { /* a broken example still contributes the patterns it reached */ }
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'patterns', VERDICTS_FILE);
writeFileSync(out, JSON.stringify({ stamp: verdictStamp(), verdicts: [...verdicts] }));
process.stdout.write(`precompiled ${verdicts.size} pattern verdicts into ${out}\n`);
