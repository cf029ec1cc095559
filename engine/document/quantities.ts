/** Quantities in a sentence: a number (Arabic, full-width, Chinese) with an approximation and a unit, or a percentage. */
import { MEASURE_UNITS, QUANTITY_UNITS, NOT_A_QUANTITY } from '../lexicon/quantity-units.js';
import { parseNumber, parseYear } from './numerals.js';
import type { Quantity } from '../types.js';

const NUM = '(\\d+(?:\\.\\d+)?|[零〇两一二三四五六七八九十百千]+)';
const UNIT = `(${QUANTITY_UNITS.join('|')})`;
// 1.5万余人 / 200余起 / 三十多人 / 近百名: multiplier, then approximation, then the unit
const COUNT_RE = new RegExp(`${NUM}(万|亿)?(余|多)?${UNIT}`, 'g');
// a table row read as one line with its cells joined by "，" (the docx and OFD readers do so):
// the unit may be a cell of its own beside the figure (核发施工许可证，件，86 / 86，件)
const UNIT_CELL_RE = new RegExp(`(?:^|，)${UNIT}，(\\d+(?:\\.\\d+)?)(?=，|$)|(?:^|，)(\\d+(?:\\.\\d+)?)，${UNIT}(?=，|$)`, 'g');
// …or the unit stands in brackets after the row's label, the figures in the cells after it (持证执法人员（人），21，17 —
// a 指标（单位） | 2021年 | 2020年 table: blind set 27): the first figure, the report year's column in such tables, is the quantity
const LABEL_UNIT_RE = new RegExp(`[（(](${QUANTITY_UNITS.join('|')}|%)[)）]，(\\d+(?:\\.\\d+)?)(?=，|$)`, 'g');
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

/** Every match of a global pattern (no array of matches when there are none: most sentences). */
function allMatches(re: RegExp, text: string): RegExpExecArray[] | null {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return null;
  const out: RegExpExecArray[] = [];
  do out.push(m); while ((m = re.exec(text)));
  return out;
}

const isDigitOrDot = (c: number) => (c >= 48 && c <= 57) || c === 46;

/** Where files are handled, within a few characters before a count of 卷: 档案, 案卷, 卷宗, 文书, 归档, 立卷, 调阅 … */
const FILED_BEFORE = /档案|案卷|卷宗|文书|归档|立卷|调阅|查阅|借阅|整理|接收|移交|评查/;

/** Words before a figure that make it a threshold or a target (少于4次, 不低于95%, 未达到3次, 至少2名), never a result. */
const THRESHOLD_BEFORE = /(?:少于|多于|低于|高于|不足|未达到?|不超过|至少|最少|最低|不高于)$/;

export function extractQuantities(text: string, sentence: number, base: number): Quantity[] {
  const counts = allMatches(COUNT_RE, text);
  const percents = text.includes('%') || text.includes('百分之') ? allMatches(PERCENT_RE, text) : null;
  const cells = text.includes('，') ? allMatches(UNIT_CELL_RE, text) : null;
  const labelled = text.includes('），') || text.includes(')，') ? allMatches(LABEL_UNIT_RE, text) : null;
  if (!counts && !percents && !cells && !labelled) return [];
  const out: Quantity[] = [];
  const blocked = quotedSpans(text);
  SET_PHRASE_RE.lastIndex = 0;
  for (let m = SET_PHRASE_RE.exec(text); m; m = SET_PHRASE_RE.exec(text)) blocked.push([m.index, m.index + m[0].length]);
  for (const m of counts ?? []) {
    const s = m.index, e = s + m[0].length;
    const [, numSpan, mult, approx, unit] = m;
    if (text[s - 1] === '第') continue; // ordinal: 第三
    // a threshold or a target, not a result: 少于4次, 不少于40人, 未达到3次 (扣分说明：专题研究法治工作少于4次，扣2分 — new user 54)
    if (THRESHOLD_BEFORE.test(text.slice(Math.max(0, s - 4), s))) continue;
    if (s > 0 && isDigitOrDot(text.charCodeAt(s - 1))) continue;
    const arabic = isDigitOrDot(numSpan.charCodeAt(0)) && numSpan[0] !== '.';
    // a Chinese 一 before a unit is an article (一个主题, 一批, 一支队伍), not a count
    if (!arabic && numSpan === '一' && !mult) continue;
    if (MEASURE_UNITS.has(unit)) {
      // a measure in Chinese numerals glued to the next word names or describes (三棵树村, 十八亩村, 千亩茶园); 两辆，
      // 两千余株 count. In any numerals, a threshold, a class or the unit's size is no result (5亩以上, 500吨级, 不超过49吨,
      // 辖区面积86.5平方公里 — red team 36)
      const next = text.slice(e, e + 3);
      if (!arabic && !approx && /^[\u4e00-\u9fa5]/.test(next) && !/^[的、]/.test(next)) continue;
      if (/^(?:以上|以下|以内|级|及以上)/.test(next) || /(?:超过|不足|面积|总面积|辖区|现辖)[^，。；]{0,4}$/.test(text.slice(Math.max(0, s - 8), s))) continue;
    }
    // volumes of files (整理归档文书档案850卷, 调阅3400余卷次) only where files are handled: a yearbook's 2023卷, 三卷本, 上下两卷 or a
    // store's capacity (可容纳30万卷) counts nothing (red team 41)
    if ((unit === '卷' || unit === '卷次') && (!FILED_BEFORE.test(text.slice(Math.max(0, s - 12), s)) || text[e] === '本' || /容纳|容量|馆藏/.test(text.slice(Math.max(0, s - 8), s)))) continue;
    if (!arabic && e < text.length && (text[e] === '年' || text[e] === '月' || text[e] === '日')) continue;
    if (blocked.length && inside(blocked, s, e)) continue;
    let value = parseNumber(numSpan);
    if (value === null) continue;
    if (mult === '万') value *= 1e4;
    if (mult === '亿') value *= 1e8;
    out.push({ sentence, value, unit: (mult ?? '') + unit, approx: Boolean(approx), raw: m[0], nStart: base + s, nEnd: base + e });
  }
  for (const m of percents ?? []) {
    const s = m.index, e = s + m[0].length;
    if (blocked.length && inside(blocked, s, e)) continue;
    if (THRESHOLD_BEFORE.test(text.slice(Math.max(0, s - 4), s))) continue;
    const value = m[1] !== undefined ? Number(m[1]) : parseNumber(m[2].replace('点', '.'));
    if (value === null || Number.isNaN(value)) continue;
    out.push({ sentence, value, unit: '%', approx: false, raw: m[0], nStart: base + s, nEnd: base + e });
  }
  for (const m of cells ?? []) {
    const unit = m[1] ?? m[4];
    const num = m[2] ?? m[3];
    const s = m.index + (m[0].startsWith('，') ? 1 : 0), e = m.index + m[0].length;
    if (blocked.length && inside(blocked, s, e)) continue;
    out.push({ sentence, value: Number(num), unit, approx: false, raw: text.slice(s, e), nStart: base + s, nEnd: base + e });
  }
  for (const m of labelled ?? []) {
    const s = m.index, e = s + m[0].length;
    if (blocked.length && inside(blocked, s, e)) continue;
    out.push({ sentence, value: Number(m[2]), unit: m[1], approx: false, raw: m[0], nStart: base + s, nEnd: base + e });
  }
  return out.length > 1 ? out.sort((a, b) => a.nStart - b.nStart) : out;
}

/** A header cell naming its column's unit in brackets: 立案（件）, 罚没款（万元）, 办结率（%）. */
const HEADER_UNIT_RE = new RegExp(`[（(](${QUANTITY_UNITS.join('|')}|%)[)）]$`);
const FIGURE_CELL_RE = /^\d+(?:\.\d+)?$/;
const PLANNED_COLUMN = /目标|计划|预计|预期|任务|指标值|安排|明年|下一?年|拟/;
/** …unless the column counts what was done (完成任务（件）, 任务完成率（%）, 实际化解（件）). */
const DONE_COLUMN = /完成|实际|实有|已/;
/** A header's first cell naming the rows' numbers. */
const ROW_NUMBER_HEADER = /^(?:序号|编号|序|顺序号)$/;

/**
 * Quantities of a table whose header row gives each column's unit (执法领域，立案（件），结案（件），罚没款（万元） over
 * 食品安全，46，44，38.6): each figure under a unit-bearing header is a quantity of that unit (blind set 42, a 市场监管局
 * whose case statistics were only such a table). A table row is a sentence of its own, cells joined by "，" (the
 * normalizer and the office readers write tab-separated cells so); the rows follow the header without a gap and have as
 * many cells; a row ends the table when it is not one. Units in the rows' own labels are extractQuantities' LABEL_UNIT_RE.
 */
export function tableQuantities(sentences: ReadonlyArray<{ id: number; text: string; nStart: number; paragraph: number }>, year: number | null = null): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const head = sentences[i];
    if (!head.text.includes('（') && !head.text.includes('(')) continue;
    const cells = head.text.split('，');
    if (cells.length < 3) continue;
    const units = cells.map((c) => HEADER_UNIT_RE.exec(c.trim())?.[1] ?? null);
    if (units.filter((u) => u !== null).length < 2) continue;
    // (a column of targets, tasks or plans, 年度目标（件）, 任务量（件）, 2025年安排（件）, 明年拟办（件）, holds intentions, not outcomes —
    // red teams 24, 25 and 26 — and so does a column headed by a year after the report's, 2025年（件） or 二〇二五年（件） in a 2024 report)
    cells.forEach((c, k) => {
      const later = year !== null && [...c.matchAll(/(\d{4}|二[〇○零][〇○零一二三四五六七八九]{2})年/g)].some((m) => (parseYear(m[1]) ?? 0) > year);
      if ((PLANNED_COLUMN.test(c) && !DONE_COLUMN.test(c)) || later) units[k] = null;
    });
    // where each header cell stands in the header's text: a figure is lent to the header only for a term in its
    // column's cell or in the first cell, the table's subject (terms.ts underHeader)
    // the caption right before the header (各村矛盾纠纷化解统计如下：), the last sentence of the paragraph before: it names
    // what the whole table counts (red team 25)
    const cap = i > 0 && sentences[i - 1].paragraph === head.paragraph - 1 && /(?:如下|情况)?[：:]$/.test(sentences[i - 1].text) ? sentences[i - 1].id : undefined;
    const cellAt: Array<[number, number]> = [];
    for (let k = 0, at = 0; k < cells.length; at += cells[k].length + 1, k++) cellAt.push([at, at + cells[k].length]);
    // the rows' 序号 cells are left out of their text (read/lines.ts isRowNumber), the header's 序号 is not: rows one
    // cell short of such a header line up with its other cells (blind set 46, a 街道's mediation table)
    const numbered = ROW_NUMBER_HEADER.test(cells[0].trim());
    let prev = head;
    for (let j = i + 1; j < sentences.length; j++) {
      const row = sentences[j];
      if (row.paragraph !== prev.paragraph + 1) break;
      const rc = row.text.split('，');
      const off = rc.length === cells.length ? 0 : numbered && rc.length === cells.length - 1 ? 1 : -1;
      if (off < 0 || !rc.slice(1).some((c) => FIGURE_CELL_RE.test(c))) break;
      let at = 0;
      for (let k = 0; k < rc.length; k++) {
        const c = rc[k];
        const unit = units[k + off];
        if (k > 0 && unit && FIGURE_CELL_RE.test(c)) {
          out.push({ sentence: row.id, value: Number(c), unit, approx: false, raw: c, nStart: row.nStart + at, nEnd: row.nStart + at + c.length, header: head.id, headerCells: [cellAt[0], cellAt[k + off]], ...(cap !== undefined ? { caption: cap } : {}) });
        }
        at += c.length + 1;
      }
      prev = row;
    }
  }
  return out;
}
