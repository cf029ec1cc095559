/**
 * Bytes to text. UTF-8 (with or without BOM) strictly first; UTF-32 and UTF-16 with a BOM; then UTF-8
 * again when nearly all of the file is valid UTF-8 (a few stray bytes — a truncated copy, a bad paste —
 * are replaced with U+FFFD and the report is flagged `invalid_bytes`, with their count and first
 * line in the encoding); UTF-16 without a BOM when nearly every code unit is plausible report text;
 * a file whose lines are each UTF-8 or GB18030 (pieces saved by different editors pasted together)
 * line by line, flagged `mixed_encoding`; otherwise GB18030 (a superset of GBK and GB2312, what old
 * Windows machines in China write), confirmed with chardet. Files that are not text at all get an
 * error that says what they are and what to do, and a text that decodes to mostly rare or non-CJK
 * characters, or to replacement characters (mojibake, a file decoded with the wrong code page and
 * saved again), is `garbled_text`, never a score.
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { inputError, ReportInputError, type ReportError } from '../../errors.js';

const require = createRequire(import.meta.url);
const chardet = require('chardet') as { analyse(b: Uint8Array): Array<{ name: string; confidence: number }> };

export interface Decoded {
  text: string;
  encoding: string;
  /** stray bytes replaced in an otherwise UTF-8 file: how many, and the line (1-based) of the first */
  invalid?: { count: number; line: number };
  /** lines read as GB18030 in an otherwise UTF-8 file (or the reverse): how many, and the first (1-based) */
  mixed?: { lines: number; line: number };
}

/** What the first bytes say the file is, when it is not text. */
const SIGNATURES: Array<{ bytes: number[]; error: ReportError }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], error: { code: 'docx_as_txt', params: {} } },
  { bytes: [0x25, 0x50, 0x44, 0x46], error: { code: 'pdf_as_txt', params: {} } },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], error: { code: 'doc_as_txt', params: {} } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], error: { code: 'binary_file', params: { kind: 'png' } } },
  { bytes: [0xff, 0xd8, 0xff], error: { code: 'binary_file', params: { kind: 'jpeg' } } },
  { bytes: [0x47, 0x49, 0x46, 0x38], error: { code: 'binary_file', params: { kind: 'gif' } } },
];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** A control character (or byte) other than the whitespace a text holds: tab, newline, carriage return, form feed. */
const isControl = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;

/**
 * Do these bytes go to the text reader when their name says Word: a picture (which the reader names),
 * a Unicode BOM, UTF-16 without one, or no control byte in the first 1,024 (plain text in any
 * single- or multi-byte encoding)?
 */
export function textOrPicture(b: Uint8Array): boolean {
  if (SIGNATURES.some((s) => s.error.code === 'binary_file' && startsWith(b, s.bytes))) return true;
  if ([[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0, 0, 0xfe, 0xff]].some((bom) => startsWith(b, bom))) return true;
  if (bomlessUtf16(b)) return true;
  const n = Math.min(b.length, 1024);
  for (let i = 0; i < n; i++) if (isControl(b[i])) return false;
  return true;
}

/** Shares of characters that are control characters other than whitespace (high for binary data) and replacement characters (U+FFFD: bytes lost by an earlier wrong decoding). */
function oddShares(text: string): { control: number; replaced: number } {
  let control = 0, replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) control++;
    else if (c === 0xfffd) replaced++;
  }
  return text.length ? { control: control / text.length, replaced: replaced / text.length } : { control: 0, replaced: 0 };
}

/** UTF-32 (little- or big-endian) to text: no TextDecoder reads it; a code point past U+10FFFF is U+FFFD. */
function utf32(b: Uint8Array, le: boolean): string {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength - (b.byteLength % 4));
  const parts: string[] = [];
  for (let i = 0; i + 4 <= dv.byteLength; i += 4) {
    const cp = dv.getUint32(i, le);
    parts.push(cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd');
  }
  return parts.join('');
}

/** Is this code unit what a Chinese report is made of: Han, CJK and full-width punctuation, printable ASCII, whitespace? */
const plausibleUnit = (c: number) =>
  (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) ||
  (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f) || (c >= 0x3400 && c <= 0x4dbf) || c === 0xa0 || c === 0xb7 || (c >= 0x2460 && c <= 0x24ff);

/**
 * UTF-16 without a BOM (some export tools and scripts write it): the byte order under which at least
 * 95 % of the first 32,768 code units are plausible report text, and at least 40 of them Han. Random
 * or GBK bytes read as UTF-16 land on plausible units about a third of the time; UTF-8 never gets here.
 */
export function bomlessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  // (an odd length: one stray byte at the end, as a truncated copy leaves; the code units before it decide)
  if (b.length < 80) return null;
  const n = Math.min(b.length, 65536) >> 1;
  for (const le of [true, false]) {
    let ok = 0, han = 0;
    for (let i = 0; i < n; i++) {
      const c = le ? b[2 * i] | (b[2 * i + 1] << 8) : (b[2 * i] << 8) | b[2 * i + 1];
      if (plausibleUnit(c)) { ok++; if (c >= 0x4e00 && c <= 0x9fff) han++; }
    }
    if (ok >= 0.95 * n && han >= 40) return le ? 'utf-16le' : 'utf-16be';
  }
  return null;
}

/**
 * A text whose lines are each UTF-8 or GB18030 (an office pasting together pieces saved by different
 * editors): decoded line by line, or null when it is not that. It is when the lines that are valid
 * UTF-8 hold at least 20 multi-byte characters (a GBK line is valid UTF-8 by chance only when short)
 * and the other lines, read as GB18030, are ordinary Chinese (few rare Han, no U+FFFD). Lines split at
 * LF, which is never part of a GB18030 or UTF-8 multi-byte character.
 */
export function mixedLines(b: Uint8Array): { text: string; lines: number; line: number } | null {
  if (b.includes(0)) return null;
  const gb = new TextDecoder('gb18030');
  const out: string[] = [];
  const gbText: string[] = [];
  let utf8Multi = 0, lines = 0, first = 0, no = 0;
  for (let start = 0; start <= b.length; no++) {
    let end = b.indexOf(0x0a, start);
    if (end < 0) end = b.length;
    const line = b.subarray(start, end);
    if (isUtf8(line)) {
      const t = Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8');
      for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x80) utf8Multi++;
      out.push(t);
    } else {
      const t = gb.decode(line);
      if (t.includes('\ufffd')) return null;
      gbText.push(t);
      out.push(t);
      lines++;
      if (!first) first = no + 1;
    }
    start = end + 1;
  }
  if (!lines || utf8Multi < 20 || rareHanShare(gbText.join('')) > 0.1) return null;
  return { text: out.join('\n'), lines, line: first };
}

export function decodeBytes(buf: Uint8Array): Decoded {
  for (const s of SIGNATURES) if (startsWith(buf, s.bytes)) throw new ReportInputError(s.error);
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return finish(new TextDecoder('utf-8').decode(buf.subarray(3)), 'utf-8-bom');
  // UTF-32's little-endian BOM starts like UTF-16's: test it first
  if (startsWith(buf, [0xff, 0xfe, 0, 0])) return finish(utf32(buf.subarray(4), true), 'utf-32le');
  if (startsWith(buf, [0, 0, 0xfe, 0xff])) return finish(utf32(buf.subarray(4), false), 'utf-32be');
  if (startsWith(buf, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le').decode(buf.subarray(2)), 'utf-16le');
  if (startsWith(buf, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be').decode(buf.subarray(2)), 'utf-16be');
  // valid UTF-8 (the usual case): checked and decoded by Node's SIMD paths — what a fatal TextDecoder
  // gives for valid input (no BOM here), at a fraction of its cost per report
  if (isUtf8(buf)) {
    const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');
    // a file once decoded as GBK and saved again as UTF-8 is valid UTF-8 made of rare Han: its first
    // 4,000 characters tell
    if (rareHanShare(text, 4000) > UTF8_GARBLED_RARE_SHARE) throw garbled();
    const fixed = LATIN1_MOJIBAKE.test(text) ? repairDoubleEncoded(text) : null;
    if (fixed) return { ...finish(fixed.text, `utf-8 (double-encoded runs repaired: ${fixed.runs}, line ${fixed.line})`), mixed: { lines: fixed.runs, line: fixed.line } };
    return finish(text, 'utf-8');
  }
  const stats = utf8Stats(buf);
  if (mostlyUtf8(stats)) {
    const text = new TextDecoder('utf-8').decode(buf);
    return { ...finish(text, `utf-8 (invalid bytes: ${stats.invalid}, line ${stats.firstLine})`), invalid: { count: stats.invalid, line: stats.firstLine } };
  }
  const u16 = bomlessUtf16(buf);
  if (u16) return finish(new TextDecoder(u16).decode(buf), `${u16} (no BOM)`);
  const mixed = mixedLines(buf);
  if (mixed) return { ...finish(mixed.text, `utf-8 + gb18030 (gb18030 lines: ${mixed.lines}, line ${mixed.line})`), mixed: { lines: mixed.lines, line: mixed.line } };
  const guess = chardet.analyse(buf.subarray(0, 64 * 1024))[0];
  if (guess && /^UTF-16/.test(guess.name) && guess.confidence >= 50) {
    return finish(new TextDecoder(guess.name.toLowerCase()).decode(buf), guess.name.toLowerCase());
  }
  const text = new TextDecoder('gb18030').decode(buf);
  const decoded = finish(text, 'gb18030');
  if (rareHanShare(text) > GARBLED_RARE_SHARE) {
    // not GBK either: a UTF-8 file with more stray bytes than the gate above lets pass (a pasted
    // Latin-1 no-break space every few lines: red team 2, 08) still reads best as UTF-8, flagged —
    // while at most one bad byte per STRAY_READABLE characters; a copy that lost a byte every 50
    // characters (each loss breaking a character) stays garbled
    if (stats.invalid > 0 && stats.multibyte >= STRAY_READABLE * stats.invalid) {
      const u = new TextDecoder('utf-8').decode(buf);
      return { ...finish(u, `utf-8 (invalid bytes: ${stats.invalid}, line ${stats.firstLine})`), invalid: { count: stats.invalid, line: stats.firstLine } };
    }
    // Big5 (a Taiwan or Hong Kong machine, an old 繁體 editor: red team 2, 06): traditional text reads
    // with almost no U+FFFD and the rare share of traditional Chinese (~0.3), where GBK read as Big5
    // leaves replacement characters and rare ones everywhere
    const big5 = new TextDecoder('big5').decode(buf);
    if (oddShares(big5).replaced < 0.002 && rareHanShare(big5) < BIG5_RARE_SHARE) return finish(big5, 'big5');
    throw garbled();
  }
  return decoded;
}

/** Above this share of rare Han (against GB2312 level 1) a Big5 reading is not traditional Chinese (a seed in traditional characters: 0.32). */
const BIG5_RARE_SHARE = 0.6;
/** Characters per stray byte under which a UTF-8 file that is not GBK is still read as UTF-8 (a few a paragraph). */
const STRAY_READABLE = 60;

/** Counts over the bytes as UTF-8: well-formed multi-byte sequences, invalid bytes (each maximal bad run counts once per byte), the line of the first. */
export function utf8Stats(b: Uint8Array): { multibyte: number; invalid: number; firstLine: number } {
  let multibyte = 0, invalid = 0, firstLine = 0, line = 1;
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) { if (c === 0x0a) line++; i++; continue; }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k] & 0xc0) === 0x80;
    // overlongs and surrogates (E0 80–9F, ED A0–BF, F0 80–8F, F4 90+) are not UTF-8 either
    if (ok && len >= 3) ok = !((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] >= 0xa0) || (c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] >= 0x90));
    if (ok) { multibyte++; i += len; } else { invalid++; if (!firstLine) firstLine = line; i++; }
  }
  return { multibyte, invalid, firstLine };
}

/**
 * "A few invalid bytes in an otherwise valid UTF-8 file": at least 20 valid multi-byte sequences
 * per invalid byte, and no more than 1 invalid byte per 1,000. A GBK file fails both by far (its
 * two-byte characters are almost never valid UTF-8).
 */
const mostlyUtf8 = (s: { multibyte: number; invalid: number }) => s.invalid > 0 && s.multibyte >= 20 * s.invalid && s.invalid * 1000 <= s.multibyte * 3;

/** Above this share of rare Han characters (outside GB2312 level 1) a GB18030 decoding is mojibake: real GBK reports measure ~0.00–0.01, UTF-8 read as GBK ~0.87. */
export const GARBLED_RARE_SHARE = 0.5;
/**
 * The same test for a text that arrived as valid UTF-8 (a file once decoded as GBK and saved again):
 * higher, because a report in traditional characters is valid UTF-8 too and measures ~0.3 (a seed
 * converted by OpenCC: 0.32), while GBK mojibake of UTF-8 measures ~0.86.
 */
export const UTF8_GARBLED_RARE_SHARE = 0.7;
/** 1 for each BMP Han character in GB2312 level 1 (the 3,755 most frequent), filled on first use. */
let common: Uint8Array | null = null;
/** Share of Han characters outside GB2312's 3,755 level-1 (most frequent) characters, over the first `limit` code units; 0 under 40 Han characters. */
export function rareHanShare(text: string, limit = Infinity): number {
  if (!common) {
    const td = new TextDecoder('gb18030');
    common = new Uint8Array(0x10000);
    for (let a = 0xb0; a <= 0xd7; a++) for (let b = 0xa1; b <= 0xfe; b++) common[td.decode(Uint8Array.of(a, b)).charCodeAt(0)] = 1;
  }
  let han = 0, rare = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // BMP Han by block (the unified ideographs and extension A, compatibility ideographs); astral Han
    // (extension B and later, as surrogate pairs) is all rare
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) { han++; if (!common[c]) rare++; }
    else if (c >= 0xd840 && c <= 0xd87f && i + 1 < n) { han++; rare++; i++; }
  }
  return han >= 40 ? rare / han : 0;
}

/** What `/[\s\p{P}\p{S}\p{Cc}]/u` says of each BMP code unit, filled on first sight: 1 not a letter, 2 a letter. */
const letterClass = new Uint8Array(0x10000);
const NOT_LETTER = /[\s\p{P}\p{S}\p{Cc}]/u;

/** Share of letters that are Latin-1/Latin Extended, private-use or replacement characters: UTF-8 read as a single-byte code page, or worse. */
export function mojibakeLetterShare(text: string): number {
  // one pass over code units with a per-unit table instead of a Unicode regex per character: this
  // ran on every report's whole text (~5 % of a worker's time). Surrogates take the regex as before.
  let letters = 0, odd = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if (NOT_LETTER.test(String.fromCodePoint(cp))) continue;
      letters++;
      continue;
    }
    const special = (cp >= 0xe000 && cp <= 0xf8ff) || cp === 0xfffd;
    if (!special) {
      let k = letterClass[cp];
      if (k === 0) k = letterClass[cp] = NOT_LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
      if (k === 1) continue;
    }
    letters++;
    if ((cp >= 0x80 && cp <= 0x24f) || special) odd++;
  }
  return letters >= 40 ? odd / letters : 0;
}

const garbled = () => inputError('garbled_text', { format: 'text' });

/** A UTF-8 lead byte read as Latin-1 (Â–ô) followed by a continuation byte (U+0080–U+00BF): UTF-8 decoded as Latin-1 once and saved again. */
const LATIN1_MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf]/;

/**
 * A paragraph pasted from a wrongly decoded page (UTF-8 read as Latin-1: ï¼\x88äº\x8c for （二）) inside
 * an otherwise good UTF-8 report: each run of Latin-1-range characters that is valid UTF-8 once
 * re-encoded, and gives Chinese, is put back (red team 2, 09: the paragraph was read silently as
 * rubbish). Null when nothing was repaired. A lone °, ×, · or é is never valid UTF-8 on its own.
 */
export function repairDoubleEncoded(text: string): { text: string; runs: number; line: number } | null {
  let runs = 0, first = -1;
  const out = text.replace(/[\u0080-\u00ff]{2,}/g, (run, at: number) => {
    const bytes = Buffer.from(run, 'latin1');
    if (!isUtf8(bytes)) return run;
    const back = bytes.toString('utf8');
    if (!/[\u3000-\u9fff\uff00-\uffef]/.test(back)) return run;
    runs++;
    if (first < 0) first = at;
    return back;
  });
  return runs ? { text: out, runs, line: text.slice(0, first).split('\n').length } : null;
}

/**
 * 锟斤拷: U+FFFD's UTF-8 bytes (EF BF BD) read as GBK — what a file shows after being opened with the
 * wrong code page once (every unreadable character replaced) and saved as GBK, the best-known Chinese
 * mojibake. Each one stands for lost characters, so it counts as three replaced ones.
 */
const KUNJINKAO = /锟斤拷|锟�|斤拷/g;

function finish(text: string, encoding: string): Decoded {
  const odd = oddShares(text);
  if (odd.control > 0.05 || (odd.control + odd.replaced > 0.05 && !/\p{Script=Han}/u.test(text))) {
    throw inputError('binary_file', { kind: 'control' });
  }
  // text with Han in it but many U+FFFD: a file once decoded with the wrong code page and saved again
  if (odd.control + odd.replaced > 0.05) throw garbled();
  if (mojibakeLetterShare(text) > 0.5) throw garbled();
  // a few control characters (NUL before each line end, as some export tools leave): nothing an editor
  // shows; kept, they glued the title to its next line and hid the 落款 (red team 2, 10)
  if (odd.control > 0) text = text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
  const lost = text.includes('锟') ? [...text.matchAll(KUNJINKAO)] : [];
  if (lost.length) {
    if ((lost.length * 3) / text.length + odd.replaced > 0.05) throw garbled();
    // a few: read, and flagged like stray bytes, with how many and where the first is
    if (lost.length >= 2) {
      const line = text.slice(0, lost[0].index).split('\n').length;
      return { text, encoding: `${encoding} (锟斤拷: ${lost.length}, line ${line})`, invalid: { count: lost.length, line } };
    }
  }
  return { text, encoding };
}
