/**
 * Unchanged reports answered in the main thread, without reading them and without a worker.
 *
 * A stat index in the cache folder (`<dir>/stat-index`, signed like every cache file, each line
 * checked when read) maps a report's path and what `stat` says of it — size, mtime, ctime (both in ns), inode,
 * device — to the content hash its cache entry is kept under. A report whose stat is unchanged is
 * not read: its entry is read, and when it holds every criterion, deduction and check of the
 * rubric as now defined the result is assembled here; otherwise the report goes to a worker with
 * its content hash, so that re-evaluating changed criteria on cached facts does not read it either.
 *
 * Why a stat is enough: any write to a file changes its ctime, and ctime cannot be set back (touch
 * and utimes move it to now) — the check git's index relies on. A file changed within the clock
 * tick of its stat could keep its ctime, so a report whose ctime is within RACY_MS of the moment it
 * was stat'ed is not recorded (git's "racily clean" entries): the next run reads and hashes it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultCache } from '../engine/scoring/cache.js';
import type { CacheWarning } from '../engine/errors.js';
import { resultFromEntry, type UnrankedResult } from '../engine/scoring/report.js';
import type { CompiledRubric } from '../engine/rubric/types.js';
import type { CorpusFile } from './corpus.js';
import { applyDecisions } from './review/apply.js';
import { statText } from './stat-key.js';
import type { ReviewDecision } from './review/decision.js';

/** A report's stat this recent is not trusted to tell a later change (see the module comment). */
export const RACY_MS = 2000;
/** The index forgets the least recently seen or recorded paths beyond this many. */
export const MAX_INDEXED = 1_000_000;

/** Rubrics (CompiledRubric.hash) a report's entry was last complete for, per path: a hint that spares reading entries a changed rubric will not find complete. */
export const RUBRICS_REMEMBERED = 4;

/**
 * The index file, after its MAC line: a header line, then one line per report,
 * `<absolute path as a JSON string>\t<size:mtimeNs:ctimeNs:ino:dev:contentHash[:rubricHash,…]>`.
 * Lines, not one JSON object: it is written and read a line at a time, never held whole as a string
 * (at 100,000 reports the object, its JSON and their copies took ~150 MB at the end of a run).
 */
const INDEX_HEADER = 'fazhi-stat-index 2';
const VALUE = /^(\d+:){5}[0-9a-f]{40}(:[0-9a-f]{16}(,[0-9a-f]{16}){0,3})?$/;
/** Lines joined into pieces of about this many characters for writing. */
const PIECE_CHARS = 1 << 20;

/** A report handed to a worker, with its content hash when the index knows it (the worker then reads it only if it must). */
export type PoolFile = CorpusFile & { key?: string };

export interface CacheHitOptions { signature?: boolean; maxBytes: number; review?: Map<string, ReviewDecision[]>; /** default RACY_MS */ racyMs?: number }

/** What sibling CacheHits (one per rubric, as `rubric diff` has) share: one index, one stat of each report, one save. */
interface IndexState {
  file: string;
  index: Map<string, string>;
  warning: CacheWarning | undefined;
  /** this run's stat of each report (by corpus-relative path), when recent enough to record */
  stats: Map<string, StatEntry>;
  /** every rubric's view: each marks the reports it left complete (its bit) for the index's save */
  views: CacheHits[];
}

/**
 * What this run learnt of one report, in one object (a 100,000-report run keeps 100,000 of them in
 * the main thread until the index is saved: no second map of content hashes, no set per rubric).
 */
interface StatEntry {
  abs: string;
  stat: string;
  /** the content hash its cache entry is kept under, once known */
  key?: string;
  /** the views (bits by their place in IndexState.views) whose rubric the entry is now complete for */
  complete: number;
}

export class CacheHits {
  private readonly state: IndexState;
  /** this view's bit in StatEntry.complete */
  private readonly bit: number;

  /**
   * `sibling`: another rubric's CacheHits on the same cache, whose index this one shares, so that
   * one save records both rubrics complete (two indexes saved one after the other would each
   * overwrite what the other learnt: a second `rubric diff` re-evaluated a whole pass).
   */
  constructor(private readonly store: ResultCache, private readonly rubric: CompiledRubric, private readonly opts: CacheHitOptions, sibling?: CacheHits) {
    this.state = sibling?.state ?? loadIndex(store);
    if (this.state.views.length >= 31) throw new RangeError('at most 31 rubrics share one stat index');
    this.bit = 1 << this.state.views.length;
    this.state.views.push(this);
  }

  /** A cache file that could not be trusted (the index itself): the run warns, as for entries. */
  get indexWarning(): CacheWarning | undefined { return this.state.warning; }

  /**
   * The report's result from the cache when its stat and its entry are unchanged; else null, and
   * `f` is returned to be scored with its content hash attached when the index knows it.
   */
  answer(f: CorpusFile): { result: UnrankedResult } | { file: PoolFile } {
    const { stats, index } = this.state;
    let entry = stats.get(f.rel);
    let stat = entry?.stat;
    if (stat === undefined) {
      const now = Date.now();
      let st;
      try { st = statSync(f.abs, { bigint: true }); } catch { return { file: f }; }
      if (!st.isFile() || st.size > BigInt(this.opts.maxBytes)) return { file: f };
      stat = statText(st);
      // every field in the literal: a key added later gave each entry a property array of its own
      if (Number(st.ctimeMs) < now - (this.opts.racyMs ?? RACY_MS)) stats.set(f.rel, (entry = { abs: f.abs, stat, key: undefined, complete: 0 }));
    }
    const v = index.get(f.abs);
    if (v === undefined || !v.startsWith(stat) || v[stat.length] !== ':') return { file: f };
    // one copy of each path and stat in this thread (heap snapshot of a 100,000-report edit: the index's keys, read
    // from its file, were a second copy of every path, ~11 MB; each entry's stat text another ~8 MB): the index is
    // keyed by the corpus's own string from now on (re-inserted last: most recently seen is kept longest), and the
    // entry's stat is a slice of the index's value
    index.delete(f.abs);
    index.set(f.abs, v);
    const key = v.slice(stat.length + 1, stat.length + 41);
    if (entry) { entry.stat = v.slice(0, stat.length); entry.key = key; }
    // an entry not complete for this rubric when last seen: the worker re-evaluates what changed (no read here)
    // a literal, not { ...f, key }: V8 gave each spread copy a hidden class of its own (~250 bytes a report in a
    // heap snapshot of a 100,000-report edit: 107,000 maps and descriptor arrays, ~30 MB with their property arrays)
    if (!rubricsOf(v, stat).includes(this.rubric.hash)) return { file: withKey(f, key) };
    const read = this.store.read(key);
    const r = read.entry ? resultFromEntry(this.rubric, read.entry, f.rel, this.opts) : null;
    if (!r) return { file: withKey(f, key) };
    if (entry) entry.complete |= this.bit;
    r.contentKey = key;
    const ds = this.opts.review?.get(f.rel);
    return { result: ds ? applyDecisions(this.rubric, r, ds) : r };
  }

  /** The content hash a worker found for a report, and whether its entry is now complete for the rubric (a result, not an error row). */
  record(file: string, key: string | undefined, complete: boolean): void {
    const entry = key ? this.state.stats.get(file) : undefined;
    if (!entry) return; // a report stat'ed too recently is not recorded: the next run reads it
    entry.key = key;
    if (complete) entry.complete |= this.bit;
  }

  /** Write the index (signed) when this run learnt something, for every sibling's rubric; a read-only cache folder still scores. */
  save(): void {
    const { stats, index, views } = this.state;
    let added = false;
    for (const s of stats.values()) {
      const key = s.key;
      if (!key) continue;
      const old = index.get(s.abs);
      let rubrics = old !== undefined && old.startsWith(`${s.stat}:${key}`) ? rubricsOf(old, s.stat) : [];
      for (const view of views) {
        if (s.complete & view.bit) rubrics = [...rubrics.filter((h) => h !== view.rubric.hash), view.rubric.hash];
      }
      rubrics = rubrics.slice(-RUBRICS_REMEMBERED);
      const v = `${s.stat}:${key}${rubrics.length ? `:${rubrics.join(',')}` : ''}`;
      if (index.get(s.abs) === v) continue;
      index.delete(s.abs); // re-inserted last: the most recently recorded are kept
      index.set(s.abs, v);
      added = true;
    }
    if (!added && !this.state.warning) return;
    while (index.size > MAX_INDEXED) index.delete(index.keys().next().value!);
    try { this.store.writeSignedPieces('', 'index', this.state.file, indexPieces(index)); } catch { /* read-only */ }
  }
}

/** A report with its content hash, every one of one shape (see answer). */
const withKey = (f: CorpusFile, key: string): PoolFile => ({ abs: f.abs, rel: f.rel, key });

/** The index file's text after its MAC line, in pieces of about PIECE_CHARS. */
function* indexPieces(index: Map<string, string>): Generator<string> {
  let piece = `${INDEX_HEADER}\n`;
  for (const [abs, v] of index) {
    piece += `${JSON.stringify(abs)}\t${v}\n`;
    if (piece.length >= PIECE_CHARS) { yield piece; piece = ''; }
  }
  if (piece) yield piece;
}

/**
 * The signed index in the cache folder; an untrusted one is a warning and an empty index. An
 * authentic index of another format (an earlier engine's) is out of date: empty, no warning.
 */
function loadIndex(store: ResultCache): IndexState {
  const state: IndexState = { file: join(store.dir, 'stat-index'), index: new Map(), warning: undefined, stats: new Map(), views: [] };
  const r = store.readSignedBytes('', 'index', state.file);
  if (!('bytes' in r)) { state.warning = r.warning; return state; }
  const parsed = parseIndex(r.bytes);
  if (parsed === 'out_of_date') return state;
  if (!parsed) { state.warning = { code: 'cache_malformed', params: { path: state.file } }; return state; }
  state.index = parsed;
  return state;
}

/** The index's lines (see INDEX_HEADER); null when a line is not one this program writes. */
export function parseIndex(bytes: Buffer): Map<string, string> | 'out_of_date' | null {
  let at = bytes.indexOf(0x0a);
  if (at < 0 || bytes.toString('latin1', 0, at) !== INDEX_HEADER) return 'out_of_date';
  const index = new Map<string, string>();
  while (++at < bytes.length) {
    const end = bytes.indexOf(0x0a, at);
    if (end < 0) return null; // every line ends with a newline
    const tab = bytes.lastIndexOf(0x09, end);
    if (tab < at) return null;
    const v = bytes.toString('latin1', tab + 1, end);
    let abs: unknown;
    try { abs = JSON.parse(bytes.toString('utf8', at, tab)); } catch { return null; }
    if (typeof abs !== 'string' || !VALUE.test(v) || index.size >= MAX_INDEXED) return null;
    index.set(abs, v);
    at = end;
  }
  return index;
}

/** The rubric hashes recorded after an index value's stat and content hash. */
function rubricsOf(v: string, stat: string): string[] {
  const rest = v.slice(stat.length + 41);
  return rest ? rest.slice(1).split(',') : [];
}
