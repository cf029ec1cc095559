/**
 * The cache cannot lie (issue 12): an entry edited on disk — a deduction removed, a year turned
 * into markup, an entry moved to another report's key, a whole folder's entries under another key —
 * is discarded with a warning and recomputed; what the cache returns is escaped like fresh results.
 * Entries are checked against their schema when written (never one outside it), not when read:
 * a file that verifies is one this program wrote with the folder's key.
 */
import { createHmac } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_ENTRY_SCHEMA, CacheSchemaError, ResultCache } from '../engine/scoring/cache.js';
import { CORPUS } from './helpers.js';
import { ENGINE_VERSION } from '../engine/paths.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const corpus = tempDir();
for (const f of SEEDS) cpSync(join(CORPUS, f), join(corpus, f));
const fresh = tempDir();
rubricCli(['score', '--corpus', corpus, '--out', fresh, '--no-cache', '--format', 'csv,jsonl,html', '--quiet']);
const freshOutputs = () => ['ranking.csv', 'results.jsonl'].map((f) => readFileSync(join(fresh, f), 'utf8'));

/** A cache filled by one run; entries by report file. */
function filledCache() {
  const cacheDir = tempDir();
  const out = tempDir();
  expect(rubricCli(['score', '--corpus', corpus, '--out', out, '--cache-dir', cacheDir, '--format', 'csv,jsonl,html', '--quiet']).code).toBe(0);
  const files = readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort();
  const key = readFileSync(join(cacheDir, 'key'));
  const read = (f: string) => { const text = readFileSync(join(cacheDir, f), 'utf8'); return { mac: text.slice(0, 64), entry: JSON.parse(text.slice(65)) }; };
  /** an attacker who also holds the key: a validly signed entry */
  const sign = (f: string, entry: unknown) => { const json = JSON.stringify(entry); const k = f.split('/').pop()!.replace('.json', ''); writeFileSync(join(cacheDir, f), `${createHmac('sha256', key).update(`${k}\n${json}`).digest('hex')}\n${json}`); };
  // --force: the outputs in --out are up to date whatever the cache holds (up-to-date.test.ts); the re-run is about the cache
  const rerun = () => rubricCli(['score', '--corpus', corpus, '--out', out, '--cache-dir', cacheDir, '--format', 'csv,jsonl,html', '--force']);
  const outputs = () => ['ranking.csv', 'results.jsonl'].map((f) => readFileSync(join(out, f), 'utf8'));
  return { cacheDir, out, files, read, sign, rerun, outputs };
}

describe('the cache keys a report by how it is read, not by its bytes alone (red team 2, 02)', () => {
  it('byte-identical files that go to different readers keep their own results, cached or not, in any order', () => {
    const corpus = tempDir();
    // the example: an old WPS 1.0 file (refused with its own advice) and the same bytes named .txt (not text)
    const old = Buffer.from('WPS 1.0 document\u0000\u0001 not an OLE file');
    writeFileSync(join(corpus, 'a_old.wps'), old);
    writeFileSync(join(corpus, 'b_same.txt'), old);
    // a report whose text holds a control byte: named .txt it is read as text and scored (and cached);
    // the same bytes named .doc go to the Word reader, which refuses them — they must not take the .txt's entry
    const text = readFileSync(join(CORPUS, readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()[0]));
    const marked = Buffer.concat([Buffer.from([0x01]), text]);
    writeFileSync(join(corpus, 'c_marked.txt'), marked);
    writeFileSync(join(corpus, 'd_marked.doc'), marked);
    // a variant: plain text named .txt and .doc (both read as text: they score alike)
    writeFileSync(join(corpus, 'e_text.txt'), text);
    writeFileSync(join(corpus, 'f_text.doc'), text);
    const rows = (args: string[]) => {
      const out = tempDir();
      rubricCli(['score', corpus, '--out', out, '--format', 'jsonl', '--quiet', '--no-near-duplicates', '--workers', '1', ...args]);
      return Object.fromEntries(readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r: { file: string; error: { code: string } | null; total: number | null }) => [r.file, r.error?.code ?? r.total]));
    };
    const fresh = rows(['--no-cache']);
    expect(fresh['a_old.wps']).toBe('unsupported_format');
    expect(fresh['b_same.txt']).toBe('binary_file');
    expect(typeof fresh['c_marked.txt']).toBe('number');
    expect(typeof fresh['d_marked.doc']).toBe('string');
    expect(fresh['f_text.doc']).toBe(fresh['e_text.txt']);
    const cacheDir = join(tempDir(), 'cache');
    expect(rows(['--cache-dir', cacheDir])).toEqual(fresh);
    expect(rows(['--cache-dir', cacheDir, '--force'])).toEqual(fresh);
  });
});

describe('the cache cannot lie', () => {
  it('an edited entry (a deduction removed, points raised) fails its MAC: discarded, recomputed, with a warning', () => {
    const c = filledCache();
    // entries keep results per definition: id → definition hash → result
    const withDeduction = c.files.map((f) => [f, c.read(f)] as const).find(([, x]) => Object.values(x.entry.deductions).some((vs) => Object.values(vs as object).some(Boolean)));
    const [f, x] = withDeduction ?? [c.files[0], c.read(c.files[0])];
    for (const vs of Object.values(x.entry.deductions) as Array<Record<string, unknown>>) for (const h of Object.keys(vs)) vs[h] = null;
    for (const vs of Object.values(x.entry.criteria) as Array<Record<string, { points: number }>>) for (const r of Object.values(vs)) r.points += 1;
    writeFileSync(join(c.cacheDir, f), `${x.mac}\n${JSON.stringify(x.entry)}`);
    const r = c.rerun();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning|警告/);
    expect(c.outputs()).toEqual(freshOutputs());
  }, 240_000);

  it('an entry moved to another report\'s key fails its MAC (variant: a cache folder whose key was replaced)', () => {
    const c = filledCache();
    const [a, b] = c.files;
    renameSync(join(c.cacheDir, b), join(c.cacheDir, a)); // b's result under a's content hash
    expect(c.rerun().stderr).toMatch(/忽略了 1 个/);
    expect(c.outputs()).toEqual(freshOutputs());
    writeFileSync(join(c.cacheDir, 'key'), Buffer.alloc(32, 7));
    // every entry and the stat index (cache-hits.ts) fail their MACs
    expect(c.rerun().stderr).toMatch(new RegExp(`忽略了 ${SEEDS.length + 1} 个`));
    expect(c.outputs()).toEqual(freshOutputs());
  }, 240_000);

  it('an entry outside the schema is never written: markup in the year, a string for points, an unknown field (the facts too)', () => {
    const c = filledCache();
    const edits: Array<(e: Record<string, any>) => void> = [
      (e) => { e.meta.year = '<img src=x onerror=alert(1)>'; },
      (e) => { const k = Object.keys(e.criteria)[0]; for (const r of Object.values(e.criteria[k]) as Array<{ points: unknown }>) r.points = '50'; },
      (e) => { e.script = 'x'; },
    ];
    const store = new ResultCache(c.cacheDir);
    edits.forEach((edit, i) => {
      const before = readFileSync(join(c.cacheDir, c.files[i]), 'utf8');
      const x = c.read(c.files[i]);
      edit(x.entry);
      const key = c.files[i].split('/').pop()!.replace('.json', '');
      expect(() => store.write(key, x.entry as never)).toThrow(CacheSchemaError);
      expect(readFileSync(join(c.cacheDir, c.files[i]), 'utf8')).toBe(before);
    });
    // a facts file whose evidence has no line number
    const key = c.files[0].split('/').pop()!.replace('.json', '');
    const facts = store.readFacts(key);
    if (!facts.facts) throw new Error('no facts');
    const withEvidence = Object.values(facts.facts).find((f) => f.evidence.length)!;
    delete (withEvidence.evidence[0] as { line?: number }).line;
    expect(() => store.write(key, c.read(c.files[0]).entry as never, facts.facts)).toThrow(CacheSchemaError);
    // numbers JSON cannot carry (written as null, read back as no number): refused, in an entry's points and in a fact's value
    const nan = c.read(c.files[1]).entry;
    (Object.values(nan.criteria)[0] as Record<string, { points: number }>)[Object.keys(Object.values(nan.criteria)[0] as object)[0]].points = Number.NaN;
    expect(() => store.write(c.files[1].split('/').pop()!.replace('.json', ''), nan as never)).toThrow(CacheSchemaError);
    const again = store.readFacts(key);
    if (!again.facts) throw new Error('no facts');
    Object.values(again.facts)[0].value = Number.POSITIVE_INFINITY;
    expect(() => store.write(key, c.read(c.files[0]).entry as never, again.facts)).toThrow(CacheSchemaError);
    // what verifies is trusted as written: the run reads them without a warning, the outputs are a fresh run's
    const r = c.rerun();
    expect(r.stderr).not.toMatch(/忽略|ignored/);
    expect(c.outputs()).toEqual(freshOutputs());
  }, 240_000);

  it('values read from the cache are escaped in every writer exactly like fresh ones', () => {
    const c = filledCache();
    const x = c.read(c.files[0]);
    x.entry.meta.unit = '=HYPERLINK("x")<img src=x onerror=alert(1)>';
    c.sign(c.files[0], x.entry);
    const r = c.rerun();
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(c.out, 'report.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x');
    expect(readFileSync(join(c.out, 'ranking.csv'), 'utf8')).toContain(`"'=HYPERLINK(""x"")<img`);
  }, 240_000);

  it('a facts file keeps each quoted sentence once and gives back exactly the facts written', () => {
    const store = new ResultCache(tempDir());
    const ev = (text: string, line: number) => ({ text, section: '一', kind: 'achievements', line, start: 0, end: text.length });
    const facts = {
      a: { value: 2, withPlans: 3, evidence: [ev('聘请法律顾问1名。', 3), ev('开展普法宣传12次。', 4)], refused: [{ ...ev('明年将聘请法律顾问。', 9), reason: 'plans' }] },
      b: { value: 1, withPlans: 1, evidence: [ev('聘请法律顾问1名。', 3)], refused: [], suspected: [ev('开展普法宣传12次。', 4)] },
    };
    const entry = { v: 2, engine: 'x', meta: { unit: null, year: null, flags: [], encoding: null }, signature: null, criteria: {}, deductions: {}, checks: {} };
    const key = 'a'.repeat(40);
    store.write(key, { ...entry, engine: ENGINE_VERSION } as never, facts as never);
    const text = readFileSync(join(store.dir, 'aa', `${key}.facts`), 'utf8');
    expect(text.split('聘请法律顾问1名。').length).toBe(2);
    expect(store.readFacts(key).facts).toEqual(facts);
    expect(JSON.parse(text.slice(65)).texts).toEqual(['聘请法律顾问1名。', '开展普法宣传12次。', '明年将聘请法律顾问。']);
  });

  it('the schema closes the entry and types every field the engine reads', () => {
    expect(CACHE_ENTRY_SCHEMA.additionalProperties).toBe(false);
    expect(CACHE_ENTRY_SCHEMA.properties.meta.properties.year).toBeDefined();
  });
});
