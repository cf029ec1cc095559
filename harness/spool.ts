/**
 * Results stream to spool files as they arrive, in whatever order the workers finish; the main
 * thread keeps only a compact summary per report (file, total, flags, offsets). At the end the
 * outputs are assembled in rank order from the spool — byte-identical for any worker count — into
 * the run's staging folder (harness/stage.ts), and the spool is removed. Every write is whole
 * (engine/io/atomic.ts): a short write on a full disk is an error, never a silently shorter file.
 */
import { makeDir } from '../engine/io/make-dir.js';
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { WholeFile, writevAll } from '../engine/io/atomic.js';
import { rank } from './ranking.js';
import { UNIT_KINDS, type UnitKind } from './writers/unit-kind.js';
import type { RenderedResult } from './render.js';

const NO_FLAGS: string[] = [];
const NEWLINE = Buffer.from('\n');
const CRLF = Buffer.from('\r\n');
/** Spooled bytes gathered before one write (one write per file per ~1 MB instead of per report). */
const WRITE_CHUNK = 1 << 20;

/** A rendered result whose pieces a worker already encoded: a view of a moved buffer holding j0 j1 j2 c0 c1, and their byte lengths. */
export type Packed = RenderedResult & { packed?: { bytes: Uint8Array; lens: number[] } };

export interface Ranked { file: string; total: number; failed: boolean; rank: number | null; flags: string[] }

/** Grows a typed array by doubling. */
function grown<T extends Float64Array | Uint32Array | Uint8Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The per-report summary as columns: the file name, and in typed arrays the total and where its
 * pieces are in the spool files (no object per report: at 100,000 reports the objects were a good
 * part of the main thread's growth). Flags are rare and kept by index.
 */
class Entries {
  readonly files: string[] = [];
  totals = new Float64Array(1024);
  /** jOff, cOff per report (byte offsets may pass 4 GiB) */
  offs = new Float64Array(2048);
  /** j0, j1, j2, c0, c1 per report, and 1 when it failed */
  lens = new Uint32Array(6 * 1024);
  /** the unit's kind per report: its index in UNIT_KINDS plus one, 0 for none */
  kinds = new Uint8Array(1024);
  readonly flags = new Map<number, string[]>();

  get size(): number { return this.files.length; }

  push(file: string, total: number, failed: boolean, flags: string[], kind: UnitKind | null, jOff: number, cOff: number, l: number[]): void {
    const i = this.files.length;
    this.kinds = grown(this.kinds, i + 1, (n) => new Uint8Array(n));
    this.kinds[i] = kind ? UNIT_KINDS.indexOf(kind) + 1 : 0;
    this.totals = grown(this.totals, i + 1, (n) => new Float64Array(n));
    this.offs = grown(this.offs, 2 * (i + 1), (n) => new Float64Array(n));
    this.lens = grown(this.lens, 6 * (i + 1), (n) => new Uint32Array(n));
    this.files.push(file);
    this.totals[i] = total;
    this.offs[2 * i] = jOff;
    this.offs[2 * i + 1] = cOff;
    for (let k = 0; k < 5; k++) this.lens[6 * i + k] = l[k];
    this.lens[6 * i + 5] = failed ? 1 : 0;
    if (flags.length) this.flags.set(i, flags);
  }

  failed(i: number): boolean { return this.lens[6 * i + 5] === 1; }
}

export class ResultSpool {
  private readonly entries = new Entries();
  private readonly jPath: string;
  private readonly cPath: string;
  private readonly jFd: number;
  private readonly cFd: number;
  private jPos = 0;
  private cPos = 0;
  private jPending: Uint8Array[] = [];
  private cPending: Uint8Array[] = [];
  private pendingBytes = 0;

  /** `dir`: where the spool files live (the run's staging folder). */
  constructor(dir: string) {
    makeDir(dir);
    const stamp = `${process.pid}.${Date.now()}`;
    this.jPath = join(dir, `.spool.${stamp}.jsonl`);
    this.cPath = join(dir, `.spool.${stamp}.csv`);
    this.jFd = openSync(this.jPath, 'w+');
    this.cFd = openSync(this.cPath, 'w+');
  }

  get size(): number { return this.entries.size; }

  add(r: Packed): void {
    // one buffer per file per report, gathered and written about 1 MB at a time; the piece lengths are what finish() needs
    let jb: Uint8Array, cb: Uint8Array, lens: number[];
    if (r.packed) {
      // encoded by the worker (harness/worker.ts packed): views, no copy
      lens = r.packed.lens;
      const j = lens[0] + lens[1] + lens[2];
      jb = r.packed.bytes.subarray(0, j);
      cb = r.packed.bytes.subarray(j, j + lens[3] + lens[4]);
    } else {
      const [j0, j1, j2] = r.jsonl, [c0, c1] = r.csv;
      jb = Buffer.from(j0 + j1 + j2, 'utf8');
      cb = Buffer.from(c0 + c1, 'utf8');
      const j0l = Buffer.byteLength(j0), j1l = Buffer.byteLength(j1), c0l = Buffer.byteLength(c0);
      lens = [j0l, j1l, jb.length - j0l - j1l, c0l, cb.length - c0l];
    }
    this.entries.push(r.file, r.total, r.failed, r.flags, r.kind ?? null, this.jPos, this.cPos, lens);
    this.jPending.push(jb);
    this.cPending.push(cb);
    this.jPos += jb.length;
    this.cPos += cb.length;
    this.pendingBytes += jb.length + cb.length;
    if (this.pendingBytes >= WRITE_CHUNK) this.flush();
  }

  /** Write what add() gathered (each write whole: engine/io/atomic.ts). */
  private flush(): void {
    if (!this.pendingBytes) return;
    const jLen = this.jPending.reduce((n, b) => n + b.length, 0), cLen = this.cPending.reduce((n, b) => n + b.length, 0);
    writevAll(this.jFd, this.jPending, this.jPos - jLen);
    writevAll(this.cFd, this.cPending, this.cPos - cLen);
    this.jPending = [];
    this.cPending = [];
    this.pendingBytes = 0;
  }

  /** Scored reports kept out of the ranking (another year's, --exclude-other-years): set before finish(). */
  private outside: (file: string) => boolean = () => false;
  leaveUnranked(outside: (file: string) => boolean): void { this.outside = outside; }

  /** Rank: by total, highest first; ties by file name; failed reports last, unranked. */
  ranking(): Ranked[] {
    return this.rankedIndexes().map(({ i, rank }) => ({ file: this.entries.files[i], total: this.entries.totals[i], failed: this.entries.failed(i), rank, flags: this.entries.flags.get(i) ?? NO_FLAGS }));
  }

  /** The totals of the reports ranked (scored, not kept out), highest first: the order of the ranking. */
  scoredTotals(): number[] {
    const e = this.entries, out: number[] = [];
    for (let i = 0; i < e.size; i++) if (!e.failed(i) && !this.outside(e.files[i])) out.push(e.totals[i]);
    return out.sort((a, b) => b - a);
  }

  /** Report indexes in rank order, with their ranks (the one ranking rule, harness/ranking.ts). */
  private rankedIndexes(): Array<{ i: number; rank: number | null }> {
    const e = this.entries;
    const items = e.files.map((file, i) => ({ file, total: e.totals[i], i }));
    return rank(items, (x) => e.failed(x.i), (x) => this.outside(x.file)).map((x) => ({ i: x.i, rank: x.rank }));
  }

  /**
   * Each report's rank among the reports of its unit kind (the same ranking rule, applied within the
   * kind); reports with no kind or not scored have none.
   */
  private kindRanks(): Map<number, number> {
    const e = this.entries, groups = new Map<number, Array<{ file: string; total: number; i: number }>>();
    for (let i = 0; i < e.size; i++) {
      const k = e.kinds[i];
      if (!k || e.failed(i) || this.outside(e.files[i])) continue;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push({ file: e.files[i], total: e.totals[i], i });
    }
    const out = new Map<number, number>();
    for (const g of groups.values()) for (const x of rank(g, () => false)) if (x.rank !== null) out.set(x.i, x.rank);
    return out;
  }

  private read(fd: number, off: number, len: number): Buffer {
    const buf = Buffer.allocUnsafe(len);
    readSync(fd, buf, 0, len, off);
    return buf;
  }

  /**
   * Write results.jsonl and ranking.csv in rank order to `jsonlPath` and `csvPath` (the staging
   * folder; null: not wanted). `flagsOf` may add flags found only now (near_duplicate); `flagsCell`
   * renders the CSV 标记 cell. The files are whole and fsynced when this returns; the spool is removed.
   */
  finish(csvHeader: string, flagsOf: (file: string, flags: string[]) => string[], flagsCell: (file: string, flags: string[]) => string, paths: { jsonl: string; csv: string | null }): void {
    const jOut = new WholeFile(paths.jsonl);
    const cOut = paths.csv ? new WholeFile(paths.csv) : null;
    try {
      cOut?.append('\ufeff' + csvHeader);
      this.flush();
      const e = this.entries;
      // the spooled pieces are copied as bytes (never decoded and re-encoded); only the rank and
      // the flags are new text. Pieces are gathered and written about 1 MB at a time, with writev.
      let jBuf: Buffer[] = [], cBuf: Buffer[] = [], pending = 0;
      const flush = () => { jOut.appendAll(jBuf); cOut?.appendAll(cBuf); jBuf = []; cBuf = []; pending = 0; };
      const kindRanks = this.kindRanks();
      for (const { i, rank: r } of this.rankedIndexes()) {
        const kr = kindRanks.get(i);
        const file = e.files[i];
        const flags = flagsOf(file, e.flags.get(i) ?? NO_FLAGS);
        const h = e.lens[6 * i], m = e.lens[6 * i + 1], c0 = e.lens[6 * i + 3];
        const jb = this.read(this.jFd, e.offs[2 * i], h + m + e.lens[6 * i + 2]);
        jBuf.push(jb.subarray(0, h), Buffer.from(`${r === null ? 'null' : r},"kindRank":${kr ?? 'null'}`), jb.subarray(h, h + m), Buffer.from(JSON.stringify(flags)), jb.subarray(h + m), NEWLINE);
        pending += jb.length;
        if (cOut) {
          const c = this.read(this.cFd, e.offs[2 * i + 1], c0 + e.lens[6 * i + 4]);
          cBuf.push(Buffer.from(`${r ?? ''},`), c.subarray(0, c0), Buffer.from(`,${flagsCell(file, flags)},`), c.subarray(c0), Buffer.from(`,${kr ?? ''}`), CRLF);
          pending += c.length;
        }
        if (pending >= 1 << 20) flush();
      }
      flush();
      jOut.close();
      cOut?.close();
    } catch (err) {
      jOut.discard();
      cOut?.discard();
      throw err;
    }
    this.dispose();
  }

  /** Remove the spool files (also when a run is interrupted: nothing partial stays behind). */
  dispose(): void {
    for (const fd of [this.jFd, this.cFd]) { try { closeSync(fd); } catch { /* already closed */ } }
    rmSync(this.jPath, { force: true });
    rmSync(this.cPath, { force: true });
  }
}
