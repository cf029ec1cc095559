import { describe, expect, it } from 'vitest';
import { distinctItemsFact } from '../../engine/facts/distinct-items.js';
import { compileFact, report } from './fact-helpers.js';

describe('distinct_items', () => {
  const f = compileFact(distinctItemsFact, { items: { 公众参与: ['公众参与'], 专家论证: ['专家论证'], 合法性审查: ['合法性审查'] }, context: [['决策']] });
  it('counts each named item once, where the context holds', () => {
    const r = f.run(report({ achievements: '重大决策前开展公众参与和专家论证。重大决策经公众参与后出台。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(2);
  });
  it('an item without its context does not count', () => {
    expect(f.run(report({ achievements: '开展合法性审查12件。' })).value).toBe(0);
  });
  it('itemNone refuses an item in a sentence about something else', () => {
    const g = compileFact(distinctItemsFact, { items: { 合法性审查: ['合法性审查'] }, itemNone: { 合法性审查: ['规范性文件'] } });
    expect(g.run(report({ achievements: '对规范性文件开展合法性审查。' })).value).toBe(0);
    expect(g.run(report({ achievements: '对重大决策开展合法性审查。' })).value).toBe(1);
  });
});
