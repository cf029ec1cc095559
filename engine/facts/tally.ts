/**
 * How a fact counts its hits, shared by every content fact: each hit is placed by the scope
 * (engine/scope.ts) and counted once per key — a sentence, an item, a quantity, a local carrier.
 * Hits in scope are evidence; hits in plans count only towards `withPlans` (planned_only); refused
 * hits are kept with their reason, for withheld points and `explain`.
 */
import { evidenceOf, placeSentence, refusedOf, type Scope } from '../scope.js';
import type { DocumentModel, Evidence, FactResult, RefusedHit, Sentence } from '../types.js';

export class HitTally {
  private readonly found = new Map<string, Evidence>();
  private readonly planned = new Set<string>();
  private readonly refused: RefusedHit[] = [];

  /** `keepRefused: false` for facts whose refused hits say nothing useful to an assessor. */
  constructor(private readonly doc: DocumentModel, private readonly scope: Scope, private readonly keepRefused = true) {}

  add(key: string, s: Sentence, at: number, match: string): void {
    const place = placeSentence(this.doc, s, this.scope, at);
    if (place.status === 'in') {
      if (!this.found.has(key)) this.found.set(key, evidenceOf(this.doc, s, match));
    } else if (place.status === 'planned') {
      this.planned.add(key);
      if (this.keepRefused) this.refused.push(refusedOf(this.doc, s, 'in_plans', match));
    } else if (place.status === 'refused' && this.keepRefused) {
      this.refused.push(refusedOf(this.doc, s, place.reason, match));
    }
  }

  result(): FactResult {
    let withPlans = this.found.size;
    for (const k of this.planned) if (!this.found.has(k)) withPlans++;
    return { value: this.found.size, evidence: [...this.found.values()], refused: this.refused, withPlans };
  }
}
