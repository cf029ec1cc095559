/**
 * Relative paths under `npm run score` are the user's: npm runs the script in the project folder,
 * whatever folder the command was typed in (new user, session 29: a relative --out landed in the
 * project folder while the messages said 当前目录).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmUserFolder, optionsNpmTook } from '../harness/cli.js';
import { rubricCommand } from '../harness/rubric-command.js';
import { CORPUS, ROOT } from './helpers.js';
import { tempDir } from './cli-helpers.js';

const ours = join(ROOT, 'package.json');

describe('npmUserFolder', () => {
  it('is the folder npm was run in, for this project\'s score and rubric scripts only', () => {
    const user = tempDir();
    expect(npmUserFolder({ INIT_CWD: user, npm_lifecycle_event: 'score', npm_package_json: ours })).toBe(user);
    expect(npmUserFolder({ INIT_CWD: user, npm_lifecycle_event: 'rubric', npm_package_json: ours })).toBe(user);
    // a test's child process inherits npm test's variables: its cwd is its own
    expect(npmUserFolder({ INIT_CWD: user, npm_lifecycle_event: 'test', npm_package_json: ours })).toBeNull();
    // another package's script named score
    expect(npmUserFolder({ INIT_CWD: user, npm_lifecycle_event: 'score', npm_package_json: join(user, 'package.json') })).toBeNull();
    expect(npmUserFolder({ npm_lifecycle_event: 'score', npm_package_json: ours })).toBeNull();
    expect(npmUserFolder({ INIT_CWD: join(user, 'gone'), npm_lifecycle_event: 'score', npm_package_json: ours })).toBeNull();
  });
});

describe('optionsNpmTook', () => {
  it('names this CLI\'s options npm took for its own (npm_config_<name>=true), under npm run score/rubric only (nu32)', () => {
    expect(optionsNpmTook({ npm_lifecycle_event: 'score', npm_config_corpus: 'true', npm_config_out: 'true' })).toEqual(['--corpus', '--out']);
    // a variant: a dashed option, under npm run rubric
    expect(optionsNpmTook({ npm_lifecycle_event: 'rubric', npm_config_max_mb: 'true' })).toEqual(['--max-mb']);
    // npm's own settings, a value npm set itself, another script: nothing
    expect(optionsNpmTook({ npm_lifecycle_event: 'score', npm_config_force: 'true', npm_config_cache: '/root/.npm' })).toEqual([]);
    expect(optionsNpmTook({ npm_lifecycle_event: 'score', npm_config_format: 'json' })).toEqual([]);
    expect(optionsNpmTook({ npm_lifecycle_event: 'test', npm_config_corpus: 'true' })).toEqual([]);
  });
});

describe('rubricCommand', () => {
  it('is npm run in the project folder, and names the project with --prefix anywhere else (new user, session 30)', () => {
    expect(rubricCommand(ROOT)).toBe('npm run -s rubric --');
    expect(rubricCommand(tempDir())).toBe(`npm --prefix ${ROOT} run -s rubric --`);
  });
});

const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });

describe.skipIf(npm.status !== 0)('npm run score from another folder', () => {
  it('reads the corpus and writes --out relative to the folder the command was typed in (variant: npm run rubric -- score)', () => {
    const user = tempDir();
    mkdirSync(join(user, 'sub'));
    cpSync(CORPUS, join(user, 'sub', 'reports'), { recursive: true, filter: (s) => !s.endsWith('.json') });
    const env = { ...process.env, FORCE_COLOR: '0' };
    for (const [script, out] of [[['score'], 'out1'], [['rubric', '--', 'score'], 'out2']] as const) {
      const args = ['--prefix', ROOT, 'run', '-s', ...script, ...(script.length === 1 ? ['--'] : []), join('sub', 'reports'), '--out', join('sub', out), '--format', 'jsonl', '--quiet', '--no-cache', '--time-budget', '300'];
      const r = spawnSync('npm', args, { cwd: user, encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(join(user, 'sub', out))).toContain('results.jsonl');
      expect(existsSync(join(ROOT, 'sub'))).toBe(false);
    }
  });
  it('refuses options typed without -- (npm takes them), naming them and the way to pass them, and writes nothing (nu32)', () => {
    const user = tempDir();
    cpSync(CORPUS, join(user, 'reports'), { recursive: true, filter: (s) => !s.endsWith('.json') });
    const env = { ...process.env, FORCE_COLOR: '0' };
    const r = spawnSync('npm', ['--prefix', ROOT, 'run', '-s', 'score', '--corpus', 'reports', '--out', 'out'], { cwd: user, encoding: 'utf8', env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--corpus');
    expect(r.stderr).toContain('npm run score -- --');
    expect(existsSync(join(user, 'out'))).toBe(false);
    expect(existsSync(join(user, 'reports-out'))).toBe(false);
  });
});
