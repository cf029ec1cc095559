/**
 * The 落款 (issuing body and date) at a report's end, and the lines around it that are not the report: trailers (此件公开发布, 抄送),
 * a page's trailer and footer, a signatory's name, attachments after it or noted above it. Readers (.doc, .html) use its line tests
 * to keep a 落款 last; identity.ts reads the unit and the date from findClosing.
 */
import { ORG_SUFFIX } from '../lexicon/units.js';
import { escapeRegExp } from '../patterns/escape.js';
import { parseSmallNumber, parseYear } from './numerals.js';
import { foldLine, isWebFurniture, SITE_NAME } from './chrome.js';
import type { Closing } from '../types.js';

/** A year in figures or in Chinese numerals (2024, 二〇二四), as a pattern source with its group. */
export const YEAR = '(\\d{4}|[〇○零一二三四五六七八九]{4})';
const SMALL = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** A month: as SMALL, or 元月 for January (2022年元月20日 — blind set 309). */
const MONTH = '(\\d{1,2}|元|[一二三四五六七八九十]{1,3})';
export const DATE_RE = new RegExp(`${YEAR}年${MONTH}月${SMALL}日`);
/** A 落款 date typed in figures (2025.2.20, 2025-02-20, 2025/2/20), as pages and forms print it. */
const NUMERIC_DATE = '(\\d{4})[.．\\-/](\\d{1,2})[.．\\-/](\\d{1,2})';
const NUMERIC_DATE_RE = new RegExp(`^${NUMERIC_DATE}$`);
/** A note printed after the date on its line: （此件公开发布）, （此件主动公开）. */
const DATE_NOTE = '(?:[（(](?:此件|本件|主动|依申请|不予|(?:信息|政务)?公开(?:选项|属性|类型)|是否公开)[^）)]{0,10}[）)])?';
const DATE_LINE_RE = new RegExp(`^[（(]?(?:${YEAR}年${MONTH}月${SMALL}日|${NUMERIC_DATE})[)）]?${DATE_NOTE}$`);
/**
 * A 落款 dated by month alone (2019年12月, 二〇一九年十二月: written before the year ended — blind set 32), read as
 * the month's first day (the benefit of the doubt for a deadline). Only right under the issuer at the very end, and
 * only when no full date stands near the end: a month alone is also a task table's deadline cell (red team 17).
 */
const MONTH_DATE_RE = new RegExp(`^[（(]?${YEAR}年${MONTH}月[)）]?${DATE_NOTE}$`);
/** An issuer that signs a whole report (a government, 办事处, 委员会, 局 …), not a 责任单位 cell such as 镇司法所. */
const SIGNING_BODY_RE = /^[\u4e00-\u9fa5（）()]{2,38}(?:人民政府|政府|办事处|街道办|委员会|管委会|局|委|办公室)$/;
/** A 党委 and a 政府 signing jointly on one line (中共青石镇委员会　青石镇人民政府): the government signs for the unit. */
// (中共)X县委 / X镇党委 / X街道党工委 then the government or 办事处, on one line: the government signs for the unit
// (red team 16: 鄋坳镇党委　鄋坳镇人民政府 and 中共嶲岭县委　嶲岭县人民政府 had been taken whole as the unit)
// (the last committee before the government, with its office: 天台县全面依法治县委员会办公室　天台县人民政府 had given 办公室天台县人民政府,
// and 中共X县委全面依法治县委员会办公室　X县人民政府 the committee's office with it — red team 91's r3_04)
const JOINT_ISSUER_RE = /^(?:中共)?[\u4e00-\u9fa5]{2,30}(?:委员会|党委|工作委员会|党工委|工委|[县区市旗镇乡]委(?!员)|依法治[县区市旗镇乡]办)(?:办公室|办)?([\u4e00-\u9fa5]{2,30}(?:人民政府|政府|办事处|管理委员会|管委会))$/;
/** A seal's mark after the issuer: 青石镇人民政府（章）. */
const SEAL_RE = /[（(](?:章|印|盖章|公章|签章)[）)]$/;
const ISSUER_RE = new RegExp(`^[\\u4e00-\\u9fa5（）()]{2,40}${ORG_SUFFIX}(?:[（(][^）)]{1,12}[）)])?$`);
/** Trailing lines that stand after the 落款 and are not part of it. */
// (…and the openness note a form puts under the 落款: （信息公开选项：主动公开）, 公开属性：依申请公开 — red team 107's r6_04)
const TRAILER_RE = /^[（(【]?(?:此件|公开方式|主动公开|依申请公开|不予公开|(?:信息|政务)?公开(?:选项|属性|类型)(?:[:：]|】)|是否公开[:：]|联系人|联系电话|联系方式|联系我们|抄送|印发)/;

/** A line without its spaces and with full-width figures narrowed (NFKC): an issuer spaced across the page, ２０２５年. */
export const squeeze = (t: string) => t.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** A squeezed line (squeeze) that is a 落款's issuer: at most 40 characters, a seal mark aside. */
const issuerSqueezed = (t: string): boolean => t.length > 0 && t.length <= 40 && ISSUER_RE.test(t.replace(SEAL_RE, ''));

/** A 落款's date line alone (2025年2月20日, 二〇二五年二月二十日, 2025.2.20), spaces and full-width figures aside. */
export const isClosingDate = (line: string): boolean => DATE_LINE_RE.test(squeeze(line));
/** A 落款's issuer line alone (青石镇人民政府, 县司法局（章）), spaces and full-width figures aside. */
export const isIssuerLine = (line: string): boolean => issuerSqueezed(squeeze(line));

/**
 * Is this line part of a 落款 as findClosing reads one: an issuer (with a seal mark, or a 党委 and a
 * 政府 signing jointly), a date in words or figures with its note, or a trailer line (此件公开发布,
 * 抄送, 联系人 …)? For readers that must keep the 落款 last (a .doc's text boxes go before it). Spaces
 * inside the line (an issuer spaced out across the page) and full-width figures do not matter.
 */
export function isClosingLine(line: string): boolean {
  const t = squeeze(line);
  if (!t) return false;
  return DATE_LINE_RE.test(t) || TRAILER_RE.test(t) || issuerSqueezed(t);
}

export interface DateParts { year: number; month: number; day: number }

export function parseDate(text: string): DateParts | null {
  const m = DATE_RE.exec(text) ?? NUMERIC_DATE_RE.exec(text.replace(/^[（(]|[)）]?(?:[（(][^）)]*[）)])?$/g, '')) ?? MONTH_DATE_RE.exec(text.trim());
  if (!m) return null;
  const year = parseYear(m[1]);
  const month = m[2] === '元' ? 1 : parseSmallNumber(m[2]);
  const day = m[3] === undefined ? 1 : parseSmallNumber(m[3]);
  if (year === null || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

export interface ClosingFound extends Closing { paragraphs: number[] }

/**
 * A page's trailer lines after a report: share and correction links, the editor's, checkers' (一审/二审/
 * 三审), contributor's, writer's and photographer's names (供稿单位：…, 通讯员　王晓燕, 文/图：…), the article's
 * source (（文章来源：…）), a photo's caption (图为…) — red teams 7 and 8: each of these after the 落款 hid it.
 * The names may follow with no separator (spaces between Chinese characters are gone by now: 通讯员王晓燕李军).
 */
const PAGE_TRAILER_RE = /^【(?:相关附件|附件下载|相关文件)】.{0,20}$|^[【\[（(]?(?:分享到|分享|责任编辑|编辑|审核|校对|审校|终审|初审|[一二三]审|我要纠错|纠错|打印|关闭|供稿|稿件来源|信息来源|文章来源|来源|通讯员|撰稿|作者|摄影|图片|文\s*[/／]\s*图|图\s*[/／]\s*文)(?:单位|人|记者)?[】\]]?(?:[:：\s　]|$)|^图为[^。]{0,60}$|^(?:通讯员|记者|摄影|撰稿|作者)[\u4e00-\u9fa5]{2,12}$/;
/** An attachment after the 落款: 附件：…, 附件1, 附表1 …, 附：…; everything from it on is the attachment. */
const ATTACHMENT_RE = /^附(?:件|表|录)\s*\d*|^附[:：]/;
/** A line that opens an attachment (ATTACHMENT_RE), leading spaces aside: normalize.ts never joins one to its neighbours. */
export const isAttachmentLine = (line: string): boolean => ATTACHMENT_RE.test(line.trimStart());
/** How many lines an attachment note above the 落款 may take (附件：1.…/2.…/3.…, the issuer, the date); section-tree.ts looks as far back for one. */
export const ATTACHMENT_NOTE_REACH = 8;
/** A line of an attachment note naming what is attached (附件2：…权责清单): short, no sentence in it. */
const NOTE_LINE_RE = /^[^。；;！？]{2,80}$/;
/** How far back from the end the last date line is looked for, past an attachment or page trailer. */
const TAIL_REACH = 40;

/** A line that stands after the 落款 and is not part of it: a trailer (此件公开发布, 抄送), a page's trailer line or web furniture. */
/**
 * A site's footer words that only stand after a report (read on trailing lines alone, never in the body): the
 * site map and mobile links, a visitor counter, who maintains the site, its rights, a QR code, screen and
 * browser advice (red team 14: each had hidden the 落款's date).
 */
const SITE_TRAILER_RE = /网站地图|手机版|您是(?:本站)?第\s*\d+\s*位|访问量|访客|本(?:网)?站由.{0,30}维护|版权所有|扫一扫|最佳浏览效果|浏览器|分辨率/;
/**
 * A page's links block after a report, read on trailing lines only: a 相关链接/友情链接 line with whatever short text it
 * holds (友情链接：中国政府网, red team 26), a row of site names joined by ， (the normalizer writes a row's bars so), or
 * two sites' names run together (中国政府网省政府门户网站: bars lost with the spaces). Rows with bars are furniture
 * anywhere (chrome.ts isLinkRow, whose SITE_NAME this shares).
 */
const LINKS_LABEL = /^[\u4e00-\u9fa5]{0,4}链接[:：][^。；;]{0,80}$/;
const SITE_NAMES_G = /网站|政府网|服务网|公报|门户网/g;
function isTrailingLinks(p: string): boolean {
  const t = p.replace(/\s+/g, '');
  if (t.length > 160 || /[。；;]/.test(t)) return false;
  if (LINKS_LABEL.test(t)) return true;
  if (/[，,]/.test(t)) { const items = t.split(/[，,]/); return items.every((x) => x.length >= 2 && x.length <= 24) && items.filter((x) => SITE_NAME.test(x)).length >= 2; }
  return t.length <= 60 && !/[|｜：:]/.test(t) && (t.match(SITE_NAMES_G)?.length ?? 0) >= 2;
}
/**
 * What a WeChat repost prints after the report it carries (blind set 292): a rule of one repeated mark (━━━━, ———, ·······, · · ·,
 * —— END ——), 阅读原文, the account's calls (点击关注 · 转发 · 在看, 分享 · 点赞 · 在看, 点击“在看”，让更多人看到, 长按识别二维码关注) and
 * its recommendations (喜欢此内容的人还喜欢, 往期推荐). Its 来源/编辑/审核 lines are a page's, read by PAGE_TRAILER_RE.
 */
const REPOST_TRAILER_RE = /^(?:[━─—–\-_=·•.。※*~～\s]{3,}|[—\-─━=\s]*(?:E\s*N\s*D|End|end|THE\s*END)[—\-─━=\s]*|阅读原文|阅读全文|喜欢此内容的人还喜欢|往期(?:推荐|回顾|精彩)|推荐阅读|相关阅读|延伸阅读|预览时标签不可点|(?:图文|责编|排版|美编|校对|监制|出品)[:：][^。]{0,30}|声明[:：][^。]{0,40}(?:转载|来源|版权)[^。]{0,40}|长按(?:识别)?(?:二维码|图片)?[^。]{0,12}关注[^。]{0,8}|扫码关注[^。]{0,12}|[▲△↑]?点击(?:上方)?[“"]?(?:蓝字|关注|在看|分享|点赞|转发)[^。]{0,16}|(?:(?:关注|转发|在看|分享|点赞|收藏)[\s·、，,|｜]*){2,})$/;
/** A repost's list of other articles (往期推荐, 推荐阅读 …): what follows it are their titles, never the report's. */
const RECOMMENDED_RE = /^(?:往期(?:推荐|回顾|精彩)|推荐阅读|相关阅读|延伸阅读|精彩推荐|猜你喜欢)$/;
/** How far from the end such a list is looked for. */
const RECOMMENDED_REACH = 15;
/**
 * An official document's 版记 after the 落款 (blind set 308): the seal's mark alone under the date (（盖章）, （印章）), and the 印发 line
 * naming the office that printed it and its own date (佐龙乡党政办公室　2022年3月30日印发) — a printing date, never the report's.
 */
const IMPRINT_RE = new RegExp(`^\\s*(?:[（(](?:盖章|印章|公章|章|签章|印)[）)]|[\\u4e00-\\u9fa5（）()]{2,40}?\\s*${YEAR}\\s*年\\s*${MONTH}\\s*月\\s*${SMALL}\\s*日\\s*(?:印发|印制|翻印))\\s*$`);
const isTrailing = (p: string) => TRAILER_RE.test(p) || IMPRINT_RE.test(p) || PAGE_TRAILER_RE.test(p) || REPOST_TRAILER_RE.test(p.trim()) || (p.length <= 160 && !p.includes('。') && SITE_TRAILER_RE.test(p)) || isWebFurniture(foldLine(p)) || isTrailingLinks(p);

/** A signatory's name on its own line under the 落款 date (魏志远). */
const SIGNATORY_RE = /^[\u4e00-\u9fa5]{2,4}$/;

/** Is what follows paragraph `d` (a 落款 date) only what stands after a report: a signatory's name, trailing lines, an attachment? */
function onlyTail(paragraphs: string[], d: number): boolean {
  let k = d + 1;
  // the signatory's name under the date (魏志远) — not the word 附件 standing alone over an attachment
  if (k < paragraphs.length && SIGNATORY_RE.test(paragraphs[k]) && !ATTACHMENT_RE.test(paragraphs[k])) k++;
  for (; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (ATTACHMENT_RE.test(p)) return true;
    if (!isTrailing(p)) return false;
  }
  return true;
}

/**
 * Whether an issuer line signs the whole report: a body of the signing kinds (SIGNING_BODY_RE), or any body whose name's tail
 * of five characters or more is the title's unit (锦江区春熙路街道综合行政执法队 under 春熙路街道综合行政执法队关于…的报告: a
 * station signs its own report — blind set 142's 2025年2月 had been no date). A 责任单位 cell (镇司法所) names no title.
 */
function signsReport(line: string, title: string): boolean {
  if (SIGNING_BODY_RE.test(line)) return true;
  if (!ISSUER_RE.test(line)) return false;
  for (let k = 0; k + 5 <= line.length; k++) if (title.includes(line.slice(k))) return true;
  return false;
}

/**
 * Whether an issuer at the file's end is the report's own unit, by the report's head (its title's lines): named there in full
 * (长兴县人民政府关于…), or by its name short of the organ with nothing of another body after it (佛山市南海区狮山镇2024年… for
 * 佛山市南海区狮山镇人民政府) — never the county a department or a town is named after (安吉县司法局…, 安吉县递铺街道… under a notice the
 * county government signed: red team 105's r4_04, r4_05).
 */
function signsOwnReport(issuer: string, head: string): boolean {
  if (head.includes(issuer)) return true;
  const stem = issuer.replace(/(?:人民政府|政府|办事处|街道办|管委会)$/, '');
  if (stem.length < 2 || stem === issuer) return false;
  for (let at = head.indexOf(stem); at >= 0; at = head.indexOf(stem, at + 1)) {
    if (/^(?:[（(]?(?:19|20)\d{2}|[〇○零一二]{4}|关于|法治|依法|年度|的)/.test(head.slice(at + stem.length))) return true;
  }
  return false;
}
/**
 * Whether the issuer and date at line `d` sign an attachment printed under its 附件 line (ending at `noteEnd`), not the report: the
 * attachment's text stands between — a line that is no further item of the note (附件：…民主法治村命名名单 / 高迁村、上横街村… ) —
 * and the issuer is another body than the one the title names (仙居县司法局 under 仙居县白塔镇…的报告: red team 108's r1_02). A title
 * naming no unit tells nothing, and the note's numbered items (2.…权责清单) are the note's.
 */
function signedPrintedAttachment(paragraphs: string[], noteEnd: number, d: number, firstBody: number): boolean {
  const issuerAt = d - 1;
  if (issuerAt <= noteEnd + 1) return false;
  const issuer = paragraphs[issuerAt].replace(SEAL_RE, '').replace(/\s+/g, '');
  if (!SIGNING_BODY_RE.test(issuer)) return false;
  const printed = paragraphs.slice(noteEnd + 1, issuerAt).some((p) => !NOTE_ITEM_RE.test(p));
  const head = paragraphs.slice(0, Math.max(1, firstBody)).join('');
  return printed && namesAUnit(head) && !signsOwnHead(JOINT_ISSUER_RE.exec(issuer)?.[1] ?? issuer, head) && !signsOwnReport(issuer, head) && !sameDepartment(issuer, head);
}
/** Whether a title names some unit (a place's level or a body's kind), the words 法治(政府) aside. */
const namesAUnit = (head: string): boolean => /(?:镇|乡|街道|县|区|市|旗|局|委|办)/.test(head.replace(/法治政府|法治/g, ''));
/** A government or a street's or zone's office: what signs a report, never a task table's 责任单位 cell. */
const GOVERNMENT_END = /(?:人民政府|办事处|管理委员会|管委会)$/;
/**
 * Whether a department signs the report its title names by a short name: 仙居县市场监督管理局 under 仙居县市场监管局2024年度…的报告 (red team
 * 112's r4_02) — the same place, and a body of the same kind (局, 委, 办) right after it in the title.
 */
function sameDepartment(issuer: string, head: string): boolean {
  const m = /^(.{2,12}?[县区市旗])(.{1,16}?)(局|委员会|委|办公室|办)$/.exec(issuer);
  if (!m || !head.includes(m[1])) return false;
  const kind = m[3].startsWith('委') ? '委' : m[3].startsWith('办') ? '办' : '局';
  // (the place as written, a bracket of an OCR'd 仙居(县) included, matched literally: never a pattern of its own)
  const after = head.indexOf(m[1]) + m[1].length;
  return new RegExp(`${escapeRegExp(m[1])}[^，。；、]{1,12}${kind}`).test(head) && m[2].slice(0, 2) === head.slice(after, after + 2);
}
/** A further item of an attachment note: numbered on (2.…, （二）…, 附件2…). */
const NOTE_ITEM_RE = /^\s*(?:\d{1,2}\s*[.．、]|[（(][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|附(?:件|表))/;

/** The title of the last attachment before line `end`: the 附件 line itself when it names one, else the line after it. */
function lastAttachmentTitle(paragraphs: string[], first: number, end: number): string {
  let k = first;
  for (let j = first; j < end; j++) if (ATTACHMENT_RE.test(paragraphs[j])) k = j;
  const own = paragraphs[k].replace(ATTACHMENT_RE, '').replace(/^[:：\s]+/, '');
  return own.length >= 4 ? own : paragraphs[k + 1] ?? '';
}
/**
 * An attachment that carries its own signature: a plan, a notice, a reply or a decision of its own date (附件3：天子湖镇2025年…工作要点,
 * 安吉县人民政府关于…的通知 — red team 105's r4_03, r4_04): the date under it is its own, not the report's.
 */
// (its title may run into the addressee line under it — …的决定各区县人民政府，市政府各部门： — when the page lost the break)
// (…or into its own first line, a title without a full stop: 新安镇2023年政府信息公开工作年度报告本报告依据… — red team 107's r6_02)
const SIGNED_ATTACHMENT = /关于[^，。；]{2,60}的(?:实施)?(?:通知|决定|批复|意见|函|报告|通报|请示)|^[^。；：:，]{2,40}?(?:要点|计划|方案|安排|规定|办法|细则|纪要|意见|年度报告|目录)/;

/** A column head of a task table (序号 / 重点任务 / 责任单位 / 完成时限), one cell a line as a pasted page or a converted file leaves it. */
const TABLE_HEAD_RE = /^(?:序号|编号|(?:重点|工作|主要|目标)任务|任务内容|工作(?:内容|事项|措施)|(?:具体|主要)措施|(?:责任|牵头|配合|协办|主责|实施)(?:单位|部门|股室|科室|领导|人)|完成(?:时限|时间|期限)|计划完成时间|时间(?:节点|要求|安排)|时限(?:要求)?|办结时限|进度安排)$/;
/** The deadline column among them. */
const DEADLINE_HEAD_RE = /时限|时间|期限|节点|进度/;
/** How far above a date line its table's heads are looked for: a table of 20 rows of 5 cells. */
const TABLE_REACH = 100;
/**
 * A table's cell: a line with no sentence end in it (a task, a body, a date, a row's number). A task cell may run past a line of print
 * (全面落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，开展年度执法案卷评查 — red team 111's r1_05); past two, it is text.
 */
const CELL_RE = /^[^。！？；;]{1,90}$/;

/**
 * Whether an issuer line signs the report itself, by its head: named there whole (安吉县自然资源和规划局 over its own report), by a tail
 * of five characters or more (…县人民政府办公室), or as the government or party committee of a place the head names by at least its last
 * three characters (阜平县龙泉关镇人民政府, 中共兰考县堌阳镇委员会 under 堌阳镇…: red teams 110 and 111). A 责任单位 cell (镇党政办,
 * 柳塘镇人民政府办公室 under 柳塘镇人民政府关于…) signs nothing.
 */
function signsOwnHead(issuer: string, head: string): boolean {
  if (issuer.length < 4) return false;
  if (head.includes(issuer)) return true;
  for (let k = 0; k + 5 <= issuer.length; k++) if (head.includes(issuer.slice(k))) return true;
  const stem = /^(?:中共)?(.{2,30}?)(?:人民政府|政府|办事处|管理委员会|管委会|委员会|党委|党工委|工作委员会)$/.exec(issuer)?.[1];
  if (!stem) return false;
  for (let k = 0; k + 3 <= stem.length; k++) if (head.includes(stem.slice(k))) return true;
  return false;
}

/**
 * Where the task table ends whose last cell paragraph `d` (a date line) is, as the index of its first column head; -1 when the date is
 * no such cell. The plans' 重点任务 / 责任单位 / 完成时限, printed one cell a line at a report's end (red team 108's r1_01: the last row's
 * 2025年12月31日 under 镇综合行政执法队 had been read as a late 落款): a run of two or more column heads above it, one a deadline, and
 * nothing between them and the date but cells. Not where a sentence stands between (特此报告。, the work after a table of the year's
 * tasks — red team 110's r1_02, r1_03, r1_05), nor where the line before is a date (the last row's deadline, then the 落款's date) or an
 * issuer signing the report itself (signsOwnHead). No row is counted: a row's number alone on its line may have gone as a page number.
 */
function taskTableAt(paragraphs: string[], d: number, firstBody: number): number {
  const head = paragraphs.slice(0, Math.max(1, firstBody)).join('');
  for (let h = d - 1; h >= Math.max(firstBody, d - TABLE_REACH); h--) {
    if (TABLE_HEAD_RE.test(paragraphs[h])) {
      let start = h;
      while (start - 1 >= firstBody && TABLE_HEAD_RE.test(paragraphs[start - 1])) start--;
      if (h === start || !paragraphs.slice(start, h + 1).some((x) => DEADLINE_HEAD_RE.test(x))) return -1;
      const before = paragraphs[d - 1].replace(SEAL_RE, '');
      const issuer = JOINT_ISSUER_RE.exec(before)?.[1] ?? before;
      // (…nor a government or a street's office signing where the title names no unit to compare it with — 埠头镇人民政府 under a title of
      // the year alone: red team 112's r4_01; a 责任单位 cell is an office or a station, 党政办, 司法所)
      return DATE_LINE_RE.test(before) || signsOwnHead(issuer, head) || signsOwnHead(before, head) || (!namesAUnit(head) && GOVERNMENT_END.test(issuer)) ? -1 : start;
    }
    if (!CELL_RE.test(paragraphs[h].trim())) return -1;
  }
  return -1;
}
/** How many lines above a task table a 落款 may end (its date, then the table's caption — 附表：重点任务分解表 — or nothing). */
const ABOVE_TABLE_REACH = 3;

/** The 落款 at the end: an optional issuer line and a date line, after any trailer lines, a page's trailer or footer, a signatory's name, or an attachment. */
export function findClosing(paragraphs: string[], firstBody: number): ClosingFound | null {
  let i = paragraphs.length - 1;
  // (a repost's 往期推荐 and the titles under it end the report where it stands — red team 111's r7_01)
  for (let r = paragraphs.length - 1; r > Math.max(firstBody, paragraphs.length - RECOMMENDED_REACH); r--) {
    if (RECOMMENDED_RE.test(paragraphs[r].trim())) { i = r; break; }
  }
  // an attachment printed after the report's 落款 may carry its own (a 工作要点 signed weeks later): the
  // report's is the one just before the first 附件 line, when a date line stands there
  for (let a = firstBody + 1; a < paragraphs.length; a++) {
    if (!ATTACHMENT_RE.test(paragraphs[a])) continue;
    // (a trailer line between the 落款 and the attachment — （此件公开发布）: red team 106's r4_03, r4_04)
    let above = a - 1;
    while (above > firstBody && isTrailing(paragraphs[above])) above--;
    const d = above - (SIGNATORY_RE.test(paragraphs[above]) ? 1 : 0); // a signatory's name under the date
    if (d >= firstBody && DATE_LINE_RE.test(paragraphs[d])) { i = d; break; }
    // an attachment note above the 落款 (附件：…统计表, the issuer, the date, then the attachment itself): the
    // report's 落款 stands before the attachment's own first line — a date after it (a notice's, a 填报 date
    // under a table) is the attachment's, never the report's (red team 20: a late 填报 date had been deducted)
    // (a note of several 附件 lines — 附件1：…目录 / 附件2：…清单 — is one note: the attachment itself starts at the
    // next 附件 line after the 落款, not at the note's second line, which had hidden the 落款 entirely)
    let noteEnd = a;
    while (noteEnd + 1 < paragraphs.length && ATTACHMENT_RE.test(paragraphs[noteEnd + 1]) && NOTE_LINE_RE.test(paragraphs[noteEnd + 1])) noteEnd++;
    let next = noteEnd + 1;
    while (next < paragraphs.length && !ATTACHMENT_RE.test(paragraphs[next])) next++;
    if (next < paragraphs.length) i = next - 1;
    for (let e = noteEnd + 1; e < Math.min(next, noteEnd + ATTACHMENT_NOTE_REACH); e++) {
      // (…and a date signing the attachment printed there, not the report, leaves the report unsigned: i stops above the 附件 line)
      if (DATE_LINE_RE.test(paragraphs[e])) { if (signedPrintedAttachment(paragraphs, noteEnd, e, firstBody)) i = above; else if (onlyTail(paragraphs, e)) i = e; break; }
    }
    // (…and, the report having no 落款 before its first 附件 line, one that closes the whole file after the attachments — the
    // report's own unit signing, then the date, as a page or a pasted file prints it: the report's (blind set 258: three long reports'
    // 附件1–3 of tables and cases, then 长兴县人民政府 / 2024年2月26日, had read as undated))
    if (!DATE_LINE_RE.test(paragraphs[i])) {
      let e = paragraphs.length - 1;
      while (e > a && isTrailing(paragraphs[e])) e--;
      const line = paragraphs[e - 1]?.replace(SEAL_RE, '').replace(/\s+/g, '') ?? '';
      // (a joint 落款, 中共X镇委员会 X镇人民政府, signs as its government — red team 105's r4_06)
      const issuer = JOINT_ISSUER_RE.exec(line)?.[1] ?? line;
      // (the head without its addressee line — 湖州市人民政府： over a district's report is its superior: red team 106's r4_05)
      // (the title's lines only, before the body: an opening quoting 《浦江县人民政府关于…》 names no issuer of the report — red team 107's r6_03)
      const head = paragraphs.slice(0, Math.min(a, Math.max(1, firstBody))).filter((p) => !/[：:]\s*$/.test(p)).join('');
      if (e - 1 > a && DATE_LINE_RE.test(paragraphs[e]) && SIGNING_BODY_RE.test(issuer) && signsOwnReport(issuer, head)
        && !SIGNED_ATTACHMENT.test(lastAttachmentTitle(paragraphs, a, e))) i = e;
    }
    break;
  }
  while (i >= firstBody && isTrailing(paragraphs[i])) i--;
  if (i >= firstBody && !DATE_LINE_RE.test(paragraphs[i])) {
    // the last date line near the end, when all after it is what follows a report (附件, 责任编辑, a name)
    for (let d = i - 1; d >= Math.max(firstBody, paragraphs.length - TAIL_REACH); d--) {
      if (DATE_LINE_RE.test(paragraphs[d])) { if (onlyTail(paragraphs, d)) i = d; break; }
    }
  }
  if (i < firstBody) return null;
  // (a deadline in the plans' task table is no 落款: a report that ends with one is unsigned — unless a 落款 stands right above the
  // table, the table appended after it: red team 111's r1_04)
  if (DATE_LINE_RE.test(paragraphs[i]) || MONTH_DATE_RE.test(paragraphs[i])) {
    const table = taskTableAt(paragraphs, i, firstBody);
    if (table >= 0) {
      let above = -1;
      for (let d = table - 1; d >= Math.max(firstBody, table - ABOVE_TABLE_REACH); d--) if (DATE_LINE_RE.test(paragraphs[d])) { above = d; break; }
      if (above < 0) return null;
      i = above;
    }
  }
  // a month alone under the issuer, at the end, with no full date near it (see MONTH_DATE_RE)
  const monthOnly = MONTH_DATE_RE.test(paragraphs[i]) && i - 1 >= firstBody && signsReport(paragraphs[i - 1].replace(SEAL_RE, ''), paragraphs.slice(0, Math.max(1, firstBody)).join(''))
    // (never a name and a month under a plan's label — …力争通过验收的单位：/ the station / 2025年10月 is a milestone: red team 80;
    // a sender's label stays one: 报送单位：/ 填报单位（盖章）： — red team 81)
    && !(i - 2 >= 0 && /[：:]$/.test(paragraphs[i - 2]) && /力争|确保|计划|争取|目标|验收|完成|通过/.test(paragraphs[i - 2]))
    && !paragraphs.slice(Math.max(firstBody, paragraphs.length - TAIL_REACH)).some((p) => DATE_LINE_RE.test(p));
  const used: number[] = [];
  let date: DateParts | null = null;
  let dateText: string | null = null;
  let issuer: string | null = null;
  const last = paragraphs[i];
  // (the issuer, its seal mark — 嶙溪镇人民政府（盖章）, red team 26 — and the date on one line)
  const inline = new RegExp(`^(.{2,40}?${ORG_SUFFIX})(\\s*[（(](?:章|印|盖章|公章|签章)[）)])?\\s*[（(]?${YEAR}年${MONTH}月${SMALL}日[)）]?$`).exec(last);
  if (DATE_LINE_RE.test(last) || monthOnly) {
    date = parseDate(last);
    dateText = last;
    used.push(i);
    i--;
  } else if (inline && ISSUER_RE.test(inline[1])) {
    date = parseDate(last);
    dateText = last.slice(inline[1].length + (inline[2]?.length ?? 0)).trim();
    issuer = inline[1];
    used.push(i);
    return { issuer, date, dateText, line: 0, paragraphs: used };
  }
  const issuerLine = paragraphs[i] === undefined ? '' : paragraphs[i].replace(SEAL_RE, '');
  if (i >= firstBody && ISSUER_RE.test(issuerLine) && issuerLine.length <= 40) {
    issuer = JOINT_ISSUER_RE.exec(issuerLine)?.[1] ?? issuerLine;
    used.unshift(i);
  }
  if (!date && !issuer) return null;
  return { issuer, date, dateText, line: 0, paragraphs: used };
}

