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
import { WholeFile, writeAll } from '../engine/io/atomic.js';
import { rank } from './ranking.js';
import type { RenderedResult } from './render.js';

/** A compact summary per report: offsets and lengths as plain numbers (100,000 of these stay in memory). */
interface Entry { file: string; total: number; failed: boolean; flags: string[]; jOff: number; j0: number; j1: number; j2: number; cOff: number; c0: number; c1: number }
const NO_FLAGS: string[] = [];
const NEWLINE = Buffer.from('\n');
const CRLF = Buffer.from('\r\n');

export interface Ranked { file: string; total: number; failed: boolean; rank: number | null; flags: string[] }


export class ResultSpool {
  private readonly entries: Entry[] = [];
  private readonly jPath: string;
  private readonly cPath: string;
  private readonly jFd: number;
  private readonly cFd: number;
  private jPos = 0;
  private cPos = 0;

  /** `dir`: where the spool files live (the run's staging folder). */
  constructor(dir: string) {
    makeDir(dir);
    const stamp = `${process.pid}.${Date.now()}`;
    this.jPath = join(dir, `.spool.${stamp}.jsonl`);
    this.cPath = join(dir, `.spool.${stamp}.csv`);
    this.jFd = openSync(this.jPath, 'w+');
    this.cFd = openSync(this.cPath, 'w+');
  }

  get size(): number { return this.entries.length; }

  add(r: RenderedResult): void {
    // one buffer and one write per file per report; the piece lengths are what finish() needs
    const [j0, j1, j2] = r.jsonl, [c0, c1] = r.csv;
    const jl = [Buffer.byteLength(j0), Buffer.byteLength(j1), Buffer.byteLength(j2)];
    const cl = [Buffer.byteLength(c0), Buffer.byteLength(c1)];
    const jb = Buffer.from(j0 + j1 + j2, 'utf8');
    const cb = Buffer.from(c0 + c1, 'utf8');
    const entry: Entry = { file: r.file, total: r.total, failed: r.failed, flags: r.flags.length ? r.flags : NO_FLAGS, jOff: this.jPos, j0: jl[0], j1: jl[1], j2: jl[2], cOff: this.cPos, c0: cl[0], c1: cl[1] };
    this.jPos += writeAll(this.jFd, jb, this.jPos);
    this.cPos += writeAll(this.cFd, cb, this.cPos);
    this.entries.push(entry);
  }

  /** Rank: by total, highest first; ties by file name; failed reports last, unranked. */
  ranking(): Ranked[] {
    return rank(this.entries, (e) => e.failed);
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
      const entries = new Map(this.entries.map((e) => [e.file, e]));
      // the spooled pieces are copied as bytes (never decoded and re-encoded); only the rank and
      // the flags are new text. Chunks are gathered and written about 1 MB at a time.
      let jBuf: Buffer[] = [], cBuf: Buffer[] = [], pending = 0;
      const flush = () => { jOut.append(Buffer.concat(jBuf)); cOut?.append(Buffer.concat(cBuf)); jBuf = []; cBuf = []; pending = 0; };
      for (const r of this.ranking()) {
        const e = entries.get(r.file)!;
        const flags = flagsOf(e.file, e.flags);
        const h = e.j0, m = e.j1;
        const jb = this.read(this.jFd, e.jOff, h + m + e.j2);
        jBuf.push(jb.subarray(0, h), Buffer.from(`${r.rank === null ? 'null' : r.rank}`), jb.subarray(h, h + m), Buffer.from(JSON.stringify(flags)), jb.subarray(h + m), NEWLINE);
        pending += jb.length;
        if (cOut) {
          const c = this.read(this.cFd, e.cOff, e.c0 + e.c1);
          cBuf.push(Buffer.from(`${r.rank ?? ''},`), c.subarray(0, e.c0), Buffer.from(`,${flagsCell(e.file, flags)},`), c.subarray(e.c0), CRLF);
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
