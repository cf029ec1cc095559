/** The fact memo is per document and per compiled fact: two rubrics scoring one document never share values. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/document/parse.js';
import { loadRubric } from '../../engine/rubric/load.js';
import { createScorer } from '../../engine/scoring/scorer.js';
import { report } from './fact-helpers.js';

function rubricWith(pattern: string) {
  const dir = mkdtempSync(join(tmpdir(), 'memo-'));
  const file = join(dir, 'rubric.json');
  writeFileSync(file, JSON.stringify({
    id: 'm', name: 'm', version: '1', deductions: [],
    criteria: [{ id: 'a', title: 'A', points: 100, levels: [{ outcome: 'met', conditions: { all: [{ fact: 'sentences', operator: 'greaterThanInclusive', value: 1, params: { all: [[pattern]] } }] } }] }],
  }));
  return loadRubric(file);
}

describe('fact memo', () => {
  it('one document scored by two rubrics whose fact 0 differs gets each rubric its own value', async () => {
    const doc = parseDocument(report({ achievements: '聘请法律顾问1名，审查合同12份。' }), { file: 'x.txt' });
    const a = await createScorer(rubricWith('法律顾问')).score(doc);
    const b = await createScorer(rubricWith('行政复议')).score(doc);
    expect(a.criteria.a.outcome).toBe('met');
    expect(b.criteria.a.outcome).toBe('unmet');
    // and back again: the first rubric's memo was not overwritten either
    const a2 = await createScorer(rubricWith('法律顾问')).score(doc);
    expect(a2.criteria.a.outcome).toBe('met');
  });
  it('the same rubric loaded twice (same fact numbers) does not read the other load\'s values', async () => {
    const doc = parseDocument(report({ achievements: '开展行政复议应诉工作。' }), { file: 'y.txt' });
    expect((await createScorer(rubricWith('合同审查')).score(doc)).criteria.a.outcome).toBe('unmet');
    expect((await createScorer(rubricWith('行政复议')).score(doc)).criteria.a.outcome).toBe('met');
  });
});
