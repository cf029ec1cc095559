/** `rubric eval`: how far the rubric agrees with human gold labels, where it disagrees and why, and which conditions never held. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coverageReport, type CoverageReport } from '../../engine/scoring/coverage.js';
import { evaluate, type EvalReport, type GoldFile } from '../../engine/eval/evaluate.js';
import { readGold } from '../../engine/eval/gold.js';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import { parseJson } from '../../engine/rubric/load.js';
import { loadRubricSource, parseRubricArg } from '../../engine/rubric/source.js';
import { checkCorpus, listCorpus } from '../corpus.js';
import { selectByName } from '../corpus-select.js';
import { num, pad, pct } from '../format.js';
import type { SectionKind } from '../../engine/types.js';
import { getLang, t } from '../i18n.js';
import { DEFAULT_BUDGET_MS, scoreCorpus } from '../pool.js';
import { workersForFiles } from '../pool-size.js';
import { formatRubricError, goldProblemMessage, reportMessage } from '../messages.js';
import { UsageError } from '../usage-error.js';
import { evidenceLine, outcomeWord, SECTION_KIND } from '../writers/evidence-text.js';
import { deadLines } from './coverage-lines.js';
import { term } from '../terminal.js';
import type { CorpusFile } from '../corpus.js';
import type { ReviewDecision } from '../review/decision.js';
import { goldFromDecisions } from '../review/gold.js';
import { readReviewFile } from '../review/read.js';
import { checkDecisions } from '../review/stale.js';
import { reviewLines } from '../review/summary.js';

export interface EvalOptions { gold: string; rubric: string; corpus: string; json?: boolean; workers?: number; minAccuracy?: number; cache?: boolean; cacheDir?: string; timeBudget?: number }

/**
 * A hand-written gold file, checked against the rubric (engine/eval/gold.ts): a shape problem, a
 * criterion or deduction id the rubric lacks, or a cell that is not an outcome or points is a usage
 * error naming the file, the report and the key — never a silently skipped cell.
 */
export function loadGold(path: string, rubric?: CompiledRubric): GoldFile {
  const abs = resolve(path);
  let text: string;
  try { text = readFileSync(abs, 'utf8'); } catch { throw new UsageError(t(`找不到金标准文件 ${abs}。`, `Gold file ${abs} not found.`)); }
  const parsed = parseJson(text, abs);
  if (parsed.error) throw new UsageError(formatRubricError(parsed.error));
  const { gold, problems } = readGold(parsed.value, rubric);
  if (gold) return gold;
  throw new UsageError(problems.slice(0, 20).map((p) => goldProblemMessage(abs, p)).join('\n'));
}

/** review.csv / review.xlsx: the assessors' decisions as gold (harness/review/gold.ts). */
export const isReviewFile = (path: string) => /\.(csv|xlsx)$/i.test(path);

export async function runEval(opts: EvalOptions): Promise<number> {
  const source = parseRubricArg(opts.rubric);
  const fromReview = isReviewFile(opts.gold);
  const rubric = loadRubricSource(source);
  let gold = fromReview ? null : loadGold(opts.gold, rubric);
  const corpus = checkCorpus(opts.corpus);
  const corpusFiles = listCorpus(corpus);
  let found: Map<string, CorpusFile>;
  let decisions: Map<string, ReviewDecision[]> | null = null;
  if (fromReview) {
    const review = await readReviewFile(opts.gold, rubric);
    const checked = checkDecisions(review.decisions, corpusFiles);
    if (checked.missing.length) throw new UsageError(t(`复核文件中的这些报告不在 ${corpus} 中：${[...new Set(checked.missing.map((d) => d.file))].join('、')}。请用 --corpus 指定评分时的报告文件夹。`, `These reviewed reports are not in ${corpus}: ${[...new Set(checked.missing.map((d) => d.file))].join(', ')}. Point --corpus at the folder that was scored.`));
    for (const line of reviewLines(checked, getLang()).slice(1)) process.stderr.write(line + '\n');
    if (!checked.byFile.size) throw new UsageError(t(`${review.path} 中还没有可用的决定（“决定”一栏为空或已过期）：先填写决定，再对照评估。`, `${review.path} has no usable decisions yet (决定 empty or stale): decide some cells first.`));
    decisions = checked.byFile;
    const byRel = new Map(corpusFiles.map((f) => [f.rel, f]));
    found = new Map([...checked.byFile.keys()].map((rel) => [rel, byRel.get(rel)!]));
  } else {
    const sel = selectByName(corpusFiles, gold!.reports.map((r) => r.file));
    if (sel.missing.length) throw new UsageError(t(`金标准中的这些报告不在 ${corpus} 中：${sel.missing.join('、')}。请把它们放进报告文件夹，或用 --corpus 指定正确的文件夹。`, `These gold reports are not in ${corpus}: ${sel.missing.join(', ')}. Add them, or point --corpus at the right folder.`));
    found = sel.found;
  }

  const files = [...found.values()];
  // coverage needs every condition traced, so the scoring pass runs in full; the cache is refreshed
  const results = await scoreCorpus(files, { rubric: source, workers: workersForFiles(files, opts.workers), coverage: true, budgetMs: opts.timeBudget ?? DEFAULT_BUDGET_MS });
  const byGoldName = new Map<string, (typeof results)[number]>();
  const byRel = new Map(results.map((r) => [r.file, r]));
  for (const [name, f] of found) byGoldName.set(name, byRel.get(f.rel)!);
  if (decisions) gold = goldFromDecisions(rubric, decisions, byGoldName);
  const report = evaluate(rubric, gold!, byGoldName);
  const coverage = coverageReport(rubric, results.filter((r) => !r.error).map((r) => r.held ?? []));

  if (opts.json) process.stdout.write(JSON.stringify({ ...report, failed: report.failed.map((f) => ({ ...f, message: reportMessage(f.file, f) })), coverage }, null, 2) + '\n');
  else printEval(report, coverage, fromReview);
  const min = opts.minAccuracy ?? null;
  if (min !== null && (report.accuracy ?? 0) < min) {
    process.stderr.write(t(`一致率 ${pct(report.accuracy)} 低于要求的 ${pct(min)}。\n`, `Accuracy ${pct(report.accuracy)} is below the required ${pct(min)}.\n`));
    return 1;
  }
  return report.failed.length ? 1 : 0;
}

function printEval(r: EvalReport, coverage: CoverageReport, fromReview = false): void {
  const out: string[] = [];
  out.push(t(`评分细则 ${r.rubric.id} ${r.rubric.version}（${r.rubric.hash}）对照${fromReview ? '评分人的复核决定' : '金标准'}：${r.reports} 份报告，${r.cells} 个单元格`, `Rubric ${r.rubric.id} ${r.rubric.version} (${r.rubric.hash}) against ${fromReview ? "the assessors' decisions" : 'gold'}: ${r.reports} reports, ${r.cells} cells`));
  // the statistics' names in the output's language, each with the abbreviation a statistician looks for (nu34)
  out.push(`  ${t('一致', 'agree')}: ${r.agree}/${r.cells} = ${pct(r.accuracy)}    ${t('二次加权 kappa（QWK）', 'QWK')}: ${num(r.qwk)}`);
  out.push(`  ${t('总分', 'totals')}: ${t('平均绝对误差（MAE）', 'MAE')} ${num(r.totals.mae, 2)}    ${t('秩相关 Spearman', 'Spearman')} ${num(r.totals.spearman)}    Kendall ${num(r.totals.kendall)}`);
  out.push(`  ${t('扣分', 'deductions')}: ${t('扣对（tp）', 'tp')} ${r.deductions.tp}  ${t('误扣（fp）', 'fp')} ${r.deductions.fp}  ${t('漏扣（fn）', 'fn')} ${r.deductions.fn}    ${t('查准率', 'precision')} ${pct(r.deductions.precision)}  ${t('查全率', 'recall')} ${pct(r.deductions.recall)}`);
  for (const m of r.deductions.misses) out.push(`    ${m.kind === 'fp' ? t('误扣', 'false') : t('漏扣', 'missed')} ${m.id}: ${term(m.file)}`);
  out.push('', t('各评分项：', 'Per criterion:'));
  out.push(`  ${pad('id', 28)}${pad(t('准确率', 'accuracy'), 10)}${pad(t('达标查准', 'met P'), 9)}${pad(t('达标查全', 'met R'), 9)}${t('混淆矩阵（行=金标准 达标/部分/未达标）', 'confusion (rows = gold met/partial/unmet)')}`);
  for (const [id, c] of Object.entries(r.per_criterion)) {
    const m = c.confusion;
    const conf = (['met', 'partial', 'unmet'] as const).map((g) => `[${m[g].met} ${m[g].partial} ${m[g].unmet}]`).join(' ');
    // points gold (a scheme's graded or sub-item criteria): the mean absolute error of the points too
    const mae = c.points_cells ? `    ${t('分值平均绝对误差', 'points MAE')} ${num(c.points_mae ?? null, 2)} (n=${c.points_cells})` : '';
    out.push(`  ${pad(id, 28)}${pad(pct(c.accuracy), 10)}${pad(pct(c.met_precision), 9)}${pad(pct(c.met_recall), 9)}${conf}${mae}`);
  }
  out.push('', t(`不一致（${r.disagreements.length}）：`, `Disagreements (${r.disagreements.length}):`));
  const show = (d: EvalReport['disagreements'][number]) => {
    // points gold: the points beside the outcome (gold partial 3, engine partial 1)
    const p = (x: number | undefined) => (x === undefined ? '' : ` ${x}`);
    // the outcome in the output's language (a new user, nu33: 金标准 met, 引擎 unmet in a Chinese line); English keeps the ids
    const o = (x: string) => outcomeWord(x, getLang());
    out.push(`  ${term(d.file)} ${d.criterion}: ${t('金标准', 'gold')} ${o(d.gold)}${p(d.gold_points)}, ${t('引擎', 'engine')} ${o(d.engine)}${p(d.engine_points)}${d.planned_only ? t('（仅计划）', ' (planned_only)') : ''}`);
    for (const e of d.evidence.slice(0, 3)) out.push(`      [${SECTION_KIND[getLang()][e.kind as SectionKind] ?? e.kind}] ${term(evidenceLine(e, getLang()))}`);
    if (!d.evidence.length) out.push(`      ${t('（引擎未找到证据）', '(the engine found no evidence)')}`);
  };
  r.disagreements.forEach(show);
  if (r.points_disagreements.length) {
    out.push('', t(`结果一致但分值不同（${r.points_disagreements.length}）：`, `Same outcome, different points (${r.points_disagreements.length}):`));
    r.points_disagreements.forEach(show);
  }
  for (const f of r.failed) out.push(`  ${t('未评分：', 'not scored: ')}${term(f.file)} [${f.code}] ${term(reportMessage(f.file, f))}`);
  out.push('', t(`条件覆盖：${coverage.conditions.length} 个条件，${coverage.dead.length} 个在这批报告上从未成立：`, `Coverage: ${coverage.conditions.length} conditions, ${coverage.dead.length} never held on these reports:`));
  out.push(...deadLines(coverage));
  process.stdout.write(out.join('\n') + '\n');
}
