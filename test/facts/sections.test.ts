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
});
