/**
 * Every command that evaluates rubric patterns runs under score's per-report time budget
 * (issue 12): explain and test in a worker the budget can stop, eval and diff through the pool.
 * A hang is injected (RUBRIC_FAULTS) because the load-time analysis refuses the patterns that
 * would hang for real.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from './cli-helpers.js';
import { CORPUS, ROOT } from './helpers.js';

const SEED = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()[0];

function cli(args: string[], faults: Record<string, string>) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000, env: { ...process.env, FORCE_COLOR: '0', RUBRIC_FAULTS: JSON.stringify(faults) } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

describe('time budget outside score', () => {
  it('explain stops a report that runs past --time-budget: exit 1, the file named, no hang', () => {
    const r = cli(['explain', join(CORPUS, SEED), '--time-budget', '1'], { [SEED]: 'hang' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(SEED);
    expect(r.ms).toBeLessThan(60_000);
  });
  it('explain without a fault is unaffected by the budget', () => {
    const r = cli(['explain', join(CORPUS, SEED), '--json', '--time-budget', '30'], {});
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document.file).toContain(SEED);
  });
  it('rubric test stops the case that runs past the budget and fails the run', () => {
    const fixture = JSON.parse(readFileSync(join(ROOT, 'rubrics', 'default', 'criteria', 'legal_adviser.test.json'), 'utf8'));
    const name: string = fixture.cases[0].name;
    // a budget well above a normal case's time even on a loaded machine, so only the hanging case can run past it
    const r = cli(['test', 'rubrics/default/criteria/legal_adviser.json', '--time-budget', '5'], { [name]: 'hang' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(name);
  });
  it('eval passes --time-budget to the pool: the hanging report is not scored, the others are', () => {
    const r = cli(['eval', '--gold', 'corpus/gold.json', '--time-budget', '1', '--workers', '1', '--json'], { [SEED]: 'hang' });
    const out = JSON.parse(r.stdout);
    expect(JSON.stringify(out)).toContain('timeout');
  });
  it('a budget that is not a positive number is a usage error in every command', () => {
    for (const args of [['explain', join(CORPUS, SEED)], ['test'], ['eval', '--gold', 'corpus/gold.json'], ['diff', 'rubrics/default/rubric.json', 'rubrics/default/rubric.json', '--out', tempDir()]]) {
      expect(cli([...args, '--time-budget', '0'], {}).code).toBe(2);
    }
  });
});
