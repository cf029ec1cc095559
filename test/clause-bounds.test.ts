import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseEnd, clauseStart } from '../engine/scope.js';

// clauseStart/clauseEnd test each character by its code (issue 15: a regex test per character was ~1 % of a worker)
const ENDS = /[，,；;。！？!?]/;
const refStart = (t: string, i: number) => { let a = i; while (a > 0 && !ENDS.test(t[a - 1])) a--; return a; };
const refEnd = (t: string, i: number) => { let b = i; while (b < t.length && !ENDS.test(t[b])) b++; return b; };

describe('clause bounds', () => {
  it('stop at exactly the clause marks a regex of them finds, for random texts and offsets', () => {
    const chars = fc.constantFrom(...'，,；;。！？!?、：:法治镇a1 '.split(''), '\u{20000}', '\uff0d');
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(), (cs, k) => {
      const t = cs.join('');
      const i = t.length ? k % (t.length + 1) : 0;
      expect([clauseStart(t, i), clauseEnd(t, i)]).toEqual([refStart(t, i), refEnd(t, i)]);
    }), { numRuns: 3000 });
  });
  it('reads a clause of a sentence', () => {
    const t = '县司法局在我镇召开现场会，我镇培育法律明白人126名；';
    expect(t.slice(clauseStart(t, 15), clauseEnd(t, 15))).toBe('我镇培育法律明白人126名');
  });
});
