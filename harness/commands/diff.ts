/** `rubric diff OLD NEW`: score the corpus with both rubrics and show what the change does — terminal, --json, and a Markdown file for review. */
import { join, resolve } from 'node:path';
import { diffResults, type RubricDiff } from '../../engine/eval/diff.js';
import { loadRubricSource, parseRubricArg, sourceLabel } from '../../engine/rubric/source.js';
import { checkCorpus, listCorpus } from '../corpus.js';
import { cacheDirOf } from '../options.js';
import { CacheHits } from '../cache-hits.js';
import { ResultCache } from '../../engine/scoring/cache.js';
import { term } from '../terminal.js';
import { t } from '../i18n.js';
import { DEFAULT_BUDGET_MS, defaultWorkers, scoreCorpus } from '../pool.js';
import { rankResults } from '../ranking.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../writers/atomic.js';
import { snippet } from '../writers/evidence-text.js';

export interface DiffOptions { corpus: string; out: string; json?: boolean; workers?: number; cache?: boolean; cacheDir?: string; timeBudget?: number }

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const fmtTotal = (x: number | null) => (x === null ? '–' : String(x));

export async function runDiff(oldArg: string, newArg: string, opts: DiffOptions): Promise<number> {
  const sources = [parseRubricArg(oldArg), parseRubricArg(newArg)];
  const [oldRubric, newRubric] = sources.map((s) => loadRubricSource(s));
  const corpus = checkCorpus(opts.corpus);
  const files = listCorpus(corpus);
  if (!files.length) throw new UsageError(t(`${corpus} 中没有报告。`, `No reports in ${corpus}.`));
  const workers = opts.workers ?? defaultWorkers();
  const cacheDir = cacheDirOf(opts, resolve(opts.out));
  const budgetMs = opts.timeBudget ?? DEFAULT_BUDGET_MS;
  // unchanged reports whose results both rubrics have cached are answered without a worker
  const hits = (rubric: typeof oldRubric) => (cacheDir ? new CacheHits(new ResultCache(cacheDir), rubric, { maxBytes: 50 * 1024 * 1024 }) : undefined);
  const before = rankResults(await scoreCorpus(files, { rubric: sources[0], workers, cacheDir, cacheHits: hits(oldRubric), budgetMs }));
  const after = rankResults(await scoreCorpus(files, { rubric: sources[1], workers, cacheDir, cacheHits: hits(newRubric), budgetMs }));
  const diff = diffResults(before, after);
  const labels = sources.map(sourceLabel);
  const md = toMarkdown(diff, labels[0], labels[1], [oldRubric.version, newRubric.version]);
  const mdPath = join(resolve(opts.out), 'diff.md');
  writeFileAtomic(mdPath, md);
  if (opts.json) process.stdout.write(JSON.stringify({ old: labels[0], new: labels[1], ...diff }, null, 2) + '\n');
  else process.stdout.write(toTerminal(diff, labels[0], labels[1]) + t(`\nMarkdown 报告：${mdPath}\n`, `\nMarkdown report: ${mdPath}\n`));
  return 0;
}

function toTerminal(d: RubricDiff, oldL: string, newL: string): string {
  const out: string[] = [];
  out.push(`${oldL}  →  ${newL}`);
  out.push(t(`${d.reports} 份报告中 ${d.summary.reportsChanged} 份有变化；总分平均绝对变化 ${d.summary.meanAbsoluteChange.toFixed(2)}`, `${d.summary.reportsChanged} of ${d.reports} reports changed; mean absolute change of totals ${d.summary.meanAbsoluteChange.toFixed(2)}`));
  for (const c of d.summary.criteria) out.push(`  ${c.id}: ${c.reports} ${t('份报告', 'reports')}, ${t('分数', 'points')} ${signed(c.pointsDelta)}  ${Object.entries(c.transitions).map(([k, v]) => `${k}×${v}`).join(' ')}`);
  for (const m of d.summary.largestRankMoves) out.push(`  ${t('名次', 'rank')} ${m.rankBefore} → ${m.rankAfter}  ${term(m.file)}`);
  for (const r of d.changed) {
    out.push('', `${term(r.file)}: ${t('总分', 'total')} ${fmtTotal(r.totalBefore)} → ${fmtTotal(r.totalAfter)}, ${t('名次', 'rank')} ${r.rankBefore ?? '–'} → ${r.rankAfter ?? '–'}`);
    for (const c of r.criteria) {
      out.push(`  ${c.id}: ${c.before} → ${c.after} (${signed(c.pointsAfter - c.pointsBefore)})`);
      for (const e of c.evidenceBefore.slice(0, 2)) out.push(`    − L${e.line} ${term(e.section)}：${term(snippet(e))}`);
      for (const e of c.evidenceAfter.slice(0, 2)) out.push(`    + L${e.line} ${term(e.section)}：${term(snippet(e))}`);
    }
    if (r.deductionsBefore.join() !== r.deductionsAfter.join()) out.push(`  ${t('扣分', 'deductions')}: [${r.deductionsBefore.join(', ')}] → [${r.deductionsAfter.join(', ')}]`);
  }
  return out.join('\n') + '\n';
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function toMarkdown(d: RubricDiff, oldL: string, newL: string, versions: string[]): string {
  const out: string[] = [];
  out.push(`# Rubric diff: \`${oldL}\` (${versions[0]}) → \`${newL}\` (${versions[1]})`, '');
  out.push(`- Reports: ${d.reports}; changed: **${d.summary.reportsChanged}**`);
  out.push(`- Mean absolute change of totals: ${d.summary.meanAbsoluteChange.toFixed(2)}`, '');
  if (d.summary.criteria.length) {
    out.push('## Criteria responsible', '', '| criterion | reports | points | transitions |', '|---|---:|---:|---|');
    for (const c of d.summary.criteria) out.push(`| ${c.id} | ${c.reports} | ${signed(c.pointsDelta)} | ${Object.entries(c.transitions).map(([k, v]) => `${k} ×${v}`).join(', ')} |`);
    out.push('');
  }
  if (d.summary.largestRankMoves.length) {
    out.push('## Largest rank moves', '', '| report | rank before | rank after |', '|---|---:|---:|');
    for (const m of d.summary.largestRankMoves) out.push(`| ${mdCell(m.file)} | ${m.rankBefore} | ${m.rankAfter} |`);
    out.push('');
  }
  out.push('## Reports', '');
  if (!d.changed.length) out.push('No report changed.');
  for (const r of d.changed) {
    out.push(`### ${mdCell(r.file)}`, '', `Total ${fmtTotal(r.totalBefore)} → ${fmtTotal(r.totalAfter)}, rank ${r.rankBefore ?? '–'} → ${r.rankAfter ?? '–'}`, '');
    if (r.criteria.length) {
      out.push('| criterion | before | after | evidence before | evidence after |', '|---|---|---|---|---|');
      for (const c of r.criteria) {
        const ev = (es: typeof c.evidenceBefore) => es.slice(0, 2).map((e) => mdCell(`L${e.line} ${e.section}: ${snippet(e)}`)).join('<br>');
        out.push(`| ${c.id} | ${c.before} | ${c.after} | ${ev(c.evidenceBefore)} | ${ev(c.evidenceAfter)} |`);
      }
      out.push('');
    }
    if (r.deductionsBefore.join() !== r.deductionsAfter.join()) out.push(`Deductions: [${r.deductionsBefore.join(', ')}] → [${r.deductionsAfter.join(', ')}]`, '');
  }
  return out.join('\n') + '\n';
}
