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

/** A page's lines: the main text when `boilerplate` is true (a saved web page), else every block (an HTML altChunk). */
export function htmlToLines(html: string, opts: { boilerplate: boolean }): { lines: SourceLine[]; hints: MetadataHints } {
  const { document } = parseHTML(html);
  const all = blockLines(document.body ?? document.documentElement);
  if (!opts.boilerplate) return { lines: all, hints: {} };
  const hints = hintsOf(document, all);
  let article: { content: string | null; title?: string | null } | null = null;
  try { article = new Readability(document, { charThreshold: 200 }).parse(); } catch { article = null; }
  if (!article?.content) return { lines: all, hints };
  const lines = blockLines(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  // Readability keeps the headline apart from the content: put it back as the title line
  // (the page's h1 when it has one; else the <title> without the site's suffix "_政务公开")
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = h1 || article.title?.split(/\s*[_|｜]\s*|\s+-\s+/).sort((a, b) => b.length - a.length)[0]?.trim();
  if (title && !lines.slice(0, 3).some((l) => l.text.includes(title))) lines.unshift({ text: title, hard: true });
  return { lines, hints };
}

export function htmlToText(bytesText: string): Extracted {
  const { lines, hints } = htmlToLines(bytesText, { boilerplate: true });
  return joinLines(lines, hints);
}
