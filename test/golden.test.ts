/**
 * Outputs pinned byte for byte: the seeds' results.jsonl, ranking.csv and `explain --json` of each
 * seed, and (when ../shared is beside the checkout) a digest of the outputs on 300 reports from the
 * shared benchmark generator. A refactor must leave these unchanged; a change that is meant to change
 * results regenerates them with `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and says why in
 * its commit (the diff of test/golden/ is the review of what changed).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubricCli, tempDir } from './cli-helpers.js';
import { CORPUS, ROOT } from './helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const SHARED = join(ROOT, '..', 'shared');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function pin(name: string, actual: string) {
  const file = join(GOLDEN, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`golden file ${name} was missing and has been written; run again`);
  }
  expect(actual, `test/golden/${name} (UPDATE_GOLDEN=1 to accept a meant change)`).toBe(readFileSync(file, 'utf8'));
}

describe('outputs are pinned', () => {
  it('seeds: results.jsonl, ranking.csv', () => {
    const out = tempDir();
    const r = rubricCli(['score', '--corpus', CORPUS, '--out', out, '--quiet', '--no-cache', '--format', 'csv,jsonl']);
    expect(r.code, r.stderr).toBe(0);
    pin('seeds.results.jsonl', readFileSync(join(out, 'results.jsonl'), 'utf8'));
    pin('seeds.ranking.csv', readFileSync(join(out, 'ranking.csv'), 'utf8'));
  });

  it('seeds: explain --json', () => {
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt')).sort()) {
      const r = rubricCli(['explain', join(CORPUS, f), '--json']);
      expect(r.code, r.stderr).toBe(0);
      pin(`explain.${f.slice(0, 3)}.json`, r.stdout.split(CORPUS).join('<corpus>'));
    }
  }, 300_000);

  it.skipIf(!existsSync(join(SHARED, 'bench', 'gen_corpus.py')) || spawnSync('python3', ['--version']).status !== 0)(
    'shared benchmark corpus (300 reports): digest of results.jsonl and ranking.csv (needs ../shared/bench and python3; skipped without them)', () => {
      const dir = tempDir();
      const corpus = join(dir, 'corpus');
      const g = spawnSync('python3', [join(SHARED, 'bench', 'gen_corpus.py'), join(SHARED, 'seeds'), corpus, '300', '--seed', '7'], { encoding: 'utf8' });
      expect(g.status, g.stderr).toBe(0);
      const out = join(dir, 'out');
      // with near-duplicates: their pairing no longer depends on arrival order
      const r = rubricCli(['score', '--corpus', corpus, '--out', out, '--quiet', '--no-cache', '--format', 'csv,jsonl']);
      expect([0, 1]).toContain(r.code);
      const digest = (f: string) => createHash('sha256').update(readFileSync(join(out, f))).digest('hex');
      pin('bench300.sha256', `results.jsonl ${digest('results.jsonl')}\nranking.csv ${digest('ranking.csv')}\nnear-duplicates.csv ${existsSync(join(out, 'near-duplicates.csv')) ? digest('near-duplicates.csv') : 'none'}\n`);
    }, 300_000);
});
