/**
 * Which decisions still apply: a decision was made on a report's text as it was then (its content
 * hash, column 内容指纹); if the report has changed since, the decision is stale — reported, never
 * applied silently. A decision on a report no longer in the corpus is reported too. A row written
 * by hand without a hash cannot be checked: it is applied, and named (`unchecked`) so that an assessor
 * knows it would not be caught if its report changed (a new user's finding: such a row stayed applied
 * after the report was edited, with nothing said).
 */
import { readFileSync } from 'node:fs';
import { contentHash } from '../../engine/scoring/cache.js';
import type { CorpusFile } from '../corpus.js';
import { selectByName } from '../corpus-select.js';
import type { ReviewDecision } from './decision.js';

/** The content hash review.csv records: the first 16 hex digits of the cache's SHA-1 of the file's bytes. */
export const hashOf = (bytes: Uint8Array) => contentHash(bytes).slice(0, 16);

export function hashFile(abs: string): string | null {
  try { return hashOf(readFileSync(abs)); } catch { return null; }
}

export interface CheckedDecisions {
  /** decisions to apply, by the report's corpus-relative path */
  byFile: Map<string, ReviewDecision[]>;
  /** decisions whose report changed since they were made */
  stale: Array<ReviewDecision & { rel: string }>;
  /** decisions on reports not in the corpus, each with the corpus file its name is closest to when one is close (a typo) */
  missing: Array<ReviewDecision & { nearest?: string }>;
  /** decisions applied without a content hash (rows added by hand): nobody can tell if their report changed since */
  unchecked: Array<ReviewDecision & { rel: string }>;
  applied: number;
}

export function checkDecisions(decisions: ReviewDecision[], files: CorpusFile[]): CheckedDecisions {
  const { found } = selectByName(files, [...new Set(decisions.map((d) => d.file))]);
  const hashes = new Map<string, string | null>();
  const out: CheckedDecisions = { byFile: new Map(), stale: [], missing: [], unchecked: [], applied: 0 };
  for (const d of decisions) {
    const f = found.get(d.file);
    if (!f) { const nearest = nearestName(d.file, files.map((x) => x.rel)); out.missing.push(nearest ? { ...d, nearest } : d); continue; }
    if (!hashes.has(f.rel)) hashes.set(f.rel, hashFile(f.abs));
    if (d.hash && d.hash !== hashes.get(f.rel)) { out.stale.push({ ...d, rel: f.rel }); continue; }
    if (!d.hash) out.unchecked.push({ ...d, rel: f.rel });
    out.byFile.set(f.rel, [...(out.byFile.get(f.rel) ?? []), d]);
    out.applied++;
  }
  return out;
}

/**
 * The corpus file a mistyped name in review.csv most likely meant (new user 35 typed one and got only a warning): the one at the
 * fewest edits (insertions, deletions, substitutions) when that is at most a quarter of the name's length (two at least), and
 * no other is as close. Null when none is.
 */
export function nearestName(name: string, candidates: readonly string[]): string | null {
  const limit = Math.max(2, Math.floor(name.length / 4));
  let best: string | null = null, bestD = limit + 1, tie = false;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) > limit) continue;
    const d = editDistance(name, c, bestD + 1);
    if (d > limit) continue;
    if (d < bestD) { best = c; bestD = d; tie = false; } else if (d === bestD) tie = true;
  }
  return best !== null && !tie ? best : null;
}

/** Levenshtein distance, giving up (returning `cap`) once every path exceeds cap − 1. */
function editDistance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      low = Math.min(low, cur[j]);
    }
    if (low >= cap) return cap;
    prev = cur;
  }
  return prev[b.length];
}
