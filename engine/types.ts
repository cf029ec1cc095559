/** Shared types of the document model, facts and results. Offsets always point into the decoded original text. */

export type SectionKind = 'front' | 'achievements' | 'first_duty' | 'shortcomings' | 'plans' | 'closing';

/** Heading families, in the order official documents usually nest them (GB/T 9704: 一、 （一） 1. （1）). */
export type HeadingStyle = 'part' | 'cn' | 'cn_paren' | 'arabic' | 'arabic_paren' | 'circled' | 'ordinal' | 'lead';
/** Styles that make "a section of its own" (criteria.md, Conventions); a `一是…` lead does not. */
export const NUMBERED_STYLES: readonly HeadingStyle[] = ['part', 'cn', 'cn_paren', 'arabic', 'arabic_paren', 'circled', 'ordinal'];

export interface Section {
  id: number;
  parent: number; // -1 for top-level sections
  style: HeadingStyle | 'none';
  label: string; // the marker as written: 二, （三）, 1, 一是
  heading: string; // heading text (normalized), '' for front/closing/body
  kind: SectionKind;
  path: string; // e.g. "二 > （三）"
  depth: number;
  start: number; // original offsets
  end: number;
  line: number;
}

export interface Sentence {
  id: number;
  text: string; // normalized text (full-width folded, broken lines rejoined, artifacts removed)
  start: number; // original offsets
  end: number;
  line: number;
  paragraph: number;
  section: number;
  isHeading: boolean; // the sentence is (part of) a heading
  intent: boolean; // carries a verb of intent (将/拟/计划 …): not completed work
  /** where in `text` the first verb of intent stands (-1: none); what comes after it is not done yet */
  intentAt: number;
  nStart: number; // offsets into the normalized text
  nEnd: number;
}

export interface Quantity {
  sentence: number;
  value: number;
  unit: string;
  approx: boolean;
  raw: string; // as it appears in the normalized text
  nStart: number;
  nEnd: number;
}

export interface Closing {
  issuer: string | null;
  date: { year: number; month: number; day: number } | null;
  dateText: string | null;
  line: number;
}

export interface DocumentModel {
  file: string;
  original: string;
  encoding: string;
  source: 'txt' | 'docx' | 'pdf';
  /** line (1-based) → page, for PDFs */
  pages: number[] | null;
  normalized: string;
  /** map[i] = original offset of normalized[i]; map[normalized.length] = original.length */
  map: Int32Array;
  lineStarts: number[];
  title: string;
  titleParagraphs: number;
  unit: string | null;
  unitNames: UnitNames;
  year: number | null;
  yearSource: 'title' | 'body' | 'closing' | null;
  closing: Closing | null;
  sections: Section[];
  sentences: Sentence[];
  quantities: Quantity[];
  flags: string[];
  artifacts: { text: string; start: number; end: number; line: number }[];
}

export interface UnitNames {
  /** every place token of the unit, e.g. 重庆市, 万州区, 白土镇 */
  tokens: string[];
  /** the most specific place, e.g. 白土镇 */
  own: string | null;
  level: 'township' | 'county' | 'city' | 'department' | null;
}

export interface Evidence {
  text: string;
  section: string;
  kind: SectionKind;
  line: number;
  start: number;
  end: number;
  match?: string;
  /** a .docx's paragraph (its lines are its paragraphs) */
  paragraph?: number;
  /** a .pdf's page */
  page?: number;
}

export type RefusalReason = 'in_plans' | 'in_shortcomings' | 'in_front' | 'in_closing' | 'intent' | 'heading';

export interface RefusedHit extends Evidence {
  reason: RefusalReason;
}

export interface FactResult {
  value: number;
  evidence: Evidence[];
  /** candidate hits the scope refused, and why (read back by `explain` and for withheld points) */
  refused: RefusedHit[];
  /** the value the fact would have if plans sections counted: planned_only is computed from it */
  withPlans: number;
}

export type Outcome = 'met' | 'partial' | 'unmet';

export interface CriterionResult {
  outcome: Outcome;
  points: number;
  planned_only: boolean;
  evidence: Evidence[];
  /** present when an assessor decided this cell (rubric score --review): outcome and points are theirs */
  review?: CellReview;
}

/** Who decided a cell, why, and what the engine had said (harness/review). */
export interface CellReview {
  engine: { outcome: Outcome; points: number };
  by: string;
  reason: string;
  date: string;
}

export interface DeductionResult {
  id: string;
  /** the points the deduction costs when it counts (a suspected one is left out of the total until confirmed) */
  points: number;
  evidence: Evidence[];
  /**
   * 'suspected': the engine is not sure (e.g. a place name that may be a copy-paste residue); it
   * costs no points until an assessor confirms it. Absent means deducted. Set by the places work;
   * defined here so that the review loop and the writers read one shape.
   */
  status?: 'deducted' | 'suspected';
  /** present when an assessor confirmed (确认) or rejected (驳回) this deduction */
  review?: DeductionReview;
}

export interface DeductionReview {
  decision: 'confirmed' | 'rejected';
  engine: { status: 'deducted' | 'suspected' | 'none'; points: number };
  by: string;
  reason: string;
  date: string;
}

export interface ReportError {
  code: string;
  message: string;
}

export interface ReportResult {
  file: string;
  unit: string | null;
  year: number | null;
  total: number;
  rank: number;
  criteria: Record<string, CriterionResult>;
  deductions: DeductionResult[];
  flags: string[];
  error?: ReportError;
}
