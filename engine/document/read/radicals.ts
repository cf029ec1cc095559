/**
 * PDF fonts often map CJK glyphs to radical code points instead of the unified ideographs
 * (人 as ⼈ U+2F08, 民 as ⺠ U+2EA0). NFKC folds the Kangxi radicals (U+2F00–U+2FD5); the CJK
 * Radicals Supplement (U+2E80–U+2EFF) has no compatibility mapping, so its simplified-form radicals
 * that stand for whole characters are mapped here.
 */
const SUPPLEMENT: Record<string, string> = {
  '\u2E9F': '母', '\u2EA0': '民', '\u2EC5': '见', '\u2EC6': '角', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED3': '长',
  '\u2ED4': '门', '\u2ED7': '雨', '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食',
  '\u2EDE': '饣', '\u2EE0': '饣', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤',
  '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF3': '龟',
};

export function foldRadicals(text: string): string {
  return text.normalize('NFKC').replace(/[\u2E80-\u2EFF]/g, (c) => SUPPLEMENT[c] ?? c);
}
