/**
 * Who reports, for which year: the 落款 read through closing.ts, then the title, unit and year from
 * any layout through unit-year.ts (web-page chrome, titles over several lines, no title at all …).
 */
import { findClosing, type ClosingFound } from './closing.js';
import { readUnitAndYear, type UnitAndYear } from './unit-year.js';
import type { DocumentModel } from '../types.js';

export interface TitleAndClosing {
  title: string;
  closing: ClosingFound | null;
  /** paragraphs of the 落款 */
  closingParas: ReadonlySet<number>;
  /** the first paragraph of the 落款 (the body ends before it), or the paragraph count */
  bodyEnd: number;
  unit: string | null;
  /** the title block: the heading phase's, extended over web-page chrome and a title after it */
  titleParas: number;
  /** unit, year, chrome paragraphs and publisher as unit-year.ts read them */
  found: UnitAndYear;
}

export function readTitleAndClosing(paras: string[], titleParas: number, publisherHint: string | null = null): TitleAndClosing {
  const closing = findClosing(paras, titleParas);
  const bodyEnd = closing ? Math.min(...closing.paragraphs) : paras.length;
  // the 落款 often names the unit in full (大铭乡 in the title, 大铭乡人民政府 below): readUnitAndYear prefers it
  const found = readUnitAndYear(paras.slice(0, bodyEnd), closing, publisherHint);
  // web-page chrome and a title after it belong to the title block, not to the report's text
  let paras0 = titleParas;
  if (found.titleEnd > titleParas && found.chrome.filter((i) => i < found.titleStart).length === found.titleStart) paras0 = found.titleEnd;
  const title = found.title || paras.slice(0, paras0).join('');
  return { title, closing, closingParas: new Set(closing?.paragraphs ?? []), bodyEnd, unit: found.unit, titleParas: paras0, found };
}

export interface ReportingYear { year: number | null; yearSource: DocumentModel['yearSource']; yearFrom?: number }

/** The reported year unit-year.ts read: the title's, else the first heading's or the body's, else the 落款's. */
export function reportingYear(meta: TitleAndClosing): ReportingYear {
  return { year: meta.found.year, yearSource: meta.found.yearSource, ...(meta.found.yearFrom !== undefined ? { yearFrom: meta.found.yearFrom } : {}) };
}
