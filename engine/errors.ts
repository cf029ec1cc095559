/**
 * Errors are data (ajv's ErrorObject and OPA's error codes are the models): a closed set of codes,
 * each with its own params, the file and a JSON pointer. The engine never writes prose; the
 * harness's one message catalogue (harness/messages.ts) renders every code in Chinese and English.
 * Tests assert codes and params, never wording.
 */

/** Params of each rubric error code. Adding a code here makes the catalogue fail to compile until it says it. */
export interface RubricErrorParams {
  /** the file is not JSON; line and column when the parser says where */
  json_syntax: { line?: number; column?: number };
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
  unknown_criterion: { criterion: string };
  duplicate_case: { name: string; repeats: 'name' | 'text' };
  no_cases: { criterion: string; fixtureFile: string };
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
 * Why a report could not be scored (its row in results.jsonl, ranking.csv and the workbook). The
 * message beside the code is still written by the reader that failed (formats and corpus-walk
 * lanes); the codes are closed here.
 */
export type ReportErrorCode =
  | 'docx_as_txt' | 'pdf_as_txt' | 'doc_as_txt' | 'binary_file' | 'bad_docx' | 'bad_pdf' | 'needs_ocr'
  | 'bad_doc' | 'bad_ofd' | 'unsupported_format'
  | 'empty_report' | 'not_chinese' | 'too_large' | 'unreadable' | 'timeout' | 'worker_crashed' | 'internal_error' | 'missing'
  // the text decodes to mostly rare or non-CJK characters (decode.ts), or a PDF/OFD text layer without ToUnicode
  | 'garbled_text'
  // entries of the corpus folder the walk cannot use (harness/corpus.ts)
  | 'unreadable_name' | 'broken_link' | 'link_loop' | 'path_too_long' | 'not_a_file' | 'outside_corpus';
