/**
 * report.html as an assessor uses it, in headless Chromium: shared ranks and unit names, the
 * distribution and per-criterion shares, criterion meanings on hover and in a legend, flags in words
 * with a legend, a printable score card per report — and the review panel: mark two cells, export
 * review.csv (offline, in the page), score again with it, and the totals change as decided.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const have = existsSync(CHROMIUM);
const jsonl = (dir: string) => readFileSync(join(dir, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe.skipIf(!have)('report.html for assessors (Chromium)', () => {
  let browser: Browser;
  const corpus = tempDir();
  for (const f of ['000_ac34c00328a5d2bd.txt', '001_125f4e7a7042b909.txt', '002_691625496146cc7c.txt']) cpSync(join(CORPUS, f), join(corpus, f));
  // the same report under another name: equal totals, so a shared rank
  cpSync(join(CORPUS, '001_125f4e7a7042b909.txt'), join(corpus, '005_copy.txt'));
  const out = tempDir();
  const run = rubricCli(['score', corpus, '--out', out, '--no-cache', '--no-near-duplicates']);
  const url = pathToFileURL(join(out, 'report.html')).href;
  const open = async (): Promise<Page> => { const p = await browser.newPage({ acceptDownloads: true }); await p.goto(url); return p; };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'] });
  }, 60_000);
  afterAll(async () => { await browser?.close(); });

  it('ranks equal totals together (并列第1) in the page, the CSV and the JSONL, and lists units', async () => {
    expect(run.code, run.stderr).toBe(0);
    const rows = jsonl(out);
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3, 4]);
    expect(rows.slice(0, 2).map((r) => r.file)).toEqual(['001_125f4e7a7042b909.txt', '005_copy.txt']);
    const p = await open();
    const ranks = await p.locator('#ranking-table tbody tr td:nth-child(1)').allInnerTexts();
    expect(ranks).toEqual(['并列第1', '并列第1', '3', '4']);
    const units = await p.locator('#ranking-table tbody tr td:nth-child(2)').allInnerTexts();
    expect(units[0]).toBe('重庆市万州区白土镇人民政府');
    const heatRows = await p.locator('#heat tbody th').allInnerTexts();
    expect(heatRows).toContain('辛集乡人民政府');
    expect(heatRows.some((x) => x.endsWith('.txt'))).toBe(false);
    await p.close();
  });

  it('shows the distribution of totals and per-criterion shares', async () => {
    const p = await open();
    const figures = await p.locator('#dist-figures td').allInnerTexts();
    const totals = jsonl(out).map((r) => r.total).sort((a, b) => a - b);
    expect(Number(figures[0])).toBe(4);
    expect(Number(figures[1])).toBe(totals[0]);
    expect(Number(figures[5])).toBe(totals[3]);
    const counts = (await p.locator('#histogram tr td:last-child').allInnerTexts()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    const adviser = await p.locator('#shares tr[data-criterion="legal_adviser"] td').allInnerTexts();
    const shares = adviser.slice(1, 4).map((x) => parseInt(x, 10));
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(99);
    await p.close();
  });

  it('gives each criterion column its meaning on hover and in a legend, and flags in words with a legend', async () => {
    const p = await open();
    const th = p.locator('#heat th.crit[data-criterion="legal_adviser"]');
    expect(await th.getAttribute('title')).toMatch(/法律顾问（5分）：.{6,}/);
    expect(await p.locator('#criteria-legend + dl dt[data-criterion="legal_adviser"]').count()).toBe(1);
    const flags = await p.locator('#ranking-table .flag').allInnerTexts();
    expect(flags).toContain('转换残留');
    expect(flags.some((f) => /_/.test(f))).toBe(false);
    expect(await p.locator('#flag-legend + dl dt[data-flag="conversion_artifacts"]').innerText()).toContain('转换残留');
    await p.close();
  });

  it('prints a score card: one report per page with every criterion, deductions negative', async () => {
    const p = await open();
    const card = p.locator('article[data-file="002_691625496146cc7c.txt"]');
    expect(await card.locator('table.card tr[data-kind="criterion"]').count()).toBe(24);
    expect(await card.locator('table.card tr[data-id="wrong_unit_name"] td:nth-child(3)').innerText()).toBe('−10');
    await p.emulateMedia({ media: 'print' });
    expect(await card.evaluate((a) => getComputedStyle(a).breakBefore)).toBe('page');
    expect(await p.locator('nav').evaluate((n) => getComputedStyle(n).display)).toBe('none');
    await p.close();
  });

  it('marks two cells, exports review.csv, and a re-score with it changes the totals as decided', async () => {
    const p = await open();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.fill('#reviewer', '赵六');
    const art = p.locator('article[data-file="002_691625496146cc7c.txt"]');
    // reject the deduction
    await art.locator('tr[data-id="wrong_unit_name"] button.mark').click();
    await p.locator('#review-panel input[value="驳回"]').check();
    await p.fill('#review-panel input.reason', '落款单位无误');
    await p.locator('#review-panel button.save').click();
    // change a criterion to met
    const row = art.locator('tr[data-kind="criterion"][data-engine="unmet"]').first();
    const id = (await row.getAttribute('data-id'))!;
    await row.locator('button.mark').click();
    await p.locator('#review-panel input[value="达标"]').check();
    await p.locator('#review-panel button.save').click();
    expect(await p.locator('#review-count').innerText()).toBe('2');
    const [download] = await Promise.all([p.waitForEvent('download'), p.locator('#review-export').click()]);
    expect(download.suggestedFilename()).toBe('review-export.csv');
    const review = join(tempDir(), 'review.csv');
    await download.saveAs(review);
    expect(errors).toEqual([]);
    await p.close();

    const text = readFileSync(review, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe('文件,评分项,引擎结果,决定,理由,评分人,日期,内容指纹,页面原决定,页面原理由');
    const o = tempDir();
    const r = rubricCli(['score', corpus, '--out', o, '--no-cache', '--no-near-duplicates', '--review', review, '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/过期/);
    const before = jsonl(out).find((x) => x.file.startsWith('002'));
    const after = jsonl(o).find((x) => x.file.startsWith('002'));
    const gained = after.criteria[id].points;
    expect(gained).toBeGreaterThan(0);
    expect(after.total).toBe(Math.min(100, before.total + 10 + gained));
    expect(after.criteria[id].review).toMatchObject({ by: '赵六', engine: { outcome: 'unmet' } });
    expect(after.deductions[0].review).toMatchObject({ decision: 'rejected', reason: '落款单位无误' });
  }, 60_000);

  it('a page scored with decisions shows them in the panel; its export holds only what changed on the page', async () => {
    const review = join(tempDir(), 'review.csv');
    writeFileSync(review, '\ufeff文件,评分项,引擎结果,决定,理由,评分人,日期\r\n000_ac34c00328a5d2bd.txt,legal_adviser,,部分,只聘请未履职,钱七,2025-02-01\r\n');
    const o = tempDir();
    rubricCli(['score', corpus, '--out', o, '--no-cache', '--review', review, '--format', 'html']);
    const p = await browser.newPage({ acceptDownloads: true });
    await p.goto(pathToFileURL(join(o, 'report.html')).href);
    expect(await p.locator('#heat td.cell.reviewed').count()).toBe(1);
    const row = p.locator('article[data-file="000_ac34c00328a5d2bd.txt"] tr[data-id="legal_adviser"]');
    expect(await row.locator('.decision').innerText()).toContain('部分（只聘请未履职）');
    expect(await p.locator('#review-count').innerText()).toBe('0');
    const exported = async () => {
      const [download] = await Promise.all([p.waitForEvent('download'), p.locator('#review-export').click()]);
      const saved = join(tempDir(), 'again.csv');
      await download.saveAs(saved);
      return readFileSync(saved, 'utf8').slice(1).trim().split('\r\n');
    };
    expect(await exported()).toHaveLength(1);
    // the assessor changes the reason: that cell, and only it, is exported, as a decision made today
    await row.locator('button.mark').click();
    await p.fill('#review-panel input.reason', '已核实未履职');
    await p.locator('#review-panel button.save').click();
    expect(await p.locator('#review-count').innerText()).toBe('1');
    expect((await exported()).slice(1)).toEqual([expect.stringMatching(/^000_ac34c00328a5d2bd\.txt,legal_adviser,达标 5分,部分,已核实未履职,,\d{4}-\d{2}-\d{2},[0-9a-f]{16},部分,只聘请未履职$/)]);
    await p.close();
  });

  it('merging its export into review.csv (review-template --add) loses no decision: expired ones shown, re-decided or withdrawn; one made in the spreadsheet meanwhile kept', async () => {
    // new user, session 30: replacing review.csv with the page's export had lost decisions
    const out = tempDir();
    const review = join(out, 'review.csv');
    writeFileSync(review, '\ufeff文件,评分项,引擎结果,决定,理由,评分人,日期,内容指纹\r\n'
      + '000_ac34c00328a5d2bd.txt,legal_adviser,,部分,只聘请未履职,钱七,2025-02-01,\r\n'
      + '001_125f4e7a7042b909.txt,legal_adviser,,未达标,合同已到期,孙八,2025-02-02,00000000deadbeef\r\n'
      + '002_691625496146cc7c.txt,wrong_unit_name,,驳回,落款无误,孙八,2025-02-02,00000000deadbeef\r\n'
      + '009_gone.txt,legal_adviser,,达标,另行核实,周九,2025-02-03,1111111111111111\r\n');
    const r = rubricCli(['score', corpus, '--out', out, '--no-cache', '--format', 'html,jsonl']);
    expect(r.stderr).toMatch(/过期/);
    const p = await browser.newPage({ acceptDownloads: true });
    await p.goto(pathToFileURL(join(out, 'report.html')).href);
    expect(await p.locator('#review-bar').innerText()).toContain('3 条决定本页未计入');
    const stale = p.locator('article[data-file="001_125f4e7a7042b909.txt"] tr[data-id="legal_adviser"]');
    expect(await stale.getAttribute('class')).toContain('stale');
    expect(await stale.locator('.decision').innerText()).toContain('未达标（合同已到期）');
    // re-decide the expired cell, clear the other expired decision, decide a new cell
    await stale.locator('button.mark').click();
    await p.locator('#review-panel input[value="达标"]').check();
    await p.locator('#review-panel button.save').click();
    await p.locator('article[data-file="002_691625496146cc7c.txt"] tr[data-id="wrong_unit_name"] button.mark').click();
    await p.locator('#review-panel button.clear').click();
    const fresh = p.locator('article[data-file="002_691625496146cc7c.txt"] tr[data-kind="criterion"][data-engine="unmet"]').first();
    const freshId = (await fresh.getAttribute('data-id'))!;
    await fresh.locator('button.mark').click();
    await p.locator('#review-panel input[value="达标"]').check();
    await p.locator('#review-panel button.save').click();
    expect(await p.locator('#review-count').innerText()).toBe('3');
    const [download] = await Promise.all([p.waitForEvent('download'), p.locator('#review-export').click()]);
    const exportFile = join(tempDir(), 'review-export.csv');
    await download.saveAs(exportFile);
    await p.close();
    const lines = readFileSync(exportFile, 'utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('002_691625496146cc7c.txt,wrong_unit_name,'))).toMatch(/,撤销,/);
    // meanwhile an assessor adds a decision in the spreadsheet (after the page was made)
    writeFileSync(review, readFileSync(review, 'utf8') + '000_ac34c00328a5d2bd.txt,review_litigation,,达标,另见附件,吴十,2025-02-04,\r\n');
    const m = rubricCli(['review-template', corpus, '--out', out, '--add', exportFile, '--no-cache']);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toMatch(/新增 1 条决定，填写 0 条，替换 1 条，撤销 1 条，已一致 0 条。/);
    expect(m.stderr).not.toMatch(/冲突/);
    const merged = readFileSync(review, 'utf8').slice(1).trim().split('\r\n').map((l) => l.split(','));
    const cellOf = (file: string, id: string) => merged.find((x) => x[0] === file && x[1] === id);
    expect(cellOf('000_ac34c00328a5d2bd.txt', 'legal_adviser')!.slice(3, 6)).toEqual(['部分', '只聘请未履职', '钱七']);
    expect(cellOf('000_ac34c00328a5d2bd.txt', 'review_litigation')!.slice(3, 6)).toEqual(['达标', '另见附件', '吴十']);
    expect(cellOf('001_125f4e7a7042b909.txt', 'legal_adviser')![3]).toBe('达标');
    expect(cellOf('001_125f4e7a7042b909.txt', 'legal_adviser')![7]).toMatch(/^[0-9a-f]{16}$/);
    expect(cellOf('001_125f4e7a7042b909.txt', 'legal_adviser')![7]).not.toBe('00000000deadbeef');
    expect(cellOf('002_691625496146cc7c.txt', 'wrong_unit_name')![3]).toBe('');
    expect(cellOf('002_691625496146cc7c.txt', freshId)![3]).toBe('达标');
    // merged rows read like the template's: the criterion's name and its first evidence, the file kept in order by report
    expect(cellOf('002_691625496146cc7c.txt', freshId)![8]).not.toBe('');
    expect(cellOf('002_691625496146cc7c.txt', freshId)!.slice(9).join(',')).toMatch(/\S/);
    const files = merged.slice(1).map((x) => x[0]);
    expect(files).toEqual([...files].sort());
    expect(cellOf('009_gone.txt', 'legal_adviser')!.slice(3, 8)).toEqual(['达标', '另行核实', '周九', '2025-02-03', '1111111111111111']);
    // scored again with the merged file (found in --out): every decision applied, none expired
    const again = rubricCli(['score', corpus, '--out', out, '--no-cache', '--format', 'jsonl']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/过期/);
    const rows = jsonl(out);
    expect(rows.find((x) => x.file.startsWith('001')).criteria.legal_adviser).toMatchObject({ outcome: 'met', review: {} });
    expect(rows.find((x) => x.file.startsWith('002')).deductions[0].review).toBeUndefined();
    expect(rows.find((x) => x.file.startsWith('002')).criteria[freshId]).toMatchObject({ outcome: 'met', review: {} });
    expect(rows.find((x) => x.file.startsWith('000')).criteria.review_litigation).toMatchObject({ outcome: 'met', review: { by: '吴十' } });
  });
});
