/**
 * Unchanged reports are answered in the main thread from the stat index (harness/cache-hits.ts):
 * not read, not handed to a worker, and identical to a fresh score. A report whose content changed
 * — even with its size and mtime put back — is read again; one changed within the racy window of
 * its stat is never recorded; an edit hands reports to a worker with their content hash, so
 * cached facts answer without reading them; a tampered index is not trusted.
 */
import { cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheHits, parseIndex, type PoolFile } from '../harness/cache-hits.js';
import { ResultCache } from '../engine/scoring/cache.js';
import { cacheKeyOf, scoreBytes, scoreKnown, type ReportOptions, type UnrankedResult } from '../engine/scoring/report.js';
import { createScorer, type Scorer } from '../engine/scoring/scorer.js';
import { loadRubric } from '../engine/rubric/load.js';
import { renderResult } from '../harness/render.js';
import { CORPUS, DEFAULT_RUBRIC, ROOT } from './helpers.js';
import { tempDir } from './cli-helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const FULL = 50 * 1024 * 1024;

/**
 * Wait until the clock is past the files' ctime. racyMs 0 still leaves a report whose ctime is the
 * very millisecond of its stat unrecorded (ctime < now is strict), and kernels with fine-grained
 * timestamps (Linux 6.13+) give a file just copied the current millisecond: on a fast disk the
 * first seed, stat'ed right after the copies, was not recorded and a CI run failed.
 */
async function pastCtime(paths: string[]): Promise<void> {
  const newest = Math.max(...paths.map((p) => Number(statSync(p, { bigint: true }).ctimeMs)));
  while (Date.now() <= newest) await new Promise((r) => setTimeout(r, 1));
}

function cachedOptions(full: Scorer, store: ResultCache): ReportOptions {
  return { maxBytes: FULL, signature: true, cache: { store, scorerFor: (only) => (only ? createScorer(full.rubric, only) : full) } };
}
const rendered = (s: Scorer, r: UnrankedResult) => { const x = renderResult(s.rubric, r, 'zh'); return [x.jsonl, x.csv, x.total, r.signature ? [...r.signature.bins] : null]; };

/** A corpus of the seeds, a cache filled from it through the index (as the pool does), and the scorer. */
async function filled(racyMs = 0, rubric = DEFAULT_RUBRIC) {
  const corpus = tempDir('rubric-hits-corpus-');
  for (const f of SEEDS) cpSync(join(CORPUS, f), join(corpus, f));
  const files = SEEDS.map((f) => ({ abs: join(corpus, f), rel: f }));
  await pastCtime(files.map((f) => f.abs));
  const store = new ResultCache(tempDir('rubric-hits-cache-'));
  const scorer = createScorer(loadRubric(rubric));
  const hits = new CacheHits(store, scorer.rubric, { signature: true, maxBytes: FULL, racyMs });
  for (const f of files) {
    const a = hits.answer(f);
    expect('file' in a && a.file.key).toBeFalsy();
    const r = await scoreBytes(scorer, readFileSync(f.abs), f.rel, cachedOptions(scorer, store));
    hits.record(f.rel, r.contentKey, !r.error);
  }
  hits.save();
  return { corpus, files, store, scorer };
}

describe('stat index: unchanged reports answered without reading them', () => {
  it('answers every unchanged report from the cache, equal to a fresh score (the county scheme too)', async () => {
    for (const rubric of [DEFAULT_RUBRIC, join(ROOT, 'rubrics', 'examples', 'county-scheme', 'rubric.json')]) {
      const { files, store, scorer } = await filled(0, rubric);
      const hits = new CacheHits(store, scorer.rubric, { signature: true, maxBytes: FULL, racyMs: 0 });
      for (const f of files) {
        const a = hits.answer(f);
        if (!('result' in a)) throw new Error(`${f.rel} not answered`);
        expect(a.result.cache).toBe('hit');
        expect(rendered(scorer, a.result)).toEqual(rendered(scorer, await scoreBytes(scorer, readFileSync(f.abs), f.rel, { maxBytes: FULL, signature: true })));
      }
    }
  });

  it('a report changed with its size and mtime put back is read again (ctime moved); so is a grown one (variant)', async () => {
    const { files, store, scorer } = await filled();
    const [a, b] = files;
    const st = statSync(a.abs);
    const text = readFileSync(a.abs);
    const swapped = Buffer.from(text); swapped[swapped.length - 2] = swapped[swapped.length - 2] === 0x31 ? 0x32 : 0x31; // one byte, same size
    writeFileSync(a.abs, swapped);
    utimesSync(a.abs, st.atime, st.mtime);
    writeFileSync(b.abs, Buffer.concat([readFileSync(b.abs), Buffer.from('\n补充说明。\n')]));
    const hits = new CacheHits(store, scorer.rubric, { signature: true, maxBytes: FULL, racyMs: 0 });
    for (const f of [a, b]) {
      const x = hits.answer(f);
      expect('file' in x && x.file.key).toBeFalsy();
    }
    expect('result' in hits.answer(files[2])).toBe(true);
  });

  it('a report stat-ed within the racy window is not recorded: the next run reads it', async () => {
    const { files, store, scorer } = await filled(60_000);
    const hits = new CacheHits(store, scorer.rubric, { signature: true, maxBytes: FULL, racyMs: 60_000 });
    for (const f of files) expect('file' in hits.answer(f)).toBe(true);
  });

  it('after a threshold edit a report goes to the worker with its content hash, and is scored from cached facts without being read', async () => {
    const { files, store } = await filled();
    const spec = JSON.parse(readFileSync(join(ROOT, 'rubrics', 'default', 'criteria', 'legal_adviser.json'), 'utf8'));
    spec.levels[0].conditions.all[0].value = 3;
    const dir = tempDir('rubric-hits-rubric-');
    cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
    writeFileSync(join(dir, 'criteria', 'legal_adviser.json'), JSON.stringify(spec));
    const edited = createScorer(loadRubric(join(dir, 'rubric.json')));
    const hits = new CacheHits(store, edited.rubric, { signature: true, maxBytes: FULL, racyMs: 0 });
    // the index knows the entries were complete for another rubric: the main thread does not even read them
    let reads = 0;
    const read = store.read.bind(store);
    store.read = (key) => { reads++; return read(key); };
    for (const f of files) {
      const x = hits.answer(f);
      if (!('file' in x)) throw new Error('answered although the rubric changed');
      const pf: PoolFile = x.file;
      expect(pf.key).toBe(cacheKeyOf(readFileSync(f.abs), f.rel));
      const r = await scoreKnown(edited, pf.key!, () => { throw new Error('read'); }, f.rel, cachedOptions(edited, store));
      expect(r.cache).toBe('partial');
      expect(rendered(edited, r)).toEqual(rendered(edited, await scoreBytes(edited, readFileSync(f.abs), f.rel, { maxBytes: FULL, signature: true })));
      hits.record(f.rel, r.contentKey, true);
    }
    expect(reads).toBe(files.length); // the workers' reads (scoreKnown), none by answer
    hits.save();
    // both rubrics are now remembered: each is answered here (diff once both have run)
    for (const s of [edited, createScorer(loadRubric(DEFAULT_RUBRIC))]) {
      const again = new CacheHits(store, s.rubric, { signature: true, maxBytes: FULL, racyMs: 0 });
      for (const f of files) expect('result' in again.answer(f)).toBe(true);
    }
  });

  it('two rubrics on one cache (rubric diff) share the index: after a cold run both are answered here, whichever sibling saves, and however often', async () => {
    const edit = (spec: { levels: Array<{ conditions: { all: Array<{ value: number }> } }> }) => { spec.levels[0].conditions.all[0].value = 3; };
    const spec = JSON.parse(readFileSync(join(ROOT, 'rubrics', 'default', 'criteria', 'legal_adviser.json'), 'utf8'));
    edit(spec);
    const dir = tempDir('rubric-hits-rubric-');
    cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
    writeFileSync(join(dir, 'criteria', 'legal_adviser.json'), JSON.stringify(spec));
    const scorers = [createScorer(loadRubric(DEFAULT_RUBRIC)), createScorer(loadRubric(join(dir, 'rubric.json')))];
    // how the pair saves: once by the first (diff), once by the second, or by each in turn
    for (const saveBy of [[0], [1], [0, 1]]) {
      const corpus = tempDir('rubric-hits-corpus-');
      for (const f of SEEDS) cpSync(join(CORPUS, f), join(corpus, f));
      const files = SEEDS.map((f) => ({ abs: join(corpus, f), rel: f }));
      await pastCtime(files.map((f) => f.abs));
      const store = new ResultCache(tempDir('rubric-hits-cache-'));
      const first = new CacheHits(store, scorers[0].rubric, { signature: true, maxBytes: FULL, racyMs: 0 });
      const pair = [first, new CacheHits(store, scorers[1].rubric, { signature: true, maxBytes: FULL, racyMs: 0 }, first)];
      for (const [i, h] of pair.entries()) {
        for (const f of files) {
          expect('file' in h.answer(f)).toBe(true);
          const r = await scoreBytes(scorers[i], readFileSync(f.abs), f.rel, cachedOptions(scorers[i], store));
          h.record(f.rel, r.contentKey, !r.error);
        }
      }
      for (const i of saveBy) pair[i].save();
      const again = new CacheHits(store, scorers[0].rubric, { signature: true, maxBytes: FULL, racyMs: 0 });
      const pairAgain = [again, new CacheHits(store, scorers[1].rubric, { signature: true, maxBytes: FULL, racyMs: 0 }, again)];
      for (const [i, h] of pairAgain.entries()) {
        for (const f of files) {
          const a = h.answer(f);
          if (!('result' in a)) throw new Error(`${f.rel} not answered for rubric ${i} (saved by ${saveBy.join(',')})`);
          expect(rendered(scorers[i], a.result)).toEqual(rendered(scorers[i], await scoreBytes(scorers[i], readFileSync(f.abs), f.rel, { maxBytes: FULL, signature: true })));
        }
      }
    }
  });

  it('a tampered index (a path pointed at another report\'s entry) is not trusted, with a warning', async () => {
    const { files, store, scorer } = await filled();
    const p = join(store.dir, 'stat-index');
    const text = readFileSync(p, 'utf8');
    const lines = text.split('\n');
    const at = (f: { abs: string }) => lines.findIndex((l) => l.startsWith(`${JSON.stringify(f.abs)}\t`));
    const [a, b] = files.map((f) => lines[at(f)].split('\t')[1]);
    const fa = a.split(':'), fb = b.split(':');
    fa[5] = fb[5]; // size:mtime:ctime:ino:dev:content hash[:rubrics]
    lines[at(files[0])] = `${JSON.stringify(files[0].abs)}\t${fa.join(':')}`;
    writeFileSync(p, lines.join('\n'));
    const hits = new CacheHits(store, scorer.rubric, { signature: true, maxBytes: FULL, racyMs: 0 });
    expect(hits.indexWarning?.code).toBe('cache_integrity');
    expect('result' in hits.answer(files[0])).toBe(false);
  });

  it('the index is lines: paths with a tab, a newline or Chinese come back exactly; a line this program would not write makes the whole index untrusted', () => {
    const v = `12:3:4:5:6:${'a'.repeat(40)}`;
    const good = (lines: string[]) => Buffer.from(['fazhi-stat-index 2', ...lines, ''].join('\n'));
    const odd = ['/报告/镇\t甲.txt', '/报告/a\nb.txt', '/x/"引号".txt'];
    expect([...(parseIndex(good(odd.map((a) => `${JSON.stringify(a)}\t${v}:${'b'.repeat(16)}`))) as Map<string, string>).keys()]).toEqual(odd);
    expect(parseIndex(good([]))).toEqual(new Map());
    for (const bad of [
      [`"/a.txt"\t${v}`, '"/b.txt"'], // no value
      [`"/a.txt"\t${v.replace('12', 'x')}`], // not a stat
      [`/a.txt\t${v}`], // path not JSON
      [`"/a.txt"\t${v}:${'b'.repeat(15)}`], // a rubric hash cut short
    ]) expect(parseIndex(good(bad))).toBeNull();
    expect(parseIndex(good([`"/a.txt"\t${v}`]).subarray(0, -1))).toBeNull(); // last line cut
    // an earlier engine's index (one JSON object): out of date, not damaged
    expect(parseIndex(Buffer.from(JSON.stringify({ v: 1, entries: { '/a.txt': v } })))).toBe('out_of_date');
  });

  it('an index larger than one written piece is signed over every piece and read back whole', () => {
    const store = new ResultCache(tempDir('rubric-hits-cache-'));
    const index = new Map<string, string>();
    for (let i = 0; i < 30_000; i++) index.set(`/语料/第${i}号镇人民政府关于法治政府建设情况的报告.txt`, `${i}:1:2:3:4:${(i % 10).toString().repeat(40)}`);
    // through a pair of CacheHits: fill the shared state as a run would, then save
    const scorer = createScorer(loadRubric(DEFAULT_RUBRIC));
    const hits = new CacheHits(store, scorer.rubric, { signature: true, maxBytes: FULL });
    (hits as unknown as { state: { index: Map<string, string> } }).state.index = index;
    (hits as unknown as { state: { warning: unknown } }).state.warning = { code: 'cache_malformed', params: {} }; // forces a save
    hits.save();
    const p = join(store.dir, 'stat-index');
    expect(statSync(p).size).toBeGreaterThan(2 << 20); // more than one piece
    const again = new CacheHits(store, scorer.rubric, { signature: true, maxBytes: FULL });
    expect(again.indexWarning).toBeUndefined();
    expect((again as unknown as { state: { index: Map<string, string> } }).state.index).toEqual(index);
    // one byte changed in the last piece: the MAC covers it
    const bytes = readFileSync(p);
    bytes[bytes.length - 3] ^= 1;
    writeFileSync(p, bytes);
    expect(new CacheHits(store, scorer.rubric, { signature: true, maxBytes: FULL }).indexWarning?.code).toBe('cache_integrity');
  });
});
