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
  it('archives counted in 卷 and 卷次 are quantities (blind set 71: the tally of an archive of last year was not one)', () => {
    const r = f.run(report({ achievements: '全年接待查档利用群众1260余人次，调阅档案3400余卷次，整理归档文书档案850卷。' }));
    expect(r.evidence.flatMap((e) => e.counted)).toEqual(['1260余人次', '3400余卷次', '850卷']);
    // a variant in Chinese numerals before a pause
    expect(f.run(report({ achievements: '接收进馆档案两千余卷，开展执法检查12次。' })).evidence.flatMap((e) => e.counted)).toEqual(['两千余卷', '12次']);
  });
  it('measures of weight, area, volume and things (60吨, 1.2万亩, 3.5万立方米, 12辆) are quantities; the idiom 一亩三分地 is none (blind set 62)', () => {
    const r = f.run(report({ achievements: '及时投放储备猪肉60吨。查处非法占用林地1.2万亩、采砂3.5万立方米，扣押运输车辆12辆。各单位不能只盯着自己的一亩三分地。' }));
    expect(r.evidence.flatMap((e) => e.counted)).toEqual(['60吨', '1.2万亩', '3.5万立方米', '12辆']);
    // variants: Chinese numerals and 余 with a measure; plans still do not count
    const v = f.run(report({ achievements: '补植苗木两千余株，清理河道垃圾三十余吨。', plans: '计划新增造林500亩。' }));
    expect(v.evidence.flatMap((e) => e.counted)).toEqual(['两千余株', '三十余吨']);
    // a name or a descriptor in Chinese numerals is none (red team 35): 三棵树村, 十八亩村, 五棵松社区, 千亩茶园
    expect(f.run(report({ achievements: '在三棵树村、十八亩村和五棵松社区开展普法宣传，建成千亩茶园基地。' })).value).toBe(0);
    // …nor thresholds, classes and sizes; an exact measure in Chinese numerals before a pause counts (red team 36)
    expect(f.run(report({ achievements: '对非法占用耕地5亩以上的案件挂牌督办，检查500吨级以上码头，严查总质量超过49吨的货车。镇辖区面积86.5平方公里。' })).value).toBe(0);
    expect(f.run(report({ achievements: '新配备执法车辆两辆，补植苗木三百株。' })).evidence.flatMap((e) => e.counted)).toEqual(['两辆', '三百株']);
  });
  it('a table figure is named with its header\'s unit (12件, not 12): the row alone does not say what it counts (red team 25)', () => {
    const r = f.run(report({ achievements: '各村调处情况如下：\n村（社区）\t受理纠纷（件）\t调解成功率（%）\n东岙村\t12\t91.7\n西岙村\t9\t100' }));
    expect(r.evidence.flatMap((e) => e.counted ?? [])).toEqual(['12件', '91.7%', '9件', '100%']);
    // the header row goes before its rows as uncounted context: what they count, and what moves with them (properties 2)
    expect(r.evidence.map((e) => [e.text.slice(0, 4), e.context ?? false])).toEqual([['村（社区', true], ['东岙村，', false], ['西岙村，', false]]);
  });
});
