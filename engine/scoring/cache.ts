/**
 * The incremental cache: each report's result, keyed by the report's content hash, with every
 * criterion's and deduction's result stored under the hash of its compiled definition and the
 * engine version. After a change to one criterion only that criterion is re-evaluated; after no
 * change nothing is (the report is not even parsed). A corrupt or foreign entry is ignored with a
 * warning and overwritten, never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENGINE_VERSION } from '../paths.js';
import type { CriterionResult, DeductionResult, ResultDivision } from '../types.js';

export interface CacheEntry {
  v: 1;
  engine: string;
  meta: { unit: string | null; year: number | null; division?: ResultDivision | null; flags: string[]; encoding: string | null };
  signature: { bins: number[]; shingles: number } | null;
  criteria: Record<string, { h: string; r: CriterionResult }>;
  deductions: Record<string, { h: string; r: DeductionResult | null }>;
}

export const contentHash = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

function valid(e: unknown): e is CacheEntry {
  const x = e as CacheEntry;
  return !!x && x.v === 1 && typeof x.engine === 'string' && typeof x.meta === 'object' && x.meta !== null
    && typeof x.criteria === 'object' && x.criteria !== null && typeof x.deductions === 'object' && x.deductions !== null
    && Object.values(x.criteria).every((c) => c && typeof c.h === 'string' && c.r && typeof c.r.outcome === 'string' && typeof c.r.points === 'number' && Array.isArray(c.r.evidence));
}

export type CacheRead = { entry: CacheEntry } | { entry: null; warning?: string };

export class ResultCache {
  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  read(key: string): CacheRead {
    let text: string;
    try { text = readFileSync(this.path(key), 'utf8'); } catch { return { entry: null }; }
    try {
      const e = JSON.parse(text);
      if (!valid(e)) return { entry: null, warning: `ignored a foreign or malformed cache entry ${this.path(key)}` };
      if (e.engine !== ENGINE_VERSION) return { entry: null };
      return { entry: e };
    } catch {
      return { entry: null, warning: `ignored a corrupt cache entry ${this.path(key)}` };
    }
  }

  write(key: string, entry: CacheEntry): void {
    const p = this.path(key);
    mkdirSync(dirname(p), { recursive: true });
    const tmp = `${p}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, p);
  }
}
