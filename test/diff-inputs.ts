/**
 * Rubric diff inputs written for the tests: a default-shaped corpus (criteria and deductions only)
 * before and after a rule change, and the same reports scored by a scheme.
 */
import type { DiffInput } from '../engine/eval/diff.js';
import type { Evidence, SchemeResult } from '../engine/types.js';

const ev = (line: number, text: string): Evidence => ({ text, section: '一、主要举措', kind: 'achievements', line, start: line * 10, end: line * 10 + text.length });
const cell = (outcome: 'met' | 'partial' | 'unmet', points: number, evidence: Evidence[] = []) => ({ outcome, points, evidence });

/** Four reports; the change turns legal_adviser met→partial on a, adds a deduction on c and fails d. */
export function defaultShaped(): { before: DiffInput[]; after: DiffInput[] } {
  const before: DiffInput[] = [
    { file: 'a.txt', total: 63, rank: 1, criteria: { legal_adviser: cell('met', 5, [ev(4, '聘请律师事务所担任法律顾问')]), mediation: cell('partial', 2) }, deductions: [] },
    { file: 'b.txt', total: 60, rank: 2, criteria: { legal_adviser: cell('partial', 2.5), mediation: cell('met', 4, [ev(7, '调解纠纷32件')]) }, deductions: [] },
    { file: 'c.txt', total: 58, rank: 3, criteria: { legal_adviser: cell('unmet', 0), mediation: cell('met', 4) }, deductions: [] },
    { file: 'd.txt', total: 40, rank: 4, criteria: { legal_adviser: cell('met', 5), mediation: cell('unmet', 0) }, deductions: [] },
  ];
  const after: DiffInput[] = [
    { ...before[0], total: 60.5, rank: 2, criteria: { ...before[0].criteria, legal_adviser: cell('partial', 2.5, [ev(4, '法律顾问参与合同审查')]) } },
    { ...before[1], rank: 1 },
    { ...before[2], total: 48, deductions: [{ id: 'wrong_unit_name', points: 10 }] },
    { file: 'd.txt', total: 0, rank: null, criteria: {}, deductions: [], error: { code: 'internal_error' } },
  ];
  return { before, after };
}

const scheme = (p: Partial<SchemeResult> & { grade: string | null }): SchemeResult => ({
  categories: { duty: { title: '一、履职', points: 10, max: 20, categories: { lead: { title: '（一）领导', points: 10, max: 20 } } }, enforce: { title: '二、执法', points: 20, max: 30 } },
  bonus: { points: 0, cap: 3, items: [] }, penalties: { points: 0, cap: 4, items: [] }, veto: [], rescale: { points: 30, max: 50, factor: 2 },
  ...p,
});

/** Three reports scored by a scheme before and after: a bonus moves a up a grade and a rank; b is vetoed; c's category subtotal falls. */
export function schemeShaped(): { before: DiffInput[]; after: DiffInput[] } {
  const before: DiffInput[] = [
    { file: 'a.txt', total: 88, rank: 2, criteria: { meetings: cell('partial', 2) }, deductions: [], scheme: scheme({ grade: '良好' }) },
    { file: 'b.txt', total: 90, rank: 1, criteria: { meetings: cell('met', 4) }, deductions: [], scheme: scheme({ grade: '优秀' }) },
    { file: 'c.txt', total: 70, rank: 3, criteria: { meetings: cell('met', 4) }, deductions: [], scheme: scheme({ grade: '合格' }) },
  ];
  const bonus = { points: 2.5, cap: 3, items: [{ id: 'promoted', title: '经验被推广', points: 2.5, evidence: [ev(9, '经验做法被省司法厅刊发推广')] }] };
  const after: DiffInput[] = [
    { ...before[0], total: 90.5, rank: 1, scheme: scheme({ grade: '优秀', bonus }) },
    { ...before[1], rank: 2, scheme: scheme({ grade: '不合格', veto: [{ id: 'serious_violation', title: '重大违法被追责', grade: null, evidence: [ev(12, '因重大违法行为被追责')] }] }) },
    {
      ...before[2], total: 66, criteria: { meetings: cell('partial', 2) },
      scheme: scheme({
        grade: '合格', rescale: { points: 28, max: 50, factor: 2 },
        categories: { duty: { title: '一、履职', points: 8, max: 20, categories: { lead: { title: '（一）领导', points: 8, max: 20 } } }, enforce: { title: '二、执法', points: 20, max: 30 } },
        penalties: { points: 0, cap: 4, items: [] },
      }),
    },
  ];
  return { before, after };
}
