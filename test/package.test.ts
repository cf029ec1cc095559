/**
 * `npm ci` on Node 20 prints no engine warning: every package in package-lock.json that declares
 * engines.node admits Node 20 (docx pulled nanoid@6, which wants Node 22; package.json overrides it).
 * A small reader of the range forms npm packages use (>=, ^, ~, x, ||, spaces as "and").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const parse = (v: string) => v.replace(/^v/, '').split('.').map((x) => (x === 'x' || x === '*' || x === '' ? NaN : Number(x)));
const cmp = (a: number[], b: number[]) => { for (let i = 0; i < 3; i++) { const x = a[i] || 0, y = Number.isNaN(b[i]) ? 0 : b[i] || 0; if (x !== y) return x - y; } return 0; };

function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split('||').some((alt) => alt.trim().split(/\s+/).filter(Boolean).every((c) => {
    const m = /^(>=|<=|>|<|=|\^|~)?\s*(.+)$/.exec(c)!;
    const op = m[1] ?? '', p = parse(m[2]);
    if (m[2] === '*' || m[2] === 'x') return true;
    const wild = p.findIndex((x) => Number.isNaN(x));
    if (op === '>=') return cmp(v, p) >= 0;
    if (op === '>') return cmp(v, p) > 0;
    if (op === '<=') return cmp(v, p) <= 0;
    if (op === '<') return cmp(v, p) < 0;
    if (op === '^') return v[0] === p[0] && (p[0] !== 0 || v[1] === p[1]) && cmp(v, p) >= 0;
    if (op === '~') return v[0] === p[0] && (Number.isNaN(p[1]) || v[1] === p[1]) && cmp(v, p) >= 0;
    // a bare or x-range version: the given parts must match
    const n = wild < 0 ? p.length : wild;
    return p.slice(0, n).every((x, i) => v[i] === x);
  }));
}

describe('Node 20 engines', () => {
  it('reads ranges the way npm does on the forms in use', () => {
    expect(satisfies('20.19.0', '^22 || ^24 || >=26')).toBe(false);
    expect(satisfies('20.19.0', '^18 || >=20')).toBe(true);
    expect(satisfies('20.19.0', '>=14.17')).toBe(true);
    expect(satisfies('20.19.0', '^20.19.0 || ^22.12.0 || >=23')).toBe(true);
    expect(satisfies('20.18.0', '^20.19.0 || ^22.12.0 || >=23')).toBe(false);
    expect(satisfies('20.19.0', '>= 18')).toBe(true);
    expect(satisfies('20.19.0', '20.x')).toBe(true);
  });

  it('every locked package admits Node 20.19 and this Node', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    const bad: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      const node = Array.isArray(p.engines) ? undefined : p.engines?.node;
      if (!path || !node) continue;
      for (const v of ['20.19.0', process.version]) if (!satisfies(v, node)) bad.push(`${path}@${p.version} wants node ${node}`);
    }
    expect(bad).toEqual([]);
  });
});
