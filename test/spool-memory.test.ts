/**
 * The main thread's per-report holdings in `rubric score` (issue 15, peak RSS): the spool's columns
 * and the bytes workers encode (packed) give the same outputs as strings do; a SignatureStore sized
 * up front, or too small, finds the same near-duplicates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreBytes } from '../engine/scoring/report.js';
import { findNearDuplicates, SignatureStore } from '../engine/corpus/near-duplicates.js';
import { renderResult } from '../harness/render.js';
import { ResultSpool, type Packed } from '../harness/spool.js';
import { CORPUS, defaultScorer } from './helpers.js';
import { tempDir } from './cli-helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

/** What harness/worker.ts `packed` does to one result: its pieces as one view plus their byte lengths, strings emptied. */
function pack(r: Packed): Packed {
  const pieces = [...r.jsonl, ...r.csv].map((s) => Buffer.from(s, 'utf8'));
  const all = Buffer.concat(pieces);
  return { ...r, jsonl: ['', '', ''], csv: ['', ''], packed: { bytes: new Uint8Array(all.buffer, all.byteOffset, all.length), lens: pieces.map((p) => p.length) } };
}

async function spooled(packed: (i: number) => boolean): Promise<{ jsonl: string; csv: string; ranking: unknown }> {
  const dir = tempDir();
  const spool = new ResultSpool(dir);
  // each seed twice under another name, so ranks tie and order by name matters
  for (const [k, f] of [...SEEDS, ...SEEDS].entries()) {
    const r = await scoreBytes(defaultScorer(), readFileSync(join(CORPUS, f)), `${k}_${f}`, { maxBytes: 1 << 26 });
    const rendered = renderResult(defaultScorer().rubric, r, 'zh');
    spool.add(packed(k) ? pack(rendered) : rendered);
  }
  const ranking = spool.ranking();
  const paths = { jsonl: join(dir, 'results.jsonl'), csv: join(dir, 'ranking.csv') };
  spool.finish('header\r\n', (_f, flags) => flags, () => '', paths);
  return { jsonl: readFileSync(paths.jsonl, 'utf8'), csv: readFileSync(paths.csv, 'utf8'), ranking };
}

describe('ResultSpool', () => {
  it('packed bytes from a worker and strings give the same outputs, in rank order', async () => {
    const plain = await spooled(() => false);
    const mixed = await spooled((i) => i % 2 === 0);
    expect(mixed).toEqual(plain);
    const lines = plain.jsonl.trim().split('\n').map((l) => JSON.parse(l) as { rank: number | null; total: number });
    expect(lines).toHaveLength(SEEDS.length * 2);
    for (let i = 1; i < lines.length; i++) expect(lines[i - 1].total).toBeGreaterThanOrEqual(lines[i].total);
  });
});

describe('SignatureStore capacity', () => {
  it('sized exactly, too small (it grows) or default: the same near-duplicates', async () => {
    const sigs = await Promise.all([...SEEDS, ...SEEDS].map(async (f, k) => {
      const r = await scoreBytes(defaultScorer(), readFileSync(join(CORPUS, f)), `${k}_${f}`, { maxBytes: 1 << 26, signature: true });
      return { file: r.file, signature: r.signature! };
    }));
    const found = (store: SignatureStore) => { for (const s of sigs) store.add(s.file, s.signature); return findNearDuplicates(store); };
    const exact = found(new SignatureStore(sigs.length));
    expect(exact.size).toBeGreaterThan(0); // every seed has its copy
    expect(found(new SignatureStore(1))).toEqual(exact);
    expect(found(new SignatureStore())).toEqual(exact);
  });
});
