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

/** Cells of a table row joined so that a label cell and its figure stay one sentence-like unit. */
export function joinCells(cells: string[]): string {
  let row = '';
  for (const c of cells.map((x) => x.trim()).filter(Boolean)) {
    row += row && !/[。！？；：，、,;:]$/.test(row) ? `，${c}` : c;
  }
  return row;
}
