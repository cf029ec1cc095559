import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { extractQuantities } from '../engine/document/quantities.js';

const headingsOf = (text: string) => parseDocument(text).sections.filter((s) => s.style !== 'none').map((s) => [s.style, s.path, s.kind]);

describe('headings of every common family, with nesting', () => {
  it('一、 （一） 1. （1） and 一是 leads nest into paths', () => {
    const text = ['青石镇2024年法治政府建设情况报告', '一、主要举措和成效', '（一）加强组织领导', '1.健全制度', '（1）完善议事规则。', '一是修订规则。二是严格执行。', '（二）规范执法', '二、存在的不足', '三、2025年工作打算'].join('\n');
    expect(headingsOf(text)).toEqual([
      ['cn', '一', 'achievements'],
      ['cn_paren', '一 > （一）', 'achievements'],
      ['arabic', '一 > （一） > 1.', 'achievements'],
      ['arabic_paren', '一 > （一） > 1. > （1）', 'achievements'],
      ['lead', '一 > （一） > 1. > （1） > 一是', 'achievements'],
      ['lead', '一 > （一） > 1. > （1） > 二是', 'achievements'],
      ['cn_paren', '一 > （二）', 'achievements'],
      ['cn', '二', 'shortcomings'],
      ['cn', '三', 'plans'],
    ]);
  });

  it('half-width parentheses, 第一， ordinals, 第一部分 parts and circled numbers', () => {
    const text = ['柳河乡法治政府建设报告', '第一部分 工作开展情况', '(一)组织领导', '第一，成立领导小组。', '①完善制度。', '第二部分 存在问题'].join('\n');
    const h = headingsOf(text);
    expect(h.map((x) => x[0])).toEqual(['part', 'cn_paren', 'ordinal', 'circled', 'part']);
    expect(h[4][2]).toBe('shortcomings');
  });

  it('a plans heading may name the next year, and its sub-headings never earn credit', () => {
    const doc = parseDocument(['北湖区2024年度法治政府建设情况报告', '一、工作情况', '二、2025年法治政府建设思路', '（一）履行第一责任人职责'].join('\n'));
    expect(doc.sections.filter((s) => s.style !== 'none').map((s) => s.kind)).toEqual(['achievements', 'plans', 'plans']);
  });

  it('headings without numbers (Word numbering lost in a .txt) still open sections; a title line naming a kind does not', () => {
    const doc = parseDocument(['柳河乡人民政府', '2024年度法治政府建设工作情况报告', '现将情况报告如下：', '主要举措和成效', '聘请了法律顾问。', '存在的问题和不足', '人员较少。', '下一步工作计划', '继续加强普法。'].join('\n'));
    expect(doc.title).toBe('柳河乡人民政府2024年度法治政府建设工作情况报告');
    expect(doc.sections.filter((x) => x.style !== 'none').map((x) => [x.heading, x.kind])).toEqual([
      ['主要举措和成效', 'achievements'], ['存在的问题和不足', 'shortcomings'], ['下一步工作计划', 'plans'],
    ]);
    expect(doc.flags).not.toContain('no_sections');
  });

  it('colloquial plan headings (下步, 下阶段) are plans', () => {
    const doc = parseDocument(['青石镇2024年法治政府建设情况报告', '一、主要举措', '二、存在问题', '三、下步工作打算', '（一）强化执法'].join('\n'));
    expect(doc.sections.slice(1).map((s) => s.kind)).toEqual(['achievements', 'shortcomings', 'plans', 'plans']);
  });

  it('意见建议 the unit gathered or counted is no plans heading; suggestions to the superior are (blind set 30)', () => {
    // an item sentence read as a heading under （三）: its 收集意见建议…条 is work done (the example, in other words)
    const doc = parseDocument(['柘溪区2024年度法治政府建设情况报告', '一、主要工作', '（一）规范决策', '1.公布重大行政决策事项目录5项，全部开展公众参与和风险评估，召开听证会2场，收集意见建议118条。', '2.聘请律师事务所担任常年法律顾问。',
      // variants: a sub-heading that listens to suggestions, one that handles the public's, a count after 共
      '（二）广泛听取意见建议，提升决策质量', '（三）认真办理群众意见和建议', '梳理意见与建议共计36条。',
      '二、存在的不足', '人员偏少。', '三、意见建议', '建议上级加强业务培训。'].join('\n'));
    const kinds = doc.sections.filter((s) => s.style !== 'none').map((s) => [s.heading.slice(0, 12), s.kind]);
    expect(kinds).toEqual([
      ['一、主要工作', 'achievements'], ['（一）规范决策', 'achievements'], ['1.公布重大行政决策事项', 'achievements'], ['2.聘请律师事务所担任常', 'achievements'],
      ['（二）广泛听取意见建议，', 'achievements'], ['（三）认真办理群众意见和', 'achievements'], ['二、存在的不足', 'shortcomings'], ['三、意见建议', 'plans'],
    ]);
  });

  it('an advice part is named by its whole heading in other wordings; 意见建议 handled in a sub-heading is not (red team 16)', async () => {
    const { kindOfHeading } = await import('../engine/document/section-kinds.js');
    for (const h of ['建议和意见', '工作建议', '意见、建议', '几点意见建议', '对区委区政府的意见和建议', '更好推进贯彻落实的意见建议', '意见建议1.建议上级加强培训']) expect(kindOfHeading(h, true, 2024)).toBe('plans');
    for (const h of ['意见建议办理公开', '拓宽意见建议征集渠道', '认真办理群众反映的意见建议', '人大代表建议办理']) expect(kindOfHeading(h, false, 2024)).toBeNull();
  });

  it('combined headings take the kind named first', () => {
    const doc = parseDocument(['青石镇2024年法治政府建设情况报告', '一、主要举措', '二、存在问题及下一步打算'].join('\n'));
    expect(doc.sections[2].kind).toBe('shortcomings');
  });
});

describe('metadata', () => {
  it('a 落款 dated by month alone is dated, read as the month\'s first day (blind set 32)', () => {
    const closing = (date: string) => parseDocument(`燚澂街道办事处2019年法治政府建设工作情况报告\n一、工作情况\n开展普法。\n\n燚澂街道办事处\n${date}`).closing;
    expect(closing('2019年12月')?.date).toEqual({ year: 2019, month: 12, day: 1 });
    expect(closing('二〇一九年十二月')?.date).toEqual({ year: 2019, month: 12, day: 1 });
    expect(closing('2019年12月')?.issuer).toBe('燚澂街道办事处');
    // a long issuer line is not joined to the month under it (normalize's date line)
    const long = parseDocument('鸏岭县人力资源和社会保障局2024年法治政府建设情况报告\n一、工作情况\n开展普法。\n\n鸏岭县人力资源和社会保障局\n2025年3月').closing;
    expect(long).toMatchObject({ issuer: '鸏岭县人力资源和社会保障局', date: { year: 2025, month: 3, day: 1 } });
  });

  it('traps: a month alone in a task table after the 落款 is a deadline, not the date (red team 17)', () => {
    const d = parseDocument(['青石镇人民政府2024年法治政府建设情况报告', '一、工作情况', '开展普法。', '', '青石镇人民政府', '2025年3月10日', '（此件主动公开）',
      '附件：2025年重点任务分工表', '任务\t责任单位\t完成时限', '开展法治培训', '镇司法所', '2025年12月'].join('\n'));
    expect(d.closing?.date).toEqual({ year: 2025, month: 3, day: 10 });
    // …nor the last line of the plans, under a short body name
    const p = parseDocument(['青石镇人民政府2024年法治政府建设情况报告', '一、工作情况', '开展普法。', '二、下一步打算', '完成清单调整，责任单位：', '镇司法所', '2025年12月'].join('\n'));
    expect(p.closing?.date ?? null).toBeNull();
  });

  it('a title without its unit and a body saying 我镇: the 落款 that signs it is the unit, not a word\'s tail the gazetteer knows (blind set 31)', () => {
    const report = (self: string, word: string, issuer: string) => parseDocument(['关于2021年法治政府建设工作情况的报告', '', `今年以来，${self}认真贯彻落实上级关于法治政府建设的各项部署。`,
      '一、主要工作', `开展普法宣传12场次，${word}依法行政能力。`, '二、存在的不足', '人员偏少。', '三、下一步工作打算', '继续加强学习。', '', issuer, '2022年1月10日'].join('\n'));
    // 提高镇村干部 ends in 高镇 (a real town); 提高县直部门 in 高县 (a real county)
    expect(report('我镇', '提高镇村干部', '柘塘镇人民政府').unit).toBe('柘塘镇人民政府');
    expect(report('我县', '提高县直部门', '柘溪县人民政府').unit).toBe('柘溪县人民政府');
  });

  it('a title-only unit whose name ends in a real town\'s name is the whole name after its county, not the real town (red team 18)', () => {
    const only = (title: string) => parseDocument([title, '', '一、主要工作', '开展普法宣传12场次。', '二、存在的不足', '人员偏少。', '', '2023年1月20日'].join('\n')).unit;
    // 口镇 and 白土镇 are real towns; 鄦口镇 and 岱白土镇 are invented, under invented counties
    expect(only('嶨川县鄦口镇人民政府2022年法治政府建设情况报告')).toBe('嶨川县鄦口镇人民政府');
    expect(only('峣岭县岱白土镇人民政府关于2022年度法治政府建设情况的报告')).toBe('峣岭县岱白土镇人民政府');
    // junk a mirror site put before a real town is still dropped
    expect(only('某某资讯网白土镇人民政府2022年法治政府建设情况报告')).toBe('白土镇人民政府');
  });

  it('title, unit, year and a dated 落款', () => {
    const doc = parseDocument('重庆市万州区白土镇人民政府\n2024年法治政府建设情况的报告\n一、主要举措\n开展普法。\n\n白土镇人民政府\n2025年2月3日\n');
    expect(doc.unit).toBe('重庆市万州区白土镇人民政府');
    expect(doc.unitNames).toEqual({ tokens: ['重庆市', '万州区', '白土镇'], own: '白土镇', level: 'township' });
    expect(doc.year).toBe(2024);
    expect(doc.closing?.issuer).toBe('白土镇人民政府');
    expect(doc.closing?.date).toEqual({ year: 2025, month: 2, day: 3 });
    expect(doc.flags).not.toContain('no_date');
  });

  it('Chinese-numeral dates and a year taken from the body when the title has none', () => {
    const doc = parseDocument('柳河乡法治政府建设报告\n2023年以来，柳河乡扎实推进法治建设。\n一、工作情况\n开展普法。\n柳河乡人民政府\n二〇二四年一月二十日');
    expect(doc.year).toBe(2023);
    expect(doc.yearSource).toBe('body');
    expect(doc.closing?.date).toEqual({ year: 2024, month: 1, day: 20 });
  });

  it('a 落款 date in figures (2025-02-20, 2025.2.20, 2025/2/20) and one followed by （此件公开发布） are read (red team 19)', () => {
    const closing = (last: string) => parseDocument(`柳河乡人民政府2024年法治政府建设情况报告\n一、工作情况\n开展普法。\n柳河乡人民政府\n${last}`).closing?.date;
    for (const d of ['2025-02-20', '2025.2.20', '2025/2/20', '2025年2月20日（此件公开发布）', '2025-02-20（此件主动公开）']) expect(closing(d), d).toEqual({ year: 2025, month: 2, day: 20 });
    // a variant: a figure that is no date stays none
    expect(closing('2025-13-40')).toBeNull();
  });

  it('a joint 落款 on one line signs for the government; a seal mark is no part of the name (red team 20)', () => {
    const d = parseDocument('青石镇人民政府关于2024年度法治政府建设情况的报告\n一、工作情况\n开展普法。\n中共青石镇委员会　　青石镇人民政府\n2025年2月20日');
    expect(d.closing?.issuer).toBe('青石镇人民政府');
    expect(d.unit).toBe('青石镇人民政府');
    // a variant: 街道 工委 and 办事处, and a seal mark
    expect(parseDocument('桂园街道办事处2024年法治政府建设情况报告\n一、工作情况\n开展普法。\n中共桂园街道工作委员会 桂园街道办事处\n2025年1月6日').closing?.issuer).toBe('桂园街道办事处');
    expect(parseDocument('青石镇人民政府2024年法治政府建设情况报告\n一、工作情况\n开展普法。\n青石镇人民政府（章）\n2025年1月6日').closing?.issuer).toBe('青石镇人民政府');
  });

  it('a 街道办事处 (or 街道办) reports at township level, not as a department of its district', () => {
    expect(parseDocument('杉溪区云岫街道办事处2021年度法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames).toEqual({ tokens: ['杉溪区', '云岫街道'], own: '云岫街道', level: 'township' });
    expect(parseDocument('东坡区西门街道办2023年度法治建设工作总结\n一、工作情况\n开展普法。').unitNames).toMatchObject({ own: '西门街道', level: 'township' });
  });

  it("a 街道's formal name holding its district's government (X区人民政府Y街道办事处) is the 街道 (blind set 28)", () => {
    expect(parseDocument('杉溪区人民政府云岫街道办事处2021年度法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames).toEqual({ tokens: ['杉溪区', '云岫街道'], own: '云岫街道', level: 'township' });
    // a variant: 政府 without 人民, a 镇; and a district government's own office stays a department
    expect(parseDocument('杉溪县政府柳湾镇2022年法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames).toMatchObject({ own: '柳湾镇', level: 'township' });
    expect(parseDocument('杉溪区人民政府办公室2022年法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames).toMatchObject({ own: '杉溪区', level: 'department' });
  });

  it('a level character inside a name is not its end: 内乡县 and 天镇县 are counties, 麦市镇 a town (not the city 麦市)', () => {
    expect(parseDocument('南阳市内乡县人民政府2024年法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames).toEqual({ tokens: ['南阳市', '内乡县'], own: '内乡县', level: 'county' });
    expect(parseDocument('天镇县司法局2023年法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames).toMatchObject({ own: '天镇县', level: 'department' });
    expect(parseDocument('咸宁市通城县麦市镇2024年法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames).toEqual({ tokens: ['咸宁市', '通城县', '麦市镇'], own: '麦市镇', level: 'township' });
    // a variant: a county with 乡 before its town (武乡县蟠龙镇)
    expect(parseDocument('武乡县蟠龙镇2022年法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames).toMatchObject({ tokens: ['武乡县', '蟠龙镇'], own: '蟠龙镇', level: 'township' });
  });

  it('a zone\'s long name keeps its place part (淮川高新技术产业开发区, not 高新技术产业开发区)', () => {
    expect(parseDocument('淮川高新技术产业开发区管理委员会2022年法治建设工作情况报告\n一、工作情况\n开展普法。').unitNames).toMatchObject({ own: '淮川高新技术产业开发区', level: 'department' });
    expect(parseDocument('青岭国家级经济技术开发区管理委员会关于2023年度法治政府建设情况的报告\n一、工作情况\n开展普法。').unitNames.own).toBe('青岭国家级经济技术开发区');
  });

  it('county departments report at department level', () => {
    expect(parseDocument('河西县司法局2024年度法治政府建设情况报告\n一、工作情况\n开展普法。').unitNames.level).toBe('department');
  });
});

describe('sentences', () => {
  it('split on 。！？； and paragraph ends, with lines and offsets into the original', () => {
    const original = '青石镇2024年法治政府建设报告\n一、主要举措\n成立小组；制定方案。召开会议！\n';
    const doc = parseDocument(original);
    const texts = doc.sentences.map((s) => s.text);
    expect(texts).toEqual(['青石镇2024年法治政府建设报告', '一、主要举措', '成立小组；', '制定方案。', '召开会议！']);
    for (const s of doc.sentences) expect(original.slice(s.start, s.end).replace(/\s/g, '')).toBe(s.text);
    expect(doc.sentences[3].line).toBe(3);
  });

  it('marks verbs of intent, but not 将 as a preposition', () => {
    const doc = parseDocument('青石镇报告\n一、工作\n将法治建设纳入年度计划。下一步将继续加强培训。乡政府拟聘请法律顾问。');
    expect(doc.sentences.slice(2).map((s) => s.intent)).toEqual([false, true, true]);
  });

  it('a plan lead (下一步，我镇将…以下工作：) makes the rest of its paragraph plans: items with no verb of intent are not done', () => {
    const doc = parseDocument('青石镇报告\n一、工作\n全年调解纠纷56件。下一步，我镇将重点抓好以下工作：一是聘请常年法律顾问；二是公布镇级权责清单。\n组织学法4次。');
    expect(doc.sentences.slice(2).map((s) => [s.text.slice(0, 6), s.intent])).toEqual([['全年调解纠纷', false], ['下一步，我镇', true], ['二是公布镇级', true], ['组织学法4次', false]]);
    // a variant: 今后 with numbered items; and 下一步 inside a sentence (为下一步工作奠定基础) leads nothing
    const v = parseDocument('青石镇报告\n一、工作\n今后，我局将着力做好三方面工作：（一）修订权责清单；（二）开展执法培训。\n完善制度，为下一步工作奠定基础。全年培训执法人员30人次。');
    expect(v.sentences.slice(2).map((s) => s.intent)).toEqual([true, true, true, false]);
  });

  it('拟…的 names what was reviewed (拟出台的文件均经审核), not an intent; 拟 + verb still is', () => {
    const doc = parseDocument('青石镇报告\n一、工作\n街道拟出台的2件规范性文件均经合法性审核。对拟作出的重大行政决策事项全部进行了合法性审查。镇政府拟于明年聘请法律顾问。街道拟建立权责清单。');
    expect(doc.sentences.slice(2).map((s) => s.intent)).toEqual([false, false, true, true]);
  });

  it('a longer 拟…的 opened by 对/凡 (对…拟作出较大数额罚款或查封扣押的案件) is no intent either; 拟于… and 拟 as the verb still are (blind set 23, red team 9)', () => {
    const doc = parseDocument('青石镇报告\n一、工作\n全年对19件拟作出较大数额罚款或查封扣押的案件进行法制审核。对拟提交局党组会议研究的3项重大事项全部进行合法性审查。镇政府拟于明年出台关于村级事务管理的办法。街道拟出台针对小微企业的帮扶措施。');
    expect(doc.sentences.slice(2).map((s) => s.intent)).toEqual([false, false, true, true]);
    // only when 对/凡/就 opens the attribute (red team 9): without them 拟 is the clause's verb, a plan
    const v = parseDocument('青石镇报告\n一、工作\n镇党委拟印发调整镇法治建设领导小组组成人员的决定。凡拟作出较大数额罚款、吊销许可证件决定的，一律经法制审核。局法规股对承办股室拟对当事人作出罚款的案件逐件审核。针对这一问题，镇政府拟签订聘请律师事务所担任法律顾问的合同。');
    expect(v.sentences.slice(2).map((s) => s.intent)).toEqual([true, false, false, true]);
  });

  it('a numbered sub-item that is a whole sentence with nothing under it is a list item: its text is content (blind set 24)', () => {
    const doc = parseDocument('青石县水利局2022年法治政府建设情况报告\n1.主要工作\n（1）加强组织领导\n成立领导小组。\n2.存在的问题\n（1）随着河湖管理任务加重，执法人员身兼数职，日常巡查覆盖不够。\n（2）普法形式比较传统，针对性不强。\n3.下步打算\n继续加强学法。');
    const flag = (t: string) => doc.sentences.find((s) => s.text.includes(t))!.isHeading;
    expect(flag('随着河湖管理任务加重')).toBe(false);
    expect(flag('普法形式比较传统')).toBe(false);
    // a sub-heading with a body, and top-level headings, stay titles; the items keep their sections
    expect(flag('加强组织领导')).toBe(true);
    expect(flag('存在的问题')).toBe(true);
    expect(doc.sections.filter((s) => s.kind === 'shortcomings').length).toBe(3);
  });

  it('an unheaded paragraph opening 也还存在一些不足，主要是… opens the shortcomings even in a body with no headings; 下一步 after it the plans', () => {
    const doc = parseDocument('白土乡2021年法治政府建设工作总结\n2021年，我乡认真推进法治政府建设，组织学法6次。\n工作中也还存在一些不足，主要是干部法律知识不够系统。下一步，我乡将进一步加强干部学法。\n白土乡人民政府\n2022年1月10日');
    expect(doc.sections.map((s) => s.kind)).toEqual(['front', 'achievements', 'shortcomings', 'plans', 'closing']);
    // a variant: 同时也存在…问题，具体表现在…
    const v = parseDocument('白土乡2021年法治政府建设工作总结\n2021年，我乡认真推进法治政府建设，组织学法6次。\n同时也存在一些问题，具体表现在执法力量薄弱。\n白土乡人民政府\n2022年1月10日');
    expect(v.sections.map((s) => s.kind)).toEqual(['front', 'achievements', 'shortcomings', 'closing']);
  });

  it('a 总结 in paragraphs whose only numbered list follows a plan lead: the body is the body, the list the plan (plans_traps on blind set 24)', () => {
    const doc = parseDocument('白土乡2021年法治政府建设工作总结\n2021年，我乡认真推进法治政府建设，组织学法6次。\n工作中也还存在一些不足，主要是干部法律知识不够系统。\n下一步，我乡将重点做好以下工作：\n（一）开展学法活动8次。\n（二）聘请法律顾问1名。\n白土乡人民政府\n2022年1月10日');
    const kindOf = (t: string) => doc.sections[doc.sentences.find((s) => s.text.includes(t))!.section].kind;
    expect(kindOf('认真推进法治政府建设')).toBe('achievements');
    expect(kindOf('干部法律知识不够系统')).toBe('shortcomings');
    expect(kindOf('开展学法活动8次')).toBe('plans');
    expect(kindOf('聘请法律顾问1名')).toBe('plans');
    // a variant: 2022年，我们将…： right after the body, no shortcomings paragraph
    const v = parseDocument('白土乡2021年法治政府建设工作总结\n2021年，我乡认真推进法治政府建设，组织学法6次。\n2022年，我们将重点做好以下工作：\n1.开展学法活动8次。\n2.聘请法律顾问1名。\n白土乡人民政府\n2022年1月10日');
    expect(v.sections[v.sentences.find((s) => s.text.includes('组织学法6次'))!.section].kind).toBe('achievements');
    expect(v.sections[v.sentences.find((s) => s.text.includes('聘请法律顾问1名'))!.section].kind).toBe('plans');
  });

  it('a cover letter, its date and 附件：, then the report itself: the report keeps its sections (red team 10)', () => {
    const doc = parseDocument('关于报送2024年度法治政府建设情况报告的函\n县委依法治县办：\n现将我镇2024年度法治政府建设情况报告报送你办，请审阅。\n青石镇人民政府\n2025年1月15日\n附件：青石镇2024年度法治政府建设情况报告\n一、主要工作\n聘请法律顾问1名，审查合同12份。\n二、存在的不足\n力量薄弱。\n三、下一步工作打算\n继续加强学法。');
    const kindOf = (t: string) => doc.sections[doc.sentences.find((s) => s.text.includes(t))!.section].kind;
    expect(kindOf('聘请法律顾问1名')).toBe('achievements');
    expect(kindOf('力量薄弱')).toBe('shortcomings');
  });

  it('shortcoming leads naming a want of pertinence or a problem still waiting (针对性不够, 亟待解决的问题) are not solving; 在今后的工作中，我们将… opens the plans (red team 10)', () => {
    const kinds = (mid: string) => parseDocument(`白土乡2021年法治政府建设工作总结\n2021年，我乡认真推进法治政府建设，组织学法6次，调解纠纷30件。\n${mid}\n白土乡人民政府\n2022年1月10日`).sections.map((x) => x.kind);
    expect(kinds('工作中还存在一些差距，具体表现为执法人员专业素质不高，普法宣传针对性不够。')).toEqual(['front', 'achievements', 'shortcomings', 'closing']);
    expect(kinds('工作中也还存在一些亟待解决的问题，主要是乡司法所人员少。')).toEqual(['front', 'achievements', 'shortcomings', 'closing']);
    expect(kinds('工作中也还存在一些不足，主要是执法力量薄弱。在今后的工作中，我们将进一步充实执法力量。')).toEqual(['front', 'achievements', 'shortcomings', 'plans', 'closing']);
    // a variant without 的
    expect(kinds('工作中也还存在一些不足，主要是执法力量薄弱。在今后工作中，我乡将创新普法形式。')).toEqual(['front', 'achievements', 'shortcomings', 'plans', 'closing']);
    // and a paragraph of work about problems solved is still no shortcomings lead
    expect(kinds('针对群众反映的问题，我乡及时协调解决，办结率100%。')).toEqual(['front', 'achievements', 'closing']);
  });

  it('after the 落款, a plan lead opens a plans part (its list is a plan wherever it stands); an 附件 line is a line of its own (plans_traps on set 24)', () => {
    const doc = parseDocument('青石镇2024年法治政府建设情况报告\n一、主要工作\n组织学法6次。\n二、存在的不足\n力量薄弱。\n青石镇人民政府\n2025年1月15日\n附件：1.工作要点；2.权责清单\n2025年，我们将重点做好以下工作：\n（一）聘请法律顾问1名。');
    const kindOf = (t: string) => doc.sections[doc.sentences.find((x) => x.text.includes(t))!.section].kind;
    expect(kindOf('聘请法律顾问1名')).toBe('plans');
    expect(doc.sentences.some((x) => x.text.includes('权责清单2025年'))).toBe(false);
    // a variant: 下一步，我镇将… after a page's trailer line; and a numbered attachment without a plan lead stays as it was
    const v = parseDocument('青石镇2024年法治政府建设情况报告\n一、主要工作\n组织学法6次。\n青石镇人民政府\n2025年1月15日\n附件\n下一步，我镇将重点抓好以下工作：\n1.开展执法培训3期。');
    expect(v.sections[v.sentences.find((x) => x.text.includes('开展执法培训3期'))!.section].kind).toBe('plans');
  });

  it('a 总结 whose only numbered list follows a lead announcing its problems (还存在一些不足，主要是：): the list is the shortcomings; a turn introducing work is not (red team 10)', () => {
    const parse = (lead: string) => parseDocument(`枫林乡2024年法治政府建设工作总结\n2024年，枫林乡扎实推进法治政府建设，开展专题学法6次，调解纠纷29件。\n${lead}\n1.由于乡司法所仅有工作人员1名，合法性审查难以全覆盖。\n2.村干部流动频繁，依法办事能力不强。\n枫林乡人民政府\n2025年1月10日`);
    const kinds = (d: ReturnType<typeof parse>) => ['开展专题学法6次', '由于乡司法所', '村干部流动频繁'].map((t) => d.sections[d.sentences.find((x) => x.text.includes(t))!.section].kind);
    expect(kinds(parse('但也还存在一些不足，主要是：'))).toEqual(['achievements', 'shortcomings', 'shortcomings']);
    // a variant: 同时还存在以下问题：
    expect(kinds(parse('同时还存在以下问题：'))).toEqual(['achievements', 'shortcomings', 'shortcomings']);
    // a turn that introduces work (对照…补短板，重点抓好了以下工作：) leaves the list where it was
    const t = parseDocument('枫林乡2024年法治政府建设工作总结\n2024年，枫林乡扎实推进法治政府建设。\n对照年度目标任务，我乡坚持补短板、强弱项，重点抓好了以下工作：\n一、聘请法律顾问1名，审查合同11份。\n二、调解纠纷29件。\n枫林乡人民政府\n2025年1月10日');
    expect(t.sections[t.sentences.find((x) => x.text.includes('聘请法律顾问1名'))!.section].kind).toBe('achievements');
  });

  it('代拟, 草拟, 拟订 are drafting (done), not intent; 拟 + verb still is', () => {
    const doc = parseDocument('青石镇报告\n一、工作\n全年以县政府名义代拟的规范性文件两件均经审核。草拟村规民约修订稿12份。拟订《青石镇议事规则》。镇政府拟于明年修订议事规则。');
    expect(doc.sentences.slice(2).map((s) => s.intent)).toEqual([false, false, false, true]);
  });

  it('work not yet done without 将/拟 (正在研究制定, 有望, 将于) is intent; said of its subject (方案正在研究制定) from its clause\'s start; preparations done while the thing waits are intent throughout', () => {
    // red team 3 / blind set 17 / red team 4's kinds, in this test's own words
    const doc = parseDocument('青石镇报告\n一、工作\n镇政府正在研究起草《青石镇重大行政决策程序规定》。已建成调解中心，有望覆盖全镇。镇级权责清单调整方案正在征求意见。常年法律顾问已完成招标，待县司法局审核后签订服务合同。法律顾问服务合同将于明年3月签订。全年调解纠纷56件，对待群众耐心细致。');
    expect(doc.sentences.slice(2).map((s) => [s.intent, s.intentAt])).toEqual([[true, 0], [true, 8], [true, 0], [true, 0], [true, 0], [false, -1]]);
  });

  it('work still going on, said last in its sentence or before what it waits for (…工作正在进行，待…后公布), is intent from the clause\'s start (blind set 19, red team 6)', () => {
    const doc = parseDocument('青石镇报告\n一、工作\n镇级权责清单的动态调整工作正在进行，待县级目录印发后统一公布。镇公共法律服务站正在有序推进中。聘请工作正在进行当中。权责清单修订工作仍在进行中。公示平台建设正加快推进。正在组织开展全面清理。正在开展的专项整治查处案件12件。全年正在推进的3个项目已全部完工。');
    expect(doc.sentences.slice(2).map((s) => [s.intent, s.intentAt])).toEqual([[true, 0], [true, 0], [true, 0], [true, 0], [true, 0], [true, 0], [false, -1], [false, -1]]);
    // red team 6: done work after the ongoing clause in the same sentence is not swallowed by it
    const done = parseDocument('青石镇报告\n一、工作\n第二批执法人员换证工作正在进行，首批38名执法人员已全部取得执法证。示范户培育工作正在稳步推进，全年新认定示范户12户。示范点正在推进规范化建设，已建成的8个示范点开展活动60余场。执法工作依法公正进行。');
    expect(done.sentences.slice(2).map((s) => s.intent)).toEqual([false, false, false, false]);
  });

  it('the same words telling done work or a procedure are no intent (red team 4): 待…后 as "once", 正在…的, 拟提拔干部, 模拟, 将…纳入, 按计划, 争取到资金, 为今后', () => {
    const doc = parseDocument('青石镇报告\n一、工作\n调解员待当事人情绪稳定后耐心释法。规范性文件一律待合法性审核通过后方可印发。对正在起草的3件规范性文件提前介入审查。对拟提拔干部开展任前法律知识考试。组织青少年模拟法庭活动2场。并将法治建设成效纳入村干部年度考核。按计划完成村规民约修订。积极争取专项资金8万元建成法治广场。为今后依法行政打下基础。');
    expect(doc.sentences.slice(2).map((s) => s.intent)).toEqual([false, false, false, false, false, false, false, false, false]);
    // still intent: 将 + an adverb of intent before 纳入; 计划 + a verb
    const v = parseDocument('青石镇报告\n一、工作\n我镇将继续把法治建设纳入考核。镇司法所计划开展专项普法。');
    expect(v.sentences.slice(2).map((s) => s.intent)).toEqual([true, true]);
  });
});

describe('unheaded plans led by next year and 将在/将以 (blind set 18)', () => {
  it('a paragraph opening 2025年，街道将在…指导下… after unheaded shortcomings opens the plans; 将以…为抓手 too; 将在建项目 is no plan', async () => {
    const { kindOfLead } = await import('../engine/document/section-kinds.js');
    expect(kindOfLead('2025年，街道将在区司法局的指导下，认真落实各项部署。', 2024)?.kind).toBe('plans');
    expect(kindOfLead('2025年，我镇将以法治乡村建设为抓手，重点做好以下工作。', 2024)?.kind).toBe('plans');
    expect(kindOfLead('我镇将在建项目全部纳入合法性审查。', 2024)).toBeNull();
  });

  it('a sentence opening on next year and the unit\'s 将 closing an achievements paragraph is intent, as is what follows it (blind set 31)', () => {
    const doc = parseDocument(['柘湖街道2024年度法治政府建设情况报告', '一、主要工作', '（一）依法决策',
      '街道重大事项均经党工委会议集体讨论决定。2025年，街道将通过政府采购聘请律师事务所担任常年法律顾问。同时选聘2名法律明白人。',
      // variants: a month after the year and 我们; a list number before it; the report year with the disposal 将 (past); the year after next
      '（二）普法宣传', '开展宪法宣传周活动6场。2025年1月，我们将启动社区法治文化阵地建设。', '1.2025年街道将新建2个法治广场。', '2024年，街道将法治建设纳入年度综合考核。', '2026年，辖区将有两个村并入新社区。',
      '二、存在的不足', '人员偏少。', '三、2025年工作打算', '继续加强学习。'].join('\n'));
    const intentOf = (start: string) => doc.sentences.find((x) => x.text.startsWith(start))!;
    expect(intentOf('街道重大事项').intent).toBe(false);
    expect(intentOf('2025年，街道将通过').intent).toBe(true);
    expect(intentOf('2025年，街道将通过').intentAt).toBe(0);
    expect(intentOf('同时选聘2名').intent).toBe(true);
    expect(intentOf('2025年1月，我们将').intent).toBe(true);
    expect(intentOf('1.2025年街道将').intent).toBe(true);
    expect(intentOf('2024年，街道将法治建设').intent).toBe(false);
    expect(intentOf('2026年，辖区将').intent).toBe(false);
  });

  it('a next-year sentence telling January\'s work done is no plan, and a plan\'s carry ends at this year\'s work (red team 16)', () => {
    const doc = parseDocument(['柘湖镇2024年度法治政府建设情况报告', '一、主要工作',
      '2025年1月，我镇将2024年度法治建设工作纳入年终综合考核，考核结果已通报。2025年1月，镇党委要求各站所负责人同步述法。',
      '2025年上半年，镇党委、镇政府将完成权责清单动态调整。此外，镇政府于2024年3月续签常年法律顾问合同，全年出具法律意见书12份。',
      '二、存在的不足', '人员偏少。', '三、2025年工作打算', '继续加强学习。', '', '柘湖镇人民政府', '2025年2月10日'].join('\n'));
    const intentOf = (start: string) => doc.sentences.find((x) => x.text.startsWith(start))!.intent;
    expect(intentOf('2025年1月，我镇将2024年度')).toBe(false);
    expect(intentOf('2025年1月，镇党委要求')).toBe(false);
    expect(intentOf('2025年上半年，镇党委、镇政府将')).toBe(true);
    expect(intentOf('此外，镇政府于2024年3月')).toBe(false);
  });
});

describe('attachment lists and plan-only items', () => {
  const tail = '一、主要举措和成效\n组织干部学法四次。\n二、存在的不足\n一是执法力量不足。\n三、2023年工作计划\n一是继续加强法治宣传。\n\n蘅澥镇人民政府\n2023年3月17日\n\n';
  const kindsAfterClosing = (text: string) => {
    const doc = parseDocument(text);
    const closing = doc.sections.findIndex((s) => s.kind === 'closing');
    return doc.sentences.filter((s) => s.section >= closing).map((s) => [doc.sections[s.section].kind, s.isHeading]);
  };
  it('an attachment list after the 落款 stays in the closing, numbered on the 附件 line or after a bare 附件： (blind set 25)', () => {
    const t = '蘅澥镇2022年度法治政府建设情况报告\n' + tail;
    expect(kindsAfterClosing(t + '附件：1. 蘅澥镇法律顾问聘用合同\n2. 蘅澥镇权责清单（2022年版）\n3. 蘅澥镇学法记录\n').every(([k, h]) => k === 'closing' && h === false)).toBe(true);
    expect(kindsAfterClosing(t + '附件：\n（1）蘅澥镇权责清单\n（2）蘅澥镇执法事项目录\n').every(([k, h]) => k === 'closing' && h === false)).toBe(true);
  });
  it("a titled 附件 naming a report part's materials (…工作情况相关材料, …资料目录) over titles is a list too (red team 14)", () => {
    const t = '蘅澥镇2022年度法治政府建设情况报告\n' + tail;
    expect(kindsAfterClosing(t + '附件：蘅澥镇2022年度法治政府建设工作情况相关材料\n1.蘅澥镇行政复议、行政应诉案件统计表\n2.蘅澥镇重大行政决策事项目录\n').every(([k, h]) => k === 'closing' && h === false)).toBe(true);
    expect(kindsAfterClosing(t + '附件：蘅澥镇法治建设工作台账资料目录\n1.蘅澥镇学法记录\n2.蘅澥镇权责清单\n').every(([k, h]) => k === 'closing' && h === false)).toBe(true);
  });
  it('an attached document (its own headings and sentences) is read as before, and a list whose numbering breaks ends', () => {
    const t = '蘅澥镇2022年度法治政府建设情况报告\n' + tail;
    const doc = parseDocument(t + '附件：1. 蘅澥镇学法记录\n3. 蘅澥镇聘请法律顾问，签订合同。\n');
    const last = doc.sentences[doc.sentences.length - 1];
    expect(doc.sections[last.section].kind).toBe('achievements');
  });
  it('a numbered item whose every sentence is intent from its start makes its heading intent too; one done sentence keeps it', () => {
    const head = '坻溆街道2024年度法治政府建设情况报告\n一、工作开展情况\n1.加强法治宣传。发放资料3000余份。\n';
    const planOnly = parseDocument(head + '2.完善公共法律服务。街道正在筹备建设公共法律服务工作站，目前已完成选址，计划于明年上半年建成。\n二、存在的问题\n1.宣传针对性不强。\n');
    const h = planOnly.sentences.find((s) => s.text.startsWith('2.完善'))!;
    expect([h.isHeading, h.intent, h.intentAt]).toEqual([true, true, 0]);
    expect(planOnly.sentences.find((s) => s.text.startsWith('1.加强'))!.intent).toBe(false);
    const mixed = parseDocument(head + '2.完善公共法律服务。街道正在筹备建设公共法律服务工作站。全年提供法律咨询120人次。\n二、存在的问题\n1.宣传针对性不强。\n');
    expect(mixed.sentences.find((s) => s.text.startsWith('2.完善'))!.intent).toBe(false);
  });
});

describe('quantities', () => {
  const q = (s: string) => extractQuantities(s, 0, 0).map((x) => [x.value, x.unit, x.approx]);

  it('Arabic, full-width-folded and Chinese numerals with approximations', () => {
    expect(q('培训两名干部，建成七个站点，参训三十余人，办理二百五十三件，率达百分之八十')).toEqual([
      [2, '名', false], [7, '个', false], [30, '人', true], [253, '件', false], [80, '%', false],
    ]);
    expect(q('发放资料2500余份，受益1.2万人次，满意率98.5%')).toEqual([[2500, '份', true], [12000, '万人次', false], [98.5, '%', false]]);
  });

  it('a table row whose unit is a cell of its own beside the figure (cells joined by ，)', () => {
    expect(q('核发建筑工程施工许可证，件，86')).toEqual([[86, '件', false]]);
    expect(q('罚没款，万元，146.3')).toEqual([[146.3, '万元', false]]);
    // a variant: the unit after the figure, and a header row that has no figure
    expect(q('建筑工地执法检查，245，次')).toEqual([[245, '次', false]]);
    expect(q('项目，单位，2019年')).toEqual([]);
  });

  it("a table row whose unit stands in brackets after its label: the first figure (the report year's column) is the quantity (blind set 27)", () => {
    expect(q('持证执法人员（人），21，17')).toEqual([[21, '人', false]]);
    // variants: half-width brackets and a percent row; a label with a bracket that is no unit; a header row
    expect(q('执法培训(期)，3，2')).toEqual([[3, '期', false]]);
    expect(q('调解成功率（%），97.2，96.5')).toEqual([[97.2, '%', false]]);
    expect(q('信访事项（含网上信访），73，91')).toEqual([]);
    expect(q('主要指标，2021年，2020年')).toEqual([]);
    // prose with commas is not a table: 共3，件事 / 第一，次要
    expect(q('全镇共3，件事逐一落实；第一，次要任务')).toEqual([]);
  });

  it('a table whose header row gives each column\'s unit in brackets: every figure under a unit is a quantity (blind set 42)', () => {
    const tq = (text: string) => parseDocument(text, { file: 't.txt' }).quantities.map((x) => [x.value, x.unit]);
    const report = (table: string) => `嵽平县市场监督管理局\n2024年法治政府建设情况报告\n一、主要举措和成效\n全年立案查处情况如下：\n${table}\n二、存在的不足\n一是执法力量不足。\n`;
    expect(tq(report('执法领域\t立案（件）\t结案（件）\t罚没款（万元）\n食品安全\t46\t44\t38.6\n合计\t89\t85\t61.7'))).toEqual([
      [46, '件'], [44, '件'], [38.6, '万元'], [89, '件'], [85, '件'], [61.7, '万元'],
    ]);
    // variants: a percent column and a column without a unit (its figures are no quantities); a row of another
    // shape ends the table; a header with one unit only is no such table
    expect(tq(report('社区\t调解（件）\t成功率（%）\t备注\n东社区\t12\t98.5\t3\n以上数据截至年底'))).toEqual([[12, '件'], [98.5, '%']]);
    expect(tq(report('项目\t数量（件）\t年份\n东社区\t12\t2024'))).toEqual([]);
  });

  it('a column of tasks, plans or a later year than the report\'s holds no quantities; a done column beside them does (red team 25)', () => {
    const tq = (table: string) => parseDocument(`嵽平县嵽东镇人民政府\n2024年法治政府建设情况报告\n一、主要举措和成效\n全年数据如下：\n${table}\n二、存在的不足\n一是调解力量不足。\n`, { file: 't.txt' }).quantities.map((x) => [x.value, x.unit]);
    expect(tq('重点工作\t年度任务（件）\t完成（件）\t任务完成率（%）\n矛盾纠纷调解\t60\t58\t96.7')).toEqual([[58, '件'], [96.7, '%']]);
    expect(tq('调解类别\t2024年（件）\t2025年（件）\t2023年（件）\n邻里纠纷\t9\t10\t7')).toEqual([[9, '件'], [7, '件']]);
  });

  it('a header whose first cell is 序号 lines up with rows whose 序号 cells were left out; each figure names its header row (blind set 46)', () => {
    const doc = (table: string) => parseDocument(`嵽平县嵽东街道办事处\n2025年法治政府建设情况报告\n一、主要举措和成效\n各社区调处情况如下：\n${table}\n二、存在的不足\n一是调解力量不足。\n`, { file: 't.txt' });
    const d = doc('序号\t社区名称\t排查纠纷（件）\t调解成功（件）\t成功率（%）\n1\t东岭社区\t68\t66\t97.1\n2\t西岭社区\t54\t53\t98.1\n\t合计\t122\t119\t97.5');
    expect(d.quantities.map((x) => [x.value, x.unit])).toEqual([[68, '件'], [66, '件'], [97.1, '%'], [54, '件'], [53, '件'], [98.1, '%'], [122, '件'], [119, '件'], [97.5, '%']]);
    const header = d.sentences.find((x) => x.text.startsWith('序号'))!;
    expect(new Set(d.quantities.map((x) => x.header))).toEqual(new Set([header.id]));
    // variant: 编号 as the header's first cell; a following line of another shape ends the table
    const e = doc('编号\t村名\t化解纠纷（起）\t涉及群众（人）\n1\t东岭村\t21\t64\n2\t西岭村\t17\t40\n注：数据截至12月20日');
    expect(e.quantities.map((x) => [x.value, x.unit])).toEqual([[21, '起'], [64, '人'], [17, '起'], [40, '人']]);
  });

  it('years, dates, ranges, ordinals, articles, set phrases and names in quotes are not quantities', () => {
    expect(q('2021—2025年规划，2024年3月15日，第三次会议，每月一个主题，一批成果，落实“三项制度”和三重一大，“八五”普法，《第十二条》')).toEqual([]);
  });
});
