import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../engine/document/sentences.js';

/** The split as it was written before the per-character table: sets of terminals and closers, trim() on each piece. */
function reference(text: string): Array<[number, number]> {
  const TERMINALS = new Set([0x3002, 0xff01, 0xff1f, 0xff1b, 0x21, 0x3f, 0x3b]);
  const CLOSERS = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x300b, 0x22, 0x27]);
  const out: Array<[number, number]> = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!TERMINALS.has(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < n && (CLOSERS.has(text.charCodeAt(end)) || TERMINALS.has(text.charCodeAt(end)))) end++;
    if (text.slice(start, end).trim()) out.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < n && text.slice(start).trim()) out.push([start, n]);
  return out;
}

// terminals, closers, every kind of space trim() removes, and ordinary text
const PIECES = [...'。！？；!?;”’」』）)】》"\'', ' ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2028', '\n', '\u200b', '法治', '建设', '（一）', '1.', 'a'];

describe('splitSentences', () => {
  it('splits as the set-based scan did, on random texts of terminals, closers and spaces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      expect(splitSentences(text)).toEqual(reference(text));
    }), { numRuns: 3000 });
  });

  it('keeps closers with their sentence and drops blank pieces', () => {
    expect(splitSentences('他说：“好。”　。下一句')).toEqual([[0, 7], [7, 9], [9, 12]]);
    expect(splitSentences('一。\u3000\u3000')).toEqual([[0, 2]]);
    expect(splitSentences('\u3000\n')).toEqual([]);
  });
});
