/**
 * The build keeps jieba's one- and two-character words as a key table (harness/build/precompile-words.ts)
 * so that workers need not read the 5 MB dictionary. The built module must answer exactly what the
 * dictionary itself says, for every word in it and for words not in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON, decodeTable, encodeTable, NAME_LIKE, parseDictionary, wordKey } from '../engine/document/words.js';
import { ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const dict = parseDictionary(readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'));
const BUILT = join(ROOT, 'dist', 'engine', 'document', 'words.js');

describe('precompiled dictionary table', () => {
  it('is built and answers every dictionary word as the dictionary does', async () => {
    expect(existsSync(BUILT)).toBe(true);
    const built = (await import(BUILT)) as typeof import('../engine/document/words.js');
    const table = built.builtTable();
    expect(table).not.toBeNull();
    for (const [w, flags] of dict) expect([table!.get(w), table!.flags(w)], w).toEqual([(flags & NAME_LIKE) !== 0, flags]);
  });

  it('knows no word the dictionary lacks, and looksLikeNamePart agrees with the dictionary', async () => {
    const built = (await import(BUILT)) as typeof import('../engine/document/words.js');
    const table = built.builtTable()!;
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.tuple(han, han), ([a, b]) => {
      const w = a + b;
      const name = (x: string) => { const f = dict.get(x); return f === undefined ? undefined : (f & NAME_LIKE) !== 0; };
      expect(table.flags(w)).toBe(dict.get(w));
      const whole = name(w);
      const expected = whole !== undefined ? whole : name(b) ?? true;
      expect(built.looksLikeNamePart(w)).toBe(expected);
    }), { numRuns: 3000 });
    expect(table.get('')).toBeUndefined();
    expect(table.get('法治政府')).toBeUndefined();
  });

  it('keys are distinct for one and two code units', () => {
    expect(wordKey('乡')).not.toBe(wordKey('乡乡'));
    expect(new Set([...dict.keys()].map(wordKey)).size).toBe(dict.size);
  });

  it('a table from another dictionary is not used', () => {
    const stamp = { version: '9.9.9', size: 123 };
    const buf = encodeTable(new Map([['水口', NAME_LIKE], ['优化', COMMON], ['以', 0]]), stamp);
    expect(decodeTable(buf, { version: '9.9.9', size: 124 })).toBeNull();
    expect(decodeTable(buf, { version: '9.9.8', size: 123 })).toBeNull();
    const t = decodeTable(buf, stamp)!;
    expect([t.get('水口'), t.get('优化'), t.get('以'), t.get('口')]).toEqual([true, false, false, undefined]);
    expect([t.flags('水口'), t.flags('优化'), t.flags('口')]).toEqual([NAME_LIKE, COMMON, undefined]);
  });

  it('a frequent word not tagged a proper name is common (利用, 列席, 办理); a rare place-like noun and a proper name are not', async () => {
    const built = (await import(BUILT)) as typeof import('../engine/document/words.js');
    expect(['利用', '列席', '办理'].map(built.isCommonWord)).toEqual([true, true, true]);
    expect(['水口', '白土', '青山', '柳湾'].map(built.isCommonWord)).toEqual([false, false, false, false]);
  });
});
