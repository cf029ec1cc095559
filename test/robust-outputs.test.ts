/**
 * Outputs are whole and belong to one run (issue 12): every write counted and fsynced, a full disk
 * leaves the previous outputs untouched (exit 3), all outputs published together with run.json
 * last, stale outputs of an earlier run removed, one run at a time per --out (a lock).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeAll, writevAll, writeFileAtomic, WholeFile, isDiskFull } from '../engine/io/atomic.js';
import { CLI, rubricCli, tempDir } from './cli-helpers.js';
import { CORPUS } from './helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
function seedCorpus(copies = 1): string {
  const dir = tempDir();
  for (let i = 0; i < copies; i++) for (const f of SEEDS) cpSync(join(CORPUS, f), join(dir, copies === 1 ? f : `c${i}-${f}`));
  return dir;
}
const leftovers = (out: string) => readdirSync(out).filter((n) => n.startsWith('.staging-') || n.includes('.tmp') || n.startsWith('.spool'));

describe('the one atomic-write helper', () => {
  it('continues a short write and fails a write that makes no progress (ENOSPC)', () => {
    const dir = tempDir();
    const calls: number[] = [];
    // a disk that takes at most 7 bytes per call: every byte still arrives
    const f = new WholeFile(join(dir, 'a.txt'), (fd, buf, off, len, pos) => { const n = Math.min(7, len); calls.push(n); return writeSync(fd, buf, off, n, pos); });
    f.append('0123456789abcdefghij');
    f.close();
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('0123456789abcdefghij');
    expect(calls).toEqual([7, 7, 6]);
    // a disk that fills after 5 bytes: a short write, then nothing
    let room = 5;
    const full = (_fd: number, _b: Uint8Array, _o: number, len: number) => { const n = Math.min(room, len); room -= n; return n; };
    expect(() => writeAll(0, 'twelve bytes', null, full)).toThrow(/ENOSPC/);
  });

  it('pieces written with writev: a short write is continued inside the piece it stopped in; no progress is ENOSPC', () => {
    const dir = tempDir();
    const pieces = ['0123', '', '456789abc', 'd', 'efghij'].map((t) => Buffer.from(t));
    const calls: number[][] = [];
    // a disk that takes at most 7 bytes per call, whatever the pieces
    const f = new WholeFile(join(dir, 'v.txt'), writeSync, (fd, chunks, pos) => {
      calls.push(chunks.map((c) => c.length));
      const b = Buffer.concat(chunks);
      return writeSync(fd, b, 0, Math.min(7, b.length), pos);
    });
    f.appendAll(pieces);
    f.appendAll([Buffer.from('末尾')]);
    f.close();
    expect(readFileSync(join(dir, 'v.txt'), 'utf8')).toBe('0123456789abcdefghij末尾');
    expect(calls.slice(0, 3)).toEqual([[4, 9, 1, 6], [6, 1, 6], [6]]);
    expect(f.bytes).toBe(20 + Buffer.byteLength('末尾'));
    // more pieces than one writev call takes (IOV_MAX), at a position
    const many = Array.from({ length: 2500 }, (_, i) => Buffer.from(String(i % 10)));
    const fd = openSync(join(dir, 'w.txt'), 'w');
    expect(writevAll(fd, many, 3)).toBe(2500);
    closeSync(fd);
    expect(readFileSync(join(dir, 'w.txt')).subarray(3).toString()).toBe(many.map(String).join(''));
    let room = 5;
    expect(() => writevAll(0, pieces, null, (_fd, chunks) => { const n = Math.min(room, chunks.reduce((a, c) => a + c.length, 0)); room -= n; return n; })).toThrow(/ENOSPC/);
  });

  it('a failed atomic write leaves the previous file whole and no temp file', () => {
    const dir = tempDir();
    const target = join(dir, 'ranking.csv');
    writeFileSync(target, 'previous complete ranking\n');
    let room = 10;
    const err = (() => { try { writeFileAtomic(target, 'x'.repeat(100), { write: (fd, b, o, len, p) => { const n = Math.min(room, len); room -= n; return n === 0 ? 0 : writeSync(fd, b, o, n, p); } }); } catch (e) { return e; } })();
    expect(isDiskFull(err)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('previous complete ranking\n');
    expect(readdirSync(dir)).toEqual(['ranking.csv']);
  });
});

describe('a full disk', () => {
  const canMount = process.platform === 'linux' && process.getuid?.() === 0 && (() => {
    const d = tempDir('rubric-mnt-');
    const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', d]).status === 0;
    if (ok) spawnSync('umount', [d]);
    return ok;
  })();

  it.skipIf(!canMount)('on a small tmpfs: exit 3, 磁盘空间不足, previous outputs untouched, temps removed', () => {
    const out = tempDir('rubric-mnt-');
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', out]).status).toBe(0);
    try {
      const first = rubricCli(['score', '--corpus', seedCorpus(), '--out', out, '--no-cache', '--format', 'csv,jsonl', '--quiet']);
      expect(first.code, first.stderr).toBe(0);
      const before = Object.fromEntries(['ranking.csv', 'results.jsonl', 'run.json'].map((f) => [f, readFileSync(join(out, f))]));
      const r = rubricCli(['score', '--corpus', seedCorpus(8), '--out', out, '--no-cache', '--format', 'csv,jsonl', '--quiet']);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain('磁盘空间不足');
      for (const [f, bytes] of Object.entries(before)) expect(readFileSync(join(out, f)).equals(bytes), f).toBe(true);
      expect(leftovers(out)).toEqual([]);
    } finally {
      spawnSync('umount', [out]);
    }
  }, 120_000);

  it('with a file-size limit (ulimit -f, EFBIG) while report.html is written: exit 3, previous outputs untouched, temps removed', () => {
    const out = tempDir();
    const first = rubricCli(['score', '--corpus', seedCorpus(), '--out', out, '--no-cache', '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    const names = ['ranking.csv', 'ranking.xlsx', 'report.html', 'results.jsonl', 'run.json'];
    const before = Object.fromEntries(names.map((f) => [f, readFileSync(join(out, f))]));
    // 700 KB per file (bash counts KiB): results.jsonl of 40 reports (~550 KB) passes, report.html (~800 KB) does not
    const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 700; exec "${process.execPath}" "${CLI}" score --corpus "${seedCorpus(8)}" --out "${out}" --no-cache --quiet`], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toContain('磁盘空间不足');
    for (const f of names) expect(readFileSync(join(out, f)).equals(before[f]), f).toBe(true);
    expect(leftovers(out)).toEqual([]);
  }, 120_000);
});

describe('one run\'s outputs', () => {
  it('run.json records corpus, rubric (path and hash), engine, options, time and counts, and lists the outputs', () => {
    const corpus = seedCorpus();
    const out = tempDir();
    const r = rubricCli(['score', '--corpus', corpus, '--out', out, '--no-cache', '--format', 'csv,jsonl', '--quiet', '--time-budget', '10']);
    expect(r.code, r.stderr).toBe(0);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run).toMatchObject({ corpus, engine: expect.any(String), options: { format: ['csv', 'jsonl'], time_budget_s: 10, max_mb: 50 }, counts: { reports: 5, scored: 5, failed: 0 }, outputs: ['ranking.csv', 'results.jsonl'] });
    expect(run.rubric.path).toMatch(/rubric\.json$/);
    expect(run.rubric.hash).toMatch(/^[0-9a-f]+$/);
    expect(run.rubric.file_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(run.finished)).toBeGreaterThanOrEqual(Date.parse(run.started));
  }, 240_000);

  it('outputs of an earlier run that this run did not produce are removed; other files stay', () => {
    const out = tempDir();
    const corpus = seedCorpus();
    const a = SEEDS[0], b = SEEDS[3];
    const la = readFileSync(join(CORPUS, a), 'utf8').split('\n'), lb = readFileSync(join(CORPUS, b), 'utf8').split('\n');
    writeFileSync(join(corpus, 'spliced.txt'), [...la.slice(0, la.length / 2), ...lb.slice(lb.length / 2)].join('\n'));
    expect(rubricCli(['score', '--corpus', corpus, '--out', out, '--no-cache', '--quiet', '--coverage']).code).toBe(0);
    expect(existsSync(join(out, 'near-duplicates.csv'))).toBe(true);
    expect(existsSync(join(out, 'coverage.json'))).toBe(true);
    writeFileSync(join(out, 'notes-of-the-assessor.txt'), 'mine');
    // another corpus, csv only: no near-duplicates, no workbook, page, JSONL or coverage of the old run may remain
    const r = rubricCli(['score', '--corpus', seedCorpus(), '--out', out, '--no-cache', '--quiet', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).filter((n) => !n.startsWith('.')).sort()).toEqual(['notes-of-the-assessor.txt', 'ranking.csv', 'run.json']);
  }, 240_000);

  it('an interrupt during the output phase publishes nothing: the previous outputs stay, no staging folder remains', async () => {
    const corpus = seedCorpus(300); // 1,500 reports: the workbook and the page take seconds
    const out = tempDir();
    for (const f of ['ranking.csv', 'results.jsonl', 'ranking.xlsx', 'report.html', 'run.json']) writeFileSync(join(out, f), `previous ${f}`);
    const r = await new Promise<{ code: number | null; stderr: string; staged: string[] }>((resolve) => {
      const p = spawn(process.execPath, [CLI, 'score', '--corpus', corpus, '--out', out, '--workers', '2', '--no-cache']);
      let stderr = '';
      let staged: string[] = [];
      p.stderr.on('data', (d) => { stderr += d; });
      // wait until results.jsonl and ranking.csv are staged (the scoring is over), then interrupt
      const poll = setInterval(() => {
        const stage = readdirSync(out).find((n) => n.startsWith('.staging-'));
        const inside = stage ? (() => { try { return readdirSync(join(out, stage)); } catch { return []; } })() : [];
        if (inside.includes('ranking.csv') && inside.includes('results.jsonl')) { staged = inside; clearInterval(poll); p.kill('SIGINT'); }
      }, 20);
      p.on('exit', (code) => { clearInterval(poll); resolve({ code, stderr, staged }); });
    });
    expect(r.staged).toContain('results.jsonl');
    expect(r.code, r.stderr).toBe(130);
    for (const f of ['ranking.csv', 'results.jsonl', 'ranking.xlsx', 'report.html', 'run.json']) expect(readFileSync(join(out, f), 'utf8')).toBe(`previous ${f}`);
    expect(leftovers(out)).toEqual([]);
  }, 240_000);
});

describe('one run at a time per output folder', () => {
  it('a second concurrent run into the same --out exits 2 naming the holder; the first completes', async () => {
    const corpus = seedCorpus();
    cpSync(join(CORPUS, SEEDS[0]), join(corpus, 'hang.txt'));
    const out = tempDir();
    const first = spawn(process.execPath, [CLI, 'score', '--corpus', corpus, '--out', out, '--workers', '1', '--time-budget', '8', '--no-cache', '--quiet'], { env: { ...process.env, RUBRIC_FAULTS: JSON.stringify({ 'hang.txt': 'hang' }) } });
    const done = new Promise<number | null>((resolve) => first.on('exit', resolve));
    const deadline = Date.now() + 30_000;
    while (!existsSync(join(out, '.rubric.lock')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const second = rubricCli(['score', '--corpus', seedCorpus(), '--out', out, '--no-cache', '--quiet']);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(String(first.pid));
    expect(await done).toBe(1); // hang.txt is a timeout row
    const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.file)).toContain('hang.txt');
    expect(existsSync(join(out, '.rubric.lock'))).toBe(false);
  }, 120_000);

  it('a stale lock of a dead process is taken over (variant: a lock file that is not even JSON)', () => {
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const pid = Number(dead.stdout.trim());
    for (const content of [JSON.stringify({ pid, started: new Date().toISOString(), command: 'score' }), 'garbage']) {
      const out = tempDir();
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, '.rubric.lock'), content);
      mkdirSync(join(out, '.staging-99999-x')); // left by a run killed with -9
      const r = rubricCli(['score', '--corpus', seedCorpus(), '--out', out, '--no-cache', '--quiet', '--format', 'csv']);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(join(out, '.rubric.lock'))).toBe(false);
      expect(leftovers(out)).toEqual([]);
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('score reads a rubric at a git revision, like diff and eval', () => {
  const inGit = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: CORPUS }).status === 0;
  it.skipIf(!inGit)('--rubric HEAD:rubrics/default/rubric.json scores, and run.json names the revision; a bad revision exits 2', () => {
    const out = tempDir();
    const r = rubricCli(['score', '--corpus', CORPUS, '--out', out, '--rubric', 'HEAD:rubrics/default/rubric.json', '--no-cache', '--format', 'jsonl', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).rubric.path).toBe('HEAD:rubrics/default/rubric.json');
    expect(readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n')).toHaveLength(SEEDS.length);
    expect(rubricCli(['score', '--corpus', CORPUS, '--out', tempDir(), '--rubric', 'no-such-rev:rubrics/default/rubric.json', '--quiet']).code).toBe(2);
  }, 240_000);
});
