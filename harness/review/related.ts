/**
 * 相关文字: the sentence an assessor would look at for a cell the engine scored unmet without a single
 * candidate. A criterion's `related` words (rubric data, never scored) are what an assessor searches a
 * report for; when the engine found nothing at all — not even text it refused — but the report carries
 * one of them, the points withheld may be text the rules do not yet read (新用户 54: a 规范性文件 sentence
 * worded 文件印发前一律经合法性审核, a next year's work told only inside the problems part). Those cells
 * join the review list with the first such sentence, so the assessor need not find them by hand.
 *
 * Measured on the 1,854 pinned blind-set reports (session 55): of 5,119 cells unmet without evidence,
 * 217 were scored met or partial by their assessors; the default rubric's lists flag about 0.2 cells a report.
 */
import type { CompiledRubric } from '../../engine/rubric/types.js';
import { evidenceOf } from '../../engine/scope.js';
import type { CriterionResult, DocumentModel, Evidence } from '../../engine/types.js';

/** The criteria of a result that are unmet with no evidence (none counted, none refused) and have related words. */
export function silentCells(rubric: CompiledRubric, r: { criteria: Record<string, CriterionResult>; error?: unknown }): string[] {
  if (r.error) return [];
  return rubric.criteria
    .filter((c) => c.related?.length && r.criteria[c.id]?.outcome === 'unmet' && r.criteria[c.id].evidence.length === 0)
    .map((c) => c.id);
}

/**
 * The first sentence of the report's text (not its title, not web-page chrome or an addressee) carrying one of
 * `words`, as evidence with the word in `match`; null when none does. Plain substring search: the words are
 * data an author writes, not patterns.
 */
export function relatedSentence(doc: DocumentModel, words: readonly string[]): Evidence | null {
  const chrome = new Set(doc.chrome);
  for (const s of doc.sentences) {
    if (s.paragraph < doc.titleParagraphs || chrome.has(s.paragraph)) continue;
    const word = words.find((w) => s.text.includes(w));
    if (word) return evidenceOf(doc, s, word);
  }
  return null;
}
