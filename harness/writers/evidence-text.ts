/** Evidence as a person reads it in a spreadsheet cell: outcome, then line, section and a snippet around the match. */
import type { CellReview, CriterionResult, DeductionResult, Evidence, ForeignReason, Outcome, RefusalReason, SuspicionReason } from '../../engine/types.js';

export type Lang = 'zh' | 'en';

/** A criterion's, deduction's or category's name in the outputs' language: its title, its English title (the id when the rubric gives none). */
export const nameIn = (c: { id: string; title: string; titleEn?: string }, lang: Lang): string => (lang === 'zh' ? c.title : c.titleEn ?? c.id);

export const OUTCOME: Record<Lang, Record<Outcome, string>> = {
  zh: { met: '达标', partial: '部分', unmet: '未达标' },
  en: { met: 'met', partial: 'partial', unmet: 'unmet' },
};
/**
 * An outcome id in `lang` (达标/部分/未达标), and the other ids a line may hold beside them: a criterion one rubric lacks
 * (absent: 无), a deduction's status (deducted/suspected/not_deducted: 扣分/疑似/不扣分). English keeps the ids; an id
 * not known here is shown as it is.
 */
export function outcomeWord(id: string, lang: Lang): string {
  return (OUTCOME[lang] as Record<string, string>)[id] ?? (lang === 'zh' ? OTHER_IDS_ZH[id] : undefined) ?? id;
}
const OTHER_IDS_ZH: Record<string, string> = { absent: '无', deducted: '扣分', suspected: '疑似', not_deducted: '不扣分' };

/** Section kinds as assessors name the parts of a report (explain's section list and condition trees). */
export const SECTION_KIND: Record<Lang, Record<import('../../engine/types.js').SectionKind, string>> = {
  zh: { front: '前言', achievements: '工作成效', first_duty: '第一责任人职责', shortcomings: '问题不足', plans: '下一步计划', closing: '落款' },
  en: { front: 'preamble', achievements: 'achievements', first_duty: 'first-duty', shortcomings: 'shortcomings', plans: 'plans', closing: 'closing' },
};
/** A level's or check's name in a condition tree: 达标/部分 … and the scheme's own outcomes. */
export const LEVEL_NAME: Record<Lang, Record<string, string>> = {
  zh: { met: '达标', partial: '部分', unmet: '未达标', applicable: '适用条件', deduct: '扣分条件', bonus: '加分条件', penalty: '减分条件', veto: '否决条件' },
  en: { met: 'met', partial: 'partial', unmet: 'unmet', applicable: 'applicable', deduct: 'deduct', bonus: 'bonus', penalty: 'penalty', veto: 'veto' },
};
/** A condition's label in the outputs' language: its Chinese title or English name, whichever the language wants and the rubric gives, else the fact's name. */
export const conditionLabel = (c: { fact?: string; name?: string | null; title?: string | null }, lang: Lang): string =>
  (lang === 'zh' ? c.title ?? c.name : c.name ?? c.title) ?? c.fact ?? '';
/**
 * What each fact's value counts, for a Chinese reader of `explain` (the rubric JSON and the English
 * output keep the fact's name, which an author writes): 句数 = 9 ≥ 1 rather than sentences = 9 ≥ 1.
 * The facts are engine/facts/index.ts's; a fact not here is shown by its name.
 */
export const FACT_NAME_ZH: Record<string, string> = {
  sentences: '句数', sections: '章节数', distinct_items: '不同事项数', quantities: '数据个数', metadata: '标题与落款读数',
  local_items: '本地载体数', year_mismatch: '年度不符处', late_closing: '落款逾期天数', foreign_units: '他单位名称处', counted: '次数',
};
/** json-rules-engine's operators as the signs a Chinese reader expects (the rubric JSON keeps the names). */
export const OPERATOR_SIGN: Record<string, string> = { equal: '=', notEqual: '≠', lessThan: '<', lessThanInclusive: '≤', greaterThan: '>', greaterThanInclusive: '≥' };
/** How a condition group combines its children. */
export const COMBINATOR: Record<Lang, Record<'all' | 'any' | 'not', string>> = {
  zh: { all: '全部满足', any: '任一满足', not: '不满足' },
  en: { all: 'all', any: 'any', not: 'not' },
};
const REASON: Record<Lang, Record<RefusalReason, string>> = {
  zh: { in_plans: '仅在计划中', in_shortcomings: '在不足部分', in_front: '在前言', in_closing: '在落款', intent: '意向表述', heading: '标题', negated: '否定或不足表述', handed_down: '上级对他人的要求', others_work: '其他单位的工作', quoted: '引述规定', off_context: '语境不符', not_local: '非本地载体' },
  en: { in_plans: 'plans only', in_shortcomings: 'in shortcomings', in_front: 'in preamble', in_closing: 'in closing', intent: 'intent verb', heading: 'heading', negated: 'negated or a defect', handed_down: 'a requirement handed down', others_work: 'another body\'s work', quoted: 'a rule quoted', off_context: 'not in the required context', not_local: 'not a local item' },
};
const FOREIGN: Record<Lang, Record<ForeignReason, string>> = {
  zh: { other_township: '是另一个乡镇（街道），不是本单位，也不是其上级或下辖单位', other_county: '是另一个县（区），不是本单位，也不是其上级或下辖单位', signed_by_other: '落款署的是另一个单位' },
  en: { other_township: 'another township, neither the unit nor one of its superiors or subordinates', other_county: 'another county or district, neither the unit nor one of its superiors or subordinates', signed_by_other: 'the closing is signed by another unit' },
};
const SUSPICION: Record<Lang, Record<SuspicionReason, string>> = {
  zh: { not_in_gazetteer: '该名称不在区划名录中，仅像地名', weak_context: '上下文不能确定它指本单位', unit_not_located: '本单位未能在区划名录中定位', year_inferred: '报告年度是推断的', date_field: '落款日期是 Word 自动更新的日期域（显示的是文件最后一次打开或保存的日期），不是签发日期', body_year: '正文工作成效中以往年份开头、所在段落未提本年度：可能是沿用上年报告的段落，也可能是交代背景，请核实', recap_year: '前言先以上一年度开头，随后同段才写本年度：可能是对上年的回顾，也可能是沿用上年报告的句子，请核实' },
  en: { not_in_gazetteer: 'the name is not in the gazetteer, it only looks like a place', weak_context: 'the context does not make it stand for the unit', unit_not_located: 'the unit could not be located in the gazetteer', year_inferred: 'the report year is inferred', date_field: 'the 落款 date is a Word field that updates itself (it shows when the file was last opened or saved), not the date signed', body_year: 'a sentence of the year\'s work opens with an earlier year, in a paragraph that never names the report year: a paragraph carried over from last year\'s report, or background — please check', recap_year: 'the preamble opens with the year before and only later in the paragraph speaks of the report year: a recap of last year, or a sentence carried over from last year\'s report — please check' },
};
const SNIPPET = 60;

/** Why a deduction's evidence names another unit, and why it is only suspected: 「水口乡」（浙江省 › …）是另一个乡镇…；疑似：… */
export function placeNote(e: Evidence, lang: Lang): string {
  const parts: string[] = [];
  if (e.place) {
    const p = e.place;
    const where = p.where ? (lang === 'zh' ? `（${p.where}${p.homonyms > 1 ? `，全国同名${p.homonyms}处` : ''}）` : ` (${p.where}${p.homonyms > 1 ? `, ${p.homonyms} places so named` : ''})`) : '';
    const unit = p.unitWhere ? (lang === 'zh' ? `；本单位：${p.unitWhere}` : `; the unit: ${p.unitWhere}`) : '';
    parts.push(lang === 'zh' ? `「${p.name}」${where}${FOREIGN.zh[p.why]}${unit}` : `"${p.name}"${where}: ${FOREIGN.en[p.why]}${unit}`);
  }
  if (e.suspicion) parts.push(lang === 'zh' ? `疑似：${SUSPICION.zh[e.suspicion]}` : `suspected: ${SUSPICION.en[e.suspicion]}`);
  return parts.join(lang === 'zh' ? '；' : '; ');
}

export function outcomeLabel(c: Pick<CriterionResult, 'outcome' | 'planned_only'>, lang: Lang): string {
  return OUTCOME[lang][c.outcome] + (c.planned_only ? (lang === 'zh' ? '（仅计划）' : ' (planned only)') : '');
}

/** The whole quote (the engine keeps up to 400 characters of a sentence, engine/scope.ts), its whitespace run together. */
export function fullQuote(e: Evidence): string {
  return /\s/.test(e.text) ? e.text.replace(/\s+/g, ' ') : e.text;
}

/** ~60 characters of the quote around what matched (a figure kept whole): for a ranking's cells, where a whole sentence per criterion would bury the table. */
export function snippet(e: Evidence): string {
  // evidence quotes normalized text, which rarely holds whitespace: fullQuote tests before building a copy
  const t = fullQuote(e);
  if (t.length <= SNIPPET) return t;
  // the words that earned the cell (公开各类信息 + 发布会: each list's hit; a label's value after its colon): one window holds them all
  // when they fit in it (the last alone had shown 发布会 without 公开各类信息); else two half windows, the first word's and the last's,
  // joined by … (化解各类矛盾纠纷 … 52件: new user 53's cell, its figure cut off when the window opened on the first word alone)
  const spans = (e.match ?? '').split(/\s*\+\s*/).map((k) => k.split(/[:：]/).pop()!.trim()).filter(Boolean)
    .map((k) => keyAt(t, k)).filter((x): x is [number, number] => x !== null);
  const from = spans.length ? Math.min(...spans.map(([a]) => a)) : 0;
  const to = spans.length ? Math.max(...spans.map(([, b]) => b)) : 0;
  if (to - from <= SNIPPET - 15) return windowAt(t, from, SNIPPET);
  const half = SNIPPET / 2;
  const first = windowAt(t, from, half), last = windowAt(t, Math.max(0, to - half + 15), half);
  return first.replace(/…$/, '') + '…' + last.replace(/^…/, '');
}
/** `width` characters of `t` from 15 before `at` (pulled back from the end), never cutting a figure, with … where cut. */
function windowAt(t: string, at: number, width: number): string {
  let start = Math.max(0, Math.min(at - 15, t.length - width));
  let end = start + width;
  // never cut through a figure (办结率10… for 办结率100%): the window widens over the rest of a number and its unit
  while (start > 0 && end - start < width + FIGURE_SLACK && FIGURE_INNER.test(t[start - 1]) && FIGURE_INNER.test(t[start])) start--;
  while (end < t.length && end - start < width + FIGURE_SLACK && (FIGURE_INNER.test(t[end - 1]) || /[余多]/.test(t[end - 1])) && FIGURE_TAIL.test(t[end])) end++;
  return (start > 0 ? '…' : '') + t.slice(start, end) + (end < t.length ? '…' : '');
}
/** Where a matched word stands in the quote, [start, end), or null (a table's figure is named with its header's unit, 12件, while the row says 12). */
function keyAt(t: string, key: string): [number, number] | null {
  const at = t.indexOf(key);
  if (at >= 0) return [at, at + key.length];
  const bare = key.replace(/[^\d.]+$/, '');
  const b = bare ? t.indexOf(bare) : -1;
  return b >= 0 ? [b, b + bare.length] : null;
}
/** How far a snippet may grow to keep a figure whole. */
const FIGURE_SLACK = 12;
/** A character inside a written figure (digits, a decimal point, Chinese numerals). */
const FIGURE_INNER = /[0-9０-９.．零〇一二三四五六七八九十百千万亿两]/;
/** What may follow a figure's last shown character and still be part of it: more of it, a percent sign, 余/多 and a measure word. */
const FIGURE_TAIL = /[0-9０-９.．零〇一二三四五六七八九十百千万亿两%％‰余多件起人名次个项场户元宗例批条份期家所]/;

/** Where the evidence is: the line, or for Word the paragraph, and for PDF the page as well. */
export function locator(e: Evidence, lang: Lang): string {
  if (e.paragraph !== undefined) return lang === 'zh' ? `第${e.paragraph}段` : `para ${e.paragraph}`;
  if (e.page !== undefined) return lang === 'zh' ? `第${e.page}页 L${e.line}` : `p.${e.page} L${e.line}`;
  return `L${e.line}`;
}

/** Why an evidence line earned nothing, or that it is a neighbouring sentence: `[仅在计划中] `; empty otherwise. */
export function refusedMark(e: Evidence & { reason?: RefusalReason }, lang: Lang): string {
  return e.reason ? `[${REASON[lang][e.reason]}] ` : e.context ? (lang === 'zh' ? '[相邻句] ' : '[context] ') : '';
}

export function evidenceLine(e: Evidence & { reason?: RefusalReason }, lang: Lang): string {
  const refused = refusedMark(e, lang);
  const note = e.place || e.suspicion ? ` 〔${placeNote(e, lang)}〕` : '';
  return `${refused}${locator(e, lang)} ${e.section}：${snippet(e)}${note}${countedNote(e, lang)}`;
}

/**
 * What a quoted line gave its cell, after its quote: the quantities it added to a count (〔计入：2名、100%〕), the
 * report year read in it (〔报告年度：2023〕, a deduction quoting the title), or a late 落款's deadline and days
 * (〔期限：2025年4月1日，逾期17天〕); empty for other evidence.
 */
export function countedNote(e: Evidence, lang: Lang): string {
  if (e.reads?.field === 'report_year') return lang === 'zh' ? ` 〔报告年度：${e.reads.value}〕` : ` [report year: ${e.reads.value}]`;
  if (e.reads?.field === 'days_late') {
    const [y, m, d] = e.reads.deadline.split('-').map(Number);
    return lang === 'zh' ? ` 〔期限：${y}年${m}月${d}日，逾期${e.reads.value}天〕` : ` [deadline: ${e.reads.deadline}, ${e.reads.value} days late]`;
  }
  if (!e.counted?.length) return '';
  return lang === 'zh' ? ` 〔计入：${e.counted.join('、')}〕` : ` [counted: ${e.counted.join(', ')}]`;
}

/** The engine's outcome for a cell an assessor decided: 未达标（仅计划）. */
export function engineOutcomeLabel(r: CellReview, lang: Lang): string {
  return outcomeLabel({ outcome: r.engine.outcome, planned_only: r.engine.planned_only === true }, lang);
}

/** What the engine had said of a cell an assessor decided: 未达标（仅计划） 0分. */
export function engineWas(r: CellReview, lang: Lang): string {
  return `${engineOutcomeLabel(r, lang)} ${r.engine.points}${lang === 'zh' ? '分' : ' pts'}`;
}

/** An assessor's decision as a cell shows it: （评分人张三决定；引擎：部分 2.5分；理由：…）. */
export function reviewNote(c: CriterionResult, lang: Lang): string {
  const r = c.review;
  if (!r) return '';
  const engine = engineWas(r, lang);
  return lang === 'zh'
    ? `（评分人${r.by ? ` ${r.by}` : ''}决定；引擎：${engine}${r.reason ? `；理由：${r.reason}` : ''}）`
    : ` (decided by ${r.by || 'an assessor'}; engine: ${engine}${r.reason ? `; reason: ${r.reason}` : ''})`;
}

/** A deduction's head in a cell: 错写单位名称 −10, 疑似（未计分，待确认）, 0（评分人驳回；引擎 −10）. Deductions are always negative. */
export function deductionHead(d: DeductionResult, title: string, lang: Lang): string {
  const zh = lang === 'zh';
  const r = d.review;
  const was = r?.engine.status === 'suspected' ? (zh ? '疑似' : 'suspected') : `−${r?.engine.points}`;
  if (r?.decision === 'rejected') return zh ? `${title} 0（评分人${r.by ? ` ${r.by}` : ''}驳回；引擎 ${was}${r.reason ? `；理由：${r.reason}` : ''}）` : `${title} 0 (rejected by ${r.by || 'an assessor'}; engine ${was}${r.reason ? `; reason: ${r.reason}` : ''})`;
  // (the assessor's reason too, as for a rejection: a deduction the engine never made has no other words — new user 47)
  if (r) return zh ? `${title} −${d.points}（评分人${r.by ? ` ${r.by}` : ''}确认${r.engine.status === 'suspected' ? '；引擎：疑似' : r.engine.status === 'none' ? '；引擎未扣' : ''}${r.reason ? `；理由：${r.reason}` : ''}）` : `${title} −${d.points} (confirmed by ${r.by || 'an assessor'}${r.engine.status === 'none' ? '; engine did not deduct' : ''}${r.reason ? `; reason: ${r.reason}` : ''})`;
  if (d.status === 'suspected' || d.suspected) return zh ? `${title} 疑似（未计分，待确认）` : `${title} suspected (not counted until confirmed)`;
  return `${title} −${d.points}`;
}

/**
 * A deduction as a cell shows it: its head, then its evidence when it has any (错写单位名称 −10：L12 一：…). A deduction an assessor
 * confirmed no longer says why the engine only suspected it (〔疑似：报告年度是推断的〕 beside 评分人确认 read as a contradiction to a
 * superior — new user 47); the place notes stay.
 */
export function deductionCell(d: DeductionResult, title: string, lang: Lang): string {
  const head = deductionHead(d, title, lang);
  if (!d.evidence.length) return head;
  return `${head}${lang === 'zh' ? '：' : ': '}${decidedEvidence(d).map((e) => evidenceLine(e, lang)).join('｜')}`;
}

/** A deduction's evidence as every output shows it: without the engine's doubt once an assessor confirmed it (CSV, workbook, page alike — red team 95). */
export function decidedEvidence(d: DeductionResult): Evidence[] {
  const confirmed = d.review !== undefined && d.review.decision !== 'rejected';
  return confirmed ? d.evidence.map((e) => (e.suspicion ? { ...e, suspicion: undefined } : e)) : d.evidence;
}

export function criterionCell(c: CriterionResult, lang: Lang): string {
  const head = outcomeLabel(c, lang) + reviewNote(c, lang);
  if (!c.evidence.length) return head;
  return `${head}｜${c.evidence.map((e) => evidenceLine(e, lang)).join('｜')}`;
}
