/** Evidence as a person reads it in a spreadsheet cell: outcome, then line, section and a snippet around the match. */
import type { CriterionResult, DeductionResult, Evidence, Outcome, RefusalReason } from '../../engine/types.js';

export type Lang = 'zh' | 'en';

export const OUTCOME: Record<Lang, Record<Outcome, string>> = {
  zh: { met: '达标', partial: '部分', unmet: '未达标' },
  en: { met: 'met', partial: 'partial', unmet: 'unmet' },
};
const REASON: Record<Lang, Record<RefusalReason, string>> = {
  zh: { in_plans: '仅在计划中', in_shortcomings: '在不足部分', in_front: '在前言', in_closing: '在落款', intent: '意向表述', heading: '标题' },
  en: { in_plans: 'plans only', in_shortcomings: 'in shortcomings', in_front: 'in preamble', in_closing: 'in closing', intent: 'intent verb', heading: 'heading' },
};
const SNIPPET = 60;

export function outcomeLabel(c: CriterionResult, lang: Lang): string {
  return OUTCOME[lang][c.outcome] + (c.planned_only ? (lang === 'zh' ? '（仅计划）' : ' (planned only)') : '');
}

export function snippet(e: Evidence): string {
  const t = e.text.replace(/\s+/g, ' ');
  if (t.length <= SNIPPET) return t;
  const key = e.match?.split(/[:+：]/).pop()?.trim();
  const at = key ? Math.max(0, t.indexOf(key)) : 0;
  const start = Math.max(0, Math.min(at - 15, t.length - SNIPPET));
  return (start > 0 ? '…' : '') + t.slice(start, start + SNIPPET) + (start + SNIPPET < t.length ? '…' : '');
}

/** Where the evidence is: the line, or for Word the paragraph, and for PDF the page as well. */
export function locator(e: Evidence, lang: Lang): string {
  if (e.paragraph !== undefined) return lang === 'zh' ? `第${e.paragraph}段` : `para ${e.paragraph}`;
  if (e.page !== undefined) return lang === 'zh' ? `第${e.page}页 L${e.line}` : `p.${e.page} L${e.line}`;
  return `L${e.line}`;
}

export function evidenceLine(e: Evidence & { reason?: RefusalReason }, lang: Lang): string {
  const refused = e.reason ? `[${REASON[lang][e.reason]}] ` : '';
  return `${refused}${locator(e, lang)} ${e.section}：${snippet(e)}`;
}

/** An assessor's decision as a cell shows it: （评分人张三决定；引擎：部分 2.5分；理由：…）. */
export function reviewNote(c: CriterionResult, lang: Lang): string {
  const r = c.review;
  if (!r) return '';
  const engine = `${OUTCOME[lang][r.engine.outcome]} ${r.engine.points}${lang === 'zh' ? '分' : ' pts'}`;
  return lang === 'zh'
    ? `（评分人${r.by ? ` ${r.by}` : ''}决定；引擎：${engine}${r.reason ? `；理由：${r.reason}` : ''}）`
    : ` (decided by ${r.by || 'an assessor'}; engine: ${engine}${r.reason ? `; reason: ${r.reason}` : ''})`;
}

/** A deduction's head in a cell: 错写单位名称 −10, 疑似 −10（未计分，待确认）, 0（评分人驳回；引擎 −10）. Deductions are always negative. */
export function deductionHead(d: DeductionResult, title: string, lang: Lang): string {
  const zh = lang === 'zh';
  const r = d.review;
  if (r?.decision === 'rejected') return zh ? `${title} 0（评分人${r.by ? ` ${r.by}` : ''}驳回；引擎 −${r.engine.points}${r.reason ? `；理由：${r.reason}` : ''}）` : `${title} 0 (rejected by ${r.by || 'an assessor'}; engine −${r.engine.points}${r.reason ? `; reason: ${r.reason}` : ''})`;
  if (r) return zh ? `${title} −${d.points}（评分人${r.by ? ` ${r.by}` : ''}确认${r.engine.status === 'suspected' ? '；引擎：疑似' : r.engine.status === 'none' ? '；引擎未扣' : ''}）` : `${title} −${d.points} (confirmed by ${r.by || 'an assessor'}${r.engine.status === 'none' ? '; engine did not deduct' : ''})`;
  if (d.status === 'suspected' || (d as { suspected?: boolean }).suspected) return zh ? `${title} 疑似 −${d.points}（未计分，待确认）` : `${title} suspected −${d.points} (not counted until confirmed)`;
  return `${title} −${d.points}`;
}

export function criterionCell(c: CriterionResult, lang: Lang): string {
  const head = outcomeLabel(c, lang) + reviewNote(c, lang);
  if (!c.evidence.length) return head;
  return `${head}｜${c.evidence.map((e) => evidenceLine(e, lang)).join('｜')}`;
}
