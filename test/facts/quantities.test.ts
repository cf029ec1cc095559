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
});
