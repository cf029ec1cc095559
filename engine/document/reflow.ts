/**
 * A report that arrived run together: a web page or a viewer's copy that lost every paragraph
 * break, so title, addressee, headings, body and 落款 stand in one paragraph of thousands of
 * characters. Nothing downstream could find a title, a heading or a 落款 in it; this phase splits
 * such a paragraph again at the structure its text still shows. It only ever splits paragraph
 * spans (the normalized text and its offsets are unchanged), and only in a paragraph that is run
 * together by these signs: nearly the whole report (a report is never one paragraph), or long and
 * holding two numbered top-level headings in sequence after sentence ends (一、…。二、…), which a
 * paragraph of a report laid out in lines never does.
 *
 * Split points, each at a boundary the genre always marks:
 * - the title's end (…法治政府建设情况的报告) near the start, its start after a web page's chrome (the
 *   first gazetteer place after a breadcrumb's last >), and an addressee after it (区委、区政府：);
 * - a web page's labels (来源：, 发布时间：, -索引号…-发布机构…) and the value that runs into what follows (a date and time, 有效);
 * - a heading marker after a sentence end (。二、 / ；（三） / 。4.), and a bracketed one (（一）) anywhere:
 *   a run-together heading has no end of its own ("一、基本情况（一）学习贯彻…"); the first item of a list
 *   (一是, 1.) run into a heading ("（一）加强组织领导一是落实…");
 * - the 落款 at the very end: an issuing body after the last sentence, and the date after it; and a
 *   site's footer run into it (打印本页 关闭窗口 主办：… ICP备…), split off at each of its marks so that
 *   each piece is furniture the 落款 reader steps over.
 */
import { ORG_SUFFIX } from '../lexicon/units.js';
import { placeNamesIn } from './gazetteer/resolve.js';

/** A paragraph holding numbered parts is run together from this length (a long real paragraph is ~300–800 characters). */
export const RUN_TOGETHER_MIN = 1000;
/** A report that is one paragraph (80 % of its text or more) is run together from this length: no report is one paragraph. */
export const SINGLE_PARAGRAPH_MIN = 300;

const CN = '[一二三四五六七八九十]{1,3}';
/** Where a sentence has ended (closing quotes and brackets looked through). */
const ENDED = '[。！？；：!?;:][”’"」』）)》]?';
/**
 * What a top-level heading (二、) may follow in a run-together paragraph: a sentence's end, an editor's bracketed note
 * (…请办公室提供】三、存在的不足) or a flattened table's last figure (法律明白人（名），96，112二、存在的问题).
 */
const BEFORE_TOP = `(?:${ENDED}|】|\\d)`;
const TOP_AFTER_END = new RegExp(`(?<=${BEFORE_TOP})\\s*(?=${CN}、[\\u4e00-\\u9fa5“《\\d])`, 'g');
const PAREN_CN = new RegExp(`(?=[（(]${CN}[）)][\\u4e00-\\u9fa5“《\\d])`, 'g');
const ARABIC_AFTER_END = new RegExp(`(?<=${ENDED})\\s*(?=\\d{1,2}[.．、]\\s*[\\u4e00-\\u9fa5“《])`, 'g');
/**
 * The first item of a list run into the heading it stands under, with no end of its own ((一)加强组织领导，落实法治建设责任一是落实
 * 第一责任人职责。…; (二)强化学法用法1.局党组…; 。三、存在的不足一是执法力量…): the heading ends where the list begins. Only
 * 一是 and 1., the first items — 二是 and 2. stand after a sentence end — and not the 一是 of a word (统一是, 唯一是, 始终如一是)
 * or of 一是一、二是二.
 */
const LIST_AFTER_HEADING = new RegExp(`(?<=(?:[（(]${CN}[）)]|(?:^|${BEFORE_TOP})\\s*${CN}、)[^。；！？!?;：:（(]{2,40}?)(?:(?<![统唯第同万单专划之逐归合均不如])(?=一是(?!一))|(?<!\\d)(?=1[.．、]\\s*[\\u4e00-\\u9fa5“《]))`, 'g');
const TOP_NUMBERED = new RegExp(`(?:^|${ENDED})\\s*(${CN})、`, 'g');
/** The title's end: a report's name (情况报告, 工作总结, 情况的报告) within the first characters. */
/**
 * …or a 情况汇报 to visiting inspectors (嶓川街道2019年度法治政府建设工作情况汇报尊敬的督察组…): only as the first such end, with no
 * sentence mark before it, and not a report heard in the body (听取工作汇报两次，; red team 62 cut 专题听取…工作汇报|两次).
 */
const TITLE_END = /(?:报告|工作总结|情况总结|(?:情况|工作)汇报(?!\s*(?:\d+|[一二两三四五六七八九十]+)\s*[次场回遍])(?![、，,。；]))(?![》”"]|如下)/;
const TITLE_WITHIN = 160;
const ADDRESSEE = /^[\u4e00-\u9fa5、，,]{2,30}[：:]/;
const LABEL = '(?:(?<!信息|文章)来源|信息来源|文章来源|发布时间|发布日期|成文日期|更新时间|浏览次数|点击数|字号|索引号|发布机构|发文机关|发文字号|文号|时效性|有效性|主题分类|体裁分类|公开方式)';
/** …and within this many after a page's chrome (a breadcrumb and a metadata table before the title run to ~400 characters). */
const TITLE_WITHIN_CHROME = 600;
/** A run-together paragraph that opens with page chrome: a breadcrumb (当前位置, 首页 >, a > path) or a metadata label. */
const OPENS_WITH_CHROME = new RegExp(`^[\\s•·\\-|]*(?:您?当前(?:所在)?的?位置|您现在的位置|首页\\s*[>＞»›]|[^。，]{0,30}[>＞»›][^。，]{0,30}[>＞»›]|[\\[【]?\\s*${LABEL})`);
/**
 * A web page's labels: with a colon anywhere, in brackets ([ 索引号 ], 【发布机构】), or after a
 * delimiter (-索引号… -发布机构…).
 */
const PAGE_LABELS = new RegExp(`(?=${LABEL}[:：])|(?=[\\[【]${LABEL}[\\]】])|(?<=^|[-–|｜\\s])(?=${LABEL})`, 'g');
/** A label's value that runs into the next text: a date (and time), 时效性's 有效, 字号's 大中小, or a 浏览次数： (empty, or a count run into the body's 2024年). */
const LABEL_VALUE = /(?<=(?:发布时间|发布日期|成文日期|更新时间)[\]】]?[:：]?\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?!\s*[\d:])|(?<=(?:时效性|有效性)[\]】]?[:：]?\s*(?:现行有效|有效|失效|已废止)|字号[:：]?\s*大\s*中\s*小)|(?<=(?:浏览次数|点击数|阅读次数)[:：]\s*\d*)(?=(?:19|20)\d{2}\s*年)|(?<=(?:浏览次数|点击数|阅读次数)[:：]\s*)(?=[^\d\s])|(?<=(?:浏览次数|点击数|阅读次数)[:：]\s*\d+)(?=[^\d\s年])/g;
const CLOSING = new RegExp(`(?<=${ENDED})\\s*([\\u4e00-\\u9fa5（）()]{2,40}?${ORG_SUFFIX})\\s*((?:\\d{4}|[〇○零一二三四五六七八九]{4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日)?\\s*$`, 'd');

/** Marks of a page's footer after the report's last sentence: page links, who runs the site, filing numbers. */
const FOOTER_MARK = /[【\[]?(?:打印本页|关闭窗口|打印|关闭|上一篇|下一篇|我要纠错)[】\]]|打印本页|关闭窗口|我要纠错|分享到|[（(]?(?:责任编辑|编辑|审核|校对)[:：]|(?:上一篇|下一篇)[:：]|(?:主办|承办|协办)(?:单位)?[:：]|版权所有|技术支持[:：]|网站标识码|[\u4e00-\u9fa5]?ICP备|[\u4e00-\u9fa5]?公网安备|地址[:：]|(?:联系)?电话[:：]|联系方式[:：]|网站地图|手机版|您是(?:本站)?第\s*\d+\s*位|本(?:网)?站由|扫一扫|建议(?:使用|采用)[^。，]{0,30}(?:分辨率|浏览器)|为(?:获得|达到)最佳浏览效果/g;

/** What a web page's chrome ends with before a title glued to it: a breadcrumb's >, a bar, a bullet, 当前位置： */
const CHROME_SIGN = /[>＞|｜•·\]】]|(?<!\d)-(?!\d)|位置[:：]?/g;

/**
 * Where a title glued to page chrome starts (…专栏陵川县教育局2025年…报告, …简体|繁体静海区2025年度…报告):
 * at the first gazetteer place after the chrome's last sign, or right after that sign when no place
 * follows it and the sign closes a metadata table (] 】 |); `from` otherwise.
 */
function titleStart(p: string, from: number, end: number): number {
  const c = p.slice(from, end);
  let last = -1;
  for (const m of c.matchAll(CHROME_SIGN)) last = m.index! + m[0].length;
  if (last < 0) return from;
  const place = placeNamesIn(c.slice(last))[0];
  if (place) return from + last + place.at;
  // a unit the gazetteer lacks (a 管委会, a new 街道): the title starts right after a metadata table's
  // last bracket or bar ([ 有效性 ]柳塘县…报告); never after a breadcrumb's >, whose last item names the
  // page's column (> 全区法治政府建设年度报告), not the report
  return /[\]】|｜•·]$/.test(c.slice(0, last)) ? from + last : from;
}

/** The numbers of top-level headings (一、) after sentence ends, in order of appearance. */
function topNumbers(p: string): string[] {
  return [...p.matchAll(TOP_NUMBERED)].map((m) => m[1]);
}

/** Two or more top-level headings counting up from 一 (一、…二、), as a report's parts do. */
function countsUp(labels: string[]): boolean {
  const order = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  let next = 0;
  for (const l of labels) if (l === order[next]) next++;
  return next >= 2;
}

/** Is paragraph `p` (of a report whose paragraphs total `total` characters) run together? */
export function isRunTogether(p: string, total: number): boolean {
  if (p.length >= SINGLE_PARAGRAPH_MIN && p.length >= total * 0.8) return true;
  return p.length >= RUN_TOGETHER_MIN && countsUp(topNumbers(p));
}

/** Offsets (within `p`) where a run-together paragraph splits; sorted, without 0 or p.length. */
export function splitPoints(p: string, first: boolean): number[] {
  const at = new Set<number>();
  const add = (i: number) => { if (i > 0 && i < p.length) at.add(i); };
  for (const re of [TOP_AFTER_END, PAREN_CN, ARABIC_AFTER_END, LIST_AFTER_HEADING, PAGE_LABELS, LABEL_VALUE]) {
    for (const m of p.matchAll(re)) add(m.index! + m[0].length);
  }
  if (first) {
    // an addressee opening a report that has no title (市委、市政府：2025年，…)
    const opening = ADDRESSEE.exec(p);
    if (opening) add(opening[0].length);
    // the title (after any page chrome) and the addressee: only near the start of the report
    const head = p.slice(0, OPENS_WITH_CHROME.test(p) ? TITLE_WITHIN_CHROME : TITLE_WITHIN);
    let from = 0;
    for (let m = TITLE_END.exec(head); m; m = TITLE_END.exec(head.slice(from))) {
      const end = from + m.index + m[0].length;
      // a report named inside a document's title or a quotation (《关于做好…年度报告工作的通知》, “实行法治建设
      // 年度报告制度”) is not this title's end
      if (head.lastIndexOf('《', end) > head.lastIndexOf('》', end) || head.lastIndexOf('“', end) > head.lastIndexOf('”', end)) { from = end; continue; }
      if (m[0].endsWith('汇报') && (from > 0 || /[，,。；;！？]/.test(head.slice(0, end)))) { from = end; continue; }
      add(titleStart(p, from, end));
      add(end);
      const addressee = ADDRESSEE.exec(p.slice(end));
      if (addressee) add(end + addressee[0].length);
      from = end;
    }
  }
  // a footer after the last sentence: split at each of its marks; the 落款 is looked for before it
  let end = p.length;
  const lastSentence = Math.max(p.lastIndexOf('。'), p.lastIndexOf('；'), p.lastIndexOf('！'));
  for (const m of p.slice(lastSentence + 1).matchAll(FOOTER_MARK)) {
    const at = lastSentence + 1 + m.index!;
    add(at);
    end = Math.min(end, at);
  }
  const tail = Math.max(0, end - 80);
  const closing = CLOSING.exec(p.slice(tail, end).trimEnd());
  if (closing?.indices) {
    add(tail + closing.indices[1][0]);
    if (closing.indices[2]) add(tail + closing.indices[2][0]);
  }
  return [...at].sort((a, b) => a - b);
}

/**
 * Paragraph spans with every run-together paragraph split at its split points (see the module
 * comment), and the indices of the paragraphs that came from one (`runTogether`: their headings run
 * into their bodies). Spans that are not run together are returned as they are; the result covers
 * the same characters, in order. A split span's pieces are trimmed of the spaces at the cut.
 */
export function reflowRunTogether(text: string, spans: ReadonlyArray<[number, number]>): { spans: Array<[number, number]>; runTogether: Set<number> } {
  const total = spans.reduce((n, [s, e]) => n + e - s, 0);
  const out: Array<[number, number]> = [];
  const runTogether = new Set<number>();
  let first = true; // the first run-together paragraph holds the title, after any chrome lines above it
  for (const [s, e] of spans) {
    const p = text.slice(s, e);
    if (!isRunTogether(p, total)) { out.push([s, e]); continue; }
    let from = 0;
    for (const cut of [...splitPoints(p, first), p.length]) {
      let a = from, b = cut;
      while (a < b && p[a] === ' ') a++;
      while (b > a && p[b - 1] === ' ') b--;
      if (b > a) { runTogether.add(out.length); out.push([s + a, s + b]); }
      from = cut;
    }
    first = false;
  }
  return { spans: out, runTogether };
}
