import { describe, expect, it } from 'vitest';
import { countedFact } from '../../engine/facts/counted.js';
import { compileFact, report } from './fact-helpers.js';

describe('counted', () => {
  const f = compileFact(countedFact, { all: [['专题研究', '专题会议'], ['法治', '依法']], units: ['次'] });
  it('a count stated once is the count (全年专题研究法治建设4次 → 4)', () => {
    const r = f.run(report({ achievements: '镇党委全年专题研究法治建设4次，解决实际问题12个。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(4);
    expect(r.evidence[0].match).toContain('4次');
  });
  it('sentences without a count count one each', () => {
    expect(f.run(report({ achievements: '3月党委会专题研究法治建设工作。9月再次召开专题会议研究依法行政。' })).value).toBe(2);
  });
  it('the count after what the terms name, not the meetings around it', () => {
    expect(f.run(report({ achievements: '全年召开党委会12次，其中专题研究法治建设2次。' })).value).toBe(2);
  });
  it('only figures in the given units count: 12个 problems, a 2024年 date are not meetings', () => {
    expect(f.run(report({ achievements: '2024年3月专题研究法治建设，解决问题12个。' })).value).toBe(1);
  });
  it('a count in the plans counts only towards withPlans', () => {
    const r = f.run(report({ achievements: '开展普法宣传。', plans: '明年计划专题研究法治建设6次。' }));
    expect(r.value).toBe(0);
    expect(r.withPlans).toBe(6);
    // (a threshold, 不少于6次, is no count since session 54 — new user 54: the plan is still there, as a mention without a count)
    const t = f.run(report({ achievements: '开展普法宣传。', plans: '明年专题研究法治建设不少于6次。' }));
    expect([t.value, t.withPlans]).toEqual([0, 1]);
  });
});
