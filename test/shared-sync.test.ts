/**
 * The project's copies follow ../shared: the seeds, the gold labels, and the scheme itself — the
 * default rubric must encode exactly the criteria and deductions of criteria.md, ids and points.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../engine/rubric/load.js';
import { CORPUS, DEFAULT_RUBRIC, ROOT } from './helpers.js';

const SHARED = join(ROOT, '..', 'shared');
const present = existsSync(join(SHARED, 'criteria.md'));

describe.skipIf(!present)('copies of ../shared (skipped when ../shared is not beside the clone)', () => {
  it('corpus/ holds the seeds byte for byte', () => {
    for (const f of readdirSync(join(SHARED, 'seeds'))) {
      expect(readFileSync(join(CORPUS, f)), f).toEqual(readFileSync(join(SHARED, 'seeds', f)));
    }
  });

  it('corpus/gold.json is ../shared/gold/seeds.json', () => {
    expect(readFileSync(join(CORPUS, 'gold.json'))).toEqual(readFileSync(join(SHARED, 'gold', 'seeds.json')));
  });

  it('rubrics/default/criteria.md is ../shared/criteria.md (the scheme, beside the rubric that encodes it)', () => {
    expect(readFileSync(join(DEFAULT_RUBRIC, '..', 'criteria.md'), 'utf8')).toBe(readFileSync(join(SHARED, 'criteria.md'), 'utf8'));
  });

  it('the default rubric encodes exactly the criteria and deductions of criteria.md', () => {
    const md = readFileSync(join(SHARED, 'criteria.md'), 'utf8');
    const rows = [...md.matchAll(/^\|\s*([a-z_]+)\s*\|([^\n]*)$/gm)].map((m) => [m[1], m[2].split('|').map((c) => c.trim())] as const);
    const criteria = rows.filter(([, cells]) => /^\d+$/.test(cells[1] ?? '')).map(([id, cells]) => [id, cells[0], Number(cells[1])]);
    const deductions = rows.filter(([, cells]) => /^[−-]\d+$/.test(cells[0] ?? '')).map(([id, cells]) => [id, Number(cells[0].replace('−', '-')) * -1]);
    expect(criteria).toHaveLength(24);
    expect(deductions).toHaveLength(4);
    const rubric = loadRubric(DEFAULT_RUBRIC);
    expect(rubric.criteria.map((c) => [c.id, c.title, c.points])).toEqual(criteria);
    expect(rubric.deductions.map((d) => [d.id, d.points])).toEqual(deductions);
    expect(rubric.warnings).toEqual([]);
  });
});
