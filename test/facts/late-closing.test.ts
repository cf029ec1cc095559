import { describe, expect, it } from 'vitest';
import { lateClosingFact } from '../../engine/facts/late-closing.js';
import { compileFact, report } from './fact-helpers.js';

describe('late_closing', () => {
  const f = compileFact(lateClosingFact, {});
  it('days past 4月1日 of the year after the report year, with the 落款 date as evidence', () => {
    const r = f.run(report({ closing: '白土镇人民政府\n2024年4月11日' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(10);
    expect(r.evidence[0].kind).toBe('closing');
  });
  it('on time or undated is 0', () => {
    expect(f.run(report({ closing: '白土镇人民政府\n2024年3月30日' })).value).toBe(0);
    expect(f.run(report({ closing: '白土镇人民政府' })).value).toBe(0);
  });
  it('month/day move the deadline', () => {
    expect(compileFact(lateClosingFact, { month: 3, day: 1 }).run(report({ closing: '白土镇人民政府\n2024年3月3日' })).value).toBe(2);
  });
  it('a year the preamble states as the one reported on counts like the title\'s; a year only found in the body is a suspicion', () => {
    const untitled = (preamble: string) => report({ title: '白土镇法治政府建设工作情况报告', preamble, closing: '白土镇人民政府\n2024年4月20日' });
    const stated = f.run(untitled('2023年，白土镇在县委、县政府的领导下推进法治政府建设。'));
    expect(stated.value).toBe(19);
    // a variant: 现将2023年度…情况报告如下
    expect(f.run(untitled('现将我镇2023年度法治政府建设工作情况报告如下。')).value).toBe(19);
    // 2021年以来 frames a span, not the year reported on: only suspected
    const span = f.run(untitled('2021年以来，白土镇持续推进法治政府建设。'));
    expect(span.value).toBe(0);
    expect(span.suspected?.[0]?.suspicion).toBe('year_inferred');
  });
  it('a report naming no year anywhere, its year inferred from the 落款: lateness is a suspicion, never points (blind set 48)', () => {
    const noYear = (preamble: string, date: string) => report({ title: '白土镇法治政府建设工作情况报告', preamble, closing: `白土镇人民政府\n${date}` });
    // 今年以来 … signed in April: the year reported on may be the 落款's or the one before it
    const april = f.run(noYear('今年以来，我镇在县委、县政府的领导下推进法治政府建设。', '2019年4月10日'));
    expect(april.value).toBe(0);
    expect(april.suspected?.map((e) => e.suspicion)).toEqual(['year_inferred']);
    expect(april.suspected?.[0]?.text).toBe('2019年4月10日');
    // a variant with no year word at all, signed in June; signed in February it is on time whichever year it reports on
    expect(f.run(noYear('我镇坚持依法行政，推进法治政府建设。', '2021年6月2日')).suspected?.map((e) => e.suspicion)).toEqual(['year_inferred']);
    expect(f.run(noYear('我镇坚持依法行政，推进法治政府建设。', '2021年2月2日')).suspected).toEqual([]);
  });
  it('a 落款 date shown by a self-updating field (the .docx reader\'s hint) is only a suspicion, with its reason', () => {
    const r = f.run(report({ closing: '白土镇人民政府\n2024年4月11日' }), { autoDates: ['2024年4月11日'] });
    expect(r.value).toBe(0);
    expect(r.suspected?.map((e) => e.suspicion)).toEqual(['date_field']);
    // on time, nothing to suspect; a field showing some other date (a 时间 in the body) leaves the typed 落款 a signed date
    expect(f.run(report({ closing: '白土镇人民政府\n2024年3月11日' }), { autoDates: ['2024年3月11日'] }).suspected).toEqual([]);
    expect(f.run(report({ closing: '白土镇人民政府\n2024年4月11日' }), { autoDates: ['2024年12月1日'] }).value).toBe(10);
  });
});
