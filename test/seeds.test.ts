/** The development set: the default rubric against the human gold labels of the five seeds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { CORPUS, defaultScorer } from './helpers.js';

interface Gold { reports: Array<{ file: string; total: number; criteria: Record<string, string>; deductions: string[]; planned_only: string[] }> }
const gold: Gold = JSON.parse(readFileSync(join(CORPUS, 'gold.json'), 'utf8'));
const scored = await Promise.all(gold.reports.map(async (g) => ({ g, r: await defaultScorer().score(parseDocument(readFileSync(join(CORPUS, g.file), 'utf8'), { file: g.file })) })));

describe('agreement with corpus/gold.json', () => {
  it('agrees on at least 110 of the 120 criterion cells', () => {
    let agree = 0, cells = 0;
    for (const { g, r } of scored) for (const [id, o] of Object.entries(g.criteria)) { cells++; if (r.criteria[id]?.outcome === o) agree++; }
    expect(cells).toBe(120);
    expect(agree).toBeGreaterThanOrEqual(110);
  });

  it('finds both gold deductions and no others', () => {
    for (const { g, r } of scored) expect(r.deductions.map((d) => d.id).sort(), g.file).toEqual([...g.deductions].sort());
  });

  it('ranks the five reports in the gold order', () => {
    const byTotal = <T extends { file: string; total: number }>(xs: T[]) => [...xs].sort((a, b) => b.total - a.total || (a.file < b.file ? -1 : 1)).map((x) => x.file);
    expect(byTotal(scored.map(({ g, r }) => ({ file: g.file, total: r.total })))).toEqual(byTotal(gold.reports));
  });

  it('evidence offsets point at the evidence text in the original report', () => {
    for (const { g, r } of scored) {
      const original = readFileSync(join(CORPUS, g.file), 'utf8');
      for (const c of Object.values(r.criteria)) for (const e of c.evidence) {
        // (marks typed half-width beside Chinese are read as the full-width ones: compared with both sides folded alike)
        const marks = (t: string) => t.replace(/[,.;:?!]/g, (c) => '，。；：？！'[',.;:?!'.indexOf(c)]);
        expect(marks(original.slice(e.start, e.end).replace(/\s|\[bookmark: _GoBack\]/g, ''))).toBe(marks(e.text.replace(/\s/g, '')));
      }
    }
  });
});
