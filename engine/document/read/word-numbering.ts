/**
 * Word's automatic numbering, rendered as Word displays it (ECMA-376 Part 1 §17.9): the number of a
 * numbered paragraph is numbering data, not text, so a report whose 一、/（一） headings are Word
 * lists has no markers until the number is rendered. Supports abstractNum levels (start, numFmt,
 * lvlText with %1…%9, lvlRestart, isLgl, suff), num instances with lvlOverride/startOverride, and the
 * formats Chinese reports use: chineseCounting(Thousand), ideographDigital, chineseLegalSimplified,
 * ideographTraditional/Zodiac, decimal(Zero/FullWidth), decimalEnclosedCircle(Chinese)/Paren/Fullstop,
 * letters and roman numerals. Unknown formats render as decimal (what Word falls back to).
 */

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this level restarts; 0 = never; undefined = after any higher level */
  restart?: number;
  isLgl?: boolean;
  suff?: 'tab' | 'space' | 'nothing';
  /** the paragraph style this level is linked to (a heading style numbered by the list) */
  pStyle?: string;
}

export interface NumberingDefs {
  abstract: Map<string, Map<number, LevelDef>>;
  /** numId → its abstractNum and per-level overrides */
  nums: Map<string, { abstractId: string; startOverride: Map<number, number>; lvlOverride: Map<number, LevelDef> }>;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** 1–9999 in Chinese counting (十一, 二十, 一百零五); `digits` gives the ten numerals, `units` 十百千. */
function counting(n: number, digits = CN_DIGITS, units = '十百千'): string {
  if (n <= 0 || n > 9999) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const unitOf = [units[2], units[1], units[0], ''];
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    if (d === 0) { if (out) zero = true; return; }
    if (zero) { out += digits[0]; zero = false; }
    out += digits[d] + unitOf[i];
  });
  // 十一, not 一十一, when ten is the highest place
  return n >= 10 && n < 20 && digits === CN_DIGITS ? out.slice(1) : out;
}

const letters = (n: number, a: string) => String.fromCharCode(a.charCodeAt(0) + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** One counter value in one of Word's number formats (ST_NumberFormat). */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2': return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting': case 'taiwaneseCountingThousand': case 'koreanCounting':
      return counting(n);
    case 'ideographDigital': case 'taiwaneseDigital': case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]);
    case 'chineseLegalSimplified': case 'ideographLegalTraditional': case 'japaneseLegal':
      return counting(n, CN_LEGAL, '拾佰仟');
    case 'ideographTraditional': return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac': return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': case 'ideographEnclosedCircle': return circled(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'lowerLetter': return letters(n, 'a');
    case 'upperLetter': return letters(n, 'A');
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    case 'none': return '';
    default: return String(n);
  }
}

/** Counters across the document, one set per list (an abstractNum, or a num that restarts it). */
export class NumberingState {
  private counters = new Map<string, Array<number | undefined>>();
  constructor(private readonly defs: NumberingDefs) {}

  private levelOf(numId: string, ilvl: number): LevelDef | undefined {
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    return num.lvlOverride.get(ilvl) ?? this.defs.abstract.get(num.abstractId)?.get(ilvl);
  }

  /** The level of a list linked to a paragraph style (w:lvl/w:pStyle), for a style that names the list but not the level. */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const num = this.defs.nums.get(numId);
    const levels = num && this.defs.abstract.get(num.abstractId);
    if (!levels) return undefined;
    for (const [ilvl, l] of levels) if (l.pStyle === styleId) return ilvl;
    return undefined;
  }

  /**
   * The number Word shows before a paragraph with numId/ilvl (advancing the counters), with the
   * separator Word puts after it; null for no numbering, a bullet, or a level shown as nothing.
   */
  next(numId: string, ilvl: number): string | null {
    const num = this.defs.nums.get(numId);
    const lvl = this.levelOf(numId, ilvl);
    if (!num || !lvl || numId === '0') return null;
    // lists that share an abstractNum continue one another unless a num restarts with startOverride
    const key = num.startOverride.size ? `num:${numId}` : `abs:${num.abstractId}`;
    let c = this.counters.get(key);
    if (!c) { c = []; this.counters.set(key, c); }
    const startOf = (k: number) => num.startOverride.get(k) ?? this.levelOf(numId, k)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = this.levelOf(numId, k)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || ilvl < restart) c[k] = undefined;
    }
    if (lvl.numFmt === 'bullet') return null;
    const text = lvl.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const v = c![k] ?? startOf(k);
      const fmt = lvl.isLgl && k !== ilvl ? 'decimal' : this.levelOf(numId, k)?.numFmt ?? 'decimal';
      return formatNumber(v, lvl.isLgl ? 'decimal' : fmt);
    });
    if (!text) return null;
    return text + (lvl.suff === 'nothing' || /[、，．.)）:：]$/.test(text) ? '' : ' ');
  }
}
