/** near-duplicates.csv (one row per report and match; the last column is its group, a connected component of matches) and the 标记 cell's note. */
import type { NearDuplicate } from '../../engine/corpus/near-duplicates.js';
import { csvCells } from '../render.js';
import type { Lang } from './evidence-text.js';
import { safeCell } from './safe-cell.js';

export function nearDuplicatesCsv(d: Map<string, NearDuplicate[]>, lang: Lang, groups: Map<string, number>): string {
  const head = lang === 'zh' ? ['文件', '相似报告', '重合比例', '组'] : ['file', 'other', 'share', 'group'];
  const rows = [...d].sort((a, b) => (groups.get(a[0])! - groups.get(b[0])!) || (a[0] < b[0] ? -1 : 1))
    .flatMap(([file, ms]) => ms.map((m) => [file, m.other, m.share.toFixed(2), String(groups.get(file))].map(safeCell)));
  return '\ufeff' + [head, ...rows].map((r) => csvCells(r)).join('\r\n') + '\r\n';
}

export function nearDuplicateCell(matches: NearDuplicate[] | undefined, lang: Lang): string {
  if (!matches?.length) return '';
  const list = matches.slice(0, 3).map((m) => `${m.other} ${Math.round(m.share * 100)}%`).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `（与 ${list} 重合）` : ` (shares text with ${list})`;
}
