/** The traps of the genre, each in our own words: the engine must not be fooled by any of them. */
import { describe, expect, it } from 'vitest';
import { scoreText } from './helpers.js';

const frame = (body: string, extra = '') => `河西县青石镇人民政府\n关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n${body}\n二、存在的不足\n基层法治力量薄弱。${extra ? `\n${extra}` : ''}\n三、下一步工作计划\n继续加强法治宣传。\n`;

describe('traps', () => {
  it('a measure only in plans earns nothing and is flagged planned_only', async () => {
    const r = await scoreText(frame('完善便民服务设施。').replace('继续加强法治宣传。', '聘请专业律师担任镇政府法律顾问。'));
    expect(r.criteria.legal_adviser).toMatchObject({ outcome: 'unmet', points: 0, planned_only: true });
    expect(r.criteria.legal_adviser.evidence[0]).toMatchObject({ kind: 'plans' });
  });

  it('a measure named in shortcomings earns nothing', async () => {
    const r = await scoreText(frame('完善便民服务设施。', '法律顾问作用发挥不充分，尚未聘请常年法律顾问。'));
    expect(r.criteria.legal_adviser.outcome).toBe('unmet');
    expect(r.criteria.legal_adviser.planned_only).toBe(false);
  });

  it('a different township named in the body is a −10 deduction with evidence', async () => {
    const r = await scoreText(frame('坚持把依法行政贯穿柳河乡工作全过程。'));
    expect(r.deductions).toEqual([expect.objectContaining({ id: 'wrong_unit_name', points: 10 })]);
    expect(r.deductions[0].evidence[0].text).toContain('柳河乡');
  });

  it('a report with no numbers gets no quantified-outcome points', async () => {
    const r = await scoreText(frame('扎实推进各项法治工作，取得明显成效。'));
    expect(r.criteria.quantified_outcomes.outcome).toBe('unmet');
  });

  it('a sentence broken across lines still matches as one sentence', async () => {
    const r = await scoreText(frame('聘请明德律师事务所律师担任镇政府常年法\n\n律顾问，全年审查合同二十余份。'));
    expect(r.criteria.legal_adviser.outcome).toBe('met');
    expect(r.flags).toContain('conversion_artifacts');
  });

  it('full-width digits count as numbers', async () => {
    const r = await scoreText(frame('全年调处矛盾纠纷８６件。'));
    expect(r.criteria.mediation.outcome).toBe('met');
  });

  it('an intent verb in an achievements sentence does not count as done', async () => {
    const r = await scoreText(frame('下一步将成立法治政府建设领导小组。'));
    expect(r.criteria.leading_group.outcome).toBe('unmet');
  });

  it('a report whose headings lost their numbers still keeps plans out of completed work', async () => {
    const r = await scoreText('柳河乡人民政府\n2024年度法治政府建设情况报告\n主要举措和成效\n组织开展普法宣传。\n下一步工作计划\n推行行政执法公示、执法全过程记录和重大执法决定法制审核制度。\n');
    expect(r.criteria.enforcement_three_systems).toMatchObject({ outcome: 'unmet', planned_only: true });
    expect(r.criteria.struct_next_year.outcome).toBe('met');
  });

  it('the total equals criteria points minus deductions, clamped to 0..100', async () => {
    const r = await scoreText(frame('坚持把依法行政贯穿柳河乡工作全过程。'));
    const sum = Object.values(r.criteria).reduce((a, c) => a + c.points, 0) - r.deductions.reduce((a, d) => a + d.points, 0);
    expect(r.total).toBe(Math.max(0, Math.min(100, sum)));
  });
});
