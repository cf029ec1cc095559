/** Near-duplicates do not depend on the order reports arrive in (issue 12): same pairs, same lists, same groups. */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signatureOf } from '../engine/corpus/minhash.js';
import { findNearDuplicates, nearDuplicateGroups } from '../engine/corpus/near-duplicates.js';
import { CORPUS } from './helpers.js';

/** 20 near copies of two seeds (buckets past the all-pairs size, so the chains matter) and the seeds. */
const items = (() => {
  const seeds = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
  const out: Array<{ file: string; signature: ReturnType<typeof signatureOf> }> = [];
  for (const f of seeds.slice(0, 2)) {
    const lines = readFileSync(join(CORPUS, f), 'utf8').split('\n');
    for (let v = 0; v < 20; v++) out.push({ file: `${f}-${v}`, signature: signatureOf(lines.filter((_, i) => (i * 7 + v) % 11 !== 0).join('\n')) });
  }
  for (const f of seeds) out.push({ file: f, signature: signatureOf(readFileSync(join(CORPUS, f), 'utf8')) });
  return out;
})();
const canonical = (m: Map<string, unknown>) => JSON.stringify([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

describe('near-duplicates are order-independent', () => {
  const reference = findNearDuplicates(items);
  it('finds the copies', () => expect(reference.size).toBeGreaterThanOrEqual(40));

  it('any arrival order gives the same matches and the same groups (connected components)', () => {
    fc.assert(fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), (shuffled) => {
      const found = findNearDuplicates(shuffled);
      expect(canonical(found)).toBe(canonical(reference));
      expect(canonical(nearDuplicateGroups(found))).toBe(canonical(nearDuplicateGroups(reference)));
    }), { numRuns: 25 });
  });

  it('groups are connected components numbered by their first file', () => {
    const g = nearDuplicateGroups(new Map([['b', [{ other: 'c', share: 0.5 }]], ['c', [{ other: 'b', share: 0.5 }, { other: 'd', share: 0.4 }]], ['a', [{ other: 'z', share: 0.9 }]]]));
    expect(Object.fromEntries(g)).toEqual({ a: 1, z: 1, b: 2, c: 2, d: 2 });
  });
});
