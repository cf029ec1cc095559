/**
 * The incremental cache is a pure speed-up: after any sequence of rubric edits (a term added to or
 * removed from a pattern list or a shared lexicon, a threshold moved), re-scoring with the cache
 * gives byte for byte what a full re-score without it gives — for the default rubric and for a
 * 考核细则 (the county scheme: sub-items, applicability, bonuses, penalties, vetoes, categories,
 * grades). fast-check draws the edits; each sequence starts from a cache filled by the unedited
 * rubric and carries it across its edits, so results cached under several rubric versions meet.
 * Each report is first re-scored with a size limit of 1 byte, so that any parse is an error row:
 * what comes back without one (a threshold on cached facts, a new term on the cached document
 * snapshot) must equal the full re-score too, and some term and lexicon edits must come back so.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../engine/scoring/cache.js';
import { scoreBytes, type ReportOptions } from '../engine/scoring/report.js';
import { createScorer, type Scorer } from '../engine/scoring/scorer.js';
import { loadRubric, type RubricReader } from '../engine/rubric/load.js';
import { renderResult } from '../harness/render.js';
import { CORPUS, DEFAULT_RUBRIC, ROOT } from './helpers.js';
import { tempDir } from './cli-helpers.js';

const SCHEME_RUBRIC = join(ROOT, 'rubrics', 'examples', 'county-scheme', 'rubric.json');
const REPORTS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: f, bytes: readFileSync(join(CORPUS, f)) }));
const FULL = 50 * 1024 * 1024;

type Json = any;
/** A rubric's files, as parsed JSON, by path relative to its folder. */
function rubricFiles(rubric: string): Map<string, Json> {
  const files = new Map<string, Json>();
  const root = JSON.parse(readFileSync(rubric, 'utf8'));
  files.set('rubric.json', root);
  for (const e of [...root.criteria, ...root.deductions]) if (typeof e === 'string') files.set(e, JSON.parse(readFileSync(join(dirname(rubric), e), 'utf8')));
  return files;
}

/** Every object under `x` that `pick` accepts, in document order. */
function objects(x: Json, pick: (o: Json) => boolean, out: Json[] = []): Json[] {
  if (Array.isArray(x)) x.forEach((y) => objects(y, pick, out));
  else if (x && typeof x === 'object') { if (pick(x)) out.push(x); Object.values(x).forEach((y) => objects(y, pick, out)); }
  return out;
}
/** Condition leaves with a numeric threshold (levels, sub-items, applicability, bonuses, penalties, vetoes) and graded targets. */
const thresholds = (spec: Json) => [
  ...objects(spec, (o) => typeof o.fact === 'string' && typeof o.value === 'number').map((o) => ({ o, k: 'value' })),
  ...objects(spec, (o) => typeof o.perUnit === 'number' && typeof o.target === 'number').map((o) => ({ o, k: 'target' })),
];
/** Pattern lists of `sentences` leaves: the terms an author edits. */
const patternLists = (spec: Json): string[][] => objects(spec, (o) => o.fact === 'sentences' && Array.isArray(o.params?.all))
  .flatMap((o) => o.params.all).filter((g: Json) => Array.isArray(g) && g.every((t: Json) => typeof t === 'string'));

/** Terms an author might add: some the reports contain, some they do not, one a regex. */
const TERMS = ['律师事务所', '法律顾问', '培训', '调解', '规范性文件', '不存在的词语', '执法.{0,4}检查', '普法'];

type Edit = { kind: 'term' | 'threshold' | 'lexicon'; pick: number; sub: number; term: number; remove: boolean; delta: number };
const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('term' as const, 'threshold' as const, 'lexicon' as const),
  pick: fc.nat(), sub: fc.nat(), term: fc.nat({ max: TERMS.length - 1 }), remove: fc.boolean(), delta: fc.constantFrom(-1, 1, 2),
});

/** Apply one edit to the rubric's files (in place); false if it found nothing to edit. */
function apply(files: Map<string, Json>, e: Edit): boolean {
  if (e.kind === 'lexicon') {
    const lex = (files.get('rubric.json').lexicons ?? {}) as Record<string, string[]>;
    const names = Object.keys(lex).sort();
    if (!names.length) return false;
    const list = lex[names[e.pick % names.length]];
    if (e.remove && list.length > 1) list.splice(e.sub % list.length, 1); else list.push(TERMS[e.term]);
    return true;
  }
  const specs = [...files.keys()].sort();
  const spec = files.get(specs[e.pick % specs.length]);
  if (e.kind === 'threshold') {
    const ts = thresholds(spec);
    if (!ts.length) return false;
    const { o, k } = ts[e.sub % ts.length];
    o[k] = Math.max(0, o[k] + e.delta);
    return true;
  }
  const groups = patternLists(spec);
  if (!groups.length) return false;
  const g = groups[e.sub % groups.length];
  if (e.remove && g.length > 1) g.splice(e.term % g.length, 1); else if (!g.includes(TERMS[e.term])) g.push(TERMS[e.term]); else return false;
  return true;
}

/** Load the edited rubric from memory. */
function compile(rubric: string, files: Map<string, Json>) {
  const dir = dirname(rubric);
  const reader: RubricReader = { read: (p) => { const rel = resolve(p).slice(dir.length + 1); const j = files.get(rel); if (!j) throw new Error(`no ${rel}`); return JSON.stringify(j); } };
  return loadRubric(rubric, reader);
}

function cachedOptions(full: Scorer, store: ResultCache, maxBytes = FULL): ReportOptions {
  const subsets = new Map<string, Scorer>();
  return {
    maxBytes, signature: true,
    cache: {
      store,
      scorerFor(only) {
        if (!only) return full;
        const key = [...only].sort().join(',');
        if (!subsets.has(key)) subsets.set(key, createScorer(full.rubric, only));
        return subsets.get(key)!;
      },
    },
  };
}

/** What the user gets: the rendered JSONL and CSV pieces, and the near-duplicate signature. */
const rendered = (s: Scorer, r: Awaited<ReturnType<typeof scoreBytes>>) => {
  const x = renderResult(s.rubric, r, 'zh');
  return { jsonl: x.jsonl, csv: x.csv, flags: x.flags, total: x.total, error: x.error ?? null, signature: r.signature ? [...r.signature.bins, r.signature.shingles] : null };
};
const fresh = async (s: Scorer, r: { file: string; bytes: Buffer }) => rendered(s, await scoreBytes(s, r.bytes, r.file, { maxBytes: FULL, signature: true }));

describe.each([['default', DEFAULT_RUBRIC], ['county scheme', SCHEME_RUBRIC]])('incremental cache, %s rubric: re-scoring after edits equals a full re-score', (_, rubric) => {
  it('holds for random sequences of lexicon, term and threshold edits', async () => {
    let changed = 0, partial = 0, newFactsUnparsed = 0;
    await fc.assert(fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 3 }), async (edits) => {
      const files = rubricFiles(rubric);
      const store = new ResultCache(tempDir('rubric-cache-prop-'));
      const base = createScorer(compile(rubric, files));
      for (const r of REPORTS) await scoreBytes(base, r.bytes, r.file, cachedOptions(base, store));
      for (const e of edits) {
        if (!apply(files, e)) continue;
        const full = createScorer(compile(rubric, files));
        const opts = cachedOptions(full, store);
        for (const r of REPORTS) {
          const now = await fresh(full, r);
          // not parsed (a parse is a too_large row under a 1-byte limit): from cached facts and the document snapshot
          const unparsed = await scoreBytes(full, r.bytes, r.file, cachedOptions(full, store, 1));
          if (!unparsed.error) {
            expect(rendered(full, unparsed)).toEqual(now);
            if (unparsed.cache === 'partial' && e.kind !== 'threshold') newFactsUnparsed++;
          }
          const cached = await scoreBytes(full, r.bytes, r.file, opts);
          expect(cached.cache).not.toBe('miss');
          if (cached.cache === 'partial' || unparsed.cache === 'partial') partial++;
          expect(rendered(full, cached)).toEqual(now);
          if (now.jsonl.join() !== (await fresh(base, r)).jsonl.join()) changed++;
        }
      }
    }), { numRuns: 10, seed: 15 });
    // the edits must have changed some results and re-evaluated some criteria, or the property could not fail
    expect(changed).toBeGreaterThan(0);
    expect(partial).toBeGreaterThan(0);
    expect(newFactsUnparsed).toBeGreaterThan(0);
  }, 300_000);
});

describe('incremental cache: what an edit costs', () => {
  /** Options that record which units each re-evaluation covered; maxBytes 1 makes any parse an error row. */
  const spying = (full: Scorer, store: ResultCache, maxBytes: number, seen: string[][]) => {
    const o = cachedOptions(full, store, maxBytes);
    const inner = o.cache!.scorerFor;
    o.cache!.scorerFor = (only) => { if (only) seen.push([...only].sort()); return inner(only); };
    return o;
  };
  const report = REPORTS[2];
  const filled = async (rubric: string) => {
    const files = rubricFiles(rubric);
    const store = new ResultCache(tempDir('rubric-cache-cost-'));
    const base = createScorer(compile(rubric, files));
    for (const r of REPORTS) expect((await scoreBytes(base, r.bytes, r.file, cachedOptions(base, store))).cache).toBe('miss');
    return { files, store, base };
  };

  it('a threshold edit re-evaluates the criterion on cached facts, without parsing; reverting it is a hit', async () => {
    const { files, store, base } = await filled(DEFAULT_RUBRIC);
    files.get('criteria/legal_adviser.json').levels[0].conditions.all[0].value = 3;
    const edited = createScorer(compile(DEFAULT_RUBRIC, files));
    const seen: string[][] = [];
    const r = await scoreBytes(edited, report.bytes, report.file, spying(edited, store, 1, seen));
    expect(r.error).toBeUndefined();
    expect(r.cache).toBe('partial');
    expect(seen).toEqual([['legal_adviser']]);
    expect(rendered(edited, r)).toEqual(await fresh(edited, report));
    files.get('criteria/legal_adviser.json').levels[0].conditions.all[0].value = 1;
    expect((await scoreBytes(base, report.bytes, report.file, spying(base, store, 1, seen))).cache).toBe('hit');
  });

  it('a scheme: a bonus threshold edit re-evaluates that bonus alone without parsing; a category or grade edit is a hit with totals worked out afresh', async () => {
    const { files, store } = await filled(SCHEME_RUBRIC);
    const root = files.get('rubric.json');
    const leaf = objects(root.bonuses[0], (o) => typeof o.fact === 'string' && typeof o.value === 'number')[0];
    leaf.value += 1;
    const edited = createScorer(compile(SCHEME_RUBRIC, files));
    for (const r of REPORTS) {
      const seen: string[][] = [];
      const x = await scoreBytes(edited, r.bytes, r.file, spying(edited, store, 1, seen));
      expect(x.cache).toBe('partial');
      expect(seen).toEqual([[`bonus:${root.bonuses[0].id}`]]);
      expect(rendered(edited, x)).toEqual(await fresh(edited, r));
    }
    // rubric-wide parts (grades, caps) are no unit of the cache: every unit is a hit, the scheme's results follow the edit
    root.grades = root.grades.map((g: Json) => ({ ...g, min: Math.max(0, g.min - 15) }));
    root.bonusCap = 0.5;
    const regraded = createScorer(compile(SCHEME_RUBRIC, files));
    for (const r of REPORTS) {
      const x = await scoreBytes(regraded, r.bytes, r.file, spying(regraded, store, 1, []));
      expect(x.cache).toBe('hit');
      expect(rendered(regraded, x)).toEqual(await fresh(regraded, r));
    }
  });

  const newPatterns = [
    (f: Map<string, Json>) => f.get('criteria/legal_adviser.json').levels[1].conditions.all[0].params.all[0].push('法务'),
    // variant: a level that now reads a fact no level read before
    (f: Map<string, Json>) => { f.get('criteria/mediation.json').levels[0].conditions = { all: [{ fact: 'sentences', params: { all: [['调解委员会']] }, operator: 'greaterThanInclusive', value: 1 }] }; },
  ];

  it('a new pattern is computed on the cached document snapshot, without parsing the report (variant: a new fact in a level)', async () => {
    for (const edit of newPatterns) {
      const { files, store } = await filled(DEFAULT_RUBRIC);
      edit(files);
      const edited = createScorer(compile(DEFAULT_RUBRIC, files));
      for (const r of REPORTS) {
        const x = await scoreBytes(edited, r.bytes, r.file, spying(edited, store, 1, []));
        expect(x.error).toBeUndefined();
        expect(x.cache).toBe('partial');
        expect(rendered(edited, x)).toEqual(await fresh(edited, r));
        // the new fact was kept: a threshold on it later needs neither the report nor the snapshot
        expect((await scoreBytes(edited, r.bytes, r.file, spying(edited, store, 1, []))).cache).toBe('hit');
      }
    }
  });

  it('term after term added: each new fact appended to the facts file without parsing, the oldest dropped beyond twice the rubric\'s facts', async () => {
    const { cacheKeyOf } = await import('../engine/scoring/report.js');
    const { files, store } = await filled(DEFAULT_RUBRIC);
    const key = cacheKeyOf(report.bytes, report.file);
    const factsFile = () => readFileSync(join(store.dir, key.slice(0, 2), `${key}.facts`));
    const body = (b: Buffer) => b.subarray(b.indexOf(0x0a, 65) + 1);
    const limit = 2 * createScorer(compile(DEFAULT_RUBRIC, files)).rubric.facts.length;
    let appended = 0, rewritten = 0;
    for (let i = 0; i < limit + 3; i++) {
      const before = body(factsFile());
      files.get('criteria/legal_adviser.json').levels[1].conditions.all[0].params.all[0].push(`法务${i}`);
      const edited = createScorer(compile(DEFAULT_RUBRIC, files));
      const x = await scoreBytes(edited, report.bytes, report.file, spying(edited, store, 1, []));
      expect(x.error).toBeUndefined();
      expect(x.cache).toBe('partial');
      expect(rendered(edited, x)).toEqual(await fresh(edited, report));
      const after = body(factsFile());
      if (after.subarray(0, before.length).equals(before)) appended++; else rewritten++;
      expect(store.readFacts(key).facts!.keys().length).toBeLessThanOrEqual(limit);
    }
    // both ways taken: bytes kept while there was room, the file rewritten whole once the oldest had to go
    expect(appended).toBeGreaterThan(0);
    expect(rewritten).toBeGreaterThan(0);
  });

  it('a fact that reads more than the snapshot holds, a missing snapshot or an altered one: the report is parsed', async () => {
    const { cacheKeyOf } = await import('../engine/scoring/report.js');
    const docFile = (dir: string) => readdirSync(dir, { recursive: true }).map(String).find((x) => x.endsWith(`${cacheKeyOf(report.bytes, report.file)}.doc`))!;
    // year_mismatch reads the report's year and chrome: not in a snapshot
    const yearFact = (f: Map<string, Json>) => { f.get('criteria/mediation.json').levels[0].conditions = { all: [{ fact: 'year_mismatch', params: { periodPatterns: ['年度工作'] }, operator: 'greaterThanInclusive', value: 1 }] }; };
    for (const spoil of ['none', 'missing', 'altered', 'year'] as const) {
      const { files, store } = await filled(DEFAULT_RUBRIC);
      if (spoil === 'missing') rmSync(join(store.dir, docFile(store.dir)));
      if (spoil === 'altered') { const p = join(store.dir, docFile(store.dir)); writeFileSync(p, readFileSync(p, 'utf8').replace(/"titleParagraphs":\d+/, '"titleParagraphs":0')); }
      (spoil === 'year' ? yearFact : newPatterns[0])(files);
      const edited = createScorer(compile(DEFAULT_RUBRIC, files));
      const x = await scoreBytes(edited, report.bytes, report.file, spying(edited, store, 1, []));
      if (spoil === 'none') { expect(x.error).toBeUndefined(); continue; }
      expect(x.error?.code).toBe('too_large');
      const r = await scoreBytes(edited, report.bytes, report.file, cachedOptions(edited, store));
      if (spoil === 'altered') expect(r.cacheWarning?.code).toBe('cache_integrity');
      expect(rendered(edited, r)).toEqual(await fresh(edited, report));
    }
  });

  it('editing a shared lexicon re-evaluates only the criteria that name it', async () => {
    const { files, store } = await filled(DEFAULT_RUBRIC);
    files.get('rubric.json').lexicons.leaders.push('镇长');
    const edited = createScorer(compile(DEFAULT_RUBRIC, files));
    const users = [...files].filter(([k, j]) => k !== 'rubric.json' && JSON.stringify(j).includes('"@leaders"')).map(([, j]) => j.id).sort();
    expect(users.length).toBeGreaterThan(0);
    const seen: string[][] = [];
    const r = await scoreBytes(edited, report.bytes, report.file, spying(edited, store, FULL, seen));
    // (asked twice: on the cached facts, then — the edited lexicon making new facts — on the cached document snapshot)
    expect([...new Set(seen.map((x) => x.join()))]).toEqual([users.join()]);
    expect(rendered(edited, r)).toEqual(await fresh(edited, report));
  });

  it('a corrupt, altered or foreign facts file is never trusted: the report is parsed instead, with a warning', async () => {
    const spoil: Array<(t: string, dir: string, f: string) => string> = [
      (t) => t.slice(0, 100),
      (t) => t.replace(/"value":\d+/, '"value":99'),
      // another report's facts file under this report's name (validly signed for that report)
      (_, dir, f) => { const other = readdirSync(dir, { recursive: true }).map(String).find((x) => x.endsWith('.facts') && x !== f)!; return readFileSync(join(dir, other), 'utf8'); },
    ];
    for (const s of spoil) {
      const { files, store } = await filled(DEFAULT_RUBRIC);
      const key = (await import('../engine/scoring/report.js')).cacheKeyOf(report.bytes, report.file);
      const f = readdirSync(store.dir, { recursive: true }).map(String).find((x) => x.endsWith(`${key}.facts`))!;
      writeFileSync(join(store.dir, f), s(readFileSync(join(store.dir, f), 'utf8'), store.dir, f));
      files.get('criteria/legal_adviser.json').levels[0].conditions.all[0].value = 3;
      const edited = createScorer(compile(DEFAULT_RUBRIC, files));
      expect((await scoreBytes(edited, report.bytes, report.file, spying(edited, store, 1, []))).error?.code).toBe('too_large');
      const r = await scoreBytes(edited, report.bytes, report.file, cachedOptions(edited, store));
      expect(r.cacheWarning?.code).toMatch(/^cache_(integrity|corrupt|malformed)$/);
      expect(rendered(edited, r)).toEqual(await fresh(edited, report));
    }
  });
});

describe('what the cache keeps of a fact is all scoring quotes', () => {
  it('scoring on facts cut to what can be quoted (quotable) equals scoring on the parsed report, for every seed and both rubrics', async () => {
    const { readReport } = await import('../engine/scoring/report.js');
    const { documentFromFacts, factResultOf, quotable } = await import('../engine/scoring/scorer.js');
    let cut = 0;
    for (const rubric of [DEFAULT_RUBRIC, SCHEME_RUBRIC]) {
      const scorer = createScorer(loadRubric(rubric));
      for (const r of REPORTS) {
        const doc = await readReport(r.bytes, r.file);
        const full = await scorer.score(doc);
        const kept = new Map(scorer.rubric.facts.map((f) => [f, quotable(factResultOf(scorer.rubric, doc, f.ref))]));
        cut += scorer.rubric.facts.filter((f) => kept.get(f) !== factResultOf(scorer.rubric, doc, f.ref)).length;
        const again = await scorer.score(documentFromFacts(doc.flags, (f) => kept.get(f)));
        expect(again).toEqual(full);
      }
    }
    // some facts had more hits than can be quoted, or the test could not fail
    expect(cut).toBeGreaterThan(0);
  });
});

describe('the document snapshot', () => {
  it('gives back the sentences, sections and quantities as parsed; a sentence field it does not carry means no snapshot', async () => {
    const { readReport } = await import('../engine/scoring/report.js');
    const { snapshotOf, documentFromSnapshot } = await import('../engine/scoring/snapshot.js');
    for (const r of REPORTS) {
      const doc = await readReport(r.bytes, r.file);
      const snap = snapshotOf(doc)!;
      const back = documentFromSnapshot(JSON.parse(JSON.stringify(snap)), doc.flags, null)!;
      expect(back.sentences).toEqual(doc.sentences);
      expect(back.sections).toEqual(doc.sections);
      expect(back.quantities).toEqual(doc.quantities);
      expect(back.normalized).toBe(doc.normalized);
      // the unit and its place names are held (scope tells the unit's own work from others' by them); the closing is not
      expect(back.unit).toBe(doc.unit);
      expect(back.unitNames).toEqual(doc.unitNames);
      expect(() => back.closing).toThrow();
      // a field added to Sentence one day, which a row would drop
      expect(snapshotOf({ ...doc, sentences: doc.sentences.map((s) => ({ ...s, plan: true })) })).toBeNull();
    }
  });
});
