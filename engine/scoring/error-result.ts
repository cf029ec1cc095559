/**
 * A scored report before ranking, and the row of one that could not be scored. Apart from the engine
 * (types only, no code imported): the main thread opens its worker pool, which answers crashed and
 * timed-out reports with errorResult, before it loads the engine (start-up, issue 15).
 */
import type { Signature } from '../corpus/minhash.js';
import type { CacheWarning, ReportError } from '../errors.js';
import type { ReportResult } from '../types.js';

/** A scored report before ranking, with what the harness needs besides the JSONL keys. */
export interface UnrankedResult extends Omit<ReportResult, 'rank'> {
  encoding: string | null;
  /** ids of the conditions that held, when coverage was asked for */
  held?: string[];
  /** near-duplicate signature of the report's text */
  signature?: Signature;
  /** a cache entry that could not be trusted */
  cacheWarning?: CacheWarning;
  /** how the result was obtained: scored in full, partly from the cache, or wholly from it */
  cache?: 'miss' | 'partial' | 'hit';
  /** the report's content hash, when the cache was used (the main thread's stat index records it) */
  contentKey?: string;
}

/** The row of a report that could not be scored: what and why as data (harness/messages.ts says it). */
export function errorResult(file: string, error: ReportError, encoding: string | null = null): UnrankedResult {
  return { file, unit: null, year: null, total: 0, criteria: {}, deductions: [], suspected: [], division: null, flags: [], error, encoding };
}
