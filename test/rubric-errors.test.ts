/**
 * Rubric errors are data: a closed code, params, the file and a JSON pointer. These tests assert
 * codes and params, never wording; the one catalogue (harness/messages.ts) renders every code.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RubricLoadError, type RubricError, type RubricErrorCode } from '../engine/errors.js';
import { loadRubric } from '../engine/rubric/load.js';
import { rubricMessage } from '../harness/messages.js';

export const base = { id: 'x', name: 'x', version: '1', deductions: [] as unknown[] };
export const crit = (conditions: unknown, extra = {}) => ({ id: 'a', title: 'A', points: 100, levels: [{ outcome: 'met', conditions }], ...extra });
export const fact = (params: unknown, more = {}) => ({ fact: 'sentences', operator: 'greaterThanInclusive', value: 1, params, ...more });

/** Write the rubric (and any other files) to a fresh folder and load it; the errors it throws, or []. */
export function loadErrors(rubric: unknown, files: Record<string, string> = {}, raw?: string, prepare?: (dir: string) => void): RubricError[] {
  const dir = mkdtempSync(join(tmpdir(), 'rubric-errors-'));
  prepare?.(dir);
  for (const [name, body] of Object.entries(files)) { mkdirSync(dirname(join(dir, name)), { recursive: true }); writeFileSync(join(dir, name), body); }
  writeFileSync(join(dir, 'rubric.json'), raw ?? JSON.stringify(rubric));
  try { loadRubric(join(dir, 'rubric.json')); return []; } catch (e) {
    if (e instanceof RubricLoadError) return e.errors;
    throw e;
  }
}

describe('rubric errors as data', () => {
  it('a JSON syntax error has its line and column as params', () => {
    const [e] = loadErrors(null, {}, '{\n  "id": "x",\n  "name": "x",,\n}');
    expect(e).toMatchObject({ code: 'json_syntax', path: '', params: { line: 3 } });
  });
  it('the slips Node\'s own parser places nowhere are placed and named: a trailing comma, a full-width quote or colon, a comment (new user 40)', () => {
    expect(loadErrors(null, {}, '{\n  "id": "x",\n  "tags": ["a", "b",]\n}')[0]).toMatchObject({ code: 'json_syntax', params: { line: 3, column: 21, found: 'trailing_comma' } });
    expect(loadErrors(null, {}, '{\n  "id": "x",\n}')[0]).toMatchObject({ code: 'json_syntax', params: { line: 3, column: 1, found: 'trailing_comma' } });
    expect(loadErrors(null, {}, '{\n  "title": “法治督察”\n}')[0]).toMatchObject({ code: 'json_syntax', params: { line: 2, column: 12, found: 'full_width', char: '“' } });
    expect(loadErrors(null, {}, '{\n  "id"：“x"\n}')[0]).toMatchObject({ code: 'json_syntax', params: { line: 2, column: 7, found: 'full_width', char: '：' } });
    expect(loadErrors(null, {}, '{\n  "id": "x" // the id\n}')[0]).toMatchObject({ code: 'json_syntax', params: { line: 2, column: 13, found: 'comment' } });
    // a slip of no named kind still has its place
    const [other] = loadErrors(null, {}, '{\n  "id": "x"\n  "name": "y"\n}');
    expect(other).toMatchObject({ code: 'json_syntax', params: { line: 3, column: 3 } });
    expect(other.params).not.toHaveProperty('found');
  });
  it('a schema violation carries ajv keyword and params with its pointer', () => {
    const [e] = loadErrors({ ...base, criteria: [{ ...crit({ all: [fact({ all: [['x']] })] }), points: '5' }] });
    expect(e).toMatchObject({ code: 'schema', path: '/criteria/0/points', params: { keyword: 'type', params: { type: 'number' } } });
  });
  it('an unknown fact names the fact and the known ones', () => {
    const [e] = loadErrors({ ...base, criteria: [crit({ all: [{ fact: 'magic', operator: 'equal', value: 1 }] })] });
    expect(e.code).toBe('schema'); // the schema's fact enum catches it first
    expect(e.path).toBe('/criteria/0/levels/0/conditions/all/0/fact');
  });
  it('an unknown lexicon, an unparsable and an unsafe pattern', () => {
    const errs = loadErrors({ ...base, criteria: [crit({ all: [fact({ all: [['@nope'], ['(a'], ['(a+)+$']] })] })] });
    expect(errs.map((e) => [e.code, e.params])).toEqual([
      ['unknown_lexicon', { lexicon: 'nope' }],
      ['bad_pattern', { pattern: '(a', reason: expect.any(String) }],
      ['unsafe_pattern', { pattern: '(a+)+$', reason: expect.any(String) }],
    ]);
  });
  it('duplicate ids name the first file', () => {
    const errs = loadErrors({ ...base, criteria: [crit({ all: [fact({ all: [['x']] })] }), crit({ all: [fact({ all: [['y']] })] })] });
    expect(errs).toEqual([expect.objectContaining({ code: 'duplicate_id', path: '/criteria/1/id', params: { id: 'a', firstFile: expect.stringContaining('rubric.json') } })]);
  });
  it('the catalogue renders every code in Chinese and in English', () => {
    const samples: { [C in RubricErrorCode]: RubricError & { code: C } } = {
      json_syntax: { code: 'json_syntax', file: 'f', path: '', params: { line: 1, column: 2 } },
      rubric_unreadable: { code: 'rubric_unreadable', file: 'f', path: '', params: { reason: 'ENOENT' } },
      file_too_large: { code: 'file_too_large', file: 'f', path: '', params: { bytes: 10, limit: 1 } },
      too_deep: { code: 'too_deep', file: 'f', path: '', params: { limit: 64 } },
      schema: { code: 'schema', file: 'f', path: '/x', params: { keyword: 'required', params: { missingProperty: 'id' } } },
      include_outside: { code: 'include_outside', file: 'f', path: '', params: { include: 'a.json', folder: '/d' } },
      include_missing: { code: 'include_missing', file: 'f', path: '', params: { include: 'a.json' } },
      bad_condition: { code: 'bad_condition', file: 'f', path: '', params: { found: [] } },
      unknown_fact: { code: 'unknown_fact', file: 'f', path: '', params: { fact: 'x', known: ['a'] } },
      condition_too_deep: { code: 'condition_too_deep', file: 'f', path: '', params: { limit: 32 } },
      duplicate_id: { code: 'duplicate_id', file: 'f', path: '', params: { id: 'a', firstFile: 'g' } },
      duplicate_level: { code: 'duplicate_level', file: 'f', path: '', params: {} },
      not_finite: { code: 'not_finite', file: 'f', path: '', params: {} },
      points_sum: { code: 'points_sum', file: 'f', path: '', params: { sum: 1, maxTotal: 2 } },
      impossible_deadline: { code: 'impossible_deadline', file: 'f', path: '', params: { month: 2, day: 30 } },
      message_deadline: { code: 'message_deadline', file: 'f', path: '', params: { id: 'late_report', month: 3, day: 1, stated: ['4月1日'] } },
      message_threshold: { code: 'message_threshold', file: 'f', path: '', params: { criterion: 'a', level: 'met', count: 10, stated: [3, 8] } },
      label_threshold: { code: 'label_threshold', file: 'f', path: '', params: { criterion: 'a', level: 'partial', count: 10, label: 'eight or more' } },
      range_threshold: { code: 'range_threshold', file: 'f', path: '', params: { criterion: 'a', level: 'partial', upper: 7, next: 12, label: 'three to seven' } },
      unknown_lexicon: { code: 'unknown_lexicon', file: 'f', path: '', params: { lexicon: 'x' } },
      bad_pattern: { code: 'bad_pattern', file: 'f', path: '', params: { pattern: '(', reason: 'r' } },
      unsafe_pattern: { code: 'unsafe_pattern', file: 'f', path: '', params: { pattern: '(a+)+', reason: 'r' } },
      pattern_reference: { code: 'pattern_reference', file: 'f', path: '', params: { pattern: '(a)\\1', feature: 'backreference' } },
      not_a_git_repo: { code: 'not_a_git_repo', file: 'f', path: '', params: { arg: 'HEAD:x' } },
      bad_revision: { code: 'bad_revision', file: 'f', path: '', params: { arg: '-x:y' } },
      fixture_format: { code: 'fixture_format', file: 'f', path: '', params: {} },
      unknown_criterion: { code: 'unknown_criterion', file: 'f', path: '', params: { criterion: 'x' } },
      duplicate_case: { code: 'duplicate_case', file: 'f', path: '', params: { name: 'n', repeats: 'text' } },
      unknown_case_key: { code: 'unknown_case_key', file: 'f', path: '', params: { name: 'n', key: 'plannedOnly', allowed: 'name, text' } },
      no_cases: { code: 'no_cases', file: 'f', path: '', params: { criterion: 'x', fixtureFile: 'x.test.json' } },
      bad_expect: { code: 'bad_expect', file: 'f', path: '', params: { name: 'n', value: 'meet', allowed: 'met, partial, unmet' } },
    };
    for (const e of Object.values(samples)) {
      const zh = rubricMessage(e, 'zh'), en = rubricMessage(e, 'en');
      expect(zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(en).not.toMatch(/[\u4e00-\u9fa5]{3}/);
      expect(en.length).toBeGreaterThan(5);
    }
  });
});
