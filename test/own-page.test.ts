/**
 * An earlier run's score page (report.html) among the reports is an error row (own_output), never
 * a report: copied into the corpus without the run.json that marks an output folder, it was scored
 * at 74 points and ranked 2nd of 7 (a new user, session 28). Pages written before the page named
 * its generator are recognised by their head too.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnReportPage } from '../engine/document/read/own-page.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { CORPUS } from './helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().slice(0, 3);
const rows = (out: string) => readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe('a score page this program wrote, among the reports', () => {
  it('is an own_output error row naming the file; the reports beside it are scored', () => {
    const corpus = tempDir();
    for (const f of SEEDS) cpSync(join(CORPUS, f), join(corpus, f));
    const first = tempDir();
    expect(rubricCli(['score', '--corpus', corpus, '--out', first, '--format', 'csv,jsonl,html']).code).toBe(0);
    // last year's results mailed to the office: the page and the CSV, without run.json
    mkdirSync(join(corpus, '去年结果'));
    cpSync(join(first, 'report.html'), join(corpus, '去年结果', 'report.html'));
    cpSync(join(first, 'ranking.csv'), join(corpus, '去年结果', 'ranking.csv'));
    const out = tempDir();
    const r = rubricCli(['score', '--corpus', corpus, '--out', out, '--format', 'csv,jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('去年结果/report.html');
    const byFile = Object.fromEntries(rows(out).map((x) => [x.file, x]));
    expect(byFile['去年结果/report.html'].error.code).toBe('own_output');
    expect(byFile['去年结果/report.html'].total ?? null).toBeNull();
    for (const f of SEEDS) expect(byFile[f].error ?? null).toBeNull();
    expect(Object.keys(byFile).sort()).toEqual([...SEEDS, '去年结果/report.html'].sort());
  }, 120_000);

  it('is recognised in English, without the generator (pages of earlier versions), and saved with a BOM; other pages are not', () => {
    const out = tempDir();
    expect(rubricCli(['score', '--corpus', CORPUS, '--out', out, '--format', 'html', '--lang', 'en']).code).toBe(0);
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    expect(page).toContain('<meta name="generator" content="fazhi-rubric">');
    expect(isOwnReportPage(Buffer.from(page))).toBe(true);
    const older = page.replace('<meta name="generator" content="fazhi-rubric">', '');
    expect(isOwnReportPage(Buffer.from(older))).toBe(true);
    expect(isOwnReportPage(Buffer.from('\uFEFF' + older))).toBe(true);
    // a government site's page with the same boilerplate head but its own title, and a page that only quotes ours
    expect(isOwnReportPage(Buffer.from(older.replace(/<title>[^<]*<\/title>/, '<title>某县2024年法治政府建设情况报告</title>')))).toBe(false);
    expect(isOwnReportPage(Buffer.from('<html><body><p>见附件</p>' + older + '</body></html>'))).toBe(false);
    expect(isOwnReportPage(Buffer.from('某县人民政府关于2024年度法治政府建设情况的报告'))).toBe(false);
    const corpus = tempDir();
    writeFileSync(join(corpus, 'old-page.html'), older);
    cpSync(join(CORPUS, SEEDS[0]), join(corpus, SEEDS[0]));
    const o2 = tempDir();
    rubricCli(['score', '--corpus', corpus, '--out', o2, '--format', 'jsonl']);
    expect(rows(o2).find((x) => x.file === 'old-page.html').error.code).toBe('own_output');
  }, 120_000);
});
