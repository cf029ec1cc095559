/**
 * Who reports, for which year: the title block and the 落款 read through metadata.ts, then the
 * reporting year from the title, else the opening paragraphs, else the 落款's date.
 */
import { findClosing, unitOfTitle, yearOfTitle, type ClosingFound } from './metadata.js';
import type { DocumentModel } from '../types.js';

export interface TitleAndClosing {
  title: string;
  closing: ClosingFound | null;
  /** paragraphs of the 落款 */
  closingParas: ReadonlySet<number>;
  /** the first paragraph of the 落款 (the body ends before it), or the paragraph count */
  bodyEnd: number;
  unit: string | null;
}

export function readTitleAndClosing(paras: string[], titleParas: number): TitleAndClosing {
  const title = paras.slice(0, titleParas).join('');
  const closing = findClosing(paras, titleParas);
  // the 落款 often names the unit in full (大铭乡 in the title, 大铭乡人民政府 below)
  let unit = unitOfTitle(title);
  if (closing?.issuer && (!unit || (closing.issuer.includes(unit) && closing.issuer.length > unit.length))) unit = closing.issuer;
  const bodyEnd = closing ? Math.min(...closing.paragraphs) : paras.length;
  return { title, closing, closingParas: new Set(closing?.paragraphs ?? []), bodyEnd, unit };
}

const BODY_YEAR_RE = /(\d{4})年度?(?:以来|来|全年|工作|法治|上半年|，)/g;
/** How many paragraphs after the title are read for the reporting year when the title has none. */
const OPENING_PARAS = 4;

export interface ReportingYear { year: number | null; yearSource: DocumentModel['yearSource'] }

export function reportingYear(paras: string[], titleParas: number, meta: TitleAndClosing): ReportingYear {
  const year = yearOfTitle(meta.title);
  if (year !== null) return { year, yearSource: 'title' };
  // the year most often named as the reporting period in the opening paragraphs
  const counts = new Map<number, number>();
  for (const p of paras.slice(titleParas, Math.min(meta.bodyEnd, titleParas + OPENING_PARAS))) {
    for (const m of p.matchAll(BODY_YEAR_RE)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (best) return { year: best[0], yearSource: 'body' };
  // a report is written early the next year: its 落款's year minus one
  if (meta.closing?.date) return { year: meta.closing.date.year - 1, yearSource: 'closing' };
  return { year: null, yearSource: null };
}
