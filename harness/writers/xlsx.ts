/**
 * ranking.xlsx for superiors (write-excel-file: maintained and small; exceljs is unmaintained and
 * the registry's xlsx is stale with known CVEs). Sheets: 排名 (frozen header, column widths, one
 * column per criterion with its points, totals), 证据 (one row per report × criterion: outcome,
 * points, the whole evidence quote, section, line, planned_only), 评分细则 (the rubric). Every text cell goes
 * through the formula-injection guard. write-excel-file has no autofilter option. The zip entries'
 * timestamps are fixed (fixZipTimes), so identical results give identical bytes.
 */
import writeExcelFile from 'write-excel-file/node';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import type { CriterionResult, DeductionResult, Evidence, ResultDivision } from '../../engine/types.js';
import { countedDeductions, deductedPoints } from '../review/apply.js';
import { countedNote, decidedEvidence, deductionHead, engineOutcomeLabel, engineWas, locator, nameIn, OUTCOME, outcomeLabel, placeNote, refusedMark, fullQuote, type Lang } from './evidence-text.js';
import { FLAGS, flagsText, unrankedDetail } from './flags.js';
import { criterionColumn, divisionCells, HEAD, schemeHeader } from './csv.js';
import { categoryOfRow, criterionArithmetic, flatCategories, schemeLines, schemeOfRow, withheldText } from './arithmetic-text.js';
import { safeCell } from './safe-cell.js';
import { UNIT_KINDS, unitKindLabel, type UnitKind } from './unit-kind.js';
import { centralDirectory } from '../../engine/document/read/zip-guard.js';

export interface ResultRow {
  file: string; unit: string | null; year: number | null; total: number; rank: number | null;
  criteria: Record<string, CriterionResult>; deductions: DeductionResult[]; flags: string[]; error: { code: string; params?: unknown; message: string } | null;
  /** absent in results written before suspected deductions and divisions existed */
  suspected?: DeductionResult[]; division?: ResultDivision | null;
  /** the unit's kind and the rank among its kind (harness/writers/unit-kind.ts); absent in results written before they existed */
  kind?: UnitKind | null; kindRank?: number | null;
}

export type Cell = { value: string | number | null; type?: StringConstructor | NumberConstructor; fontWeight?: 'bold'; wrap?: boolean; backgroundColor?: string } | null;
/** cells an assessor decided: the same pale yellow in every sheet */
const REVIEWED = '#FFE699';
/**
 * write-excel-file deletes U+FFFD from every cell (removeInvalidXmlCharacters, though XML allows it):
 * an evidence quote would lose the marks of its unreadable characters without a trace. The workbook
 * shows them as 〓, the typesetters' mark for a missing character; CSV, JSONL and HTML keep �.
 */
const MISSING_CHAR = '〓';
export const text = (v: string | null | undefined, bold = false): Cell => ({ value: safeCell((v ?? '').replaceAll('\uFFFD', MISSING_CHAR)), type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) });
export const num = (v: number | null | undefined): Cell => (v === null || v === undefined ? null : { value: v, type: Number });

/** The workbook's own column names; the ones it shares with the CSV come from HEAD. */
const EXTRA = {
  zh: { criterion: '评分项', outcome: '结果', score: '得分', planned: '仅计划', section: '章节', line: '行', id: 'id', title: '中文名', max: '分值', message: '说明', kind: '类别', crit: '评分项', deduction: '扣分项', yes: '是', no: '否', reviewed: '人工复核', engine: '引擎原结果', by: '评分人', reason: '理由', flag: '标记', dedWhy: '扣分项目' },
  en: { criterion: 'criterion', outcome: 'outcome', score: 'points', planned: 'planned only', section: 'section', line: 'line', id: 'id', title: 'title', max: 'points', message: 'description', kind: 'kind', crit: 'criterion', deduction: 'deduction', yes: 'yes', no: 'no', reviewed: 'reviewed', engine: 'engine outcome', by: 'assessor', reason: 'reason', flag: 'flag', dedWhy: 'deducted for' },
};

export async function xlsxBuffer(rubric: CompiledRubric, rows: ResultRow[], lang: Lang): Promise<Buffer> {
  const h = { ...HEAD[lang], ...EXTRA[lang] };
  const name = (c: { id: string; title: string; titleEn?: string }) => nameIn(c, lang);

  const cats = flatCategories(rubric.scheme?.categories ?? []);
  const schemeRowCells = (r: ResultRow): Cell[] => {
    if (!rubric.scheme) return [];
    const s = schemeOfRow(r);
    if (!s) return schemeHeader(rubric, lang).map(() => null);
    return [text(s.grade ?? ''), num(s.bonus?.points ?? null), num(s.penalties?.points ?? null), text((s.veto ?? []).map((v) => v.title).join('；')), ...cats.map((c) => num(categoryOfRow(s, c.id)?.points ?? null))];
  };
  const ranking: Cell[][] = [[
    text(h.rank, true), text(h.file, true), text(h.unit, true), text(h.year, true), text(h.total, true),
    // a scheme's grade, bonus, penalties, veto and category subtotals (none for plain rubrics)
    ...schemeHeader(rubric, lang).map((x) => text(x, true)),
    ...rubric.criteria.map((c) => text(criterionColumn(c, lang), true)),
    text(h.province, true), text(h.city, true), text(h.county, true), text(h.code, true),
    text(h.deductions, true), text(h.dedWhy, true), text(h.suspected, true), text(h.flags, true), text(h.reviewed, true), text(h.error, true),
    text(HEAD[lang].kind, true), text(HEAD[lang].kindRank, true),
  ]];
  const titleOf = (id: string) => { const x = [...rubric.criteria, ...rubric.deductions].find((c) => c.id === id); return x ? name(x) : id; };
  // deductions are negative everywhere: they are taken off the total
  const deducted = (r: ResultRow) => deductedPoints(r.deductions);
  for (const r of rows) {
    const ded = deducted(r);
    const decided = [
      ...rubric.criteria.filter((c) => r.criteria[c.id]?.review).map((c) => `${name(c)}：${engineOutcomeLabel(r.criteria[c.id].review!, lang)}→${OUTCOME[lang][r.criteria[c.id].outcome]}（${r.criteria[c.id].review!.by}）`),
      ...r.deductions.filter((d) => d.review).map((d) => deductionHead(d, titleOf(d.id), lang)),
      // a suspicion decided too (驳回 one: nu34 found the 人工复核 column empty and the 疑似扣分 one unchanged after it)
      ...(r.suspected ?? []).filter((d) => d.review).map((d) => deductionHead(d, titleOf(d.id), lang)),
    ];
    ranking.push([
      num(r.rank), text(r.file), text(r.unit), num(r.year), r.error ? null : num(r.total),
      ...schemeRowCells(r),
      ...rubric.criteria.map((c) => { const res = r.criteria[c.id]; const cell = num(res?.points); return cell && res?.review ? { ...cell, backgroundColor: REVIEWED } : cell; }),
      ...divisionCells({ division: r.division ?? null }).map((x) => text(x)),
      // the number sums in a spreadsheet; beside it, which deductions make it (a bare −5 had left a superior asking why, new user)
      r.error ? null : num(ded ? -ded : 0), text(countedDeductions(r.deductions).map((d) => `${titleOf(d.id)} −${d.points}`).join('；')), text((r.suspected ?? []).map((d) => (d.review ? deductionHead(d, titleOf(d.id), lang) : titleOf(d.id))).join('；')), text(flagsText(r.flags, lang, unrankedDetail(r, lang))), text(decided.join('；')), text(r.error ? `${r.error.code}: ${r.error.message}` : ''),
      text(unitKindLabel(r.kind ?? null, lang)), num(r.kindRank),
    ]);
  }

  const evidence: Cell[][] = [[h.rank, h.file, h.criterion, h.outcome, h.score, h.planned, h.evidence, h.section, h.line, h.engine, h.by, h.reason].map((x) => text(x, true))];
  const deductionWas = (rv: DeductionResult['review']) => (!rv || rv.engine.status === 'none' ? '' : rv.engine.status === 'suspected' ? (lang === 'zh' ? '疑似' : 'suspected') : `−${rv.engine.points}`);
  const mark = (cells: Cell[], on: boolean) => (on ? cells.map((x) => (x ? { ...x, backgroundColor: REVIEWED } : x)) : cells);
  // a plan sentence says so even when an assessor credited the cell (仅计划 is then 否)
  // the first quote's place has its own columns (章节, 行); every later one names its line (or paragraph, page) in the cell
  // the whole quote here (the ranking sheet shows ~60 characters of it): an assessor reads a cell's sentence without opening the report
  const quote = (es: Evidence[]) => es.map((e, i) => refusedMark(e, lang) + (i > 0 ? `${locator(e, lang)} ` : '') + fullQuote(e) + (e.place || e.suspicion ? ` 〔${placeNote(e, lang)}〕` : '') + countedNote(e, lang)).join(' ｜ ');
  for (const r of rows) {
    if (r.error) continue;
    for (const c of rubric.criteria) {
      const res = r.criteria[c.id];
      if (!res) continue;
      const first = res.evidence[0];
      const rv = res.review;
      const arithmetic = criterionArithmetic(res, lang).join('；');
      const withheld = withheldText(res, lang);
      const said = [quote(res.evidence), withheld ?? ''].filter(Boolean).join(' ｜ ');
      evidence.push(mark([num(r.rank), text(r.file), text(name(c)), text(outcomeLabel(res, lang)), num(res.points), text(res.planned_only ? h.yes : h.no), text((arithmetic ? `${arithmetic} ｜ ` : '') + said), text(first?.section ?? ''), num(first?.line),
        text(rv ? engineWas(rv, lang) : ''), text(rv?.by), text(rv?.reason)], Boolean(rv)));
    }
    for (const d of r.deductions) {
      const rv = d.review;
      const counted = countedDeductions([d]).length > 0;
      evidence.push(mark([num(r.rank), text(r.file), text(titleOf(d.id)), text(deductionHead(d, h.deductions, lang)), num(counted ? -d.points : 0), text(h.no), text(quote(decidedEvidence(d))), text(d.evidence[0]?.section ?? ''), num(d.evidence[0]?.line),
        text(deductionWas(rv)), text(rv?.by), text(rv?.reason)], Boolean(rv)));
    }
    const sr = schemeOfRow(r);
    // a scheme's bonuses, penalties and vetoes, each with its arithmetic and evidence
    for (const [label, sign, items] of [[lang === 'zh' ? '加分' : 'bonus', 1, sr?.bonus?.items ?? []], [lang === 'zh' ? '扣分项' : 'penalty', -1, sr?.penalties?.items ?? []]] as const) {
      for (const it of items) evidence.push([num(r.rank), text(r.file), text(it.title), text(label), num(sign * it.points), text(h.no), text(quote(it.evidence)), text(it.evidence[0]?.section ?? ''), num(it.evidence[0]?.line), null, null, null]);
    }
    for (const v of sr?.veto ?? []) evidence.push([num(r.rank), text(r.file), text(v.title), text(lang === 'zh' ? '一票否决' : 'veto'), null, text(h.no), text(quote(v.evidence)), text(v.evidence[0]?.section ?? ''), num(v.evidence[0]?.line), null, null, null]);
    if (sr && rubric.scheme) evidence.push([num(r.rank), text(r.file), text(lang === 'zh' ? '合计' : 'total'), text(sr.grade ?? ''), num(r.total), text(h.no), text(schemeLines(sr, lang).join('；')), text(''), null, null, null, null]);
    for (const d of r.suspected ?? []) {
      const rv = d.review;
      evidence.push(mark([num(r.rank), text(r.file), text(titleOf(d.id)), text(rv ? deductionHead(d, h.deductions, lang) : lang === 'zh' ? '疑似（不扣分）' : 'suspected (no points)'), num(0), text(h.no), text(quote(decidedEvidence(d))), text(d.evidence[0]?.section ?? ''), num(d.evidence[0]?.line),
        text(deductionWas(rv)), text(rv?.by), text(rv?.reason)], Boolean(rv)));
    }
  }

  // 分类排名: the ranking again, one group after another (乡镇（街道）, 县（市、区）, … in UNIT_KINDS' order), each by its 类内排名 —
  // the sheet an office sends up when towns and departments are ranked apart (new user 37 built it by hand); reports whose
  // unit was not read close it, unranked within a kind; reports not scored close the sheet under 未能评分, with their error —
  // left out, a town whose file failed vanished from the sheet sent up (new user 45)
  const kindOrder = (r: ResultRow) => (r.kind ? UNIT_KINDS.indexOf(r.kind) : UNIT_KINDS.length);
  const byKind: Cell[][] = [[HEAD[lang].kind, HEAD[lang].kindRank, h.unit, h.file, h.year, h.total, h.deductions, h.rank, h.flags].map((x) => text(x, true))];
  const byFile = (a: ResultRow, b: ResultRow) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const r of rows.filter((x) => !x.error).sort((a, b) => kindOrder(a) - kindOrder(b) || (a.kindRank ?? 1e9) - (b.kindRank ?? 1e9) || byFile(a, b))) {
    const ded = deducted(r);
    byKind.push([text(unitKindLabel(r.kind ?? null, lang)), num(r.kindRank), text(r.unit), text(r.file), num(r.year), num(r.total), r.error ? null : num(ded ? -ded : 0), num(r.rank), text(flagsText(r.flags, lang, unrankedDetail(r, lang)))]);
  }
  for (const r of rows.filter((x) => x.error).sort(byFile)) {
    byKind.push([text(lang === 'zh' ? '未能评分' : 'not scored'), null, text(r.unit), text(r.file), num(r.year), null, null, null, text(`${r.error!.code}: ${r.error!.message}`)]);
  }

  const scheme: Cell[][] = [[h.kind, h.id, h.title, h.max, h.message].map((x) => text(x, true))];
  // which rubric scored the workbook, first: a superior sent only the workbook could not tell an office's copy (a deadline of 3月1日) from
  // the default (new user 48); its fingerprint too, which an edited copy left with the default's id and version does not share (red team 99)
  scheme.push([text(lang === 'zh' ? '细则' : 'rubric'), text(rubric.id), text(rubric.name ?? ''), num(rubric.maxTotal), text(lang === 'zh' ? `版本 ${rubric.version ?? '–'} · 指纹 ${rubric.hash}` : `version ${rubric.version ?? '–'} · fingerprint ${rubric.hash}`)]);
  // (the English sheet gives the English title and keeps the Chinese one beside it: the message is Chinese)
  const titled = (c: { id: string; title: string; titleEn?: string }) => (lang === 'zh' ? c.title : `${nameIn(c, lang)} · ${c.title}`);
  for (const c of rubric.criteria) scheme.push([text(h.crit), text(c.id), text(titled(c)), num(c.points), text(c.message)]);
  for (const d of rubric.deductions) scheme.push([text(h.deduction), text(d.id), text(titled(d)), num(-d.points), text(d.message)]);
  for (const c of cats) scheme.push([text(lang === 'zh' ? '类别' : 'category'), text(c.id), text(`${'  '.repeat(c.depth)}${c.title}`), num(c.points), text('')]);
  for (const b of rubric.scheme?.bonuses ?? []) scheme.push([text(lang === 'zh' ? '加分项' : 'bonus'), text(b.id), text(b.title), num(b.points), text(b.message ?? '')]);
  for (const p of rubric.scheme?.penalties ?? []) scheme.push([text(lang === 'zh' ? '扣分项' : 'penalty'), text(p.id), text(p.title), num(-p.points), text(p.message ?? '')]);
  for (const v of rubric.scheme?.veto ?? []) scheme.push([text(lang === 'zh' ? '一票否决' : 'veto'), text(v.id), text(v.title), null, text(v.message)]);
  for (const g of rubric.scheme?.grades ?? []) scheme.push([text(lang === 'zh' ? '等次' : 'grade'), text(g.name), text(`≥ ${g.min}`), num(g.min), text('')]);
  // the 标记 column's legend
  for (const [code, f] of Object.entries(FLAGS[lang])) scheme.push([text(h.flag), text(code), text(f.label), null, text(f.meaning)]);

  const sheetNames = lang === 'zh' ? ['排名', '分类排名', '证据', '评分细则'] : ['ranking', 'by kind', 'evidence', 'rubric'];
  const out = writeExcelFile([
    { data: ranking as never, sheet: sheetNames[0], stickyRowsCount: 1, stickyColumnsCount: 2, columns: [{ width: 6 }, { width: 28 }, { width: 24 }, { width: 6 }, { width: 7 }, ...schemeHeader(rubric, lang).map(() => ({ width: 10 })), ...rubric.criteria.map(() => ({ width: 9 })), { width: 10 }, { width: 10 }, { width: 10 }, { width: 11 }, { width: 7 }, { width: 16 }, { width: 24 }, { width: 30 }, { width: 30 }, { width: 12 }, { width: 8 }] },
    { data: byKind as never, sheet: sheetNames[1], stickyRowsCount: 1, columns: [{ width: 12 }, { width: 8 }, { width: 28 }, { width: 28 }, { width: 6 }, { width: 7 }, { width: 7 }, { width: 6 }, { width: 24 }] },
    { data: evidence as never, sheet: sheetNames[2], stickyRowsCount: 1, columns: [{ width: 6 }, { width: 28 }, { width: 18 }, { width: 12 }, { width: 6 }, { width: 7 }, { width: 80 }, { width: 16 }, { width: 6 }, { width: 12 }, { width: 10 }, { width: 30 }] },
    { data: scheme as never, sheet: sheetNames[3], stickyRowsCount: 1, columns: [{ width: 8 }, { width: 26 }, { width: 22 }, { width: 6 }, { width: 90 }] },
  ] as never, { fontFamily: 'Microsoft YaHei' } as never) as unknown as { toBuffer(): Promise<Buffer> };
  return fixZipTimes(await out.toBuffer());
}

/**
 * Set every entry's DOS modification time (local header and central directory) to 1980-01-01
 * 00:00, the zip epoch: the writer stamps the wall clock, which made two runs on the same results
 * differ. The fields are outside the CRC, so the archive stays valid.
 */
export function fixZipTimes(buf: Buffer): Buffer {
  const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
  for (const e of centralDirectory(buf)) {
    buf.writeUInt16LE(0, e.cdOffset + 12);
    buf.writeUInt16LE(DOS_DATE_1980_01_01, e.cdOffset + 14);
    buf.writeUInt16LE(0, e.localOffset + 10);
    buf.writeUInt16LE(DOS_DATE_1980_01_01, e.localOffset + 12);
  }
  return buf;
}
