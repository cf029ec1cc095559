/**
 * Agreement of a rubric with human gold labels: cell accuracy, quadratic-weighted kappa over
 * met/partial/unmet, per-criterion accuracy, precision and recall of `met` and the 3×3 confusion
 * matrix, deductions' precision and recall, and totals' MAE, Spearman and Kendall correlations —
 * with every disagreement and the engine's evidence for it.
 */
import type { UnrankedResult } from '../scoring/report.js';
import type { CompiledRubric } from '../rubric/types.js';
import type { Evidence, Outcome } from '../types.js';
import { outcomeOfPoints } from '../scoring/points.js';
import { reportError, type ReportError } from '../errors.js';
import { kendallTauB, meanAbsoluteError, quadraticWeightedKappa, spearman } from './stats.js';

/**
 * A gold label per criterion: an outcome, the points an assessor gave (a scheme's graded or
 * sub-item criteria), or both. Points alone imply the outcome (all: met, none: unmet, else partial).
 */
export type GoldCell = Outcome | number | { outcome?: Outcome; points: number };
export interface GoldReport {
  file: string; criteria: Record<string, GoldCell>; deductions: string[]; total: number;
  /** only these deductions were judged (an assessor's review.csv decides a few, not all); absent: all */
  deductionsJudged?: string[];
}

function goldCell(cell: GoldCell, max: number): { outcome: Outcome; points: number | null } {
  if (typeof cell === 'string') return { outcome: cell, points: null };
  const points = typeof cell === 'number' ? cell : cell.points;
  const outcome = typeof cell === 'object' && cell.outcome ? cell.outcome : outcomeOfPoints(points, max);
  return { outcome, points };
}
export interface GoldFile { reports: GoldReport[] }

const OUTCOMES: Outcome[] = ['met', 'partial', 'unmet'];
const ORDINAL: Record<Outcome, number> = { unmet: 0, partial: 1, met: 2 };
type Confusion = Record<Outcome, Record<Outcome, number>>;
const emptyConfusion = (): Confusion => ({ met: { met: 0, partial: 0, unmet: 0 }, partial: { met: 0, partial: 0, unmet: 0 }, unmet: { met: 0, partial: 0, unmet: 0 } });
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export interface CriterionAgreement {
  title: string;
  cells: number;
  accuracy: number | null;
  met_precision: number | null;
  met_recall: number | null;
  /** rows: gold outcome; columns: engine outcome */
  confusion: Confusion;
  /** only when gold gives points for this criterion: how many cells did, and the mean absolute error of the engine's points */
  points_cells?: number;
  points_mae?: number | null;
}

export interface Disagreement {
  file: string;
  criterion: string;
  gold: Outcome;
  engine: Outcome;
  planned_only: boolean;
  evidence: Evidence[];
  /** only when gold gave points for the cell */
  gold_points?: number;
  engine_points?: number;
}

export interface EvalReport {
  rubric: { id: string; version: string; hash: string };
  reports: number;
  cells: number;
  agree: number;
  accuracy: number | null;
  qwk: number | null;
  per_criterion: Record<string, CriterionAgreement>;
  deductions: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; misses: Array<{ file: string; id: string; kind: 'fp' | 'fn' }> };
  totals: { mae: number | null; spearman: number | null; kendall: number | null; pairs: Array<{ file: string; gold: number; engine: number }> };
  disagreements: Disagreement[];
  /** cells whose outcome agrees but whose points gold gave differently (a scheme's graded or sub-item criteria) */
  points_disagreements: Disagreement[];
  /** gold reports not scored: the error as data (the harness renders its message) */
  failed: Array<{ file: string } & ReportError>;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

export function evaluate(rubric: CompiledRubric, gold: GoldFile, results: Map<string, UnrankedResult>): EvalReport {
  const per: Record<string, CriterionAgreement> = {};
  for (const c of rubric.criteria) per[c.id] = { title: c.title, cells: 0, accuracy: null, met_precision: null, met_recall: null, confusion: emptyConfusion() };
  const a: number[] = [], b: number[] = [];
  const disagreements: Disagreement[] = [];
  const pointsDisagreements: Disagreement[] = [];
  const failed: EvalReport['failed'] = [];
  const ded = { tp: 0, fp: 0, fn: 0, misses: [] as EvalReport['deductions']['misses'] };
  const pairs: EvalReport['totals']['pairs'] = [];
  const pointPairs = new Map<string, { gold: number[]; engine: number[] }>();
  const maxOf = new Map(rubric.criteria.map((c) => [c.id, c.points]));
  let cells = 0, agree = 0, reports = 0;

  for (const g of gold.reports) {
    const r = results.get(g.file);
    if (!r || r.error) { failed.push({ file: g.file, ...(r?.error ?? reportError('missing', {})) }); continue; }
    reports++;
    for (const [id, cell] of Object.entries(g.criteria)) {
      const res = r.criteria[id];
      if (!res || !per[id]) continue;
      const { outcome: goldOutcome, points: goldPoints } = goldCell(cell, maxOf.get(id)!);
      if (goldPoints !== null) {
        const pp = pointPairs.get(id) ?? { gold: [], engine: [] };
        pp.gold.push(goldPoints); pp.engine.push(res.points);
        pointPairs.set(id, pp);
      }
      cells++;
      per[id].cells++;
      per[id].confusion[goldOutcome][res.outcome]++;
      a.push(ORDINAL[goldOutcome]); b.push(ORDINAL[res.outcome]);
      if (goldOutcome === res.outcome) agree++;
      const pts = goldPoints === null ? {} : { gold_points: goldPoints, engine_points: res.points };
      const d: Disagreement = { file: g.file, criterion: id, gold: goldOutcome, engine: res.outcome, planned_only: res.planned_only, evidence: res.evidence, ...pts };
      if (goldOutcome !== res.outcome) disagreements.push(d);
      else if (goldPoints !== null && Math.abs(goldPoints - res.points) > 0.005) pointsDisagreements.push(d);
    }
    const judged = g.deductionsJudged ? new Set(g.deductionsJudged) : null;
    const found = new Set(r.deductions.map((d) => d.id).filter((id) => !judged || judged.has(id)));
    const expected = new Set(g.deductions);
    for (const id of found) { if (expected.has(id)) ded.tp++; else { ded.fp++; ded.misses.push({ file: g.file, id, kind: 'fp' }); } }
    for (const id of expected) if (!found.has(id)) { ded.fn++; ded.misses.push({ file: g.file, id, kind: 'fn' }); }
    pairs.push({ file: g.file, gold: g.total, engine: r.total });
  }

  for (const p of Object.values(per)) {
    const m = p.confusion;
    const diag = OUTCOMES.reduce((s, o) => s + m[o][o], 0);
    p.accuracy = ratio(diag, p.cells);
    p.met_precision = ratio(m.met.met, m.met.met + m.partial.met + m.unmet.met);
    p.met_recall = ratio(m.met.met, m.met.met + m.met.partial + m.met.unmet);
  }
  for (const [id, pp] of pointPairs) {
    per[id].points_cells = pp.gold.length;
    per[id].points_mae = meanAbsoluteError(pp.engine, pp.gold);
  }
  const g = pairs.map((p) => p.gold), e = pairs.map((p) => p.engine);
  return {
    rubric: { id: rubric.id, version: rubric.version, hash: rubric.hash },
    reports, cells, agree,
    accuracy: ratio(agree, cells),
    qwk: cells ? finite(quadraticWeightedKappa(a, b, 3)) : null,
    per_criterion: per,
    deductions: { ...ded, precision: ratio(ded.tp, ded.tp + ded.fp), recall: ratio(ded.tp, ded.tp + ded.fn) },
    totals: { mae: pairs.length ? meanAbsoluteError(e, g) : null, spearman: finite(spearman(e, g)), kendall: finite(kendallTauB(e, g)), pairs },
    disagreements,
    points_disagreements: pointsDisagreements,
    failed,
  };
}
