/**
 * Every flag the engine or the harness can put on a report has words in both languages (the 标记
 * column showed invalid_bytes and mixed_encoding as raw codes): the flag codes are read from the
 * sources that emit them, so a new flag without words fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAGS, flagsText } from '../harness/writers/flags.js';
import { ROOT } from './helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : []; });
}

describe('flag catalogue', () => {
  it('names every flag the code emits, in Chinese and in English', () => {
    const emitted = new Set<string>();
    for (const f of [...sources(join(ROOT, 'engine')), ...sources(join(ROOT, 'harness'))]) {
      const t = readFileSync(f, 'utf8');
      for (const m of t.matchAll(/flags\.push\('([a-z_]+)'\)|flags, '([a-z_]+)'\]|flags\.includes\('([a-z_]+)'\)/g)) emitted.add(m[1] ?? m[2] ?? m[3]);
    }
    expect([...emitted]).toEqual(expect.arrayContaining(['no_date', 'invalid_bytes', 'mixed_encoding', 'reviewed']));
    for (const flag of emitted) {
      expect(FLAGS.zh[flag], flag).toBeDefined();
      expect(FLAGS.en[flag], flag).toBeDefined();
    }
    expect(Object.keys(FLAGS.zh).sort()).toEqual(Object.keys(FLAGS.en).sort());
  });

  it("puts a flag's details right after its own label, not at the end of the cell", () => {
    const flags = ['format_mismatch', 'near_duplicate', 'no_date'];
    expect(flagsText(flags, 'zh', { near_duplicate: '（与 a.txt 100% 重合）' })).toBe(`${FLAGS.zh.format_mismatch.label}；${FLAGS.zh.near_duplicate.label}（与 a.txt 100% 重合）；${FLAGS.zh.no_date.label}`);
    expect(flagsText(flags, 'en', { near_duplicate: ' (shares text with a.txt 100%)' })).toBe(`${FLAGS.en.format_mismatch.label}; ${FLAGS.en.near_duplicate.label} (shares text with a.txt 100%); ${FLAGS.en.no_date.label}`);
    // a detail for a flag the report does not have is not shown
    expect(flagsText(['no_date'], 'zh', { near_duplicate: '（与 a.txt 100% 重合）' })).toBe(FLAGS.zh.no_date.label);
  });
});
