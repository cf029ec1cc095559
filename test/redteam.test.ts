/**
 * The red teams' corpora (fixtures/redteam/): legitimate wording a deduction once fired on stays
 * clean, and the genuine faults stay caught (or suspected, where that is the design).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubricCli, tempDir } from './cli-helpers.js';
import { ROOT } from './helpers.js';

interface Row { file: string; deductions: Array<{ id: string }>; suspected: Array<{ id: string }>; criteria: Record<string, { points: number }> }
const DIR = join(ROOT, 'fixtures', 'redteam');

function scored(corpus: string): Map<string, Row> {
  const out = join(tempDir(), 'out');
  const r = rubricCli(['score', join(DIR, corpus), '--out', out, '--no-cache', '--format', 'jsonl', '--quiet', '--time-budget', '300']);
  expect(r.code).toBe(0);
  const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
  return new Map(rows.map((x) => [x.file.replace(/\.txt$/, ''), x]));
}

describe('red-team corpora', () => {
  it('deductions: no legitimate report is deducted; every fault is deducted, two suspected by design', () => {
    const rows = scored('deductions');
    const cases: Array<{ id: string; kind: 'legit' | 'fault'; target: string }> = JSON.parse(readFileSync(join(DIR, 'deductions.cases.json'), 'utf8'));
    expect(rows.size).toBe(cases.length);
    const falseDeductions = cases.filter((c) => c.kind === 'legit' && rows.get(c.id)!.deductions.length).map((c) => [c.id, rows.get(c.id)!.deductions.map((d) => d.id)]);
    expect(falseDeductions).toEqual([]);
    const notDeducted = cases.filter((c) => c.kind === 'fault' && !rows.get(c.id)!.deductions.some((d) => d.id === c.target));
    expect(notDeducted.map((c) => [c.id, rows.get(c.id)!.suspected.map((d) => d.id)])).toEqual([['gf03', ['wrong_unit_name']], ['gf13', ['wrong_unit_name']]]);
  });
  it('department field: the legitimate sentences are neither deducted nor suspected; residue is suspected, a pasted 县委、县政府 deducted', () => {
    const rows = scored('department-field');
    const legit = [...rows].filter(([id]) => id.startsWith('f'));
    expect(legit.length).toBe(33);
    expect(legit.filter(([, r]) => r.deductions.length || r.suspected.length).map(([id]) => id)).toEqual([]);
    for (const id of ['r01_res_frame', 'r02_res_work', 'r10_res_tyjr_work']) expect(rows.get(id)!.suspected.map((d) => d.id), id).toEqual(['wrong_unit_name']);
    expect(rows.get('g12_res_xianwei')!.deductions.map((d) => d.id)).toEqual(['wrong_unit_name']);
  });
  it('negation: no trap earns its criterion more than the baseline report does (n11 left, noted)', () => {
    const rows = scored('negation');
    const traps = readFileSync(join(DIR, 'negation.traps.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
    expect(traps.length).toBe(24);
    const base = rows.get('00_baseline')!;
    const credited = traps.filter(([id, crit]) => crit !== '-' && rows.get(id)!.criteria[crit].points > base.criteria[crit].points).map(([id]) => id);
    expect(credited).toEqual(['n11_qual']);
  });
});
