/** Required literals of a pattern (engine/patterns/literals.ts): strings one of which every match holds. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalsOf, scanLiterals } from '../engine/patterns/literals.js';
import { parseDocument } from '../engine/document/parse.js';

describe('literalsOf', () => {
  it('reads the literal after a run of any characters, joined across a class of a few and a group of literals', () => {
    expect(literalsOf('[\\u4e00-\\u9fa5]{2,12}律师事务所')).toEqual(['律师事务所']);
    expect(literalsOf('[来接]访')).toEqual(['来访', '接访']);
    expect(literalsOf('(?:人民)?政府(?:办公室|党组)')).toEqual(['政府办公室', '政府党组']);
    // a | inside a lookahead is no choice of what is consumed (律师(?!等|积极)… — the named-lawyer pattern)
    expect(literalsOf('律师(?![等和]|积极|主动)[\\u4e00-\\u9fa5]{2,3}(?=[作为])')).toEqual(['律师']);
  });

  it('gives the union over alternatives, each of which must require one', () => {
    expect(literalsOf('(?:信访)|(?:(?:来访|接访)(?=[^。；]*逐级走访))|(?:(?<=诉访分离[^。；]*)(?:来访|接访))')?.slice().sort()).toEqual(['信访', '接访', '来访']);
    expect(literalsOf('述法|[0-9]+件')).toBeNull();
    // a variant: an optional part or one repeated from zero is no requirement; one repeated from one still is
    expect(literalsOf('(?:法治)?讲')).toBeNull();
    expect(literalsOf('(?:法治)*讲座')).toEqual(['讲座']);
    expect(literalsOf('(?:法治)+讲')).toEqual(['法治']);
  });

  it('a run cut by too many products is no whole literal: 为(?:[一二三四][五六七八][九十百千]乙) needs 乙, never 为乙 (red team 93)', () => {
    const lits = literalsOf('为(?:[一二三四][五六七八][九十百千]乙)');
    expect(lits === null || lits.some((l) => '为一五九乙'.includes(l))).toBe(true);
    expect(lits).not.toContain('为乙');
    // a variant: the product cut inside a top-level sequence keeps a sound literal too
    const v = literalsOf('[甲乙][丙丁][戊己][庚辛][壬癸]法治');
    expect(v === null || v.every((l) => !l.startsWith('甲乙'))).toBe(true);
    expect(v === null || v.some((l) => '乙丁己辛癸法治'.includes(l))).toBe(true);
  });

  it('refuses what filters nothing: single characters, negated classes; keeps a sound tail past too many products', () => {
    expect(literalsOf('[^法]{2}治')).toBeNull();
    expect(literalsOf('.{0,3}法')).toBeNull();
    // (too many products: the last few characters the sequence needs are kept, never the product that overflowed)
    expect(literalsOf('[一二三四][一二三四][一二三四]项')).toEqual(['一项', '二项', '三项', '四项']);
  });

  it('scans by literals only a pattern with an alternative that opens on no literal', () => {
    expect(scanLiterals('律师事务所|法律顾问')).toBeNull();
    expect(scanLiterals('[\\u4e00-\\u9fa5]{2,12}律师事务所|法律顾问')).toEqual(['律师事务所', '法律顾问']);
    expect(scanLiterals('(?<=依法)治理')).toEqual(['治理']);
  });

  it('never misses a match: every string a random pattern matches holds one of its literals', () => {
    const PARTS = ['法治', '律师', '[来接]', '访', '(?:人民)?', '[\\u4e00-\\u9fa5]{0,3}', '(?=法)', '(?<!不)', '(?:讲座|培训)', '.', '+', '{1,2}', '|'];
    const ALPHABET = ['法', '治', '律', '师', '来', '接', '访', '人', '民', '讲', '座', '培', '训', '不', '，'];
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 7 }),
      fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }),
      (parts, chars) => {
        const source = parts.join('');
        let re: RegExp;
        try { re = new RegExp(source); } catch { return; }
        const lits = literalsOf(source);
        const text = chars.join('');
        if (lits && re.test(text)) expect(lits.some((l) => text.includes(l)), `${source} on ${text}`).toBe(true);
      },
    ), { numRuns: 5000, examples: [[['[来接]', '访'], ['接', '访']], [['律师', '|', '(?:人民)?', '讲'], ['讲']]] });
  });

  it('never misses a sentence of the seeds that a pattern of the default rubric matches', () => {
    const root = join(import.meta.dirname, '../rubrics/default');
    const files = [join(root, 'rubric.json'), ...['criteria', 'deductions'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.json') && !f.endsWith('.test.json')).map((f) => join(root, d, f)))];
    const sources = new Set<string>();
    const walk = (o: unknown) => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === 'object') Object.values(o).forEach(walk);
      else if (typeof o === 'string' && o.length > 1 && !o.startsWith('@')) { try { new RegExp(o); sources.add(o); } catch { /* a word, not a pattern */ } }
    };
    for (const f of files) walk(JSON.parse(readFileSync(f, 'utf8')));
    const dir = join(import.meta.dirname, '../corpus');
    const sentences = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => parseDocument(readFileSync(join(dir, f), 'utf8')).sentences.map((s) => s.text));
    let checked = 0;
    for (const source of sources) {
      const lits = literalsOf(source);
      if (!lits) continue;
      const re = new RegExp(source);
      for (const t of sentences) if (re.test(t)) { checked++; expect(lits.some((l) => t.includes(l)), `${source} on ${t}`).toBe(true); }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
