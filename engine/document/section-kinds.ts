/** Section kinds from headings and position: one place, read by every fact through the scope. */
import { SECTION_KIND_PATTERNS, NEXT_YEAR_HEADING } from '../lexicon/section-kinds.js';
import type { SectionKind } from '../types.js';

const compiled = SECTION_KIND_PATTERNS.map((p) => ({
  kind: p.kind,
  strong: new RegExp(p.strong),
  weak: p.weak ? new RegExp(p.weak) : null,
}));
const nextYearRe = new RegExp(NEXT_YEAR_HEADING, 'g');

/**
 * A heading line without a number ("存在的问题", "下一步工作计划"): Word numbering is lost when a
 * report is saved as text, so a short line with no sentence punctuation that names a section kind
 * is a heading too.
 */
export function isBareHeading(line: string): boolean {
  const t = line.trim();
  return t.length >= 4 && t.length <= 40 && !/[。！？；，,：:!?;]/.test(t) && kindOfHeading(t, true, null) !== null;
}

/**
 * The kind a heading names, or null when it names none (the section then inherits its parent's kind,
 * or is `achievements` at top level).
 */
export function kindOfHeading(heading: string, topLevel: boolean, reportYear: number | null): SectionKind | null {
  let best: { kind: SectionKind; at: number } | null = null;
  for (const c of compiled) {
    const m = c.strong.exec(heading) ?? (topLevel && c.weak ? c.weak.exec(heading) : null);
    if (m && (best === null || m.index < best.at)) best = { kind: c.kind, at: m.index };
  }
  if (reportYear !== null) {
    for (const m of heading.matchAll(nextYearRe)) {
      if (Number(m[1]) === reportYear + 1 && (best === null || m.index! < best.at)) best = { kind: 'plans', at: m.index! };
    }
  }
  return best?.kind ?? null;
}
