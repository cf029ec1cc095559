/**
 * A criterion's `message` tells assessors what each level needs ("8 个及以上…得满分，3 到 7 个得一半"), and a
 * condition's `title` names what it counts (量化数据八处以上). When an author changes a threshold and not the
 * words, every output explains the old rule. Warn:
 * - `message_threshold`: the part of the message that describes a level (the clause ending 得满分 / 得一半)
 *   states thresholds, and none of them is a count that level's conditions ask for;
 * - `label_threshold`: a condition's own title states thresholds, and none is the count it asks for;
 * - `range_threshold`: the partial band's range (a condition's title 三至七处, or the message's 3 到 7 个得一半) does not end one
 *   short of the met level's count on the same fact (met raised to 12, the band left at 三至七 — a new user, session 32).
 * A text that states no threshold chose not to; nothing is said of it. Thresholds are read with their
 * wording (red team 23): N 个及以上 / 不少于N / 至少N is N, 超过N / 多于N is N + 1, a range A 到 B is A;
 * points (5分), rates (每月1次), examples (如12次, anything in parentheses) and names (《…》, 八五普法, 三重一大)
 * state none.
 */
import { rubricError, type RubricError } from '../errors.js';
import { leaves, type Condition } from './conditions.js';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMBER = '\\d+|[一二两三四五六七八九]百[零〇]?[一二三四五六七八九]?十?[一二三四五六七八九]?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]';

/** A numeral up to 999 in Arabic or Chinese (十二, 二十, 一百, 二百五十, 两): its value. */
export function numeralValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let n = 0;
  let rest = s;
  const hundred = rest.indexOf('百');
  if (hundred >= 0) { n += (hundred ? DIGIT[rest[0]] : 1) * 100; rest = rest.slice(hundred + 1).replace(/^[零〇]/, ''); }
  const ten = rest.indexOf('十');
  if (ten >= 0) { n += (ten ? DIGIT[rest[0]] : 1) * 10; rest = rest.slice(ten + 1); }
  return n + (rest ? DIGIT[rest] : 0);
}

/** Spans that state no threshold: titles, plan names, fixed phrases, examples, points, rates. */
const NOT_A_COUNT = /《[^》]*》|[（(][^）)]*[）)]|百分[比之]|[六七八九]五(?:普法|规划|”|")|十[二三四五]五|三重一大|三务|两个|三项制度|(?:如|例如|比如)[^，。；）)]*|(?:每|一)(?:年|季度?|月|周|天|日)[^，。；]{0,6}?(?:至少|不少于)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*[次场期个项件]|(?:扣|得|计|加|减)\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*分/g;

/**
 * The thresholds a text states, as counts: N 个及以上 / 不少于N / 至少N / N 个 → N; 超过N / 多于N / 大于N → N + 1;
 * a range A 到 B (A 至 B, A-B, A～B, 两三项) → A. A lone 一 is an article (一个标题, 一段正文), never a threshold;
 * what parentheses hold is an example or a gloss.
 */
export function statedThresholds(text: string): Set<number> {
  const t = text.normalize('NFKC').replace(NOT_A_COUNT, (m) => ' '.repeat(m.length))
    // 一两项, 两三次: a range of two numerals together, read as its lower bound
    .replace(/([一二两三四五六七八九])[二两三四五六七八九](?=[项个次件处名条份场])/g, (_m, a: string) => String(DIGIT[a]) + ' ');
  const out = new Set<number>();
  const re = new RegExp(`(超过|多于|大于|高于)?\\s*(${NUMBER})\\s*(?:(?:到|至|-|－|～|~|、)\\s*(?:${NUMBER}))?`, 'g');
  for (const m of t.matchAll(re)) {
    if (m[2] === '一' && !m[1]) continue;
    out.add(numeralValue(m[2]) + (m[1] ? 1 : 0));
  }
  return out;
}

/** A count a condition asks for (≥ v: v; > v: v + 1), its leaf's fact index and fact. */
export interface AskedCount { count: number; ref: number; fact?: string }

/** The counts a level's conditions ask for, outside any `not`. */
export function askedCounts(c: Condition): AskedCount[] {
  const out: AskedCount[] = [];
  leaves(c, (l) => {
    if (!Number.isInteger(l.value)) return;
    if (l.operator === 'greaterThanInclusive' && l.value >= 1) out.push({ count: l.value, ref: l.params.$ref, fact: l.fact });
    if (l.operator === 'greaterThan' && l.value >= 0) out.push({ count: l.value + 1, ref: l.params.$ref, fact: l.fact });
  }, { outsideNot: true });
  return out;
}

/** The ranges a text states (三至七处, 3 到 7 个, 3-7): [lower, upper] pairs, read as statedThresholds reads them. */
export function statedRanges(text: string): Array<[number, number]> {
  const t = text.normalize('NFKC').replace(NOT_A_COUNT, (m) => ' '.repeat(m.length));
  return [...t.matchAll(RANGE_RE)].map((m) => [numeralValue(m[1]), numeralValue(m[2])] as [number, number]);
}
const RANGE_RE = new RegExp(`(${NUMBER})\\s*(?:到|至|-|－|～|~)\\s*(${NUMBER})`, 'g');

/** A condition's title as a warning quotes it: its first 80 characters. */
const clip = (label: string) => (label.length > 80 ? `${label.slice(0, 80)}…` : label);

/** The message's words for each level: the clauses ending 得满分 (met) and 得一半 / 得部分分 (partial). */
function levelClauses(message: string): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  // a gloss in parentheses may hold commas of its own (…（数字加单位，如12次）得满分): out before the split
  for (const clause of message.replace(/[（(][^）)]*[）)]/g, '').split(/[，,；;。]/)) {
    if (/满分|达标/.test(clause)) out.met = (out.met ?? '') + clause;
    else if (/一半|部分|半数分|减半/.test(clause)) out.partial = (out.partial ?? '') + clause;
  }
  return out;
}

/**
 * Warnings for one criterion (see the module's comment). `leafOf` gives a leaf's title (or, without one,
 * its name when that is Chinese: the label Chinese outputs print) and JSON pointer by its fact index.
 */
export function messageThresholdWarnings(c: { id: string; message: string; file: string; levels: Array<{ outcome: string; conditions: Condition; path: string }> }, leafOf: (ref: number) => { title: string | null; name?: string | null; path: string }): RubricError[] {
  const clauses = levelClauses(c.message);
  const out: RubricError[] = [];
  // the met level's count per fact, for the partial band's range (one count per fact, else none is read)
  const metCounts = new Map<string, number>();
  const met = c.levels.find((l) => l.outcome === 'met');
  if (met) {
    const byFact = new Map<string, Set<number>>();
    for (const a of askedCounts(met.conditions)) byFact.set(a.fact ?? '', (byFact.get(a.fact ?? '') ?? new Set()).add(a.count));
    for (const [fact, counts] of byFact) if (counts.size === 1) metCounts.set(fact, [...counts][0]);
  }
  for (const l of c.levels) {
    const asked = askedCounts(l.conditions);
    const stated = statedThresholds(clauses[l.outcome] ?? '');
    if (stated.size && asked.length && !asked.some((a) => stated.has(a.count))) {
      const count = Math.max(...asked.map((a) => a.count));
      out.push(rubricError('message_threshold', c.file, `${l.path}/conditions`, { criterion: c.id, level: l.outcome, count, stated: [...stated].sort((x, y) => x - y) }));
    }
    for (const a of asked) {
      const leaf = leafOf(a.ref);
      const label = leaf.title ?? (leaf.name && /[\u4e00-\u9fa5]/.test(leaf.name) ? leaf.name : null);
      const inLabel = label ? statedThresholds(label) : new Set<number>();
      if (inLabel.size && !inLabel.has(a.count)) {
        out.push(rubricError('label_threshold', c.file, leaf.path, { criterion: c.id, level: l.outcome, count: a.count, label: clip(label!) }));
      }
      // a partial band's range must end one short of met's count on the same fact (三至七处 under 八处以上: a new user raised
      // met to 12 and the partial title still said 三至七 — nu33)
      const next = l.outcome === 'partial' ? metCounts.get(a.fact ?? '') : undefined;
      if (label && next !== undefined) {
        for (const [lo, hi] of statedRanges(label)) {
          if (lo === a.count && hi + 1 !== next) out.push(rubricError('range_threshold', c.file, leaf.path, { criterion: c.id, level: l.outcome, upper: hi, next, label: clip(label) }));
        }
      }
    }
    // …and the message's partial clause likewise (3 到 7 个得一半 under 8 个及以上得满分)
    if (l.outcome === 'partial' && clauses.partial && metCounts.size === 1) {
      const next = [...metCounts.values()][0];
      for (const [lo, hi] of statedRanges(clauses.partial)) {
        if (asked.some((a) => a.count === lo) && hi + 1 !== next) out.push(rubricError('range_threshold', c.file, `${l.path}/conditions`, { criterion: c.id, level: l.outcome, upper: hi, next, label: clauses.partial }));
      }
    }
  }
  return out;
}

/** A date in words (4月1日, 四月一日): its month and day. */
const STATED_DATE = new RegExp(`(${NUMBER})月(${NUMBER})日`, 'g');
/**
 * `message_deadline`: a late_closing condition asks for a deadline (its params' month and day, 4月1日 by default) that the
 * words of its criterion or deduction — the message, the condition's title — do not state, when they state a date at all
 * (new user 47 moved the deadline to 3月1日 and every output still explained 4月1日). Full-width digits (４月１日) read as digits.
 */
export function messageDeadlineWarnings(owners: ReadonlyArray<{ id: string; message: string; file: string; base: string }>, facts: ReadonlyArray<{ fact: string; params: unknown; file: string; path: string; title: string | null }>): RubricError[] {
  const out: RubricError[] = [];
  for (const f of facts) {
    if (f.fact !== 'late_closing') continue;
    // its own item: the same file and, for items written inline in rubric.json, the same place in it (red team 99: the first item of the
    // file had been taken — no warning for a later late_report, a false one naming law_publicity)
    const owner = owners.find((o) => o.file === f.file && f.path.startsWith(`${o.base}/`));
    if (!owner) continue;
    const p = (f.params ?? {}) as { month?: number; day?: number };
    const month = p.month ?? 4, day = p.day ?? 1;
    // each text on its own: a right message does not excuse a stale title
    const stale = [owner.message, f.title ?? ''].map((text) => [...text.normalize('NFKC').matchAll(STATED_DATE)])
      .filter((stated) => stated.length && !stated.some((m) => numeralValue(m[1]) === month && numeralValue(m[2]) === day)).flat();
    if (stale.length) out.push(rubricError('message_deadline', f.file, f.path, { id: owner.id, month, day, stated: [...new Set(stale.map((m) => m[0]))] }));
  }
  return out;
}
