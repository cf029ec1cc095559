/**
 * The form of a pattern that may scan a whole document for candidate sentences (facts/terms.ts's scanCandidates).
 *
 * A pattern is read against one sentence, but the scan reads the document's text, where a sentence has neighbours. An
 * assertion that can *fail* because of what stands outside the sentence — a negative lookaround, \b or \B — may then
 * hide a sentence the pattern matches on its own: `(?<!计划[^。]{0,12})网站…发布` found nothing in a plans sentence under
 * the heading 三、下一步工作计划, whose 计划 the lookbehind saw across the line break (CI's property 2, a moved
 * sentence that lost its planned_only). Positive lookarounds only need something to be there, and what a sentence holds
 * is in the document too, so they may stay; anchors are left to the caller (an anchored pattern scans no document).
 *
 * The scan form drops every negative lookaround and word boundary (each becomes the empty group, so a quantifier on
 * one still parses): it matches wherever the pattern does, and more; candidates are confirmed on the sentence itself.
 * Parsed by the rubric's pattern checker's parser (patterns/safety.ts regexpParsing), loaded on the first pattern that
 * needs it: most patterns hold no such assertion and are scanned as written.
 */
import { regexpParsing } from './safety.js';

/** Cheap test first: only these spellings can hold a negative lookaround or a word boundary (a class's \b is a backspace, relaxed harmlessly as the parse decides). */
const MAY_NEED = /\(\?<?!|\\[bB]/;
const memo = new Map<string, string>();

/** The source to scan a document with for `source` (itself when it holds no negative lookaround or word boundary). Throws like `new RegExp` on a source that does not parse. */
export function scanSource(source: string): string {
  if (!MAY_NEED.test(source)) return source;
  let out = memo.get(source);
  if (out !== undefined) return out;
  const { parser, flags, visit } = regexpParsing();
  const cut: Array<[number, number]> = [];
  visit(parser.parsePattern(source, 0, source.length, flags), {
    onAssertionEnter(node) {
      const negative = (node.kind === 'lookahead' || node.kind === 'lookbehind') && node.negate;
      if (negative || node.kind === 'word') cut.push([node.start, node.end]);
    },
  });
  // keep only outermost cuts (a negative lookaround inside another goes with it), then splice from the right
  cut.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const outer: Array<[number, number]> = [];
  for (const c of cut) if (!outer.length || c[0] >= outer[outer.length - 1][1]) outer.push(c);
  out = source;
  for (let i = outer.length - 1; i >= 0; i--) out = `${out.slice(0, outer[i][0])}(?:)${out.slice(outer[i][1])}`;
  memo.set(source, out);
  return out;
}
