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
import { CORPUS, DEFAULT_RUBRIC } from './helpers.js';
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
      return Object.fromEntries(readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r: { file: string; error: { code: string } | null; total: number | null; flags: string[] }) => [r.file, r.error?.code ?? r.total]));
    };
    // the name-dependent flag: the same text named .txt and .doc scores alike, but only the .doc is flagged format_mismatch,
    // cached or not, whichever is scored first (nu34: the flag moved between byte-identical twins through the cache)
    const mismatched = (args: string[]) => {
      const out = tempDir();
      rubricCli(['score', corpus, '--out', out, '--format', 'jsonl', '--quiet', '--no-near-duplicates', '--workers', '1', ...args]);
      return readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r: { flags?: string[] }) => r.flags?.includes('format_mismatch')).map((r: { file: string }) => r.file).sort();
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
    const flagged = mismatched(['--no-cache']);
    expect(flagged).toContain('f_text.doc');
    expect(flagged).not.toContain('e_text.txt');
    const twinCache = join(tempDir(), 'cache');
    expect(mismatched(['--cache-dir', twinCache])).toEqual(flagged);
    expect(mismatched(['--cache-dir', twinCache, '--force'])).toEqual(flagged);
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
    const facts = store.readFacts(key).facts?.toRecord();
    if (!facts) throw new Error('no facts');
    const withEvidence = Object.values(facts).find((f) => f.evidence.length)!;
    delete (withEvidence.evidence[0] as { line?: number }).line;
    expect(() => store.write(key, c.read(c.files[0]).entry as never, { whole: facts })).toThrow(CacheSchemaError);
    // numbers JSON cannot carry (written as null, read back as no number): refused, in an entry's points and in a fact's value
    const nan = c.read(c.files[1]).entry;
    (Object.values(nan.criteria)[0] as Record<string, { points: number }>)[Object.keys(Object.values(nan.criteria)[0] as object)[0]].points = Number.NaN;
    expect(() => store.write(c.files[1].split('/').pop()!.replace('.json', ''), nan as never)).toThrow(CacheSchemaError);
    const again = store.readFacts(key).facts?.toRecord();
    if (!again) throw new Error('no facts');
    Object.values(again)[0].value = Number.POSITIVE_INFINITY;
    expect(() => store.write(key, c.read(c.files[0]).entry as never, { whole: again })).toThrow(CacheSchemaError);
    // what verifies is trusted as written: the run reads them without a warning, the outputs are a fresh run's
    const r = c.rerun();
    expect(r.stderr).not.toMatch(/忽略|ignored/);
    expect(c.outputs()).toEqual(freshOutputs());
  }, 240_000);

  it('after an edit only the new results are checked against the schema when written, and every entry still fits it whole', async () => {
    const c = filledCache();
    const rubricDir = tempDir();
    cpSync(join(DEFAULT_RUBRIC, '..'), rubricDir, { recursive: true });
    const la = join(rubricDir, 'criteria', 'legal_adviser.json');
    const j = JSON.parse(readFileSync(la, 'utf8'));
    j.levels[0].conditions.all[0].value = 3;
    writeFileSync(la, JSON.stringify(j));
    const r = rubricCli(['score', '--corpus', corpus, '--out', c.out, '--cache-dir', c.cacheDir, '--rubric', join(rubricDir, 'rubric.json'), '--format', 'csv,jsonl', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const { Ajv } = await import('ajv');
    const validate = new Ajv({ strict: false, allowUnionTypes: true, strictNumbers: true }).compile(CACHE_ENTRY_SCHEMA);
    for (const f of c.files) {
      const { entry } = c.read(f);
      expect(Object.keys(entry.criteria.legal_adviser).length).toBe(2);
      expect(validate(entry), JSON.stringify(validate.errors)).toBe(true);
    }
    // a new result outside the schema is refused though the rest came from an entry that verified
    const store = new ResultCache(c.cacheDir);
    const key = c.files[0].split('/').pop()!.replace('.json', '');
    const { entry } = c.read(c.files[0]);
    const added = { ...entry, criteria: { legal_adviser: { zzz: { outcome: 'met', points: Number.NaN, planned_only: false, evidence: [] } } }, deductions: {}, checks: {} };
    expect(() => store.write(key, entry, null, null, added)).toThrow(CacheSchemaError);
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
    store.write(key, { ...entry, engine: ENGINE_VERSION } as never, { whole: facts } as never);
    const text = readFileSync(join(store.dir, 'aa', `${key}.facts`), 'utf8');
    expect(text.split('聘请法律顾问1名。').length).toBe(2);
    expect(store.readFacts(key).facts?.toRecord()).toEqual(facts);
    expect(store.readFacts(key).facts?.get('b')).toEqual(facts.b);
    // the index line: each fact's JSON and each sentence by byte span after it
    const index = JSON.parse(text.slice(65, text.indexOf('\n', 65)));
    const body = Buffer.from(text.slice(text.indexOf('\n', 65) + 1), 'utf8');
    expect(index.texts.length).toBe(6);
    expect(body.toString('utf8', index.texts[2], index.texts[2] + index.texts[3])).toBe('开展普法宣传12次。');
    expect(JSON.parse(body.toString('utf8', index.facts.b[0], index.facts.b[0] + index.facts.b[1])).value).toBe(1);
  });

  it('facts added to a facts file: the old bytes kept as they are, a sentence it holds pointed at, only the new facts checked', () => {
    const store = new ResultCache(tempDir());
    const ev = (text: string, line: number) => ({ text, section: '一', kind: 'achievements', line, start: 0, end: text.length });
    const old = {
      a: { value: 2, withPlans: 3, evidence: [ev('聘请法律顾问1名。', 3), ev('开展普法宣传12次。', 4)], refused: [{ ...ev('明年将聘请法律顾问。', 9), reason: 'plans' }] },
      b: { value: 1, withPlans: 1, evidence: [ev('聘请法律顾问1名。', 3)], refused: [] },
    };
    const entry = { v: 2, engine: ENGINE_VERSION, meta: { unit: null, year: null, flags: [], encoding: null }, signature: null, criteria: {}, deductions: {}, checks: {} };
    const key = 'd'.repeat(40);
    store.write(key, entry as never, { whole: old } as never);
    const before = readFileSync(join(store.dir, 'dd', `${key}.facts`));
    const bodyBefore = before.subarray(before.indexOf(0x0a, 65) + 1);
    const added = { c: { value: 1, withPlans: 1, evidence: [ev('开展普法宣传12次。', 4), ev('新设立调解室2个。', 7)], refused: [] } };
    store.write(key, entry as never, { appendTo: store.readFacts(key).facts!, added } as never);
    const after = readFileSync(join(store.dir, 'dd', `${key}.facts`));
    const bodyAfter = after.subarray(after.indexOf(0x0a, 65) + 1);
    // the old body is the new one's beginning, byte for byte; a sentence already held is not stored again
    expect(bodyAfter.subarray(0, bodyBefore.length).equals(bodyBefore)).toBe(true);
    expect(after.toString('utf8').split('开展普法宣传12次。').length).toBe(2);
    expect(after.toString('utf8').split('新设立调解室2个。').length).toBe(2);
    expect(store.readFacts(key).facts?.toRecord()).toEqual({ ...old, ...added });
    // a new fact outside the schema is refused and the file left as it was
    const bad = { d: { value: Number.NaN, withPlans: 1, evidence: [], refused: [] } };
    expect(() => store.write(key, entry as never, { appendTo: store.readFacts(key).facts!, added: bad } as never)).toThrow(CacheSchemaError);
    expect(readFileSync(join(store.dir, 'dd', `${key}.facts`)).equals(after)).toBe(true);
  });

  const signed = (store: ResultCache, key: string, text: string) => {
    const secret = readFileSync(join(store.dir, 'key'));
    writeFileSync(join(store.dir, key.slice(0, 2), `${key}.facts`), `${createHmac('sha256', secret).update(`${key}:facts\n${text}`).digest('hex')}\n${text}`);
  };
  const bare = { v: 2, engine: ENGINE_VERSION, meta: { unit: null, year: null, flags: [], encoding: null }, signature: null, criteria: {}, deductions: {}, checks: {} };

  it('a fact is decoded only when asked for: one whose bytes do not decode is missing (and flagged), its neighbours are not', () => {
    const store = new ResultCache(tempDir());
    const key = 'b'.repeat(40);
    const ev = { text: 0, section: '一', kind: 'achievements', line: 3, start: 0, end: 9 };
    store.write(key, bare as never, { whole: { x: { value: 1, withPlans: 1, evidence: [], refused: [] } } } as never);
    const good = JSON.stringify({ value: 4, withPlans: 4, evidence: [ev], refused: [] });
    const sentence = '聘请法律顾问1名。';
    const bodyOf = (pieces: string[]) => pieces.join('');
    const n = (t: string) => Buffer.byteLength(t);
    // fact a is not JSON, fact b is; c names a sentence the index does not have
    const bad = '{"value":';
    const c = JSON.stringify({ value: 1, withPlans: 1, evidence: [{ ...ev, text: 7 }], refused: [] });
    const index = { v: 3, engine: ENGINE_VERSION, facts: { a: [0, n(bad)], b: [n(bad), n(good)], c: [n(bad) + n(good), n(c)] }, texts: [n(bad) + n(good) + n(c), n(sentence)] };
    signed(store, key, `${JSON.stringify(index)}\n${bodyOf([bad, good, c, sentence])}`);
    const view = store.readFacts(key).facts!;
    expect(view.malformed).toBe(false);
    expect(view.get('b')).toEqual({ value: 4, withPlans: 4, evidence: [{ ...ev, text: sentence }], refused: [] });
    expect(view.malformed).toBe(false);
    expect(view.get('a')).toBeUndefined();
    expect(view.get('c')).toBeUndefined();
    expect(view.malformed).toBe(true);
    expect(view.has('a')).toBe(true);
    expect(view.get('zz')).toBeUndefined();
  });

  it('a facts file whose index points outside it is malformed; one of the format before is out of date (no warning)', () => {
    const store = new ResultCache(tempDir());
    const key = 'c'.repeat(40);
    store.write(key, bare as never, { whole: { x: { value: 1, withPlans: 1, evidence: [], refused: [] } } } as never);
    signed(store, key, `${JSON.stringify({ v: 3, engine: ENGINE_VERSION, facts: { a: [0, 500] }, texts: [] })}\n{}`);
    expect(store.readFacts(key)).toMatchObject({ facts: null, warning: { code: 'cache_malformed' } });
    signed(store, key, `${JSON.stringify({ v: 3, engine: ENGINE_VERSION, facts: { a: [0, 2] }, texts: [0] })}\n{}`);
    expect(store.readFacts(key)).toMatchObject({ facts: null, warning: { code: 'cache_malformed' } });
    signed(store, key, JSON.stringify({ v: 2, engine: ENGINE_VERSION, texts: [], facts: {} }));
    expect(store.readFacts(key)).toEqual({ facts: null });
  });

  it('the schema closes the entry and types every field the engine reads', () => {
    expect(CACHE_ENTRY_SCHEMA.additionalProperties).toBe(false);
    expect(CACHE_ENTRY_SCHEMA.properties.meta.properties.year).toBeDefined();
  });
});
