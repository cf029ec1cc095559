/**
 * 单位类型 (harness/writers/unit-kind.ts): the group a unit is ranked in, read from its name and, for a
 * 市 whose name does not tell its level, from the length of its 行政区划代码. Names here are made up or
 * common forms; the real openings' levels are checked in real-openings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { unitKind, unitKindLabel } from '../harness/writers/unit-kind.js';

const kinds = (names: string[], code: string | null = null) => names.map((n) => unitKind(n, code));

describe('unitKind', () => {
  it('townships: 镇/乡/街道/苏木 governments, their party committees, a bare town name and a Corps regiment', () => {
    expect(kinds(['青岚县石桥镇人民政府', '石桥镇', '云台乡人民政府', '东湖街道办事处', '北关街道', '巴彦苏木人民政府', '石桥镇党委', '东湖街道党工委', '第三师四十四团', '一〇二团团场'])).toEqual(Array(10).fill('township'));
  });

  it('county-level governments: 县/区/旗/自治县 and their party committees (中共…县委, …县委员会)', () => {
    expect(kinds(['青岚县人民政府', '江北区人民政府', '科右前旗人民政府', '云岭彝族自治县人民政府', '中共青岚县委', '中共青岚县委员会', '青岚县'])).toEqual(Array(7).fill('county'));
  });

  it('a 市 is a city unless its 区划代码 is a county\'s (a county-level city such as 义乌市)', () => {
    expect(unitKind('青岚市人民政府', '3307')).toBe('city');
    expect(unitKind('青岚市人民政府', null)).toBe('city');
    expect(unitKind('青岚市人民政府', '330782')).toBe('county');
    expect(unitKind('云岭彝族自治州人民政府', null)).toBe('city');
  });

  it('departments: 局, a field\'s 委员会 (not a place\'s), 办公室 and 中心 — a government\'s own office too', () => {
    expect(kinds(['青岚县司法局', '江北区卫生健康委员会', '青岚市民族事务委员会', '青岚县人民政府办公室', '中共青岚县委全面依法治县委员会办公室', '青岚县公共资源交易中心', '青岚县消防救援大队', '中共青岚县委宣传部', '石桥镇司法所'])).toEqual(Array(9).fill('department'));
  });

  it('zones, mass organisations, banks and state farms are their own groups, never a township or a department', () => {
    expect(kinds(['青岚经济技术开发区管理委员会', '青岚高新区管委会'])).toEqual(['zone', 'zone']);
    expect(kinds(['青岚县总工会', '青岚县妇女联合会', '青岚县残联', '中国人民银行青岚县支行', '青岚县供销合作社联合社', '国营青岚林场', '青岚县红十字会'])).toEqual(Array(7).fill('other'));
  });

  it('a 管理区 the gazetteer holds only as townships is a township wherever it was placed (普宁华侨管理区 at 普宁市 had gone to the counties — session 45)', () => {
    // placed at its county (the gazetteer lacks it under 普宁), or not placed at all: a township, as the engine scores it
    expect(unitKind('普宁华侨管理区管理委员会', '445281')).toBe('township');
    expect(unitKind('普宁华侨管理区管理委员会', null)).toBe('township');
    // variants: its bare name; a 管委会; its county named before it
    expect(unitKind('普宁华侨管理区', '445281')).toBe('township');
    expect(unitKind('陆丰华侨管理区管委会', null)).toBe('township');
    expect(unitKind('金溪县华侨管理区管委会', '361027')).toBe('township');
    // guards: a 管理区 the gazetteer holds at county level stays a county; an unknown one stays a zone without a code
    expect(unitKind('岳阳市屈原管理区管理委员会', '430671')).toBe('county');
    expect(unitKind('益阳市大通湖管理区', '430971')).toBe('county');
    expect(unitKind('青岚市湖垸管理区', null)).toBe('zone');
  });

  it('a farm the gazetteer holds as a township, placed at itself, ranks with the townships; other farms stay 其他', () => {
    expect(unitKind('宜丰县石花尖垦殖场', '360924502')).toBe('township');
    expect(unitKind('饶河县红旗岭农场', '230524501')).toBe('township');
    // guards: placed at its county (not itself), or a farm the gazetteer lacks
    expect(unitKind('宜丰县石花尖垦殖场', '360924')).toBe('other');
    expect(unitKind('宜丰县官山林场', '360924')).toBe('other');
    expect(unitKind('青岚县石桥镇林场', '360924101')).toBe('other');
  });

  it('by the 区划代码 where the name does not tell: a 管理区 at its code\'s level, a 新区 with a county\'s code a district (red team 66)', () => {
    expect(unitKind('青岚市石堰管理区', '429005452')).toBe('township');
    expect(unitKind('青岚市湖垸管理区管理委员会', '430671')).toBe('county');
    expect(unitKind('青岚新区', '310115')).toBe('county');
    expect(unitKind('青岚新区管理委员会', '310115')).toBe('zone');
    expect(unitKind('青岚新区', null)).toBe('zone');
    expect(unitKind('青岚高新区', '320509')).toBe('zone');
    // a zone and its 镇 under one government (区镇合一): the level of the division its code names
    expect(unitKind('青岚高新区（石桥镇）', '320509102')).toBe('township');
    // …but a county in the brackets is the zone's host, several places its area: still a zone (red team 67)
    expect(kinds(['青岚经济技术开发区（青岚区）', '青岚经济技术开发区（东湖街道、石桥镇）'], '320509')).toEqual(['zone', 'zone']);
    // variants: province governments are no group an office ranks; a scenic area's 管委会 is a zone; a 居委会 is other
    expect(kinds(['内蒙古自治区人民政府', '浙江省人民政府'])).toEqual(['other', 'other']);
    expect(kinds(['青岚山风景名胜区管理委员会', '东湖社区居民委员会'])).toEqual(['zone', 'other']);
    // variants: 地区/盟 行政公署 are prefecture governments; a 街道办 is a 街道
    expect(kinds(['青岚地区行政公署', '青岚盟行政公署'])).toEqual(['city', 'city']);
    // …but Beijing's 地区办事处 is a 乡 and a street office in one (blind set 104: ranked among the cities), by its name or its code
    expect(unitKind('北京市朝阳区崔各庄地区办事处（崔各庄乡人民政府）', '110105038')).toBe('township');
    expect(kinds(['北京市海淀区青岚地区办事处'])).toEqual(['township']);
    expect(unitKind('青岚地区', '110105038')).toBe('township');
    // a prison is a 司法厅's body, a department like its 戒毒所 (red team 68)
    expect(kinds(['江南省青岚监狱', '江南省青岚强制隔离戒毒所'])).toEqual(['department', 'department']);
    expect(unitKind('青岚市东湖区北门街道办', '610113001')).toBe('township');
  });

  it('the people\'s congress, the CPPCC and the Youth League are no county government; party departments, 党校 and 研究室 are departments (red team 66)', () => {
    expect(kinds(['政协青岚县委员会', '共青团青岚县委员会', '青岚县人民代表大会常务委员会', '青岚县人大常委会', '中国人民政治协商会议青岚县委员会'])).toEqual(Array(5).fill('other'));
    expect(kinds(['中共青岚县委宣传部', '中共青岚县委党校', '中共青岚县委党史研究室', '青岚县广播电视台', '青岚县人民武装部'])).toEqual(Array(5).fill('department'));
    expect(kinds(['青岚县科学技术协会', '青岚县农村信用合作联社'])).toEqual(['other', 'other']);
    // zones outside units.ts's list: resorts, demonstration zones, industrial clusters, eco-cities
    expect(kinds(['青岚旅游度假区管理委员会', '青岚农业高新技术产业示范区管委会', '青岚市工业集中区管委会', '中新青岚生态城管委会'])).toEqual(Array(4).fill('zone'));
  });

  it('traditional characters and a trailing note in parentheses change nothing; no unit has no kind', () => {
    expect(kinds(['石橋鎮人民政府', '東湖街道辦事處', '雲台鄉', '石桥镇（中共石桥镇委员会、石桥镇人民政府）', '青岚县人民政府（代章）'])).toEqual(['township', 'township', 'township', 'township', 'county']);
    expect(unitKind(null, null)).toBeNull();
    expect(unitKind('  ', null)).toBeNull();
  });

  it('labels each kind in Chinese and English; none is an empty cell', () => {
    expect(unitKindLabel('township', 'zh')).toBe('乡镇（街道）');
    expect(unitKindLabel('department', 'en')).toBe('department');
    expect(unitKindLabel(null, 'zh')).toBe('');
  });
});
