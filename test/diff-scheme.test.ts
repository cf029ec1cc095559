/**
 * `rubric diff` with schemes (issue 14): grade, bonus, penalties, veto and category subtotals per
 * report, summary counts (良好→优秀 ×n), and the drivers of rank moves; default-shaped diffs keep
 * exactly their old content (pinned in test/golden/diff-default.*, written before schemes existed; only the
 * counts of reports scored and not scored by either rubric were added since).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffResults } from '../engine/eval/diff.js';
import { toMarkdown } from '../harness/commands/diff.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { defaultShaped, schemeShaped } from './diff-inputs.js';
import { CORPUS, ROOT } from './helpers.js';

const GOLDEN = join(import.meta.dirname, 'golden');

describe('diff of rubrics without scheme constructs', () => {
  it('keeps its JSON and Markdown content as pinned (since new user 40: deductions with evidence, one-sided criteria and rank-only moves counted)', () => {
    const { before, after } = defaultShaped();
    const d = diffResults(before, after);
    expect(JSON.parse(JSON.stringify(d))).toEqual(JSON.parse(readFileSync(join(GOLDEN, 'diff-default.json'), 'utf8')));
    expect(toMarkdown(d, 'old/rubric.json', 'new/rubric.json', ['1.0.0', '1.1.0'])).toBe(readFileSync(join(GOLDEN, 'diff-default.md'), 'utf8'));
    expect(JSON.stringify(d)).not.toMatch(/"scheme"|"drivers"/);
    // in Chinese the outcomes are words, a criterion one rubric lacks is 无 (the ids stay in the JSON above)
    const zh = toMarkdown(d, 'old/rubric.json', 'new/rubric.json', ['1.0.0', '1.1.0'], [], 'zh');
    expect(zh).toContain('| legal_adviser | 2 | -7.5 | 达标→部分 ×1, 达标→无 ×1 |');
    expect(zh).toContain('| mediation | 未达标 | 无 |');
    expect(zh).not.toMatch(/\b(?:met|partial|unmet|absent)\b/);
  });
});

describe('diff of a scheme', () => {
  it('reports grade, bonus, veto and category changes per report, counts grade transitions, and names what drove a rank move', () => {
    const { before, after } = schemeShaped();
    const d = diffResults(before, after);
    expect(d.summary.scheme).toEqual({
      gradeChanged: 2, gradeTransitions: { '良好→优秀': 1, '优秀→不合格': 1 }, bonusChanged: 1, penaltiesChanged: 0, vetoChanged: 1,
      categories: [{ id: 'duty', title: '一、履职', reports: 1, pointsDelta: -2 }, { id: 'lead', title: '（一）领导', reports: 1, pointsDelta: -2 }],
    });
    const a = d.changed.find((c) => c.file === 'a.txt')!;
    expect(a.scheme).toMatchObject({ grade: { before: '良好', after: '优秀' }, bonus: { before: 0, after: 2.5, items: [{ id: 'promoted', before: null, after: 2.5 }] }, veto: null, categories: [] });
    expect(d.summary.largestRankMoves.find((m) => m.file === 'a.txt')).toMatchObject({ rankBefore: 2, rankAfter: 1, drivers: [{ kind: 'bonus', id: 'promoted', delta: 2.5 }] });
    const b = d.changed.find((c) => c.file === 'b.txt')!;
    expect(b.scheme).toMatchObject({ grade: { before: '优秀', after: '不合格' }, veto: { before: [], after: ['serious_violation'] }, drivers: [] });
    const c = d.changed.find((x) => x.file === 'c.txt')!;
    expect(c.scheme!.categories.map((p) => [p.id, p.before, p.after])).toEqual([['duty', 10, 8], ['lead', 10, 8]]);
    expect(c.scheme!.drivers).toEqual([{ kind: 'criterion', id: 'meetings', delta: -2 }]);
    const md = toMarkdown(d, 'old', 'new', ['1', '2']);
    expect(md).toContain('- Reports that changed grade: **2** (良好→优秀 ×1, 优秀→不合格 ×1)');
    expect(md).toContain('| a.txt | 2 | 1 | bonus:promoted +2.5 |');
    expect(md).toContain('- veto: [] → [serious_violation]');
  });
  it('a variant: a veto alone (same total, same rank) still changes the report, and a penalty that grew drives a fall', () => {
    const { before } = schemeShaped();
    const after = before.map((r) => ({ ...r, scheme: { ...r.scheme! } }));
    after[1].scheme!.veto = [{ id: 'serious_violation', title: '重大违法', grade: null, evidence: [] }];
    after[1].scheme!.grade = '不合格';
    // a falls from 88 to 69.5 behind c (70): a penalty of 1.5 and a criterion losing 2 … and 15 of deductions
    after[0] = { ...after[0], total: 69.5, rank: 3, criteria: { meetings: { outcome: 'unmet', points: 0, evidence: [] } }, deductions: [{ id: 'wrong_unit_name', points: 15 }] };
    after[0].scheme = { ...after[0].scheme!, penalties: { points: 1.5, cap: 4, items: [{ id: 'lost_cases', title: '败诉', points: 1.5, evidence: [] }] } };
    after[2] = { ...after[2], rank: 2 };
    const d = diffResults(before, after);
    expect(d.summary.reportsChanged).toBe(2);
    const b = d.changed.find((c) => c.file === 'b.txt')!;
    expect([b.totalBefore, b.totalAfter, b.rankBefore, b.rankAfter, b.criteria]).toEqual([90, 90, 1, 1, []]);
    expect(b.scheme).toMatchObject({ grade: { before: '优秀', after: '不合格' }, veto: { after: ['serious_violation'] } });
    expect(d.summary.largestRankMoves.find((m) => m.file === 'a.txt')!.drivers).toEqual([
      { kind: 'deduction', id: 'wrong_unit_name', delta: -15 }, { kind: 'criterion', id: 'meetings', delta: -2 }, { kind: 'penalty', id: 'lost_cases', delta: -1.5 },
    ]);
    expect(d.summary.scheme).toMatchObject({ gradeChanged: 1, gradeTransitions: { '优秀→不合格': 1 }, penaltiesChanged: 1, vetoChanged: 1 });
  });

  it('end to end: the county scheme against a copy with lower grade bounds, on the seeds', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'rubrics', 'examples', 'county-scheme'), dir, { recursive: true });
    const p = join(dir, 'rubric.json');
    const r = JSON.parse(readFileSync(p, 'utf8'));
    // every bound 30 points lower: every seed moves up at least one grade
    r.grades = r.grades.map((g: { name: string; min: number }) => ({ ...g, min: Math.max(0, g.min - 30) }));
    writeFileSync(p, JSON.stringify(r));
    const out = tempDir();
    const res = rubricCli(['diff', join(ROOT, 'rubrics', 'examples', 'county-scheme', 'rubric.json'), p, '--corpus', CORPUS, '--out', out, '--json', '--no-cache']);
    expect(res.code, res.stderr).toBe(0);
    const d = JSON.parse(res.stdout);
    expect(d.summary.scheme.gradeChanged).toBeGreaterThan(0);
    expect(d.summary.reportsChanged).toBe(d.summary.scheme.gradeChanged);
    expect(Object.values(d.summary.scheme.gradeTransitions).reduce((a: number, n) => a + (n as number), 0)).toBe(d.summary.scheme.gradeChanged);
    for (const c of d.changed) expect(c.totalBefore).toBe(c.totalAfter);
    expect(readFileSync(join(out, 'diff.md'), 'utf8')).toContain(`**${d.summary.scheme.gradeChanged}**`);
  }, 120_000);
});
