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
  it('an item named outside its context is withheld evidence with its reason (off_context), once, only where nothing counted it (nu33: explain showed only 0 ≥ 4)', () => {
    const r = f.run(report({ achievements: '制定村规民约时广泛开展公众参与。全年开展合同合法性审查12件，合法性审查率100%。重大决策均经专家论证。' }));
    expect(r.value).toBe(1);
    const off = r.refused.filter((x) => x.reason === 'off_context');
    // 公众参与 and 合法性审查 named on no decision: each once (the second 合法性审查 is the same item); 专家论证 counted
    expect(off.map((x) => x.match)).toEqual(['公众参与: 公众参与', '合法性审查: 合法性审查']);
    expect(off[0].text).toContain('村规民约');
    expect(r.evidence.map((e) => e.match)).toEqual(['专家论证: 专家论证 + 决策']);
  });
  it('variants: an item that counts elsewhere is not withheld; one named off-context in the plans is the scope\'s, not off_context', () => {
    const r = f.run(report({ achievements: '开展公众参与活动。重大决策前组织公众参与。', plans: '推进专家论证工作。' }));
    expect(r.value).toBe(1);
    expect(r.refused.filter((x) => x.reason === 'off_context')).toEqual([]);
    // the first off-context mention in the preamble (front: the scope's) does not hide a later one in the achievements
    const later = f.run(report({ preamble: '2023年，白土镇坚持专家论证制度。', achievements: '修订村规民约时开展专家论证。' }));
    expect(later.refused.filter((x) => x.reason === 'off_context').map((x) => x.text)).toEqual(['修订村规民约时开展专家论证。']);
    // itemNone's refusals are off_context too: 合法性审查 of a 规范性文件
    const g = compileFact(distinctItemsFact, { items: { 合法性审查: ['合法性审查'] }, itemNone: { 合法性审查: ['规范性文件'] } });
    expect(g.run(report({ achievements: '对规范性文件开展合法性审查。' })).refused).toEqual([expect.objectContaining({ reason: 'off_context', match: '合法性审查: 合法性审查' })]);
  });
  it('itemNone refuses an item in a sentence about something else', () => {
    const g = compileFact(distinctItemsFact, { items: { 合法性审查: ['合法性审查'] }, itemNone: { 合法性审查: ['规范性文件'] } });
    expect(g.run(report({ achievements: '对规范性文件开展合法性审查。' })).value).toBe(0);
    expect(g.run(report({ achievements: '对重大决策开展合法性审查。' })).value).toBe(1);
  });
});
