/** One report from bytes to a result row: decode, parse once, score. Any failure becomes an error row, never an exception. */
import { decodeBytes, ReportInputError } from './decode.js';
import { parseDocument } from './document.js';
import type { Scorer } from './score.js';
import { heldConditions } from './coverage.js';
import type { ReportResult } from './types.js';

/** A scored report before ranking, with what the harness needs besides the JSONL keys. */
export interface UnrankedResult extends Omit<ReportResult, 'rank'> {
  encoding: string | null;
  /** ids of the conditions that held, when coverage was asked for */
  held?: string[];
}

export interface ReportLimits { maxBytes: number; coverage?: boolean }
export const DEFAULT_LIMITS: ReportLimits = { maxBytes: 50 * 1024 * 1024 };

export function errorResult(file: string, code: string, message: string, encoding: string | null = null): UnrankedResult {
  return { file, unit: null, year: null, total: 0, criteria: {}, deductions: [], flags: [], error: { code, message }, encoding };
}

export async function scoreBytes(scorer: Scorer, bytes: Uint8Array, file: string, limits: ReportLimits = DEFAULT_LIMITS): Promise<UnrankedResult> {
  if (bytes.length > limits.maxBytes) {
    return errorResult(file, 'too_large', `文件 ${file} 有 ${(bytes.length / 1048576).toFixed(1)} MB，超过上限 ${(limits.maxBytes / 1048576).toFixed(0)} MB：请确认它是一份报告，或用 --max-mb 提高上限。 / ${file} is larger than the limit: check it is a report, or raise --max-mb.`);
  }
  let encoding: string | null = null;
  try {
    const decoded = decodeBytes(bytes);
    encoding = decoded.encoding;
    if (decoded.text.trim().length === 0) {
      return errorResult(file, 'empty_report', `文件 ${file} 是空的（或只有空白）：请重新导出报告全文。 / ${file} is empty (or whitespace only): export the full report again.`, encoding);
    }
    const doc = parseDocument(decoded.text, { file, encoding });
    if (!/[\u4e00-\u9fa5]/.test(doc.normalized)) {
      return errorResult(file, 'not_chinese', `文件 ${file} 中没有中文文字：请确认这是一份法治政府建设报告。 / ${file} contains no Chinese text: check it is a report on 法治政府建设.`, encoding);
    }
    const scored = await scorer.score(doc, { trace: limits.coverage });
    const result: UnrankedResult = { file, unit: doc.unit, year: doc.year, total: scored.total, criteria: scored.criteria, deductions: scored.deductions, flags: scored.flags, encoding };
    if (limits.coverage && scored.traces) result.held = heldConditions(scorer.rubric, scored.traces);
    return result;
  } catch (e) {
    if (e instanceof ReportInputError) return errorResult(file, e.code, `${file}: ${e.message}`, encoding);
    return errorResult(file, 'internal_error', `评分 ${file} 时出错（${(e as Error).message}）：请把该文件和这条消息报告给维护者。 / Scoring ${file} failed (${(e as Error).message}): report the file and this message to the maintainers.`, encoding);
  }
}
