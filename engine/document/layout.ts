/**
 * Page layout that is not report text, found on the original lines before normalization so that
 * evidence offsets still point into the user's file:
 * - page numbers in every common form (— 3 —, -3-, ―3―, 第3页, 第 3 页 共 8 页, 3/8) and divider rules;
 * - the 公文 版头 (GB/T 9704: 份号, 密级, 紧急程度, "X人民政府文件", 发文字号 〔2025〕5号, 签发人), read as
 *   metadata hints and never as the title;
 * - the 版记 at the end (抄送 …, "X办公室 2025年2月20日印发", 共印N份), dropped so the 落款 is found;
 * - the furniture of a web page pasted as text (breadcrumbs, 发布机构/成文日期 tables, share and print
 *   links), whose 发布机构, 成文日期 and 发文字号 are kept as hints;
 * - a seal drawn as text near the 落款 (lines of ★ or of one or two scattered characters).
 * Returns [start, end) ranges of the original to drop and the hints.
 */
import type { MetadataHints } from '../types.js';
import { foldRadicals } from './read/radicals.js';

export interface Layout {
  drop: Array<[number, number]>;
  hints: MetadataHints;
}

const fold = (s: string) => foldRadicals(s).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '');

const DASH = '[-—–―‐－~～_]';
const PAGE_NUMBER: RegExp[] = [
  new RegExp(`^${DASH}*\\d{1,4}${DASH}*$`),
  /^第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?$/,
  /^共\d{1,4}页[,，/／]?第\d{1,4}页$/,
  /^\d{1,4}[/／]\d{1,4}$/,
  /^(?:page|p\.?)\d{1,4}(?:(?:of|\/)\d{1,4})?$/i,
];
const DIVIDER = /^[-—–―‐－_=＝─━═·.…*]{4,}$/;
const SEAL = /^[★☆◎●○※]+$/;

/** 版头 lines (GB/T 9704 §7.2): 份号, 密级 and 紧急程度, 发文机关标志, 发文字号 with or without 签发人. */
const DOC_NUMBER = /^([\u4e00-\u9fa5]{1,12}[〔［\[(（]\d{4}[〕］\])）]\d{1,4}号)(?:签发人[:：](\S{2,12}))?$/;
const ISSUER_MARK = /^([\u4e00-\u9fa5（）()、]{2,40}?)(?:文件|公报)$/;
const SIGNER = /^签发人[:：](\S{2,12})$/;
const HEAD_MISC = /^(?:\d{6}|(?:绝密|机密|秘密)(?:★.*)?|特急|加急|平急)$/;

/** 版记 lines (GB/T 9704 §7.4). */
const COPY_TO = /^抄送[:：]/;
const PRINTED = /^.{0,40}?\d{4}年\d{1,2}月\d{1,2}日印发$|^[（(]?共印\d+份[)）]?$/;

/**
 * Web page furniture (a page pasted as text, simplified or traditional): a breadcrumb ("当前位置：首页 >
 * …", "首页-专题专栏-…", a continuation line "> 政务公开 > …"), a line of the metadata table ("索引号：…",
 * "[发布机构]…", "|发文字号:|…|", "•成文日期:", bullets and brackets around the label), page links.
 */
const LEAD = '^[-•·|｜\\[［【\\s]*';
const BREADCRUMB = /^(?:您?当前(?:所在)?的?位置|您现在的位置|您的位置|所在位置)[:：]?|^首页\s*[-—>＞»›|/]|^[>＞»›]\s*\S+\s*[>＞»›]/;
const FIELD_LABELS = '索引号|索引號|主题分类|主題分類|体裁分类|体裁分類|服务对象分类|发布机构|發布機構|发文机关|发文机构|发文字号|发文编号|備注/文號|备注/文号|文号|成文日期|发文日期|发文时间|发布日期|发布时间|更新时间|信息来源|文章来源|来源|作者|浏览次数|浏览量|点击率|点击数|访问量|阅读次数|字号|字號|字体大小|字体|有效性|文件名称|统一登记号|公开目录|公开责任部门|公开方式|公开范围|公开时限|主题词|生成日期|公文生成日期|成文时间|名称|公文时效|时效性|效力状态|生效日期|有效期|文种|所属机构|分享';
const WEB_FIELD = new RegExp(`${LEAD}(?:${FIELD_LABELS})[\\]］】|｜:：]`);
/** A bare 日期 line ("日期：2023-02-16") under the title. */
const WEB_DATE_LINE = /^[-•·]?(?:日期|时间)[:：]\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?[\d:：]*$|^[-•·|｜]+$/;
/** A line made only of page links: 【打印本页】【关闭窗口】, 分享到：, 【字体：大 中 小】. */
const WEB_LINK = /^(?:[-•·|【\[]?(?:打印本页|关闭窗口|打印|关闭|保存|返回顶部|收藏本页|收藏|分享到|分享|扫一扫在手机打开当前页|扫一扫|字体|大|中|小|上一篇|下一篇|相关链接|无障碍浏览|适老化无障碍浏览|适老化|无障碍|简体|繁体|简|繁|语音播报|播报|暂停|停止|继续)[】\]|]?[:：]?)+$/;

const WEB_HINTS: Array<[keyof MetadataHints, RegExp]> = [
  // (the line is read with its spaces removed: the value ends where the next field's label begins)
  ['issuer', /(?:发布机构|发文机关|发文机构)[\]］】|｜:：]+\s*([\u4e00-\u9fa5（）()]{2,40}?)(?=成文日期|发布日期|发布时间|发文字号|索引号|主题分类|来源|浏览|有效性|$|[^\u4e00-\u9fa5（）()])/],
  ['docNumber', /(?:发文字号|文号)[\]］】|｜:：]+\s*([\u4e00-\u9fa5]{1,12}[〔［\[(（]\d{4}[〕］\])）]\d{1,4}号)/],
];
/** 成文日期 first; a page's 发布日期 only when it has none. */
const WEB_DATE = /(?:成文日期|发文日期|发文时间)[\]］】|｜:：]+\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;
const WEB_PUBLISHED = /(?:发布日期|发布时间)[\]］】|｜:：]+\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

interface Line { start: number; end: number; text: string }
/** Longer lines than this are body text (the longest furniture: a 抄送 list, a web page's field line). */
const MAX_FURNITURE = 160;
const LONG = '\u0000';

function linesOf(original: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= original.length; i++) {
    const c = original.charCodeAt(i); // NaN past the end
    if (i === original.length || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x2028 || c === 0x2029) {
      // a body paragraph is never furniture: long lines are not folded or tested (LONG never matches a rule)
      const text = i - start > MAX_FURNITURE ? (/\S/.test(original.slice(start, start + 64)) ? LONG : '') : fold(original.slice(start, i));
      if (text) out.push({ start, end: i, text });
      if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  return out;
}

export function isPageFurniture(text: string): boolean {
  return isFoldedFurniture(fold(text));
}
const isFoldedFurniture = (t: string) => (t.length <= 24 && (PAGE_NUMBER.some((re) => re.test(t)) || SEAL.test(t))) || DIVIDER.test(t);

const isWebFurniture = (t: string) => BREADCRUMB.test(t) || WEB_FIELD.test(t) || WEB_LINK.test(t) || WEB_DATE_LINE.test(t);

export function findLayout(original: string): Layout {
  const lines = linesOf(original);
  const dropped = new Uint8Array(lines.length);
  const hints: MetadataHints = {};
  const readWebHints = (t: string) => {
    for (const [k, re] of WEB_HINTS) { const m = re.exec(t); if (m && !hints[k]) (hints as Record<string, unknown>)[k] = m[1]; }
    const d = WEB_DATE.exec(t);
    if (d) hints.date = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
    const p = WEB_PUBLISHED.exec(t);
    if (p && !published) published = { year: Number(p[1]), month: Number(p[2]), day: Number(p[3]) };
  };
  let published: MetadataHints['date'] | undefined;

  lines.forEach((l, i) => {
    if (l.text === LONG) return;
    if (isFoldedFurniture(l.text)) dropped[i] = 1;
    else if (isWebFurniture(l.text)) { dropped[i] = 1; readWebHints(l.text); }
  });

  // 版头: the leading lines, up to the first that is none of its parts
  for (let i = 0; i < lines.length && i < 12; i++) {
    if (dropped[i]) continue;
    const t = lines[i].text;
    let m: RegExpExecArray | null;
    if ((m = DOC_NUMBER.exec(t))) { hints.docNumber ??= m[1]; if (m[2]) hints.signer ??= m[2]; }
    else if ((m = SIGNER.exec(t))) hints.signer ??= m[1];
    else if ((m = ISSUER_MARK.exec(t))) hints.issuer ??= m[1];
    else if (!HEAD_MISC.test(t)) break;
    dropped[i] = 1;
  }

  // 版记 and a seal drawn as text: the trailing lines, from the bottom up
  let copyTo = -1;
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 10; i--) {
    if (dropped[i]) continue;
    seen++;
    const t = lines[i].text;
    if (PRINTED.test(t)) dropped[i] = 1;
    else if (COPY_TO.test(t)) { dropped[i] = 1; copyTo = i; }
    else if (/^[\u4e00-\u9fa5]{1,2}$/.test(t) && !/^(?:附件|此致|敬礼)$/.test(t)) dropped[i] = 1; // seal characters
  }
  // the 版记 runs from 抄送 to the end: a 抄送 list wrapped onto further lines goes with it
  if (copyTo >= 0 && lines.length - copyTo <= 5) for (let i = copyTo + 1; i < lines.length; i++) if (lines[i].text.length <= 80) dropped[i] = 1;

  if (!hints.date && published) hints.date = published;
  const drop: Array<[number, number]> = [];
  lines.forEach((l, i) => { if (dropped[i]) drop.push([l.start, l.end]); });
  return { drop, hints };
}
