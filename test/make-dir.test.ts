/** `makeDir`: mkdir -p that always ends — also where Node's recursive mkdir loops forever (/proc). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDir } from '../engine/io/make-dir.js';
import { CLI, tempDir } from './cli-helpers.js';
import { CORPUS, ROOT } from './helpers.js';

const code = (f: () => void) => { try { f(); return null; } catch (e) { return (e as NodeJS.ErrnoException).code; } };

describe('makeDir', () => {
  it('creates missing ancestors and accepts a folder that exists', () => {
    const root = tempDir();
    const deep = join(root, '县', '2024', '输出');
    makeDir(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeDir(deep);
    makeDir(root);
  });
  it('a file in the way is ENOTDIR, whether it is the folder itself or an ancestor', () => {
    const root = tempDir();
    writeFileSync(join(root, 'report.txt'), 'x');
    expect(code(() => makeDir(join(root, 'report.txt')))).toBe('ENOTDIR');
    expect(code(() => makeDir(join(root, 'report.txt', 'out')))).toBe('ENOTDIR');
  });
  it.skipIf(!existsSync('/proc/self'))('ends with an error under /proc, where a recursive mkdir never returns', () => {
    expect(code(() => makeDir('/proc/fazhi-out/x'))).not.toBeNull();
    expect(code(() => makeDir('/proc/fazhi-out'))).not.toBeNull();
  });
  it('a folder made by someone else meanwhile is fine', () => {
    const root = tempDir();
    mkdirSync(join(root, 'a'));
    makeDir(join(root, 'a', 'b'));
    expect(statSync(join(root, 'a', 'b')).isDirectory()).toBe(true);
  });
});

describe.skipIf(!existsSync('/proc/self'))('score into a folder that cannot be made', () => {
  it('--out under /proc exits 2 naming the folder, promptly (it used to spin forever, deaf to SIGTERM)', () => {
    const r = spawnSync(process.execPath, [CLI, 'score', CORPUS, '--out', '/proc/fazhi-out', '--no-cache'], { encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/proc/fazhi-out');
  });
  it('--cache-dir under /proc does not hang either, nor is it silently ignored: exit 2 naming it and --no-cache', () => {
    const r = spawnSync(process.execPath, [CLI, 'score', CORPUS, '--out', tempDir(), '--cache-dir', '/proc/fazhi-cache', '--lang', 'en'], { encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/proc/fazhi-cache');
    expect(r.stderr).toContain('--no-cache');
  });
  it('a file in the way of diff\'s --cache-dir: exit 2 before any scoring', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'afile'), '');
    const rubric = join(ROOT, 'rubrics', 'default', 'rubric.json');
    const r = spawnSync(process.execPath, [CLI, 'diff', rubric, rubric, '--corpus', CORPUS, '--out', join(dir, 'd'), '--cache-dir', join(dir, 'afile', 'c')], { encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(dir, 'afile', 'c'));
  });
});
