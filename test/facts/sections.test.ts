import { describe, expect, it } from 'vitest';
import { sectionsFact } from '../../engine/facts/sections.js';
import { compileFact, report } from './fact-helpers.js';

describe('sections', () => {
  it('counts numbered sections of the given kinds', () => {
    const f = compileFact(sectionsFact, { kinds: ['shortcomings', 'plans'] });
    expect(f.errors).toEqual([]);
    const r = f.run(report({}));
    expect(r.value).toBe(2);
    expect(r.evidence.map((e) => e.kind)).toEqual(['shortcomings', 'plans']);
  });
  it('a report without the kind has none; headingNone refuses a heading', () => {
    const text = ['白土镇2023年法治政府建设情况报告', '一、主要工作成效', '组织学法活动。', '白土镇人民政府', '2024年1月15日'].join('\n');
    expect(compileFact(sectionsFact, { kinds: ['shortcomings'] }).run(text).value).toBe(0);
    expect(compileFact(sectionsFact, { heading: ['成效'], headingNone: ['主要'] }).run(text).value).toBe(0);
  });
  it('content: a section counts only when it or a section under it says something of its own (red team 26)', () => {
    const f = compileFact(sectionsFact, { kinds: ['shortcomings'], styles: 'any', heading: ['原因分析$'], content: true });
    expect(f.errors).toEqual([]);
    const under = (lines: string[]) => report({ shortcomings: ['（一）存在的问题', '一是干部法治意识不强。', '（二）原因分析', ...lines].join('\n') });
    // something of its own, also as 一是…二是… leads under the heading
    expect(f.run(under(['主要是培训机会少，懂法律的人才缺。'])).value).toBe(1);
    expect(f.run(under(['一是思想认识有差距。二是培训机会少。'])).value).toBe(1);
    // nothing, a plan (intent), the problem said again: none
    expect(f.run(under([])).value).toBe(0);
    expect(f.run(under(['下一步，我镇将加强干部培训。'])).value).toBe(0);
    expect(f.run(under(['一是干部法治意识不强。'])).value).toBe(0);
    // without `content` the heading alone counts, as before
    expect(compileFact(sectionsFact, { kinds: ['shortcomings'], styles: 'any', heading: ['原因分析$'] }).run(under([])).value).toBe(1);
  });
});
