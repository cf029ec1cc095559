/**
 * Vitest global set-up: every temporary folder a test makes (tests call os.tmpdir(), and the CLI they
 * spawn inherits the environment) goes under one folder of this run, removed when the run ends, so
 * that `npm test` leaves nothing behind in the system's temporary folder (a full run made ~1,000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'fazhi-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
