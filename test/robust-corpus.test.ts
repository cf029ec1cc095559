/**
 * The corpus walk never stops the run (issue 12): every entry it cannot use is an error row naming
 * it, every other report is scored, and the process always exits. The faulty entries are made here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeName, scanCorpus } from '../harness/corpus.js';
import { CLI, tempDir } from './cli-helpers.js';
import { CORPUS } from './helpers.js';

const SEEDS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

/** Run score with a hard timeout: a walk that hangs fails the test instead of the suite. */
function score(corpus: string, out: string, extra: string[] = []) {
  const r = spawnSync(process.execPath, [CLI, 'score', '--corpus', corpus, '--out', out, '--no-cache', '--format', 'csv,jsonl', ...extra], { encoding: 'utf8', timeout: 90_000 });
  const rows = r.status === null ? [] : readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return { code: r.status, signal: r.signal, stderr: r.stderr, codes: Object.fromEntries(rows.map((x) => [x.file, x.error?.code ?? 'scored'])) as Record<string, string> };
}

function mkfifo(path: string) {
  // node has no mkfifo; the coreutils one is everywhere the tests run
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('the corpus walk never stops the run', () => {
  it('a GBK name, a dangling link, a link loop, a path too long, a FIFO, a socket and a device each become an error row; the seeds are scored; the process exits', async () => {
    const corpus = tempDir();
    for (const f of SEEDS) cpSync(join(CORPUS, f), join(corpus, f));
    const gbkName = Buffer.concat([Buffer.from(corpus + '/'), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from('.txt')]); // 报告 in GBK
    writeFileSync(gbkName, readFileSync(join(CORPUS, SEEDS[0])));
    symlinkSync(join(corpus, 'gone.txt'), join(corpus, 'dangling.txt'));
    symlinkSync(join(corpus, 'loop-b.txt'), join(corpus, 'loop-a.txt'));
    symlinkSync(join(corpus, 'loop-a.txt'), join(corpus, 'loop-b.txt'));
    mkfifo(join(corpus, 'fifo.txt'));
    symlinkSync('/dev/zero', join(corpus, 'zero.txt'));
    // a path past PATH_MAX (4096): folders of 200 characters, 22 deep, made one level at a time
    const seg = 'd'.repeat(200);
    expect(spawnSync('bash', ['-c', `cd "${corpus}" && for i in $(seq 22); do mkdir ${seg} && cd ${seg} || exit 1; done; echo 法治政府 > deep.txt`]).status).toBe(0);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(corpus, 'sock.txt'), resolve));
    try {
      const out = tempDir();
      const r = score(corpus, out);
      expect(r.signal, 'the process must exit by itself').toBeNull();
      expect(r.code).toBe(1);
      const deep = Object.keys(r.codes).find((f) => f.startsWith('ddd'));
      expect({ ...r.codes, [deep!]: r.codes[deep!] }).toEqual({
        ...Object.fromEntries(SEEDS.map((f) => [f, 'scored'])),
        '%B1%A8%B8%E6.txt': 'unreadable_name',
        'dangling.txt': 'broken_link',
        'loop-a.txt': 'link_loop',
        'loop-b.txt': 'link_loop',
        'fifo.txt': 'not_a_file',
        'sock.txt': 'not_a_file',
        'zero.txt': 'outside_corpus',
        [deep!]: 'path_too_long',
      });
      expect(r.stderr).toContain('dangling.txt');
      // with --follow-links a link may leave the corpus, but a device is still not a regular file
      const followed = score(corpus, tempDir(), ['--follow-links']);
      expect(followed.signal).toBeNull();
      expect(followed.codes['zero.txt']).toBe('not_a_file');
    } finally {
      server.close();
    }
  }, 240_000);

  it('links: inside the corpus read, outside refused unless --follow-links; a linked folder is walked once, never in a loop', () => {
    const outside = tempDir();
    cpSync(join(CORPUS, SEEDS[1]), join(outside, 'elsewhere.txt'));
    const corpus = tempDir();
    cpSync(join(CORPUS, SEEDS[0]), join(corpus, 'a.txt'));
    symlinkSync(join(corpus, 'a.txt'), join(corpus, 'alias.txt'));
    symlinkSync(join(outside, 'elsewhere.txt'), join(corpus, 'out.txt'));
    symlinkSync(outside, join(corpus, 'outdir'));
    mkdirSync(join(corpus, 'sub'));
    symlinkSync(corpus, join(corpus, 'sub', 'up')); // a folder loop
    const plain = scanCorpus(corpus);
    expect(plain.files.map((f) => f.rel)).toEqual(['a.txt', 'alias.txt']);
    expect(plain.problems.map((p) => [p.rel, p.code])).toEqual([['out.txt', 'outside_corpus'], ['outdir/', 'outside_corpus']]);
    const followed = scanCorpus(corpus, { followLinks: true });
    expect(followed.files.map((f) => f.rel)).toEqual(['a.txt', 'alias.txt', 'out.txt', 'outdir/elsewhere.txt']);
    expect(followed.problems).toEqual([]);
  });

  it('a folder is walked in the byte order of its names, read as text or, when a name is not plain, as bytes: of two links to one folder the first keeps it', () => {
    const target = tempDir();
    cpSync(join(CORPUS, SEEDS[0]), join(target, 'r.txt'));
    const plain = tempDir();
    symlinkSync(target, join(plain, 'c'));
    symlinkSync(target, join(plain, 'b'));
    expect(scanCorpus(plain, { followLinks: true }).files.map((f) => f.rel)).toEqual(['b/r.txt']);
    // Ａ (U+FF21) comes before 𠀀 (U+20000) in UTF-8's bytes, after it in UTF-16's code units
    const wide = tempDir();
    symlinkSync(target, join(wide, '𠀀'));
    symlinkSync(target, join(wide, 'Ａ'));
    expect(scanCorpus(wide, { followLinks: true }).files.map((f) => f.rel)).toEqual(['Ａ/r.txt']);
    // a name that is not UTF-8 beside them: escaped, an error row, and the order still that of the bytes
    writeFileSync(Buffer.concat([Buffer.from(wide + '/'), Buffer.from([0xb1, 0xa8]), Buffer.from('.txt')]), 'x');
    const mixed = scanCorpus(wide, { followLinks: true });
    expect(mixed.files.map((f) => f.rel)).toEqual(['Ａ/r.txt']);
    expect(mixed.problems.map((p) => [p.rel, p.code])).toEqual([['%B1%A8.txt', 'unreadable_name']]);
    // a name that opens with U+FEFF keeps it, whether the folder is read as text or as bytes
    cpSync(join(CORPUS, SEEDS[0]), join(plain, '\uFEFFbom.txt'));
    expect(scanCorpus(plain).files.map((f) => f.rel)).toEqual(['\uFEFFbom.txt']);
    cpSync(join(CORPUS, SEEDS[0]), join(wide, '\uFEFFbom.txt'));
    expect(scanCorpus(wide).files.map((f) => f.rel)).toEqual(['\uFEFFbom.txt']);
    const r = score(wide, tempDir());
    expect(r.codes['\uFEFFbom.txt']).toBe('scored');
  });

  it('a file larger than 2 GB is too_large (not unreadable), whatever --max-mb says; so is one past --max-mb', () => {
    const corpus = tempDir();
    cpSync(join(CORPUS, SEEDS[0]), join(corpus, 'ok.txt'));
    writeFileSync(join(corpus, 'huge.txt'), '');
    truncateSync(join(corpus, 'huge.txt'), 2 ** 31 + 4096); // sparse: no disk used
    writeFileSync(join(corpus, 'big.txt'), '');
    truncateSync(join(corpus, 'big.txt'), 3 * 1024 * 1024);
    const r = score(corpus, tempDir(), ['--max-mb', '2']);
    expect(r.codes).toEqual({ 'ok.txt': 'scored', 'huge.txt': 'too_large', 'big.txt': 'too_large' });
    const max = score(corpus, tempDir(), ['--max-mb', '2047']);
    expect(max.codes['huge.txt']).toBe('too_large');
  }, 120_000);

  it('a name that is not UTF-8 is shown with its bad bytes as %XX, distinct from its neighbours', () => {
    expect(escapeName(Buffer.from([0xb1, 0xa8, 0x2e, 0x74]))).toBe('%B1%A8.t');
    expect(escapeName(Buffer.from('报告.txt'))).toBe('报告.txt');
    expect(escapeName(Buffer.concat([Buffer.from('报'), Buffer.from([0xe5, 0x91])]))).toBe('报%E5%91');
  });
});

describe('hidden names (red team 10)', () => {
  it('a hidden file named like a report is walked; a Mac ._ file, .DS_Store and hidden folders are not', () => {
    const dir = tempDir();
    const seed = readFileSync(join(CORPUS, '000_ac34c00328a5d2bd.txt'));
    writeFileSync(join(dir, 'visible.txt'), seed);
    writeFileSync(join(dir, '.报告.txt'), seed);
    writeFileSync(join(dir, '..txt'), seed);
    writeFileSync(join(dir, '._visible.txt'), Buffer.from([0, 5, 22, 7, 0, 2]));
    writeFileSync(join(dir, '.DS_Store'), 'x');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'r.txt'), seed);
    expect(scanCorpus(dir).files.map((f) => f.rel).sort()).toEqual(['..txt', '.报告.txt', 'visible.txt'].sort());
  });
});
