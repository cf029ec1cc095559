/**
 * Rendering one result into the pieces of its JSONL line and CSV row, in the worker, so that only
 * strings cross the thread boundary and the main thread never holds evidence for the whole corpus.
 * The rank and the flags are left out: they are known only when every report is in (near-duplicates
 * add a flag), and are spliced in when the outputs are assembled in rank order.
 */
import { stringify } from 'csv-stringify/sync';
import type { UnrankedResult } from '../engine/scoring/report.js';
import type { Signature } from '../engine/corpus/minhash.js';
import type { CompiledRubric } from '../engine/rubric/types.js';
import { csvRow } from './writers/csv.js';
import { renderReportError, type RenderedReportError } from './messages.js';
import type { CacheWarning } from '../engine/errors.js';
import type { Lang } from './writers/evidence-text.js';
import { unitKind, type UnitKind } from './writers/unit-kind.js';
import { unitKeyOf } from './same-unit.js';

export interface RenderedResult {
  file: string;
  total: number;
  failed: boolean;
  error?: RenderedReportError;
  flags: string[];
  /** the report year read (null: none), for the batch's year (score.ts: other_year) */
  year: number | null;
  /** the unit's kind (null: no unit read), for the rank within kind the spool splices in */
  kind: UnitKind | null;
  /** the unit and year as one key (same-unit.ts; null: not scored or no unit read), for the flag same_unit */
  unitKey: string | null;
  /** JSONL: head ends with `"rank":` (the spool writes the rank and `,"kindRank":…`), middle ends with `"flags":`, tail closes the object */
  jsonl: [string, string, string];
  /** CSV: the cells between 排名 and 标记, and those after it up to 类内排名 (the spool appends it); each already escaped */
  csv: [string, string];
  held?: string[];
  /** MinHash signature of the report's text, for near-duplicate detection */
  signature?: Signature;
  cacheWarning?: CacheWarning;
  cache?: UnrankedResult['cache'];
  /** the report's content hash (for the cache's stat index) */
  contentKey?: string;
  /** when the worker finished this report, in epoch milliseconds (for the benchmark's start-up figure) */
  scoredAt?: number;
}

/**
 * One CSV record (no line end). A record none of whose cells holds a comma, a double quote or a
 * line break is its cells joined by commas — exactly what csv-stringify writes for it, without the
 * per-call set-up that made csv-stringify a tenth of the main thread's time; any other record is
 * written by csv-stringify.
 */
const NEEDS_QUOTING = /[",\r\n]/;
export const csvCells = (cells: string[]) => (cells.some((c) => NEEDS_QUOTING.test(c)) ? stringify([cells], { eof: false }) : cells.join(','));

/**
 * A scheme's keys (categories, bonus, penalties, veto, grade, rescale), each followed by a comma;
 * nothing for a rubric that declares none, so the default rubric's lines keep their keys.
 */
function schemeKeys(r: UnrankedResult): string {
  const s = r.scheme;
  if (!s) return '';
  return `"categories":${JSON.stringify(s.categories)},"bonus":${JSON.stringify(s.bonus)},"penalties":${JSON.stringify(s.penalties)},"veto":${JSON.stringify(s.veto)},"grade":${JSON.stringify(s.grade)},"rescale":${JSON.stringify(s.rescale)},`;
}

export function renderResult(rubric: CompiledRubric, r: UnrankedResult, lang: Lang): RenderedResult {
  // a report not scored has no total (null), never a 0 a reader could take for a score
  const kind = r.error ? null : unitKind(r.unit, r.division?.code);
  const head = `{"file":${JSON.stringify(r.file)},"unit":${JSON.stringify(r.unit)},"year":${JSON.stringify(r.year)},"kind":${JSON.stringify(kind)},"total":${r.error ? 'null' : JSON.stringify(r.total)},"rank":`;
  const middle = `,"criteria":${JSON.stringify(r.criteria)},"deductions":${JSON.stringify(r.deductions)},"suspected":${JSON.stringify(r.suspected ?? [])},${schemeKeys(r)}"division":${JSON.stringify(r.division ?? null)},"flags":`;
  // the error as data, with its message in the run's language for the readers of CSV/xlsx/html
  const error = r.error ? renderReportError(r.file, r.error, lang) : null;
  const tail = `,"error":${JSON.stringify(error)}}`;
  const row = csvRow(rubric, { ...r, rank: null, kindRank: null }, lang);
  // row: [rank, file … 扣分, 疑似, 标记, 编码, 错误, 单位类型, 类内排名]
  const flagsAt = row.length - 5;
  return {
    file: r.file, total: r.total, failed: Boolean(error), ...(error ? { error } : {}), flags: r.flags, year: r.year ?? null, kind,
    unitKey: r.error ? null : unitKeyOf(r.unit, r.year, r.division),
    jsonl: [head, middle, tail],
    csv: [csvCells(row.slice(1, flagsAt)), csvCells(row.slice(flagsAt + 1, -1))],
    ...(r.held ? { held: r.held } : {}),
    ...(r.signature ? { signature: r.signature } : {}),
    ...(r.cacheWarning ? { cacheWarning: r.cacheWarning } : {}),
    ...(r.cache ? { cache: r.cache } : {}),
    ...(r.contentKey ? { contentKey: r.contentKey } : {}),
  };
}
