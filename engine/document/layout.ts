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

/** Web page furniture: a breadcrumb or a metadata/print line. */
const BREADCRUMB = /^(?:当前位置|您当前的位置|您现在的位置|您的位置|首页)[:：]?.*[>＞»›]/;
const WEB_FIELD = /^【?(?:索引号|主题分类|发布机构|发文机关|成文日期|发布日期|发布时间|发文字号|信息来源|来源|浏览次数|访问量|点击数|字号|文章来源|作者)[:：】]/;
/** A line made only of page links: 【打印本页】【关闭窗口】, 分享到：, 【字体：大 中 小】. */
const WEB_LINK = /^(?:[【\[]?(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏本页|收藏|分享到|扫一扫在手机打开当前页|扫一扫|字体|大|中|小|上一篇|下一篇|相关链接)[】\]]?[:：]?)+$/;

const WEB_HINTS: Array<[keyof MetadataHints, RegExp]> = [
  // (the line is read with its spaces removed: the value ends where the next field's label begins)
  ['issuer', /(?:发布机构|发文机关)[:：]\s*([\u4e00-\u9fa5（）()]{2,40}?)(?=成文日期|发布日期|发布时间|发文字号|索引号|主题分类|来源|浏览|$|[^\u4e00-\u9fa5（）()])/],
  ['docNumber', /发文字号[:：]\s*([\u4e00-\u9fa5]{1,12}[〔［\[(（]\d{4}[〕］\])）]\d{1,4}号)/],
];
const WEB_DATE = /(?:成文日期|发布日期|发布时间)[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

interface Line { start: number; end: number; text: string }

function linesOf(original: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= original.length; i++) {
    const c = original[i];
    if (i === original.length || c === '\n' || c === '\r' || c === '\f' || c === '\u2028' || c === '\u2029') {
      const text = fold(original.slice(start, i));
      if (text) out.push({ start, end: i, text });
      if (c === '\r' && original[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  return out;
}

export function isPageFurniture(text: string): boolean {
  const t = fold(text);
  return PAGE_NUMBER.some((re) => re.test(t)) || DIVIDER.test(t) || SEAL.test(t);
}

const isWebFurniture = (t: string) => BREADCRUMB.test(t) || WEB_FIELD.test(t) || WEB_LINK.test(t);

export function findLayout(original: string): Layout {
  const lines = linesOf(original);
  const dropped = new Uint8Array(lines.length);
  const hints: MetadataHints = {};
  const readWebHints = (t: string) => {
    for (const [k, re] of WEB_HINTS) { const m = re.exec(t); if (m && !hints[k]) (hints as Record<string, unknown>)[k] = m[1]; }
    const d = WEB_DATE.exec(t);
    if (d && !hints.date) hints.date = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
  };

  lines.forEach((l, i) => {
    if (isPageFurniture(l.text)) dropped[i] = 1;
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

  const drop: Array<[number, number]> = [];
  lines.forEach((l, i) => { if (dropped[i]) drop.push([l.start, l.end]); });
  return { drop, hints };
}
