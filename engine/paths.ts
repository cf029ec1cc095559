/** Where the project's own files are, whether running from TypeScript sources or from dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'rubrics', 'schema', 'rubric.schema.json'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('cannot find the project root (rubrics/schema/rubric.schema.json)');
}

export const defaultRubricPath = () => join(projectRoot(), 'rubrics', 'default', 'rubric.json');
export const schemaDir = () => join(projectRoot(), 'rubrics', 'schema');

/** Bumped whenever a change to the engine can change any result (extraction, parsing, facts, evidence order): part of every cache key. */
export const ENGINE_VERSION = '0.12.188';
