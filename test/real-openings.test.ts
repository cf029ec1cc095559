/**
 * Openings of real published reports (../shared/real-openings: 77 excerpts with web-page chrome,
 * traditional mirrors, missing titles; truth.tsv gives unit and year). Scored when ../shared is
 * present, with the matching of ../shared/hooks/openings-check.py: unit right >= 95 %, year right
 * >= 95 %, no deduction on any, no error; the 单位类型 of a unit read right is its level in truth.tsv. Their text is never copied into the project's fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreBytes } from '../engine/scoring/report.js';
import { defaultScorer, ROOT } from './helpers.js';
import { unitKind } from '../harness/writers/unit-kind.js';

const DIR = join(ROOT, '..', 'shared', 'real-openings');
const present = existsSync(join(DIR, 'truth.tsv'));

/** The hook's unit matching: drop 中共/人民政府/委员会/党委/管理委员会, then either contains the other. */
const norm = (u: string | null) => ['中共', '人民政府', '委员会', '党委', '管理委员会', ' ', '　'].reduce((a, w) => a.split(w).join(''), u ?? '');
const unitMatches = (truth: string, got: string | null) => {
  const t = norm(truth), p = norm(got);
  return !!t && !!p && (t.includes(p) || p.includes(t)) && p.length <= t.length + 14;
};

describe.skipIf(!present)('real openings of published reports (needs ../shared/real-openings beside the clone; skipped without it)', () => {
  it('unit and year right on >= 95 %, no deduction, no error', async () => {
    const [head, ...rows] = readFileSync(join(DIR, 'truth.tsv'), 'utf8').split('\n').filter((l) => l.trim());
    const cols = head.split('\t');
    let unitOk = 0, yearOk = 0, n = 0, kindOk = 0;
    const deductions: string[] = [], errors: string[] = [], wrong: string[] = [];
    for (const row of rows) {
      const t = Object.fromEntries(row.split('\t').map((v, i) => [cols[i], v]));
      const r = await scoreBytes(defaultScorer(), readFileSync(join(DIR, t.file)), t.file);
      n++;
      if (r.error) { errors.push(`${t.file}: ${r.error.code}`); continue; }
      if (unitMatches(t.unit, r.unit)) {
        unitOk++;
        // the 单位类型 of a unit read right is truth.tsv's level (township, county, city, department)
        if (unitKind(r.unit, r.division?.code) === t.level) kindOk++; else wrong.push(`${t.file} kind ${t.level} ≠ ${unitKind(r.unit, r.division?.code)} (${r.unit})`);
      } else wrong.push(`${t.file} unit ${t.unit} ≠ ${r.unit}`);
      if (String(r.year) === t.report_year.trim()) yearOk++; else wrong.push(`${t.file} year ${t.report_year} ≠ ${r.year}`);
      for (const d of r.deductions) deductions.push(`${t.file} ${d.id} ${d.evidence[0]?.match ?? ''}`);
    }
    expect(n).toBeGreaterThanOrEqual(70);
    expect(errors).toEqual([]);
    expect(deductions).toEqual([]);
    expect(unitOk / n, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(yearOk / n, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(kindOk / unitOk, wrong.join('\n')).toBeGreaterThanOrEqual(0.97);
  }, 120_000);
});
