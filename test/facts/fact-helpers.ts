/** Compile one fact with typed params, as the loader would, and evaluate it on a report text. */
import { FACTS } from '../../engine/facts/index.js';
import type { CompileContext } from '../../engine/facts/compile-context.js';
import type { FactDefinition } from '../../engine/facts/types.js';
import { parseDocument } from '../../engine/document/parse.js';
import { validateParams } from '../../engine/rubric/validate.js';
import type { RubricError } from '../../engine/errors.js';
import type { FactResult, MetadataHints } from '../../engine/types.js';

/** `hints` are what a format's reader found besides the text (a .docx's self-updating date fields, a page's 发布机构). */
export interface Compiled { errors: RubricError[]; run(text: string, hints?: MetadataHints): FactResult }

/** Params are checked against the fact's schema first: a test cannot pass params the loader would refuse. */
export function compileFact<P>(fact: { name: string; definition: FactDefinition<P> }, params: P, lexicons: Record<string, string[]> = {}): Compiled {
  const ctx: CompileContext = { file: 'test.json', lexicons, defaultScope: ['achievements', 'first_duty'], errors: [] };
  const checked = validateParams(FACTS.get(fact.name)!, params, 'test.json', '/params');
  if (!checked.params) return { errors: checked.errors, run: () => { throw new Error('params refused'); } };
  const evaluate = fact.definition.compile(params, ctx, '/params');
  return { errors: ctx.errors, run: (text, hints) => evaluate(parseDocument(text, { file: 'fact.txt', hints })) };
}

/** A small township report: title, preamble, numbered sections, 落款. */
export function report(parts: { title?: string; preamble?: string; achievements?: string; shortcomings?: string; plans?: string; closing?: string }): string {
  return [
    parts.title ?? '白土镇2023年法治政府建设情况报告',
    parts.preamble ?? '2023年，白土镇在县委县政府领导下推进法治政府建设，现将有关情况报告如下。',
    '一、主要工作成效',
    parts.achievements ?? '全年组织学法活动6次。',
    '二、存在的问题',
    parts.shortcomings ?? '依法行政能力仍需提升。',
    '三、下一步工作计划',
    parts.plans ?? '继续推进法治建设。',
    parts.closing ?? '白土镇人民政府\n2024年1月15日',
  ].join('\n');
}
