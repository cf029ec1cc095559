/**
 * Reading a gold file (corpus/gold.json's shape) written by hand: assessors write deductions as ids
 * (`"wrong_year"`) or as objects with the reason beside the id (`{"id": "wrong_year", "evidence": …}`);
 * both are accepted and normalised to ids. Anything the evaluation would silently skip — a criterion or
 * deduction id the rubric does not have (a typo such as `legal_advisor`), an outcome that is not
 * met/partial/unmet, points that are not a number — is a problem with a code and where it is, so the
 * harness can name the file, the report and the key instead of reporting a wrong agreement.
 */
import type { CompiledRubric } from '../rubric/types.js';
import type { GoldProblem } from '../errors.js';
import type { GoldCell, GoldFile, GoldReport } from './evaluate.js';

export type { GoldProblem } from '../errors.js';

const OUTCOMES = new Set(['met', 'partial', 'unmet']);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function validCell(cell: unknown): cell is GoldCell {
  if (typeof cell === 'string') return OUTCOMES.has(cell);
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (!isObject(cell)) return false;
  if (cell.outcome !== undefined && !(typeof cell.outcome === 'string' && OUTCOMES.has(cell.outcome))) return false;
  return typeof cell.points === 'number' && Number.isFinite(cell.points);
}

/** A deduction as written: its id, or null when it is neither an id nor an object with a string `id`. */
const deductionId = (d: unknown): string | null => (typeof d === 'string' ? d : isObject(d) && typeof d.id === 'string' ? d.id : null);

/**
 * The gold file's shape, checked; deductions normalised to ids. Shape problems come first and stop
 * there; with a rubric, ids are checked against it too.
 */
export function readGold(raw: unknown, rubric?: CompiledRubric): { gold: GoldFile | null; problems: GoldProblem[] } {
  if (!isObject(raw) || !Array.isArray(raw.reports)) return { gold: null, problems: [{ code: 'gold_format', report: null, path: '/reports' }] };
  const problems: GoldProblem[] = [];
  const reports: GoldReport[] = [];
  raw.reports.forEach((r: unknown, i: number) => {
    if (!isObject(r) || typeof r.file !== 'string') { problems.push({ code: 'gold_format', report: i, path: `/reports/${i}/file` }); return; }
    if (!isObject(r.criteria)) { problems.push({ code: 'gold_format', report: i, path: `/reports/${i}/criteria` }); return; }
    if (!Array.isArray(r.deductions)) { problems.push({ code: 'gold_format', report: i, path: `/reports/${i}/deductions` }); return; }
    const ids = r.deductions.map(deductionId);
    const bad = ids.indexOf(null);
    if (bad >= 0) { problems.push({ code: 'gold_format', report: i, path: `/reports/${i}/deductions/${bad}` }); return; }
    for (const [id, cell] of Object.entries(r.criteria)) if (!validCell(cell)) problems.push({ code: 'bad_cell', report: i, file: r.file, id });
    reports.push({ ...(r as unknown as GoldReport), deductions: ids as string[] });
  });
  if (problems.length) return { gold: null, problems };
  if (rubric) {
    const criteria = new Set(rubric.criteria.map((c) => c.id));
    const maxOf = new Map(rubric.criteria.map((c) => [c.id, c.points]));
    const deductions = new Set(rubric.deductions.map((d) => d.id));
    reports.forEach((r, i) => {
      for (const [id, cell] of Object.entries(r.criteria)) {
        if (!criteria.has(id)) { problems.push({ code: 'unknown_criterion', report: i, file: r.file, id }); continue; }
        const points = typeof cell === 'number' ? cell : typeof cell === 'object' ? cell.points : null;
        const max = maxOf.get(id)!;
        if (points !== null && (points < 0 || points > max + 1e-9)) problems.push({ code: 'points_out_of_range', report: i, file: r.file, id, points, max });
      }
      for (const id of r.deductions) if (!deductions.has(id)) problems.push({ code: 'unknown_deduction', report: i, file: r.file, id });
    });
    if (problems.length) return { gold: null, problems };
  }
  return { gold: { ...(raw as object), reports } as GoldFile, problems };
}
