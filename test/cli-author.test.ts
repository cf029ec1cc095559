/** The rubric author's workbench on real files: eval against gold, diff of a changed rubric (also from git), explain, coverage. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';

const GOLD = join(CORPUS, 'gold.json');

/** A copy of the default rubric where legal_adviser's met level demands a named law firm. */
function changedRubric(dir = tempDir()): string {
  cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
  changeLegalAdviser(dir);
  return join(dir, 'rubric.json');
}
function changeLegalAdviser(dir: string) {
  const p = join(dir, 'criteria', 'legal_adviser.json');
  const c = JSON.parse(readFileSync(p, 'utf8'));
  c.levels[0].conditions.all[0].params.all[1] = ['律师事务所'];
  writeFileSync(p, JSON.stringify(c, null, 2));
}

describe('rubric eval', () => {
  it('reports agreement figures as JSON', () => {
    const r = rubricCli(['eval', '--gold', GOLD, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['reports', 'cells', 'accuracy', 'qwk', 'per_criterion', 'deductions', 'totals', 'disagreements', 'coverage']));
    expect(e.reports).toBe(5);
    expect(e.cells).toBe(120);
    expect(e.accuracy).toBeGreaterThanOrEqual(110 / 120);
    expect(e.deductions).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(e.totals.spearman).toBeGreaterThan(0.8);
    expect(e.per_criterion.legal_adviser.confusion.met.met).toBe(2);
    expect(e.coverage.dead).toContain('review_litigation/met/all/0');
  });

  it('lists a disagreement with the engine evidence and its section when a rule changes', () => {
    const r = rubricCli(['eval', '--gold', GOLD, '--rubric', changedRubric(), '--json']);
    const e = JSON.parse(r.stdout);
    const d = e.disagreements.find((x: { criterion: string; file: string }) => x.criterion === 'legal_adviser' && x.file.startsWith('000'));
    expect(d).toMatchObject({ gold: 'met', engine: 'partial' });
    expect(d.evidence[0].text).toContain('法律顾问');
    expect(d.evidence[0].section).toBe('一 > 四是');
    expect(e.per_criterion.legal_adviser.met_recall).toBe(0.5);
  });

  it('prints a readable summary on the terminal', () => {
    const r = rubricCli(['eval', '--gold', GOLD]);
    expect(r.stdout).toMatch(/一致: \d+\/120/);
    expect(r.stdout).toContain('QWK');
    expect(r.stdout).toContain('未成立: review_litigation/met/all/0');
  });

  it('names the gold reports missing from the corpus (exit 2)', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    gold.reports.push({ ...gold.reports[0], file: 'nowhere_to_be_found.txt' });
    const p = join(tempDir(), 'gold.json');
    writeFileSync(p, JSON.stringify(gold));
    const r = rubricCli(['eval', '--gold', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere_to_be_found.txt');
  });

  it('reads deductions written as objects with a reason, as assessors write them', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    for (const r of gold.reports) r.deductions = r.deductions.map((id: string) => ({ id, evidence: '落款单位与标题不一致' }));
    const p = join(tempDir(), 'gold.json');
    writeFileSync(p, JSON.stringify(gold));
    const r = rubricCli(['eval', '--gold', p, '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout).deductions;
    expect(d).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('refuses a criterion or deduction id the rubric lacks, naming the report and the id (exit 2)', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    gold.reports[1].criteria.legal_advisor = 'met';
    gold.reports[2].deductions.push('wrong_yaer');
    const p = join(tempDir(), 'gold.json');
    writeFileSync(p, JSON.stringify(gold));
    const r = rubricCli(['eval', '--gold', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('legal_advisor');
    expect(r.stderr).toContain('wrong_yaer');
    expect(r.stderr).toContain(gold.reports[1].file);
  });
});

describe('rubric diff', () => {
  it('shows reports, criteria and rank moves a change causes, as JSON and Markdown', () => {
    const out = tempDir();
    const r = rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), changedRubric(), '--corpus', CORPUS, '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.summary.reportsChanged).toBe(1);
    expect(d.summary.criteria).toEqual([{ id: 'legal_adviser', reports: 1, pointsDelta: -2.5, transitions: { 'met→partial': 1 } }]);
    const changed = d.changed.find((c: { file: string }) => c.file.startsWith('000'));
    expect(changed).toMatchObject({ totalBefore: 63, totalAfter: 60.5, rankBefore: 2, rankAfter: 3, kind: 'township', kindRankBefore: 2, kindRankAfter: 3 });
    // the report it passed moved in rank only: in --json, marked, and counted once in the summary (new user 40)
    expect(d.changed.filter((c: { rankOnly?: boolean }) => c.rankOnly).map((c: { file: string }) => c.file.slice(0, 3))).toEqual(['003']);
    expect(d.summary.rankOnly).toBe(1);
    expect(changed.criteria[0].evidenceBefore[0].text).toContain('聘请');
    const md = readFileSync(join(out, 'diff.md'), 'utf8');
    // outcomes in the output's language, ids in --json (nu33 read met → partial in a Chinese diff)
    // each criterion named by its id and its title (nu34: the diff named criteria by id only)
    expect(md).toContain('| legal_adviser 法律顾问 | 1 | -2.5 | 达标→部分 ×1 |');
    expect(md).toMatch(/\| legal_adviser 法律顾问 \| 达标 \| 部分 \|/);
    // what is compared is said: the engine's results, not the assessors' corrections
    expect(md).toContain('不计入评分人的复核决定');
    const zh = rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), changedRubric(), '--corpus', CORPUS, '--out', tempDir()]);
    expect(zh.stdout).toContain('legal_adviser 法律顾问: 达标 → 部分 (-2.5)');
    // the rank among the unit's kind beside the overall rank (类内排名, what offices publish); the rank-only report not listed
    expect(zh.stdout).toContain('000_ac34c00328a5d2bd.txt: 总分 63 → 60.5, 名次 2 → 3，乡镇（街道）类内 2 → 3');
    expect(zh.stdout).not.toMatch(/^003_82ca6d383a15eea9\.txt: /m);
    expect(zh.stdout).toContain('不计入评分人的复核决定');
    const enOut = tempDir();
    const en = rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), changedRubric(), '--corpus', CORPUS, '--out', enOut, '--lang', 'en']);
    expect(en.stdout).toContain('legal_adviser Legal adviser: met → partial (-2.5)');
    expect(en.stdout).toContain('review decisions (review.csv) are not applied');
    expect(readFileSync(join(enOut, 'diff.md'), 'utf8')).toContain('| legal_adviser Legal adviser | 1 | -2.5 | met→partial ×1 |');
  });

  it('a new criterion earning nothing changes no report: its outcomes are counted once; a new deduction is listed with its evidence; rank-only moves are counted, not listed (new user 40)', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
    const rubric = JSON.parse(readFileSync(join(dir, 'rubric.json'), 'utf8'));
    // a criterion nothing in the seeds meets, and a deduction every sentence naming 法律顾问 triggers
    writeFileSync(join(dir, 'criteria', 'inspection_x.json'), JSON.stringify({ id: 'inspection_x', title: '法治督察', points: 3, message: '法治督察', levels: [{ outcome: 'met', conditions: { all: [{ fact: 'sentences', params: { all: [['从未在任何报告里出现的词语']] }, operator: 'greaterThanInclusive', value: 1 }] } }] }));
    writeFileSync(join(dir, 'deductions', 'adviser_x.json'), JSON.stringify({ id: 'adviser_x', title: '顾问扣分', points: 2, message: '顾问', conditions: { all: [{ fact: 'sentences', params: { all: [['法律顾问']] }, operator: 'greaterThanInclusive', value: 1 }] } }));
    rubric.criteria.push('criteria/inspection_x.json');
    rubric.deductions.push('deductions/adviser_x.json');
    writeFileSync(join(dir, 'rubric.json'), JSON.stringify(rubric));
    const out = tempDir();
    const r = rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.summary.oneSided).toEqual([{ id: 'inspection_x', side: 'added', outcomes: { met: 0, partial: 0, unmet: 5 } }]);
    expect(d.summary.criteria).toEqual([]);
    const taken = d.changed.filter((c: { deductions: unknown[] }) => c.deductions.length);
    expect(d.summary.deductions).toEqual([{ id: 'adviser_x', reports: taken.length, pointsDelta: -2 * taken.length, transitions: { 'none→deducted': taken.length } }]);
    expect(taken.length).toBeGreaterThan(0);
    expect(d.summary.reportsChanged).toBe(taken.length);
    for (const c of taken) {
      expect(c.deductions[0]).toMatchObject({ id: 'adviser_x', pointsBefore: null, pointsAfter: 2 });
      expect(c.deductions[0].evidenceAfter[0].text).toContain('法律顾问');
    }
    expect(d.summary.rankOnly).toBe(d.changed.filter((c: { rankOnly?: boolean }) => c.rankOnly).length);
    const md = readFileSync(join(out, 'diff.md'), 'utf8');
    expect(md).toContain('新增评分项 inspection_x 法治督察：未达标 5');
    expect(md).toMatch(/\| adviser_x 顾问扣分 \| 无 \| −2 \|\s+\| L\d+ /);
    const zh = rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', tempDir()]);
    expect(zh.stdout).toContain(`扣分 adviser_x 顾问扣分: ${taken.length} 份报告`);
    expect(zh.stdout).toMatch(/扣分 adviser_x 顾问扣分: 无 → −2\n {4}\+ L\d+ /);
  });

  it('shows a late 落款\'s deadline and days late beside its date, in the terminal and diff.md (new user 47: a changed deadline showed only the date)', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
    const p = join(dir, 'deductions', 'late_report.json');
    const d = JSON.parse(readFileSync(p, 'utf8'));
    // a deadline on 1 January of the next year: every dated seed is late now
    d.conditions.all[0].params = { month: 1, day: 1 };
    writeFileSync(p, JSON.stringify(d, null, 2));
    const out = tempDir();
    const zh = rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', out]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toMatch(/扣分 late_report 报送逾期: 无 → −3\n {4}\+ L\d+ 落款：\d{4}年\d{1,2}月\d{1,2}日 〔期限：\d{4}年1月1日，逾期\d+天〕/);
    expect(readFileSync(join(out, 'diff.md'), 'utf8')).toMatch(/\| late_report 报送逾期 \| 无 \| −3 \|\s+\| L\d+ 落款: [^|]*〔期限：\d{4}年1月1日，逾期\d+天〕/);
    // a variant: in English
    expect(rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', tempDir(), '--lang', 'en']).stdout).toMatch(/\[deadline: \d{4}-01-01, \d+ days late\]/);
  });

  it('names the rule change itself, and says when a report moved with the same evidence (a threshold: new user\'s identical − and + lines)', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
    const p = join(dir, 'criteria', 'quantified_outcomes.json');
    const c = JSON.parse(readFileSync(p, 'utf8'));
    const met = c.levels.find((l: { outcome: string }) => l.outcome === 'met');
    const leaf = met.conditions.all ? met.conditions.all[0] : met.conditions.any[0];
    const was = leaf.value;
    leaf.value = was + 4;
    writeFileSync(p, JSON.stringify(c, null, 2));
    const out = tempDir();
    const json = JSON.parse(rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', out, '--json']).stdout);
    expect(json.rules).toEqual([expect.objectContaining({ id: 'quantified_outcomes', level: 'met', kind: 'threshold', before: { operator: leaf.operator, value: was }, after: { operator: leaf.operator, value: was + 4 } })]);
    const term = rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', out]);
    expect(term.stdout).toContain(`${was} → `);
    // the level in words and the condition's place named as such, not "met /all/0" (nu35)
    expect(term.stdout).toMatch(/quantified_outcomes · 达标（条件位置 \/(?:all|any)\/0）/);
    expect(rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', tempDir(), '--lang', 'en']).stdout).toMatch(/quantified_outcomes · met \(condition at \/(?:all|any)\/0\)/);
    if (json.summary.reportsChanged) {
      expect(term.stdout).toContain('证据相同');
      expect(readFileSync(join(out, 'diff.md'), 'utf8')).toContain('证据相同');
    }
    // a variant: a term added to a leaf's parameters is named
    const rules = JSON.parse(rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), changedRubric(), '--corpus', CORPUS, '--out', tempDir(), '--json']).stdout).rules;
    expect(rules).toEqual([expect.objectContaining({ id: 'legal_adviser', level: 'met', kind: 'params' })]);
    expect(rules[0].removed.length).toBeGreaterThan(0);
  });

  it('names a points change and the lexicon a rule uses when its terms change (red team 2, 05 and 13)', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
    const p = join(dir, 'criteria', 'legal_adviser.json');
    const c = JSON.parse(readFileSync(p, 'utf8'));
    c.points += 1;
    writeFileSync(p, JSON.stringify(c, null, 2));
    const r = join(dir, 'rubric.json');
    const spec = JSON.parse(readFileSync(r, 'utf8'));
    spec.lexicons.first_duty_heading.push('加强党的领导');
    writeFileSync(r, JSON.stringify(spec, null, 2));
    const rules = JSON.parse(rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), r, '--corpus', CORPUS, '--out', tempDir(), '--json']).stdout).rules;
    expect(rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: 'legal_adviser', level: 'points', kind: 'points', points: { before: c.points - 1, after: c.points } }),
      expect.objectContaining({ id: 'struct_first_duty', kind: 'lexicon', lexicons: ['first_duty_heading'] }),
    ]));
  });

  it('takes the old rubric from a git revision (HEAD:path)', () => {
    const repo = tempDir();
    cpSync(join(ROOT, 'rubrics', 'default'), join(repo, 'rub'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q'); git('-c', 'user.email=a@b', '-c', 'user.name=a', 'add', '.'); git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'rubric');
    changeLegalAdviser(join(repo, 'rub'));
    const r = rubricCli(['diff', 'HEAD:rub/rubric.json', 'rub/rubric.json', '--corpus', CORPUS, '--out', tempDir(), '--json'], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.old).toBe('HEAD:rub/rubric.json');
    expect(d.summary.reportsChanged).toBe(1);
  });

  it('an unchanged rubric changes nothing', () => {
    const p = join(ROOT, 'rubrics', 'default', 'rubric.json');
    const d = JSON.parse(rubricCli(['diff', p, p, '--corpus', CORPUS, '--out', tempDir(), '--json']).stdout);
    expect(d.summary.reportsChanged).toBe(0);
    expect(d.changed).toEqual([]);
  });
});

describe('rubric diff: reports neither rubric can score', () => {
  it('are not counted among the reports compared, and are named with their error codes (new user: 5 reports for 3 scored)', () => {
    const corpus = tempDir();
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt')).slice(0, 3)) cpSync(join(CORPUS, f), join(corpus, f));
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'x.docx'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 0xa5)]));
    const out = tempDir();
    const d = JSON.parse(rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), changedRubric(), '--corpus', corpus, '--out', out, '--json']).stdout);
    expect([d.reports, d.scored]).toEqual([5, 3]);
    expect(d.notScored).toEqual([{ file: 'empty.txt', code: 'empty_report' }, { file: 'x.docx', code: 'bad_docx' }]);
    expect(d.changed.map((c: { file: string }) => c.file)).not.toContain('empty.txt');
    const term = rubricCli(['diff', join(ROOT, 'rubrics', 'default', 'rubric.json'), changedRubric(), '--corpus', corpus, '--out', out]);
    expect(term.stdout).toMatch(/^3 份报告中 \d+ 份有变化/m);
    expect(term.stdout).toMatch(/另有 2 份.*empty\.txt \[empty_report\].*x\.docx \[bad_docx\]/);
    const md = readFileSync(join(out, 'diff.md'), 'utf8');
    expect(md).toContain('- 报告：3 份');
    expect(md).toMatch(/另有 2 份.*x\.docx \[bad_docx\]/);
  });
});

describe('rubric explain', () => {
  it('counts the evidence it leaves out on the whole report, and lists it all for one criterion (new user 40: 3 sentences under 找到9)', () => {
    const f = join(CORPUS, '001_125f4e7a7042b909.txt');
    const whole = rubricCli(['explain', f]).stdout;
    expect(whole).toMatch(/^\s+\+ …另有 \d+ 条/m);
    const one = rubricCli(['explain', f, '--criterion', 'quantified_outcomes']).stdout;
    expect(one).not.toContain('…另有');
    const n = JSON.parse(rubricCli(['explain', f, '--criterion', 'quantified_outcomes', '--json']).stdout).criteria[0];
    const shown = one.split('\n').filter((l) => /^\s+\+ L\d+/.test(l)).length;
    const all = JSON.stringify(n).match(/"line":/g)!.length;
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThanOrEqual(all);
  });
  it('lists a draft\'s placeholders, which no pattern reads (【待补充】, （待填写）), and says nothing of them for a report without any (new user 40)', () => {
    const dir = tempDir();
    const f = join(dir, 'draft.txt');
    writeFileSync(f, '青石镇人民政府\n关于2024年度法治政府建设情况的报告\n\n现将有关情况报告如下：\n一、主要举措和成效\n全年组织培训【待补充】期，聘请律师担任法律顾问。\n二、存在的不足\n一是部分干部法治意识还不够强（待填写原因）。\n三、下一步工作打算\n一是继续加强法治宣传教育。\n');
    const d = JSON.parse(rubricCli(['explain', f, '--json']).stdout);
    expect(d.document.placeholders).toEqual([{ line: 6, text: '【待补充】' }, { line: 8, text: '（待填写原因）' }]);
    expect(rubricCli(['explain', f]).stdout).toMatch(/^起草占位符.*L6 【待补充】、L8 （待填写原因）$/m);
    const plain = JSON.parse(rubricCli(['explain', join(CORPUS, '002_691625496146cc7c.txt'), '--json']).stdout);
    expect(plain.document).not.toHaveProperty('placeholders');
  });
  it('a mistyped --criterion gets 是不是 …？ with the close ids, not the whole list (new user); an unrelated name still lists them all', () => {
    const f = join(CORPUS, '002_691625496146cc7c.txt');
    const typo = rubricCli(['explain', f, '--criterion', 'legal_advisor']);
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim()).toBe('错误：评分细则中没有 "legal_advisor"（是不是 legal_adviser？）');
    // variants: part of a Chinese title, a prefix of an id; and a name like nothing
    expect(rubricCli(['explain', f, '--criterion', '顾问']).stderr).toContain('是不是 legal_adviser？');
    expect(rubricCli(['explain', f, '--criterion', 'struct_next']).stderr).toContain('struct_next_year');
    const none = rubricCli(['explain', f, '--criterion', 'xyz']);
    expect(none.stderr).toContain('struct_achievements（');
    expect(none.stderr).not.toContain('是不是');
  });

  it('shows the document model and every condition with its value, evidence and refused hits', () => {
    const r = rubricCli(['explain', join(CORPUS, '002_691625496146cc7c.txt'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.document).toMatchObject({ unit: '南阳市卧龙区陆营镇人民政府', year: 2024 });
    expect(x.document.sections.map((s: { kind: string }) => s.kind)).toEqual(expect.arrayContaining(['front', 'achievements', 'shortcomings', 'plans']));
    const duty = x.criteria.find((c: { id: string }) => c.id === 'duty_assessment');
    expect(duty.result).toMatchObject({ outcome: 'unmet', planned_only: true });
    const leaf = duty.levels[0].conditions.children[0];
    expect(leaf).toMatchObject({ kind: 'fact', fact: 'sentences', factResult: 0, evaluated: true, result: false });
    expect(leaf.refused[0]).toMatchObject({ reason: 'in_plans', kind: 'plans' });
    const wrong = x.criteria.find((c: { id: string }) => c.id === 'wrong_unit_name');
    expect(wrong.result.deducted).toBe(true);
  });

  it('narrows to one criterion on the terminal', () => {
    const r = rubricCli(['explain', join(CORPUS, '002_691625496146cc7c.txt'), '--criterion', 'legal_adviser']);
    expect(r.stdout).toContain('▶ legal_adviser 法律顾问: 部分 2.5/5');
    expect(r.stdout).not.toContain('▶ mediation');
    expect(rubricCli(['explain', join(CORPUS, '002_691625496146cc7c.txt'), '--criterion', 'nope']).code).toBe(2);
  });

  it('speaks the reader\'s language: outcomes, levels, groups, operators, section kinds and flags in Chinese by default, ids in English', () => {
    const file = join(CORPUS, '002_691625496146cc7c.txt');
    const zh = rubricCli(['explain', file, '--criterion', 'legal_adviser']).stdout;
    // no English vocabulary of the engine left on a Chinese reader's terminal
    for (const word of ['[achievements]', '[plans]', '[front]', 'met:', 'partial:', ' all ', 'greaterThanInclusive', '(title)', 'township', 'sentences =', 'distinct_items =']) expect(zh).not.toContain(word);
    // what a fact's value counts, in words (new user, session 29: sentences = 0 ≥ 1); a variant on the whole report
    expect(zh).toMatch(/[✓✗] 句数 = \d+ ≥ \d+/);
    const all = rubricCli(['explain', file]).stdout;
    expect(all).toMatch(/[✓✗] 章节数 = \d+ ≥ \d+/);
    expect(all).not.toMatch(/[✓✗] [a-z_]+ = /);
    expect(zh).toMatch(/\[工作成效\]|\[第一责任人职责\]/);
    expect(zh).toMatch(/^ {2}(达标|部分): [✓✗]$/m);
    expect(zh).toMatch(/全部满足|任一满足/);
    expect(zh).toContain(' ≥ ');
    const en = rubricCli(['explain', file, '--criterion', 'legal_adviser', '--lang', 'en']).stdout;
    expect(en).toContain('▶ legal_adviser 法律顾问: partial 2.5/5');
    expect(en).toMatch(/^ {2}partial: [✓✗]$/m);
    expect(en).toContain('greaterThanInclusive');
    expect(en).toMatch(/[✓✗] sentences = \d+ greaterThanInclusive \d+/);
  });

  it('a suspected deduction (疑似) is neither "deducted" nor silent: its evidence is shown for review', () => {
    const dir = tempDir();
    const file = join(dir, '杏林乡.txt');
    writeFileSync(file, ['杏林乡人民政府2021年度法治政府建设情况报告', '一、主要工作', '组织学习后，柳湾乡党委研究合法性审查事项，坚持依法决策。', '二、存在的问题', '法治意识有待提高。', '三、下一步打算', '继续推进。', '杏林乡人民政府', '2022年1月10日'].join('\n'));
    const j = JSON.parse(rubricCli(['explain', file, '--criterion', 'wrong_unit_name', '--json']).stdout);
    expect(j.criteria[0].result).toEqual({ deducted: false, suspected: true });
    const leaf = j.criteria[0].levels[0].conditions.children[0];
    expect(leaf.suspected[0]).toMatchObject({ match: '柳湾乡', suspicion: 'not_in_gazetteer' });
    expect(rubricCli(['explain', file, '--criterion', 'wrong_unit_name']).stdout).toMatch(/^ +\? L3 .*柳湾乡/m);
  });

  it('takes a criterion or deduction by its title as assessors name it (法律顾问, 年度错误)', () => {
    const r = rubricCli(['explain', join(CORPUS, '002_691625496146cc7c.txt'), '--criterion', '法律顾问']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('▶ legal_adviser');
    expect(r.stdout).not.toContain('▶ mediation');
    const d = rubricCli(['explain', join(CORPUS, '002_691625496146cc7c.txt'), '--criterion', '年度错误', '--json']);
    expect(JSON.parse(d.stdout).criteria.map((c: { id: string }) => c.id)).toEqual(['wrong_year']);
    const none = rubricCli(['explain', join(CORPUS, '002_691625496146cc7c.txt'), '--criterion', '法律顾问制度']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('legal_adviser');
  });
});

describe('rubric score --coverage', () => {
  it('writes coverage.json and lists dead conditions', () => {
    const out = tempDir();
    const r = rubricCli(['score', '--coverage', '--corpus', CORPUS, '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'coverage.json'))).toBe(true);
    const cov = JSON.parse(readFileSync(join(out, 'coverage.json'), 'utf8'));
    expect(cov.reports).toBe(5);
    expect(cov.conditions.find((c: { id: string }) => c.id === 'legal_adviser/met/all/0').held).toBe(2);
    expect(cov.dead).toContain('late_report/all/0');
  });
});
