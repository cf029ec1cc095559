/** Word and PDF in, Excel and HTML out: the same report as .txt, .docx and .pdf gets the same outcomes. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CORPUS, ROOT, seedText } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const SEED = '001_125f4e7a7042b909.txt';
const PDF_FIXTURE = join(ROOT, 'fixtures', 'formats', '001_125f4e7a7042b909.pdf');

/** The seed as a Word document: numbered headings as Word headings, body lines as paragraphs. */
async function seedAsDocx(text: string): Promise<Buffer> {
  const children = text.split('\n').filter((l) => l.trim()).map((l) => {
    if (/^[一二三四五六七八九十]+、/.test(l)) return new Paragraph({ text: l, heading: HeadingLevel.HEADING_1 });
    if (/^[（(][一二三四五六七八九十]+[）)]/.test(l)) return new Paragraph({ text: l, heading: HeadingLevel.HEADING_2 });
    return new Paragraph({ text: l, alignment: AlignmentType.LEFT });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const rowsOf = (out: string) => readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const outcomes = (row: { criteria: Record<string, { outcome: string }> }) => Object.fromEntries(Object.entries(row.criteria).map(([k, v]) => [k, v.outcome]));

describe('inputs: .txt, .docx and .pdf in any mix', async () => {
  const corpus = tempDir();
  cpSync(join(CORPUS, SEED), join(corpus, 'as-text.txt'));
  writeFileSync(join(corpus, 'as-word.docx'), await seedAsDocx(seedText(SEED)));
  cpSync(PDF_FIXTURE, join(corpus, 'as-pdf.pdf'));
  const out = tempDir();
  const r = rubricCli(['score', '--corpus', corpus, '--out', out]);
  const rows = new Map(rowsOf(out).map((x) => [x.file, x]));

  it('scores all three', () => {
    expect(r.code, r.stderr).toBe(0);
    expect([...rows.keys()].sort()).toEqual(['as-pdf.pdf', 'as-text.txt', 'as-word.docx']);
  });

  it('the same report gets the same outcomes in every format', () => {
    const txt = outcomes(rows.get('as-text.txt'));
    expect(outcomes(rows.get('as-word.docx'))).toEqual(txt);
    expect(outcomes(rows.get('as-pdf.pdf'))).toEqual(txt);
    expect(rows.get('as-pdf.pdf').total).toBe(rows.get('as-text.txt').total);
  });

  it('evidence names the paragraph of a .docx and the page of a .pdf, in the JSONL and in the spreadsheet', () => {
    const w = rows.get('as-word.docx').criteria.legal_adviser.evidence[0];
    expect(w.paragraph).toBe(w.line);
    const p = rows.get('as-pdf.pdf').criteria.enforcement_three_systems.evidence[0];
    expect(p.page).toBeGreaterThanOrEqual(1);
    const csv = readFileSync(join(out, 'ranking.csv'), 'utf8');
    expect(csv).toMatch(/第\d+段 /);
    expect(csv).toMatch(/第\d+页 L\d+ /);
  });

  it('explain and report.html read Word and PDF files the way scoring does', () => {
    const x = JSON.parse(rubricCli(['explain', join(corpus, 'as-pdf.pdf'), '--json']).stdout);
    expect(x.document).toMatchObject({ encoding: 'pdf', total: 82 });
    const w = JSON.parse(rubricCli(['explain', join(corpus, 'as-word.docx'), '--json']).stdout);
    expect(w.document).toMatchObject({ encoding: 'docx', total: rows.get('as-text.txt').total });
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const i of [0, 1, 2]) expect(html).toMatch(new RegExp(`<article id="report-${i}"[^>]*>[\\s\\S]*?<mark`));
  });

  it('a PDF without a text layer is an error row that says it needs OCR', () => {
    const c = tempDir();
    cpSync(join(ROOT, 'fixtures', 'formats', 'scanned.pdf'), join(c, 'scan.pdf'));
    const o = tempDir();
    expect(rubricCli(['score', '--corpus', c, '--out', o]).code).toBe(1);
    expect(rowsOf(o)[0].error.code).toBe('needs_ocr');
    expect(rowsOf(o)[0].error.params).toEqual({ format: 'PDF' });
    expect(rowsOf(o)[0].error.message).toContain('scan.pdf');
  });
});

describe('ranking-superiors.xlsx (new users 53 and 54 cut ranking.xlsx down by hand before sending it up)', () => {
  const out = tempDir();
  rubricCli(['score', '--corpus', CORPUS, '--out', out]);
  const file = join(out, 'ranking-superiors.xlsx');

  it('has the ranking, the ranking by kind and the rubric, and no 证据 sheet', async () => {
    expect(await readSheetNames(file)).toEqual(['排名', '分类排名', '评分细则']);
  });

  it('排名 gives each unit its rank, total, points and deductions, and none of the office\'s own columns', async () => {
    const rows = await readXlsxFile(file, { sheet: '排名' });
    const head = rows[0] as string[];
    expect(head.slice(0, 5)).toEqual(['排名', '单位', '年度', '总分', '主要举措和成效（4分）']);
    for (const office of ['文件', '标记', '人工复核', '错误', '疑似扣分（待确认，不扣分）', '区划代码', '编码']) expect(head).not.toContain(office);
    expect(rows.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
    // the same totals and units as ranking.xlsx
    const full = await readXlsxFile(join(out, 'ranking.xlsx'), { sheet: '排名' });
    expect(rows.slice(1).map((r) => [r[1], r[3]])).toEqual(full.slice(1).map((r) => [r[2], r[4]]));
    expect(head.slice(-4)).toEqual(['扣分', '扣分项目', '单位类型', '类内排名']);
  });

  it('a report that could not be scored stays in the list, under 未能评分, without its error code', async () => {
    const corpus = tempDir();
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) writeFileSync(join(corpus, f), readFileSync(join(CORPUS, f)));
    writeFileSync(join(corpus, 'broken.txt'), Buffer.alloc(0));
    const o = tempDir();
    rubricCli(['score', '--corpus', corpus, '--out', o, '--quiet']);
    const rows = await readXlsxFile(join(o, 'ranking-superiors.xlsx'), { sheet: '排名' });
    const last = rows[rows.length - 1];
    // 未能评分 where its rank would be, named by its file said to be one, its unit unread (new user 55 took a bare file name for a unit);
    // the error's code and message are the office's (ranking.xlsx keeps them)
    expect(last[0]).toBe('未能评分');
    expect(last[1]).toBe('（未读出单位）文件 broken.txt');
    expect(last.slice(2).filter((c) => c !== null)).toEqual([]);
    expect(JSON.stringify(rows)).not.toMatch(/empty_file|空文件|\.txt"[^\]]*\.txt/);
  });
});

describe('ranking-superiors.xlsx: 评分细则 (new user 55)', () => {
  it('names each item by its title, no internal ids, and says the points carry no assessor\'s decision when none was applied', async () => {
    const out = tempDir();
    rubricCli(['score', '--corpus', CORPUS, '--out', out, '--quiet']);
    const rows = await readXlsxFile(join(out, 'ranking-superiors.xlsx'), { sheet: '评分细则' });
    expect(rows[0]).toEqual(['评分项', '名称', '分值']);
    expect(rows.find((r) => r[0] === '评分人复核')?.[1]).toBe('未计入评分人的决定（引擎结果）');
    expect(rows.find((r) => r[1] === '第一责任人履职情况')).toEqual(['评分项', '第一责任人履职情况', 5]);
    expect(JSON.stringify(rows)).not.toMatch(/struct_first_duty|wrong_unit_name|[a-z]+_[a-z]+/);
  });
});

describe('ranking.xlsx', () => {
  const out = tempDir();
  rubricCli(['score', '--corpus', CORPUS, '--out', out]);
  const file = join(out, 'ranking.xlsx');

  it('has the sheets 排名, 分类排名, 证据 and 评分细则', async () => {
    expect(await readSheetNames(file)).toEqual(['排名', '分类排名', '证据', '评分细则']);
  });

  it('排名 has Chinese headers, a column per criterion with its points, and the ranking', async () => {
    const rows = await readXlsxFile(file, { sheet: '排名' });
    expect(rows[0].slice(0, 6)).toEqual(['排名', '文件', '单位', '年度', '总分', '主要举措和成效（4分）']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
    expect(rows[1][4]).toBe(82);
  });

  it('排名 ends with each unit\'s 单位类型 and 类内排名 (the seeds are five townships: ranks 1–5 within their kind)', async () => {
    const rows = await readXlsxFile(file, { sheet: '排名' });
    expect(rows[0].slice(-2)).toEqual(['单位类型', '类内排名']);
    expect(rows.slice(1).map((r) => r.slice(-2))).toEqual([1, 2, 3, 4, 5].map((n) => ['乡镇（街道）', n]));
  });

  it('证据 has one row per report × criterion (plus deductions) with outcome, quote, section and line', async () => {
    const rows = await readXlsxFile(file, { sheet: '证据' });
    expect(rows[0]).toEqual(['排名', '文件', '评分项', '结果', '得分', '仅计划', '证据', '章节', '行', '引擎原结果', '评分人', '理由']);
    expect(rows.length - 1).toBe(5 * 24 + 2);
    const adviser = rows.find((r) => r[1] === '000_ac34c00328a5d2bd.txt' && r[2] === '法律顾问')!;
    expect(adviser[3]).toBe('达标');
    expect(String(adviser[6])).toContain('聘请');
    // 数据支撑 names the figures each quoted sentence added to its count, as the CSV does (new user, session 19)
    const figures = rows.find((r) => r[1] === '000_ac34c00328a5d2bd.txt' && r[2] === '数据支撑')!;
    expect(String(figures[6])).toMatch(/〔计入：[^〕]*80%/);
    // the first quote's line is the 行 column; each later quote names its own line in the cell (new user, session 19);
    // a last part 得「…」需：… says what the next level needed
    const quotesOf = (r: unknown[]) => String(r[6]).split(' ｜ ').filter((q) => !q.startsWith('得「'));
    const several = rows.filter((r) => quotesOf(r).length >= 2);
    expect(several.length).toBeGreaterThan(10);
    for (const r of several) for (const q of quotesOf(r).slice(1)) expect(q).toMatch(/^(\[[^\]]+\] )?L\d+ /);
  });

  it('证据 quotes each sentence whole, as results.jsonl holds it, where ranking.csv shows ~60 characters of it', async () => {
    // new user, session 29: the README's 400 characters were nowhere in the spreadsheets
    const rows = await readXlsxFile(file, { sheet: '证据' });
    const results = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const csv = readFileSync(join(out, 'ranking.csv'), 'utf8');
    const long = results.flatMap((r) => Object.entries(r.criteria as Record<string, { evidence: Array<{ text: string }> }>).map(([id, c]) => ({ file: r.file, id, text: c.evidence[0]?.text ?? '' })))
      .filter((x) => x.text.length > 90 && !/\s/.test(x.text));
    expect(long.length).toBeGreaterThan(5);
    for (const x of long) {
      const whole = rows.find((r) => r[1] === x.file && String(r[6]).includes(x.text));
      expect(whole, `${x.file} ${x.id}`).toBeDefined();
      expect(csv.includes(x.text)).toBe(false);
    }
  });

  it('评分细则 lists the rubric, deductions negative, and the flags\' legend', async () => {
    const rows = await readXlsxFile(file, { sheet: '评分细则' });
    // the rubric itself first, by id and version (new user 48: a workbook alone never named its rubric)
    expect(rows[1].slice(0, 2)).toEqual(['细则', 'default']);
    expect(String(rows[1][4])).toMatch(/^版本 \d{4}\.\d+ · 指纹 [0-9a-f]{16}$/);
    expect(rows.filter((r) => r[0] === '评分项' || r[0] === '扣分项')).toHaveLength(28);
    expect(rows.filter((r) => r[0] === '扣分项').every((r) => (r[3] as number) < 0)).toBe(true);
    expect(rows.find((r) => r[1] === 'conversion_artifacts')?.[2]).toBe('转换残留');
  });

  it('排名 shows deductions as negative numbers and flags in words', async () => {
    const rows = await readXlsxFile(file, { sheet: '排名' });
    const ded = rows[0].indexOf('扣分');
    const flags = rows[0].indexOf('标记');
    const row002 = rows.find((r) => String(r[1]).startsWith('002'))!;
    expect(row002[ded]).toBe(-10);
    expect(String(row002[flags])).toContain('转换残留');
    // beside the number, which deduction makes it (new user, session 29: a bare −5); a variant: the other seed's
    const why = rows[0].indexOf('扣分项目');
    expect(why).toBe(ded + 1);
    expect(row002[why]).toBe('单位名称错误 −10');
    expect(rows.find((r) => String(r[1]).startsWith('003'))![why]).toBe('内容陈旧 −5');
    expect(rows.find((r) => String(r[1]).startsWith('000'))![why]).toBeNull();
    // nothing taken off is the number 0, which sums (new user 47 found a blank)
    expect(rows.find((r) => String(r[1]).startsWith('000'))![ded]).toBe(0);
  });

  it('ranking.csv\'s 扣分 is the number taken off, as in the workbook, and 扣分项目 beside it names the deduction with its evidence (nu37: a text the sheet could not add up)', () => {
    const rows: string[][] = parse(readFileSync(join(out, 'ranking.csv')), { bom: true });
    const ded = rows[0].indexOf('扣分');
    expect(rows[0][ded + 1]).toBe('扣分项目');
    const row = (prefix: string) => rows.find((r) => r[1].startsWith(prefix))!;
    // a plain negative number, no apostrophe (the formula guard leaves a bare number alone)
    expect(row('002')[ded]).toBe('-10');
    expect(row('002')[ded + 1]).toMatch(/^单位名称错误 −10：L\d+ /);
    // a variant: the other seed's −5; no deduction is 0 taken off (a blank had read as unscored, new user 47) and no item
    expect(row('003')[ded]).toBe('-5');
    expect(row('003')[ded + 1]).toMatch(/^内容陈旧 −5：/);
    expect([row('000')[ded], row('000')[ded + 1]]).toEqual(['0', '']);
  });

  it('keeps an unreadable character\'s mark: the library deletes U+FFFD, the workbook shows 〓 where CSV and JSONL show �', async () => {
    const c = tempDir();
    const seed = readFileSync(join(CORPUS, '000_ac34c00328a5d2bd.txt'));
    const at = seed.indexOf(Buffer.from('团队，对乡内'));
    // one byte that is no UTF-8, inside the quoted sentence of 法律顾问
    writeFileSync(join(c, 'bad-byte.txt'), Buffer.concat([seed.subarray(0, at), Buffer.from([0xff]), seed.subarray(at)]));
    const o = tempDir();
    expect(rubricCli(['score', '--corpus', c, '--out', o]).code).toBe(0);
    expect(rowsOf(o)[0].criteria.legal_adviser.evidence[0].text).toContain('\uFFFD团队');
    const evidence = await readXlsxFile(join(o, 'ranking.xlsx'), { sheet: '证据' });
    expect(String(evidence.find((r) => r[2] === '法律顾问')![6])).toContain('〓团队');
    const scheme = await readXlsxFile(join(o, 'ranking.xlsx'), { sheet: '评分细则' });
    // the flags' legend names the mark the workbook shows
    expect(String(scheme.find((r) => r[1] === 'invalid_bytes')![4])).toContain('〓');
  });

  it('neutralises formula injection', async () => {
    const c = tempDir();
    cpSync(join(ROOT, 'fixtures', 'hostile', 'formula.txt'), join(c, '=HYPERLINK.txt'));
    const o = tempDir();
    rubricCli(['score', '--corpus', c, '--out', o]);
    for (const sheet of ['排名', '证据']) {
      for (const row of await readXlsxFile(join(o, 'ranking.xlsx'), { sheet })) for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('--format', () => {
  it('writes only the formats asked for; the CSV keeps its BOM', () => {
    const out = tempDir();
    expect(rubricCli(['score', '--corpus', CORPUS, '--out', out, '--format', 'csv,html']).code).toBe(0);
    const names = readdirSync(out).filter((f) => !f.startsWith('.')).sort();
    expect(names).toEqual(['ranking.csv', 'report.html', 'run.json']);
    expect(readFileSync(join(out, 'ranking.csv'))[0]).toBe(0xef);
    expect(rubricCli(['score', '--format', 'pdf']).code).toBe(2);
  });

  it('removes the outputs of an earlier run that this run did not produce (issue 12: one run\'s outputs), leaving other files alone', () => {
    const out = tempDir();
    writeFileSync(join(out, 'results.jsonl'), '{"previous":true}\n');
    writeFileSync(join(out, 'ranking.csv'), 'previous\r\n');
    writeFileSync(join(out, 'my-notes.txt'), 'mine');
    expect(rubricCli(['score', '--corpus', CORPUS, '--out', out, '--format', 'xlsx']).code).toBe(0);
    expect(readdirSync(out).filter((f) => !f.startsWith('.') || f.endsWith('.tmp')).sort()).toEqual(['my-notes.txt', 'ranking-superiors.xlsx', 'ranking.xlsx', 'run.json']);
  });
});

describe('files whose name lies about what they hold (red team 03, 05, 09)', () => {
  const text = seedText(SEED);
  const page = (charset: string) => `<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; charset=${charset}"><meta name=ProgId content=Word.Document></head><body>${text.split('\n').map((l) => `<p class=MsoNormal>${l}</p>`).join('')}</body></html>`;
  const dir = tempDir();
  // Word's web page served as 报告.doc (GB2312, as government sites do), the same in UTF-8 as .wps, a page saved as .txt
  writeFileSync(join(dir, 'a_wordhtml.doc'), new TextEncoder().encode(page('utf-8')));
  writeFileSync(join(dir, 'b_wordhtml.wps'), new TextEncoder().encode(page('utf-8')));
  writeFileSync(join(dir, 'c_page.txt'), `<!DOCTYPE html>\n${page('utf-8')}`);
  // RTF named .doc and .txt: said to be RTF, not "not Word 97" nor "no Chinese"
  writeFileSync(join(dir, 'd_rtf.doc'), '{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}\\uc1\\u27861?\\u27835?}');
  writeFileSync(join(dir, 'e_rtf.txt'), '{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}\\uc1\\u27861?\\u27835?}');
  writeFileSync(join(dir, 'f_seed.txt'), text);
  const out = join(dir, 'out');
  rubricCli(['score', dir, '--out', out, '--no-cache', '--format', 'jsonl', '--quiet']);
  const rows = Object.fromEntries(rowsOf(out).map((r: { file: string }) => [r.file, r]));

  it('Word web pages named .doc/.wps and a page named .txt are read as pages: the same outcomes as the text', () => {
    for (const f of ['a_wordhtml.doc', 'b_wordhtml.wps', 'c_page.txt']) {
      expect(rows[f].error, f).toBeNull();
      expect(outcomes(rows[f]), f).toEqual(outcomes(rows['f_seed.txt']));
    }
  });
  it('text under a Word name (.docx, .doc) is read as text; a picture under a Word name is called a picture (new user: it was a damaged Word file)', () => {
    const dir2 = tempDir();
    writeFileSync(join(dir2, 'g_text.docx'), text);
    writeFileSync(join(dir2, 'h_text.doc'), text);
    writeFileSync(join(dir2, 'i_scan.docx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir2, 'j_seed.txt'), text);
    const out2 = join(dir2, 'out');
    rubricCli(['score', dir2, '--out', out2, '--no-cache', '--format', 'jsonl,csv', '--quiet']);
    const r = Object.fromEntries(rowsOf(out2).map((x: { file: string }) => [x.file, x]));
    for (const f of ['g_text.docx', 'h_text.doc']) {
      expect(r[f].error, f).toBeNull();
      expect(outcomes(r[f]), f).toEqual(outcomes(r['j_seed.txt']));
    }
    expect(r['i_scan.docx'].error).toMatchObject({ code: 'binary_file', params: { kind: 'png' } });
    // an unscored row takes nothing off and says so by a blank 扣分, where a scored one with no deduction has 0
    const csv: string[][] = parse(readFileSync(join(out2, 'ranking.csv')), { bom: true });
    const ded = csv[0].indexOf('扣分');
    expect(csv.find((x) => x[1] === 'i_scan.docx')![ded]).toBe('');
    expect(csv.find((x) => x[1] === 'j_seed.txt')![ded]).toBe('0');
  });
  it('UTF-16 and UTF-32 text under a Word name is read as text too (red team 2, 03: it was \'not Word 97\' or \'a damaged zip\')', () => {
    const dir4 = tempDir();
    const le = Buffer.from(text, 'utf16le');
    writeFileSync(join(dir4, 'm_u16bom.doc'), Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
    writeFileSync(join(dir4, 'n_u16nobom.wps'), le);
    writeFileSync(join(dir4, 'o_u16be.docx'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]));
    writeFileSync(join(dir4, 'p_seed.txt'), text);
    const out4 = join(dir4, 'out');
    rubricCli(['score', dir4, '--out', out4, '--no-cache', '--format', 'jsonl', '--quiet']);
    const r = Object.fromEntries(rowsOf(out4).map((x: { file: string }) => [x.file, x]));
    for (const f of ['m_u16bom.doc', 'n_u16nobom.wps', 'o_u16be.docx']) {
      expect(r[f].error, f).toBeNull();
      expect(outcomes(r[f]), f).toEqual(outcomes(r['p_seed.txt']));
    }
  });
  it('a Word file under a text name is read as the Word file it is (it was refused as docx_as_txt)', async () => {
    const dir3 = tempDir();
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph({ text: l })) }] }));
    writeFileSync(join(dir3, 'k_word.txt'), docx);
    writeFileSync(join(dir3, 'l_word.docx'), docx);
    const out3 = join(dir3, 'out');
    rubricCli(['score', dir3, '--out', out3, '--no-cache', '--format', 'jsonl', '--quiet']);
    const r = Object.fromEntries(rowsOf(out3).map((x: { file: string }) => [x.file, x]));
    expect(r['k_word.txt'].error).toBeNull();
    expect(r['k_word.txt'].total).toBe(r['l_word.docx'].total);
    expect(outcomes(r['k_word.txt'])).toEqual(outcomes(r['l_word.docx']));
  });
  it('RTF under a Word or text name is unsupported_format rtf', () => {
    for (const f of ['d_rtf.doc', 'e_rtf.txt']) expect(rows[f].error, f).toMatchObject({ code: 'unsupported_format', params: { format: 'rtf' } });
  });
});
