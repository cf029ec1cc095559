/** A hand-written gold file: both ways of writing a deduction, and every problem the evaluation would otherwise skip silently. */
import { describe, expect, it } from 'vitest';
import { readGold } from '../engine/eval/gold.js';
import { loadRubric } from '../engine/rubric/load.js';
import { DEFAULT_RUBRIC } from './helpers.js';

const rubric = loadRubric(DEFAULT_RUBRIC);
const report = (over: Record<string, unknown> = {}) => ({ file: 'a.txt', total: 50, criteria: { legal_adviser: 'met', mediation: { points: 2 } }, deductions: [], ...over });

describe('readGold', () => {
  it('normalises deductions written as {id, reason} to ids', () => {
    const { gold, problems } = readGold({ reports: [report({ deductions: ['late_report', { id: 'wrong_year', evidence: '标题2023，正文2022年度' }] })] }, rubric);
    expect(problems).toEqual([]);
    expect(gold!.reports[0].deductions).toEqual(['late_report', 'wrong_year']);
  });
  it('names the shape problem and where it is', () => {
    expect(readGold({ reports: [report({ deductions: [{ reason: 'no id' }] })] }).problems).toEqual([{ code: 'gold_format', report: 0, path: '/reports/0/deductions/0' }]);
    expect(readGold({ report: [] }).problems[0]).toMatchObject({ code: 'gold_format', path: '/reports' });
    expect(readGold({ reports: [report({ criteria: ['met'] })] }).problems[0]).toMatchObject({ code: 'gold_format', path: '/reports/0/criteria' });
  });
  it('refuses outcomes that are not met/partial/unmet and points that are not numbers', () => {
    const { problems } = readGold({ reports: [report({ criteria: { legal_adviser: 'yes', mediation: { points: '2' }, specificity: { outcome: 'partial', points: 1 } } })] }, rubric);
    expect(problems.map((p) => [p.code, 'id' in p ? p.id : null])).toEqual([['bad_cell', 'legal_adviser'], ['bad_cell', 'mediation']]);
  });
  it('refuses ids the rubric does not have (typos would otherwise be skipped)', () => {
    const { gold, problems } = readGold({ reports: [report({ criteria: { legal_advisor: 'met' }, deductions: ['wrong_yaer'] })] }, rubric);
    expect(gold).toBeNull();
    expect(problems).toEqual([
      { code: 'unknown_criterion', report: 0, file: 'a.txt', id: 'legal_advisor' },
      { code: 'unknown_deduction', report: 0, file: 'a.txt', id: 'wrong_yaer' },
    ]);
  });
});

describe('gold problems in the message catalogue', () => {
  it('every code renders in both languages, names the gold file and leaves no parameter unfilled', async () => {
    const { GOLD_PROBLEM_CODES, goldProblemMessage } = await import('../harness/messages.js');
    const samples: Record<string, import('../engine/errors.js').GoldProblem> = {
      gold_format: { code: 'gold_format', report: 0, path: '/reports/0/criteria' },
      unknown_criterion: { code: 'unknown_criterion', report: 1, file: 'b.txt', id: 'legal_advisor' },
      unknown_deduction: { code: 'unknown_deduction', report: 1, file: 'b.txt', id: 'wrong_yaer' },
      bad_cell: { code: 'bad_cell', report: 2, file: 'c.txt', id: 'mediation' },
      points_out_of_range: { code: 'points_out_of_range', report: 3, file: 'd.txt', id: 'organisation', points: 9, max: 8 },
    };
    expect(Object.keys(samples).sort()).toEqual([...GOLD_PROBLEM_CODES].sort());
    for (const p of Object.values(samples)) {
      for (const lang of ['zh', 'en'] as const) {
        const m = goldProblemMessage('/tmp/gold.json', p, lang);
        expect(m).toContain('/tmp/gold.json');
        expect(m).not.toMatch(/\$\{|undefined|NaN/);
        if ('id' in p) expect(m).toContain(p.id);
      }
    }
  });
});
