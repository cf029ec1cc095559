/**
 * One report from bytes to a result row: decode, parse once, score — or, with the incremental
 * cache, re-evaluate only the criteria whose definition changed. Any failure becomes an error row,
 * never an exception.
 */
import { isOwnReportPage } from '../document/read/own-page.js';
import { contentHash, remember, type CacheEntry, type CachedFacts, type FactsUpdate, type FactsView, type ResultCache } from './cache.js';
import { heldConditions } from './coverage.js';
import { decodeBytes, textOrPicture } from '../document/read/decode.js';
import { inputError, reportError, ReportInputError, type CacheWarning, type ReportError, type TextUnderFormatName } from '../errors.js';
import type { Extracted } from '../document/read/lines.js';
import { READ_BY_CONTENT, UNSUPPORTED_FORMATS } from '../document/read/formats.js';
import { parseDocument } from '../document/parse.js';
import { signatureOf, type Signature } from '../corpus/minhash.js';
import { ENGINE_VERSION } from '../paths.js';
import { documentFromFacts, factResultOf, NeedsDocument, quotable, schemeOf, totalOf, type CheckResult, type ScoredDocument, type Scorer } from './scorer.js';
import type { CompiledRubric } from '../rubric/types.js';
import { documentFromSnapshot, snapshotOf } from './snapshot.js';
import type { DocumentSnapshot } from './cache.js';
import type { CriterionResult, DeductionResult, DocumentModel, FactResult, MetadataHints, ReportResult, ResultDivision } from '../types.js';
import { extname } from 'node:path';
import { errorResult, type UnrankedResult } from './error-result.js';

// the row of a report that could not be scored lives in a module of its own: the main thread needs it
// before anything of the engine is loaded (harness/pool.ts, opened first at start-up)
export { errorResult, type UnrankedResult };


export interface ReportOptions {
  maxBytes: number;
  coverage?: boolean;
  signature?: boolean;
  cache?: { store: ResultCache; scorerFor(only: ReadonlySet<string> | null): Scorer };
}
export const DEFAULT_LIMITS: ReportOptions = { maxBytes: 50 * 1024 * 1024 };

/**
 * Characters of text beyond which a file is not one report: a 法治政府建设情况报告 runs to 3,000–30,000
 * characters (the longest of the seeds, the blind sets and the shared openings' sources is under
 * 40,000); a million is many reports pasted together, or not a report. Parsing such a text would take
 * minutes and gigabytes (the document model keeps several structures per character and per sentence),
 * so it is an error row whatever --max-mb allows.
 */
export const MAX_REPORT_CHARS = 1_000_000;

/**
 * Han characters a body needs to be a report's (outside the title block, the 落款 and attachment
 * links): the shortest real report is over a thousand; a title with 详见附件, a page linking the
 * report as an attachment, or Word pages that are pictures have a handful. Ranking such a file (1.5 points, last)
 * would publish a reading failure as a score.
 */
export const MIN_BODY_HAN = 20;

function bodyHan(doc: DocumentModel): number {
  let n = 0;
  for (const s of doc.sentences) {
    const kind = doc.sections[s.section]?.kind;
    // an attachment's link (附件：…报告.pdf) names the report, it is not its text
    if (kind === 'front' || kind === 'closing' || /附件[:：]|\.(?:pdf|docx?|wps|ofd)\b/i.test(s.text)) continue;
    for (let i = 0; i < s.text.length; i++) { const c = s.text.charCodeAt(i); if (c >= 0x4e00 && c <= 0x9fa5) n++; }
  }
  return n;
}


const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
/** PDF readers accept the `%PDF-` header anywhere in the first 1,024 bytes (ISO 32000 implementation notes). */
const isPdf = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 1024)).includes('%PDF-');
/** What the first bytes say a file is, whatever its name: the forms offices and websites mislabel. */
type Sniffed = 'ole' | 'zip' | 'pdf' | 'html' | 'rtf' | 'mht' | 'wordxml' | 'text';
function sniff(b: Uint8Array): Sniffed {
  if (isOle(b)) return 'ole';
  if (isZip(b)) return 'zip';
  if (isPdf(b)) return 'pdf';
  // UTF-16 by its byte-order mark (Word's 网页 saved as Unicode, served as 报告.doc: red team 7, x61)
  // …or without one, when its first characters are ASCII (<!DOCTYPE html> as UTF-16LE: <\0!\0D\0…; red team 8, d15)
  const bom16 = b[0] === 0xff && b[1] === 0xfe ? 'utf16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf16be'
    : b.length >= 8 && b[0] && !b[1] && b[2] && !b[3] && !b[5] && !b[7] ? 'utf16le-nobom' : b.length >= 8 && !b[0] && b[1] && !b[2] && b[3] && !b[4] && !b[6] ? 'utf16be-nobom' : null;
  const skip = bom16 === 'utf16le' || bom16 === 'utf16be' ? 2 : 0;
  const raw = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, bom16 ? 2048 : 1024));
  const even = (x: Buffer) => x.subarray(0, x.length & ~1);
  const head = (bom16?.startsWith('utf16le') ? even(raw.subarray(skip)).toString('utf16le') : bom16 ? Buffer.from(even(raw.subarray(skip))).swap16().toString('utf16le') : raw.toString('latin1'))
    .replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  if (head.startsWith('{\\rtf')) return 'rtf';
  // Word's single-file XML (Flat OPC <pkg:package>, WordprocessingML 2003 <w:wordDocument>): OA systems serve it as 报告.doc
  if (head.startsWith('<?xml') && /<pkg:package\b|<w:worddocument\b/.test(head)) return 'wordxml';
  if (head.startsWith('mime-version:') || (head.includes('mime-version:') && head.includes('multipart/related'))) return 'mht';
  // Word's "web page" (<html xmlns:w="urn:schemas-microsoft-com:office:word">), a saved page, XHTML; a page
  // Internet Explorer saved (<!-- saved from url=… --> before it); a CMS's export of the article alone
  // (<meta …><style>…</style><div class="TRS_Editor"><p>…: no <html>, served as 报告.doc — red team 18)
  const page = head.replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  if (page.startsWith('<!doctype html') || page.startsWith('<html') || (page.startsWith('<?xml') && page.includes('<html'))) return 'html';
  if (HTML_FRAGMENT.test(page)) return 'html';
  return 'text';
}
/**
 * The opening of an HTML fragment: a tag a page's head or body begins with, then more markup soon. A plain
 * text report never begins with a tag (its title or 版头 comes first).
 */
const HTML_FRAGMENT = /^<(?:head|body|meta|title|style|script|link|div|p|span|table|section|article|font|center|h[1-6])\b[^<>]{0,400}>[\s\S]{0,600}?<\/?[a-z][a-z0-9]*\b/;
/** The reader of Word's single-file XML formats (no file is named so: chosen by content alone). */
const WORD_XML = '.word-xml';

/**
 * The extension a file is read by when its bytes say otherwise: a .pdf that is a page or a Word
 * file; a .doc/.wps/.docx that is Word's web page, RTF, MHT, a PDF (websites serve all of them as
 * "报告.doc") or plain text (a .txt renamed, or a picture: the text reader says what it is); a .txt
 * that is a saved page, RTF, a Word file or a PDF; any of them that is Word's single-file XML (Flat
 * OPC, WordprocessingML 2003). OLE and zip under a Word name stay with the Word readers (a .doc that
 * is a .docx is read as one there).
 */
function extensionByContent(ext: string, b: Uint8Array, kind: Sniffed = sniff(b)): string {
  const asKind: Partial<Record<Sniffed, string>> = { html: '.html', rtf: '.rtf', mht: '.mht', pdf: '.pdf', ole: '.doc', zip: '.docx', text: '.txt', wordxml: WORD_XML };
  // a name that says nothing of its format (none, .md, a picture's): read by what the bytes are; the text reader names a picture
  if (ext === '' || READ_BY_CONTENT.includes(ext)) return asKind[kind] ?? '.txt';
  if (ext === '.pdf' && kind !== 'pdf') return asKind[kind]!;
  // a Word name over neither OLE nor zip: a page, RTF, MHT or PDF is read as one; plain text or a picture
  // goes to the text reader (which reads the one and names the other); other bytes stay with the Word
  // reader, whose advice fits them (an old WPS 1.0 file: convert it)
  // (a .docx is a zip whatever wrote it: bytes that are neither zip nor OLE under that name are no Word file at all, and
  // the text reader names what they are — binary data, a picture — rather than advising to re-save in Word: nu32)
  if ((ext === '.doc' || ext === '.wps' || ext === '.docx' || ext === '.docm') && kind !== 'ole' && kind !== 'zip' && (kind !== 'text' || textOrPicture(b) || ext === '.docx' || ext === '.docm')) return asKind[kind]!;
  if (ext === '.txt' && kind !== 'text') return asKind[kind]!;
  // a Word file, a PDF or RTF saved under a page's name (.htm): read as what it is (a page may begin with
  // anything else, so text stays with the page reader)
  if ((ext === '.html' || ext === '.htm' || ext === '.xhtml') && kind !== 'text' && kind !== 'html') return asKind[kind]!;
  return ext;
}

type Source = DocumentModel['source'];
interface ExtractedReport { formatMismatch?: boolean; text: string; encoding: string; source: Source; headingLines?: Map<number, number>; hardLines?: Set<number>; pages?: number[]; hints?: MetadataHints; invalid?: { count: number; line: number }; mixed?: { lines: number; line: number } }
const fromLines = (x: Extracted, source: Source): ExtractedReport => ({ text: x.text, encoding: source, source, headingLines: x.headings, hardLines: x.hardLines, pages: x.pages, hints: x.hints });

/**
 * Text and layout facts from the file's format, chosen by extension and checked against the bytes
 * (a .doc renamed .docx is read as a .doc, and the reverse; a .pdf that is not a PDF by what it holds). Anything else is decoded as plain text.
 */
async function extract(bytes: Uint8Array, file: string): Promise<ExtractedReport> {
  // a program under a document's name is said to be one: a .doc reader's advice to re-save it in Word could not work (nu35)
  if (isProgram(bytes)) throw inputError('binary_file', { kind: 'program' });
  // the first bytes read once: both the reader chosen and the flag follow from them
  const name = extname(file).toLowerCase();
  const kind = sniff(bytes);
  const mismatch = formatMismatch(name, kind);
  try {
    const x = await extractAs(bytes, extensionByContent(name, bytes, kind));
    if (mismatch) x.formatMismatch = true;
    return x;
  } catch (e) {
    // bytes of nothing known under a PDF or Word name: the file is damaged or half downloaded, which is what the row says
    // (nu38 read 内容不是文本 for a .pdf and looked for a text version of a file that was simply broken)
    const named = name.slice(1);
    if (mismatch && e instanceof ReportInputError && e.error.code === 'binary_file' && e.error.params.kind === 'control' && isTextUnderFormatName(named)) {
      throw inputError('binary_file', { kind: 'control', named });
    }
    throw e;
  }
}

/** An executable by its magic number: ELF, Mach-O (32/64-bit, either byte order, fat), or MZ with a PE header where its offset points. */
function isProgram(b: Uint8Array): boolean {
  if (b.length < 64) return false;
  const u32 = (i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
  if (b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46) return true;
  const m = u32(0);
  if (m === 0xfeedface || m === 0xfeedfacf || m === 0xcefaedfe || m === 0xcffaedfe || m === 0xbebafeca) return true;
  if (b[0] !== 0x4d || b[1] !== 0x5a) return false;
  const pe = u32(0x3c);
  return pe + 4 <= b.length && b[pe] === 0x50 && b[pe + 1] === 0x45 && b[pe + 2] === 0 && b[pe + 3] === 0;
}

/**
 * Whether the bytes are another format than the name says, among the formats whose bytes show it:
 * a .txt that is a page, RTF, a Word file or a PDF; a .docx that is not a zip; a .doc or .wps that is
 * not an OLE file (a renamed .docx, a web page, plain text); a .pdf without a PDF header; a page name
 * (.html, .htm) over a Word file, PDF or RTF. A page's own text is not checked (a page may begin with
 * anything), nor .ofd.
 */
function formatMismatch(ext: string, kind: Sniffed): boolean {
  if (ext === '.txt') return kind !== 'text';
  if (ext === '.docx' || ext === '.docm') return kind !== 'zip';
  if (ext === '.doc' || ext === '.wps') return kind !== 'ole';
  if (ext === '.pdf') return kind !== 'pdf';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return kind !== 'text' && kind !== 'html';
  return false;
}

/** Text and layout facts by the reader of `ext` (the extension the bytes are read by). */
async function extractAs(bytes: Uint8Array, ext: string): Promise<ExtractedReport> {
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
  if (ext === WORD_XML) return fromLines(await (await import('../document/read/docx.js')).wordXmlToText(decodeBytes(bytes).text), 'docx');
  if (ext === '.pdf') return fromLines(await (await import('../document/read/pdf.js')).pdfToText(bytes), 'pdf');
  if (ext === '.ofd') return fromLines(await (await import('../document/read/ofd.js')).ofdToText(bytes), 'ofd');
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return fromLines((await import('../document/read/html.js')).htmlToText(decodeBytes(bytes).text), 'html');
  const d = decodeBytes(bytes);
  return { text: d.text, encoding: d.encoding, source: 'txt', invalid: d.invalid, mixed: d.mixed };
}

const modelOf = (x: ExtractedReport, file: string) => parseDocument(x.text, { file, encoding: x.encoding, source: x.source, headingLines: x.headingLines, hardLines: x.hardLines, pages: x.pages, hints: x.hints, formatMismatch: x.formatMismatch });

/** Bytes to the document model, whatever the format: what scoring, `explain` and report.html all read. */
export async function readReport(bytes: Uint8Array, file: string): Promise<DocumentModel> {
  return modelOf(await extract(bytes, file), file);
}

/**
 * Bytes to the document model, or the error row a report that cannot be scored gets (empty, too
 * large, not Chinese, unreadable format, a reader's crash as internal_error): what `score` and
 * `explain` both read a report with.
 */
export async function parse(bytes: Uint8Array, file: string, opts: ReportOptions): Promise<{ doc: DocumentModel } | { error: UnrankedResult }> {
  if (bytes.length > opts.maxBytes) {
    return { error: errorResult(file, reportError('too_large', { bytes: bytes.length, limit: opts.maxBytes })) };
  }
  let encoding: string | null = null;
  // an earlier run's score page among the reports quotes report text: never scored as a report
  if (isOwnReportPage(bytes)) return { error: errorResult(file, reportError('own_output', {})) };
  try {
    const decoded = await extract(bytes, file);
    encoding = decoded.encoding;
    if (decoded.text.trim().length === 0) {
      return { error: errorResult(file, reportError('empty_report', {}), encoding) };
    }
    if (decoded.text.length > MAX_REPORT_CHARS) {
      return { error: errorResult(file, reportError('too_large', { chars: decoded.text.length, limit: MAX_REPORT_CHARS }), encoding) };
    }
    const doc = modelOf(decoded, file);
    // stray bytes replaced in a UTF-8 text: scored, and flagged (count and line are in the encoding)
    if (decoded.invalid) doc.flags = [...doc.flags, 'invalid_bytes'].sort();
    // lines in another encoding, each decoded as itself: scored, and flagged (how many and the first are in the encoding)
    if (decoded.mixed) doc.flags = [...doc.flags, 'mixed_encoding'].sort();
    // asked of the text as read, not as normalized: a file of a few characters (法治) loses them as page furniture,
    // and is then a report without its text (no_report_text), not one without Chinese (session 30's new user)
    if (!/[\u4e00-\u9fa5]/.test(decoded.text)) {
      // plain text or a page under a Word or PDF name: the file is not what it says (a failed download's error
      // page, a renamed file) — said so, rather than asking whether the report is about 法治政府建设
      const named = extname(file).toLowerCase().slice(1);
      const params = decoded.formatMismatch && (decoded.source === 'txt' || decoded.source === 'html') && isTextUnderFormatName(named) ? { named } : {};
      return { error: errorResult(file, reportError('not_chinese', params), encoding) };
    }
    const body = bodyHan(doc);
    if (body < MIN_BODY_HAN) {
      const total = decoded.text.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;
      return { error: errorResult(file, reportError('no_report_text', { chars: body, ...(total > body ? { total } : {}), attachment: /附件|详见|下载/.test(doc.normalized) }), encoding) };
    }
    return { doc };
  } catch (e) {
    if (e instanceof ReportInputError) return { error: errorResult(file, e.error, encoding) };
    return { error: internalError(file, e, encoding) };
  }
}

const TEXT_UNDER: readonly string[] = ['docx', 'docm', 'doc', 'wps', 'pdf', 'ofd'] satisfies TextUnderFormatName[];
const isTextUnderFormatName = (ext: string): ext is TextUnderFormatName => TEXT_UNDER.includes(ext);

const internalError = (file: string, e: unknown, encoding: string | null) =>
  errorResult(file, reportError('internal_error', { detail: (e as Error)?.message ?? String(e) }), encoding);

/** Deductions that cost points, and the suspected ones (疑似) apart: the ranking's `deductions` are only the former. */
function splitSuspected(all: DeductionResult[]): { deductions: DeductionResult[]; suspected: DeductionResult[] } {
  return { deductions: all.filter((d) => d.status !== 'suspected'), suspected: all.filter((d) => d.status === 'suspected') };
}

/**
 * Where the unit is, for the ranking's 省 · 市 · 县区 columns: null when the gazetteer cannot say —
 * no place in the name, or homonyms the report does not tell apart (a 青山镇 with no county named
 * is in a dozen provinces: a guess would put it in the wrong county's group when assessors filter).
 */
function divisionOf(doc: DocumentModel): ResultDivision | null {
  const d = doc.division;
  if (!d || d.codes.length > 1) return null;
  return { code: d.code, province: d.province, city: d.city ?? (d.level === 'city' ? d.name : municipalityCity(d)), county: d.level === 'county' ? d.name : d.county };
}

/** 北京、天津、上海、重庆: the province-level 直辖市, whose second level in the code table is a placeholder (市辖区, 县). */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/**
 * The 市 cell of a unit inside a 直辖市: the 直辖市 itself (重庆市 › 重庆市 › 渝中区), as statistical
 * tables fill it — the code table's second level there is 市辖区/县, which the gazetteer leaves out,
 * and a new user (nu33) found the column empty for a Chongqing district's 街道.
 */
function municipalityCity(d: { code: string; level: string; province: string }): string | null {
  return d.level !== 'province' && MUNICIPALITIES.has(d.code.slice(0, 2)) ? d.province : null;
}

/**
 * A report's cache key: its bytes and the reader they go to (by name and content: extensionByContent).
 * Bytes alone were the key, so identical bytes named .doc and .wps shared one result, whichever was
 * scored first (red team 2, 02): a result must never depend on the other files or the cache.
 */
export const cacheKeyOf = (bytes: Uint8Array, file: string) => {
  const ext = extname(file).toLowerCase();
  const kind = sniff(bytes);
  // …and whether the name says another format than the bytes: the result's format_mismatch flag follows from the name, so
  // the same text named .txt and .docx (a unit's report sent twice) had shared the flag of whichever was scored first (nu34)
  return contentHash(bytes, extensionByContent(ext, bytes, kind) + (formatMismatch(ext, kind) ? '\u0000format_mismatch' : ''));
};

export async function scoreBytes(scorer: Scorer, bytes: Uint8Array, file: string, opts: ReportOptions = DEFAULT_LIMITS): Promise<UnrankedResult> {
  // coverage needs every condition traced: it scores afresh
  if (opts.cache && !opts.coverage) return scoreIncremental(scorer, cacheKeyOf(bytes, file), () => bytes, file, opts, opts.cache);
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

/** What the cache keeps results of, one by one: criteria and deductions by id, a scheme's checks by rule name. */
interface Unit { key: string; hash: string; kind: 'criteria' | 'deductions' | 'checks' }
const unitsMemo = new WeakMap<CompiledRubric, Unit[]>();
function unitsOf(rubric: CompiledRubric): Unit[] {
  let units = unitsMemo.get(rubric);
  if (!units) {
    const s = rubric.scheme;
    units = [
      ...rubric.criteria.map((c) => ({ key: c.id, hash: c.hash, kind: 'criteria' as const })),
      ...rubric.deductions.map((d) => ({ key: d.id, hash: d.hash, kind: 'deductions' as const })),
      ...[...(s?.bonuses ?? []), ...(s?.penalties ?? []), ...(s?.veto ?? [])].map((x) => ({ key: x.ruleName, hash: x.hash, kind: 'checks' as const })),
    ];
    unitsMemo.set(rubric, units);
  }
  return units;
}

/** The units whose current definition the entry holds no result for. */
function staleUnits(rubric: CompiledRubric, entry: CacheEntry | null): Set<string> {
  const stale = new Set<string>();
  for (const u of unitsOf(rubric)) {
    const versions = entry?.[u.kind][u.key];
    if (!versions || !Object.hasOwn(versions, u.hash)) stale.add(u.key);
  }
  return stale;
}

type Parts = { criteria: Record<string, CriterionResult>; deductions: DeductionResult[]; checks: Record<string, CheckResult> };

/** A result row from parts (in rubric order): the total and a scheme's results worked out as a fresh run does. */
function assembled(rubric: CompiledRubric, file: string, meta: CacheEntry['meta'], parts: Parts, signature: Signature | null, opts: ReportOptions, how: UnrankedResult['cache']): UnrankedResult {
  const { criteria, deductions } = parts;
  const scheme = rubric.scheme ? schemeOf(rubric, criteria, deductions, (name) => parts.checks[name]) : null;
  const r: UnrankedResult = {
    file, unit: meta.unit, year: meta.year, total: scheme ? scheme.total : totalOf(rubric, criteria, deductions), criteria, ...splitSuspected(deductions),
    division: meta.division ?? null, flags: meta.flags, encoding: meta.encoding, ...(scheme ? { scheme: scheme.scheme } : {}), cache: how,
  };
  if (opts.signature && signature) r.signature = signature;
  return r;
}

const signatureOfEntry = (e: CacheEntry): Signature | null => (e.signature ? { bins: Uint32Array.from(e.signature.bins), shingles: e.signature.shingles } : null);

/** Parts from the cache where the unit is not stale, else from `fresh` (which holds every stale unit). */
function merged(rubric: CompiledRubric, entry: CacheEntry | null, stale: ReadonlySet<string>, fresh: ScoredDocument | null): Parts {
  const criteria: Record<string, CriterionResult> = {};
  for (const c of rubric.criteria) criteria[c.id] = stale.has(c.id) ? fresh!.criteria[c.id] : entry!.criteria[c.id][c.hash];
  const deductions: DeductionResult[] = [];
  for (const d of rubric.deductions) {
    const r = stale.has(d.id) ? fresh!.deductions.find((x) => x.id === d.id) ?? null : entry!.deductions[d.id][d.hash];
    if (r) deductions.push(r);
  }
  const checks: Record<string, CheckResult> = {};
  for (const u of unitsOf(rubric)) if (u.kind === 'checks') checks[u.key] = stale.has(u.key) ? fresh!.checks?.[u.key] ?? null : entry!.checks[u.key][u.hash];
  return { criteria, deductions, checks };
}

/**
 * The report's result wholly from its cache entry, when the entry holds every criterion, deduction
 * and check of the rubric as now defined; null otherwise. Cheap: the main thread answers unchanged
 * reports with it without handing them to a worker.
 */
export function resultFromEntry(rubric: CompiledRubric, entry: CacheEntry, file: string, opts: Pick<ReportOptions, 'signature'>): UnrankedResult | null {
  if (staleUnits(rubric, entry).size) return null;
  return assembled(rubric, file, entry.meta, merged(rubric, entry, new Set(), null), signatureOfEntry(entry), opts as ReportOptions, 'hit');
}

/**
 * A report scored through the cache when its content hash is known beforehand (the main thread's
 * stat index): it is read (`load`) only if the cache cannot answer — after an edit that needs
 * facts the cache does not hold. Bytes that turn out to hash otherwise are scored as what they are.
 */
export async function scoreKnown(scorer: Scorer, key: string, load: () => Uint8Array | UnrankedResult, file: string, opts: ReportOptions): Promise<UnrankedResult> {
  if (!opts.cache || opts.coverage) {
    const bytes = load();
    return bytes instanceof Uint8Array ? scoreBytes(scorer, bytes, file, opts) : bytes;
  }
  return scoreIncremental(scorer, key, load, file, opts, opts.cache);
}

async function scoreIncremental(full: Scorer, key: string, load: () => Uint8Array | UnrankedResult, file: string, opts: ReportOptions, cache: NonNullable<ReportOptions['cache']>): Promise<UnrankedResult> {
  const { rubric } = full;
  const read = cache.store.read(key);
  const entry = read.entry;
  const stale = staleUnits(rubric, entry);
  const warnings: CacheWarning[] = 'warning' in read && read.warning ? [read.warning] : [];
  const finish = (r: UnrankedResult) => {
    if (warnings.length) r.cacheWarning = warnings[0];
    r.contentKey = key;
    return r;
  };
  const store = (meta: CacheEntry['meta'], signature: CacheEntry['signature'], parts: Parts, facts: FactsUpdate | null, doc: DocumentSnapshot | null = null) => {
    const fresh = { criteria: parts.criteria, deductions: Object.fromEntries(parts.deductions.map((d) => [d.id, d])), checks: parts.checks } as Record<Unit['kind'], Record<string, unknown>>;
    const next: CacheEntry = { v: 2, engine: ENGINE_VERSION, meta, signature, criteria: {}, deductions: {}, checks: {} };
    // what is new in it, for the schema check: the rest comes from an entry that verified, checked when it was written
    const added: CacheEntry = { ...next, criteria: {}, deductions: {}, checks: {} };
    for (const u of unitsOf(rubric)) {
      (next[u.kind] as Record<string, unknown>)[u.key] = remember<unknown>(entry?.[u.kind][u.key], u.hash, fresh[u.kind][u.key] ?? null);
      if (!entry || stale.has(u.key)) (added[u.kind] as Record<string, unknown>)[u.key] = { [u.hash]: fresh[u.kind][u.key] ?? null };
    }
    try { cache.store.write(key, next, facts, doc, added); } catch { /* a read-only cache still scores */ }
  };

  if (entry && stale.size === 0) return finish(assembled(rubric, file, entry.meta, merged(rubric, entry, stale, null), signatureOfEntry(entry), opts, 'hit'));

  // the changed units on the cached fact results, when the cache holds every fact they read
  let cachedFacts: FactsView | null = null;
  if (entry) {
    const fr = cache.store.readFacts(key);
    if ('warning' in fr && fr.warning) warnings.push(fr.warning);
    cachedFacts = fr.facts;
  }
  // a fact the facts file holds but could not decode is computed afresh, with a warning
  const factsWarning = () => { if (cachedFacts?.malformed && !warnings.length) warnings.push({ code: 'cache_malformed', params: { path: cachedFacts.path } }); };
  if (entry && cachedFacts) {
    const facts = cachedFacts;
    const scorer = cache.scorerFor(stale);
    // on the facts file alone when it holds every fact the changed units read (a new term's fact it cannot: straight to the snapshot)
    if ([...scorer.reads].every((k) => facts.has(k))) {
      const stub = documentFromFacts(entry.meta.flags, (f) => facts.get(f.key));
      try {
        const parts = merged(rubric, entry, stale, await scorer.score(stub));
        store(entry.meta, entry.signature, parts, null);
        return finish(assembled(rubric, file, entry.meta, parts, signatureOfEntry(entry), opts, 'partial'));
      } catch (e) {
        if (!(e instanceof NeedsDocument)) return finish(internalError(file, e, entry.meta.encoding));
      }
    }
    factsWarning();
    // a new fact (a pattern or lexicon term added): computed on the report's document snapshot, the others taken from the cache
    const dr = cache.store.readDoc(key);
    if ('warning' in dr && dr.warning) warnings.push(dr.warning);
    const doc = dr.doc ? documentFromSnapshot(dr.doc, entry.meta.flags, facts) : null;
    if (doc) {
      try {
        const parts = merged(rubric, entry, stale, await scorer.score(doc));
        store(entry.meta, entry.signature, parts, keepFacts(rubric, facts, doc));
        return finish(assembled(rubric, file, entry.meta, parts, signatureOfEntry(entry), opts, 'partial'));
      } catch {
        // a fact that reads more of the document than the snapshot holds (or a snapshot that does not fit): the report is parsed below
      }
    }
  }

  factsWarning();
  const bytes = load();
  if (!(bytes instanceof Uint8Array)) return bytes;
  // the report changed since its hash was taken: score what it is now
  if (cacheKeyOf(bytes, file) !== key) return scoreIncremental(full, cacheKeyOf(bytes, file), () => bytes, file, opts, cache);
  const parsed = await parse(bytes, file, opts);
  if ('error' in parsed) return finish(parsed.error);
  const { doc } = parsed;
  try {
    const scored = await (entry ? cache.scorerFor(stale) : full).score(doc);
    const parts = entry ? merged(rubric, entry, stale, scored) : merged(rubric, null, new Set(unitsOf(rubric).map((u) => u.key)), scored);
    const meta = { unit: doc.unit, year: doc.year, division: divisionOf(doc), flags: scored.flags, encoding: doc.encoding };
    const signature = signatureOf(doc.normalized);
    store(meta, { bins: [...signature.bins], shingles: signature.shingles }, parts, keepFacts(rubric, cachedFacts, doc), snapshotOf(doc));
    return finish(assembled(rubric, file, meta, parts, signature, opts, entry ? 'partial' : 'miss'));
  } catch (e) {
    return finish(internalError(file, e, doc.encoding));
  }
}

/**
 * The facts a report's facts file keeps: every fact of the current rubric (also those a partial
 * re-evaluation skipped: a later threshold edit then never needs the report parsed) — taken from
 * the old facts file when it holds the fact's key (a key names the fact's whole definition, and the
 * file the report's content: the value cannot differ), else computed on the document — after the
 * ones earlier rubrics used, the oldest dropped beyond twice the rubric's count. When nothing old
 * is dropped, the old file's facts are kept as bytes and only the new ones given (`appendTo`); null
 * when there is nothing new (the file stays as it is).
 */
function keepFacts(rubric: CompiledRubric, old: FactsView | null, doc: DocumentModel): FactsUpdate | null {
  const added: CachedFacts = {};
  const kept = new Set<string>();
  for (const f of rubric.facts) {
    if (kept.has(f.key) || Object.hasOwn(added, f.key)) continue;
    // held and not found malformed when read: kept (a fact that failed to decode is computed again)
    if (old?.has(f.key) && (!old.malformed || old.get(f.key))) { kept.add(f.key); continue; }
    try { added[f.key] = quotable(factResultOf(rubric, doc, f.ref)); } catch { /* a fact that fails here failed the scoring too, or is never read, or needs more than a snapshot holds */ }
  }
  const newCount = Object.keys(added).length;
  const earlier = old ? old.keys().filter((k) => !kept.has(k) && !Object.hasOwn(added, k)) : [];
  const room = Math.max(0, 2 * rubric.facts.length - kept.size - newCount);
  if (old && !old.malformed && earlier.length <= room) return newCount ? { appendTo: old, added } : null;
  const whole: CachedFacts = {};
  for (const k of earlier.slice(Math.max(0, earlier.length - room))) { const r = old!.get(k); if (r) whole[k] = r; }
  for (const f of rubric.facts) {
    if (Object.hasOwn(whole, f.key)) continue;
    const r = kept.has(f.key) ? old!.get(f.key) : added[f.key];
    if (r) whole[f.key] = r;
  }
  return { whole };
}
