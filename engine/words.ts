/**
 * Word knowledge where characters alone are not enough. Telling a place name (水口乡) from the bare
 * 乡 after a verb (优化乡党委, 成立以乡党委书记为组长) needs to know that 优化 is a verb and 水口 is
 * not: jieba's dictionary (349k words with part-of-speech tags) knows. Loaded lazily, once per
 * process, only when a report has a candidate name to check.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Tagged = { word: string; tag: string };
let jieba: { tag(s: string, hmm?: boolean): Tagged[] } | null = null;

function tagger() {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): typeof jieba } };
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba!;
}

/** Tags of nouns, names and unknown words: what a place name's first part looks like. */
const NAME_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'ng', 'x', 'j', 'eng']);

/** Whether two characters before 乡/镇/县 read as (part of) a name rather than a verb, adverb or function word. */
export function looksLikeNamePart(chars: string): boolean {
  const tags = tagger().tag(chars, false);
  const last = tags[tags.length - 1];
  return last !== undefined && NAME_TAGS.has(last.tag);
}
