/** `rubric score`: score every report in a corpus and write the ranked outputs. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CoverageCounter } from '../../engine/scoring/coverage.js';
import { loadRubric } from '../../engine/rubric/load.js';
import { scanCorpus } from '../corpus.js';
import { FORMATS, fileDocLoader, writeExtraOutputs, type ExtraOutputsResult, type Format } from '../outputs.js';
import { progressBar } from '../progress.js';
import { t } from '../i18n.js';
import { DEFAULT_BUDGET_MS, defaultWorkers, InterruptedError, scoreCorpusRendered } from '../pool.js';
import { csvCells, renderResult } from '../render.js';
import { ResultSpool } from '../spool.js';
import { rubricMessage } from '../messages.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../writers/atomic.js';
import { csvHeader } from '../writers/csv.js';
import type { Lang } from '../writers/evidence-text.js';
import { safeCell } from '../writers/safe-cell.js';
import { deadLines } from './coverage-lines.js';
import { findNearDuplicates, SignatureStore, type NearDuplicate } from '../../engine/corpus/near-duplicates.js';

function nearDuplicatesCsv(d: Map<string, NearDuplicate[]>, lang: Lang): string {
  const head = lang === 'zh' ? ['文件', '相似报告', '重合比例'] : ['file', 'other', 'share'];
  const rows = [...d].sort((a, b) => (a[0] < b[0] ? -1 : 1)).flatMap(([file, ms]) => ms.map((m) => [file, m.other, m.share.toFixed(2)].map(safeCell)));
  return '\ufeff' + [head, ...rows].map((r) => csvCells(r)).join('\r\n') + '\r\n';
}

export interface ScoreOptions {
  rubric: string; corpus: string; out: string; workers?: string; maxMb?: string; lang: Lang; quiet?: boolean; coverage?: boolean;
  /** commander's --no-cache sets this false */
  cache?: boolean; cacheDir?: string; nearDuplicates?: boolean; timeBudget?: string; format?: string; workerMemory?: string;
}

export function parseFormats(v: string | undefined): Set<Format> {
  if (v === undefined || v === 'all') return new Set(FORMATS);
  const list = v.split(',').map((x) => x.trim()).filter(Boolean);
  const bad = list.filter((x) => !(FORMATS as readonly string[]).includes(x));
  if (bad.length || !list.length) throw new UsageError(t(`--format 只能是 ${FORMATS.join(',')} 的组合（收到 "${v}"）。`, `--format takes a comma-separated subset of ${FORMATS.join(',')} (got "${v}").`));
  return new Set(list as Format[]);
}

export function parseMemory(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 32) throw new UsageError(t(`--worker-memory 必须是不小于 32 的整数（MB），收到 "${v}"。`, `--worker-memory must be an integer of at least 32 (MB), got "${v}".`));
  return n;
}

export function parseBudget(v: string | undefined): number {
  if (v === undefined) return DEFAULT_BUDGET_MS;
  const s = Number(v);
  if (!(s > 0)) throw new UsageError(t(`--time-budget 必须是正数（秒），收到 "${v}"。`, `--time-budget must be a positive number of seconds (got "${v}").`));
  return s * 1000;
}

/** The cache folder for a run: --cache-dir, else .cache inside the output folder; none with --no-cache. */
export function cacheDirOf(opts: { cache?: boolean; cacheDir?: string }, out: string): string | undefined {
  if (opts.cache === false) return undefined;
  return resolve(opts.cacheDir ?? join(out, '.cache'));
}

export function nearDuplicateCell(matches: NearDuplicate[] | undefined, lang: Lang): string {
  if (!matches?.length) return '';
  const list = matches.slice(0, 3).map((m) => `${m.other} ${Math.round(m.share * 100)}%`).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `（与 ${list} 重合）` : ` (shares text with ${list})`;
}

export function parseWorkers(v: string | undefined): number {
  if (v === undefined) return defaultWorkers();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(t(`--workers 必须是 1 到 64 之间的整数（收到 "${v}"）。`, `--workers must be an integer from 1 to 64 (got "${v}").`));
  return n;
}

export function checkCorpus(dir: string): string {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(t(`找不到报告文件夹 ${abs}：请用 --corpus 指定存放报告的文件夹。`, `Corpus folder ${abs} not found: point --corpus at the folder that holds the reports.`));
  return abs;
}

export async function runScore(opts: ScoreOptions): Promise<number> {
  const started = Date.now();
  const corpus = checkCorpus(opts.corpus);
  const workers = parseWorkers(opts.workers);
  const maxMb = opts.maxMb === undefined ? 50 : Number(opts.maxMb);
  if (!(maxMb > 0)) throw new UsageError(t('--max-mb 必须是正数。', '--max-mb must be a positive number.'));
  const rubric = loadRubric(opts.rubric);
  for (const w of rubric.warnings) process.stderr.write(`${t('警告', 'warning')}: ${w.file} ${w.path}: [${w.code}] ${rubricMessage(w)}\n`);
  const { files } = scanCorpus(corpus); // documents in formats we do not read are among them: they become error rows
  if (files.length === 0) throw new UsageError(t(`${corpus} 中没有报告（.txt、.docx、.doc、.wps、.pdf、.ofd、.html）：请把报告放进该文件夹，或用 --corpus 指定其他文件夹。`, `No reports (.txt, .docx, .doc, .wps, .pdf, .ofd, .html) in ${corpus}: put reports there, or point --corpus elsewhere.`));

  const budgetMs = parseBudget(opts.timeBudget);
  const formats = parseFormats(opts.format);
  const out = resolve(opts.out);
  const spool = new ResultSpool(out);
  let extra: ExtraOutputsResult = { written: [], skipped: [] };
  // SIGINT/SIGTERM: stop handing out work, cancel what runs, write nothing partial
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const coverage = new CoverageCounter();
  const failures: Array<{ file: string; code: string; message: string }> = [];
  const signatures = new SignatureStore();
  const cacheStats = { hit: 0, partial: 0, miss: 0, warnings: [] as string[] };
  const nearDuplicates = opts.nearDuplicates !== false;
  let duplicates = new Map<string, NearDuplicate[]>();
  const progress = progressBar(files.length, !opts.quiet);
  const stats = process.env.RUBRIC_STATS ? { latencies: [] as number[], firstResultMs: 0, nearDuplicateMs: 0 } : null;
  try {
    await scoreCorpusRendered(files, {
      rubric: { path: rubric.file }, workers, maxBytes: maxMb * 1024 * 1024, coverage: opts.coverage, lang: opts.lang,
      signature: nearDuplicates, cacheDir: cacheDirOf(opts, out), budgetMs, signal: interrupt.signal, workerHeapMb: parseMemory(opts.workerMemory),
    }, (r) => {
      spool.add(r);
      progress.tick(r.failed);
      if (r.error) failures.push({ file: r.file, ...r.error });
      else if (r.held) coverage.add(r.held);
      if (r.signature) signatures.add(r.file, r.signature);
      if (r.cache) cacheStats[r.cache]++;
      if (r.cacheWarning) cacheStats.warnings.push(r.cacheWarning);
      if (stats) { if (!stats.firstResultMs) stats.firstResultMs = performance.now(); if (r.ms !== undefined) stats.latencies.push(r.ms); }
    }, (r) => renderResult(rubric, r, opts.lang));
    const nd0 = performance.now();
    if (nearDuplicates) duplicates = findNearDuplicates(signatures);
    if (stats) stats.nearDuplicateMs = performance.now() - nd0;
    const written = spool.finish(
      csvCells(csvHeader(rubric, opts.lang).map(safeCell)) + '\r\n',
      (file, flags) => (duplicates.has(file) ? [...flags, 'near_duplicate'].sort() : flags),
      (file, flags) => csvCells([safeCell(flags.join(';') + nearDuplicateCell(duplicates.get(file), opts.lang))]),
      { csv: formats.has('csv'), jsonl: formats.has('jsonl') },
    );
    if (duplicates.size) writeFileAtomic(join(out, 'near-duplicates.csv'), nearDuplicatesCsv(duplicates, opts.lang));
    progress.stop();
    try {
      extra = await writeExtraOutputs(rubric, out, written.jsonlPath, formats, opts.lang, fileDocLoader(files), spool.size);
    } finally {
      written.cleanup();
    }
  } catch (e) {
    progress.stop();
    spool.dispose();
    if (e instanceof InterruptedError) {
      process.stderr.write(t(`已中断：未写入任何输出，${out} 中之前的完整结果保持不变。\n`, `Interrupted: nothing was written; the previous complete outputs in ${out} are unchanged.\n`));
      return 130;
    }
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  if (opts.coverage) {
    const report = coverage.report(rubric);
    writeFileAtomic(join(out, 'coverage.json'), JSON.stringify(report, null, 2) + '\n');
    if (!opts.quiet) {
      process.stdout.write(t(`条件覆盖：${report.conditions.length} 个条件，${report.dead.length} 个从未成立（详见 coverage.json）\n`, `Coverage: ${report.conditions.length} conditions, ${report.dead.length} never held (see coverage.json)\n`));
      process.stdout.write(deadLines(report).join('\n') + (report.dead.length ? '\n' : ''));
    }
  }
  if (cacheStats.warnings.length) {
    process.stderr.write(t(`警告：忽略了 ${cacheStats.warnings.length} 个损坏或不匹配的缓存文件（已重新评分并覆盖），例如 ${cacheStats.warnings[0]}\n`, `warning: ignored ${cacheStats.warnings.length} corrupt or foreign cache entries (rescored and overwritten), e.g. ${cacheStats.warnings[0]}\n`));
  }
  for (const sk of extra.skipped) process.stderr.write(t(`提示：报告数（${sk.reason}）过多，未生成 ${sk.format === 'xlsx' ? 'ranking.xlsx' : 'report.html'}；请使用 ranking.csv。\n`, `note: too many reports (${sk.reason}) for ${sk.format === 'xlsx' ? 'ranking.xlsx' : 'report.html'}; use ranking.csv.\n`));
  failures.sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const f of failures) process.stderr.write(`${t('未评分', 'not scored')}: ${f.file} [${f.code}] ${f.message}\n`);
  if (!opts.quiet) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (cacheStats.hit + cacheStats.partial) process.stdout.write(t(`缓存：${cacheStats.hit} 份未变，${cacheStats.partial} 份只重算了改动的评分项，${cacheStats.miss} 份全新评分\n`, `Cache: ${cacheStats.hit} unchanged, ${cacheStats.partial} re-evaluated only changed criteria, ${cacheStats.miss} scored in full\n`));
    if (duplicates.size) process.stdout.write(t(`疑似雷同：${duplicates.size} 份报告（见 near-duplicates.csv）\n`, `Near-duplicates: ${duplicates.size} reports (see near-duplicates.csv)\n`));
    const names = [...(formats.has('csv') ? ['ranking.csv'] : []), ...extra.written, ...(formats.has('jsonl') ? ['results.jsonl'] : [])];
    process.stdout.write(t(
      `已评分 ${spool.size - failures.length} 份，失败 ${failures.length} 份，用时 ${secs} 秒；输出在 ${out}（${names.join('、')}）\n`,
      `Scored ${spool.size - failures.length}, failed ${failures.length}, in ${secs} s; outputs in ${out} (${names.join(', ')})\n`,
    ));
  }
  if (stats) writeBenchStats(process.env.RUBRIC_STATS!, stats, spool.size, cacheStats);
  return failures.length ? 1 : 0;
}

/** For `npm run bench`: what only this process can measure (its peak RSS, its first result, per-report latencies). */
function writeBenchStats(path: string, s: { latencies: number[]; firstResultMs: number; nearDuplicateMs: number }, reports: number, cache: { hit: number; partial: number; miss: number }) {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  const q = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0);
  writeFileAtomic(path, JSON.stringify({
    reports, maxRssMb: process.resourceUsage().maxRSS / 1024, firstResultMs: s.firstResultMs, nearDuplicateMs: s.nearDuplicateMs,
    latencyP50Ms: q(0.5), latencyP99Ms: q(0.99), cache: { hit: cache.hit, partial: cache.partial, miss: cache.miss },
  }));
}
