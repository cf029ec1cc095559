/**
 * Web-page chrome: what a government site prints around a report and what comes along when the
 * page is pasted or saved as text — breadcrumbs ("当前位置：首页 > …"), the 信息公开 metadata table
 * (索引号, 发布机构, 成文日期, 发文字号 …, simplified or traditional, with or without brackets and
 * bars), share/print/font-size links, accessibility toolbars, site clocks and visitor counters.
 * This module is its one owner; it serves two readers with two degrees of trust:
 *
 * - `isWebFurniture` (strict), used by layout.ts on every line of the original before
 *   normalization: such a line is dropped wherever it stands, so only what cannot be report text
 *   qualifies — a breadcrumb, a line that opens with a field label and its separator, a row of page
 *   links, a bare date line. `readWebHints` keeps the 发布机构, 发文字号 and dates of those lines.
 * - `isChromeLine` (lenient), used by unit-year.ts on the paragraphs before the body and by
 *   normalize (through `isLayoutLine`) to keep such a line from being glued to its neighbour: the
 *   strict signals plus words that would be body text elsewhere (日期, 时间, 题 as labels, 网站,
 *   今天是, 星期, 播报, a run of `|`/`>` separators, a clock).
 *
 * Both read the same field labels (FIELD_LABELS); the lenient test adds its own (ZONE_LABELS).
 */
import type { MetadataHints } from '../types.js';
import { foldRadicals } from './read/radicals.js';

/** A line as the strict test reads it: radicals folded, full-width digits narrowed, all spaces removed. */
export const foldLine = (s: string) => foldRadicals(s).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '');

/** Labels of a page's metadata table (信息公开目录 fields), simplified and traditional forms. */
const FIELD_LABELS = '索引号|索引號|主题分类|主題分類|体裁分类|体裁分類|服务对象分类|发布机构|發布機構|发文机关|发文机构|发文字号|发文编号|備注/文號|备注/文号|文号|成文日期|发文日期|发文时间|发布日期|发布时间|更新时间|信息来源|文章来源|来源|作者|浏览次数|浏览量|点击率|点击数|访问量|阅读次数|字号|字號|字体大小|字体|有效性|文件名称|统一登记号|公开目录|公开责任部门|公开方式|公开范围|公开时限|主题词|生成日期|公文生成日期|成文时间|名称|公文时效|时效性|效力状态|生效日期|有效期|文种|所属机构|分享';

// ---- strict: lines dropped anywhere (read folded: no spaces) ----

const LEAD = '^[-•·|｜\\[［【\\s]*';
const BREADCRUMB = /^(?:您?当前(?:所在)?的?位置|您现在的位置|您的位置|所在位置)[:：]?|^首页\s*[-—>＞»›|/]|^[>＞»›]\s*\S+\s*[>＞»›]/;
const WEB_FIELD = new RegExp(`${LEAD}(?:${FIELD_LABELS})[\\]］】|｜:：]`);
/** A bare 日期 line ("日期：2023-02-16") under the title, or a line of bullets/bars. */
const WEB_DATE_LINE = /^[-•·]?(?:日期|时间)[:：]\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?[\d:：]*$|^[-•·|｜]+$/;
/** A line made only of page links: 【打印本页】【关闭窗口】, 分享到：, 【字体：大 中 小】. */
const WEB_LINK = /^(?:[-•·|【\[]?(?:打印本页|关闭窗口|打印|关闭|保存|返回顶部|收藏本页|收藏|分享到|分享|扫一扫在手机打开当前页|扫一扫|字体|大|中|小|上一篇|下一篇|相关链接|无障碍浏览|适老化无障碍浏览|适老化|无障碍|简体|繁体|简|繁|语音播报|播报|暂停|停止|继续)[】\]|]?[:：]?)+$/;

/** A page's links to its neighbours, with their titles: 上一篇：…, 【下一条】… */
const WEB_NEIGHBOUR = /^[-•·|]?(?:[【\[](?:上一篇|下一篇|上一条|下一条|上篇|下篇)[】\]][:：]?|(?:上一篇|下一篇|上一条|下一条|上篇|下篇)[:：])/;

/**
 * A site's footer: who runs the site (主办：… 承办：…, 技术支持, 版权所有, ©), its filing numbers (ICP备,
 * 公网安备, 网站标识码) — each label with its mark (技术支持：, 版权©; 版权执法：… and 技术支持方面，… open body lines: red
 * team 15) — its address (with a phone or post code, or alone on a short line) and its screen advice
 * (建议使用1366×768以上分辨率浏览: blind set 28, where it was joined to the 落款's date — a screen size or 浏览 in it; not
 * a 联系电话：, a browser or a camera's 1080P分辨率 named in the body, which red teams 14 and 15 found in reports' own lines). A label must take its colon (主办全区培训班
 * is body text); filing numbers are furniture wherever they stand on a line.
 */
const WEB_FOOTER = /^(?:(?:主办|承办|协办|维护|运维)(?:单位)?[:：]|(?:技术支持|运行维护)[:：]|版权所有|(?:网站标识码|网站识别码)[:：]?\s*\d|Copyright|版权\s*[:：©(（]|©)|ICP备|ICP证|公网安备|^地址[:：].*(?:电话|邮编|邮政编码)|^地址[:：][^。，,]{2,40}$|建议(?:使用|采用)(?=[^。；]*(?:\d{3,4}\s*[×xX*]\s*\d{3,4}|浏览|访问))[^。，；]{0,30}分辨率/i;

/**
 * A row of links to other sites (中国政府网 | 国务院公报 | 某某区政务服务网, 友情链接：…): bars between short names, two or more
 * of them a site's (…网, 网站, 公报, 门户 …). Dropped wherever it stands: after the 落款 it had hidden the date (set 47),
 * and its names are no places the report speaks of (red team 26: 和县人民政府网 | … read as another county's organ).
 */
const LINK_ROW = /^(?:[\u4e00-\u9fa5]{0,4}链接[:：])?[^。，,；;：:|｜]{2,24}(?:[|｜][^。，,；;：:|｜]{2,24})+[|｜]?$/;
/** A site's name (中国政府网, 国务院公报, 某某区政务服务平台 …): what a links row lists. */
export const SITE_NAME = /(?:网|网站|公报|门户|平台|客户端|微博|微信|APP)$/i;
export const isLinkRow = (folded: string) => LINK_ROW.test(folded) && folded.replace(/^.*?链接[:：]/, '').split(/[|｜]/).filter((x) => SITE_NAME.test(x)).length >= 2;

/** A folded line (`foldLine`) that is web-page furniture wherever it stands. */
export const isWebFurniture = (folded: string) => BREADCRUMB.test(folded) || isWebField(folded) || WEB_LINK.test(folded) || WEB_DATE_LINE.test(folded) || WEB_NEIGHBOUR.test(folded) || isFooter(folded) || isLinkRow(folded);
/**
 * A page's field line (来源：…, 发布时间：… 浏览次数：…), never a sentence that opens with the word
 * (来源：本报告数据来源于镇综治中心和司法所的台账。 in a report's body: red team 8, e12).
 */
const isWebField = (folded: string) => WEB_FIELD.test(folded) && !folded.includes('。');
/** A footer line, never a paragraph that merely holds one (a page run together into one line ends with its footer). */
const isFooter = (folded: string) => folded.length <= FOOTER_MAX && !folded.includes('。') && WEB_FOOTER.test(folded);
/** The longest footer line seen in one piece: 主办, 承办, 地址, 电话, two filing numbers and a site code (~150 characters). */
const FOOTER_MAX = 240;

const WEB_HINTS: Array<[keyof MetadataHints, RegExp]> = [
  // (the line is read with its spaces removed: the value ends where the next field's label begins)
  ['issuer', /(?:发布机构|发文机关|发文机构)[\]］】|｜:：]+\s*([\u4e00-\u9fa5（）()]{2,40}?)(?=成文日期|发布日期|发布时间|发文字号|索引号|主题分类|来源|浏览|有效性|$|[^\u4e00-\u9fa5（）()])/],
  ['docNumber', /(?:发文字号|文号)[\]］】|｜:：]+\s*([\u4e00-\u9fa5]{1,12}[〔［\[(（]\d{4}[〕］\])）]\d{1,4}号)/],
];
/** 成文日期 first; a page's 发布日期 only when it has none. */
const WEB_DATE = /(?:成文日期|发文日期|发文时间)[\]］】|｜:：]+\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;
const WEB_PUBLISHED = /(?:发布日期|发布时间)[\]］】|｜:：]+\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

/**
 * Reads the 发布机构 (`issuer`), 发文字号 and 成文日期 of furniture lines into hints (the first of
 * each wins); a 发布日期 is kept apart (`published`) and used by the caller only when no 成文日期 was seen.
 */
export class WebHints {
  readonly hints: MetadataHints = {};
  published: MetadataHints['date'] | undefined;
  read(folded: string): void {
    for (const [k, re] of WEB_HINTS) { const m = re.exec(folded); if (m && !this.hints[k]) (this.hints as Record<string, unknown>)[k] = m[1]; }
    const d = WEB_DATE.exec(folded);
    if (d) this.hints.date = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
    const p = WEB_PUBLISHED.exec(folded);
    if (p && !this.published) this.published = { year: Number(p[1]), month: Number(p[2]), day: Number(p[3]) };
  }
}

// ---- lenient: chrome before the body, and lines never glued to a neighbour (read as they are) ----

/** Labels trusted only before the body or on a line of their own: short or common words that open body text elsewhere. */
const ZONE_LABELS = '索\\s*引\\s*号|发布单位|公开日期|废止日期|信息分类|文\\s*号|名\\s*称|标\\s*题|题|性|概\\s*述|内容概述|字體|分享到?|扫一扫|打印|关闭|保存|当前位置|您当前|您现在|首页|无障碍|适老化|语音播报|进入播报|退出播报|日期|时间|公开形式';
const LABEL = `(?:${ZONE_LABELS}|${FIELD_LABELS})`;
const CHROME_RE = new RegExp(`^[-•·*|\\[【\\s]*${LABEL}\\s*[\\]】]?\\s*[|:：]|^[-•·*|\\[【\\s]*(?:${LABEL})\\s*[\\]】]|当前(?:所在)?(?:的)?位置|^首页|无障碍|^(?:大|中|小|-|分享到?\\s*[:：]?)$|^字[号體体]|^[\\d\\-:：\\s]{8,}$|^\\d{4}年\\d{1,2}月\\d{1,2}日(?:\\s*星期.)?$|网站|IPv6|^[^。，]*(?:[|>»]\\s*[^。，|>»]*){2,}$|播报|请耐心等待|触碰|浏览次数|今天是|日\\s*星期[一二三四五六日天]|农历[正一二三四五六七八九十冬腊]|^\\(?[\\d]{4}-\\d{2}-\\d{2}`);

/** A paragraph of a web page's metadata table, breadcrumb, widget, site name or clock (索引号, 发布机构, 当前位置, 分享 …). */
export function isChromeLine(p: string): boolean {
  return CHROME_RE.test(p.trim());
}
