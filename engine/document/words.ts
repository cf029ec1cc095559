/**
 * Word knowledge where characters alone are not enough. Telling a place name (水口乡) from the bare
 * 乡 after a verb (优化乡党委, 成立以乡党委书记为组长) needs to know that 优化 is a verb and 水口 is
 * not. jieba's dictionary (349k words with part-of-speech tags, shipped by @node-rs/jieba) knows.
 * For two characters jieba's own tagging is a dictionary lookup — the word if it is one, else the
 * single characters — so we read just the one- and two-character entries of that dictionary: a
 * tenth of the memory of loading the full segmenter in every worker, and a third of the time.
 *
 * Reading and splitting the 5 MB dictionary still cost every worker ~0.1 s at start-up (seconds on
 * a busy machine), so the build (harness/build/precompile-words.ts) keeps those 126k entries as a
 * sorted table of 32-bit keys (WORDS_FILE, ~0.6 MB); it is used when built from the dictionary in
 * use (same jieba version and size), else the dictionary is read as before. Loaded lazily, once per
 * thread, only when a report has a candidate name to check.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Tags of nouns, names and unknown words: what a place name's first part looks like. */
const NAME_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'ng', 'x', 'j', 'eng']);

/** The built table, beside this module in dist/. */
export const WORDS_FILE = 'words.precompiled.bin';

/** Tags of proper names: a word so tagged may be a place's name however often it is used. */
const PROPER_TAGS = new Set(['nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'j']);
/**
 * A word used at least this often (jieba's frequency column) and not tagged a proper name is a
 * common word (利用 13559, 列席 873, 办理 2142), never the first part of a place the gazetteer lacks;
 * the place-like common nouns sit far below it (水口 37, 白土 12).
 */
const COMMON_FREQUENCY = 100;
/** Flags of a word in the table: name-like (bit 1), a common word (bit 2). */
export const NAME_LIKE = 1, COMMON = 2;

/** One- and two-code-unit entries of jieba's dictionary: word -> flags NAME_LIKE | COMMON (a later line wins). */
export function parseDictionary(text: string): Map<string, number> {
  const m = new Map<string, number>();
  // lines: "word frequency tag"
  for (let i = 0; i < text.length;) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const sp = text.indexOf(' ', i);
    if (sp > i && sp - i <= 2 && sp < end) {
      const sp2 = text.indexOf(' ', sp + 1);
      const tag = text.slice(sp2 + 1, end).trim();
      const frequency = Number(text.slice(sp + 1, sp2));
      m.set(text.slice(i, sp), (NAME_TAGS.has(tag) ? NAME_LIKE : 0) | (!PROPER_TAGS.has(tag) && frequency >= COMMON_FREQUENCY ? COMMON : 0));
    }
    i = end + 1;
  }
  return m;
}

/** A one- or two-code-unit word as one unsigned 32-bit number (the first unit is never 0 in the dictionary). */
export const wordKey = (w: string): number => (w.length === 1 ? w.charCodeAt(0) : w.charCodeAt(0) * 0x10000 + w.charCodeAt(1));

/** What identifies the dictionary a table was built from, without reading it: jieba's version and the file's size. */
export function dictionaryStamp(): { version: string; size: number } {
  const path = require.resolve('@node-rs/jieba/dict.txt');
  const version = (JSON.parse(readFileSync(join(dirname(path), 'package.json'), 'utf8')) as { version: string }).version;
  return { version, size: statSync(path).size };
}

/**
 * The table file: a little-endian u32 header length, the JSON header (the dictionary's stamp and the
 * entry count) padded to 4 bytes, the sorted keys (u32 each), then one byte per key (1: name-like).
 */
export function encodeTable(m: Map<string, number>, stamp: { version: string; size: number }): Buffer {
  const keys = [...m.keys()].map((w) => [wordKey(w), m.get(w)!] as const).sort((a, b) => a[0] - b[0]);
  const header = Buffer.from(JSON.stringify({ ...stamp, count: keys.length }));
  const headLen = 4 + Math.ceil(header.length / 4) * 4;
  const out = Buffer.alloc(headLen + keys.length * 5);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  keys.forEach(([k, name], i) => { out.writeUInt32LE(k, headLen + i * 4); out[headLen + keys.length * 4 + i] = name; });
  return out;
}

/** A table answering `get` (name-like) from the word's flags, however they are stored. */
function tableOf(flags: (w: string) => number | undefined): Table {
  return { flags, get: (w) => { const f = flags(w); return f === undefined ? undefined : (f & NAME_LIKE) !== 0; } };
}

interface Table {
  /** whether the word is name-like (undefined: not a word of the dictionary) */
  get(w: string): boolean | undefined;
  /** the word's flags (NAME_LIKE | COMMON), undefined when not a word */
  flags(w: string): number | undefined;
}

export function decodeTable(buf: Buffer, stamp: { version: string; size: number }): Table | null {
  const len = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + len).toString('utf8')) as { version: string; size: number; count: number };
  if (header.version !== stamp.version || header.size !== stamp.size) return null;
  const headLen = 4 + Math.ceil(len / 4) * 4;
  const keys = new Uint32Array(buf.buffer.slice(buf.byteOffset + headLen, buf.byteOffset + headLen + header.count * 4));
  const names = buf.subarray(headLen + header.count * 4, headLen + header.count * 5);
  const flags = (w: string): number | undefined => {
    if (w.length === 0 || w.length > 2) return undefined;
    const k = wordKey(w);
    let lo = 0, hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = keys[mid];
      if (v === k) return names[mid];
      if (v < k) lo = mid + 1; else hi = mid - 1;
    }
    return undefined;
  };
  return tableOf(flags);
}

let table: Table | null = null;

function dictionary(): Table {
  if (table) return table;
  const built = join(dirname(fileURLToPath(import.meta.url)), WORDS_FILE);
  try {
    if (existsSync(built)) table = decodeTable(readFileSync(built), dictionaryStamp());
  } catch { table = null; /* unreadable or foreign: read the dictionary */ }
  return (table ??= mapTable(parseDictionary(readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'))));
}

const mapTable = (m: Map<string, number>): Table => tableOf((w) => m.get(w));

/** Whether two characters are a common word of the language (利用, 办理), not a proper name: never a place's name the gazetteer lacks. */
export function isCommonWord(chars: string): boolean {
  return ((dictionary().flags(chars) ?? 0) & COMMON) !== 0;
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

/** For tests: the table as built (null when this module runs without one, e.g. from source). */
export function builtTable(): Table | null {
  const built = join(dirname(fileURLToPath(import.meta.url)), WORDS_FILE);
  return existsSync(built) ? decodeTable(readFileSync(built), dictionaryStamp()) : null;
}
