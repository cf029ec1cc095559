import { describe, expect, it } from 'vitest';
import { quantitiesFact } from '../../engine/facts/quantities.js';
import { compileFact, report } from './fact-helpers.js';

describe('quantities', () => {
  const f = compileFact(quantitiesFact, {});
  it('counts distinct quantities in scope (the same one twice is one)', () => {
    const r = f.run(report({ achievements: '调解纠纷35件，办结率100%。办结率100%。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(2);
  });
  it('years and dates are not quantities; plans do not count', () => {
    expect(f.run(report({ achievements: '2023年3月开展活动。', plans: '计划培训200人次。' })).value).toBe(0);
  });
  it('units narrows to the given units', () => {
    const g = compileFact(quantitiesFact, { units: ['件'] });
    expect(g.run(report({ achievements: '调解纠纷35件，培训120人次。' })).value).toBe(1);
  });
  it('one evidence entry per sentence, naming each quantity it added to the count (counted), a repeat not twice', () => {
    const r = f.run(report({ achievements: '调解纠纷35件，办结率100%。全年培训120人次，办结率100%。开展活动。' }));
    expect(r.value).toBe(3);
    expect(r.evidence.map((e) => e.counted)).toEqual([['35件', '100%'], ['120人次']]);
  });
  it('variant: quantities in Chinese numerals and with 余 are named as written', () => {
    const r = f.run(report({ achievements: '组建两支队伍，共出动执法人员三百余人次。' }));
    expect(r.evidence.map((e) => e.counted)).toEqual([['两支', '三百余人次']]);
  });
  it('a table figure is named with its header\'s unit (12件, not 12): the row alone does not say what it counts (red team 25)', () => {
    const r = f.run(report({ achievements: '各村调处情况如下：\n村（社区）\t受理纠纷（件）\t调解成功率（%）\n东岙村\t12\t91.7\n西岙村\t9\t100' }));
    expect(r.evidence.flatMap((e) => e.counted)).toEqual(['12件', '91.7%', '9件', '100%']);
  });
});
