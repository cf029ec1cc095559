/** Numbers as reports write them: 36, 1.5, ３６ (already folded), 两, 三十, 二百五十三, 百分之八十. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// chinese-numbers-converter decodes spans such as 二百五十三 and 两 correctly; it is applied only to
// spans the quantity pattern has already isolated, never to free text.
const ChineseNumber = require('chinese-numbers-converter') as new (s: string) => { toInteger(): number; toDecimal?(): number };

const CN_DIGITS = /^[零〇○一二两三四五六七八九十百千万亿]+$/;

/** 一 … 九 and the zeros, for the short forms read without the converter. */
const CN_DIGIT: Record<string, number> = { '零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
const nonZero = (c: string): number => { const d = CN_DIGIT[c]; return d !== undefined && d > 0 && c !== '两' ? d : -1; };

/**
 * The forms a quantity is almost always written in — one character (三, 两, 十), 十X, X十 and X十Y —
 * read directly: constructing the converter was ~2 % of a worker's time. Anything else, or -1.
 * test/numerals.test.ts checks every string of up to three numeral characters against the converter.
 */
function shortChinese(span: string): number {
  if (span.length === 1) return span === '十' ? 10 : CN_DIGIT[span] ?? -1;
  if (span.length === 2) {
    if (span[0] === '十') { const d = nonZero(span[1]); return d > 0 ? 10 + d : -1; }
    if (span[1] === '十') { const d = nonZero(span[0]); return d > 0 ? 10 * d : -1; }
    return -1;
  }
  if (span.length === 3 && span[1] === '十') {
    const t = nonZero(span[0]), d = nonZero(span[2]);
    return t > 0 && d > 0 ? 10 * t + d : -1;
  }
  return -1;
}

export function parseNumber(span: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(span)) return Number(span);
  if (span.startsWith('百分之')) return parseNumber(span.slice(3));
  const short = shortChinese(span);
  if (short >= 0) return short;
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

/** A year in Chinese numerals as normalized text holds it (2024 → 二〇二四: normalize folds a year's ○/零/O to 〇): parseYear's inverse. */
export function hanYear(year: number): string {
  return [...String(year)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
}

/** Month and day numbers: 2, 02, 二, 十二, 二十七. */
export function parseSmallNumber(span: string): number | null {
  return parseNumber(span);
}
