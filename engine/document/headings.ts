/**
 * Which paragraphs open a heading, and where the title block ends: numbered markers (一、 （一） 1. …),
 * headings known from Word styles, and bare lines that name a section kind (存在的问题).
 */
import { findTitleBlock } from './metadata.js';
import { matchHeadingMarker, type HeadingMarker } from './markers.js';
import { isBareHeading } from './section-kinds.js';
import type { HeadingStyle } from '../types.js';

/** A Word heading level (1-based) read as the marker style official documents use at that depth. */
const STYLE_OF_LEVEL: HeadingStyle[] = ['cn', 'cn', 'cn_paren', 'arabic', 'arabic_paren', 'circled', 'circled'];

export interface Headings {
  /** the first `titleParas` paragraphs are the title block */
  titleParas: number;
  /** per paragraph: the heading marker it opens with, or null */
  markers: Array<HeadingMarker | null>;
}

/**
 * `lineOfParagraph(i)` is the original 1-based line where paragraph i starts; `headingLines` maps such
 * lines to Word heading levels (for a .docx whose numbering Word generates, so the text has none).
 */
export function findHeadings(paras: string[], lineOfParagraph: (i: number) => number, headingLines?: Map<number, number>): Headings {
  const numbered = paras.map((p) => matchHeadingMarker(p));
  // the title block is found from numbered headings only: a title line such as 2024年度法治政府建设
  // 工作情况报告 names a kind too, but is not a heading
  const titleParas = findTitleBlock(paras, (i) => numbered[i] !== null);
  const markers = paras.map((p, i): HeadingMarker | null => {
    if (numbered[i] || i < titleParas) return numbered[i];
    // a Word heading style with no number in the text (Word generates it) still opens a section
    const level = headingLines?.get(lineOfParagraph(i));
    if (level) return { style: STYLE_OF_LEVEL[level], label: p.slice(0, 8), length: 0 };
    // an unnumbered line that names a section kind (存在的问题) is a top-level heading
    return isBareHeading(p) ? { style: 'cn', label: p.slice(0, 8), length: 0 } : null;
  });
  return { titleParas, markers };
}
