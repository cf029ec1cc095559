/**
 * A deduction as the CSV's 扣分项目 cell shows it (harness/writers/evidence-text.ts deductionCell): an assessor's confirmation reads
 * as one, with the assessor's reason, and without the engine's doubts (new user 47: 〔疑似：报告年度是推断的〕 beside 评分人确认, and
 * 年度错误 −5（评分人…确认；引擎未扣）：； with nothing after the colon).
 */
import { describe, expect, it } from 'vitest';
import { decidedEvidence, deductionCell } from '../harness/writers/evidence-text.js';
import type { DeductionResult, Evidence } from '../engine/types.js';

const late: Evidence = { text: '2025年4月18日', section: '落款', kind: 'closing', line: 30, start: 0, end: 10, suspicion: 'year_inferred' } as Evidence;

describe('deductionCell', () => {
  it('a confirmed suspicion drops the engine\'s doubt, keeps the quote and shows the reason', () => {
    const d: DeductionResult = { id: 'late_report', points: 3, evidence: [late], review: { decision: 'confirmed', by: '张三', reason: '标题无年度，正文写明2024年', engine: { status: 'suspected', points: 0 } } } as DeductionResult;
    const cell = deductionCell(d, '报送逾期', 'zh');
    expect(cell).toContain('评分人 张三确认；引擎：疑似；理由：标题无年度，正文写明2024年');
    expect(cell).toContain('L30');
    expect(cell).not.toContain('疑似：');
    // the English reads the same way
    expect(deductionCell(d, 'late report', 'en')).toMatch(/confirmed by 张三; reason: 标题无年度/);
  });

  it('a deduction the assessor added, with no evidence, has no empty colon; an unreviewed suspicion keeps its doubt', () => {
    const added: DeductionResult = { id: 'wrong_year', points: 5, evidence: [], review: { decision: 'confirmed', by: '', engine: { status: 'none', points: 0 } } } as unknown as DeductionResult;
    expect(deductionCell(added, '年度错误', 'zh')).toBe('年度错误 −5（评分人确认；引擎未扣）');
    const open: DeductionResult = { id: 'late_report', points: 0, status: 'suspected', evidence: [late] };
    expect(deductionCell(open, '报送逾期', 'zh')).toMatch(/^报送逾期 疑似（未计分，待确认）：.*〔/);
  });

  it('the workbook and the page read the same decided evidence (red team 95: they still printed the doubt the CSV dropped)', () => {
    const confirmed: DeductionResult = { id: 'late_report', points: 3, evidence: [late], review: { decision: 'confirmed', by: '', reason: '', date: '', engine: { status: 'suspected', points: 0 } } };
    expect(decidedEvidence(confirmed).map((e) => e.suspicion)).toEqual([undefined]);
    // a rejected one and an open one keep what the engine said
    expect(decidedEvidence({ ...confirmed, review: { ...confirmed.review!, decision: 'rejected' } }).map((e) => e.suspicion)).toEqual(['year_inferred']);
    expect(decidedEvidence({ id: 'late_report', points: 0, status: 'suspected', evidence: [late] }).map((e) => e.suspicion)).toEqual(['year_inferred']);
  });
});
