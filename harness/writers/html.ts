/**
 * report.html: one self-contained file (no network, no CDN) an assessor can open, review and print:
 * - the ranking (sortable) by unit name, shared ranks shown as 并列第N;
 * - the distribution of totals (figures and a histogram) and per criterion the share of reports
 *   met / partial / unmet;
 * - a criteria × reports heat map (met / partial / unmet / planned_only told apart by colour and by
 *   symbol, so a grey printout still reads); each criterion's meaning on hover and in a legend;
 *   cells an assessor decided are marked, with the engine's outcome in their tooltip;
 * - per report a score card (unit, total, rank, every criterion with its evidence, deductions —
 *   negative — and the assessors' decisions) that prints one report per page, then the full text
 *   with every evidence sentence highlighted, plans and shortcomings shaded;
 * - the review panel: mark a cell (agree, or change to …, with a reason) or confirm/reject a
 *   deduction, and export what was decided or cleared there (review-export.csv), which `rubric review-template
 *   --add` merges into review.csv — in the page, offline.
 * All report text is escaped: nothing from a report is ever markup.
 */
import { categoryOfRow, criterionArithmetic, flatCategories, schemeLines, schemeOfRow, withheldText } from './arithmetic-text.js';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import { OWN_PAGE_GENERATOR } from '../../engine/document/read/own-page.js';
import type { CriterionResult, DeductionResult, DocumentModel, Evidence, Outcome } from '../../engine/types.js';
import { rankLabel, tiesOf } from '../ranking.js';
import { countedDeductions, deductedPoints, isSuspected, pointsByArithmetic, pointsFor } from '../review/apply.js';
import { BASE_HEADER, BASE_REASON_HEADER, HASH_HEADER, REVIEW_HEADERS, WITHDRAW_WORD } from '../review/decision.js';
import { engineLabel } from '../review/write.js';
import { criterionShares, distribution } from './distribution.js';
import { decidedEvidence, deductionHead, evidenceLine, nameIn, OUTCOME, outcomeLabel, reviewNote, type Lang } from './evidence-text.js';
import { FLAGS, flagLabel, isUnranked, unrankedDetail } from './flags.js';
import type { ResultRow } from './xlsx.js';
import { UNIT_KINDS, unitKindLabel } from './unit-kind.js';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const L = {
  zh: { title: '法治政府建设情况报告评分', ranking: '排名', kind: '单位类型（类内排名）', heat: '评分热力图', dist: '总分分布', reports: '各报告评分卡与原文', rank: '排名', file: '文件', unit: '单位', year: '年度', total: '总分', ded: '扣分', suspected: '疑似扣分（待确认）', flags: '标记', error: '未评分', planned: '仅计划', evidence: '证据', noText: '报告较多，原文从略（见 results.jsonl）', legend: '图例', plansShade: '计划部分', shortShade: '不足部分', points: '分', none: '无', ties: '总分相同的单位名次并列（如 1、2、2、4），并列者按文件名先后列出。', criteria: '评分项说明', criterion: '评分项', flagLegend: '标记说明', shares: '各评分项达标情况', reviewedMark: '✎ 评分人已决定（悬停可见引擎原结果）', card: '评分卡', result: '结果', review: '复核', print: '打印本评分卡', min: '最低', q1: '下四分位', median: '中位数', q3: '上四分位', max: '最高', mean: '平均', count: '份', reviewer: '评分人', export: '导出本页改动（review-export.csv）', marked: '本页改动', mark: '复核', agree: '同意引擎结果', changeTo: '改为', confirm: '确认扣分', reject: '驳回扣分', reason: '理由', save: '保存', clear: '清除', cancel: '取消', reviewHelp: '在评分卡中点“复核”作出决定（或清除已有的决定），点“导出本页改动”下载 review-export.csv（只含在本页作出或清除的决定），再运行 npm run -s rubric -- review-template 报告文件夹 --out 输出文件夹 --add 下载的 review-export.csv 并入 review.csv（review.csv 中其余的决定不变），最后 npm run score -- 报告文件夹 --out 输出文件夹 重新评分。', unknownUnit: '（单位不明）', stale: '过期的决定（报告已改动，未计入）：', kept: '另有 {n} 条决定本页未计入（报告已改动、已不在报告文件夹中或未能评分），仍保存在 review.csv 中。' },
  en: { title: 'Rule-of-law report scores', ranking: 'Ranking', kind: 'unit kind (rank in kind)', heat: 'Heat map', dist: 'Distribution of totals', reports: 'Score cards and reports', rank: 'rank', file: 'file', unit: 'unit', year: 'year', total: 'total', ded: 'deductions', suspected: 'suspected (to confirm)', flags: 'flags', error: 'not scored', planned: 'planned only', evidence: 'evidence', noText: 'Too many reports to include full texts (see results.jsonl)', legend: 'Legend', plansShade: 'plans', shortShade: 'shortcomings', points: 'pts', none: 'none', ties: 'Equal totals share a rank (1, 2, 2, 4); equals are listed by file name.', criteria: 'Criteria', criterion: 'criterion', flagLegend: 'Flags', shares: 'Outcomes per criterion', reviewedMark: '✎ decided by an assessor (hover for the engine outcome)', card: 'Score card', result: 'outcome', review: 'review', print: 'Print this score card', min: 'min', q1: 'Q1', median: 'median', q3: 'Q3', max: 'max', mean: 'mean', count: 'reports', reviewer: 'Assessor', export: 'Export changes (review-export.csv)', marked: 'changed here', mark: 'review', agree: 'agree with the engine', changeTo: 'change to', confirm: 'confirm', reject: 'reject', reason: 'reason', save: 'Save', clear: 'Clear', cancel: 'Cancel', reviewHelp: 'Decide cells with "review" in a score card (or clear a decision), download review-export.csv with "Export changes" (only what was decided or cleared on this page), merge it into review.csv with npm run -s rubric -- review-template REPORTS --out OUTPUT --add review-export.csv (the other decisions in review.csv stay), then score again: npm run score -- REPORTS --out OUTPUT.', unknownUnit: '(unit unknown)', stale: 'expired decision (the report changed; not applied): ', kept: '{n} more decisions are not applied on this page (their report changed, is no longer in the corpus, or could not be scored): they stay in review.csv.' },
};
const SYMBOL = { met: '●', partial: '◐', unmet: '○', planned: '◌' };

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222;line-height:1.6}
h1{font-size:22px}h2{font-size:18px;border-bottom:2px solid #333;padding-bottom:4px;margin-top:32px}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #bbb;padding:3px 6px}
th.sortable{cursor:pointer;background:#eee}th.sortable:after{content:" ⇅";color:#888}
.small{font-size:12px;color:#555}
.heat th.crit{writing-mode:vertical-rl;white-space:nowrap;font-weight:normal;font-size:12px;cursor:help}
.heat td{text-align:center;padding:0;position:relative}.heat td a{display:block;width:24px;height:22px;line-height:22px;text-decoration:none;color:inherit}
.heat td.reviewed:after{content:"✎";position:absolute;top:-3px;right:0;font-size:10px;color:#c00}
.met{background:#1b7f3b;color:#fff}.partial{background:#f2b134;color:#000}.unmet{background:#fff;color:#999}
.planned{background:#dce9f7;color:#0b4f9c;outline:2px dashed #0b4f9c;outline-offset:-3px}
.legend span{display:inline-block;padding:0 8px;margin-right:6px;border:1px solid #999}
dl.defs{font-size:13px;columns:2}dl.defs dt{font-weight:bold;break-after:avoid}dl.defs dd{margin:0 0 6px 1em;break-inside:avoid}
.hist td.bar div{background:#4a6fa5;height:12px}.shares td.bar{width:240px}.shares td.bar span{display:inline-block;height:12px}
article{border-top:1px solid #999;margin-top:28px;padding-top:8px}
table.card{width:100%;margin:8px 0}table.card td.ev{font-size:12px;color:#333}table.card td.ev div.withheld{color:#8a4b00;margin-top:2px}table.card tr.reviewed td{background:#fff3c4}table.card tr.stale span.decision{color:#a00}
table.card td.met{background:#e3f1e7;color:#1b5e20}table.card td.partial{background:#fdf0d5;color:#000}table.card td.unmet{background:#fff;color:#777}table.card td.planned{background:#dce9f7;color:#0b4f9c;outline:none}
button.mark{font-size:11px;padding:0 4px;white-space:nowrap}.decision{color:#b00020;font-size:12px}
.text{white-space:pre-wrap;font-size:14px;border:1px solid #ddd;padding:12px;background:#fff}
.k-plans{background:#eef0f3}.k-shortcomings{background:#f7efe6}
mark{background:#fff59d;border-bottom:2px solid #c9a400}mark:target,mark.flash{background:#ffcc80}
.ded{color:#b00020}
#review-bar{position:fixed;right:12px;bottom:12px;background:#fff;border:1px solid #888;padding:6px 10px;font-size:13px;box-shadow:0 1px 4px #0003}
#review-panel{position:fixed;left:50%;top:20%;transform:translateX(-50%);background:#fff;border:2px solid #333;padding:12px 16px;font-size:14px;z-index:10;min-width:320px}
#review-panel label{display:block}
@media print{
  .met{background:#444!important;color:#fff!important}.partial{background:#bbb!important}.planned{background:#fff!important;outline:2px dashed #000}
  nav,#review-bar,#review-panel,button.mark,button.print{display:none!important}mark{background:#ddd;border-bottom:2px solid #000}
  article{break-before:page}table.card tr{break-inside:avoid}
  body.print-one>*:not(#reports){display:none!important}body.print-one #reports>*:not(.printing){display:none!important}
}
`;

const SCRIPT = `
document.querySelectorAll('table.sortable-table').forEach(function(table){
  table.querySelectorAll('th.sortable').forEach(function(th, col){
    th.addEventListener('click', function(){
      var num = th.dataset.type === 'num', asc = th.dataset.dir !== 'asc';
      th.dataset.dir = asc ? 'asc' : 'desc';
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = a.cells[col].dataset.v !== undefined ? a.cells[col].dataset.v : a.cells[col].textContent;
        var y = b.cells[col].dataset.v !== undefined ? b.cells[col].dataset.v : b.cells[col].textContent;
        var r = num ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh');
        return asc ? r : -r;
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
});
document.querySelectorAll('.heat a').forEach(function(a){
  a.addEventListener('click', function(){
    var t = document.getElementById(a.getAttribute('href').slice(1));
    if (t) { t.classList.add('flash'); setTimeout(function(){ t.classList.remove('flash'); }, 1500); }
  });
});
document.querySelectorAll('button.print').forEach(function(b){
  b.addEventListener('click', function(){
    var art = b.closest('article');
    document.body.classList.add('print-one'); art.classList.add('printing');
    window.print();
    document.body.classList.remove('print-one'); art.classList.remove('printing');
  });
});
(function(){
  var T = JSON.parse(document.getElementById('review-text').textContent);
  var marks = {};
  // what was decided or cleared on this page: the export holds these only, merged into review.csv by
  // review-template --add, so a decision typed into review.csv after the page was made is never lost
  // (new user, session 30: replacing review.csv with a whole-page export had lost decisions)
  var dirty = {}, had = {}, exported = true;
  var panel = document.getElementById('review-panel'), current = null;
  var count = document.getElementById('review-count');
  function key(tr){ return tr.closest('article').dataset.file + '\\u0000' + tr.dataset.id; }
  // decisions in the review file this page does not apply (stale, a report gone or not scored): shown on their row
  var kept = {};
  T.kept.forEach(function(k){ kept[k] = T.base[k]; });
  function show(tr){
    var m = marks[key(tr)], k = kept[key(tr)];
    var span = tr.querySelector('.decision');
    span.textContent = m ? (m.word + (m.reason ? '（' + m.reason + '）' : '')) : k ? T.stale + k[0] + (k[1] ? '（' + k[1] + '）' : '') : '';
    tr.classList.toggle('marked', !!m);
    // (a decision cleared here no longer looks decided; one made here does)
    tr.classList.toggle('reviewed', !!m);
    tr.classList.toggle('stale', !m && !!k);
    count.textContent = Object.keys(dirty).length;
  }
  function choices(tr){
    if (tr.dataset.kind === 'deduction') return [[T.confirm, '确认'], [T.reject, '驳回']];
    var list = [[T.agree + '（' + T.label[tr.dataset.engine] + '）', T.outcome[tr.dataset.engine]]];
    var allowed = (tr.dataset.outcomes || 'met partial unmet').split(' ');
    ['met', 'partial', 'unmet'].forEach(function(o){ if (o !== tr.dataset.engine && allowed.indexOf(o) >= 0) list.push([T.changeTo + ' ' + T.label[o], T.outcome[o]]); });
    return list;
  }
  document.querySelectorAll('table.card tr[data-id]').forEach(function(tr){
    if (tr.dataset.decision) marks[key(tr)] = { word: tr.dataset.decision, reason: tr.dataset.reason || '', by: tr.dataset.by || '', date: tr.dataset.date || '' };
    if (tr.dataset.decision || kept[key(tr)]) { had[key(tr)] = true; show(tr); }
    var b = tr.querySelector('button.mark');
    if (b) b.addEventListener('click', function(){ open(tr); });
  });
  function open(tr){
    current = tr;
    var box = panel.querySelector('.choices'); box.innerHTML = '';
    var m = marks[key(tr)];
    choices(tr).forEach(function(c, i){
      var l = document.createElement('label'), r = document.createElement('input');
      r.type = 'radio'; r.name = 'decision'; r.value = c[1]; r.checked = m ? m.word === c[1] : false;
      l.appendChild(r); l.appendChild(document.createTextNode(' ' + c[0])); box.appendChild(l);
    });
    panel.querySelector('.what').textContent = tr.closest('article').dataset.unit + ' · ' + tr.dataset.title + ' — ' + tr.dataset.label;
    panel.querySelector('input.reason').value = m ? m.reason : '';
    panel.hidden = false;
  }
  panel.querySelector('button.save').addEventListener('click', function(){
    var r = panel.querySelector('input[name=decision]:checked');
    if (r) { marks[key(current)] = { word: r.value, reason: panel.querySelector('input.reason').value.trim(), by: '', date: '' }; dirty[key(current)] = true; exported = false; }
    panel.hidden = true; show(current);
  });
  panel.querySelector('button.clear').addEventListener('click', function(){
    if (marks[key(current)] || kept[key(current)]) { dirty[key(current)] = true; exported = false; }
    delete marks[key(current)]; delete kept[key(current)]; panel.hidden = true; show(current);
  });
  // leaving the page with changes not exported loses them: the browser asks first
  window.addEventListener('beforeunload', function(e){ if (!exported) { e.preventDefault(); e.returnValue = ''; } });
  panel.querySelector('button.cancel').addEventListener('click', function(){ panel.hidden = true; });
  function cell(s){ s = String(s == null ? '' : s); if (/^[=+\\-@\\t\\r]/.test(s)) s = "'" + s; return /[",\\r\\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
  document.getElementById('review-export').addEventListener('click', function(){
    var by = document.getElementById('reviewer').value.trim(), today = new Date().toISOString().slice(0, 10);
    var lines = [T.headers.map(cell).join(',')];
    document.querySelectorAll('table.card tr[data-id]').forEach(function(tr){
      var k = key(tr), m = marks[k]; if (!dirty[k]) return;
      var art = tr.closest('article');
      // a decision cleared here: 撤销 withdraws it from review.csv (one never decided needs no row)
      if (!m && !had[k]) return;
      // …with what the cell held in review.csv when the page was made: the merge never lets this page overwrite a later edit
      var was = T.base[k] || ['', ''];
      lines.push([art.dataset.file, tr.dataset.id, tr.dataset.label, m ? m.word : T.withdraw, m ? m.reason : '', (m && m.by) || by, (m && m.date) || today, art.dataset.hash, was[0], was[1]].map(cell).join(','));
    });
    var blob = new Blob(['\\ufeff' + lines.join('\\r\\n') + '\\r\\n'], { type: 'text/csv;charset=utf-8' });
    var a = document.createElement('a'); a.href = URL.createObjectURL(blob); a.download = 'review-export.csv'; exported = true;
    document.body.appendChild(a); a.click(); setTimeout(function(){ URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });
})();
`;

export interface HtmlReport { row: ResultRow; doc: DocumentModel | null; hash?: string | null }

/** The report text with evidence sentences marked and plans/shortcomings shaded; offsets index the original text. */
function renderText(i: number, doc: DocumentModel, row: ResultRow, rubric: CompiledRubric): string {
  const marks = new Map<number, { end: number; criteria: string[] }>();
  /** every id with evidence: each gets an anchor, the cards' 证据 links point at it (new user 42 found links to none) */
  const wanted = new Set<string>();
  const add = (id: string, e: Evidence) => {
    wanted.add(id);
    if (e.kind === 'front' && e.section === '标题') return;
    // (marked at the start of the sentence holding it: a 落款's date or a place's name may start inside one)
    const start = sentenceStartAt(doc, e.start);
    const m = marks.get(start) ?? { end: e.end, criteria: [] };
    if (!m.criteria.includes(id)) m.criteria.push(id);
    m.end = Math.max(m.end, e.end);
    marks.set(start, m);
  };
  for (const c of rubric.criteria) for (const e of row.criteria[c.id]?.evidence ?? []) add(c.id, e);
  // (a suspected deduction's evidence too: its card links to it as a deducted one's does)
  for (const d of [...row.deductions, ...(row.suspected ?? [])]) for (const e of d.evidence) add(d.id, e);
  const anchored = new Set<string>();
  const out: string[] = [];
  let pos = 0;
  const o = doc.original;
  for (const s of doc.sentences) {
    if (s.start < pos) continue;
    out.push(escapeHtml(o.slice(pos, s.start)));
    const kind = doc.sections[s.section].kind;
    const m = marks.get(s.start);
    const end = Math.max(s.end, m?.end ?? 0);
    let inner = escapeHtml(o.slice(s.start, end));
    if (m) {
      const ids = m.criteria.filter((id) => !anchored.has(id));
      ids.forEach((id) => anchored.add(id));
      const anchors = ids.map((id) => `<span id="r${i}-${escapeHtml(id)}"></span>`).join('');
      inner = `${anchors}<mark data-criteria="${escapeHtml(m.criteria.join(' '))}" title="${escapeHtml(m.criteria.join(', '))}">${inner}</mark>`;
    }
    out.push(kind === 'plans' || kind === 'shortcomings' ? `<span class="k-${kind}">${inner}</span>` : inner);
    pos = end;
  }
  out.push(escapeHtml(o.slice(pos)));
  // ids whose only evidence is the title (report_metadata without a dated 落款): anchored at the text's top
  const top = [...wanted].filter((id) => !anchored.has(id)).map((id) => `<span id="r${i}-${escapeHtml(id)}"></span>`).join('');
  return top + out.join('');
}

/** The start of the sentence holding original offset `at` (itself when no sentence holds it). */
function sentenceStartAt(doc: DocumentModel, at: number): number {
  const ss = doc.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= at) lo = mid + 1;
    else if (ss[mid].start > at) hi = mid - 1;
    else return ss[mid].start;
  }
  return at;
}

const cls = (c: CriterionResult | undefined) => (!c ? 'unmet' : c.planned_only ? 'planned' : c.outcome);
const pct = (a: number, n: number) => (n ? `${Math.round((a / n) * 100)}%` : '–');

/**
 * A decision read from the review file: the report's corpus-relative path (the file cell as written when
 * the report is not in the corpus), the 评分项 id, and its 决定 and 理由 cells as written.
 */
export interface ReadDecision { rel: string; id: string; decision: string; reason: string }

/**
 * The page. `decisions`: every decision in the review file the run applied; those the page does not
 * show as applied (stale, on a report gone or not scored) are shown on their row, and clearing one
 * there exports its withdrawal (撤销).
 */
export function htmlReport(rubric: CompiledRubric, reports: HtmlReport[], lang: Lang, decisions: ReadDecision[] = []): string {
  const l = L[lang];
  const name = (c: { id: string; title: string; titleEn?: string }) => nameIn(c, lang);
  const unitOf = (r: ResultRow) => r.unit ?? r.file;
  const titleOf = (id: string) => { const x = [...rubric.criteria, ...rubric.deductions].find((c) => c.id === id); return x ? name(x) : id; };
  const ties = tiesOf(reports.map((x) => x.row));
  const rankText = (r: ResultRow) => rankLabel(r.rank, (ties.get(r.rank ?? -1) ?? 0) > 1, lang);
  // the rank among the unit's kind, shared ranks as 并列 like the overall one; sorting the column groups the kinds, each in rank order
  const kindTies = new Map(UNIT_KINDS.map((k) => [k, tiesOf(reports.filter((x) => x.row.kind === k).map((x) => ({ rank: x.row.kindRank ?? null })))]));
  const kindCell = (r: ResultRow) => {
    if (!r.kind) return '<td data-v="1e9"></td>';
    const rk = r.kindRank ?? null;
    const label = rankLabel(rk, (kindTies.get(r.kind)?.get(rk ?? -1) ?? 0) > 1, lang);
    return `<td data-v="${UNIT_KINDS.indexOf(r.kind) * 1e6 + (rk ?? 999999)}" data-kind="${escapeHtml(r.kind)}">${escapeHtml(unitKindLabel(r.kind, lang))}${label ? ` · ${escapeHtml(label)}` : ''}</td>`;
  };
  // a report that could not be scored says why in its ranking row, not only on its card (nu34 saw a column of 未评分)
  const errorNote = (e: { code: string; message: string }) => `<span class="err" data-code="${escapeHtml(e.code)}">${escapeHtml(e.message)}</span>`;
  const flagSpans = (flags: string[], detail: Record<string, string> = {}) => flags.map((f) => `<span class="flag" data-flag="${escapeHtml(f)}" title="${escapeHtml(FLAGS[lang][f]?.meaning ?? f)}">${escapeHtml(flagLabel(f, lang) + (detail[f] ?? ''))}</span>`).join(' ');
  const gradeOf = (r: ResultRow) => { const g = rubric.scheme ? schemeOfRow(r)?.grade : null; return g ? ` <span class="grade">${escapeHtml(g)}</span>` : ''; };
  // a label's colon as each language writes it (扣分：… beside 扣分: had read as a slip, new user)
  const colon = lang === 'zh' ? '：' : ': ';
  const h: string[] = [];
  h.push(`<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="generator" content="${OWN_PAGE_GENERATOR}"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(l.title)}</title><style>${CSS}</style></head><body>`);
  // the rubric, its version and how many reports (the bare count read as a mystery: say what it counts)
  h.push(`<h1>${escapeHtml(l.title)}</h1><p>${escapeHtml(rubric.name)} ${escapeHtml(rubric.version)} · ${reports.length} ${escapeHtml(l.count)}</p>`);
  h.push(`<nav><a href="#ranking">${l.ranking}</a> · <a href="#distribution">${l.dist}</a> · <a href="#heatmap">${l.heat}</a> · <a href="#reports">${l.reports}</a></nav>`);

  // ranking
  h.push(`<h2 id="ranking">${l.ranking}</h2><p class="small">${escapeHtml(l.ties)}</p><table class="sortable-table" id="ranking-table"><thead><tr>`);
  h.push([[l.rank, 'num'], [l.unit, ''], [l.file, ''], [l.year, 'num'], [l.kind, 'num'], [l.total, 'num'], [l.ded, 'num'], [l.suspected, 'num'], [l.flags, '']].map(([t, ty]) => `<th class="sortable" data-type="${ty}">${escapeHtml(t)}</th>`).join(''));
  h.push('</tr></thead><tbody>');
  // suspected deductions cost no points until confirmed: named here so an assessor sees, from the ranking, which reports to open first
  const dedOf = new Map(rubric.deductions.map((dd) => [dd.id, dd]));
  const suspectedCell = (r: (typeof reports)[number]['row'], i: number) => {
    const sus = r.suspected ?? [];
    // one an assessor decided says so (驳回 · rejected), and no longer counts among those to open first (nu34)
    const open = sus.filter((x) => !x.review).length;
    const name = (x: (typeof sus)[number]) => escapeHtml(lang === 'zh' ? dedOf.get(x.id)?.title ?? x.id : x.id);
    const decided = (x: (typeof sus)[number]) => (x.review!.decision === 'rejected' ? (lang === 'zh' ? '驳回' : 'rejected') : lang === 'zh' ? '确认' : 'confirmed');
    return `<td data-v="${open}">${sus.map((x) => `<a class="suspected${x.review ? ' reviewed' : ''}" href="#report-${i}" data-deduction="${escapeHtml(x.id)}">${name(x)} ${x.review ? `✎${decided(x)}` : `−${dedOf.get(x.id)?.points ?? '?'}?`}</a>`).join(' ')}</td>`;
  };
  reports.forEach(({ row: r }, i) => {
    const ded = deductedPoints(r.deductions);
    h.push(`<tr><td data-v="${r.rank ?? 1e9}">${r.rank === null ? '–' : escapeHtml(rankText(r))}</td><td><a href="#report-${i}">${escapeHtml(r.unit ?? (r.error ? "–" : l.unknownUnit))}</a></td><td class="small">${escapeHtml(r.file)}</td><td>${r.year ?? ''}</td>${kindCell(r)}<td data-v="${r.error ? -1 : r.total}">${r.error ? escapeHtml(l.error) : r.total}${gradeOf(r)}</td><td data-v="${-ded}">${ded ? `−${ded}` : ''}</td>${suspectedCell(r, i)}<td>${r.error ? errorNote(r.error) : flagSpans(r.flags, unrankedDetail(r, lang))}</td></tr>`);
  });
  h.push('</tbody></table>');

  // distribution of totals and outcomes per criterion
  // the ranked reports: another year's kept out of the ranking is not among them (nu39: the page counted 12 where the run said 3)
  const scored = reports.map((x) => x.row).filter((r) => !r.error && !isUnranked(r));
  const d = distribution(scored.map((r) => r.total), rubric.maxTotal);
  h.push(`<h2 id="distribution">${l.dist}</h2>`);
  if (d) {
    h.push(`<table id="dist-figures"><tr>${[l.count, l.min, l.q1, l.median, l.q3, l.max, l.mean].map((x) => `<th>${escapeHtml(x)}</th>`).join('')}</tr><tr>${[d.n, d.min, d.q1, d.median, d.q3, d.max, d.mean].map((x) => `<td>${x}</td>`).join('')}</tr></table>`);
    const top = Math.max(...d.bins.map((b) => b.count));
    h.push(`<table class="hist" id="histogram">${d.bins.map((b) => `<tr><th>${b.from}–${b.to}</th><td class="bar" style="width:300px"><div style="width:${top ? Math.round((b.count / top) * 100) : 0}%"></div></td><td>${b.count}</td></tr>`).join('')}</table>`);
  }
  const shares = criterionShares(rubric, scored);
  h.push(`<h3>${escapeHtml(l.shares)}</h3><table class="shares" id="shares"><thead><tr><th>${escapeHtml(l.criteria)}</th><th>${OUTCOME[lang].met}</th><th>${OUTCOME[lang].partial}</th><th>${OUTCOME[lang].unmet}</th><th></th></tr></thead><tbody>`);
  for (const c of rubric.criteria) {
    const s = shares.get(c.id)!;
    h.push(`<tr data-criterion="${escapeHtml(c.id)}"><td title="${escapeHtml(c.message)}">${escapeHtml(name(c))}</td><td>${pct(s.met, s.n)}</td><td>${pct(s.partial, s.n)}</td><td>${pct(s.unmet, s.n)}</td><td class="bar">${(['met', 'partial', 'unmet'] as const).map((o) => `<span class="${o}" style="width:${s.n ? (s[o] / s.n) * 100 : 0}%"></span>`).join('')}</td></tr>`);
  }
  h.push('</tbody></table>');

  // heat map
  h.push(`<h2 id="heatmap">${l.heat}</h2><p class="legend">${l.legend}${colon}<span class="met">${SYMBOL.met} ${OUTCOME[lang].met}</span><span class="partial">${SYMBOL.partial} ${OUTCOME[lang].partial}</span><span class="unmet">${SYMBOL.unmet} ${OUTCOME[lang].unmet}</span><span class="planned">${SYMBOL.planned} ${l.planned}</span> <span style="border:0">${escapeHtml(l.reviewedMark)}</span></p>`);
  // a scheme's heat map is grouped by category: criteria in category order under a row of category headers
  const leafCats = flatCategories(rubric.scheme?.categories ?? []).filter((c) => c.criteria.length);
  const heatCriteria = leafCats.length ? leafCats.flatMap((c) => c.criteria.map((id) => rubric.criteria.find((x) => x.id === id)!)) : rubric.criteria;
  const catRow = leafCats.length ? `<tr class="cats"><th></th>${leafCats.map((c) => `<th class="cat" colspan="${c.criteria.length}" title="${escapeHtml(c.id)}">${escapeHtml(lang === 'zh' ? c.title : c.id)}${lang === 'zh' ? `（${c.points}${l.points}）` : ` (${c.points} ${l.points})`}</th>`).join('')}</tr>` : '';
  h.push(`<table class="heat" id="heat"><thead>${catRow}<tr><th>${l.unit}</th>${heatCriteria.map((c) => `<th class="crit" data-criterion="${escapeHtml(c.id)}" title="${escapeHtml(`${name(c)}（${c.points}${l.points}）：${c.message}`)}">${escapeHtml(name(c))}</th>`).join('')}</tr></thead><tbody>`);
  reports.forEach(({ row: r }, i) => {
    if (r.error) return;
    h.push(`<tr><th title="${escapeHtml(r.file)}"><a href="#report-${i}">${escapeHtml(unitOf(r))}</a></th>`);
    for (const c of heatCriteria) {
      const res = r.criteria[c.id];
      const k = cls(res);
      const target = res?.evidence.length ? `r${i}-${c.id}` : `r${i}-${c.id}-item`;
      const tip = `${name(c)}: ${k === 'planned' ? l.planned : OUTCOME[lang][k as Outcome]} ${res?.points ?? 0}${l.points}${res ? reviewNote(res, lang) : ''}`;
      h.push(`<td class="cell ${k}${res?.review ? ' reviewed' : ''}" data-report="${i}" data-criterion="${escapeHtml(c.id)}"><a href="#${escapeHtml(target)}" title="${escapeHtml(tip)}">${SYMBOL[k as keyof typeof SYMBOL]}</a></td>`);
    }
    h.push('</tr>');
  });
  h.push('</tbody></table>');

  // legends: criteria, then flags
  h.push(`<h3 id="criteria-legend">${escapeHtml(l.criteria)}</h3><dl class="defs">${rubric.criteria.map((c) => `<dt data-criterion="${escapeHtml(c.id)}">${escapeHtml(name(c))}（${c.points}${l.points}）<span class="small"> ${escapeHtml(c.id)}</span></dt><dd>${escapeHtml(c.message)}</dd>`).join('')}${rubric.deductions.map((x) => `<dt data-criterion="${escapeHtml(x.id)}">${escapeHtml(name(x))}（−${x.points}${l.points}）<span class="small"> ${escapeHtml(x.id)}</span></dt><dd>${escapeHtml(x.message)}</dd>`).join('')}</dl>`);
  h.push(`<h3 id="flag-legend">${escapeHtml(l.flagLegend)}</h3><dl class="defs">${Object.entries(FLAGS[lang]).map(([code, f]) => `<dt data-flag="${escapeHtml(code)}">${escapeHtml(f.label)}<span class="small"> ${escapeHtml(code)}</span></dt><dd>${escapeHtml(f.meaning)}</dd>`).join('')}</dl>`);

  // score cards and texts
  h.push(`<section id="reports"><h2>${l.reports}</h2>`);
  reports.forEach(({ row: r, doc, hash }, i) => {
    h.push(`<article id="report-${i}" data-file="${escapeHtml(r.file)}" data-unit="${escapeHtml(unitOf(r))}" data-hash="${escapeHtml(hash ?? '')}"><h3>${escapeHtml(l.card)}：${escapeHtml(r.unit ?? (r.error ? "–" : l.unknownUnit))} — ${r.error ? escapeHtml(l.error) : `${l.total} ${r.total}${gradeOf(r)}${r.rank !== null ? ` · ${l.rank} ${escapeHtml(rankText(r))}` : ''}`}</h3>`);
    h.push(`<p class="small">${escapeHtml(r.file)}${r.year ? ` · ${l.year} ${r.year}` : ''}${r.flags.length ? ` · ${l.flags}${colon}${flagSpans(r.flags, unrankedDetail(r, lang))}` : ''} <button class="print" type="button">${escapeHtml(l.print)}</button></p>`);
    if (r.error) { h.push(`<p class="ded">${escapeHtml(r.error.code)}: ${escapeHtml(r.error.message)}</p></article>`); return; }
    h.push(`<table class="card"><thead><tr><th>${escapeHtml(l.criterion)}</th><th>${escapeHtml(l.result)}</th><th>${l.points}</th><th>${escapeHtml(l.evidence)}</th><th>${escapeHtml(l.review)}</th></tr></thead><tbody>`);
    for (const c of rubric.criteria) {
      const res = r.criteria[c.id];
      const k = cls(res);
      const link = res?.evidence.length && doc ? ` <a href="#r${i}-${escapeHtml(c.id)}">${l.evidence}</a>` : '';
      // a scheme criterion's sub-items and per-count arithmetic (4次要求，找到2次，扣1分) under its name
      const arithmetic = res ? criterionArithmetic(res, lang) : [];
      const sub = arithmetic.length ? `<ul class="arith">${arithmetic.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>` : '';
      const withheld = res ? withheldText(res, lang) : null;
      const ev = (res?.evidence ?? []).slice(0, 2).map((e) => escapeHtml(evidenceLine(e, lang))).join(' ｜ ') + (withheld ? `<div class="withheld">${escapeHtml(withheld)}</div>` : '');
      const rv = res?.review;
      const engine = res ? (rv ? rv.engine.outcome : res.outcome) : 'unmet';
      const label = res ? engineLabel(rubric, { criteria: { [c.id]: rv ? { ...res, outcome: rv.engine.outcome, points: rv.engine.points, planned_only: rv.engine.planned_only === true } : res }, deductions: [] }, c.id) : '';
      // a partial decision on a criterion scored by sub-items or per count was written as its points: export it so again
      const word = rv && res!.outcome === 'partial' && pointsByArithmetic(c) ? String(res!.points) : rv ? OUTCOME.zh[res!.outcome] : '';
      // the panel offers only outcomes the scheme gives this criterion by a word (no 部分 without a partial level)
      const outcomes = pointsFor(c, 'partial') === null ? ' data-outcomes="met unmet"' : '';
      const decided = rv ? ` data-decision="${escapeHtml(word)}" data-reason="${escapeHtml(rv.reason)}" data-by="${escapeHtml(rv.by)}" data-date="${escapeHtml(rv.date)}"` : '';
      h.push(`<tr id="r${i}-${escapeHtml(c.id)}-item" class="${rv ? 'reviewed' : ''}" data-id="${escapeHtml(c.id)}" data-kind="criterion" data-engine="${engine}" data-title="${escapeHtml(name(c))}" data-label="${escapeHtml(label)}"${outcomes}${decided}><td title="${escapeHtml(c.message)}">${escapeHtml(name(c))}${sub}</td><td class="${k}">${SYMBOL[k as keyof typeof SYMBOL]} ${escapeHtml(res ? outcomeLabel(res, lang) + reviewNote(res, lang) : OUTCOME[lang].unmet)}</td><td>${res?.points ?? 0}/${c.points}</td><td class="ev">${ev}${link}</td><td><button class="mark" type="button">${escapeHtml(l.mark)}</button> <span class="decision"></span></td></tr>`);
    }
    // every deduction of the rubric: those found or suspected to confirm or reject, the others so an assessor can add one
    for (const dd of rubric.deductions) {
      const found = [...r.deductions, ...(r.suspected ?? [])].find((x) => x.id === dd.id);
      const rv = found?.review;
      const head = found ? deductionHead(found, name(dd), lang) : `${name(dd)} ${lang === 'zh' ? '未扣分' : 'not deducted'}`;
      const ev = (found ? decidedEvidence(found) : []).slice(0, 2).map((e) => escapeHtml(evidenceLine(e, lang))).join(' ｜ ');
      const decided = rv ? ` data-decision="${rv.decision === 'confirmed' ? '确认' : '驳回'}" data-reason="${escapeHtml(rv.reason)}" data-by="${escapeHtml(rv.by)}" data-date="${escapeHtml(rv.date)}"` : '';
      const label = found && rv ? (rv.engine.status === 'none' ? '未扣分' : rv.engine.status === 'suspected' ? `疑似扣分 −${dd.points}（待确认）` : `扣分 −${rv.engine.points}`) : engineLabel(rubric, { criteria: {}, deductions: found ? [found] : [] }, dd.id);
      const pts = found && countedDeductions([found]).length ? `−${found.points}` : found && isSuspected(found) ? `(−${dd.points})` : '0';
      h.push(`<tr id="r${i}-${escapeHtml(dd.id)}-item" class="ded-row${rv ? ' reviewed' : ''}" data-id="${escapeHtml(dd.id)}" data-kind="deduction" data-title="${escapeHtml(name(dd))}" data-label="${escapeHtml(label)}"${decided}><td class="ded" title="${escapeHtml(dd.message)}">${escapeHtml(l.ded)}：${escapeHtml(name(dd))}</td><td class="ded">${escapeHtml(head)}</td><td class="ded">${pts}</td><td class="ev">${ev}${found?.evidence.length && doc ? ` <a href="#r${i}-${escapeHtml(dd.id)}">${l.evidence}</a>` : ''}</td><td><button class="mark" type="button">${escapeHtml(l.mark)}</button> <span class="decision"></span></td></tr>`);
    }
    h.push('</tbody></table>');
    const sr = rubric.scheme ? schemeOfRow(r) : undefined;
    if (sr) {
      // subtotals per category, then rescaling, bonuses, penalties, vetoes and the grade
      const cats = flatCategories(rubric.scheme!.categories ?? []).map((c) => `<li>${'　'.repeat(c.depth)}${escapeHtml(c.title)} ${categoryOfRow(sr, c.id)?.points ?? 0}/${categoryOfRow(sr, c.id)?.max ?? c.points}</li>`);
      h.push(`<ul class="scheme">${[...cats, ...schemeLines(sr, lang).map((x) => `<li>${escapeHtml(x)}</li>`)].join('')}</ul>`);
    }
    const allDed = [...r.deductions, ...(r.suspected ?? [])];
    h.push(`<p class="ded">${l.ded}${colon}${allDed.length ? allDed.map((x) => escapeHtml(deductionHead(x, titleOf(x.id), lang))).join('；') : l.none}</p>`);
    h.push(doc ? `<div class="text">${renderText(i, doc, r, rubric)}</div>` : `<p>${l.noText}</p>`);
    h.push('</article>');
  });
  h.push('</section>');

  // the review panel and its texts (JSON in a non-executed script element: data, not code)
  // review.csv's words are Chinese (its headers are); the panel shows the page's language
  const shown = new Set<string>();
  for (const { row } of reports) {
    if (row.error) continue;
    for (const [id, c] of Object.entries(row.criteria)) if (c.review) shown.add(`${row.file}\u0000${id}`);
    for (const d of [...row.deductions, ...(row.suspected ?? [])]) if (d.review) shown.add(`${row.file}\u0000${d.id}`);
  }
  // every decided cell of the review file as it was written (决定, 理由), by report and 评分项; those not applied here are kept
  const base: Record<string, [string, string]> = {};
  for (const d of decisions) base[`${d.rel}\u0000${d.id}`] = [d.decision, d.reason];
  const kept = Object.keys(base).filter((k) => !shown.has(k));
  const texts = { base, headers: [...REVIEW_HEADERS, HASH_HEADER, BASE_HEADER, BASE_REASON_HEADER], outcome: OUTCOME.zh, label: OUTCOME[lang], agree: l.agree, changeTo: l.changeTo, confirm: l.confirm, reject: l.reject, stale: l.stale, withdraw: WITHDRAW_WORD, kept };
  h.push(`<script type="application/json" id="review-text">${JSON.stringify(texts).replace(/</g, '\\u003c')}</script>`);
  h.push(`<div id="review-bar"><span class="small">${escapeHtml(l.reviewHelp)}</span><br>${escapeHtml(l.reviewer)} <input id="reviewer" size="8"> ${escapeHtml(l.marked)} <b id="review-count">0</b> <button id="review-export" type="button">${escapeHtml(l.export)}</button>${kept.length ? `<br><span class="small">${escapeHtml(l.kept.replace('{n}', String(kept.length)))}</span>` : ''}</div>`);
  h.push(`<div id="review-panel" hidden><div class="what"></div><div class="choices"></div><label>${escapeHtml(l.reason)} <input class="reason" size="30"></label><button class="save" type="button">${escapeHtml(l.save)}</button> <button class="clear" type="button">${escapeHtml(l.clear)}</button> <button class="cancel" type="button">${escapeHtml(l.cancel)}</button></div>`);
  h.push(`<script>${SCRIPT}</script></body></html>\n`);
  return h.join('');
}
