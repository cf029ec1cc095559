/**
 * The command a message tells the user to run next: `npm run -s rubric --` in the project folder; typed anywhere else,
 * npm needs the project's folder too (`npm --prefix … run -s rubric --`), or it finds no package.json and, silenced by
 * -s, prints nothing (a new user, session 30).
 */
import { resolve } from 'node:path';
import { projectRoot } from '../engine/paths.js';

export function rubricCommand(cwd = process.cwd()): string {
  const root = projectRoot();
  return resolve(cwd) === resolve(root) ? 'npm run -s rubric --' : `npm --prefix ${/\s/.test(root) ? `"${root}"` : root} run -s rubric --`;
}
