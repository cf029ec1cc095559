/**
 * review.csv's 证据 column shows the sentence that put a cell on the list, not only the cell's first quote
 * (new user, session 19: a withheld cell showed its counted sentence, never the one it refused).
 */
import { describe, expect, it } from 'vitest';
import { firstEvidence } from '../harness/review/write.js';
import type { CriterionResult, Evidence } from '../engine/types.js';

const at = (line: number, text: string, reason?: string): Evidence => ({ text, section: '二', kind: reason === 'in_plans' ? 'plans' : 'achievements', line, start: 0, end: text.length, ...(reason ? { reason } : {}) } as Evidence);
const cell = (evidence: Evidence[], outcome: CriterionResult['outcome'] = 'partial'): CriterionResult => ({ outcome, points: 2, planned_only: false, evidence });
const result = (id: string, c: CriterionResult) => ({ criteria: { [id]: c }, deductions: [] });

describe('review.csv evidence', () => {
  const counted = at(8, '镇政府聘请律师担任法律顾问。');
  const refused = at(12, '下一步拟为各村聘请村法律顾问。', 'intent');
  const planned = at(30, '明年为各村配齐法律顾问。', 'in_plans');

  it('a withheld cell shows its counted quote and then the sentence it refused', () => {
    const line = firstEvidence(result('legal_adviser', cell([counted, refused])), 'legal_adviser', 'withheld');
    expect(line.split('｜').slice(0, 2).map((x) => x.match(/L(\d+)/)?.[1])).toEqual(['8', '12']);
    expect(line).toMatch(/｜\[[^\]]+\] L12 /);
  });

  it('a planned-only cell shows its sentence in the plans even when another refusal comes first (variant)', () => {
    const shortcoming = at(20, '法律顾问作用发挥不充分。', 'in_shortcomings');
    const line = firstEvidence(result('legal_adviser', cell([shortcoming, planned], 'unmet')), 'legal_adviser', 'planned_only');
    expect(line).toMatch(/^\[仅在计划中\] L30 /);
    expect(line).not.toContain('L20');
  });

  it('without a reason (a deduction, near a threshold) the first quote is shown, as before', () => {
    expect(firstEvidence(result('legal_adviser', cell([counted, refused])), 'legal_adviser')).toMatch(/^L8 /);
    expect(firstEvidence(result('legal_adviser', cell([counted, refused])), 'legal_adviser')).not.toContain('L12');
  });
});
