/** Shared types of the document model, facts and results. Offsets always point into the decoded original text. */
import type { UnitDivision } from './document/gazetteer/resolve.js';
import type { ReportError } from './errors.js';
export type { UnitDivision };

export type SectionKind = 'front' | 'achievements' | 'first_duty' | 'shortcomings' | 'plans' | 'closing';

/** Heading families, in the order official documents usually nest them (GB/T 9704: 一、 （一） 1. （1）). */
export type HeadingStyle = 'part' | 'cn' | 'cn_paren' | 'arabic' | 'decimal' | 'arabic_paren' | 'circled' | 'ordinal' | 'lead' | 'unheaded';
/**
 * Styles that make "a section of its own" (criteria.md, Conventions); a `一是…` lead does not. An
 * `unheaded` part (a shortcomings or plans part opened by a transition paragraph or a numbering restart,
 * with no heading) is "a clearly delimited body" (criteria.md, struct_achievements) and counts too.
 */
export const NUMBERED_STYLES: readonly HeadingStyle[] = ['part', 'cn', 'cn_paren', 'arabic', 'decimal', 'arabic_paren', 'circled', 'ordinal', 'unheaded'];

/**
 * Why an unheaded part begins where it does: a transition paragraph whose lead sentence opens the
 * shortcomings or next year's plan (`lead` is that sentence; a plan may also open at a sentence inside
 * the closing shortcomings paragraph, …。下一步，街道将…), or a list whose numbering restarts
 * (（一） after （四）: `lead` is the restarted item's heading).
 */
export interface SectionBoundary { reason: 'transition' | 'restart' | 'attachment'; lead: string }

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
  /** set on an unheaded part: why it begins here (null for every section opened by a heading) */
  boundary: SectionBoundary | null;
  /** a topic heading of the work (【加强组织保障，…】 where the parts are so headed: headings.ts): names no part and frames no period */
  topic: boolean;
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
  /** a figure in a table row under a unit-bearing column: the sentence id of the table's header row, which names what it counts */
  header?: number;
  /** with `header`: where the header's first cell and this figure's column cell stand in the header row's text ([start, end)) */
  headerCells?: [[number, number], [number, number]];
  /** with `header`: the sentence id of the table's caption (…统计如下：), whose every term names what the table counts */
  caption?: number;
}

export interface Closing {
  issuer: string | null;
  date: { year: number; month: number; day: number } | null;
  dateText: string | null;
  line: number;
  /** the date is a field that updates itself (MetadataHints.autoDates): not the day the unit signed */
  dateAuto?: true;
}

/** Metadata read from layout rather than from the report's sentences: a 公文 版头, a web page's fields. */
export interface MetadataHints {
  /** 发文机关 (版头 "X人民政府文件", a web page's 发布机构) */
  issuer?: string;
  /** 成文日期 of a web page */
  date?: { year: number; month: number; day: number };
  /** 发文字号, e.g. 青政发〔2025〕5号 */
  docNumber?: string;
  /** 签发人 */
  signer?: string;
  /** what fields that update themselves show (Word DATE/TIME/SAVEDATE/PRINTDATE): the day the file was last opened, saved or printed, never a date someone signed */
  autoDates?: string[];
  /** the file holds such a field but the reader cannot say which text it shows (a .doc): a 落款 date may be it */
  autoDateField?: true;
}

export interface DocumentModel {
  file: string;
  original: string;
  encoding: string;
  source: 'txt' | 'docx' | 'pdf' | 'doc' | 'wps' | 'ofd' | 'html';
  /** metadata hints from the layout (版头, web page fields) and the file (a web page's meta tags) */
  hints: MetadataHints;
  /** line (1-based) → page, for PDFs */
  pages: number[] | null;
  normalized: string;
  /** map[i] = original offset of normalized[i]; map[normalized.length] = original.length */
  map: Int32Array;
  lineStarts: number[];
  title: string;
  titleParagraphs: number;
  /** paragraphs that are web-page chrome, an addressee or a document-number line (not report text) */
  chrome: number[];
  /** the 发布机构 of a web page's metadata table, if any */
  publisher: string | null;
  unit: string | null;
  unitNames: UnitNames;
  /** the unit located in the gazetteer (行政区划代码 and superiors), null when it cannot be */
  division: UnitDivision | null;
  year: number | null;
  /** where the report year was read: the title; 'stated' by the preamble's opening (2022年，…); elsewhere in the body; inferred from the 落款 */
  yearSource: 'title' | 'stated' | 'body' | 'closing' | null;
  /** two consecutive years reported together (关于2021—2022年度…的报告): the first of them; `year` is the later. Absent for one year */
  yearFrom?: number;
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
  /**
   * Where a department sits when that is below its county: 'township' for a town's station (司法所, 派出所,
   * 市场监管所, a 街道's 执法队 — engine/document/station.ts), whose place is its town. Absent otherwise.
   */
  seat?: 'township';
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
  /** for wrong_unit_name: the foreign place, where it is and why it is not the unit */
  place?: PlaceNote;
  /** evidence too weak to deduct (a 疑似 flag for a person to confirm): why */
  suspicion?: SuspicionReason;
  /** a neighbouring sentence that supplied a term to the hit before it (not counted by itself) */
  context?: true;
  /** for a count of quantities: each quantity this sentence added to the count, as written (2名, 100%) */
  counted?: string[];
  /**
   * what a metadata reading took from this line (the report year read in the title): a deduction quoting the
   * title says why it does (stale_content: 2023年及以后 — new user, session 19)
   */
  reads?: { field: 'report_year'; value: number } | DaysLate;
}

/**
 * What a late 落款 is late against: the deadline (YYYY-MM-DD, 4月1日 of the year after the report year unless the rubric sets
 * another) and the days past it (new user 43: 报送逾期 had quoted the date alone).
 */
export interface DaysLate {
  field: 'days_late';
  value: number;
  deadline: string;
}

/** Why a named place is another unit (closed set; rendered by the message catalogue). */
export type ForeignReason = 'other_township' | 'other_county' | 'signed_by_other';

/** Why evidence only raises a suspicion instead of a deduction (closed set). */
export type SuspicionReason = 'not_in_gazetteer' | 'weak_context' | 'unit_not_located' | 'year_inferred' | 'date_field' | 'body_year' | 'recap_year';

export interface PlaceNote {
  /** the place as the report writes it */
  name: string;
  /** 浙江省 › 湖州市 › 长兴县 › 水口乡 (its first homonym), null when the gazetteer lacks it */
  where: string | null;
  code: string | null;
  /** how many places in China carry the name */
  homonyms: number;
  why: ForeignReason;
  /** the unit, as located: 河南省 › 南阳市 › 卧龙区 › 陆营镇, null when the gazetteer lacks it */
  unitWhere: string | null;
}

export type RefusalReason = 'in_plans' | 'in_shortcomings' | 'in_front' | 'in_closing' | 'intent' | 'heading' | 'negated' | 'handed_down' | 'others_work' | 'quoted' | 'off_context' | 'not_local';

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
  /** hits too weak to count (疑似): a deduction they alone would trigger is reported as suspected, costing nothing */
  suspected?: Evidence[];
}

export type Outcome = 'met' | 'partial' | 'unmet';

export interface CriterionResult {
  outcome: Outcome;
  points: number;
  planned_only: boolean;
  evidence: Evidence[];
  /** only for criteria with sub-items, graded points or an `applicable` condition: how the points were reached */
  arithmetic?: PointsArithmetic;
  /** present when an assessor decided this cell (rubric score --review): outcome and points are theirs */
  review?: CellReview;
  /**
   * Why points were withheld: what the next level up (partial for an unmet criterion, met for a
   * partial one) required and what the report gave. Absent for met cells, for criteria scored by
   * sub-items, and for cells an assessor moved off the engine's outcome.
   */
  shortfall?: Shortfall;
}

/** The next level's conditions that did not hold, each with the value the report gave. */
export interface Shortfall { level: Outcome; needs: Need[] }

/**
 * One unmet requirement: a comparison (`name` is the rubric's English label, `title` its Chinese
 * one, either may be absent), alternatives of which none held, several that must hold together
 * (only inside `any`), or something found that must not be.
 */
export type Need =
  | { fact: string; name?: string; title?: string; operator: string; value: number; found: number }
  | { any: Need[] }
  | { all: Need[] }
  | { not: Need };

/** Graded points worked out: 要求 target, found value, units × perUnit from base, clamped to floor..cap. */
export interface GradedArithmetic { value: number; target: number | null; units: number; perUnit: number; base: number; raw: number; cap: number; floor: number; points: number }

export interface SubItemResult { id: string; title: string; points: number; max: number; held: boolean; graded?: GradedArithmetic; evidence: Evidence[] }

export interface PointsArithmetic {
  max: number;
  /** false: the criterion does not apply to this unit; its points are left out and the total rescaled */
  applicable: boolean;
  graded?: GradedArithmetic;
  subItems?: SubItemResult[];
}

/** A bonus or penalty item that applied. */
export interface AdjustmentResult { id: string; title: string; points: number; graded?: GradedArithmetic; evidence: Evidence[] }
export interface AdjustmentTotal { points: number; cap: number | null; items: AdjustmentResult[] }
export interface VetoResult { id: string; title: string; grade: string | null; evidence: Evidence[] }
export interface CategoryResult { title: string; points: number; max: number; categories?: Record<string, CategoryResult> }

/** A scheme's results (present only when the rubric declares categories, bonuses, penalties, veto or grades). */
export interface SchemeResult {
  categories: Record<string, CategoryResult> | null;
  bonus: AdjustmentTotal | null;
  penalties: AdjustmentTotal | null;
  veto: VetoResult[] | null;
  grade: string | null;
  /** the criteria sum before rescaling, the applicable max, and the factor (1 when all apply) */
  rescale: { points: number; max: number; factor: number };
}

/** Who decided a cell, why, and what the engine had said (harness/review). */
export interface CellReview {
  /** the engine's outcome and points; planned_only when it had found the measure only in the plans */
  engine: { outcome: Outcome; points: number; planned_only?: boolean };
  by: string;
  reason: string;
  date: string;
}

export interface DeductionResult {
  id: string;
  /** the points the deduction costs (0 for a suspected one until an assessor confirms it) */
  points: number;
  evidence: Evidence[];
  /**
   * 'suspected' (疑似): weak evidence, for a person to confirm; it costs no points (points 0) until an
   * assessor confirms it (review.csv 确认). Absent means deducted.
   */
  status?: 'deducted' | 'suspected';
  suspected?: boolean;
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

/** Why a report was not scored: a code and its params (engine/errors.ts); the harness renders the message. */
export type { ReportError };

export interface ReportResult {
  file: string;
  unit: string | null;
  year: number | null;
  total: number;
  rank: number;
  criteria: Record<string, CriterionResult>;
  /** deductions that cost points (status 'deducted') */
  deductions: DeductionResult[];
  /** 疑似: deductions on weak evidence, for a person to confirm; they cost nothing */
  suspected: DeductionResult[];
  /** the unit in the gazetteer: 行政区划代码, province, city, county (null when it cannot be located) */
  division: ResultDivision | null;
  flags: string[];
  error?: ReportError;
  /** only when the rubric is a scheme (categories, bonuses, penalties, veto or grades) */
  scheme?: SchemeResult;
}

export interface ResultDivision { code: string; province: string; city: string | null; county: string | null }
