/** A run stopped by a full disk names its own cache and its size (harness/disk-full.ts; red team 15). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirOfArgv, cacheUse, dirBytes } from '../harness/disk-full.js';
import { tempDir } from './cli-helpers.js';

describe('the cache a disk-full run points at', () => {
  it('is <--out>/.cache, or --cache-dir, or none with --no-cache; diff\'s default --out is diffs/', () => {
    expect(cacheDirOfArgv(['score', 'c', '--out', '/tmp/o'])).toBe('/tmp/o/.cache');
    expect(cacheDirOfArgv(['score', 'c', '--out=/tmp/o'])).toBe('/tmp/o/.cache');
    expect(cacheDirOfArgv(['score', 'c', '--out', '/tmp/o', '--cache-dir', '/tmp/k'])).toBe('/tmp/k');
    expect(cacheDirOfArgv(['score', 'c', '--no-cache'])).toBeNull();
    expect(cacheDirOfArgv(['score', 'c'])).toBe(resolve('reports-out', '.cache'));
    expect(cacheDirOfArgv(['diff', 'a', 'b'])).toBe(resolve('diffs', '.cache'));
  });

  it('says how much the cache holds (files in nested folders), and nothing when there is no cache or it is empty', () => {
    const out = tempDir();
    const cache = join(out, '.cache');
    mkdirSync(join(cache, 'ab', 'cd'), { recursive: true });
    writeFileSync(join(cache, 'ab', 'cd', 'entry'), Buffer.alloc(3000));
    writeFileSync(join(cache, 'stat-index'), Buffer.alloc(1000));
    expect(dirBytes(cache)).toEqual({ bytes: 4000, complete: true });
    expect(cacheUse(['score', 'c', '--out', out])).toEqual({ dir: cache, bytes: 4000, complete: true });
    expect(cacheUse(['score', 'c', '--out', out, '--no-cache'])).toBeNull();
    expect(cacheUse(['score', 'c', '--out', tempDir()])).toBeNull();
    expect(dirBytes(join(out, 'nothing-here'))).toBeNull();
  });
});
