/**
 * report.html's 证据 links land on an anchor in the report's text (new user 42: the links of three seeds' 标题与落款 cells, of
 * a late 落款 and of a suspected residue went nowhere). Read as text, no browser: every href="#…" names an id on the page.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const deadLinks = (html: string): string[] => {
  const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
  return [...new Set([...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]))].filter((h) => !ids.has(h));
};

describe('report.html evidence links', () => {
  it('every link lands: title-only evidence, a late 落款, a suspected residue (written for this test)', () => {
    const corpus = tempDir();
    for (const f of ['000_ac34c00328a5d2bd.txt', '001_125f4e7a7042b909.txt', '004_3ed92bd71da045e5.txt']) cpSync(join(CORPUS, f), join(corpus, f));
    writeFileSync(join(corpus, 'late.txt'), ['德清县雷甸镇2024年度法治政府建设情况报告', '一、主要举措和成效',
      '坚持把法治建设作为贯穿乾元镇工作的主线，组织干部学法6次。', '二、存在的不足', '力量薄弱，主要原因是人员偏少。',
      '三、2025年工作计划', '继续加强学习。', '雷甸镇人民政府', '2025年4月15日'].join('\n'));
    const out = tempDir();
    const run = rubricCli(['score', '--corpus', corpus, '--out', out, '--format', 'html,jsonl', '--no-cache']);
    expect(run.code).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/href="#r\d+-late_report"/);
    expect(deadLinks(html)).toEqual([]);
  }, 120_000);
});
