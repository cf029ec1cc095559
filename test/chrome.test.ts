/**
 * Web-page chrome (engine/document/chrome.ts), its one owner: the strict test that drops a line
 * anywhere (layout.ts), the hints read from those lines, and the lenient test used before the body
 * and against gluing lines (unit-year.ts, normalize.ts). Lines are our own inventions.
 */
import { describe, expect, it } from 'vitest';
import { foldLine, isChromeLine, isWebFurniture, WebHints } from '../engine/document/chrome.js';
import { findLayout } from '../engine/document/layout.js';
import { isLayoutLine } from '../engine/document/unit-year.js';
import { parseDocument } from '../engine/document/parse.js';

const strict = (line: string) => isWebFurniture(foldLine(line));

describe('strict: furniture dropped wherever it stands', () => {
  it.each([
    '您当前的位置：首页 > 政务公开 > 法治政府建设',
    '首页 > 信息公开 > 年度报告',
    '> 政务公开 > 法定主动公开内容',
    '[ 索引号 ] 11500117/2025-00012',
    '|发文字号:|青政发〔2025〕2号|',
    '•成文日期: 2025-01-20',
    '發布機構：某某縣人民政府', // traditional
    '【打印本页】【关闭窗口】',
    '分享到：',
    '【字体：大 中 小】',
    '日期：2025-02-16',
    '| | |',
    '上一篇：某某县教育局2023年度部门整体支出绩效自评报告',
    '【下一条】某某县关于春季开学工作的通知',
    // a site's footer after the 落款 (blind set 11: it hid the 落款 from the reader), and variants of our own
    '主办：某某区人民政府办公室    承办：某某区大数据中心',
    '地址：某某区府前路1号    联系电话：0000-1234567',
    '某ICP备12345678号-2    某公网安备00000000000001号    网站标识码0000000001',
    '版权所有：某某县人民政府  技术支持：某某科技有限公司',
    '© 2024 某某镇人民政府 All Rights Reserved',
    '主办单位:某某街道办事处',
    '地址：某某区府前路1号',
    // a row of links to other sites, anywhere (red team 26: 和县人民政府网 | … after the 落款 had been read as another county)
    '中国政府网 | 国务院公报 | 某某区政务服务网',
    '乡镇链接：沙坪镇人民政府网 | 石门乡人民政府网 | 某某县人民政府网',
  ])('%s', (line) => expect(strict(line)).toBe(true));

  it.each([
    '2024年，青枫镇坚持依法行政，全年召开专题会议4次。',
    '来源于群众的意见建议全部办结。', // 来源 without a separator is prose
    '镇政府作为发布机构，及时公开行政规范性文件。',
    '日期和地点另行通知。',
    '青枫镇人民政府2024年法治政府建设情况报告',
    '下一步工作打算：继续深化法治宣传。',
    '主办全区行政执法人员培训班2期，承办市级法治论坛1次。', // 主办 as a verb
    '地址变更登记事项全部实现网上办理。',
    // a table pasted with bars, and a programme's name with one bar, are the report's
    '| 项目 | 受理（件） | 办结（件） |',
    '开通“掌上调解|e调解”小程序',
  ])('not: %s', (line) => expect(strict(line)).toBe(false));
});

describe('hints from the furniture', () => {
  it('a field line is furniture; a sentence of the body that opens with the same word is not (red team 8, e12; variant 作者)', () => {
    expect(strict('来源：青石镇人民政府')).toBe(true);
    expect(strict('来源：本报告数据来源于镇综治中心和司法所2024年度台账。')).toBe(false);
    expect(strict('来源：县统计局，数据截至2024年12月底。')).toBe(false);
  });
  it('reads 发布机构, 发文字号 and 成文日期; the first of each wins', () => {
    const w = new WebHints();
    for (const l of ['[发布机构]青枫镇人民政府[成文日期]2025-01-20', '发文字号：青政发〔2025〕2号', '发布机构：某某网站']) w.read(foldLine(l));
    expect(w.hints).toEqual({ issuer: '青枫镇人民政府', docNumber: '青政发〔2025〕2号', date: { year: 2025, month: 1, day: 20 } });
  });
  it('a 发布日期 is kept apart, for a page without 成文日期', () => {
    const w = new WebHints();
    w.read(foldLine('发布日期：2025-03-02'));
    expect(w.hints.date).toBeUndefined();
    expect(w.published).toEqual({ year: 2025, month: 3, day: 2 });
    expect(findLayout('发布日期：2025-03-02\n正文第一段。\n').hints.date).toEqual({ year: 2025, month: 3, day: 2 });
    expect(findLayout('发布日期：2025-03-02\n成文日期：2025-02-27\n正文第一段。\n').hints.date).toEqual({ year: 2025, month: 2, day: 27 });
  });
});

describe('lenient: chrome before the body, never glued to a neighbour', () => {
  it.each([
    '某某区人民政府网站',
    '今天是：2024年5月6日 星期一',
    '2019年10月8日 星期二',
    '无障碍 | 简体 | 繁体',
    '标 题：青枫镇2024年法治政府建设情况报告',
    '时间：2025-02-10',
    '进入播报',
    '2025-02-10 09:30:00',
    '[ 发布机构 ] 青枫镇人民政府', // the labels the strict test reads are chrome here too
    '访问量：1024',
  ])('%s', (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    '2024年，青枫镇坚持依法行政，全年召开专题会议4次。',
    '青枫镇人民政府2024年法治政府建设情况报告',
    '一、主要举措和成效',
  ])('not: %s', (line) => expect(isChromeLine(line)).toBe(false));

  it('a chrome line stands alone for the line joiner; a wrapped sentence does not', () => {
    expect(isLayoutLine('浏览次数：37  字号：大 中 小')).toBe(true);
    expect(isLayoutLine('镇党委定期研究法治建设工作')).toBe(false);
  });

  it('every field label the strict test drops on is chrome for the lenient test as well', () => {
    for (const label of ['索引号', '主題分類', '服务对象分类', '发文字号', '浏览量', '阅读次数', '公开时限', '有效期', '文种', '所属机构']) {
      const line = `${label}：某某`;
      expect(strict(line), line).toBe(true);
      expect(isChromeLine(line), line).toBe(true);
    }
  });
});

describe('a page saved with its footer', () => {
  it("a report's own contact and browser lines in its body are kept (red team 14: they had been dropped as a footer)", () => {
    const body = ['某某区司法局2023年度法治政府建设情况报告', '一、主要举措和成效', '开通12348公共法律服务热线，', '联系电话：0000-1234567，全年接听咨询1260人次。', '上线“某某e法”平台，', '建议使用Chrome浏览器访问该平台办理法律援助申请；', '二、存在的不足', '基层执法力量不足。', '某某区司法局', '2024年1月20日'];
    const doc = parseDocument(body.join('\n'), { file: 'body.txt' });
    expect(doc.sentences.some((x) => x.text.includes('联系电话：0000-1234567'))).toBe(true);
    expect(doc.sentences.some((x) => x.text.includes('建议使用Chrome浏览器访问'))).toBe(true);
    // lines of the body opening with a footer's word, without its mark (red team 15): kept
    const words = parseDocument(['某某区文化和旅游局2023年度法治政府建设情况报告', '一、主要举措和成效', '版权执法：组织执法人员参加版权执法业务培训3期，培训64人次', '技术支持方面，依托区政府门户网站主动公开政府信息1862条', '二、存在的不足', '执法力量不足。', '某某区文化和旅游局', '2024年1月20日'].join('\n'), { file: 'words.txt' });
    expect(words.sentences.some((x) => x.text.includes('版权执法业务培训3期'))).toBe(true);
    expect(words.sentences.some((x) => x.text.includes('主动公开政府信息1862条'))).toBe(true);
    // a variant: equipment advice naming a resolution (red team 15) is the body's
    const cam = parseDocument(['某某区城管执法局2023年度法治政府建设情况报告', '一、主要举措和成效', '配齐执法记录仪，', '建议采用不低于1080P分辨率的设备；', '二、存在的不足', '执法力量不足。', '某某区城管执法局', '2024年1月20日'].join('\n'), { file: 'cam.txt' });
    expect(cam.sentences.some((x) => x.text.includes('1080P分辨率'))).toBe(true);
    expect(doc.closing?.date).toEqual({ year: 2024, month: 1, day: 20 });
  });

  it('keeps the 落款 before the footer (主办/承办, 地址 and 电话, filing numbers): unit, date and no artifacts', () => {
    const report = ['某某区人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '全年召开常务会议专题研究法治政府建设4次。', '二、存在的不足', '基层执法力量不足。', '三、下一步工作打算', '继续推进依法行政。', '某某区人民政府', '2024年2月26日'];
    const footers = [
      ['打印本页    关闭窗口', '主办：某某区人民政府办公室    承办：某某区大数据中心', '地址：某某区府前路1号    联系电话：0000-1234567', '某ICP备12345678号-1    某公网安备00000000000001号'],
      // a variant: copyright and support lines, the filing number alone
      ['版权所有：某某区人民政府    技术支持：某某科技有限公司', '网站标识码0000000001', '某ICP备87654321号'],
      // a contact line and the browser advice last (blind set 28: joined to the 落款's date, the report had none)
      ['主办单位：某某区人民政府办公室', '联系方式：某某区政府办公室    建议使用1366×768以上分辨率浏览'],
      // a variant: the advice alone on its line, the contact as 联系我们
      ['联系我们：0000-7654321', '本站建议使用谷歌、火狐等主流浏览器访问'],
      // other footers after the 落款 (red team 14): the site map and mobile links, a visitor counter, who maintains it
      ['网站地图 | 手机版 | 无障碍', '您是本站第1234567位访客', '本网站由某某区大数据中心负责维护'],
      // a variant: rights and a QR code, the best-view advice
      ['某某区人民政府 版权所有', '扫一扫在手机上查看当前页面', '为获得最佳浏览效果，请使用1920×1080分辨率'],
      // a row of links to other sites under 相关链接 (set 47: it hid the 落款's date), and variants: 友情链接 on the row's
      // own line with full-width bars, and a row whose bars were lost with its spaces
      ['相关链接：', '中国政府网　|　国务院公报　|　某某区融媒体中心　|　某某区政务服务网', '主办单位：某某区人民政府办公室'],
      ['友情链接：省政府门户网站｜市政府门户网站｜某某县人民政府网'],
      ['中国政府网　　省政府门户网站　　市政府门户网站'],
      // a 友情链接 line naming one site (red team 26)
      ['友情链接：中国政府网'],
    ];
    for (const footer of footers) {
      const doc = parseDocument([...report, '', ...footer].join('\n'), { file: 'page.txt' });
      expect(doc.closing?.date).toEqual({ year: 2024, month: 2, day: 26 });
      expect(doc.closing?.issuer).toBe('某某区人民政府');
      expect(doc.flags).not.toContain('no_date');
    }
  });
});

describe('a PDF\'s running header', () => {
  const body = (header: string) => [
    '柞水县人民政府关于2021年度法治政府建设情况的报告',
    '一、主要工作',
    '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法',
    '— 2 —',
    '',
    header,
    '制审核制度，全年办理行政执法案件126件。',
    '二、存在的不足',
    '执法力量不足。',
    '— 3 —',
    '',
    header,
    '三、下一步工作打算',
    '继续推进依法行政。',
    '柞水县人民政府',
    '2022年1月20日',
  ].join('\n');
  it('is dropped after a page number where it stands again elsewhere, so the sentence the break cut is whole — blind set 179', () => {
    // (a short file's lines are not re-joined — set 179's wrapped page is, fixtures/assessed — but nothing stands between the halves)
    const doc = parseDocument(body('柞政字〔2022〕6号'), { file: 'r.txt' });
    expect(doc.normalized).toContain('重大执法决定法\n制审核制度');
    expect(doc.normalized).not.toContain('柞政字');
    // variant: the unit's name as the header, right-aligned; the 落款's own issuer is kept
    const named = parseDocument(body('                柞水县人民政府'), { file: 'r.txt' });
    expect(named.normalized).toContain('重大执法决定法\n制审核制度');
    expect(named.closing?.issuer).toBe('柞水县人民政府');
  });
  it('guards: a heading repeated after a page number, and a line at one page top only, are the report\'s own (red team 88)', () => {
    const doc = parseDocument(['某镇2024年法治政府建设情况报告', '一、主要工作', '开展普法。', '（二）存在的不足', '执法力量不足。', '— 2 —', '', '（二）存在的不足', '普法形式单一，原因是人员少。', '二、下一步工作打算', '继续推进。'].join('\n'), { file: 'r.txt' });
    expect(doc.normalized.split('（二）存在的不足').length - 1).toBe(2);
    const once = parseDocument(['某镇2024年法治政府建设情况报告', '一、主要工作', '开展普法。', '— 2 —', '', '某镇法治政府建设年度报告', '执法力量不足。', '某镇法治政府建设年度报告'].join('\n'), { file: 'r.txt' });
    expect(once.normalized.split('某镇法治政府建设年度报告').length - 1).toBe(2);
  });
  it('guards: a line standing once after a page number, and a 落款 opening a page (a date under it), are kept', () => {
    const once = parseDocument(['某镇2024年法治政府建设情况报告', '一、主要工作', '开展普法。', '— 2 —', '', '（一）加强组织领导', '成立领导小组。'].join('\n'), { file: 'r.txt' });
    expect(once.sections.some((s) => s.heading === '（一）加强组织领导')).toBe(true);
    const closing = parseDocument(['某镇人民政府', '某镇2024年法治政府建设情况报告', '一、主要工作', '开展普法。', '— 2 —', '', '某镇人民政府', '2025年1月10日'].join('\n'), { file: 'r.txt' });
    expect(closing.closing?.issuer).toBe('某镇人民政府');
    expect(closing.closing?.date).toEqual({ year: 2025, month: 1, day: 10 });
  });
});
