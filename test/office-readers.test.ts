/**
 * What Word, WPS and web pages hide, repeat or wrap, read as their reader shows it (red team 7 found
 * each kind in fixtures/redteam/office/; these are variants of our own, built here from raw XML): a
 * table of contents, text hidden through a style, a symbol inserted from the symbol dialog, a page
 * break before a heading's words, an MHT altChunk, WordprocessingML 2003 sections, a page that hides
 * its article until a script runs, a 落款 printed after the article, a source line after the 落款.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { docxToText, htmlOfMht, wordXmlToText } from '../engine/document/read/docx.js';
import { htmlToLines } from '../engine/document/read/html.js';
import { scoreText } from './helpers.js';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const style = (id: string, name: string, inner = '') => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;

/** A .docx from raw body XML: styles, relationships of the main part and extra parts as given. */
async function docx(body: string, o: { styles?: string; rels?: string; parts?: Record<string, string | Uint8Array> } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${o.rels ?? ''}</Relationships>`);
  zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles xmlns:w="${W}">${o.styles ?? ''}</w:styles>`);
  for (const [name, data] of Object.entries(o.parts ?? {})) zip.file(name, data);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}
const read = async (b: Uint8Array) => (await docxToText(b)).text;

describe('Word documents read as Word shows them', () => {
  it('a table of contents by its entry styles alone (no content control, no field) is left out; the headings are read where they stand', async () => {
    const text = await read(await docx(
      p('一、主要工作和成效\t1', '<w:pStyle w:val="TOC1"/>') + p('二、存在的不足\t3', '<w:pStyle w:val="TOC1"/>') + p('一、主要工作和成效') + p('聘请法律顾问一名。'),
      { styles: style('TOC1', 'toc 1') },
    ));
    expect(text).not.toContain('\t1');
    expect(text.match(/一、主要工作和成效/g)).toHaveLength(1);
    expect(text).toContain('聘请法律顾问一名。');
  });
  it('a template\'s real headings in a style named like a TOC entry (目录 1) are read: no page number, no link to a heading', async () => {
    const text = await read(await docx(p('三、存在的不足', '<w:pStyle w:val="M1"/>') + p('执法力量不足。'), { styles: style('M1', '目录 1') }));
    expect(text).toContain('三、存在的不足');
  });
  it('text typed into a 目录 content control is read; its caption and its entries are not', async () => {
    const sdt = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${p('目录')}${p('一、主要工作\t1', '<w:pStyle w:val="TOC1"/>')}${p('一、主要工作')}${p('开展普法宣传十二次。')}</w:sdtContent></w:sdt>`;
    const text = await read(await docx(sdt, { styles: style('TOC1', 'toc 1') }));
    expect(text).not.toMatch(/目录|\t1/);
    expect(text).toContain('开展普法宣传十二次。');
  });
  it('a custom number format (一, 二, 三, ...) is rendered over a decimal Fallback; a paragraph moved away with its mark takes no number', async () => {
    const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const np = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
    const moved = `<w:p><w:pPr>${np}<w:rPr><w:moveFrom w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr><w:moveFrom w:id="2" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r><w:t>旧标题</w:t></w:r></w:moveFrom></w:p>`;
    const rels = `<Relationship Id="n1" Type="${R}/numbering" Target="numbering.xml"/>`;
    const text = await read(await docx(p('主要工作', np) + moved + p('存在的不足', np), { rels, parts: { 'word/numbering.xml': numbering } }));
    expect(text).toContain('一、主要工作');
    expect(text).toContain('二、存在的不足');
  });
  it('a TOC field\'s result in plain paragraphs is left out (its instruction, separate and end spread over paragraphs)', async () => {
    const fld = (t: string) => `<w:r><w:fldChar w:fldCharType="${t}"/></w:r>`;
    const body = `<w:p>${fld('begin')}<w:r><w:instrText> TOC \\o "1-2" \\h </w:instrText></w:r>${fld('separate')}<w:r><w:t>一、主要工作 2</w:t></w:r></w:p>`
      + `<w:p><w:r><w:t>二、存在的不足 4</w:t></w:r>${fld('end')}</w:p>` + p('一、主要工作') + p('二、存在的不足');
    const text = await read(await docx(body));
    expect(text).not.toMatch(/主要工作 2|存在的不足 4/);
    expect(text).toContain('一、主要工作');
  });
  it('text hidden by a style up a basedOn chain is not read; a run that turns the style\'s hiding off is', async () => {
    const styles = style('Hid', 'hidden base', '<w:rPr><w:vanish/></w:rPr>') + style('Old', 'old text', '<w:basedOn w:val="Hid"/>');
    const body = `<w:p><w:pPr><w:pStyle w:val="Old"/></w:pPr><w:r><w:t>严格落实疫情防控常态化措施。</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>全年审核合同十份。</w:t></w:r></w:p>`;
    const text = await read(await docx(body, { styles }));
    expect(text).not.toContain('疫情');
    expect(text).toContain('全年审核合同十份。');
  });
  it('a symbol from the symbol dialog is its character (二〇二五年); a symbol font\'s private glyph is nothing', async () => {
    const body = `<w:p><w:r><w:t>二</w:t></w:r><w:r><w:sym w:font="宋体" w:char="3007"/></w:r><w:r><w:t>二五年三月一日</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>`;
    expect((await read(await docx(body))).trim()).toBe('二〇二五年三月一日');
  });
  it('a page break opening a paragraph shows no line of its own; one after a sentence ends the line (the next heading on the next page)', async () => {
    const body = '<w:p><w:r><w:br w:type="page"/><w:t>三、存在的不足</w:t></w:r></w:p>'
      + '<w:p><w:r><w:t>组建普法宣讲队。</w:t><w:br w:type="page"/><w:t>二、党政主要负责人履职情况</w:t></w:r></w:p>';
    const text = await read(await docx(body));
    expect(text).toMatch(/^三、存在的不足$/m);
    expect(text).toMatch(/^二、党政主要负责人履职情况$/m);
  });
  it('an MHT altChunk (base64 here) is read in place; an RTF-only body is a clear unsupported_format, not an empty report', async () => {
    const html = '<html><body><p>青石镇人民政府关于2024年度法治政府建设情况的报告</p><p>聘请律师担任法律顾问。</p></body></html>';
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(html).toString('base64')}\r\n--b1--\r\n`;
    expect(htmlOfMht(new TextEncoder().encode(mht))).toContain('聘请律师');
    const rel = (t: string) => `<Relationship Id="c1" Type="${R}/aFChunk" Target="${t}"/>`;
    const text = await read(await docx('<w:altChunk r:id="c1"/>', { rels: rel('part.mht'), parts: { 'word/part.mht': mht } }));
    expect(text).toContain('聘请律师担任法律顾问。');
    await expect(docxToText(await docx('<w:altChunk r:id="c1"/>', { rels: rel('part.rtf'), parts: { 'word/part.rtf': '{\\rtf1 abc}' } }))).rejects.toMatchObject({ error: { code: 'unsupported_format' } });
  });
  it('WordprocessingML 2003: blocks inside nested sections, headings by the inline styles', async () => {
    const ns = 'http://schemas.microsoft.com/office/word/2003/wordml';
    const xml = `<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="${ns}" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">`
      + `<w:styles><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style></w:styles>`
      + `<w:body><wx:sect><wx:sub-section>${p('一、主要工作', '<w:pStyle w:val="H1"/>')}${p('开展普法宣传十二次。')}</wx:sub-section></wx:sect></w:body></w:wordDocument>`;
    const x = await wordXmlToText(xml);
    expect(x.text).toContain('一、主要工作');
    expect(x.text).toContain('开展普法宣传十二次。');
    expect([...x.headings.values()]).toEqual([1]);
    // the number Word rendered, written as w:listPr/wx:t
    const listed = xml.replace('<w:pStyle w:val="H1"/>', '<w:pStyle w:val="H1"/><w:listPr><wx:t wx:val="一、"/></w:listPr>').replace('一、主要工作', '主要工作');
    expect((await wordXmlToText(listed)).text).toContain('一、主要工作');
  });
});

describe('web pages read as a browser shows them', () => {
  it('the headline: a report title the <title> holds, over a column bar h2 or a logo h1 (variants of red team 8, h01/h04)', () => {
    const html = `<!doctype html><html><head><title>柳塘镇2023年度法治政府建设情况报告-柳塘镇人民政府</title></head><body><h1>柳塘镇人民政府门户网站</h1><div class="side"><h2>法治政府建设工作情况</h2></div>`
      + `<div class="art"><div class="t">柳塘镇2023年度法治政府建设情况报告</div>${Array.from({ length: 8 }, (_, i) => `<p>第${i + 1}项：开展普法宣传活动，聘请律师担任法律顾问，审查合同和规范性文件，调解矛盾纠纷，推进政务公开。</p>`).join('')}</div></body></html>`;
    expect(htmlToLines(html, { boilerplate: true }).lines[0].text).toBe('柳塘镇2023年度法治政府建设情况报告');
  });
  const page = (article: string, after = '') => `<!doctype html><html><head><title>报告_青石镇人民政府</title></head><body><div class="nav"><a>首页</a><a>政务公开</a></div>${article}${after}<div class="footer">版权所有：青石镇人民政府</div></body></html>`;
  const body = ['<h2>青石镇人民政府关于2024年度法治政府建设情况的报告</h2>', ...Array.from({ length: 8 }, (_, i) => `<p>第${i + 1}项工作：全年开展依法行政培训和普法宣传活动，聘请律师担任法律顾问，审查合同和规范性文件，调解矛盾纠纷，推进政务公开，落实行政执法三项制度。</p>`)].join('');
  it('a hidden tab beside a visible report (last year\'s, as large) stays hidden (variant of red team 8, h12)', () => {
    const old = body.replace(/2024/g, '2023').replace(/第(\d)项工作/g, '旧第$1项');
    const { lines } = htmlToLines(page(`<div class="tab on">${body}</div><div class="tab" style="visibility:hidden">${old}</div>`), { boilerplate: true });
    expect(lines.map((l) => l.text).join('\n')).not.toContain('旧第1项');
  });
  it('an article hidden until a script runs (visibility:hidden among other declarations) is read; a small hidden span inside stays hidden', () => {
    const { lines } = htmlToLines(page(`<div class="rich_media_content" id="js_content" style="color:#333; visibility: hidden;">${body}<span style="visibility:hidden">水印文字</span></div>`), { boilerplate: true });
    const text = lines.map((l) => l.text).join('\n');
    expect(text).toContain('第8项工作');
    expect(text).not.toContain('水印文字');
  });
  it('a 落款 printed in its own block after the article (a date in Chinese numerals) is kept; the share bar after it is not', () => {
    const { lines } = htmlToLines(page(`<div class="article">${body}</div>`, '<div class="luokuan"><p>青石镇人民政府</p><p>二〇二五年二月二十日</p></div><div class="share">分享到：微信</div>'), { boilerplate: true });
    expect(lines.slice(-2).map((l) => l.text)).toEqual(['青石镇人民政府', '二〇二五年二月二十日']);
  });
  it('a lone date after the article is the site\'s publication date, never taken as the 落款 (variant of red team 8, h06)', () => {
    const { lines } = htmlToLines(page(`<div class="article">${body}</div>`, '<div class="pubdate"><p>2025年4月10日</p></div>'), { boilerplate: true });
    expect(lines.map((l) => l.text)).not.toContain('2025年4月10日');
  });
  it('a source, checker or photographer line after the 落款 leaves the 落款 found (variants of （供稿：…）, 三审, 通讯员 name)', async () => {
    for (const tail of [['来源：青石镇党政办', '摄影：王明'], ['一审：张明　二审：李华'], ['通讯员　王明'], ['图为司法所工作人员开展普法宣传']]) {
      const r = await scoreText(['青石镇人民政府关于2024年度法治政府建设情况的报告', '一、主要工作', '聘请法律顾问一名。', '二、存在的不足', '力量薄弱。', '三、下一步打算', '继续加强。', '青石镇人民政府', '2025年2月20日', ...tail].join('\n'));
      expect(r.flags, tail.join()).not.toContain('no_date');
    }
  });
});
