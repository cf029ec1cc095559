/**
 * Results stream to spool files as they arrive, in whatever order the workers finish; the main
 * thread keeps only a compact summary per report (file, total, flags, offsets). At the end the
 * outputs are assembled in rank order from the spool — byte-identical for any worker count — into
 * temp files that are renamed into place, and the spool is removed.
 */
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { rank } from './ranking.js';
import type { RenderedResult } from './render.js';

/** A compact summary per report: offsets and lengths as plain numbers (100,000 of these stay in memory). */
interface Entry { file: string; total: number; failed: boolean; flags: string[]; jOff: number; j0: number; j1: number; j2: number; cOff: number; c0: number; c1: number }
const NO_FLAGS: string[] = [];

export interface Ranked { file: string; total: number; failed: boolean; rank: number | null; flags: string[] }


export class ResultSpool {
  private readonly entries: Entry[] = [];
  private readonly jPath: string;
  private readonly cPath: string;
  private readonly jFd: number;
  private readonly cFd: number;
  private jPos = 0;
  private cPos = 0;

  constructor(private readonly outDir: string) {
    mkdirSync(outDir, { recursive: true });
    const stamp = `${process.pid}.${Date.now()}`;
    this.jPath = join(outDir, `.spool.${stamp}.jsonl`);
    this.cPath = join(outDir, `.spool.${stamp}.csv`);
    this.jFd = openSync(this.jPath, 'w+');
    this.cFd = openSync(this.cPath, 'w+');
  }

  get size(): number { return this.entries.length; }

  add(r: RenderedResult): void {
    const jb = r.jsonl.map((s) => Buffer.from(s, 'utf8'));
    const cb = r.csv.map((s) => Buffer.from(s, 'utf8'));
    const entry: Entry = { file: r.file, total: r.total, failed: r.failed, flags: r.flags.length ? r.flags : NO_FLAGS, jOff: this.jPos, j0: jb[0].length, j1: jb[1].length, j2: jb[2].length, cOff: this.cPos, c0: cb[0].length, c1: cb[1].length };
    for (const b of jb) this.jPos += writeSync(this.jFd, b, 0, b.length, this.jPos);
    for (const b of cb) this.cPos += writeSync(this.cFd, b, 0, b.length, this.cPos);
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
   * Write results.jsonl and ranking.csv in rank order. `flagsOf` may add flags found only now
   * (near_duplicate); `flagsCell` renders the CSV 标记 cell. Only the outputs in `publish` replace
   * the files of that name; an unpublished results.jsonl stays in a temp file (its path is returned,
   * for the workbook and the page to read) until `cleanup`.
   */
  finish(csvHeader: string, flagsOf: (file: string, flags: string[]) => string[], flagsCell: (file: string, flags: string[]) => string, publish: { csv: boolean; jsonl: boolean }): { jsonlPath: string; cleanup(): void } {
    const jTmp = join(this.outDir, `.results.jsonl.${process.pid}.tmp`);
    const cTmp = join(this.outDir, `.ranking.csv.${process.pid}.tmp`);
    const jOut = openSync(jTmp, 'w');
    const cOut = openSync(cTmp, 'w');
    try {
      writeSync(cOut, '\ufeff' + csvHeader);
      const entries = new Map(this.entries.map((e) => [e.file, e]));
      let jBuf: string[] = [], cBuf: string[] = [];
      const flush = () => { writeSync(jOut, jBuf.join('')); writeSync(cOut, cBuf.join('')); jBuf = []; cBuf = []; };
      for (const r of this.ranking()) {
        const e = entries.get(r.file)!;
        const flags = flagsOf(e.file, e.flags);
        const h = e.j0, m = e.j1;
        const jb = this.read(this.jFd, e.jOff, h + m + e.j2);
        jBuf.push(`${jb.subarray(0, h).toString('utf8')}${r.rank === null ? 'null' : r.rank}${jb.subarray(h, h + m).toString('utf8')}${JSON.stringify(flags)}${jb.subarray(h + m).toString('utf8')}\n`);
        const c = this.read(this.cFd, e.cOff, e.c0 + e.c1);
        cBuf.push(`${r.rank ?? ''},${c.subarray(0, e.c0).toString('utf8')},${flagsCell(e.file, flags)},${c.subarray(e.c0).toString('utf8')}\r\n`);
        if (jBuf.length >= 512) flush();
      }
      flush();
    } finally {
      closeSync(jOut);
      closeSync(cOut);
    }
    const jsonlPath = publish.jsonl ? join(this.outDir, 'results.jsonl') : jTmp;
    if (publish.jsonl) renameSync(jTmp, jsonlPath);
    if (publish.csv) renameSync(cTmp, join(this.outDir, 'ranking.csv')); else rmSync(cTmp, { force: true });
    this.dispose();
    return { jsonlPath, cleanup: () => { if (!publish.jsonl) rmSync(jTmp, { force: true }); } };
  }

  /** Remove the spool files (also when a run is interrupted: nothing partial stays behind). */
  dispose(): void {
    for (const fd of [this.jFd, this.cFd]) { try { closeSync(fd); } catch { /* already closed */ } }
    rmSync(this.jPath, { force: true });
    rmSync(this.cPath, { force: true });
  }
}
