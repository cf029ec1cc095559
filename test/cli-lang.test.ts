/**
 * A CLI that speaks Chinese: commander's help, titles and own errors in Chinese by default and in
 * English with --lang en; the corpus as a positional argument; --format in any case; --lang fr
 * refused; an unwritable --out and a --corpus that is a file are clear usage errors (exit 2);
 * `--help | head` does not crash; diff.md never lands in reports-out/.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT } from './helpers.js';
import { CLI, rubricCli, tempDir } from './cli-helpers.js';

describe('help and commander messages', () => {
  it('--help is in Chinese by default, in English with --lang en', () => {
    const zh = rubricCli(['score', '--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法： rubric score \[选项\] \[报告文件夹\]/);
    expect(zh.stdout).toContain('选项：');
    expect(zh.stdout).toContain('-h, --help               显示帮助');
    expect(zh.stdout).toMatch(/--out <dir> +输出文件夹（默认：reports-out）/);
    expect(zh.stdout).not.toMatch(/Usage:|Options:|display help|default:/);
    const en = rubricCli(['score', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: rubric score \[options\] \[corpus\]/);
    expect(en.stdout).toContain('output folder (default: "reports-out")');
    const top = rubricCli(['--help']);
    expect(top.stdout).toContain('命令：');
    expect(top.stdout).toContain('review-template');
    // the command list speaks one language: no English placeholder beside 报告文件夹
    expect(top.stdout).toMatch(/score \[选项\] \[报告文件夹\]/);
    expect(top.stdout).not.toContain('[options]');
  });

  it("commander's own errors are in Chinese (exit 2), English with --lang en", () => {
    const unknown = rubricCli(['score', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^错误：未知选项 '--bogus'/);
    const cmd = rubricCli(['scor']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/错误：未知命令 'scor'\n（是不是 score？）/);
    const missing = rubricCli(['explain']);
    expect(missing.stderr).toMatch(/错误：缺少参数 file/);
    const en = rubricCli(['score', '--bogus', '--lang', 'en']);
    expect(en.stderr).toMatch(/^error: unknown option '--bogus'/);
  });

  it('a usage error stays on screen: one hint line after it, not the whole help; a parser\'s reason follows a colon (new user)', () => {
    const typo = rubricCli(['score', 'x', '--ouput', 'y']);
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim().split('\n')).toEqual(["错误：未知选项 '--ouput'", '（是不是 --out？）', '（加 --help 查看该命令的全部选项和示例）']);
    // variants: a bad value, in Chinese and in English
    const format = rubricCli(['score', '--format', 'pdf']);
    expect(format.stderr).toMatch(/^错误：选项 --format <list> 不接受 'pdf'：--format/);
    expect(format.stderr).not.toMatch(/用法|Usage/);
    const en = rubricCli(['score', '--workers', '0', '--lang', 'en']);
    expect(en.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('a corpus folder that does not exist: check the path (it was given), not "use --corpus"', () => {
    const r = rubricCli(['score', '/nonexistent/报告文件夹', '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/nonexistent/报告文件夹');
    expect(r.stderr).toContain('检查路径');
  });

  it('eval names its statistics in the output\'s language, each with its abbreviation (nu34: QWK, MAE, precision in a Chinese summary)', () => {
    const zh = rubricCli(['eval', '--gold', join(CORPUS, 'gold.json'), '--corpus', CORPUS]);
    const head = zh.stdout.split('\n').slice(0, 4).join('\n');
    for (const w of ['二次加权 kappa（QWK）', '平均绝对误差（MAE）', '误扣（fp）', '查准率', '查全率']) expect(head).toContain(w);
    expect(head).not.toMatch(/precision|recall/);
    const en = rubricCli(['eval', '--gold', join(CORPUS, 'gold.json'), '--corpus', CORPUS, '--lang', 'en']);
    expect(en.stdout).toMatch(/QWK: 1\.000/);
    expect(en.stdout).toMatch(/precision 100\.0%/);
  });

  it('--lang fr is refused with a message (exit 2)', () => {
    const r = rubricCli(['score', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/错误：选项 --lang <lang> 不接受 'fr'，只能是 zh、en/);
    expect(rubricCli(['explain', 'x.txt', '--lang=de']).code).toBe(2);
  });

  it('piping --help into a reader that stops early does not crash (EPIPE)', async () => {
    for (const args of [['--help'], ['score', '--help']]) {
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        // like `| head -0`: the reader is gone before the help is written
        p.stdout.destroy();
        let stderr = '';
        p.stderr.on('data', (d) => { stderr += d; });
        p.on('exit', (code) => resolve({ code, stderr }));
      });
      expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
      expect(r.code).toBe(0);
    }
  });
});

describe('how people type it', () => {
  it('rubric score 报告文件夹 (positional corpus) and --format CSV', () => {
    const out = tempDir();
    const r = rubricCli(['score', CORPUS, '--out', out, '--format', 'CSV', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => !f.startsWith('.'))).toEqual(['ranking.csv', 'run.json']) // run.json records every run (issue 12);
    const both = rubricCli(['score', CORPUS, '--corpus', '/elsewhere', '--out', tempDir()]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('报告文件夹给了两次');
  });

  it('--corpus given a file says it is a file and points at explain (exit 2)', () => {
    const f = join(CORPUS, '000_ac34c00328a5d2bd.txt');
    for (const args of [['score', '--corpus', f], ['score', f], ['review-template', f]]) {
      const r = rubricCli([...args, '--out', tempDir()]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/是一个文件，不是文件夹/);
      expect(r.stderr).toContain('rubric explain');
    }
  });

  it('an --out that cannot be written is exit 2 with 无法写入输出文件夹, before any scoring', () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'x');
    const r = rubricCli(['score', CORPUS, '--out', join(blocker, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：无法写入输出文件夹 .*a-file\/out/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).not.toContain('已评分');
    const en = rubricCli(['score', CORPUS, '--out', join(blocker, 'out'), '--lang', 'en']);
    expect(en.stderr).toMatch(/^error: Cannot write to the output folder/);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only --out folder is exit 2 too', () => {
    const ro = join(tempDir(), 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const r = rubricCli(['score', CORPUS, '--out', ro]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：无法写入输出文件夹/);
  });

  it('diff.md is in the CLI\'s language: Chinese by default, English with --lang en (it was English whatever the language)', () => {
    const rubric = join(ROOT, 'rubrics', 'default', 'rubric.json');
    const cjk = /[\u4e00-\u9fff]/;
    for (const [args, zh] of [[[], true], [['--lang', 'en'], false]] as const) {
      const out = tempDir();
      const r = rubricCli(['diff', rubric, rubric, '--corpus', CORPUS, '--no-cache', '--out', out, ...args]);
      expect(r.code, r.stderr).toBe(0);
      const md = readFileSync(join(out, 'diff.md'), 'utf8');
      // the headings and summary lines (report names and evidence are Chinese in either language)
      const prose = md.split('\n').filter((l) => /^(?:#|- )/.test(l)).map((l) => l.replace(/`[^`]*`/g, ''));
      expect(prose.length).toBeGreaterThan(2);
      for (const l of prose) expect(cjk.test(l), l).toBe(zh);
    }
  });

  it('diff writes diff.md to --out, and by default to diffs/ — never into reports-out/', () => {
    const cwd = tempDir();
    const rubric = join(ROOT, 'rubrics', 'default', 'rubric.json');
    const r = rubricCli(['diff', rubric, rubric, '--corpus', CORPUS, '--no-cache'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(cwd, 'diffs', 'diff.md'))).toBe(true);
    expect(existsSync(join(cwd, 'reports-out'))).toBe(false);
  });
});
