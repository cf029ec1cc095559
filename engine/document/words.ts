/**
 * Word knowledge where characters alone are not enough. Telling a place name (水口乡) from the bare
 * 乡 after a verb (优化乡党委, 成立以乡党委书记为组长) needs to know that 优化 is a verb and 水口 is
 * not. jieba's dictionary (349k words with part-of-speech tags, shipped by @node-rs/jieba) knows.
 * For two characters jieba's own tagging is a dictionary lookup — the word if it is one, else the
 * single characters — so we read just the one- and two-character entries of that dictionary: a
 * tenth of the memory of loading the full segmenter in every worker, and a third of the time.
 * Loaded lazily, once per thread, only when a report has a candidate name to check.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Tags of nouns, names and unknown words: what a place name's first part looks like. */
const NAME_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'ng', 'x', 'j', 'eng']);

let tags: Map<string, boolean> | null = null; // word -> tagged as a name-like word

function dictionary(): Map<string, boolean> {
  if (tags) return tags;
  const text = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const m = new Map<string, boolean>();
  // lines: "word frequency tag"
  for (let i = 0; i < text.length;) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const sp = text.indexOf(' ', i);
    if (sp > i && sp - i <= 2 && sp < end) {
      const tag = text.slice(text.indexOf(' ', sp + 1) + 1, end).trim();
      m.set(text.slice(i, sp), NAME_TAGS.has(tag));
    }
    i = end + 1;
  }
  return (tags = m);
}

/** Whether two characters before 乡/镇/县 read as (part of) a name rather than a verb, adverb or function word. */
export function looksLikeNamePart(chars: string): boolean {
  const d = dictionary();
  const whole = d.get(chars);
  if (whole !== undefined) return whole;
  // not a word: jieba tags the characters one by one; the last one decides (成立以乡 → 以, a preposition)
  const last = d.get(chars[chars.length - 1]);
  return last === undefined ? true : last;
}
