/**
 * The build precompiles the rubric schemas (harness/build/precompile-schemas.ts) so that no run
 * compiles them with ajv again. The built loader (dist/, which uses the precompiled validators) and
 * the source loader (which compiles them at run time) must report the same errors for the same bad
 * rubrics, and accept the default rubric alike.
 */
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../engine/facts/index.js';
import { RubricLoadError } from '../engine/errors.js';
import { loadRubric } from '../engine/rubric/load.js';
import { schemaHash } from '../engine/rubric/validate.js';
import { DEFAULT_RUBRIC, ROOT } from './helpers.js';

const base = { id: 'x', name: 'x', version: '1', deductions: [] as unknown[] };
const crit = (conditions: unknown) => ({ id: 'a', title: 'A', points: 100, levels: [{ outcome: 'met', conditions }] });
const fact = (params: unknown) => ({ fact: 'sentences', operator: 'greaterThanInclusive', value: 1, params });

const DIST = join(ROOT, 'dist', 'engine', 'rubric');

function errorsOf(load: typeof loadRubric, rubric: unknown): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'rubric-precompiled-'));
  mkdirSync(dirname(join(dir, 'rubric.json')), { recursive: true });
  writeFileSync(join(dir, 'rubric.json'), JSON.stringify(rubric));
  try { load(join(dir, 'rubric.json')); return []; } catch (e) {
    if (e instanceof Error && 'errors' in e) return (e as RubricLoadError).errors.map((x) => ({ ...x, file: 'rubric.json' }));
    throw e;
  }
}

describe('precompiled schema validators', () => {
  it('are built from the schemas in use', async () => {
    const built = await import(join(DIST, 'validators.precompiled.cjs'));
    expect(existsSync(join(DIST, 'validators.precompiled.cjs'))).toBe(true);
    expect(built.hash ?? built.default?.hash).toBe(schemaHash(FACTS.values()));
  });

  it('report the same errors as validators compiled at run time', async () => {
    const { loadRubric: builtLoad } = await import(join(DIST, 'load.js')) as { loadRubric: typeof loadRubric };
    const bad = [
      { ...base, criteria: [{ ...crit({ all: [fact({ all: [['x']] })] }), points: '5' }] },
      { ...base, criteria: [crit({ all: [fact({ all: [['x']], scope: ['nowhere'] })] })] },
      { ...base, criteria: [crit({ all: [fact({ al: [['x']] })] })] },
      { ...base, criteria: [crit({ all: [{ fact: 'quantities', operator: 'greaterThan', value: 1, params: { units: 3 } }] })] },
      { ...base, criteria: [crit({ all: [{ fact: 'magic', operator: 'equal', value: 1 }] })], extra: true },
    ];
    for (const r of bad) {
      const fromSource = errorsOf(loadRubric, r);
      expect(fromSource).not.toEqual([]);
      expect(errorsOf(builtLoad, r)).toEqual(fromSource);
    }
    expect(() => builtLoad(DEFAULT_RUBRIC)).not.toThrow();
  });
});
