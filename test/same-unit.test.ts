/** One unit's reports for one year sent more than once (harness/same-unit.ts; flag same_unit — new user 37). */
import { describe, expect, it } from 'vitest';
import { sameUnitGroups, unitKeyOf } from '../harness/same-unit.js';

const town = { code: '500101157', province: '重庆市', city: '重庆市', county: '万州区' };
const county = (code: string, name: string) => ({ code, province: '新疆维吾尔自治区', city: '和田地区', county: name });

describe('unitKeyOf', () => {
  it('is one key for a title with its place path and one without, and with or without the government suffix', () => {
    const key = unitKeyOf('重庆市万州区白土镇人民政府', 2024, town);
    expect(unitKeyOf('白土镇人民政府', 2024, town)).toBe(key);
    expect(unitKeyOf('万州区白土镇', 2024, town)).toBe(key);
  });

  it('keeps two counties\' bureaus of one name apart, and one unit\'s two years', () => {
    expect(unitKeyOf('皮山县教育局', 2023, county('653223', '皮山县'))).not.toBe(unitKeyOf('墨玉县教育局', 2023, county('653222', '墨玉县')));
    expect(unitKeyOf('教育局', 2023, county('653223', '皮山县'))).not.toBe(unitKeyOf('教育局', 2023, county('653222', '墨玉县')));
    expect(unitKeyOf('白土镇人民政府', 2024, town)).not.toBe(unitKeyOf('白土镇人民政府', 2023, town));
  });

  it('keeps a county and its county government together, and a 街道办 with its 街道办事处', () => {
    expect(unitKeyOf('皮山县人民政府', 2023, county('653223', '皮山县'))).toBe(unitKeyOf('皮山县政府', 2023, county('653223', '皮山县')));
    const street = { code: '120116008', province: '天津市', city: '天津市', county: '滨海新区' };
    expect(unitKeyOf('新北街道办', 2023, street)).toBe(unitKeyOf('天津市滨海新区新北街道办事处', 2023, street));
  });

  it('is null for a unit not placed: two counties\' 城关镇 or 县教育局 that never name their county are two units (red team 68)', () => {
    expect(unitKeyOf('城关镇人民政府', 2023, null)).toBeNull();
    expect(unitKeyOf('县教育局', 2023, null)).toBeNull();
  });

  it('is null when no unit was read (no one\'s duplicate)', () => {
    expect(unitKeyOf(null, 2024, town)).toBeNull();
    expect(unitKeyOf('', 2024, null)).toBeNull();
  });
});

describe('sameUnitGroups', () => {
  it('maps each file of a group to the others, and leaves single files out', () => {
    const keys = new Map([['b.pdf', 'k1'], ['a.docx', 'k1'], ['c.txt', 'k2'], ['d.txt', 'k1']]);
    expect(sameUnitGroups(keys)).toEqual(new Map([['a.docx', ['b.pdf', 'd.txt']], ['b.pdf', ['a.docx', 'd.txt']], ['d.txt', ['a.docx', 'b.pdf']]]));
    expect(sameUnitGroups(new Map([['a', 'k1'], ['b', 'k2']])).size).toBe(0);
  });
});
