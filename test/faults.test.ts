/** Faults in the run: a worker that throws, exits, hangs or runs out of memory costs only its report; SIGINT writes nothing partial. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT } from './helpers.js';
import { CLI, rubricCli, tempDir } from './cli-helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

/** Poll until `ready()` holds, or give up after `ms` (the caller then acts anyway). */
function waitUntil(ready: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve) => {
    const tick = () => (ready() || Date.now() > until ? resolve() : setTimeout(tick, 25));
    tick();
  });
}

/** A result has been written somewhere under `out` (spool or staging files), other than the files given. */
function scoringStarted(out: string, previous: string[]): boolean {
  const walk = (dir: string, top: boolean): boolean => {
    let names: string[];
    try { names = readdirSync(dir); } catch { return false; }
    return names.some((n) => {
      if (top && previous.includes(n)) return false;
      const p = join(dir, n);
      try {
        const st = statSync(p);
        return st.isDirectory() ? walk(p, false) : st.size > 0;
      } catch { return false; }
    });
  };
  return walk(out, true);
}

describe('faults in workers', () => {
  it('throw, process.exit, a hang past the time budget and out-of-memory each cost only their report', async () => {
    const corpus = tempDir();
    for (const f of SEEDS) cpSync(join(CORPUS, f), join(corpus, f));
    for (const f of ['throw.txt', 'exit.txt', 'hang.txt', 'oom.txt']) cpSync(join(CORPUS, SEEDS[0]), join(corpus, f));
    const out = tempDir();
    const faults = JSON.stringify({ 'throw.txt': 'throw', 'exit.txt': 'exit', 'hang.txt': 'hang', 'oom.txt': 'oom' });
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const p = spawn(process.execPath, [CLI, 'score', '--corpus', corpus, '--out', out, '--workers', '2', '--time-budget', '10', '--worker-memory', '96', '--no-cache'], { env: { ...process.env, RUBRIC_FAULTS: faults } });
      let stderr = '';
      p.stderr.on('data', (d) => { stderr += d; });
      p.on('exit', (code, signal) => resolve({ code, stderr: signal ? `signal ${signal}; ${stderr}` : stderr }));
    });
    // (a new user's run under two full suites at once once exited 1 with no results.jsonl; not reproduced in 8 loaded
    // runs since: the run's stderr is part of the failure message, so the next occurrence says why)
    expect(r.code, r.stderr).toBe(1);
    expect(existsSync(join(out, 'results.jsonl')), r.stderr).toBe(true);
    const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const codes = Object.fromEntries(rows.map((x) => [x.file, x.error?.code ?? 'scored']));
    expect(codes).toEqual({
      ...Object.fromEntries(SEEDS.map((f) => [f, 'scored'])),
      'throw.txt': 'worker_crashed', 'exit.txt': 'worker_crashed', 'hang.txt': 'timeout', 'oom.txt': 'worker_crashed',
    });
    expect(rows.filter((x) => !x.error).map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(r.stderr).toContain('hang.txt');
  }, 120_000);
});

/** A corpus of 3,000 seed copies (a run long enough to interrupt) and an --out holding a previous run's files. */
function bigRun(previous: Record<string, string>): { corpus: string; out: string } {
  const corpus = tempDir();
  for (let i = 0; i < 3000; i++) cpSync(join(CORPUS, SEEDS[i % SEEDS.length]), join(corpus, `r${i}.txt`));
  const out = tempDir();
  for (const [name, text] of Object.entries(previous)) writeFileSync(join(out, name), text);
  return { corpus, out };
}

/** `rubric score` of `corpus` into `out`, sent SIGINT once `ready()` holds; its exit code, the signal that ended it (if any) and stderr. */
function interruptedScore(corpus: string, out: string, ready: () => boolean, ms: number): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, 'score', '--corpus', corpus, '--out', out, '--workers', '2', '--no-cache']);
    let stderr = '';
    p.stderr.on('data', (d) => { stderr += d; });
    waitUntil(ready, ms).then(() => p.kill('SIGINT'));
    p.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('interruption', () => {
  const previous = { 'ranking.csv': 'previous complete ranking\r\n', 'results.jsonl': '{"previous":true}\n' };

  it('SIGINT stops the run, writes nothing partial and leaves the previous complete outputs in place', async () => {
    const { corpus, out } = bigRun(previous);
    // interrupt once the run is under way (a first result has reached the output folder), not after
    // a fixed delay: on a loaded machine the CLI may not even have installed its handler by then
    const r = await interruptedScore(corpus, out, () => scoringStarted(out, Object.keys(previous)), 30_000);
    // (CI once saw the process end by a signal, not with 130: the signal and stderr say which and why)
    expect(r.code, `signal ${r.signal}; stderr: ${r.stderr}`).toBe(130);
    expect(r.stderr).toContain('已中断');
    for (const [name, text] of Object.entries(previous)) expect(readFileSync(join(out, name), 'utf8')).toBe(text);
    expect(readdirSync(out).sort()).toEqual(Object.keys(previous));
  }, 60_000);

  it('SIGINT once ranking.csv is staged (the workbook and page still to come): exit 130, the previous outputs kept (new user, session 19)', async () => {
    const { corpus, out } = bigRun(previous);
    const staged = () => readdirSync(out).some((n) => n.startsWith('.staging') && existsSync(join(out, n, 'ranking.csv')));
    const r = await interruptedScore(corpus, out, staged, 60_000);
    // (before: the interrupt waited behind the workbook and page, 13-44 s, and was then often ignored: exit 0, outputs replaced)
    expect(r.code, `signal ${r.signal}; stderr: ${r.stderr}`).toBe(130);
    for (const [name, text] of Object.entries(previous)) expect(readFileSync(join(out, name), 'utf8')).toBe(text);
    expect(readdirSync(out).sort()).toEqual(Object.keys(previous));
  }, 120_000);
});

describe('bad rubrics are rejected before any scoring', () => {
  const base = { id: 'x', name: 'x', version: '1', deductions: [] };
  const crit = (conditions: unknown, extra = {}) => ({ id: 'a', title: 'A', points: 100, levels: [{ outcome: 'met', conditions }], ...extra });
  const fact = (params: unknown, more = {}) => ({ fact: 'sentences', operator: 'greaterThanInclusive', value: 1, params, ...more });
  const tryRubric = (rubric: unknown, raw?: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rubric.json'), raw ?? JSON.stringify(rubric, null, 2));
    return rubricCli(['score', '--rubric', join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', tempDir()]);
  };

  it.each([
    ['malformed JSON with line and column', null, '{\n  "id": "x",\n  "name": "x",,\n}', /rubric\.json: \[json_syntax\]/],
    ['a schema violation with its JSON pointer', { ...base, criteria: [{ ...crit({ all: [fact({ all: [['x']] })] }), points: '5' }] }, undefined, /\/criteria\/0\/points: \[schema\]/],
    ['an unknown fact', { ...base, criteria: [crit({ all: [{ fact: 'magic', operator: 'equal', value: 1 }] })] }, undefined, /\/criteria\/0\/levels\/0\/conditions\/all\/0\/fact/],
    ['an unknown operator', { ...base, criteria: [crit({ all: [fact({ all: [['x']] }, { operator: 'regexMatch' })] })] }, undefined, /\/conditions\/all\/0\/operator/],
    ['an unknown section kind', { ...base, criteria: [crit({ all: [fact({ all: [['x']], scope: ['appendix'] })] })] }, undefined, /\/params\/scope\/0/],
    ['duplicate criterion ids', { ...base, criteria: [crit({ all: [fact({ all: [['x']] })] }), crit({ all: [fact({ all: [['y']] })] })] }, undefined, /duplicate_id/],
    ['a level without conditions', { ...base, criteria: [{ id: 'a', title: 'A', points: 100, levels: [{ outcome: 'met' }] }] }, undefined, /\/criteria\/0\/levels\/0: \[schema\]/],
    ['empty conditions', { ...base, criteria: [crit({})] }, undefined, /\/levels\/0\/conditions: \[schema\]/],
    ['a pattern with catastrophic backtracking', { ...base, criteria: [crit({ all: [fact({ all: [['(a+)+$']] })] })] }, undefined, /unsafe_pattern.*\(a\+\)\+\$/],
    ['a repeated alternation', { ...base, criteria: [crit({ all: [fact({ all: [['(a|aa)+$']] })] })] }, undefined, /unsafe_pattern/],
    ['an include outside the rubric folder', { ...base, criteria: ['../../etc/passwd.json'] }, undefined, /include_outside/],
  ])('%s', (_name, rubric, raw, message) => {
    const r = tryRubric(rubric, raw);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).toContain('rubric.json');
  });

  it('points that do not add up are a warning, not an error', () => {
    const r = tryRubric({ ...base, criteria: [{ ...crit({ all: [fact({ all: [['法律顾问']] })] }), points: 5 }] });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\/maxTotal: \[points_sum\]/);
  });

  it('a catastrophic pattern that reached the engine would not hang it: V8 falls back to its linear engine', () => {
    const safety = join(ROOT, 'dist', 'harness', 'regexp-safety.js');
    const script = `await import(${JSON.stringify(safety)}); const t = Date.now(); const r = new RegExp('(a+)+$').test('a'.repeat(30) + 'b'); console.log(r, Date.now() - t);`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(res.status).toBe(0);
    const [result, ms] = res.stdout.trim().split(' ');
    expect(result).toBe('false');
    expect(Number(ms)).toBeLessThan(1000);
  });
});
