/** `rubric test`: run the fixture cases beside each criterion; one line per failing case, a summary line, or --json. */
import type { CaseResult, FixtureRun } from '../../engine/eval/fixtures.js';
import type { RubricError } from '../../engine/errors.js';
import { caseFailureMessage, formatRubricError, rubricWarningLines } from '../messages.js';
import { BudgetExceededError, runBudgeted } from '../budget.js';
import { t } from '../i18n.js';
import { term } from '../terminal.js';
import { resolveRubricTarget } from '../rubric-path.js';
import { evidenceLine } from '../writers/evidence-text.js';
import { DEFAULT_BUDGET_MS } from '../pool.js';
import { getLang } from '../i18n.js';

export interface TestOptions { json?: boolean; rubric: string; timeBudget?: number }

export async function runTest(paths: string[], opts: TestOptions): Promise<number> {
  const targets = (paths.length ? paths : [opts.rubric]).map(resolveRubricTarget);
  const byRubric = new Map<string, Set<string> | null>();
  for (const tg of targets) {
    const prev = byRubric.get(tg.rubric);
    if (!tg.only) byRubric.set(tg.rubric, null);
    else if (prev !== null) byRubric.set(tg.rubric, new Set([...(prev ?? []), tg.only]));
  }
  const all: CaseResult[] = [];
  const problems = [];
  const warnings: RubricError[] = [];
  const budgetMs = opts.timeBudget ?? DEFAULT_BUDGET_MS;
  const timedOut: BudgetExceededError[] = [];
  for (const [path, only] of byRubric) {
    // each rubric's cases run in a worker, each case under score's per-report budget
    let run: FixtureRun;
    try {
      run = await runBudgeted<FixtureRun>({ kind: 'test', path, only: only ? [...only] : null }, budgetMs);
    } catch (e) {
      if (!(e instanceof BudgetExceededError)) throw e;
      timedOut.push(e);
      continue;
    }
    all.push(...run.results);
    warnings.push(...run.warnings);
    problems.push(...(only ? run.problems.filter((p) => p.code !== 'no_cases' || only.has(p.params.criterion)) : run.problems));
  }
  for (const e of timedOut) process.stderr.write(t(`✗ 用例 "${e.label}" 超过 ${budgetMs / 1000} 秒的时间上限，已停止该评分细则的测试（检查其模式，或用 --time-budget 提高上限）。\n`, `✗ case "${e.label}" exceeded the time budget of ${budgetMs / 1000} s; this rubric's remaining cases were not run (check its patterns, or raise --time-budget).\n`));
  const failed = all.filter((r) => !r.pass);
  const passed = all.length - failed.length;
  if (opts.json) {
    process.stdout.write(JSON.stringify({ passed, failed: failed.length, problems, warnings, results: all.map(({ evidence, ...r }) => ({ ...r, evidence: evidence.map((e) => e.text) })) }, null, 2) + '\n');
  } else {
    // a warning does not fail the run, but an author changing a threshold should see a stale message before publishing
    process.stderr.write(rubricWarningLines(warnings));
    for (const p of problems) process.stdout.write(`✗ ${formatRubricError(p)}\n`);
    for (const r of failed) {
      const ev = r.evidence.length ? r.evidence.map((e) => evidenceLine(e, getLang())).join(' ｜ ') : t('（无证据）', '(no evidence)');
      process.stdout.write(`✗ ${r.criterion} › ${r.name}: ${r.failures.map((f) => caseFailureMessage(f)).join(t('；', '; '))}\n    ${t('证据', 'evidence')}: ${ev}\n`);
    }
    // which rubric was tested: the default and an office's copy otherwise print the same line (a new user's ask)
    const tested = [...byRubric.keys()].map((p) => term(p)).join(t('、', ', '));
    // one language per line (nu34 read 用例: 1126 passed, 0 failed)
    process.stdout.write(t(`用例：通过 ${passed}，失败 ${failed.length}${problems.length ? `；${problems.length} 个结构问题` : ''} — 评分细则 ${tested}\n`, `cases: ${passed} passed, ${failed.length} failed${problems.length ? `; ${problems.length} structural problems` : ''} — rubric ${tested}\n`));
  }
  return failed.length || problems.length || timedOut.length ? 1 : 0;
}
