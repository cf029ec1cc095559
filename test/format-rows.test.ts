/**
 * One test per row of issue 11's table: each fault a real office document caused, fixed as a kind,
 * with the issue's example and a variant. Reports are read the way `score` reads them (readReport)
 * and scored with the default rubric; the plain text of the same report is the reference.
 */
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport, scoreBytes } from '../engine/scoring/report.js';
import { pagesToText } from '../engine/document/read/paged.js';
import { formatNumber, NumberingState, type NumberingDefs } from '../engine/document/read/word-numbering.js';
import { defaultScorer, ROOT, seedText } from './helpers.js';
import { haveChromium, patchDocx, printable, printPdf } from './format-forms.js';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');

/** Seed 003 ends with a 落款 (大铭乡人民政府 / 2024年2月27日): the reference for every closing test. */
const SEED = '003_82ca6d383a15eea9.txt';
const PLAIN = seedText(SEED);
const bodyLines = () => PLAIN.split('\n').filter((l) => l.trim());

async function model(bytes: Uint8Array | string, file: string) {
  return readReport(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, file);
}
async function scored(bytes: Uint8Array | string, file: string) {
  const doc = await model(bytes, file);
  return { doc, result: await defaultScorer().score(doc) };
}
const outcomes = (r: { criteria: Record<string, { outcome: string }> }) => Object.fromEntries(Object.entries(r.criteria).map(([k, v]) => [k, v.outcome]));

let plainCache: Awaited<ReturnType<typeof scored>> | null = null;
const plain = async () => (plainCache ??= await scored(PLAIN, 'plain.txt'));

async function expectSameAsPlain(bytes: Uint8Array | string, file: string) {
  const ref = await plain();
  const got = await scored(bytes, file);
  expect(outcomes(got.result)).toEqual(outcomes(ref.result));
  expect(got.result.total).toBe(ref.result.total);
  expect(got.doc.closing?.date).toEqual({ year: 2024, month: 2, day: 27 });
  expect(got.doc.flags).not.toContain('no_date');
  return got;
}

const para = (text: string) => new Paragraph({ text });
const docxOf = (children: Array<Paragraph | Table>, extra: object = {}) => Packer.toBuffer(new Document({ ...extra, sections: [{ children }] }));

describe('Word numbering renderer (numbering.xml)', () => {
  it('renders chineseCounting, decimal, decimalEnclosedCircle and friends as Word shows them', () => {
    expect([1, 2, 10, 11, 19, 20, 21, 99, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '二', '十', '十一', '十九', '二十', '二十一', '九十九', '一百〇五']);
    expect([1, 20, 21, 50].map((n) => formatNumber(n, 'decimalEnclosedCircle'))).toEqual(['①', '⑳', '㉑', '㊿']);
    expect(formatNumber(7, 'decimal')).toBe('7');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
  });

  const defs = (): NumberingDefs => ({
    abstract: new Map([['A', new Map([
      [0, { start: 1, numFmt: 'chineseCounting', lvlText: '%1、' }],
      [1, { start: 1, numFmt: 'chineseCounting', lvlText: '（%2）' }],
      [2, { start: 1, numFmt: 'decimal', lvlText: '%3.' }],
      [3, { start: 1, numFmt: 'decimalEnclosedCircle', lvlText: '%4' }],
    ])]]),
    nums: new Map([
      ['1', { abstractId: 'A', startOverride: new Map(), lvlOverride: new Map() }],
      ['2', { abstractId: 'A', startOverride: new Map(), lvlOverride: new Map() }],
      ['3', { abstractId: 'A', startOverride: new Map([[0, 5]]), lvlOverride: new Map() }],
    ]),
  });

  it('restarts a level after a higher one, continues a list across nums sharing an abstractNum, restarts on startOverride', () => {
    const s = new NumberingState(defs());
    const seq = [['1', 0], ['1', 1], ['1', 1], ['1', 2], ['1', 3], ['1', 3], ['1', 0], ['1', 1], ['2', 0], ['3', 0], ['3', 1]] as const;
    expect(seq.map(([n, l]) => s.next(n, l)?.trim())).toEqual(['一、', '（一）', '（二）', '1.', '①', '②', '二、', '（一）', '三、', '五、', '（一）']);
  });

  it('honours lvlRestart 0 (never restart) and shows nothing for numId 0 or a bullet', () => {
    const d = defs();
    // legal numbering (isLgl) shows every level's number as decimal
    d.abstract.get('A')!.set(1, { start: 1, numFmt: 'decimal', lvlText: '%1.%2', restart: 0, isLgl: true });
    d.abstract.get('A')!.set(4, { start: 1, numFmt: 'bullet', lvlText: '●' });
    const s = new NumberingState(d);
    expect([s.next('1', 0), s.next('1', 1), s.next('1', 0), s.next('1', 1), s.next('0', 0), s.next('1', 4)]).toEqual(['一、', '1.1 ', '二、', '2.2 ', null, null]);
  });
});

/** A .docx from raw parts (what Word writes for lists linked to heading styles, which the `docx` package cannot). */
async function rawDocx(body: string, styles: string, numbering: string): Promise<Buffer> {
  const JSZip = require('jszip');
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('.docx numbering linked to heading styles (a Word multilevel list on 标题 1/标题 2)', () => {
  const lvl = (i: number, fmt: string, text: string, style: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:pStyle w:val="${style}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const styles = (numPr: (i: number) => string) => ['1', '2'].map((n, i) => `<w:style w:type="paragraph" w:styleId="H${n}"><w:name w:val="heading ${n}"/><w:pPr>${numPr(i)}<w:outlineLvl w:val="${i}"/></w:pPr></w:style>`).join('')
    + '<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="Report List"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>';
  const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
  const body = [p('大铭乡人民政府关于2024年法治政府建设情况的报告'), p('主要工作完成情况', 'H1'), p('加强组织领导', 'H2'), p('成立法治政府建设领导小组，定期研究部署工作。'), p('推进依法决策', 'H2'), p('重大行政决策全部经过合法性审查。'), p('存在问题', 'H1'), p('执法人员培训不足。')].join('');
  const expected = ['一', '一 > （一）', '一 > （二）', '二'];

  it('the style names list and level (example); the style names the list and the level names the style (variant); the list is a numbering style (numStyleLink)', async () => {
    const levels = lvl(0, 'chineseCounting', '%1、', 'H1') + lvl(1, 'chineseCounting', '（%2）', 'H2');
    const cases = [
      { styles: styles((i) => `<w:numPr><w:ilvl w:val="${i}"/><w:numId w:val="1"/></w:numPr>`), numbering: `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` },
      { styles: styles(() => '<w:numPr><w:numId w:val="1"/></w:numPr>'), numbering: `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` },
      { styles: styles(() => '<w:numPr><w:numId w:val="1"/></w:numPr>'), numbering: `<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="ReportList"/></w:abstractNum><w:abstractNum w:abstractNumId="5"><w:styleLink w:val="ReportList"/>${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>` },
    ];
    for (const c of cases) {
      const doc = await model(await rawDocx(body, c.styles, c.numbering), 'linked.docx');
      expect(doc.sections.filter((s) => s.label).map((s) => s.path)).toEqual(expected);
      expect(doc.sections.find((s) => s.path === '一 > （二）')!.heading).toBe('（二）推进依法决策');
      expect(doc.sections.find((s) => s.path === '二')!.kind).toBe('shortcomings');
    }
  });
});

describe('.docx heading styles: a heading is never glued to the next sentence', () => {
  // headings with no number typed and no end punctuation, longer than a short line: the joiner used to take them for wrapped lines
  const heads = ['压实法治建设第一责任人职责持续推进', '完善依法行政制度体系全面提升依法行政水平'];
  const body = ['乡党委定期召开专题会议研究法治政府建设工作，解决重点难点问题。', '全面梳理行政规范性文件，开展合法性审查。'];

  it('Heading 2 style (the example) and an outline level in paragraph properties (variant) each open a section', async () => {
    for (const make of [(t: string) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_2 }), (t: string) => new Paragraph({ text: t, outlineLevel: 1 })]) {
      const bytes = await docxOf([para('大铭乡人民政府关于2024年法治政府建设情况的报告'), new Paragraph({ text: '一、主要工作完成情况', heading: HeadingLevel.HEADING_1 }), make(heads[0]), para(body[0]), make(heads[1]), para(body[1])]);
      const doc = await model(bytes, 'styles.docx');
      const h = doc.sentences.filter((s) => heads.includes(s.text));
      expect(h.map((s) => s.isHeading)).toEqual([true, true]);
      expect(doc.sentences.some((s) => s.text.includes(heads[0]) && s.text.includes('乡党委'))).toBe(false);
      expect(doc.sections.filter((s) => heads.includes(s.heading)).map((s) => s.path.split(' > ')[0])).toEqual(['一', '一']);
    }
  });
});

describe('.docx tables: one row, one sentence-like unit', () => {
  const table = new Table({ rows: [
    new TableRow({ children: [new TableCell({ children: [para('项目')] }), new TableCell({ children: [para('数量')] })] }),
    new TableRow({ children: [new TableCell({ children: [para('人民调解受理矛盾纠纷')] }), new TableCell({ children: [para('187件')] })] }),
    new TableRow({ children: [new TableCell({ children: [para('行政应诉')] }), new TableCell({ children: [para('行政应诉案件1件'), para('负责人出庭应诉1次')] })] }),
  ] });

  it('a label cell and its figure are one sentence; two paragraphs of a cell are not glued; the table is not glued to what follows', async () => {
    const lines = bodyLines();
    const at = lines.findIndex((l) => l.startsWith('（二）'));
    const bytes = await docxOf([...lines.slice(0, at).map(para), table, para('下一步工作重点在于完善制度'), ...lines.slice(at).map(para)]);
    const doc = await model(bytes, 'table.docx');
    const row = doc.sentences.find((s) => s.text.includes('人民调解受理矛盾纠纷'))!;
    expect(row.text).toBe('人民调解受理矛盾纠纷，187件');
    expect(doc.quantities.some((q) => q.sentence === row.id && q.value === 187 && q.unit === '件')).toBe(true);
    expect(doc.normalized).not.toContain('1件负责人');
    expect(doc.normalized).toContain('行政应诉，行政应诉案件1件，负责人出庭应诉1次');
    expect(doc.sentences.some((s) => s.text.includes('1次') && s.text.includes('下一步'))).toBe(false);
  });
});

/** A paragraph of the seed turned into raw XML by the patch helper: the marker is the paragraph's text. */
const closingLines = () => bodyLines().slice(-2);
const boxXml = (paras: string[], fallback: boolean) => {
  const ps = paras.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('');
  const choice = `<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3000000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="600000"/><wp:wrapNone/><wp:docPr id="9" name="落款"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${ps}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`;
  const fb = fallback ? `<mc:Fallback><w:pict><v:shape id="t1" style="width:160pt;height:50pt"><v:textbox><w:txbxContent>${ps}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` : '';
  return `<w:p><w:r><mc:AlternateContent>${choice}${fb}</mc:AlternateContent></w:r></w:p>`;
};

describe('.docx evidence is located by paragraph everywhere', () => {
  it('every evidence item of a .docx (sentences, sections, title, 落款) carries its paragraph: one notation per report (new user: L6 in one cell, 第6段 in another)', async () => {
    const { result } = await scored(await docxOf(bodyLines().map(para)), 'located.docx');
    const all = [...Object.values(result.criteria).flatMap((c) => c.evidence), ...result.deductions.flatMap((d) => d.evidence)];
    expect(all.length).toBeGreaterThan(20);
    for (const e of all) expect(e.paragraph, `${e.section} ${e.text.slice(0, 20)}`).toBe(e.line);
    // the kinds that were missing it: a section's heading (struct_*), the title and the 落款 (report_metadata)
    expect(result.criteria.struct_achievements.evidence[0].paragraph).toBeDefined();
    expect(result.criteria.report_metadata.evidence.every((e) => e.paragraph !== undefined)).toBe(true);
  });
});

describe('.docx self-updating date fields in the 落款 (red team 22)', () => {
  // the 落款 date as Word's 插入 → 日期和时间 → 自动更新 writes it; its shown result is the day the file was last opened
  const late = '2025年11月30日';
  const complex = (instr: string) => `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} \@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${late}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
  const simple = (instr: string) => `<w:p><w:fldSimple w:instr=" ${instr} \@ &quot;yyyy年M月d日&quot; "><w:r><w:t>${late}</w:t></w:r></w:fldSimple></w:p>`;
  const withDate = async (xml: string | null) => {
    const lines = bodyLines();
    const base = await docxOf([...lines.slice(0, -1).map(para), para(xml ? '@@DATE@@' : late)]);
    const bytes = xml ? await patchDocx(base, { replace: [['@@DATE@@', xml]] }) : base;
    return scored(bytes, 'fields.docx');
  };
  const lateIn = (r: { deductions: Array<{ id: string; status?: string }> }) => r.deductions.some((d) => d.id === 'late_report' && d.status === 'deducted');

  it('a DATE field is read as the date shown, marked as updating itself: late_report is only suspected, with the reason (example: a complex field)', async () => {
    const { doc, result } = await withDate(complex('DATE'));
    expect(doc.closing?.date).toEqual({ year: 2025, month: 11, day: 30 });
    expect(doc.closing?.dateAuto).toBe(true);
    expect(lateIn(result)).toBe(false);
    const s = result.deductions.find((d) => d.id === 'late_report');
    expect(s?.status).toBe('suspected');
    expect(s?.evidence[0]?.suspicion).toBe('date_field');
  });

  it('a DATE field nested in another\'s instruction (QUOTE { DATE }: red team 2, 04) shows its date once, read and marked as updating itself', async () => {
    const nested = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${late}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${late}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const { doc, result } = await withDate(nested);
    expect(doc.closing?.date).toEqual({ year: 2025, month: 11, day: 30 });
    expect(doc.closing?.dateAuto).toBe(true);
    expect(lateIn(result)).toBe(false);
    // a variant: a field's instruction text is never shown (a hyperlink's address before its text)
    const link = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://example.gov.cn" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${late}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const l = await withDate(link);
    expect(l.doc.normalized).not.toContain('example.gov.cn');
    expect(l.doc.closing?.dateAuto).toBeUndefined();
  });

  it('a .doc whose 落款 is a DATE field (saved, so it shows the day it was saved) is only suspected too (red team 2, 12)', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(join(ROOT, 'fixtures', 'formats', 'doc', 'date-field-late.doc'));
    const { doc, result } = await scored(bytes, 'date-field-late.doc');
    expect(doc.closing?.date?.year).toBeGreaterThan(2024); // the day the fixture was saved, not 2024年2月27日
    expect(doc.closing?.dateAuto).toBe(true);
    expect(lateIn(result)).toBe(false);
    expect(result.deductions.find((d) => d.id === 'late_report')?.evidence[0]?.suspicion).toBe('date_field');
    // the seed's own .doc (typed date) carries no such mark
    const typed = await scored(readFileSync(join(ROOT, 'fixtures', 'formats', 'doc', '003_82ca6d383a15eea9.doc')), 'typed.doc');
    expect(typed.doc.closing?.dateAuto).toBeUndefined();
  });

  it('variant: a simple SAVEDATE field; and the same date typed by hand is a signed date, deducted', async () => {
    const f = await withDate(simple('SAVEDATE'));
    expect(f.doc.closing?.dateAuto).toBe(true);
    expect(lateIn(f.result)).toBe(false);
    const typed = await withDate(null);
    expect(typed.doc.closing?.dateAuto).toBeUndefined();
    expect(lateIn(typed.result)).toBe(true);
    // a field that does not update itself (a page number, a hyperlink) marks nothing
    const page = await withDate(complex('PAGE').replace(late, '2'));
    expect(page.doc.hints.autoDates).toBeUndefined();
  });
});

describe('.docx footnotes, text boxes and altChunk', () => {
  it('a footnote is dropped with its reference mark, never placed after the 落款 (example: note in the body; variant: note on the 落款 line)', async () => {
    for (const where of ['body', 'closing']) {
      const lines = bodyLines();
      const i = where === 'body' ? 5 : lines.length - 1;
      const children = lines.map((l, k) => (k === i ? new Paragraph({ children: [new TextRun(l), new FootnoteReferenceRun(1)] }) : para(l)));
      const bytes = await docxOf(children, { footnotes: { 1: { children: [para('数据来源：乡党政办公室统计台账。')] } } });
      const { doc } = await expectSameAsPlain(bytes, `footnote-${where}.docx`);
      expect(doc.normalized).not.toMatch(/数据来源|\[1\]|↑/);
    }
  });

  it('a 落款 in a text box without mc:Fallback is read (example), and one with a fallback is read once (variant)', async () => {
    for (const fallback of [false, true]) {
      const lines = bodyLines();
      const base = await docxOf([...lines.slice(0, -2).map(para), para('@@BOX@@')]);
      const bytes = await patchDocx(base, { replace: [['@@BOX@@', boxXml(closingLines(), fallback)]] });
      const { doc } = await expectSameAsPlain(bytes, `box-${fallback}.docx`);
      expect(doc.normalized.split('大铭乡人民政府\n2024年2月27日').length).toBe(2);
    }
  });

  it('a text box is read in document order, after the paragraph that anchors it', async () => {
    const base = await docxOf([para('大铭乡人民政府关于2024年法治政府建设情况的报告'), para('@@BOX@@'), para('第三段。')]);
    const bytes = await patchDocx(base, { replace: [['@@BOX@@', boxXml(['框内第一段。', '框内第二段。'], true).replace('<w:p><w:r>', '<w:p><w:r><w:t>锚定段落。</w:t></w:r><w:r>')]] });
    const doc = await model(bytes, 'order.docx');
    expect(doc.normalized.split('\n').slice(1)).toEqual(['锚定段落。', '框内第一段。', '框内第二段。', '第三段。']);
  });

  it('a report held as an embedded HTML chunk (w:altChunk) is read, not called empty (example: HTML; variant: plain text chunk)', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body>${bodyLines().map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    for (const [name, type, content] of [['chunk.htm', 'text/html', html], ['chunk.txt', 'text/plain', PLAIN]] as const) {
      const base = await docxOf([para('@@CHUNK@@')]);
      const bytes = await patchDocx(base, {
        replace: [['@@CHUNK@@', '<w:altChunk r:id="rIdChunk"/>']],
        parts: { [`word/${name}`]: content },
        rels: [`<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${name}"/>`],
        contentTypes: [`<Override PartName="/word/${name}" ContentType="${type}"/>`],
      });
      await expectSameAsPlain(bytes, `altchunk-${name}.docx`);
    }
  });
});

describe('公文 layout', () => {
  it('版头 is metadata, not the title; 版记 is dropped so the 落款 is found (example)', async () => {
    const text = ['大铭乡人民政府文件', '大政发〔2024〕5号', '签发人：王某某', ...bodyLines(), '抄送：县司法局，县委全面依法治县委员会办公室。', '大铭乡党政办公室　　　　2024年2月28日印发'].join('\n');
    const { doc } = await expectSameAsPlain(text, 'gongwen.txt');
    expect(doc.title).toBe((await plain()).doc.title);
    expect(doc.hints).toMatchObject({ issuer: '大铭乡人民政府', docNumber: '大政发〔2024〕5号', signer: '王某某' });
  });

  it('variant: 份号 and 密级 lines, 签发人 on the document-number line, a 抄送 list wrapped onto a second line', async () => {
    const text = ['000123', '大铭乡人民政府文件', '大政发〔2024〕5号　　　　签发人：王某某', ...bodyLines(), '抄送：县委办公室，县人大常委会办公室，县政府办公室，', '县政协办公室，县司法局。', '大铭乡党政办公室 2024年2月28日印发'].join('\n');
    const { doc } = await expectSameAsPlain(text, 'gongwen2.txt');
    expect(doc.hints).toMatchObject({ docNumber: '大政发〔2024〕5号', signer: '王某某' });
  });

  it('a 落款 year written 二0二四 / 二O二四 / 二Ｏ二四 / 二零二四 is read as 2024', async () => {
    for (const y of ['二0二四', '二O二四', '二Ｏ二四', '二０二四', '二零二四', '二〇二四']) {
      const text = PLAIN.replace('2024年2月27日', `${y}年二月二十七日`);
      const { doc } = await expectSameAsPlain(text, `year-${y}.txt`);
      expect(doc.original.slice(doc.sentences.at(-1)!.start, doc.sentences.at(-1)!.end)).toContain(y);
    }
  });

  it('page numbers in every common form are dropped, also in mid-sentence (text copied from a PDF)', async () => {
    const lines = bodyLines();
    const forms = ['— 1 —', '-2-', '―3―', '第4页', '第 5 页 共 8 页', '- 6 -', '7/8', '第8页/共8页'];
    // each page number breaks a body paragraph in two, as a page break does
    let k = 0;
    const out = lines.flatMap((l) => {
      if (k >= forms.length || l.length < 80 || /^[（(一二三四]/.test(l)) return [l];
      const cut = l.indexOf('，', 30) + 1;
      return cut > 0 ? [l.slice(0, cut), forms[k++], l.slice(cut)] : [l];
    });
    expect(k).toBeGreaterThanOrEqual(4);
    const { doc } = await expectSameAsPlain(out.join('\n'), 'pages.txt');
    expect(doc.normalized).not.toMatch(/第\s*\d+\s*页|[―—-]\s*\d\s*[―—-]/);
  });

  it('a seal drawn as text beside the 落款 (★ and scattered characters) does not hide the date', async () => {
    const lines = bodyLines();
    const text = [...lines.slice(0, -2), '★', lines.at(-2)!, '大', '铭', '乡', lines.at(-1)!].join('\n');
    await expectSameAsPlain(text, 'seal.txt');
  });

  it.skipIf(!haveChromium)('a PDF with footers 第 n 页 共 m 页 (example) or ―n― (variant) scores as the plain text', async () => {
    for (const footer of [(p: number, n: number) => `第 ${p} 页 共 ${n} 页`, (p: number) => `―${p}―`]) {
      const pdf = await printPdf(printable(PLAIN, { footer, every: 12 }));
      await expectSameAsPlain(pdf, 'footers.pdf');
    }
  }, 60_000);
});

describe('web pages pasted as text', () => {
  it('breadcrumbs, metadata fields and share/print links are dropped; 发布机构/成文日期/发文字号 kept as hints (example)', async () => {
    const [title, ...rest] = bodyLines();
    const text = ['当前位置：首页 > 政务公开 > 法治政府建设', title, '发布机构：大铭乡人民政府　　成文日期：2024-02-27', '发文字号：大政发〔2024〕5号', '【字体：大 中 小】', ...rest, '分享到：', '【打印本页】【关闭窗口】'].join('\n');
    const { doc } = await expectSameAsPlain(text, 'pasted.txt');
    expect(doc.hints).toEqual({ issuer: '大铭乡人民政府', date: { year: 2024, month: 2, day: 27 }, docNumber: '大政发〔2024〕5号' });
  });

  it('variant: a metadata table pasted with brackets, bullets and pipes (as government CMS pages print it)', async () => {
    const text = ['|[索引号]|115001234567890ABC/2024-00007|', '-[发文字号]大政发〔2024〕5号', '•发布机构:大铭乡人民政府', '•成文日期:2024-02-27', '|[主题分类]|司法|[有效性]||', '-', ...bodyLines(), '•分享:', '•扫一扫在手机打开当前页'].join('\n');
    const { doc } = await expectSameAsPlain(text, 'pasted3.txt');
    expect(doc.hints).toEqual({ issuer: '大铭乡人民政府', date: { year: 2024, month: 2, day: 27 }, docNumber: '大政发〔2024〕5号' });
  });

  it('variant: a 发布时间/来源/浏览次数 line and a breadcrumb with ＞ at the top', async () => {
    const text = ['您的位置：首页＞信息公开＞年度报告', '来源：大铭乡人民政府 发布时间：2024年02月28日 浏览次数：128', ...bodyLines()].join('\n');
    await expectSameAsPlain(text, 'pasted2.txt');
  });
});

describe('radicals and compatibility ideographs, for every input', () => {
  // ⼈ U+2F08, ⺠ U+2EA0, ⼀ U+2F00, ⼆ U+2F06; 﨑-style compatibility ideographs: 勞 U+F92C → 勞
  const withRadicals = PLAIN.replace(/人/g, '⼈').replace(/民/g, '⺠').replace(/^（一）/gm, '（⼀）').replace(/^二、/gm, '⼆、');

  it('text copied from a PDF (example) scores as the plain text; evidence offsets point at the original radicals', async () => {
    expect(withRadicals).toContain('⼈⺠政府');
    const { doc, result } = await expectSameAsPlain(withRadicals, 'radicals.txt');
    expect(doc.normalized).toContain('人民政府');
    const ev = Object.values(result.criteria).flatMap((c) => c.evidence).find((e) => doc.original.slice(e.start, e.end).includes('⼈'));
    expect(ev).toBeDefined();
    expect(ev!.text).toContain('人');
  });

  it('variant: the same in a Word document, and a CJK compatibility ideograph folds too', async () => {
    await expectSameAsPlain(await docxOf(withRadicals.split('\n').filter((l) => l.trim()).map(para)), 'radicals.docx');
    const doc = await model('大铭乡人民政府\n关于2024年法治政府建设情况的报告\n一、主要工作\n加強勞動保障。\n', 'compat.txt');
    expect(doc.normalized).toContain('加強勞動保障');
  });
});

/** A one-font PDF written by hand: Helvetica with WinAnsi encoding, each page a list of text lines (bytes). */
function handPdf(pages: Buffer[][]): Buffer {
  const objs: Buffer[] = [];
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  objs.push(Buffer.from('<</Type/Catalog/Pages 2 0 R>>'));
  objs.push(Buffer.from(`<</Type/Pages/Kids[${kids}]/Count ${pages.length}>>`));
  objs.push(Buffer.from('<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>'));
  pages.forEach((lines, i) => {
    objs.push(Buffer.from(`<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 3 0 R>>>>/Contents ${5 + i * 2} 0 R>>`));
    const esc = (b: Buffer) => Buffer.from([...b].flatMap((c) => (c === 0x28 || c === 0x29 || c === 0x5c ? [0x5c, c] : [c])));
    const stream = Buffer.concat([Buffer.from('BT /F1 11 Tf 14 TL 50 800 Td\n'), ...lines.map((l) => Buffer.concat([Buffer.from('('), esc(l), Buffer.from(") '\n")])), Buffer.from('ET')]);
    objs.push(Buffer.concat([Buffer.from(`<</Length ${stream.length}>>stream\n`), stream, Buffer.from('\nendstream')]));
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0].length;
  objs.forEach((o, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(b);
    at += b.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<</Size ${objs.length + 1}/Root 1 0 R>>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

describe('garbled and scanned PDFs are error rows, never scored', () => {
  it('a text layer that is not text (GBK codes shown through a font without ToUnicode) is garbled_text', async () => {
    const lines = bodyLines().slice(0, 30).map((l) => iconv.encode(l.slice(0, 40), 'gbk') as Buffer);
    await expect(readReport(handPdf([lines.slice(0, 15), lines.slice(15)]), 'garbled.pdf')).rejects.toMatchObject({ code: 'garbled_text' });
  });

  it('variant: private-use code points (an Identity-H font without ToUnicode) are garbled_text', () => {
    const pua = Array.from({ length: 30 }, (_, i) => String.fromCharCode(...Array.from({ length: 30 }, (_, k) => 0xe000 + ((i * 31 + k) % 900))));
    expect(() => pagesToText([pua], 'PDF')).toThrow(expect.objectContaining({ code: 'garbled_text' }));
  });

  it('pages whose only text is a header line and a page number are needs_ocr (example), a stamp alone too (variant)', async () => {
    const pages = [1, 2, 3].map((p) => [Buffer.from('SCAN 2025-0417 Archive copy'), Buffer.from(`- ${p} -`)]);
    await expect(readReport(handPdf(pages), 'scan.pdf')).rejects.toMatchObject({ code: 'needs_ocr' });
    expect(() => pagesToText([['大铭乡人民政府', '（印章）'], ['大铭乡人民政府']], 'PDF')).toThrow(expect.objectContaining({ code: 'needs_ocr' }));
  });

  it('a real report with a short last page is not a scan', () => {
    const page = bodyLines().slice(3, 12);
    expect(() => pagesToText([page, ['大铭乡人民政府', '2024年2月27日']], 'PDF')).not.toThrow();
  });
});

describe('no file silently left out', async () => {
  const { copyFileSync, readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('./helpers.js');
  const { rubricCli, tempDir } = await import('./cli-helpers.js');
  const readXlsxFile = (await import('read-excel-file/node')).default;
  const DOC = join(ROOT, 'fixtures', 'formats', 'doc', '003_82ca6d383a15eea9.doc');
  const corpus = tempDir();
  copyFileSync(DOC, join(corpus, '大铭乡.doc'));
  copyFileSync(DOC, join(corpus, '大铭乡-wps.wps'));
  copyFileSync(DOC, join(corpus, '大铭乡-renamed.docx')); // a .doc renamed .docx
  writeFileSync(join(corpus, '旧版金山.wps'), Buffer.from('WPS 1.0 document\u0000\u0001 not an OLE file'));
  writeFileSync(join(corpus, '报告.rtf'), '{\\rtf1\\ansi 报告}');
  writeFileSync(join(corpus, '坏的.ofd'), 'not a zip');
  writeFileSync(join(corpus, '~$大铭乡.docx'), Buffer.from([0x05, 0x41]));
  writeFileSync(join(corpus, '.~lock.大铭乡.odt#'), 'lock');
  writeFileSync(join(corpus, '~WRL0003.tmp'), 'temp');
  const out = tempDir();
  const r = rubricCli(['score', '--corpus', corpus, '--out', out]);
  const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const byFile = new Map(rows.map((x) => [x.file, x]));
  const unreadable = ['旧版金山.wps', '报告.rtf', '坏的.ofd'];

  it('reads .doc, .wps (the Word binary format WPS Office writes) and a .doc renamed .docx the same way', async () => {
    const ref = byFile.get('大铭乡.doc');
    expect(ref.error ?? null).toBeNull();
    expect(ref.total).toBe((await plain()).result.total);
    for (const f of ['大铭乡-wps.wps', '大铭乡-renamed.docx']) expect(byFile.get(f).total).toBe(ref.total);
  });

  it('makes what cannot be read an error row with its code, naming the file and what to do', () => {
    expect(r.code).toBe(1);
    expect(byFile.get('旧版金山.wps').error.code).toBe('unsupported_format');
    expect(byFile.get('报告.rtf').error.code).toBe('unsupported_format');
    expect(byFile.get('坏的.ofd').error.code).toBe('bad_ofd');
    // the params say which advice the message gives (how to convert it), the message names the file
    expect(byFile.get('旧版金山.wps').error.params).toEqual({ format: 'old_wps' });
    expect(byFile.get('报告.rtf').error.params).toEqual({ format: 'rtf' });
    expect(typeof byFile.get('坏的.ofd').error.params.detail).toBe('string');
    for (const f of unreadable) expect(byFile.get(f).error.message).toContain(f);
  });

  it('puts the error rows in ranking.csv, ranking.xlsx and report.html too', async () => {
    const csv = readFileSync(join(out, 'ranking.csv'), 'utf8');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const sheet = (await readXlsxFile(join(out, 'ranking.xlsx'), { sheet: '排名' })).map((row) => row.join('|'));
    for (const f of unreadable) {
      expect(csv).toContain(f);
      expect(html).toContain(f);
      expect(sheet.some((row) => row.includes(f))).toBe(true);
    }
  });

  it('leaves out Office lock and temporary files', () => {
    expect(rows.map((x) => x.file).sort()).toEqual(['大铭乡-renamed.docx', '大铭乡-wps.wps', '大铭乡.doc', ...unreadable].sort());
  });
});

describe('.docx packages Word opens that were refused (red team 08, 13)', () => {
  const JSZip = require('jszip');
  async function repack(bytes: Uint8Array, edit: (zip: { file(name: string, data?: unknown): unknown; remove(name: string): void }, xml: string) => void | Promise<void>) {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml').async('string');
    await edit(zip, xml);
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  }
  const lines = PLAIN.split('\n').filter((l) => l.trim());

  it('a main part named by the package relationship (word/document2.xml) is read', async () => {
    const base = await docxOf(lines.map(para));
    const moved = await repack(base, async (zip, xml) => {
      zip.remove('word/document.xml');
      zip.file('word/document2.xml', xml);
      const rels = await (zip as unknown as { file(n: string): { async(t: string): Promise<string> } }).file('_rels/.rels').async('string');
      zip.file('_rels/.rels', rels.replace('word/document.xml', 'word/document2.xml'));
      const relsDoc = (zip as unknown as { file(n: string): { async(t: string): Promise<string> } | null }).file('word/_rels/document.xml.rels');
      if (relsDoc) { zip.file('word/_rels/document2.xml.rels', await relsDoc.async('string')); zip.remove('word/_rels/document.xml.rels'); }
    });
    await expectSameAsPlain(moved, 'document2.docx');
  });

  it('a UTF-16 main part (with its BOM) is read; a damaged one is bad_docx saying so, not missing', async () => {
    const base = await docxOf(lines.map(para));
    const utf16 = await repack(base, (zip, xml) => {
      const text = xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
      zip.file('word/document.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    });
    await expectSameAsPlain(utf16, 'utf16.docx');
    // a variant: the main part cut short
    const cut = await repack(base, (zip, xml) => { zip.file('word/document.xml', xml.slice(0, 200)); });
    const r = await scoreBytes(defaultScorer(), cut, 'cut.docx', { maxBytes: 1 << 24 });
    expect(r.error?.code).toBe('bad_docx');
    expect((r.error?.params as { detail: string }).detail).toMatch(/not well-formed/);
  });
});
