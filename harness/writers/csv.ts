/**
 * ranking.csv's header and rows (Chinese headers by default), every cell passed through the
 * formula-injection guard. Rows are rendered in the workers (harness/render.ts) and assembled in
 * rank order, with a UTF-8 BOM so Excel and WPS open Chinese correctly, by harness/spool.ts.
 */
import type { CompiledRubric } from '../../engine/rubric/types.js';
import type { RankedResult } from '../ranking.js';
import { criterionCell, deductionCell, evidenceLine, nameIn, type Lang } from './evidence-text.js';
import { flagsText } from './flags.js';
import { safeCell } from './safe-cell.js';
import { unitKind, unitKindLabel } from './unit-kind.js';
import { reportMessage } from '../messages.js';
import { deductedPoints } from '../review/apply.js';
import { categoryOfRow, criterionArithmetic, flatCategories, schemeOfRow, withheldText } from './arithmetic-text.js';

/**
 * A scheme's columns after 总分 (only for rubrics that declare one): grade, bonus, penalties, veto,
 * then one subtotal column per category, nested ones after their parent.
 */
export function schemeHeader(rubric: CompiledRubric, lang: Lang): string[] {
  const s = rubric.scheme;
  if (!s) return [];
  const cols = lang === 'zh' ? ['等次', '加分', '扣分项', '一票否决'] : ['grade', 'bonus', 'penalties', 'veto'];
  // a nested category's column names its parents (一、依法履职 › （一）决策): sub-categories of different
  // parents often share a title, and a spreadsheet's filter trims leading spaces
  const label = (c: { id: string; title: string; titleEn?: string }) => nameIn(c, lang);
  for (const c of flatCategories(s.categories ?? [])) cols.push(lang === 'zh' ? `${[...c.parents, c].map(label).join(' › ')}（${c.points}${HEAD.zh.points}）` : `${[...c.parents, c].map(label).join(' › ')} (${c.points} ${HEAD.en.points})`);
  return cols;
}

export function schemeCells(rubric: CompiledRubric, r: object): string[] {
  if (!rubric.scheme) return [];
  const s = schemeOfRow(r);
  const cells = [s?.grade ?? '', s?.bonus ? String(s.bonus.points) : '', s?.penalties ? String(s.penalties.points) : '', (s?.veto ?? []).map((v) => v.title).join('；')];
  for (const c of flatCategories(rubric.scheme.categories ?? [])) { const x = categoryOfRow(s, c.id); cells.push(x ? String(x.points) : ''); }
  return cells;
}

/** Column names shared by ranking.csv and ranking.xlsx. */
export const HEAD: Record<Lang, Record<'rank' | 'file' | 'unit' | 'year' | 'total' | 'evidence' | 'deductions' | 'dedWhy' | 'flags' | 'encoding' | 'error' | 'points' | 'province' | 'city' | 'county' | 'code' | 'suspected' | 'kind' | 'kindRank', string>> = {
  zh: { rank: '排名', file: '文件', unit: '单位', year: '年度', total: '总分', evidence: '证据', deductions: '扣分', dedWhy: '扣分项目', flags: '标记', encoding: '编码', error: '错误', points: '分', province: '省', city: '市', county: '县区', code: '区划代码', suspected: '疑似扣分（待确认，不扣分）', kind: '单位类型', kindRank: '类内排名' },
  en: { rank: 'rank', file: 'file', unit: 'unit', year: 'year', total: 'total', evidence: 'evidence', deductions: 'deductions', dedWhy: 'deducted for', flags: 'flags', encoding: 'encoding', error: 'error', points: 'pts', province: 'province', city: 'city', county: 'county', code: 'division code', suspected: 'suspected deductions (to confirm, no points)', kind: 'unit kind', kindRank: 'rank in kind' },
};

/** The unit's place cells: province, city, county, 行政区划代码 (empty when it could not be located). */
export function divisionCells(r: Pick<RankedResult, 'division'>): string[] {
  const d = r.division;
  return d ? [d.province, d.city ?? '', d.county ?? '', d.code] : ['', '', '', ''];
}

/** A criterion's name as a column shows it: 法律顾问（5分）, legal_adviser (5 pts) — English with English punctuation. */
export const criterionColumn = (c: { id: string; title: string; titleEn?: string; points: number }, lang: Lang) => (lang === 'zh' ? `${c.title}（${c.points}${HEAD.zh.points}）` : `${nameIn(c, lang)} (${c.points} ${HEAD.en.points})`);

export function csvHeader(rubric: CompiledRubric, lang: Lang): string[] {
  const h = HEAD[lang];
  const cols = [h.rank, h.file, h.unit, h.year, h.total, ...schemeHeader(rubric, lang)];
  for (const c of rubric.criteria) cols.push(criterionColumn(c, lang), lang === 'zh' ? `${c.title}·${h.evidence}` : `${nameIn(c, lang)}: ${h.evidence}`);
  // the unit's place after the criteria (existing columns keep their positions), for filtering by county
  // 扣分 is the number taken off (−15, as in ranking.xlsx: it sums and sorts), 扣分项目 which deductions and their evidence (nu37
  // found 扣分 a text the sheet could not add up)
  cols.push(h.province, h.city, h.county, h.code, h.deductions, h.dedWhy, h.suspected, h.flags, h.encoding, h.error);
  // the unit's kind and its rank among units of that kind last (the columns before keep their positions):
  // offices rank townships, county governments and departments as separate groups (harness/writers/unit-kind.ts)
  cols.push(h.kind, h.kindRank);
  return cols;
}

export function csvRow(rubric: CompiledRubric, r: RankedResult, lang: Lang): string[] {
  const row: string[] = [r.rank === null ? '' : String(r.rank), r.file, r.unit ?? '', r.year === null ? '' : String(r.year), r.error ? '' : String(r.total), ...(r.error ? schemeHeader(rubric, lang).map(() => '') : schemeCells(rubric, r))];
  for (const c of rubric.criteria) {
    const res = r.criteria[c.id];
    // a scheme criterion's arithmetic (要求4次，找到2次…) before its evidence; plain criteria have none
    const arithmetic = res ? criterionArithmetic(res, lang).join('；') : '';
    // withheld points close the cell: what the next level up needed and what the report gave
    const withheld = res ? withheldText(res, lang) : null;
    row.push(res ? String(res.points) : '', res ? (arithmetic ? `${arithmetic}｜` : '') + criterionCell(res, lang) + (withheld ? `｜${withheld}` : '') : '');
  }
  const titles = new Map(rubric.deductions.map((d) => [d.id, nameIn(d, lang)]));
  const taken = deductedPoints(r.deductions);
  row.push(
    ...divisionCells(r),
    // 0 when nothing is taken off (a blank had read as "not scored" and summed as nothing — new user 47); blank only for an unscored row
    r.error ? '' : taken ? String(-taken) : '0',
    r.deductions.map((d) => deductionCell(d, titles.get(d.id) ?? d.id, lang)).join('；'),
    (r.suspected ?? []).map((d) => (d.review ? deductionCell(d, titles.get(d.id) ?? d.id, lang) : `${titles.get(d.id) ?? d.id} ${lang === 'zh' ? '疑似' : 'suspected'}：${d.evidence.map((e) => evidenceLine(e, lang)).join('｜')}`)).join('；'),
    flagsText(r.flags, lang),
    r.encoding ?? '',
    r.error ? `${r.error.code}: ${reportMessage(r.file, r.error, lang)}` : '',
    unitKindLabel(unitKind(r.unit, r.division?.code), lang),
    r.kindRank === null || r.kindRank === undefined ? '' : String(r.kindRank),
  );
  return row.map(safeCell);
}
