/**
 * A pool that stops making progress (no report begun or finished for the stall time) ends the run with
 * exit code 4 and writes nothing, instead of waiting for ever: a worker once never began its task in a
 * test run, every thread idle. The stall is injected (RUBRIC_FAULTS "stall": the task never begins its
 * reports) and the stall time shortened (RUBRIC_STALL_MS) so the test need not wait a minute.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from './cli-helpers.js';
import { CORPUS, ROOT } from './helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

function cli(args: string[], faults: Record<string, string>) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000, env: { ...process.env, FORCE_COLOR: '0', RUBRIC_FAULTS: JSON.stringify(faults), RUBRIC_STALL_MS: '2000' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

describe('a stalled worker pool', () => {
  it('score: exit 4 within seconds, nothing written, the previous outputs unchanged', () => {
    const out = join(tempDir(), 'out');
    const base = ['score', '--corpus', CORPUS, '--out', out, '--no-cache', '--format', 'csv,jsonl', '--workers', '1', '--time-budget', '0.5'];
    expect(cli(base, {}).code).toBe(0);
    const before = readFileSync(join(out, 'run.json'), 'utf8');
    const r = cli([...base, '--force'], { [SEEDS[2]]: 'stall' });
    expect(r.code).toBe(4);
    expect(r.ms).toBeLessThan(60_000);
    expect(readFileSync(join(out, 'run.json'), 'utf8')).toBe(before);
    expect(readdirSync(out).filter((n) => n.startsWith('.staging'))).toEqual([]);
  });
  it('a first run that stalls leaves no outputs at all', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['score', '--corpus', CORPUS, '--out', out, '--no-cache', '--workers', '2', '--time-budget', '0.5'], { [SEEDS[0]]: 'stall' });
    expect(r.code).toBe(4);
    expect(existsSync(join(out, 'run.json'))).toBe(false);
    expect(existsSync(join(out, 'ranking.csv'))).toBe(false);
  });
  it('eval through the pool stops the same way (a variant: another command, another report)', () => {
    const r = cli(['eval', '--gold', 'corpus/gold.json', '--workers', '1', '--time-budget', '0.5', '--json'], { [SEEDS[4]]: 'stall' });
    expect(r.code).toBe(4);
  });
  it('a report that runs past its budget is progress, not a stall: timed out alone, the others scored (exit 1)', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['score', '--corpus', CORPUS, '--out', out, '--no-cache', '--format', 'jsonl', '--workers', '1', '--time-budget', '1.5'], { [SEEDS[1]]: 'hang' });
    expect(r.code).toBe(1);
    const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.filter((x) => x.error).map((x) => [x.file, x.error.code])).toEqual([[SEEDS[1], 'timeout']]);
    expect(rows).toHaveLength(SEEDS.length);
  });
});
