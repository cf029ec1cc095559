/**
 * Writing review.csv: UTF-8 with a BOM and CRLF (Excel and WPS open Chinese correctly), the seven
 * headers in order, the tool's 内容指纹 column, and for the reader the 评分项's name and its first
 * evidence; every cell through the formula-injection guard.
 */
import { stringify } from 'csv-stringify/sync';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import type { CriterionResult, DeductionResult, Evidence } from '../../engine/types.js';
import { withheldText } from '../writers/arithmetic-text.js';
import { evidenceLine, OUTCOME, outcomeLabel } from '../writers/evidence-text.js';
import { safeCell } from '../writers/safe-cell.js';
import { isSuspected } from './apply.js';
import { EVIDENCE_HEADER, HASH_HEADER, REVIEW_HEADERS, TITLE_HEADER } from './decision.js';
import type { ReviewRow } from './read.js';
import type { UncertainReason } from './uncertain.js';

const WHY: Partial<Record<UncertainReason, string>> = { withheld: '（有未计入的证据）', near_threshold: '（差一处即到上一档）', unheaded: '（所在部分无标题）', related: '（报告中有相关文字）' };
/** before the sentence of a `related` row: the engine counted nothing, this is the text an assessor would read */
const RELATED_MARK = '[相关文字] ';

/** 引擎结果 as the assessor reads it: 部分 2.5分（有未计入的证据）, 疑似扣分 −10（待确认）. */
export function engineLabel(rubric: CompiledRubric, r: { criteria: Record<string, CriterionResult>; deductions: DeductionResult[]; suspected?: DeductionResult[] }, id: string, why?: UncertainReason): string {
  const d = [...r.deductions, ...(r.suspected ?? [])].find((x) => x.id === id);
  // a suspected one carries 0 points: say what it would cost
  if (d) return isSuspected(d) ? `疑似扣分 −${rubric.deductions.find((x) => x.id === id)?.points ?? d.points}（待确认）` : `扣分 −${d.points}`;
  if (rubric.deductions.some((x) => x.id === id)) return '未扣分';
  const c = r.criteria[id];
  if (!c) return '';
  return `${outcomeLabel(c, 'zh')} ${c.points}分${why ? WHY[why] ?? '' : ''}`;
}

export const outcomeWord = (o: keyof (typeof OUTCOME)['zh']) => OUTCOME.zh[o];

/**
 * The evidence that decides the row for `id` in a result, as a spreadsheet cell shows it, and for a cell below met
 * what the next level needed (empty when there is neither): the row is decidable on its own. A deduction shows its
 * first quote; a criterion on the list because of a sentence it did not count (`why` withheld or planned_only) shows
 * that sentence — in the plans for planned_only — after its first counted quote, if any: the first quote alone was
 * often not the sentence in question (new user, session 19). A `related` row (nothing counted, nothing refused) shows the
 * report's sentence carrying the criterion's related words, marked [相关文字], passed as `related`.
 */
export function firstEvidence(r: { criteria: Record<string, CriterionResult>; deductions: DeductionResult[]; suspected?: DeductionResult[] }, id: string, why?: UncertainReason, related?: Evidence): string {
  const d = [...r.deductions, ...(r.suspected ?? [])].find((x) => x.id === id);
  const c = d ? undefined : r.criteria[id];
  const quotes: Evidence[] = [];
  if (d) { if (d.evidence[0]) quotes.push(d.evidence[0]); }
  else if (c) {
    const counted = c.evidence.find((e) => !('reason' in e && e.reason));
    const refused = (e: Evidence) => 'reason' in e && !!e.reason;
    const inQuestion = why === 'planned_only' ? c.evidence.find((e) => refused(e) && (e as { reason?: string }).reason === 'in_plans') ?? c.evidence.find(refused)
      : why === 'withheld' ? c.evidence.find(refused) : undefined;
    for (const e of [counted ?? (inQuestion ? undefined : c.evidence[0]), inQuestion]) if (e && !quotes.includes(e)) quotes.push(e);
  }
  const withheld = c ? withheldText(c, 'zh') : null;
  const lines = quotes.map((e) => evidenceLine(e, 'zh'));
  if (why === 'related' && related) lines.push(RELATED_MARK + evidenceLine(related, 'zh'));
  return [...lines, withheld ?? ''].filter(Boolean).join('｜');
}

/**
 * The reference columns (引擎结果, 评分项, 证据) in characters GBK holds: Excel on a Chinese Windows saves a CSV as GBK, and the
 * minus sign and the › of a place's path came back as ? (new user 35: 扣分 ?10). The assessor's own columns are never touched.
 */
const NOT_IN_GBK: Record<string, string> = { '−': '-', '–': '-', '›': '>', '✓': '√', '✗': '×' };
export const gbkSafe = (text: string): string => text.replace(/[−–›✓✗]/g, (c) => NOT_IN_GBK[c]);

export function reviewCsv(rows: Array<Omit<ReviewRow, 'line'>>): string {
  const table = [[...REVIEW_HEADERS, HASH_HEADER, TITLE_HEADER, EVIDENCE_HEADER], ...rows.map((r) => [r.file, r.id, r.engine, r.decision, r.reason, r.by, r.date, r.hash, r.title ?? '', r.evidence ?? ''])];
  return '\ufeff' + stringify(table.map((row) => row.map(safeCell)), { record_delimiter: '\r\n' });
}
