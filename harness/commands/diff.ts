/** `rubric diff OLD NEW`: score the corpus with both rubrics and show what the change does — terminal, --json, and a Markdown file for review. */
import { join, resolve } from 'node:path';
import { diffResults, type Driver, type ReportChange, type RubricDiff } from '../../engine/eval/diff.js';
import { rubricWarningLines } from '../messages.js';
import { loadRubricSource, parseRubricArg, sourceLabel } from '../../engine/rubric/source.js';
import { checkCorpus, listCorpus } from '../corpus.js';
import { cacheDirOf } from '../options.js';
import { CacheHits, type PoolFile } from '../cache-hits.js';
import { ResultCache, type CacheRead } from '../../engine/scoring/cache.js';
import { term } from '../terminal.js';
import { getLang, t } from '../i18n.js';
import type { Lang } from '../writers/evidence-text.js';
import type { Evidence } from '../../engine/types.js';
import { unitKindLabel, type UnitKind } from '../writers/unit-kind.js';
const tr = t;
import type { Piscina } from 'piscina';
import { DEFAULT_BUDGET_MS, defaultWorkers, destroyPool, openPool, scoreCorpusEach } from '../pool.js';
import { DiffCollector } from '../diff-keep.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../writers/atomic.js';
import { conditionLabel, countedNote, nameIn, OPERATOR_SIGN, outcomeWord, snippet } from '../writers/evidence-text.js';
import { ruleChanges, type RuleChange } from '../../engine/eval/rule-changes.js';

export interface DiffOptions { corpus: string; out: string; json?: boolean; workers?: number; cache?: boolean; cacheDir?: string; timeBudget?: number }

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** A transition key of engine/eval/diff.ts (met→partial) in the output's language (outcomeWord: nu33 read met → partial in a Chinese diff; --json keeps the ids). */
const transitionWord = (key: string, lang: Lang) => key.split('→').map((x) => outcomeWord(x, lang)).join('→');
/**
 * What a diff compares, said once: the engine's results under each rubric. An assessor's review.csv
 * is not applied (a rubric author wants to see the rule's effect, not the corrections), and a new
 * user (nu33) could not tell.
 */
const engineOnly = (say: (zh: string, en: string) => string) => say('对比的是两套细则下引擎的评分结果，不计入评分人的复核决定（review.csv）', 'compares the engine\'s results under each rubric; assessors\' review decisions (review.csv) are not applied');
const fmtTotal = (x: number | null) => (x === null ? '–' : String(x));

export { DIFF_EVIDENCE, forDiff } from '../diff-keep.js';

/**
 * The cache, remembering its last entry read: the two rubrics' CacheHits ask for the same report's
 * entry one after the other, and reading it (MAC, parse, schema check) was most of a cached diff.
 * Entries are never modified by the reader, so both may share one.
 */
class SharedReads extends ResultCache {
  private last: { key: string; read: CacheRead } | null = null;
  override read(key: string): CacheRead {
    if (this.last?.key !== key) this.last = { key, read: super.read(key) };
    return this.last.read;
  }
}

export async function runDiff(oldArg: string, newArg: string, opts: DiffOptions): Promise<number> {
  const sources = [parseRubricArg(oldArg), parseRubricArg(newArg)];
  const [oldRubric, newRubric] = sources.map((s) => loadRubricSource(s));
  // the new rubric's warnings (a threshold changed without its message) before its effect is measured
  process.stderr.write(rubricWarningLines(newRubric.warnings));
  const corpus = checkCorpus(opts.corpus);
  const files = listCorpus(corpus);
  if (!files.length) throw new UsageError(t(`${corpus} 中没有报告。`, `No reports in ${corpus}.`));
  const workers = opts.workers ?? defaultWorkers();
  const cacheDir = cacheDirOf(opts, resolve(opts.out));
  const budgetMs = opts.timeBudget ?? DEFAULT_BUDGET_MS;
  // each pass is reduced as it arrives to what the diff prints (harness/diff-keep.ts)
  const kept = new DiffCollector(resolve(opts.out));
  let diff: RubricDiff;
  let pool: Piscina | undefined;
  try {
    // unchanged reports whose results a rubric has cached are answered here without a worker, each
    // entry read once for both rubrics (a cache entry holds both definitions' results)
    let todo: [PoolFile[], PoolFile[]] = [files, files];
    let hits: [CacheHits, CacheHits] | null = null;
    if (cacheDir) {
      const store = new SharedReads(cacheDir);
      const first = new CacheHits(store, oldRubric, { maxBytes: 50 * 1024 * 1024 });
      hits = [first, new CacheHits(store, newRubric, { maxBytes: 50 * 1024 * 1024 }, first)];
      todo = [[], []];
      for (const f of files) {
        const [a, b] = [hits[0].answer(f), hits[1].answer(f)];
        if ('result' in a && 'result' in b) { kept.addPair(a.result, b.result); continue; }
        if ('result' in a) kept.add(0, a.result); else todo[0].push(a.file);
        if ('result' in b) kept.add(1, b.result); else todo[1].push(b.file);
      }
    }
    if (todo[0].length || todo[1].length) pool = openPool({ workers });
    for (const pass of [0, 1] as const) {
      const h = hits?.[pass];
      if (todo[pass].length) {
        await scoreCorpusEach(todo[pass], { rubric: sources[pass], workers, cacheDir, budgetMs, forDiff: true, pool }, (r) => {
          h?.record(r.file, r.contentKey, r.cache !== undefined && !r.error);
          kept.add(pass, r);
        });
      }
    }
    hits?.[0].save(); // one index for both rubrics (see CacheHits' sibling)
    const { before, after } = kept.inputs();
    diff = diffResults(before, after);
  } finally {
    kept.dispose();
    if (pool) await destroyPool(pool);
  }
  const labels = sources.map(sourceLabel);
  const rules = ruleChanges(oldRubric, newRubric);
  const names = criterionNames([oldRubric, newRubric], getLang());
  const md = toMarkdown(diff, labels[0], labels[1], [oldRubric.version, newRubric.version], rules, getLang(), names);
  const mdPath = join(resolve(opts.out), 'diff.md');
  writeFileAtomic(mdPath, md);
  if (opts.json) process.stdout.write(JSON.stringify({ old: labels[0], new: labels[1], rules, ...diff }, null, 2) + '\n');
  else process.stdout.write(toTerminal(diff, labels[0], labels[1], rules, names) + t(`\nMarkdown 报告：${mdPath}\n`, `\nMarkdown report: ${mdPath}\n`));
  return 0;
}

/**
 * Each criterion and deduction named as a reader knows it: its id (what a rubric author edits) and its title in the output's
 * language (述法与考核; the English title or nothing more in English) — the new rubric's, else the old one's (a criterion removed).
 * nu34: the diff named criteria by id only.
 */
export function criterionNames(rubrics: ReadonlyArray<{ criteria: ReadonlyArray<{ id: string; title: string; titleEn?: string }>; deductions: ReadonlyArray<{ id: string; title: string; titleEn?: string }> }>, lang: Lang): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of rubrics) {
    for (const c of [...r.criteria, ...r.deductions]) {
      const name = nameIn(c, lang);
      names.set(c.id, name && name !== c.id ? `${c.id} ${name}` : c.id);
    }
  }
  return names;
}

/** The reports neither rubric scored, named (the first ten) with their error codes: not counted among the reports compared. */
function notScoredLine(d: RubricDiff, say: (zh: string, en: string) => string): string {
  const names = d.notScored.slice(0, 10).map((x) => `${x.file} [${x.code}]`).join(say('、', ', ')) + (d.notScored.length > 10 ? ' …' : '');
  return say(`另有 ${d.notScored.length} 份两套细则都无法评分，不计入比较：${names}`, `${d.notScored.length} more could be scored by neither rubric and are not compared: ${names}`);
}

/** A rule change in one line: quantified_outcomes · met /all/0 quantities: ≥ 8 → ≥ 12. */
export function ruleLine(r: RuleChange): string {
  // the level in the output's language (达标, 部分, 扣分) and the condition's place as its path, named as such (nu35 read
  // "met /all/0" as jargon)
  const lang = getLang();
  const level = r.level === 'deduct' ? tr('扣分条件', 'deduction') : outcomeWord(r.level, lang);
  const where = `${r.id} · ${level}${r.path ? tr(`（条件位置 ${r.path}）`, ` (condition at ${r.path})`) : ''}${r.fact ? ` ${conditionLabel({ fact: r.fact, name: r.name, title: r.title }, lang)}` : ''}`;
  const sign = (x: { operator: string; value: number }) => `${OPERATOR_SIGN[x.operator] ?? x.operator} ${x.value}`;
  const list = (xs: string[]) => xs.slice(0, 6).map((x) => `「${x}」`).join('、') + (xs.length > 6 ? ` …（${xs.length}）` : '');
  switch (r.kind) {
    case 'threshold': return `${where}: ${sign(r.before!)} → ${sign(r.after!)}`;
    case 'params': return `${where}: ${[r.added!.length ? `${tr('增加', 'added')} ${list(r.added!)}` : '', r.removed!.length ? `${tr('删除', 'removed')} ${list(r.removed!)}` : ''].filter(Boolean).join('；')}`;
    case 'lexicon': return `${where}: ${tr(`所用词表 ${(r.lexicons ?? []).map((x) => `@${x}`).join('、') || '（@…）'} 的词有改动`, `a lexicon it names (${(r.lexicons ?? []).map((x) => `@${x}`).join(', ') || '@…'}) changed`)}`;
    case 'points': return `${where}: ${tr('分值', 'points')} ${r.points!.before} → ${r.points!.after}`;
    case 'fact': return `${where}: ${tr('换了事实', 'another fact')}`;
    case 'added': return `${where}: ${tr('新增的规则', 'new rule')}`;
    case 'removed': return `${where}: ${tr('删除的规则', 'rule removed')}`;
    case 'shape': return `${where}: ${tr('条件的结构改了', 'conditions restructured')}`;
  }
}

/** A criterion only one rubric has, in a line: 新增评分项 X：达标 39、部分 5、未达标 628 (over the reports both scored). */
function oneSidedLine(o: RubricDiff['summary']['oneSided'][number], named: (id: string) => string, lang: Lang): string {
  const counts = (['met', 'partial', 'unmet'] as const).filter((k) => o.outcomes[k]).map((k) => `${outcomeWord(k, lang)} ${o.outcomes[k]}`).join(lang === 'zh' ? '、' : ', ');
  const label = o.side === 'added' ? (lang === 'zh' ? '新增评分项' : 'new criterion') : (lang === 'zh' ? '删去的评分项' : 'criterion removed');
  return `${label} ${named(o.id)}${lang === 'zh' ? '：' : ': '}${counts}`;
}
/** A deduction's points on one side as the total feels them (−5), or 无/none where it was not taken. */
const dedPoints = (p: number | null, lang: Lang) => (p === null ? (lang === 'zh' ? '无' : 'none') : `−${p}`);
const dedTransition = (key: string, lang: Lang) => key.split('→').map((x) => (x === 'none' ? (lang === 'zh' ? '无' : 'none') : (lang === 'zh' ? '扣分' : 'deducted'))).join('→');
/** Reports whose rank alone moved (others' totals did): counted in one line, not listed one by one (new user 40: 2,800 lines). */
const rankOnlyLine = (n: number, say: (zh: string, en: string) => string) => say(`另有 ${n} 份报告只是名次随其他报告变化（总分和各项不变），不逐份列出（--json 的 changed 中标有 rankOnly）`, `${n} more report${n === 1 ? '' : 's'} moved in rank only, because others' totals did (totals and items unchanged); not listed one by one (--json marks them rankOnly in changed)`);

/** The rank among the unit's kind (类内排名, what offices publish: new user 40), when the harness knew the kind: ，乡镇（街道）类内 3 → 4. */
function kindRankText(r: ReportChange, lang: Lang): string {
  if (!r.kind) return '';
  const label = unitKindLabel(r.kind as UnitKind, lang);
  return lang === 'zh' ? `，${label}类内 ${r.kindRankBefore ?? '–'} → ${r.kindRankAfter ?? '–'}` : `, rank among ${label} reports ${r.kindRankBefore ?? '–'} → ${r.kindRankAfter ?? '–'}`;
}

/** A changed criterion's or deduction's first two evidence items on each side, for the terminal (− before, + after). */
// (with what the line gave its cell — a late 落款's deadline and days late, the quantities counted: a changed deadline showed only the
// date, new user 47)
const evidenceLines = (c: { evidenceBefore: Evidence[]; evidenceAfter: Evidence[] }, lang: Lang): string[] => [
  ...c.evidenceBefore.slice(0, 2).map((e) => `    − L${e.line} ${term(e.section)}：${term(snippet(e) + countedNote(e, lang))}`),
  ...c.evidenceAfter.slice(0, 2).map((e) => `    + L${e.line} ${term(e.section)}：${term(snippet(e) + countedNote(e, lang))}`),
];
/** …and for one cell of diff.md. */
const mdEvidence = (es: Evidence[], lang: Lang): string => es.slice(0, 2).map((e) => mdCell(`L${e.line} ${e.section}: ${snippet(e)}${countedNote(e, lang)}`)).join('<br>');

/** The evidence is the same on both sides: the outcome moved because the rule did, not the report's hits. */
const sameEvidence = (c: ReportChange['criteria'][number]) => c.evidenceBefore.length > 0 && c.evidenceBefore.map((e) => e.text).join('\u0000') === c.evidenceAfter.map((e) => e.text).join('\u0000');

function toTerminal(d: RubricDiff, oldL: string, newL: string, rules: RuleChange[] = [], names: ReadonlyMap<string, string> = new Map()): string {
  const out: string[] = [];
  const named = (id: string) => names.get(id) ?? id;
  const lang = getLang();
  out.push(`${oldL}  →  ${newL}`, engineOnly(tr));
  if (rules.length) out.push(tr('细则改动：', 'rule changes:'), ...rules.map((r) => `  ${term(ruleLine(r))}`));
  out.push(t(`${d.scored} 份报告中 ${d.summary.reportsChanged} 份有变化；总分平均绝对变化 ${d.summary.meanAbsoluteChange.toFixed(2)}`, `${d.summary.reportsChanged} of ${d.scored} reports changed; mean absolute change of totals ${d.summary.meanAbsoluteChange.toFixed(2)}`));
  if (d.notScored.length) out.push(notScoredLine(d, t));
  for (const c of d.summary.criteria) out.push(`  ${named(c.id)}: ${c.reports} ${t('份报告', 'reports')}, ${t('分数', 'points')} ${signed(c.pointsDelta)}  ${Object.entries(c.transitions).map(([k, v]) => `${transitionWord(k, lang)}×${v}`).join(' ')}`);
  for (const c of d.summary.deductions) out.push(`  ${t('扣分', 'deduction')} ${named(c.id)}: ${c.reports} ${t('份报告', 'reports')}, ${t('分数', 'points')} ${signed(c.pointsDelta)}  ${Object.entries(c.transitions).map(([k, v]) => `${dedTransition(k, lang)}×${v}`).join(' ')}`);
  for (const o of d.summary.oneSided) out.push(`  ${oneSidedLine(o, named, lang)}`);
  if (d.summary.rankOnly) out.push(rankOnlyLine(d.summary.rankOnly, t));
  const s = d.summary.scheme;
  if (s) {
    out.push(t(`等次变化 ${s.gradeChanged} 份`, `${s.gradeChanged} reports changed grade`) + (s.gradeChanged ? `: ${transitions(s.gradeTransitions, '×')}` : '')
      + t(`；加分变化 ${s.bonusChanged} 份，扣分项变化 ${s.penaltiesChanged} 份，一票否决变化 ${s.vetoChanged} 份`, `; bonus changed on ${s.bonusChanged}, penalties on ${s.penaltiesChanged}, veto on ${s.vetoChanged}`));
    for (const c of s.categories) out.push(`  ${c.title} (${c.id}): ${c.reports} ${t('份报告', 'reports')}, ${t('小计', 'subtotal')} ${signed(c.pointsDelta)}`);
  }
  for (const m of d.summary.largestRankMoves) out.push(`  ${t('名次', 'rank')} ${m.rankBefore} → ${m.rankAfter}  ${term(m.file)}${m.drivers?.length ? `  (${drivers(m.drivers)})` : ''}`);
  for (const r of d.changed) {
    if (r.rankOnly) continue;
    out.push('', `${term(r.file)}: ${t('总分', 'total')} ${fmtTotal(r.totalBefore)} → ${fmtTotal(r.totalAfter)}, ${t('名次', 'rank')} ${r.rankBefore ?? '–'} → ${r.rankAfter ?? '–'}${kindRankText(r, lang)}`);
    for (const line of schemeLines(r)) out.push(`  ${term(line)}`);
    for (const c of r.criteria) {
      out.push(`  ${named(c.id)}: ${outcomeWord(c.before, lang)} → ${outcomeWord(c.after, lang)} (${signed(c.pointsAfter - c.pointsBefore)})`);
      if (sameEvidence(c)) {
        // identical − and + lines said nothing: the rule changed, the report's hits did not
        out.push(`    ${tr('证据相同（结论变化来自上面的细则改动）', 'same evidence (the outcome moved with the rule change above)')}：L${c.evidenceAfter[0].line} ${term(snippet(c.evidenceAfter[0]))}`);
        continue;
      }
      out.push(...evidenceLines(c, lang));
    }
    for (const c of r.deductions) {
      out.push(`  ${t('扣分', 'deduction')} ${named(c.id)}: ${dedPoints(c.pointsBefore, lang)} → ${dedPoints(c.pointsAfter, lang)}`);
      out.push(...evidenceLines(c, lang));
    }
  }
  return out.join('\n') + '\n';
}

const transitions = (m: Record<string, number>, times: string) => Object.entries(m).map(([k, v]) => `${k} ${times}${v}`).join(', ');
const KIND: Record<Driver['kind'], string> = { criterion: '', bonus: 'bonus:', penalty: 'penalty:', deduction: 'deduction:' };
const drivers = (ds: Driver[]) => ds.slice(0, 4).map((x) => `${KIND[x.kind]}${x.id} ${signed(x.delta)}`).join(', ');
const pts = (x: number | null) => (x === null ? '–' : String(x));

/** A changed report's scheme parts, one line each (grade, bonus, penalties, veto, subtotals, rescaling), in `lang` (the terminal's by default). */
function schemeLines(r: ReportChange, lang?: Lang): string[] {
  const s = r.scheme;
  if (!s) return [];
  const t = (zh: string, en: string) => (lang === undefined ? tr(zh, en) : lang === 'zh' ? zh : en);
  const out: string[] = [];
  if (s.grade) out.push(`${t('等次', 'grade')}: ${s.grade.before ?? '–'} → ${s.grade.after ?? '–'}`);
  const items = (label: string, x: NonNullable<typeof s.bonus>) => out.push(`${label}: ${x.before} → ${x.after}${x.items.length ? ` (${x.items.map((i) => `${i.id} ${pts(i.before)} → ${pts(i.after)}`).join(', ')})` : ''}`);
  if (s.bonus) items(t('加分', 'bonus'), s.bonus);
  if (s.penalties) items(t('扣分项', 'penalties'), s.penalties);
  if (s.veto) out.push(`${t('一票否决', 'veto')}: [${s.veto.before.join(', ')}] → [${s.veto.after.join(', ')}]`);
  for (const c of s.categories) out.push(`${c.title} (${c.id}): ${pts(c.before)} → ${pts(c.after)}`);
  if (s.rescale) out.push(`${t('折算系数', 'rescale factor')}: ${s.rescale.before} → ${s.rescale.after}`);
  return out;
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * diff.md, in `lang` (the CLI's: Chinese by default, English with --lang en; the rule lines follow the
 * terminal's language, which is the same). Criterion ids and evidence are data, not words; outcomes are
 * in the language (达标/部分/未达标), as in eval.
 */
export function toMarkdown(d: RubricDiff, oldL: string, newL: string, versions: string[], rules: RuleChange[] = [], lang: Lang = 'en', names: ReadonlyMap<string, string> = new Map()): string {
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const named = (id: string) => mdCell(names.get(id) ?? id);
  const out: string[] = [];
  out.push(`# ${L('评分细则对比', 'Rubric diff')}: \`${oldL}\` (${versions[0]}) → \`${newL}\` (${versions[1]})`, '');
  out.push(`- ${engineOnly(L)}`);
  out.push(L(`- 报告：${d.scored} 份；有变化：**${d.summary.reportsChanged}** 份`, `- Reports: ${d.scored}; changed: **${d.summary.reportsChanged}**`));
  if (d.notScored.length) out.push(`- ${notScoredLine(d, L)}`);
  out.push(L(`- 总分平均绝对变化：${d.summary.meanAbsoluteChange.toFixed(2)}`, `- Mean absolute change of totals: ${d.summary.meanAbsoluteChange.toFixed(2)}`), '');
  if (rules.length) out.push(L('## 细则改动', '## Rule changes'), '', ...rules.map((r) => `- ${mdCell(ruleLine(r))}`), '');
  if (d.summary.criteria.length) {
    out.push(L('## 引起变化的评分项', '## Criteria responsible'), '', L('| 评分项 | 报告数 | 分数 | 变化 |', '| criterion | reports | points | transitions |'), '|---|---:|---:|---|');
    for (const c of d.summary.criteria) out.push(`| ${named(c.id)} | ${c.reports} | ${signed(c.pointsDelta)} | ${Object.entries(c.transitions).map(([k, v]) => `${transitionWord(k, lang)} ×${v}`).join(', ')} |`);
    out.push('');
  }
  if (d.summary.deductions.length) {
    out.push(L('## 引起变化的扣分项', '## Deductions responsible'), '', L('| 扣分项 | 报告数 | 对总分 | 变化 |', '| deduction | reports | on totals | transitions |'), '|---|---:|---:|---|');
    for (const c of d.summary.deductions) out.push(`| ${named(c.id)} | ${c.reports} | ${signed(c.pointsDelta)} | ${Object.entries(c.transitions).map(([k, v]) => `${dedTransition(k, lang)} ×${v}`).join(', ')} |`);
    out.push('');
  }
  if (d.summary.oneSided.length) out.push(...d.summary.oneSided.map((o) => `- ${mdCell(oneSidedLine(o, named, lang))}`), '');
  if (d.summary.rankOnly) out.push(`- ${rankOnlyLine(d.summary.rankOnly, L)}`, '');
  const s = d.summary.scheme;
  if (s) {
    out.push(L('## 等次、加分、扣分项、一票否决', '## Grades, bonuses, penalties, vetoes'), '', L(`- 等次变化的报告：**${s.gradeChanged}** 份`, `- Reports that changed grade: **${s.gradeChanged}**`) + (s.gradeChanged ? ` (${transitions(s.gradeTransitions, '×')})` : ''));
    out.push(L(`- 加分变化 ${s.bonusChanged} 份，扣分项变化 ${s.penaltiesChanged} 份，一票否决变化 ${s.vetoChanged} 份`, `- Bonus changed on ${s.bonusChanged}, penalties on ${s.penaltiesChanged}, veto on ${s.vetoChanged} reports`), '');
    if (s.categories.length) {
      out.push(L('| 类别 | 报告数 | 小计分数 |', '| category | reports | subtotal points |'), '|---|---:|---:|');
      for (const c of s.categories) out.push(`| ${mdCell(c.title)} (${c.id}) | ${c.reports} | ${signed(c.pointsDelta)} |`);
      out.push('');
    }
  }
  if (d.summary.largestRankMoves.length) {
    // a scheme's moves say what drove them (criteria, bonus and penalty items, deductions)
    out.push(L('## 名次变化最大的报告', '## Largest rank moves'), '', L(`| 报告 | 原名次 | 新名次 |${s ? ' 原因 |' : ''}`, `| report | rank before | rank after |${s ? ' driven by |' : ''}`), `|---|---:|---:|${s ? '---|' : ''}`);
    for (const m of d.summary.largestRankMoves) out.push(`| ${mdCell(m.file)} | ${m.rankBefore} | ${m.rankAfter} |${s ? ` ${mdCell(drivers(m.drivers ?? []))} |` : ''}`);
    out.push('');
  }
  out.push(L('## 各报告', '## Reports'), '');
  if (!d.changed.some((r) => !r.rankOnly)) out.push(L('没有报告发生变化。', 'No report changed.'));
  for (const r of d.changed) {
    if (r.rankOnly) continue;
    out.push(`### ${mdCell(r.file)}`, '', L(`总分 ${fmtTotal(r.totalBefore)} → ${fmtTotal(r.totalAfter)}，名次 ${r.rankBefore ?? '–'} → ${r.rankAfter ?? '–'}`, `Total ${fmtTotal(r.totalBefore)} → ${fmtTotal(r.totalAfter)}, rank ${r.rankBefore ?? '–'} → ${r.rankAfter ?? '–'}`) + kindRankText(r, lang), '');
    const parts = schemeLines(r, lang);
    if (parts.length) out.push(...parts.map((l) => `- ${mdCell(l)}`), '');
    if (r.criteria.length) {
      out.push(L('| 评分项 | 原结果 | 新结果 | 原证据 | 新证据 |', '| criterion | before | after | evidence before | evidence after |'), '|---|---|---|---|---|');
      for (const c of r.criteria) {
        out.push(sameEvidence(c)
          ? `| ${named(c.id)} | ${outcomeWord(c.before, lang)} | ${outcomeWord(c.after, lang)} | ${mdEvidence(c.evidenceBefore, lang)} | ${L('证据相同：结论随细则改动而变', 'same evidence: the outcome moved with the rule change')} |`
          : `| ${named(c.id)} | ${outcomeWord(c.before, lang)} | ${outcomeWord(c.after, lang)} | ${mdEvidence(c.evidenceBefore, lang)} | ${mdEvidence(c.evidenceAfter, lang)} |`);
      }
      out.push('');
    }
    if (r.deductions.length) {
      out.push(L('| 扣分项 | 原 | 新 | 原证据 | 新证据 |', '| deduction | before | after | evidence before | evidence after |'), '|---|---|---|---|---|');
      for (const c of r.deductions) out.push(`| ${named(c.id)} | ${dedPoints(c.pointsBefore, lang)} | ${dedPoints(c.pointsAfter, lang)} | ${mdEvidence(c.evidenceBefore, lang)} | ${mdEvidence(c.evidenceAfter, lang)} |`);
      out.push('');
    }
  }
  return out.join('\n') + '\n';
}
