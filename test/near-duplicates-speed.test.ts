/**
 * The near-duplicate pass verifies each candidate pair about once (a template's big buckets chain the
 * same pairs in almost every band; each report remembers its last partners). Skipping a repeated
 * verification, and keeping each report's best matches in typed arrays, must change nothing: the result
 * equals the pass that verified every candidate each time it came up (the definition, below), on
 * corpora of near copies of a few templates and on diverse ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, shareOf, SIGNATURE_BINS, signatureOf } from '../engine/corpus/minhash.js';
import { findNearDuplicates, SignatureStore, type NearDuplicate } from '../engine/corpus/near-duplicates.js';

/** The pass as it was: every candidate pair verified each time a band proposes it. */
function reference(input: Array<{ file: string; signature: ReturnType<typeof signatureOf> }>, threshold = 0.3, rows = 2, smallBucket = 12, keep = 3): Map<string, NearDuplicate[]> {
  const store = new SignatureStore();
  for (const x of input) store.add(x.file, x.signature);
  const order = store.files.map((_, i) => i).sort((a, b) => (store.files[a] < store.files[b] ? -1 : store.files[a] > store.files[b] ? 1 : a - b));
  const at = (i: number) => ({ file: store.files[order[i]], signature: store.get(order[i]) });
  const found = new Map<string, NearDuplicate[]>();
  const add = (file: string, other: string, share: number) => {
    const list = found.get(file) ?? [];
    if (list.some((m) => m.other === other)) return;
    const m = { other, share: Math.round(share * 100) / 100 };
    if (list.length < keep) list.push(m);
    else {
      const worst = list.reduce((w, x, k) => (x.share < list[w].share || (x.share === list[w].share && x.other > list[w].other) ? k : w), 0);
      if (m.share > list[worst].share || (m.share === list[worst].share && m.other < list[worst].other)) list[worst] = m; else return;
    }
    found.set(file, list);
  };
  const verify = (i: number, j: number) => {
    const a = Math.min(i, j), b = Math.max(i, j);
    if (a === b) return;
    const x = at(a), y = at(b);
    if (x.signature.shingles === 0 || y.signature.shingles === 0) return;
    const jac = jaccard(x.signature, y.signature);
    const sx = shareOf(x.signature, y.signature, jac), sy = shareOf(y.signature, x.signature, jac);
    if (Math.max(sx, sy) < threshold) return;
    add(x.file, y.file, sx);
    add(y.file, x.file, sy);
  };
  for (let band = 0; band < Math.floor(SIGNATURE_BINS / rows); band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < store.size; i++) {
      const { bins, shingles } = store.get(order[i]);
      if (shingles === 0) continue;
      let key = 0;
      for (let r = 0; r < rows; r++) key = key * 65536 + bins[band * rows + r];
      const list = buckets.get(key);
      if (list) list.push(i); else buckets.set(key, [i]);
    }
    for (const members of buckets.values()) {
      if (members.length < 2) continue;
      if (members.length <= smallBucket) { for (let p = 0; p < members.length; p++) for (let q = p + 1; q < members.length; q++) verify(members[p], members[q]); }
      else for (let p = 1; p < members.length; p++) verify(members[p - 1], members[p]);
    }
  }
  for (const list of found.values()) list.sort((a, b) => b.share - a.share || (a.other < b.other ? -1 : 1));
  return found;
}

const SENTENCES = ['本镇聘请法律顾问一名，审查合同十二份。', '开展普法宣传活动八场次，发放资料三千份。', '严格落实重大行政决策程序，集体讨论决定事项九项。', '行政执法人员全部持证上岗，组织培训两期。', '矛盾纠纷排查化解一百余起，调解成功率较高。', '政务公开栏目更新信息四百条。', '存在的不足是基层法治力量薄弱。', '下一步将继续加强法治宣传教育。'];

describe('near-duplicates: each pair verified once', () => {
  it('equals verifying every candidate each time, on template copies and on diverse texts', () => {
    const doc = fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { minLength: 3, maxLength: 12 });
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 2, maxLength: 40 }), (templates, picks) => {
      // each report: a template, possibly with one sentence changed (a near copy), or a shuffle of its own
      const input = picks.map(([t, k, own], i) => {
        const base = templates[t % templates.length];
        const ids = own ? [...base].reverse().map((x) => (x + k) % SENTENCES.length) : base.map((x, j) => (j === k % base.length ? (x + 1) % SENTENCES.length : x));
        return { file: `r${String(i).padStart(3, '0')}.txt`, signature: signatureOf(`某镇${i % 7}号报告。` + ids.map((x) => SENTENCES[x]).join('')) };
      });
      const got = findNearDuplicates(input);
      expect([...got].sort()).toEqual([...reference(input)].sort());
    }), { numRuns: 150 });
  });

  it('equals it where each report meets more partners than it remembers (buckets of up to 12, keep 1–4), and with many ties', () => {
    // each report verified against up to 11 others per band: more than the RECENT slots, so pairs are verified again
    fc.assert(fc.property(fc.integer({ min: 20, max: 300 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 1e6 }), (n, keep, seed) => {
      let x = seed;
      const rnd = () => (x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32;
      const template = Array.from({ length: SIGNATURE_BINS }, () => (rnd() * 2 ** 32) >>> 0);
      // few distinct replacement values: shares tie often, and the keep rule's tie-break decides
      const input = Array.from({ length: n }, (_, i) => ({ file: `t${String(Math.floor(rnd() * 1e5)).padStart(5, '0')}_${i}.txt`, signature: { bins: Uint32Array.from(template, (v) => (rnd() < 0.4 ? Math.floor(rnd() * 3) : v)), shingles: 500 } }));
      expect([...findNearDuplicates(input, { keep })].sort()).toEqual([...reference(input, 0.3, 2, 12, keep)].sort());
    }), { numRuns: 40 });
  });

  it('a corpus of many near copies of one template: every copy flagged, at most 3 matches each', () => {
    const input = Array.from({ length: 200 }, (_, i) => ({ file: `c${String(i).padStart(3, '0')}.txt`, signature: signatureOf(`第${i}镇。` + SENTENCES.join('')) }));
    const got = findNearDuplicates(input);
    expect(got.size).toBe(200);
    for (const list of got.values()) expect(list.length).toBeLessThanOrEqual(3);
    expect([...got].sort()).toEqual([...reference(input)].sort());
  });
});
