/**
 * Sentence splitting, done once for the whole document (textlint's lesson: rules never split).
 * Intl.Segmenter finds 。！？ boundaries (keeping closing quotes with their sentence); we add a split
 * after ；/; which the Unicode rules do not treat as a boundary.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
const SEMI_RE = /[；;]/g;
/** ICU ends a sentence at an ASCII full stop before Chinese text; in these reports that stop is a list marker (1. / 一.). */
const MARKER_ONLY_RE = /^\s*[0-9A-Za-z一二三四五六七八九十]{1,3}[.．]\s*$/;

/** [start, end) pairs inside `text`, trimmed of nothing: every character belongs to one sentence. */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let carry: number | null = null;
  for (const seg of segmenter.segment(text)) {
    if (MARKER_ONLY_RE.test(seg.segment)) { carry ??= seg.index; continue; }
    const start = carry ?? seg.index;
    carry = null;
    const end = seg.index + seg.segment.length;
    let s = start;
    for (const m of seg.segment.matchAll(SEMI_RE)) {
      const cut = seg.index + m.index! + 1;
      if (cut < end) { out.push([s, cut]); s = cut; }
    }
    out.push([s, end]);
  }
  if (carry !== null) out.push([carry, text.length]);
  return out.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}
