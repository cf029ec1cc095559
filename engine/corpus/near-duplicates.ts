/**
 * Near-duplicates across a corpus: LSH banding over MinHash signatures finds candidate pairs in
 * about linear time; each candidate is verified on its full signature. A pair is a near-duplicate
 * when one report shares at least `threshold` of its text (shingles) with the other; both are
 * flagged, each naming the other and the share. Large buckets (a template many units copied) are
 * verified along a chain instead of all pairs, so cost stays linear.
 *
 * The result never depends on the order reports arrived in (worker count, scheduling): candidates
 * are taken in file-name order, so buckets and chains are the same on every run; groups are the
 * connected components of the pairs found.
 */
import { jaccard, shareOf, SIGNATURE_BINS, type Signature } from './minhash.js';

export interface NearDuplicate { other: string; share: number }
export interface NearDuplicateOptions { threshold?: number; rows?: number; maxPairsPerBucket?: number; keep?: number }

/**
 * Signatures of a whole corpus in one growable typed array instead of one small typed array per
 * report, keeping the low 16 bits of each MinHash value (b-bit minwise hashing): two different
 * minima collide with probability 2^-16, which leaves the similarity estimates unchanged in practice,
 * and a report costs 256 bytes — 26 MB at 100,000 reports, no per-object overhead.
 */
export class SignatureStore {
  private bins: Uint16Array;
  private shingles: Float64Array;
  readonly files: string[] = [];

  /**
   * `capacity`: how many signatures to make room for at once (a run knows its corpus's size): the
   * store then never doubles, which held the old and the new array at once (50 MB at 100,000 reports).
   */
  constructor(capacity = 1024) {
    const n = Math.max(1, Math.ceil(capacity));
    this.bins = new Uint16Array(n * SIGNATURE_BINS);
    this.shingles = new Float64Array(n);
  }

  get size(): number { return this.files.length; }

  add(file: string, sig: Signature): void {
    const i = this.files.length;
    if ((i + 1) * SIGNATURE_BINS > this.bins.length) {
      const bigger = new Uint16Array(this.bins.length * 2);
      bigger.set(this.bins);
      this.bins = bigger;
      const s = new Float64Array(this.shingles.length * 2);
      s.set(this.shingles);
      this.shingles = s;
    }
    for (let k = 0; k < SIGNATURE_BINS; k++) this.bins[i * SIGNATURE_BINS + k] = sig.bins[k] & 0xffff;
    this.shingles[i] = sig.shingles;
    this.files.push(file);
  }

  /** Bin `k` of signature `i` (16 bits), without making a view. */
  bin(i: number, k: number): number { return this.bins[i * SIGNATURE_BINS + k]; }
  shingleCount(i: number): number { return this.shingles[i]; }

  /** A view, not a copy; compare it only with other signatures of the store (16-bit values). */
  get(i: number): Signature {
    return { bins: this.bins.subarray(i * SIGNATURE_BINS, (i + 1) * SIGNATURE_BINS), shingles: this.shingles[i] };
  }
}

export function findNearDuplicates(input: Array<{ file: string; signature: Signature }> | SignatureStore, opts: NearDuplicateOptions = {}): Map<string, NearDuplicate[]> {
  const store = input instanceof SignatureStore ? input : (() => { const st = new SignatureStore(input.length); for (const x of input) st.add(x.file, x.signature); return st; })();
  // positions in file-name order: bucket members, and therefore the chains, come out sorted
  const order = store.files.map((_, i) => i).sort((a, b) => (store.files[a] < store.files[b] ? -1 : store.files[a] > store.files[b] ? 1 : a - b));
  const items = { length: store.size, at: (i: number) => ({ file: store.files[order[i]], signature: store.get(order[i]) }) };
  const threshold = opts.threshold ?? 0.3;
  const rows = Math.min(3, Math.max(1, opts.rows ?? 2)); // up to three 16-bit values make an exact numeric bucket key
  const bands = Math.floor(SIGNATURE_BINS / rows);
  const smallBucket = opts.maxPairsPerBucket ?? 12;
  // each report keeps its `keep` best matches: a template copied by thousands of units must not
  // make the result grow with the square of the corpus
  const keep = opts.keep ?? 3;
  const n = items.length;

  // each report's best `keep` matches by position (positions are in file-name order, so comparing
  // them compares names), in typed arrays: a list object per report, found by its file name, was most
  // of the pass once every pair is verified about once
  const bestOther = new Int32Array(n * keep);
  const bestShare = new Float64Array(n * keep);
  const kept = new Uint8Array(n);
  const add = (x: number, y: number, share: number) => {
    const base = x * keep, c = kept[x];
    for (let k = 0; k < c; k++) if (bestOther[base + k] === y) return;
    const s = Math.round(share * 100) / 100;
    if (c < keep) { bestOther[base + c] = y; bestShare[base + c] = s; kept[x] = c + 1; return; }
    let worst = 0;
    for (let k = 1; k < keep; k++) {
      const ks = bestShare[base + k], ws = bestShare[base + worst];
      if (ks < ws || (ks === ws && bestOther[base + k] > bestOther[base + worst])) worst = k;
    }
    if (s > bestShare[base + worst] || (s === bestShare[base + worst] && y < bestOther[base + worst])) { bestOther[base + worst] = y; bestShare[base + worst] = s; }
  };

  // a pair is verified about once: the chains of a template's big buckets are the same pairs in
  // almost every band (verifying them again found nothing new and was most of the pass on such
  // corpora). Each report remembers the last RECENT partners it was verified with (a ring of slots):
  // a set of every pair held ~10 pairs a report on template corpora, keyed by numbers past the small-
  // integer range at 100,000 reports, and its lookups made the pass grow faster than the corpus
  // (10,000 → 100,000: 16×). A pair the ring has forgotten is verified again, to the same result
  // (add() ignores a partner already listed), so the ring changes the cost, never the outcome.
  const RECENT = 8;
  const recent = new Int32Array(n * RECENT).fill(-1);
  const slot = new Uint8Array(n);
  const verify = (i: number, j: number) => {
    const a = Math.min(i, j), b = Math.max(i, j);
    if (a === b) return;
    const base = a * RECENT;
    for (let k = 0; k < RECENT; k++) if (recent[base + k] === b) return;
    recent[base + slot[a]] = b;
    slot[a] = (slot[a] + 1) % RECENT;
    const x = items.at(a), y = items.at(b);
    if (x.signature.shingles === 0 || y.signature.shingles === 0) return;
    const jac = jaccard(x.signature, y.signature);
    const sx = shareOf(x.signature, y.signature, jac), sy = shareOf(y.signature, x.signature, jac);
    if (Math.max(sx, sy) < threshold) return;
    add(a, b, sx);
    add(b, a, sy);
  };

  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const at = order[i];
      if (store.shingleCount(at) === 0) continue;
      let key = 0;
      for (let r = 0; r < rows; r++) key = key * 65536 + store.bin(at, band * rows + r);
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
  const found = new Map<string, NearDuplicate[]>();
  for (let x = 0; x < n; x++) {
    if (!kept[x]) continue;
    const list: NearDuplicate[] = [];
    for (let k = 0; k < kept[x]; k++) list.push({ other: items.at(bestOther[x * keep + k]).file, share: bestShare[x * keep + k] });
    found.set(items.at(x).file, list.sort((a, b) => b.share - a.share || (a.other < b.other ? -1 : 1)));
  }
  return found;
}

/**
 * Groups of near-duplicates: the connected components of the pairs (a report copied by three units
 * is one group, even where a pair among them fell below the threshold). Numbered 1.. in the order
 * of each group's first file name.
 */
export function nearDuplicateGroups(found: Map<string, NearDuplicate[]>): Map<string, number> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; parent.get(y) !== r;) { const next = parent.get(y)!; parent.set(y, r); y = next; }
    return r;
  };
  const node = (x: string) => { if (!parent.has(x)) parent.set(x, x); };
  for (const [file, ms] of found) {
    node(file);
    for (const m of ms) {
      node(m.other);
      const a = find(file), b = find(m.other);
      // the smaller name is the root, so a group's root is its first file
      if (a !== b) { if (a < b) parent.set(b, a); else parent.set(a, b); }
    }
  }
  const roots = [...new Set([...parent.keys()].map(find))].sort();
  const number = new Map(roots.map((r, i) => [r, i + 1]));
  return new Map([...parent.keys()].map((f) => [f, number.get(find(f))!]));
}
