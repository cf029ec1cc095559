/**
 * The extra outputs built after ranking.csv and results.jsonl: ranking.xlsx and report.html, read
 * back from results.jsonl so the main thread never holds more than it needs. Both are bounded:
 * a workbook past XLSX_MAX reports and a page past HTML_MAX are skipped with a message (use the
 * CSV), and report texts are embedded in the page only up to HTML_TEXTS_MAX reports.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CompiledRubric } from '../engine/rubric/types.js';
import type { DocumentModel } from '../engine/types.js';
import type { CorpusFile } from './corpus.js';
import type { OutputStage } from './stage.js';
import { hashFile } from './review/stale.js';
import type { Lang } from './writers/evidence-text.js';
import type { ResultRow } from './writers/xlsx.js';
import type { ReadDecision } from './writers/html.js';

export const FORMATS = ['csv', 'xlsx', 'html', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];
export const XLSX_MAX = 5_000;
/** The workbook for superiors beside ranking.xlsx (harness/writers/superiors.ts). */
export const SUPERIORS_XLSX = 'ranking-superiors.xlsx';
export const HTML_MAX = 2_000;
export const HTML_TEXTS_MAX = 300;

export async function readResults(jsonlPath: string): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  const rl = createInterface({ input: createReadStream(jsonlPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line) rows.push(JSON.parse(line));
  return rows;
}

/**
 * The document model for the HTML page's full texts (re-read; only for a few hundred reports), and
 * each report's content hash, which the page's exported review.csv records (harness/review/stale.ts).
 */
export type DocLoader = ((rel: string) => Promise<DocumentModel | null>) & { hash?: (rel: string) => string | null };

export function fileDocLoader(files: CorpusFile[]): DocLoader {
  const byRel = new Map(files.map((f) => [f.rel, f.abs]));
  const load: DocLoader = async (rel) => {
    const abs = byRel.get(rel);
    if (!abs) return null;
    // the engine's reader is imported here, not with this module: the CLI imports this module for its
    // format names before the worker pool opens, and the engine is ~100 ms of loading (start-up, issue 15)
    try { return await (await import('../engine/scoring/report.js')).readReport(readFileSync(abs), rel); } catch { return null; }
  };
  load.hash = (rel) => { const abs = byRel.get(rel); return abs ? hashFile(abs) : null; };
  return load;
}

export interface ExtraOutputsResult { written: string[]; skipped: Array<{ format: Format; reason: string }> }

/**
 * Stage ranking.xlsx and report.html (read back from the staged results.jsonl at `jsonlPath`). `checkpoint` runs
 * between them (score.ts: it lets a pending SIGINT be handled and stops the run there). `decisions`: the
 * review file's decisions, for the page's export (htmlReport).
 */
export async function writeExtraOutputs(rubric: CompiledRubric, stage: OutputStage, jsonlPath: string, formats: Set<Format>, lang: Lang, docs: DocLoader, count: number, checkpoint: () => Promise<void> = async () => undefined, decisions: ReadDecision[] = []): Promise<ExtraOutputsResult> {
  const res: ExtraOutputsResult = { written: [], skipped: [] };
  const xlsx = formats.has('xlsx') && count <= XLSX_MAX;
  const html = formats.has('html') && count <= HTML_MAX;
  if (formats.has('xlsx') && !xlsx) res.skipped.push({ format: 'xlsx', reason: `${count} > ${XLSX_MAX}` });
  if (formats.has('html') && !html) res.skipped.push({ format: 'html', reason: `${count} > ${HTML_MAX}` });
  if (!xlsx && !html) return res;
  const rows = await readResults(jsonlPath);
  // the workbook and page writers (and their libraries) load only when those outputs are written
  await checkpoint();
  if (xlsx) {
    const { xlsxBuffer } = await import('./writers/xlsx.js');
    stage.write('ranking.xlsx', await xlsxBuffer(rubric, rows, lang));
    res.written.push('ranking.xlsx');
    // the copy sent up: the ranking and its numbers without the office's own columns and sheets (new users 53, 54)
    const { superiorsXlsxBuffer } = await import('./writers/superiors.js');
    stage.write(SUPERIORS_XLSX, await superiorsXlsxBuffer(rubric, rows, lang));
    res.written.push(SUPERIORS_XLSX);
  }
  await checkpoint();
  if (html) {
    {
      const { htmlReport } = await import('./writers/html.js');
      const withTexts = rows.length <= HTML_TEXTS_MAX;
      const reports = [];
      for (const row of rows) reports.push({ row, doc: withTexts && !row.error ? await docs(row.file) : null, hash: row.error ? null : docs.hash?.(row.file) ?? null });
      stage.write('report.html', htmlReport(rubric, reports, lang, decisions));
      res.written.push('report.html');
    }
  }
  return res;
}
