/**
 * A 考核细则's constructs (issue 14): graded points, sub-items, applicable with rescaling,
 * categories with checked subtotals, bonuses and penalties with caps, veto and grades. Arithmetic
 * in engine/scoring/points.ts is tested on numbers; the loader and scorer on small inline rubrics
 * and reports written for these tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { RubricLoadError } from '../engine/errors.js';
import { loadRubric } from '../engine/rubric/load.js';
import { adjustmentTotal, gradedPoints, gradeOf, outcomeOfPoints, schemeTotal } from '../engine/scoring/points.js';
import { createScorer } from '../engine/scoring/scorer.js';
import { report } from './facts/fact-helpers.js';
import { scoreText } from './helpers.js';

const g = (o: Partial<{ perUnit: number; base: number; target: number | null; cap: number; floor: number }>) =>
  ({ ref: 0, perUnit: 1, base: 0, target: null, cap: Infinity, floor: 0, ...o });

describe('points arithmetic', () => {
  it('a shortfall against a target: 不少于4次，每少1次扣0.5分 (2分)', () => {
    const shortfall = g({ base: 2, perUnit: -0.5, target: 4, cap: 2 });
    expect(gradedPoints(shortfall, 2)).toMatchObject({ units: 2, raw: 1, points: 1 });
    expect(gradedPoints(shortfall, 4).points).toBe(2);
    expect(gradedPoints(shortfall, 9).points).toBe(2);
    // floor: never below 0 however many are missing
    expect(gradedPoints(g({ base: 1, perUnit: -0.5, target: 6, cap: 1 }), 0)).toMatchObject({ raw: -2, points: 0 });
  });
  it('per occurrence with a cap: 每发现一处扣0.3分，累计不超过1.2分', () => {
    const each = g({ perUnit: 0.3, cap: 1.2 });
    expect(gradedPoints(each, 3).points).toBe(0.9);
    expect(gradedPoints(each, 7)).toMatchObject({ raw: 2.1, points: 1.2 });
  });
  it('outcome from points, adjustment caps, rescaling and grades', () => {
    expect([outcomeOfPoints(3, 3), outcomeOfPoints(0, 3), outcomeOfPoints(1.5, 3)]).toEqual(['met', 'unmet', 'partial']);
    expect(adjustmentTotal([{ id: 'a', title: 'A', points: 2, evidence: [] }, { id: 'b', title: 'B', points: 2, evidence: [] }], 3).points).toBe(3);
    expect(adjustmentTotal([{ id: 'a', title: 'A', points: 2, evidence: [] }], null).points).toBe(2);
    // 40 of an applicable 80 on a 100 scheme: 50
    expect(schemeTotal({ criteriaPoints: 40, applicableMax: 80, maxTotal: 100, deductions: 0, penalties: 0, bonus: 0 })).toEqual({ total: 50, factor: 1.25 });
    expect(schemeTotal({ criteriaPoints: 95, applicableMax: 100, maxTotal: 100, deductions: 1, penalties: 2, bonus: 3 }).total).toBe(95);
    expect(schemeTotal({ criteriaPoints: 1, applicableMax: 100, maxTotal: 100, deductions: 5, penalties: 0, bonus: 0 }).total).toBe(0);
    const scheme = { categories: null, bonuses: null, penalties: null, bonusCap: null, penaltyCap: null, veto: null, grades: [{ name: '优秀', min: 90 }, { name: '良好', min: 80 }, { name: '合格', min: 60 }, { name: '不合格', min: 0 }] };
    expect([gradeOf(scheme, 92, []), gradeOf(scheme, 80, []), gradeOf(scheme, 59.9, [])]).toEqual(['优秀', '良好', '不合格']);
    expect(gradeOf(scheme, 99, [null])).toBe('不合格');
    expect(gradeOf(scheme, 99, ['合格'])).toBe('合格');
  });
});

const has = (...terms: string[]) => ({ fact: 'sentences', operator: 'greaterThanInclusive', value: 1, params: { all: terms.map((t) => [t]) } });
const count = (...terms: string[]) => ({ fact: 'sentences', params: { all: terms.map((t) => [t]) } });

/** A small scheme using every construct; `patch` changes it for one test. */
function scheme(patch: Record<string, unknown> = {}) {
  return {
    id: 't', name: 't', version: '1', deductions: [], maxTotal: 10,
    categories: [
      { id: 'duty', title: '一、履职', points: 6, categories: [{ id: 'lead', title: '（一）领导', points: 6 }] },
      { id: 'enforce', title: '二、执法', points: 4 },
    ],
    criteria: [
      { id: 'meetings', title: '专题研究', points: 2, category: 'lead', levels: [{ outcome: 'met', graded: { from: count('专题研究'), base: 2, perUnit: -0.5, target: 4 }, conditions: { all: [has('法治')] } }] },
      { id: 'organise', title: '组织领导', points: 4, category: 'lead', subItems: [
        { id: 'group', title: '领导小组', points: 1, conditions: { all: [has('领导小组')] } },
        { id: 'leader', title: '分管领导', points: 1.5, conditions: { all: [has('分管领导')] } },
        { id: 'plan', title: '工作要点', points: 1.5, conditions: { all: [has('工作要点')] } },
      ] },
      { id: 'cases', title: '执法案卷', points: 4, category: 'enforce', applicable: { all: [has('执法')] }, levels: [{ outcome: 'met', conditions: { all: [has('案卷评查')] } }] },
    ],
    bonuses: [{ id: 'award', title: '获评示范', points: 2, conditions: { all: [has('示范')] } }],
    penalties: [{ id: 'late', title: '每处问题扣0.3分', points: 0.6, graded: { from: count('问题'), perUnit: 0.3 } }],
    bonusCap: 1,
    veto: [{ id: 'crime', title: '重大违法', conditions: { all: [has('重大违法')] } }],
    grades: [{ name: '优秀', min: 9 }, { name: '合格', min: 6 }, { name: '不合格', min: 0 }],
    ...patch,
  };
}

function load(rubric: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'scheme-'));
  writeFileSync(join(dir, 'rubric.json'), JSON.stringify(rubric));
  return loadRubric(join(dir, 'rubric.json'));
}
const codes = (f: () => unknown) => { try { f(); return []; } catch (e) { if (e instanceof RubricLoadError) return e.errors.map((x) => [x.code, x.path, x.params]); throw e; } };

describe('loading a scheme', () => {
  it('a consistent scheme loads without warnings', () => {
    const r = load(scheme());
    expect(r.warnings).toEqual([]);
    expect(r.scheme?.categories?.[0].categories[0].criteria).toEqual(['meetings', 'organise']);
  });
  it('subtotals that do not add up warn, or stop the load when checks.subtotals is error', () => {
    const bad = scheme({ categories: [{ id: 'duty', title: '一', points: 7, categories: [{ id: 'lead', title: '（一）', points: 6 }] }, { id: 'enforce', title: '二', points: 4 }] });
    expect(load(bad).warnings.map((w) => [w.code, w.params])).toEqual([['subtotal_mismatch', { id: 'duty', declared: 7, sum: 6 }]]);
    expect(codes(() => load({ ...bad, checks: { subtotals: 'error' } }))).toEqual([['subtotal_mismatch', '/categories/0/points', { id: 'duty', declared: 7, sum: 6 }]]);
    // a variant: sub-items adding up to less than their criterion
    const s = scheme();
    (s.criteria[1].subItems as Array<{ points: number }>)[0].points = 0.5;
    expect(load(s).warnings.map((w) => [w.code, w.path, w.params])).toEqual([['subtotal_mismatch', '/criteria/1/subItems', { id: 'organise', declared: 4, sum: 3.5 }]]);
  });
  it('a criterion in an unknown or non-leaf category, or in none, is an error', () => {
    const s = scheme();
    (s.criteria[0] as { category?: string }).category = 'nope';
    (s.criteria[1] as { category?: string }).category = 'duty';
    delete (s.criteria[2] as { category?: string }).category;
    expect(codes(() => load(s)).map((e) => [e[0], (e[2] as { category: unknown }).category])).toEqual([['unknown_category', 'nope'], ['unknown_category', 'duty'], ['unknown_category', null]]);
  });
  it('the schema refuses a criterion with neither levels nor sub-items, and a graded item with an unknown fact', () => {
    const s = scheme();
    delete (s.criteria[0] as { levels?: unknown }).levels;
    expect(codes(() => load(s))[0][0]).toBe('schema');
    const t = scheme({ penalties: [{ id: 'p', title: 'p', points: 1, graded: { from: { fact: 'magic' }, perUnit: 1 } }] });
    expect(codes(() => load(t))[0][0]).toBe('schema');
  });
});

describe('scoring a scheme', () => {
  const score = async (rubric: unknown, achievements: string, title?: string) =>
    createScorer(load(rubric)).score(parseDocument(report({ achievements, ...(title ? { title } : {}) }), { file: 'inline.txt' }));

  it('graded points show their arithmetic: 4次要求，找到2次，扣1分', async () => {
    const r = await score(scheme(), '党委专题研究法治工作。政府专题研究法治政府建设。开展执法案卷评查。');
    expect(r.criteria.meetings).toMatchObject({ outcome: 'partial', points: 1, arithmetic: { max: 2, applicable: true, graded: { value: 2, target: 4, units: 2, perUnit: -0.5, points: 1 } } });
  });
  it('sub-items add up within their criterion, each with its evidence', async () => {
    const r = await score(scheme(), '成立法治建设领导小组。印发法治工作要点。开展执法案卷评查。');
    expect(r.criteria.organise.points).toBe(2.5);
    expect(r.criteria.organise.outcome).toBe('partial');
    expect(r.criteria.organise.arithmetic!.subItems!.map((s) => [s.id, s.held, s.points])).toEqual([['group', true, 1], ['leader', false, 0], ['plan', true, 1.5]]);
    expect(r.criteria.organise.arithmetic!.subItems![0].evidence[0].text).toContain('领导小组');
  });
  it('categories nest with subtotals; bonus and penalties are capped; grade from the total', async () => {
    const r = await score(scheme(), '成立领导小组，明确分管领导，印发工作要点。专题研究法治工作。专题研究法治建设。专题研究法治督察。专题研究法治考核。获评示范单位。开展执法案卷评查。发现问题一处。发现问题二处。发现问题三处。');
    expect(r.scheme!.categories).toMatchObject({ duty: { points: 6, max: 6, categories: { lead: { points: 6, max: 6 } } }, enforce: { points: 4, max: 4 } });
    expect(r.scheme!.bonus).toMatchObject({ points: 1, cap: 1, items: [{ id: 'award', points: 2 }] });
    // three sentences with 问题 at 0.3 each: 0.9, under the item's own 0.6 cap
    expect(r.scheme!.penalties).toMatchObject({ points: 0.6, items: [{ id: 'late', points: 0.6, graded: { value: 3, raw: 0.9 } }] });
    expect(r.total).toBe(10.4);
    expect(r.scheme!.grade).toBe('优秀');
    expect(r.scheme!.veto).toEqual([]);
  });
  it('a criterion that does not apply is left out and the total rescaled (折算成百分制)', async () => {
    const r = await score(scheme(), '成立领导小组，明确分管领导，印发工作要点。专题研究法治工作4次。');
    expect(r.criteria.cases).toMatchObject({ points: 0, arithmetic: { applicable: false, max: 4 } });
    expect(r.scheme!.categories!.enforce).toMatchObject({ points: 0, max: 0 });
    // 4 + 0.5 (one 专题研究 sentence: 2 − 3 × 0.5) of an applicable 6, on 10
    expect(r.scheme!.rescale).toEqual({ points: 4.5, max: 6, factor: 1.6667 });
    expect(r.total).toBe(7.5);
  });
  it('a veto sets the lowest grade whatever the points, with its evidence', async () => {
    const r = await score(scheme(), '成立领导小组，明确分管领导，印发工作要点。专题研究法治。开展执法案卷评查。发生重大违法案件。');
    expect(r.scheme!.veto!.map((v) => v.id)).toEqual(['crime']);
    expect(r.scheme!.veto![0].evidence[0].text).toContain('重大违法');
    expect(r.scheme!.grade).toBe('不合格');
  });
  it('the default rubric declares no scheme: no scheme keys and no arithmetic on its criteria', async () => {
    const r = await scoreText(report({}));
    expect(r.scheme).toBeUndefined();
    expect(Object.values(r.criteria).every((c) => !('arithmetic' in c))).toBe(true);
  });
});

describe('coverage of a scheme\'s checks', () => {
  const traced = async (rubric: ReturnType<typeof load>, achievements: string) =>
    (await createScorer(rubric).score(parseDocument(report({ achievements }), { file: 'inline.txt' }), { trace: true })).traces!;

  it('sub-item, applicable, bonus, penalty and veto conditions and graded facts are counted, and the dead ones named', async () => {
    const { coverageReport, heldConditions, listConditions } = await import('../engine/scoring/coverage.js');
    const rubric = load(scheme());
    const ids = listConditions(rubric).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([
      'meetings/met/all/0', 'meetings/met/from', 'organise/sub:group/all/0', 'organise/sub:plan/all/0', 'cases/applicable/all/0', 'cases/met/all/0',
      'bonus:award/all/0', 'penalty:late/from', 'veto:crime/all/0',
    ]));
    const a = heldConditions(rubric, await traced(rubric, '成立领导小组。获评示范单位。发现问题一处。开展执法工作。'));
    expect(a).toEqual(expect.arrayContaining(['organise/sub:group/all/0', 'bonus:award/all/0', 'penalty:late/from', 'cases/applicable/all/0']));
    expect(a).not.toContain('veto:crime/all/0');
    expect(a).not.toContain('organise/sub:plan/all/0');
    // a variant: a report that writes about no enforcement, no award and no problem, but a veto
    const b = heldConditions(rubric, await traced(rubric, '印发工作要点。发生重大违法案件。'));
    expect(b).toEqual(expect.arrayContaining(['organise/sub:plan/all/0', 'veto:crime/all/0']));
    expect(b).not.toContain('cases/applicable/all/0');
    expect(b).not.toContain('penalty:late/from');
    const cov = coverageReport(rubric, [a, b]);
    expect(cov.conditions.find((c) => c.id === 'penalty:late/from')).toMatchObject({ held: 1, owner: 'penalty:late', fact: 'sentences', operator: 'greaterThan', value: 0 });
    expect(cov.dead).toEqual(expect.arrayContaining(['organise/sub:leader/all/0', 'meetings/met/from', 'cases/met/all/0']));
    expect(cov.dead).not.toContain('veto:crime/all/0');
  });
  it('the default rubric\'s conditions are its levels\' and deductions\' only, as before', async () => {
    const { listConditions } = await import('../engine/scoring/coverage.js');
    const { DEFAULT_RUBRIC } = await import('./helpers.js');
    const rubric = loadRubric(DEFAULT_RUBRIC);
    const ids = listConditions(rubric).map((c) => c.id);
    expect(ids.every((id) => /^[a-z_]+\/(met|partial)\/|^[a-z_]+\/(all|any|not)/.test(id))).toBe(true);
    expect(ids.some((id) => /sub:|applicable|from$|^bonus:|^penalty:|^veto:/.test(id))).toBe(false);
  });
});

describe('the shipped example scheme (rubrics/examples/county-scheme)', () => {
  const RUBRIC = join(import.meta.dirname, '..', 'rubrics', 'examples', 'county-scheme', 'rubric.json');
  it('loads with subtotals checked as errors, uses every construct, and its fixture cases (points asserted) pass', async () => {
    const r = loadRubric(RUBRIC);
    expect(r.warnings).toEqual([]);
    const s = r.scheme!;
    expect(s.categories!.length).toBeGreaterThanOrEqual(3);
    expect(r.criteria.length).toBeGreaterThanOrEqual(15);
    expect(r.criteria.some((c) => c.subItems) && r.criteria.some((c) => c.applicable) && r.criteria.some((c) => c.levels.some((l) => l.graded?.target !== null && l.graded))).toBe(true);
    expect([s.bonuses!.length, s.penalties!.length, s.veto!.length, s.grades!.length].every((n) => n > 0)).toBe(true);
    const { runFixtures } = await import('../engine/eval/fixtures.js');
    const run = await runFixtures(r);
    expect(run.problems).toEqual([]);
    expect(run.results.filter((x) => !x.pass).map((x) => `${x.criterion} › ${x.name}: ${JSON.stringify(x.failures)}`)).toEqual([]);
    expect(run.results.filter((x) => x.criterion === 'organisation').length).toBeGreaterThan(0);
    // the kinds of item published schemes use (see the README): a sub-item graded by a shortfall, a shortfall held above a
    // floor, a level with its own partial points, a 3-level category tree in two places, per-occurrence penalties
    const subs = r.criteria.flatMap((c) => c.subItems ?? []);
    expect(subs.some((x) => x.graded && x.graded.target !== null && x.conditions === null)).toBe(true);
    expect(subs.some((x) => x.graded && x.graded.floor > 0)).toBe(true);
    expect(r.criteria.some((c) => c.levels.some((l) => l.outcome === 'partial' && l.points !== c.points / 2))).toBe(true);
    expect(s.categories!.filter((c) => c.categories.length > 1).length).toBeGreaterThanOrEqual(2);
    expect(s.penalties!.every((p) => p.graded && p.graded.target === null && p.graded.perUnit > 0)).toBe(true);
  });
  it('a points assertion that does not hold fails the case', async () => {
    const r = loadRubric(RUBRIC);
    const { runFixtures } = await import('../engine/eval/fixtures.js');
    const dir = mkdtempSync(join(tmpdir(), 'scheme-fixture-'));
    const { cpSync, readFileSync } = await import('node:fs');
    cpSync(join(RUBRIC, '..'), dir, { recursive: true });
    const f = join(dir, 'criteria', 'organisation.test.json');
    const data = JSON.parse(readFileSync(f, 'utf8'));
    data.cases[1].points = 2;
    writeFileSync(f, JSON.stringify(data));
    const run = await runFixtures(loadRubric(join(dir, 'rubric.json')), new Set(['organisation']));
    expect(run.results.filter((x) => !x.pass).map((x) => [x.name, x.failures.length])).toEqual([[data.cases[1].name, 1]]);
    expect(r.criteria.length).toBe(16);
  });
  it('scores the seeds and the real openings (when ../shared is present) without an error row', async () => {
    const { existsSync, readdirSync, readFileSync } = await import('node:fs');
    const { scoreBytes } = await import('../engine/scoring/report.js');
    const scorer = createScorer(loadRubric(RUBRIC));
    const corpus = join(import.meta.dirname, '..', 'corpus');
    const openings = join(import.meta.dirname, '..', '..', 'shared', 'real-openings');
    const files = [
      ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f)),
      ...(existsSync(openings) ? readdirSync(openings).filter((f) => f.endsWith('.txt')).map((f) => join(openings, f)) : []),
    ];
    expect(files.length).toBeGreaterThanOrEqual(5);
    if (existsSync(openings)) expect(files.length).toBeGreaterThanOrEqual(5 + 70);
    const errors: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      const r = await scoreBytes(scorer, bytes, file);
      // the traced pass (json-rules-engine itself, as --coverage and eval run it) must not fail either, and must agree
      const traced = await scoreBytes(scorer, bytes, file, { maxBytes: 50 * 1024 * 1024, coverage: true });
      for (const x of [r, traced]) if (x.error) errors.push(`${file}: ${x.error.code} ${x.error.message}`);
      if (r.error || traced.error) continue;
      expect(traced.total).toBe(r.total);
      expect(traced.scheme!.grade).toBe(r.scheme!.grade);
      expect(r.scheme!.grade).not.toBeNull();
      const cats = Object.values(r.scheme!.categories!).reduce((a, c) => a + c.points, 0);
      expect(Math.abs(cats - r.scheme!.rescale.points)).toBeLessThan(0.01);
    }
    // no error row of any kind, internal_error included
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('eval with points gold', () => {
  it('reports MAE per criterion on points, derives the gold outcome from points, and keeps outcome-only gold as before', async () => {
    const { evaluate } = await import('../engine/eval/evaluate.js');
    const rubric = load(scheme());
    const crit = (outcome: 'met' | 'partial' | 'unmet', points: number) => ({ outcome, points, planned_only: false, evidence: [] });
    const result = { file: 'a.txt', unit: null, year: null, total: 5, criteria: { meetings: crit('partial', 1), organise: crit('partial', 2.5), cases: crit('met', 4) }, deductions: [], suspected: [], division: null, flags: [] };
    const gold = { reports: [{ file: 'a.txt', criteria: { meetings: 2, organise: { points: 2.5 }, cases: 'met' as const }, deductions: [], total: 6 }] };
    const r = evaluate(rubric, gold, new Map([['a.txt', result]]));
    expect(r.per_criterion.meetings).toMatchObject({ points_cells: 1, points_mae: 1 });
    // gold 2 of 2 points: met, the engine's partial disagrees
    expect(r.disagreements.map((d) => [d.criterion, d.gold, d.engine])).toEqual([['meetings', 'met', 'partial']]);
    expect(r.per_criterion.organise).toMatchObject({ points_cells: 1, points_mae: 0, accuracy: 1 });
    expect('points_mae' in r.per_criterion.cases).toBe(false);
    expect(r.totals.mae).toBe(1);
  });
});

describe('eval with points gold on the county scheme, end to end', () => {
  const RUBRIC = join(import.meta.dirname, '..', 'rubrics', 'examples', 'county-scheme', 'rubric.json');
  const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');
  const A = '000_ac34c00328a5d2bd.txt', B = '001_125f4e7a7042b909.txt';

  it('points MAE per criterion and on totals agree with the engine\'s own points; a cell with the same outcome but other points is listed', async () => {
    const { readFileSync } = await import('node:fs');
    const { rubricCli, tempDir } = await import('./cli-helpers.js');
    const { scoreBytes } = await import('../engine/scoring/report.js');
    const scorer = createScorer(loadRubric(RUBRIC));
    const engine = new Map<string, Awaited<ReturnType<typeof scoreBytes>>>();
    for (const f of [A, B]) engine.set(f, await scoreBytes(scorer, readFileSync(join(CORPUS_DIR, f)), f));
    const pts = (f: string, id: string) => engine.get(f)!.criteria[id].points;
    // gold written for this test: points (bare, or with an outcome), outcomes, totals
    const orgA = pts(A, 'organisation');
    const orgMax = scorer.rubric.criteria.find((c) => c.id === 'organisation')!.points;
    // the same outcome as the engine's when it is partial, other points: listed apart
    const sameOutcomeOther = orgA > 0 && orgA < orgMax ? (orgA >= 2 ? orgA - 1 : orgA + 1) : orgA;
    const gold = { reports: [
      { file: A, criteria: { leader_study: 3, organisation: { points: sameOutcomeOther }, legal_adviser: 'met' }, deductions: [], total: 45 },
      { file: B, criteria: { leader_study: 4, organisation: 4, pufa: { points: 2.5, outcome: 'partial' } }, deductions: [], total: 60 },
    ] };
    const dir = tempDir();
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));
    const r = rubricCli(['eval', '--gold', join(dir, 'gold.json'), '--rubric', RUBRIC, '--corpus', CORPUS_DIR, '--json', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout);
    const mae = (pairs: Array<[number, number]>) => pairs.reduce((a, [x, y]) => a + Math.abs(x - y), 0) / pairs.length;
    expect(e.per_criterion.leader_study.points_cells).toBe(2);
    expect(e.per_criterion.leader_study.points_mae).toBeCloseTo(mae([[3, pts(A, 'leader_study')], [4, pts(B, 'leader_study')]]), 6);
    expect(e.per_criterion.organisation.points_mae).toBeCloseTo(mae([[sameOutcomeOther, orgA], [4, pts(B, 'organisation')]]), 6);
    expect(e.per_criterion.pufa).toMatchObject({ points_cells: 1 });
    expect(e.per_criterion.legal_adviser.points_cells).toBeUndefined();
    expect(e.totals.mae).toBeCloseTo(mae([[45, engine.get(A)!.total], [60, engine.get(B)!.total]]), 6);
    expect(e.cells).toBe(6);
    if (sameOutcomeOther !== orgA) expect(e.points_disagreements.map((d: { criterion: string; gold_points: number; engine_points: number }) => [d.criterion, d.gold_points, d.engine_points])).toContainEqual(['organisation', sameOutcomeOther, orgA]);
  }, 120_000);

  it('refuses a gold file whose cells the rubric cannot judge, naming the report and the criterion, before scoring', async () => {
    const { rubricCli, tempDir } = await import('./cli-helpers.js');
    const { readGold } = await import('../engine/eval/gold.js');
    const dir = tempDir();
    // points outside 0..max (organisation is worth 8), and a variant below 0
    const bad = { reports: [{ file: A, criteria: { organisation: { points: 9 }, leader_study: -1, pufa: 'met' }, deductions: [], total: 45 }] };
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(bad));
    const r = rubricCli(['eval', '--gold', join(dir, 'gold.json'), '--rubric', RUBRIC, '--corpus', CORPUS_DIR, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const id of ['organisation', 'leader_study']) expect(r.stderr).toContain(`"${id}"`);
    expect(r.stderr).toContain(A);
    expect(r.stderr).not.toContain('"pufa"');
    expect(readGold(bad, loadRubric(RUBRIC)).problems).toEqual([
      { code: 'points_out_of_range', report: 0, file: A, id: 'organisation', points: 9, max: 8 },
      { code: 'points_out_of_range', report: 0, file: A, id: 'leader_study', points: -1, max: 4 },
    ]);
  }, 60_000);
});

describe('outputs of a scheme (score and explain through the CLI)', () => {
  it('results.jsonl gains the scheme keys; CSV has grade and category columns; report.html groups the heat map; explain shows the arithmetic', async () => {
    const { rubricCli, tempDir } = await import('./cli-helpers.js');
    const { readFileSync, writeFileSync: write } = await import('node:fs');
    const RUBRIC = join(import.meta.dirname, '..', 'rubrics', 'examples', 'county-scheme', 'rubric.json');
    const corpus = tempDir('scheme-corpus-');
    write(join(corpus, 'a.txt'), report({ achievements: '党委会专题研究法治建设工作。召开专题会议研究法治督察整改。调整法治政府建设领导小组。开展行政执法案卷评查。因执法不规范被县政府通报批评一次。' }));
    write(join(corpus, 'b.txt'), report({ title: '县档案馆2023年法治政府建设情况报告', achievements: '印发年度法治工作要点。依法办理行政复议案件。' }));
    const out = tempDir('scheme-out-');
    const r = rubricCli(['score', '--rubric', RUBRIC, '--corpus', corpus, '--out', out, '--workers', '1', '--quiet', '--lang', 'en']);
    expect(r.code).toBe(0);
    const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const a = rows.find((x) => x.file.endsWith('a.txt'));
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['categories', 'bonus', 'penalties', 'veto', 'grade', 'rescale']));
    expect(a.criteria.organisation.arithmetic.subItems.find((x: { id: string }) => x.id === 'meetings').graded).toMatchObject({ target: 4, value: 2, points: 2 });
    expect(a.penalties.items.map((i: { id: string }) => i.id)).toEqual(['criticised']);
    const b = rows.find((x) => x.file.endsWith('b.txt'));
    // the 档案馆 writes nothing on enforcement: those 25 points are left out and the rest rescaled
    expect(b.criteria.case_review.arithmetic.applicable).toBe(false);
    expect(b.rescale.max).toBe(75);
    const csv = readFileSync(join(out, 'ranking.csv'), 'utf8');
    const header = csv.replace(/^\ufeff/, '').split('\n')[0];
    expect(header).toContain('grade,bonus,penalties,veto,leadership');
    // nested categories name their parents: sub-categories of different parents share titles (（一）…)
    expect(header).toContain('leadership › first_duty');
    expect(header).not.toMatch(/, {2}/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<tr class="cats">');
    expect(html).toContain('4 required, 2 found, −2');
    const ex = rubricCli(['explain', join(corpus, 'a.txt'), '--rubric', RUBRIC, '--lang', 'en']);
    expect(ex.stdout).toContain('专题研究不少于4次 2/4：4 required, 2 found, −2 (2 points)');
    expect(ex.stdout).toMatch(/grade: /);
  }, 120_000);
});
