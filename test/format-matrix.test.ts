/**
 * The same report gets the same outcomes and total in every form an office produces (issue 11):
 * each of the five seeds as .txt, .docx with typed numbers and heading styles, .docx with Word's
 * automatic multilevel numbering, .pdf printed by Chromium, .doc (LibreOffice, committed fixture),
 * .wps (WPS Office's .wps is the Word binary format: the .doc bytes under a .wps name), .ofd and a
 * saved government web page (.html) — all scored in one corpus, as a user would.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT, seedText } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { docxWithAutoNumbering, docxWithHeadingStyles, haveChromium, ofdOf, printable, printPdf, webPage, withoutArtifacts } from './format-forms.js';

const SEEDS = ['000_ac34c00328a5d2bd', '001_125f4e7a7042b909', '002_691625496146cc7c', '003_82ca6d383a15eea9', '004_3ed92bd71da045e5'];
const FORMS = ['docx-styles.docx', 'docx-numbered.docx', 'doc.doc', 'wps.wps', 'ofd.ofd', 'web.html', ...(haveChromium ? ['pdf.pdf'] : [])];
if (!haveChromium) console.warn('PDF forms of the matrix skipped: chromium not found (.ci/run installs it)');

const rowsOf = (out: string) => readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const outcomes = (row: { criteria: Record<string, { outcome: string }> }) => Object.fromEntries(Object.entries(row.criteria).map(([k, v]) => [k, v.outcome]));

describe('the same report in every form', async () => {
  const corpus = tempDir();
  for (const seed of SEEDS) {
    const text = seedText(`${seed}.txt`);
    copyFileSync(join(CORPUS, `${seed}.txt`), join(corpus, `${seed}.txt`));
    writeFileSync(join(corpus, `${seed}.docx-styles.docx`), await docxWithHeadingStyles(text));
    writeFileSync(join(corpus, `${seed}.docx-numbered.docx`), await docxWithAutoNumbering(text));
    copyFileSync(join(ROOT, 'fixtures', 'formats', 'doc', `${seed}.doc`), join(corpus, `${seed}.doc.doc`));
    copyFileSync(join(ROOT, 'fixtures', 'formats', 'doc', `${seed}.doc`), join(corpus, `${seed}.wps.wps`));
    writeFileSync(join(corpus, `${seed}.ofd.ofd`), await ofdOf(text));
    writeFileSync(join(corpus, `${seed}.web.html`), webPage(text, { issuer: '某某县人民政府', date: '2025年01月20日' }));
    if (haveChromium) writeFileSync(join(corpus, `${seed}.pdf.pdf`), await printPdf(printable(withoutArtifacts(text))));
  }
  // Word's lock file beside an open document is not a report
  writeFileSync(join(corpus, `~$${SEEDS[0]}.docx-styles.docx`), Buffer.from([0x05, 0x41, 0x00, 0x64, 0x00]));
  const out = tempDir();
  const r = rubricCli(['score', '--corpus', corpus, '--out', out]);
  const rows = new Map(rowsOf(out).map((x) => [x.file, x]));

  it('scores every form of every seed, and leaves the lock file out', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(rows.size).toBe(SEEDS.length * (FORMS.length + 1));
    expect([...rows.keys()].some((f) => f.startsWith('~$'))).toBe(false);
  });

  for (const seed of SEEDS) {
    for (const form of FORMS) {
      it(`${seed} as ${form}: same outcomes and total as the plain text`, () => {
        const txt = rows.get(`${seed}.txt`);
        const other = rows.get(`${seed}.${form}`);
        expect(other.error ?? null).toBeNull();
        expect(outcomes(other)).toEqual(outcomes(txt));
        expect(other.total).toBe(txt.total);
        expect(other.unit).toBe(txt.unit);
        expect(other.year).toBe(txt.year);
      });
    }
  }

  it("explain's section tree shows Word's automatic numbers as Word displays them (一 > （一）)", () => {
    const x = JSON.parse(rubricCli(['explain', join(corpus, `${SEEDS[1]}.docx-numbered.docx`), '--json']).stdout);
    const t = JSON.parse(rubricCli(['explain', join(corpus, `${SEEDS[1]}.txt`), '--json']).stdout);
    const paths = x.document.sections.map((s: { path: string }) => s.path);
    expect(paths).toContain('一 > （一）');
    expect(paths).toContain('四 > （四）');
    expect(paths).toEqual(t.document.sections.map((s: { path: string }) => s.path));
    const first = x.document.sections.find((s: { path: string }) => s.path === '一 > （一）');
    expect(first.heading).toBe('（一）加强制度建设，提升决策规范化水平');
  });

  it('a report whose numbering starts at 二 (start value) keeps its numbers', () => {
    const x = JSON.parse(rubricCli(['explain', join(corpus, `${SEEDS[0]}.docx-numbered.docx`), '--json']).stdout);
    expect(x.document.sections.map((s: { path: string }) => s.path)).toContain('二 > （七）');
  });

  it('the web page keeps 发布机构 and 成文日期 as hints, not as report text', () => {
    const x = JSON.parse(rubricCli(['explain', join(corpus, `${SEEDS[2]}.web.html`), '--json']).stdout);
    expect(x.document.hints).toEqual({ issuer: '某某县人民政府', date: { year: 2025, month: 1, day: 20 } });
    expect(x.document.title).not.toMatch(/当前位置|首页|政务公开/);
  });
});
