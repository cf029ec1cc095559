/**
 * `rubric review-template`: write review.csv with the short list an assessor starts from — every
 * suspected or found deduction and every cell the engine is unsure of (harness/review/uncertain.ts),
 * 决定 left empty. A review.csv already in the folder keeps every row it has (decided or not); rows
 * not yet decided whose report changed are refreshed; new items are added after them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultRubricPath } from '../../engine/paths.js';
import { loadRubric } from '../../engine/rubric/load.js';
import { checkCorpus, listCorpus } from '../corpus.js';
import { t } from '../i18n.js';
import { DEFAULT_BUDGET_MS, scoreCorpus } from '../pool.js';
import { workersForFiles } from '../pool-size.js';
import { cellIdOf, readReviewFile, type ReviewFile, type ReviewRow } from '../review/read.js';
import { parseDecisionWord, REVIEW_FILE, WITHDRAW_WORD } from '../review/decision.js';
import { hashFile } from '../review/stale.js';
import { uncertainItems, type UncertainItem } from '../review/uncertain.js';
import { relatedSentence, silentCells } from '../review/related.js';
import { readReport } from '../../engine/scoring/report.js';
import type { Evidence } from '../../engine/types.js';
import { engineLabel, firstEvidence, gbkSafe, reviewCsv } from '../review/write.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../writers/atomic.js';
import type { Lang } from '../writers/evidence-text.js';
import { ensureWritableDir } from '../writers/writable.js';
import { cacheDirOf } from '../options.js';
import { rubricCommand } from '../rubric-command.js';
import { rubricForOut, shellArg } from '../last-rubric.js';

export interface TemplateOptions {
  rubric: string; corpus: string; out: string; workers?: number; cache?: boolean; cacheDir?: string; lang: Lang; timeBudget?: number;
  /** review files whose decisions are merged into review.csv (report.html's export): see mergeDecisions */
  add?: string[];
  /** --year: only reports stating this year get items (nu39: 27 of 44 rows were of reports of other years the round left out) */
  year?: number;
  /** --rubric was given on the command line: otherwise the rubric the output folder was last scored with (its run.json) is used */
  rubricGiven?: boolean;
}

export async function runReviewTemplate(opts: TemplateOptions): Promise<number> {
  const corpus = checkCorpus(opts.corpus);
  const { path: rubricPath, last: lastRun } = rubricForOut(opts.out, opts.rubric, opts.rubricGiven === true);
  const rubric = loadRubric(rubricPath);
  // (…and when it changed since: the list is the changed rubric's, the outputs still the old one's — red team 99)
  if (lastRun?.exists && lastRun.hash !== null && lastRun.hash !== rubric.hash) {
    process.stderr.write(t(
      `注意：细则 ${lastRun.path} 在上次评分之后改动过：复核清单按改动后的细则列出，与 ${opts.out} 中的输出不一致；请先重新评分。\n`,
      `note: the rubric ${lastRun.path} changed since ${opts.out} was scored: the list follows the changed rubric, not the outputs there; score again first.\n`,
    ));
  }
  // the next command names the rubric unless it is the default (score without it would use the default)
  const rubricArg = resolve(rubric.file) === resolve(defaultRubricPath()) ? '' : ` --rubric ${shellArg(rubric.file)}`;
  const out = ensureWritableDir(opts.out);
  const path = join(out, REVIEW_FILE);
  const existing = existsSync(path) ? await readReviewFile(path, rubric) : null;
  // every file to merge is read (and refused with its bad lines) before anything is scored or written
  const adds = [];
  for (const a of opts.add ?? []) adds.push(await readReviewFile(a, rubric));
  const files = listCorpus(corpus);
  if (!files.length) throw new UsageError(t(`${corpus} 中没有报告（.txt、.docx、.doc、.wps、.pdf、.ofd、.html）。`, `No reports (.txt, .docx, .doc, .wps, .pdf, .ofd, .html) in ${corpus}.`));
  const results = (await scoreCorpus(files, { rubric: { path: rubric.file }, workers: workersForFiles(files, opts.workers), cacheDir: cacheDirOf(opts, out), budgetMs: opts.timeBudget ?? DEFAULT_BUDGET_MS }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const abs = new Map(files.map((f) => [f.rel, f.abs]));

  const titles = new Map([...rubric.criteria, ...rubric.deductions].map((x) => [x.id, x.title]));
  const rows: Array<Omit<ReviewRow, 'line'>> = [];
  const at = new Map<string, number>();
  const key = (file: string, id: string) => `${file}\u0000${id}`;
  // a cell may be named by its id or its Chinese title: one key for both
  const idOfCell = cellIdOf(rubric);
  const idOf = (id: string) => idOfCell(id) ?? id;
  for (const r of existing?.rows ?? []) { at.set(key(r.file, idOf(r.id)), rows.length); rows.push(r); }
  const merged = mergeDecisions(rows, at, adds, titles, key);
  let added = 0, refreshed = 0, suspected = 0;
  let otherYear = 0;
  for (const r of results) {
    if (opts.year !== undefined && !r.error && r.year !== opts.year) { otherYear++; continue; }
    const items: Array<UncertainItem & { related?: Evidence }> = uncertainItems(rubric, r);
    items.push(...await relatedItems(rubric, r, abs.get(r.file)!));
    if (!items.length) continue;
    const hash = hashFile(abs.get(r.file)!) ?? '';
    for (const item of items) {
      const row = { file: r.file, id: item.id, engine: gbkSafe(engineLabel(rubric, r, item.id, item.reason)), decision: '', reason: '', by: '', date: '', hash, title: gbkSafe(titles.get(item.id) ?? ''), evidence: gbkSafe(firstEvidence(r, item.id, item.reason, item.related)) };
      const i = at.get(key(r.file, item.id));
      if (i === undefined) { at.set(key(r.file, item.id), rows.length); rows.push(row); added++; if (item.reason === 'suspected') suspected++; continue; }
      const old = rows[i];
      // an undecided row follows the report as it is now; a decided one is the assessor's and stays
      if (!old.decision && (old.hash !== hash || old.engine !== row.engine || old.evidence !== row.evidence)) { rows[i] = { ...old, engine: row.engine, hash, title: row.title, evidence: row.evidence }; refreshed++; }
      else if (!old.title) rows[i] = { ...rows[i], title: row.title };
    }
  }
  // a decided row without a 内容指纹 (one the assessor added, or whose fingerprint was cleared to
  // re-confirm it after the report changed) takes the report as it is now: from here on, a change
  // to the report makes the decision stale instead of applying it silently
  let fingerprinted = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r.decision || r.hash || !abs.has(r.file)) continue;
    const hash = hashFile(abs.get(r.file)!);
    if (hash) { rows[i] = { ...r, hash }; fingerprinted++; }
  }
  // a row merged in (report.html's export: 8 columns) or typed in gets the reading columns the template writes
  const byFile = new Map(results.map((r) => [r.file, r]));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i], res = byFile.get(r.file);
    if (r.evidence || !res || res.error) continue;
    const id = idOf(r.id);
    if (!titles.has(id)) continue;
    rows[i] = { ...r, title: r.title || (titles.get(id) ?? ''), evidence: firstEvidence(res, id) };
  }
  // by file, as the template lists them (a stable sort: within a report the rows keep their order, suspected first)
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeFileAtomic(path, reviewCsv(rows));
  const kept = existing?.rows.length ?? 0;
  for (const m of merged) {
    process.stdout.write(t(
      `已并入 ${m.path}：新增 ${m.added} 条决定，填写 ${m.filled} 条，替换 ${m.replaced} 条，撤销 ${m.withdrawn} 条，已一致 ${m.unchanged} 条${m.conflicts.length ? `，冲突 ${m.conflicts.length} 条（见下）` : ''}。\n`,
      `Merged ${m.path}: ${m.added} decisions added, ${m.filled} filled in, ${m.replaced} replaced, ${m.withdrawn} withdrawn, ${m.unchanged} already the same${m.conflicts.length ? `, ${m.conflicts.length} in conflict (below)` : ''}.\n`,
    ));
    for (const c of m.conflicts) {
      process.stderr.write(t(
        `冲突：${c.file} ${c.id}：页面生成之后 review.csv 中这一格已改为 ${c.kept}，保留了它；页面上的决定是 ${c.page}，如果要用它，请直接在 review.csv 中修改。\n`,
        `conflict: ${c.file} ${c.id}: review.csv has changed this cell to ${c.kept} since the page was made, and keeps it; the page's decision is ${c.page}: to use it, edit review.csv.\n`,
      ));
    }
  }
  // score refuses an --out holding both: say so here, where the merge went into review.csv only (new user, session 30)
  if (existsSync(join(out, 'review.xlsx'))) {
    process.stderr.write(t(
      `注意：输出文件夹中还有 ${join(out, 'review.xlsx')}：决定只写进了 ${path}。评分前请删除或移走 review.xlsx（两个都在时评分会停下）。\n`,
      `note: the output folder also holds ${join(out, 'review.xlsx')}: the decisions went into ${path} only. Remove or move review.xlsx before scoring (with both there, score stops).\n`,
    ));
  }
  process.stdout.write(t(
    `已写出 ${path}：新增 ${added} 条待复核（其中疑似扣分 ${suspected} 条）${kept ? `，保留已有 ${kept} 条（更新了 ${refreshed} 条未决定的）` : ''}${otherYear ? `；${otherYear} 份报告的年度不是 ${opts.year} 年，未列出` : ''}。\n在“决定”一栏填写 达标/部分/未达标 或 确认/驳回，然后运行：${rubricCommand()} score ${shellArg(corpus)} --out ${shellArg(out)}${rubricArg}（输出文件夹中的 review.csv 会自动计入）\n${fingerprinted ? `（${fingerprinted} 条已决定但没有内容指纹的行记下了报告现在的指纹。）\n` : ''}`,
    `Wrote ${path}: ${added} new rows to review (${suspected} suspected deductions)${kept ? `; kept ${kept} existing rows (refreshed ${refreshed} undecided)` : ''}${otherYear ? `; ${otherYear} reports of another year than ${opts.year} left out` : ''}.\nFill in 决定 (met/partial/unmet or 确认/驳回), then run: ${rubricCommand()} score ${shellArg(corpus)} --out ${shellArg(out)}${rubricArg} (the review.csv in the output folder is applied)\n${fingerprinted ? `(${fingerprinted} decided rows without a fingerprint now carry the report's current one.)\n` : ''}`,
  ));
  return 0;
}

/**
 * The cells scored unmet with nothing found whose report carries the criterion's related words, each with the first such
 * sentence (harness/review/related.ts). Only a report with such a cell is read again; one that cannot be read now (changed
 * or removed since it was scored) adds none — its other rows stand.
 */
async function relatedItems(rubric: ReturnType<typeof loadRubric>, r: Parameters<typeof silentCells>[1] & { file: string }, abs: string): Promise<Array<UncertainItem & { related: Evidence }>> {
  const ids = silentCells(rubric, r);
  if (!ids.length) return [];
  let doc;
  try { doc = await readReport(readFileSync(abs), r.file); } catch { return []; }
  const items: Array<UncertainItem & { related: Evidence }> = [];
  for (const id of ids) {
    const words = rubric.criteria.find((c) => c.id === id)?.related ?? [];
    const related = relatedSentence(doc, words);
    if (related) items.push({ id, reason: 'related', related });
  }
  return items;
}

/**
 * Merge decisions from other review files (report.html's export: only the cells decided or cleared on the page) into
 * review.csv's rows, in place: a decided cell replaces that cell's 决定, 理由, 评分人, 日期 and 内容指纹 (the
 * fingerprint of the report the decision was made on), or is added as a new row; a 撤销 empties the cell's decision.
 * Rows of review.csv the files do not name are left as they are. A page's export also says what the cell held when the
 * page was made (BASE_HEADER): when review.csv holds something else by now — a decision typed into the spreadsheet
 * since — the cell is a conflict: review.csv's decision is kept and both are named, never overwritten by an older page
 * (new users, session 30: replacing review.csv with the export, then merging an older page's, lost decisions).
 */
function mergeDecisions(rows: Array<Omit<ReviewRow, 'line'>>, at: Map<string, number>, adds: ReviewFile[], titles: Map<string, string>, key: (file: string, id: string) => string) {
  return adds.map((f) => {
    const byLine = new Map(f.rows.map((r) => [r.line, r]));
    const n = { added: 0, filled: 0, replaced: 0, withdrawn: 0, unchanged: 0 };
    const conflicts: Array<{ file: string; id: string; kept: string; page: string }> = [];
    const said = (decision: string, reason: string) => (decision ? `${decision}${reason ? `（${reason}）` : ''}` : t('（未决定）', '(undecided)'));
    // whether review.csv's cell is no longer what the page was made with
    const moved = (cur: Omit<ReviewRow, 'line'> | undefined, r: ReviewRow) =>
      r.base !== undefined && (canon(cur?.decision ?? '') !== canon(r.base.decision) || (canon(cur?.decision ?? '') !== '' && (cur?.reason ?? '').trim() !== r.base.reason.trim()));
    for (const d of f.decisions) {
      const r = byLine.get(d.line)!;
      const i = at.get(key(d.file, d.id));
      const cur = i === undefined ? undefined : rows[i];
      if (cur && canon(cur.decision) === canon(r.decision) && cur.reason.trim() === r.reason.trim()) { n.unchanged++; continue; }
      if (moved(cur, r)) { conflicts.push({ file: d.file, id: d.id, kept: said(cur?.decision ?? '', cur?.reason ?? ''), page: said(r.decision, r.reason) }); continue; }
      const decided = { decision: r.decision, reason: r.reason, by: r.by, date: r.date };
      if (i === undefined) {
        at.set(key(d.file, d.id), rows.length);
        rows.push({ file: d.file, id: d.id, engine: r.engine, ...decided, hash: r.hash, title: titles.get(d.id) ?? '', evidence: '' });
        n.added++;
      } else {
        if (rows[i].decision) n.replaced++; else n.filled++;
        rows[i] = { ...rows[i], ...decided, hash: r.hash || rows[i].hash };
      }
    }
    for (const w of f.withdrawn) {
      const r = byLine.get(w.line)!;
      const i = at.get(key(w.file, w.id));
      const cur = i === undefined ? undefined : rows[i];
      if (!cur || !cur.decision) { n.unchanged++; continue; }
      if (moved(cur, r)) { conflicts.push({ file: w.file, id: w.id, kept: said(cur.decision, cur.reason), page: WITHDRAW_WORD }); continue; }
      rows[i!] = { ...cur, decision: '', reason: '', by: '', date: '' };
      n.withdrawn++;
    }
    return { path: f.path, ...n, conflicts };
  });
}

/** A 决定 cell by what it decides (达标 and met, 2.5 and 2.5分 alike); '' for none or 撤销. */
function canon(cell: string): string {
  const w = parseDecisionWord(cell);
  return w === 'empty' || w === 'withdrawn' ? '' : w === 'unknown' ? cell.trim() : JSON.stringify(w);
}
