/** Incremental re-scoring and near-duplicate detection, end to end on real reports. */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signatureOf, jaccard } from '../engine/corpus/minhash.js';
import { CORPUS, ROOT, seedText } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const outputs = (dir: string) => ['ranking.csv', 'results.jsonl'].map((f) => readFileSync(join(dir, f), 'utf8'));

function corpusOfSeeds(): string {
  const dir = tempDir();
  for (const f of SEEDS) cpSync(join(CORPUS, f), join(dir, f));
  return dir;
}

describe('incremental cache', () => {
  const corpus = corpusOfSeeds();
  const out = tempDir();
  const first = rubricCli(['score', '--corpus', corpus, '--out', out]);
  const firstOutputs = outputs(out);
  // --force: the outputs in --out are up to date (up-to-date.test.ts); this run is about the cache
  const second = rubricCli(['score', '--corpus', corpus, '--out', out, '--force']);

  it('a second run with nothing changed takes every result from the cache, with identical outputs', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain('缓存');
    expect(second.stdout).toContain('缓存：5 份未变，0 份只重算了改动的评分项，0 份全新评分');
    expect(outputs(out)).toEqual(firstOutputs);
  });

  it('after a one-criterion edit only that criterion is re-evaluated, and the outputs equal a full rescore', () => {
    const rubricDir = tempDir();
    cpSync(join(ROOT, 'rubrics', 'default'), rubricDir, { recursive: true });
    const p = join(rubricDir, 'criteria', 'legal_adviser.json');
    const c = JSON.parse(readFileSync(p, 'utf8'));
    c.levels[0].conditions.all[0].params.all[1] = ['律师事务所'];
    writeFileSync(p, JSON.stringify(c));
    const rubric = join(rubricDir, 'rubric.json');
    const r = rubricCli(['score', '--rubric', rubric, '--corpus', corpus, '--out', out]);
    expect(r.stdout).toContain('缓存：0 份未变，5 份只重算了改动的评分项，0 份全新评分');
    const fresh = tempDir();
    rubricCli(['score', '--rubric', rubric, '--corpus', corpus, '--out', fresh, '--no-cache']);
    expect(outputs(out)).toEqual(outputs(fresh));
    expect(outputs(out)).not.toEqual(firstOutputs);
  }, 240_000);

  it('a corrupt or foreign cache entry is ignored with a warning, never trusted', () => {
    const cacheDir = tempDir();
    const out2 = tempDir();
    rubricCli(['score', '--corpus', corpus, '--out', out2, '--cache-dir', cacheDir]);
    const entries = readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort();
    expect(entries).toHaveLength(5);
    writeFileSync(join(cacheDir, entries[0]), '{"v":1,"engine":"0.1.0","meta":');
    const [mac, json] = readFileSync(join(cacheDir, entries[1]), 'utf8').split('\n');
    const foreign = JSON.parse(json);
    for (const k of Object.keys(foreign.criteria)) foreign.criteria[k].r = { outcome: 'met' };
    writeFileSync(join(cacheDir, entries[1]), `${mac}\n${JSON.stringify(foreign)}`);
    const r = rubricCli(['score', '--corpus', corpus, '--out', out2, '--cache-dir', cacheDir, '--force']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/忽略了 2 个/);
    expect(outputs(out2)).toEqual(firstOutputs);
  }, 240_000);
});

describe('near-duplicates', () => {
  it('MinHash estimates the Jaccard similarity of shingle sets', () => {
    const a = seedText(SEEDS[0]);
    expect(jaccard(signatureOf(a), signatureOf(a))).toBe(1);
    expect(jaccard(signatureOf(a), signatureOf(seedText(SEEDS[1])))).toBeLessThan(0.15);
  });

  it('two seeds spliced together are flagged against both; the seeds are not flagged against each other', () => {
    const corpus = corpusOfSeeds();
    const a = seedText(SEEDS[0]).split('\n'), b = seedText(SEEDS[3]).split('\n');
    writeFileSync(join(corpus, 'spliced.txt'), [...a.slice(0, a.length / 2), ...b.slice(b.length / 2)].join('\n'));
    const out = tempDir();
    const r = rubricCli(['score', '--corpus', corpus, '--out', out]);
    expect(r.code).toBe(0);
    const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const flagged = rows.filter((x) => x.flags.includes('near_duplicate')).map((x) => x.file).sort();
    expect(flagged).toEqual([SEEDS[0], SEEDS[3], 'spliced.txt'].sort());
    const pairs = readFileSync(join(out, 'near-duplicates.csv'), 'utf8').split('\r\n').slice(1).filter(Boolean).map((l) => l.split(','));
    const others = pairs.filter((p) => p[0] === 'spliced.txt').map((p) => p[1]).sort();
    expect(others).toEqual([SEEDS[0], SEEDS[3]].sort());
    for (const p of pairs) expect(Number(p[2])).toBeGreaterThanOrEqual(0.3);
    const csv = readFileSync(join(out, 'ranking.csv'), 'utf8');
    // the share is a MinHash estimate, said to be about that much (new user 38 took 100% 重合 for identical texts)
    expect(csv).toMatch(/疑似雷同（与 [^（）]+ 约\d+% 重合）/);
    // the partners always follow 疑似雷同 itself, whatever flags sort after it
    expect(csv.match(/[^；,"]+（与 /g)!.every((m) => m === '疑似雷同（与 ')).toBe(true);
  });

  it('the seeds alone have no near-duplicates', () => {
    const out = tempDir();
    rubricCli(['score', '--corpus', CORPUS, '--out', out]);
    expect(readFileSync(join(out, 'results.jsonl'), 'utf8')).not.toContain('near_duplicate');
  });
});
