/**
 * `rubric score`: score every report in a corpus and write the ranked outputs. `runScore` takes
 * the lock on --out, runs (`scoreRun`: the pool, the spool, the staged outputs, one publish) and
 * reports (`printSummary`). Values arrive parsed by harness/options.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { CoverageCounter, type CoverageReport } from '../../engine/scoring/coverage.js';
import { loadRubricSourceDigest, parseRubricArg, sourceLabel, type RubricSource } from '../../engine/rubric/source.js';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import { errorResult } from '../../engine/scoring/error-result.js';
import { ENGINE_VERSION } from '../../engine/paths.js';
import { findNearDuplicates, nearDuplicateGroups, SignatureStore, type NearDuplicate } from '../../engine/corpus/near-duplicates.js';
import { checkCorpus, problemError, scanCorpus, type CorpusFile, type CorpusScan } from '../corpus.js';
import { acquireLock } from '../lock.js';
import { cacheDirOf, parseFormats } from '../options.js';
import { CacheHits } from '../cache-hits.js';
import { ResultCache } from '../../engine/scoring/cache.js';
import { FORMATS, fileDocLoader, writeExtraOutputs, type ExtraOutputsResult, type Format } from '../outputs.js';
import { progressBar } from '../progress.js';
import { t } from '../i18n.js';
import type { Piscina } from 'piscina';
import { DEFAULT_BUDGET_MS, destroyPool, InterruptedError, openPool, scoreCorpusRendered } from '../pool.js';
import { csvCells, renderResult } from '../render.js';
import { ResultSpool } from '../spool.js';
import { workersForFiles, workersForFolder } from '../pool-size.js';
import { cacheWarningMessage, rubricWarningLines, runNoticeMessage, type RenderedReportError } from '../messages.js';
import { corpusDigest, CorpusStats, digestOfInputs, MOMENTARY_ERRORS, otherInputs, recordedInputs, upToDate, type OtherInputs } from '../up-to-date.js';
import { dirname, join, resolve } from 'node:path';
import type { CacheWarning } from '../../engine/errors.js';
import { OutputStage, removeOrphanStaging, RUN_FILE } from '../stage.js';
import { term } from '../terminal.js';
import { batchYear, yearCounts } from '../batch-year.js';
import { sameUnitCell, sameUnitGroups } from '../same-unit.js';
import { reviewsElsewhere } from '../review/elsewhere.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../writers/atomic.js';
import { csvHeader } from '../writers/csv.js';
import type { Lang } from '../writers/evidence-text.js';
import { nearDuplicateCell, nearDuplicatesCsvChunks } from '../writers/near-duplicates.js';
import { WholeFile } from '../../engine/io/atomic.js';
import { safeCell } from '../writers/safe-cell.js';
import { deadLines } from './coverage-lines.js';
import { readReviewFile, type ReviewFile } from '../review/read.js';
import { rubricCommand } from '../rubric-command.js';
import type { ReadDecision } from '../writers/html.js';
import { checkDecisions, type CheckedDecisions } from '../review/stale.js';
import { reviewLines } from '../review/summary.js';
import { distributionLines } from '../writers/distribution.js';
import { flagsText, UNRANKED_NOTE } from '../writers/flags.js';
import { ensureWritableDir } from '../writers/writable.js';

export interface ScoreOptions {
  rubric: string; corpus: string; out: string; lang: Lang; quiet?: boolean; coverage?: boolean;
  workers?: number; maxMb?: number; timeBudget?: number; format?: Set<Format> | string; workerMemory?: number;
  /** commander's --no-cache sets this false */
  cache?: boolean; cacheDir?: string; nearDuplicates?: boolean; followLinks?: boolean;
  /** --year: the batch's report year, named by the office (batch-year.ts); undefined: inferred from the reports */
  year?: number;
  /** --exclude-other-years: reports of another year than the batch's are listed with their scores but not ranked */
  excludeOtherYears?: boolean;
  /**
   * the assessors' review.csv / review.xlsx; undefined: the one in --out when there is one
   * (reviewInOut); false (commander's --no-review): none
   */
  review?: string | false;
  /** write the outputs even when --out holds those of a run of the same inputs (up-to-date.ts) */
  force?: boolean;
  /** a pool the CLI opened at start-up, before this module was loaded (harness/cli.ts): this run uses it and closes it */
  pool?: Piscina;
  /** `review` is the file found in --out, not one the user named (reviewInOut): its errors say how to score without it */
  reviewFromOut?: boolean;
}

/**
 * The rubric loaded and the corpus walked, before any report is scored. `inputs`: the digest of this
 * run's inputs, computed up front when a re-run compares it with the one recorded in --out, or when
 * the run reads reports before the pool does (--review hashes them to find stale decisions): every
 * report stat'ed first. Otherwise undefined: the pool stats each report as it hands it out and the
 * digest is completed when scoring ends (digestOfInputs) from `other`, the rest of the inputs as they were
 * when the run started.
 */
interface Prepared { rubric: CompiledRubric; scan: CorpusScan; other: OtherInputs | null; inputs?: string | null }

/** Reports changed this recently are not vouched for by their stat (up-to-date.ts); RUBRIC_RACY_MS is for tests only. */
const racyMs = () => (process.env.RUBRIC_RACY_MS ? Number(process.env.RUBRIC_RACY_MS) : undefined);

function prepare(opts: ScoreOptions, corpus: string, loaded: { rubric: CompiledRubric; digest: string }, withInputs: boolean): Prepared {
  const scan = scanCorpus(corpus, { followLinks: opts.followLinks, exclude: [resolve(opts.out)] });
  const other = otherInputs({ rubric: loaded.digest, corpus: resolve(corpus), options: runOptions(opts), review: opts.review ? resolve(opts.review) : null });
  const pre: Prepared = { rubric: loaded.rubric, scan, other };
  if (withInputs || opts.review) pre.inputs = digestOfInputs(other, corpusDigest(scan, racyMs()));
  return pre;
}

/**
 * A corpus holding a program's files (a package.json, node_modules: CorpusScan.projects) is most likely the wrong
 * folder — the program's own or its parent (nu37 scored 4,295 of this tool's fixtures with no word said). Said before the
 * scoring starts, so Ctrl+C can stop it, and again after the summary.
 */
function noteProjectFolder(scan: CorpusScan, corpus: string, after: boolean): void {
  if (!scan.projects.length) return;
  const where = scan.projects.slice(0, 3).map((p) => term(p === '.' ? corpus : join(corpus, p))).join('、');
  const n = scan.files.length;
  process.stderr.write(t(
    `注意：报告文件夹 ${term(corpus)} 中有软件项目（${where}：含 package.json 或 node_modules），不像是一批报告——是否指错了文件夹？${after ? `本次评分了其中 ${n} 个文件；如指错了，请删除本次输出` : `其中 ${n} 个文件将被评分；如指错了，请按 Ctrl+C 停止`}，改为指向存放报告的文件夹。\n`,
    `note: the corpus folder ${term(corpus)} holds a software project (${where}: a package.json or node_modules), not what a batch of reports looks like — the wrong folder? ${after ? `${n} files in it were scored; if so, remove these outputs` : `${n} files in it are to be scored; if so, stop with Ctrl+C`} and point at the folder of the reports.\n`,
  ));
}

const printRubricWarnings = (rubric: CompiledRubric) => process.stderr.write(rubricWarningLines(rubric.warnings));

/** What one run did, for the summary and run.json. */
export interface RunSummary {
  out: string; corpus: string; rubric: CompiledRubric; source: RubricSource; seconds: number;
  reports: number; failures: Array<{ file: string } & RenderedReportError>; unsupported: CorpusFile[];
  duplicates: number; outputs: string[]; skipped: ExtraOutputsResult['skipped']; coverage: CoverageReport | null;
  /** files of the corpus that are no report by their name (.xlsx, .pptx …): named in the summary, never silently gone (nu35) */
  notReports: string[];
  /** the reports of another year than most of the batch's (batch-year.ts), null when none or no year is the batch's */
  otherYear: { year: number; given: boolean; files: string[]; unranked: boolean } | null;
  /** files whose title says they are a plan or a notice, not a year's report (nu36: a 报送通知 ranked among the reports) */
  notAnnual: string[];
  /** reports of a unit and year that another report of the batch is also of (same-unit.ts: a unit's report sent twice) */
  sameUnit: string[];
  /** --year names a year no scored report states (a typo: --year 2042), or null (nu39: nothing ranked, nothing said) */
  yearNoneOf: number | null;
  /** the batch's years and how many reports state each, when they are several and none is the batch's (null otherwise) */
  mixedYears: Array<[number, number]> | null;
  cache: { hit: number; partial: number; miss: number; warnings: CacheWarning[] };
  /** totals of the scored reports, for the distribution line */
  totals: number[];
  /** the assessors' decisions as applied (null without --review) */
  review: CheckedDecisions | null;
}

export async function runScore(opts: ScoreOptions): Promise<number> {
  // SIGINT/SIGTERM from the start: stop handing out work, cancel what runs, publish nothing
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await lockedRun(opts, interrupt.signal);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    // the CLI's pool, when the run stopped before it was used (a usage error): closed here too
    if (opts.pool) await destroyPool(opts.pool);
  }
}

/**
 * The review file this run applies. Given with --review: that one. Not given: the review.csv (or
 * review.xlsx) in --out, where review-template writes it — a run that forgot --review would otherwise
 * rewrite the ranking a superior reads with the engine's numbers while the decisions sit beside it;
 * said on stderr so the user knows, and --no-review scores without. Both in --out: which one holds the
 * decisions cannot be told, so the run is refused before anything is written (UsageError).
 */
/** A refused review file the run found in --out by itself: the user may not know it was read, so the way round it is named. */
function fromOut(e: unknown): unknown {
  if (!(e instanceof UsageError)) return e;
  return new UsageError(e.message + t(
    `（这个复核表是从输出文件夹中自动计入的；若要先不计入评分人的决定，请加 --no-review。）`,
    ` (This review file was picked up from the output folder by itself; to score without the assessors' decisions for now, add --no-review.)`,
  ));
}

function reviewInOut(opts: ScoreOptions): string | undefined {
  if (typeof opts.review === 'string') return opts.review;
  const outDir = resolve(opts.out);
  const found = ['review.csv', 'review.xlsx'].map((n) => join(outDir, n)).filter((p) => existsSync(p));
  if (opts.review === false) {
    // the outputs a superior reads will carry the engine's numbers: said, so it is never by accident (new user, session 30)
    for (const path of found) {
      process.stderr.write(t(
        `提示：按 --no-review，没有计入 ${term(path)} 中评分人的决定：这次的输出（包括 ranking.xlsx）是引擎的原始结果。\n`,
        `note: with --no-review the assessors' decisions in ${term(path)} are not applied: these outputs (ranking.xlsx too) are the engine's own results.\n`,
      ));
    }
    return undefined;
  }
  if (found.length > 1) {
    throw new UsageError(t(
      `输出文件夹中同时有 ${term(found[0])} 和 ${term(found[1])}，无法判断评分人的决定在哪一个里：请用 --review 指定一个（或用 --no-review 不计入决定）。`,
      `The output folder holds both ${term(found[0])} and ${term(found[1])}, and which one holds the assessors' decisions cannot be told: name one with --review (or score without them with --no-review).`,
    ));
  }
  // a page's export saved into --out is not applied by itself: merged into review.csv by review-template --add (new user, session 30)
  const exports = (() => { try { return readdirSync(outDir).filter((n) => /^review-export.*\.csv$/i.test(n)); } catch { return []; } })();
  const newest = found.length ? statSync(found[0]).mtimeMs : 0;
  for (const n of exports.filter((x) => statSync(join(outDir, x)).mtimeMs > newest)) {
    process.stderr.write(t(
      `提示：输出文件夹中的 ${n} 比复核表新，它不会自动计入：请先运行 ${rubricCommand()} review-template 报告文件夹 --out ${term(opts.out)} --add ${term(join(outDir, n))} 把它并入 review.csv。\n`,
      `note: ${n} in the output folder is newer than the review file and is not applied by itself: merge it first with ${rubricCommand()} review-template REPORTS --out ${term(opts.out)} --add ${term(join(outDir, n))}.\n`,
    ));
  }
  if (found.length === 0) return undefined;
  process.stderr.write(t(
    `提示：按输出文件夹中的复核表 ${term(found[0])} 计入评分人的决定（不计入请加 --no-review）。\n`,
    `note: applying the assessors' decisions in the output folder's ${term(found[0])} (add --no-review to score without them).\n`,
  ));
  return found[0];
}

/**
 * The review file applied was made beside a run of another rubric (run.json in --out names it): the decisions still apply cell by
 * cell — an assessor's word on a report stands — but a rubric author scoring a copy into the same folder should know they were
 * made against the other rubric's results (new user 46: a county's decisions carried silently into its own rubric's run).
 */
function noteReviewUnderOtherRubric(opts: ScoreOptions, rubric: CompiledRubric): void {
  if (!opts.review) return;
  let before: { id?: unknown; version?: unknown } | undefined;
  try { before = JSON.parse(readFileSync(join(resolve(opts.out), RUN_FILE), 'utf8'))?.rubric; } catch { return; }
  if (!before || typeof before.id !== 'string' || (before.id === rubric.id && before.version === rubric.version)) return;
  const was = `${before.id} ${String(before.version ?? '')}`.trim(), now = `${rubric.id} ${rubric.version}`;
  process.stderr.write(t(
    `提示：输出文件夹上次是用评分细则 ${was} 评的，这次用 ${now}；复核表中的决定仍逐个单元格计入，若新细则改变了这些评分项的含义，请重新复核。\n`,
    `note: the output folder was last scored with rubric ${was}, this run uses ${now}; the review file's decisions still apply cell by cell — if the new rubric changed what those criteria mean, review them again.\n`,
  ));
}

async function lockedRun(opts: ScoreOptions, signal: AbortSignal): Promise<number> {
  const corpus = checkCorpus(opts.corpus);
  // outputs written among the reports would replace any report named like one (report.html, a saved
  // page) and be scored by the next run: refused before anything is read or written
  if (resolve(opts.out) === corpus) {
    throw new UsageError(t(
      `输出文件夹不能是报告文件夹本身（${corpus}）：输出会覆盖同名的报告（如 report.html），下次评分还会把输出当作报告。请用 --out 另选一个文件夹。`,
      `The output folder cannot be the corpus folder itself (${corpus}): outputs would replace reports of the same name (e.g. report.html) and be scored as reports next time. Choose another folder with --out.`,
    ));
  }
  const source = parseRubricArg(opts.rubric);
  opts = { ...opts, review: reviewInOut(opts), reviewFromOut: opts.review === undefined };
  // a re-run into an --out whose run.json records its inputs: compared before any worker starts, and
  // when they are the same and the outputs untouched, nothing is written
  let pre: Prepared | undefined;
  if (!opts.force && recordedInputs(opts.out)) {
    const loaded = loadRubricSourceDigest(source);
    printRubricWarnings(loaded.rubric);
    const out = ensureWritableDir(opts.out);
    const lock = acquireLock(out, 'score');
    try {
      pre = prepare(opts, corpus, loaded, true);
      const rec = upToDate(out, pre.inputs ?? null) ? recordedInputs(out) : null;
      if (rec) {
        if (!opts.quiet || rec.failed) process.stdout.write(runNoticeMessage({ code: 'outputs_up_to_date', params: { out: term(out), reports: rec.reports, failed: rec.failed } }) + '\n');
        // the reports that run could not score are still not scored: named again, as the run named them
        for (const f of rec.notScored) process.stderr.write(notScoredLine(f));
        if (rec.failed > rec.notScored.length) process.stderr.write(t(`……另有 ${rec.failed - rec.notScored.length} 份未评分（见 results.jsonl）\n`, `… and ${rec.failed - rec.notScored.length} more not scored (see results.jsonl)\n`));
        if (process.env.RUBRIC_STATS) writeBenchStats(process.env.RUBRIC_STATS, { firstScoredAt: Infinity, nearDuplicateMs: 0 }, rec.reports, { hit: 0, partial: 0, miss: 0 });
        await noteReviewsElsewhere(opts, corpus, pre.scan.files);
        return rec.failed ? 1 : 0;
      }
    } finally {
      lock.release();
    }
  }
  // the workers start loading (and compile this rubric) while this thread validates it and walks
  // the corpus; they get work only once both are good, and the pool is closed whatever happens
  const pool = opts.pool ?? openPool({ workers: workersForFolder(corpus, opts.workers), workerHeapMb: opts.workerMemory, warm: source });
  try {
    return await validatedRun(opts, signal, corpus, source, pool, pre);
  } finally {
    await destroyPool(pool);
  }
}


async function validatedRun(opts: ScoreOptions, signal: AbortSignal, corpus: string, source: RubricSource, pool: Piscina, pre?: Prepared): Promise<number> {
  let loaded: { rubric: CompiledRubric; digest: string } | null = null;
  if (!pre) {
    loaded = loadRubricSourceDigest(source);
    printRubricWarnings(loaded.rubric);
  }
  const rubric = pre?.rubric ?? loaded!.rubric;
  noteReviewUnderOtherRubric(opts, rubric);
  const made = missingAncestors(resolve(opts.out));
  const out = ensureWritableDir(opts.out);
  const lock = acquireLock(out, 'score');
  try {
    removeOrphanStaging(out);
    // each report stat'ed before it is read (up front, or as the pool hands it out): a report written
    // while the run reads it moves its stat, and the next run scores it
    pre ??= prepare(opts, corpus, loaded!, false);
    noteProjectFolder(pre.scan, corpus, false);
    const run = signal.aborted ? 'interrupted' : await scoreRun(corpus, source, rubric, out, opts, signal, pool, pre);
    if (run === 'interrupted') {
      process.stderr.write(t(`已中断：未写入任何输出，${out} 中之前的完整结果保持不变。\n`, `Interrupted: nothing was written; the previous complete outputs in ${out} are unchanged.\n`));
      return 130;
    }
    printSummary(run, opts);
    noteProjectFolder(pre.scan, corpus, true);
    await noteReviewsElsewhere(opts, corpus, pre.scan.files);
    return run.failures.length ? 1 : 0;
  } finally {
    lock.release();
    // a run refused or stopped before it published leaves no empty --out behind (new user, session 29):
    // the folders it made are removed while empty, deepest first; a published run's folder is never empty
    for (const dir of made) { try { rmdirSync(dir); } catch { break; } }
  }
}

/**
 * No decisions applied (none named, none in --out, not --no-review): a review file elsewhere that decides on these reports is
 * named, so outputs going to a superior never carry the engine's numbers by accident (nu36) — after a run, and when the run
 * found its outputs up to date (red team 65).
 */
async function noteReviewsElsewhere(opts: ScoreOptions, corpus: string, files: ReadonlyArray<{ rel: string; abs: string }>): Promise<void> {
  if (opts.review !== undefined || !opts.reviewFromOut) return;
  // (the corpus's parent first: an office keeps its outputs beside its reports)
  for (const path of await reviewsElsewhere(files, [dirname(resolve(corpus)), process.cwd()])) {
    process.stderr.write(t(
      `注意：${term(path)} 中有评分人对这批报告的决定，这次没有计入（输出是引擎的原始结果）：要计入，请用 --review ${term(path)}，或把 --out 设为它所在的文件夹；确实不计入时加 --no-review。\n`,
      `note: ${term(path)} holds assessors' decisions on these reports, not applied this time (the outputs are the engine's own results): to apply them, add --review ${term(path)} or set --out to its folder; to leave them out on purpose, add --no-review.\n`,
    ));
  }
}

/** `dir` and its ancestors that do not exist yet, deepest first. */
function missingAncestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) out.push(d);
  return out;
}

/** Every decision of the review file with its report's corpus path and its 决定 and 理由 as written (for report.html). */
function readDecisions(file: ReviewFile, review: CheckedDecisions): ReadDecision[] {
  const byLine = new Map(file.rows.map((r) => [r.line, r]));
  const all = [...[...review.byFile].flatMap(([rel, ds]) => ds.map((d) => ({ rel, d }))), ...review.stale.map((d) => ({ rel: d.rel, d })), ...review.missing.map((d) => ({ rel: d.file, d }))];
  return all.flatMap(({ rel, d }) => {
    const r = byLine.get(d.line);
    return r ? [{ rel, id: d.id, decision: r.decision, reason: r.reason }] : [];
  });
}

/** Score the corpus into a staging folder and publish the outputs together (run.json last). */
export async function scoreRun(corpus: string, source: RubricSource, rubric: CompiledRubric, out: string, opts: ScoreOptions, signal: AbortSignal, pool: Piscina | undefined, pre: Prepared): Promise<RunSummary | 'interrupted'> {
  const started = Date.now();
  const { files, unsupported, problems, outputs } = pre.scan;
  // the inputs digest taken as the reports are handed out, unless a re-run computed it up front
  const corpusStats = pre.inputs === undefined ? new CorpusStats(pre.scan, racyMs()) : null;
  // said before anything is scored: a user who finds fewer rows than files knows where they went
  if (outputs.length && !opts.quiet) process.stderr.write(t(`提示：跳过报告文件夹中先前评分的输出文件夹（内有本程序写的 run.json）：${outputs.map(term).join('、')}\n`, `note: skipped earlier runs' output folders inside the corpus (they hold this program's run.json): ${outputs.map(term).join(', ')}\n`));
  if (files.length + problems.length === 0) throw new UsageError(t(`${corpus} 中没有报告（.txt、.docx、.doc、.wps、.pdf、.ofd、.html）：请把报告放进该文件夹，或用 --corpus 指定其他文件夹。`, `No reports (.txt, .docx, .doc, .wps, .pdf, .ofd, .html) in ${corpus}: put reports there, or point --corpus elsewhere.`));
  const reviewFile = opts.review ? await readReviewFile(opts.review, rubric).catch((e: unknown) => { throw opts.reviewFromOut ? fromOut(e) : e; }) : null;
  const review = reviewFile ? checkDecisions(reviewFile.decisions, files) : null;
  const staleFiles = new Set(review?.stale.map((d) => d.rel));
  const formats = typeof opts.format === 'string' ? parseFormats(opts.format) : opts.format ?? new Set(FORMATS);
  const stage = new OutputStage(out);
  const spool = new ResultSpool(stage.dir);
  const coverage = new CoverageCounter();
  const failures: RunSummary['failures'] = [];
  const signatures = new SignatureStore(opts.nearDuplicates !== false ? files.length : 1);
  const cache: RunSummary['cache'] = { hit: 0, partial: 0, miss: 0, warnings: [] };
  const progress = progressBar(files.length + problems.length, !opts.quiet);
  const stats = process.env.RUBRIC_STATS ? { firstScoredAt: Infinity, nearDuplicateMs: 0 } : null;
  const years = new Map<string, number>();
  /** each scored report's unit and year as one key (same-unit.ts: flag same_unit) */
  const unitKeys = new Map<string, string>();
  /** files whose title says they are a plan or a notice, not a year's report (flags plan_document, notice_document) */
  const notAnnual: string[] = [];
  const onResult = (r: ReturnType<typeof renderResult>) => {
    spool.add(r);
    if (!r.error && r.year !== null) years.set(r.file, r.year);
    if (r.unitKey) unitKeys.set(r.file, r.unitKey);
    if (r.flags.includes('plan_document') || r.flags.includes('notice_document')) notAnnual.push(r.file);
    progress.tick(r.failed);
    if (r.error) failures.push({ file: r.file, ...r.error });
    else if (r.held) coverage.add(r.held);
    if (r.signature) signatures.add(r.file, r.signature);
    if (r.cache) cache[r.cache]++;
    if (r.cacheWarning) cache.warnings.push(r.cacheWarning);
    if (stats && r.scoredAt !== undefined && r.scoredAt < stats.firstScoredAt) stats.firstScoredAt = r.scoredAt;
  };
  const cacheDir = cacheDirOf(opts, out);
  const maxBytes = (opts.maxMb ?? 50) * 1024 * 1024;
  let cacheHits = cacheDir && !opts.coverage ? new CacheHits(new ResultCache(cacheDir), rubric, { signature: opts.nearDuplicates !== false, maxBytes, review: review?.byFile }) : undefined;
  if (cacheHits?.indexWarning) cache.warnings.push(cacheHits.indexWarning);
  try {
    for (const p of problems) onResult(renderResult(rubric, errorResult(p.rel, problemError(p)), opts.lang));
    await scoreCorpusRendered(files, {
      rubric: source, workers: pool?.maxThreads ?? workersForFiles(files, opts.workers), maxBytes, coverage: opts.coverage, lang: opts.lang,
      signature: opts.nearDuplicates !== false, cacheDir, cacheHits, budgetMs: opts.timeBudget ?? DEFAULT_BUDGET_MS, signal, workerHeapMb: opts.workerMemory,
      review: review?.byFile, pool, closePool: true, ...(corpusStats ? { beforeRead: (f: CorpusFile) => corpusStats.take(f) } : {}),
    }, onResult, (r) => renderResult(rubric, r, opts.lang));
    // the workers' heaps were freed before the stat index was saved (closePool); the index, saved by now,
    // is freed before the near-duplicate pass and the assembly of the outputs (peak RSS)
    cacheHits = undefined;
    // the outputs are assembled by long synchronous steps, during which a SIGINT waits in the event loop: each
    // checkpoint lets it be handled and stops the run there — the last one right before the publish, so an
    // interrupt that arrived while the files were written still publishes nothing (new user, session 19: one
    // given during the writing was ignored and the previous outputs replaced)
    const checkpoint = async () => { await new Promise((done) => setImmediate(done)); if (signal.aborted) throw new InterruptedError(); };
    await checkpoint();
    const nd0 = performance.now();
    const duplicates = opts.nearDuplicates !== false ? findNearDuplicates(signatures) : new Map<string, NearDuplicate[]>();
    if (stats) stats.nearDuplicateMs = performance.now() - nd0;
    await checkpoint();
    const jsonlPath = stage.path('results.jsonl', formats.has('jsonl'));
    const batch = batchYear(years, opts.year);
    const sameUnit = sameUnitGroups(unitKeys);
    if (opts.excludeOtherYears && batch?.others.size) spool.leaveUnranked((file) => batch.others.has(file));
    const otherYearCell = opts.excludeOtherYears ? UNRANKED_NOTE[opts.lang] : null;
    const added = (file: string) => [...(duplicates.has(file) ? ['near_duplicate'] : []), ...(staleFiles.has(file) ? ['review_stale'] : []), ...(batch?.others.has(file) ? ['other_year'] : []), ...(sameUnit.has(file) ? ['same_unit'] : [])];
    spool.finish(
      csvCells(csvHeader(rubric, opts.lang).map(safeCell)) + '\r\n',
      (file, flags) => { const more = added(file); return more.length ? [...flags, ...more].sort() : flags; },
      (file, flags) => csvCells([safeCell(flagsText(flags, opts.lang, { near_duplicate: nearDuplicateCell(duplicates.get(file), opts.lang), ...(sameUnit.has(file) ? { same_unit: sameUnitCell(sameUnit.get(file)!, opts.lang) } : {}), ...(otherYearCell ? { other_year: otherYearCell } : {}) }))]),
      { jsonl: jsonlPath, csv: formats.has('csv') ? stage.path('ranking.csv') : null },
    );
    if (duplicates.size) writeWhole(stage.path('near-duplicates.csv'), (emit) => nearDuplicatesCsvChunks(duplicates, opts.lang, nearDuplicateGroups(duplicates), emit));
    const report = opts.coverage ? coverage.report(rubric) : null;
    if (report) stage.write('coverage.json', JSON.stringify(report, null, 2) + '\n');
    progress.stop();
    const extra = await writeExtraOutputs(rubric, stage, jsonlPath, formats, opts.lang, fileDocLoader(files), spool.size, checkpoint, reviewFile && review ? readDecisions(reviewFile, review) : []);
    await checkpoint();
    const summary: RunSummary = {
      out, corpus, rubric, source, seconds: (Date.now() - started) / 1000, reports: spool.size, failures, unsupported,
      duplicates: duplicates.size, outputs: stage.produced, skipped: extra.skipped, coverage: report, cache, notReports: pre.scan.skipped,
      otherYear: batch?.others.size ? { year: batch.year, given: batch.given, files: [...batch.others].sort(), unranked: Boolean(opts.excludeOtherYears) } : null,
      notAnnual: notAnnual.sort(),
      sameUnit: [...sameUnit.keys()].sort(),
      mixedYears: opts.year === undefined && !batch ? yearCounts(years) : null,
      yearNoneOf: opts.year !== undefined && years.size > 0 && ![...years.values()].includes(opts.year) ? opts.year : null,
      totals: spool.scoredTotals(), review,
    };
    // a run with a row another run of the same inputs may not give records no inputs: the next one scores again
    const inputs = failures.some((f) => MOMENTARY_ERRORS.has(f.code)) ? null : corpusStats ? digestOfInputs(pre.other, corpusStats.digest()) : pre.inputs ?? null;
    stage.publish({ ...runRecord(summary, opts, started), inputs });
    if (stats) writeBenchStats(process.env.RUBRIC_STATS!, stats, spool.size, cache);
    return summary;
  } catch (e) {
    progress.stop();
    spool.dispose();
    stage.discard();
    if (e instanceof InterruptedError) return 'interrupted';
    throw e;
  }
}

/** A file written whole from the pieces `fill` emits (fsynced; removed if anything fails). */
function writeWhole(path: string, fill: (emit: (s: string) => void) => void): void {
  const f = new WholeFile(path);
  try {
    fill((s) => f.append(s));
    f.close();
  } catch (e) {
    f.discard();
    throw e;
  }
}

/** How many reports not scored run.json names (all of them are error rows in results.jsonl). */
const NOT_SCORED_KEPT = 200;

/** run.json: what produced the outputs beside it (written last; its `outputs` list is added by the stage). */
function runRecord(s: RunSummary, opts: ScoreOptions, started: number): Record<string, unknown> {
  let rubricHash: string | null = null;
  try { rubricHash = s.source.rev ? null : createHash('sha256').update(readFileSync(s.source.path)).digest('hex'); } catch { /* read by git */ }
  return {
    tool: 'fazhi-rubric', engine: ENGINE_VERSION,
    corpus: s.corpus,
    rubric: { path: sourceLabel(s.source), id: s.rubric.id, version: s.rubric.version, hash: s.rubric.hash, file_sha256: rubricHash },
    options: runOptions(opts),
    started: new Date(started).toISOString(), finished: new Date().toISOString(),
    counts: { reports: s.reports, scored: s.reports - s.failures.length, failed: s.failures.length, near_duplicates: s.duplicates, unsupported: s.unsupported.length, not_reports: s.notReports.length },
    // the reports not scored, as the summary named them (an up-to-date re-run names them again)
    not_scored: [...s.failures].sort((a, b) => (a.file < b.file ? -1 : 1)).slice(0, NOT_SCORED_KEPT).map((f) => ({ file: f.file, code: f.code, message: f.message })),
  };
}

/** The options that reach the outputs, as run.json records them (part of the inputs digest). */
function runOptions(opts: ScoreOptions): Record<string, unknown> {
  return {
    lang: opts.lang, format: [...(typeof opts.format === 'string' ? parseFormats(opts.format) : opts.format ?? new Set(FORMATS))].sort(),
    max_mb: opts.maxMb ?? 50, time_budget_s: opts.timeBudget === undefined ? DEFAULT_BUDGET_MS / 1000 : Number.isFinite(opts.timeBudget) ? opts.timeBudget / 1000 : null,
    coverage: Boolean(opts.coverage), near_duplicates: opts.nearDuplicates !== false, cache: opts.cache !== false, follow_links: Boolean(opts.followLinks),
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    ...(opts.excludeOtherYears ? { exclude_other_years: true } : {}),
  };
}

/** One report not scored, as the summary names it and an up-to-date re-run names it again. */
const notScoredLine = (f: { file: string; code: string; message: string }) => `${t('未评分：', 'not scored: ')}${term(f.file)} [${f.code}] ${term(f.message)}\n`;

/** The terminal summary of a published run; every name from outside is passed through term(). */
export function printSummary(run: RunSummary, opts: ScoreOptions): void {
  const { failures, cache } = run;
  // documents in formats we do not read are error rows (unsupported_format) with what to do, listed below
  if (run.coverage && !opts.quiet) {
    process.stdout.write(t(`条件覆盖：${run.coverage.conditions.length} 个条件，${run.coverage.dead.length} 个从未成立（详见 coverage.json）\n`, `Coverage: ${run.coverage.conditions.length} conditions, ${run.coverage.dead.length} never held (see coverage.json)\n`));
    process.stdout.write(deadLines(run.coverage).join('\n') + (run.coverage.dead.length ? '\n' : ''));
  }
  if (cache.warnings.length) {
    process.stderr.write(t(`警告：忽略了 ${cache.warnings.length} 个损坏、被改动或不匹配的缓存文件（已重新评分并覆盖），例如 ${term(cacheWarningMessage(cache.warnings[0]))}\n`, `warning: ignored ${cache.warnings.length} corrupt, altered or foreign cache entries (rescored and overwritten), e.g. ${term(cacheWarningMessage(cache.warnings[0]))}\n`));
  }
  for (const sk of run.skipped) process.stderr.write(t(`提示：报告数（${sk.reason}）过多，未生成 ${sk.format === 'xlsx' ? 'ranking.xlsx' : 'report.html'}；请使用 ranking.csv。\n`, `note: too many reports (${sk.reason}) for ${sk.format === 'xlsx' ? 'ranking.xlsx' : 'report.html'}; use ranking.csv.\n`));
  if (run.review) {
    const [applied, ...problems] = reviewLines(run.review, opts.lang);
    if (!opts.quiet) process.stdout.write(applied + '\n');
    for (const line of problems) process.stderr.write(line + '\n');
  }
  const sorted = [...failures].sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const f of sorted) process.stderr.write(notScoredLine(f));
  if (opts.quiet) return;
  if (cache.hit + cache.partial) process.stdout.write(t(`缓存：${cache.hit} 份未变，${cache.partial} 份只重算了改动的评分项，${cache.miss} 份全新评分\n`, `Cache: ${cache.hit} unchanged, ${cache.partial} re-evaluated only changed criteria, ${cache.miss} scored in full\n`));
  if (run.duplicates) process.stdout.write(t(`疑似雷同：${run.duplicates} 份报告（见 near-duplicates.csv）\n`, `Near-duplicates: ${run.duplicates} reports (see near-duplicates.csv)\n`));
  // the check ran and found none: said, so a clean batch is not mistaken for a check left off (new user 39)
  else if (opts.nearDuplicates !== false && run.reports - failures.length > 1) process.stdout.write(t(`疑似雷同：未发现（已比较 ${run.reports - failures.length} 份报告）\n`, `Near-duplicates: none found (${run.reports - failures.length} reports compared)\n`));
  process.stdout.write(distributionLines(run.totals, opts.lang).join('\n') + '\n');
  const order = ['ranking.csv', 'ranking.xlsx', 'ranking-superiors.xlsx', 'report.html', 'results.jsonl'];
  const names = order.filter((n) => run.outputs.includes(n));
  process.stdout.write(t(
    `已评分 ${run.reports - failures.length} 份，失败 ${failures.length} 份，用时 ${run.seconds.toFixed(1)} 秒；输出在 ${term(run.out)}（${names.join('、')}）\n`,
    `Scored ${run.reports - failures.length}, failed ${failures.length}, in ${run.seconds.toFixed(1)} s; outputs in ${term(run.out)} (${names.join(', ')})\n`,
  ));
  // which rubric scored them, always: a colleague scoring into a new folder without --rubric gets the default (new user 49)
  process.stdout.write(t(`评分细则：${run.rubric.id} ${run.rubric.version}（${term(sourceLabel(run.source))}）\n`, `Rubric: ${run.rubric.id} ${run.rubric.version} (${term(sourceLabel(run.source))})\n`));
  // the first ten of a list of files, then how many in all (new user 38: seven other-year reports were named five and 等)
  const LISTED = 10;
  const firstListed = (xs: string[]) => t(
    xs.slice(0, LISTED).map(term).join('、') + (xs.length > LISTED ? ` 等，共 ${xs.length} 个` : ''),
    xs.slice(0, LISTED).map(term).join(', ') + (xs.length > LISTED ? ` … (${xs.length} in all)` : ''));
  if (run.otherYear) {
    const { year, given, files, unranked } = run.otherYear;
    process.stdout.write(t(
      `注意：${files.length} 份报告的年度不是${given ? '本批（--year）' : '本批多数报告'}的 ${year} 年，已标记“年度与本批不同”${unranked ? '，列出分数但不参与排名（--exclude-other-years）' : ''}：${firstListed(files)}（是否误收了别的年度的报告？${unranked ? '' : '如只排本年度的报告，加 --exclude-other-years'}）\n`,
      `note: ${files.length} reports are of another year than ${given ? "the batch's (--year)" : "most of the batch's"} (${year}), flagged other_year${unranked ? ', listed with their scores but not ranked (--exclude-other-years)' : ''}: ${firstListed(files)} (another year's report collected by mistake?${unranked ? '' : ' to rank only this year\'s reports, add --exclude-other-years'})\n`,
    ));
  }
  if (run.yearNoneOf !== null) {
    process.stdout.write(t(
      `注意：没有一份报告的年度是 --year 指定的 ${run.yearNoneOf} 年${opts.excludeOtherYears ? '，因此没有报告参与排名' : ''}：年份是否写错了？\n`,
      `note: no report is of the year --year names (${run.yearNoneOf})${opts.excludeOtherYears ? ', so none is ranked' : ''}: is the year mistyped?\n`,
    ));
  }
  if (run.mixedYears) {
    const zh = run.mixedYears.map(([y, n]) => `${y} 年 ${n} 份`).join('、');
    const en = run.mixedYears.map(([y, n]) => `${n} of ${y}`).join(', ');
    // the example is the latest year, the round's most often: the most frequent was an earlier year's batch sent late (nu39)
    const latest = Math.max(...run.mixedYears.map(([y]) => y));
    process.stdout.write(t(
      `注意：本批报告的年度不一（${zh}），没有哪一年占多数，未标记“年度与本批不同”${opts.excludeOtherYears ? '，--exclude-other-years 没有排除任何报告' : ''}；如本批只评一个年度，请用 --year 指定（如 --year ${latest}）后重新评分\n`,
      `note: this batch's reports are of several years (${en}), none most of them, so none is flagged other_year${opts.excludeOtherYears ? ' and --exclude-other-years kept none out of the ranking' : ''}; if the batch is one year's, name it with --year (e.g. --year ${latest}) and score again\n`,
    ));
  }
  if (run.sameUnit.length) {
    process.stdout.write(t(
      `注意：${run.sameUnit.length} 份报告与本批另一份报告是同一单位同一年度的，已标记“同一单位重复”，两份都参与了排名：${firstListed(run.sameUnit)}（是否重复报送或修改稿？请保留一份后重新评分）\n`,
      `note: ${run.sameUnit.length} reports are of the same unit and year as another in the batch, flagged same_unit, and each is ranked: ${firstListed(run.sameUnit)} (sent twice, or a revised copy? keep one and score again)\n`,
    ));
  }
  if (run.notAnnual.length) {
    process.stdout.write(t(
      `注意：${run.notAnnual.length} 个文件的标题表明不是年度情况报告（工作计划、通知等），正文不计分，但仍列在排名中：${firstListed(run.notAnnual)}（是否误收？核对后请移出本批）\n`,
      `note: ${run.notAnnual.length} files are by their title no year's report (a plan, a notice …): their body earns nothing, but they are still ranked: ${firstListed(run.notAnnual)} (collected by mistake? check and remove them from the batch)\n`,
    ));
  }
  if (run.notReports.length) {
    process.stdout.write(t(
      `另有 ${run.notReports.length} 个文件不是报告格式，未评分：${firstListed(run.notReports)}（报告请存为 .txt、.docx、.doc、.wps、.pdf、.ofd 或 .html）\n`,
      `${run.notReports.length} more files are not in a report format and were not scored: ${firstListed(run.notReports)} (save reports as .txt, .docx, .doc, .wps, .pdf, .ofd or .html)\n`,
    ));
  }
}

/**
 * For `npm run bench`: what only this process can measure — its peak RSS and CPU time (all threads),
 * the time from process start to the first report scored (a worker's clock, in epoch milliseconds).
 */
function writeBenchStats(path: string, s: { firstScoredAt: number; nearDuplicateMs: number }, reports: number, cache: { hit: number; partial: number; miss: number }) {
  const u = process.resourceUsage();
  writeFileAtomic(path, JSON.stringify({
    reports, maxRssMb: u.maxRSS / 1024, cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6,
    firstScoredMs: Number.isFinite(s.firstScoredAt) ? s.firstScoredAt - performance.timeOrigin : 0, nearDuplicateMs: s.nearDuplicateMs,
    cache: { hit: cache.hit, partial: cache.partial, miss: cache.miss },
  }));
}
