/**
 * Errors are data (ajv's ErrorObject and OPA's error codes are the models): a closed set of codes,
 * each with its own params, the file and a JSON pointer. The engine never writes prose; the
 * harness's one message catalogue (harness/messages.ts) renders every code in Chinese and English.
 * Tests assert codes and params, never wording.
 */

/** Params of each rubric error code. Adding a code here makes the catalogue fail to compile until it says it. */
export interface RubricErrorParams {
  /** the file is not JSON; line and column of the first error, and what stands there when it is a common slip */
  json_syntax: { line?: number; column?: number; found?: 'trailing_comma' | 'full_width' | 'comment'; char?: string };
  /** the rubric file cannot be read (errno code, e.g. ENOENT) */
  rubric_unreadable: { reason: string };
  /** a file is larger than the loader accepts */
  file_too_large: { bytes: number; limit: number };
  /** JSON nests deeper than the loader accepts (checked before the schema, which recurses) */
  too_deep: { limit: number };
  /** a schema violation: ajv's keyword and params */
  schema: { keyword: string; params: Record<string, unknown> };
  /** an included file resolves (after links) outside the rubric's folder */
  include_outside: { include: string; folder: string };
  include_missing: { include: string };
  /** a condition is not exactly one of all/any/not/fact, or a fact condition lacks operator/value */
  bad_condition: { found: string[] } | { missing: string[] };
  unknown_fact: { fact: string; known: string[] };
  condition_too_deep: { limit: number };
  duplicate_id: { id: string; firstFile: string };
  duplicate_level: Record<string, never>;
  /** a number that JSON allows but arithmetic does not (1e999 parses as Infinity) */
  not_finite: Record<string, never>;
  /** warning: a level asks for a count its criterion's message does not state (the message was not updated with a threshold) */
  message_threshold: { criterion: string; level: string; count: number; stated: number[] };
  /** warning: a condition's own title states a count other than the one it asks for */
  label_threshold: { criterion: string; level: string; count: number; label: string };
  /** warning: a lower level's words state a range (三至七处) ending elsewhere than one short of the next level's count */
  range_threshold: { criterion: string; level: string; upper: number; next: number; label: string };
  /** warning: a 落款 deadline's month and day (late_closing) are not the date its deduction's message or its condition's title states */
  message_deadline: { id: string; month: number; day: number; stated: string[] };
  /** a late_closing deadline that is no date of every year (2月30日, 4月31日; 2月29日 exists in leap years only) */
  impossible_deadline: { month: number; day: number };
  /** warning: criteria points do not add up to maxTotal */
  points_sum: { sum: number; maxTotal: number };
  /** a category's or a criterion's declared points differ from what its parts add up to (warning, or error with checks.subtotals) */
  subtotal_mismatch: { id: string; declared: number; sum: number };
  /** a criterion names a category the rubric does not declare (or one with sub-categories), or names none when categories are declared */
  unknown_category: { category: string | null; criterion: string };
  /** `@name` names no lexicon of the rubric (own keys only: `@toString` is not a lexicon) */
  unknown_lexicon: { lexicon: string };
  bad_pattern: { pattern: string; reason: string };
  /** the pattern can backtrack catastrophically (star height > 1, ambiguous repetition) */
  unsafe_pattern: { pattern: string; reason: string };
  /** patterns are joined into one alternation: capture-group names and backreferences would change meaning */
  pattern_reference: { pattern: string; feature: 'backreference' | 'named_group' };
  /** `REV:path` outside a git repository */
  not_a_git_repo: { arg: string };
  /** a `REV:path` argument that is not a revision and a relative path (e.g. starts with `-`) */
  bad_revision: { arg: string };
  /** fixture files (`rubric test`) */
  fixture_format: Record<string, never>;
  /** `unlisted`: the criterion's own file lies beside the test file but rubric.json does not list it (the commonest slip when adding one) */
  unknown_criterion: { criterion: string; unlisted?: string };
  duplicate_case: { name: string; repeats: 'name' | 'text' };
  /** a case's key the runner does not know (a misspelt planned_only would be skipped silently) */
  unknown_case_key: { name: string; key: string; allowed: string };
  no_cases: { criterion: string; fixtureFile: string };
  /** a case's expect that no result can equal (a typo such as meet, or 达标): the values its item can get */
  bad_expect: { name: string; value: string; allowed: string };
}

export type RubricErrorCode = keyof RubricErrorParams;

/** One problem with a rubric: what (code + params), in which file, where (a JSON pointer). */
export type RubricError = { [C in RubricErrorCode]: { code: C; file: string; path: string; params: RubricErrorParams[C] } }[RubricErrorCode];

/** Build an error with params checked against its code. */
export function rubricError<C extends RubricErrorCode>(code: C, file: string, path: string, params: RubricErrorParams[C]): RubricError {
  return { code, file, path, params } as RubricError;
}

export class RubricLoadError extends Error {
  constructor(public readonly errors: RubricError[]) {
    super(errors.map(formatRubricErrorPlain).join('\n'));
    this.name = 'RubricLoadError';
  }
}

/** Where and which code, params as JSON: for logs and exceptions; users read harness/messages.ts. */
export function formatRubricErrorPlain(e: RubricError): string {
  return `${e.file}${e.path ? ` ${e.path}` : ''}: [${e.code}] ${JSON.stringify(e.params)}`;
}

/**
 * Office formats we do not read, each with its own advice in the catalogue (a new one does not
 * compile until the catalogue says how to convert it). `old_wps`: a .wps that is not the Word
 * 97–2003 binary (old Kingsoft WPS, Microsoft Works); `not_word97`: a .doc that is not that either.
 */
/** Extensions of formats whose bytes show them, which plain text can stand under (see not_chinese). */
export type TextUnderFormatName = 'docx' | 'docm' | 'doc' | 'wps' | 'pdf' | 'ofd';

export type UnsupportedFormat = 'rtf' | 'odt' | 'pages' | 'mht' | 'xps' | 'word_template' | 'wps_template' | 'ceb' | 'old_wps' | 'not_word97' | 'image' | 'archive';

/**
 * Why a report could not be scored (its row in results.jsonl, ranking.csv, the workbook and the
 * page): params of each code. The file is not a param: every row names its file, and the harness
 * puts it into the rendered message. `detail` params carry a library's or the system's own words
 * (an errno code, a zip or PDF parser's message), shown in brackets and never translated. Adding a
 * code here makes the catalogue (harness/messages.ts) fail to compile until it says it.
 */
export interface ReportErrorParams {
  /** the bytes are a zip (a .docx) / a PDF / an OLE file (a .doc) under a text extension */
  docx_as_txt: Record<string, never>;
  pdf_as_txt: Record<string, never>;
  doc_as_txt: Record<string, never>;
  /** an image (by its magic bytes), or bytes that decode to control characters (`control`) */
  /** program: an executable (Windows PE, ELF, Mach-O) under a document's name */
  /** named: control bytes under a PDF or Word name that are no such file (damaged, a download cut short) — its extension without the dot */
  binary_file: { kind: 'png' | 'jpeg' | 'gif' | 'control' | 'program'; named?: TextUnderFormatName };
  /** a .docx that cannot be read: its zip structure (`zip`, checked before inflating) or its content */
  bad_docx: { where: 'zip' | 'content'; detail: string };
  /** a PDF the parser refuses (damaged, encrypted) */
  bad_pdf: { detail: string };
  /** a PDF/OFD without a usable text layer (a scan: only a stamp, header or page number as text) */
  needs_ocr: { format: 'PDF' | 'OFD' };
  /**
   * the document reads, but holds no report: a title and little else in its body (Han characters
   * counted outside the title block and the 落款): pages pasted as pictures, 详见附件, a page that
   * only links the report as an attachment or fills it in by script
   */
  /** chars: Chinese characters of body text; total: in the whole text as read, when more (a title, a header: nu34 read 0 of a 2-character file as a misreading) */
  no_report_text: { chars: number; total?: number; attachment: boolean };
  /** a Word 97–2003 or WPS binary the reader refuses */
  bad_doc: { format: 'doc' | 'wps'; detail: string };
  bad_ofd: { detail: string };
  unsupported_format: { format: UnsupportedFormat };
  /** nothing but whitespace once read */
  empty_report: Record<string, never>;
  /**
   * no Han character at all. `named`: the file's name says a Word or PDF file (its extension,
   * without the dot) but its bytes are plain text or a web page — most often an error page saved by a failed
   * download, or a name changed by hand: the advice is to fetch or export it again, not to check
   * what the report is about
   */
  not_chinese: { named?: TextUnderFormatName };
  /** the file is a score page this program wrote (report.html of an earlier run), not a unit's report (engine/document/read/own-page.ts) */
  own_output: Record<string, never>;
  /**
   * the file is larger than the limit (bytes; --max-mb, at most Node's 2 GiB buffer), or a zip
   * (.docx, .ofd) would inflate past the zip guard's limits: too many entries, too many bytes in
   * all, one entry's ratio, or a zip64 entry (sizes we cannot check)
   */
  too_large:
    | { bytes: number; limit: number }
    /** the text read is longer than any report (characters; MAX_REPORT_CHARS) */
    | { chars: number; limit: number }
    | { zip: 'entries'; count: number; limit: number }
    | { zip: 'unzipped'; bytes: number; limit: number }
    | { zip: 'ratio'; entry: string; ratio: number; limit: number }
    | { zip: 'zip64'; entry: string };
  /** the file cannot be opened or read: the errno code (EACCES …) or the system's message */
  unreadable: { detail: string };
  /** the report took longer than its time budget (seconds) */
  timeout: { seconds: number };
  /** the worker scoring it crashed (out of memory, exit); `detail`: what the pool saw */
  worker_crashed: { detail: string };
  /** a bug: the exception's message */
  internal_error: { detail: string };
  /** `eval`: a gold report with no result at all */
  missing: Record<string, never>;
  /** the text decodes to mostly rare or non-CJK characters (`text`, decode.ts), or a PDF/OFD text layer without ToUnicode */
  garbled_text: { format: 'text' | 'PDF' | 'OFD' };
  /** entries of the corpus folder the walk cannot use (harness/corpus.ts) */
  unreadable_name: Record<string, never>;
  broken_link: Record<string, never>;
  link_loop: Record<string, never>;
  path_too_long: Record<string, never>;
  /** a FIFO, socket or device named like a report */
  not_a_file: Record<string, never>;
  /** a link out of the corpus folder, without --follow-links */
  outside_corpus: Record<string, never>;
}

export type ReportErrorCode = keyof ReportErrorParams;

/** Why one report was not scored: a code and its params (the row names the file). */
export type ReportError = { [C in ReportErrorCode]: { code: C; params: ReportErrorParams[C] } }[ReportErrorCode];

/** Build a report error with params checked against its code. */
export function reportError<C extends ReportErrorCode>(code: C, params: ReportErrorParams[C]): ReportError {
  return { code, params } as ReportError;
}

/** Thrown by a reader when a file cannot become text; report.ts turns it into the report's error row. */
export class ReportInputError extends Error {
  readonly error: ReportError;
  constructor(error: ReportError) {
    // code and params as JSON: for logs and stack traces; users read harness/messages.ts
    super(`[${error.code}] ${JSON.stringify(error.params)}`);
    this.name = 'ReportInputError';
    this.error = error;
  }
  get code(): ReportErrorCode { return this.error.code; }
}

/** Shorthand: `throw inputError('bad_pdf', { detail })`. */
export const inputError = <C extends ReportErrorCode>(code: C, params: ReportErrorParams[C]) => new ReportInputError(reportError(code, params));

/**
 * Warnings of the incremental cache (engine/scoring/cache.ts): an entry it would not trust was
 * ignored and the report rescored. `path`: the entry's file; `folder`: the cache folder.
 */
export interface CacheWarningParams {
  cache_key_unreadable: { folder: string };
  /** the MAC does not match: altered, corrupt, or copied from another cache folder */
  cache_integrity: { path: string };
  /** not JSON */
  cache_corrupt: { path: string };
  /** JSON, but not the entry's schema */
  cache_malformed: { path: string };
}
export type CacheWarningCode = keyof CacheWarningParams;
export type CacheWarning = { [C in CacheWarningCode]: { code: C; params: CacheWarningParams[C] } }[CacheWarningCode];

/**
 * A hand-written gold file (`rubric eval --gold`) the evaluation cannot use as it stands: read by
 * engine/eval/gold.ts, rendered by harness/messages.ts (goldProblemMessage). `report` is the 0-based
 * index in `reports`, `file` the report it names.
 */
export type GoldProblem =
  | { code: 'gold_format'; report: number | null; path: string }
  | { code: 'unknown_criterion'; report: number; file: string; id: string }
  | { code: 'unknown_deduction'; report: number; file: string; id: string }
  | { code: 'bad_cell'; report: number; file: string; id: string }
  /** points gold outside 0..the criterion's points (a scheme's graded or sub-item criteria) */
  | { code: 'points_out_of_range'; report: number; file: string; id: string; points: number; max: number };
export type GoldProblemCode = GoldProblem['code'];
