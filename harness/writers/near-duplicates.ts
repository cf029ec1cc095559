/** near-duplicates.csv (one row per report and match; the last column is its group, a connected component of matches) and the 标记 cell's note. */
import type { NearDuplicate } from '../../engine/corpus/near-duplicates.js';
import { csvCells } from '../render.js';
import type { Lang } from './evidence-text.js';
import { safeCell } from './safe-cell.js';

/**
 * near-duplicates.csv handed to `emit` about 64 K characters at a time, rows in group order: at
 * 100,000 reports of one template the rows as arrays and one joined string were ~150 MB of the
 * main thread's heap at the end of a run (the run's peak).
 */
export function nearDuplicatesCsvChunks(d: Map<string, NearDuplicate[]>, lang: Lang, groups: Map<string, number>, emit: (s: string) => void): void {
  const head = lang === 'zh' ? ['文件', '相似报告', '重合比例', '组'] : ['file', 'other', 'share', 'group'];
  let chunk = '\ufeff' + csvCells(head) + '\r\n';
  const files = [...d.keys()].sort((a, b) => (groups.get(a)! - groups.get(b)!) || (a < b ? -1 : 1));
  for (const file of files) {
    for (const m of d.get(file)!) chunk += csvCells([file, m.other, m.share.toFixed(2), String(groups.get(file))].map(safeCell)) + '\r\n';
    if (chunk.length >= 1 << 16) { emit(chunk); chunk = ''; }
  }
  emit(chunk);
}

/**
 * What follows 疑似雷同 in the 标记 cell: the partners and the share of text each is estimated to hold in common. The share is
 * a MinHash estimate — two copies differing by a word read 100% — so it is said to be about that much (new user 38 took
 * 100% 重合 for identical texts).
 */
export function nearDuplicateCell(matches: NearDuplicate[] | undefined, lang: Lang): string {
  if (!matches?.length) return '';
  const list = matches.slice(0, 3).map((m) => `${m.other} ${lang === 'zh' ? '约' : '~'}${Math.round(m.share * 100)}%`).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `（与 ${list} 重合）` : ` (shares text with ${list})`;
}
