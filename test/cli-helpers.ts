import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export const CLI = join(ROOT, 'dist', 'harness', 'cli.js');

/**
 * Run the CLI. `score` gets a generous per-report time budget unless the test sets one: budgets are
 * per report (not shared with a batch), and a loaded CI machine (PDF text extraction slows tenfold)
 * must not turn a slow report into a `timeout` row in tests that are not about time.
 */
export function rubricCli(args: string[], opts: { cwd?: string; input?: string } = {}) {
  if (args[0] === 'score' && !args.includes('--time-budget')) args = [...args, '--time-budget', '300'];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', input: opts.input, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (prefix = 'rubric-test-') => mkdtempSync(join(tmpdir(), prefix));
