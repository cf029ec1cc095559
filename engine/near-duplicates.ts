/**
 * Near-duplicates across a corpus: LSH banding over MinHash signatures finds candidate pairs in
 * about linear time; each candidate is verified on its full signature. A pair is a near-duplicate
 * when one report shares at least `threshold` of its text (shingles) with the other; both are
 * flagged, each naming the other and the share. Large buckets (a template many units copied) are
 * verified along a chain instead of all pairs, so cost stays linear.
 */
import { jaccard, shareOf, SIGNATURE_BINS, type Signature } from './minhash.js';

export interface NearDuplicate { other: string; share: number }
export interface NearDuplicateOptions { threshold?: number; rows?: number; maxPairsPerBucket?: number }

export function findNearDuplicates(items: Array<{ file: string; signature: Signature }>, opts: NearDuplicateOptions = {}): Map<string, NearDuplicate[]> {
  const threshold = opts.threshold ?? 0.3;
  const rows = Math.min(2, Math.max(1, opts.rows ?? 2)); // two 25-bit values make an exact numeric bucket key
  const bands = Math.floor(SIGNATURE_BINS / rows);
  const smallBucket = opts.maxPairsPerBucket ?? 12;
  const found = new Map<string, NearDuplicate[]>();
  const checked = new Set<number>();
  const n = items.length;

  const verify = (i: number, j: number) => {
    const a = Math.min(i, j), b = Math.max(i, j);
    const key = a * n + b;
    if (checked.has(key)) return;
    checked.add(key);
    const x = items[a], y = items[b];
    if (x.signature.shingles === 0 || y.signature.shingles === 0) return;
    const jac = jaccard(x.signature, y.signature);
    const sx = shareOf(x.signature, y.signature, jac), sy = shareOf(y.signature, x.signature, jac);
    if (Math.max(sx, sy) < threshold) return;
    const add = (file: string, other: string, share: number) => found.set(file, [...(found.get(file) ?? []), { other, share: Math.round(share * 100) / 100 }]);
    add(x.file, y.file, sx);
    add(y.file, x.file, sy);
  };

  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const bins = items[i].signature.bins;
      if (items[i].signature.shingles === 0) continue;
      let key = 0;
      for (let r = 0; r < rows; r++) key = key * 33554432 + bins[band * rows + r]; // 25-bit values
      const list = buckets.get(key);
      if (list) list.push(i); else buckets.set(key, [i]);
    }
    for (const members of buckets.values()) {
      if (members.length < 2) continue;
      if (members.length <= smallBucket) {
        for (let p = 0; p < members.length; p++) for (let q = p + 1; q < members.length; q++) verify(members[p], members[q]);
      } else {
        for (let p = 1; p < members.length; p++) verify(members[p - 1], members[p]);
      }
    }
  }
  for (const list of found.values()) list.sort((a, b) => b.share - a.share || (a.other < b.other ? -1 : 1));
  return found;
}
