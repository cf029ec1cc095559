import { describe, expect, it } from 'vitest';
import { localItemsFact, requiredLiteral } from '../../engine/facts/local-items.js';
import { compileFact, report } from './fact-helpers.js';

const params = { carriers: ['志愿者队伍', '工作室'], generic: ['枫桥经验'], docTypes: ['规定', '办法'], named: ['[\\u4e00-\\u9fa5]{2,8}律师事务所'] };

/** A report whose title and 落款 name `unit` (the year does not matter to local_items). */
const of = (unit: string, achievements: string) => report({ title: `${unit}2023年法治政府建设情况报告`, achievements, closing: `${unit}\n2024年1月10日` });

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
  it('a quoted name that is no local item is withheld evidence with its reason (not_local), the first three only (nu33, nu34: explain said only 0 ≥ 1)', () => {
    const r = f.run(report({ achievements: '开展“红盾护农”专项行动。推广“枫桥经验”。组建“蒲公英”志愿者队伍。' }));
    expect(r.value).toBe(1);
    expect(r.refused.filter((x) => x.reason === 'not_local').map((x) => x.match)).toEqual(['“红盾护农”', '“枫桥经验”']);
    // variants: a quoted name in the plans is the scope's (nothing here), one-character quotes are no names, and only three are kept
    const g = f.run(report({ preamble: '2023年，白土镇开展“学法周”活动。', achievements: '落实“一”字要求。开展“甲乙”“丙丁”“甲乙”“戊己”“庚辛”四项行动。', plans: '开展“红盾护农”专项行动。' }));
    expect(g.refused.filter((x) => x.reason === 'not_local').map((x) => x.match)).toEqual(['“甲乙”', '“丙丁”', '“戊己”']);
  });
  it('a name withheld (重庆某律师事务所, ××律所) is no named firm: the report names none (blind set 224)', () => {
    const b = compileFact(localItemsFact, { ...params, named: [...params.named, '[\\u4e00-\\u9fa5]{2,8}法律服务所'], nameBreaks: ['续聘', '聘请'] });
    expect(b.run(report({ achievements: '街道续聘重庆某律师事务所律师担任常年法律顾问。' })).value).toBe(0);
    // variants: a county's 某某 firm, a masked name; a firm really named still counts
    expect(b.run(report({ achievements: '聘请县内某某律师事务所为法律顾问。委托××法律服务所代理诉讼。' })).value).toBe(0);
    expect(b.run(report({ achievements: '续聘重庆渝东律师事务所律师担任常年法律顾问。' })).value).toBe(1);
  });
  it('with nameBreaks, a named match that runs back over a verb or determiner is cut there: the firm hired but not named is no item, a named one is its name', () => {
    const b = compileFact(localItemsFact, { ...params, named: [...params.named, '[\\u4e00-\\u9fa5]{2,10}大学[\\u4e00-\\u9fa5]{0,6}教授'], nameBreaks: ['聘请', '委托', '邀请', '一家', '专业', '依托'] });
    expect(b.errors).toEqual([]);
    // the example: 街道聘请律师事务所 reads as a firm called 街道聘请
    expect(b.run(report({ achievements: '街道聘请律师事务所担任常年法律顾问。' })).value).toBe(0);
    // variants of our own: a determiner, a professor without a university's name, a break the match starts inside (依|托乡…)
    expect(b.run(report({ achievements: '委托一家专业律师事务所审查合同。邀请大学教授讲课。' })).value).toBe(0);
    const named = b.run(report({ achievements: '聘请云岭律师事务所为法律顾问。委托云岭律师事务所审查合同。邀请云南大学法学院教授授课。' }));
    expect(named.value).toBe(2);
    expect(named.evidence.map((e) => e.match)).toEqual(['云岭律师事务所', '云南大学法学院教授']);
    // without nameBreaks the fact reads as before
    expect(f.run(report({ achievements: '街道聘请律师事务所担任常年法律顾问。' })).value).toBe(1);
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
    expect(f.run(of('淮川高新技术产业开发区管理委员会', '印发《淮川高新区法治建设工作办法》。')).value).toBe(1);
    // a variant: 经济开发区 and a brand with the short name
    expect(f.run(of('桐岭经济开发区管委会', '制定《桐岭开发区行政执法公示办法》。建成“桐岭法治驿站”工作室。')).value).toBe(2);
  });
  it('a city bureau\'s county branch names its papers by the branch (《嶻溪分局…要点》 of 嵚州市生态环境局嶻溪分局)', () => {
    expect(f.run(of('嵚州市生态环境局嶻溪分局', '印发《嶻溪分局2023年法治政府建设工作办法》。')).value).toBe(1);
    // a variant: a police sub-bureau, a brand with a carrier; the city bureau's paper is not local
    expect(f.run(of('岷阳市公安局崆石分局', '制定《崆石分局执法案件审核规定》。打造“崆石夜谈”工作室。')).value).toBe(2);
    expect(f.run(of('岷阳市公安局崆石分局', '学习《岷阳市公安局执法规定》。')).value).toBe(0);
    // the branch's place alone names another body's paper (the county's, a same-named township's); a field-named
    // branch (交通管理分局) has no place, and the city's papers stay the city's (red team 30)
    expect(f.run(of('岷阳市公安局崆石分局', '落实《崆石县平安建设方案》和《崆石镇村规民约》。')).value).toBe(0);
    expect(f.run(of('岷阳市公安局交通管理分局', '执行《岷阳市道路交通管理办法》。')).value).toBe(0);
    // the branch does not go by 崆石 alone (《崆石县…》 is the county's), so “崆石公安” names no unit of its own
    expect(f.run(of('岷阳市公安局崆石分局', '在“崆石公安”微信公众号公示处罚决定。')).value).toBe(0);
  });
  it('an ethnic township, a 旗 and a 苏木 go by their short names too (阿依朵彝族乡 → 阿依朵)', () => {
    const ethnic = (achievements: string) => of('阿依朵彝族乡人民政府', achievements);
    expect(f.run(ethnic('修订《阿依朵乡村规民约实施办法》。')).value).toBe(1);
    // the bare short name in quotes names the unit, not a brand; a brand built on it is local
    expect(f.run(ethnic('开通“阿依朵”公众号公开政务。')).value).toBe(0);
    expect(f.run(ethnic('打造“阿依朵火塘夜话”调解品牌。')).value).toBe(1);
    // a variant: a 旗 and a 苏木 in Inner Mongolia
    expect(f.run(of('查干陶勒盖旗人民政府', '印发《查干陶勒盖法治政府建设考核办法》。')).value).toBe(1);
    expect(f.run(of('巴音宝力格苏木', '制定《巴音宝力格嘎查事务公开规定》。关注“巴音宝力格”公众号。')).value).toBe(1);
  });
  it('a channel the unit named (place + its field or a channel word) is a local carrier; one under the unit\'s bare name is not (blind sets 61–75)', () => {
    const bureau = (achievements: string) => of('柘溪县教育局', achievements);
    // place + the bureau's field (教育 of 教育局), place + a channel word (发布)
    expect(f.run(bureau('依托“柘溪教育”微信公众号公开招生信息。')).value).toBe(1);
    expect(f.run(bureau('开通“柘溪发布”视频号，组建“柘水护苗”工作室。')).value).toBe(2);
    // a variant: a police bureau's two accounts, one with a name of its own (平安柘溪), one after its field (柘溪公安)
    expect(f.run(of('柘溪县公安局', '通过“平安柘溪”公众号发布警情通报，“柘溪公安”微博同步推送。')).value).toBe(2);
    // the unit's bare name in quotes stays the unit: no carrier
    expect(f.run(of('柘溪县人民政府', '关注“柘溪”公众号。')).value).toBe(0);
  });
  it('tries in each sentence only the named parts whose literals it holds, with the same items as the whole pattern (session 47)', () => {
    const named = ['[\\u4e00-\\u9fa5]{2,8}律师事务所', '律师(?![等和]|积极)[\\u4e00-\\u9fa5]{2,3}(?=[作为担任、，。])', '[\\u4e00-\\u9fa5]{2,10}大学[\\u4e00-\\u9fa5]{0,6}教授'];
    const text = '聘请云岭律师事务所律师张明远作为法律顾问。律师积极参与调解。邀请滇池大学法学院教授讲课。律师王芳、李强担任调解员。';
    const byParts = compileFact(localItemsFact, { ...params, named, nameBreaks: ['聘请', '邀请'] }).run(report({ achievements: text }));
    // with a part that needs no literal (a nine-figure number) the whole pattern is tried in every sentence: the same items
    const whole = compileFact(localItemsFact, { ...params, named: [...named, '[0-9]{9}'], nameBreaks: ['聘请', '邀请'] }).run(report({ achievements: text }));
    expect(byParts.evidence.map((e) => e.match)).toEqual(['云岭律师事务所', '律师张明远', '滇池大学法学院教授', '律师王芳']);
    expect(whole.evidence.map((e) => e.match)).toEqual(byParts.evidence.map((e) => e.match));
  });

  it('requiredLiteral finds the literal a pattern always needs', () => {
    expect(requiredLiteral('[\\u4e00-\\u9fa5]{2,12}律师事务所')).toBe('律师事务所');
    expect(requiredLiteral('律师|法务')).toBeNull();
  });
});
