/**
 * ranking-superiors.xlsx: the copy an office sends up (new users 53 and 54 each cut ranking.xlsx down by hand before sending it). The
 * same ranking and its numbers as ranking.xlsx, with nothing of the office's own work: no file names, no 标记 (conversion residue,
 * near-duplicates), no 疑似扣分 still to decide, no 人工复核 notes, no error codes, no 证据 sheet. Sheets: 排名 (rank, unit, year, total,
 * one column per criterion, where the unit is, 扣分 as a number and what it was for, kind and rank within it), 分类排名 (the kinds one
 * after another) and 评分细则 (which rubric scored it, and each criterion's points). A report that could not be scored stays in both
 * sheets, 未能评分 where its rank would be, named by its unit when it was read, else by its file name said to be one (（未读出单位）
 * 文件 x.pdf — new user 55 took a bare file name for a unit): left out, a town would vanish from the list sent up (new user 45). 评分细则
 * names each item by its title only (no internal ids) and says how many of the assessors' decisions the numbers carry (new user 55: nothing
 * said the scores were reviewed). Deterministic bytes, as ranking.xlsx (fixZipTimes).
 */
import { basename } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import { countedDeductions, deductedPoints } from '../review/apply.js';
import { nameIn, type Lang } from './evidence-text.js';
import { criterionColumn, divisionCells, HEAD } from './csv.js';
import { UNIT_KINDS, unitKindLabel } from './unit-kind.js';
import { fixZipTimes, num, text, type Cell, type ResultRow } from './xlsx.js';

const WORDS = {
  zh: { notScored: '未能评分', dedWhy: '扣分项目', rubric: '细则', version: '版本', crit: '评分项', deduction: '扣分项', title: '名称', points: '分值', sheets: ['排名', '分类排名', '评分细则'], unread: (f: string) => `（未读出单位）文件 ${f}`, reviewed: '评分人复核', decisions: (n: number) => n ? `本表的分数已计入评分人对 ${n} 处的决定` : '未计入评分人的决定（引擎结果）' },
  en: { notScored: 'not scored', dedWhy: 'deducted for', rubric: 'rubric', version: 'version', crit: 'criterion', deduction: 'deduction', title: 'title', points: 'points', sheets: ['ranking', 'by kind', 'rubric'], unread: (f: string) => `(unit not read) file ${f}`, reviewed: 'assessors\' review', decisions: (n: number) => n ? `the points carry the assessors' decisions on ${n} cells` : 'no assessors\' decisions applied (the engine\'s results)' },
};

/** The workbook's bytes for `rows` (results.jsonl's rows, ranked). */
export async function superiorsXlsxBuffer(rubric: CompiledRubric, rows: ResultRow[], lang: Lang): Promise<Buffer> {
  const h = HEAD[lang];
  const w = WORDS[lang];
  const titleOf = (id: string) => { const x = [...rubric.criteria, ...rubric.deductions].find((c) => c.id === id); return x ? nameIn(x, lang) : id; };
  const who = (r: ResultRow) => r.unit ?? (r.error ? w.unread(basename(r.file)) : r.file);
  const scored = rows.filter((r) => !r.error);
  const failed = rows.filter((r) => r.error).sort((a, b) => (who(a) < who(b) ? -1 : who(a) > who(b) ? 1 : 0));

  const ranking: Cell[][] = [[
    text(h.rank, true), text(h.unit, true), text(h.year, true), text(h.total, true),
    ...rubric.criteria.map((c) => text(criterionColumn(c, lang), true)),
    text(h.province, true), text(h.city, true), text(h.county, true),
    text(h.deductions, true), text(w.dedWhy, true), text(h.kind, true), text(h.kindRank, true),
  ]];
  const byRank = (a: ResultRow, b: ResultRow) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || (who(a) < who(b) ? -1 : who(a) > who(b) ? 1 : 0);
  for (const r of [...scored].sort(byRank)) {
    const ded = deductedPoints(r.deductions);
    const place = divisionCells({ division: r.division ?? null });
    ranking.push([
      num(r.rank), text(who(r)), num(r.year), num(r.total),
      ...rubric.criteria.map((c) => num(r.criteria[c.id]?.points)),
      text(place[0]), text(place[1]), text(place[2]),
      num(ded ? -ded : 0), text(countedDeductions(r.deductions).map((d) => `${titleOf(d.id)} −${d.points}`).join('；')),
      text(unitKindLabel(r.kind ?? null, lang)), num(r.kindRank),
    ]);
  }
  for (const r of failed) ranking.push([text(w.notScored), text(who(r)), num(r.year), null, ...rubric.criteria.map(() => null), null, null, null, null, null, null, null]);

  const kindOrder = (r: ResultRow) => (r.kind ? UNIT_KINDS.indexOf(r.kind) : UNIT_KINDS.length);
  const byKind: Cell[][] = [[h.kind, h.kindRank, h.unit, h.year, h.total, h.deductions, h.rank].map((x) => text(x, true))];
  for (const r of [...scored].sort((a, b) => kindOrder(a) - kindOrder(b) || (a.kindRank ?? 1e9) - (b.kindRank ?? 1e9) || byRank(a, b))) {
    const ded = deductedPoints(r.deductions);
    byKind.push([text(unitKindLabel(r.kind ?? null, lang)), num(r.kindRank), text(who(r)), num(r.year), num(r.total), num(ded ? -ded : 0), num(r.rank)]);
  }
  for (const r of failed) byKind.push([text(w.notScored), null, text(who(r)), num(r.year), null, null, null]);

  const scheme: Cell[][] = [[w.crit, w.title, w.points].map((x) => text(x, true))];
  scheme.push([text(w.rubric), text(`${rubric.name ?? ''} · ${w.version} ${rubric.version ?? '–'}`), num(rubric.maxTotal)]);
  // (the decisions counted in the rows themselves: a cell or a deduction an assessor decided carries its review)
  const decided = scored.reduce((n, r) => n + Object.values(r.criteria).filter((c) => c?.review).length + [...r.deductions, ...(r.suspected ?? [])].filter((d) => d.review).length, 0);
  scheme.push([text(w.reviewed), text(w.decisions(decided)), null]);
  for (const c of rubric.criteria) scheme.push([text(w.crit), text(nameIn(c, lang)), num(c.points)]);
  for (const d of rubric.deductions) scheme.push([text(w.deduction), text(nameIn(d, lang)), num(-d.points)]);

  const out = writeExcelFile([
    { data: ranking as never, sheet: w.sheets[0], stickyRowsCount: 1, stickyColumnsCount: 2, columns: [{ width: 6 }, { width: 28 }, { width: 6 }, { width: 7 }, ...rubric.criteria.map(() => ({ width: 9 })), { width: 10 }, { width: 10 }, { width: 10 }, { width: 7 }, { width: 24 }, { width: 12 }, { width: 8 }] },
    { data: byKind as never, sheet: w.sheets[1], stickyRowsCount: 1, columns: [{ width: 12 }, { width: 8 }, { width: 28 }, { width: 6 }, { width: 7 }, { width: 7 }, { width: 6 }] },
    { data: scheme as never, sheet: w.sheets[2], stickyRowsCount: 1, columns: [{ width: 10 }, { width: 48 }, { width: 6 }] },
  ] as never, { fontFamily: 'Microsoft YaHei' } as never) as unknown as { toBuffer(): Promise<Buffer> };
  return fixZipTimes(await out.toBuffer());
}
