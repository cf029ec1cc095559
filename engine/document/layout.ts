/**
 * Page layout that is not report text, found on the original lines before normalization so that
 * evidence offsets still point into the user's file:
 * - page numbers in every common form (— 3 —, -3-, ―3―, 第3页, 第 3 页 共 8 页, 3/8) and divider rules;
 * - the 公文 版头 (GB/T 9704: 份号, 密级, 紧急程度, "X人民政府文件", 发文字号 〔2025〕5号, 签发人), read as
 *   metadata hints and never as the title;
 * - the 版记 at the end (抄送 …, "X办公室 2025年2月20日印发", 共印N份), dropped so the 落款 is found;
 * - the furniture of a web page pasted as text (breadcrumbs, 发布机构/成文日期 tables, share and print
 *   links: chrome.ts's strict test), whose 发布机构, 成文日期 and 发文字号 are kept as hints;
 * - a seal drawn as text near the 落款 (lines of ★ or of one or two scattered characters).
 * Returns [start, end) ranges of the original to drop and the hints.
 */
import type { MetadataHints } from '../types.js';
import { foldLine as fold, isWebFurniture, WebHints } from './chrome.js';

export interface Layout {
  drop: Array<[number, number]>;
  hints: MetadataHints;
}

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

/**
 * A page's links block at its end whose label stands alone (相关链接： / 嶂宁区人民政府 / 嶂宁区司法局 / …2022年…报告 /
 * then the site's footer): the items are short lines with no sentence punctuation, or addresses, from the label to the
 * footer, an editor's line or the end (a second block's label may follow); dropped with the label, as a page's furniture,
 * or they stand under the 落款 and hide it (blind set 56). A date among them (a 落款 under or inside the links), or any
 * other line, keeps them all; only a page's link labels count (法律服务链接：, 附件链接： head the report's own lines —
 * red team 33).
 */
const BARE_LINKS_LABEL = /^(?:相关|友情|网站|站点|政府网站|常用|其他|更多)?链接[:：]?$/;
const LINK_ITEM = /^[^。；;，,！？]{2,60}$/;
const LINK_ADDRESS = /^[^。；;，,]{0,30}(?:https?:\/\/|www\.)\S+$/i;
const DATE_LIKE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月|\d{4}[-./]\d{1,2}[-./]\d{1,2}/;
const EDITOR_LINE = /^[（(【\[]?(?:责任编辑|编辑|审核|校对|来源|作者|供稿)[:：]/;
function dropLinkItems(lines: Line[], dropped: Uint8Array): void {
  for (let k = Math.max(0, lines.length - 40); k < lines.length; k++) {
    if (lines[k].text === LONG || !BARE_LINKS_LABEL.test(lines[k].text)) continue;
    const block: number[] = [k];
    for (let j = k + 1; j < lines.length; j++) {
      if (dropped[j]) continue;
      const t = lines[j].text;
      if (EDITOR_LINE.test(t)) break;
      if (t === LONG || !LINK_ADDRESS.test(t) && (DATE_LIKE.test(t) || !(BARE_LINKS_LABEL.test(t) || LINK_ITEM.test(t)))) return;
      block.push(j);
    }
    if (block.length > 1) for (const j of block) dropped[j] = 1;
    return;
  }
}

/**
 * A PDF's running header, printed at the top of every page (the 发文字号 柞政字〔2022〕6号, the unit's name, the title): a short line
 * without sentence punctuation or a heading's number, right after a page number (a page's footer, then the next page's header) at two
 * page tops or at one and the file's top. Left in, it was glued into the sentence the page break cut (重大执法决定法柞政字〔2022〕6号
 * 制审核制度 — blind set 179: the three systems read as two). Not a line with a date right after it: a 落款 that happens to open a page
 * keeps its issuer.
 */
const HEADER_MAX = 40;
/** A heading's number (一、 （二） 3. 第一部分): a report's own line, never a running header (red team 88: （二）存在的不足 repeated). */
const HEADING_MARK = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[部章节])/;
function dropRunningHeaders(lines: Line[], dropped: Uint8Array): void {
  const isPage = (i: number) => dropped[i] === 1 && PAGE_NUMBER.some((re) => re.test(lines[i].text));
  // the lines standing within two lines after a page number, and how often each does
  const afterPage = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    if (!isPage(i)) continue;
    for (let j = i + 1, seen = 0; j < lines.length && seen < 2; j++) {
      if (dropped[j]) continue;
      seen++;
      const t = lines[j].text;
      if (t === LONG || t.length > HEADER_MAX || /[。；;，,！？]/.test(t) || HEADING_MARK.test(t)) continue;
      if (j + 1 < lines.length && DATE_LIKE.test(lines[j + 1].text) && lines[j + 1].text.length <= 20) continue;
      const at = afterPage.get(t);
      if (at) at.push(j); else afterPage.set(t, [j]);
    }
  }
  // a header stands at two page tops at least, or at one and at the top of the file (the 版头's 发文字号, the title)
  const atTop = new Set(lines.slice(0, 3).map((l) => l.text));
  for (const [t, at] of afterPage) if (at.length >= 2 || atTop.has(t)) for (const j of at) dropped[j] = 1;
}

export function findLayout(original: string): Layout {
  const lines = linesOf(original);
  const dropped = new Uint8Array(lines.length);
  const web = new WebHints();
  const hints = web.hints;

  lines.forEach((l, i) => {
    if (l.text === LONG) return;
    if (isFoldedFurniture(l.text)) dropped[i] = 1;
    else if (isWebFurniture(l.text)) { dropped[i] = 1; web.read(l.text); }
  });

  dropLinkItems(lines, dropped);
  dropRunningHeaders(lines, dropped);

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
    // (never a title's last word cut onto its own line — …情况的 / 报告 in a short file: new user 45)
    else if (/^[\u4e00-\u9fa5]{1,2}$/.test(t) && !/^(?:附件|此致|敬礼|报告|总结)$/.test(t) && i >= 3) dropped[i] = 1; // seal characters
  }
  // the 版记 runs from 抄送 to the end: a 抄送 list wrapped onto further lines goes with it
  if (copyTo >= 0 && lines.length - copyTo <= 5) for (let i = copyTo + 1; i < lines.length; i++) if (lines[i].text.length <= 80) dropped[i] = 1;

  if (!hints.date && web.published) hints.date = web.published;
  const drop: Array<[number, number]> = [];
  lines.forEach((l, i) => { if (dropped[i]) drop.push([l.start, l.end]); });
  return { drop, hints };
}
