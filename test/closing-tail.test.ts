/**
 * What stands after a report's 落款 (red team 2, 01): an attachment, a table of figures, the
 * signatory's name, a page's editor and share lines. The 落款 is still read above them, and a late
 * one is still deducted. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { isClosingLine } from '../engine/document/closing.js';
import { scoreText } from './helpers.js';

const REPORT = [
  '柳塘镇人民政府关于2024年度法治政府建设情况的报告',
  '2024年，柳塘镇在县委、县政府领导下推进依法行政，现将有关情况报告如下：',
  '一、主要举措和成效',
  '聘请溪岸律师事务所担任法律顾问，审查合同15份。',
  '二、存在的不足和原因',
  '部分干部法治意识不强，主要原因是培训偏少。',
  '三、下一步工作打算',
  '继续推进普法宣传。',
  '柳塘镇人民政府',
];
const of = (date: string, tail: string[]) => [...REPORT, date, ...tail].join('\n');

describe('the 落款 above what follows a report', () => {
  it.each([
    ['an attachment list (the example)', ['附件：1.2024年度法治政府建设工作台账', '2.法律顾问聘用合同']],
    ['a table of figures as an attachment', ['附表1 2024年矛盾纠纷调处情况统计表', '月份 件数', '1月 12', '2月 10']],
    ['the signatory\'s name under the date', ['张明远']],
    ['a page\'s editor line, in brackets', ['（责任编辑：李华）']],
    ['share and correction links', ['分享到：微信 微博', '【我要纠错】']],
    ['an attachment after the editor line', ['责任编辑：李华', '附件：统计表']],
    // a page's links block whose label stands alone, its items one a line, then the site's footer (blind set 56)
    ['a links block with its items under a bare label', ['【打印本页】　【关闭窗口】', '相关链接：', '崾川县人民政府', '崾川县司法局', '柳塘镇2023年法治政府建设情况报告', '主办单位：崾川县人民政府办公室　承办单位：柳塘镇人民政府', '网站标识码：3301000023']],
    ['variant: 友情链接 alone, the items running to the end of the page', ['友情链接', '中国政府网', '崾川县人民政府门户']],
    // red team 33: an address among the items, two blocks, an editor's line after them
    ['a links block with an address among its items', ['相关链接：', '崾川县2023年法治政府建设年度报告', 'http://www.example.gov.cn/art/2024/3/20/art_88231.html']],
    ['two links blocks one after the other', ['相关链接：', '崾川县司法局', '友情链接', '崾川县人民政府']],
    ['a links block ended by an editor\'s line', ['相关链接：', '崾川县司法局', '责任编辑：梁晓']],
  ])('%s', (_name, tail) => {
    const d = parseDocument(of('2025年5月20日', tail));
    expect(d.closing?.date).toEqual({ year: 2025, month: 5, day: 20 });
    expect(d.closing?.issuer).toBe('柳塘镇人民政府');
    expect(d.flags).not.toContain('no_date');
  });

  it('a 落款 under or inside a links block is never dropped with it: its date and its unit stay (red team 33)', () => {
    const inside = parseDocument([...REPORT.slice(0, -1), '相关链接：', '崾川县司法局', '柳塘镇人民政府', '2025年2月26日'].join('\n'));
    expect(inside.closing?.date).toEqual({ year: 2025, month: 2, day: 26 });
    expect(inside.closing?.issuer).toBe('柳塘镇人民政府');
  });

  it('a report\'s own list headed 法律服务链接： (not a page\'s label) stays text, and the 落款 under it is read', () => {
    const d = parseDocument([...REPORT.slice(0, -1), '法律服务链接：', '12348公共法律服务热线', '柳塘镇公共法律服务工作站', '柳塘镇人民政府', '2025年1月30日'].join('\n'));
    expect(d.normalized).toContain('柳塘镇公共法律服务工作站');
    expect(d.closing?.date).toEqual({ year: 2025, month: 1, day: 30 });
  });

  it('a line after a bare links label that reads as a sentence keeps the block as text: no links dropped, no date found under them', () => {
    const d = parseDocument(of('2025年1月20日', ['相关链接：', '崾川县人民政府', '今年镇里还将继续开展普法活动，欢迎群众参与。']));
    expect(d.closing?.date ?? null).toBeNull();
    expect(d.normalized).toContain('崾川县人民政府');
  });

  it('a late 落款 followed by an attachment is still deducted (it escaped late_report before)', async () => {
    const r = await scoreText(of('2025年5月20日', ['附件：2024年度法治政府建设工作台账']));
    expect(r.deductions.find((x) => x.id === 'late_report')?.status).toBe('deducted');
  });

  it('a late 落款\'s evidence carries the deadline and the days past it (new user 43: the date alone had been quoted)', async () => {
    const r = await scoreText(of('2025年5月20日', []));
    const ev = r.deductions.find((x) => x.id === 'late_report')?.evidence ?? [];
    expect(ev.map((e) => e.reads)).toEqual([{ field: 'days_late', value: 49, deadline: '2025-04-01' }]);
  });

  it('an attachment with its own 落款 (next year\'s 工作要点, signed later): the report\'s 落款 is the one before it', async () => {
    const tail = ['附件：柳塘镇2025年法治政府建设工作要点', '一、深入学习贯彻习近平法治思想。', '二、健全依法决策机制。', '柳塘镇人民政府', '2025年4月8日'];
    const d = parseDocument(of('2025年2月20日', tail));
    expect(d.closing?.date).toEqual({ year: 2025, month: 2, day: 20 });
    const r = await scoreText(of('2025年2月20日', tail));
    expect(r.deductions.find((x) => x.id === 'late_report')?.status).not.toBe('deducted');
    // a variant: the signatory's name under the report's date, the attachment a table
    const named = parseDocument(of('2025年3月2日', ['张明远', '附表：2024年法律顾问审查合同统计', '月份 件数', '2025年5月6日']));
    expect(named.closing?.date).toEqual({ year: 2025, month: 3, day: 2 });
  });

  it('a bare 附件 over its title (blind set 36), and a note naming the attachment above the 落款 (variant)', () => {
    const bare = parseDocument(of('2025年1月23日', ['附件', '2024年主要执法数据统计表', '序号\t项目\t单位\t2024年', '1\t立案查处案件\t件\t286']));
    expect(bare.closing?.date).toEqual({ year: 2025, month: 1, day: 23 });
    const noted = parseDocument([...REPORT.slice(0, -1), '附件：2024年主要执法数据统计表', '柳塘镇人民政府', '2025年1月23日', '附件', '2024年主要执法数据统计表', '序号\t项目\t单位\t2024年', '1\t罚没款\t万元\t412.6'].join('\n'));
    expect(noted.closing).toMatchObject({ issuer: '柳塘镇人民政府', date: { year: 2025, month: 1, day: 23 } });
  });

  it('a note of several 附件N lines above the 落款 is one note: the 落款 is read under it, and a late one deducted', async () => {
    const body = REPORT.slice(0, -1);
    const two = parseDocument([...body, '附件1：柳塘镇2024年度法治建设台账目录', '附件2：柳塘镇权责清单', '柳塘镇人民政府', '2025年1月20日'].join('\n'));
    expect(two.closing).toMatchObject({ issuer: '柳塘镇人民政府', date: { year: 2025, month: 1, day: 20 } });
    // a variant: three note lines, the attachments printed after the 落款 under 附件1 / 附件2, and a late date
    const text = [...body, '附件1：柳塘镇2024年度重大行政决策事项目录', '附件2：柳塘镇行政复议案件统计表', '附件3：佐证材料清单', '柳塘镇人民政府', '2025年4月18日',
      '附件1', '柳塘镇2024年度重大行政决策事项目录', '序号\t事项\t时间', '1\t集镇改造\t3月', '附件2', '柳塘镇行政复议案件统计表', '序号\t案件\t结果', '1\t土地\t维持'].join('\n');
    expect(parseDocument(text).closing).toMatchObject({ issuer: '柳塘镇人民政府', date: { year: 2025, month: 4, day: 18 } });
    expect((await scoreText(text)).deductions.map((d) => d.id)).toContain('late_report');
  });

  it('a 落款 closing the whole file after its attachments, the report having none before them (blind set 258), and its guards', async () => {
    const body = REPORT.slice(0, -1);
    const attachments = ['附件1', '2024年柳塘镇各村调解工作情况统计表', '村名\t调处纠纷（件）\t调解成功（件）', '东岭村\t36\t35', '附件2', '典型案例：一起宅基地界址纠纷的化解',
      '2024年5月，东岭村两户村民因宅基地界址发生争执，镇调委会三次上门调解，双方签订协议。'];
    const at = (date: string, issuer = '柳塘镇人民政府') => [...body, ...attachments, issuer, date].join('\n');
    expect(parseDocument(at('2025年2月26日')).closing).toMatchObject({ issuer: '柳塘镇人民政府', date: { year: 2025, month: 2, day: 26 } });
    // a variant: late, the 落款 under a list of villages as the last attachment — deducted
    const late = [...body, '附件', '2024年柳塘镇民主法治示范村名单', '东岭村、西坡村、南湾村', '柳塘镇人民政府', '2025年4月16日'].join('\n');
    expect((await scoreText(late)).deductions.map((d) => d.id)).toContain('late_report');
    // a guard: another body's signature under the last of several attachments dates nothing of the report
    expect(parseDocument(at('2025年4月16日', '县司法局')).closing?.date ?? null).toBeNull();
  });

  it("a page's 【相关附件】无 under the 落款 is the page's, not the report's (blind set 141), and a variant", () => {
    for (const tail of [['【相关附件】无', '【扫一扫在手机打开当前页】'], ['【附件下载】：无']]) {
      expect(parseDocument(of('2025年1月22日', tail)).closing?.date).toEqual({ year: 2025, month: 1, day: 22 });
    }
  });

  it('a date line followed by more report text is no 落款: the body goes on', () => {
    const d = parseDocument([...REPORT.slice(0, -1), '2024年12月31日', '全年共办理行政复议案件3件，均依法审结。'].join('\n'));
    expect(d.closing?.date ?? null).toBeNull();
  });
});

describe('an attachment after the 落款, read by its title', () => {
  const table = (title: string[]) => of('2025年1月23日', [...title, '序号\t项目\t单位\t数量', '1\t持证执法人员\t人\t78', '2\t举办执法业务培训\t期\t6', '3\t罚没款\t万元\t412.6']);
  const kindOf = (text: string, needle: string) => {
    const d = parseDocument(text);
    const s = d.sentences.find((x) => x.text.includes(needle))!;
    return { kind: d.sections[s.section].kind, boundary: d.sections[s.section].boundary, heading: s.isHeading };
  };

  it('the year\'s figures are the report\'s achievements (blind set 36: 附件 over …数据统计表); its rows are rows, not headings', async () => {
    expect(kindOf(table(['附件', '2024年主要执法数据统计表']), '持证执法人员')).toMatchObject({ kind: 'achievements', boundary: { reason: 'attachment' }, heading: false });
    // a row numbered 2 over a three-character label (罚没款) is a row, not a heading 2.
    expect(kindOf(table(['附件', '2024年主要执法数据统计表']), '罚没款').heading).toBe(false);
    const r = await scoreText(table(['附件：2024年执法人员培训情况统计表']));
    expect(r.criteria.enforcement_qualification.outcome).toBe('met');
  });

  it('forms, templates and task tables report nothing done (red team 14): they stay in the closing with any other document', () => {
    for (const title of ['附件：2024年工作情况统计表（样表）', '附件：2024年度依法行政工作情况填报表', '附件：2024年度法治政府建设重点任务完成情况表', '附件：法治政府建设督察反馈问题整改台账', '附件：党政主要负责人履行推进法治建设第一责任人职责情况测评表']) {
      expect(kindOf(table([title]), '持证执法人员').kind, title).toBe('closing');
    }
  });

  it('a plan attached is plans; another document (a contract) stays in the closing, as before', async () => {
    expect(kindOf(table(['附件：柳塘镇2025年法治政府建设工作要点']), '持证执法人员').kind).toBe('plans');
    expect(kindOf(table(['附件', '2025年执法培训计划表']), '持证执法人员').kind).toBe('plans');
    expect(kindOf(table(['附件：法律顾问聘用合同']), '持证执法人员').kind).toBe('closing');
    // figures of another year are not this report's
    expect(kindOf(table(['附件：2022年主要执法数据统计表']), '持证执法人员').kind).toBe('closing');
    const r = await scoreText(table(['附件：柳塘镇2025年法治政府建设工作要点']));
    expect(r.criteria.enforcement_qualification.outcome).not.toBe('met');
  });

  it('a second attachment is read by its own title: a plan after the year\'s table is plans, a contract the closing\'s', () => {
    const two = (second: string) => of('2025年1月23日', ['附件1', '2024年主要执法数据统计表', '序号\t项目\t单位\t数量', '1\t罚没款\t万元\t412.6', second, '组织执法人员培训4期，持证上岗率100%。']);
    expect(kindOf(two('附件2：柳塘镇2025年法治政府建设工作要点'), '罚没款').kind).toBe('achievements');
    expect(kindOf(two('附件2：柳塘镇2025年法治政府建设工作要点'), '持证上岗').kind).toBe('plans');
    expect(kindOf(two('附件2：法律顾问聘用合同'), '持证上岗').kind).toBe('closing');
  });

  it('an attachment after one with headings of its own is still read by its title (blind set 131: 附件2 一、制定… took 附件3, the next year\'s tasks)', async () => {
    const three = (second: string[], third: string) => of('2025年1月23日', ['附件1', '2024年主要执法数据统计表', '序号\t项目\t单位\t数量', '1\t罚没款\t万元\t412.6',
      ...second, third, '序号\t任务\t牵头单位\t完成时限', '1\t完成权责清单年度调整\t县委编办\t2025年12月', '2\t推行“法律明白人”积分管理\t县司法局\t2025年9月']);
    const docs = ['附件2', '2024年度规范性文件制定及清理目录', '一、制定', '1.柳塘镇集镇管理办法（柳政规〔2024〕1号）', '二、废止', '1.柳塘镇临时占道管理办法（柳政发〔2016〕4号）'];
    const text = three(docs, '附件3：柳塘镇2025年法治政府建设重点任务清单');
    expect(kindOf(text, '权责清单年度调整').kind).toBe('plans');
    const r = await scoreText(text);
    expect(r.criteria.power_list.outcome).toBe('unmet');
    expect(r.criteria.legal_services.outcome).toBe('unmet');
    // a variant: the middle attachment a contract with numbered clauses (closing), the last a 2025 工作要点 told in sentences
    const contract = ['附件2：法律顾问服务合同', '一、服务内容', '1.审查镇政府合同。'];
    expect(kindOf(three(contract, '附件3：柳塘镇2025年法治政府建设工作要点'), '法律明白人').kind).toBe('plans');
  });
});

describe('attachments, as red team 20 wrote them', () => {
  const kindOf = (text: string, needle: string) => {
    const d = parseDocument(text);
    const s = d.sentences.find((x) => x.text.includes(needle))!;
    return d.sections[s.section].kind;
  };
  const body = REPORT.slice(0, -1);

  it('an undated 落款 under an attachment note keeps no date: the attachment\'s own (a notice\'s, a 填报 date) is not the report\'s', async () => {
    const text = [...body, '附件：柳塘镇2024年度法治政府建设数据统计表', '柳塘镇人民政府', '附件', '柳塘镇2024年度法治政府建设数据统计表', '项目\t单位\t数量', '办理行政复议案件\t件\t3', '填报单位：柳塘镇司法所', '2025年4月20日'].join('\n');
    const d = parseDocument(text);
    expect(d.closing?.issuer).toBe('柳塘镇人民政府');
    expect(d.closing?.date ?? null).toBeNull();
    expect(d.flags).toContain('no_date');
    expect((await scoreText(text)).deductions.map((x) => x.id)).not.toContain('late_report');
    // variant: a seven-item note, the issuer and the date, then 附件1: the date nine lines down is still found
    const long = parseDocument([...body, '附件：1.数据统计表', '2.工作台账', '3.典型案例', '4.大事记', '5.制度汇编', '6.法律顾问合同', '7.权责清单', '柳塘镇人民政府', '2025年2月18日', '附件1', '数据统计表', '项目\t数量'].join('\n'));
    expect(long.closing?.date).toEqual({ year: 2025, month: 2, day: 18 });
  });

  it('附件一 over its title, and a title wrapped over two lines, are read; the title line itself reports nothing', async () => {
    const table = ['项目\t单位\t数量', '办理行政复议案件\t件\t3'];
    expect(kindOf(of('2025年2月18日', ['附件一', '2024年度法治政府建设数据统计表', ...table]), '办理行政复议案件')).toBe('achievements');
    expect(kindOf(of('2025年2月18日', ['附件1', '柳塘镇2024年度', '法治政府建设情况统计表', ...table]), '办理行政复议案件')).toBe('achievements');
    // a title with nothing after it (另行报送) earns nothing
    const only = await scoreText(of('2025年2月18日', ['附件：2024年度行政复议和行政应诉案件情况统计表（另行报送）']));
    expect(only.criteria.review_litigation.outcome).toBe('unmet');
  });

  it('last year\'s figures however written are not the report\'s; a cut-off date names no year of work', () => {
    const table = ['项目\t单位\t数量', '办理行政复议案件\t件\t3'];
    for (const title of ['附件：二〇二三年度法治政府建设数据统计表', '附件：上年度法治政府建设数据统计表']) {
      expect(kindOf(of('2025年2月18日', [title, ...table]), '办理行政复议案件'), title).toBe('closing');
    }
    expect(kindOf(of('2025年2月18日', ['附件：2024年度法治政府建设数据统计表（统计截至2025年1月10日）', ...table]), '办理行政复议案件')).toBe('achievements');
  });
});

describe('a 落款 after lines with no punctuation (red team 105)', () => {
  const head = ['孝溪镇2024年法治政府建设情况报告', '2024年，孝溪镇聘请法律顾问审查合同36份，调处纠纷187件。'];
  it('an attachment\'s list of villages, then the issuer and its date: the issuer is not joined to the list (r4_01)', async () => {
    const text = [...head, '附件', '2024年孝溪镇民主法治村名单', '横溪村、狮桥村、大河村、南台社区', '孝溪镇人民政府', '2025年2月24日'].join('\n');
    const d = parseDocument(text);
    expect(d.closing?.issuer).toBe('孝溪镇人民政府');
    expect(d.closing?.date).toEqual({ year: 2025, month: 2, day: 24 });
    expect((await scoreText(text)).deductions.map((x) => x.id)).not.toContain('late_report');
  });
  it('variant: an attached case whose last sentence lost its full stop, and a late date still deducted', async () => {
    const text = [...head, '附件', '典型案例：一起土地边界纠纷的调解', '2024年6月，两户村民因土地边界发生争执，经镇调委会三次调解，双方当场签订调解协议并履行完毕', '孝溪镇人民政府', '2025年4月16日'].join('\n');
    const d = parseDocument(text);
    expect(d.closing?.issuer).toBe('孝溪镇人民政府');
    expect(d.closing?.date).toEqual({ year: 2025, month: 4, day: 16 });
    expect((await scoreText(text)).deductions.map((x) => x.id)).toContain('late_report');
  });
  it('guard: the body\'s last plan line without a full stop keeps its 落款 (read before too)', () => {
    const d = parseDocument([...head, '三、下一步工作打算', '一是加强执法培训，二是深化民主法治村创建，三是提升普法实效', '孝溪镇人民政府', '2025年4月16日'].join('\n'));
    expect(d.closing?.issuer).toBe('孝溪镇人民政府');
  });
  it('guard: a signer stacked above the issuer still joins it, a joint 落款 read whole (中共孝溪镇委员会 / 孝溪镇人民政府 / date)', () => {
    const d = parseDocument([...head, '中共孝溪镇委员会', '孝溪镇人民政府', '2025年2月24日'].join('\n'));
    expect(d.closing?.issuer).toBe('孝溪镇人民政府');
    expect(d.unit).toBe('孝溪镇人民政府');
  });
  it('guard: a wrapped sentence whose next line is a government\'s name, with no date after it, still joins it', () => {
    const d = parseDocument([...head, '对涉及群众切身利益的重大事项，经合法性审查后提请', '孝溪镇人民政府', '常务会议集体讨论决定，全年共审议事项12项。'].join('\n'));
    expect(d.sentences.some((s) => s.text.endsWith('提请孝溪镇人民政府'))).toBe(true);
    expect(d.closing).toBeNull();
  });
});

describe('an openness note under the 落款 (red team 107)', () => {
  const body = ['孝溪镇2024年法治政府建设情况报告', '2024年，孝溪镇聘请法律顾问审查合同36份，调处纠纷187件。', '孝溪镇人民政府', '2025年3月15日'];
  it('（信息公开选项：主动公开） then attachments: the 落款 above is read (r6_04)', () => {
    const d = parseDocument([...body, '（信息公开选项：主动公开）', '附件1', '2024年孝溪镇行政复议案件统计表', '收案数\t3件'].join('\n'));
    expect(d.closing?.issuer).toBe('孝溪镇人民政府');
    expect(d.closing?.date).toEqual({ year: 2025, month: 3, day: 15 });
  });
  it('variant: 公开属性：依申请公开 then one attachment', () => {
    const d = parseDocument([...body, '公开属性：依申请公开', '附件', '典型案例：一起邻里纠纷的调解', '经调解，双方达成协议。'].join('\n'));
    expect(d.closing?.date).toEqual({ year: 2025, month: 3, day: 15 });
  });
  it('variants (red team 109): the note on the date line itself, 公开类型：, 【公开属性】', () => {
    const at = (lines: string[]) => parseDocument([...body.slice(0, -1), ...lines, '附件1', '统计表'].join('\n')).closing?.date;
    expect(at(['2025年3月15日（信息公开选项：主动公开）'])).toEqual({ year: 2025, month: 3, day: 15 });
    expect(at(['2025年3月15日', '公开类型：主动公开'])).toEqual({ year: 2025, month: 3, day: 15 });
    expect(at(['2025年3月15日', '【公开属性】主动公开'])).toEqual({ year: 2025, month: 3, day: 15 });
  });
  it('guard: a body line about openness is no 落款 line', () => {
    expect(isClosingLine('政务公开形式不断丰富，全年公开信息326条。')).toBe(false);
    expect(isClosingLine('信息公开选项：主动公开')).toBe(true);
  });
});

describe('a task table at the end, one cell a line (red team 108)', () => {
  const plans = REPORT.slice(0, -1);
  const table = (heads: string[], rows: string[][]) => [...plans, '重点任务如下：', ...heads, ...rows.flat()].join('\n');
  const late = (r: Awaited<ReturnType<typeof scoreText>>) => r.deductions.find((x) => x.id === 'late_report')?.status;

  it('the last row\'s deadline under its 责任单位 is no 落款: the report is unsigned, nothing deducted (the example)', async () => {
    const text = table(['序号', '重点任务', '责任单位', '完成时限'], [
      ['1', '修订重大行政决策程序规定', '镇党政办', '2025年6月30日'],
      ['2', '开展执法人员轮训', '镇综合行政执法队', '2025年12月31日'],
    ]);
    expect(parseDocument(text).closing).toBeNull();
    expect(late(await scoreText(text))).not.toBe('deducted');
  });

  it('variant: three columns (完成时间), the last row\'s body the town government\'s own office', async () => {
    const text = table(['工作任务', '牵头单位', '完成时间'], [
      ['建成村级法治文化阵地', '柳塘镇司法所', '2025年9月30日'],
      ['完成行政规范性文件清理', '柳塘镇人民政府办公室', '2025年11月30日'],
    ]);
    expect(parseDocument(text).closing).toBeNull();
    expect(late(await scoreText(text))).not.toBe('deducted');
  });

  it('guard: a 落款 under such a table is still read, and a late one deducted', async () => {
    const rows = [['1', '修订重大行政决策程序规定', '镇党政办', '2025年6月30日']];
    const text = table(['序号', '重点任务', '责任单位', '完成时限'], rows) + '\n柳塘镇人民政府\n2025年5月20日';
    expect(parseDocument(text).closing?.date).toEqual({ year: 2025, month: 5, day: 20 });
    expect(late(await scoreText(text))).toBe('deducted');
  });

  it('guard: a 落款 that falls in the deadline column\'s place by chance (the cell before it no body\'s) is still read', () => {
    const text = table(['工作任务', '完成时限', '责任单位'], [['建成村级法治文化阵地', '2025年10月31日', '镇司法所']]) + '\n柳塘镇人民政府\n2025年2月10日';
    expect(parseDocument(text).closing).toMatchObject({ issuer: '柳塘镇人民政府', date: { year: 2025, month: 2, day: 10 } });
  });
});

describe('a report reposted as a WeChat article: what the account prints under it (blind set 292)', () => {
  it('a rule, 来源/编辑/审核, 阅读原文 and the account\'s calls stand after the 落款: it is read, and a late one deducted (the example)', async () => {
    const text = of('2025年4月20日', ['━━━━━━━━━━━━━━━━', '来源：柳塘镇司法所', '编辑：韩 雪', '审核：于海涛', '阅读原文', '点击关注，分享，在看']);
    expect(parseDocument(text).closing).toMatchObject({ issuer: '柳塘镇人民政府', date: { year: 2025, month: 4, day: 20 } });
    expect((await scoreText(text)).deductions.find((x) => x.id === 'late_report')?.status).toBe('deducted');
  });
  it('variant: —— END ——, dotted rules, 分享 · 点赞 · 在看 and 喜欢此内容的人还喜欢', () => {
    const d = parseDocument(of('2025年2月20日', ['—— END ——', '· · · · · · · ·', '来源：柳塘镇人民政府', '阅读原文', '喜欢此内容的人还喜欢', '分享 · 点赞 · 在看']));
    expect(d.closing?.date).toEqual({ year: 2025, month: 2, day: 20 });
  });
  it('guard: a report with no 落款 under the repost\'s tail stays unsigned', () => {
    const d = parseDocument([...REPORT.slice(0, -1), '———————————————', '来源：柳塘镇人民政府', '阅读原文', '点击关注 转发 在看'].join('\n'));
    expect(d.closing?.date ?? null).toBeNull();
  });
});

describe('a task table before a real 落款 (red team 110)', () => {
  const plans = REPORT.slice(0, -1);
  const table = ['重点任务', '责任单位', '完成时限', '修订重大行政决策程序规定', '镇党政办', '2025年6月30日', '开展执法人员轮训', '镇综合行政执法队', '2025年12月31日'];
  const late = async (text: string) => (await scoreText(text)).deductions.find((x) => x.id === 'late_report')?.status;
  it('a joint 落款 run into one line after the table is read (r1_01)', () => {
    const d = parseDocument([...plans, ...table, '中共柳塘镇委员会柳塘镇人民政府', '2025年2月20日'].join('\n'));
    expect(d.closing?.date).toEqual({ year: 2025, month: 2, day: 20 });
  });
  it('特此报告。 between the table and the 落款: read, and a late one deducted (r1_02, r1_03)', async () => {
    const text = [...plans, ...table, '特此报告。', '柳塘镇人民政府', '2025年4月18日'].join('\n');
    expect(parseDocument(text).closing?.date).toEqual({ year: 2025, month: 4, day: 18 });
    expect(await late(text)).toBe('deducted');
  });
  it('a table of the year\'s tasks inside the work, the 落款 a page below it (r1_05)', () => {
    const text = [REPORT[0], REPORT[1], REPORT[2], '工作事项', '责任单位', '完成时间', '制定重大行政决策事项目录', '镇党政办', '2024年5月', ...REPORT.slice(3), '2025年2月18日'].join('\n');
    expect(parseDocument(text).closing?.date).toEqual({ year: 2025, month: 2, day: 18 });
  });
  it('variant of the example: heads the fixed list had lacked (责任股室, 完成期限), the report ending on the table', async () => {
    const text = [...plans, '工作任务', '责任股室', '完成期限', '完善执法案卷评查制度', '法制股', '2025年12月31日'].join('\n');
    expect(parseDocument(text).closing).toBeNull();
    expect(await late(text)).not.toBe('deducted');
  });
});

describe('where a reposted report\'s title and 落款 are quoted (new user 53)', () => {
  const repost = ['信丰发布', '2025年04月22日 17:30 江西', '近日，柳塘镇公布了2024年度法治政府建设情况报告，全文如下：', ...REPORT, '2025年4月15日', '来源：柳塘镇人民政府', '编辑：刘芳', '审核：曾伟', '阅读原文', '点击关注 · 转发 · 在看'].join('\n');
  it('the late 落款\'s evidence stands on the date\'s own line, its quote without the repost\'s tail', async () => {
    const r = await scoreText(repost);
    const ev = r.deductions.find((x) => x.id === 'late_report')?.evidence ?? [];
    expect(ev.map((e) => [e.line, e.text])).toEqual([[repost.split('\n').indexOf('2025年4月15日') + 1, '2025年4月15日']]);
    const dated = r.criteria.report_metadata.evidence.find((e) => e.section === '落款');
    expect(dated?.text).not.toMatch(/来源|编辑|阅读原文|点击关注/);
  });
  it('the title is quoted on its own line, not the account\'s line above it', async () => {
    const r = await scoreText(repost);
    const title = r.criteria.report_metadata.evidence.find((e) => e.section === '标题');
    expect(title?.line).toBe(4);
  });
});

describe('red team 111: task tables, appended tables and repost tails', () => {
  const plans = REPORT.slice(0, -1);
  const table = ['重点任务', '责任科室', '完成时限', '修订执法案卷评查制度', '法制股', '2025年6月30日'];
  const titled = (title: string, body: string[]) => [title, ...plans.slice(1), ...body].join('\n');
  it('a bureau, a party committee and a government office signing after the table keep their 落款 (r1_01–r1_03)', () => {
    expect(parseDocument(titled('柳塘县自然资源局2024年度法治政府建设情况报告', [...table, '柳塘县自然资源局', '2025年1月26日'])).closing?.date).toEqual({ year: 2025, month: 1, day: 26 });
    expect(parseDocument(titled('柳塘镇2024年度法治政府建设情况报告', [...table, '中共柳塘县柳塘镇委员会', '2025年1月18日'])).closing?.date).toEqual({ year: 2025, month: 1, day: 18 });
    expect(parseDocument(titled('柳塘县人民政府办公室2024年度法治政府建设情况报告', [...table, '柳塘县人民政府办公室', '2025年2月5日'])).closing?.date).toEqual({ year: 2025, month: 2, day: 5 });
  });
  it('a task table appended after the 落款: the 落款 above it is read, not the last deadline (r1_04)', async () => {
    const text = [...REPORT, '2025年1月22日', '附表：2025年法治政府建设重点任务分解表', ...table.slice(0, 5), '2025年11月30日'].join('\n');
    expect(parseDocument(text).closing?.date).toEqual({ year: 2025, month: 1, day: 22 });
    expect((await scoreText(text)).deductions.map((x) => x.id)).not.toContain('late_report');
  });
  it('a task cell longer than a line of print is still a cell: the 落款 above the appended table stands (r1_05), and a variant', async () => {
    const long = ['重点任务', '责任股室', '完成时限', '1', '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，并开展年度执法案卷交叉评查工作', '法规股', '2025年6月'];
    const text = [...REPORT, '2025年1月22日', '2025年法治政府建设重点任务清单', ...long, '2', '组织全体执法人员参加法律知识轮训和执法资格考试，确保持证上岗率保持100%', '人事股', '2025年12月31日'].join('\n');
    expect(parseDocument(text).closing?.date).toEqual({ year: 2025, month: 1, day: 22 });
    expect((await scoreText(text)).deductions.map((x) => x.id)).not.toContain('late_report');
    // (the table at the end with no 落款 above it: the report is unsigned, not signed on the last deadline)
    const unsigned = [...plans, ...long, '2', '推动镇村两级法律顾问全覆盖，每季度到村开展一次法治讲座并建立服务台账，年底前完成全年考评', '党政办', '2025年11月'].join('\n');
    expect(parseDocument(unsigned).closing?.date ?? null).toBeNull();
  });
  it('往期推荐 and the titles under it, 图文/责编 and 长按二维码关注我们 stand after the 落款 (r7_01, r7_02)', () => {
    expect(parseDocument(of('2025年2月6日', ['往期推荐', '柳塘镇召开2024年法治建设工作推进会', '柳塘镇开展宪法宣传周活动'])).closing?.date).toEqual({ year: 2025, month: 2, day: 6 });
    expect(parseDocument(of('2025年2月1日', ['图文：柳塘镇党政办', '责编：王芳', '长按二维码关注我们', '— E N D —'])).closing?.date).toEqual({ year: 2025, month: 2, day: 1 });
  });
});

describe('an attachment printed under its 附件 line and signed by another body (red team 108\'s r1_02)', () => {
  const body = REPORT.slice(0, -1);
  it('a county bureau\'s list attached to a town\'s report, with its own issuer and date: the report is unsigned, not late', async () => {
    const text = [...body, '附件：2024年度柳塘县“民主法治村”命名名单（柳塘镇部分）', '溪口村、石桥村、上坂村', '柳塘县司法局', '2025年4月20日'].join('\n');
    expect(parseDocument(text).closing?.date ?? null).toBeNull();
    expect((await scoreText(text)).deductions.map((x) => x.id)).not.toContain('late_report');
  });
  it('variant: a table of another office printed under the note, signed by the county\'s 依法治县办', () => {
    const text = [...body, '附件', '2024年度法治建设考核结果通报', '柳塘镇 优秀', '石门乡 良好', '中共柳塘县委全面依法治县委员会办公室', '2025年1月6日'].join('\n');
    expect(parseDocument(text).closing?.date ?? null).toBeNull();
  });
  it('guard: the report\'s own unit signing after the note\'s numbered items, or after a printed list, keeps its 落款', () => {
    const numbered = [...body, '附件：1.柳塘镇法律顾问合同', '2.柳塘镇权责清单', '柳塘镇人民政府', '2025年1月20日'].join('\n');
    expect(parseDocument(numbered).closing?.date).toEqual({ year: 2025, month: 1, day: 20 });
    const printed = [...body, '附件：柳塘镇2024年民主法治村名单', '溪口村、石桥村', '柳塘镇人民政府', '2025年1月21日'].join('\n');
    expect(parseDocument(printed).closing?.date).toEqual({ year: 2025, month: 1, day: 21 });
  });
  it('guard: a title naming no unit tells nothing: the issuer after the printed list is read as the report\'s', () => {
    const text = ['2024年度法治政府建设情况报告', ...body.slice(1), '附件：民主法治村名单', '溪口村、石桥村', '柳塘镇人民政府', '2025年1月22日'].join('\n');
    expect(parseDocument(text).closing?.date).toEqual({ year: 2025, month: 1, day: 22 });
  });
});

describe('an official document\'s 版记 and dates in other forms (blind sets 308 and 309)', () => {
  it('a seal mark under the date, then 联系人, 抄送 and the office\'s 印发 line with its own date: the 落款 above is read, a late one deducted', async () => {
    const text = of('2022年4月12日', ['（盖章）', '（此件公开发布）', '联系人：曾俊　　联系电话：0796－2512468', '抄送：县委办，县人大常委会办公室，县司法局。', '柳塘镇党政办公室　　　　2022年3月30日印发']);
    expect(parseDocument(text).closing?.date).toEqual({ year: 2022, month: 4, day: 12 });
    // a variant: the 印发 date later and past the deadline, the 落款 on time — nothing late
    const onTime = of('2025年3月24日', ['（印章）', '抄送：县委办公室，县人大常委会办公室。', '柳塘镇人民政府办公室　2025年4月3日印发']);
    expect(parseDocument(onTime).closing?.date).toEqual({ year: 2025, month: 3, day: 24 });
    expect((await scoreText(onTime)).deductions.map((x) => x.id)).not.toContain('late_report');
  });
  it('元月 for January, and dates typed with a slash or a point under the issuer, are 落款 dates', () => {
    expect(parseDocument(of('2025年元月20日', [])).closing?.date).toEqual({ year: 2025, month: 1, day: 20 });
    expect(parseDocument(of('2025/1/16', [])).closing?.date).toEqual({ year: 2025, month: 1, day: 16 });
    expect(parseDocument(of('2025.2.6', [])).closing?.date).toEqual({ year: 2025, month: 2, day: 6 });
    expect(parseDocument(of('二〇二五年元月八日', [])).closing?.date).toEqual({ year: 2025, month: 1, day: 8 });
  });
});

describe('red team 112: task tables and printed attachments beside a real 落款', () => {
  it('a government signing after a task table of long cells, under a title naming no unit, keeps its 落款 (r4_01)', () => {
    const text = ['2024年度法治政府建设情况报告', ...REPORT.slice(1, -1), '序号', '重点任务', '责任单位', '完成时限', '1', '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度并开展年度执法案卷交叉评查工作', '综合执法队', '2025年6月', '埠头镇人民政府', '2025年3月5日'].join('\n');
    expect(parseDocument(text).closing?.date).toEqual({ year: 2025, month: 3, day: 5 });
  });
  it('a bureau signing by its full name after a printed attachment, its title giving the short name, signs the report (r4_02), and a variant', () => {
    const head = ['柳塘县市场监管局2024年度法治政府建设情况报告', ...REPORT.slice(1, -1), '附件：2024年度执法案卷评查情况表', '评查案卷120卷，优秀率85%'];
    expect(parseDocument([...head, '柳塘县市场监督管理局', '2025年2月21日'].join('\n')).closing?.date).toEqual({ year: 2025, month: 2, day: 21 });
    // a guard: another bureau of the county signing the attachment leaves the report unsigned
    expect(parseDocument([...head, '柳塘县司法局', '2025年2月21日'].join('\n')).closing?.date ?? null).toBeNull();
  });
  it('a place written with an ASCII bracket (an OCR\'d 柳塘(县)) in both title and issuer is compared as text, never built into a pattern', () => {
    const head = ['柳塘(县)市场监管局2024年度法治政府建设情况报告', ...REPORT.slice(1, -1), '附件：2024年度执法案卷评查情况表', '评查案卷120卷，优秀率85%'];
    expect(() => parseDocument([...head, '柳塘(县市场监督管理局', '2025年2月21日'].join('\n'))).not.toThrow();
    expect(parseDocument([...head, '柳塘(县)市场监督管理局', '2025年2月21日'].join('\n')).closing?.date).toEqual({ year: 2025, month: 2, day: 21 });
  });
});
