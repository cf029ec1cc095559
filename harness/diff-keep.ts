/**
 * What `rubric diff` keeps of its two passes over a corpus. A diff prints, per report, totals, ranks,
 * deductions, a scheme's parts, and the criteria whose outcome or points changed with a few evidence
 * items on each side — so that is all it holds:
 *
 * - each pass's result is reduced on arrival to a side without evidence (`DiffSide`: outcome and
 *   points per criterion, deduction ids and points, the scheme's parts without evidence);
 * - the old pass's first DIFF_EVIDENCE items per criterion go to a spill file, one record per report,
 *   read back only for a report whose criteria changed;
 * - the new pass keeps evidence only for the criteria that changed, on both sides.
 *
 * Two passes of results with evidence (even cut to three items a criterion) over 10,000 reports
 * filled the 320 MB heap `npm run rubric` gives and aborted; what is held now is a few hundred bytes
 * per report plus the changed criteria's evidence (issue 15).
 */
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAll } from '../engine/io/atomic.js';
import { makeDir } from '../engine/io/make-dir.js';
import type { DiffInput } from '../engine/eval/diff.js';
import type { UnrankedResult } from '../engine/scoring/report.js';
import type { AdjustmentTotal, Evidence, Outcome, SchemeResult } from '../engine/types.js';
import { rank } from './ranking.js';

/** Evidence items a diff keeps per criterion and deduction (it shows two; --json gives these). */
export const DIFF_EVIDENCE = 3;

/**
 * A result with at most DIFF_EVIDENCE evidence items per criterion, deduction and suspected
 * deduction, and no signature or coverage: what a worker sends back for a diff (less to copy
 * between threads). Shapes as UnrankedResult.
 */
export function forDiff(r: UnrankedResult): UnrankedResult {
  const criteria: UnrankedResult['criteria'] = {};
  for (const [id, c] of Object.entries(r.criteria)) criteria[id] = c.evidence.length > DIFF_EVIDENCE ? { ...c, evidence: c.evidence.slice(0, DIFF_EVIDENCE) } : c;
  const trim = <D extends { evidence: unknown[] }>(d: D): D => (d.evidence.length > DIFF_EVIDENCE ? { ...d, evidence: d.evidence.slice(0, DIFF_EVIDENCE) } : d);
  const { signature: _signature, held: _held, ...rest } = r;
  return { ...rest, criteria, deductions: r.deductions.map(trim), suspected: r.suspected.map(trim) };
}

type Cell = { outcome: Outcome; points: number; evidence?: Evidence[] };

/** One report as one pass saw it, without evidence (a changed criterion's cells get theirs at the end). */
export interface DiffSide {
  file: string;
  total: number;
  error: { code: string } | null;
  criteria: Record<string, Cell>;
  deductions: Array<{ id: string; points: number }>;
  scheme: SchemeResult | null;
}

/** A scheme's parts as the diff compares them: items and vetoes without their evidence. */
function schemeParts(s: SchemeResult | undefined): SchemeResult | null {
  if (!s) return null;
  const items = (t: AdjustmentTotal | null): AdjustmentTotal | null => (t ? { points: t.points, cap: t.cap, items: t.items.map((i) => ({ id: i.id, title: i.title, points: i.points, evidence: [] })) } : null);
  return { categories: s.categories, bonus: items(s.bonus), penalties: items(s.penalties), veto: s.veto ? s.veto.map((v) => ({ id: v.id, title: v.title, grade: v.grade, evidence: [] })) : null, grade: s.grade, rescale: s.rescale };
}

/**
 * Cells are shared between reports: there are few distinct (outcome, points) pairs, and a side
 * holds one reference per criterion instead of an object.
 */
class CellPool {
  private readonly cells = new Map<string, Cell>();
  get(outcome: Outcome, points: number): Cell {
    const k = `${outcome}\u0000${points}`;
    let c = this.cells.get(k);
    if (!c) { c = Object.freeze({ outcome, points }) as Cell; this.cells.set(k, c); }
    return c;
  }
}

/** What the two passes leave for diffResults, ranked, and the number of spill bytes read back. */
export interface DiffKept { before: DiffInput[]; after: DiffInput[] }

/**
 * Collects both passes of a diff. `addBefore` every old-rubric result, then `beforeDone()`, then
 * `addAfter` every new-rubric result, then `inputs()`. `dispose()` removes the spill file (always
 * call it: also when a pass fails).
 */
export class DiffCollector {
  private readonly pool = new CellPool();
  private readonly before = new Map<string, DiffSide & { at: number; len: number }>();
  private readonly after = new Map<string, DiffSide>();
  private readonly path: string;
  private readonly fd: number;
  private pos = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** `dir`: where the spill file lives while the diff runs (the --out folder). */
  constructor(dir: string) {
    makeDir(dir);
    this.path = join(dir, `.diff-spill.${process.pid}.${Date.now()}`);
    this.fd = openSync(this.path, 'w+');
  }

  private side(r: UnrankedResult): DiffSide {
    const criteria: Record<string, Cell> = {};
    if (!r.error) for (const [id, c] of Object.entries(r.criteria)) criteria[id] = this.pool.get(c.outcome, c.points);
    return {
      file: r.file, total: r.total, error: r.error ? { code: r.error.code } : null, criteria,
      deductions: r.deductions.map((d) => ({ id: d.id, points: d.points })), scheme: schemeParts(r.scheme),
    };
  }

  /** An old-rubric result: its side is kept, its first evidence items spilled. */
  addBefore(r: UnrankedResult): void {
    const ev: Record<string, Evidence[]> = {};
    let any = false;
    if (!r.error) for (const [id, c] of Object.entries(r.criteria)) if (c.evidence.length) { ev[id] = c.evidence.slice(0, DIFF_EVIDENCE); any = true; }
    let at = 0, len = 0;
    if (any) {
      const buf = Buffer.from(JSON.stringify(ev), 'utf8');
      at = this.pos + this.pendingBytes;
      len = buf.length;
      this.pending.push(buf);
      this.pendingBytes += len;
      if (this.pendingBytes >= 1 << 20) this.flush();
    }
    this.before.set(r.file, { ...this.side(r), at, len });
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    this.pos += writeAll(this.fd, Buffer.concat(this.pending, this.pendingBytes), this.pos);
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** The old pass is complete: its spill is readable from now on. */
  beforeDone(): void { this.flush(); }

  private spilled(s: { at: number; len: number }): Record<string, Evidence[]> {
    if (!s.len) return {};
    const buf = Buffer.allocUnsafe(s.len);
    let got = 0;
    while (got < s.len) {
      const n = readSync(this.fd, buf, got, s.len - got, s.at + got);
      if (n === 0) throw new Error(`diff spill ${this.path} is shorter than written`);
      got += n;
    }
    return JSON.parse(buf.toString('utf8')) as Record<string, Evidence[]>;
  }

  /**
   * A new-rubric result: its side is kept; each criterion whose outcome or points differ from the
   * old pass's (or that only one side has) gets its evidence on both sides, the rest none.
   */
  addAfter(r: UnrankedResult): void {
    const side = this.side(r);
    const old = this.before.get(r.file);
    const a = side.criteria, b = old?.criteria ?? {};
    let oldEvidence: Record<string, Evidence[]> | null = null;
    for (const id of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const x = b[id], y = a[id];
      if (x?.outcome === y?.outcome && x?.points === y?.points) continue;
      if (y) a[id] = { outcome: y.outcome, points: y.points, evidence: (r.criteria[id]?.evidence ?? []).slice(0, DIFF_EVIDENCE) };
      if (x && old) {
        oldEvidence ??= this.spilled(old);
        b[id] = { outcome: x.outcome, points: x.points, evidence: oldEvidence[id] ?? [] };
      }
    }
    this.after.set(r.file, side);
  }

  /** Both passes as diffResults takes them, each ranked (the one ranking rule, harness/ranking.ts). */
  inputs(): DiffKept {
    const ranked = (sides: Iterable<DiffSide>): DiffInput[] => rank([...sides], (s) => s.error !== null)
      .map((s) => ({ file: s.file, total: s.total, rank: s.rank, criteria: s.criteria, deductions: s.deductions, error: s.error ?? undefined, scheme: s.scheme ?? undefined }));
    return { before: ranked(this.before.values()), after: ranked(this.after.values()) };
  }

  /** Remove the spill file. */
  dispose(): void {
    try { closeSync(this.fd); } catch { /* already closed */ }
    rmSync(this.path, { force: true });
  }
}
