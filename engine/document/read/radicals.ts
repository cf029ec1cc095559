/**
 * Characters that look like ideographs but are other code points, folded to the unified ideograph
 * for every input (PDF fonts map glyphs to them, and text or Word copied from a PDF carries them):
 * - Kangxi radicals U+2F00–U+2FD5 (人 as ⼈ U+2F08): NFKC maps each to its ideograph;
 * - CJK Radicals Supplement U+2E80–U+2EFF (民 as ⺠ U+2EA0): no compatibility mapping, so the
 *   simplified-form radicals that stand for whole characters are mapped here;
 * - CJK Compatibility Ideographs U+F900–U+FAFF and the Supplement U+2F800–U+2FA1F: NFKC (their
 *   canonical decompositions) maps each to one unified ideograph.
 * Every fold is one code point to one code point, so the normalizer keeps an offset map back to
 * the original character (evidence quotes show what the user's file holds).
 */
const SUPPLEMENT: Record<string, string> = {
  '\u2E9F': '母', '\u2EA0': '民', '\u2EC5': '见', '\u2EC6': '角', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED3': '长',
  '\u2ED4': '门', '\u2ED7': '雨', '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食',
  '\u2EDE': '饣', '\u2EE0': '饣', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤',
  '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF3': '龟',
};

/** True for a code point foldIdeograph may change (cheap test for the normalizer's hot loop). */
export function isRadicalLike(cp: number): boolean {
  return (cp >= 0x2e80 && cp <= 0x2fdf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

/** The unified ideograph for a radical or compatibility ideograph; anything else unchanged. */
export function foldIdeograph(c: string): string {
  const cp = c.codePointAt(0)!;
  if (!isRadicalLike(cp)) return c;
  if (cp >= 0x2e80 && cp <= 0x2eff) return SUPPLEMENT[c] ?? c;
  const n = c.normalize('NFKC');
  return [...n].length === 1 ? n : c;
}

/** Whole-text fold (same mapping as foldIdeograph). */
export function foldRadicals(text: string): string {
  // almost no text holds one: a scan of character codes is far cheaper than a replace() per line
  let any = false;
  for (let i = 0; i < text.length && !any; i++) {
    const c = text.charCodeAt(i);
    any = (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff) || c === 0xd87e;
  }
  if (!any) return text;
  return text.replace(/[\u2E80-\u2FDF\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/g, foldIdeograph);
}
