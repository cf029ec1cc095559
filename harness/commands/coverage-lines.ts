import type { CoverageReport } from '../../engine/scoring/coverage.js';
import { getLang, t } from '../i18n.js';
import { conditionLabel, OPERATOR_SIGN } from '../writers/evidence-text.js';

/** One line per dead condition: its id, its label and what it compares. */
export function deadLines(coverage: CoverageReport): string[] {
  return coverage.conditions
    .filter((c) => c.held === 0)
    .map((c) => `  ${t('未成立', 'dead')}: ${c.id}${c.name || c.title ? ` (${conditionLabel(c, getLang())})` : ''} — ${c.fact} ${t(OPERATOR_SIGN[c.operator] ?? c.operator, c.operator)} ${c.value}`);
}
