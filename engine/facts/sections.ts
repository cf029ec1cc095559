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
export interface SectionsParams { kinds?: SectionKind[]; heading?: string[]; headingNone?: string[]; styles?: 'numbered' | 'any'; topLevel?: boolean; content?: boolean; attachments?: boolean }

/**
 * The title of an attachment that is the unit's own part (null when it is not): its title no other document's (关于印发…的通知, 《…》, …清单, a form or an
 * outline), nor another body's duty (县委书记…, another 局's 主要负责人…), and its text reports something — not only
 * another attachment's title, a pointer (详见…) or a bracketed note (（此件公开发布）) — red team 40.
 */
function ownAttachmentTitle(doc: DocumentModel, sec: DocumentModel['sections'][number]): string | null {
  const title = sec.boundary!.lead.replace(ATTACHMENT_LABEL, '');
  if (OTHER_DOCUMENT.test(title)) return null;
  const holder = /^(.*?)(?:党政)?(?:主要负责(?:人|同志)|主要领导|负责人|书记|局长|主任|县长|区长|镇长|乡长|市长)/.exec(title)?.[1] ?? '';
  // a superior's committee (县委书记… in a 乡's report); a county's own 县委 beside its government is the unit's joint duty
  const committee = /([县区市州])委/.exec(holder);
  if (committee && !new RegExp(`${committee[1]}(?:人民)?政府$|${committee[1]}委`).test(doc.unit ?? '')) return null;
  const dept = /[\u4e00-\u9fa5]{1,8}(?:局|办|委员会)$/.exec(holder)?.[0];
  if (dept && !(doc.unit ?? '').includes(dept.replace(/^[县区市]/, ''))) return null;
  const says = doc.sentences.some((x) => x.section === sec.id && !x.isHeading && x.text.length >= 12 && !ATTACHMENT_LABEL.test(x.text)
    && !/^[（(][^）)]*[）)]$/.test(x.text.trim()) && !/详见|参见|另附|另行报送|见附件/.test(x.text));
  return says ? title : null;
}
const OTHER_DOCUMENT = /关于印发|的通知|《|清单|格式|模板|样式|样表|提纲|范本/;

/** An attachment's label before its title (附件：, 附件2 ): not part of the title. */
const ATTACHMENT_LABEL = /^\s*附(?:件|表|录)\s*[\d一二三四五六七八九十]*\s*[:：]?\s*/;

/**
 * The label an unheaded part opens with, where its transition is one (对全县法治建设的几点建议：一是… — blind set 281): what the part
 * calls itself, as a heading would. A transition sentence that is no label (下一步，我镇将重点做好以下工作：) names nothing.
 */
function transitionLabel(sec: DocumentModel['sections'][number]): string {
  const lead = sec.boundary?.reason === 'transition' ? sec.boundary.lead.trim() : '';
  return /^([^，。；：:]{2,24})[：:]/.exec(lead)?.[1] ?? '';
}

/**
 * What a part is called for the heading tests: its heading or transition label — none when a label of suggestions stands over the
 * unit's own plan (工作建议：2024年，我局将重点抓好以下工作：… — red team 111's r5_02; 四、对策建议 / 一是我局将… — its r5_03): that part is
 * the plan, as its assessor reads it, not advice to the superior (建议县政府…, 恳请上级将… stay advice).
 */
function partTitle(doc: DocumentModel, sec: DocumentModel['sections'][number]): string {
  const title = sec.heading || transitionLabel(sec);
  if (!ADVICE_WORD.test(title)) return title;
  // (its first sentence may be an item's under it: 三、对策建议 / 一是我局将…；)
  const within = (id: number): boolean => { for (let s: number | null = id; s !== null && s >= sec.id; s = doc.sections[s].parent) if (s === sec.id) return true; return false; };
  const at = doc.sentences.findIndex((x) => !x.isHeading && x.start >= sec.start && within(x.section));
  if (at < 0) return title;
  const first = doc.sentences[at].text;
  const label = sec.heading ? '' : (/^[^，。；：:]{2,24}[：:]/.exec(first)?.[0] ?? '');
  const second = doc.sentences[at + 1];
  return ownPlan(first.slice(label.length)) || (second && !second.isHeading && within(second.section) && ownPlan(second.text)) ? '' : title;
}
const ADVICE_WORD = /建议/;
/**
 * A sentence in which the unit says it will (我局将…, 2024年，我镇将…, 街道将…) within its first 60 characters: 将 after the unit or a time of
 * the plan — not a suggestion's (建议…将, 恳请上级将…), not 将来, and not the 将 that means 把 (深入学习习近平法治思想，将其运用在… — a seed's
 * 意见建议 part, partial by its gold).
 */
function ownPlan(sentence: string): boolean {
  const head = sentence.slice(0, 60);
  const at = OWN_WILL.exec(head);
  // (a request anywhere up to the 将 — 我们建议区司法局将…, 请县司法局2025年将… — is advice: red team 112's r2_01, r2_03)
  return at !== null && !/建议|恳请|希望|呼吁|请求|提请|争取|(?<![申聘邀])请(?!示)/.test(head.slice(0, at.index + at[0].length));
}
const OWN_WILL = /(?:我(?:局|镇|乡|县|区|市|办|委|所|队|院|们|街道)|本(?:局|镇|乡|单位|街道)|(?:局|镇|乡|县|区)(?:党委|党组|政府)|街道|下一步|下步|今后|明年|来年|新的一年|\d{4}年)[^，。；]{0,8}?将(?![来其之此这该])/;

export const sectionsFact = defineFact<SectionsParams>({
  name: 'sections',
  description: 'number of sections of the given `kinds` whose heading matches `heading` and not `headingNone` (numbered headings only unless styles = any; top-level sections only with topLevel)',
  paramsSchema: {
    type: 'object', additionalProperties: false,
    properties: {
      kinds: { $ref: '#/definitions/kinds' }, heading: { $ref: '#/definitions/patterns' }, headingNone: { $ref: '#/definitions/patterns' },
      styles: { enum: ['numbered', 'any'] }, topLevel: { type: 'boolean', description: 'count only top-level sections' },
      content: { type: 'boolean', description: 'count only sections holding (themselves or below) a sentence that is not their heading, no intent and no repeat' },
      attachments: { type: 'boolean', description: 'count an attachment printed after the 落款 and read as a part (附件：…第一责任人职责情况) as a section of its own, its title as its heading' },
    },
  },
  compile(params, ctx, path) {
    const kinds = params.kinds ? new Set(params.kinds) : null;
    const heading = params.heading ? compilePatterns(params.heading, ctx, `${path}/heading`) : null;
    const headingNone = params.headingNone ? compilePatterns(params.headingNone, ctx, `${path}/headingNone`) : null;
    const anyStyle = params.styles === 'any';
    const topLevel = params.topLevel === true;
    const content = params.content === true;
    const attachments = params.attachments === true;
    return (doc) => {
      const evidence: Evidence[] = [];
      for (const sec of doc.sections) {
        // an attachment read as a part: a document of its own under its title (blind set 71: the first-duty part appended)
        const own = attachments && sec.boundary?.reason === 'attachment' ? ownAttachmentTitle(doc, sec) : null;
        const attachment = own !== null;
        const title = own ?? partTitle(doc, sec);
        if (sec.style === 'none' && !anyStyle) continue;
        if (!anyStyle && !attachment && !NUMBERED_STYLES.includes(sec.style as never)) continue;
        if (kinds && !kinds.has(sec.kind)) continue;
        if (topLevel && sec.depth !== 0) continue;
        // an item numbered 1. / （1） / ① that is a whole sentence with nothing under it is an item of a list, read as content
        // (section-tree listItemsAsContent): a sentence of the section it lists in, as a 一是 lead is — no section of its own
        // (blind set 92: 1.街道党工委书记…履行推进法治建设第一责任人职责，重要工作亲自部署… under （一）强化组织领导). Not a
        // （一） part, a section by the convention whatever its length (red teams 10 and 57), nor one that opens on its label
        // (1.第一责任人履职情况：… — red team 57)
        if (!attachment && sec.depth > 0 && ITEM_STYLES.has(sec.style) && listItem(doc, sec.id)) continue;
        if (heading && !heading.test(title)) continue;
        if (headingNone && headingNone.test(title)) continue;
        if (content && !saysSomething(doc, sec.id)) continue;
        const first = doc.sentences.find((s) => s.section === sec.id);
        evidence.push(located(doc, {
          text: first?.text ?? sec.heading, section: sectionLabel(doc, sec), kind: sec.kind,
          line: sec.line, start: sec.start, end: first ? first.end : sec.end, match: title ? title.slice(0, 40) : undefined,
        }));
      }
      return { value: evidence.length, evidence, refused: [], withPlans: evidence.length };
    };
  },
});

/** The numbering of list items (1. （1） ①), below the parts and sub-parts a report is divided into. */
const ITEM_STYLES: ReadonlySet<string> = new Set(['arabic', 'decimal', 'arabic_paren', 'circled']);

/** Whether section `id` is a list item: it has sentences, none a heading nor opening on a label (…情况：), and no section under it. */
function listItem(doc: DocumentModel, id: number): boolean {
  if (doc.sections.some((s) => s.parent === id)) return false;
  let any = false;
  for (const s of doc.sentences) {
    if (s.section !== id) continue;
    if (s.isHeading || (!any && /^[^，。；]{2,40}[：:]/.test(s.text))) return false;
    any = true;
  }
  return any;
}

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
