/** The engine's layers depend one way: rubric/ compiles facts/, so facts/ never imports rubric/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = join(import.meta.dirname, '..', 'engine');

function importsOf(dir: string): Array<{ file: string; spec: string }> {
  const out: Array<{ file: string; spec: string }> = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const file = join(e.parentPath, e.name);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)) out.push({ file, spec: m[1] });
  }
  return out;
}

describe('layers', () => {
  it('facts/ does not import rubric/ (no cycle: rubric/load compiles the facts)', () => {
    const bad = importsOf(join(ENGINE, 'facts')).filter((i) => /(^|\/)rubric\//.test(i.spec));
    expect(bad).toEqual([]);
  });
  it('the shared pieces (errors, pattern safety) import neither facts/ nor rubric/', () => {
    const bad = [...importsOf(join(ENGINE, 'patterns')), ...importsOf(ENGINE).filter((i) => i.file.endsWith('errors.ts'))]
      .filter((i) => /(^|\/)(rubric|facts)\//.test(i.spec));
    expect(bad).toEqual([]);
  });
});
