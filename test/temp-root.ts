/**
 * Vitest global set-up: every temporary folder a test makes (tests call os.tmpdir(), and the CLI they
 * spawn inherits the environment) goes under one folder of this run, removed when the run ends, so
 * that `npm test` leaves nothing behind in the system's temporary folder (a full run made ~1,000).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'fazhi-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    try {
      rmSync(root, { recursive: true, force: true });
    } catch {
      // a test builds a folder chain past PATH_MAX (path_too_long): Node's rm walks by absolute paths
      // and fails there (ENAMETOOLONG); rm -rf walks by directory handles
      spawnSync('rm', ['-rf', root]);
    }
    if (existsSync(root)) process.stderr.write(`note: could not remove the tests' temporary folder ${root}\n`);
  };
}
