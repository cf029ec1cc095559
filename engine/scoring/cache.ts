/**
 * The incremental cache, one entry per report keyed by the report's content hash. An entry keeps
 * what criteria read as well as what they gave:
 * - each criterion's, deduction's and scheme check's (bonus, penalty, veto) result under the hash of
 *   its definition (with the lexicons it names), for the last few definitions seen: an author who
 *   tries an edit and reverts it gets the old results back without re-evaluating anything;
 * - in a file of its own (`<key>.facts`, read only after an edit), every fact's result under the
 *   fact's key (CompiledFact.key): after an edit that moves a threshold or recombines existing
 *   conditions, the changed criterion is re-evaluated on these without parsing the report again.
 *   Only the facts the changed criterion reads are decoded (FactsView): the file is an index line,
 *   then each fact's JSON and each quoted sentence as bytes the index points at.
 * - in a third file (`<key>.doc`, written when the report is parsed, read only when an edit makes a
 *   new fact: a term added to a pattern list or a lexicon), what content facts read of the document
 *   (DocumentSnapshot): the new fact is computed on it, every other fact taken from the facts file.
 * Only a new fact that reads more of the document than the snapshot holds (the unit, the closing,
 * the year …) parses the report.
 *
 * The cache cannot lie: every file is stored with an HMAC-SHA256 over its content key, its kind and
 * its JSON, keyed by a random secret kept once per cache folder (`<dir>/key`, created on first use,
 * mode 0600). A file edited, truncated, moved to another report's key, or carried from another
 * cache folder fails its MAC: it is discarded with a warning, the report is scored afresh and the
 * file overwritten. Files are overwritten in place, not renamed into place (see overwriteInPlace):
 * a write torn by a crash fails its MAC like any other damage, and a reader that meets a file while
 * another worker writes it reads it again a moment later (readSignedBytes).
 *
 * Entries and facts files are checked against their JSON schemas (ajv) when WRITTEN, not when read:
 * the program writes nothing outside the schema (a result that does not fit is not cached), and a
 * file whose MAC verifies is one this program wrote with this folder's secret — byte for byte what
 * was validated. Validating again on every read cost about as much as the HMAC and the parse
 * together (a no-change run reads every entry); it would guard only against someone who holds the
 * secret, who could as well sign false results that fit the schema. What is read is still rendered
 * by the same writers, with the same escaping, as a fresh result. An entry of an
 * older engine is out of date (no warning). What the cache returns is rendered by the same writers
 * (and the same escaping) as a fresh result.
 */
import { makeDir } from '../io/make-dir.js';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { overwriteInPlace, writeFileAtomicWith, writeFileWhole } from '../io/atomic.js';
import { SIGNATURE_BINS } from '../corpus/minhash.js';
import { ENGINE_VERSION } from '../paths.js';
import type { CriterionResult, DeductionResult, FactResult, ResultDivision } from '../types.js';
import type { CheckResult } from './scorer.js';
import type { CacheWarning } from '../errors.js';

/** How many definitions of one criterion (deduction, check) an entry remembers. */
export const KEEP_VERSIONS = 4;

/** definition hash → result, oldest first */
export type Versions<T> = Record<string, T>;

export interface CacheEntry {
  v: 2;
  engine: string;
  meta: { unit: string | null; year: number | null; division?: ResultDivision | null; flags: string[]; encoding: string | null };
  signature: { bins: number[]; shingles: number } | null;
  /** criterion id → its results */
  criteria: Record<string, Versions<CriterionResult>>;
  /** deduction id → the deduction, or null when it did not apply */
  deductions: Record<string, Versions<DeductionResult | null>>;
  /** a scheme's check by rule name (bonus:<id>, penalty:<id>, veto:<id>) → what it gave, null when it did not apply */
  checks: Record<string, Versions<CheckResult>>;
}

/**
 * What content facts read of a parsed report (`<key>.doc`, written when a report is parsed, read
 * only when an edit makes a fact the facts file does not hold — a new pattern, a lexicon term): the
 * normalized text, its sentences (their text is `normalized` between nStart and nEnd, so each row
 * keeps only numbers: id, start, end, line, paragraph, section, isHeading, intent, intentAt, nStart,
 * nEnd), sections, quantities, the title's paragraph count, pages and source format. A fact that
 * reads any other part of the document (the unit, the closing, the division …) cannot be computed
 * from it: the report is parsed (engine/scoring/snapshot.ts).
 */
export interface DocumentSnapshot {
  v: 2; engine: string;
  source: string; pages: number[] | null; titleParagraphs: number; normalized: string;
  sentences: number[][]; sections: unknown[]; quantities: unknown[];
  /** the unit and its place names: scope reads them to tell the unit's own work from others' (scope.ts actorRefusal) */
  unit: string | null; unitNames: unknown;
}

/** fact key → the fact's result on this report */
export type CachedFacts = Record<string, FactResult>;

/**
 * What a re-scored report's facts file is to hold (ResultCache.write): every fact given (`whole`),
 * or the old file's facts, all of them kept, with `added` after them (`appended`: nothing old is
 * decoded, encoded or checked again — after a lexicon edit that was a fifth of a report's time).
 */
export type FactsUpdate = { whole: CachedFacts } | { appendTo: FactsView; added: CachedFacts };

/**
 * A facts file's first line (after the MAC): where each fact's JSON and each quoted sentence lies
 * in the bytes after it, as [start, length] in bytes (`texts` flat: start, length, start, length …).
 * A fact's evidence names its sentence by index into `texts`.
 */
interface FactsIndex { v: 3; engine: string; facts: Record<string, [number, number]>; texts: number[] }

/**
 * A report's fact results as its facts file holds them, each decoded only when asked for: after a
 * threshold edit a criterion reads two or three of the file's ~60 facts, and decoding the rest (and
 * their quoted sentences) was a third of a re-scored report's time. A fact whose bytes do not decode
 * is reported missing (`get` gives undefined, `malformed` turns true): it is then computed afresh,
 * as if the file had never held it.
 */
export class FactsView {
  private readonly memo = new Map<string, FactResult | undefined>();
  malformed = false;
  /** `path`: the file, for the warning */
  constructor(private readonly body: Buffer, private readonly index: FactsIndex, readonly path: string) {}

  has(key: string): boolean { return Object.hasOwn(this.index.facts, key); }
  keys(): string[] { return Object.keys(this.index.facts); }

  get(key: string): FactResult | undefined {
    if (!this.has(key)) return undefined;
    if (this.memo.has(key)) return this.memo.get(key);
    let r: FactResult | undefined;
    try { r = this.decode(this.index.facts[key]); } catch { r = undefined; }
    if (!r) this.malformed = true;
    this.memo.set(key, r);
    return r;
  }

  /** Every fact, decoded (to rewrite the file, and for tests). */
  toRecord(): CachedFacts {
    const out: CachedFacts = {};
    for (const k of this.keys()) { const r = this.get(k); if (r) out[k] = r; }
    return out;
  }

  /**
   * This file's text after its MAC with `added` after its facts: the old body's bytes as they are
   * (every span of the index still right) and the new facts' JSON and new sentences after them; a
   * sentence the file holds already is pointed at, not stored again. Null when the new facts, as
   * packed, do not pass `check` (the schema): nothing is then written.
   */
  appended(added: CachedFacts, check: (x: unknown) => boolean): Buffer | null {
    const texts: string[] = [];
    for (let i = 0; i < this.index.texts.length; i += 2) texts.push(this.body.toString('utf8', this.index.texts[i], this.index.texts[i] + this.index.texts[i + 1]));
    const old = texts.length;
    const x = { v: 3, engine: this.index.engine, ...packed(added, texts) };
    if (!check({ ...x, texts: x.texts.slice(old) })) return null;
    const index: FactsIndex = { v: 3, engine: this.index.engine, facts: { ...this.index.facts }, texts: [...this.index.texts] };
    const tail = spans(this.body.length, x.facts, x.texts.slice(old), index);
    return Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`, 'utf8'), this.body, Buffer.from(tail, 'utf8')]);
  }

  private decode([start, length]: [number, number]): FactResult | undefined {
    const r = JSON.parse(this.body.toString('utf8', start, start + length)) as FactResult;
    const texts = this.index.texts;
    for (const list of [r.evidence, r.refused, r.suspected ?? []]) {
      if (!Array.isArray(list)) return undefined;
      for (const ev of list as Array<{ text: unknown }>) {
        const i = ev.text as number;
        if (!Number.isInteger(i) || i < 0 || 2 * i + 1 >= texts.length) return undefined;
        ev.text = this.body.toString('utf8', texts[2 * i], texts[2 * i] + texts[2 * i + 1]);
      }
    }
    return r;
  }
}

/** The index line's shape, checked on every read (it is small): every span lies within the body. */
function isFactsIndex(x: unknown, bodyLength: number): x is FactsIndex {
  const o = x as FactsIndex;
  const span = (s: unknown, n: unknown) => Number.isInteger(s) && Number.isInteger(n) && (s as number) >= 0 && (n as number) >= 0 && (s as number) + (n as number) <= bodyLength;
  if (typeof o.facts !== 'object' || o.facts === null || Array.isArray(o.facts) || !Array.isArray(o.texts) || o.texts.length % 2) return false;
  for (const v of Object.values(o.facts)) if (!Array.isArray(v) || v.length !== 2 || !span(v[0], v[1])) return false;
  for (let i = 0; i < o.texts.length; i += 2) if (!span(o.texts[i], o.texts[i + 1])) return false;
  return true;
}

/** `versions` with `hash` → `value` made the newest, keeping at most KEEP_VERSIONS. */
export function remember<T>(versions: Versions<T> | undefined, hash: string, value: T): Versions<T> {
  const keys = Object.keys(versions ?? {}).filter((k) => k !== hash).slice(-(KEEP_VERSIONS - 1));
  const out: Versions<T> = {};
  for (const k of keys) out[k] = versions![k];
  out[hash] = value;
  return out;
}

/** sha1 of a report's bytes; with `reader`, of the reader that reads them as well (the same bytes named .doc and .wps are read differently). */
export const contentHash = (bytes: Uint8Array, reader?: string) => (reader ? createHash('sha1').update(reader).update('\u0000').update(bytes) : createHash('sha1').update(bytes)).digest('hex');

const str = { type: 'string', maxLength: 100_000 };
const points = { type: 'number', minimum: 0, maximum: 1000 };
const line = { type: 'integer', minimum: 0 };
const evidence = {
  type: 'array', maxItems: 1000,
  items: {
    type: 'object', required: ['text', 'section', 'kind', 'line', 'start', 'end'],
    properties: { text: str, section: str, kind: { type: 'string', pattern: '^[a-z0-9_]{1,40}$' }, line, start: line, end: line, match: str, paragraph: line, page: line, reason: { type: 'string', pattern: '^[a-z_]{1,40}$' },
      reads: { type: 'object', additionalProperties: false, required: ['field', 'value'], properties: { field: { enum: ['report_year', 'days_late'] }, value: { type: 'integer', minimum: 0, maximum: 99999 }, deadline: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } } },
  },
};
const hash = { type: 'string', pattern: '^[0-9a-zA-Z_:.-]{1,128}$' };
const id = { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}$' };
const title = { type: 'string', maxLength: 2000 };
const number = { type: 'number', minimum: -1e12, maximum: 1e12 };
/** id → definition hash → result (or null); at most KEEP_VERSIONS definitions */
const versions = (names: Record<string, unknown>, result: Record<string, unknown>) => ({
  type: 'object', maxProperties: 1000, propertyNames: names,
  additionalProperties: { type: 'object', minProperties: 1, maxProperties: KEEP_VERSIONS, propertyNames: hash, additionalProperties: result },
});
const graded = { type: 'object', required: ['value', 'points'], properties: { value: number, points: number } };
const adjustment = { type: 'object', required: ['id', 'title', 'points', 'evidence'], properties: { id, title, points, graded, evidence } };
const veto = { type: 'object', required: ['id', 'title', 'grade', 'evidence'], properties: { id, title, grade: { type: ['string', 'null'], maxLength: 100 }, evidence } };
/** A withheld point's requirements (CriterionResult.shortfall): comparisons, or any/all/not of them, a few levels deep. */
const needLeaf = { type: 'object', additionalProperties: false, required: ['fact', 'operator', 'value', 'found'], properties: { fact: { type: 'string', pattern: '^[a-z_]{1,40}$' }, name: title, title, operator: { type: 'string', pattern: '^[A-Za-z]{1,40}$' }, value: number, found: number } };
const needOf = (inner: object) => ({ anyOf: [needLeaf, ...(['any', 'all'] as const).map((k) => ({ type: 'object', additionalProperties: false, required: [k], properties: { [k]: { type: 'array', maxItems: 20, items: inner } } })), { type: 'object', additionalProperties: false, required: ['not'], properties: { not: inner } }] });
const need = needOf(needOf(needOf(needLeaf)));
const shortfall = { type: 'object', additionalProperties: false, required: ['level', 'needs'], properties: { level: { enum: ['met', 'partial'] }, needs: { type: 'array', maxItems: 20, items: need } } };
/** The shape of a cache entry: types, ranges and closed sets, so that no field can carry what a fresh result could not. */
export const CACHE_ENTRY_SCHEMA = {
  type: 'object', additionalProperties: false, required: ['v', 'engine', 'meta', 'signature', 'criteria', 'deductions', 'checks'],
  properties: {
    v: { const: 2 },
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
    criteria: versions(id, { type: 'object', required: ['outcome', 'points', 'planned_only', 'evidence'], properties: { outcome: { enum: ['met', 'partial', 'unmet'] }, points, planned_only: { type: 'boolean' }, evidence, shortfall } }),
    deductions: versions(id, { anyOf: [{ type: 'null' }, { type: 'object', required: ['id', 'points', 'evidence'], properties: { id, points, evidence, status: { enum: ['deducted', 'suspected'] }, suspected: { type: 'boolean' } } }] }),
    checks: versions({ type: 'string', pattern: '^(bonus|penalty|veto):[A-Za-z0-9_.-]{1,100}$' }, { anyOf: [{ type: 'null' }, adjustment, veto] }),
  },
} as const;

// in a facts file each quoted sentence is stored once (`texts`) and evidence points at it by index
const packedEvidence = { ...evidence, maxItems: 100_000, items: { ...evidence.items, properties: { ...evidence.items.properties, text: { type: 'integer', minimum: 0 } } } };
const refused = { ...packedEvidence, items: { ...packedEvidence.items, required: [...packedEvidence.items.required, 'reason'] } };
/** The shape of a report's facts file: every fact's value, its evidence and refused hits. */
export const CACHE_FACTS_SCHEMA = {
  type: 'object', additionalProperties: false, required: ['v', 'engine', 'texts', 'facts'],
  properties: {
    v: { const: 3 },
    engine: { type: 'string', maxLength: 40 },
    texts: { type: 'array', maxItems: 1_000_000, items: str },
    facts: {
      type: 'object', maxProperties: 20_000, propertyNames: hash,
      additionalProperties: {
        type: 'object', additionalProperties: false, required: ['value', 'evidence', 'refused', 'withPlans'],
        properties: { value: number, withPlans: number, evidence: packedEvidence, refused, suspected: packedEvidence },
      },
    },
  },
} as const;

let validateEntry: ValidateFunction | null = null;
let validateFacts: ValidateFunction | null = null;
// ajv is required when the first cache file is read: a --no-cache run (and every worker's start-up) never loads it (~0.13 s a thread)
// strictNumbers: NaN and ±Infinity fail `type: number`. Objects are checked as they are before
// JSON.stringify, which would write such a number as null (and drop undefined fields).
const ajv = () => new (createRequire(import.meta.url)('ajv') as typeof import('ajv')).Ajv({ allErrors: false, strict: false, allowUnionTypes: true, strictNumbers: true });
const schemaCheck = (e: unknown): e is CacheEntry => {
  validateEntry ??= ajv().compile(CACHE_ENTRY_SCHEMA);
  return validateEntry(e) as boolean;
};
const factsCheck = (e: unknown): e is { v: 3; engine: string; texts: string[]; facts: CachedFacts } => {
  validateFacts ??= ajv().compile(CACHE_FACTS_SCHEMA);
  return validateFacts(e) as boolean;
};

/** A result the cache would not be able to trust on reading: refused when written (the report is still scored). */
export class CacheSchemaError extends Error {
  constructor(readonly path: string) { super(`cache file ${path} would not fit its schema: not written`); this.name = 'CacheSchemaError'; }
}

export type CacheRead = { entry: CacheEntry } | { entry: null; warning?: CacheWarning };
export type FactsRead = { facts: FactsView } | { facts: null; warning?: CacheWarning };

/** On disk: the MAC (hex), a newline, the file's JSON. */
const MAC_LEN = 64;

/**
 * Pauses before a file that failed its MAC is read again (ms). Overwriting an entry of ~20 KB takes
 * ~0.05 ms; a writer descheduled mid-write on a loaded machine can take longer, hence the second.
 */
const REREAD_WAIT_MS = [2, 20, 100];
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** What the MAC covers before a file's bytes: its content key and kind (an entry, `json`, has its key alone). */
const macPrefix = (key: string, kind: 'json' | 'facts' | 'doc' | 'index') => (kind === 'json' ? `${key}\n` : `${key}:${kind}\n`);

/** Out of date rather than corrupt: an authentic file written by another engine or cache format. */
const outOfDate = (x: unknown, v = 2) => typeof x !== 'object' || x === null || (x as { v?: unknown }).v !== v || (x as { engine?: unknown }).engine !== ENGINE_VERSION;

export class ResultCache {
  private secret: Buffer | null = null;
  constructor(readonly dir: string) {}

  private path(key: string, kind: 'json' | 'facts' | 'doc' = 'json'): string {
    return join(this.dir, key.slice(0, 2), `${key}.${kind}`);
  }

  /** The folder's secret: read, or created once (exclusively, so two workers agree on it). */
  private key(): Buffer {
    if (this.secret) return this.secret;
    const file = join(this.dir, 'key');
    makeDir(this.dir);
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

  /** An authentic file's bytes after its MAC line, or why it cannot be trusted (null: there is none). */
  readSignedBytes(key: string, kind: 'json' | 'facts' | 'doc' | 'index', at = this.path(key, kind as 'json')): { bytes: Buffer } | { warning?: CacheWarning } {
    // files are overwritten in place (see put): one that fails its MAC may be one another worker is
    // writing this instant (two copies of a report in the corpus), so it is read again, twice, a
    // moment apart, before it is called untrustworthy
    for (let attempt = 0; ; attempt++) {
      let bytes: Buffer;
      try { bytes = readFileSync(at); } catch { return {}; }
      let expected: Buffer;
      // the MAC over the file's own bytes (no decoding first): `${key}\n` or `${key}:${kind}\n`, then the JSON
      try { expected = createHmac('sha256', this.key()).update(macPrefix(key, kind)).update(bytes.subarray(MAC_LEN + 1)).digest(); } catch { return { warning: { code: 'cache_key_unreadable', params: { folder: this.dir } } }; }
      const mac = bytes.subarray(0, MAC_LEN).toString('latin1');
      if (bytes[MAC_LEN] === 0x0a && /^[0-9a-f]{64}$/.test(mac) && timingSafeEqual(Buffer.from(mac, 'hex'), expected)) return { bytes: bytes.subarray(MAC_LEN + 1) };
      if (attempt >= REREAD_WAIT_MS.length) return { warning: { code: 'cache_integrity', params: { path: at } } };
      Atomics.wait(PAUSE, 0, 0, REREAD_WAIT_MS[attempt]);
    }
  }

  /** An authentic file's parsed JSON, or why it cannot be trusted (null: there is none). */
  readSigned(key: string, kind: 'json' | 'facts' | 'doc' | 'index', at = this.path(key, kind as 'json')): { value: unknown } | { warning?: CacheWarning } {
    const r = this.readSignedBytes(key, kind, at);
    if (!('bytes' in r)) return r;
    try { return { value: JSON.parse(r.bytes.toString('utf8')) }; } catch { return { warning: { code: 'cache_corrupt', params: { path: at } } }; }
  }

  /**
   * Write a signed file of another kind (the stat index) at `at`, from `pieces` written one after
   * the other: the file is never held whole in memory (the stat index of 100,000 reports is ~15 MB,
   * and as one JSON string, twice that again in copies). The MAC, over every piece, is written last
   * at the start of the file, before the rename that publishes it.
   */
  writeSignedPieces(key: string, kind: 'index', at: string, pieces: Iterable<string>): void {
    const hmac = createHmac('sha256', this.key()).update(macPrefix(key, kind));
    writeFileAtomicWith(at, (put) => {
      put(Buffer.alloc(MAC_LEN + 1, 0x20), 0);
      let pos = MAC_LEN + 1;
      for (const piece of pieces) {
        const buf = Buffer.from(piece, 'utf8');
        hmac.update(buf);
        put(buf, pos);
        pos += buf.length;
      }
      put(Buffer.from(`${hmac.digest('hex')}\n`, 'latin1'), 0);
    });
  }

  /** The report's results (not its facts: see readFacts). Validated when written (see the module comment). */
  read(key: string): CacheRead {
    const r = this.readSigned(key, 'json');
    if (!('value' in r)) return { entry: null, ...(r.warning ? { warning: r.warning } : {}) };
    if (outOfDate(r.value)) return { entry: null };
    return { entry: r.value as CacheEntry };
  }

  /** The report's fact results, each decoded when first asked for; null when there are none or they cannot be trusted (the report is then parsed). */
  readFacts(key: string): FactsRead {
    const r = this.readSignedBytes(key, 'facts');
    if (!('bytes' in r)) return { facts: null, ...(r.warning ? { warning: r.warning } : {}) };
    const malformed = { facts: null, warning: { code: 'cache_malformed' as const, params: { path: this.path(key, 'facts') } } };
    const nl = r.bytes.indexOf(0x0a);
    let index: unknown;
    // a facts file of the format before (one JSON document) has no index line: out of date
    try { index = JSON.parse(r.bytes.toString('utf8', 0, nl < 0 ? r.bytes.length : nl)); } catch { return nl < 0 ? { facts: null } : malformed; }
    if (outOfDate(index, 3)) return { facts: null };
    const body = r.bytes.subarray(nl + 1);
    // validated when written (see the module comment); the spans are checked here, each fact when decoded
    if (!isFactsIndex(index, body.length)) return malformed;
    return { facts: new FactsView(body, index, this.path(key, 'facts')) };
  }

  /**
   * The report's document snapshot (see DocumentSnapshot); null when there is none or it cannot be
   * trusted. Not checked against a schema: its MAC proves this program wrote it from a parsed
   * report, and a snapshot that does not fit what a fact reads only sends the report to be parsed.
   */
  readDoc(key: string): { doc: DocumentSnapshot } | { doc: null; warning?: CacheWarning } {
    const r = this.readSigned(key, 'doc');
    if (!('value' in r)) return { doc: null, ...(r.warning ? { warning: r.warning } : {}) };
    if (outOfDate(r.value)) return { doc: null };
    return { doc: r.value as DocumentSnapshot };
  }

  /**
   * Write the results, the facts when given (null: the facts file stays as it is), and the document
   * snapshot when given. `added`: the part of `entry` that is new — its meta, signature and the
   * results just computed — when the rest was read from this report's entry (which verified, so was
   * checked when written): only that part is checked against the schema, a third of a re-scored
   * report's write. The whole entry is checked otherwise.
   */
  write(key: string, entry: CacheEntry, facts: FactsUpdate | null = null, doc: DocumentSnapshot | null = null, added: CacheEntry = entry): void {
    // nothing outside the schemas is ever written: readers trust what verifies (see the module comment)
    if (!schemaCheck(added)) throw new CacheSchemaError(this.path(key));
    // not fsynced: a torn file fails its MAC and is recomputed
    if (doc) this.put(key, 'doc', JSON.stringify(doc));
    if (facts && 'appendTo' in facts) {
      // the old facts verified, so were checked when written: only the new ones are checked now
      const body = facts.appendTo.appended(facts.added, factsCheck);
      if (!body) throw new CacheSchemaError(this.path(key, 'facts'));
      this.put(key, 'facts', body);
    } else if (facts) {
      const x = { v: 3, engine: entry.engine, ...packed(facts.whole) };
      if (!factsCheck(x)) throw new CacheSchemaError(this.path(key, 'facts'));
      this.put(key, 'facts', factsFile(x));
    }
    this.put(key, 'json', JSON.stringify(entry));
  }

  /**
   * `content` signed and written (the MAC line, then the JSON, or a facts file's index line and
   * body already as bytes), a string encoded to UTF-8 once, into the buffer written. The MAC binds the JSON to its report (content key) and its kind: an entry cannot pass
   * for a facts file, nor for another report's.
   */
  private put(key: string, kind: 'json' | 'facts' | 'doc', content: string | Buffer): void {
    const buf = Buffer.allocUnsafe(MAC_LEN + 1 + (typeof content === 'string' ? Buffer.byteLength(content) : content.length));
    if (typeof content === 'string') buf.write(content, MAC_LEN + 1, 'utf8');
    else content.copy(buf, MAC_LEN + 1);
    const mac = createHmac('sha256', this.key()).update(macPrefix(key, kind)).update(buf.subarray(MAC_LEN + 1)).digest('hex');
    buf.write(`${mac}\n`, 0, 'latin1');
    // in place, not a temp file and a rename (see overwriteInPlace): a torn file fails its MAC and is
    // recomputed; not fsynced for the same reason
    overwriteInPlace(this.path(key, kind), buf);
  }
}

/**
 * A facts file's body: each quoted sentence stored once (`texts`), evidence pointing at it by
 * index. Copies: the facts given are left as they are.
 */
function packed(facts: CachedFacts, texts: string[] = []): { texts: string[]; facts: Record<string, unknown> } {
  const index = new Map<string, number>(texts.map((t, i) => [t, i]));
  const ref = (t: string) => {
    let i = index.get(t);
    if (i === undefined) { i = texts.length; texts.push(t); index.set(t, i); }
    return i;
  };
  const list = (evs: FactResult['evidence']) => evs.map((ev) => ({ ...ev, text: ref(ev.text) }));
  const out: Record<string, unknown> = {};
  for (const [k, r] of Object.entries(facts)) {
    out[k] = { ...r, evidence: list(r.evidence), refused: list(r.refused), ...(r.suspected ? { suspected: list(r.suspected) } : {}) };
  }
  return { texts, facts: out };
}

/**
 * A facts file's text (after its MAC): the index line (FactsIndex), then each fact's JSON and each
 * quoted sentence, one after the other, where the index says. One string, encoded once by put.
 */
function factsFile(x: { v: 3; engine: string; texts: string[]; facts: Record<string, unknown> }): string {
  const index: FactsIndex = { v: 3, engine: x.engine, facts: {}, texts: [] };
  const body = spans(0, x.facts, x.texts, index);
  return `${JSON.stringify(index)}\n${body}`;
}

/** Each fact's JSON and each sentence one after the other from byte `at` of a body, their spans added to `index`; the text placed. */
function spans(at: number, facts: Record<string, unknown>, texts: string[], index: FactsIndex): string {
  const pieces: string[] = [];
  const place = (s: string): [number, number] => {
    const n = Buffer.byteLength(s);
    pieces.push(s);
    at += n;
    return [at - n, n];
  };
  for (const [k, r] of Object.entries(facts)) index.facts[k] = place(JSON.stringify(r));
  for (const t of texts) index.texts.push(...place(t));
  return pieces.join('');
}
