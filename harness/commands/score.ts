/** `rubric score`: score every report in a corpus and write the ranked outputs. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRubric } from '../../engine/rubric/load.js';
import { coverageReport } from '../../engine/coverage.js';
import { deadLines } from './coverage-lines.js';
import { listCorpus } from '../corpus.js';
import { t } from '../i18n.js';
import { defaultWorkers, scoreCorpus } from '../pool.js';
import { rankResults } from '../ranking.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../writers/atomic.js';
import { toCsv } from '../writers/csv.js';
import { toJsonl } from '../writers/jsonl.js';
import type { Lang } from '../writers/evidence-text.js';

export interface ScoreOptions { rubric: string; corpus: string; out: string; workers?: string; maxMb?: string; lang: Lang; quiet?: boolean; coverage?: boolean }

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
  for (const w of rubric.warnings) process.stderr.write(`${t('警告', 'warning')}: ${w.file} ${w.path}: ${w.message}\n`);
  const files = listCorpus(corpus);
  if (files.length === 0) throw new UsageError(t(`${corpus} 中没有 .txt 报告：请把报告放进该文件夹，或用 --corpus 指定其他文件夹。`, `No .txt reports in ${corpus}: put reports there, or point --corpus elsewhere.`));

  const results = await scoreCorpus(files, { rubric: { path: rubric.file }, workers, maxBytes: maxMb * 1024 * 1024, coverage: opts.coverage });
  const ranked = rankResults(results);
  const out = resolve(opts.out);
  writeFileAtomic(join(out, 'ranking.csv'), toCsv(rubric, ranked, opts.lang));
  writeFileAtomic(join(out, 'results.jsonl'), toJsonl(ranked));

  if (opts.coverage) {
    const coverage = coverageReport(rubric, results.filter((r) => !r.error).map((r) => r.held ?? []));
    writeFileAtomic(join(out, 'coverage.json'), JSON.stringify(coverage, null, 2) + '\n');
    if (!opts.quiet) {
      process.stdout.write(t(`条件覆盖：${coverage.conditions.length} 个条件，${coverage.dead.length} 个从未成立（详见 coverage.json）\n`, `Coverage: ${coverage.conditions.length} conditions, ${coverage.dead.length} never held (see coverage.json)\n`));
      process.stdout.write(deadLines(coverage).join('\n') + (coverage.dead.length ? '\n' : ''));
    }
  }
  const failed = ranked.filter((r) => r.error);
  for (const f of failed) process.stderr.write(`${t('未评分', 'not scored')}: ${f.file} [${f.error!.code}] ${f.error!.message}\n`);
  if (!opts.quiet) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(t(
      `已评分 ${ranked.length - failed.length} 份，失败 ${failed.length} 份，用时 ${secs} 秒；输出在 ${out}（ranking.csv、results.jsonl）\n`,
      `Scored ${ranked.length - failed.length}, failed ${failed.length}, in ${secs} s; outputs in ${out} (ranking.csv, results.jsonl)\n`,
    ));
  }
  return failed.length ? 1 : 0;
}
