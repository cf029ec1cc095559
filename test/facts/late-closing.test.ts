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
});
