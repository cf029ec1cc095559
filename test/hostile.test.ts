/**
 * Hostile input: every bad report in fixtures/hostile/ (plus a 1 MB line and a 20 MB report made
 * here) gets an exact, documented outcome, and every other report is scored normally.
 */
import { parse } from 'csv-parse/sync';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const HOSTILE = join(ROOT, 'fixtures', 'hostile');

describe('hostile corpus', () => {
  const corpus = tempDir();
  cpSync(HOSTILE, corpus, { recursive: true });
  const line = '推进依法行政工作持续深化法治政府建设'.repeat(Math.ceil(1_048_576 / 18 / 3));
  writeFileSync(join(corpus, 'long-line.txt'), line);
  const body = readFileSync(join(HOSTILE, 'utf8.txt'), 'utf8');
  const para = (i: number) => `第${i}段，组织开展普法宣传活动，调处纠纷八件，推进依法行政。`;
  const big = [body.split('\n').slice(0, 4).join('\n'), ...Array.from({ length: Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(para(100000))) }, (_, i) => para(i))].join('\n');
  writeFileSync(join(corpus, 'huge.txt'), big);
  const out = tempDir();
  // a generous budget: a 1 MB line takes seconds, test files run in parallel, and the budget
  // is the report's own (not shared with its batch): a loaded CI machine must not turn it into a timeout
  const r = rubricCli(['score', '--corpus', corpus, '--out', out, '--workers', '2', '--time-budget', '600']);
  const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const byFile = new Map(rows.map((x) => [x.file, x]));
  const outcome = (f: string) => byFile.get(f)?.error?.code ?? 'scored';

  it('every file gets its exact outcome, and the run completes with exit 1', () => {
    expect(r.code).toBe(1);
    expect(Object.fromEntries([...byFile.keys()].sort().map((f) => [f, outcome(f)]))).toEqual({
      '=HYPERLINK(1).txt': 'scored',
      'docx-renamed.txt': 'bad_docx', // read by its bytes as the (truncated) Word file it is
      'empty.txt': 'empty_report',
      'english.txt': 'not_chinese',
      'formula.txt': 'scored',
      'gb18030.txt': 'scored',
      'huge.txt': 'too_large', // 20 MB of paragraphs: past 1,000,000 characters, not one report
      'long-line.txt': 'scored',
      'no-headings.txt': 'scored',
      'pdf-renamed.txt': 'bad_pdf',
      'png.txt': 'binary_file',
      'random.txt': 'binary_file',
      'utf16be.txt': 'scored',
      'utf16le.txt': 'scored',
      'utf8-bom.txt': 'scored',
      'utf8.txt': 'scored',
      'whitespace.txt': 'empty_report',
    });
  });

  it('error rows name the file and say what to do', () => {
    for (const row of rows.filter((x) => x.error)) {
      expect(row.error.message).toContain(row.file);
      expect(row.rank).toBeNull();
    }
    expect(byFile.get('docx-renamed.txt').error).toMatchObject({ code: 'bad_docx' });
    expect(byFile.get('png.txt').error.params).toEqual({ kind: 'png' });
    expect(byFile.get('random.txt').error.params).toEqual({ kind: 'control' });
  });

  it('every encoding scores exactly like the UTF-8 original, and the CSV records the encoding', () => {
    const strip = (x: { file: string; rank: number }) => ({ ...x, file: '', rank: 0 });
    for (const f of ['utf8-bom.txt', 'gb18030.txt', 'utf16le.txt', 'utf16be.txt']) expect(strip(byFile.get(f)), f).toEqual(strip(byFile.get('utf8.txt')));
    const csv: string[][] = parse(readFileSync(join(out, 'ranking.csv')), { bom: true });
    const enc = csv[0].indexOf('编码');
    const encodings = Object.fromEntries(csv.slice(1).map((row) => [row[1], row[enc]]));
    expect(encodings).toMatchObject({ 'utf8.txt': 'utf-8', 'utf8-bom.txt': 'utf-8-bom', 'gb18030.txt': 'gb18030', 'utf16le.txt': 'utf-16le', 'utf16be.txt': 'utf-16be' });
  });

  it('a report with no headings scores, flagged no_sections', () => {
    expect(byFile.get('no-headings.txt').flags).toContain('no_sections');
    expect(byFile.get('no-headings.txt').criteria.legal_adviser.outcome).not.toBe('unmet');
  });

  it('no CSV cell starts with a formula character, file names and report text included', () => {
    const csv: string[][] = parse(readFileSync(join(out, 'ranking.csv')), { bom: true });
    // (a plain negative number — the 扣分 column — is no formula: it stays a number that sums)
    for (const row of csv) for (const cell of row) expect(cell, cell.slice(0, 40)).not.toMatch(/^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r]/);
    const names = csv.slice(1).map((row) => row[1]);
    expect(names).toContain("'=HYPERLINK(1).txt");
    expect(csv.slice(1).map((row) => row[2])).toContain("'=cmd|'/ccalc'!A1柳河乡人民政府");
  });

  it('too large a report becomes an error row under a lower limit', () => {
    const small = tempDir();
    cpSync(join(corpus, 'huge.txt'), join(small, 'huge.txt'));
    cpSync(join(HOSTILE, 'utf8.txt'), join(small, 'ok.txt'));
    const out2 = tempDir();
    expect(rubricCli(['score', '--corpus', small, '--out', out2, '--max-mb', '5']).code).toBe(1);
    const res = readFileSync(join(out2, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(res.map((x) => [x.file, x.error?.code ?? null])).toEqual([['ok.txt', null], ['huge.txt', 'too_large']]);
  });
});
