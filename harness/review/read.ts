/**
 * Reading review.csv (UTF-8, with or without a BOM, as Excel and WPS save it, or GBK/GB18030 as Excel saves a plain
 * CSV on a Chinese Windows) or review.xlsx (its
 * first sheet) into decisions. csv-parse reads the CSV (quoted cells, line breaks inside a 理由).
 * A file we cannot trust is refused whole, naming the file, the line and what to write instead:
 * applying some decisions and silently dropping others would publish a total no one decided.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import { t } from '../i18n.js';
import { UsageError } from '../usage-error.js';
import type { Outcome } from '../../engine/types.js';
import { decide, type DecisionProblem } from './apply.js';
import { BASE_HEADER, BASE_REASON_HEADER, DECISION_WORDS, EVIDENCE_HEADER, HASH_HEADER, parseDecisionWord, REVIEW_HEADERS, TITLE_HEADER, type ReviewDecision } from './decision.js';

/** A row of review.csv as written, decided or not (review-template keeps the rows it finds). */
export interface ReviewRow {
  file: string; id: string; engine: string; decision: string; reason: string; by: string; date: string; hash: string; line: number; title?: string; evidence?: string;
  /** report.html's export: the cell's decision and reason when the page was made (BASE_HEADER) */
  base?: { decision: string; reason: string };
}

export interface ReviewFile {
  path: string;
  rows: ReviewRow[];
  /** decided rows, validated against the rubric; a later row for the same cell replaces an earlier one */
  decisions: ReviewDecision[];
  /** rows with an empty 决定 */
  pending: number;
  /** earlier rows replaced by a later row for the same report and 评分项 */
  replaced: Array<{ line: number; by: number }>;
  /** rows whose 决定 is 撤销 (WITHDRAW_WORD): the cell's decision withdrawn; the id resolved */
  withdrawn: Array<{ file: string; id: string; line: number }>;
}

/** A cell as the spreadsheet guard wrote it ('=x is shown as text) reads back as it was. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return unguard(String(v)).trim();
}

export async function readTable(abs: string): Promise<unknown[][]> {
  // loaded only for a review.xlsx: read-excel-file brings unzipper and an XML parser, ~60 ms of every
  // `rubric score` start-up when imported with this module
  if (/\.xlsx$/i.test(abs)) return (await (await import('read-excel-file/node')).default(abs)) as unknown[][];
  const text = csvText(readFileSync(abs)).replace(/^\ufeff/, '');
  return parse(text, { relaxColumnCount: true, skipEmptyLines: true }) as string[][];
}

/**
 * The CSV's text: UTF-8 (with or without a BOM, as review-template writes it and Excel's "CSV UTF-8" saves it), else
 * GB18030 — a superset of GBK, what Excel on a Chinese Windows saves as plain "CSV (逗号分隔)" (a new user's review.csv
 * was refused with its header garbled: 收到 �ļ�,…). Not UTF-8 is decided strictly (a fatal decoder), never guessed.
 */
function csvText(bytes: Buffer): string {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return iconv.decode(bytes, 'gb18030'); }
}

/** A criterion's 决定 the scheme cannot give, as the line the assessor must change and what to write. */
function decisionProblem(line: number, file: string, p: DecisionProblem): string {
  const at = t(`第 ${line} 行（${file}，${p.criterion}）`, `line ${line} (${file}, ${p.criterion})`);
  switch (p.code) {
    case 'no_partial_level':
      return t(`${at}：评分细则对这一项只给“达标”或“未达标”，没有“部分”一档：请改为 达标 或 未达标。`, `${at}: the scheme gives this criterion met or unmet only, it has no partial level: write 达标 (met) or 未达标 (unmet).`);
    case 'points_needed':
      return t(`${at}：这一项按细项或按次计分，“部分”不能确定分数：请在“决定”中写给的分数（0 到 ${p.max}，如 2.5）。`, `${at}: this criterion is scored by sub-items or per count, so "partial" does not say how many points: write the points given in 决定 (0 to ${p.max}, e.g. 2.5).`);
    case 'points_out_of_range':
      return t(`${at}：分数 ${p.points} 不在 0 到 ${p.max} 之间。`, `${at}: ${p.points} points is not between 0 and ${p.max}.`);
    case 'points_not_given':
      return t(`${at}：评分细则对这一项只给 ${p.allowed.join('、')} 分，没有 ${p.points} 分：请写其中之一，或写 达标 / 部分 / 未达标。`, `${at}: the scheme gives this criterion ${p.allowed.join(', ')} points only, not ${p.points}: write one of them, or 达标 / 部分 / 未达标.`);
  }
}

/** The id a 评分项 cell names — its id, or its Chinese title — or undefined when the rubric has no such criterion or deduction. */
export function cellIdOf(rubric: CompiledRubric): (cell: string) => string | undefined {
  const all = [...rubric.criteria, ...rubric.deductions];
  // (an id wins over a title spelled like it: ids are entered last)
  const byName = new Map<string, string>([...all.map((x) => [x.title, x.id] as [string, string]), ...all.map((x) => [x.id, x.id] as [string, string])]);
  return (cell) => byName.get(cell);
}

/** Read and check a review file against the rubric; throws UsageError naming every bad line. */
export async function readReviewFile(path: string, rubric: CompiledRubric): Promise<ReviewFile> {
  const abs = resolve(path);
  let table: unknown[][];
  try {
    table = await readTable(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(t(`找不到复核文件 ${abs}：请检查路径是否写对（review.csv 由 rubric review-template 生成）。`, `Review file ${abs} not found: check the path (review.csv is written by rubric review-template).`));
    throw new UsageError(t(`无法读取复核文件 ${abs}（${(e as Error).message}）：请在 Excel/WPS 中打开后重新另存为“CSV UTF-8”（或 Excel 工作簿 .xlsx）。`, `Cannot read the review file ${abs} (${(e as Error).message}): open it in Excel/WPS and save it again as "CSV UTF-8" (or an Excel workbook, .xlsx).`));
  }
  const header = (table[0] ?? []).map(cellText);
  if (REVIEW_HEADERS.some((h, i) => header[i] !== h)) {
    throw new UsageError(t(
      `${abs} 的表头不对：第一行应依次为 ${REVIEW_HEADERS.join(',')}（收到 ${header.slice(0, 7).join(',') || '空行'}）。请用 rubric review-template 生成的文件填写决定。`,
      `${abs} has the wrong header: the first row must be ${REVIEW_HEADERS.join(',')} in this order (got ${header.slice(0, 7).join(',') || 'an empty row'}). Fill in the file rubric review-template writes.`,
    ));
  }
  const hashAt = header.indexOf(HASH_HEADER);
  const titleAt = header.indexOf(TITLE_HEADER), evidenceAt = header.indexOf(EVIDENCE_HEADER);
  const baseAt = header.indexOf(BASE_HEADER), baseReasonAt = header.indexOf(BASE_REASON_HEADER);
  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));
  const deductions = new Map(rubric.deductions.map((d) => [d.id, d]));
  const idOfCell = cellIdOf(rubric);
  const problems: string[] = [];
  const rows: ReviewRow[] = [];
  const latest = new Map<string, ReviewDecision>();
  const replaced: ReviewFile['replaced'] = [];
  const withdrawn: ReviewFile['withdrawn'] = [];
  let pending = 0;
  table.slice(1).forEach((raw, i) => {
    const c = raw.map(cellText);
    const line = i + 2;
    if (c.every((x) => !x)) return;
    const row: ReviewRow = { file: c[0] ?? '', id: c[1] ?? '', engine: c[2] ?? '', decision: c[3] ?? '', reason: c[4] ?? '', by: c[5] ?? '', date: c[6] ?? '', hash: hashAt >= 0 ? c[hashAt] ?? '' : '', line, ...(titleAt >= 0 && c[titleAt] ? { title: c[titleAt] } : {}), ...(evidenceAt >= 0 && c[evidenceAt] ? { evidence: c[evidenceAt] } : {}), ...(baseAt >= 0 ? { base: { decision: c[baseAt] ?? '', reason: baseReasonAt >= 0 ? c[baseReasonAt] ?? '' : '' } } : {}) };
    rows.push(row);
    const id = idOfCell(row.id);
    const word = parseDecisionWord(row.decision);
    if (word === 'empty') { pending++; return; }
    if (!row.file) { problems.push(t(`第 ${line} 行：没有填写“文件”。`, `line ${line}: 文件 (file) is empty.`)); return; }
    if (!id) { problems.push(t(`第 ${line} 行：评分项 "${row.id}" 不在评分细则 ${rubric.id} 中。`, `line ${line}: 评分项 "${row.id}" is not in the rubric ${rubric.id}.`)); return; }
    if (word === 'withdrawn') {
      // a later 撤销 cancels the cell's earlier decision in this file (report.html's export, merged or appended)
      const key = `${row.file}\u0000${id}`;
      const prev = latest.get(key);
      if (prev) { replaced.push({ line: prev.line, by: line }); latest.delete(key); }
      withdrawn.push({ file: row.file, id, line });
      return;
    }
    if (word === 'unknown') {
      problems.push(t(`第 ${line} 行：看不懂决定 "${row.decision}"：评分项请写 ${DECISION_WORDS.criterion}，扣分项请写 ${DECISION_WORDS.deduction}（撤销已有的决定写 ${DECISION_WORDS.withdraw}）。`, `line ${line}: unknown decision "${row.decision}": write ${DECISION_WORDS.criterion} for a criterion, ${DECISION_WORDS.deduction} for a deduction (${DECISION_WORDS.withdraw} withdraws a decision).`));
      return;
    }
    const isDeduction = deductions.has(id);
    if (isDeduction && !('confirm' in word)) { problems.push(t(`第 ${line} 行：${id} 是扣分项，决定应为 ${DECISION_WORDS.deduction}（收到 "${row.decision}"）。`, `line ${line}: ${id} is a deduction: decide ${DECISION_WORDS.deduction} (got "${row.decision}").`)); return; }
    if (!isDeduction && 'confirm' in word) { problems.push(t(`第 ${line} 行：${id} 是评分项，决定应为 ${DECISION_WORDS.criterion}（收到 "${row.decision}"）。`, `line ${line}: ${id} is a criterion: decide ${DECISION_WORDS.criterion} (got "${row.decision}").`)); return; }
    let decided: { outcome?: Outcome; points?: number } | { confirm: boolean } = word;
    if (!isDeduction) {
      // a decision the scheme cannot give (部分 with no partial level, points it never gives) is refused, not mapped
      const d = decide(criteria.get(id)!, word as { outcome: Outcome } | { points: number });
      if ('code' in d) { problems.push(decisionProblem(line, row.file, d)); return; }
      decided = { outcome: d.outcome, ...('points' in word ? { points: d.points } : {}) };
    }
    const key = `${row.file}\u0000${id}`;
    const prev = latest.get(key);
    if (prev) replaced.push({ line: prev.line, by: line });
    latest.set(key, { file: row.file, id, ...decided, reason: row.reason, by: row.by, date: row.date, hash: row.hash, line });
  });
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `  ${p}`).join('\n');
    const more = problems.length > 20 ? t(`\n  …… 另有 ${problems.length - 20} 处`, `\n  … and ${problems.length - 20} more`) : '';
    throw new UsageError(t(`复核文件 ${abs} 有 ${problems.length} 处错误，未开始评分：\n${shown}${more}`, `The review file ${abs} has ${problems.length} errors; nothing was scored:\n${shown}${more}`));
  }
  return { path: abs, rows, decisions: [...latest.values()], pending, replaced, withdrawn };
}
