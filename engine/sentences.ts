/**
 * Sentence splitting, done once for the whole document (textlint's lesson: rules never split).
 * Intl.Segmenter finds 。！？ boundaries (keeping closing quotes with their sentence); we add a split
 * after ；/; which the Unicode rules do not treat as a boundary.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
const SEMI_RE = /[；;]/g;

/** [start, end) pairs inside `text`, trimmed of nothing: every character belongs to one sentence. */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    let s = start;
    SEMI_RE.lastIndex = 0;
    for (const m of seg.segment.matchAll(SEMI_RE)) {
      const cut = start + m.index! + 1;
      if (cut < end) { out.push([s, cut]); s = cut; }
    }
    out.push([s, end]);
  }
  return out.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}
