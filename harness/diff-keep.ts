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
import { unitKind, type UnitKind } from './writers/unit-kind.js';

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
  deductions: Array<{ id: string; points: number; evidence: Evidence[] }>;
  scheme: SchemeResult | null;
  /** the unit's kind (乡镇, 县区, 部门 …), which offices rank apart (类内排名) */
  kind: UnitKind | null;
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

/**
 * Each scored report's rank among the reports of its unit kind, by file (the one ranking rule within each kind, as spool.ts's
 * kindRanks gives score's outputs); reports with no kind or not scored have none.
 */
export function kindRanksOf(items: ReadonlyArray<{ file: string; total: number; kind: UnitKind | null; error: unknown }>): Map<string, number> {
  const byKind = new Map<string, number>();
  const groups = new Map<UnitKind, Array<{ file: string; total: number }>>();
  for (const s of items) if (s.kind && !s.error) { const g = groups.get(s.kind) ?? []; g.push(s); groups.set(s.kind, g); }
  for (const g of groups.values()) for (const x of rank(g, () => false)) if (x.rank !== null) byKind.set(x.file, x.rank);
  return byKind;
}

/** Both passes as diffResults takes them, each ranked. */
export interface DiffKept { before: DiffInput[]; after: DiffInput[] }

/** 0: the old rubric's pass, 1: the new one's. */
export type DiffPass = 0 | 1;

/**
 * Collects both passes of a diff, in any order: a report's two results may arrive together (both
 * answered from the cache) or a pass apart (scored by workers). The first of a report's two results
 * to arrive has its first evidence items spilled; when the second arrives the changed criteria are
 * known, and only those get evidence (the spilled side's read back). `inputs()` when both passes are
 * done; `dispose()` removes the spill file (always call it, also when a pass fails).
 */
export class DiffCollector {
  private readonly pool = new CellPool();
  private readonly sides: [Map<string, DiffSide>, Map<string, DiffSide>] = [new Map(), new Map()];
  /** where a report's evidence is in the spill file, while its other result has not arrived */
  private readonly waiting: [Map<string, Spilled>, Map<string, Spilled>] = [new Map(), new Map()];
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
      // a deduction's first evidence items kept whole: deductions are few, and where one changes its sentence is what an author checks
      deductions: r.deductions.map((d) => ({ id: d.id, points: d.points, evidence: d.evidence.slice(0, DIFF_EVIDENCE) })), scheme: schemeParts(r.scheme),
      kind: r.error ? null : unitKind(r.unit, r.division?.code),
    };
  }

  /** The old rubric's result of a report (`add(0, r)`). */
  addBefore(r: UnrankedResult): void { this.add(0, r); }
  /** The new rubric's result of a report (`add(1, r)`). */
  addAfter(r: UnrankedResult): void { this.add(1, r); }

  /** One pass's result of a report: kept without evidence, unless its criteria turn out changed. */
  add(pass: DiffPass, r: UnrankedResult): void {
    const side = this.side(r);
    this.sides[pass].set(r.file, side);
    const other = (1 - pass) as DiffPass;
    const partner = this.sides[other].get(r.file);
    if (!partner) { this.waiting[pass].set(r.file, this.spill(r)); return; }
    const spot = this.waiting[other].get(r.file);
    this.waiting[other].delete(r.file);
    this.pair(side, r.criteria, partner, () => (spot ? this.read(spot) : {}));
  }

  /** Both results of a report at once (both answered from the cache): nothing is spilled. */
  addPair(before: UnrankedResult, after: UnrankedResult): void {
    const b = this.side(before), a = this.side(after);
    this.sides[0].set(before.file, b);
    this.sides[1].set(after.file, a);
    const ev = (r: UnrankedResult) => Object.fromEntries(Object.entries(r.criteria).map(([id, c]) => [id, c.evidence.slice(0, DIFF_EVIDENCE)]));
    this.pair(a, after.criteria, b, () => ev(before));
  }

  /** Evidence for each criterion whose outcome or points differ between the two sides (or that only one has); none for the rest. */
  private pair(side: DiffSide, evidence: UnrankedResult['criteria'], partner: DiffSide, partnerEvidence: () => Record<string, Evidence[]>): void {
    let spilled: Record<string, Evidence[]> | null = null;
    const mine = side.criteria, theirs = partner.criteria;
    for (const id of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const x = theirs[id], y = mine[id];
      if (x?.outcome === y?.outcome && x?.points === y?.points) continue;
      if (y) mine[id] = { outcome: y.outcome, points: y.points, evidence: (evidence[id]?.evidence ?? []).slice(0, DIFF_EVIDENCE) };
      if (x) {
        spilled ??= partnerEvidence();
        theirs[id] = { outcome: x.outcome, points: x.points, evidence: spilled[id] ?? [] };
      }
    }
  }

  /** The first evidence items of each criterion, appended to the spill (written about 1 MB at a time). */
  private spill(r: UnrankedResult): Spilled | undefined {
    if (r.error) return undefined;
    const ev: Record<string, Evidence[]> = {};
    let any = false;
    for (const [id, c] of Object.entries(r.criteria)) if (c.evidence.length) { ev[id] = c.evidence.slice(0, DIFF_EVIDENCE); any = true; }
    if (!any) return undefined;
    const buf = Buffer.from(JSON.stringify(ev), 'utf8');
    const spot = { at: this.pos + this.pendingBytes, len: buf.length };
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
    return spot;
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    this.pos += writeAll(this.fd, Buffer.concat(this.pending, this.pendingBytes), this.pos);
    this.pending = [];
    this.pendingBytes = 0;
  }

  private read(s: NonNullable<Spilled>): Record<string, Evidence[]> {
    if (s.at + s.len > this.pos) this.flush();
    const buf = Buffer.allocUnsafe(s.len);
    let got = 0;
    while (got < s.len) {
      const n = readSync(this.fd, buf, got, s.len - got, s.at + got);
      if (n === 0) throw new Error(`diff spill ${this.path} is shorter than written`);
      got += n;
    }
    return JSON.parse(buf.toString('utf8')) as Record<string, Evidence[]>;
  }

  /** Both passes as diffResults takes them, each ranked (the one ranking rule, harness/ranking.ts). */
  inputs(): DiffKept {
    // a report only one pass has: every criterion of it changed (to or from absent)
    for (const pass of [0, 1] as const) {
      for (const [file, spot] of this.waiting[pass]) {
        if (this.sides[1 - pass].has(file)) continue;
        const ev = spot ? this.read(spot) : {};
        const cs = this.sides[pass].get(file)!.criteria;
        for (const [id, c] of Object.entries(cs)) cs[id] = { outcome: c.outcome, points: c.points, evidence: ev[id] ?? [] };
      }
    }
    const ranked = (sides: Map<string, DiffSide>): DiffInput[] => {
      const byKind = kindRanksOf([...sides.values()]);
      return rank([...sides.values()], (s) => s.error !== null)
        .map((s) => ({ file: s.file, total: s.total, rank: s.rank, ...(s.kind ? { kind: s.kind, kindRank: byKind.get(s.file) ?? null } : {}), criteria: s.criteria, deductions: s.deductions, error: s.error ?? undefined, scheme: s.scheme ?? undefined }));
    };
    return { before: ranked(this.sides[0]), after: ranked(this.sides[1]) };
  }

  /** Remove the spill file. */
  dispose(): void {
    try { closeSync(this.fd); } catch { /* already closed */ }
    rmSync(this.path, { force: true });
  }
}

type Spilled = { at: number; len: number } | undefined;
