/**
 * An assessors' review.csv read as gold labels for `rubric eval`: each decided cell is a label;
 * a deduction decision says whether that deduction should have been found (the engine "found" only
 * the deductions that count: a suspected one confirmed is a deduction it missed); the gold total is the engine's total with the decisions applied.
 * Only what a person decided is judged — the cells nobody looked at are neither right nor wrong.
 */
import type { CompiledRubric } from '../../engine/rubric/types.js';
import type { GoldCell, GoldFile, GoldReport } from '../../engine/eval/evaluate.js';
import type { UnrankedResult } from '../../engine/scoring/report.js';
import { applyDecisions } from './apply.js';
import type { ReviewDecision } from './decision.js';

export function goldFromDecisions(rubric: CompiledRubric, byFile: Map<string, ReviewDecision[]>, results: Map<string, UnrankedResult>): GoldFile {
  const reports: GoldReport[] = [];
  for (const [file, ds] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const r = results.get(file);
    const criteria: Record<string, GoldCell> = {};
    const judged: string[] = [];
    const expected = new Set((r?.deductions ?? []).map((d) => d.id));
    for (const d of ds) {
      // points an assessor wrote are points gold (eval reports their MAE); a word is an outcome label
      if (d.points !== undefined) criteria[d.id] = { outcome: d.outcome!, points: d.points };
      else if (d.outcome) criteria[d.id] = d.outcome;
      else if (d.confirm !== undefined) {
        judged.push(d.id);
        if (d.confirm) expected.add(d.id); else expected.delete(d.id);
      }
    }
    reports.push({ file, criteria, deductions: [...expected].filter((id) => judged.includes(id)), deductionsJudged: judged, total: r && !r.error ? applyDecisions(rubric, r, ds).total : 0 });
  }
  return { reports };
}
