/**
 * Fixture tests beside each criterion (ESLint RuleTester style): `legal_adviser.test.json` next to
 * `legal_adviser.json` holds cases, each a report text and the outcome it must get. Tests assert
 * outcomes and evidence, never message wording. A criterion without cases, a case file naming an
 * unknown criterion, and duplicate cases are problems that fail the run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { parseDocument } from '../document/parse.js';
import { rubricError, type RubricError } from '../errors.js';
import { parseJson } from '../rubric/load.js';
import type { CompiledRubric } from '../rubric/types.js';
import { createScorer } from '../scoring/scorer.js';
import type { Evidence, Outcome } from '../types.js';

/** For deductions: deducted, suspected (疑似, a flag costing no points) or not_deducted. */
export type Expected = Outcome | 'deducted' | 'suspected' | 'not_deducted';

export interface FixtureCase {
  name: string;
  text?: string;
  inputPath?: string;
  expect: Expected;
  /** substrings each of which some evidence item must contain */
  evidence?: string[];
  planned_only?: boolean;
  /** the points the criterion (or bonus/penalty item) must get, to 0.01: graded and sub-item arithmetic */
  points?: number;
  /** the grade the report must get (a scheme with grades) */
  grade?: string;
}

export interface FixtureFile { criterion: string; cases: FixtureCase[] }

/** Every key a case may have (FixtureCase): any other is a problem, not a silent no-op. */
const CASE_KEYS = ['name', 'text', 'inputPath', 'expect', 'evidence', 'planned_only', 'points', 'grade'];

export interface CaseResult {
  file: string;
  criterion: string;
  name: string;
  expected: Expected;
  actual: Expected;
  pass: boolean;
  failures: CaseFailure[];
  evidence: Evidence[];
  planned_only?: boolean;
}

/**
 * Why a fixture case failed, as data (a closed set of codes with their params; harness/commands/test.ts renders them in
 * Chinese or English): the case could not be scored, the outcome differs, an evidence text is missing, the points, the
 * grade or planned_only differ.
 */
export type CaseFailure =
  | { code: 'case_error'; params: { message: string } }
  | { code: 'outcome'; params: { expected: Expected; actual: Expected } }
  | { code: 'evidence_missing'; params: { text: string } }
  | { code: 'points'; params: { expected: number; actual: number | null } }
  | { code: 'grade'; params: { expected: string | null; actual: string | null } }
  | { code: 'planned_only'; params: { expected: boolean; actual: boolean | null } };

/** cases' results, problems that fail the run, and the rubric's warnings (they do not) */
export interface FixtureRun { results: CaseResult[]; problems: RubricError[]; warnings: RubricError[] }

export const fixturePathOf = (criterionFile: string) => criterionFile.replace(/\.json$/, '.test.json');

interface LoadedFixtures { files: Array<{ path: string; data: FixtureFile }>; problems: RubricError[] }

export function loadFixtures(rubric: CompiledRubric): LoadedFixtures {
  const problems: RubricError[] = [];
  const files: LoadedFixtures['files'] = [];
  const ids = new Map<string, string>([...rubric.criteria.map((c) => [c.id, c.file] as const), ...rubric.deductions.map((d) => [d.id, d.file] as const), ...schemeItemIds(rubric).map((id) => [id, rubric.file] as const)]);
  const dirs = new Set<string>([dirname(rubric.file)]);
  for (const file of ids.values()) dirs.add(dirname(file));
  const seenPaths = new Set<string>();
  for (const dir of dirs) {
    for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
      if (!name.endsWith('.test.json')) continue;
      const path = resolve(dir, name);
      if (seenPaths.has(path)) continue;
      seenPaths.add(path);
      const parsed = parseJson(readFileSync(path, 'utf8'), path);
      if (parsed.error) { problems.push(parsed.error); continue; }
      const data = parsed.value as FixtureFile;
      if (!data || typeof data.criterion !== 'string' || !Array.isArray(data.cases)) {
        problems.push(rubricError('fixture_format', path, '', {}));
        continue;
      }
      if (!ids.has(data.criterion)) {
        // the criterion's own file beside its tests, left out of rubric.json: say so, not "delete the tests" (new user 40)
        const own = `${data.criterion}.json`;
        const unlisted = existsSync(resolve(dir, own)) ? relative(dirname(rubric.file), resolve(dir, own)).split(sep).join('/') : undefined;
        problems.push(rubricError('unknown_criterion', path, '/criterion', { criterion: data.criterion, ...(unlisted ? { unlisted } : {}) }));
        continue;
      }
      const allowed = EXPECTABLE[targetOf(rubric, data.criterion)];
      const names = new Set<string>();
      const texts = new Set<string>();
      data.cases.forEach((c, i) => {
        for (const key of Object.keys(c)) if (!CASE_KEYS.includes(key)) problems.push(rubricError('unknown_case_key', path, `/cases/${i}/${key}`, { name: c.name, key, allowed: CASE_KEYS.join(', ') }));
        if (!allowed.includes(c.expect)) problems.push(rubricError('bad_expect', path, `/cases/${i}/expect`, { name: c.name, value: String(c.expect), allowed: allowed.join(', ') }));
        if (names.has(c.name)) problems.push(rubricError('duplicate_case', path, `/cases/${i}/name`, { name: c.name, repeats: 'name' }));
        const key = `${c.text ?? c.inputPath}`;
        if (texts.has(key)) problems.push(rubricError('duplicate_case', path, `/cases/${i}`, { name: c.name, repeats: 'text' }));
        names.add(c.name); texts.add(key);
      });
      files.push({ path, data });
    }
  }
  const covered = new Map<string, number>();
  for (const f of files) covered.set(f.data.criterion, (covered.get(f.data.criterion) ?? 0) + f.data.cases.length);
  for (const [id, file] of ids) {
    if (!covered.get(id)) problems.push(rubricError('no_cases', fixturePathOf(file), '', { criterion: id, fixtureFile: basename(fixturePathOf(file)) }));
  }
  return { files, problems };
}

/** What a fixture file's id names: a scheme's bonus, penalty or veto item, a deduction, or a criterion (ids are unique). */
type Target = 'scheme' | 'deduction' | 'criterion';
function targetOf(rubric: CompiledRubric, id: string): Target {
  return schemeItemIds(rubric).includes(id) ? 'scheme' : rubric.deductions.some((d) => d.id === id) ? 'deduction' : 'criterion';
}
/** What a case's expect may be: a deduction's three states, a scheme item's held or not, a criterion's three outcomes. */
const EXPECTABLE: Record<Target, Expected[]> = { deduction: ['deducted', 'suspected', 'not_deducted'], scheme: ['met', 'unmet'], criterion: ['met', 'partial', 'unmet'] };

/** A scheme's bonus, penalty and veto ids: fixture files may name them (held: met, else unmet). */
function schemeItemIds(rubric: CompiledRubric): string[] {
  const s = rubric.scheme;
  return s ? [...(s.bonuses ?? []), ...(s.penalties ?? []), ...(s.veto ?? [])].map((x) => x.id) : [];
}

function caseText(c: FixtureCase, fixtureFile: string): string {
  if (c.text !== undefined) return c.text;
  if (c.inputPath) return readFileSync(resolve(dirname(fixtureFile), c.inputPath), 'utf8');
  throw new Error(`case "${c.name}" has neither text nor inputPath`);
}

/** `onCase` is told as each case starts (the CLI restarts its time budget there). */
export async function runFixtures(rubric: CompiledRubric, only?: Set<string>, onCase?: (c: FixtureCase) => void): Promise<FixtureRun> {
  const { files, problems } = loadFixtures(rubric);
  const scorer = createScorer(rubric);
  const results: CaseResult[] = [];
  for (const { path, data } of files) {
    if (only && !only.has(data.criterion)) continue;
    const target = targetOf(rubric, data.criterion);
    for (const c of data.cases) {
      const failures: CaseFailure[] = [];
      let actual: Expected;
      let evidence: Evidence[] = [];
      let plannedOnly: boolean | undefined;
      let points: number | undefined;
      let grade: string | null | undefined;
      onCase?.(c);
      try {
        const doc = parseDocument(caseText(c, path), { file: `${basename(path)}#${c.name}` });
        const scored = await scorer.score(doc);
        grade = scored.scheme?.grade;
        const item = [...(scored.scheme?.bonus?.items ?? []), ...(scored.scheme?.penalties?.items ?? []), ...(scored.scheme?.veto ?? [])].find((x) => x.id === data.criterion);
        if (target === 'scheme') {
          actual = item ? 'met' : 'unmet';
          evidence = item?.evidence ?? [];
          points = item && 'points' in item ? item.points : 0;
        } else if (target === 'deduction') {
          const d = scored.deductions.find((x) => x.id === data.criterion);
          actual = d ? (d.status === 'suspected' ? 'suspected' : 'deducted') : 'not_deducted';
          evidence = d?.evidence ?? [];
        } else {
          const r = scored.criteria[data.criterion];
          actual = r.outcome;
          evidence = r.evidence;
          plannedOnly = r.planned_only;
          points = r.points;
        }
      } catch (e) {
        actual = 'unmet';
        failures.push({ code: 'case_error', params: { message: (e as Error).message } });
      }
      if (actual !== c.expect) failures.push({ code: 'outcome', params: { expected: c.expect, actual } });
      for (const want of c.evidence ?? []) {
        if (!evidence.some((e) => e.text.includes(want))) failures.push({ code: 'evidence_missing', params: { text: want } });
      }
      if (c.points !== undefined && (points === undefined || Math.abs(points - c.points) > 0.005)) failures.push({ code: 'points', params: { expected: c.points, actual: points ?? null } });
      if (c.grade !== undefined && grade !== c.grade) failures.push({ code: 'grade', params: { expected: c.grade, actual: grade ?? null } });
      if (c.planned_only !== undefined && plannedOnly !== c.planned_only) failures.push({ code: 'planned_only', params: { expected: c.planned_only, actual: plannedOnly ?? null } });
      results.push({ file: path, criterion: data.criterion, name: c.name, expected: c.expect, actual, pass: failures.length === 0, failures, evidence, planned_only: plannedOnly });
    }
  }
  return { results, problems, warnings: rubric.warnings };
}

