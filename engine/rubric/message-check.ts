/**
 * A criterion's `message` tells assessors what each level needs ("8 个及以上…3 到 7 个"), and a
 * condition's `title` names what it counts (量化数据八处以上). When an author changes a threshold and
 * not the words, every output explains the old rule: warn
 * (`message_threshold`) when a level asks for a count of 2 or more that the message does not state,
 * in a message that states counts at all (one that states none chose not to; a count of 1 is
 * "mentions it" and is rarely written as a number).
 */
import { rubricError, type RubricError } from '../errors.js';
import { leaves, type Condition } from './conditions.js';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral up to 99 (十, 十二, 二十, 三十五) or a digit: its value. */
function chineseValue(s: string): number {
  if (!s.includes('十')) return DIGIT[s];
  const [tens, ones] = s.split('十');
  return (tens ? DIGIT[tens] : 1) * 10 + (ones ? DIGIT[ones] : 0);
}

/**
 * Every whole number a message states, in Arabic or Chinese numerals. A lone 一 is left out: in a
 * message it is nearly always an article (一个标题, 一段正文, 得一半), and a count of one is not checked.
 */
export function statedNumbers(message: string): Set<number> {
  const out = new Set<number>();
  for (const m of message.matchAll(/\d+(?:\.\d+)?/g)) out.add(Number(m[0]));
  for (const m of message.matchAll(/[一二两三四五六七八九]?十[一二三四五六七八九]?|[零〇二两三四五六七八九]/g)) out.add(chineseValue(m[0]));
  return out;
}

/** A count a level asks for, the numbers a text may state it by (≥ 8: 8; > 7: 7 or 8), and its leaf's fact index. */
export interface AskedCount { count: number; writtenAs: number[]; ref: number }

/** The counts a level's conditions ask for, outside any `not`, of 2 and more. */
export function askedCounts(c: Condition): AskedCount[] {
  const out: AskedCount[] = [];
  leaves(c, (l) => {
    if (!Number.isInteger(l.value)) return;
    if (l.operator === 'greaterThanInclusive' && l.value >= 2) out.push({ count: l.value, writtenAs: [l.value], ref: l.params.$ref });
    if (l.operator === 'greaterThan' && l.value >= 1) out.push({ count: l.value + 1, writtenAs: [l.value, l.value + 1], ref: l.params.$ref });
  }, { outsideNot: true });
  return out;
}

/**
 * Warnings for one criterion: each level's count that its message does not state
 * (`message_threshold`), and each count its condition's own Chinese title states otherwise
 * (`label_threshold`: 量化数据八处以上 over ≥ 10 — the withheld-points note would print both).
 * `leafOf` gives a leaf's title and JSON pointer by its fact index.
 */
export function messageThresholdWarnings(c: { id: string; message: string; file: string; levels: Array<{ outcome: string; conditions: Condition; path: string }> }, leafOf: (ref: number) => { title: string | null; path: string }): RubricError[] {
  const stated = statedNumbers(c.message);
  const out: RubricError[] = [];
  for (const l of c.levels) {
    const warned = new Set<number>();
    for (const a of askedCounts(l.conditions)) {
      const says = (ns: Set<number>) => a.writtenAs.some((n) => ns.has(n));
      if (stated.size && !warned.has(a.count) && !says(stated)) {
        warned.add(a.count);
        out.push(rubricError('message_threshold', c.file, `${l.path}/conditions`, { criterion: c.id, level: l.outcome, count: a.count, stated: [...stated].sort((x, y) => x - y) }));
      }
      const { title, path } = leafOf(a.ref);
      const inTitle = title ? statedNumbers(title) : new Set<number>();
      if (inTitle.size && !says(inTitle)) {
        out.push(rubricError('label_threshold', c.file, path, { criterion: c.id, level: l.outcome, count: a.count, label: title! }));
      }
    }
  }
  return out;
}
