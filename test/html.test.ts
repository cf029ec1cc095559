/** report.html in real headless Chromium (Debian's chromium, driven by playwright-core). */
import { cpSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, seedText } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const have = existsSync(CHROMIUM);
if (!have) console.warn(`report.html browser tests skipped: ${CHROMIUM} not found (.ci/run installs Debian's chromium)`);

describe.skipIf(!have)('report.html in Chromium', () => {
  let browser: Browser;
  const corpus = tempDir();
  for (const f of ['000_ac34c00328a5d2bd.txt', '001_125f4e7a7042b909.txt', '002_691625496146cc7c.txt']) cpSync(join(CORPUS, f), join(corpus, f));
  const hostile = seedText('004_3ed92bd71da045e5.txt').replace('一是强化领导责任。', '一是强化领导责任<script>alert("x")</script>"><img src=x onerror="alert(1)">。');
  writeFileSync(join(corpus, 'xss.txt'), hostile);
  const out = tempDir();
  const run = rubricCli(['score', '--corpus', corpus, '--out', out]);
  const url = pathToFileURL(join(out, 'report.html')).href;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => { await browser?.close(); });

  it('loads with no console errors, makes no network request, and runs nothing from a report', async () => {
    expect(run.code, run.stderr).toBe(0);
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    let dialogs = 0;
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    await page.goto(url);
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toBe(0);
    const shown = await page.locator('article .text').allInnerTexts();
    expect(shown.some((t) => t.includes('<script>alert("x")</script>') && t.includes('onerror="alert(1)"'))).toBe(true);
    expect(await page.locator('article script').count()).toBe(0);
    await page.close();
  });

  it('has one heat-map cell per report × criterion', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.locator('#heat td.cell').count()).toBe(4 * 24);
    expect(await page.locator('#heat td.cell.planned').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('clicking a cell scrolls to its evidence', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    const cell = page.locator('#heat td.cell.met a').first();
    const target = (await cell.getAttribute('href'))!.slice(1);
    await cell.click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const box = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target);
    expect(box).toBeGreaterThanOrEqual(-5);
    expect(box).toBeLessThan(800);
    expect(await page.evaluate((id) => document.getElementById(id)!.nextElementSibling?.tagName ?? document.getElementById(id)!.tagName, target)).toMatch(/MARK|SPAN|LI|TR/);
    await page.close();
  });

  it('sorts the ranking by a column when its header is clicked', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const files = () => page.locator('#ranking-table tbody tr td:nth-child(2)').allInnerTexts();
    const before = await files();
    await page.locator('#ranking-table th').nth(1).click();
    const sorted = await files();
    expect(sorted).toEqual([...before].sort((a, b) => a.localeCompare(b, 'zh')));
    await page.close();
  });

  it('produces a screenshot (in a temp folder: tests never write into the assessors\' reports-out/)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const shot = join(tempDir(), 'report-html.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });
});
