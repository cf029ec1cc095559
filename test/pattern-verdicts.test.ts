/**
 * The build keeps the safety verdict of every shipped rubric pattern (harness/build/precompile-patterns.ts)
 * so that a run does not analyse them again. The built module must give exactly the analysis's
 * verdict for each, and still analyse a pattern it has not seen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePattern } from '../engine/patterns/safety.js';
import { ROOT } from './helpers.js';

const DIST = join(ROOT, 'dist', 'engine', 'patterns');

describe('precompiled pattern verdicts', () => {
  it('are built, stamped for the built analyser, and equal a fresh analysis for every pattern', async () => {
    const file = join(DIST, 'patterns.precompiled.json');
    expect(existsSync(file)).toBe(true);
    const built = (await import(join(DIST, 'safety.js'))) as typeof import('../engine/patterns/safety.js');
    const t = JSON.parse(readFileSync(file, 'utf8')) as { stamp: string; verdicts: Array<[string, unknown]> };
    expect(t.stamp).toBe(built.verdictStamp());
    expect(t.verdicts.length).toBeGreaterThan(100);
    for (const [source, verdict] of t.verdicts) {
      expect(verdict, source).toEqual(analysePattern(source));
      expect(built.patternProblem(source), source).toEqual(verdict);
    }
  });

  it('a pattern the build has not seen is analysed', async () => {
    const built = (await import(join(DIST, 'safety.js'))) as typeof import('../engine/patterns/safety.js');
    expect(built.patternProblem('(?:法+){1,}治理新词')).toEqual({ kind: 'unsafe', reason: 'nested quantifier' });
    expect(built.patternProblem('(律)师新词\\1')).toEqual({ kind: 'reference', feature: 'backreference' });
    expect(built.patternProblem('法律顾问新词')).toBeNull();
  });
});
