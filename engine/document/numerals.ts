/** Numbers as reports write them: 36, 1.5, ３６ (already folded), 两, 三十, 二百五十三, 百分之八十. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// chinese-numbers-converter decodes spans such as 二百五十三 and 两 correctly; it is applied only to
// spans the quantity pattern has already isolated, never to free text.
const ChineseNumber = require('chinese-numbers-converter') as new (s: string) => { toInteger(): number; toDecimal?(): number };

const CN_DIGITS = /^[零〇○一二两三四五六七八九十百千万亿]+$/;

export function parseNumber(span: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(span)) return Number(span);
  if (span.startsWith('百分之')) return parseNumber(span.slice(3));
  if (!CN_DIGITS.test(span)) return null;
  try {
    const v = new ChineseNumber(span.replace(/○/g, '〇')).toInteger();
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

const CN_YEAR_DIGIT: Record<string, string> = { '〇': '0', '○': '0', '零': '0', 'O': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

/** A year as written in a title or a 落款: 2024, 二〇二四, 二○二四. */
export function parseYear(span: string): number | null {
  if (/^\d{4}$/.test(span)) return Number(span);
  if (span.length === 4 && [...span].every((c) => c in CN_YEAR_DIGIT)) return Number([...span].map((c) => CN_YEAR_DIGIT[c]).join(''));
  return null;
}

/** Month and day numbers: 2, 02, 二, 十二, 二十七. */
export function parseSmallNumber(span: string): number | null {
  return parseNumber(span);
}
