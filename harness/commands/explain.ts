/**
 * `rubric explain FILE`: the document model as the engine saw it, then for each criterion every
 * condition with its fact value and result (nested all/any/not, unevaluated ones marked), the
 * evidence, and the candidate hits the scope refused and why.
 */
import { placeholdersIn } from '../../engine/scope.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportMessage } from '../messages.js';
import { parse } from '../../engine/scoring/report.js';
import { loadRubricSource, parseRubricArg } from '../../engine/rubric/source.js';
import { mapTrace, unevaluated, type ConditionTrace } from '../../engine/rubric/conditions.js';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import { createScorer, factResultOf } from '../../engine/scoring/scorer.js';
import type { DocumentModel, Evidence, RefusedHit } from '../../engine/types.js';
import { getLang, t } from '../i18n.js';
import { BudgetExceededError, runBudgeted } from '../budget.js';
import { term } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { DEFAULT_BUDGET_MS } from '../pool.js';
import { COMBINATOR, conditionLabel, evidenceLine, FACT_NAME_ZH, LEVEL_NAME, OPERATOR_SIGN, OUTCOME, SECTION_KIND } from '../writers/evidence-text.js';
import { criterionArithmetic, schemeLines, withheldText } from '../writers/arithmetic-text.js';
import { flagsText } from '../writers/flags.js';

export interface ExplainOptions { rubric: string; criterion?: string; json?: boolean; timeBudget?: number }

interface ExplainedCondition extends ConditionTrace { title?: string; params?: unknown; evidence?: Evidence[]; refused?: RefusedHit[]; suspected?: Evidence[]; children?: ExplainedCondition[] }

function explainTrace(rubric: CompiledRubric, doc: DocumentModel, tr: ConditionTrace): ExplainedCondition {
  return mapTrace<ExplainedCondition>(tr, (leaf) => {
    const fr = factResultOf(rubric, doc, leaf.ref!);
    const fact = rubric.facts[leaf.ref!];
    return { ...leaf, name: leaf.name ?? fact.name ?? undefined, ...(fact.title ? { title: fact.title } : {}), params: fact.params, factResult: leaf.evaluated ? leaf.factResult : fr.value, evidence: fr.evidence, refused: fr.refused, ...(fr.suspected?.length ? { suspected: fr.suspected } : {}) };
  });
}

/** Explain one report in a worker, under the per-report time budget of `score` (--time-budget). */
export async function runExplain(file: string, opts: ExplainOptions): Promise<number> {
  const budgetMs = opts.timeBudget ?? DEFAULT_BUDGET_MS;
  try {
    const r = await runBudgeted<{ stdout: string; stderr: string; code: number }>({ kind: 'explain', file, opts: { ...opts } }, budgetMs);
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    return r.code;
  } catch (e) {
    if (!(e instanceof BudgetExceededError)) throw e;
    process.stderr.write(t(`${e.label}：超过每份报告 ${budgetMs / 1000} 秒的时间上限，已停止（检查评分细则的模式或该文件，或用 --time-budget 提高上限）。\n`, `${e.label}: exceeded the per-report budget of ${budgetMs / 1000} s and was stopped (check the rubric's patterns or the file, or raise --time-budget).\n`));
    return 1;
  }
}

/** The explanation as text (or JSON); `start` is called when evaluation begins (the budget's clock). */
export async function explainReport(file: string, opts: ExplainOptions, start: (label: string) => void = () => {}): Promise<{ stdout: string; stderr: string; code: number }> {
  const abs = resolve(file);
  let bytes: Buffer;
  try { bytes = readFileSync(abs); } catch { throw new UsageError(t(`找不到报告 ${abs}：请检查路径是否写对（相对于当前文件夹；报告文件夹里的文件名可用 ls 或 dir 查看）。`, `Report ${abs} not found: check the path (relative to the current folder; list the corpus folder to see the file names).`)); }
  const rubric = loadRubricSource(parseRubricArg(opts.rubric));
  if (opts.criterion) {
    // an assessor names a criterion as review.csv and the workbook do: by id or by its title (法律顾问)
    const named = [...rubric.criteria, ...rubric.deductions];
    const hit = named.find((c) => c.id === opts.criterion) ?? named.find((c) => c.title === opts.criterion?.trim());
    if (!hit) {
      const near = closeNames(opts.criterion, named);
      if (near.length) throw new UsageError(t(`评分细则中没有 "${opts.criterion}"（是不是 ${near.join('、')}？）`, `No criterion "${opts.criterion}" (did you mean ${near.join(', ')}?)`));
      const list = named.map((c) => `${c.id}（${c.title}）`).join(t('、', ', '));
      throw new UsageError(t(`评分细则中没有 "${opts.criterion}"：可用评分项 id 或名称，有 ${list}。`, `No criterion "${opts.criterion}": give an id or a title, one of ${list}.`));
    }
    opts = { ...opts, criterion: hit.id };
  }
  // read as score reads it: a report score turns into an error row is the same coded message here
  // (empty_report, too_large, a reader's crash as internal_error), never a stack trace or a 0-point analysis
  const parsed = await parse(bytes, abs, { maxBytes: Number.MAX_SAFE_INTEGER });
  if ('error' in parsed) {
    const err = parsed.error.error!;
    return { stdout: '', stderr: `[${err.code}] ${reportMessage(abs, err)}\n`, code: 1 };
  }
  const doc = parsed.doc;
  start(abs);
  const scored = await createScorer(rubric).score(doc, { trace: true });
  const owners = [
    ...rubric.criteria.map((c) => ({ id: c.id, title: c.title, points: c.points, levels: [
      // a scheme's checks: applicability and sub-items are explained like levels (absent from plain criteria)
      ...(c.applicable ? [{ outcome: 'applicable', ruleName: c.applicable.ruleName, conditions: c.applicable.conditions }] : []),
      ...c.levels.map((l) => ({ outcome: l.outcome as string, ruleName: l.ruleName, conditions: l.conditions })),
      ...(c.subItems ?? []).filter((si) => si.conditions).map((si) => ({ outcome: `sub:${si.id}`, ruleName: si.ruleName, conditions: si.conditions! })),
    ] })),
    ...rubric.deductions.map((d) => ({ id: d.id, title: d.title, points: -d.points, levels: [{ outcome: 'deduct', ruleName: d.ruleName, conditions: d.conditions }] })),
    ...[...(rubric.scheme?.bonuses ?? []), ...(rubric.scheme?.penalties ?? []), ...(rubric.scheme?.veto ?? [])].filter((x) => x.conditions)
      .map((x) => ({ id: x.id, title: x.title, points: 'points' in x ? x.points : 0, levels: [{ outcome: x.ruleName.split(':')[0], ruleName: x.ruleName, conditions: x.conditions! }] })),
  ].filter((o) => !opts.criterion || o.id === opts.criterion);
  const explained = owners.map((o) => ({
    id: o.id, title: o.title, points: o.points,
    // a suspected deduction (疑似) costs nothing: it is not "deducted", and says it is for review
    result: scored.criteria[o.id] ?? deductionState(scored.deductions.find((d) => d.id === o.id)),
    levels: o.levels.map((l) => {
      const tr = scored.traces![l.ruleName] ?? unevaluated(l.conditions);
      return { outcome: l.outcome, held: tr.result === true, conditions: explainTrace(rubric, doc, tr) };
    }),
  }));
  const placeholders = doc.sentences.flatMap((x) => placeholdersIn(x.text).map((text) => ({ line: x.line, text })));
  const model = {
    file: abs, encoding: doc.encoding, title: doc.title, unit: doc.unit, unitNames: doc.unitNames, year: doc.year, yearSource: doc.yearSource,
    closing: doc.closing, flags: doc.flags, total: scored.total,
    // metadata hints (版头, a web page's fields) only when there are any: plain reports' output is unchanged
    ...(Object.keys(doc.hints ?? {}).length ? { hints: doc.hints } : {}),
    // a drafter's placeholders (【待补充】), blanked before any pattern reads the sentence: said, so an author whose pattern
    // "never matches" one knows why (new user 40 bisected for ten minutes); only when there are any
    ...(placeholders.length ? { placeholders } : {}),
    // boundary: why an unheaded part begins where it does (only on such parts)
    sections: doc.sections.map((s) => ({ path: s.path || (s.kind === 'front' ? '前言' : s.label), kind: s.kind, style: s.style, heading: s.heading, line: s.line, ...(s.boundary ? { boundary: s.boundary } : {}) })),
  };
  // a scheme's subtotals, bonuses, penalties, vetoes and grade (only for rubrics that declare them)
  if (opts.json) return { stdout: JSON.stringify({ document: model, criteria: explained, ...(scored.scheme ? { scheme: scored.scheme } : {}) }, null, 2) + '\n', stderr: '', code: 0 };

  const out: string[] = [];
  out.push(`${t('文件', 'file')}: ${abs} (${doc.encoding})`);
  out.push(`${t('标题', 'title')}: ${doc.title || '–'}`);
  const level = doc.unitNames.level ? t(UNIT_LEVEL[doc.unitNames.level] ?? doc.unitNames.level, doc.unitNames.level) : '';
  out.push(`${t('单位', 'unit')}: ${doc.unit ?? '–'}  [${doc.unitNames.tokens.join(' › ')}] ${level}`);
  const yearFrom = doc.yearSource ? t(YEAR_SOURCE[doc.yearSource], doc.yearSource) : '–';
  out.push(`${t('年度', 'year')}: ${doc.year ?? '–'} (${t('取自', 'from ')}${yearFrom})`);
  out.push(`${t('落款', 'closing')}: ${doc.closing ? `${doc.closing.issuer ?? '–'} ${doc.closing.dateText ?? t('（无日期）', '(no date)')}` : '–'}`);
  out.push(`${t('标记', 'flags')}: ${flagsText(doc.flags, getLang()) || '–'}    ${t('总分', 'total')}: ${scored.total}`);
  if (placeholders.length) out.push(t(`起草占位符（检索前已略去，任何模式都读不到）：`, `Drafting placeholders (blanked before any pattern reads the text): `) + placeholders.slice(0, 8).map((p) => `L${p.line} ${p.text}`).join(t('、', ', ')) + (placeholders.length > 8 ? ' …' : ''));
  out.push('', t('章节：', 'Sections:'));
  for (const s of doc.sections) {
    out.push(`  ${'  '.repeat(s.depth)}[${SECTION_KIND[getLang()][s.kind]}] ${s.path || (s.kind === 'front' ? '前言' : s.label)}  ${s.heading.slice(0, 50)}  (L${s.line})`);
    if (s.boundary) out.push(`  ${'  '.repeat(s.depth)}  ${t('无标题部分', 'unheaded part')}: ${s.boundary.reason === 'transition' ? t('始于过渡句', 'boundary transition — lead') : s.boundary.reason === 'attachment' ? t('落款后的附件', 'an attachment after the closing') : t('始于编号重新开始处', 'boundary restart — numbering restarts at')} “${s.boundary.lead.slice(0, 60)}”`);
  }
  for (const e of explained) {
    const r = e.result as { outcome?: string; points?: number; planned_only?: boolean; deducted?: boolean; suspected?: boolean };
    const head = r.outcome
      ? `${OUTCOME[getLang()][r.outcome as keyof typeof OUTCOME.zh]} ${r.points}/${e.points}${r.planned_only ? t('（仅计划）', ' planned_only') : ''}`
      : r.deducted ? `${t('扣分', 'deducted')} ${e.points}` : r.suspected ? t(`疑似（不扣分，请人工核对）${e.points}`, `suspected (no points taken: for review) ${e.points}`) : t('不扣分', 'not deducted');
    out.push('', `▶ ${e.id} ${e.title}: ${head}`);
    if (r.outcome) for (const line of criterionArithmetic(r as import('../../engine/types.js').CriterionResult, getLang())) out.push(`  = ${line}`);
    const withheld = r.outcome ? withheldText(r as import('../../engine/types.js').CriterionResult, getLang()) : null;
    if (withheld) out.push(`  ${withheld}`);
    for (const l of e.levels) {
      out.push(`  ${levelName(l.outcome, getLang())}: ${l.held ? '✓' : '✗'}`);
      printCondition(l.conditions, 2, out, opts.criterion ? Infinity : SHOWN);
    }
  }
  if (scored.scheme) {
    out.push('', t('考核结果：', 'Scheme:'));
    for (const [id, c] of Object.entries(scored.scheme.categories ?? {})) categoryLines(id, c, 1, out);
    for (const line of schemeLines(scored.scheme, getLang())) out.push(`  ${line}`);
    out.push(`  ${t('总分', 'total')}: ${scored.total}`);
  }
  // each element is one line; text from the report may not add lines or escape sequences
  return { stdout: out.map(term).join('\n') + '\n', stderr: '', code: 0 };
}

const YEAR_SOURCE: Record<'title' | 'stated' | 'body' | 'closing', string> = { title: '标题', stated: '正文开头的年度表述', body: '正文', closing: '落款' };
const UNIT_LEVEL: Record<string, string> = { township: '乡镇（街道）', county: '县（区）', city: '市', department: '部门' };

function deductionState(d: { status?: 'deducted' | 'suspected' } | undefined): { deducted: boolean; suspected?: true } {
  return d?.status === 'suspected' ? { deducted: false, suspected: true } : { deducted: d !== undefined };
}

/** A level's name as the reader's language says it; a sub-item (`sub:<id>`) keeps its id. */
function levelName(outcome: string, lang: 'zh' | 'en'): string {
  if (outcome.startsWith('sub:')) return `${t('分项', 'sub-item')} ${outcome.slice(4)}`;
  return LEVEL_NAME[lang][outcome] ?? outcome;
}

function categoryLines(id: string, c: import('../../engine/types.js').CategoryResult, depth: number, out: string[]) {
  out.push(`${'  '.repeat(depth)}${c.title} (${id}): ${c.points}/${c.max}`);
  for (const [sub, s] of Object.entries(c.categories ?? {})) categoryLines(sub, s, depth + 1, out);
}

/** Evidence lines shown per condition on the whole report; narrowed to one criterion (--criterion), all of them. */
const SHOWN = 3;

function printCondition(c: ExplainedCondition, depth: number, out: string[], shown: number) {
  const ind = '  '.repeat(depth);
  const mark = !c.evaluated ? t('（未评估）', '(not evaluated)') : c.result ? '✓' : '✗';
  if (c.kind !== 'fact') {
    out.push(`${ind}${COMBINATOR[getLang()][c.kind]} ${mark}`);
    for (const ch of c.children ?? []) printCondition(ch, depth + 1, out, shown);
    return;
  }
  const op = getLang() === 'zh' ? (OPERATOR_SIGN[c.operator as string] ?? c.operator) : c.operator;
  const fact = getLang() === 'zh' ? FACT_NAME_ZH[c.fact as string] ?? c.fact : c.fact;
  out.push(`${ind}${mark} ${fact} = ${c.factResult} ${op} ${c.value}${c.name || c.title ? `  — ${conditionLabel(c, getLang())}` : ''}`);
  // (what is left out is counted: new user 40 saw 3 sentences under 找到9 and could not tell the rest existed)
  const list = (xs: Evidence[] | undefined, sign: string) => {
    for (const e of (xs ?? []).slice(0, shown)) out.push(`${ind}    ${sign} ${evidenceLine(e, getLang())}`);
    const more = (xs?.length ?? 0) - shown;
    if (more > 0) out.push(`${ind}    ${sign} ${t(`…另有 ${more} 条（加 --criterion <id> 或 --json 列出全部）`, `… ${more} more (--criterion <id> or --json lists them all)`)}`);
  };
  list(c.evidence, '+');
  list(c.refused, '−');
  list(c.suspected, '?');
}

/**
 * Ids and titles a mistyped name was probably meant to be: those sharing a prefix of at least two
 * thirds of it (legal_advisor → legal_adviser), or containing it or contained in it (顾问 → 法律顾问).
 */
export function closeNames(typed: string, named: ReadonlyArray<{ id: string; title: string }>): string[] {
  const x = typed.trim();
  if (!x) return [];
  const prefix = (a: string, b: string) => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };
  const out: string[] = [];
  for (const c of named) {
    for (const name of [c.id, c.title]) {
      const close = prefix(x, name) >= Math.max(2, Math.ceil((x.length * 2) / 3)) || (x.length >= 2 && (name.includes(x) || x.includes(name)));
      if (close && !out.includes(c.id)) out.push(c.id);
    }
  }
  return out.slice(0, 5);
}
