/**
 * Heading markers in every common style of Chinese official writing, recognised at the start of a
 * paragraph (or, for `一是` leads, at the start of any sentence).
 */
import { parseNumber } from './numerals.js';
import type { HeadingStyle } from '../types.js';

const CN = '[一二三四五六七八九十]{1,3}';
const CIRCLED = '[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]';
/** What a decimal quantity opening a line is counted in (1.2万件, 3.5亿元, 2.5倍, 24.5学时): no outline number (RULES, decimalItemHead). */
const DECIMAL_UNITS = '万|亿|千|百|倍|余|多|个|元|亩|公里|千米|米|吨|小时|天|年|月|日|次|件|人|起|户|项|场|份|家|宗|所|名|平方|立方|公顷|岁|分|克|升|级|度|秒|成(?!因)|学时|课时|版';

interface MarkerRule { style: HeadingStyle; re: RegExp }

/** Order matters: the first rule that matches wins. Each regex captures the label in group 1. */
const RULES: MarkerRule[] = [
  { style: 'part', re: new RegExp(`^(第${CN}部分)[、：:，,\\s]?`) },
  { style: 'cn_paren', re: new RegExp(`^[（(](${CN})[）)][、.．]?`) },
  { style: 'cn', re: new RegExp(`^(${CN})(?:[、．，,]|\\.(?!\\d))`) },
  { style: 'arabic_paren', re: /^[（(](\d{1,2})[）)][、.．]?/ },
  { style: 'arabic_paren', re: /^(\d{1,2})[）)]/ },
  // an outline's decimal numbering (1.1 依法全面履行政府职能, 2.2 原因分析: blind set 105 — read as no heading, its lines were joined
  // to the paragraphs under them): two or three numbers, then a word; never a decimal quantity opening a line (1.2万件,
  // 3.5亿元, 2.5倍, 1.8个百分点 — a wrapped sentence's next line, as red team 67's c4_16 was in Word), and only a line a
  // heading's length with no sentence's end, naming no day: a day written with a point opens sentences too (4.15全民国家安全教育日
  // 当天，…。, 12.4国家宪法日…, 3.15消费者权益日); a heading may run to 60 characters (a duty's full wording: 1.5 党政主要负责人
  // 履行推进法治建设第一责任人职责，加强…) or run in with its paragraph after a first sentence that is a part's label — a section
  // noun closing it, no comma (1.3 存在的不足及原因。一是…, 1.5 …职责情况。…) — red team 70's r2_d05, r2_d14, r2_d15; any other
  // first sentence is the item's content (1.2 聚焦群众反映的主要问题开展专项整治。…: red team 71 had items' work read as
  // problems or plans); inOutline still asks for an outline around it
  { style: 'decimal', re: new RegExp(`^(\\d{1,2}[.．]\\d{1,2}(?:[.．]\\d{1,2})?)(?![\\d%％.．])(?=\\s*[\\u4e00-\\u9fa5])(?!\\s*(?:${DECIMAL_UNITS}|%))(?![^，。；]{0,10}[日节周月](?!常))(?=[^。！？；;!?]{1,60}$|[^。！？；;!?：:，,、]{0,36}?(?:情况|不足|问题|原因|原因分析|打算|计划|安排|思路|成效|举措|职责)[。：:]\\s*[\\u4e00-\\u9fa5“"（(])`) },
  // (1. 2025年工作打算 with its space dropped is 1.2025年…: a year after the point, no decimal — blind set 105)
  { style: 'arabic', re: /^(\d{1,2})(?:[、，]|[.．](?=\s*(?:19|20)\d{2}年)|[.．](?![\d]))(?!\s*[年月日%])/ },
  { style: 'circled', re: new RegExp(`^(${CIRCLED})`) },
  { style: 'ordinal', re: new RegExp(`^(第${CN})[，,、：:](?!\\d)`) },
  { style: 'lead', re: new RegExp(`^(${CN}是)(?=[\\u4e00-\\u9fa5“"（(])`) },
];

export interface HeadingMarker {
  style: HeadingStyle;
  label: string;
  /** length of the marker in the matched text */
  length: number;
  /** a topic heading of the work (【加强组织保障，…】 where the parts are so headed): it names no part, whatever its words (headings.ts) */
  topic?: true;
}

/** The marker as a section path shows it: 二, （三）, 1., （1）, ①, 第一, 一是. */
function displayLabel(style: HeadingStyle, n: string): string {
  switch (style) {
    case 'cn_paren': case 'arabic_paren': return `（${n}）`;
    case 'arabic': return `${n}.`;
    case 'decimal': return n.replace(/．/g, '.');
    default: return n;
  }
}

/**
 * Characters a marker can start with (every rule is anchored: 第, brackets, 一…十, digits, ①…⑳):
 * a paragraph or sentence starting otherwise — most of them — is answered without trying the rules.
 */
const MAY_START = new Uint8Array(65536);
for (const c of `第（(一二三四五六七八九十0123456789【〖${CIRCLED.slice(1, -1)}`) MAY_START[c.charCodeAt(0)] = 1;

/** An indicator or part numbered inside brackets: 指标一, 一级指标二, 第三部分, 第四项 (its number, in words). */
const INDICATOR_LABEL = new RegExp(`^\\s*(?:(?:一级|二级)?指标|第)(${CN})(?:部分|项)?\\s*$`);
/** The title after it: a heading's length, no sentence's end in it. */
const INDICATOR_TITLE = /^\s*[\u4e00-\u9fa5“"《][^。！？；;]{1,58}$/;

/** A line that is one phrase in lenticular brackets and nothing else (【加强组织保障，法治建设责任进一步压实】, 〖夯实组织保障〗). */
const BRACKETED_LINE = /^\s*(?:【[^【】。！？]{2,40}】|〖[^〖〗。！？]{2,40}〗)\s*$/;
export const isBracketedLine = (line: string): boolean => BRACKETED_LINE.test(line);

export function matchHeadingMarker(text: string): HeadingMarker | null {
  if (text.length === 0 || !MAY_START[text.charCodeAt(0)]) return null;
  // a heading set in lenticular brackets on a line of its own (【一、坚持依法全面履行政府职能】, 〖二、…〗: blind set 37) is
  // numbered inside them; text after the bracket (【一、…】正文…, a quote a wrapped line begins with: 【三、存在的问题】所列
  // 的4项整改任务…) makes it no heading — its first sentence would be taken for the title (red team 21)
  const close = text[0] === '【' ? '】' : text[0] === '〖' ? '〗' : null;
  if (close) {
    const end = text.indexOf(close);
    // (an indicator's number in the brackets and its title after them — 【指标一】党对法治政府建设的领导（分值15分，自评14分）, 【第二部分】…
    // in a self-assessment walked through by indicator: a numbered part, read as （一） is — the top level where nothing numbers the report
    // above it (blind set 300), under 一、 where the indicators sit in a part of their own (red team 112's r3_02))
    const indicator = end > 0 ? INDICATOR_LABEL.exec(text.slice(1, end)) : null;
    if (indicator && INDICATOR_TITLE.test(text.slice(end + 1))) return { style: 'cn_paren', label: `（${indicator[1]}）`, length: end + 1 };
    if (end < 0 || /[^\s。：:；;，,]/.test(text.slice(end + 1))) return null;
    const inner = markerByRules(text.slice(1));
    return inner && inner.style !== 'lead' ? { ...inner, length: inner.length + 1 } : null;
  }
  return markerByRules(text);
}

/** The rules tried in order, with no first-character test (exported for the test that checks that test). */
export function markerByRules(text: string): HeadingMarker | null {
  for (const { style, re } of RULES) {
    const m = re.exec(text);
    if (m) return { style, label: displayLabel(style, m[1]), length: m[0].length };
  }
  return null;
}

/** Used by the line joiner on raw lines (full-width digits allowed, indentation skipped). */
const NON_SPACE = /\S/;

/**
 * Whether a raw line opens with a heading marker (`decimal`: whether an outline's 1.1 counts — not for a line that may
 * continue a wrapped sentence: 24.5学时，… opens such a line, and an outline is known only from the whole document).
 */
export function startsWithHeadingMarker(line: string, decimal = true): boolean {
  // the first character after the indentation decides before any copy is made (a full-width digit as its digit)
  const i = line.search(NON_SPACE);
  if (i < 0) return false;
  const c = line.charCodeAt(i);
  if (!MAY_START[c >= 0xff10 && c <= 0xff19 ? c - 0xfee0 : c]) return false;
  const t = line.replace(/^[\s\u3000]+/, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = matchHeadingMarker(t);
  return m !== null && (decimal || m.style !== 'decimal');
}

/**
 * A line opening on an outline's decimal number whatever follows (1.1 依法全面履行政府职能。梳理…): what tells an outline's items
 * apart, though only a heading-like one is read as a heading (inOutline, headings.ts). Its head number (1 of 1.1), else null.
 */
export function decimalItemHead(line: string): string | null {
  const m = /^(\d{1,2})[.．]\d{1,2}(?![\d%％.．])\s*(?=[\u4e00-\u9fa5])/.exec(line);
  // (nor a day written with a point: 3.5学雷锋日, 3.8妇女节, 3.15前后 — red team 72, as the heading pattern itself reads them)
  return m && !DECIMAL_QUANTITY.test(line.slice(m[0].length)) && !/^[^，。；]{0,10}[日节周月]|^(?:前后|期间|当天|当日)/.test(line.slice(m[0].length)) ? m[1] : null;
}
const DECIMAL_QUANTITY = new RegExp(`^(?:${DECIMAL_UNITS})`);

/** The number a marker counts (（四） → 4, 3. → 3, ② → 2, 第一部分 → 1); null for unnumbered headings and leads. */
export function markerNumber(m: HeadingMarker): number | null {
  if (m.length === 0 || m.style === 'lead') return null;
  // 2.3 counts 3 within its 2.
  if (m.style === 'decimal') return Number(m.label.split('.').pop());
  const core = m.label.replace(/[（）().第部分]/g, '');
  if (/^\d+$/.test(core)) return Number(core);
  const circled = CIRCLED.slice(1, -1).indexOf(core); // the class's characters, ① first
  if (core.length === 1 && circled >= 0) return circled + 1;
  return parseNumber(core);
}
