/** Quantities in a sentence: a number (Arabic, full-width, Chinese) with an approximation and a unit, or a percentage. */
import { QUANTITY_UNITS, NOT_A_QUANTITY } from '../lexicon/quantity-units.js';
import { parseNumber } from './numerals.js';
import type { Quantity } from '../types.js';

const NUM = '(\\d+(?:\\.\\d+)?|[零〇两一二三四五六七八九十百千]+)';
const UNIT = `(${QUANTITY_UNITS.join('|')})`;
// 1.5万余人 / 200余起 / 三十多人 / 近百名: multiplier, then approximation, then the unit
const COUNT_RE = new RegExp(`${NUM}(万|亿)?(余|多)?${UNIT}`, 'g');
// a table row read as one line with its cells joined by "，" (the docx and OFD readers do so):
// the unit may be a cell of its own beside the figure (核发施工许可证，件，86 / 86，件)
const UNIT_CELL_RE = new RegExp(`(?:^|，)${UNIT}，(\\d+(?:\\.\\d+)?)(?=，|$)|(?:^|，)(\\d+(?:\\.\\d+)?)，${UNIT}(?=，|$)`, 'g');
const PERCENT_RE = /(\d+(?:\.\d+)?)\s*%|百分之([零〇一二两三四五六七八九十百点]+)/g;
const SET_PHRASE_RE = new RegExp(NOT_A_QUANTITY.join('|'), 'g');

const CLOSER_OF = new Map<number, number>([['“', '”'], ['《', '》'], ['「', '」'], ['『', '』'], ['〈', '〉']].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));

/** Spans of the sentence inside quotation marks or book-title marks, where numbers are names. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stack: Array<{ close: number; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stack.length && c === stack[stack.length - 1].close) {
      const open = stack.pop()!;
      spans.push([open.at, i + 1]);
    } else {
      const close = CLOSER_OF.get(c);
      if (close !== undefined) stack.push({ close, at: i });
    }
  }
  return spans;
}

const inside = (spans: Array<[number, number]>, s: number, e: number) => spans.some(([a, b]) => s >= a && e <= b);

export function extractQuantities(text: string, sentence: number, base: number): Quantity[] {
  const out: Quantity[] = [];
  const counts = [...text.matchAll(COUNT_RE)];
  const percents = text.includes('%') || text.includes('百分之') ? [...text.matchAll(PERCENT_RE)] : [];
  const cells = text.includes('，') ? [...text.matchAll(UNIT_CELL_RE)] : [];
  if (counts.length === 0 && percents.length === 0 && cells.length === 0) return out;
  const blocked = quotedSpans(text);
  for (const m of text.matchAll(SET_PHRASE_RE)) blocked.push([m.index!, m.index! + m[0].length]);
  for (const m of counts) {
    const s = m.index!, e = s + m[0].length;
    const [, numSpan, mult, approx, unit] = m;
    if (text[s - 1] === '第') continue; // ordinal: 第三
    if (/[\d.]/.test(text[s - 1] ?? '')) continue;
    const arabic = /^\d/.test(numSpan);
    // a Chinese 一 before a unit is an article (一个主题, 一批, 一支队伍), not a count
    if (!arabic && numSpan === '一' && !mult) continue;
    if (!arabic && /[年月日]/.test(text[e] ?? '')) continue;
    if (inside(blocked, s, e)) continue;
    let value = parseNumber(numSpan);
    if (value === null) continue;
    if (mult === '万') value *= 1e4;
    if (mult === '亿') value *= 1e8;
    out.push({ sentence, value, unit: (mult ?? '') + unit, approx: Boolean(approx), raw: m[0], nStart: base + s, nEnd: base + e });
  }
  for (const m of percents) {
    const s = m.index!, e = s + m[0].length;
    if (inside(blocked, s, e)) continue;
    const value = m[1] !== undefined ? Number(m[1]) : parseNumber(m[2].replace('点', '.'));
    if (value === null || Number.isNaN(value)) continue;
    out.push({ sentence, value, unit: '%', approx: false, raw: m[0], nStart: base + s, nEnd: base + e });
  }
  for (const m of cells) {
    const unit = m[1] ?? m[4];
    const num = m[2] ?? m[3];
    const s = m.index! + (m[0].startsWith('，') ? 1 : 0), e = m.index! + m[0].length;
    if (inside(blocked, s, e)) continue;
    out.push({ sentence, value: Number(num), unit, approx: false, raw: text.slice(s, e), nStart: base + s, nEnd: base + e });
  }
  return out.sort((a, b) => a.nStart - b.nStart);
}
