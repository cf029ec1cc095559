/**
 * Web pages (.html/.htm saved from a government site) to lines. The report's main text is found by
 * @mozilla/readability (Firefox Reader View's boilerplate remover) on a linkedom DOM, so menus,
 * breadcrumbs, metadata tables, share widgets and footers are dropped; the page's 发布机构, 成文日期
 * and 发文字号 (a metadata table or meta tags) are kept as hints. Each block element is a line, each
 * table row one line with its cells joined by "，", h1–h6 carry their level.
 */
import { createRequire } from 'node:module';
import { joinCells, joinLines, type Extracted, type SourceLine } from './lines.js';
import type { MetadataHints } from '../../types.js';
import { isClosingDate, isIssuerLine } from '../closing.js';

const require = createRequire(import.meta.url);
const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: Document } };
const { Readability } = require('@mozilla/readability') as { Readability: new (doc: Document, opts?: object) => { parse(): { content: string | null; title?: string | null } | null } };

const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'li', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'blockquote', 'pre', 'hr', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'form', 'center', 'address', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'body', 'html']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'input', 'textarea', 'head', 'object', 'canvas', 'video', 'audio']);

const nodes = (n: Node): Node[] => Array.from(n.childNodes as unknown as ArrayLike<Node>);

function blockLines(root: Node): SourceLine[] {
  const out: SourceLine[] = [];
  let cur = '';
  let heading: number | undefined;
  const flush = () => {
    const t = cur.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t) out.push(heading ? { text: t, heading, hard: true } : { text: t });
    cur = '';
  };
  const cellText = (n: Node): string => blockLines(n).map((l) => l.text).join('，');
  const walk = (n: Node) => {
    if (n.nodeType === 3) { cur += n.textContent ?? ''; return; }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).localName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'br') { flush(); return; }
    if (tag === 'tr') {
      flush();
      const cells = nodes(n).filter((c) => c.nodeType === 1 && /^t[dh]$/i.test((c as Element).localName)).map(cellText);
      if (cells.filter((c) => c.trim()).length <= 1) { for (const c of nodes(n)) walk(c); flush(); return; }
      const row = joinCells(cells);
      if (row) out.push({ text: row, hard: true });
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const h = /^h([1-6])$/.exec(tag);
    if (h) heading = Number(h[1]);
    for (const c of nodes(n)) walk(c);
    if (block) flush();
    if (h) heading = undefined;
  };
  walk(root);
  flush();
  return out;
}

const FIELD = (label: string) => new RegExp(`(?:${label})[:：，\\s]*([^\\s，:：|]{2,40})`);
const DATE = /(?:成文日期|发文日期)[:：，\s]*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

function hintsOf(document: Document, lines: SourceLine[]): MetadataHints {
  const hints: MetadataHints = {};
  const text = lines.map((l) => l.text).join('\n');
  const issuer = FIELD('发布机构|发文机关').exec(text)?.[1] ?? document.querySelector('meta[name="ContentSource"]')?.getAttribute('content') ?? undefined;
  if (issuer && /[\u4e00-\u9fa5]{2}/.test(issuer)) hints.issuer = issuer.trim();
  const docNumber = /发文字号[:：，\s]*([\u4e00-\u9fa5]{1,12}[〔［\[(（]\d{4}[〕］\])）]\d{1,4}号)/.exec(text)?.[1];
  if (docNumber) hints.docNumber = docNumber;
  const d = DATE.exec(text);
  if (d) hints.date = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
  return hints;
}

const HAN = /[\u4e00-\u9fa5]/g;
const hanCount = (t: string | null | undefined) => (t ? t.match(HAN)?.length ?? 0 : 0);
const HIDING = /(?:^|;)\s*(?:visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d]))\s*(?:;|$)/i;
const HIDING_ALL = new RegExp(HIDING.source, 'gi');

/**
 * Content a page hides until its script runs (a 微信公众号 article: #js_content with visibility:hidden)
 * made visible: an element hidden by its inline style that holds nearly all the page's Chinese text
 * (≥ 80 %) is the article, not furniture (Readability drops hidden nodes, and read only the toolbar:
 * red team 7, h80). Small hidden pieces (anti-copy spans, a collapsed menu) stay hidden, and so does a
 * hidden tab beside a visible one (last year's report in a tab: red team 8, h12).
 */
function unhideContent(document: Document): void {
  const total = hanCount(document.body?.textContent);
  if (!total) return;
  for (const el of Array.from(document.querySelectorAll('[style]') as unknown as ArrayLike<Element>)) {
    const style = el.getAttribute('style') ?? '';
    if (HIDING.test(style) && 5 * hanCount(el.textContent) >= 4 * total) el.setAttribute('style', style.replace(HIDING_ALL, ';'));
  }
}

/** A report's title: a year and 报告/情况/总结, not a numbered heading of its body (二、…职责情况). */
const REPORT_TITLE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[\s\S]*(?:报告|情况|总结)|(?:报告|情况|总结)[\s\S]*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年/;
const looksLikeTitle = (t: string) => t.length >= 8 && REPORT_TITLE.test(t) && !/^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(t);

/**
 * The page's headline, in this order: the ArticleTitle meta tag, an h1/h2 that the <title> holds, the
 * <title> without the site's suffix, an h1/h2 anywhere — each only when it reads as a report's title
 * (a year and 报告/情况/总结); failing all, the first h1, else the <title>'s longest piece. A site logo's
 * h1, a column bar or sidebar h2 (法治政府建设工作情况) and the body's own h2 headings are never taken
 * over the report's title (red team 7, h62; red team 8, h01–h04).
 */
function headlineOf(document: Document, pageTitle: string | null | undefined): string | undefined {
  const clean = (t: string | null | undefined) => t?.replace(/\s+/g, ' ').trim() ?? '';
  const meta = clean(document.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content'));
  if (looksLikeTitle(meta)) return meta;
  const heads = Array.from(document.querySelectorAll('h1, h2') as unknown as ArrayLike<Element>).map((h) => clean(h.textContent));
  const titled = clean(pageTitle);
  const held = heads.filter((t) => looksLikeTitle(t) && titled.includes(t)).sort((a, b) => b.length - a.length)[0];
  if (held) return held;
  // the site's name after the title: _政务公开, | 青石镇, " - 门户网站", or a dash with no spaces before a body's or site's name
  const fromTitle = titled.split(/\s*[_|｜]\s*|\s+[-—–]\s+/).map((t) => t.replace(/[-—–][^-—–]{2,24}(?:人民政府|政府|网站|门户网|网|平台)$/, '').trim())
    .sort((a, b) => b.length - a.length)[0];
  if (fromTitle && looksLikeTitle(fromTitle)) return fromTitle;
  const anywhere = heads.find(looksLikeTitle);
  if (anywhere) return anywhere;
  return clean(document.querySelector('h1')?.textContent) || fromTitle || undefined;
}

/**
 * The 落款 a site prints in a block of its own after the article (a right-aligned unit and date
 * outside the content div): Readability leaves it out (red team 7, h72). Added: an issuer line and a
 * date line right after the article's last line. A lone date after the article is the site's
 * publication date, not a 落款, even when the article ends with the unit's name (red team 8, h06/h07):
 * a false late_report costs more than a 落款 date left unread.
 */
function closingAfter(all: SourceLine[], lines: SourceLine[]): SourceLine[] {
  if (lines.slice(-3).some((l) => isClosingDate(l.text))) return [];
  const last = lines[lines.length - 1]?.text;
  const i = last === undefined ? -1 : all.map((l) => l.text).lastIndexOf(last);
  if (i < 0) return [];
  const [a, b] = [all[i + 1]?.text ?? '', all[i + 2]?.text ?? ''];
  if (isIssuerLine(a) && isClosingDate(b)) return [{ text: a, hard: true }, { text: b, hard: true }];
  return [];
}

/** A page's lines: the main text when `boilerplate` is true (a saved web page), else every block (an HTML altChunk). */
export function htmlToLines(html: string, opts: { boilerplate: boolean }): { lines: SourceLine[]; hints: MetadataHints } {
  // a fragment (a CMS's export of the article: <meta><style><div>…, no <html> or <body>) has no body for
  // linkedom to build: given one, it is read as the page it was cut from (red team 18)
  const { document } = parseHTML(/<html[\s>]|<body[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const all = blockLines(document.body ?? document.documentElement);
  if (!opts.boilerplate) return { lines: all, hints: {} };
  const hints = hintsOf(document, all);
  unhideContent(document);
  // before Readability, which takes nodes out of the document it reads
  const headline = headlineOf(document, document.title);
  let article: { content: string | null; title?: string | null } | null = null;
  try { article = new Readability(document, { charThreshold: 200 }).parse(); } catch { article = null; }
  if (!article?.content) return { lines: all, hints };
  const lines = blockLines(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  lines.push(...closingAfter(all, lines));
  // Readability keeps the headline apart from the content: put it back as the title line, unless a
  // line of the first three is it (a 名称：… row of the 信息公开 table only holds it: red team 7, h63)
  const title = headline ?? headlineOf(document, article.title);
  const bare = (t: string) => t.replace(/\s+/g, '');
  if (title && !lines.slice(0, 3).some((l) => bare(l.text).startsWith(bare(title)))) lines.unshift({ text: title, hard: true });
  return { lines, hints };
}

export function htmlToText(bytesText: string): Extracted {
  const { lines, hints } = htmlToLines(bytesText, { boilerplate: true });
  return joinLines(lines, hints);
}
