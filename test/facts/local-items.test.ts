import { describe, expect, it } from 'vitest';
import { localItemsFact, requiredLiteral } from '../../engine/facts/local-items.js';
import { compileFact, report } from './fact-helpers.js';

const params = { carriers: ['志愿者队伍', '工作室'], generic: ['枫桥经验'], docTypes: ['规定', '办法'], named: ['[\\u4e00-\\u9fa5]{2,8}律师事务所'] };

describe('local_items', () => {
  const f = compileFact(localItemsFact, params);
  it('a local named document, a named firm and a named local brand each count', () => {
    const r = f.run(report({ achievements: '制定《白土镇合同管理办法》。聘请云岭律师事务所为法律顾问。组建“蒲公英”志愿者队伍。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(3);
  });
  it('generic national programmes and unnamed documents do not', () => {
    expect(f.run(report({ achievements: '推广“枫桥经验”工作室模式。学习《中华人民共和国民法典》。' })).value).toBe(0);
  });
  it('a quoted name that itself ends in a carrier counts; a bare carrier or a generic name does not', () => {
    expect(f.run(report({ achievements: '依托“河湾工作室”开展调解。' })).value).toBe(1);
    expect(f.run(report({ achievements: '设立“工作室”接待群众。推广“枫桥经验工作室”做法。' })).value).toBe(0);
  });
  it('a quoted brand naming the unit counts; the unit\'s bare name in quotes (a channel called after it) does not', () => {
    expect(f.run(report({ achievements: '打造“白土夜话”说理品牌。' })).value).toBe(1);
    expect(f.run(report({ achievements: '通过“白土镇”微信工作群公开村务。' })).value).toBe(0);
    // a variant: the short name alone
    expect(f.run(report({ achievements: '关注“白土”公众号了解政务信息。' })).value).toBe(0);
  });
  it('a zone\'s documents name it by its short form (《淮川高新区…要点》 for 淮川高新技术产业开发区)', () => {
    const zone = (achievements: string) => report({ title: '淮川高新技术产业开发区管理委员会2022年法治建设工作情况报告', achievements, closing: '淮川高新技术产业开发区管理委员会\n2023年1月10日' });
    expect(f.run(zone('印发《淮川高新区法治建设工作办法》。')).value).toBe(1);
    // a variant: 经济开发区 and a brand with the short name
    const econ = report({ title: '桐岭经济开发区管委会2023年法治政府建设情况报告', achievements: '制定《桐岭开发区行政执法公示办法》。建成“桐岭法治驿站”工作室。', closing: '桐岭经济开发区管委会\n2024年1月10日' });
    expect(f.run(econ).value).toBe(2);
  });
  it('requiredLiteral finds the literal a pattern always needs', () => {
    expect(requiredLiteral('[\\u4e00-\\u9fa5]{2,12}律师事务所')).toBe('律师事务所');
    expect(requiredLiteral('律师|法务')).toBeNull();
  });
});
