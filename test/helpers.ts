import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../engine/document/parse.js';
import { loadRubric } from '../engine/rubric/load.js';
import { createScorer, type Scorer } from '../engine/scoring/scorer.js';

export const ROOT = join(import.meta.dirname, '..');
export const CORPUS = join(ROOT, 'corpus');
export const DEFAULT_RUBRIC = join(ROOT, 'rubrics', 'default', 'rubric.json');

let scorer: Scorer | null = null;
export function defaultScorer(): Scorer {
  scorer ??= createScorer(loadRubric(DEFAULT_RUBRIC));
  return scorer;
}

export async function scoreText(text: string) {
  return defaultScorer().score(parseDocument(text, { file: 'inline.txt' }));
}

export const seedText = (name: string) => readFileSync(join(CORPUS, name), 'utf8');
