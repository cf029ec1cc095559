/**
 * A scheme's arithmetic as a person reads it (explain, the score card, spreadsheet cells):
 * `要求4次，找到2次，扣1分`, sub-items `领导小组 1.5/1.5`, bonuses, penalties, vetoes and the grade.
 * One place renders it in Chinese and English, from the numbers in results.jsonl.
 */
import type { AdjustmentTotal, CriterionResult, GradedArithmetic, Need, SchemeResult } from '../../engine/types.js';
import { conditionLabel, LEVEL_NAME, OPERATOR_SIGN, type Lang } from './evidence-text.js';

const n = (x: number) => String(Math.round(x * 100) / 100);

/** One graded item: a shortfall against a target, or a count times points per unit, with the cap when it bit. */
export function gradedText(g: GradedArithmetic, lang: Lang): string {
  const capped = g.raw > g.cap ? (lang === 'zh' ? `，封顶${n(g.cap)}分` : `, capped at ${n(g.cap)}`) : g.raw < g.floor ? (lang === 'zh' ? `，最低${n(g.floor)}分` : `, floor ${n(g.floor)}`) : '';
  if (g.target !== null) {
    const lost = Math.max(0, g.base - g.points);
    return lang === 'zh'
      ? `${n(g.target)}次要求，找到${n(g.value)}次，${lost > 0 ? `扣${n(lost)}分` : '不扣分'}${capped}（得${n(g.points)}分）`
      : `${n(g.target)} required, ${n(g.value)} found, ${lost > 0 ? `−${n(lost)}` : 'nothing lost'}${capped} (${n(g.points)} points)`;
  }
  const base = g.base ? `${n(g.base)} + ` : '';
  return lang === 'zh'
    ? `找到${n(g.value)}处 × ${n(g.perUnit)}分 = ${base}${n(g.raw - g.base)}分${capped}（计${n(g.points)}分）`
    : `${n(g.value)} found × ${n(g.perUnit)} = ${base}${n(g.raw - g.base)}${capped} (${n(g.points)} points)`;
}

/** A criterion's arithmetic, one line per part; empty for a plain met/partial criterion. */
export function criterionArithmetic(r: CriterionResult, lang: Lang): string[] {
  const a = r.arithmetic;
  if (!a) return [];
  if (!a.applicable) return [lang === 'zh' ? `不适用于本单位（${n(a.max)}分不计，总分折算）` : `not applicable to this unit (${n(a.max)} points left out, total rescaled)`];
  const out: string[] = [];
  if (a.graded) out.push(gradedText(a.graded, lang));
  for (const s of a.subItems ?? []) {
    out.push(`${s.held ? '✓' : '✗'} ${s.title} ${n(s.points)}/${n(s.max)}${s.graded ? `：${gradedText(s.graded, lang)}` : ''}`);
  }
  return out;
}

/**
 * Why points were withheld, as one line: 得「达标」需：聘请法律顾问（≥1，找到0）; null when the
 * result carries no shortfall (met, scored by sub-items, or moved by an assessor).
 */
export function withheldText(r: CriterionResult, lang: Lang): string | null {
  const s = r.shortfall;
  if (!s?.needs.length) return null;
  const zh = lang === 'zh';
  const text = (x: Need, nested: boolean): string => {
    if ('any' in x) { const t = x.any.map((y) => text(y, true)).join(zh ? ' 或 ' : ' or '); return nested ? `〔${t}〕` : t; }
    if ('all' in x) { const t = x.all.map((y) => text(y, true)).join(zh ? ' 且 ' : ' and '); return nested ? `〔${t}〕` : t; }
    if ('not' in x) return zh ? `不得有${text(x.not, true)}` : `not ${text(x.not, true)}`;
    const sign = OPERATOR_SIGN[x.operator] ?? x.operator;
    return zh ? `${conditionLabel(x, lang)}（${sign}${n(x.value)}，找到${n(x.found)}）` : `${conditionLabel(x, lang)} (${sign} ${n(x.value)}, found ${n(x.found)})`;
  };
  const needs = s.needs.map((x) => text(x, false)).join(zh ? '；' : '; ');
  // the counts are of the parts that earn credit: a planned-only cell's plan sentences are not among them (red team 20)
  const plans = r.planned_only ? (zh ? '（计划部分的表述不计）' : ' (what the plans say does not count)') : '';
  return zh ? `得「${LEVEL_NAME.zh[s.level]}」需：${needs}${plans}` : `for ${LEVEL_NAME.en[s.level]}: ${needs}${plans}`;
}

function adjustmentLines(label: string, sign: string, a: AdjustmentTotal | null, lang: Lang): string[] {
  if (!a) return [];
  const items = a.items.map((i) => `  ${sign}${n(i.points)} ${i.title}${i.graded ? `：${gradedText(i.graded, lang)}` : ''}`);
  const capped = a.cap !== null && a.items.reduce((x, i) => x + i.points, 0) > a.cap + 1e-9;
  const head = lang === 'zh'
    ? `${label}：${sign}${n(a.points)}分${capped ? `（封顶${n(a.cap!)}分）` : ''}`
    : `${label}: ${sign}${n(a.points)}${capped ? ` (capped at ${n(a.cap!)})` : ''}`;
  return [head, ...items];
}

/** The scheme's lines: rescaling, bonuses, penalties, vetoes, grade. */
export function schemeLines(s: SchemeResult, lang: Lang): string[] {
  const out: string[] = [];
  if (s.rescale.factor !== 1) {
    out.push(lang === 'zh'
      ? `折算：${n(s.rescale.points)} / ${n(s.rescale.max)} × 100（系数 ${s.rescale.factor}）`
      : `rescaled: ${n(s.rescale.points)} / ${n(s.rescale.max)} × 100 (factor ${s.rescale.factor})`);
  }
  out.push(...adjustmentLines(lang === 'zh' ? '加分' : 'bonus', '+', s.bonus, lang));
  out.push(...adjustmentLines(lang === 'zh' ? '扣分项' : 'penalties', '−', s.penalties, lang));
  for (const v of s.veto ?? []) out.push(lang === 'zh' ? `一票否决：${v.title}` : `veto: ${v.title}`);
  if (s.grade !== null) out.push(lang === 'zh' ? `等次：${s.grade}` : `grade: ${s.grade}`);
  return out;
}

/**
 * A row's scheme results: in memory (`scheme`) or read back from results.jsonl, where they are
 * top-level keys (categories, bonus, penalties, veto, grade, rescale). Undefined for plain rubrics.
 */
export function schemeOfRow(r: object): SchemeResult | undefined {
  const x = r as { scheme?: SchemeResult } & Partial<SchemeResult>;
  if (x.scheme) return x.scheme;
  if (x.rescale === undefined) return undefined;
  return { categories: x.categories ?? null, bonus: x.bonus ?? null, penalties: x.penalties ?? null, veto: x.veto ?? null, grade: x.grade ?? null, rescale: x.rescale };
}

/** Categories flattened in declared order with their depth (一、 then its （一）…): for columns and grouping. */
export function flatCategories(cats: import('../../engine/rubric/types.js').CompiledCategory[], depth = 0, parents: Array<{ id: string; title: string }> = []): Array<{ id: string; title: string; points: number; depth: number; criteria: string[]; parents: Array<{ id: string; title: string }> }> {
  return cats.flatMap((c) => [{ id: c.id, title: c.title, points: c.points, depth, criteria: c.criteria, parents }, ...flatCategories(c.categories, depth + 1, [...parents, { id: c.id, title: c.title }])]);
}

/** A category's subtotal for a row, found at any depth. */
export function categoryOfRow(s: SchemeResult | undefined, id: string): import('../../engine/types.js').CategoryResult | undefined {
  const find = (m: Record<string, import('../../engine/types.js').CategoryResult> | undefined): import('../../engine/types.js').CategoryResult | undefined => {
    if (!m) return undefined;
    if (m[id]) return m[id];
    for (const c of Object.values(m)) { const f = find(c.categories); if (f) return f; }
    return undefined;
  };
  return find(s?.categories ?? undefined);
}
