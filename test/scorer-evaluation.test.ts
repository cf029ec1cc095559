/**
 * The scorer evaluates condition trees itself (json-rules-engine's operators, no per-report clone
 * of the rules) and runs json-rules-engine only when a trace is asked for. Both must give the same
 * outcomes, points, planned_only, evidence and deductions on every document: the seeds, every
 * fixture case of the default rubric, and on a rubric edited to exercise `any` and `not`; and, for a
 * 考核细则 (rubrics/examples/county-scheme), its sub-items, applicability, bonuses, penalties and vetoes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { loadRubric, type RubricReader } from '../engine/rubric/load.js';
import { createScorer, type Scorer } from '../engine/scoring/scorer.js';
import { CORPUS, DEFAULT_RUBRIC, ROOT, defaultScorer } from './helpers.js';

const CRITERIA = join(ROOT, 'rubrics', 'default', 'criteria');
const texts = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8')),
  ...readdirSync(CRITERIA).filter((f) => f.endsWith('.test.json')).sort().flatMap((f) => JSON.parse(readFileSync(join(CRITERIA, f), 'utf8')).cases.map((c: { text: string }) => c.text)),
];

async function bothWays(scorer: Scorer) {
  for (const text of texts) {
    const fast = await scorer.score(parseDocument(text, { file: 'a.txt' }));
    const { traces, ...engine } = await scorer.score(parseDocument(text, { file: 'a.txt' }), { trace: true });
    expect(traces).toBeDefined();
    expect(fast).toEqual(engine);
  }
}

describe('the scorer\'s own evaluation agrees with json-rules-engine', () => {
  it('on the seeds and every fixture case, default rubric', async () => {
    expect(texts.length).toBeGreaterThan(50);
    await bothWays(defaultScorer());
  }, 120_000);

  it('on a rubric whose levels use any and not (a variant written for this test)', async () => {
    const edited = (p: string): string => {
      const text = readFileSync(p, 'utf8');
      if (!p.endsWith('legal_adviser.json')) return text;
      const c = JSON.parse(text);
      const leaf = c.levels[0].conditions.all[0];
      c.levels[0].conditions = { any: [leaf, { not: { all: [{ ...leaf, value: 2 }, { fact: 'quantities', params: {}, operator: 'lessThan', value: 3 }] } }] };
      return JSON.stringify(c);
    };
    const reader: RubricReader = { read: edited };
    await bothWays(createScorer(loadRubric(DEFAULT_RUBRIC, reader)));
  }, 120_000);

  it('on the county scheme: sub-items, applicability, bonuses, penalties and vetoes are evaluated too', async () => {
    const dir = join(ROOT, 'rubrics', 'examples', 'county-scheme');
    const scheme = createScorer(loadRubric(join(dir, 'rubric.json')));
    const cases = readdirSync(join(dir, 'criteria')).filter((f) => f.endsWith('.test.json')).sort()
      .flatMap((f) => JSON.parse(readFileSync(join(dir, 'criteria', f), 'utf8')).cases.map((c: { text: string }) => c.text));
    expect(cases.length).toBeGreaterThan(10);
    let credited = 0;
    for (const text of [...texts.slice(0, 5), ...cases]) {
      const fast = await scheme.score(parseDocument(text, { file: 'a.txt' }));
      const { traces, ...engine } = await scheme.score(parseDocument(text, { file: 'a.txt' }), { trace: true });
      expect(traces).toBeDefined();
      expect(fast).toEqual(engine);
      credited += Object.values(fast.criteria).filter((c) => c.arithmetic?.subItems?.some((s) => s.held)).length;
    }
    // the scheme's sub-items must actually be credited somewhere, or this comparison proves nothing
    expect(credited).toBeGreaterThan(0);
  }, 120_000);
});
