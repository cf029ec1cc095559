/**
 * `foreign_units`: sentences that name another 乡/镇/街道 (or, in a county or department report,
 * another 县/区/旗) where the reporting unit's own name belongs: a copy-paste residue (title 陆营镇,
 * body 贯穿水口乡工作). The logic lives in foreign-places.ts; this file is the fact's wrapper.
 *
 * value: strong hits (a real place by the gazetteer, standing as the unit, that is neither the unit,
 * its ancestors, its descendants nor another name of it); `suspected`: weak hits (a place-like name
 * the gazetteer lacks, or a real place after weak context such as 经济/发展) — a 疑似 flag, no points.
 */
import type { SectionKind } from '../types.js';
import { compilePatterns } from './compile-context.js';
import { bareSiblingStems } from './bare-stems.js';
import { findForeignPlaces } from './foreign-places.js';
import { defineFact } from './types.js';

export interface ForeignUnitsParams {
  /** what must follow the name for it to stand as the reporting unit (党委, 政府, 工作 …): strong evidence */
  unitContext: string[];
  /** what may follow it as weaker evidence (经济, 发展 …): a suspicion only */
  weakContext?: string[];
  /**
   * what, right before the name, frames it as the subject of the unit's own mission (推动 … 高质量发展,
   * 促进 … 经济社会发展): with weak context after it, the name stands as the reporting unit — strong evidence
   */
  missionFrame?: string[];
  /**
   * what, right before the name, frames it as the goal the unit builds (建设更高水平的法治 | X区): strong
   * evidence by itself
   */
  goalFrame?: string[];
  /**
   * what, right before the name, says whom the unit's work served (为 …) or whose level it raised (提升了 …): with the
   * unit's context after it, a place-like name the gazetteer lacks is suspected (blind sets 48, 73, 74) — never strong
   * evidence (a neighbour served or helped on purpose: red team 42)
   */
  serveFrame?: string[];
  /**
   * what, in the name's clause before it, says the unit puts its own rule-of-law work on the name's agenda (把法治政府建设作为 …,
   * 将依法行政纳入 …; the pattern ends where the name starts): with weak context or the agenda's words (全年重点工作, 中心工作)
   * after it, the name stands as the reporting unit — strong evidence, unless a superior does the putting or the sentence
   * names the place on purpose
   */
  agendaFrame?: string[];
  scope?: SectionKind[];
}

export const foreignUnitsFact = defineFact<ForeignUnitsParams>({
  name: 'foreign_units',
  description: 'number of sentences naming another township (or, for county and department reports, another county/district) as if it were the reporting unit; weaker hits are suspicions',
  paramsSchema: {
    type: 'object', required: ['unitContext'], additionalProperties: false,
    properties: { unitContext: { $ref: '#/definitions/patterns' }, weakContext: { $ref: '#/definitions/patterns' }, missionFrame: { $ref: '#/definitions/patterns' }, goalFrame: { $ref: '#/definitions/patterns' }, serveFrame: { $ref: '#/definitions/patterns' }, agendaFrame: { $ref: '#/definitions/patterns' }, scope: { $ref: '#/definitions/kinds' } },
  },
  compile(params, ctx, path) {
    const strong = compilePatterns(params.unitContext, ctx, `${path}/unitContext`);
    const weak = params.weakContext?.length ? compilePatterns(params.weakContext, ctx, `${path}/weakContext`) : null;
    const frame = params.missionFrame?.length ? compilePatterns(params.missionFrame, ctx, `${path}/missionFrame`) : null;
    const goal = params.goalFrame?.length ? compilePatterns(params.goalFrame, ctx, `${path}/goalFrame`) : null;
    const serve = params.serveFrame?.length ? compilePatterns(params.serveFrame, ctx, `${path}/serveFrame`) : null;
    const agenda = params.agendaFrame?.length ? compilePatterns(params.agendaFrame, ctx, `${path}/agendaFrame`) : null;
    // the 落款 too: a closing signed by another township is the plainest copy-paste residue
    const kinds = new Set<SectionKind>(params.scope ?? ['front', 'achievements', 'first_duty', 'shortcomings', 'plans', 'closing']);
    const opts = { strong, weak, frame, goal, serve, agenda, kinds };
    return (doc) => {
      const found = findForeignPlaces(doc, opts);
      // (a sibling named by its bare stem in the strongest frames: a suspicion, read after the full names, one a sentence)
      const bare = bareSiblingStems(doc, opts, new Set([...found.evidence, ...found.suspected].map((e) => e.text)));
      const evidence = found.evidence;
      const suspected = bare.length ? [...found.suspected, ...bare] : found.suspected;
      return { value: evidence.length, evidence, refused: [], withPlans: evidence.length, suspected };
    };
  },
});
