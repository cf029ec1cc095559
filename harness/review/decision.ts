/**
 * review.csv: the assessors' decisions, one row per decision, with these headers in this order —
 * 文件 (path relative to the corpus), 评分项 (criterion or deduction id), 引擎结果 (what the engine
 * said, for the reader), 决定, 理由, 评分人, 日期 — and an 8th column 内容指纹 that the tool fills (the
 * report's content hash when the row was written: a decision on text that has changed since is
 * stale). 决定 is met/partial/unmet (达标/部分/未达标) for a criterion, or the points given (2.5, 2.5分);
 * 确认/驳回 for a deduction; an empty 决定 is a row not yet decided. 部分 is refused on a criterion whose
 * scheme has no partial level, and on one scored by sub-items or per count (its points are not
 * fixed by the word: write the points); points are refused unless the scheme can give them
 * (harness/review/read.ts).
 */
import type { Outcome } from '../../engine/types.js';

export const REVIEW_HEADERS = ['文件', '评分项', '引擎结果', '决定', '理由', '评分人', '日期'] as const;
/** written by the tool after the seven: the report's content hash (see hashOf) */
export const HASH_HEADER = '内容指纹';
/**
 * Written after 内容指纹 for the assessor reading the sheet, never read as a decision: the 评分项's
 * name as the scheme gives it, and the first piece of evidence (line, section, quote; why it was
 * withheld or only suspected).
 */
export const TITLE_HEADER = '评分项名称';
export const EVIDENCE_HEADER = '证据';
/**
 * Written by report.html's export after 内容指纹: the cell's decision and reason as the page was made with them (empty
 * when it had none). `review-template --add` replaces a cell only while review.csv still holds that decision, so an
 * older page never overwrites a decision typed into review.csv since (a new user, session 30).
 */
export const BASE_HEADER = '页面原决定';
export const BASE_REASON_HEADER = '页面原理由';
export const REVIEW_FILE = 'review.csv';

/** One decision, ready to apply: plain data, it crosses to the workers. */
export interface ReviewDecision {
  file: string;
  id: string;
  /** a criterion's decided outcome */
  outcome?: Outcome;
  /** a criterion's decided points (resolved when read: the level's points for a word, or the points written) */
  points?: number;
  /** a deduction: confirmed (确认) or rejected (驳回) */
  confirm?: boolean;
  reason: string;
  by: string;
  date: string;
  /** content hash the decision was made on; '' when the row was written by hand */
  hash: string;
  /** line in review.csv (1 = header), for messages */
  line: number;
}

const OUTCOME_WORDS: Record<string, Outcome> = {
  met: 'met', partial: 'partial', unmet: 'unmet',
  达标: 'met', 部分: 'partial', 部分达标: 'partial', 未达标: 'unmet', 不达标: 'unmet',
};
/**
 * 撤销: the decision on this cell is withdrawn — report.html's export writes it for a decision the assessor cleared on
 * the page; `review-template --add` then empties that cell's 决定 in review.csv, and read on its own it cancels an
 * earlier row's decision on the same cell (a later row replaces an earlier one).
 */
export const WITHDRAW_WORD = '撤销';
const WITHDRAW_WORDS: Record<string, true> = { 撤销: true, withdraw: true, withdrawn: true };
const DEDUCTION_WORDS: Record<string, boolean> = { 确认: true, 驳回: false, confirm: true, confirmed: true, reject: false, rejected: false };

/** What a 决定 cell says: an outcome, points, a deduction verdict, nothing yet, or a word we do not know. */
export function parseDecisionWord(cell: string): { outcome: Outcome } | { points: number } | { confirm: boolean } | 'empty' | 'withdrawn' | 'unknown' {
  const w = cell.trim().replace(/\s+/g, '').toLowerCase();
  if (!w) return 'empty';
  if (w in WITHDRAW_WORDS) return 'withdrawn';
  // points: 2.5, 2.5分, ３ (full-width digits as an IME may type them)
  const digits = w.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/分$/, '');
  if (/^\d+(?:\.\d+)?$/.test(digits)) return { points: Number(digits) };
  if (w in OUTCOME_WORDS) return { outcome: OUTCOME_WORDS[w] };
  if (w in DEDUCTION_WORDS) return { confirm: DEDUCTION_WORDS[w] };
  return 'unknown';
}

/** The words a 决定 cell accepts, for messages and the README. */
export const DECISION_WORDS = { criterion: '达标 / 部分 / 未达标（met / partial / unmet）或分数（如 2.5）', deduction: '确认 / 驳回', withdraw: '撤销' };
