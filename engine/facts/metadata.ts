/** `metadata`: the title, report year and 落款 as numbers a condition can compare. */
import { shortForm } from '../document/gazetteer/index.js';
import { stationShortName } from '../document/station.js';
import { closingSentences, located } from '../scope.js';
import type { DocumentModel, Evidence } from '../types.js';
import { defineFact } from './types.js';
import { BRACKETED_ALIAS_END } from '../document/brackets.js';

export type MetadataField = 'title_has_unit' | 'title_has_year' | 'dated_closing' | 'title_and_closing' | 'report_year';
export interface MetadataParams { field: MetadataField }

function titleEvidence(doc: DocumentModel): Evidence[] {
  const block = doc.sentences.filter((s) => s.paragraph < doc.titleParagraphs);
  // the title's own lines, not a repost's account line or lead-in above it (new user 53: the title quoted at L1, its line the 6th)
  const own = block.filter((s) => s.text.trim().length > 0 && doc.title.includes(s.text.trim()));
  const sents = own.length ? own : block;
  if (!sents.length) return [];
  const first = sents[0], last = sents[sents.length - 1];
  return [located(doc, { text: doc.title, section: '标题', kind: 'front', line: first.line, start: first.start, end: last.end })];
}

function closingEvidence(doc: DocumentModel): Evidence[] {
  if (!doc.closing) return [];
  const sents = closingSentences(doc);
  if (!sents.length) return [];
  return [located(doc, { text: sents.map((s) => s.text).join(' '), section: '落款', kind: 'closing', line: sents[0].line, start: sents[0].start, end: sents[sents.length - 1].end })];
}

export const metadataFact = defineFact<MetadataParams>({
  name: 'metadata',
  description: 'title_has_unit / title_has_year / dated_closing (0 or 1), title_and_closing (how many of the three), report_year',
  paramsSchema: {
    type: 'object', required: ['field'], additionalProperties: false,
    properties: { field: { enum: ['title_has_unit', 'title_has_year', 'dated_closing', 'title_and_closing', 'report_year'] } },
  },
  compile(params) {
    const { field } = params;
    return (doc) => {
      // (a 落款's bracketed other name is not asked of the title: 第十五师二三八团 titles the report signed 第十五师二三八团（嶆泉镇）)
      const unit = doc.unit?.replace(BRACKETED_ALIAS_END, '') ?? null;
      // (a town's station titled by its own name, signed with its bureau's: 察素齐市场监督管理所 | 土默特左旗市场监督管理局察素齐… — blind set 145)
      const station = doc.unitNames.seat === 'township' ? stationShortName(unit) : null;
      // (…or the body itself, its superior places left off: 沉湖管委会 titles the report 天门市沉湖管委会 signs — blind set 176)
      const body = unit ? bodyName(unit, doc.unitNames.tokens) : null;
      // (…or an autonomous place by its everyday short name: 黔东南州 for 黔东南苗族侗族自治州, 陵水县旅游和文化广电体育局 for 陵水黎族自治县…
      // — blind sets 296 and 301 — or with 自治 kept: 湘西自治州, red team 112's r5_02)
      const own = doc.unitNames.own;
      const names = [unit, own, station, body, unit ? everydayName(unit, doc.unitNames.tokens) : null, own ? everydayName(own, [own]) : null, own ? everydayName(own, [own], '自治') : null];
      const titleUnit = unit && doc.title.length > 0 && names.some((n) => n !== null && doc.title.includes(n)) ? 1 : 0;
      const titleYear = doc.yearSource === 'title' ? 1 : 0;
      const dated = doc.closing?.date ? 1 : 0;
      let value = 0;
      let evidence: Evidence[] = [];
      switch (field) {
        case 'title_has_unit': value = titleUnit; evidence = titleUnit ? titleEvidence(doc) : []; break;
        case 'title_has_year': value = titleYear; evidence = titleYear ? titleEvidence(doc) : []; break;
        case 'dated_closing': value = dated; evidence = closingEvidence(doc); break;
        case 'title_and_closing': value = titleUnit + titleYear + dated; evidence = [...(titleUnit || titleYear ? titleEvidence(doc) : []), ...closingEvidence(doc)]; break;
        case 'report_year': value = doc.year ?? 0; evidence = doc.yearSource === 'title' ? titleEvidence(doc).map((e) => ({ ...e, reads: { field: 'report_year' as const, value } })) : []; break;
      }
      return { value, evidence, refused: [], withPlans: value };
    };
  },
});

/**
 * A body's own name and kind, its proper name first (沉湖|管委会, 红星|农场): never a generic kind alone (国有林场, 经济技术开发区管理委员会);
 * 国有/国营 before a proper name is kept (国有马头山林场), the name may be long (白马湖生态创意城管委会) or a 管理处's — red team 88.
 */
const OWN_BODY = /^(?:国有|国营)?(?!国有|国营|市政|经济|高新|工业|开发|产业|城市|现代)[\u4e00-\u9fa5]{2,8}(?<![区园])(?:管委会|管理委员会|管理处|林场|农场|牧场|垦殖场)$/;
/**
 * A unit's name without the superior places it opens with (天门市|沉湖管委会 → 沉湖管委会), when they are all its name's place tokens
 * and what is left is a body of its own under a proper name (沉湖管委会, a farm); null otherwise — a government (人民政府) or a department's bare
 * field (司法局) names no unit without its place.
 */
/**
 * `name` with each autonomous place among `tokens` (…族自治州/县/旗) by its short form, `infix` and level (黔东南州, 陵水县; with 自治: 湘西自治州);
 * null when it holds none.
 */
function everydayName(name: string, tokens: readonly string[], infix = ''): string | null {
  let out = name;
  for (const t of tokens) {
    const level = /自治([州县旗])$/.exec(t)?.[1];
    const short = level ? shortForm(t) : null;
    if (short && out.includes(t)) out = out.replace(t, short + infix + level);
  }
  return out === name ? null : out;
}

function bodyName(unit: string, tokens: readonly string[]): string | null {
  const places = tokens.join('');
  if (!places || !unit.startsWith(places)) return null;
  const rest = unit.slice(places.length);
  // (a proper name before the body's kind, never a generic one: 国有林场, 经济技术开发区管理委员会, 市政设施管理处 title no unit — red team 87)
  return OWN_BODY.test(rest) ? rest : null;
}
