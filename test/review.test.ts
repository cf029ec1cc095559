/**
 * The review loop on the seeds, end to end: review-template → an assessor's decisions → score
 * --review (outcomes, totals, ranks, every output marks the decided cells) → eval --gold review.csv;
 * stale decisions (the report changed) are reported, not applied; a bad review file is refused
 * naming its line; decisions survive a second review-template.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { nearestName } from '../harness/review/stale.js';

const HEAD = ['文件', '评分项', '引擎结果', '决定', '理由', '评分人', '日期'];
const readCsv = (p: string) => parse(readFileSync(p, 'utf8').replace(/^\ufeff/, '')) as string[][];
const writeCsv = (p: string, rows: string[][]) => writeFileSync(p, '\ufeff' + rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n');
const jsonl = (dir: string) => readFileSync(join(dir, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

/** A copy of the seeds, so that a test may change a report. */
function seedsCopy(): string {
  const dir = tempDir();
  cpSync(CORPUS, dir, { recursive: true, filter: (s) => !s.endsWith('.json') });
  return dir;
}

/** Fill 决定 (and 理由, 评分人, 日期) in the rows for (file prefix, id). */
function decide(rows: string[][], decisions: Array<[string, string, string]>): string[][] {
  return rows.map((r, i) => {
    if (i === 0) return r;
    const d = decisions.find(([f, id]) => r[0].startsWith(f) && r[1] === id);
    return d ? [r[0], r[1], r[2], d[2], '复核意见', '张三', '2025-01-20', ...r.slice(7)] : r;
  });
}

/** An office's copy of the default rubric with one deduction added (adviser_x: every report naming 法律顾问 takes it), so its runs tell apart. */
function officeCopy(): { copy: string; rubric: { version: string; deductions: string[] } } {
  const copy = tempDir();
  cpSync(join(ROOT, 'rubrics', 'default'), copy, { recursive: true });
  const rubric = JSON.parse(readFileSync(join(copy, 'rubric.json'), 'utf8'));
  writeFileSync(join(copy, 'deductions', 'adviser_x.json'), JSON.stringify({ id: 'adviser_x', title: '顾问扣分', points: 2, message: '顾问', conditions: { all: [{ fact: 'sentences', params: { all: [['法律顾问']] }, operator: 'greaterThanInclusive', value: 1 }] } }));
  rubric.deductions.push('deductions/adviser_x.json');
  writeFileSync(join(copy, 'rubric.json'), JSON.stringify(rubric));
  return { copy, rubric };
}

describe('review loop on the seeds', () => {
  const corpus = seedsCopy();
  const out = tempDir();
  const t = rubricCli(['review-template', corpus, '--out', out, '--no-cache']);
  const template = readCsv(join(out, 'review.csv'));
  const decided = join(tempDir(), 'review.csv');
  writeCsv(decided, decide(template, [['002', 'wrong_unit_name', '驳回'], ['002', 'duty_assessment', '达标']]));

  it('review-template writes review.csv with the seven headers in order, a BOM, and a short list', () => {
    expect(t.code, t.stderr).toBe(0);
    expect(readFileSync(join(out, 'review.csv'))[0]).toBe(0xef);
    expect(template[0].slice(0, 7)).toEqual(HEAD);
    expect(template[0][7]).toBe('内容指纹');
    const rows = template.slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(5 * 24 / 4);
    // both deductions the engine found, and the planned-only cell of 002
    expect(rows.map((r) => `${r[0].slice(0, 3)} ${r[1]}`)).toEqual(expect.arrayContaining(['002 wrong_unit_name', '003 stale_content', '002 duty_assessment']));
    expect(rows.every((r) => r[3] === '' && /^[0-9a-f]{16}$/.test(r[7]))).toBe(true);
  });

  it('review-template --year lists only that year\'s reports (nu39: 27 of 44 rows were of reports the round left out)', () => {
    const out2024 = tempDir();
    const r = rubricCli(['review-template', corpus, '--out', out2024, '--no-cache', '--year', '2024']);
    expect(r.code, r.stderr).toBe(0);
    const rows = readCsv(join(out2024, 'review.csv')).slice(1);
    // the seeds: 003 and 004 are 2023's — 003's stale_content (listed without --year) is not, 002's 2024 items are
    expect(rows.some((x) => x[0].startsWith('003') || x[0].startsWith('004'))).toBe(false);
    expect(rows.map((x) => `${x[0].slice(0, 3)} ${x[1]}`)).toEqual(expect.arrayContaining(['002 wrong_unit_name']));
    expect(r.stdout).toContain('2 份报告的年度不是 2024 年，未列出');
  });

  it('review-template without --rubric lists the items of the rubric the folder was last scored with, and its next command names it (new user 48: the default\'s items, and a re-score with the default)', () => {
    // the office's copy adds a deduction every seed with 法律顾问 takes: only its review lists it
    const { copy } = officeCopy();
    const o = tempDir();
    expect(rubricCli(['score', corpus, '--out', o, '--rubric', join(copy, 'rubric.json'), '--no-cache', '--format', 'jsonl', '--quiet']).code).toBe(0);
    const r = rubricCli(['review-template', corpus, '--out', o, '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(join(copy, 'rubric.json'));
    expect(r.stdout).toContain(`--rubric ${join(copy, 'rubric.json')}`);
    expect(readCsv(join(o, 'review.csv')).slice(1).some((x) => x[1] === 'adviser_x')).toBe(true);
    // a variant: --rubric given is used as given, and a default rubric's next command names none
    const o2 = tempDir();
    const d = rubricCli(['review-template', corpus, '--out', o2, '--no-cache']);
    expect([d.code, d.stdout.includes('--rubric')]).toEqual([0, false]);
    // the copy changed since the scoring: said (red team 99); the copy gone: said, and the default used
    const late = join(copy, 'deductions', 'late_report.json');
    writeFileSync(late, readFileSync(late, 'utf8').replace('"month": 4', '"month": 3'));
    expect(rubricCli(['review-template', corpus, '--out', o, '--no-cache']).stderr).toContain('改动过');
    const gone = rubricCli(['review-template', corpus, '--out', o, '--no-cache', '--rubric', join(copy, 'rubric.json')]);
    expect(gone.stderr).not.toContain('改动过');
  });

  it('score without --rubric re-scores a folder with the rubric it was last scored with, said on stderr; --rubric given wins; a gone rubric is refused, another install\'s default is the default (red teams 99, 102)', () => {
    const { copy, rubric } = officeCopy();
    const o = tempDir();
    const taken = () => readFileSync(join(o, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).some((x) => x.deductions.some((d: { id: string }) => d.id === 'adviser_x'));
    expect(rubricCli(['score', corpus, '--out', o, '--rubric', join(copy, 'rubric.json'), '--no-cache', '--format', 'jsonl', '--quiet']).code).toBe(0);
    expect(taken()).toBe(true);
    // again without --rubric, --force so it scores: the copy, named
    const again = rubricCli(['score', corpus, '--out', o, '--no-cache', '--format', 'jsonl', '--force']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(join(copy, 'rubric.json'));
    expect(taken()).toBe(true);
    // the summary names the rubric that scored, whichever it was (new user 49: a new folder gets the default without a word)
    const named = rubricCli(['score', corpus, '--out', o, '--no-cache', '--format', 'jsonl', '--force']);
    expect(named.stdout).toContain(`评分细则：default ${rubric.version}（${join(copy, 'rubric.json')}）`);
    // a variant: --rubric given wins (the default: no adviser_x), and the folder then follows it without a word
    expect(rubricCli(['score', corpus, '--out', o, '--rubric', join(ROOT, 'rubrics', 'default', 'rubric.json'), '--no-cache', '--format', 'jsonl', '--quiet']).code).toBe(0);
    expect(taken()).toBe(false);
    const plain = rubricCli(['score', corpus, '--out', o, '--no-cache', '--format', 'jsonl', '--quiet', '--force']);
    expect([plain.code, plain.stderr.includes('run.json')]).toEqual([0, false]);
    // the copy gone after scoring with it: refused (exit 2), the folder's results left as they were — re-scoring with the default would
    // overwrite them and forget the copy for good (red team 102)
    expect(rubricCli(['score', corpus, '--out', o, '--rubric', join(copy, 'rubric.json'), '--no-cache', '--format', 'jsonl', '--quiet']).code).toBe(0);
    rmSync(copy, { recursive: true });
    const gone = rubricCli(['score', corpus, '--out', o, '--no-cache', '--format', 'jsonl', '--quiet', '--force']);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('已不存在');
    expect(taken()).toBe(true);
    // another install's default recorded (an upgrade): the default, without a word (red team 102: the old default had been kept)
    const run = JSON.parse(readFileSync(join(o, 'run.json'), 'utf8'));
    run.rubric.path = '/opt/old-install/rubrics/default/rubric.json';
    writeFileSync(join(o, 'run.json'), JSON.stringify(run));
    const upgraded = rubricCli(['score', corpus, '--out', o, '--no-cache', '--format', 'jsonl', '--force']);
    expect([upgraded.code, upgraded.stderr.includes('run.json')]).toEqual([0, false]);
    expect(taken()).toBe(false);
  });

  it('review-template\'s next command quotes a path with a space (red team 99: 县 司法局/细则 副本 broke it), and says when the rubric the folder was scored with is gone', () => {
    const base = tempDir();
    const copy = join(base, '细则 副本');
    cpSync(join(ROOT, 'rubrics', 'default'), copy, { recursive: true });
    const o = join(base, '评分 结果');
    expect(rubricCli(['score', corpus, '--out', o, '--rubric', join(copy, 'rubric.json'), '--no-cache', '--format', 'jsonl', '--quiet']).code).toBe(0);
    const r = rubricCli(['review-template', corpus, '--out', o, '--no-cache']);
    expect(r.stdout).toContain(`--out "${o}" --rubric "${join(copy, 'rubric.json')}"`);
    cpSync(copy, join(base, 'moved'), { recursive: true });
    rmSync(copy, { recursive: true });
    const g = rubricCli(['review-template', corpus, '--out', o, '--no-cache']);
    expect(g.code).toBe(0);
    expect(g.stderr).toContain('已不存在');
    expect(g.stdout).not.toContain('--rubric');
  });

  it('a decision naming a report not in the folder says its line and the file it most likely meant (nu35: a typo got a bare warning)', () => {
    const rows = readCsv(decided);
    const at = rows.findIndex((r, i) => i > 0 && r[3] === '驳回');
    const meant = rows[at][0];
    const typo = rows.map((r, i) => (i === at ? [meant.replace(/\.txt$/, '.tx'), ...r.slice(1)] : r));
    const file = join(tempDir(), 'review.csv');
    writeCsv(file, typo);
    const r = rubricCli(['score', corpus, '--out', tempDir(), '--no-cache', '--format', 'jsonl', '--review', file]);
    expect(r.stdout + r.stderr).toContain(`${meant.replace(/\.txt$/, '.tx')} wrong_unit_name（review.csv 第${at + 1} 行）——是不是 ${meant}？`);
    // a name close to none: no guess
    expect(nearestName('完全不同的文件名.docx', [meant])).toBeNull();
  });

  it('survives being saved as GBK by Excel: the reference columns hold no character GBK lacks (nu35: 扣分 −10 came back as 扣分 ?10)', () => {
    const text = readFileSync(join(out, 'review.csv'), 'utf8').replace(/^\ufeff/, '');
    expect(text).toMatch(/扣分 -\d/);
    expect(iconv.decode(iconv.encode(text, 'gbk'), 'gbk')).toBe(text);
  });

  it('each row names its 评分项 as the scheme does and quotes the first evidence, so the sheet is decidable on its own', () => {
    expect(template[0].slice(8)).toEqual(['评分项名称', '证据']);
    const wrong = template.slice(1).find((r) => r[0].startsWith('002') && r[1] === 'wrong_unit_name')!;
    expect(wrong[8]).toBe('单位名称错误');
    expect(wrong[9]).toMatch(/^L\d+ .*水口乡/);
    const planned = template.slice(1).find((r) => r[0].startsWith('002') && r[1] === 'duty_assessment')!;
    expect(planned[9]).toMatch(/^\[仅在计划中\] L\d+/);
    // the two columns are for reading: a file without them (an older template) is read as before
    const older = join(tempDir(), 'review.csv');
    writeCsv(older, decide(template.map((r) => r.slice(0, 8)), [['002', 'wrong_unit_name', '驳回']]));
    expect(rubricCli(['score', corpus, '--out', tempDir(), '--no-cache', '--format', 'jsonl', '--review', older]).code).toBe(0);
  });

  it('score --review applies the decisions: outcomes, totals and ranks follow them, the engine outcome is kept beside', () => {
    const review = decided;
    const before = tempDir(), after = tempDir();
    rubricCli(['score', corpus, '--out', before, '--no-cache', '--format', 'csv,jsonl']);
    const r = rubricCli(['score', corpus, '--out', after, '--no-cache', '--review', review]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/应用了 2 条评分人决定（1 份报告）/);
    const b = jsonl(before).find((x) => x.file.startsWith('002'));
    const a = jsonl(after).find((x) => x.file.startsWith('002'));
    // −10 rejected, unmet (0) → met (3 points)
    expect(a.total).toBe(b.total + 10 + 3);
    // the engine had found 述法 only in the plans: its result keeps saying so beside the assessor's (new user, session 15)
    expect(a.criteria.duty_assessment).toMatchObject({ outcome: 'met', points: 3, planned_only: false, review: { engine: { outcome: 'unmet', points: 0, planned_only: true }, by: '张三', reason: '复核意见' } });
    expect(a.deductions[0]).toMatchObject({ id: 'wrong_unit_name', points: 0, review: { decision: 'rejected', engine: { status: 'deducted', points: 10 } } });
    // a rejected deduction no longer says status 'deducted' (a reader of status alone had counted it: new user, session 30)
    expect(a.deductions[0].status).toBeUndefined();
    expect(a.flags).toContain('reviewed');
    expect(a.rank).toBeLessThan(b.rank);
    const csv = readCsv(join(after, 'ranking.csv'));
    const row = csv.find((x) => x[1].startsWith('002'))!;
    expect(row[4]).toBe(String(a.total));
    expect(row.join('|')).toMatch(/达标（评分人 张三决定；引擎：未达标（仅计划） 0分/);
    expect(row.join('|')).toMatch(/0（评分人 张三驳回；引擎 −10/);
    expect(row.join('|')).toContain('已人工复核');
  });

  it('ranking.xlsx and report.html mark the decided cells', async () => {
    const o = tempDir();
    rubricCli(['score', corpus, '--out', o, '--no-cache', '--review', decided]);
    const rows = await readXlsxFile(join(o, 'ranking.xlsx'), { sheet: '排名' });
    const col = rows[0].indexOf('人工复核');
    expect(col).toBeGreaterThan(0);
    const row002 = rows.find((r) => String(r[1]).startsWith('002'))!;
    expect(String(row002[col])).toMatch(/述法与考核：未达标（仅计划）→达标（张三）/);
    const ev = await readXlsxFile(join(o, 'ranking.xlsx'), { sheet: '证据' });
    const duty = ev.find((r) => String(r[1]).startsWith('002') && r[2] === '述法与考核')!;
    expect(duty.slice(9)).toEqual(['未达标（仅计划） 0分', '张三', '复核意见']);
    // credited by the assessor, the cell is no longer planned only, but its quote still says where it stands
    expect(duty[ev[0].indexOf('仅计划')]).toBe('否');
    expect(String(duty[ev[0].indexOf('证据')])).toMatch(/^\[仅在计划中\] /);
    const html = readFileSync(join(o, 'report.html'), 'utf8');
    expect(html).toMatch(/class="cell met reviewed"/);
    expect(html).toMatch(/data-decision="驳回"/);
    expect(html).toMatch(/data-engine="unmet" data-title="述法与考核" data-label="未达标（仅计划） 0分"/);
    // the copy for superiors says its points carry the two decisions (a cell and a rejected suspicion or deduction), naming no one (new user 55)
    const scheme = await readXlsxFile(join(o, 'ranking-superiors.xlsx'), { sheet: '评分细则' });
    expect(scheme.find((r) => r[0] === '评分人复核')?.[1]).toBe('本表的分数已计入评分人对 2 处的决定');
    expect(JSON.stringify(scheme)).not.toContain('张三');
  });

  it('a run that forgets --review applies the review.csv in --out and says so; --no-review scores without it; two review files are refused', () => {
    // new user, session 29: a run without --review had rewritten ranking.xlsx with the engine's numbers
    const o = tempDir(), engine = tempDir();
    writeCsv(join(o, 'review.csv'), readCsv(decided));
    rubricCli(['score', corpus, '--out', engine, '--no-cache', '--format', 'jsonl']);
    const r = rubricCli(['score', corpus, '--out', o, '--no-cache', '--format', 'jsonl,xlsx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(join(o, 'review.csv'));
    expect(r.stderr).toContain('--no-review');
    expect(r.stdout).toMatch(/应用了 2 条评分人决定（1 份报告）/);
    const a = jsonl(o).find((x) => x.file.startsWith('002'));
    const b = jsonl(engine).find((x) => x.file.startsWith('002'));
    expect(a.total).toBe(b.total + 13);
    expect(a.flags).toContain('reviewed');
    const x = tempDir();
    writeCsv(join(x, 'review.csv'), readCsv(decided));
    const n = rubricCli(['score', corpus, '--out', x, '--no-cache', '--format', 'jsonl', '--no-review']);
    expect(n.code, n.stderr).toBe(0);
    expect(n.stderr).toContain('--no-review');
    expect(n.stderr).toContain(join(x, 'review.csv'));
    expect(jsonl(x).find((y) => y.file.startsWith('002')).total).toBe(b.total);
    expect(jsonl(x).some((y) => y.flags.includes('reviewed'))).toBe(false);
    // both files: which one holds the decisions cannot be told — refused, nothing written
    writeFileSync(join(x, 'review.xlsx'), 'placeholder');
    const before = readFileSync(join(x, 'results.jsonl'), 'utf8');
    const both = rubricCli(['score', corpus, '--out', x, '--no-cache', '--format', 'jsonl', '--force']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(join(x, 'review.csv'));
    expect(both.stderr).toContain(join(x, 'review.xlsx'));
    expect(readFileSync(join(x, 'results.jsonl'), 'utf8')).toBe(before);
  });

  it('撤销 in a later row withdraws the cell\'s decision; review-template --add refuses a bad file before writing anything', () => {
    const withdrawn = join(tempDir(), 'review.csv');
    const rows = readCsv(decided);
    const wrong = rows.find((r) => r[0].startsWith('002') && r[1] === 'wrong_unit_name')!;
    writeCsv(withdrawn, [...rows, [wrong[0], wrong[1], '', '撤销', '', '', '', wrong[7]]]);
    const o = tempDir();
    const r = rubricCli(['score', corpus, '--out', o, '--no-cache', '--format', 'jsonl', '--review', withdrawn]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/应用了 1 条评分人决定/);
    expect(jsonl(o).find((x) => x.file.startsWith('002')).deductions[0].review).toBeUndefined();
    // a variant: the export to merge has a line the scheme refuses — named, and review.csv left as it was
    const out2 = tempDir();
    writeCsv(join(out2, 'review.csv'), rows);
    const before = readFileSync(join(out2, 'review.csv'), 'utf8');
    const bad = join(tempDir(), 'review-export.csv');
    writeCsv(bad, [rows[0], [wrong[0], wrong[1], '', '也许', '', '', '', '']]);
    const m = rubricCli(['review-template', corpus, '--out', out2, '--add', bad, '--no-cache']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain(bad);
    expect(m.stderr).toContain('也许');
    expect(readFileSync(join(out2, 'review.csv'), 'utf8')).toBe(before);
  });

  it('review-template --add never lets an older page overwrite a cell changed in review.csv since: a conflict, named, review.csv\'s kept', () => {
    // new user, session 30: an export from a page made before two spreadsheet corrections reverted one and erased the other
    const out = tempDir();
    const rows = readCsv(decided).map((r) => r.slice(0, 8));
    const wrong = rows.find((r) => r[0].startsWith('002') && r[1] === 'wrong_unit_name')!;
    const duty = rows.find((r) => r[0].startsWith('002') && r[1] === 'duty_assessment')!;
    const other = rows.find((r) => r[3] === '' && r[1] !== 'wrong_unit_name' && r[1] !== 'duty_assessment')!;
    // the spreadsheet now: 驳回 corrected to 确认 after the page was made; duty_assessment as the page saw it
    writeCsv(join(out, 'review.csv'), rows.map((r) => (r === wrong ? [...r.slice(0, 3), '确认', '复查后确认', '李四', '2025-01-22', r[7]] : r)));
    const page = join(tempDir(), 'review-export.csv');
    const head = [...HEAD, '内容指纹', '页面原决定', '页面原理由'];
    writeCsv(page, [head,
      [wrong[0], wrong[1], '', '撤销', '', '赵六', '2025-01-23', wrong[7], '驳回', '复核意见'], // the page saw 驳回: review.csv moved on
      [duty[0], duty[1], '', '未达标', '只在计划中', '赵六', '2025-01-23', duty[7], '达标', '复核意见'], // the page saw what review.csv holds
      [other[0], other[1], '', other[1].startsWith('struct') || other[1] === 'report_metadata' ? '达标' : '未达标', '', '赵六', '2025-01-23', other[7], '', ''], // an empty row filled
    ]);
    const m = rubricCli(['review-template', corpus, '--out', out, '--add', page, '--no-cache']);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toMatch(/新增 0 条决定，填写 1 条，替换 1 条，撤销 0 条，已一致 0 条，冲突 1 条/);
    expect(m.stderr).toMatch(/冲突：002_\S+ wrong_unit_name：.*确认（复查后确认）/);
    const after = readCsv(join(out, 'review.csv'));
    expect(after.find((r) => r[0] === wrong[0] && r[1] === 'wrong_unit_name')!.slice(3, 6)).toEqual(['确认', '复查后确认', '李四']);
    expect(after.find((r) => r[0] === duty[0] && r[1] === 'duty_assessment')!.slice(3, 5)).toEqual(['未达标', '只在计划中']);
    // a variant: the same export merged again changes nothing and says so
    const again = rubricCli(['review-template', corpus, '--out', out, '--add', page, '--no-cache']);
    expect(again.stdout).toMatch(/新增 0 条决定，填写 0 条，替换 0 条，撤销 0 条，已一致 2 条，冲突 1 条/);
    expect(readCsv(join(out, 'review.csv'))).toEqual(after);
    // an export left in --out, newer than review.csv, is named with the command that merges it (it is never applied by itself)
    const left = join(out, 'review-export (1).csv');
    writeCsv(left, [head]);
    const s = rubricCli(['score', corpus, '--out', out, '--no-cache', '--format', 'jsonl']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toContain('review-export (1).csv');
    expect(s.stderr).toContain('--add');
  });

  it('decisions apply the same to results from the incremental cache (they are never cached themselves)', () => {
    const o = tempDir(), fresh = tempDir();
    rubricCli(['score', corpus, '--out', fresh, '--no-cache', '--review', decided, '--format', 'jsonl']);
    rubricCli(['score', corpus, '--out', o, '--format', 'jsonl']);
    const r = rubricCli(['score', corpus, '--out', o, '--review', decided, '--format', 'jsonl']);
    expect(r.stdout).toMatch(/缓存：5 份未变/);
    expect(readFileSync(join(o, 'results.jsonl'), 'utf8')).toBe(readFileSync(join(fresh, 'results.jsonl'), 'utf8'));
    rubricCli(['score', corpus, '--out', o, '--format', 'jsonl']);
    expect(jsonl(o).some((x) => x.flags.includes('reviewed'))).toBe(false);
  });

  it('eval --gold review.csv measures the engine against the decisions', () => {
    const r = rubricCli(['eval', '--gold', decided, '--corpus', corpus, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e).toMatchObject({ reports: 1, cells: 1, agree: 0 });
    expect(e.disagreements[0]).toMatchObject({ criterion: 'duty_assessment', gold: 'met', engine: 'unmet' });
    expect(e.deductions).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(e.totals.pairs[0].gold - e.totals.pairs[0].engine).toBe(13);
  });

  it('a decision on a report whose text changed since is stale: reported, flagged and not applied', () => {
    const c = seedsCopy();
    const review = join(tempDir(), 'review.csv');
    writeCsv(review, decide(template, [['002', 'duty_assessment', '达标'], ['003', 'stale_content', '驳回']]));
    const f002 = join(c, '002_691625496146cc7c.txt');
    writeFileSync(f002, readFileSync(f002, 'utf8').replace('。', '，'));
    const o = tempDir();
    const r = rubricCli(['score', c, '--out', o, '--no-cache', '--review', review, '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/1 条决定已过期/);
    expect(r.stderr).toContain('002_691625496146cc7c.txt duty_assessment');
    const rows = jsonl(o);
    const a = rows.find((x) => x.file.startsWith('002'));
    expect(a.criteria.duty_assessment.review).toBeUndefined();
    expect(a.flags).toContain('review_stale');
    const b = rows.find((x) => x.file.startsWith('003'));
    expect(b.deductions[0]).toMatchObject({ id: 'stale_content', points: 0 });
  });

  it('a row added by hand without a fingerprint is applied and named, so that its report changing would not pass unnoticed (new user, session 14)', () => {
    const review = join(tempDir(), 'review.csv');
    const rows = decide(template, [['002', 'duty_assessment', '达标']]);
    const file002 = rows.find((r, i) => i > 0 && r[0].startsWith('002'))![0];
    rows.push([file002, 'legal_adviser', '', '部分', '手工添加', '李四', '2025-01-21', '']);
    writeCsv(review, rows);
    const r = rubricCli(['score', corpus, '--out', tempDir(), '--no-cache', '--review', review, '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/1 条决定没有“内容指纹”/);
    expect(r.stderr).toContain(`${file002} legal_adviser`);
    expect(r.stderr).not.toContain(`${file002} duty_assessment`);
  });

  it('a review file with a bad line is refused before scoring (exit 2), naming the line', () => {
    const review = join(tempDir(), 'review.csv');
    const rows = decide(template, [['002', 'duty_assessment', '好']]);
    rows.push([template[1][0], 'no_such_item', '', '达标', '', '', '', '']);
    rows.push([template[1][0], 'wrong_unit_name', '', '达标', '', '', '', '']);
    writeCsv(review, rows);
    const r = rubricCli(['score', corpus, '--out', tempDir(), '--review', review]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(review);
    expect(r.stderr).toMatch(/第 \d+ 行：看不懂决定 "好"/);
    expect(r.stderr).toMatch(/no_such_item/);
    expect(r.stderr).toMatch(/wrong_unit_name 是扣分项，决定应为 确认 \/ 驳回/);
    const wrongHead = join(tempDir(), 'review.csv');
    writeCsv(wrongHead, [['文件', '评分项', '决定'], ['a.txt', 'legal_adviser', '达标']]);
    const w = rubricCli(['score', corpus, '--out', tempDir(), '--review', wrongHead]);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('文件,评分项,引擎结果,决定,理由,评分人,日期');
  });

  it('reads a review.csv Excel saved as plain CSV on a Chinese Windows (GBK), as a UTF-8 one (new user, session 29)', () => {
    const csv = join(tempDir(), 'review.csv');
    const text = [HEAD, ['001_125f4e7a7042b909.txt', '法律顾问', '', '达标', '已核实聘请合同', '王五', '2025-01-21']].map((r) => r.join(',')).join('\r\n') + '\r\n';
    writeFileSync(csv, iconv.encode(text, 'gbk'));
    const o = tempDir();
    const r = rubricCli(['score', corpus, '--out', o, '--no-cache', '--review', csv, '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonl(o).find((x) => x.file.startsWith('001')).criteria.legal_adviser).toMatchObject({ outcome: 'met', points: 5, review: { by: '王五', reason: '已核实聘请合同' } });
    // variant: GB18030 beyond GBK (a rare character in the 理由) reads the same
    writeFileSync(csv, iconv.encode(text.replace('已核实聘请合同', '已核实𠮷峁律所聘请合同'), 'gb18030'));
    const o2 = tempDir();
    expect(rubricCli(['score', corpus, '--out', o2, '--no-cache', '--review', csv, '--format', 'jsonl']).code).toBe(0);
    expect(jsonl(o2).find((x) => x.file.startsWith('001')).criteria.legal_adviser.review.reason).toBe('已核实𠮷峁律所聘请合同');
  });

  it('reads review.xlsx too, with the English outcome words and a title for an id', async () => {
    const xlsx = join(tempDir(), 'review.xlsx');
    const cell = (value: string) => ({ value, type: String });
    const book = writeExcelFile([HEAD.map(cell), ['001_125f4e7a7042b909.txt', '法律顾问', '', 'met', '', '王五', '2025-01-21'].map(cell)] as never) as unknown as { toBuffer(): Promise<Buffer> };
    writeFileSync(xlsx, await book.toBuffer());
    const o = tempDir();
    const r = rubricCli(['score', corpus, '--out', o, '--no-cache', '--review', xlsx, '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    const a = jsonl(o).find((x) => x.file.startsWith('001'));
    expect(a.criteria.legal_adviser).toMatchObject({ outcome: 'met', points: 5, review: { by: '王五' } });
    // saved as review.xlsx in --out and --review forgotten: found and applied the same way
    const inOut = tempDir();
    cpSync(xlsx, join(inOut, 'review.xlsx'));
    const f = rubricCli(['score', corpus, '--out', inOut, '--no-cache', '--format', 'jsonl']);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toContain(join(inOut, 'review.xlsx'));
    expect(jsonl(inOut).find((x) => x.file.startsWith('001')).criteria.legal_adviser).toMatchObject({ outcome: 'met', review: { by: '王五' } });
  });

  it('a row the assessor adds (no 内容指纹) is fingerprinted by the next review-template, and is stale once the report changes', () => {
    const c = seedsCopy();
    const o = tempDir();
    const added = [...template, ['001_125f4e7a7042b909.txt', 'review_litigation', '', '达标', '补充复核', '李四', '2025-01-21', '']];
    writeCsv(join(o, 'review.csv'), added);
    const r = rubricCli(['review-template', c, '--out', o, '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    // the suggested next command writes where the review lives
    expect(r.stdout).toContain(`--out ${o}`);
    const row = readCsv(join(o, 'review.csv')).find((x) => x[0].startsWith('001') && x[1] === 'review_litigation')!;
    expect(row[7]).toMatch(/^[0-9a-f]{16,}$/);
    const f001 = join(c, '001_125f4e7a7042b909.txt');
    writeFileSync(f001, readFileSync(f001, 'utf8').replace('。', '，'));
    const s = rubricCli(['score', c, '--out', tempDir(), '--no-cache', '--review', join(o, 'review.csv'), '--format', 'jsonl']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toContain('001_125f4e7a7042b909.txt review_litigation');
  });

  it('a second review-template keeps every decision and adds nothing twice', () => {
    const o = tempDir();
    writeCsv(join(o, 'review.csv'), decide(template, [['002', 'duty_assessment', '部分']]));
    const r = rubricCli(['review-template', corpus, '--out', o, '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const again = readCsv(join(o, 'review.csv'));
    expect(again.length).toBe(template.length);
    expect(again.find((x) => x[0].startsWith('002') && x[1] === 'duty_assessment')!.slice(3, 7)).toEqual(['部分', '复核意见', '张三', '2025-01-20']);
  });
});

describe('a suspected deduction an assessor rejected', () => {
  it('says so in every output: the 疑似扣分 and 人工复核 columns of ranking.xlsx, the ranking table of report.html, the CSV (nu34 saw only the CSV)', async () => {
    const corpus = tempDir();
    // (a counterpart after a frame raising its level, suspected: set 108's; set 94's 05 was until its residue opening a paragraph
    // was deducted in session 39)
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'assessed', 'set108', '02_youxian_yancaozhuanmaiju_2022.txt'), join(corpus, '05.txt'));
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'assessed', 'set108', '01_anji_qixiangju_2023.txt'), join(corpus, '01.txt'));
    const out = tempDir();
    expect(rubricCli(['review-template', corpus, '--out', out, '--no-cache']).code).toBe(0);
    const rows = readCsv(join(out, 'review.csv'));
    if (!rows.some((r) => r[0] === '05.txt' && r[1] === 'wrong_unit_name')) rows.push(['05.txt', 'wrong_unit_name', '', '', '', '', '', '']);
    writeCsv(join(out, 'review.csv'), decide(rows, [['05', 'wrong_unit_name', '驳回']]));
    const r = rubricCli(['score', corpus, '--out', out, '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const row = jsonl(out).find((x) => x.file === '05.txt');
    // the data keeps it with the suspected, decided (README: a rejected suspicion stays there, with its review)
    expect(row.suspected[0]).toMatchObject({ id: 'wrong_unit_name', points: 0, review: { decision: 'rejected' } });
    const sheet = await readXlsxFile(join(out, 'ranking.xlsx'), { sheet: '排名' });
    const head = sheet[0].map(String);
    const x = sheet.find((l) => l[1] === '05.txt')!;
    expect(String(x[head.indexOf('疑似扣分（待确认，不扣分）')])).toMatch(/驳回/);
    expect(String(x[head.findIndex((h) => /人工复核|复核/.test(h))])).toMatch(/驳回/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toMatch(/class="suspected reviewed"[^>]*>[^<]*✎驳回/);
    expect(table).not.toMatch(/−10\?/);
  });
});

describe('a review file left in --out', () => {
  it('a run without --review says it applies the review file there, naming it and --no-review; with --review it says nothing', () => {
    const corpus = seedsCopy();
    const out = join(tempDir(), 'out');
    expect(rubricCli(['review-template', corpus, '--out', out, '--no-cache']).code).toBe(0);
    const review = join(out, 'review.csv');
    const plain = rubricCli(['score', corpus, '--out', out, '--no-cache', '--quiet', '--format', 'csv']);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain(review);
    expect(plain.stderr).toContain('--no-review');
    const withIt = rubricCli(['score', corpus, '--out', out, '--no-cache', '--quiet', '--format', 'csv', '--review', review]);
    expect(withIt.code).toBe(0);
    expect(withIt.stderr).not.toContain(review);
    // a variant: a fresh --out has no review file, nothing to say
    expect(rubricCli(['score', corpus, '--out', join(tempDir(), 'fresh'), '--no-cache', '--quiet', '--format', 'csv']).stderr).toBe('');
  });

  it('a review file applied under another rubric than the folder\'s last run says so, naming both (new user 46); the same rubric says nothing', () => {
    const corpus = seedsCopy();
    const out = join(tempDir(), 'out');
    expect(rubricCli(['review-template', corpus, '--out', out, '--no-cache']).code).toBe(0);
    expect(rubricCli(['score', corpus, '--out', out, '--no-cache', '--quiet', '--format', 'csv']).stderr).not.toMatch(/2025\.\d+-county/);
    // a county's copy of the default rubric, its id and version its own
    const copy = join(tempDir(), 'county');
    cpSync(join(ROOT, 'rubrics', 'default'), copy, { recursive: true });
    const spec = JSON.parse(readFileSync(join(copy, 'rubric.json'), 'utf8'));
    writeFileSync(join(copy, 'rubric.json'), JSON.stringify({ ...spec, id: 'county-copy', version: `${spec.version}-county.1` }, null, 2));
    const other = rubricCli(['score', corpus, '--out', out, '--no-cache', '--quiet', '--format', 'csv', '--rubric', join(copy, 'rubric.json')]);
    expect(other.code).toBe(0);
    expect(other.stderr).toContain(`${spec.id} ${spec.version}`);
    expect(other.stderr).toContain(`county-copy ${spec.version}-county.1`);
    // …and once the folder was scored with the copy, scoring with it again says nothing more of it
    const again = rubricCli(['score', corpus, '--out', out, '--no-cache', '--quiet', '--format', 'csv', '--rubric', join(copy, 'rubric.json'), '--force']);
    expect(again.stderr).not.toContain(`${spec.id} ${spec.version}`);
  });
  it('a bad review file found in --out stops the run with an error that names --no-review; one named with --review does not need to', () => {
    const corpus = seedsCopy();
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'review.csv'), '\ufeff文件,评分项\n001.txt,legal_adviser\n');
    const found = rubricCli(['score', corpus, '--out', out, '--no-cache', '--quiet', '--format', 'csv']);
    expect(found.code).toBe(2);
    const error = found.stderr.trim().split('\n').at(-1)!;
    expect(error).toContain(join(out, 'review.csv'));
    expect(error).toContain('--no-review');
    // the way round works, and the engine's own ranking is written
    const without = rubricCli(['score', corpus, '--out', out, '--no-cache', '--quiet', '--format', 'csv', '--no-review']);
    expect(without.code).toBe(0);
    expect(readFileSync(join(out, 'ranking.csv'), 'utf8').split('\n').length).toBeGreaterThan(5);
    // named by the user: the error is about the file alone
    const bad = join(tempDir(), 'mine.csv');
    writeFileSync(bad, '\ufeff文件,评分项\n001.txt,legal_adviser\n');
    const named = rubricCli(['score', corpus, '--out', join(tempDir(), 'o2'), '--no-cache', '--quiet', '--format', 'csv', '--review', bad]);
    expect(named.code).toBe(2);
    expect(named.stderr.trim().split('\n').at(-1)).toContain(bad);
    expect(named.stderr).not.toContain('--no-review');
  });
});
