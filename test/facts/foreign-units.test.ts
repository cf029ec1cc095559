import { describe, expect, it } from 'vitest';
import { foreignUnitsFact } from '../../engine/facts/foreign-units.js';
import { compileFact, report } from './fact-helpers.js';

describe('foreign_units', () => {
  const f = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作'] });
  it('another township named where the reporting unit belongs', () => {
    const r = f.run(report({ achievements: '贯穿水口乡工作全过程，调解纠纷35件。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(1);
    expect(r.evidence[0].match).toBe('水口乡');
  });
  it('the unit itself, generic words and names inside 《》 are not foreign', () => {
    expect(f.run(report({ achievements: '白土镇党委高度重视，全镇工作有序推进。' })).value).toBe(0);
    expect(f.run(report({ achievements: '学习《水口乡工作条例》。' })).value).toBe(0);
  });
  it('a 落款 signed by another township counts (closing is in the default scope), not when scope leaves it out', () => {
    const text = report({ closing: '水口乡人民政府\n2024年1月15日' });
    expect(f.run(text).value).toBe(1);
    expect(compileFact(foreignUnitsFact, { unitContext: ['人民政府'], scope: ['achievements'] }).run(text).value).toBe(0);
  });
});
