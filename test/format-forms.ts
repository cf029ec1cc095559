/**
 * The same report in every form an office produces, generated from its plain text inside the tests:
 * Word with literal numbers and heading styles, Word with automatic multilevel numbering (the number
 * is numbering data, not text), a saved government web page, an OFD (GB/T 33190 zip of XML), a PDF
 * printed by Chromium; and raw .docx XML surgery for what the `docx` package cannot write.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');

const CN = '一二三四五六七八九十';
const cnValue = (s: string) => (s.length === 1 ? CN.indexOf(s) + 1 : s === '十' ? 10 : s[0] === '十' ? 10 + CN.indexOf(s[1]) + 1 : NaN);
const LEVEL0 = /^\s*([一二三四五六七八九十]{1,2})、\s*/;
const LEVEL1 = /^\s*[（(]([一二三四五六七八九十]{1,2})[）)]\s*/;

/** What a Word-to-text converter left in a seed ([bookmark: _GoBack]): a PDF or OFD printed from the document has none. */
export const withoutArtifacts = (text: string) => text.replace(/\[(?:bookmark|image)[^\]\n]*\]/g, '');
const lines = (text: string) => text.split('\n').filter((l) => l.trim());

/** The report as Word: each line a paragraph; 一、 and （一） lines as Heading 1 and Heading 2 (numbers typed). */
export async function docxWithHeadingStyles(text: string): Promise<Buffer> {
  const children = lines(text).map((l) => {
    if (LEVEL0.test(l)) return new Paragraph({ text: l, heading: HeadingLevel.HEADING_1 });
    if (LEVEL1.test(l)) return new Paragraph({ text: l, heading: HeadingLevel.HEADING_2 });
    return new Paragraph({ text: l, alignment: AlignmentType.LEFT });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * The report as Word with automatic multilevel numbering (numPr → abstractNum: level 0 chineseCounting
 * "%1、", level 1 chineseCounting "（%2）", level 2 decimalEnclosedCircle): the numbers are removed from
 * the text and rendered by Word. Level 0 starts where the report's first heading does (some reports
 * begin at 二); a line whose typed number Word would not show (a skipped number) keeps its typed text.
 */
export async function docxWithAutoNumbering(text: string): Promise<Buffer> {
  const first = lines(text).map((l) => LEVEL0.exec(l)).find(Boolean);
  const start = first ? cnValue(first[1]) : 1;
  let n0 = start - 1, n1 = 0;
  const children = lines(text).map((l) => {
    const m0 = LEVEL0.exec(l), m1 = LEVEL1.exec(l);
    if (m0 && cnValue(m0[1]) === n0 + 1) { n0++; n1 = 0; return new Paragraph({ text: l.slice(m0[0].length), numbering: { reference: 'report', level: 0 } }); }
    if (m1 && cnValue(m1[1]) === n1 + 1 && n0 >= start) { n1++; return new Paragraph({ text: l.slice(m1[0].length), numbering: { reference: 'report', level: 1 } }); }
    return new Paragraph({ text: l });
  });
  return Packer.toBuffer(new Document({
    numbering: { config: [{ reference: 'report', levels: [
      { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start, alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
      { level: 2, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%3', alignment: AlignmentType.LEFT },
    ] }] },
    sections: [{ children }],
  }));
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The report as a government site's page: navigation, breadcrumb, a metadata table, share and print links, a footer. */
export function webPage(text: string, meta: { issuer: string; date: string }): string {
  const [title, ...body] = lines(text);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}_政务公开</title>
<meta name="ContentSource" content="${esc(meta.issuer)}"><style>.nav{display:flex}</style><script>var x = 1;</script></head><body>
<div class="header"><div class="logo">某某县人民政府门户网站</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hd">互动交流</a></li><li><a href="/fw">办事服务</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设年度报告</div>
<table class="meta"><tr><td>索引号：</td><td>11500101MB1234567X/2025-00012</td><td>主题分类：</td><td>司法</td></tr>
<tr><td>发布机构：</td><td>${esc(meta.issuer)}</td><td>成文日期：</td><td>${esc(meta.date)}</td></tr></table>
<div class="article"><h1 class="title">${esc(title)}</h1>
<div class="info">发布时间：${esc(meta.date)} 来源：${esc(meta.issuer)} 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content" id="zoom">${body.map((l) => `<p style="text-indent:2em">${esc(l.trim())}</p>`).join('\n')}</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div><div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>
<div class="footer"><p>主办单位：某某县人民政府办公室 地址：某某路1号</p><p>网站标识码：5001010001 ICP备案号：渝ICP备00000000号</p></div>
</body></html>`;
}

/**
 * The report as OFD: lines wrapped at `perLine` characters (so the reader must rejoin them), `perPage`
 * lines a page in one TextObject per line, a page number "— n —" at the foot of each page.
 */
export async function ofdOf(text: string, perLine = 34, perPage = 38): Promise<Buffer> {
  // wrapped by display width (a CJK character is two ASCII widths), as a layout engine does
  const wrapped = lines(withoutArtifacts(text)).flatMap((l) => {
    const out: string[] = [];
    let cur = '', w = 0;
    for (const c of l.trim()) {
      const cw = c.charCodeAt(0) < 0x2e80 ? 1 : 2;
      if (w + cw > perLine * 2) { out.push(cur); cur = ''; w = 0; }
      cur += c; w += cw;
    }
    if (cur) out.push(cur);
    return out;
  });
  const pages: string[][] = [];
  for (let i = 0; i < wrapped.length; i += perPage) pages.push(wrapped.slice(i, i + perPage));
  const zip = new JSZip();
  const ns = 'http://www.ofdspec.org/2016';
  zip.file('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="${ns}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  zip.file('Doc_0/Document.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="${ns}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pages.map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`);
  zip.file('Doc_0/PublicRes.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="${ns}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`);
  let id = 100;
  pages.forEach((ls, p) => {
    // objects in reverse order: the reader must sort by position, not trust file order
    const objs = ls.map((l, i) => `<ofd:TextObject ID="${id++}" Boundary="25 ${30 + i * 6.5} 160 6" Font="2" Size="4.2"><ofd:TextCode X="0" Y="4.2">${esc(l)}</ofd:TextCode></ofd:TextObject>`).reverse();
    objs.push(`<ofd:TextObject ID="${id++}" Boundary="95 280 20 6" Font="2" Size="4.2"><ofd:TextCode X="0" Y="4.2">— ${p + 1} —</ofd:TextCode></ofd:TextObject>`);
    zip.file(`Doc_0/Pages/Page_${p}/Content.xml`, `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="${ns}"><ofd:Content><ofd:Layer ID="${id++}">${objs.join('')}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Raw WordprocessingML surgery on a .docx the `docx` package wrote: replace a marker paragraph's XML, add parts. */
export async function patchDocx(docx: Buffer, patch: { replace?: Array<[marker: string, xml: string]>; parts?: Record<string, string>; rels?: string[]; contentTypes?: string[] }): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  let doc: string = await zip.file('word/document.xml').async('string');
  for (const [marker, xml] of patch.replace ?? []) {
    const at = doc.indexOf(marker);
    if (at < 0) throw new Error(`marker ${marker} not found`);
    const start = doc.lastIndexOf('<w:p>', at) >= 0 && doc.lastIndexOf('<w:p>', at) > doc.lastIndexOf('<w:p ', at) ? doc.lastIndexOf('<w:p>', at) : doc.lastIndexOf('<w:p ', at);
    const end = doc.indexOf('</w:p>', at) + '</w:p>'.length;
    doc = doc.slice(0, start) + xml + doc.slice(end);
  }
  zip.file('word/document.xml', doc);
  for (const [name, content] of Object.entries(patch.parts ?? {})) zip.file(name, content);
  if (patch.rels?.length) {
    const rels: string = await zip.file('word/_rels/document.xml.rels').async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', patch.rels.join('') + '</Relationships>'));
  }
  if (patch.contentTypes?.length) {
    const ct: string = await zip.file('[Content_Types].xml').async('string');
    zip.file('[Content_Types].xml', ct.replace('</Types>', patch.contentTypes.join('') + '</Types>'));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

/** HTML printed to PDF by Chromium (Noto CJK fonts: CID fonts whose text needs pdf.js CMaps). */
export async function printPdf(html: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
  } finally {
    await browser.close();
  }
}

/** The report as HTML for printing: one <p> a line; `footers` puts a footer line after every `every` lines, followed by a page break. */
export function printable(text: string, opts: { footer?: (page: number, pages: number) => string; every?: number; extra?: string } = {}): string {
  const ls = lines(text);
  const every = opts.every ?? 1e9;
  const pages = Math.ceil(ls.length / every);
  let body = '';
  ls.forEach((l, i) => {
    body += `<p>${esc(l)}</p>`;
    if (opts.footer && ((i + 1) % every === 0 || i === ls.length - 1)) body += `<p class="f">${esc(opts.footer(Math.floor(i / every) + 1, pages))}</p><div style="break-after:page"></div>`;
  });
  return `<!doctype html><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC","Noto Serif CJK SC";font-size:14px}p{margin:0 0 6px}.f{text-align:center}</style>${body}${opts.extra ?? ''}`;
}
