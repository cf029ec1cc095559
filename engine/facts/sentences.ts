/**
 * `sentences`: how many sentences in scope satisfy every term (same-sentence co-occurrence, or
 * within `window` neighbouring sentences of the same section) and none of the `none` patterns. With
 * a window, the clauses of one sentence joined by semicolons count as that sentence (a term in any
 * of them holds) before the window counts whole sentences.
 */
import type { DocumentModel, Sentence } from '../types.js';
import { HitTally } from './tally.js';
import { compilePatterns } from './compile-context.js';
import { candidatesOf, compileTerm, lastTermAt, matchTerm, quantityIndex, termSpans, wantsFirstSpans, type Term, type TermSpec } from './terms.js';
import { compileScope, SCOPE_PROPERTIES, type ScopeParams } from './scope-params.js';
import { defineFact } from './types.js';
import { withoutDenials, withoutPlaceholders } from '../scope.js';

/**
 * `refused: false`: hits outside the scope are not kept as withheld evidence (a condition of generic words — 一方面, 主要是
 * — that only support another: their hits in the plans would show as a cause 仅在计划中, red team 26).
 */
export interface SentencesParams extends ScopeParams { all: TermSpec[]; none?: string[]; window?: number; refused?: boolean }

export interface SentenceHit {
  sentence: Sentence;
  match: string;
  /** where the last term matched in the sentence */
  at: number;
  /**
   * Where every term matches again at the latest (the earliest of their last matches; asked lazily):
   * past it, the unit's own clause may tell the whole hit again (scope.ts actorRefusal, facts/tally.ts)
   */
  atLast: () => number;
  /** where the first term last matches in the sentence (asked only when needed) */
  firstLast: () => number;
  /** the neighbouring sentences (clauses of its run, or within the window) that supplied a term: part of the evidence */
  support: Sentence[];
}

const CLAUSE_END = /[；;]$/;

/** First and last sentence id of the clause run holding `s`: neighbours in its paragraph joined by a semicolon. */
export function clauseRun(sentences: readonly Sentence[], s: Sentence): [number, number] {
  let a = s.id, b = s.id;
  while (a > 0 && sentences[a - 1].paragraph === s.paragraph && CLAUSE_END.test(sentences[a - 1].text)) a--;
  while (b + 1 < sentences.length && sentences[b + 1].paragraph === s.paragraph && CLAUSE_END.test(sentences[b].text)) b++;
  return [a, b];
}

/** Per document: a sentence with a denial clause → the same sentence with that clause blanked (terms are matched on it). */
const READABLE = new WeakMap<DocumentModel, Map<number, Sentence>>();
/** The sentence as terms read it: its denial clauses and a draft's placeholders blanked (scope.ts withoutDenials, withoutPlaceholders), offsets unchanged; itself when it has none. */
export function readable(doc: DocumentModel, s: Sentence): Sentence {
  let byId = READABLE.get(doc);
  if (!byId) {
    byId = new Map();
    const scored = scoringRows(doc);
    for (const x of doc.sentences) {
      const p = withoutPlaceholders(x.text);
      let t = withoutDenials(p ?? x.text) ?? p;
      if (scored.has(x.id)) t = withoutLabel(t ?? x.text);
      if (t !== null) byId.set(x.id, { ...x, text: t });
    }
    READABLE.set(doc, byId);
  }
  return byId.get(s.id) ?? s;
}

/** A scoring table's column header: 分值, 自评得分, 评分 … (a report written for its assessment carries the scheme as a table). */
const SCORE_CELL = /^(?:自评|自我|考核|标准)?(?:得分|分值|评分|打分|满分|分数)(?:[（(]分[)）])?$/;
/**
 * The rows of a self-scoring table (自评表: 评价项目｜分值｜自评得分｜说明): the rows after a header row with a score column, while
 * they keep a row's shape (three or more short cells). Their first cell names the scheme's item, done or not (权责清单｜3｜1｜
 * 权责清单尚未动态调整 — blind set 126): it is no evidence; the remark cells may tell work done.
 */
function scoringRows(doc: DocumentModel): Set<number> {
  const rows = new Set<number>();
  const cellsOf = (t: string) => t.replace(/[。；;]$/, '').split(/[，,]/);
  const { sentences } = doc;
  for (let i = 0; i < sentences.length; i++) {
    const head = cellsOf(sentences[i].text);
    if (head.length < 3 || head.some((c) => c.length > 12) || !head.some((c) => SCORE_CELL.test(c.trim()))) continue;
    let para = sentences[i].paragraph;
    for (let j = i + 1; j < sentences.length; j++) {
      const r = sentences[j];
      if (r.paragraph !== para + 1 && r.paragraph !== para) break;
      const cells = cellsOf(r.text);
      // (a row has no sentence's end and names an item, not a deed: prose after the table — 。-ended — and a task table's
      // 聘请正联律师事务所为常年法律顾问 are not rows to blank, red team 77)
      if (cells.length < 3 || /[。；;]$/.test(r.text) || cells[0].length > 12 || DEED_FIRST.test(cells[0])) break;
      rows.add(r.id);
      para = r.paragraph;
    }
  }
  return rows;
}
const DEED_FIRST = /^(?:聘请|聘任|开展|组织|制定|出台|印发|建立|建成|召开|举办|完成|落实|推行|签订|公布|调整|编制)/;
/** The row with its first cell blanked, offsets unchanged. */
function withoutLabel(t: string): string {
  const end = t.search(/[，,]/);
  return end > 0 ? ' '.repeat(end) + t.slice(end) : t;
}

/**
 * Sentences where every term holds (terms after the first may hold in a neighbour within the window). `wants`: the
 * sentences whose hits the caller could use (its tally's scope, HitTally.wants); the others are not matched.
 * `missed`: told of each wanted sentence where the first term matched but a later one held nowhere in reach
 * (an item named outside the context that makes it count: 征求意见 on no decision), for `explain` and withheld evidence.
 */
export function findHits(doc: DocumentModel, terms: Term[], none: RegExp | null, window: number, wants?: (s: Sentence) => boolean, missed?: (s: Sentence, match: string, at: number) => void): SentenceHit[] {
  const qi = quantityIndex(doc);
  const hits: SentenceHit[] = [];
  const { sentences } = doc;
  const first = terms[0];
  const spansWanted = terms.some(wantsFirstSpans);
  const candidates = first && first.type === 'patterns' ? candidatesOf(doc, first) : null;
  const pool = candidates ? candidates.sentences : sentences;
  for (let c = 0; c < pool.length; c++) {
    const said = pool[c];
    if (wants && !wants(said)) continue;
    if (none && none.test(said.text)) continue;
    // terms are read outside the clauses where the unit denies having the thing (scope.ts withoutDenials)
    const s = readable(doc, said);
    const matches: string[] = [];
    const support: Sentence[] = [];
    let ok = true;
    let at = 0;
    const own: Term[] = [];
    let firstSpans: Array<[number, number]> | undefined; // where the first term matched: what a `near` quantity counts
    for (let t = 0; t < terms.length && ok; t++) {
      // the first term's match on this sentence, when the document scan already found it
      let m = t === 0 && candidates && s === said ? candidates.matches[c] ?? matchTerm(terms[t], s, qi) : matchTerm(terms[t], s, qi, firstSpans);
      if (m !== null) { at = Math.max(at, s.text.indexOf(m)); own.push(terms[t]); }
      if (t === 0 && m !== null && (spansWanted || qi.underHeader(s.id).length)) firstSpans = termSpans(terms[0], s, m);
      if (m === null && t > 0 && window > 0) {
        // the clauses of one sentence (…决策，征求意见；组织专家论证；开展风险评估；…) are one sentence here:
        // a term in any of them holds, before the window counts whole sentences
        const [a, b] = clauseRun(sentences, s);
        let from: Sentence | null = null;
        for (let j = a; j <= b && m === null; j++) if (j !== s.id && !(none && none.test(sentences[j].text))) { m = matchTerm(terms[t], readable(doc, sentences[j]), qi); from = sentences[j]; }
        for (let d = 1; d <= window && m === null; d++) {
          for (const j of [a - d, b + d]) {
            const n = sentences[j];
            if (n && n.section === s.section && !(none && none.test(n.text))) { m = matchTerm(terms[t], readable(doc, n), qi); from = n; if (m !== null) break; }
          }
        }
        if (m !== null && from && !support.includes(from)) support.push(from);
      }
      if (m === null) ok = false; else matches.push(m);
    }
    // a figure lent by the table under this header row (terms.ts underHeader): its row is shown beside the header
    if (ok) for (const q of qi.underHeader(s.id)) {
      if (!matches.includes(q.raw) || qi.bySentence(s.id).some((x) => x.raw === q.raw)) continue;
      if (!support.includes(sentences[q.sentence])) support.push(sentences[q.sentence]);
      break;
    }
    if (ok) hits.push({ sentence: said, match: matches.join(' + '), at, atLast: () => Math.min(...own.map((t) => lastTermAt(t, s, qi))), firstLast: () => lastTermAt(terms[0], s, qi), support });
    else if (missed && matches.length) missed(said, matches[0], at);
  }
  return hits;
}

export const sentencesFact = defineFact<SentencesParams>({
  name: 'sentences',
  description: 'number of sentences in scope where every term of `all` matches (same sentence, or within `window`) and no `none` pattern does',
  paramsSchema: {
    type: 'object', required: ['all'], additionalProperties: false,
    properties: { all: { type: 'array', minItems: 1, items: { $ref: '#/definitions/term' } }, none: { $ref: '#/definitions/patterns' }, window: { type: 'integer', minimum: 0, maximum: 5 }, refused: { type: 'boolean', description: 'keep hits outside the scope as withheld evidence (default true)' }, ...SCOPE_PROPERTIES },
  },
  compile(params, ctx, path) {
    const terms = params.all.map((t, i) => compileTerm(t, ctx, `${path}/all/${i}`));
    const none = params.none ? compilePatterns(params.none, ctx, `${path}/none`) : null;
    const scope = compileScope(params, ctx);
    const window = params.window ?? 0;
    const keepRefused = params.refused !== false;
    return (doc) => {
      const tally = new HitTally(doc, scope, keepRefused);
      for (const { sentence, match, at, atLast, firstLast, support } of findHits(doc, terms, none, window, tally.wants)) tally.add(String(sentence.id), sentence, at, match, 1, support, atLast, firstLast);
      return tally.result();
    };
  },
});
