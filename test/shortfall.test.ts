/**
 * Withheld points explained: a criterion below met carries its shortfall — what the next level up
 * required and the value the report gave — and every output (ranked CSV, workbook, HTML, explain)
 * says it in the outputs' language, with the rubric's Chinese condition titles (English names for
 * --lang en). A new user's ask (session 15): "an unmet cell says nothing about what was missing".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { MAX_NEEDS, shortfallOf, type Condition } from '../engine/rubric/conditions.js';
import { loadRubric } from '../engine/rubric/load.js';
import type { CriterionResult, Need } from '../engine/types.js';
import { applyDecisions } from '../harness/review/apply.js';
import { withheldText } from '../harness/writers/arithmetic-text.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { DEFAULT_RUBRIC, scoreText } from './helpers.js';

const ge = (ref: number, value: number, fact = 'sentences'): Condition => ({ fact, operator: 'greaterThanInclusive', value, params: { $ref: ref } });
const compare = (_op: string, a: number, b: number) => a >= b;
const label = (l: { params: { $ref: number } }) => ({ name: `c${l.params.$ref}` });
const leaf = (ref: number, value: number, found: number, fact = 'sentences'): Need => ({ fact, name: `c${ref}`, operator: 'greaterThanInclusive', value, found });

describe('shortfallOf: the comparisons that failed, with what was found', () => {
  const values = [0, 2, 5, 1];
  const of = (c: Condition) => shortfallOf(c, (ref) => values[ref], compare, label);

  it('a tree that holds lacks nothing; a failed leaf is listed with its value', () => {
    expect(of(ge(2, 3))).toEqual([]);
    expect(of(ge(1, 4))).toEqual([leaf(1, 4, 2)]);
  });

  it('all: only the children that failed; any: every alternative, none of which held', () => {
    expect(of({ all: [ge(2, 1), ge(0, 1), ge(1, 3)] })).toEqual([leaf(0, 1, 0), leaf(1, 3, 2)]);
    expect(of({ any: [ge(0, 1), ge(1, 3)] })).toEqual([{ any: [leaf(0, 1, 0), leaf(1, 3, 2)] }]);
    // an alternative that needs two things at once is listed as one `all`
    expect(of({ any: [ge(0, 1), { all: [ge(1, 3), ge(3, 2)] }] })).toEqual([{ any: [leaf(0, 1, 0), { all: [leaf(1, 3, 2), leaf(3, 2, 1)] }] }]);
  });

  it('not: names what was found that must not be', () => {
    expect(of({ all: [ge(2, 1), { not: ge(1, 1) }] })).toEqual([{ not: leaf(1, 1, 2) }]);
  });

  it('deep trees are listed flat below the first alternatives, and at most MAX_NEEDS comparisons', () => {
    const deep: Condition = { any: [ge(0, 1), { all: [ge(1, 3), { any: [ge(3, 2), ge(0, 2)] }] }] };
    expect(of(deep)).toEqual([{ any: [leaf(0, 1, 0), { all: [leaf(1, 3, 2), leaf(3, 2, 1), leaf(0, 2, 0)] }] }]);
    const wide: Condition = { all: Array.from({ length: 10 }, () => ge(0, 1)) };
    expect(of(wide)).toHaveLength(MAX_NEEDS);
  });
});

describe('the scorer: a cell below met says what the next level needed', () => {
  const base = '某县某镇人民政府2024年法治政府建设情况报告\n一、主要工作成效\n';

  it('partial: the met level\'s requirement with its Chinese and English labels, and the value found', async () => {
    const r = await scoreText(`${base}镇法律顾问列席党委会议，参与重大事项讨论。\n`);
    expect(r.criteria.legal_adviser.outcome).toBe('partial');
    expect(r.criteria.legal_adviser.shortfall).toEqual({ level: 'met', needs: [{ fact: 'sentences', name: 'an adviser retained', title: '聘请法律顾问或公职律师', operator: 'greaterThanInclusive', value: 1, found: 0 }] });
  });

  it('unmet: the nearest level up (partial), not met; a threshold shows the count found (variant: distinct steps)', async () => {
    const r = await scoreText(`${base}重大行政决策严格履行合法性审查、集体讨论决定程序。\n`);
    expect(r.criteria.legal_adviser).toMatchObject({ outcome: 'unmet', shortfall: { level: 'partial', needs: [{ name: 'an adviser mentioned', found: 0 }] } });
    expect(r.criteria.major_decision_procedure).toMatchObject({ outcome: 'partial', shortfall: { level: 'met', needs: [{ fact: 'distinct_items', value: 4, found: 2 }] } });
  });

  it('report_metadata names which of the three is missing (new user nu32: "found 2 of 3" said not which); variant: the title lacks its year', async () => {
    const body = '一、主要工作成效\n组织干部开展依法行政专题培训。\n二、存在的不足\n基层法治力量仍显薄弱。\n';
    const undated = await scoreText(`青石镇人民政府\n关于2024年度法治政府建设情况的报告\n${body}\n青石镇人民政府\n`);
    expect(undated.criteria.report_metadata).toMatchObject({ outcome: 'partial', shortfall: { level: 'met', needs: [{ fact: 'metadata', title: '有署日期的落款', found: 0 }] } });
    const yearless = await scoreText(`青石镇人民政府\n关于法治政府建设情况的报告\n${body}\n青石镇人民政府\n2025年2月18日\n`);
    expect(yearless.criteria.report_metadata.outcome).toBe('partial');
    expect(yearless.criteria.report_metadata.shortfall!.needs).toEqual([expect.objectContaining({ title: '标题写明年度', found: 0 })]);
  });

  it('met cells carry none', async () => {
    const r = await scoreText(`${base}聘请某某律师事务所律师担任镇政府常年法律顾问。\n`);
    expect(r.criteria.legal_adviser.outcome).toBe('met');
    expect(r.criteria.legal_adviser.shortfall).toBeUndefined();
  });

  it('every labelled condition of the default rubric has a Chinese title, for the Chinese outputs', () => {
    const rubric = loadRubric(DEFAULT_RUBRIC);
    const named = rubric.facts.filter((f) => f.name);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((f) => !f.title).map((f) => f.name)).toEqual([]);
  });
});

describe('withheldText and review decisions', () => {
  const cell: CriterionResult = { outcome: 'partial', points: 2.5, planned_only: false, evidence: [], shortfall: { level: 'met', needs: [{ any: [{ fact: 'sentences', name: 'an adviser retained', title: '聘请法律顾问', operator: 'greaterThanInclusive', value: 1, found: 0 }, { not: { fact: 'quantities', operator: 'lessThan', value: 3, found: 1 } }] }] } };

  it('renders labels, signs and values in the language asked; the fact name stands in for a missing label', () => {
    const zh = withheldText(cell, 'zh')!, en = withheldText(cell, 'en')!;
    expect(zh).toContain('聘请法律顾问');
    expect(zh).toContain('quantities');
    expect(en).toContain('an adviser retained');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    for (const s of [zh, en]) expect(s).toMatch(/≥ ?1/);
    expect(withheldText({ ...cell, shortfall: undefined }, 'zh')).toBeNull();
  });

  it('a planned-only cell says its count leaves the plans out (red team 20: "found 0" beside a plan sentence read as a contradiction)', () => {
    const planned = { ...cell, outcome: 'unmet' as const, points: 0, planned_only: true };
    for (const lang of ['zh', 'en'] as const) {
      expect(withheldText(planned, lang)!.startsWith(withheldText(cell, lang)!)).toBe(true);
      expect(withheldText(planned, lang)!.length).toBeGreaterThan(withheldText(cell, lang)!.length);
    }
  });

  it('a cell an assessor moved drops the engine\'s shortfall; one confirmed as the engine scored it keeps it', () => {
    const rubric = loadRubric(DEFAULT_RUBRIC);
    const criteria: Record<string, CriterionResult> = {};
    for (const c of rubric.criteria) criteria[c.id] = { outcome: 'unmet', points: 0, planned_only: false, evidence: [] };
    criteria.legal_adviser = cell;
    criteria.mediation = { ...cell };
    const r = applyDecisions(rubric, { file: 'a.txt', unit: '某镇人民政府', year: 2024, total: 5, criteria, deductions: [], suspected: [], division: null, flags: [], encoding: 'utf-8' }, [
      { file: 'a.txt', id: 'legal_adviser', outcome: 'met', reason: '已聘请', by: '张三', date: '2025-01-01', hash: '', line: 2 },
      { file: 'a.txt', id: 'mediation', outcome: 'partial', reason: '核实无误', by: '张三', date: '2025-01-01', hash: '', line: 3 },
    ]);
    expect(r.criteria.legal_adviser.shortfall).toBeUndefined();
    expect(r.criteria.mediation.shortfall).toEqual(cell.shortfall);
  });
});

describe('the outputs say it', () => {
  const corpus = tempDir();
  writeFileSync(join(corpus, '某镇.txt'), '某县某镇人民政府2024年法治政府建设情况报告\n一、主要工作成效\n镇法律顾问列席党委会议，参与重大事项讨论。\n');

  it('ranking.csv, ranking.xlsx and report.html, in Chinese; the CSV in English with --lang en', async () => {
    const out = tempDir();
    expect(rubricCli(['score', '--corpus', corpus, '--out', out, '--format', 'csv,xlsx,html']).code).toBe(0);
    const csv = readFileSync(join(out, 'ranking.csv'), 'utf8');
    expect(csv).toContain('聘请法律顾问或公职律师（≥1，找到0）');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/<div class="withheld">[^<]*聘请法律顾问或公职律师/);
    const sheet = (await readXlsxFile(join(out, 'ranking.xlsx'), { sheet: '证据' })).map((row) => row.join('|'));
    expect(sheet.some((row) => row.includes('法律顾问') && row.includes('聘请法律顾问或公职律师'))).toBe(true);
    const en = tempDir();
    expect(rubricCli(['score', '--corpus', corpus, '--out', en, '--format', 'csv', '--lang', 'en']).code).toBe(0);
    expect(readFileSync(join(en, 'ranking.csv'), 'utf8')).toContain('an adviser retained (≥ 1, found 0)');
  }, 60_000);

  it('review-template lists a cell one short of the next level, and its row says what was missing', () => {
    const dir = tempDir(), out = tempDir();
    writeFileSync(join(dir, '某乡.txt'), '某县某乡人民政府2024年法治政府建设情况报告\n一、主要工作成效\n重大行政决策严格履行公众参与、合法性审查、集体讨论决定程序。\n');
    expect(rubricCli(['review-template', dir, '--out', out, '--no-cache']).code).toBe(0);
    const rows = readFileSync(join(out, 'review.csv'), 'utf8').split('\r\n').filter((l) => l.includes('major_decision_procedure'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('差一处');
    expect(rows[0]).toContain('重大决策法定程序四项以上（≥4，找到3）');
  });

  it('explain prints the shortfall under the criterion', () => {
    const r = rubricCli(['explain', join(corpus, '某镇.txt'), '--criterion', 'legal_adviser']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('聘请法律顾问或公职律师（≥1，找到0）');
  });
});
