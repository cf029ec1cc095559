/**
 * The incremental cache: each report's result, keyed by the report's content hash, with every
 * criterion's and deduction's result stored under the hash of its compiled definition and the
 * engine version. After a change to one criterion only that criterion is re-evaluated; after no
 * change nothing is (the report is not even parsed).
 *
 * The cache cannot lie: every entry is stored with an HMAC-SHA256 over its content key and its
 * JSON, keyed by a random secret kept once per cache folder (`<dir>/key`, created on first use, mode
 * 0600), and is checked against a JSON schema (ajv) when read. An entry edited, truncated, moved to
 * another report's key, or carried from another cache folder fails one check or the other: it is
 * discarded with a warning, the report is scored afresh and the entry overwritten. What the cache
 * returns is rendered by the same writers (and the same escaping) as a fresh result.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { writeFileAtomic, writeFileWhole } from '../io/atomic.js';
import { SIGNATURE_BINS } from '../corpus/minhash.js';
import { ENGINE_VERSION } from '../paths.js';
import type { CriterionResult, DeductionResult, ResultDivision } from '../types.js';
import type { CacheWarning } from '../errors.js';

export interface CacheEntry {
  v: 1;
  engine: string;
  meta: { unit: string | null; year: number | null; division?: ResultDivision | null; flags: string[]; encoding: string | null };
  signature: { bins: number[]; shingles: number } | null;
  criteria: Record<string, { h: string; r: CriterionResult }>;
  deductions: Record<string, { h: string; r: DeductionResult | null }>;
}

export const contentHash = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

const str = { type: 'string', maxLength: 100_000 };
const points = { type: 'number', minimum: 0, maximum: 1000 };
const line = { type: 'integer', minimum: 0 };
const evidence = {
  type: 'array', maxItems: 1000,
  items: {
    type: 'object', required: ['text', 'section', 'kind', 'line', 'start', 'end'],
    properties: { text: str, section: str, kind: { type: 'string', pattern: '^[a-z0-9_]{1,40}$' }, line, start: line, end: line, match: str, paragraph: line, page: line, reason: { type: 'string', pattern: '^[a-z_]{1,40}$' } },
  },
};
const hash = { type: 'string', pattern: '^[0-9a-zA-Z_:.-]{1,128}$' };
/** The shape of a cache entry: types, ranges and closed sets, so that no field can carry what a fresh result could not. */
export const CACHE_ENTRY_SCHEMA = {
  type: 'object', additionalProperties: false, required: ['v', 'engine', 'meta', 'signature', 'criteria', 'deductions'],
  properties: {
    v: { const: 1 },
    engine: { type: 'string', maxLength: 40 },
    // nested objects stay open to fields other lanes add (read only when typed here); the MAC guards their content
    meta: {
      type: 'object', required: ['unit', 'year', 'flags', 'encoding'],
      properties: {
        division: { anyOf: [{ type: 'null' }, { type: 'object', required: ['code', 'province'], properties: { code: { type: 'string', pattern: '^[0-9]{2,12}$' }, province: { type: 'string', maxLength: 100 }, city: { type: ['string', 'null'], maxLength: 100 }, county: { type: ['string', 'null'], maxLength: 100 } } }] },
        unit: { type: ['string', 'null'], maxLength: 2000 },
        year: { anyOf: [{ type: 'integer', minimum: 1000, maximum: 9999 }, { type: 'null' }] },
        flags: { type: 'array', maxItems: 100, items: { type: 'string', pattern: '^[a-z0-9_:.-]{1,80}$' } },
        encoding: { anyOf: [{ type: 'string', pattern: '^[A-Za-z0-9_ ():,.-]{1,80}$' }, { type: 'null' }] },
      },
    },
    signature: {
      anyOf: [{ type: 'null' }, {
        type: 'object', additionalProperties: false, required: ['bins', 'shingles'],
        properties: { bins: { type: 'array', minItems: SIGNATURE_BINS, maxItems: SIGNATURE_BINS, items: { type: 'integer', minimum: 0, maximum: 4294967295 } }, shingles: { type: 'integer', minimum: 0 } },
      }],
    },
    criteria: {
      type: 'object', maxProperties: 1000, propertyNames: { pattern: '^[A-Za-z0-9_.-]{1,100}$' },
      additionalProperties: {
        type: 'object', additionalProperties: false, required: ['h', 'r'],
        properties: {
          h: hash,
          r: { type: 'object', required: ['outcome', 'points', 'planned_only', 'evidence'], properties: { outcome: { enum: ['met', 'partial', 'unmet'] }, points, planned_only: { type: 'boolean' }, evidence } },
        },
      },
    },
    deductions: {
      type: 'object', maxProperties: 1000, propertyNames: { pattern: '^[A-Za-z0-9_.-]{1,100}$' },
      additionalProperties: {
        type: 'object', additionalProperties: false, required: ['h', 'r'],
        properties: {
          h: hash,
          r: { anyOf: [{ type: 'null' }, { type: 'object', required: ['id', 'points', 'evidence'], properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}$' }, points, evidence, status: { enum: ['deducted', 'suspected'] }, suspected: { type: 'boolean' } } }] },
        },
      },
    },
  },
} as const;

let validateEntry: ValidateFunction | null = null;
const schemaCheck = (e: unknown): e is CacheEntry => {
  // ajv is required when the first entry is read: a --no-cache run (and every worker's start-up) never loads it (~0.13 s a thread)
  validateEntry ??= new (createRequire(import.meta.url)('ajv') as typeof import('ajv')).Ajv({ allErrors: false, strict: false, allowUnionTypes: true }).compile(CACHE_ENTRY_SCHEMA);
  return validateEntry(e) as boolean;
};

export type CacheRead = { entry: CacheEntry } | { entry: null; warning?: CacheWarning };

/** On disk: the MAC (hex), a newline, the entry's JSON. */
const MAC_LEN = 64;

export class ResultCache {
  private secret: Buffer | null = null;
  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The folder's secret: read, or created once (exclusively, so two workers agree on it). */
  private key(): Buffer {
    if (this.secret) return this.secret;
    const file = join(this.dir, 'key');
    mkdirSync(this.dir, { recursive: true });
    try {
      this.secret = readFileSync(file);
    } catch {
      // written whole beside, then linked into place: link fails if another worker was first, and
      // nobody ever reads a half-written key; everyone then reads the one key that won
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileWhole(tmp, randomBytes(32), { mode: 0o600 });
      try { linkSync(tmp, file); } catch { /* another worker was first */ } finally { rmSync(tmp, { force: true }); }
      this.secret = readFileSync(file);
    }
    if (this.secret.length < 16) throw new Error(`cache key ${file} is too short`);
    return this.secret;
  }

  private mac(key: string, json: string): string {
    return createHmac('sha256', this.key()).update(`${key}\n${json}`).digest('hex');
  }

  read(key: string): CacheRead {
    let text: string;
    try { text = readFileSync(this.path(key), 'utf8'); } catch { return { entry: null }; }
    const at = this.path(key);
    const mac = text.slice(0, MAC_LEN), json = text.slice(MAC_LEN + 1);
    let expected: string;
    try { expected = this.mac(key, json); } catch { return { entry: null, warning: { code: 'cache_key_unreadable', params: { folder: this.dir } } }; }
    if (text[MAC_LEN] !== '\n' || !/^[0-9a-f]{64}$/.test(mac) || !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) {
      return { entry: null, warning: { code: 'cache_integrity', params: { path: at } } };
    }
    let e: unknown;
    try { e = JSON.parse(json); } catch { return { entry: null, warning: { code: 'cache_corrupt', params: { path: at } } }; }
    if (!schemaCheck(e)) return { entry: null, warning: { code: 'cache_malformed', params: { path: at } } };
    if (e.engine !== ENGINE_VERSION) return { entry: null };
    return { entry: e };
  }

  write(key: string, entry: CacheEntry): void {
    const json = JSON.stringify(entry);
    // not fsynced: a torn entry fails its MAC and is recomputed
    writeFileAtomic(this.path(key), `${this.mac(key, json)}\n${json}`, { fsync: false });
  }
}
