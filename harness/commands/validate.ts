/**
 * `rubric validate`: load a rubric as `score` would — its JSON, the schema, every pattern's syntax and safety, includes,
 * lexicons — and check its fixture files' structure, without scoring a report or running a case. What an author asks before
 * `test` (new user 40 looked for it first). Exit 0 when valid, 1 with each problem named by file and JSON pointer.
 */
import { RubricLoadError, type RubricError } from '../../engine/errors.js';
import { loadFixtures } from '../../engine/eval/fixtures.js';
import { loadRubric } from '../../engine/rubric/load.js';
import { formatRubricError, rubricWarningLines } from '../messages.js';
import { t } from '../i18n.js';
import { term } from '../terminal.js';
import { resolveRubricTarget } from '../rubric-path.js';

export interface ValidateOptions { rubric: string; json?: boolean }

/** One rubric's verdict: its size when it loads, else the errors that stopped it; fixture problems either way. */
interface Verdict { rubric: string; valid: boolean; criteria?: number; deductions?: number; cases?: number; errors: RubricError[]; warnings: RubricError[] }

export function runValidate(paths: string[], opts: ValidateOptions): number {
  const rubrics = [...new Set((paths.length ? paths : [opts.rubric]).map((p) => resolveRubricTarget(p).rubric))];
  const verdicts: Verdict[] = rubrics.map((path) => {
    try {
      const rubric = loadRubric(path);
      const { files, problems } = loadFixtures(rubric);
      const cases = files.reduce((n, f) => n + f.data.cases.length, 0);
      return { rubric: path, valid: problems.length === 0, criteria: rubric.criteria.length, deductions: rubric.deductions.length, cases, errors: problems, warnings: rubric.warnings };
    } catch (e) {
      if (!(e instanceof RubricLoadError)) throw e;
      return { rubric: path, valid: false, errors: e.errors, warnings: [] };
    }
  });
  if (opts.json) {
    process.stdout.write(JSON.stringify({ valid: verdicts.every((v) => v.valid), rubrics: verdicts }, null, 2) + '\n');
  } else {
    for (const v of verdicts) {
      process.stderr.write(rubricWarningLines(v.warnings));
      for (const e of v.errors) process.stdout.write(`✗ ${formatRubricError(e)}\n`);
      process.stdout.write(v.valid
        ? t(`评分细则有效：${term(v.rubric)}（${v.criteria} 个评分项、${v.deductions} 个扣分项、${v.cases} 个用例；用例是否通过请运行 rubric test）\n`, `Rubric valid: ${term(v.rubric)} (${v.criteria} criteria, ${v.deductions} deductions, ${v.cases} cases; run rubric test to see whether they pass)\n`)
        : t(`评分细则有 ${v.errors.length} 个问题：${term(v.rubric)}\n`, `Rubric has ${v.errors.length} problem${v.errors.length === 1 ? '' : 's'}: ${term(v.rubric)}\n`));
    }
  }
  return verdicts.every((v) => v.valid) ? 0 : 1;
}
