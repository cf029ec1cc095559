import { describe, expect, it } from 'vitest';
import { metadataFact } from '../../engine/facts/metadata.js';
import { compileFact, report } from './fact-helpers.js';

describe('metadata', () => {
  it('title_has_unit, title_has_year and dated_closing are 1 for a complete report, with title and 落款 evidence', () => {
    const text = report({});
    expect(compileFact(metadataFact, { field: 'title_has_unit' }).run(text).value).toBe(1);
    expect(compileFact(metadataFact, { field: 'title_has_year' }).run(text).value).toBe(1);
    const closing = compileFact(metadataFact, { field: 'dated_closing' }).run(text);
    expect(closing.value).toBe(1);
    expect(closing.evidence.map((e) => e.kind)).toEqual(['closing']);
    expect(compileFact(metadataFact, { field: 'title_and_closing' }).run(text).value).toBe(3);
    expect(compileFact(metadataFact, { field: 'report_year' }).run(text).value).toBe(2023);
  });
  it('report_year\'s title evidence says what it read (a deduction quoting the title says why: new user, session 19)', () => {
    const year = compileFact(metadataFact, { field: 'report_year' }).run(report({}));
    expect(year.evidence).toHaveLength(1);
    expect(year.evidence[0]).toMatchObject({ section: '标题', reads: { field: 'report_year', value: 2023 } });
    // the other fields quote the title as what it is, with nothing read
    expect(compileFact(metadataFact, { field: 'title_has_year' }).run(report({})).evidence[0].reads).toBeUndefined();
    // (variant) a year taken from the body, not the title: no title evidence, so nothing to explain
    const untitled = compileFact(metadataFact, { field: 'report_year' }).run(report({ title: '白土镇法治政府建设情况报告' }));
    expect(untitled.evidence).toEqual([]);
  });
  it('an undated 落款 and a title without the unit are 0', () => {
    const text = report({ title: '法治政府建设情况报告', closing: '白土镇人民政府' });
    expect(compileFact(metadataFact, { field: 'dated_closing' }).run(text).value).toBe(0);
    expect(compileFact(metadataFact, { field: 'title_has_unit' }).run(text).value).toBe(0);
  });
  it('a title naming the body without the superior places its 落款 adds (沉湖管委会 for 天门市沉湖管委会) names the unit — blind set 176', () => {
    const run = (title: string, closing: string) => compileFact(metadataFact, { field: 'title_has_unit' }).run(report({ title, closing })).value;
    expect(run('沉湖管委会2023年度法治政府建设工作情况', '天门市沉湖管委会\n2024年1月20日')).toBe(1);
    // variant: a farm under its county
    expect(run('红星农场2023年法治建设工作报告', '宝清县红星农场\n2024年1月20日')).toBe(1);
    // guards: a government or a department's bare field names no unit without its place; nor a generic body's kind (red team 87)
    expect(run('人民政府2023年法治政府建设情况报告', '天门市人民政府\n2024年1月20日')).toBe(0);
    expect(run('司法局2023年法治政府建设情况报告', '天门市司法局\n2024年1月20日')).toBe(0);
    expect(run('国有林场2024年度法治建设工作报告', '崇义县国有林场\n2025年1月20日')).toBe(0);
    expect(run('经济技术开发区管理委员会2024年法治政府建设情况报告', '赣州经济技术开发区管理委员会\n2025年1月20日')).toBe(0);
    expect(run('市政设施管理处2024年法治建设工作报告', '吉安市吉州区市政设施管理处\n2025年1月20日')).toBe(0);
    // (red team 88: 国有 before a proper name, a long proper name and a 管理处 of its own are the unit)
    expect(run('国有马头山林场2024年法治建设工作报告', '资溪县国有马头山林场\n2025年1月20日')).toBe(1);
    expect(run('白马湖生态创意城管委会2024年法治政府建设情况报告', '淮安市白马湖生态创意城管委会\n2025年1月20日')).toBe(1);
    expect(run('港口湾水库管理处2024年法治建设工作报告', '宁国市港口湾水库管理处\n2025年1月20日')).toBe(1);
  });
  it('an unknown field is refused by the params schema', () => {
    expect(compileFact(metadataFact, { field: 'nope' as never }).errors.map((e) => e.code)).toEqual(['schema']);
  });
});
