/**
 * A threshold changed without its words (a new user's ask, session 15): the criterion's message and a
 * condition's title state counts; a level asking for another count is a warning (message_threshold,
 * label_threshold) that score, test and diff print, and that never stops a run.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RubricLoadError } from '../engine/errors.js';
import { loadRubric } from '../engine/rubric/load.js';
import { askedCounts, statedThresholds } from '../engine/rubric/message-check.js';
import type { Condition } from '../engine/rubric/conditions.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { CORPUS, DEFAULT_RUBRIC, ROOT } from './helpers.js';

/** A copy of the default rubric with one criterion file's JSON changed. */
function edited(criterion: string, change: (j: any) => void): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
  const p = join(dir, 'criteria', `${criterion}.json`);
  const j = JSON.parse(readFileSync(p, 'utf8'));
  change(j);
  writeFileSync(p, JSON.stringify(j, null, 2));
  return join(dir, 'rubric.json');
}

/** A one-criterion rubric with the given message and met-level conditions. */
function small(message: string, conditions: unknown): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'rubric.json'), JSON.stringify({ id: 'x', name: 'x', version: '1', deductions: [], criteria: [{ id: 'a', title: 'A', points: 100, message, levels: [{ outcome: 'met', conditions }] }] }));
  return join(dir, 'rubric.json');
}
const leaf = (operator: string, value: number, title?: string) => ({ fact: 'sentences', params: { all: [['调解']] }, operator, value, ...(title ? { title } : {}) });

describe('the thresholds a text states and a level asks for', () => {
  const st = (t: string) => [...statedThresholds(t)].sort((a, b) => a - b);
  it('reads a threshold with its wording: 及以上/不少于 N, 超过/多于 N as N + 1, a range by its lower bound', () => {
    expect(st('有 8 个及以上不同的数量得满分')).toEqual([8]);
    expect(st('3 到 7 个得一半')).toEqual([3]);
    expect(st('四项及以上得满分')).toEqual([4]);
    expect(st('两到三项得一半')).toEqual([2]);
    expect(st('只有一两项得一半')).toEqual([1]);
    expect(st('数量超过七个得满分')).toEqual([8]);
    expect(st('多于7个')).toEqual([8]);
    expect(st('二百件以上')).toEqual([200]);
    expect(st('８个及以上')).toEqual([8]);
  });

  it('states nothing by an article, a gloss or example, points, a rate or a name (red team 23)', () => {
    expect(st('一个标题，或一段明确的正文')).toEqual([]);
    expect(st('写明次数或频次（12次、每月）')).toEqual([]);
    expect(st('两项及以上得满分（5分）')).toEqual([2]);
    expect(st('不少于3次，少一次扣2分')).toEqual([3]);
    expect(st('每月至少集体学法1次')).toEqual([]);
    expect(st('落实八五普法规划，学法六次以上')).toEqual([6]);
    expect(st('数字加单位或百分比')).toEqual([]);
  });

  it('asks ≥ v as v and > v as v + 1, only outside a not', () => {
    const c = { all: [{ fact: 'x', operator: 'greaterThanInclusive', value: 4, params: { $ref: 0 } }, { fact: 'x', operator: 'greaterThan', value: 2, params: { $ref: 1 } }, { fact: 'x', operator: 'greaterThanInclusive', value: 1, params: { $ref: 2 } }, { not: { fact: 'x', operator: 'greaterThanInclusive', value: 5, params: { $ref: 3 } } }] } as unknown as Condition;
    expect(askedCounts(c).map(({ count, ref }) => ({ count, ref }))).toEqual([{ count: 4, ref: 0 }, { count: 3, ref: 1 }, { count: 1, ref: 2 }]);
  });
});

describe('loading a rubric', () => {
  it('the default rubric and the example scheme load without these warnings', () => {
    expect(loadRubric(DEFAULT_RUBRIC).warnings).toEqual([]);
    expect(loadRubric(join(ROOT, 'rubrics', 'examples', 'county-scheme', 'rubric.json')).warnings).toEqual([]);
  });

  it('quantified_outcomes raised from 8 to 10 without its words: both warnings, with the level, the count and where', () => {
    const r = loadRubric(edited('quantified_outcomes', (j) => { j.levels[0].conditions.all[0].value = 10; }));
    expect(r.warnings.map((w) => [w.code, w.path, w.params])).toEqual([
      ['message_threshold', '/levels/0/conditions', { criterion: 'quantified_outcomes', level: 'met', count: 10, stated: [8] }],
      ['label_threshold', '/levels/0/conditions/all/0', { criterion: 'quantified_outcomes', level: 'met', count: 10, label: '量化数据八处以上' }],
      // the partial band (三至七, 3 到 7) now ends two short of met
      ['range_threshold', '/levels/1/conditions/all/0', { criterion: 'quantified_outcomes', level: 'partial', upper: 7, next: 10, label: '量化数据三至七处' }],
      ['range_threshold', '/levels/1/conditions', { criterion: 'quantified_outcomes', level: 'partial', upper: 7, next: 10, label: expect.stringContaining('3 到 7') }],
    ]);
    // the words changed with it: nothing to say
    const fixed = loadRubric(edited('quantified_outcomes', (j) => {
      j.levels[0].conditions.all[0].value = 10; j.levels[0].conditions.all[0].title = '量化数据十处以上';
      j.message = String(j.message).replace('8 个及以上', '10 个及以上').replace('3 到 7 个', '3 到 9 个');
      j.levels[1].conditions.all[0].title = '量化数据三至九处';
    }));
    expect(fixed.warnings).toEqual([]);
  });

  it('a 落款 deadline moved without its words warns (message_deadline, new user 47: 3月1日 in the params, 4月1日 in every output); the words moved with it do not; variant: the condition\'s title', () => {
    const late = (change: (j: any) => void): string => {
      const dir = tempDir();
      cpSync(join(ROOT, 'rubrics', 'default'), dir, { recursive: true });
      const p = join(dir, 'deductions', 'late_report.json');
      const j = JSON.parse(readFileSync(p, 'utf8'));
      change(j);
      writeFileSync(p, JSON.stringify(j, null, 2));
      return join(dir, 'rubric.json');
    };
    const moved = loadRubric(late((j) => { j.conditions.all[0].params = { month: 3, day: 1 }; }));
    expect(moved.warnings.map((w) => [w.code, w.path, w.params])).toEqual([['message_deadline', '/conditions/all/0', { id: 'late_report', month: 3, day: 1, stated: ['4月1日'] }]]);
    expect(loadRubric(late((j) => { j.conditions.all[0].params = { month: 3, day: 1 }; j.message = String(j.message).replace('4月1日', '3月1日'); })).warnings).toEqual([]);
    // the default deadline (no params) is 4月1日; a title stating another date is stale words too, in Chinese numerals as well
    expect(loadRubric(late((j) => { delete j.conditions.all[0].params; j.conditions.all[0].title = '落款日期晚于三月十五日'; })).warnings.map((w) => [w.code, w.params.month, w.params.day, w.params.stated])).toEqual([['message_deadline', 4, 1, ['三月十五日']]]);
  });

  it('a deadline that is no date of every year is an error (impossible_deadline: 2月30日 had rolled over to 3月2日 silently — red team 99); a real one is not', () => {
    const dir = tempDir();
    const write = (month: number, day: number) => { writeFileSync(join(dir, 'rubric.json'), JSON.stringify({ id: 'x', name: 'x', version: '1', maxTotal: 100, criteria: [{ id: 'a', title: 'A', points: 100, message: 'm', levels: [{ outcome: 'met', conditions: { all: [leaf('greaterThanInclusive', 1)] } }] }], deductions: [{ id: 'late_report', title: '报送逾期', points: 3, message: `落款晚于次年${month}月${day}日`, conditions: { all: [{ fact: 'late_closing', params: { month, day }, operator: 'greaterThan', value: 0 }] } }] })); return join(dir, 'rubric.json'); };
    const codes = (month: number, day: number) => { try { loadRubric(write(month, day)); return []; } catch (e) { return (e as RubricLoadError).errors.map((x) => [x.code, x.path, x.params]); } };
    expect(codes(2, 30)).toEqual([['impossible_deadline', '/deductions/0/conditions/all/0/params', { month: 2, day: 30 }]]);
    // variants: a 31st of a 30-day month, and 2月29日 (leap years only); the last day of a month is fine
    expect(codes(4, 31).map((c) => c[0])).toEqual(['impossible_deadline']);
    expect(codes(2, 29).map((c) => c[0])).toEqual(['impossible_deadline']);
    expect(codes(2, 28)).toEqual([]);
    expect(codes(3, 31)).toEqual([]);
  });

  it('message_deadline reads each inline deduction\'s own words, and full-width digits (red team 99: the first item of rubric.json had been taken)', () => {
    const dir = tempDir();
    const late = (month: number, message: string) => ({ id: 'late_report', title: '报送逾期', points: 3, message, conditions: { all: [{ fact: 'late_closing', params: { month, day: 1 }, operator: 'greaterThan', value: 0 }] } });
    const other = { id: 'x', title: '宣传', points: 1, message: '12月4日国家宪法日', conditions: { all: [{ fact: 'sentences', params: { all: [['宪法']] }, operator: 'greaterThanInclusive', value: 1 }] } };
    const write = (deductions: unknown[]) => { writeFileSync(join(dir, 'rubric.json'), JSON.stringify({ id: 'x', name: 'x', version: '1', maxTotal: 100, criteria: [{ id: 'a', title: 'A', points: 100, message: 'm', levels: [{ outcome: 'met', conditions: { all: [leaf('greaterThanInclusive', 1)] } }] }], deductions })); return join(dir, 'rubric.json'); };
    // late_report second in the file, its message stale: named, with its own words (not the first item's 12月4日)
    expect(loadRubric(write([other, late(3, '落款晚于4月1日')])).warnings.map((w) => [w.code, w.params.id, w.params.stated])).toEqual([['message_deadline', 'late_report', ['4月1日']]]);
    // its words right: nothing, whatever the item before says
    expect(loadRubric(write([other, late(3, '落款晚于3月1日')])).warnings).toEqual([]);
    // a variant: full-width digits are digits
    expect(loadRubric(write([late(3, '落款晚于４月１日')])).warnings.map((w) => w.params.stated)).toEqual([['4月1日']]);
  });

  it('the partial band\'s range left behind when met is raised (nu33: 8 → 12, the partial title still 三至七处); variant: the message\'s band', () => {
    const raised = (j: Record<string, any>) => { j.levels[0].conditions.all[0].value = 12; j.levels[0].conditions.all[0].title = '量化数据十二处以上'; };
    const stale = loadRubric(edited('quantified_outcomes', (j) => { raised(j); j.message = String(j.message).replace('8 个及以上', '12 个及以上').replace('3 到 7 个', '3 到 11 个'); }));
    expect(stale.warnings.map((w) => [w.code, w.path, w.params])).toEqual([
      ['range_threshold', '/levels/1/conditions/all/0', { criterion: 'quantified_outcomes', level: 'partial', upper: 7, next: 12, label: '量化数据三至七处' }],
    ]);
    const message = loadRubric(edited('quantified_outcomes', (j) => { raised(j); j.message = String(j.message).replace('8 个及以上', '12 个及以上'); j.levels[1].conditions.all[0].title = '量化数据三至十一处'; }));
    expect(message.warnings.map((w) => [w.code, w.params.upper, w.params.next])).toEqual([['range_threshold', 7, 12]]);
  });

  it('each level is read against its own clause: lowering 8 to 7 warns although the partial band says 3 到 7 (red team 23)', () => {
    // (and the partial band 3 到 7 now overlaps met: range_threshold on its title and its clause)
    expect(loadRubric(edited('quantified_outcomes', (j) => { j.levels[0].conditions.all[0].value = 7; })).warnings.map((w) => [w.code, w.params.count ?? w.params.next])).toEqual([['message_threshold', 7], ['label_threshold', 7], ['range_threshold', 7], ['range_threshold', 7]]);
    // raising the partial band's floor: 两到三项 no longer says it
    expect(loadRubric(edited('major_decision_procedure', (j) => { j.levels[1].conditions.all[0].value = 3; })).warnings.map((w) => w.code)).toContain('message_threshold');
    // ≥ 8 written 超过七个 is consistent
    expect(loadRubric(edited('quantified_outcomes', (j) => { j.message = String(j.message).replace('8 个及以上', '超过七个'); })).warnings).toEqual([]);
  });

  it('a variant: 四项 → ≥ 5 warns; > 3 written 四项 does not; a message stating no count is left alone', () => {
    expect(loadRubric(small('四项及以上得满分', { all: [leaf('greaterThanInclusive', 5)] })).warnings.map((w) => w.code)).toEqual(['message_threshold']);
    expect(loadRubric(small('四项及以上得满分', { all: [leaf('greaterThan', 3)] })).warnings).toEqual([]);
    expect(loadRubric(small('写明调解工作得满分', { all: [leaf('greaterThanInclusive', 5)] })).warnings).toEqual([]);
    // only the title is stale
    expect(loadRubric(small('写明调解工作得满分', { all: [leaf('greaterThanInclusive', 5, '调解三次以上')] })).warnings.map((w) => [w.code, w.params.count])).toEqual([['label_threshold', 5]]);
  });
});

describe('the commands print it and go on', () => {
  const stale = edited('quantified_outcomes', (j) => { j.levels[0].conditions.all[0].value = 10; });

  it('rubric test: warnings on stderr; the boundary case (exactly eight) fails the raised threshold', () => {
    const r = rubricCli(['test', stale]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('quantified_outcomes › exactly eight different quantities');
    expect(r.stderr).toContain('[message_threshold]');
    expect(r.stderr).toContain('[label_threshold]');
    expect(r.stderr).toContain('quantified_outcomes.json');
  }, 120_000);

  it('rubric test: a warning alone never fails the run (the message edited, the threshold kept)', () => {
    const r = rubricCli(['test', edited('quantified_outcomes', (j) => { j.message = String(j.message).replace('8 个及以上', '6 个及以上'); })]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stderr).toContain('[message_threshold]');
    expect(r.stderr).not.toContain('[label_threshold]');
  }, 120_000);

  it('rubric diff and score: on stderr, and the run completes', () => {
    const d = rubricCli(['diff', DEFAULT_RUBRIC, stale, '--corpus', CORPUS, '--out', tempDir(), '--json']);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stderr).toContain('[message_threshold]');
    const s = rubricCli(['score', CORPUS, '--rubric', stale, '--out', tempDir(), '--no-cache', '--format', 'jsonl']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toContain('[label_threshold]');
  }, 120_000);
});
