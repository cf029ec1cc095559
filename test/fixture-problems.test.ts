/** `rubric test` fails the run on structural problems, as ESLint's checkRuleFiles does, and reports failing cases with evidence. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

function copyDefault(): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
  return dir;
}

describe('rubric test problems', () => {
  it('a criterion without cases fails the run', () => {
    const dir = copyDefault();
    rmSync(join(dir, 'criteria', 'power_list.test.json'));
    const r = rubricCli(['test', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['no_cases']);
  });

  it('a case file naming an unknown criterion fails the run', () => {
    const dir = copyDefault();
    writeFileSync(join(dir, 'criteria', 'ghost.test.json'), JSON.stringify({ criterion: 'ghost', cases: [{ name: 'x', text: 'x', expect: 'met' }] }));
    const r = rubricCli(['test', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toEqual([expect.objectContaining({ code: 'unknown_criterion', path: '/criterion' })]);
  });

  it('a criterion file beside its tests that rubric.json does not list is named, with the entry to add (new user 40)', () => {
    const dir = copyDefault();
    const rubric = JSON.parse(readFileSync(join(dir, 'rubric.json'), 'utf8'));
    rubric.criteria = rubric.criteria.filter((c: string) => c !== 'criteria/power_list.json');
    writeFileSync(join(dir, 'rubric.json'), JSON.stringify(rubric));
    const r = rubricCli(['test', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toEqual([expect.objectContaining({ code: 'unknown_criterion', path: '/criterion', params: { criterion: 'power_list', unlisted: 'criteria/power_list.json' } })]);
  });

  it('an expect no result can equal fails the run, named with its path and the values allowed (meet; variant: 达标, and deducted for a criterion)', () => {
    const dir = copyDefault();
    const p = join(dir, 'criteria', 'mediation.test.json');
    const f = JSON.parse(readFileSync(p, 'utf8'));
    f.cases[0].expect = 'meet';
    f.cases[1].expect = '达标';
    f.cases[2].expect = 'deducted';
    writeFileSync(p, JSON.stringify(f));
    const d = join(dir, 'deductions', 'late_report.test.json');
    const g = JSON.parse(readFileSync(d, 'utf8'));
    g.cases[0].expect = 'met';
    writeFileSync(d, JSON.stringify(g));
    const r = rubricCli(['test', dir, '--json']);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems.map((x: { code: string; path: string; params: { value: string; allowed: string } }) => [x.code, x.path, x.params.value, x.params.allowed]);
    expect(problems).toEqual(expect.arrayContaining([
      ['bad_expect', '/cases/0/expect', 'meet', 'met, partial, unmet'], ['bad_expect', '/cases/1/expect', '达标', 'met, partial, unmet'],
      ['bad_expect', '/cases/2/expect', 'deducted', 'met, partial, unmet'], ['bad_expect', '/cases/0/expect', 'met', 'deducted, suspected, not_deducted'],
    ]));
    expect(problems).toHaveLength(4);
  });

  it('rubric validate loads a rubric and its fixture files without running a case: valid, or each problem by file and pointer (new user 40 looked for it)', () => {
    const ok = rubricCli(['validate', join(ROOT, 'rubrics', 'default'), '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    const v = JSON.parse(ok.stdout);
    expect(v.valid).toBe(true);
    expect(v.rubrics[0]).toMatchObject({ valid: true, criteria: 24, deductions: 4, errors: [] });
    expect(v.rubrics[0].cases).toBeGreaterThan(1000);
    // a slip in a criterion file stops the load: named with its file and place
    const dir = copyDefault();
    const p = join(dir, 'criteria', 'mediation.json');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/"title": "[^"]*"/, '"title": “人民调解”'));
    const bad = rubricCli(['validate', dir, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).rubrics[0].errors).toEqual([expect.objectContaining({ code: 'json_syntax', file: p, params: expect.objectContaining({ found: 'full_width' }) })]);
    // a fixture problem fails it too (the criterion left out of rubric.json)
    const dir2 = copyDefault();
    const rubric = JSON.parse(readFileSync(join(dir2, 'rubric.json'), 'utf8'));
    rubric.criteria = rubric.criteria.filter((c: string) => c !== 'criteria/power_list.json');
    writeFileSync(join(dir2, 'rubric.json'), JSON.stringify(rubric));
    const unlisted = rubricCli(['validate', dir2]);
    expect(unlisted.code).toBe(1);
    expect(unlisted.stdout).toContain('[unknown_criterion]');
  });

  it('duplicate cases fail the run', () => {
    const dir = copyDefault();
    const p = join(dir, 'criteria', 'mediation.test.json');
    const f = JSON.parse(readFileSync(p, 'utf8'));
    f.cases.push({ ...f.cases[0] });
    writeFileSync(p, JSON.stringify(f));
    const r = rubricCli(['test', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.map((x: { code: string }) => x.code)).toEqual(['duplicate_case', 'duplicate_case']);
  });

  it('a case key the runner does not know fails the run, named with its path (a misspelt planned_only; variant: evidences)', () => {
    const dir = copyDefault();
    const p = join(dir, 'criteria', 'mediation.test.json');
    const f = JSON.parse(readFileSync(p, 'utf8'));
    f.cases[0].plannedOnly = true;
    f.cases[1].evidences = ['调解'];
    writeFileSync(p, JSON.stringify(f));
    const r = rubricCli(['test', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.map((x: { code: string; path: string; params: { key: string } }) => [x.code, x.path, x.params.key])).toEqual([['unknown_case_key', '/cases/0/plannedOnly', 'plannedOnly'], ['unknown_case_key', '/cases/1/evidences', 'evidences']]);
  });

  it('a failing case prints expected, actual and the evidence found', () => {
    const dir = copyDefault();
    const p = join(dir, 'criteria', 'legal_adviser.json');
    const c = JSON.parse(readFileSync(p, 'utf8'));
    c.levels[0].conditions.all[0].params.all[1] = ['律师事务所'];
    writeFileSync(p, JSON.stringify(c));
    const r = rubricCli(['test', p]);
    expect(r.code).toBe(1);
    // in the output's language, from the failure's code and params (nu34 read English lines in a Chinese run)
    expect(r.stdout).toContain('✗ legal_adviser › signed with a lawyer: 应为达标，实为部分');
    expect(rubricCli(['test', p, '--lang', 'en']).stdout).toContain('✗ legal_adviser › signed with a lawyer: expected met, got partial');
    expect(JSON.parse(rubricCli(['test', p, '--json']).stdout).results.find((x: { pass: boolean }) => !x.pass).failures).toEqual([{ code: 'outcome', params: { expected: 'met', actual: 'partial' } }]);
    expect(r.stdout).toContain('街道与律师签约');
    expect(r.stdout).toMatch(/用例：通过 \d+，失败 [1-9]\d*/);
    expect(r.stdout).toContain(join(dir, 'rubric.json'));
  });
});
