/**
 * What every reader produces: the report as lines (one per paragraph, table row or PDF text line),
 * with what the source knew about each — a heading level from Word styles or HTML tags, whether the
 * line is a whole paragraph that must never be joined to its neighbour, its page.
 */
import type { MetadataHints } from '../../types.js';

export interface SourceLine {
  text: string;
  /** heading level (1 = top) known from the source's styles, not from a number in the text */
  heading?: number;
  /** a whole paragraph of the source (heading, numbered item, table row): never rejoined */
  hard?: boolean;
  page?: number;
}

export interface Extracted {
  text: string;
  /** line number (1-based) → heading level, for headings known from styles rather than markers */
  headings: Map<number, number>;
  /** line numbers (1-based) never joined to a neighbour */
  hardLines: Set<number>;
  /** line number (1-based) → page (PDF, OFD) */
  pages?: number[];
  hints?: MetadataHints;
}

/** Lines to text: a line holding line breaks becomes several lines, each keeping the source's facts. */
export function joinLines(lines: SourceLine[], hints?: MetadataHints): Extracted {
  const out: string[] = [];
  const headings = new Map<number, number>();
  const hardLines = new Set<number>();
  const pages: number[] = [];
  const withPages = lines.some((l) => l.page !== undefined);
  for (const l of lines) {
    for (const part of l.text.split(/\r\n|[\n\r\u2028\u2029\f]/)) {
      if (!part.trim()) continue;
      out.push(part);
      if (l.heading) headings.set(out.length, l.heading);
      if (l.hard) hardLines.add(out.length);
      if (withPages) pages.push(l.page ?? pages[pages.length - 1] ?? 1);
    }
  }
  const x: Extracted = { text: out.length ? out.join('\n') + '\n' : '', headings, hardLines };
  if (withPages) x.pages = pages;
  if (hints && Object.keys(hints).length) x.hints = hints;
  return x;
}

/** A bare row number (1, 12, 一, 3., （1）, (二)): a table's 序号 cell when a label follows it. */
const ROW_NUMBER_RE = /^[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]?[、.．]?$/;
/** Row numbers run from 1; a larger figure in the first column is a count (56 | 执法人员参加考试 …). */
const MAX_ROW_NUMBER = 30;

/** A cell that opens with a measure word: the figure in the cell before it is counted by it. */
export const ROW_UNIT_FIRST = /^(?:名|人次|人|件|起|次|个|项|场|期|家|户|份|条|所|支|处|万|亿|元|%|％)/;

/**
 * Whether a row's first cell is its row number (序号): a bare number up to MAX_ROW_NUMBER followed by a
 * label cell of three characters or more (罚没款, 办件量: blind set 36) — not by a unit (8 | 人, 8 | 万元 is
 * a figure and its unit) nor by another figure. Such a cell
 * is left out of the row's text: joined, the row 1 | 主要负责人履行第一责任人职责 | 已落实 read
 * "1，主要负责人…", a heading numbered 1 (blind set 19, 05), and 5 | 2024年1月召开… one naming a year.
 */
export function isRowNumber(first: string, next: string | undefined): boolean {
  if (!ROW_NUMBER_RE.test(first) || next === undefined) return false;
  const digits = /\d+/.exec(first);
  const label = next.trim();
  // a measure word first (26 | 名执法人员…, 18 | 起矛盾纠纷…) makes the first cell a figure and the next its unit and label
  return (digits === null || Number(digits[0]) <= MAX_ROW_NUMBER) && label.length >= 3 && !/^[\d.,，%％+\-—]+$/.test(label) && !ROW_UNIT_FIRST.test(label);
}

/** Cells of a table row joined so that a label cell and its figure stay one sentence-like unit; a 序号 cell is left out (isRowNumber). */
export function joinCells(cells: string[]): string {
  let row = '';
  const kept = cells.map((x) => x.trim()).filter(Boolean);
  if (kept.length >= 2 && isRowNumber(kept[0], kept[1])) kept.shift();
  for (const c of kept) {
    // a figure's cell and a cell opening with its measure word read as one quantity (26 | 名执法人员…), as normalize.ts joins them
    row += row && !/[。！？；：，、,;:]$/.test(row) && !(/\d$/.test(row) && ROW_UNIT_FIRST.test(c)) ? `，${c}` : c;
  }
  return row;
}
