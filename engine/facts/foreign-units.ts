/**
 * `foreign_units`: sentences that name another 乡/镇/街道 (or, in a county or department report,
 * another 县/区) in the place where the reporting unit's own name belongs: a copy-paste residue
 * (title 陆营镇, body 贯穿水口乡工作). Generic words (全乡, 我镇, 乡村, 城乡, 乡镇), the unit's own
 * names and its parents, and names inside 《》 are not this.
 */
import { GENERIC_PLACE_NEXT, GENERIC_PLACE_PREFIX } from '../lexicon/units.js';
import { evidenceOf, inBodyOf } from '../scope.js';
import { looksLikeNamePart } from '../document/words.js';
import type { DocumentModel, Evidence, SectionKind } from '../types.js';
import { compilePatterns } from './compile-context.js';
import { defineFact } from './types.js';

export interface ForeignUnitsParams {
  /** what must follow the name for it to stand as the reporting unit (党委, 政府, 工作 …) */
  unitContext: string[];
  scope?: SectionKind[];
}

const TOWNSHIP_RE = /([\u4e00-\u9fa5]{2})(乡|镇|街道)/g;
const COUNTY_RE = /([\u4e00-\u9fa5]{2})(县|区)/g;

function titleSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/《[^》]*》/g)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

function isOwn(doc: DocumentModel, name: string): boolean {
  const { tokens } = doc.unitNames;
  return tokens.some((t) => t.endsWith(name) || name.endsWith(t)) || (doc.unit !== null && doc.unit.includes(name));
}

export const foreignUnitsFact = defineFact<ForeignUnitsParams>({
  name: 'foreign_units',
  description: 'number of sentences naming another township (or, for county and department reports, another county/district) as if it were the reporting unit',
  paramsSchema: {
    type: 'object', required: ['unitContext'], additionalProperties: false,
    properties: { unitContext: { $ref: '#/definitions/patterns' }, scope: { $ref: '#/definitions/kinds' } },
  },
  compile(params, ctx, path) {
    const context = compilePatterns(params.unitContext, ctx, `${path}/unitContext`);
    // the 落款 too: a closing signed by another township is the plainest copy-paste residue
    const kinds = new Set<SectionKind>(params.scope ?? ['front', 'achievements', 'first_duty', 'shortcomings', 'plans', 'closing']);
    return (doc) => {
      const evidence: Evidence[] = [];
      const level = doc.unitNames.level;
      if (!level) return { value: 0, evidence, refused: [], withPlans: 0 };
      const re = level === 'township' ? TOWNSHIP_RE : level === 'county' || level === 'department' ? COUNTY_RE : null;
      if (!re) return { value: 0, evidence, refused: [], withPlans: 0 };
      for (const s of doc.sentences) {
        if (!inBodyOf(doc, s, kinds)) continue;
        const blocked = titleSpans(s.text);
        for (const m of s.text.matchAll(re)) {
          const at = m.index!, end = at + m[0].length;
          const [, prefix, suffix] = m;
          if (blocked.some(([a, b]) => at >= a && end <= b)) continue;
          if (GENERIC_PLACE_PREFIX.includes(prefix[1])) continue;
          if (suffix.length === 1 && GENERIC_PLACE_NEXT.includes(s.text[end] ?? '')) continue;
          const name = prefix + suffix;
          if (isOwn(doc, name)) continue;
          if (!context.test(s.text.slice(end, end + 6))) continue;
          // 优化乡党委 / 成立以乡党委: the bare 乡 after a verb or preposition means the unit itself
          if (!looksLikeNamePart(prefix)) continue;
          evidence.push(evidenceOf(doc, s, name));
          break;
        }
      }
      return { value: evidence.length, evidence, refused: [], withPlans: evidence.length };
    };
  },
});
