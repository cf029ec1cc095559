/**
 * report.html: one self-contained file (no network, no CDN) an assessor can open or print: the
 * ranking (sortable), a criteria × reports heat map (met / partial / unmet / planned_only told apart
 * by colour and by symbol, so a grey printout still reads), and each report's full text with every
 * evidence sentence highlighted and linked from the criterion that used it, plans and shortcomings
 * shaded, deductions shown. All report text is escaped: nothing from a report is ever markup.
 */
import { categoryOfRow, criterionArithmetic, flatCategories, schemeLines, schemeOfRow } from './arithmetic-text.js';
import type { CompiledRubric } from '../../engine/rubric/types.js';
import type { DocumentModel, Evidence, Outcome } from '../../engine/types.js';
import { OUTCOME, type Lang } from './evidence-text.js';
import type { ResultRow } from './xlsx.js';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const L = {
  zh: { title: '法治政府建设情况报告评分', ranking: '排名', heat: '评分热力图', reports: '各报告原文与证据', rank: '排名', file: '文件', unit: '单位', year: '年度', total: '总分', ded: '扣分', flags: '标记', error: '未评分', planned: '仅计划', evidence: '证据', noText: '报告较多，原文从略（见 results.jsonl）', legend: '图例', plansShade: '计划部分', shortShade: '不足部分', points: '分', none: '无' },
  en: { title: 'Rule-of-law report scores', ranking: 'Ranking', heat: 'Heat map', reports: 'Reports with evidence', rank: 'rank', file: 'file', unit: 'unit', year: 'year', total: 'total', ded: 'deductions', flags: 'flags', error: 'not scored', planned: 'planned only', evidence: 'evidence', noText: 'Too many reports to include full texts (see results.jsonl)', legend: 'Legend', plansShade: 'plans', shortShade: 'shortcomings', points: 'pts', none: 'none' },
};
const SYMBOL = { met: '●', partial: '◐', unmet: '○', planned: '◌' };

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222;line-height:1.6}
h1{font-size:22px}h2{font-size:18px;border-bottom:2px solid #333;padding-bottom:4px;margin-top:32px}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #bbb;padding:3px 6px}
th.sortable{cursor:pointer;background:#eee}th.sortable:after{content:" ⇅";color:#888}
.heat th.crit{writing-mode:vertical-rl;white-space:nowrap;font-weight:normal;font-size:12px}
.heat td{text-align:center;padding:0}.heat td a{display:block;width:24px;height:22px;line-height:22px;text-decoration:none;color:inherit}
.met{background:#1b7f3b;color:#fff}.partial{background:#f2b134;color:#000}.unmet{background:#fff;color:#999}
.planned{background:#dce9f7;color:#0b4f9c;outline:2px dashed #0b4f9c;outline-offset:-3px}
.legend span{display:inline-block;padding:0 8px;margin-right:6px;border:1px solid #999}
article{border-top:1px solid #999;margin-top:28px;padding-top:8px}
.crits{columns:3;font-size:13px;list-style:none;padding:0}.crits li{break-inside:avoid;padding:1px 4px;margin:1px 0}.crits li.met a{color:#fff}
.text{white-space:pre-wrap;font-size:14px;border:1px solid #ddd;padding:12px;background:#fff}
.k-plans{background:#eef0f3}.k-shortcomings{background:#f7efe6}
mark{background:#fff59d;border-bottom:2px solid #c9a400}mark:target,mark.flash{background:#ffcc80}
.ded{color:#b00020}
@media print{.met{background:#444!important;color:#fff!important}.partial{background:#bbb!important}.planned{background:#fff!important;outline:2px dashed #000}nav{display:none}mark{background:#ddd;border-bottom:2px solid #000}}
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
`;

export interface HtmlReport { row: ResultRow; doc: DocumentModel | null }

/** The report text with evidence sentences marked and plans/shortcomings shaded; offsets index the original text. */
function renderText(i: number, doc: DocumentModel, row: ResultRow, rubric: CompiledRubric): string {
  const marks = new Map<number, { end: number; criteria: string[] }>();
  const add = (id: string, e: Evidence) => {
    if (e.kind === 'front' && e.section === '标题') return;
    const m = marks.get(e.start) ?? { end: e.end, criteria: [] };
    if (!m.criteria.includes(id)) m.criteria.push(id);
    m.end = Math.max(m.end, e.end);
    marks.set(e.start, m);
  };
  for (const c of rubric.criteria) for (const e of row.criteria[c.id]?.evidence ?? []) add(c.id, e);
  for (const d of row.deductions) for (const e of d.evidence) add(d.id, e);
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
  return out.join('');
}

export function htmlReport(rubric: CompiledRubric, reports: HtmlReport[], lang: Lang): string {
  const l = L[lang];
  const name = (c: { id: string; title: string }) => (lang === 'zh' ? c.title : c.id);
  const cls = (r: ResultRow, id: string) => {
    const c = r.criteria[id];
    if (!c) return 'unmet';
    return c.planned_only ? 'planned' : c.outcome;
  };
  const gradeOf = (r: ResultRow) => { const g = rubric.scheme ? schemeOfRow(r)?.grade : null; return g ? ` <span class="grade">${escapeHtml(g)}</span>` : ''; };
  const h: string[] = [];
  h.push(`<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(l.title)}</title><style>${CSS}</style></head><body>`);
  h.push(`<h1>${escapeHtml(l.title)}</h1><p>${escapeHtml(rubric.name)} ${escapeHtml(rubric.version)} · ${reports.length}</p>`);
  h.push(`<nav><a href="#ranking">${l.ranking}</a> · <a href="#heatmap">${l.heat}</a> · <a href="#reports">${l.reports}</a></nav>`);

  h.push(`<h2 id="ranking">${l.ranking}</h2><table class="sortable-table" id="ranking-table"><thead><tr>`);
  h.push([[l.rank, 'num'], [l.file, ''], [l.unit, ''], [l.year, 'num'], [l.total, 'num'], [l.ded, 'num'], [l.flags, '']].map(([t, ty]) => `<th class="sortable" data-type="${ty}">${escapeHtml(t)}</th>`).join(''));
  h.push('</tr></thead><tbody>');
  reports.forEach(({ row: r }, i) => {
    const ded = r.deductions.reduce((a, d) => a + d.points, 0);
    h.push(`<tr><td data-v="${r.rank ?? 1e9}">${r.rank ?? '–'}</td><td><a href="#report-${i}">${escapeHtml(r.file)}</a></td><td>${escapeHtml(r.unit ?? '')}</td><td>${r.year ?? ''}</td><td data-v="${r.error ? -1 : r.total}">${r.error ? escapeHtml(l.error) : r.total}${gradeOf(r)}</td><td data-v="${ded}">${ded ? `−${ded}` : ''}</td><td>${escapeHtml(r.flags.join(' '))}</td></tr>`);
  });
  h.push('</tbody></table>');

  h.push(`<h2 id="heatmap">${l.heat}</h2><p class="legend">${l.legend}: <span class="met">${SYMBOL.met} ${OUTCOME[lang].met}</span><span class="partial">${SYMBOL.partial} ${OUTCOME[lang].partial}</span><span class="unmet">${SYMBOL.unmet} ${OUTCOME[lang].unmet}</span><span class="planned">${SYMBOL.planned} ${l.planned}</span></p>`);
  // a scheme's heat map is grouped by category: criteria in category order under a row of category headers
  const leafCats = flatCategories(rubric.scheme?.categories ?? []).filter((c) => c.criteria.length);
  const heatCriteria = leafCats.length ? leafCats.flatMap((c) => c.criteria.map((id) => rubric.criteria.find((x) => x.id === id)!)) : rubric.criteria;
  const catRow = leafCats.length ? `<tr class="cats"><th></th>${leafCats.map((c) => `<th class="cat" colspan="${c.criteria.length}" title="${escapeHtml(c.id)}">${escapeHtml(lang === 'zh' ? c.title : c.id)}（${c.points}${l.points}）</th>`).join('')}</tr>` : '';
  h.push(`<table class="heat" id="heat"><thead>${catRow}<tr><th>${l.file}</th>${heatCriteria.map((c) => `<th class="crit" title="${escapeHtml(c.id)}">${escapeHtml(name(c))}</th>`).join('')}</tr></thead><tbody>`);
  reports.forEach(({ row: r }, i) => {
    if (r.error) return;
    h.push(`<tr><th><a href="#report-${i}">${escapeHtml(r.file)}</a></th>`);
    for (const c of heatCriteria) {
      const k = cls(r, c.id);
      const res = r.criteria[c.id];
      const target = res?.evidence.length ? `r${i}-${c.id}` : `r${i}-${c.id}-item`;
      h.push(`<td class="cell ${k}" data-report="${i}" data-criterion="${escapeHtml(c.id)}"><a href="#${escapeHtml(target)}" title="${escapeHtml(`${name(c)}: ${k === 'planned' ? l.planned : OUTCOME[lang][k as Outcome]} ${res?.points ?? 0}${l.points}`)}">${SYMBOL[k as keyof typeof SYMBOL]}</a></td>`);
    }
    h.push('</tr>');
  });
  h.push('</tbody></table>');

  h.push(`<h2 id="reports">${l.reports}</h2>`);
  reports.forEach(({ row: r, doc }, i) => {
    h.push(`<article id="report-${i}"><h3>${r.rank ? `#${r.rank} ` : ''}${escapeHtml(r.file)} — ${escapeHtml(r.unit ?? '')} — ${r.error ? escapeHtml(l.error) : `${l.total} ${r.total}`}</h3>`);
    if (r.error) { h.push(`<p class="ded">${escapeHtml(r.error.code)}: ${escapeHtml(r.error.message)}</p></article>`); return; }
    h.push('<ul class="crits">');
    for (const c of rubric.criteria) {
      const res = r.criteria[c.id];
      const k = cls(r, c.id);
      const link = res?.evidence.length && doc ? ` <a href="#r${i}-${escapeHtml(c.id)}">${l.evidence}</a>` : '';
      // a scheme criterion's sub-items and per-count arithmetic (4次要求，找到2次，扣1分) under it
      const arithmetic = res ? criterionArithmetic(res, lang) : [];
      const sub = arithmetic.length ? `<ul class="arith">${arithmetic.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>` : '';
      h.push(`<li id="r${i}-${escapeHtml(c.id)}-item" class="${k}">${SYMBOL[k as keyof typeof SYMBOL]} ${escapeHtml(name(c))} ${res?.points ?? 0}/${c.points}${link}${sub}</li>`);
    }
    h.push('</ul>');
    const sr = rubric.scheme ? schemeOfRow(r) : undefined;
    if (sr) {
      // subtotals per category, then rescaling, bonuses, penalties, vetoes and the grade
      const cats = flatCategories(rubric.scheme!.categories ?? []).map((c) => `<li>${'　'.repeat(c.depth)}${escapeHtml(c.title)} ${categoryOfRow(sr, c.id)?.points ?? 0}/${categoryOfRow(sr, c.id)?.max ?? c.points}</li>`);
      h.push(`<ul class="scheme">${[...cats, ...schemeLines(sr, lang).map((x) => `<li>${escapeHtml(x)}</li>`)].join('')}</ul>`);
    }
    h.push(`<p class="ded">${l.ded}: ${r.deductions.length ? r.deductions.map((d) => `${escapeHtml(rubric.deductions.find((x) => x.id === d.id)?.title ?? d.id)} −${d.points}${doc ? ` <a href="#r${i}-${escapeHtml(d.id)}">${l.evidence}</a>` : ''}`).join('；') : l.none}</p>`);
    h.push(doc ? `<div class="text">${renderText(i, doc, r, rubric)}</div>` : `<p>${l.noText}</p>`);
    h.push('</article>');
  });
  h.push(`<script>${SCRIPT}</script></body></html>\n`);
  return h.join('');
}
