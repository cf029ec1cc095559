/**
 * A re-run of `score` into the same --out writes nothing when its inputs are those of the run that
 * wrote the outputs there and the outputs are untouched (harness/up-to-date.ts) — and never skips
 * when anything differs: a report edited (same size), added or removed; the rubric or a file it
 * includes edited; an option changed; the review file changed; an output edited, deleted, or an
 * output of another run put beside them; a different engine; a run with a momentary error row;
 * reports changed within the racy window. `--force` always rewrites.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from './cli-helpers.js';
import { spawnSync } from 'node:child_process';
import { CORPUS, ROOT } from './helpers.js';
import { scanCorpus, type CorpusFile } from '../harness/corpus.js';
import { corpusDigest, CorpusStats, digestOfInputs, otherInputs } from '../harness/up-to-date.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().slice(0, 3);

function score(corpus: string, out: string, extra: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, 'score', corpus, '--out', out, '--workers', '1', '--format', 'csv,jsonl', '--time-budget', '300', ...extra], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', RUBRIC_RACY_MS: '0', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** run.json's bytes and every output's bytes and stat: equal before and after a run that wrote nothing. */
function snapshot(out: string) {
  const files = readdirSync(out).filter((n) => !n.startsWith('.')).sort();
  return Object.fromEntries(files.filter((n) => statSync(join(out, n)).isFile()).map((n) => {
    const st = statSync(join(out, n), { bigint: true });
    return [n, { bytes: readFileSync(join(out, n), 'utf8'), ino: st.ino, mtime: st.mtimeNs, ctime: st.ctimeNs }];
  }));
}
const runJson = (out: string) => JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));

/** A corpus of three seeds and a copy of the default rubric, scored once into --out. */
function setup(extra: string[] = []) {
  const corpus = tempDir('rubric-utd-corpus-');
  for (const f of SEEDS) cpSync(join(CORPUS, f), join(corpus, f));
  const rubricDir = tempDir('rubric-utd-rubric-');
  cpSync(join(ROOT, 'rubrics', 'default'), join(rubricDir, 'default'), { recursive: true });
  cpSync(join(ROOT, 'rubrics', 'schema'), join(rubricDir, 'schema'), { recursive: true });
  const rubric = join(rubricDir, 'default', 'rubric.json');
  const out = tempDir('rubric-utd-out-');
  const args = ['--rubric', rubric, ...extra];
  const first = score(corpus, out, args);
  expect(first.code, first.stderr).toBe(0);
  expect(runJson(out).inputs).toMatch(/^[0-9a-f]{64}$/);
  return { corpus, rubric, rubricDir, out, args };
}

/** The second run wrote nothing (same bytes, inode and times of every file, run.json included). */
function expectSkipped(out: string, run: () => { code: number | null; stderr: string }) {
  const before = snapshot(out);
  const r = run();
  expect(r.code, r.stderr).toBe(0);
  expect(snapshot(out)).toEqual(before);
}

/** The second run published afresh: a new run.json (its `finished` moves) and outputs equal to a --force run's. */
function expectRewritten(out: string, run: () => { code: number | null; stderr: string }) {
  const before = readFileSync(join(out, 'run.json'), 'utf8');
  const r = run();
  expect(r.code, r.stderr).toBe(0);
  expect(readFileSync(join(out, 'run.json'), 'utf8')).not.toBe(before);
}

describe('score: outputs up to date', () => {
  it('writes nothing when nothing changed, and the outputs are those a fresh run writes; --force rewrites them', () => {
    const { corpus, out, args } = setup();
    expectSkipped(out, () => score(corpus, out, args));
    const kept = snapshot(out);
    expectRewritten(out, () => score(corpus, out, [...args, '--force']));
    const fresh = snapshot(out);
    for (const n of ['ranking.csv', 'results.jsonl']) expect(fresh[n].bytes).toBe(kept[n].bytes);
    // and --force leaves a record the next run can trust: the digest it took report by report as it handed them
    // out is the one the next run computes before scoring
    expect(runJson(out).inputs).toBe(kept['run.json'] && JSON.parse(kept['run.json'].bytes).inputs);
    expectSkipped(out, () => score(corpus, out, args));
  }, 120_000);

  it('an up-to-date re-run names the reports that run could not score, with the same exit code (1)', () => {
    const corpus = tempDir('rubric-utd-bad-');
    cpSync(join(CORPUS, SEEDS[0]), join(corpus, SEEDS[0]));
    writeFileSync(join(corpus, '空白.txt'), '  \n');
    const out = tempDir('rubric-utd-out-');
    const first = score(corpus, out, ['--lang', 'en']);
    expect(first.code).toBe(1);
    expect(runJson(out).not_scored).toEqual([expect.objectContaining({ file: '空白.txt', code: 'empty_report' })]);
    const before = snapshot(out);
    const again = score(corpus, out, ['--lang', 'en']);
    expect(again.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(again.stderr).toContain('not scored: 空白.txt [empty_report]');
  }, 120_000);

  it('scores again when a report is edited (same size), added or removed', () => {
    const { corpus, out, args } = setup();
    const f = join(corpus, SEEDS[0]);
    const text = readFileSync(f, 'utf8');
    const i = text.indexOf('法律顾问');
    expect(i).toBeGreaterThan(0);
    writeFileSync(f, text.slice(0, i) + '法律专家' + text.slice(i + 4)); // same length in bytes
    expectRewritten(out, () => score(corpus, out, args));
    expectSkipped(out, () => score(corpus, out, args));
    cpSync(join(CORPUS, readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()[4]), join(corpus, 'added.txt'));
    expectRewritten(out, () => score(corpus, out, args));
    expect(readFileSync(join(out, 'ranking.csv'), 'utf8')).toContain('added.txt');
    rmSync(join(corpus, 'added.txt'));
    expectRewritten(out, () => score(corpus, out, args));
    expect(readFileSync(join(out, 'ranking.csv'), 'utf8')).not.toContain('added.txt');
  }, 180_000);

  it('scores again when the rubric or a criterion file it includes is edited', () => {
    const { corpus, rubric, rubricDir, out, args } = setup();
    const crit = join(rubricDir, 'default', 'criteria', 'legal_adviser.json');
    // edited through its JSON (a string replace silently edits nothing once the wording it looks for changes)
    const c = JSON.parse(readFileSync(crit, 'utf8'));
    c.levels[0].conditions.all[0].params.all[1].push('延聘');
    writeFileSync(crit, JSON.stringify(c, null, 2));
    expectRewritten(out, () => score(corpus, out, args));
    expectSkipped(out, () => score(corpus, out, args));
    const r = JSON.parse(readFileSync(rubric, 'utf8'));
    r.lexicons.law_study.push('学习法律');
    writeFileSync(rubric, JSON.stringify(r, null, 2));
    expectRewritten(out, () => score(corpus, out, args));
  }, 180_000);

  it('scores again when an option that reaches the outputs changes', () => {
    const { corpus, out, args } = setup();
    expectRewritten(out, () => score(corpus, out, [...args, '--lang', 'en']));
    expectSkipped(out, () => score(corpus, out, [...args, '--lang', 'en']));
    expectRewritten(out, () => score(corpus, out, [...args, '--lang', 'en', '--no-near-duplicates']));
    expectRewritten(out, () => score(corpus, out, [...args, '--lang', 'en', '--no-near-duplicates', '--max-mb', '20']));
    expectRewritten(out, () => score(corpus, out, [...args, '--format', 'csv']));
    expect(readdirSync(out)).not.toContain('results.jsonl');
    // the number of workers does not reach the outputs
    expectSkipped(out, () => score(corpus, out, [...args, '--format', 'csv', '--workers', '2']));
  }, 240_000);

  it('rewrites an output the user edited or deleted, and removes one another run left', () => {
    const { corpus, out, args } = setup();
    const good = readFileSync(join(out, 'ranking.csv'), 'utf8');
    appendFileSync(join(out, 'ranking.csv'), 'x');
    expectRewritten(out, () => score(corpus, out, args));
    expect(readFileSync(join(out, 'ranking.csv'), 'utf8')).toBe(good);
    // same size and content, but written again: its ctime moved
    writeFileSync(join(out, 'ranking.csv'), good);
    expectRewritten(out, () => score(corpus, out, args));
    rmSync(join(out, 'results.jsonl'));
    expectRewritten(out, () => score(corpus, out, args));
    expect(readdirSync(out)).toContain('results.jsonl');
    writeFileSync(join(out, 'report.html'), '<p>from another run</p>');
    expectRewritten(out, () => score(corpus, out, args));
    expect(readdirSync(out)).not.toContain('report.html');
  }, 240_000);

  it('scores again after another engine wrote the folder, and when run.json is gone or altered', () => {
    const { corpus, out, args } = setup();
    const rec = runJson(out);
    writeFileSync(join(out, 'run.json'), JSON.stringify({ ...rec, engine: '0.0.1' }));
    expectRewritten(out, () => score(corpus, out, args));
    writeFileSync(join(out, 'run.json'), JSON.stringify({ ...runJson(out), inputs: '0'.repeat(64) }));
    expectRewritten(out, () => score(corpus, out, args));
    rmSync(join(out, 'run.json'));
    const r = score(corpus, out, args);
    expect(r.code).toBe(0);
    expect(runJson(out).inputs).toMatch(/^[0-9a-f]{64}$/);
  }, 180_000);

  it('scores again when the review file changes', () => {
    const { corpus, out, args } = setup();
    const tpl = spawnSync(process.execPath, [CLI, 'review-template', corpus, '--out', out, '--rubric', args[1], '--time-budget', '300'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RUBRIC_RACY_MS: '0' } });
    expect(tpl.status, tpl.stderr).toBe(0);
    const review = join(out, 'review.csv');
    expectRewritten(out, () => score(corpus, out, [...args, '--review', review]));
    expectSkipped(out, () => score(corpus, out, [...args, '--review', review]));
    appendFileSync(review, '\r\n');
    expectRewritten(out, () => score(corpus, out, [...args, '--review', review]));
  }, 180_000);

  it('records no inputs when a report changed within the racy window or a row depends on the moment', () => {
    const { corpus, out, args } = setup();
    // a report just written (same bytes) cannot be vouched for by its stat yet; the window is widened to 10 minutes so
    // that a loaded machine's slow start-up (more than the default 2 s before the stat) cannot make the test pass the window
    writeFileSync(join(corpus, SEEDS[2]), readFileSync(join(corpus, SEEDS[2])));
    const r = score(corpus, out, args, { RUBRIC_RACY_MS: '600000' });
    expect(r.code, r.stderr).toBe(0);
    expect(runJson(out).inputs).toBeNull();
    // so does a first run into an empty --out, which stats each report as it hands it out
    const fresh = tempDir('rubric-utd-out-');
    expect(score(corpus, fresh, args, { RUBRIC_RACY_MS: '600000' }).code).toBe(0);
    expect(runJson(fresh).inputs).toBeNull();
    expectRewritten(out, () => score(corpus, out, args));
    // a worker that died on a report: that row may differ next time
    const crash = { RUBRIC_FAULTS: JSON.stringify({ [SEEDS[1]]: 'exit' }) };
    expect(score(corpus, out, [...args, '--no-cache'], crash).code).toBe(1);
    expect(runJson(out).inputs).toBeNull();
    const before = readFileSync(join(out, 'run.json'), 'utf8');
    expect(score(corpus, out, [...args, '--no-cache'], crash).code).toBe(1);
    expect(readFileSync(join(out, 'run.json'), 'utf8')).not.toBe(before);
  }, 180_000);
});

describe('CorpusStats: the corpus digest taken report by report as the pool hands the reports out', () => {
  it("is corpusDigest's when every report of the scan is taken in its order; null when one is missed, taken out of order, gone or just written", () => {
    const corpus = tempDir('rubric-utd-stats-');
    for (const f of SEEDS) cpSync(join(CORPUS, f), join(corpus, f));
    writeFileSync(join(corpus, 'notes.rtf'), 'x'); // a format not read: listed, as in corpusDigest
    const scan = scanCorpus(corpus);
    expect(scan.unsupported.map((f) => f.rel)).toEqual(['notes.rtf']);
    const whole = corpusDigest(scan, 0);
    expect(whole).toMatch(/^[0-9a-f]{64}$/);
    const taken = (files: CorpusFile[], racyMs = 0) => { const s = new CorpusStats(scan, racyMs); for (const f of files) s.take(f); return s.digest(); };
    expect(taken(scan.files)).toBe(whole);
    expect(taken([...scan.files].reverse())).toBeNull();
    expect(taken(scan.files.slice(1))).toBeNull();
    expect(taken(scan.files.slice(0, -1))).toBeNull();
    expect(taken(scan.files.map((f) => ({ ...f })))).toBeNull(); // not the scan's own records
    // the same bytes written again: a new stat, a new digest — and none while the write is within the racy window
    writeFileSync(join(corpus, SEEDS[0]), readFileSync(join(corpus, SEEDS[0])));
    expect(taken(scan.files, 600_000)).toBeNull();
    const moved = taken(scan.files);
    expect(moved).toMatch(/^[0-9a-f]{64}$/);
    expect(moved).not.toBe(whole);
    rmSync(join(corpus, SEEDS[1]));
    expect(taken(scan.files)).toBeNull();
    expect(corpusDigest(scan, 0)).toBeNull();
  });

  it('the other inputs are those the run started with: a review file edited while the reports are scored is not recorded as used', () => {
    const dir = tempDir('rubric-utd-other-');
    const review = join(dir, 'review.csv');
    writeFileSync(review, 'file,criterion,decision\r\n');
    const parts = { rubric: 'r', corpus: dir, options: { lang: 'zh' }, review };
    const atStart = otherInputs(parts);
    const before = digestOfInputs(atStart, 'c');
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    appendFileSync(review, 'a.txt,legal_adviser,met\r\n');
    // what the run records when scoring ends: the bytes it read at the start, so the next run (which reads the edited file) scores again
    expect(digestOfInputs(atStart, 'c')).toBe(before);
    expect(digestOfInputs(otherInputs(parts), 'c')).not.toBe(before);
    expect(digestOfInputs(atStart, null)).toBeNull();
    rmSync(review);
    expect(otherInputs(parts)).toBeNull();
  });
});
