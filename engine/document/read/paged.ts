/**
 * Text laid out on pages (PDF, OFD) to lines: checks that the text layer is real text, drops page
 * numbers and running headers/footers (a line at the top or bottom of most pages), and records each
 * line's page. Lines broken by the layout are left for the normalizer to rejoin.
 */
import { inputError } from '../../errors.js';
import { joinLines, type Extracted } from './lines.js';
import { isPageFurniture } from '../layout.js';

/** Characters that real report text is made of: CJK ideographs, ASCII letters and digits, common punctuation. */
const READABLE = /[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9\uff10-\uff19，。、；：？！“”‘’（）《》【】〔〕—…·%.,;:!?()\-\/]/u;
/** Below this share of readable characters the text layer is garbage (fonts without a ToUnicode map). */
const MIN_READABLE_SHARE = 0.6;
/** A page whose text (without page numbers and running lines) is shorter than this has no body text: only a stamp, header or number. */
const MIN_PAGE_TEXT = 60;

const meaningful = (s: string) => (s.match(/[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9]/gu) ?? []).length;

export function pagesToText(pageLines: string[][], format: 'PDF' | 'OFD'): Extracted & { pages: number[] } {
  const all = pageLines.flat().join('').replace(/\s/g, '');
  const chars = [...all];
  const readable = chars.filter((c) => READABLE.test(c)).length;
  if (chars.length >= 20 && readable / chars.length < MIN_READABLE_SHARE) {
    throw inputError('garbled_text', { format });
  }
  // a line at the top or bottom of most pages is a running header or footer
  const edges = new Map<string, number>();
  for (const ls of pageLines) {
    const nonEmpty = ls.filter((l) => l.trim());
    for (const l of new Set([nonEmpty[0], nonEmpty[nonEmpty.length - 1]].filter(Boolean) as string[])) edges.set(l.trim(), (edges.get(l.trim()) ?? 0) + 1);
  }
  const running = new Set([...edges].filter(([, n]) => pageLines.length >= 3 && n >= Math.ceil(pageLines.length * 0.6)).map(([l]) => l));
  const kept = pageLines.map((ls) => ls.filter((l) => l.trim() && !isPageFurniture(l) && !running.has(l.trim())));
  // a scan: no page has body text (a stamp, a header line or a page number is not a report)
  const perPage = kept.map((ls) => meaningful(ls.join(''))).sort((a, b) => a - b);
  const median = perPage[Math.floor(perPage.length / 2)] ?? 0; // the upper median: a short last page does not count against a report
  if (median < MIN_PAGE_TEXT) {
    throw inputError('needs_ocr', { format });
  }
  const x = joinLines(kept.flatMap((ls, i) => ls.map((text) => ({ text, page: i + 1 }))));
  return { ...x, pages: x.pages ?? [] };
}
