/**
 * `rubric diff` keeps of each pass only what it prints (harness/diff-keep.ts), so two passes over a
 * large corpus fit the heap: no evidence for a criterion that did not change, at most DIFF_EVIDENCE
 * items for one that did, and a diff identical to one made from the (trimmed) full results.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIFF_EVIDENCE, DiffCollector, forDiff, kindRanksOf } from '../harness/diff-keep.js';
import { unitKind } from '../harness/writers/unit-kind.js';
import { diffResults } from '../engine/eval/diff.js';
import { errorResult, scoreBytes, type UnrankedResult } from '../engine/scoring/report.js';
import { reportError } from '../engine/errors.js';
import { loadRubric } from '../engine/rubric/load.js';
import { createScorer, type Scorer } from '../engine/scoring/scorer.js';
import { rankResults } from '../harness/ranking.js';
import type { Evidence } from '../engine/types.js';
import { CORPUS, defaultScorer, ROOT, seedText } from './helpers.js';
import { tempDir } from './cli-helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const score = (s: Scorer) => Promise.all(SEEDS.map((f) => scoreBytes(s, readFileSync(join(CORPUS, f)), f, { maxBytes: 1 << 26 })));

/** The diff as it was made before the collector: every trimmed result of both passes, ranked. */
const reference = (before: UnrankedResult[], after: UnrankedResult[]) => diffResults(withKinds(rankResults(before.map(forDiff))), withKinds(rankResults(after.map(forDiff))));
/** Full results with their unit kind and rank among it, as the collector gives them. */
function withKinds<T extends { file: string; total: number; unit: string | null; division?: { code?: string } | null; error?: unknown }>(rs: T[]) {
  const kinds = rs.map((r) => ({ ...r, kind: r.error ? null : unitKind(r.unit, r.division?.code) }));
  const ranks = kindRanksOf(kinds.map((r) => ({ ...r, error: r.error ?? null })));
  return kinds.map(({ kind, ...r }) => ({ ...r, ...(kind ? { kind, kindRank: ranks.get(r.file) ?? null } : {}) }));
}

function collect(before: UnrankedResult[], after: UnrankedResult[]) {
  const dir = tempDir();
  const c = new DiffCollector(dir);
  try {
    for (const r of before) c.addBefore(r);
    for (const r of after) c.addAfter(r);
    return { kept: c.inputs(), dir };
  } finally {
    c.dispose();
  }
}

/** Every criterion cell that carries evidence, as `file:id`. */
const withEvidence = (xs: Array<{ file: string; criteria: Record<string, { evidence?: Evidence[] }> }>) =>
  xs.flatMap((x) => Object.entries(x.criteria).filter(([, c]) => c.evidence !== undefined).map(([id]) => `${x.file}:${id}`)).sort();

const ev = (text: string): Evidence => ({ text, section: '一、主要工作', kind: 'achievements', line: 3, start: 0, end: text.length });

describe('forDiff', () => {
  it('keeps totals, outcomes, points, deductions and the first evidence items; drops the signature', async () => {
    const r = await scoreBytes(defaultScorer(), Buffer.from(seedText('002_691625496146cc7c.txt')), '002.txt', { maxBytes: 1 << 26, signature: true });
    const many = Object.values(r.criteria).filter((c) => c.evidence.length > DIFF_EVIDENCE);
    expect(many.length).toBeGreaterThan(0); // the seed has criteria with more evidence than a diff keeps
    const d = forDiff(r);
    expect(d.total).toBe(r.total);
    expect(d.signature).toBeUndefined();
    for (const [id, c] of Object.entries(r.criteria)) {
      expect(d.criteria[id]).toMatchObject({ outcome: c.outcome, points: c.points, planned_only: c.planned_only });
      expect(d.criteria[id].evidence).toEqual(c.evidence.slice(0, DIFF_EVIDENCE));
    }
    expect(d.deductions.map((x) => [x.id, x.points])).toEqual(r.deductions.map((x) => [x.id, x.points]));
    expect(JSON.stringify(d).length).toBeLessThan(JSON.stringify(r).length);
  });
});

describe('DiffCollector', () => {
  let seeds: UnrankedResult[];
  beforeAll(async () => { seeds = await score(defaultScorer()); });

  it('holds evidence only for the criterion that changed, the same diff as full results give', () => {
    const target = seeds[1];
    const id = Object.keys(target.criteria).find((k) => target.criteria[k].evidence.length > DIFF_EVIDENCE)!;
    expect(id).toBeDefined();
    const changed: UnrankedResult = structuredClone(target);
    changed.criteria[id] = { ...changed.criteria[id], outcome: 'unmet', points: 0, evidence: [ev('只在新规则下找到的句子')] };
    changed.total = target.total - target.criteria[id].points;
    const after = seeds.map((r) => (r === target ? changed : r));
    const { kept, dir } = collect(seeds, after);
    // nothing else carries evidence: unchanged criteria are outcome and points only
    expect(withEvidence(kept.before)).toEqual([`${target.file}:${id}`]);
    expect(withEvidence(kept.after)).toEqual([`${target.file}:${id}`]);
    expect(kept.before.find((x) => x.file === target.file)!.criteria[id].evidence).toEqual(target.criteria[id].evidence.slice(0, DIFF_EVIDENCE));
    expect(kept.after.find((x) => x.file === target.file)!.criteria[id].evidence).toEqual([ev('只在新规则下找到的句子')]);
    expect(diffResults(kept.before, kept.after)).toEqual(reference(seeds, after));
    // what is held is a small part of the trimmed results (the old way kept those, twice)
    expect(JSON.stringify(kept).length * 4).toBeLessThan(JSON.stringify([...seeds, ...after].map(forDiff)).length);
    expect(readdirSync(dir).filter((f) => f.startsWith('.diff-spill'))).toEqual([]); // the spill is removed
  });

  it('a report failing in the new pass, and a criterion only one rubric has, keep their evidence on the side that has it', () => {
    const [a, b] = seeds;
    const failed = errorResult(a.file, reportError('internal_error', { detail: 'x' }));
    const extra: UnrankedResult = structuredClone(b);
    extra.criteria.only_new = { outcome: 'met', points: 2, planned_only: false, evidence: [ev('一'), ev('二'), ev('三'), ev('四')] };
    const after = seeds.map((r) => (r === a ? failed : r === b ? extra : r));
    const { kept } = collect(seeds, after);
    expect(withEvidence(kept.after)).toEqual([`${b.file}:only_new`]);
    expect(kept.after.find((x) => x.file === b.file)!.criteria.only_new.evidence).toHaveLength(DIFF_EVIDENCE);
    // the failed report's criteria all "changed" (to absent): their old evidence comes back from the spill
    expect(withEvidence(kept.before)).toEqual(Object.keys(a.criteria).map((id) => `${a.file}:${id}`).sort());
    expect(diffResults(kept.before, kept.after)).toEqual(reference(seeds, after));
  });

  it('the two results of a report may arrive in either order or together (one answered from the cache, the other scored later)', () => {
    // the first three reports change, one arriving in each way
    const changedIds = new Map<string, string>();
    const after = seeds.map((r, i) => {
      if (i > 2) return r;
      const id = Object.keys(r.criteria).find((k) => r.criteria[k].evidence.length)!;
      changedIds.set(r.file, id);
      const x: UnrankedResult = structuredClone(r);
      x.criteria[id] = { ...x.criteria[id], outcome: 'partial', points: x.criteria[id].points / 2 + 0.25 };
      return x;
    });
    const dir = tempDir();
    const c = new DiffCollector(dir);
    try {
      seeds.forEach((r, i) => { if (i % 3 === 0) { c.add(0, r); c.add(1, after[i]); } else if (i % 3 === 1) { c.add(1, after[i]); c.add(0, r); } else c.addPair(r, after[i]); });
      const kept = c.inputs();
      const expected = [...changedIds].map(([f, id]) => `${f}:${id}`).sort();
      expect(withEvidence(kept.before)).toEqual(expected);
      expect(withEvidence(kept.after)).toEqual(expected);
      expect(diffResults(kept.before, kept.after)).toEqual(reference(seeds, after));
    } finally {
      c.dispose();
    }
  });

  it('a real edit (a threshold moved) and a scheme: the same diff, no bonus, penalty or veto evidence held', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
    const p = join(dir, 'criteria', 'legal_adviser.json');
    const c = JSON.parse(readFileSync(p, 'utf8'));
    c.levels[0].conditions.all[0].value = 2;
    writeFileSync(p, JSON.stringify(c));
    const edited = await score(createScorer(loadRubric(join(dir, 'rubric.json'))));
    let { kept } = collect(seeds, edited);
    expect(diffResults(kept.before, kept.after)).toEqual(reference(seeds, edited));

    const scheme = await score(createScorer(loadRubric(join(ROOT, 'rubrics', 'examples', 'county-scheme', 'rubric.json'))));
    ({ kept } = collect(seeds, scheme));
    const d = diffResults(kept.before, kept.after);
    expect(d.summary.scheme).toBeDefined();
    expect(d).toEqual(reference(seeds, scheme));
    for (const x of kept.after) {
      const s = x.scheme!;
      for (const i of [...(s.bonus?.items ?? []), ...(s.penalties?.items ?? []), ...(s.veto ?? [])]) expect(i.evidence).toEqual([]);
    }
  });
});
