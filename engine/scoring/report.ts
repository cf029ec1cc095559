/**
 * One report from bytes to a result row: decode, parse once, score — or, with the incremental
 * cache, re-evaluate only the criteria whose definition changed. Any failure becomes an error row,
 * never an exception.
 */
import { contentHash, type CacheEntry, type ResultCache } from './cache.js';
import { heldConditions } from './coverage.js';
import { decodeBytes } from '../document/read/decode.js';
import { inputError, reportError, ReportInputError, type CacheWarning, type ReportError } from '../errors.js';
import type { Extracted } from '../document/read/lines.js';
import { UNSUPPORTED_FORMATS } from '../document/read/formats.js';
import { parseDocument } from '../document/parse.js';
import { signatureOf, type Signature } from '../corpus/minhash.js';
import { ENGINE_VERSION } from '../paths.js';
import { totalOf, type Scorer } from './scorer.js';
import type { CriterionResult, DeductionResult, DocumentModel, MetadataHints, ReportResult, ResultDivision } from '../types.js';
import { extname } from 'node:path';

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
}

export interface ReportOptions {
  maxBytes: number;
  coverage?: boolean;
  signature?: boolean;
  cache?: { store: ResultCache; scorerFor(only: ReadonlySet<string> | null): Scorer };
}
export const DEFAULT_LIMITS: ReportOptions = { maxBytes: 50 * 1024 * 1024 };

/** The row of a report that could not be scored: what and why as data (harness/messages.ts says it). */
export function errorResult(file: string, error: ReportError, encoding: string | null = null): UnrankedResult {
  return { file, unit: null, year: null, total: 0, criteria: {}, deductions: [], suspected: [], division: null, flags: [], error, encoding };
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

type Source = DocumentModel['source'];
interface ExtractedReport { text: string; encoding: string; source: Source; headingLines?: Map<number, number>; hardLines?: Set<number>; pages?: number[]; hints?: MetadataHints; invalid?: { count: number; line: number } }
const fromLines = (x: Extracted, source: Source): ExtractedReport => ({ text: x.text, encoding: source, source, headingLines: x.headings, hardLines: x.hardLines, pages: x.pages, hints: x.hints });

/**
 * Text and layout facts from the file's format, chosen by extension and checked against the bytes
 * (a .doc renamed .docx is read as a .doc, and the reverse). Anything else is decoded as plain text.
 */
async function extract(bytes: Uint8Array, file: string): Promise<ExtractedReport> {
  const ext = extname(file).toLowerCase();
  if (UNSUPPORTED_FORMATS[ext]) throw inputError('unsupported_format', { format: UNSUPPORTED_FORMATS[ext] });
  // readers are loaded on first use: a worker scoring plain text never pays for a DOM or a zip library
  if (ext === '.docx' || ext === '.docm' || ext === '.doc' || ext === '.wps') {
    const legacy = ext === '.wps' ? 'wps' : 'doc';
    if (isOle(bytes) || !(isZip(bytes) || ext === '.docx' || ext === '.docm')) {
      const { docToText } = await import('../document/read/doc.js');
      return fromLines(await docToText(bytes, legacy), legacy);
    }
    const { docxToText } = await import('../document/read/docx.js');
    return fromLines(await docxToText(bytes), 'docx');
  }
  if (ext === '.pdf') return fromLines(await (await import('../document/read/pdf.js')).pdfToText(bytes), 'pdf');
  if (ext === '.ofd') return fromLines(await (await import('../document/read/ofd.js')).ofdToText(bytes), 'ofd');
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return fromLines((await import('../document/read/html.js')).htmlToText(decodeBytes(bytes).text), 'html');
  const d = decodeBytes(bytes);
  return { text: d.text, encoding: d.encoding, source: 'txt', invalid: d.invalid };
}

const modelOf = (x: ExtractedReport, file: string) => parseDocument(x.text, { file, encoding: x.encoding, source: x.source, headingLines: x.headingLines, hardLines: x.hardLines, pages: x.pages, hints: x.hints });

/** Bytes to the document model, whatever the format: what scoring, `explain` and report.html all read. */
export async function readReport(bytes: Uint8Array, file: string): Promise<DocumentModel> {
  return modelOf(await extract(bytes, file), file);
}

async function parse(bytes: Uint8Array, file: string, opts: ReportOptions): Promise<{ doc: DocumentModel } | { error: UnrankedResult }> {
  if (bytes.length > opts.maxBytes) {
    return { error: errorResult(file, reportError('too_large', { bytes: bytes.length, limit: opts.maxBytes })) };
  }
  let encoding: string | null = null;
  try {
    const decoded = await extract(bytes, file);
    encoding = decoded.encoding;
    if (decoded.text.trim().length === 0) {
      return { error: errorResult(file, reportError('empty_report', {}), encoding) };
    }
    const doc = modelOf(decoded, file);
    // stray bytes replaced in a UTF-8 text: scored, and flagged (count and line are in the encoding)
    if (decoded.invalid) doc.flags = [...doc.flags, 'invalid_bytes'].sort();
    if (!/[\u4e00-\u9fa5]/.test(doc.normalized)) {
      return { error: errorResult(file, reportError('not_chinese', {}), encoding) };
    }
    return { doc };
  } catch (e) {
    if (e instanceof ReportInputError) return { error: errorResult(file, e.error, encoding) };
    return { error: internalError(file, e, encoding) };
  }
}

const internalError = (file: string, e: unknown, encoding: string | null) =>
  errorResult(file, reportError('internal_error', { detail: (e as Error)?.message ?? String(e) }), encoding);

/** Deductions that cost points, and the suspected ones (疑似) apart: the ranking's `deductions` are only the former. */
function splitSuspected(all: DeductionResult[]): { deductions: DeductionResult[]; suspected: DeductionResult[] } {
  return { deductions: all.filter((d) => d.status !== 'suspected'), suspected: all.filter((d) => d.status === 'suspected') };
}

function divisionOf(doc: DocumentModel): ResultDivision | null {
  const d = doc.division;
  return d ? { code: d.code, province: d.province, city: d.city, county: d.level === 'county' ? d.name : d.county } : null;
}

export async function scoreBytes(scorer: Scorer, bytes: Uint8Array, file: string, opts: ReportOptions = DEFAULT_LIMITS): Promise<UnrankedResult> {
  // a scheme's bonuses, penalties, vetoes and subtotals span criteria: the per-criterion cache cannot assemble them
  if (opts.cache && !opts.coverage && !scorer.rubric.scheme) return scoreIncremental(scorer, bytes, file, opts, opts.cache);
  const parsed = await parse(bytes, file, opts);
  if ('error' in parsed) return parsed.error;
  const { doc } = parsed;
  try {
    const scored = await scorer.score(doc, { trace: opts.coverage });
    const result: UnrankedResult = { file, unit: doc.unit, year: doc.year, total: scored.total, criteria: scored.criteria, ...splitSuspected(scored.deductions), division: divisionOf(doc), flags: scored.flags, encoding: doc.encoding, ...(scored.scheme ? { scheme: scored.scheme } : {}) };
    if (opts.coverage && scored.traces) result.held = heldConditions(scorer.rubric, scored.traces);
    if (opts.signature) result.signature = signatureOf(doc.normalized);
    return result;
  } catch (e) {
    return internalError(file, e, doc.encoding);
  }
}

async function scoreIncremental(full: Scorer, bytes: Uint8Array, file: string, opts: ReportOptions, cache: NonNullable<ReportOptions['cache']>): Promise<UnrankedResult> {
  const { rubric } = full;
  const key = contentHash(bytes);
  const read = cache.store.read(key);
  const entry = read.entry;
  const stale = new Set<string>();
  for (const c of rubric.criteria) if (entry?.criteria[c.id]?.h !== c.hash) stale.add(c.id);
  for (const d of rubric.deductions) if (entry?.deductions[d.id]?.h !== d.hash) stale.add(d.id);
  const warning = 'warning' in read ? read.warning : undefined;

  const assemble = (meta: CacheEntry['meta'], criteria: Record<string, CriterionResult>, deductions: DeductionResult[], signature: Signature | null, how: UnrankedResult['cache']): UnrankedResult => {
    const r: UnrankedResult = { file, unit: meta.unit, year: meta.year, total: totalOf(rubric, criteria, deductions), criteria, ...splitSuspected(deductions), division: meta.division ?? null, flags: meta.flags, encoding: meta.encoding, cache: how };
    if (opts.signature && signature) r.signature = signature;
    if (warning) r.cacheWarning = warning;
    return r;
  };
  // criteria and deductions in rubric order, from fresh results where there are any, else the cache
  const merge = (fresh: { criteria: Record<string, CriterionResult>; deductions: DeductionResult[] } | null) => {
    const criteria: Record<string, CriterionResult> = {};
    for (const c of rubric.criteria) criteria[c.id] = fresh?.criteria[c.id] ?? entry!.criteria[c.id].r;
    const deductions: DeductionResult[] = [];
    for (const d of rubric.deductions) {
      const r = stale.has(d.id) ? fresh?.deductions.find((x) => x.id === d.id) ?? null : entry!.deductions[d.id].r;
      if (r) deductions.push(r);
    }
    return { criteria, deductions };
  };

  if (entry && stale.size === 0) {
    const { criteria, deductions } = merge(null);
    const sig = entry.signature ? { bins: Uint32Array.from(entry.signature.bins), shingles: entry.signature.shingles } : null;
    return assemble(entry.meta, criteria, deductions, sig, 'hit');
  }

  const parsed = await parse(bytes, file, opts);
  if ('error' in parsed) return parsed.error;
  const { doc } = parsed;
  try {
    const scorer = entry ? cache.scorerFor(stale) : full;
    const scored = await scorer.score(doc);
    const { criteria, deductions } = entry ? merge(scored) : { criteria: scored.criteria, deductions: scored.deductions };
    const meta = { unit: doc.unit, year: doc.year, division: divisionOf(doc), flags: scored.flags, encoding: doc.encoding };
    const signature = signatureOf(doc.normalized);
    const next: CacheEntry = {
      v: 1, engine: ENGINE_VERSION, meta, signature: { bins: [...signature.bins], shingles: signature.shingles },
      criteria: Object.fromEntries(rubric.criteria.map((c) => [c.id, { h: c.hash, r: criteria[c.id] }])),
      deductions: Object.fromEntries(rubric.deductions.map((d) => [d.id, { h: d.hash, r: deductions.find((x) => x.id === d.id) ?? null }])),
    };
    try { cache.store.write(key, next); } catch { /* a read-only cache still scores */ }
    return assemble(meta, criteria, deductions, signature, entry ? 'partial' : 'miss');
  } catch (e) {
    return internalError(file, e, doc.encoding);
  }
}
