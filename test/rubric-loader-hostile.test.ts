/**
 * Rubrics cannot hang, escape or crash the loader (issue 12): every hostile rubric becomes rubric
 * errors {code, file, path, params} and exit 2, never a hang, a stack trace or a file written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CONDITION_DEPTH } from '../engine/rubric/conditions.js';
import { MAX_RUBRIC_FILE_BYTES } from '../engine/rubric/limits.js';
import { CORPUS, ROOT } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { base, crit, fact, loadErrors } from './rubric-errors.test.js';

const SEED = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()[0];
const codes = (errs: { code: string }[]) => errs.map((e) => e.code);
const withPatterns = (...lists: string[][]) => ({ ...base, criteria: [crit({ all: [fact({ all: lists })] })] });

describe('unsafe patterns are refused by the parsed-pattern analysis', () => {
  it.each([
    ['nested quantifier behind a lookbehind, {1,} unbounded', '(?<!z)(?:法+){1,}治理'],
    ['{1,} inside {2,}', '(?:律师{1,}){2,}顾问'],
    ['nested quantifier behind a lookahead', '(?=法)(?:法治\\s*)+$'],
    ['repeated alternation', '(?:法|法治)+建设$'],
    ['polynomial backtracking between two repetitions', '法+法+治理'],
  ])('%s: %s', (_name, pattern) => {
    const errs = loadErrors(withPatterns([pattern]));
    expect(errs).toEqual([expect.objectContaining({ code: 'unsafe_pattern', path: '/criteria/0/levels/0/conditions/all/0/params/all/0/0', params: { pattern, reason: expect.any(String) } })]);
  });
  it('bounded and optional repetitions still load', () => {
    expect(loadErrors(withPatterns(['(?:工作)?机制', '(?:法律|法治)?顾问', '[\\u4e00-\\u9fa5]{2,12}律师事务所', '法{1,}治', '(?:ab){3}']))).toEqual([]);
  });
  it('an unsafe pattern inside a lexicon is refused where the lexicon is used', () => {
    const errs = loadErrors({ ...withPatterns(['@bad']), lexicons: { bad: ['顾问', '(?:法+){1,}治理'] } });
    expect(codes(errs)).toEqual(['unsafe_pattern']);
  });
});

describe('patterns joined into one regex keep their meaning', () => {
  it('a backreference is refused (it would be renumbered: (律)师 + (法)\\1顾问 matched 法顾问)', () => {
    const errs = loadErrors(withPatterns(['(律)师', '(法)\\1顾问']));
    expect(errs.map((e) => [e.code, e.params])).toEqual([['pattern_reference', { pattern: '(法)\\1顾问', feature: 'backreference' }]]);
  });
  it('named groups are refused (two with one name failed to compile), named backreferences too', () => {
    const errs = loadErrors(withPatterns(['(?<y>20\\d\\d)年', '(?<y>20\\d\\d)年度']));
    expect(errs.map((e) => e.code)).toEqual(['pattern_reference', 'pattern_reference']);
    expect(loadErrors(withPatterns(['(?<a>法)\\k<a>'])).map((e) => e.code)).toEqual(['pattern_reference']);
  });
  it('plain capture groups stay allowed (year_mismatch reads the first group)', () => {
    expect(loadErrors(withPatterns(['(20\\d\\d)年以来']))).toEqual([]);
  });
});

describe('includes cannot escape the rubric folder through links', () => {
  const secret = '{"secret": "root:x:0:0 do-not-echo"}';
  it('a criterion file that is a symlink to a file outside is include_outside, and its content is never printed', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'secret.json'), secret);
    const dir = mkdtempSync(join(tmpdir(), 'rubric-link-'));
    symlinkSync(join(outside, 'secret.json'), join(dir, 'a.json'));
    writeFileSync(join(dir, 'rubric.json'), JSON.stringify({ ...base, criteria: ['a.json'] }));
    const r = rubricCli(['score', '--rubric', join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[include_outside]');
    expect(r.stderr).not.toContain('do-not-echo');
  });
  it('a folder inside that links outside is caught too; a non-JSON target is not quoted', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'a.json'), 'root:x:0:0:do-not-echo');
    const errs = loadErrors({ ...base, criteria: ['sub/a.json'] }, {}, undefined, (dir) => symlinkSync(outside, join(dir, 'sub')));
    expect(codes(errs)).toEqual(['include_outside']);
    expect(JSON.stringify(errs)).not.toContain('do-not-echo');
  });
  it('a link that stays inside the folder is fine', () => {
    const crit1 = JSON.stringify(crit({ all: [fact({ all: [['法律顾问']] })] }));
    expect(loadErrors({ ...base, criteria: ['b.json'] }, { 'real/a.json': crit1 }, undefined, (dir) => symlinkSync(join(dir, 'real', 'a.json'), join(dir, 'b.json')))).toEqual([]);
  });
});

describe('loader crashes become rubric errors', () => {
  it.each(['@toString', '@__proto__', '@constructor', '@hasOwnProperty'])('lexicon reference %s is unknown_lexicon', (ref) => {
    expect(loadErrors(withPatterns([ref])).map((e) => [e.code, e.params])).toEqual([['unknown_lexicon', { lexicon: ref.slice(1) }]]);
  });
  it('a lexicon really named __proto__ is its own entry, not the prototype', () => {
    const raw = JSON.stringify(withPatterns(['@__proto__'])).replace('"criteria"', '"lexicons": {"__proto__": ["法律顾问"]}, "criteria"');
    expect(loadErrors(null, {}, raw)).toEqual([]);
  });
  it('conditions nested 10,000 deep: too_deep, no RangeError', () => {
    const deep = `${'{"not":'.repeat(10_000)}${JSON.stringify(fact({ all: [['x']] }))}${'}'.repeat(10_000)}`;
    const raw = JSON.stringify({ ...base, criteria: [crit({ all: ['DEEP'] })] }).replace('"DEEP"', deep);
    const errs = loadErrors(null, {}, raw);
    expect(codes(errs)).toEqual(['too_deep']);
  });
  it('conditions nested past the condition limit but within the JSON limit: condition_too_deep', () => {
    let c: unknown = fact({ all: [['x']] });
    for (let i = 0; i < MAX_CONDITION_DEPTH + 5; i++) c = { not: c };
    expect(codes(loadErrors({ ...base, criteria: [crit({ all: [c] })] }))).toEqual(['condition_too_deep']);
  });
  it('"points": 1e999 (Infinity) is not_finite, inline and in an included file', () => {
    const inline = JSON.stringify(withPatterns(['法律顾问'])).replace('"points":100', '"points":1e999');
    expect(loadErrors(null, {}, inline)).toEqual([expect.objectContaining({ code: 'not_finite', path: '/criteria/0/points' })]);
    const file = JSON.stringify(crit({ all: [fact({ all: [['x']] }, { value: 1 })] })).replace('"value":1', '"value":-1e999');
    expect(loadErrors({ ...base, criteria: ['a.json'] }, { 'a.json': file })).toEqual([expect.objectContaining({ code: 'not_finite', path: '/levels/0/conditions/all/0/value' })]);
  });
  it('a lexicon file past the size limit is file_too_large, before it is parsed', () => {
    const big = JSON.stringify({ ...withPatterns(['@big']), lexicons: { big: Array.from({ length: MAX_RUBRIC_FILE_BYTES / 8 }, (_, i) => `词${i}`) } });
    expect(loadErrors(null, {}, big).map((e) => e.code)).toEqual(['file_too_large']);
    const bigCrit = JSON.stringify({ ...crit({ all: [fact({ all: [['x']] })] }), message: 'x'.repeat(MAX_RUBRIC_FILE_BYTES) });
    expect(codes(loadErrors({ ...base, criteria: ['a.json'] }, { 'a.json': bigCrit }))).toEqual(['file_too_large']);
  });
  it('a pattern or a lexicon past the schema limits is a schema error (maxLength, maxItems)', () => {
    const long = loadErrors({ ...base, criteria: [crit({ all: [fact({ all: [['x']], none: ['法'.repeat(1001)] })] })] });
    expect(long.map((e) => [e.code, e.path, e.code === 'schema' && e.params.keyword])).toEqual([['schema', '/criteria/0/levels/0/conditions/all/0/params/none/0', 'maxLength']]);
    const many = loadErrors({ ...withPatterns(['@big']), lexicons: { big: Array.from({ length: 5001 }, (_, i) => `词${i}`) } });
    expect(many.map((e) => [e.code, e.path, e.code === 'schema' && e.params.keyword])).toEqual([['schema', '/lexicons/big', 'maxItems']]);
  });
  it('the CLI exits 2 with the code, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubric-crash-'));
    writeFileSync(join(dir, 'rubric.json'), JSON.stringify(withPatterns(['@__proto__'])));
    const r = rubricCli(['score', '--rubric', join(dir, 'rubric.json'), '--corpus', CORPUS, '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/params\/all\/0\/0: \[unknown_lexicon\]/);
    expect(r.stderr).not.toMatch(/TypeError|at \w+ \(/);
  });
});

describe('REV:path arguments cannot become git options', () => {
  it.each([
    ['--output=PATH:rubric.json'],
    ['-oPATH:rubric.json'],
    ['HEAD:../../outside.json'],
  ])('%s is bad_revision, exit 2, nothing written', (arg) => {
    const target = join(tempDir(), 'written');
    const r = rubricCli(['explain', join(CORPUS, SEED), '--rubric', arg.replace('PATH', target)], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[bad_revision]');
    // what git would have written: --output=FILE with FILE = 'PATH:rubric.json'
    expect(existsSync(`${target}:rubric.json`)).toBe(false);
    expect(existsSync(target)).toBe(false);
  });
  it('a REV:path git cannot show says why, in git\'s words (new user, session 19: "git show failed" alone)', () => {
    // not in the revision at all
    const missing = rubricCli(['explain', join(CORPUS, SEED), '--rubric', 'HEAD:rubrics/default/not-there.json'], { cwd: ROOT });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[rubric_unreadable]');
    // (git's words, in its locale: 'does not exist in 'HEAD'' in English)
    expect(missing.stderr).toMatch(/failed: [^）\n]*not-there\.json/);
    // (variant) on disk but never committed: the author edited a copy and named it at HEAD
    const repo = tempDir();
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'empty'], { cwd: repo });
    writeFileSync(join(repo, 'rubric.json'), '{}');
    const uncommitted = rubricCli(['explain', join(CORPUS, SEED), '--rubric', 'HEAD:rubric.json'], { cwd: repo });
    expect(uncommitted.code).toBe(2);
    expect(uncommitted.stderr).toMatch(/failed: [^）\n]*rubric\.json/);
  });
  it('a proper REV:path still loads', () => {
    const r = rubricCli(['explain', join(CORPUS, SEED), '--json', '--rubric', 'HEAD:rubrics/default/rubric.json'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).criteria.length).toBeGreaterThan(5);
  });
});
