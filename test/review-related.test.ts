/**
 * 相关文字 rows (harness/review/related.ts): a cell scored unmet with nothing found — nothing counted, nothing refused —
 * whose report carries one of the criterion's `related` words joins review.csv with that sentence (new user 54 added two
 * such cells by hand: 文件印发前一律经合法性审核 uncredited, a next year's work told only inside the problems). The words
 * are rubric data scoring never reads: schema-checked, and an edit to them changes no criterion's hash.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { loadRubric } from '../engine/rubric/load.js';
import { relatedSentence, silentCells } from '../harness/review/related.js';
import { DEFAULT_RUBRIC, scoreText } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { RubricLoadError } from '../engine/errors.js';

const base = { id: 'x', name: 'x', version: '1', deductions: [] as unknown[] };
const rubricWith = (related: unknown) => ({ ...base, criteria: [{ id: 'a', title: 'A', points: 100, related, levels: [{ outcome: 'met', conditions: { all: [{ fact: 'sentences', operator: 'greaterThanInclusive', value: 1, params: { all: [['x']] } }] } }] }] });
/** Load a rubric written to a folder: its errors, or the compiled rubric. */
function load(rubric: unknown, dir = tempDir()) {
  writeFileSync(join(dir, 'rubric.json'), JSON.stringify(rubric));
  try { return { rubric: loadRubric(join(dir, 'rubric.json')), errors: [] }; } catch (e) {
    if (e instanceof RubricLoadError) return { rubric: null, errors: e.errors };
    throw e;
  }
}
const readCsv = (p: string) => (parse(readFileSync(p, 'utf8').replace(/^\ufeff/, '')) as string[][]).slice(1);

/** A township's report whose document rule is worded with no word the rules read, and whose shortcomings name its enforcers. */
const TOWN = `青石镇2024年法治政府建设情况报告
2024年，青石镇扎实推进法治政府建设，现将有关情况报告如下。
一、主要工作及成效
（一）加强组织领导。镇党委书记履行推进法治建设第一责任人职责，全年专题研究法治工作4次，制定年度工作要点。
（二）把好发文关口。镇里的各类文件在印发前一律交镇司法所和法律顾问把关，全年共把关文件15件。
（三）开展普法宣传。利用赶集日开展法治宣传12场，发放资料3000余份。
二、存在的问题
一是部分村干部法治意识不强；二是执法人员年龄偏大，力量不足。
三、下一步工作打算
2025年，我镇将加强干部学法，充实执法力量。
青石镇人民政府
2025年1月8日`;

/** The same kind of report with none of the related words of the cells it leaves unmet. */
const PLAIN = `白河乡2024年法治政府建设情况报告
2024年，白河乡依法行政工作稳步推进。
一、主要工作
开展法治宣传8场，调处矛盾纠纷30件。
二、存在的不足
群众学法用法氛围还不浓。
三、下一步打算
2025年，我乡将继续开展普法宣传。
白河乡人民政府
2025年1月6日`;

describe('related words of a criterion', () => {
  const rubric = loadRubric(DEFAULT_RUBRIC);

  it('the default rubric gives them only to criteria where an assessor reads for words (documents, enforcement, structure)', () => {
    const withWords = rubric.criteria.filter((c) => c.related?.length).map((c) => c.id);
    expect(withWords).toEqual(expect.arrayContaining(['normative_doc_review', 'struct_next_year', 'enforcement_qualification']));
    // a figure or a count is no word to look for
    expect(withWords).not.toContain('quantified_outcomes');
  });

  it('silentCells lists the unmet cells without any evidence that have related words; a cell with refused text is not one', async () => {
    const r = await scoreText(TOWN);
    const ids = silentCells(rubric, r);
    expect(ids).toContain('normative_doc_review');
    for (const id of ids) expect(r.criteria[id]).toMatchObject({ outcome: 'unmet', evidence: [] });
    // a criterion with refused text (the study of law only in the plans) is the withheld row's, not this one's
    expect(r.criteria.leader_study_law.evidence.length).toBeGreaterThan(0);
    expect(ids).not.toContain('leader_study_law');
    expect(silentCells(rubric, { criteria: r.criteria, error: { code: 'empty_report' } })).toEqual([]);
    // the plain report has such cells too, but none of their words: review-template must leave them out (below)
    expect(silentCells(rubric, await scoreText(PLAIN))).toEqual(expect.arrayContaining(['normative_doc_review', 'power_list']));
  });

  it('relatedSentence quotes the first body sentence carrying a word, with the word as its match; never the title', () => {
    const doc = parseDocument(TOWN, { file: 'town.txt' });
    const e = relatedSentence(doc, ['执法人员', '法治政府'])!;
    // 法治政府 stands in the title and the preamble: the preamble's sentence comes first in the body
    expect(e).toMatchObject({ match: '法治政府', kind: 'front' });
    expect(e.line).toBe(2);
    const enforcers = relatedSentence(doc, ['执法人员'])!;
    expect(enforcers).toMatchObject({ match: '执法人员', kind: 'shortcomings' });
    expect(enforcers.text).toContain('执法人员年龄偏大');
    expect(relatedSentence(doc, ['权责清单'])).toBeNull();
  });

  it('review-template lists such cells with the sentence marked 相关文字, and a report without the words gets no such row', () => {
    const corpus = tempDir(), out = tempDir();
    writeFileSync(join(corpus, '01_qingshi_2024.txt'), TOWN);
    writeFileSync(join(corpus, '02_baihe_2024.txt'), PLAIN);
    const t = rubricCli(['review-template', corpus, '--out', out, '--no-cache']);
    expect(t.code, t.stderr).toBe(0);
    const rows = readCsv(join(out, 'review.csv'));
    const enforcement = rows.find((r) => r[0] === '01_qingshi_2024.txt' && r[1] === 'enforcement_qualification')!;
    expect(enforcement[2]).toBe('未达标 0分（报告中有相关文字）');
    expect(enforcement[9]).toMatch(/^\[相关文字\] L\d+ .*执法人员年龄偏大/);
    // what the level needed follows the sentence, so the row is decidable on its own
    expect(enforcement[9]).toContain('需：');
    expect(rows.filter((r) => r[0] === '02_baihe_2024.txt' && r[2].includes('相关文字'))).toEqual([]);
    // the rows are written once: a second run adds nothing
    const again = rubricCli(['review-template', corpus, '--out', out, '--no-cache']);
    expect(again.code, again.stderr).toBe(0);
    expect(readCsv(join(out, 'review.csv'))).toEqual(rows);
  });

  it('a related row decided by the assessor is applied like any other', () => {
    const corpus = tempDir(), out = tempDir();
    writeFileSync(join(corpus, '01_qingshi_2024.txt'), TOWN);
    expect(rubricCli(['review-template', corpus, '--out', out, '--no-cache']).code).toBe(0);
    const file = join(out, 'review.csv');
    const text = readFileSync(file, 'utf8').replace(/^(01_qingshi_2024\.txt,enforcement_qualification,[^,]*),,,,/m, '$1,部分,执法人员培训未写但提到执法队伍,李四,2025-02-01');
    writeFileSync(file, text);
    const s = rubricCli(['score', corpus, '--out', out, '--no-cache', '--format', 'jsonl']);
    expect(s.code, s.stderr).toBe(0);
    const r = JSON.parse(readFileSync(join(out, 'results.jsonl'), 'utf8').trim());
    expect(r.criteria.enforcement_qualification.outcome).toBe('partial');
  });

  it('the schema refuses a related word with a space or an empty list; an edit to the words keeps every hash (scoring never reads them)', () => {
    expect(load(rubricWith(['规范 文件'])).errors[0]).toMatchObject({ code: 'schema', path: '/criteria/0/related/0' });
    expect(load(rubricWith([])).errors[0]).toMatchObject({ code: 'schema', path: '/criteria/0/related' });
    const a = load(rubricWith(['规范性文件'])).rubric!, b = load(rubricWith(['规范性文件', '红头文件'])).rubric!;
    expect(a.criteria[0].related).toEqual(['规范性文件']);
    expect(b.criteria[0].related).toEqual(['规范性文件', '红头文件']);
    expect(b.criteria[0].hash).toBe(a.criteria[0].hash);
    expect(b.hash).toBe(a.hash);
  });
});
