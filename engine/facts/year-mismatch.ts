/**
 * `year_mismatch`: the preamble, a top-level heading or the opening paragraph of a body without headings
 * (a bare 2022年， there only when the unit speaks after it) frames another year as the reporting period
 * (title 2024, body 2022年以来 / 现将2022年…报告如下). Ranges (2021—2025年) and 《plan titles》 are not this,
 * and nor is a year named inside the body of completed work (自2022年以来累计…).
 *
 * `suspected` (a 疑似 flag, no points): with `bodyPatterns`, a sentence of the body's work that opens
 * with an earlier year's work (2022年，我局联合…查处…) in a paragraph that never names the report year —
 * the shape of a paragraph carried over from last year's report. It may as well be background the
 * unit chose to give, so a person decides.
 *
 * Counted (value, evidence) when that sentence is a year's tally — two or more counted results
 * (2021年，我镇共举办…宣讲活动28场，发放宣传资料5000余份…) — in a paragraph that never sets it against this
 * year (今年, 本年度), telling no founding or standing team (成立, 启动, 聘请 …), in a report that does not look
 * back over several years (五年来, 近三年, an earlier year's 以来): last year's results presented as this year's. Four blind assessors
 * (sets 13, 21, 23, 25) deducted every one of these; a founding told as background (2021年，我镇成立综合行政
 * 执法队，…) stays a suspicion.
 */
import { evidenceOf, inBodyOf, isPreamble, isTopLevelHeading, opensUnheadedBody, paragraphText } from '../scope.js';
import type { DocumentModel, Evidence, SectionKind, Sentence } from '../types.js';
import { compilePatterns } from './compile-context.js';
import { carriedSummary } from './carried-summary.js';
import { unitSpeaksAfter } from './unit-speaks.js';
import { MEASURE_UNITS } from '../lexicon/quantity-units.js';
import { departmentByLevel } from '../lexicon/units.js';
import { defineFact } from './types.js';
import { hanYear, parseYear } from '../document/numerals.js';

/** A range's dash in every form an office types (—, –, -, ~, ～, 〜 U+301C, － U+FF0D, ― U+2015, ‐, −), or 至/到. */
const RANGE_DASH = /[—–\-~～〜－―‐−至到]/;
const RANGE_DASH_FIRST = new RegExp(`^${RANGE_DASH.source}`);
/** After a year, in its sentence: it is an award's, an assessment's, a pilot's or a streak's year, not the reporting period. */
const BACKGROUND = /^[^。；]{0,40}?(?:连续|先进|表彰|获评|评为|荣获|考核|督察|反馈问题|整改|试点|排名|位列)/;
/**
 * The year opening on the unit's own founding, as its first clause: approved by the State Council or the province and set up,
 * or a county/township abolished and another set up, merged or turned (2019年，经国务院批准，撤销长垣县，设立县级长垣市 — blind set
 * 121; 经国务院批复同意…设立临平区; 撤乡设镇; 两乡合并组建). Only so: 区划调整后的新形势, 经县委批准调整领导小组, 撤并社区 and
 * 村更名为社区 later in a carried-over preamble excuse nothing (red team 76's r5_04–r5_07).
 */
const FOUNDED = /^\d{4}年(?:\d{1,2}月)?[，,]?(?:经(?:国务院|民政部|[^，。；]{0,6}(?:省|自治区|市|州|盟|县|区|旗)(?:人民)?政府)[^，。；]{0,6}?批(?:准|复)(?:同意)?[，,]?(?:撤销|设立|成立|组建|合并|撤[县乡镇区市])|撤销[^，。；]{1,14}?[，,、]?(?:设立|合并|并入|组建)|撤[县乡镇区市](?:设|建|并)|[^，。；]{2,14}?合并组建)/;
/**
 * After a year, its first clause: an honour the unit received (被命名为, 被授予, 被认定为) or a one-off change it went
 * through (完成…改革后, 成立后), after which the sentence tells what followed (2022年我县被命名为…示范县后，县委坚持…:
 * blind set 64) — background, unless the sentence goes on to a year's tally (全年, 共办理, 累计: red team 36).
 * Not a finding (认定为工伤), a naming the unit does (道路命名), or a habit (接到投诉后, 每次排查后).
 */
const HONOUR_OR_START = /^\d{4}年度?[，,]?[^，。；]{0,30}?(?:被(?:命名|授予|认定|评为|确定)为?|(?:完成|成立|组建|挂牌|揭牌|调整)[^，。；]{0,20}?(?:之后|以后|后)[，,])/;
const TALLY_AFTER = /全年|共(?:办理|受理|查处|调处|化解|开展|组织|举办|办结|排查|处理|收到|审核)|累计/;
const honourOrStart = (fromYear: string) => HONOUR_OR_START.test(fromYear) && !/^\d{4}年度?[，,]?[^，。；]*(?:每|接到|收到)/.test(fromYear) && !TALLY_AFTER.test(fromYear);

/** The sentence names `year` itself — outside 《titles》 and ranges (《纲要（2015－2020年）》 names no year of a 2020 report). */
function namesYear(text: string, year: number): boolean {
  const plain = text.replace(/《[^》]*》/g, '').replace(new RegExp(`\\d{4}\\s*${RANGE_DASH.source}\\s*\\d{4}`, 'g'), '');
  return plain.includes(`${year}年`);
}

export interface YearMismatchParams {
  /** reporting-period phrases; the first capture group is the year */
  periodPatterns: string[];
  /** a body sentence opening with a year's work (the first capture group is the year): suspected when the year is earlier than the report's */
  bodyPatterns?: string[];
  /** where bodyPatterns look (default: achievements, first_duty) */
  bodyScope?: SectionKind[];
}

export const yearMismatchFact = defineFact<YearMismatchParams>({
  name: 'year_mismatch',
  description: 'number of preamble sentences or top-level headings that frame a year other than the title year as the reporting period',
  paramsSchema: {
    type: 'object', required: ['periodPatterns'], additionalProperties: false,
    properties: { periodPatterns: { $ref: '#/definitions/patterns' }, bodyPatterns: { $ref: '#/definitions/patterns' }, bodyScope: { $ref: '#/definitions/kinds' } },
  },
  compile(params, ctx, path) {
    const re = new RegExp(compilePatterns(params.periodPatterns, ctx, `${path}/periodPatterns`).source, 'g');
    const body = params.bodyPatterns?.length ? compilePatterns(params.bodyPatterns, ctx, `${path}/bodyPatterns`) : null;
    const bodyKinds = new Set<SectionKind>(params.bodyScope ?? ['achievements', 'first_duty']);
    return (doc) => {
      const evidence: Evidence[] = [];
      const recaps: Evidence[] = [];
      // (a year read from the 落款 because the preamble's own framed year lies two or more before it — 2018年，茶山街道…现将有关情况报告如下
      // over a 落款 of 2020年3月 — is checked on that preamble alone: its 现将/报告如下 frames the earlier year as the period, the
      // preamble carried from an earlier report; blind set 225's assessor deducted it)
      if (doc.year !== null && doc.yearSource === 'closing') {
        const carried = carriedPreamble(doc, doc.year);
        return { value: carried.length, evidence: carried, refused: [], withPlans: carried.length };
      }
      if (doc.year === null || (doc.yearSource !== 'title' && doc.yearSource !== 'stated')) return { value: 0, evidence, refused: [], withPlans: 0 };
      // a title naming no year, a body stating it (现将2024年工作情况报告如下): its periods are that year by its own word, but last year's
      // tally among its results is still last year's (2023年，全乡共排查矛盾纠纷42起… in 方祥乡's report — blind set 199)
      // (…only where the preamble's own 现将…X年… or opening X年，… says that very year — 2025年是…收官之年。现将我镇2024年… had been read
      // as 2025, its own 2024 figures as last year's: red team 94's r5_05 — and only a plain handling tally no later sentence answers, sets
      // against or grows from: baselines answered with 针对/为此, a dispute's story, an inspection's findings, a programme's first year are
      // background (r5_01–r5_04, r5_09); the rest stays a suspicion)
      if (doc.yearSource === 'stated') {
        if (!preambleStates(doc, doc.year)) return { value: 0, evidence, refused: [], withPlans: 0 };
        const earlier = body ? earlierYearWork(doc, body, bodyKinds) : [];
        const plain = (e: Evidence) => !('suspicion' in e) && plainTally(doc, e);
        const summed = carriedSummary(doc);
        const tallies = [...summed, ...earlier.filter((e) => plain(e) && !sameSentence(e, summed))];
        const suspected = earlier.filter((e) => !plain(e) && !sameSentence(e, summed)).map((e) => ('suspicion' in e ? e : { ...e, suspicion: 'body_year' as const }));
        return { value: tallies.length, evidence: tallies, refused: [], withPlans: tallies.length, ...(suspected.length ? { suspected } : {}) };
      }
      const chrome = new Set(doc.chrome);
      for (const s of doc.sentences) {
        if (chrome.has(s.paragraph)) continue; // a web page's 发布时间, a site clock
        const preamble = isPreamble(doc, s);
        const framing = preamble || isTopLevelHeading(doc, s);
        const headless = !framing && opensUnheadedBody(doc, s);
        // (the first paragraph of the first work section is not read so: 2023年，建工街道党工委、办事处坚持…取得了一定成效 in a 2024 report —
        // blind set 204 — was deducted for a while in session 47, and red team 95 found six background years in that very place: a flood, an
        // honour, a task handed down, a recap setting up this year's work; r2_01–r2_05, r2_09. Left a miss)
        if (!framing && !headless) continue;
        for (const m of s.text.matchAll(re)) {
          // (a year in Chinese numerals counts as well: 一、二〇二三年主要工作开展情况 in a 2024 report — red team 98's r7_03)
          const y = parseYear(m.slice(1).find((g) => g !== undefined) ?? '') ?? NaN;
          const before = s.text[m.index! - 1] ?? '';
          if (!Number.isFinite(y) || RANGE_DASH.test(before)) continue;
          // in a headless body's opening paragraph, a bare 2022年， frames the period only when the unit speaks
          // after it (2021年，我乡…); 2022年，县委、县政府出台… is background told at the start of the work (red team 10)
          // (…the unit speaking by its own name or its organs as much: 2022年，彭场镇在仙桃市委…领导下… in 彭场镇's headless 2023 report — blind set 237)
          // (…those only where the sentence tells no honour, ranking or plan made then, nor this year: 2022年，在县委…领导下，我乡被…命名为…, 2022年，镇党委、
          // 政府制定了《…三年行动方案》，今年是… — red team 102's r4_01–r4_03)
          const afterLead = s.text.slice(m.index! + m[0].length);
          if (headless && /^\d{4}年度?[，,]$/.test(m[0]) && (!unitSpeaksAfter(doc, afterLead)
            || (!/^(?:我|本|全)/.test(afterLead) && (HONOUR_TOLD.test(s.text) || THIS_YEAR_TOLD(s.text, doc.year))))) continue;
          if (RANGE_DASH_FIRST.test(s.text.slice(m.index! + 4))) continue;
          // the year as background, not the period: a comparison (较2023年全年下降), an award or an assessment
          // of that year (获评2022年度…先进单位, 在2023年法治建设绩效考核中位列…), a pilot begun then, a streak
          // (自2019年以来连续六年…), or a sentence that names the report year too (2024年，…2023年上半年启动的…)
          const after = s.text.slice(m.index!, m.index! + 40);
          const lead = s.text.slice(Math.max(0, m.index! - 8), m.index!);
          if (/(?:较|比|同比|相比|对比)$/.test(lead) || BACKGROUND.test(after) || FOUNDED.test(after) || namesYear(s.text, doc.year)) continue;
          // a cited earlier report (2023年度法治政府建设情况报告已公开) is not the reporting period
          const cited = /^[^，。；]{0,30}报告/.test(after)
            && (/报告[^，。；]{0,6}(?:公开|报送|上报|发布|印发)/.test(after) || /(?:公开|报送|上报|发布|印发|审议|通过)[^，。；]{0,6}$/.test(lead));
          if (cited) continue;
          // (a year of a period reported together, 2021 in a 2021—2022年度 report, is the report's own)
          if (y !== doc.year && y !== doc.year + 1 && !(doc.yearFrom !== undefined && y >= doc.yearFrom && y < doc.year)) {
            // the preamble opening with the year before, the report year's own framing later in the paragraph
            // (2019年，…取得了一定成绩。2020年是…收官之年…一年来，我镇…): a recap of last year more likely than its report
            // carried over — for the assessor to decide (blind set 84, 05; its assessor read it as a recap)
            const recap = y === doc.year - 1 && preamble && m.index === s.text.length - s.text.trimStart().length && !/现将|报告如下/.test(s.text) && laterInParagraphSpeaksOf(doc, s, doc.year);
            if (recap) recaps.push({ ...evidenceOf(doc, s, m[0]), suspicion: 'recap_year' });
            else evidence.push(evidenceOf(doc, s, m[0]));
            break;
          }
        }
      }
      const earlier = body ? earlierYearWork(doc, body, bodyKinds) : [];
      // (last year's summing-up opening the work, where no preamble framed a year: carried-summary.ts)
      const summed = evidence.length ? [] : carriedSummary(doc);
      const tallies = [...summed, ...earlier.filter((e) => !('suspicion' in e) && !sameSentence(e, summed))];
      const suspected = [...(evidence.length ? [] : recaps), ...earlier.filter((e) => 'suspicion' in e && !sameSentence(e, summed))];
      if (!evidence.length) evidence.push(...tallies);
      return { value: evidence.length, evidence, refused: [], withPlans: evidence.length, ...(suspected.length ? { suspected } : {}) };
    };
  },
});

/** Whether `e` quotes the sentence one of `others` quotes. */
const sameSentence = (e: Evidence, others: readonly Evidence[]): boolean => others.some((o) => o.line === e.line && o.start === e.start);

/**
 * A later sentence of `s`'s paragraph opens with `year` itself as this year's frame (2020年是…收官之年, 2020年，我镇
 * 坚持…). Not 一年来 or 现将一年来的工作情况报告如下: after 2020年，…取得了一定成效 in a 2021 report those are the earlier
 * year's own period (blind set 40); nor a plan last year's report made for it (2020年，我镇将…) or a date in it
 * (2020年1月，…考核…优秀): red team 48.
 */
function laterInParagraphSpeaksOf(doc: DocumentModel, s: Sentence, year: number): boolean {
  const frame = new RegExp(`^(?:${yearForms(year).join('|')})(?:是|[，,]|度，)`);
  for (let i = s.id + 1; i < doc.sentences.length && doc.sentences[i].paragraph === s.paragraph; i++) {
    const t = doc.sentences[i].text.trimStart();
    const opens = frame.exec(t);
    // (…nor one that goes on to report another year: 2020年，我镇继续…，现将2019年度…报告如下 — red team 48)
    const reports = /现将[^。；]{0,8}?(\d{4})年/.exec(t);
    if (opens === null || (reports !== null && Number(reports[1]) !== year)) continue;
    const clause = t.slice(opens[0].length).replace(/《[^》]*》/g, '').split(/[，,。；]/)[0];
    if (!/将|拟|计划|力争|争取/.test(clause)) return true;
  }
  return false;
}

/** The preamble (or the first heading) naming `year` as the report's: 现将…2024年…, an opening 2024年，…, 一、2024年…. */
function preambleStates(doc: DocumentModel, year: number): boolean {
  const forms = yearForms(year).map((f) => f.replace(/年$/, ''));
  const said = new RegExp(`现[将就把][^。]{0,30}?(?:${forms.join('|')})年|^(?:${forms.join('|')})年度?[，,]`);
  return doc.sentences.some((x) => (isPreamble(doc, x) || isTopLevelHeading(doc, x)) && said.test(x.text.trimStart()));
}

/** A handling tally (共/累计 + a verb of handling + a count) that nothing later in its paragraph answers, sets against or tells as a first. */
// (…and permits, items and households handled: 全年共办理林木采伐许可证1260份 — blind set 287)
const HANDLED = /(?:共|累计)[^，。；\d]{0,4}?(?:办理|受理|查处|调处|调解|办结|化解|立案|审结|接待|排查|处理|审批|核发)[^，。；]{0,16}?\d+(?:件|起|宗|批次|人次|家次|次|份|项|户|家)/;
/** A later sentence telling where the figure went (增至14件, 降至31件). */
const GROWN = /增至|降至|提升至|下降至/;
const NOT_A_YEAR_TALLY = /当年|率先|首次|首批|启动|试点|发现|指出|巡察|督察|涉及/;
function plainTally(doc: DocumentModel, e: Evidence): boolean {
  const s = doc.sentences.find((x) => x.line === e.line && x.start === e.start);
  if (!s || !HANDLED.test(s.text) || NOT_A_YEAR_TALLY.test(s.text)) return false;
  return !answeredLater(doc, s) && !laterInParagraph(doc, s).some((x) => GROWN.test(x.text));
}

/** The unit's own name as a report may write it for 本镇/本县/本局, read as that word (the county it is written after, for a town). */
interface OwnName { names: string[]; bare: string; county: string | null }

/**
 * The unit's own name, where its report may say it for 本镇, 本县 or 本局: a township's (2023年，潦河镇司法所共办理… in 潦河镇's report —
 * red team 96's r3_04), a county's (2023年，霍邱县共受理行政复议申请47件 in 霍邱县's 2024 report) or a department's, in full or after its
 * level alone (2023年，霍邱县司法局共…, 2023年，县司法局共… in 霍邱县司法局's — red team 100's left list). Null for other units, and for a
 * one-character place (侯镇) whose name is too short to tell from a word.
 */
function ownName(doc: DocumentModel): OwnName | null {
  const own = doc.unitNames.own;
  if (own === null) return null;
  const level = doc.unitNames.level;
  if (level === 'township') {
    const suffix = /(?:街道|镇|乡|苏木)$/.exec(own)?.[0];
    const county = doc.unitNames.tokens.filter((t) => /(?:县|区|市|旗)$/.test(t) && t !== own).pop() ?? null;
    return suffix && own.length - suffix.length >= 2 ? { names: [own], bare: `本${suffix}`, county } : null;
  }
  // (a county-level city reads its name as a 市 but reports as a county does: 2023年，邳州市共受理… — red team 104's r3_02)
  if (level === 'county' || (level === 'city' && doc.division?.level === 'county')) {
    const suffix = /[县区市旗]$/.exec(own)?.[0];
    return suffix && own.length >= 3 && doc.unit !== null && doc.unit.startsWith(own) && !doc.unitNames.seat ? { names: [own], bare: `本${suffix}`, county: null } : null;
  }
  if (level === 'department' && !doc.unitNames.seat && doc.unit !== null && doc.unit.startsWith(own) && own.length >= 3) {
    const office = /(?:局|委|办)$/.exec(doc.unit)?.[0];
    const body = doc.unit.slice(own.length);
    // (its level alone before the body, 县司法局: the county's own department, as the report's own superiors' are 市司法局)
    // (…and by the short forms reports write: 县市场监管局 for 县市场监督管理局, 县人社局 — red team 104's r3_03)
    return office && body.length >= 2 ? { names: [doc.unit, ...departmentByLevel(own.slice(-1), body)], bare: `本${office}`, county: null } : null;
  }
  return null;
}
/**
 * After the unit's own name, what makes it the unit acting (its organ, or a verb of its own work: 潦河镇司法所共办理, 白沙乡共排查):
 * never a place's figures (诸葛镇共接待游客160万人次) or a body named after it (青塘镇人民法庭共受理…) — red team 100's r2_03, r2_04.
 */
const OWN_NAME_AS_UNIT = /^(?:党委|党工委|人民政府|政府|办事处|司法所|(?:人民)?调解委员会|调委会|综治中心|综治办|矛盾纠纷(?:多元)?(?:化解|调处)中心|综合(?:行政)?执法(?:队|大队|中队)|便民服务中心|为民服务中心)|^(?:全年)?(?:共|累计)?(?:排查|调处|调解|化解|办理|受理|开展|组织|举办|查处|审查|审核|发放|培训|召开|印发|制定|聘请|办结|代写|解答)/;

/**
 * The body pattern's match at the sentence's start, read with the township's own name as 本镇 where the text has no match as written;
 * the match returned is the text as written (its length grown by the name's), so its evidence quotes the report.
 */
function bodyMatch(body: RegExp, text: string, own: OwnName | null): RegExpExecArray | null {
  const m = body.exec(text);
  if (m || own === null) return m;
  // (the first of its names the text holds: a department's in full before its level alone)
  let at = -1;
  let written = '';
  for (const n of own.names) if ((at = text.indexOf(n)) >= 0) { written = n; break; }
  if (at < 0 || at > 40 || !OWN_NAME_AS_UNIT.test(text.slice(at + written.length))) return null;
  // (written after its county — 2023年，三台县芦溪镇共… — the county is the town's own address: red team 100's r2_06)
  let name = written;
  if (own.county !== null && text.slice(0, at).endsWith(own.county)) { at -= own.county.length; name = own.county + written; }
  const read = text.slice(0, at) + own.bare + text.slice(at + name.length);
  const r = body.exec(read);
  // (only a match the name stands inside: elsewhere the text as written decides)
  if (r === null || r.index > at || r.index + r[0].length < at + own.bare.length) return null;
  const grown = name.length - own.bare.length;
  return Object.assign([text.slice(r.index, r.index + r[0].length + grown), ...r.slice(1)], { index: r.index, input: text, groups: r.groups }) as RegExpExecArray;
}

/** Body sentences opening with an earlier year's work, in paragraphs that never name the report year (see the module comment). */
function earlierYearWork(doc: DocumentModel, body: RegExp, kinds: ReadonlySet<SectionKind>): Evidence[] {
  const year = doc.year!;
  const naming = new Set<number>(); // paragraphs that name the report year: a narrative across years (2022年…；2023年…)
  // (in either form a report writes it: 2024年 or 二〇二四年 — red team 41)
  const forms = yearForms(year);
  for (const s of doc.sentences) if (forms.some((f) => s.text.includes(f))) naming.add(s.paragraph);
  const out: Evidence[] = [];
  const ownUnit = ownName(doc);
  for (const s of doc.sentences) {
    if (s.isHeading || naming.has(s.paragraph) || !inBodyOf(doc, s, kinds)) continue;
    const framedBy = milestoneFrame(s.text);
    if (framedBy !== null && framedBy < year && framedBy > year - 10) {
      const told = paragraphText(doc, s) + (doc.sections[s.section]?.heading ?? '');
      const e = evidenceOf(doc, s, `${framedBy}年`);
      out.push(TELLS_YEARS.test(told) || acrossYears(doc, s.paragraph, framedBy) ? { ...e, suspicion: 'body_year' } : e);
      continue;
    }
    // (after a run-in label in brackets — 【普法依法治理】2018年，我局… — the year still opens the paragraph's own telling: blind set 246)
    const opening = s.text.trimStart().replace(RUN_IN_LABEL, '');
    const m = bodyMatch(body, opening, ownUnit);
    if (!m) continue;
    // background, as in the preamble (an award, an assessment, a pilot, a streak of that year), a
    // comparison with this year (今年/本年度 in the sentence), or a contract still running: not last
    // year's report carried over (red team 8)
    // (from a few characters before the match's end: the match may be shorter than that, 2022年我局)
    const after = opening.slice(Math.max(0, m.index + m[0].length - 8), m.index + m[0].length + 40);
    // (当年 is no comparison: 当年调结率 is that year's rate — red team 11)
    if (BACKGROUND.test(after) || FOUNDED.test(opening.slice(m.index)) || honourOrStart(opening.slice(m.index)) || /今年|本年度|报告期内|继续履行|仍在履行/.test(s.text)) continue;
    const y = parseYear(m.slice(1).find((g) => g !== undefined) ?? '') ?? NaN;
    // (the years of a period reported together are its own: 2021 in a 2021—2022年度 report)
    if (!Number.isFinite(y) || y >= (doc.yearFrom ?? year) || y <= year - 10) continue;
    const e = evidenceOf(doc, s, m[0]);
    // (the bare unit word framing what it followed — 2021年，街道按照…部署… — is last year's paragraph only when nothing follows it
    // in the paragraph: after it, this year's work may go on unmarked — 目前…, 全年执法队依托新增力量… — red team 74)
    const rest = doc.sentences.filter((x) => x.paragraph === s.paragraph && x.id >= s.id).map((x) => x.text).join('').trimEnd();
    const framedBare = BARE_FRAMED.test(opening.slice(m.index + m[0].length - 6, m.index + m[0].length + 4)) && /。[^。]/.test(rest);
    // (a paragraph or its heading telling years as its matter — 近三年…对比, 上年度…回顾, 投入运行以来累计 — is for the assessor to read:
    // red team 82's r6_05, r6_06, r6_11)
    // (…and a sentence saying 当年 of its own deeds — THAT_YEAR_DID)
    const toldYears = TOLD_YEARS.test(paragraphText(doc, s)) || HEADING_YEARS.test(doc.sections[s.section]?.heading ?? '') || THAT_YEAR_DID.test(s.text);
    // (a report looking back over years may tell earlier years' work anywhere — but not under a heading that names the report year:
    // 三、2025年度主要负责人履行…职责情况 over 2024年，局党组书记、局长认真履行…, last year's paragraph carried over — blind set 198)
    // (…and there last year's own plan issued — 审定印发《…2024年法治政府建设工作要点》 — says whose year it is as a tally does)
    // (the year itself, not inside a range or a plan's title: 一、2021—2025年法治政府建设主要成效, （一）“八五”普法（2021—2025年）实施情况,
    // 《…实施方案（2021—2025年）》 head a look back — red team 93's r4_01, r4_03, r4_04)
    const headedThisYear = namesYearItself(doc.sections[s.section]?.heading ?? '', forms);
    const carried = isTally(doc, s) || (headedThisYear && ownPlanOf(y).test(s.text));
    // (…a look back under such a heading excused still when a later sentence answers the figure: 2022年，我镇共受理信访事项96件…。为此，… —
    // red team 94's r4_01)
    if (carried && !framedBare && !toldYears && !speaksOfThisYear(doc, s.paragraph, s.id, y) && ((headedThisYear && !answeredLater(doc, s)) || !looksBack(doc)) && !acrossYears(doc, s.paragraph, y)) out.push(e);
    else out.push({ ...e, suspicion: 'body_year' });
  }
  return out;
}

/**
 * The paragraph tells a story across years: a year after `y` and before the report's named beside it (2022年…实施三年行动…；2023年
 * 建成9个), or a span of years (三年行动, 三年累计, 三年来): the earlier years are its matter, for the assessor to read (red team 74's
 * three-year programme).
 */
function acrossYears(doc: DocumentModel, paragraph: number, y: number): boolean {
  const text = doc.sentences.filter((x) => x.paragraph === paragraph).map((x) => x.text).join('');
  if (/[两二三四五]年(?:来|以来|间|行动|累计)/.test(text)) return true;
  // (a later earlier year carries the story on towards now; an earlier one is the carried paragraph's own baseline, 较2021年 — red team 75)
  return [...text.matchAll(/((?:19|20)\d{2})年/g)].some((m) => Number(m[1]) > y && Number(m[1]) < doc.year!);
}

/** A run-in label in brackets opening a paragraph (【普法依法治理】, 〖执法监督〗, 〔…〕, a colon after it): the paragraph's topic, not part of its first sentence. */
const RUN_IN_LABEL = /^[【〖［\[〔][^】〗］\]〕。；，]{1,20}[】〗］\]〕][：:]?\s*/;

/** The bare unit word as subject, then a verb of following orders or a manner (街道按照, 镇根据, 镇党委坚持): not a count itself. */
const BARE_FRAMED = /(?<![我本全])(?:街道|镇|乡|苏木)(?:党工委|党委|政府|人民政府|办事处)?(?:按照|根据|依照|坚持|认真|严格|积极|深入|扎实|全面|持续)/;


/** The sentence speaks of the report year itself (今年, 本年度, the year written): an earlier year there is its background. */
const THIS_YEAR_TOLD = (text: string, year: number): boolean => /今年|本年度?(?!以前)/.test(text) || yearForms(year).some((f) => text.includes(f));

/** The preamble's own words reporting its period (现将有关情况报告如下, 汇报如下). */
const REPORTS_PERIOD = /现[将就]|(?:报告|汇报)如下/;
/** An honour, a title won, a rating or ranking, or a start or plan made in a year (被确定为, 成功创建, 获评, 评定为优秀, 位列, 制定…方案): background, whatever follows. */
const HONOUR_TOLD = /确定为|列为|评为|获评|荣获|表彰|称号|先进|创建|创成|命名|授予|入选|启动|成立|挂牌|评定|考核|考评|优秀|位列|第一名|排名|出台|制定|印发/;

/**
 * With no year in the title and the year read from the 落款 (a first framed year two or more before it: unit-year.ts), the
 * preamble's opening year lead one before that year, the unit speaking of its work, right before (or in) its own 现将…报告如下
 * (2018年，茶山街道党工委、办事处…提供了法治保障。现将有关情况报告如下 over a 落款 of 2020年3月): a preamble carried from the year
 * before's report — blind set 225's assessor deducted it. Not an honour or a start (2021年，水口乡被确定为…; 2022年，我县成功创建…),
 * not with this year's own frame between (一年来, 今年以来), not a period since (2021年以来): red teams 27, 48 and 92's readings; never
 * another body as the subject, nor an honour told as 表彰/称号 (red team 101).
 */
function carriedPreamble(doc: DocumentModel, year: number): Evidence[] {
  for (const s of doc.sentences) {
    if (!isPreamble(doc, s)) continue;
    const m = /^\s*(\d{4}|[〇○零一二三四五六七八九]{4})年度?[，,]/.exec(s.text);
    if (!m) continue;
    // (the unit itself the subject: 2022年，县委、县政府印发…。现将我镇贯彻落实情况报告如下 tells the county's act — red team 101's r2_04)
    if (parseYear(m[1]) !== year - 1 || HONOUR_TOLD.test(s.text) || THIS_YEAR_TOLD(s.text, year) || !unitSpeaksAfter(doc, s.text.slice(m.index + m[0].length))) return [];
    const next = doc.sentences[s.id + 1];
    const reports = REPORTS_PERIOD.test(s.text) || (next !== undefined && next.paragraph === s.paragraph && /^\s*现[将就]/.test(next.text));
    return reports ? [evidenceOf(doc, s, m[0].trim())] : [];
  }
  return [];
}

/** The year as a report's normalized text writes it before 年: 2024年, 二〇二四年 (its other zeros folded to 〇 by normalize). */
const yearForms = (year: number): string[] => [`${year}年`, `${hanYear(year)}年`];

/** Counted results in one sentence that make it a year's tally (see the module comment). */
const TALLY_MIN = 2;
/**
 * Background, not a year's results: a founding or a start (成立, 启动, 挂牌 …), a standing team recruited then
 * (聘请…法律顾问9名、选培法律明白人126名), cases brought then and concluded since (被诉的2起…均维持) — red team 11.
 * Results of the year's work (印发宣传册, 建成广场, 出台文件) are not: they are what a tally counts.
 */
// (…and a stock or a facility, not work done: 馆藏档案达12.6万卷, 新馆建成投入使用，可容纳…, 开放床位860张 — red team 41)
// (…and a head count of the staff: 全系统共有干部职工126人，其中行政执法人员48人 — red team 42)
// (…but an area cleared is work done, not a stock: 拆除违法建筑面积1.2万平方米 — blind set 210)
const FOUNDING = /成立|设立|组建|启动|挂牌|确定为|列为|入选|试点|开通|上线|聘请|选聘|选培|招募|被诉|被申请|馆藏|可容纳|床位|现有|共有|在编|干部职工|建成投|投入使用|投用|新馆|新院区|(?<!(?:拆除|拆违|清理|整治|治理|复绿|收回|腾退|清退|修复|恢复)[^，。；\d]{0,8})面积/;
/** This year spoken of in the paragraph (before or after the earlier year's tally): the earlier year is set against it. */
const THIS_YEAR = /今年|本年|一年来|过去一年|报告期内|本报告期|截至目前/;
/** A sentence opening on now (目前…; 当前…): this year's, after an earlier year's background. Not 全年: a carried-over paragraph says
 * 全年 of its own year as often (blind sets 21, 23, 25, 26, 71). */
const NOW_LEAD = /^(?:目前|当前|现阶段)/;
/** …or a later sentence's clause so opening (…，目前各室运行正常). */
// (…or moving on from it: 随后… — red team 97's r4_03)
const NOW_CLAUSE = /(?:^|[，,；;])(?:目前|当前|现阶段|如今|此后|随后|现在)/;
/** A later sentence building on the earlier year with counts of its own (在此基础上，…全年…131件): the earlier year was the base — not
 * 在此基础上 of a new system, no count (red teams 96's r3_01, r3_03; 97's r4_05). */
// (a count in Chinese numerals too: 一百三十余件 — red team 98's r3_03)
const BUILT_ON = /(?:^|[，,；;])(?:在此基础上|在此基础之上|以此为基础)(?=[^。]*(?:\d|[一二两三四五六七八九十百千]+余?(?:件|起|次|人次|户|个|场|宗)))/;
/** The earlier year's own sentence going on to this year's whole and setting it against that year (…，全年排查纠纷168件…，较前一年明显回落). */
// (…or the two years' figures set side by side by name: …，两相比较，收案量增长35.5% after this year's own sentence — red team 109's r5_02)
const THIS_YEAR_AGAINST = /[，,；;]全年[^。]*(?:较|比)(?:上|前|去)(?:一)?年|两相(?:比较|对比)|两者相比|两年相比/;
/** This year set against the last after the earlier year's figures (…较上年增长, 与上年相比): they were its baseline (red team 45). */
// (去年, 上一年 as 上年: red teams 96's r3_02, 97's r4_02; a rise or fall by a share — 增长44% — is set against the earlier year: 97's r4_01)
// (…by a share only beside this year's own figures: 刑事案件发案数下降12% of another measure is no comparison — red team 98's r3_01)
const AGAINST_LAST_YEAR = /较(?:上|前)(?:一)?年|比(?:上|前)(?:一)?年|与(?:上|前)(?:一)?年相比|同比|上(?:一)?年同期|(?:较|比)去年|与去年相比|去年同期|(?:对比|相比|相较)之下|(?:全年|今年|本年)[^。]*(?:增长|下降|增加|减少|上升)(?:了)?\d+(?:\.\d+)?[%％]/; // (一年来 is this year spoken of as a whole: red team 41; 报告期内: red team 42)
/** …or set against the earlier year `y` by name (较2022年, 比2021年, 与2023年相比: red team 74). */
const againstNamed = (y: number): RegExp => new RegExp(`(?:较|比|与|相较于?|对比)${y}年`);
/** A paragraph opening a numbered item of its own (2.培育…, （三）…, 一是…): not the sentence before's comparison. */
const ITEM_MARK = /^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是])/;
/** A report looking back over several years (五年来, 近三年, 2019年以来 in the preamble): earlier years are its matter. */
const LOOKS_BACK = /[两二三四五六七八九十几]年(?:来|以来|间)|近[两二三四五]年/;
/** An earlier year on to now (2019年以来), or a span ending in the report year (2019—2023年): the years between are the matter. */
const SINCE_YEAR = /(\d{4})年以来|(\d{4})\s*[—–\-~～〜－―‐−至到]\s*(\d{4})年/g;

function isTally(doc: DocumentModel, s: Sentence): boolean {
  if (FOUNDING.test(s.text)) return false;
  // a measure is what the unit did only right after a verb of work done (查处林政案件17起，收回被非法占用林地43亩:
  // blind set 78, a forestry bureau's tally of last year that two counts had not made one); elsewhere it tells the
  // unit's extent (现辖行政村8个，总面积56平方公里 — red team 36), damage suffered (冲毁农田3200亩), a target or a
  // plan (到2025年完成造林5万亩) or what the unit holds (经营林地12.6万亩) — red team 45
  const measures = !NOT_DONE.test(s.text);
  let n = 0;
  for (const q of doc.quantities) {
    if (q.sentence !== s.id || q.unit.endsWith('年')) continue;
    if (MEASURE_UNITS.has(q.unit.replace(/^[万亿]/, '')) && !(measures && WORK_DONE_BEFORE.test(doc.normalized.slice(Math.max(s.nStart, q.nStart - 14), q.nStart)))) continue;
    if (++n >= TALLY_MIN) return true;
  }
  // (one count is a tally when it is plainly one: the unit's own 共/累计 + a verb of handling cases + the count — 2024年度，我局共办理
  // 农业行政处罚案件9件 in a 2025 report, blind set 178; a stock or a head count is no handling, FOUNDING above)
  // (…not one case's story — 共受理行政复议申请1件，该案已于次年3月依法审结, 共收到行政诉讼案件1件，经两级法院审理 — nor a baseline the
  // paragraph goes on to bring down: red team 87's r4_01–r4_04)
  if (n !== 1) return false;
  const one = SINGLE_TALLY.exec(s.text);
  // (…nor the year's problem a later measure answers: …86件，但部分纠纷调解后出现反复。针对这一问题… — red team 88's r3_01, r3_02)
  return one !== null && Number(one[1]) > 1 && !ONE_CASE_STORY.test(s.text) && !PROBLEM_TOLD.test(s.text)
    && !answeredLater(doc, s);
}
/** The unit issuing its own plan of year `y` (印发《…2024年法治政府建设工作要点》): that year's work, not background. */
// (the year alone in the title, never the start or end of a span: 《…2024年至2026年…实施方案》 is a three-year plan — red team 93's r4_02)
const ownPlanOf = (y: number): RegExp => new RegExp(`(?:印发|制定|出台|审定|下发)[^。；《]{0,6}《[^》]{0,30}(?<!${SPAN_MARK}\\s*)${y}年(?:度)?(?!\\s*${SPAN_MARK})[^》]{0,20}(?:要点|计划|方案|任务清单)》`);
/** What joins a span's two years: 2021—2025年, 2024年至2026年, 2021-2025. */
const SPAN_MARK = '(?:\\d{4}年?)?\\s*[—–\\-~～〜－至到]';
/** Whether a heading names the report year itself (in `forms`), not inside 《a title》 nor as one end of a span of years. */
function namesYearItself(heading: string, forms: readonly string[]): boolean {
  const bare = heading.replace(/《[^》]*》/g, '').replace(/(?:\d{4}|[〇○零一二三四五六七八九]{4})年?\s*[—–\-~～〜－至到]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年?/g, '');
  return forms.some((f) => bare.includes(f));
}
/** One count that is a year's handling of cases (共办理…9件, 累计受理…12起, 共排查化解…47件): see isTally. */
const SINGLE_TALLY = /(?:共|累计)(?:排查|摸排)?(?:办理|受理|查处|调处|调解|办结|化解|立案|审结|作出|接待|收到)[^，。；\d]{0,16}?(\d+)(?:件|起|宗|批次|人次|家次)/;
/** A case followed through (该案, 判决, 驳回 …): its history, not a year's tally. */
const ONE_CASE_STORY = /该案|此案|判决|维持|驳回|撤诉/;
/** The figure told as a problem in its own sentence (…，但部分纠纷…反复, 其中…最突出). */
const PROBLEM_TOLD = /[，,]但|其中[^，。；]{0,16}(?:最|突出|主要|占比)/;
/** The sentences after `s` in its paragraph. */
const laterInParagraph = (doc: DocumentModel, s: Sentence): Sentence[] => doc.sentences.filter((x) => x.paragraph === s.paragraph && x.id > s.id);
/** A later sentence of its paragraph answering `s`'s figure (ANSWERED) or telling its change since (TREND): a baseline, not a tally. */
const answeredLater = (doc: DocumentModel, s: Sentence): boolean => laterInParagraph(doc, s).some((x) => TREND.test(x.text) || ANSWERED.test(x.text.trimStart()));
/** A later sentence answering it (针对这一问题, 为此, 对此 …). */
const ANSWERED = /^(?:针对|为此|对此|鉴于|有鉴于此|以此为|为解决)/;
/** A later sentence of the paragraph telling the figure's change since. */
// (the figure's own change — 信访总量逐步下降, 案件数量明显减少 —, not another thing's: 非法营运现象明显减少 — red team 88's r3_04)
const TREND = /(?:总量|数量|件数|起数|案件|纠纷|信访|发案)[^，。；]{0,6}(?:下降|减少|上升|增加|降至|增至|回落)|同比|较上年|比上年/;
/** A verb of work done in the clause before a measure (收回林地43亩, 完成人工造林1.2万亩, 拆除违建3200平方米). */
const WORK_DONE_BEFORE = /(?:收回|查处|完成|治理|整治|清理|复绿|造林|植树|栽植|种植|补植|绿化|恢复|拆除|退还|追缴|没收|处置|修复|办理|清退|收缴|查扣|销毁|清运|清收|清淤|疏浚|硬化|铺设|建成|新建|取缔)[^，。；、]{0,10}$/;
/** A sentence whose measures are no work done: a target, a plan, damage suffered, a transfer or a holding. */
const NOT_DONE = /计划|目标|力争|拟|明确到|到\d{4}年|任务|冲毁|损毁|受灾|灾害|移交|划转|接收|经营|蓄积|现辖|下辖|辖区(?:总)?面积|总面积/;
/**
 * The paragraph speaks of this year (今年, 本年度) anywhere: a comparison, the earlier year a baseline (red team
 * 11: 2022年，我镇受理…112件。…本年度受理纠纷降至76件). 年内 and 当年 are not this year (年内化解, 当年调结率).
 */
// (…or the next paragraph opens on this year — 二〇二三年，我馆…1260余人次。 / 二〇二四年，…增至… — the earlier year its baseline:
// red team 42)
// (a comparison with last year counts only after the earlier year's sentence: 同比下降 of this year's figures before it
// says nothing of the earlier year's — blind set 23's 2020年，全局共办结…417件 after 查处…同比下降21.3%)
function speaksOfThisYear(doc: DocumentModel, paragraph: number, from: number, y: number): boolean {
  const named = againstNamed(y);
  // (同比/较上年 in the earlier year's own sentence is that year's comparison with the one before it — 2023年，全县共登记…1126件次，
  // 同比下降12.4% in a 2024 report: blind set 159; only a later sentence's sets this year against it)
  if (doc.sentences.some((x) => x.paragraph === paragraph && ((THIS_YEAR.test(x.text) && !milestoneOfAnotherYear(x.text, doc.year!)) || (x.id > from && AGAINST_LAST_YEAR.test(x.text)) || (x.id >= from && named.test(x.text))))) return true;
  // (a later sentence opening on now — 目前各室运行正常 — is this year's after last year's background: a suspicion for the
  // assessor, not a tally carried over — red team 74)
  if (laterInParagraph(doc, doc.sentences[from]).some((x) => NOW_CLAUSE.test(x.text.trimStart()) || BUILT_ON.test(x.text.trimStart()))) return true;
  // (…or the earlier year's own sentence going on to this year's whole and setting it against that year: 2023年，…212件，全年排查纠纷168件…，
  // 较前一年明显回落 — red team 98's r3_04)
  if (THIS_YEAR_AGAINST.test(doc.sentences[from]?.text ?? '')) return true;
  const next = doc.sentences.find((x) => x.paragraph > paragraph && !x.isHeading);
  if (!next || next.paragraph !== paragraph + 1) return false;
  const head = next.text.trimStart();
  // (…or the next paragraph opens on now, or, no new item of its own, sets this year against that very year by name: 全年，街道…较
  // 2022年下降33.3% — red team 74; not 2.培育…，比2020年的18名增加 after a 2021 tally, blind set 114; not 同比 or 较去年, which may be
  // the carried paragraph's own — red team 75)
  return /^(?:今年|本年度?)/.test(head) || NOW_LEAD.test(head) || (!ITEM_MARK.test(head) && named.test(next.text)) || yearForms(doc.year!).some((f) => head.startsWith(f));
}
/**
 * Years a milestone belongs to, as reports name them (今年是“十三五”收官之年 is 2020, 建党一百周年 2021): a paragraph whose 今年
 * is such a milestone of another year speaks of that year, not this one — it was carried over with the figures after it
 * (blind set 110: 今年是“十三五”收官之年。2020年，我局…全年共立案查处欠薪案件58件 in a 2021 report, its 今年 read as a
 * comparison with this year).
 */
const Q = '[“"‘\'「]?', QE = '[”"’\'」]?';
/** What may stand between a plan's name and its milestone (“十三五”规划实施的收官, 七五普法规划的收官). */
const PLAN = '(?:规划)?(?:实施)?(?:的)?';
const MILESTONES: ReadonlyArray<readonly [RegExp, number]> = [
  [new RegExp(`^(?:${Q}十三五${QE}${PLAN}(?:收官|最后一年)|${Q}七五${QE}普法${PLAN}收官|[^，,]*(?:全面建成小康社会|脱贫攻坚)(?:的)?收官|决胜全面建成小康社会、决战脱贫攻坚)$`), 2020],
  [new RegExp(`^(?:${Q}十四五${QE}${PLAN}(?:开局|起步)|${Q}八五${QE}普法${PLAN}开局|建党(?:一百|100|百)周年|中国共产党成立(?:一百|100)周年)$`), 2021],
  [/^(?:党的)?二十大(?:胜利)?召开$/, 2022],
  [/^(?:全面)?贯彻(?:落实)?党的二十大精神(?:的)?开局$/, 2023],
  [new RegExp(`^(?:${Q}十四五${QE}${PLAN}(?:收官|最后一年)|${Q}八五${QE}普法${PLAN}收官)$`), 2025],
  [new RegExp(`^(?:${Q}十五五${QE}${PLAN}(?:开局|起步))$`), 2026],
  [/^(?:新中国成立70周年|中华人民共和国成立70周年)$/, 2019],
];
/**
 * 今年 (or 本年) said to be, as the whole of what it is, a milestone of a year other than `year` (今年是“十三五”收官之年 in a
 * 2021 report). Only the whole predicate: 今年是“十四五”开局之年，…在“十三五”收官的基础上 and 谋划“十五五”开局的关键之年 name
 * another year's milestone beside this year's (red team 72 had eight false −5 when any milestone within reach counted).
 */
export function milestoneOfAnotherYear(text: string, year: number): boolean {
  const m = /(?:今年|本年度?)(?:是|为|恰逢|正值)([^，,。；;]{2,24}?)(?:之年|[，,。；;]|$)/.exec(text);
  if (!m) return false;
  const y = milestoneYear(m[1]);
  return y !== null && y !== year;
}
/** The year whose milestone `what` names as the whole of it (“十三五”收官 → 2020), or null. */
function milestoneYear(what: string): number | null {
  const bare = what.replace(/的?(?:重要|关键)?一年$/, '');
  return MILESTONES.find(([re]) => re.test(bare))?.[1] ?? null;
}
/**
 * A body paragraph opening on an earlier year as that year's own milestone, then the unit's work (2023年是全面贯彻党的二十大
 * 精神的开局之年，街道紧扣开局之年的各项要求… in a 2025 report — blind set 123): the frame a report gives its own year, carried
 * over with the paragraph. Returns the year, or null.
 */
const YEAR_IS_MILESTONE = /^((?:19|20)\d{2})年(?:是|为|恰逢|正值|作为)([^，,。；;]{2,24}?)之年[，,]\s*(?:在[^，,。；;]{2,24}?(?:领导|指导)下[，,]?)?(?:我|本|全)?(?:局|镇|乡|县|区|市|委|办|街道|单位|中心|旗|苏木|党委|党工委|政府|办事处|我们)/;
function milestoneFrame(text: string): number | null {
  const m = YEAR_IS_MILESTONE.exec(text.trimStart());
  if (!m) return null;
  const y = Number(m[1]);
  return milestoneYear(m[2]) === y ? y : null;
}
/** A paragraph (or its heading) telling several years: 回顾, 以来, 五年来, 十四五时期 — an earlier year's milestone is its matter. */
const TELLS_YEARS = /回顾|以来|[两二三四五六七八九十几]年(?:来|间)|近[两二三四五]年|时期|期间|历程|至今|目前|截至|此后|逐年|如期|当年/; // (…and one telling what became of it since: 截至目前已全部完成, 沿用至今, 此后逐年修订 — red team 76)

/** A paragraph telling a span up to now (投入运行以来累计, 建成以来, 回顾): its earlier year is where the span starts. */
// (…or a trend over years: 呈逐年下降 — red team 97's r4_04)
const TOLD_YEARS = /回顾|(?:建成|成立|运行|投用|启用|挂牌|组建|设立)以来|以来累计|逐年/;
/**
 * 当年 before a deed (我局当年组织…, 当年共办理…): the year told from later, a look back (2023年是…之年，我局当年组织… — red team 113's r5_02); not
 * 当年调结率, that year's rate in a tally carried over (red team 11).
 */
const THAT_YEAR_DID = /当年(?:就|即|便|还|又|也|先后|共|累计)?(?:组织|开展|举办|办理|完成|受理|调处|化解|查处|新建|建成|培育|召开|印发|出台|制定|实施|推进|聘请)/;
/** A heading setting years side by side or looking back (近三年…对比, 上年度…回顾, 历年…比较). */
const HEADING_YEARS = /回顾|对比|比较|近[两二三四五]年|[两二三四五]年来|上年度|上一年度|历年/;

function looksBack(doc: DocumentModel): boolean {
  const year = doc.year!;
  const back = (text: string) => LOOKS_BACK.test(text) || [...text.matchAll(SINCE_YEAR)].some((m) => m[1] !== undefined ? Number(m[1]) < year : Number(m[2]) < year && Number(m[3]) === year);
  // 《titles》 aside: a plan's span (《…纲要（2021—2025年）》) is no look back
  return back(doc.title ?? '') || doc.sentences.some((x) => isPreamble(doc, x) && back(x.text.replace(/《[^》]*》/g, '')));
}
