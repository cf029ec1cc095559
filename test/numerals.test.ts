import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../engine/document/numerals.js';

const require = createRequire(import.meta.url);
const ChineseNumber = require('chinese-numbers-converter') as new (s: string) => { toInteger(): number };

/** What parseNumber answered before its short forms were read directly: the converter on every span. */
function viaConverter(span: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(span)) return Number(span);
  if (!/^[零〇○一二两三四五六七八九十百千万亿]+$/.test(span)) return null;
  try {
    const v = new ChineseNumber(span.replace(/○/g, '〇')).toInteger();
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

describe('parseNumber', () => {
  it('agrees with the converter on every string of one to three numeral characters', () => {
    const chars = [...'零〇○一二两三四五六七八九十百千万亿'];
    const spans: string[] = [...chars];
    for (const a of chars) for (const b of chars) { spans.push(a + b); for (const c of chars) spans.push(a + b + c); }
    const differ = spans.filter((s) => !Object.is(parseNumber(s), viaConverter(s)));
    expect(differ).toEqual([]);
    expect(spans.length).toBe(18 + 18 ** 2 + 18 ** 3);
  });

  it('reads the short forms quantities use', () => {
    expect(['三', '两', '十', '十二', '四十', '九十九', '零'].map(parseNumber)).toEqual([3, 2, 10, 12, 40, 99, 0]);
    expect(['二十三', '一百', '百二', '三五', '十十', '两十'].map(parseNumber)).toEqual([23, 100, 120, 35, 20, 20]);
  });
});
