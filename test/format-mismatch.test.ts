/**
 * A report whose bytes are another format than its name says is read as what it is and flagged
 * format_mismatch (the 标记 column says 格式与扩展名不符), so an assessor checks it is the file meant to
 * be submitted; a file that is what its name says is never flagged.
 */
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { readReport } from '../engine/scoring/report.js';
import { seedText } from './helpers.js';

const text = seedText('000_ac34c00328a5d2bd.txt');
const bytes = Buffer.from(text, 'utf8');
const page = Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body><article>${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>`, 'utf8');

describe('format_mismatch', () => {
  it('plain text named .docx, .doc or .wps is read as text and flagged', async () => {
    const plain = await readReport(bytes, 'a.txt');
    expect(plain.flags).not.toContain('format_mismatch');
    for (const name of ['a.docx', 'a.doc', 'a.wps']) {
      const doc = await readReport(bytes, name);
      expect(doc.flags, name).toContain('format_mismatch');
      expect(doc.sentences.map((s) => s.text), name).toEqual(plain.sentences.map((s) => s.text));
    }
  });

  it('a Word file named .txt or .doc, and a web page named .doc or .pdf, are flagged; a real .docx is not', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph({ text: l })) }] }));
    expect((await readReport(docx, 'b.docx')).flags).not.toContain('format_mismatch');
    for (const name of ['b.txt', 'b.doc', 'b.wps']) expect((await readReport(docx, name)).flags, name).toContain('format_mismatch');
    for (const name of ['c.doc', 'c.pdf', 'c.txt']) expect((await readReport(page, name)).flags, name).toContain('format_mismatch');
    // a saved page is not checked: it may begin with anything
    expect((await readReport(page, 'c.html')).flags).not.toContain('format_mismatch');
  });

  it('UTF-16 text named .txt is text; named .docx it is flagged', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await readReport(le, 'd.txt')).flags).not.toContain('format_mismatch');
    expect((await readReport(le, 'd.docx')).flags).toContain('format_mismatch');
  });

  it('a page Internet Explorer saved (a comment first) or a CMS export without <html> is read as a page, under any name', async () => {
    const body = text.split('\n').map((l) => `<p>${l}</p>`).join('\n');
    const ie = Buffer.from(`<!-- saved from url=(0061)http://www.example.gov.cn/art/2025/2/10/art_1_2.html -->\n<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>报告</title></head><body><article>${body}</article></body></html>`, 'utf8');
    const cms = Buffer.from(`<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css">.TRS_Editor P{line-height:2;}</style>\n<div class="TRS_Editor">${body}</div>`, 'utf8');
    const page = await readReport(ie, 'e.html');
    expect(page.flags).not.toContain('format_mismatch');
    expect(page.unit).toBeTruthy();
    for (const [bytes, name] of [[ie, 'e.doc'], [ie, 'e.txt'], [cms, 'f.doc'], [cms, 'f.txt']] as const) {
      const doc = await readReport(bytes, name);
      expect(doc.flags, name).toContain('format_mismatch');
      expect(doc.unit, name).toBe(page.unit);
      expect(doc.normalized, name).not.toContain('<p>');
    }
  });

  it('a Word file or a PDF under a page name (.htm) is read as what it is and flagged', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph({ text: l })) }] }));
    const real = await readReport(docx, 'g.docx');
    for (const name of ['g.htm', 'g.html']) {
      const doc = await readReport(docx, name);
      expect(doc.flags, name).toContain('format_mismatch');
      expect(doc.sentences.map((x) => x.text), name).toEqual(real.sentences.map((x) => x.text));
    }
  });

  it('plain text that merely mentions a tag is still text', async () => {
    const plain = Buffer.from(`${text}\n附：网页代码示例 <p>段落</p>\n`, 'utf8');
    expect((await readReport(plain, 'h.txt')).flags).not.toContain('format_mismatch');
  });
});
