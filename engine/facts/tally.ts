/**
 * How a fact counts its hits, shared by every content fact: each hit is placed by the scope
 * (engine/scope.ts) and counted once per key — a sentence, an item, a quantity, a local carrier.
 * Hits in scope are evidence; hits in plans count only towards `withPlans` (planned_only); refused
 * hits are kept with their reason, for withheld points and `explain`.
 */
import { evidenceOf, mayHold, placeSentence, refusedOf, denialStands, type Scope } from '../scope.js';
import type { DocumentModel, Evidence, FactResult, RefusalReason, RefusedHit, Sentence } from '../types.js';
import { LEVEL_COMMITTEE_RE } from '../lexicon/actors.js';

/**
 * Refusals a later clause telling the whole hit again may lift: who did the work (scope.ts actorRefusal) and a denial
 * (往年没有开展述法，今年首次组织班子成员在年终述职中述法 — the second clause is the year's own work).
 */
const AGAIN: ReadonlySet<RefusalReason> = new Set(['handed_down', 'others_work', 'quoted', 'negated']);

export class HitTally {
  private readonly found = new Map<string, Evidence>();
  /** the neighbouring sentences that supplied a term to a found key's hit */
  private readonly support = new Map<string, Sentence[]>();
  private readonly planned = new Set<string>();
  /** what a key counts for when it is not 1 (a sentence stating 专题研究4次 counts 4) */
  private readonly weights = new Map<string, number>();
  private readonly refused: RefusedHit[] = [];

  /** `keepRefused: false` for facts whose refused hits say nothing useful to an assessor. */
  constructor(private readonly doc: DocumentModel, private readonly scope: Scope, private readonly keepRefused = true) {}

  /**
   * `atLast`: where the hit's terms last match in the sentence (asked only when needed). A hit refused as another body's work,
   * an order, a quotation or a denial is placed again there: 县司法局在我镇召开现场会，柳塘镇全年培育法律明白人126名
   * tells the unit's own work in its second clause with the same term. `firstLast`: where the first term last matches (a
   * committee named first, the unit's own group after it).
   */
  add(key: string, s: Sentence, at: number, match: string, weight = 1, support: readonly Sentence[] = [], atLast?: () => number, firstLast?: () => number): void {
    if (weight !== 1 && !this.weights.has(key)) this.weights.set(key, weight);
    // (a single term's match ends the hit: what a name-sized refusal asks — scope.ts actorRefusal's committees)
    const hitEnd = s.text.startsWith(match, at) ? at + match.length : undefined;
    let place = placeSentence(this.doc, s, this.scope, at, hitEnd);
    // several terms' hit is placed at its last term; a first term that names a level's committee is placed as it would be alone
    // (根据县委全面依法治县委员会办公室部署，结合机构职能调整情况 had set up a department's leading group: blind set 169) — unless the
    // first term holds again after the committee (…，镇党委结合人员变动，及时调整镇法治建设领导小组: red team 84's r6_01–r6_03)
    const terms = match.split(' + ');
    if (place.status === 'in' && terms.length > 1 && LEVEL_COMMITTEE_RE.test(terms[0])) {
      const first = s.text.indexOf(terms[0]);
      const alone = first >= 0 ? placeSentence(this.doc, s, this.scope, first, first + terms[0].length) : place;
      // (…as the unit's own group, not another's liaisons or members: 调整了全县各乡镇法治建设领导小组联络员 — red team 85)
      const later = firstLast !== undefined ? firstLast() : -1;
      const again = later >= first + terms[0].length && !/^[^，。；]{0,16}?(?:联络员|成员单位|成员)/.test(s.text.slice(later));
      if (alone.status === 'refused' && alone.reason === 'others_work' && !again) place = alone;
    }
    if (place.status === 'refused' && AGAIN.has(place.reason) && atLast) {
      const last = atLast();
      // (a later match inside the same span — 依法治县委员会 within 全面依法治县委员会 — is the same hit: its end goes with it)
      const again = last > at ? placeSentence(this.doc, s, this.scope, last, hitEnd !== undefined && last < hitEnd ? hitEnd : undefined) : place;
      // a denial is lifted only by a clause telling this year's deed (scope.ts denialStands: not 法律顾问制度有待建立, not 今年已将…列入明年议程)
      if (again.status === 'in' && !(place.reason === 'negated' && denialStands(s.text, last))) place = again;
    }
    if (place.status === 'in') {
      if (!this.found.has(key)) {
        this.found.set(key, evidenceOf(this.doc, s, match));
        if (support.length) this.support.set(key, [...support]);
      }
    } else if (place.status === 'planned') {
      this.planned.add(key);
      if (this.keepRefused) this.refused.push(refusedOf(this.doc, s, 'in_plans', match));
    } else if (place.status === 'refused' && this.keepRefused) {
      this.refused.push(refusedOf(this.doc, s, place.reason, match));
    }
  }

  /**
   * A candidate for `key` refused by the fact itself, not the scope (`off_context`: the item named, but not where the
   * context terms hold): kept as withheld evidence when the key was not found and the scope would have credited the
   * sentence — in plans or shortcomings the scope's own refusal says more. `always`: kept by a tally that keeps no
   * refusals of the scope's (local_items: a quoted name that is no local item says why a cell was withheld).
   */
  refuse(key: string, s: Sentence, at: number, match: string, reason: RefusalReason, always = false): boolean {
    if (!(this.keepRefused || always) || this.found.has(key)) return false;
    if (placeSentence(this.doc, s, this.scope, at).status !== 'in') return false;
    this.refused.push(refusedOf(this.doc, s, reason, match));
    return true;
  }

  /** Whether a hit in `s` could change this tally (scope.ts mayHold): sentences it rules out need not be matched. */
  readonly wants = (s: Sentence): boolean => mayHold(this.doc, s, this.scope, this.keepRefused);

  result(): FactResult {
    const w = (k: string) => this.weights.get(k) ?? 1;
    let value = 0;
    for (const k of this.found.keys()) value += w(k);
    let withPlans = value;
    for (const k of this.planned) if (!this.found.has(k)) withPlans += w(k);
    return { value, evidence: this.support.size ? this.withContext() : [...this.found.values()], refused: this.refused, withPlans };
  }

  /**
   * Each found hit with the neighbours that supplied its terms in reading order — one before it (a table's header over its
   * row) first, one after it next — each sentence once (a hit itself is never context).
   */
  private withContext(): Evidence[] {
    const seen = new Set<number>();
    for (const e of this.found.values()) seen.add(e.start);
    const out: Evidence[] = [];
    for (const [key, e] of this.found) {
      const after: Evidence[] = [];
      for (const n of this.support.get(key) ?? []) {
        if (seen.has(n.start)) continue;
        seen.add(n.start);
        const c = evidenceOf(this.doc, n, e.match);
        c.context = true;
        if (n.start < e.start) out.push(c); else after.push(c);
      }
      out.push(e, ...after);
    }
    return out;
  }
}
