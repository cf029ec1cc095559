/** `sections`: how many sections of the given kinds (and heading patterns) the report has. Structure, not content: no scope. */
import { located, sectionLabel } from '../scope.js';
import { NUMBERED_STYLES, type DocumentModel, type Evidence, type SectionKind } from '../types.js';
import { compilePatterns } from './compile-context.js';
import { defineFact } from './types.js';

/**
 * `content`: count a section only when it, or a section under it, holds a sentence of its own that says something — not
 * its heading, no verb of intent, not a repeat of an earlier sentence (a 原因分析 heading over nothing, over 有待剖析, over
 * a plan or over the problems said again is no cause part: red team 26).
 */
export interface SectionsParams { kinds?: SectionKind[]; heading?: string[]; headingNone?: string[]; styles?: 'numbered' | 'any'; topLevel?: boolean; content?: boolean }

export const sectionsFact = defineFact<SectionsParams>({
  name: 'sections',
  description: 'number of sections of the given `kinds` whose heading matches `heading` and not `headingNone` (numbered headings only unless styles = any; top-level sections only with topLevel)',
  paramsSchema: {
    type: 'object', additionalProperties: false,
    properties: {
      kinds: { $ref: '#/definitions/kinds' }, heading: { $ref: '#/definitions/patterns' }, headingNone: { $ref: '#/definitions/patterns' },
      styles: { enum: ['numbered', 'any'] }, topLevel: { type: 'boolean', description: 'count only top-level sections' },
      content: { type: 'boolean', description: 'count only sections holding (themselves or below) a sentence that is not their heading, no intent and no repeat' },
    },
  },
  compile(params, ctx, path) {
    const kinds = params.kinds ? new Set(params.kinds) : null;
    const heading = params.heading ? compilePatterns(params.heading, ctx, `${path}/heading`) : null;
    const headingNone = params.headingNone ? compilePatterns(params.headingNone, ctx, `${path}/headingNone`) : null;
    const anyStyle = params.styles === 'any';
    const topLevel = params.topLevel === true;
    const content = params.content === true;
    return (doc) => {
      const evidence: Evidence[] = [];
      for (const sec of doc.sections) {
        if (sec.style === 'none' && !anyStyle) continue;
        if (!anyStyle && !NUMBERED_STYLES.includes(sec.style as never)) continue;
        if (kinds && !kinds.has(sec.kind)) continue;
        if (topLevel && sec.depth !== 0) continue;
        if (heading && !heading.test(sec.heading)) continue;
        if (headingNone && headingNone.test(sec.heading)) continue;
        if (content && !saysSomething(doc, sec.id)) continue;
        const first = doc.sentences.find((s) => s.section === sec.id);
        evidence.push(located(doc, {
          text: first?.text ?? sec.heading, section: sectionLabel(doc, sec), kind: sec.kind,
          line: sec.line, start: sec.start, end: first ? first.end : sec.end, match: sec.heading ? sec.heading.slice(0, 40) : undefined,
        }));
      }
      return { value: evidence.length, evidence, refused: [], withPlans: evidence.length };
    };
  },
});

/** Whether section `id` or one under it holds a sentence of its own: not the section's heading, no intent, no repeat of an earlier sentence. */
function saysSomething(doc: DocumentModel, id: number): boolean {
  const within = new Set([id]);
  for (const sec of doc.sections) if (within.has(sec.parent)) within.add(sec.id);
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    if (!within.has(s.section)) { seen.add(s.text); continue; }
    if (s.section === id && s.isHeading) continue;
    if (s.intent || seen.has(s.text)) { seen.add(s.text); continue; }
    return true;
  }
  return false;
}
