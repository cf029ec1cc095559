/** Property tests (fast-check): invariants that must hold for any report, not just the ones we wrote. */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { scoreBytes } from '../engine/scoring/report.js';
import { renderResult } from '../harness/render.js';
import { csvHeader } from '../harness/writers/csv.js';
import type { Outcome } from '../engine/types.js';
import { CORPUS, ROOT, defaultScorer } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const scorer = defaultScorer();
const rubric = scorer.rubric;
const RANK: Record<Outcome, number> = { unmet: 0, partial: 1, met: 2 };

/** Sentences of completed work from our own fixture cases: a bank to build random reports from. */
const BANK = (() => {
  const dir = join(ROOT, 'rubrics', 'default', 'criteria');
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.test.json'))) {
    for (const c of JSON.parse(readFileSync(join(dir, f), 'utf8')).cases) {
      const doc = parseDocument(c.text);
      for (const s of doc.sentences) if (doc.sections[s.section].kind === 'achievements' && !s.isHeading && !s.intent && s.text.length > 8) out.add(s.text);
    }
  }
  return [...out].sort();
})();

const build = (achievements: string[], plans: string[] = ['继续加强法治宣传。']) =>
  ['河西县青石镇人民政府', '关于2024年度法治政府建设情况的报告', '一、主要举措和成效', ...achievements, '二、存在的不足', '基层法治力量薄弱。', '三、下一步工作计划', ...plans, ''].join('\n');

const reportArb = fc.uniqueArray(fc.constantFrom(...BANK), { minLength: 1, maxLength: 14 });
const score = async (text: string) => scoreBytes(scorer, Buffer.from(text, 'utf8'), 'r.txt');

describe('properties', () => {
  it('has a bank of sentences to build reports from', () => expect(BANK.length).toBeGreaterThan(60));

  it('1. scoring never throws on arbitrary Unicode (lone surrogates, NUL, huge lines): a result or a typed error', async () => {
    const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((a) => String.fromCharCode(...a));
    const text = fc.oneof(anyUnits, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 50 }).map((s) => s.repeat(2000)), reportArb.map((xs) => build(xs)));
    await fc.assert(fc.asyncProperty(text, async (t) => {
      expect(() => parseDocument(t)).not.toThrow();
      const r = await scoreBytes(scorer, Buffer.from(t, 'utf8'), 'x.txt');
      if (r.error) expect(typeof r.error.code).toBe('string');
      else expect(Object.keys(r.criteria)).toHaveLength(rubric.criteria.length);
    }), { numRuns: 150 });
  });

  it('2. moving the sentences that earned a criterion into plans never raises it, and marks it planned_only when nothing else supports it', async () => {
    await fc.assert(fc.asyncProperty(reportArb, async (sentences) => {
      const before = await score(build(sentences));
      for (const [id, c] of Object.entries(before.criteria)) {
        const earned = c.evidence.filter((e) => !('reason' in e)).map((e) => e.text);
        if (c.outcome === 'unmet' || !earned.length || !earned.every((t) => sentences.includes(t))) continue;
        const after = await score(build(sentences.filter((s) => !earned.includes(s)), earned));
        const a = after.criteria[id];
        expect(RANK[a.outcome], id).toBeLessThanOrEqual(RANK[c.outcome]);
        if (a.outcome === 'unmet') expect(a.planned_only, id).toBe(true);
      }
      // counterexamples CI found: the inspection earned its half with the rule-of-law work named in the next
      // sentence, which must move with it (it is evidence, as context); a publication moved under 三、下一步工作计划,
      // whose 计划 the document scan's lookbehind read across the line break (no candidate, so no planned_only); a table's row
      // moved without its header (session 42: the header is now the row's context evidence, before it, and moves with it)
    }), { numRuns: 40, examples: [[['组织对各村落实情况开展督导检查两次。', '全年召开党委会专题研究法治建设工作4次。']], [['在县政府门户网站“部门信息”栏目及时发布办事指南等内容。', '乡政府完善了合同审查流程。']], [['社区，受理（件），办结（件），办结率（%）', '食品安全，46，44，38.6', '镇综合行政执法队现有执法人员42人，全年组织集中业务培训四期。']]] });
  });

  it('3. deleting a criterion’s evidence sentence never raises its outcome', async () => {
    await fc.assert(fc.asyncProperty(reportArb, fc.nat(), async (sentences, pick) => {
      const before = await score(build(sentences));
      const ids = Object.keys(before.criteria);
      const id = ids[pick % ids.length];
      const c = before.criteria[id];
      const victim = c.evidence.find((e) => sentences.includes(e.text));
      if (!victim) return;
      const after = await score(build(sentences.filter((s) => s !== victim.text)));
      expect(RANK[after.criteria[id].outcome]).toBeLessThanOrEqual(RANK[c.outcome]);
    }), { numRuns: 80 });
  });

  it('4. the total is the sum of criterion points minus deductions, clamped to 0..100', async () => {
    await fc.assert(fc.asyncProperty(reportArb, fc.boolean(), async (sentences, foreign) => {
      const r = await score(build(foreign ? [...sentences, '坚持把依法行政贯穿柳河乡工作全过程。'] : sentences));
      const sum = Object.values(r.criteria).reduce((a, c) => a + c.points, 0) - r.deductions.reduce((a, d) => a + d.points, 0);
      expect(r.total).toBeCloseTo(Math.min(100, Math.max(0, sum)), 9);
    }), { numRuns: 80 });
  });

  it('5. a report encoded as GB18030 scores identically to its UTF-8 form', async () => {
    await fc.assert(fc.asyncProperty(reportArb, async (sentences) => {
      const text = build(sentences);
      const u = await scoreBytes(scorer, Buffer.from(text, 'utf8'), 'r.txt');
      const g = await scoreBytes(scorer, iconv.encode(text, 'gb18030'), 'r.txt');
      expect({ ...g, encoding: null }).toEqual({ ...u, encoding: null });
      expect(g.encoding).toBe('gb18030');
    }), { numRuns: 40 });
  });

  it('6. every output file is byte-identical for any worker count 1..3, on a corpus of near copies', () => {
    // 16 near copies of each seed (a few lines dropped or repeated): buckets past the all-pairs
    // size, where the pairing used to follow arrival order
    const corpus = tempDir();
    let seed = 7;
    const rand = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt')).sort()) {
      const lines = readFileSync(join(CORPUS, f), 'utf8').split('\n');
      for (let v = 0; v < 16; v++) {
        const copy = lines.flatMap((l) => { const x = rand(); return x < 0.06 ? [] : x > 0.96 ? [l, l] : [l]; });
        writeFileSync(join(corpus, `${f.slice(0, 3)}-v${String(v).padStart(2, '0')}.txt`), copy.join('\n'));
      }
    }
    const FILES = ['ranking.csv', 'results.jsonl', 'ranking.xlsx', 'ranking-superiors.xlsx', 'report.html', 'near-duplicates.csv', 'run.json'];
    const outs = new Map<number, Record<string, string>>();
    const run = (w: number) => {
      if (!outs.has(w)) {
        const out = tempDir();
        const r = rubricCli(['score', '--corpus', corpus, '--out', out, '--workers', String(w), '--no-cache', '--quiet']);
        expect(r.code, r.stderr).toBe(0);
        expect(readdirSync(out).filter((n) => !n.startsWith('.')).sort()).toEqual([...FILES].sort());
        // run.json differs only in its clock times
        // run.json: when the run started and finished, what stat said of each output (inode, times), and whether its reports were
        // old enough for their stat to vouch for them (inputs: a digest or null, up-to-date.ts) are this run's own
        const bytes = (f: string) => (f === 'run.json' ? readFileSync(join(out, f), 'utf8').replace(/"(started|finished)": "[^"]+"/g, '"$1": ""').replace(/"output_stats": \{[^}]*\}/, '"output_stats": {}').replace(/"inputs": ("[0-9a-f]+"|null)/, '"inputs": ""') : readFileSync(join(out, f)).toString('base64'));
        outs.set(w, Object.fromEntries(FILES.map((f) => [f, bytes(f)])));
      }
      return outs.get(w)!;
    };
    fc.assert(fc.property(fc.constantFrom(1, 2, 3), (w) => { expect(run(w)).toEqual(run(1)); }), { numRuns: 6 });
    expect(run(1)['near-duplicates.csv'].length).toBeGreaterThan(1000);
  }, 600_000);

  it('7. no CSV cell starts with a formula character', async () => {
    const formula = fc.constantFrom('=', '+', '-', '@', '\t', '\r');
    const line = fc.tuple(formula, fc.constantFrom(...BANK), fc.string({ maxLength: 12 })).map(([f, s, tail]) => `${f}${tail}${s}`);
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), formula, fc.string({ maxLength: 10 }), async (lines, f, name) => {
      const file = `${f}${name}.txt`;
      const text = `${f}HYPERLINK("x")青石镇人民政府\n关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n${lines.join('\n')}\n`;
      const r = await scoreBytes(scorer, Buffer.from(text, 'utf8'), file);
      const rendered = renderResult(rubric, r, 'zh');
      // the spool splices in the rank, the flags and the rank within the kind (harness/spool.ts)
      const csv = `${csvHeader(rubric, 'zh').join(',')}\r\n1,${rendered.csv[0]},x,${rendered.csv[1]},1\r\n`;
      const rows: string[][] = parse(csv, { relax_quotes: true });
      // (a plain negative number — the 扣分 column — is no formula: it stays a number that sums)
      for (const cell of rows[1]) expect(cell).not.toMatch(/^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r]/);
    }), { numRuns: 100 });
  });
});

describe('CSV records', () => {
  it('csvCells writes exactly what csv-stringify writes, for any cells', async () => {
    const { stringify } = await import('csv-stringify/sync');
    const { csvCells } = await import('../harness/render.js');
    const cell = fc.oneof(fc.string(), fc.constantFrom('', ',', '"', '\n', '\r', '\r\n', '法治，建设', '“引号”', ' a ', '=1', "'x"), fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '法', ' ', '\t') }));
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
      expect(csvCells(cells)).toBe(stringify([cells], { eof: false }));
    }), { numRuns: 2000 });
  });
});
