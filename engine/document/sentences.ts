/**
 * Sentence splitting, done once for the whole document (textlint's lesson: rules never split).
 * A sentence ends after 。！？；!?; together with any closing quotes or brackets that follow (…。” stays
 * whole). Intl.Segmenter gave the same boundaries on this prose but cost an eighth of the parse time
 * and split at ASCII full stops, which in these reports are list markers (1.) and decimals.
 */
const TERMINALS = new Set([0x3002, 0xff01, 0xff1f, 0xff1b, 0x21, 0x3f, 0x3b]); // 。！？；!?;
const CLOSERS = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x300b, 0x22, 0x27]); // ”’」』）)】》"'

/** [start, end) pairs inside `text`; blank pieces are dropped. */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!TERMINALS.has(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < n && (CLOSERS.has(text.charCodeAt(end)) || TERMINALS.has(text.charCodeAt(end)))) end++;
    if (text.slice(start, end).trim()) out.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < n && text.slice(start).trim()) out.push([start, n]);
  return out;
}
