/**
 * The decoder's per-character checks were rewritten for speed (one pass over code units with a
 * lookup table); they must say exactly what the straightforward definitions say, for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mojibakeLetterShare } from '../engine/document/read/decode.js';

/** The definition, character by character with a Unicode regex (what the decoder did before). */
function reference(text: string): number {
  let letters = 0, odd = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const special = (cp >= 0xe000 && cp <= 0xf8ff) || cp === 0xfffd;
    if (!special && /[\s\p{P}\p{S}\p{Cc}]/u.test(ch)) continue;
    letters++;
    if ((cp >= 0x80 && cp <= 0x24f) || special) odd++;
  }
  return letters >= 40 ? odd / letters : 0;
}

// characters from every class the check distinguishes: Han, Latin-1/Extended, punctuation and
// symbols (ASCII and CJK), whitespace, controls, private use, U+FFFD, astral, lone surrogates
const pieces = ['法', '治', 'é', 'Ã', 'ÿ', 'ő', 'a', 'Z', '7', '，', '。', '、', '(', '+', '¥', '①', ' ', '\u3000', '\n', '\t', '\u0001', '\u007f', '\ue000', '\uf8ff', '\ufffd', '𠀀', '😀', '\ud800', '\udc00', 'ア', 'ㄅ'];

describe('mojibakeLetterShare', () => {
  it('equals the per-character definition on random texts', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 60, maxLength: 300 }), (chars) => {
      const text = chars.join('');
      expect(mojibakeLetterShare(text)).toBe(reference(text));
    }), { numRuns: 500 });
  });

  it('equals it on arbitrary code units too', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 40, maxLength: 300 }), (text) => {
      expect(mojibakeLetterShare(text)).toBe(reference(text));
    }), { numRuns: 300 });
  });

  it('reads UTF-8 taken for Latin-1 as mojibake and Chinese as not', () => {
    const chinese = '本镇坚持依法行政，全面推进法治政府建设，聘请法律顾问两名，开展普法宣传活动十二场次，群众满意度明显提升。'.repeat(2);
    expect(mojibakeLetterShare(chinese)).toBe(0);
    expect(mojibakeLetterShare(Buffer.from(chinese, 'utf8').toString('latin1'))).toBeGreaterThan(0.5);
  });
});
