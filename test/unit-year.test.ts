/**
 * Unit and year from any layout (issue 10 §3): one positive and one negative case per kind, in our
 * own words. The unit is the issuing body, the year the reported year.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { unitOfTitleText } from '../engine/document/unit-year.js';

const BODY = '一、主要举措和成效\n（一）加强组织领导。镇党委定期研究法治建设工作，全年召开专题会议4次。\n二、存在的不足\n基层执法力量仍然薄弱。\n三、下一步工作打算\n继续深化法治宣传教育。\n';
const parse = (text: string) => parseDocument(text, { file: 'case.txt' });

describe('unit and year without a title', () => {
  it('reads both from the first sentence', () => {
    const d = parse(`2024年，青枫镇在县委、县政府的坚强领导下，坚持依法行政，法治建设取得新进展。现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('青枫镇');
    expect(d.year).toBe(2024);
  });
  it('an opening of heading lines only: the year from the first paragraph of text below them', () => {
    const a = parse('一、上一年度推进法治政府建设的主要举措和成效\n（一）优化机构设置，提升政府效能\n1. 优化政务服务效能\n积极配合推进综合窗口改革，建有便民服务中心1个、便民服务站21个，各服务中心2025年度内累计办件10790件，其中网上办件1099件。\n');
    expect(a.year).toBe(2025);
    // a variant: other numbering, the year framed with 全年
    const b = parse('一、主要成效\n（一）依法决策\n坚持集体研究\n全乡2021年全年共召开党委会议研究法治工作3次，重大事项均经合法性审查。\n');
    expect(b.year).toBe(2021);
  });
  it('names no unit when the body names none', () => {
    const d = parse(`2024年，全镇上下坚持依法行政，各项工作稳步推进。现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBeNull();
  });
  it('a clause running into a level word (成立了以乡党委书记为组长…) is no name; the 落款 signs the unit (blind set 54)', () => {
    const d = parse(`法治政府建设情况报告\n2022年，我乡认真落实依法行政各项要求。现将具体情况汇报如下：\n一、主要工作开展情况\n（一）加强组织领导。成立了以乡党委书记为组长的法治政府建设领导小组。\n二、存在的不足\n基层执法力量薄弱。\n崾岭县嵺坪乡人民政府\n2023年2月10日\n`);
    expect(d.unit).toBe('崾岭县嵺坪乡人民政府');
    // a variant of our own: a verb before 镇 (由镇长…), no 落款: no unit rather than a made-up one
    const e = parse(`2023年，我镇坚持依法行政。\n一、主要做法\n建立了以镇长为第一责任人的工作机制，由镇党委统一部署。\n`);
    expect(e.unit).toBeNull();
  });
  it('a verb or preposition before the superior organs (得益于县委、县政府…) is no name: no unit rather than a made-up one (real openings, sweep 2)', () => {
    const d = parse(`2024年，得益于县委、县政府的坚强领导，我乡积极作为，法治政府建设取得新成效。现将有关情况汇报如下：\n${BODY}`);
    expect(d.unit).toBeNull();
    expect(d.year).toBe(2024);
    // variants: 依托/围绕 before 区委 and 县委; a real place still opens its sentence
    expect(parse(`2023年，依托区委、区政府统一部署，我街道扎实推进依法行政。\n${BODY}`).unit).toBeNull();
    expect(parse(`2023年，围绕县委、县政府中心工作，我局坚持依法行政。\n${BODY}`).unit).toBeNull();
    // an adverb before the verb (深入贯彻县委…, 紧紧围绕区委…) is the same (red team 35)
    expect(parse(`2023年，深入贯彻县委、县政府决策部署，我局坚持依法行政。\n${BODY}`).unit).toBeNull();
    expect(parse(`2023年，紧紧围绕区委、区政府中心工作，我街道坚持依法行政。\n${BODY}`).unit).toBeNull();
    expect(parse(`2023年，严格落实县委、县政府决策部署，我局坚持依法行政。\n${BODY}`).unit).toBeNull();
    expect(parse(`2023年，认真学习贯彻县委全会精神，我局坚持依法行政。\n${BODY}`).unit).toBeNull();
    expect(parse(`2023年，青枫镇坚持依法行政，法治建设取得新进展。\n${BODY}`).unit).toBe('青枫镇');
  });
  it('a byline under a title that names no unit (title / 某县某局 / （date）) is the issuer (real openings, sweep 2)', () => {
    const d = parse(`2024年法治政府建设情况报告\n嵘川县退役军人事务局\n（2025年2月20日）\n2024年，在县委、县政府的正确领导下，我局坚持依法行政。现将我局2024年法治政府建设情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('嵘川县退役军人事务局');
    expect(d.year).toBe(2024);
    // variants: a 镇 signing under a 关于… title; a title that names its unit keeps it; an addressee is no byline
    expect(parse(`关于2023年度法治政府建设情况的报告\n嵘川县青枫镇人民政府\n2023年，我镇坚持依法行政。\n${BODY}`).unit).toBe('嵘川县青枫镇人民政府');
    expect(parse(`青枫镇2023年法治政府建设情况报告\n嵘川县司法局\n2023年，我镇坚持依法行政。\n${BODY}`).unit).toBe('青枫镇');
    expect(parse(`2023年法治政府建设情况报告\n嵘川县委全面依法治县委员会办公室：\n2023年，我镇坚持依法行政。\n${BODY}`).unit).toBeNull();
    // a byline in brackets or after a dash is read; a joint one gives the government; the 落款 outranks it (red team 35)
    expect(parse(`2024年法治政府建设情况报告\n（嵘川县交通运输局）\n2024年，我局坚持依法行政。\n${BODY}`).unit).toBe('嵘川县交通运输局');
    expect(parse(`2024年法治政府建设情况报告\n——嵘川县交通运输局\n2024年，我局坚持依法行政。\n${BODY}`).unit).toBe('嵘川县交通运输局');
    expect(parse(`2024年法治政府建设情况报告\n嵘川县交通运输局  2025年2月20日\n2024年，我局坚持依法行政。\n${BODY}`).unit).toBe('嵘川县交通运输局');
    expect(parse(`2024年法治政府建设情况报告\n中共嶓溪乡委员会　嶓溪乡人民政府\n2024年，我乡坚持依法行政。\n${BODY}`).unit).toBe('嶓溪乡人民政府');
    expect(parse(`2024年法治政府建设情况报告\n嶓溪乡司法所\n2024年，我乡坚持依法行政。\n${BODY}\n嶓溪乡人民政府\n2025年1月10日\n`).unit).toBe('嶓溪乡人民政府');
  });
  it('a title with its year before the unit, or the day a site published it after the title (real openings, sweep 3)', () => {
    expect(parse(`2024年度嵘溪路街道法治政府建设情况报告\n2024年，我街道坚持依法行政。\n${BODY}`).unit).toBe('嵘溪路街道');
    expect(parse(`2023年青枫镇法治政府建设工作报告\n2023年，我镇坚持依法行政。\n${BODY}`).unit).toBe('青枫镇');
    const d = parse(`嵘川县人民防空办公室2024年度法治政府建设情况报告（2025年01月20日）\n2024年，县人防办坚持依法行政。\n${BODY}`);
    expect(d.unit).toBe('嵘川县人民防空办公室');
    expect(d.year).toBe(2024);
    expect(parse(`嵘川县统计局2023年度法治政府建设情况报告 ( 2024年2月1日 )\n2023年，我局坚持依法行政。\n${BODY}`).unit).toBe('嵘川县统计局');
  });
  it('a title without its genre word (…法治政府建设工作情况) with a year is the title: its year outranks the preamble’s (blind set 69)', () => {
    const d = parse(`嵘川县科学技术局2024年度法治政府建设工作情况\n2023年，我局在县委、县政府的领导下，扎实推进法治政府建设。\n${BODY}`);
    expect(d.unit).toBe('嵘川县科学技术局');
    expect(d.year).toBe(2024);
    // a variant: another matter word; a numbered heading of that shape is no title
    expect(parse(`青枫镇2023年法治建设情况\n2022年以来，我镇持续推进依法行政。\n${BODY}`).year).toBe(2023);
    expect(parse(`一、2024年法治政府建设工作情况\n2023年，我局坚持依法行政。\n（一）加强组织领导。\n`).year).toBe(2023);
  });
  it('a bare title is read only when no line has the genre word, and never on a check\'s findings or a publication (red team 38)', () => {
    // a county site's column line above a town's own title: the town's title
    expect(parse(`嵘川县2024年度法治政府建设情况\n青枫镇人民政府关于2024年度法治政府建设情况的报告\n2024年，我镇坚持依法行政。\n${BODY}`).unit).toBe('青枫镇人民政府');
    // a publication column above a title without a unit: the title's year
    expect(parse(`2025年法治政府建设年度报告公开情况\n2024年度法治政府建设情况报告\n2024年，青枫镇坚持依法行政。\n${BODY}`).year).toBe(2024);
    // no title, a preamble, then an unnumbered first heading: the preamble's unit stands
    expect(parse(`青枫镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n2024年法治政府建设工作开展情况\n${BODY}`).unit).toBe('青枫镇');
    // a part on a check's findings is no title (its earlier year no report year)
    expect(parse(`2023年度法治督察反馈问题整改情况\n2024年，青枫镇对照督察反馈问题逐项整改。\n${BODY}`).year).toBe(2024);
  });
  it('a leading year before a level or a self-name (2024年全县…, 2024年度本局…) names no unit (red team 38)', () => {
    expect(parse(`2024年全县法治政府建设情况报告\n2024年，全县上下坚持依法行政。\n${BODY}`).unit).toBeNull();
    expect(parse(`2024年度本局法治政府建设情况报告\n2024年，我局坚持依法行政。\n${BODY}\n嵘川县交通运输局\n2025年1月10日\n`).unit).toBe('嵘川县交通运输局');
  });
  it('leadership or a short name after a bare organ, a superior\'s committee or a station names no unit (red team 38)', () => {
    const signed = `\n青枫镇人民政府\n2025年1月10日\n`;
    expect(parse(`2024年，镇党委领导班子始终把法治建设摆在突出位置，我镇扎实推进依法行政。\n${BODY}${signed}`).unit).toBe('青枫镇人民政府');
    expect(parse(`2024年，嵘川县委领导班子多次到我镇调研指导。\n${BODY}${signed}`).unit).toBe('青枫镇人民政府');
    expect(parse(`2024年，嵘川县司法局青枫司法所（以下简称“司法所”）协助我镇开展普法。\n${BODY}${signed}`).unit).toBe('青枫镇人民政府');
    // a variant that is a name: 党政领导班子 after the town
    expect(parse(`2024年，青枫镇党政领导班子认真履行法治建设职责。\n${BODY}`).unit).toBe('青枫镇');
  });
  it('the body’s subject before its leadership (X街道领导班子始终…) or its short name defined (X新区（以下简称“新区”）…) (real openings, sweep 3)', () => {
    expect(parse(`2025年，嵘湖街道领导班子始终坚持依法行政，法治建设取得新进展。现将有关情况报告如下：\n${BODY}`).unit).toBe('嵘湖街道');
    expect(parse(`2024年，青枫镇领导班子认真履行法治建设职责。\n${BODY}`).unit).toBe('青枫镇');
    expect(parse(`2024年，在市委、市政府的坚强领导下，嵘湖新区（以下简称“新区”）始终坚持依法行政。现将有关情况报告如下：\n${BODY}`).unit).toBe('嵘湖新区');
    expect(parse(`2023年，嵘川县交通运输局(以下简称“县交通局”)坚持依法行政。\n${BODY}`).unit).toBe('嵘川县交通运输局');
  });
  it('the subject after the year’s background (2022年是…之年，也是…的重要一年，X局坚持…) (real openings, sweep 3)', () => {
    expect(parse(`2022年是党的二十大召开之年，也是嵘州开启新征程的重要一年，嵘州市体育局坚持依法行政，法治建设取得新进展。\n${BODY}`).unit).toBe('嵘州市体育局');
    // variants: an anniversary, one clause only, a township
    expect(parse(`2024年是新中国成立75周年，嵘川县统计局认真贯彻落实统计法。\n${BODY}`).unit).toBe('嵘川县统计局');
    // (more backgrounds: a second clause with a bare 是, a 攻坚期)
    expect(parse(`2023年是全面贯彻二十大精神的开局之年，是实施八五普法的关键一年，嵘川县统计局坚持依法统计。\n${BODY}`).unit).toBe('嵘川县统计局');
    expect(parse(`2021年是巩固脱贫成果的攻坚期，青枫镇坚持依法行政。\n${BODY}`).unit).toBe('青枫镇');
    expect(parse(`2023年是全面贯彻党的二十大精神的开局之年，青枫镇紧紧围绕县委部署推进依法行政。\n${BODY}`).unit).toBe('青枫镇');
    // the background itself names no subject: 2023年是…之年，全镇上下… names none
    expect(parse(`2023年是全面贯彻党的二十大精神的开局之年，全镇上下坚持依法行政。\n${BODY}`).unit).toBeNull();
  });
  it('after the background, a superior, a sibling, a body the 落款 does not sign or another body’s 馆 is no unit (red team 42)', () => {
    const signed = `\n嵘川县自然资源局\n2024年1月10日\n`;
    const bg = '2023年是全面贯彻党的二十大精神的开局之年，也是推进法治建设的关键一年，';
    expect(parse(`${bg}嵘州市委依法治市办坚持统筹协调，我局在其指导下扎实推进依法行政。\n${BODY}${signed}`).unit).toBe('嵘川县自然资源局');
    expect(parse(`${bg}嵘州市委、市政府坚持高位推动，我局认真落实。\n${BODY}${signed}`).unit).toBe('嵘川县自然资源局');
    expect(parse(`${bg}县司法局积极发挥统筹协调作用，指导我局规范执法。\n${BODY}${signed}`).unit).toBe('嵘川县自然资源局');
    // a template's bureau the 落款 does not sign
    expect(parse(`${bg}嵘川县水利局坚持依法行政。\n${BODY}${signed}`).unit).toBe('嵘川县自然资源局');
    // a bureau's library and museum at work in its opening: the 落款 signs the unit
    const culture = `\n嵘川县文化和旅游局\n2024年1月10日\n`;
    expect(parse(`2023年，我局坚持依法行政。嵘川县图书馆、文化馆坚持全年免费开放。\n${BODY}${culture}`).unit).toBe('嵘川县文化和旅游局');
    expect(parse(`${bg}嵘川县体育馆坚持全民健身，我局加强场馆安全监管。\n${BODY}${culture}`).unit).toBe('嵘川县文化和旅游局');
  });
  it('a 馆 is a unit of its own (X县档案馆…情况 titles; 图书馆 signing) (blind set 71)', () => {
    expect(parse(`嵘川县档案馆2024年法治政府建设工作情况\n2024年，我馆坚持依法治档。\n${BODY}`).unit).toBe('嵘川县档案馆');
    // a variant: no title, the 落款 signs a library
    expect(parse(`2024年，我馆认真落实公共图书馆法。\n${BODY}\n嵘川县图书馆\n2025年1月6日\n`).unit).toBe('嵘川县图书馆');
    // …and a 馆 speaking as 我馆 may head its own opening
    expect(parse(`2024年是新中国成立75周年，嵘川县档案馆认真贯彻落实档案法，我馆全年接待查档群众1200人次。\n${BODY}`).unit).toBe('嵘川县档案馆');
  });
  it('a 供销合作社联合社, a numbered Corps regiment and a state farm name themselves in a title (blind sets 78, 80); 合作社, 共青团 and 市场 do not', () => {
    expect(parse(`嵽口县供销合作社联合社2023年法治政府建设工作总结\n2023年，县供销社坚持为农服务。\n${BODY}`).unit).toBe('嵽口县供销合作社联合社');
    expect(parse(`第十五师二三八团2023年法治政府建设工作情况报告\n2023年，团场坚持依法行政。\n${BODY}`).unit).toBe('第十五师二三八团');
    // variants: a 供销社 signing, a 国有林场 titled
    expect(parse(`2024年，我社认真落实农资质量监管。\n${BODY}\n嵘川县供销社\n2025年1月6日\n`).unit).toBe('嵘川县供销社');
    expect(parse(`嵘川县国有嵫峰林场2024年法治建设工作总结\n2024年，我场坚持依法护林。\n${BODY}`).unit).toBe('嵘川县国有嵫峰林场');
    // common words ending alike are no unit: the town is
    expect(parse(`2024年，崾溪镇指导农民专业合作社规范运营。\n${BODY}\n崾溪镇人民政府\n2025年1月6日\n`).unit).toBe('崾溪镇人民政府');
    expect(parse(`崾溪镇共青团2024年普法工作\n2024年，崾溪镇坚持依法行政。\n${BODY}`).unit).not.toBe('崾溪镇共青团');
  });
  it('mass organisations name themselves: 总工会, 残疾人联合会, 红十字会, and 妇联 in full (blind set 82: each had been its county)', () => {
    expect(parse(`嵂溪县总工会2024年度法治建设工作情况报告\n2024年，县总工会坚持依法维权。\n${BODY}`).unit).toBe('嵂溪县总工会');
    expect(parse(`巇口县残疾人联合会2025年法治政府建设年度报告\n2025年，我会认真贯彻残疾人保障法。\n${BODY}`).unit).toBe('巇口县残疾人联合会');
    expect(parse(`嶓阳县妇联法治政府建设工作情况报告\n2023年，县妇联坚持依法维护妇女儿童权益。\n${BODY}`).unit).toBe('嶓阳县妇女联合会');
    // variants: a 红十字会 signing, a 工商联 titled
    expect(parse(`2023年，我会依法开展募捐和救助工作。\n${BODY}\n嵽东县红十字会\n2024年1月12日\n`).unit).toBe('嵽东县红十字会');
    expect(parse(`嵘川县工商联2024年法治建设工作总结\n2024年，县工商联引导民营企业依法经营。\n${BODY}`).unit).toBe('嵘川县工商业联合会');
  });
  it('a party committee\'s departments, its 党校 and 研究室, a 广播电视台, a 协会 and a credit 联社 name themselves (red team 66: each had been its county or its 县委)', () => {
    expect(parse(`中共嵘川县委宣传部2024年度法治建设工作报告\n2024年，部机关坚持依法办事。\n${BODY}`).unit).toBe('中共嵘川县委宣传部');
    expect(parse(`嵘川县委党校2024年度法治建设工作情况报告\n2024年，校委会坚持依法治校。\n${BODY}`).unit).toBe('嵘川县委党校');
    expect(parse(`嵘川县委党史研究室2024年度法治建设工作报告\n2024年，我室坚持依法履职。\n${BODY}`).unit).toBe('嵘川县委党史研究室');
    expect(parse(`嵘川县广播电视台2024年度法治建设工作报告\n2024年，我台坚持依法播出。\n${BODY}`).unit).toBe('嵘川县广播电视台');
    expect(parse(`嵘川县科学技术协会2024年度法治建设工作报告\n2024年，县科协坚持依法办会。\n${BODY}`).unit).toBe('嵘川县科学技术协会');
    expect(parse(`嵘川县农村信用合作联社2024年法治建设工作报告\n2024年，联社坚持依法经营。\n${BODY}`).unit).toBe('嵘川县农村信用合作联社');
    // variants: the 统战部 and the 人民武装部 signing; a county committee itself stays the county's
    expect(parse(`2024年，我部坚持依法开展统战工作。\n${BODY}\n中共嵘川县委统战部\n2025年1月6日\n`).unit).toBe('中共嵘川县委统战部');
    expect(parse(`嵘川县人民武装部2024年度法治建设工作报告\n2024年，我部坚持依法征兵。\n${BODY}`).unit).toBe('嵘川县人民武装部');
    expect(parse(`中共嵘川县委2024年度法治建设工作情况报告\n2024年，县委坚持依法执政。\n${BODY}`).unit).toBe('中共嵘川县委');
  });
  it('a zone and its 镇 or 区 under one government (区镇合一: 汾湖高新区（黎里镇）) is one unit of two names, never the bracket\'s tail (blind set 102)', () => {
    expect(parse(`嵘川高新区（嵫溪镇）2021年度法治政府建设工作报告\n2021年，区镇坚持依法行政。\n${BODY}`).unit).toBe('嵘川高新区（嵫溪镇）');
    // variants: a real pair, a 开发区 with its 街道
    expect(parse(`苏州高新区（虎丘区）2022年法治政府建设情况报告\n2022年，全区坚持依法行政。\n${BODY}`).unit).toBe('苏州高新区（虎丘区）');
    expect(parse(`汾湖高新区（黎里镇）2020年度法治政府建设工作报告\n2020年，区镇坚持依法行政。\n${BODY}`).unit).toBe('汾湖高新区（黎里镇）');
    // …but a page's junk before a bracket is cut with the bracket closed around the place (red team 67)
    expect(parse(`政府信息公开（黎里镇人民政府）2024年度法治政府建设情况报告\n2024年，全镇坚持依法行政。\n${BODY}`).unit).toBe('黎里镇人民政府');
  });
  it('a committee named after 依法治县 is the unit, not its county\'s 县委 (中共X县委全面依法治县委员会办公室, red team 67)', () => {
    expect(parse(`中共嵘川县委全面依法治县委员会办公室2024年度法治建设工作报告\n2024年，县委依法治县办坚持统筹协调。\n${BODY}`).unit).toBe('中共嵘川县委全面依法治县委员会办公室');
    // variant: the office's short name; a joint 党委+政府 title still ranks the government
    expect(parse(`嵘川县依法治县办2024年工作总结\n2024年，县依法治县办坚持统筹协调。\n${BODY}`).unit).toBe('嵘川县依法治县办');
    expect(parse(`中共崾溪镇委员会崾溪镇人民政府2024年度法治政府建设情况报告\n2024年，全镇坚持依法行政。\n${BODY}`).unit).toBe('崾溪镇人民政府');
  });
  it('a place the body opens on that the 落款 does not sign, the 落款 signing one of the same level: the signature is the unit', () => {
    const d = parse(`2023年，嵊塘镇始终坚持依法行政，法治建设取得新进展。现将有关情况报告如下：\n${BODY}\n崾溪镇人民政府\n2024年1月8日\n`);
    expect(d.unit).toBe('崾溪镇人民政府');
    // a variant: the 落款 signs the same place in full — the body's short name stands, completed by the signature
    const e = parse(`2023年，崾溪镇始终坚持依法行政，法治建设取得新进展。现将有关情况报告如下：\n${BODY}\n崾溪镇人民政府\n2024年1月8日\n`);
    expect(e.unit).toBe('崾溪镇人民政府');
    // another level signing (a county office for a town's report) does not replace the town
    const f = parse(`2023年，崾溪镇始终坚持依法行政，法治建设取得新进展。现将有关情况报告如下：\n${BODY}\n嵊川县司法局\n2024年1月8日\n`);
    expect(f.unit).toBe('崾溪镇');
  });
  it('a real place opening on 向/以/由 is still a name; the 落款 gives way to a body naming its place throughout, or when it signs a committee (red team 31)', () => {
    expect(parse(`2023年，向岭镇始终坚持依法行政，法治建设取得新进展。现将有关情况报告如下：\n${BODY}`).unit).toBe('向岭镇');
    // a verb of setting up before 以镇党委 (坚持以镇党委…) names no place either
    expect(parse(`2023年，我镇坚持依法行政。\n一、主要做法\n坚持以镇党委理论学习中心组为龙头，带动干部学法。\n`).unit).toBeNull();
    // a typo in the 落款 of a body that names its place again: the body's
    const typo = parse(`2023年，嵊塘镇始终坚持依法行政。嵊塘镇党委定期研究法治工作。\n${BODY}\n崾塘镇人民政府\n2024年1月8日\n`);
    expect(typo.unit).toBe('嵊塘镇');
    // a 落款 by the town's rule-of-law committee (依法治镇委员会) signs no place
    const ctee = parse(`2023年，嵊塘镇始终坚持依法行政，法治建设取得新进展。\n${BODY}\n镇党委全面依法治镇委员会\n2024年1月8日\n`);
    expect(ctee.unit).toBe('嵊塘镇');
  });
  it('reads the unit from 现将…报告如下', () => {
    const d = parse(`根据上级通知要求，现将石桥乡2023年度法治政府建设情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('石桥乡');
    expect(d.year).toBe(2023);
  });
});

describe('addressee, document number, 版头', () => {
  it('never takes the addressee for the unit', () => {
    const d = parse(`中共柳岸县委、柳岸县人民政府：\n2024年，石桥乡坚持以法治思维推动各项工作。现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('石桥乡');
    const none = parse(`中共柳岸县委、柳岸县人民政府：\n2024年，全乡坚持以法治思维推动各项工作。现将有关情况报告如下：\n${BODY}`);
    expect(none.unit).toBeNull();
  });
  it('never takes a document-number year or the 版头 line for the title', () => {
    const d = parse(`石桥乡人民政府文件\n石政发〔2025〕3号　　签发人：李某\n石桥乡人民政府关于2024年度法治政府建设情况的报告\n柳岸县人民政府：\n现将有关情况报告如下：\n${BODY}`);
    expect(d.year).toBe(2024);
    expect(d.yearSource).toBe('title');
    expect(d.unit).toBe('石桥乡人民政府');
  });
});

describe('titles over several lines', () => {
  it('a joint 党委 + 政府 title ranks under the government name', () => {
    const d = parse(`中共石桥镇委员会\n石桥镇人民政府\n关于2024年度法治政府建设情况的报告\n区委、区政府：\n现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('石桥镇人民政府');
    expect(d.year).toBe(2024);
  });
  it('a one-line joint title too, with a 县委 party name', () => {
    const d = parse(`中共柳岸县委柳岸县人民政府关于2024年法治政府建设情况的报告\n现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('柳岸县人民政府');
  });
  it('a title broken before its last words', () => {
    const d = parse(`柳岸县教育局2024年法治政府建设\n年度报告\n2024年，我局坚持依法治教。\n${BODY}`);
    expect(d.unit).toBe('柳岸县教育局');
    expect(d.year).toBe(2024);
  });
  it('a unit line that is not followed by a title stays out of it', () => {
    const d = parse(`柳岸县教育局\n2024年，柳岸县教育局坚持依法治教，现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('柳岸县教育局');
  });
});

describe('names as reports write them', () => {
  it('keeps a superior prefix and locates the unit in the gazetteer', () => {
    const d = parse(`重庆市万州区白土镇人民政府2024年法治政府建设情况报告\n现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('重庆市万州区白土镇人民政府');
    expect(d.division).toMatchObject({ province: '重庆市', county: '万州区', name: '白土镇' });
  });
  it('a joint title without 中共 names the government, its place written twice (red team 67, c2_15: 孝丰镇党委 孝丰镇人民政府…)', () => {
    expect(parse(`柘溪镇党委 柘溪镇人民政府关于2024年度法治政府建设情况的报告\n${BODY}`).unit).toBe('柘溪镇人民政府');
    // (variants) a county's committee with 、, a 街道's 党工委 and its office; a committee alone stays the committee
    expect(parse(`岚川县委、岚川县人民政府2023年度法治政府建设情况报告\n${BODY}`).unit).toBe('岚川县人民政府');
    expect(parse(`青枫街道党工委 青枫街道办事处关于2024年法治政府建设工作的报告\n${BODY}`).unit).toBe('青枫街道办事处');
  });
  it('a clause telling an act with its time first is no unit name: a title without the unit takes the 落款\'s (blind set 111: 年初根据人事变动及时调整县委 read as the unit)', () => {
    const text = `2024年度法治政府建设情况报告\n咸宁市人民政府：\n2024年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n（一）加强组织领导\n一是调整议事协调机构。年初根据人事变动及时调整县委全面依法治县委员会组成人员。\n${BODY}\n通山县人民政府\n2025年2月20日`;
    expect(parse(text).unit).toBe('通山县人民政府');
    // a variant: the clause opening on 按照 after 年内
    expect(parse(text.replace('年初根据人事变动及时调整县委', '年内按照上级部署进行调整县委')).unit).toBe('通山县人民政府');
  });
  it('a joint title whose second organ drops its place to the level word names the government (孝丰镇党委、镇政府: a department of 孝丰镇, or a town called 党委镇)', () => {
    const d = parse(`安吉县孝丰镇党委、镇政府关于2024年度法治政府建设情况的报告\n${BODY}`);
    expect(d.unit).toBe('安吉县孝丰镇人民政府');
    expect(d.unitNames).toMatchObject({ own: '孝丰镇', level: 'township' });
    // (variants) a space instead of 、; a district's 区委 区政府; a 街道's 党工委、街道办事处
    expect(parse(`柘溪镇党委 镇政府2024年法治政府建设工作报告\n${BODY}`).unitNames).toMatchObject({ own: '柘溪镇', level: 'township' });
    expect(parse(`渝北区委、区政府2023年度法治政府建设情况报告\n${BODY}`).unitNames).toMatchObject({ own: '渝北区', level: 'county' });
    expect(parse(`青枫街道党工委、街道办事处关于2024年法治政府建设工作的报告\n${BODY}`).unit).toBe('青枫街道办事处');
    // …a one-character county's (沛县委、县政府: red team 72's r7_03; a bare 县委、县政府 names no place and stays as it is)
    expect(parse(`沛县委、县政府2024年度法治政府建设情况报告\n${BODY}`).unit).toBe('沛县人民政府');
    expect(parse(`县委、县政府2024年度法治政府建设情况报告\n${BODY}`).unit).not.toBe('县人民政府');
    // …and a second organ whose place is the tail of the committee's (杭州市上城区委 上城区人民政府: red team 68's c3_07)
    expect(parse(`杭州市上城区委 上城区人民政府关于2024年度法治政府建设情况的报告\n${BODY}`).unit).toBe('杭州市上城区人民政府');
  });
  it('a prison is a unit of its own, its name on the title\'s first line (red team 67, c2_13: read 乔司监狱在省委 from the preface)', () => {
    expect(parse(`江南省青岚监狱\n关于2024年度法治政府建设工作情况的报告\n2024年，青岚监狱在省司法厅的坚强领导下，全面推进依法治监。\n${BODY}`).unit).toBe('江南省青岚监狱');
    // (variant) the name and the year on one line
    expect(parse(`柳岸监狱2023年度法治政府建设情况报告\n${BODY}`).unit).toBe('柳岸监狱');
  });
  it('a title\'s 管委会 is named whole, not cut at the 委 inside it (sweep 5: 河源东源产业园区管委会2025年…); variant: 办事处 after 街道', () => {
    expect(parse(`岚川经济开发区管委会2024年法治政府建设年度报告\n${BODY}`).unit).toBe('岚川经济开发区管委会');
    expect(parse(`潍坊滨海经济技术开发区管委会关于2023年度法治政府建设情况的报告\n${BODY}`).unit).toBe('潍坊滨海经济技术开发区管委会');
    expect(parse(`柳岸县青枫街道办事处2024年法治政府建设情况报告\n${BODY}`).unit).toBe('柳岸县青枫街道办事处');
    // a page's 发布机构 line is read by the same reader (parse.ts), whole too
    expect(unitOfTitleText('河源东源产业园区管委会')).toBe('河源东源产业园区管委会');
    expect(unitOfTitleText('岚川经济开发区管委会2024年度工作总结')).toBe('岚川经济开发区管委会');
  });
  it('a leader\'s own 述法 report names the leader\'s organ as its unit, the post left out (blind set 120: no unit had been read)', () => {
    const a = parse(`柳岸县人民政府县长2023年度述法报告\n中共江南市委全面依法治市委员会办公室：\n${BODY}`);
    expect([a.unit, a.year, a.yearSource]).toEqual(['柳岸县人民政府', 2023, 'title']);
    expect(parse(`青石县司法局局长2024年度履行推进法治建设第一责任人职责情况报告\n${BODY}`).unit).toBe('青石县司法局');
    // two posts of one person (党组书记、局长: blind set 89 had been read 峄川县市场监督管理局党组书记、局)
    expect(parse(`青石县市场监督管理局党组书记、局长2022年度述法报告\n${BODY}`).unit).toBe('青石县市场监督管理局');
    expect(parse(`中共柳岸县青枫镇委员会书记2024年度述法报告\n${BODY}`).unit).toBe('中共柳岸县青枫镇委员会');
    // variants: no year in the title; a 街道's committee (工作委员会) is a township's organ, not a department
    expect(parse(`柳岸县白沙乡乡长述法报告\n${BODY}`).unit).toBe('柳岸县白沙乡人民政府');
    const street = parse(`中共佛山市南海区桂城街道工作委员会书记2024年度述法报告\n${BODY}`);
    expect([street.unit, street.unitNames.level]).toEqual(['中共佛山市南海区桂城街道工作委员会', 'township']);
    // a 县长 reports for the government, whatever committee the title names first; a person's name after the post; a post held
    // alongside (兼…); a column line above the title is no title (red team 55's c18, c28, c26, c47)
    expect(parse(`柳岸县委副书记、县长2022年度述法报告\n${BODY}`).unit).toBe('柳岸县人民政府');
    expect(parse(`柳岸县交通运输局局长张某某2022年度述法报告\n${BODY}`).unit).toBe('柳岸县交通运输局');
    expect(parse(`柳岸县卫生健康局局长兼县疾病预防控制中心主任2022年度述法报告\n${BODY}`).unit).toBe('柳岸县卫生健康局');
    expect(parse(`云岭街道党工委副书记、办事处主任2023年度述法报告\n${BODY}`).unit).toBe('云岭街道办事处');
    const column = parse(`乡镇（街道）党政主要负责人述法报告\n青枫镇2022年度法治政府建设情况报告\n${BODY}`);
    expect([column.title, column.unit]).toEqual(['青枫镇2022年度法治政府建设情况报告', '青枫镇']);
    // a 述法 title's bare year is the meeting's (held early the next year): the year reported on is the body's
    const meeting = parse(`柳岸县自然资源局局长2023年述法报告\n现将本人2022年度履行推进法治建设第一责任人职责情况报告如下：\n${BODY}`);
    expect([meeting.unit, meeting.year]).toEqual(['柳岸县自然资源局', 2022]);
    // posts stripped only in a leader's own report: a township whose name holds a post (赣县区长洛乡) stays itself; acting heads,
    // a police chief's 督察长, a team's 队长, a four-character name; a county's column (党政主要负责人) above the title is no title
    // (red team 75)
    expect(parse(`柳岸县区长安乡2023年度法治政府建设情况报告\n${BODY}`).unit).toBe('柳岸县区长安乡');
    expect(parse(`柳岸县人民政府代县长2023年度述法报告\n${BODY}`).unit).toBe('柳岸县人民政府');
    expect(parse(`柳岸县公安局党委书记、局长、督察长2023年度述法报告\n${BODY}`).unit).toBe('柳岸县公安局');
    expect(parse(`柳岸县交通运输综合行政执法队队长2023年度述法报告\n${BODY}`).unit).toBe('柳岸县交通运输综合行政执法队');
    expect(parse(`柳岸县司法局局长扎西尼玛2023年度述法报告\n${BODY}`).unit).toBe('柳岸县司法局');
    const county = parse(`柳岸县党政主要负责人述法报告\n柳岸县司法局2023年度法治政府建设情况报告\n${BODY}`);
    expect([county.title, county.unit]).toEqual(['柳岸县司法局2023年度法治政府建设情况报告', '柳岸县司法局']);
    // a county-level city's 述法 titles (red team 75's r1_10, r1_11)
    expect(parse(`瑞安市人民政府市长2023年度述法报告\n${BODY}`).unit).toBe('瑞安市人民政府');
    expect(parse(`江山市司法局局长2023年度述法报告\n${BODY}`).unit).toBe('江山市司法局');
    // (a post no organ precedes is left alone: 局长 is never a unit's whole name)
    expect(unitOfTitleText('白沙乡2024年法治政府建设情况报告')).toBe('白沙乡');
  });
  it('a city bureau\'s district branch reports from its district, a department of it (宜昌市生态环境局夷陵区分局 — blind set 119: read as a place 生态环境局夷陵区)', () => {
    const a = parse(`宜昌市生态环境局夷陵区分局2023年度法治政府建设情况报告\n${BODY}`);
    expect([a.unit, a.unitNames.tokens, a.unitNames.own, a.unitNames.level]).toEqual(['宜昌市生态环境局夷陵区分局', ['宜昌市', '夷陵区'], '夷陵区', 'department']);
    // variant: a county's branch of a city's 自然资源和规划局
    const b = parse(`赣州市自然资源局于都县分局2024年法治政府建设情况报告\n${BODY}`);
    expect([b.unitNames.own, b.unitNames.level]).toEqual(['于都县', 'department']);
  });
  it('a cover letter\'s title gives the unit and year of the report it quotes (sweep 5: 关于报送《…财政局2023年度…报告》的报告); variant: …的函', () => {
    const a = parse(`关于报送《浦东新区财政局2023年度法治政府建设情况报告》的报告\n上海市浦东新区法治政府建设工作领导小组办公室：\n根据有关要求，我局拟写了《浦东新区财政局2023年度法治政府建设情况报告》，请审阅。\n${BODY}`);
    expect([a.unit, a.year, a.yearSource]).toEqual(['浦东新区财政局', 2023, 'title']);
    const b = parse(`关于报送《岚川县交通运输局2024年度法治政府建设情况报告》的函\n岚川县人民政府：\n现将我局年度法治政府建设情况报送如下。\n${BODY}`);
    expect([b.unit, b.year, b.yearSource]).toEqual(['岚川县交通运输局', 2024, 'title']);
    // a notice issuing someone's plan is no cover letter of a report: its quoted title names no unit of this document
    expect(parse(`关于印发《岚川县2024年法治政府建设工作要点》的通知\n各乡镇人民政府：\n现将要点印发给你们。\n${BODY}`).unit).not.toBe('岚川县');
  });
  it('a whole-year work summary\'s title names the unit and the year, its joined plan\'s year not (blind set 92); variant: a bureau\'s 工作总结和…工作计划', () => {
    const a = parse(`峣塘镇2021年工作总结及2022年工作思路\n　　2021年是开局之年。一年来，镇党委、政府团结带领全镇干部群众，统筹抓好经济社会发展。\n${BODY}\n峣塘镇人民政府\n2022年1月12日\n`);
    expect([a.unit, a.year, a.yearSource]).toEqual(['峣塘镇人民政府', 2021, 'title']);
    const b = parse(`岚川县水利局2023年度工作总结和2024年工作计划\n　　一年来，局党组团结带领全局干部职工，扎实推进各项工作。\n${BODY}`);
    expect([b.unit, b.year, b.yearSource]).toEqual(['岚川县水利局', 2023, 'title']);
    // a heading naming a year's summary is no title
    expect(parse(`法治政府建设情况报告\n一、2022年工作总结\n　　2022年，青枫镇坚持依法行政。\n${BODY}`).year).toBe(2022);
  });
  it('a township\'s organ without its place (镇党委、政府团结带领…) is no unit: the search reads on and the 落款 signs it (blind set 92); variant: 街道党工委', () => {
    const a = parse(`工作总结\n　　一年来，镇党委、政府团结带领全镇干部群众，推进依法行政。\n${BODY}\n峣塘镇人民政府\n2022年1月12日\n`);
    expect(a.unit).toBe('峣塘镇人民政府');
    const b = parse(`　　2023年，街道党工委坚持依法行政，带领嵺川街道干部群众推进法治建设。现将有关情况报告如下：\n${BODY}`);
    expect(b.unit ?? '').not.toMatch(/^街道/);
  });
  it('a county\'s organ without its place (县政府在县委的领导下…) hands the unit to the 落款, not to the county the text names most (blind set 191)', () => {
    const partner = '（三）联合执法。三河镇地处肥西、舒城、庐江三县交界，县相关执法部门与舒城县、庐江县在交界水域开展联合执法。县政府常务会议研究法治工作4次。\n';
    const a = parse(`关于2025年度法治政府建设情况的报告\n　　2025年，县政府在县委的领导下，全面推进依法行政。现将有关情况报告如下。\n${BODY}${partner}肥西县人民政府\n`);
    expect(a.unit).toBe('肥西县人民政府');
    // variant: a district's 区委 leading, its 落款 a 区 government
    const b = parse(`2024年法治政府建设工作报告\n　　2024年，区政府在区委的坚强领导下，扎实推进法治政府建设。\n${BODY}与鹿城区开展联合执法，鹿城区、鹿城区司法局参加。区政府常务会议研究法治工作3次。\n瓯海区人民政府\n2025年1月10日\n`);
    expect(b.unit).toBe('瓯海区人民政府');
    // a joint 落款, the 依法治县办 over the government: the government (red team 91's r3_02, r3_07)
    const j = parse(`关于2023年度法治政府建设情况的报告\n　　2023年，县政府在县委的领导下，全面推进依法行政。\n${BODY}${partner}中共长兴县委全面依法治县委员会办公室\n长兴县人民政府\n2024年2月20日\n`);
    expect(j.unit).toBe('长兴县人民政府');
    // guard: a 落款 of another level (a department) does not take over from the county the body names
    const c = parse(`2024年法治政府建设工作报告\n　　2024年，县政府在县委的领导下，扎实推进法治政府建设。\n${BODY}\n县司法局\n2025年1月10日\n`);
    expect(c.unit ?? '').not.toBe('县司法局');
  });
  it('a bare organ hands the unit to the 落款, not to the next body the opening names; a site\'s link to a summary is no title (red team 57 variants)', () => {
    const a = parse(`2024年度法治政府建设情况报告\n　　2024年，街道办事处坚持依法行政，统筹推进各项工作。岚川县司法局高度重视基层法治建设，多次到街道指导。现将有关情况报告如下：\n${BODY}\n嵺川街道办事处\n2025年1月15日\n`);
    expect(a.unit).toBe('嵺川街道办事处');
    const b = parse(`下一篇 岚川县2023年工作总结\n嵺坪镇2024年度法治政府建设情况报告\n　　2024年，嵺坪镇坚持依法行政。\n${BODY}\n嵺坪镇人民政府\n2025年1月15日\n`);
    expect([b.unit, b.year]).toEqual(['嵺坪镇人民政府', 2024]);
  });
  it('expands short department names, leaves full ones alone', () => {
    expect(parse(`柳岸县市场监管局2024年法治政府建设情况报告\n${BODY}`).unit).toBe('柳岸县市场监督管理局');
    expect(parse(`柳岸县市场监督管理局2024年法治政府建设情况报告\n${BODY}`).unit).toBe('柳岸县市场监督管理局');
  });
  it('a one-character county glued to the word before it is no name (决策部署和县委… names no 和县): 我县 stays unnamed', () => {
    const d = parse(`2020年，我县认真落实省委市委关于建设法治政府的决策部署和县委关于法治政府建设的工作安排，现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBeNull();
    // a bare 市 in a list of levels (省、市和县委) is no city before it (red team 24); the name doubled with its organ is a name
    expect(parse(`2024年，县司法局认真落实省、市和县委、县政府的决策部署，现将有关情况报告如下：\n${BODY}`).unit).not.toMatch(/和县/);
    expect(parse(`2024年，我县在忠县县委、县政府的坚强领导下，坚持依法行政，现将有关情况报告如下：\n${BODY}`).unit).toMatch(/忠县/);
    // a variant: after its city the one-character county is named (马鞍山市和县…)
    expect(parse(`2020年，我县坚持依法行政。马鞍山市和县人民政府扎实推进法治建设，现将有关情况报告如下：\n${BODY}`).unit).toMatch(/和县/);
  });
  it('a self-name (我街道) signed by the short form 街道办 in the 落款: the signature is the unit, not a neighbour the text names once', () => {
    const d = parse(`2024年，我街道坚持依法行政。现将有关情况报告如下：\n${BODY}与相邻的城南街道建立联调机制。\n青枫街道办\n2025年1月16日\n`);
    expect(d.unit).toBe('青枫街道办');
    // a variant: signed by its party 工委
    expect(parse(`2024年，我街道坚持依法行政。现将有关情况报告如下：\n${BODY}我街道与城南街道联合开展整治。\n中共青枫街道工委\n2025年1月16日\n`).unit).toMatch(/青枫街道/);
  });
  it('a bare 县司法局 takes the county the text names', () => {
    const d = parse(`2024年，县司法局在县委、县政府的领导下，印发《柳岸县法治宣传教育工作要点》，推动柳岸县法治建设。\n${BODY}`);
    expect(d.unit).toBe('柳岸县司法局');
  });
  it('a self-name (我街) takes the name of a cited document of the unit', () => {
    const d = parse(`2024年，我街认真落实《青山街2024年全面依法治街工作要点》，法治建设稳步推进。\n${BODY}`);
    expect(d.unit).toBe('青山街');
    expect(parse(`2024年，我街认真落实上级部署，法治建设稳步推进。\n${BODY}`).unit).toBeNull();
  });
  it('reads traditional characters and drops inline pinyin', () => {
    const d = parse(`青楓鎮(zhèn)2024年法治政府建設(shè)情況報告\n2024年，青楓鎮堅持依法行政，現將有關情況報告如下：\n一、主要舉措\n組織幹部學習憲法。\n`);
    expect(d.unit).toBe('青枫镇');
    expect(d.year).toBe(2024);
  });
  it('leaves a simplified report that uses 著 or 乾 untouched', () => {
    const d = parse(`青枫镇2024年法治政府建设情况报告\n法治建设成效显著，乾坤街区秩序良好。\n${BODY}`);
    expect(d.normalized).toContain('显著');
  });
});

describe('web-page chrome', () => {
  const chrome = '您当前的位置：首页 > 政务公开 > 法治政府建设年度报告\n[ 索引号 ] 000123/2025-00007 [ 发布机构 ] 柳岸县石桥镇人民政府\n[ 发布日期 ] 2025-02-10 [ 有效性 ] 有效\n[ 索引号 ] 000123/2025-00007\n[ 发布机构 ] 柳岸县石桥镇人民政府\n[ 发布日期 ] 2025-02-10\n';
  it('finds the title after a metadata table printed twice, and keeps chrome out of the report text', () => {
    const d = parse(`${chrome}柳岸县石桥镇人民政府2024年法治政府建设情况报告\n发布时间：2025-02-10 来源：县司法局 浏览次数：12\n分享到：\n2024年，石桥镇坚持依法行政，现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('柳岸县石桥镇人民政府');
    expect(d.year).toBe(2024);
    expect(d.publisher).toBe('柳岸县石桥镇人民政府');
    expect(d.sentences.some((s) => s.paragraph >= d.titleParagraphs && !d.chrome.includes(s.paragraph) && /索引号|来源/.test(s.text))).toBe(false);
  });
  it('never takes a site clock, a publication date or the 来源 bureau', () => {
    const d = parse(`柳岸县人民政府 2019年10月8日 星期二\n无障碍 | 简体 | 繁体\n柳岸县2024年度法治政府建设情况报告\n来源：柳岸县司法局 发布时间：2025-03-01\n2024年，柳岸县坚持依法行政。\n${BODY}`);
    expect(d.year).toBe(2024);
    expect(d.unit).toBe('柳岸县');
  });
  it('half-width commas in the first sentence end a subject as full-width ones do (柳溪镇, not 和…指导下,柳溪镇)', () => {
    const d = parse(`2025年,在县委、县政府的坚强领导和县委依法治县办的精心指导下,柳溪镇坚持依法行政,法治建设取得新进展。\n${BODY}`);
    expect(d.unit).toBe('柳溪镇');
    // a variant: a half-width semicolon and colon before the subject
    const e = parse(`2025年;按照上级部署:桂林路街道办事处深入推进法治政府建设,取得明显成效。\n${BODY}`);
    expect(e.unit).toBe('桂林路街道办事处');
  });
  it('a sentence that opens with the unit as its subject, with no year before it (西兴街道始终坚持…)', () => {
    const d = parse(`2024年是全面贯彻落实党的二十大精神的关键之年，也是苇塘街道高质量发展的重要之年。苇塘街道始终坚持依法行政，法治建设取得新成效。\n${BODY}`);
    expect(d.unit).toBe('苇塘街道');
    // a variant: a 街道 by its Guangdong short name after the year; and a 镇党委 opening is no unit
    expect(parse(`2024年，沙湾街坚持以法治思维推动基层治理，全年化解矛盾纠纷36宗。\n${BODY}`).unit).toBe('沙湾街');
    expect(parse(`镇党委、政府高度重视法治建设，全年研究部署4次。\n${BODY}`).unit).toBeNull();
  });
  it('a title followed by its document number in brackets (…工作报告（潭县自然资字〔2025〕79号）)', () => {
    const d = parse(`柘溪县自然资源局2025年度法治政府建设工作报告（柘县自然资字〔2025〕79号）\n县委、县人民政府：\n2025年，我局坚持依法行政。\n${BODY}`);
    expect(d.unit).toBe('柘溪县自然资源局');
    expect(d.year).toBe(2025);
    // a variant: half-width brackets and a 政府 number
    expect(parse(`青枫镇人民政府关于2023年法治政府建设情况的报告(青镇政发〔2024〕3号)\n${BODY}`).year).toBe(2023);
  });
  it('a title broken before 法治 (…关于2024年度 / 法治政府建设情况的报告) and a title with （公开版） (red team 21)', () => {
    const d = parse(`青石镇人民政府关于2024年度\n法治政府建设情况的报告\n${BODY}`);
    expect(d.unit).toBe('青石镇人民政府');
    expect(d.year).toBe(2024);
    // a variant: the version mark after the title
    const v = parse(`柳河乡2023年法治政府建设情况报告（公开版）\n${BODY}`);
    expect(v.year).toBe(2023);
    expect(v.yearSource).toBe('title');
  });
  it('a web page without the title: year from the body, not from 发布日期', () => {
    const d = parse(`[ 发布日期 ] 2025-02-10\n2024年，石桥镇坚持依法行政，现将有关情况报告如下：\n${BODY}`);
    expect(d.year).toBe(2024);
  });
});

describe('an organisation line above a title that names its own unit', () => {
  it('a site header glued above the title by a dropped breadcrumb is not part of the title', () => {
    const d = parse(`柳岸市河东区人民政府清溪街道办事处\n您当前的位置：首页 > 清溪街道 > 政务公开 > 年度报告\n清溪街道2023年法治政府建设情况报告\n日期：2024-02-06\n2023年，我街道坚持依法行政，现将有关情况报告如下：\n${BODY}`);
    expect(d.unit).toBe('清溪街道');
    expect(d.title).toBe('清溪街道2023年法治政府建设情况报告');
    expect(d.year).toBe(2023);
  });
  it('the unit said twice (a name line, then a title that repeats it) gives the name once', () => {
    const d = parse(`石桥镇人民政府\n石桥镇2024年度法治政府建设工作报告\n2024年，石桥镇坚持依法行政。\n${BODY}`);
    expect(d.unit).toBe('石桥镇');
    expect(d.year).toBe(2024);
  });
  it('a title without its own unit still takes the line above (unit line / 关于…的报告; joint 党委 + 政府)', () => {
    expect(parse(`秦川县人民政府\n关于2024年度法治政府建设情况的报告\n${BODY}`).unit).toBe('秦川县人民政府');
    const joint = parse(`中共石桥镇委员会\n石桥镇人民政府\n关于2024年法治政府建设情况的报告\n${BODY}`);
    expect(joint.unit).toBe('石桥镇人民政府');
    expect(joint.title).toContain('关于2024年');
    // the committee's short name (中共X镇委, 中共X乡委) on one line with the government's: the government's name (red team 57)
    expect(parse(`中共石桥镇委　石桥镇人民政府\n关于2024年法治政府建设情况的报告\n${BODY}`).unit).toBe('石桥镇人民政府');
    expect(parse(`中共石桥乡委 石桥乡人民政府关于2024年法治政府建设情况的报告\n${BODY}`).unit).toBe('石桥乡人民政府');
    // an autonomous county written short (澜沧县 for 澜沧拉祜族自治县) is not cut to a real county inside it (沧县, 河北 — nu34)
    expect(parse(`澜沧县木戛乡2025年法治政府建设工作情况报告\n${BODY}`).unit).toBe('澜沧县木戛乡');
    expect(parse(`江华县大石桥乡2025年法治政府建设工作情况报告\n${BODY}`).unit).toBe('江华县大石桥乡');
    expect(parse(`沧县大官厅乡2025年法治政府建设工作情况报告\n${BODY}`).unit).toBe('沧县大官厅乡');
    // …only an autonomous county's: 陇南|康县 is no 南康区, 山西|夏县 no 西夏区 (red team 61)
    expect(parse(`陇南康县教育局2024年法治政府建设情况报告\n${BODY}`).unit).toBe('康县教育局');
    expect(parse(`山西夏县自然资源局2024年法治政府建设情况报告\n${BODY}`).unit).toBe('夏县自然资源局');
    // a county the word before it cuts into is read as the shorter county its province or city names (red team 61): 山西|吉县
    // is no 西吉县 (宁夏), 甘肃|宁县 no 肃宁县 (河北), 信阳|新县 no 阳新县 (湖北); written in full, those stay
    expect(parse(`山西吉县司法局2023年度法治政府建设情况报告\n${BODY}`).unit).toBe('吉县司法局');
    expect(parse(`甘肃宁县教育局2023年度法治政府建设情况报告\n${BODY}`).unit).toBe('宁县教育局');
    expect(parse(`信阳新县卫生健康委员会2023年度法治政府建设情况报告\n${BODY}`).unit).toBe('新县卫生健康委员会');
    expect(parse(`西吉县司法局2023年度法治政府建设情况报告\n${BODY}`).unit).toBe('西吉县司法局');
    expect(parse(`河北肃宁县教育局2023年度法治政府建设情况报告\n${BODY}`).unit).toBe('肃宁县教育局');
    // …and a county's full committee name is not cut at its 县委 (员会秦川县人民政府 before: the same lazy match)
    expect(parse(`中共秦川县委员会 秦川县人民政府关于2024年法治政府建设情况的报告\n${BODY}`).unit).toBe('秦川县人民政府');
  });
});

describe('the reported year', () => {
  it('a title whose year may be a slip — the body and the 落款 agree on the year after it — is flagged; the title\'s year stands, as the scheme says (nu35, set 24)', () => {
    const slip = parse(`柳塘镇人民政府关于2024年度法治政府建设情况的报告\n2025年，柳塘镇坚持以习近平法治思想为指导，扎实推进法治政府建设。\n一、2025年主要举措和成效\n全年召开专题会议4次。\n二、存在的不足\n基层执法力量薄弱。\n三、2026年工作打算\n继续加强普法。\n柳塘镇人民政府\n2026年1月26日\n`);
    expect([slip.year, slip.flags.includes('title_year_conflict')]).toEqual([2024, true]);
    // a variant: the first heading states the year of the work (一、2023年法治政府建设工作开展情况), the 落款 early 2024
    const heading = parse(`青石乡2022年法治政府建设工作报告\n一、2023年法治政府建设工作开展情况\n全年召开专题会议4次。\n二、存在的不足\n基层执法力量薄弱。\n三、下一步工作打算\n继续加强普法。\n青石乡人民政府\n2024年2月5日\n`);
    expect([heading.year, heading.flags.includes('title_year_conflict')]).toEqual([2022, true]);
    // guards: a late report states its own year (the title stands, the 落款 is late); a body that states no year; a 落款 one year on
    const late = parse(`柳塘镇人民政府关于2023年度法治政府建设情况的报告\n2023年，柳塘镇扎实推进法治政府建设。\n${BODY}柳塘镇人民政府\n2025年3月2日\n`);
    expect([late.year, late.flags.includes('title_year_conflict')]).toEqual([2023, false]);
    const silent = parse(`柳塘镇人民政府关于2024年度法治政府建设情况的报告\n今年以来，柳塘镇扎实推进法治政府建设。\n${BODY}柳塘镇人民政府\n2026年1月26日\n`);
    expect([silent.year, silent.flags.includes('title_year_conflict')]).toEqual([2024, false]);
    const onTime = parse(`柳塘镇人民政府关于2024年度法治政府建设情况的报告\n2025年，柳塘镇将继续推进法治政府建设。\n${BODY}柳塘镇人民政府\n2025年1月26日\n`);
    expect([onTime.year, onTime.flags.includes('title_year_conflict')]).toEqual([2024, false]);
  });

  it('a title naming the report year and the plan year reports the first', () => {
    expect(parse(`关于2025年法治政府建设情况及2026年工作要点的报告\n${BODY}`).year).toBe(2025);
  });
  it('years written in Chinese numerals with 〇, 0 or O', () => {
    for (const y of ['二〇二五', '二0二五', '二O二五']) expect(parse(`石桥镇${y}年法治政府建设情况报告\n${BODY}`).year).toBe(2025);
  });
  it('a year without 年 in the title still counts', () => {
    expect(parse(`石桥镇2024法治政府建设年度报告\n${BODY}`).year).toBe(2024);
  });
  it('the first heading, else the body (2019年以来); never a plan range', () => {
    expect(parse(`现将有关情况报告如下：\n一、2024年推进法治政府建设的主要举措\n组织学法4次。\n`).year).toBe(2024);
    expect(parse(`2019年以来，石桥镇持续推进依法行政。\n${BODY}`).year).toBe(2019);
    expect(parse(`对照《法治政府建设实施纲要（2021—2025年）》，石桥镇扎实推进依法行政。\n${BODY}`).year).toBeNull();
  });
  it('a year in brackets at the title\'s end (…年度报告（2024年度）) is the title\'s year, and the title stands alone after metadata lines (a sweep of published openings)', () => {
    const d = parse(`成文日期 2025-03-21 公开时限 长期公开\n\n青枫镇法治政府建设年度报告(2024年度)\n\n2024年,青枫镇在县委、县政府的正确领导下，坚持依法行政。\n${BODY}`);
    expect([d.unit, d.year, d.yearSource]).toEqual(['青枫镇', 2024, 'title']);
    // a variant: full-width brackets and 年 without 度; a law's revision year in brackets elsewhere is no period
    expect(parse(`石桥乡法治政府建设情况报告（2023年度）\n${BODY}`).yearSource).toBe('title');
    expect(parse(`石桥乡法治政府建设年度报告（二〇二三年度）\n${BODY}`).year).toBe(2023);
    expect(parse(`石桥乡法治政府建设年度报告（2023）\n${BODY}`).yearSource).toBe('title');
    // （2025年） without 度 may be the year it was published, the body reporting 2024 (red team 24): not the title's year
    const pub = parse(`石桥乡法治政府建设工作报告（2025年）\n2024年，石桥乡坚持依法行政。\n${BODY}`);
    expect([pub.year, pub.yearSource]).toEqual([2024, 'stated']);
    expect(parse(`石桥乡学习《行政处罚法》（2021年修订）情况报告\n${BODY}`).yearSource).not.toBe('title');
  });
  it('a first heading stating the year of the rule-of-law work says the year as plainly as a title (for a late 落款, blind set 42)', () => {
    const d = parse(`石桥乡人民政府关于法治政府建设工作情况的报告\n石桥乡地处山区。2020年，石桥乡坚持依法行政。\n一、2020年法治政府建设工作开展情况\n组织学法4次。\n`);
    expect([d.year, d.yearSource]).toEqual([2020, 'stated']);
    // variants: a heading naming a period from a year on stays inferred; one the body's year lead contradicts yields to it
    expect(parse(`石桥乡人民政府关于法治政府建设工作情况的报告\n一、2020年以来的主要工作\n组织学法4次。\n`).yearSource).toBe('body');
    const d2 = parse(`石桥乡人民政府关于法治政府建设工作情况的报告\n2021年，石桥乡坚持依法行政。\n一、2020年法治政府建设工作开展情况\n组织学法4次。\n`);
    expect([d2.year, d2.yearSource]).toEqual([2021, 'stated']);
  });
  it('a first heading on another year\'s matter (…督察反馈问题整改情况, …以来…回顾) gives no year; the body\'s year lead outranks a first heading (red team 24)', () => {
    const d = parse(`石桥镇法治政府建设情况报告\n现将我镇法治政府建设工作情况报告如下：\n一、2023年度法治政府建设督察反馈问题整改情况\n已全部整改到位。\n二、2024年法治政府建设主要举措和成效\n组织学法4次。\n`);
    expect(d.year).toBe(2024);
    expect(parse(`石桥镇法治政府建设情况报告\n2024年，石桥镇坚持依法行政。\n一、2020年以来法治政府建设工作回顾\n组织学法4次。\n`).year).toBe(2024);
    expect(parse(`石桥镇法治政府建设情况报告\n2024年，石桥镇坚持依法行政。\n一、2023年法治政府建设主要成效\n组织学法4次。\n`).year).toBe(2024);
    // the standard heading of the year's measures states it too
    expect(parse(`石桥镇法治政府建设情况报告\n一、2024年主要举措和成效\n组织学法4次。\n`).yearSource).toBe('stated');
  });
  it('the opening\'s own 现将…X年度…报告如下 states the year over background years told before it (blind set 203) and with the unit named in it (new user 47)', () => {
    const d = parse(`天荒坪镇人民政府关于法治政府建设工作情况的报告\n安吉县人民政府：\n天荒坪镇地处安吉县南部山区。2005年8月，习近平同志在我镇余村考察；2021年，余村入选最佳旅游乡村。近年来，镇党委、政府始终重视法治。现将2024年度法治政府建设工作情况报告如下。\n一、主要举措和成效\n组织学法4次。\n天荒坪镇人民政府\n2025年1月20日\n`);
    expect([d.year, d.yearSource]).toEqual([2024, 'stated']);
    // a variant: the unit's own name between 现将 and the year
    const v = parse(`螺溪镇法治政府建设报告\n今年以来，螺溪镇扎实推进法治政府建设。现将螺溪镇2024年法治政府建设工作情况报告如下：\n一、主要做法\n组织学法4次。\n泰和县螺溪镇人民政府\n2025年1月20日\n`);
    expect([v.year, v.yearSource]).toEqual([2024, 'stated']);
    // a guard: a report two or more years before the 落款's (a cited old report) states nothing
    expect(parse(`石桥镇法治政府建设情况报告\n现将2021年度法治政府建设工作情况报告的整改情况说明如下。\n一、主要做法\n组织学法4次。\n石桥镇人民政府\n2025年1月20日\n`).yearSource).not.toBe('stated');
  });
  it('a title ending on next year\'s plan after 情况, with no 报告 (…建设情况和2023年工作计划: blind set 49), states unit and year', () => {
    const d = parse(`石桥镇2022年度法治政府建设情况和2023年工作计划\n2022年，石桥镇坚持依法行政。\n${BODY}`);
    expect([d.title, d.year, d.yearSource]).toEqual(['石桥镇2022年度法治政府建设情况和2023年工作计划', 2022, 'title']);
    // a variant: 及…工作思路
    expect(parse(`白土乡2024年法治政府建设工作情况及2025年工作思路\n今年以来，白土乡坚持依法行政。\n${BODY}`).yearSource).toBe('title');
  });
  it('a plan-tail title broken over two lines, and a joint 党委、政府 in it, name the unit and year (red team 28)', () => {
    const d = parse(`石桥镇2022年度法治政府建设情况\n和2023年工作计划\n2022年，石桥镇坚持依法行政。\n${BODY}`);
    expect([d.title, d.yearSource]).toEqual(['石桥镇2022年度法治政府建设情况和2023年工作计划', 'title']);
    expect(parse(`白土乡2023年法治政府建设\n工作情况及2024年工作思路\n${BODY}`).yearSource).toBe('title');
    expect(parse(`双河乡党委、政府2023年法治政府建设情况和2024年工作计划\n2023年，我乡坚持依法行政。\n${BODY}`).unit).toBe('双河乡人民政府');
  });
  it('the year of the plan joined to a title is never the report year (red team 28)', () => {
    // only the plan's year in the title: the year comes from the body
    const d = parse(`石桥镇法治政府建设情况及2025年工作打算\n2024年，石桥镇坚持依法行政。\n${BODY}`);
    expect([d.year, d.yearSource]).toEqual([2024, 'stated']);
    // the plan's year followed by a rule-of-law word is still the plan's
    expect(parse(`石桥镇推进法治政府建设2023年工作情况及2024年依法行政工作思路\n${BODY}`).year).toBe(2023);
    expect(parse(`石桥镇法治政府建设2023年度工作情况及2024年度法治政府建设工作要点\n${BODY}`).year).toBe(2023);
    // variants: 以及 and 设想 join a plan too; a year after 暨 that is the report's (…整改暨2024年度法治政府建设情况报告) stays
    expect(parse(`白土乡2022年度法治政府建设情况以及2023年工作设想\n${BODY}`).year).toBe(2022);
    expect(parse(`关于兴国县2023年度法治督察反馈问题整改暨2024年度法治政府建设情况的报告\n现将有关情况报告如下：\n${BODY}`).year).toBe(2024);
  });
  it('a preamble opening on a year two or more before the 落款\'s tells background, not the year reported on (red team 27)', () => {
    // 2021年，…被确定为示范创建单位 in a report signed in 2024: not the year reported on — the 落款's year before it is, since session 49
    // (blind set 225; until then 2021 was read from the body and a late 落款 only suspected)
    const bg = parse(`石桥镇法治政府建设工作情况报告\n2021年，石桥镇被确定为全市法治政府建设示范创建单位。一年来，全镇坚持依法行政。\n${BODY}\n石桥镇人民政府\n2024年3月20日\n`);
    expect([bg.year, bg.yearSource]).toEqual([2023, 'closing']);
    // and a first heading naming the year before the 落款's is then the report's year
    const h = parse(`石桥镇法治政府建设工作情况报告\n2020年度，石桥镇在全县考核中获评优秀等次。\n一、2023年法治政府建设工作开展情况\n组织学法4次。\n${BODY}\n石桥镇人民政府\n2024年2月2日\n`);
    expect([h.year, h.yearSource]).toEqual([2023, 'body']);
    // a year one before the 落款's is stated as before
    const ok = parse(`石桥镇法治政府建设工作情况报告\n2023年，石桥镇坚持依法行政。\n${BODY}\n石桥镇人民政府\n2024年4月20日\n`);
    expect([ok.year, ok.yearSource]).toEqual([2023, 'stated']);
  });
  it('今年 with a 落款 dated in the report year, or early in the next', () => {
    expect(parse(`今年以来，石桥镇坚持依法行政。\n${BODY}\n石桥镇人民政府\n2024年12月20日\n`).year).toBe(2024);
    const d = parse(`今年以来，石桥镇坚持依法行政。\n${BODY}\n石桥镇人民政府\n2025年1月20日\n`);
    expect(d.year).toBe(2024);
    expect(d.yearSource).toBe('closing');
  });
});

describe('a title naming two years', () => {
  it('the year the rule-of-law report is for, not an earlier rectification\'s (…2023年度法治督察反馈问题整改暨2024年度法治政府建设…)', () => {
    expect(parse(`关于兴国县2023年度法治督察反馈问题整改暨2024年度法治政府建设情况的报告\n现将有关情况报告如下：\n${BODY}`).year).toBe(2024);
    // a variant: the report year first, next year's plan after it
    expect(parse(`青枫镇2024年法治政府建设情况报告暨2025年工作计划\n现将有关情况报告如下：\n${BODY}`).year).toBe(2024);
  });
  it('two years reported together: the period ends with the later one, which is the report year (set 89)', () => {
    const d = parse(`嶷桥县人民政府关于2021—2022年度法治政府建设情况的报告\n现将我县2021年、2022年两个年度法治政府建设情况合并报告如下。\n${BODY}`);
    expect([d.year, d.yearSource, d.yearFrom]).toEqual([2022, 'title', 2021]);
    // variants: a hyphen and 至 with 年 on both; one year keeps no yearFrom
    expect(parse(`青枫镇2020-2021年法治政府建设工作报告\n现将有关情况报告如下：\n${BODY}`).yearFrom).toBe(2020);
    expect(parse(`青枫镇2020年至2021年法治政府建设情况报告\n现将有关情况报告如下：\n${BODY}`).year).toBe(2021);
    expect(parse(`青枫镇2024年度法治政府建设情况报告\n现将有关情况报告如下：\n${BODY}`).yearFrom).toBeUndefined();
    // red team 54: a plan's span with the year reported named too, inside 《》 or not; a summary with its plan
    expect(parse(`岍川县人民政府关于2023—2025年法治政府建设三年行动计划2023年度实施情况的报告\n现将有关情况报告如下：\n${BODY}`).year).toBe(2023);
    expect(parse(`岍川县司法局关于《岍川县2023—2024年法治政府建设行动计划》2023年实施情况的报告\n现将有关情况报告如下：\n${BODY}`).year).toBe(2023);
    expect(parse(`嶂溪镇2023—2024年度法治政府建设工作总结及计划\n2023年，我镇坚持依法行政。现将有关情况报告如下：\n${BODY}`).yearFrom).toBeUndefined();
    // a plan's span is no reporting period (关于《…实施方案（2021—2025年）》…): five years apart, and not before the matter
    expect(parse(`青枫镇关于落实法治政府建设实施方案（2021—2025年）的2023年度报告\n现将有关情况报告如下：\n${BODY}`).yearFrom).toBeUndefined();
  });
});

describe('a title a PDF\'s width cut (new user 45)', () => {
  it('…情况的 / 报告: the genre word alone on the second line is the title\'s end, and the title\'s year is read', () => {
    const d = parse(`金溪县华侨管理区管理委员会关于2024年度法治政府建设情况的\n报告\n${BODY}`);
    expect([d.title, d.year, d.yearSource]).toEqual(['金溪县华侨管理区管理委员会关于2024年度法治政府建设情况的报告', 2024, 'title']);
    // variant: a 工作总结 cut before 总结
    const v = parse(`石桥镇人民政府2023年度法治政府建设工作\n总结\n${BODY}`);
    expect([v.title, v.yearSource]).toEqual(['石桥镇人民政府2023年度法治政府建设工作总结', 'title']);
  });
  it('金溪县华侨管理区 / 管理委员会关于…的报告: a line opening with a body\'s kind takes the rest of its name from the line above', () => {
    const d = parse(`金溪县华侨管理区\n管理委员会关于2024年度法治政府建设情况的报告\n${BODY}`);
    expect(d.title).toBe('金溪县华侨管理区管理委员会关于2024年度法治政府建设情况的报告');
    // variant: a town's government cut before 人民政府
    expect(parse(`秦安县兴国镇\n人民政府关于2023年度法治政府建设情况的报告\n${BODY}`).title).toBe('秦安县兴国镇人民政府关于2023年度法治政府建设情况的报告');
    // guard: a site's header line above a title naming its own unit stays out
    expect(parse(`某某县人民政府网\n石桥镇2023年度法治政府建设情况报告\n${BODY}`).title).toBe('石桥镇2023年度法治政府建设情况报告');
  });
});

describe('a reclamation farm as the unit (blind set 184)', () => {
  it('贵溪市河潭垦殖场 signs and titles its report as itself, not as its city', () => {
    const d = parse(`贵溪市河潭垦殖场2024年法治政府建设年度报告\n${BODY}贵溪市河潭垦殖场\n2025年1月20日\n`);
    expect(d.unit).toBe('贵溪市河潭垦殖场');
    // variant: a 农场 and a 林场 were bodies already
    expect(parse(`石台县国有林场2022年法治建设工作报告\n${BODY}`).unit).toBe('石台县国有林场');
  });
});

describe('a first framed year two or more before the 落款\'s, the title naming none (blind set 225)', () => {
  it('gives way to the 落款\'s year before it: a preamble carried from the year before', () => {
    const d = parse(`茶山街道法治政府建设工作情况报告\n2018年，茶山街道党工委、办事处坚持依法决策，积极推进基层治理法治化。现将有关情况报告如下：\n${BODY}常州市天宁区茶山街道办事处\n2020年3月6日\n`);
    expect(d.year).toBe(2019);
    expect(d.yearSource).toBe('closing');
    // a variant: a background honour opening a department's report signed in January
    const v = parse(`县林业局法治政府建设工作报告\n2020年，我局被评为全省林业系统法治建设先进单位。一年来，我局持续推进依法行政。\n${BODY}岚皋县林业局\n2022年1月18日\n`);
    expect(v.year).toBe(2021);
  });
  it('stands when the report says the year is its own: 现将…2022年度…报告如下 anywhere in its opening, or a plans heading naming the year after it (red team 101\'s r1_01, r1_02)', () => {
    const a = parse(`马厂镇法治政府建设情况报告\n按照县里关于补报的通知要求，现将马厂镇2022年度法治政府建设情况报告如下：\n${BODY}太康县马厂镇人民政府\n2024年3月18日\n`);
    expect(a.year).toBe(2022);
    const b = parse(`郑宅镇法治政府建设工作情况报告\n2022年，郑宅镇党委、政府坚持依法行政。现将有关情况报告如下。\n一、主要举措和成效\n召开专题会议3次。\n二、存在的不足\n力量薄弱。\n三、2023年工作打算\n继续加强普法。\n浦江县郑宅镇人民政府\n2024年2月20日\n`);
    expect(b.year).toBe(2022);
    // a variant: a 落款 from October on is of its own year (as with 今年)
    const c = parse(`县林业局法治政府建设工作报告\n2021年，我局被评为全省林业系统法治建设先进单位。一年来，我局持续推进依法行政。\n${BODY}岚皋县林业局\n2023年11月28日\n`);
    expect([c.year, c.yearSource]).toEqual([2023, 'closing']);
  });
  it('stands when the 落款 comes the year after it, or when it is stated as the report\'s own (现将…)', () => {
    const a = parse(`茶山街道法治政府建设工作情况报告\n2019年，茶山街道党工委、办事处坚持依法决策。现将有关情况报告如下：\n${BODY}常州市天宁区茶山街道办事处\n2020年3月6日\n`);
    expect(a.year).toBe(2019);
    const b = parse(`茶山街道法治政府建设工作情况报告\n现将茶山街道2019年法治政府建设情况报告如下：\n${BODY}常州市天宁区茶山街道办事处\n2020年3月6日\n`);
    expect(b.year).toBe(2019);
  });
});

describe('a verb before a bare level word is no unit (blind set 236)', () => {
  it('联合县自然资源局、生态环境局开展… in a bureau\'s report whose title names no unit: the 落款 signs it', () => {
    const d = parse(`2021年度法治政府建设工作报告\n2020年，我局深入学习贯彻习近平法治思想。\n在河湖管护方面，全面落实河湖长制。联合县自然资源局、生态环境局开展河道采砂专项检查3次。\n当雄县水利局\n2022年1月\n`);
    expect(d.unit).toBe('当雄县水利局');
    // a variant: 配合区… opening the sentence
    const v = parse(`2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。\n配合区市场监督管理局开展联合检查5次。\n蜀山区商务局\n2024年1月10日\n`);
    expect(v.unit).toBe('蜀山区商务局');
    // a guard: verb and level that make a real county (会同县) stay a place (red team 102's r5_01)
    const g = parse(`2023年度法治政府建设工作报告\n2023年，会同县司法局坚持依法行政，全年审查文件12件。\n县司法局\n2024年1月10日\n`);
    expect(g.unit).toBe('会同县司法局');
  });
});


describe('a place, a copula and its county is no subject (blind set 262)', () => {
  it('涉城镇是涉县县委、县政府所在地 names the town, not a county 涉城镇是涉县', () => {
    const d = parse(`关于2023年度法治政府建设工作的报告\n涉城镇是涉县县委、县政府所在地，镇域大部分位于县城。2023年，我镇在县委、县政府的领导下扎实推进依法行政，现将有关情况报告如下。\n${BODY}`);
    expect(d.unit).toBe('涉城镇');
    expect(d.unitNames.level).toBe('township');
    // a variant: 系 as the copula, another county
    const v = parse(`关于2023年度法治政府建设工作的报告\n城关镇系南漳县政府驻地。2023年，我镇扎实推进依法行政，现将有关情况报告如下。\n${BODY}`);
    expect(v.unit).toBe('城关镇');
    // a guard: the county speaking for itself is still read (涉县县委、县政府高度重视…)
    const g = parse(`关于2023年度法治政府建设工作的报告\n2023年，涉县县委、县政府高度重视法治政府建设，现将有关情况报告如下。\n${BODY}`);
    expect(g.unit).toBe('涉县');
  });
});

describe('a year from what the report compares with or plans for, when it names none (blind set 260)', () => {
  it('与2022年相比 alone: 2023, from the body; a plans heading alone: the year before; the two disagreeing: none', () => {
    const a = parse(`某乡法治政府建设工作情况报告\n现将我乡本年度法治政府建设工作开展情况报告如下：\n一、主要工作\n（一）信访工作。认真接待来访群众，与2022年相比，全年信访总量有所下降。\n二、存在问题\n部分干部法治意识还不够强。\n`);
    expect([a.year, a.yearSource]).toEqual([2023, 'body']);
    const b = parse(`某乡法治政府建设工作情况报告\n一、主要工作\n（一）普法。全年开展普法活动12场次。\n二、存在问题\n部分干部法治意识还不够强。\n三、2024年工作打算\n继续加强干部学法。\n`);
    expect([b.year, b.yearSource]).toEqual([2023, 'body']);
    const c = parse(`某乡法治政府建设工作情况报告\n一、主要工作\n（一）普法。全年开展普法活动12场次，较2021年增长两成。\n二、存在问题\n部分干部法治意识还不够强。\n三、2024年工作打算\n继续加强干部学法。\n`);
    expect(c.year).toBeNull();
  });
});

describe('an item lead before the level word is no subject (blind set 300)', () => {
  it('一是镇党委、政府将… in a report whose title names no unit: the 落款 names it, not 一是镇', () => {
    const d = parse(`关于2024年度法治政府建设情况暨自评情况的报告\n中共甘谷县委全面依法治县委员会办公室：\n　　对照考评标准，我镇进行了自查，现将有关情况报告如下。\n一、工作开展情况及自评得分\n　　（一）加强组织领导（分值15分，自评13分）\n　　一是镇党委、政府将法治政府建设列入全镇年度重点工作，年初召开专题会议研究部署。\n　　二是坚持会前学法制度，全年学法8次。\n　　（二）依法履行职能（分值15分，自评14分）\n　　一是镇便民服务中心设置综合窗口，全年办件3200件。\n二、存在的不足\n执法人员偏少。\n磐安镇人民政府\n2025年3月5日`);
    expect(d.unit).toBe('磐安镇人民政府');
    // a variant: 其二 and 首先 before 乡
    const v = parse(`2023年法治政府建设工作总结\n一、主要工作\n　　（一）强化领导\n　　首先乡党委高度重视法治建设，全年专题研究4次。\n　　其二乡政府聘请律师担任法律顾问。\n　　（二）化解纠纷\n　　首先乡调委会每月排查纠纷，全年调解46件。\n二、存在的不足\n执法人员偏少。\n长寿乡人民政府\n2024年1月9日`);
    expect(v.unit).not.toMatch(/^(?:首先|其二)/);
    expect(v.unit).toContain('长寿乡');
  });
});

describe('a prefecture\'s organ without its place (blind set 301)', () => {
  it('州政府坚持… in a report titled by the everyday short name: the 落款 signs the unit', () => {
    const d = parse(`黔东南州2025年法治政府建设情况报告\n2025年，州政府坚持依法行政，现将有关情况报告如下。\n${BODY}黔东南苗族侗族自治州人民政府\n2026年3月20日`);
    expect(d.unit).toBe('黔东南苗族侗族自治州人民政府');
    // a variant: a league's 盟委 speaking, its 行政公署 signing
    const v = parse(`2024年法治政府建设工作报告\n2024年，盟委高度重视法治政府建设，现将有关情况报告如下。\n${BODY}阿拉善盟行政公署\n2025年2月20日`);
    expect(v.unit).not.toBe('盟委');
  });
});
