/**
 * The reporting unit and the reported year, from any layout a published report comes in: a title at
 * the top or after web-page chrome (breadcrumbs, 索引号/发布机构 tables printed once or twice, share
 * widgets, site clocks), titles over two or three lines (joint 党委+政府 titles, a unit line above a
 * 关于… line), no title at all (the body names the unit: `2024年，X镇坚持…`, `现将X局2024年…报告如下`,
 * self-names 我街/我局), addressee lines, document numbers and 签发人.
 *
 * The unit is the issuing body: never the addressee (`县委、县政府：`), the site owner or the 来源 line.
 * The year is the reported year: the title's, else the first heading's, else the body's (`2024年，`,
 * `2019年以来`, `现将2024年…`), else 今年 + the 落款's year; never a publication date, a clock, a
 * document-number year or a plan range (2021—2025年). A title naming two years (2025年情况及2026年
 * 工作要点) reports the first.
 */
import { DEPARTMENT_SHORT_NAMES, ORG_SUFFIX, orgNameAtHead, SELF_NAME_LEVELS, VERTICAL_HEAD, ZONE_WORDS } from '../lexicon/units.js';
import { BRACKETED_ALIAS_END, closeBracket } from './brackets.js';
import { autonomousCountiesNamed, countiesShortNamed, lookup, type DivisionLevel } from './gazetteer/index.js';
import { placeNamesIn } from './gazetteer/resolve.js';
import { hanYear, parseYear } from './numerals.js';
import { isChromeLine } from './chrome.js';
import { startsWithHeadingMarker } from './markers.js';

export interface UnitAndYear {
  /** the report title, its lines joined ('' when there is none) */
  title: string;
  /** paragraph range [start, end) of the title; start = end = 0 when there is none */
  titleStart: number;
  titleEnd: number;
  unit: string | null;
  unitSource: 'title' | 'body' | 'metadata' | null;
  year: number | null;
  /** 'stated': the preamble's first framing sentence names it as the year reported on (2022年，… / 现将2022年度…情况报告如下);
   *  'body' also covers the first heading and a year counted in the opening; 'closing' means inferred from the 落款 date */
  yearSource: 'title' | 'stated' | 'body' | 'closing' | null;
  /** the first of two consecutive years reported together in the title (2021—2022年度…: 2021; `year` is the later); absent otherwise */
  yearFrom?: number;
  /** the year the body and the 落款 agree on when it is the year after the title's (关于2024年度… over 2025年，… signed 2026年1月): absent otherwise */
  bodyYear?: number;
  /** paragraphs that are web-page chrome or an addressee / document-number line, not report text */
  chrome: number[];
  /** the 发布机构 / 发文机关 of the page's metadata table, if any (evidence only, never the unit by itself) */
  publisher: string | null;
}

const Y = '(?:19|20)\\d{2}|二[〇○零0OoΟ][〇○零0Oo一二三四五六七八九]{2}';
/** A year that names a period: not a date (2025年3月), not in a range (2021—2025年), not a document number (〔2024〕). */
// a range's dash in every form an office types (2021—2025, 2021－2025 full-width, 2021〜2025 wave dash, 2021―2025)
const PERIOD_YEAR_RE = new RegExp(`(?<![\\d〔\\[（(—–\\-~～〜－―‐−至到/.])(${Y})(?![\\d\\-—–~～〜－―‐−至到/.])\\s*(?=年(?!\\d{1,2}月|[一二三四五六七八九十]{1,2}月)|度|法治|法制|依法)`, 'g');
/** An addressee line: organisations and a colon (县委、县政府： / 市委全面依法治市委员会办公室：). */
export const ADDRESSEE_RE = /^(?!.*(?:现将|如下|报告))[^，。；,]{1,40}(?:委|政府|委员会|常委会|办公室|办|局|厅|组|部|处)[：:]$/;
const DOC_NUMBER_RE = /[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号|签发人/;
// …情况报告暨2025年工作计划, …工作总结及明年工作思路: next year's plan joined to the report's title
/** The plan words a title may end on after its report (…报告暨2025年工作要点, …情况和2023年工作计划), and what joins them. */
const PLAN_TAIL_WORDS = '计划|打算|思路|安排|要点|设想|谋划';
const PLAN_JOINERS = '暨|以及|及|和|与';
// (…法治政府建设情况和2023年工作计划: a title ending on next year's plan after 情况, with no 报告 — blind set 49)
const TITLE_RE = new RegExp(`(?:法治|法制|依法行政|依法治)[^。，；]{0,40}(?:(?:报告|总结|汇报)(?:(?:${PLAN_JOINERS})[^。，；]{0,24}(?:${PLAN_TAIL_WORDS}))?|情况(?:${PLAN_JOINERS})[^。，；]{0,24}(?:${PLAN_TAIL_WORDS}))$|(?:报告|总结)$`);
// (述法: a leader's own report of the duty, 县长2023年度述法报告, reaches the folder beside the unit's — blind set 120)
const LAW_RE = /法治|法制|依法行政|依法治|述法/;
/** A column of 述法 reports, naming a kind of leader, no one: 党政主要负责人, 乡镇（街道）, 党（工）委, 县直部门. */
const SHUFA_COLUMN = /党政主要负责人|乡镇（街道）|党（工）委|[县区市]直(?:部门|单位)|各(?:乡镇|部门|单位)/;
/** The genre's own words, 述法 aside. */
const GENRE_LAW_RE = /法治|法制|依法行政|依法治/;
/** A title whose only genre word is 述法 (a leader's own report). */
const shufaOnly = (c: string): boolean => !GENRE_LAW_RE.test(c) && /述法/.test(c);
/** …which names a place of its own, not a column's kind of leader (red teams 55, 75). */
// (a county-level city's too: 瑞安市人民政府市长…述法报告 — red team 75's r1_10, r1_11)
const namesLeader = (c: string): boolean => /^[\u4e00-\u9fa5]{2,12}?(?:街道|镇|乡|县|区|旗|苏木|市)/.test(c.replace(/^中共/, '')) && !SHUFA_COLUMN.test(c);
const ORG_END = new RegExp(`${ORG_SUFFIX}$`);
/** A subject that starts with a place's own name (two characters or more before its level): not 镇党委, 县政府. */
const NAMED_PLACE_RE = /^[\u4e00-\u9fa5]{2,12}?(?:街道|镇|乡|县|区|旗|苏木)/;
/** The level a place name ends on (its last level word). */
const PLACE_LEVEL_END = /(?:街道|镇|乡|县|区|旗|苏木)$/;
/** Characters of body text the year fallback reads at least (a report opening with three heading lines has none). */
const OPENING_MIN_CHARS = 200;
/** Level words: a 区/县/镇 after one of these is the unit's own level, never a place name. */
const LEVEL_ONLY = /^(?:中共)?(?:全|本|我|该|各)?(?:区|县|市|镇|乡|苏木|旗|省|州|街道|街)?(?:人民政府|政府|党委|党工委|工委|委员会|委|办事处|管委会)$/;
/** The year's background in an opening (是…之年，也是…的关键一年): the subject after it is read warily (readUnitAndYear). */
const BACKGROUND = '是[^。；，,]{2,60}?(?:之年|一年|周年|关键期|攻坚期|开局年|收官年|起步年)(?:[，,](?:也|更|又|还|既|同时)?是[^。；，,]{2,60}?(?:之年|一年|周年|关键期|攻坚期|开局年|收官年|起步年))*(?=[，,])';
const BODY_LEAD_RE = new RegExp(
  // a frame ends at 下 or a comma (…坚强领导和…精心指导下，: the first 领导 is not its end)
  '^(?:(?:' + Y + ')\\s*年(?:度|以来|来)?|今年(?:以来)?|这一年|一年来)' +
  // (the year's background before the subject: 2022年是…之年，也是…的重要一年，X局坚持… — real openings, sweep 3)
  '(?<background>' + BACKGROUND + ')?' +
  '[，,;；]?\\s*(?:(?:在|按照|根据)[^。；]{0,80}?(?:领导|指导|支持|监督|部署|要求)(?:下|(?=[，,:：]))[，,:：]?\\s*){0,3}');
// (…街道领导班子始终…, …新区（以下简称“新区”）始终…: the unit's leadership, or its short name defined — real openings, sweep 3)
const SUBJECT_FOLLOW_RE = new RegExp('^(?:坚持|深入|认真|始终|紧紧|紧密|紧扣|紧抓|全面|扎实|按照|积极|聚焦|立足|围绕|严格|持续|高度|全力|切实|不断|继续|着力|牢固|以|在|法治政府建设|建设法治政府|党委|党工委|工委|区委|县委|市委|旗委|委、|、|和|的法治|主动|较好|把|将|通过|进一步|大力|笃学|贯彻|落实|学习|推进|围绕|强化|锚定|对照|结合|自觉)');
const REPORT_SUBJECT_RE = new RegExp(`现[将就把]\\s*(我?[\\u4e00-\\u9fa5（）()]{1,30}?)\\s*(?:${Y}|本年度|本年|上年度|全年|有关|工作|法治|年度)`);
const SELF_RE = /我(街道|街|苏木|镇|乡|县|区|市|旗|局|委|办|中心)(?![\u4e00-\u9fa5]{0,1}[村组])/;
/** A self-name alone (我镇, 我街道, 我局), its level word captured: completeName and the 落款 check read it alike. */
const SELF_NAME_RE = /^我(街道|街|苏木|镇|乡|县|区|市|旗|局|委|办|中心)$/;

/** The opening's sentences end at 。 and ；, not at a ； right after its year (2025年；按照上级部署：X街道… — typed 2025年; it is still one sentence). */
const OPENING_SENTENCE_BREAK = /(?<=。|(?<![年度])；)/;

function clean(p: string): string {
  return p.replace(/^[-•·*|\s]+|[|\s]+$/g, '').replace(/\s+\|\s*|\s*\|\s+/g, ' ').trim();
}

/** The value of a `标题：…` / `发布机构：…` cell, if this paragraph is one. */
function labelled(p: string, label: RegExp): string | null {
  const m = new RegExp(`(?:^|[|\\s\\]】\\[【•·*-])(?:${label.source})\\s*[\\]】]?\\s*[|:：]?\\s*([^|\\[]+)`).exec(p);
  return m ? m[1].trim().replace(/\s+/g, '') || null : null;
}

/** A line that stands alone: chrome, a report title, an addressee. Never part of a wrapped sentence. */
export function isLayoutLine(p: string): boolean {
  const t = p.trim();
  if (t.length > 100 || /[。；]/.test(t)) return false;
  return isChrome(t) || titleLike(t) || ADDRESSEE_RE.test(t) || DOC_NUMBER_RE.test(t) && t.length < 80;
}

/** Web-page chrome before the body (chrome.ts's lenient test). */
const isChrome = isChromeLine;

/** A plan joined to the matter, with or without its year (…工作总结及计划, …情况和2024年工作打算) */
const JOINED_PLAN_TAIL = /(?:及|和|暨|与|并)(?:\d{4}年度?)?[^，。；]{0,10}(?:计划|打算|安排|要点|思路)/;
/** Two years joined as one period before the matter (2021—2022年度法治政府建设, 2020年至2021年依法行政): groups 1 and 2. */
const TITLE_RANGE = new RegExp(`(${Y})\\s*年?\\s*(?:—{1,2}|–|-|－|~|～|至|到)\\s*(${Y})\\s*年度?(?:推进|全面)?(?:法治政府|法治建设|依法行政|依法治)`);
/** A year in brackets at a title's end (…年度报告（2024年度）): the period the report is for. Group 1: the year. */
// (（2025年） without 度 may be the year of publishing, the body reporting 2024: not read — red team 24)
const TITLE_END_YEAR = new RegExp(`[（(]\\s*(${Y})\\s*(?:年度)?\\s*[）)]\\s*$`);

/** A top-level heading's number (一、 … 十三、). */
const TOP_HEADING_RE = /^[一二三四五六七八九十]{1,3}、/;

/** A heading on another year's matter or on plans: its year is not the report's (一、2023年度…督察反馈问题整改情况, 一、2020年以来…回顾). */
const OTHER_YEAR_HEADING = /下一步|下步|计划|打算|思路|明年|来年|督察|督查|反馈|整改|回顾|以来/;

/** A first heading that states the year of the unit's own work: the year, then its rule-of-law work or its measures. */
const HEADING_STATES_YEAR = new RegExp(`(?:${Y})\\s*年度?(?:我[乡镇县区局]|全[乡镇县区])?(?:推进|全面|深化|加强)?(?:法治|依法|主要(?:举措|做法|工作|成效)|工作(?:开展)?情况)`);

/** A title candidate line: short, no sentence punctuation, names the genre. */
function titleLike(p: string, bare = false): boolean {
  if (/[>»|:：•]|位置|首页/.test(p)) return false;
  // …法治政府建设年度报告（2024年度）: the year in brackets after the genre word (a sweep of published openings)
  const c = stripTitleDecor(p).replace(TITLE_END_YEAR, '');
  // (a 述法 title names its unit: a column line above it — 乡镇（街道）党政主要负责人述法报告 — names a kind of leader, no one: red team 55)
  // (…nor a county's column: 长兴县党政主要负责人述法报告, 德清县乡镇（街道）党（工）委书记述法报告 — red team 75)
  return c.length >= 6 && c.length <= 90 && !/[。，；！？]/.test(c) && (TITLE_RE.test(c) || bare && BARE_SITUATION_TITLE.test(c) && periodYears(c).length > 0 && !startsWithHeadingMarker(c)) && LAW_RE.test(c) && (!shufaOnly(c) || namesLeader(c))
    || /^关于.{4,60}的?(?:报告|总结)$/.test(c) || COVER_LETTER.test(c) && LAW_RE.test(c)
    || bare && GENERAL_SUMMARY_TITLE.test(c) && !startsWithHeadingMarker(c);
}
/**
 * A unit's whole-year work summary, which reaches a folder of rule-of-law reports (X镇2021年工作总结及2022年工作思路 — blind
 * set 92): a name, the year, 工作总结, a joined plan at most. Its title names the unit and the year like the genre's — a bare
 * title, taken only when no line carries the genre's words (red team 57: a site's 上一篇/【相关阅读】 link to another summary
 * had outranked the report's own title), and never a link or a half year's.
 */
const GENERAL_SUMMARY_TITLE = new RegExp(`^(?!上一篇|下一篇|相关|【|\\[)[^。，；：:、【】\\[\\]]{2,30}?(?<!上半年|下半年|半年)(?:19|20)\\d{2}年度?(?:工作)?总结(?:(?:${PLAN_JOINERS})[^。，；]{0,24}(?:${PLAN_TAIL_WORDS}))?$`);
/**
 * A title without its genre word (巇口县科学技术局2024年度法治政府建设工作情况): the matter and 情况, with a year — no
 * year, it may be a site's column (法治政府建设情况); a number before it, a heading (blind set 69: read as a site line,
 * the title's year was lost to the preamble's 2023年，我局…). Only when no line with the genre word is a title (a
 * county site's column 嶓溪县2024年度法治政府建设情况 above a town's report), and never a part on a check's findings or a
 * report's publication (2023年度法治督察反馈问题整改情况, …年度报告公开情况) — red team 38.
 */
const BARE_SITUATION_TITLE = /^(?![^。，；]*(?:督察|督查|巡察|反馈|整改|公开情况|报告))[^。，；]*(?:法治|法制|依法行政|依法治)[^。，；]{0,40}情况$/;

const PLAN_TAIL_RE = new RegExp(`^(?:${PLAN_JOINERS})[^。，；]{0,30}(?:${PLAN_TAIL_WORDS})$`);
const PLAN_JOINERS_G = new RegExp(PLAN_JOINERS, 'g');
/** A title's second line: its last words, ending on the genre word or on a joined plan. */
// (…or the genre word alone: …情况的 / 报告, a PDF's width cutting the title there — new user 45)
const TITLE_SECOND_LINE = new RegExp(`^[^。，；]{0,30}(?:报告|总结|${PLAN_TAIL_WORDS})$`);
/** Where a title's joined plan for the next year starts (the last joiner whose rest names a year and ends on a plan word), or -1. */
function planTailStart(title: string): number {
  let at = -1;
  for (const m of title.matchAll(PLAN_JOINERS_G)) {
    const tail = title.slice(m.index!);
    if (PLAN_TAIL_RE.test(tail) && periodYears(tail).length) at = m.index!;
  }
  return at;
}

/** A title line without its decorations: document number, 《》, trailing date. */
function stripTitleDecor(p: string): string {
  let c = clean(p).replace(/\s+/g, '');
  c = c.replace(/^[\u4e00-\u9fa5]{1,6}[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d+号/, '');
  // …工作报告（潭县自然资字〔2025〕79号）: the number printed after the title, in brackets
  c = c.replace(/[（(][\u4e00-\u9fa5]{1,10}[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d+号[）)]$/, '');
  // …情况报告 ( 2024年01月15日 ): the day a site published it (real openings, sweep 3)
  c = c.replace(/[（(](?:\d{4}|[〇○零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日[）)]$/, '');
  // …情况的报告（公开版）: the version a site publishes, not part of the title
  // (…（主要内容摘要）, （摘要版）, （节选）, （简本）: a site's abridgement of it — blind set 141)
  c = c.replace(/[（(](?:公开版|全文|(?:主要内容)?摘要版?|内容摘要|节选|简本|简版|精简版|终稿|定稿|修改稿|送审稿|征求意见稿|此件公开发布)[）)]$/, '');
  const quoted = /^《(.+)》$/.exec(c);
  if (quoted) c = quoted[1];
  return c;
}

/**
 * A title line opening with a body's kind (管理委员会关于…的报告, 人民政府关于…): the rest of its name stands on the line above, cut
 * there by a PDF's width (金溪县华侨管理区 / 管理委员会关于2024年度…的报告 — new user 45), and is glued on though the line names a unit.
 */
const BODY_KIND_FIRST = /^(?:管理委员会|管委会|人民政府|办事处|委员会|党委|党工委)/;
/** A line that is the name of an organisation (a title's first line: 秦安县人民政府, 中共X镇委员会). */
function orgLine(p: string): boolean {
  const c = clean(p).replace(/\s+/g, '');
  // (with the unit's other name in brackets after it: 第一师十团（玛滩镇） — red team 45)
  return c.length >= 3 && c.length <= 40 && !/[。，；：:！？、]/.test(c) && ORG_END.test(c.replace(BRACKETED_ALIAS_END, '')) && !isChrome(p);
}

/** A byline's unit: an organisation alone on its line, a dash or brackets around it (——某县某局, （某县某局）). */
function bylineOf(p: string): string | null {
  // (and a date after it on the line: 岍川县交通运输局  2025年2月20日 — red team 36)
  const c = clean(p).replace(/\s+/g, '').replace(/^[—–－-]+/, '').replace(/[（(]?\d{4}年\d{1,2}月(?:\d{1,2}日)?[）)]?$/, '').replace(/^[（(]([^（()）]+)[）)]$/, '$1');
  return orgLine(c) ? c : null;
}

/**
 * A title line that names its own unit (石桥镇2024年…报告), unlike 关于…的报告 or 2024年…报告: an
 * organisation line above it is then not part of the title — it is a site's header, or the name
 * said twice — and gluing it on would make one long wrong unit.
 */
function namesUnit(titleLine: string): boolean {
  const u = unitOfTitleText(stripTitleDecor(titleLine));
  return u !== null && !LEVEL_ONLY.test(u);
}

function bodyLike(p: string): boolean {
  return p.length > 60 || (/[。；，,]/.test(p) || /(?:如下|报告)[：:]$/.test(p)) && !isChrome(p) || TOP_HEADING_RE.test(p);
}

/** A year as Y matches it, in digits (2024) or Chinese numerals with 〇, 0 or O for zero (二〇二四, 二0二四): its value, or null. */
function yearOf(y: string): number | null {
  return /^\d{4}$/.test(y) ? Number(y) : parseYear(y.replace(/[0Oo]/g, '〇').replace(/^(\d)〇/, '$10'));
}

/** Years that name a period in `text` (in order), skipping 《titles》, ranges, dates and document numbers. */
export function periodYears(text: string): Array<{ year: number; at: number }> {
  const blocked: Array<[number, number]> = [];
  for (const m of text.matchAll(/《[^》]*》/g)) blocked.push([m.index!, m.index! + m[0].length]);
  const out: Array<{ year: number; at: number }> = [];
  for (const m of text.matchAll(PERIOD_YEAR_RE)) {
    const at = m.index!;
    if (blocked.some(([a, b]) => at >= a && at < b)) continue;
    const year = yearOf(m[1]);
    if (year !== null && year >= 1990 && year <= 2100) out.push({ year, at });
  }
  return out;
}

/** A title's leading year before a name (not before 全县/本局/我镇: a level or a self-name is no unit — red team 38). */
const LEADING_TITLE_YEAR = new RegExp(`^(?:${Y})年(?!度?[全本我该各])度?`);
/**
 * A cover letter's title (关于报送《浦东新区财政局2023年度法治政府建设情况报告》的报告, …的函): the report's own title it
 * quotes, which names the unit and the year; any other title as it is (sweep 5).
 */
const COVER_LETTER = /^关于(?:报送|上报|呈报|报请|提交|转报|报备)《([^《》]{6,80})》的(?:报告|函|请示|呈文)$/;
export function coveredTitle(title: string): string {
  const m = COVER_LETTER.exec(title.replace(/\s+/g, ''));
  return m ? m[1] : title;
}

/** The unit a title names: the text before 关于 / the year / 法治…, as an organisation name. */
/** A leader's post (县长, 党委书记, 局长, 办事处主任 …), as 述法 titles name the person reporting. */
const POST = '(?:代)?(?:(?:党组|党委|党工委)?(?:第一)?(?:书记|副书记)|县长|区长|市长|旗长|州长|镇长|乡长|办事处主任|人大(?:工委)?主任|人大主席|主任|局长|督察长|政委|院长|队长|所长|站长|主要负责人|负责人)';
/**
 * The posts closing a title's organ name (党组书记、局长; a person's name may follow: 局长张某某): the person reporting, whose unit
 * is the organ before them. Group 1: the posts.
 */
const LEADER_POSTS = new RegExp(`(?<=(?:政府|委员会|党委|党工委|工委|党组|局|委|办|办事处|中心|院|队|所|站|[镇乡县区旗]))(${POST}(?:[、，和]${POST})*)(?:[\\u4e00-\\u9fa5]{2,4})?$`);
/** A post heading the government (县长, 镇长 …): the person's unit is the place's government, whatever committee the title names first. */
const GOVERNMENT_HEAD = /(?:县|区|市|旗|州|镇|乡)长/;
/** The organ a 述法 title's posts belong to (as the assessors of blind set 120 and red team 55 read it: 岚川县委副书记、县长 → 岚川县人民政府). */
function organOfPosts(head: string): string {
  // (a second post held alongside: 局长兼县疾病预防控制中心主任 — the first organ reports)
  const h = head.replace(new RegExp(`(${POST})兼.*$`), '$1');
  const m = LEADER_POSTS.exec(h);
  if (!m) return h;
  const organ = h.slice(0, m.index);
  const place = organ.replace(/^中共/, '').replace(/(?:人民政府|政府|工作委员会|委员会|党委|党工委|工委|委)$/, '');
  if (GOVERNMENT_HEAD.test(m[1]) && /(?:县|区|市|旗|州|镇|乡)$/.test(place)) return `${place}人民政府`;
  if (/办事处主任/.test(m[1]) && /街道$/.test(place)) return `${place}办事处`;
  return organ;
}

export function unitOfTitleText(title: string): string | null {
  // 2025年度长寿路街道法治政府建设情况报告: a year before the unit is read past (real openings, sweep 3)
  const t = coveredTitle(title).replace(/\s+/g, '').replace(LEADING_TITLE_YEAR, '');
  // (依法治 starts the genre's words, not a committee's name: 中共X县委全面依法治县委员会办公室 — red team 67)
  const cut = t.search(new RegExp(`关于|${Y}|(?<!依)法治|法制|依法行政|依法治(?![县区市镇乡旗](?:委员会|委|办公室|办))|年度|上半年|述职|述廉|述法|履行推进`));
  // (a leader's post after the organ is the person, not the unit: 通山县人民政府县长, 甸沙乡乡长, 康平县司法局局长, 中共X镇委员会书记 —
  // the organ is the unit, a 县长's the government; blind set 120's 述法 reports, red team 55's)
  // (only in a leader's own report: 赣县区长洛乡 is a township, no 区长 — red team 75)
  const raw = (cut >= 0 ? t.slice(0, cut) : t).replace(/[的之]$/, '');
  let head = /述法|述职|第一责任人职责/.test(t) ? organOfPosts(raw) : raw;
  // a joint 党委+政府 title: the government's name ranks (中共X镇委 too, the committee's short name — red team 57's leftover)
  const joint = /^中共.{2,30}?(?:委员会|工作委员会|党委|党工委|工委|[省市县区旗镇乡]委(?!员会))(.{2,40})$/.exec(head);
  // (a government after the committee: the committee's own office or department is one body — 中共X县委全面依法治县委员会办公室)
  if (joint && ORG_END.test(joint[1]) && /(?:政府|办事处)$/.test(joint[1])) head = joint[1];
  // 孝丰镇党委 孝丰镇人民政府…, 柳岸县委、柳岸县人民政府…: a joint title without 中共 — the place's government, named again
  // after its committee (red team 67's c2_15 had been read 孝丰镇党委孝丰镇人民政府)
  // …or with its place shortened to the level word (孝丰镇党委、镇政府, 柳岸县委、县政府 — session 37's leftover: read as a department
  // of 孝丰镇, and 孝丰镇党委 镇政府 as a town called 党委镇)
  // (the government named in full, 人民政府, when the title shortened it with its place: the unit's formal name — red team 68's
  // c3_06, c3_09); …or with its place's own tail only (杭州市上城区委 上城区人民政府: the place as the committee gives it, c3_07)
  // (a one-character county's place too: 沛县委、县政府 — red team 72's r7_03)
  head = head.replace(/^(.{1,30}?(镇|乡|街道|苏木|县|区|市|旗))(?:党委|党工委|工委|委)[、和与及]?(?:\1|\2)((?:人民)?政府|办事处)$/, (_, place: string, level: string, organ: string) => place + (organ === '办事处' || head.includes(place + organ) ? organ : '人民政府'));
  const tail = /^(.{2,30}?(?:镇|乡|街道|苏木|县|区|市|旗))(?:党委|党工委|工委|委)[、和与及]?(.{2,12}?(?:镇|乡|街道|苏木|县|区|旗))((?:人民)?政府|办事处)$/.exec(head);
  if (tail && tail[1].endsWith(tail[2]) && tail[1] !== tail[2]) head = tail[1] + tail[3];
  // 双河乡党委、政府2023年…: the place's government (red team 28)
  head = head.replace(/(?<=[乡镇])(?:党委|党工委)[、和与及]?(?:人民)?政府$/, '人民政府').replace(/(?<=街道)(?:党工委|党委)[、和与及]?办事处$/, '办事处');
  if (head.length < 2) return null;
  const name = orgNameAtHead(head);
  return name ? trimToPlace(closeBracket(name, head)) : null;
}

const PLACE_END_RE = /(?:省|市|县|区|旗|镇|乡|街道|自治州|自治区|盟)$/;
/** What a body's other name in brackets follows: a zone or a place (汾湖高新区（黎里镇）, 苏州高新区（虎丘区）) — every zone word ends in 区. */
const BEFORE_ALIAS = /(?:[市县区旗镇乡]|街道)$/;
/** A township's organ without its place: 镇党委, 乡政府, 街道党工委, 街道办事处. */
const BARE_TOWNSHIP_ORGAN = /^(?:镇|乡|街道|苏木)(?:党委|党工委|工委|人民政府|政府|办事处)$/;
/** A county's (or a prefecture's: 州政府, 盟委 — blind set 301) organ without its place (县政府, 区委, 县人民政府): the level it speaks for. */
const BARE_COUNTY_ORGAN = /^(?:县|区|市|旗|州|盟)(?:委|党委|人民政府|政府)$/;
/**
 * The opening's own 现将…X年度…情况/工作…报告: the year reported on, outranking a background year told before it in the paragraph
 * (2005年8月…；2021年，余村入选…。近年来…。现将2024年度法治政府建设工作情况报告如下 had been read as 2021 — blind set 203). The year is
 * the first thing reported, never a rectification of an earlier year's inspection nor next year's plan after the year's work
 * (现将2023年度法治督察反馈问题整改情况一并报告如下, 现将…工作开展情况和2025年工作计划报告如下 — red team 95's r1_02, r1_03).
 */
/** A verb of working with or on another body, then a bare level word (联合县…局, 配合区…, 协助镇…): no place's name. */
const VERB_THEN_LEVEL = /^(?:联合|配合|协助|协同|携手|会同|协调|督促|指导|邀请|组织|依托|联系|对接|商请|提请|报请|请|向|与|和|同|由|在|经|对)(?:县|区|市|旗|州|镇|乡|街道)/;
const REPORTS_YEAR = new RegExp(`现[将就把](?:(?!情况|工作|和|及)[^。\\d]){0,24}?((?:${Y}))\\s*年度?(?![^。，]{0,12}(?:督察|督查|反馈|整改|巡察|计划|打算|安排|思路))[^。]{0,24}?(?:情况|工作)[^。]{0,12}?(?:报告|汇报)`);
/** An opening sentence that frames a period (2024年，… / 2019年以来 / 现将2024年…). */
const FRAMES_PERIOD = new RegExp(`^(?:${Y})\\s*年|现[将就把][^。]{0,30}?(?:${Y})\\s*年|(?:${Y})\\s*年(?:度)?(?:以来|来|全年|，|,)`);
/**
 * …and one that names the report's own year as its subject (2022年，… / 2022年是… / 现将2022年度…报告), the unit named between 现将 and
 * its year too (现将螺溪镇2024年…情况报告如下 states it as plainly as 现将我镇…: new user 47).
 */
const STATES_YEAR = new RegExp(`^(?:${Y})\\s*年度?[，,]|^(?:${Y})\\s*年度?是|现[将就把](?:我[乡镇县区局]|[\\u4e00-\\u9fa5]{2,16}?(?:镇|乡|街道|办事处|苏木|县|区|市|旗|局|委|办|中心|政府))?(?:${Y})\\s*年度?[^。]{0,24}?(?:情况|工作)`);
/** A county-level government ending a line that signs two bodies (…依法治县委员会办公室长兴县人民政府 → 长兴县人民政府), or null. */
function governmentAfterOther(issuer: string): string | null {
  const cut = Math.max(...['委员会', '办公室', '党委', '党工委'].map((w) => { const i = issuer.lastIndexOf(w); return i < 0 ? -1 : i + w.length; }));
  const rest = cut > 0 ? issuer.slice(cut) : '';
  return /^[\u4e00-\u9fa5]{2,12}?(?:县|区|市|旗)人民政府$/.test(rest) ? rest : null;
}
/** A level word alone (街道, 新区, 城区 are names only with something before them in a unit's name). */
const LEVEL_WORD_RE = /^(?:省|市|县|区|旗|镇|乡|街道|自治州|自治区|盟|新区|城区|开发区)$/;

/** Drop anything before the first real place name (spam a mirror site put in front: 某某网 X街道办事处). */
function trimToPlace(name: string): string {
  // a vertically managed body's head office stays before its place (中国人民银行赣州市分行 had been cut to 赣州市分行)
  const head = VERTICAL_HEAD.exec(name);
  if (head) return head[0] + trimToPlace(name.slice(head[0].length));
  for (let k = 0; k < Math.min(name.length - 2, 12); k++) {
    for (let len = Math.min(10, name.length - k); len >= 2; len--) {
      const cand = name.slice(k, k + len);
      // what goes before may be a superior the gazetteer lacks (柳岸县石桥镇): only junk is dropped
      // a place of its own name (the gazetteer also holds places called just 街道, and 新区 answers for 新区街道)
      // a kind of zone is no place of its own though the gazetteer holds divisions so named (高新技术产业开发区)
      // (and a real place that is only the tail of a longer name after a superior: 嶨川县鄦口镇 holds 口镇, a real
      // town elsewhere — the unit is 鄦口镇, not 口镇: red team 18)
      if (PLACE_END_RE.test(cand) && !LEVEL_WORD_RE.test(cand) && !ZONE_WORDS.includes(cand) && lookup(cand).some((d) => d.name === cand)) {
        // (…nor when the gazetteer reads a shorter place ending there, its own superior or a word before it: 山西吉县 is
        // 山西's 吉县, not 宁夏's 西吉县; 甘肃宁县, 信阳新县 likewise — red team 61)
        if (shorterPlaceAt(name, k, len)) continue;
        // (…unless the characters before it begin the place's own name: 澜沧县 is 澜沧拉祜族自治县 written short, and 沧县 a
        // county of 河北 inside it — a new user's sheet named the unit 沧县木戛乡, nu34)
        const from = k - shortFormBefore(name, k, cand);
        // (…and never inside brackets: 汾湖高新区（黎里镇）, 苏州高新区（虎丘区） give the body's other name, one unit of two
        // names — 区镇合一 — not junk before a place; the unit had been read 黎里镇）, blind set 102)
        // (only after a zone or a place: 政府信息公开（黎里镇人民政府）, 【专栏】（黎里镇） are a page's junk, cut with the bracket
        // that closed around the place — red team 67)
        if (/[（(]$/.test(name.slice(0, from)) && BEFORE_ALIAS.test(name.slice(0, from - 1))) return name;
        // (…nor a county's short form alone before a place below county level: 普宁|华侨管理区 is 普宁市's, no junk — blind set 154's
        // title read 华侨管理区; 河北|肃宁县 is a province's short form before a county, cut as before)
        if (isCountyShortForm(name.slice(0, from)) && !lookup(cand).some((d) => d.name === cand && d.level !== 'township')) return name;
        return from === 0 || /(?:省|市|县|区|旗|州|盟|[\u4e00-\u9fa5]委)(?:[\u4e00-\u9fa5]{1,3})?$/.test(name.slice(0, from)) ? name : name.slice(from).replace(/^([^（(]*)[）)]$/, '$1');
      }
    }
    if (k === 0 && /^(?:中共|[省市县区])/.test(name)) return name;
  }
  return name;
}

/** Whether the gazetteer's reading of the place ending at `k + len` begins after `k` (resolve.ts's shorterReading). */
function shorterPlaceAt(name: string, k: number, len: number): boolean {
  const read = placeNamesIn(name.slice(0, k + len)).at(-1);
  return !!read && read.at > k && read.at + read.name.length === k + len;
}

/** `s` (2–4 characters) is exactly the short form of a county-level place the gazetteer holds (普宁 of 普宁市, 金溪 of 金溪县). */
function isCountyShortForm(s: string): boolean {
  return s.length >= 2 && s.length <= 4 && countiesShortNamed(s).length > 0;
}

/**
 * How many characters before a county-level place at `k` belong to it: 1 or 2 when they and the place without its level
 * word are the short form of an autonomous county or banner (澜|沧县 → 澜沧, 澜沧拉祜族自治县; 江|华县 → 江华), else 0.
 */
function shortFormBefore(name: string, k: number, cand: string): number {
  if (!/[县旗区市]$/.test(cand)) return 0;
  for (const j of [1, 2]) {
    if (k - j < 0) break;
    const short = name.slice(k - j, k + cand.length - 1);
    // only an autonomous county or banner of the same level word (澜沧 → 澜沧拉祜族自治县): 陇南|康县 is no 南康区, 山西|夏县
    // no 西夏区 (red team 61)
    if (autonomousCountiesNamed(short).some((d) => d.name.endsWith(cand.slice(-1)))) return j;
  }
  return 0;
}

/** 人社局 → 人力资源和社会保障局, in place (通城县人社局 → 通城县人力资源和社会保障局). */
export function expandDepartment(name: string): string {
  for (const [short, full] of Object.entries(DEPARTMENT_SHORT_NAMES)) {
    if (name.endsWith(short) && !name.endsWith(full)) {
      const stem = name.slice(0, -short.length);
      if (!stem || /(?:省|市|县|区|旗|州|盟)$/.test(stem)) return stem + full;
    }
  }
  return name;
}

const LEVEL_OF_CHAR: Record<string, DivisionLevel[]> = { 县: ['county'], 区: ['county'], 旗: ['county'], 市: ['city', 'county'], 镇: ['township'], 乡: ['township'], 苏木: ['township'], 街道: ['township'], 街: ['township'] };

/**
 * The place a partial name stands for (县司法局, 我县, 我街, 市人民政府): the name of that level the
 * text names most often — in the gazetteer, or at the head of a cited 《document title》 (《黄石街2020年…》).
 */
function placeFor(levelWord: string, text: string): string | null {
  const levels = LEVEL_OF_CHAR[levelWord];
  if (!levels) return null;
  const suffix = levelWord === '街' || levelWord === '街道' ? '(?:街道|街)' : levelWord;
  const counts = new Map<string, number>();
  const re = new RegExp(`([\\u4e00-\\u9fa5]{2,6}?${suffix})`, 'g');
  for (const m of text.matchAll(re)) {
    let name = m[1];
    // the longest tail of the match that is a place of the level (在潼关县 → 潼关县)
    let found: string | null = null;
    for (let k = 0; k <= name.length - 2 && !found; k++) {
      const tail = name.slice(k);
      if (lookup(tail).some((d) => levels.includes(d.level) && d.name === tail)) found = tail;
    }
    if (!found) {
      // a cited document title naming the unit first: 《黄石街2020年…》
      const before = text.slice(Math.max(0, m.index! - 1), m.index!);
      const after = text.slice(m.index! + name.length, m.index! + name.length + 4);
      if (before === '《' && new RegExp(`^(?:${Y}|法治|全面|关于)`).test(after) && !LEVEL_ONLY.test(name)) found = name;
    }
    if (!found || /^(?:全|本|我|该|各)/.test(found)) continue;
    // a one-character name (和县, 易县, 沛县) glued to a word before it is that word's tail or a conjunction:
    // 决策部署和县委关于… names no 和县 (a real county). Only after its province or city, or standing alone
    // (…省、市和县委…: a bare 市 before it is a level in a list, not the county's city — red team 24; the name doubled with
    // its organ, 忠县县委, or built as the unit's goal, 法治忠县, stays a name)
    if (found.length === 2) {
      const at = m.index! + m[1].length - found.length;
      const prev = text[at - 1] ?? '';
      const ofCity = /[省市州盟]/.test(prev) && /[\u4e00-\u9fa5]/.test(text[at - 2] ?? '') && !/[省市县区州盟旗]/.test(text[at - 2]);
      const plain = text[at + 2] === found[1] || /(?:法治|平安|美丽|幸福)$/.test(text.slice(Math.max(0, at - 2), at));
      if (/[\u4e00-\u9fa5]/.test(prev) && !ofCity && !plain) continue;
    }
    name = found;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

/** A department of a named place that the text names most often (《长治市交通运输局关于…》 for 我局). */
function departmentFor(level: string, text: string): string | null {
  const counts = new Map<string, number>();
  const re = new RegExp(`([\\u4e00-\\u9fa5]{2,8}?(?:省|市|县|区|旗))([\\u4e00-\\u9fa5]{2,12}?${level === '委' ? '(?:委员会|委)' : level})`, 'g');
  for (const m of text.matchAll(re)) {
    let place: string | null = null;
    for (let k = 0; k <= m[1].length - 2 && !place; k++) if (lookup(m[1].slice(k)).some((d) => d.name === m[1].slice(k))) place = m[1].slice(k);
    if (!place || /司法局$/.test(m[2]) && level !== '局') continue;
    const name = place + m[2];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? expandDepartment(best[0]) : null;
}

/** A name with its place: 县司法局 → 潼关县司法局 (from the text), 我局 → the department of the publisher. */
function completeName(name: string, text: string, publisher: string | null): string | null {
  const self = SELF_NAME_RE.exec(name);
  if (self) {
    const level = self[1];
    if (SELF_NAME_LEVELS[level]) {
      const place = placeFor(level, text);
      return place ? (place.endsWith('街') ? place : place) : null;
    }
    if (publisher && publisher.endsWith(level)) return expandDepartment(publisher);
    return departmentFor(level, text);
  }
  // a department or government of a level without its place: 县司法局, 县人民政府, 市司法局
  const bare = /^(县|区|市|旗)(.{1,20})$/.exec(name);
  if (bare && !lookup(name).length) {
    if (publisher && publisher.endsWith(bare[2]) && publisher.length > name.length) return expandDepartment(publisher);
    const place = placeFor(bare[1], text);
    if (place && place.endsWith(bare[1])) return expandDepartment(/^(?:人民)?政府$/.test(bare[2]) ? place : place + bare[2]);
    return expandDepartment(name);
  }
  if (publisher && !/(?:省|市|县|区|旗|镇|乡|街道)/.test(name) && publisher.endsWith(name)) return expandDepartment(publisher);
  return expandDepartment(name);
}

/** The shortest organisation name at the start of `rest` that a verb or 党委/委、 follows (鼓楼街道办事处深入…, 唐山市委、市政府以…). */
function subjectAt(rest: string): string | null {
  for (let k = 2; k <= Math.min(30, rest.length - 1); k++) {
    if (/[，。；、：,;:]/.test(rest[k - 1])) return null;
    const cand = rest.slice(0, k);
    if (!validSubject(cand)) continue;
    const after = rest.slice(k);
    if (SUBJECT_FOLLOW_RE.test(after) || LEADERSHIP_FOLLOW.test(after) && NAMED_BODY.test(cand)) return cand;
  }
  return null;
}
/**
 * The unit's leadership or its short name defined after its name (X街道领导班子始终…, X新区（以下简称“新区”）…: real openings,
 * sweep 3) — only after a place or a bureau named in full, never a bare organ (镇党委领导班子), a superior's committee (县委领导班子)
 * or a station inside the unit (…司法所（以下简称…）: red team 38).
 */
const LEADERSHIP_FOLLOW = /^(?:(?:党政|新一届)?领导班子|[（(]以下简称)/;
const NAMED_BODY = /^[\u4e00-\u9fa5]{2,}(?:街道|镇|乡|县|区|旗|苏木|局)$/;

function validSubject(s: string): boolean {
  if (s.length < 2 || s.length > 30) return false;
  if (/^(?:在|按照|根据|全|各|本|党|市委|县委|区委)/.test(s)) return false;
  // (an item's lead or an order word before the level word: 一是镇党委、政府将… names no 一是镇 — blind set 300, a title without the
  // unit, the 落款's 磐安镇人民政府 passed over)
  if (/^(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]|首先|其次|再次|最后|另外)/.test(s)) return false;
  // a level word alone (街道党工委坚持… read 街道 before its organ — blind set 92): no name
  if (/^(?:街道|苏木)$/.test(s)) return false;
  // a clause that runs into a level word is no name: 成立了以乡党委书记为组长… read 成立了以乡 as a township (blind set 54);
  // 以/由 right before the level word is that construction (以乡长为组长), where 向阳镇, 以那镇, 由旺镇 are places (red team 31)
  // (and a verb of setting up opening it: 坚持以镇党委…, 及时调整X县委… — no place is named so)
  if (/了|[以由](?:乡|镇|街道|街|县|区|旗|苏木)(?:党委|党工委|人民政府|政府)?$|^(?:及时)?(?:成立|建立|组建|设立|调整|召开|制定|印发|完善|健全|坚持)/.test(s)) return false;
  // (nor a verb or preposition taking the superior's organs as its object: 得益于县委、县政府的坚强领导, 依托区委…, 围绕县委…
  // — real openings, sweep 2: the report's subject comes later, 我乡)
  if (/^(?:深入|认真|坚决|紧紧|全面|切实|积极|始终|持续|进一步|严格|全力|坚定|牢牢)?(?:得益于|受益于|依托|依靠|感谢|随着|通过|对照|对标|结合|学习|贯彻|落实|服从|服务|围绕|紧扣|紧跟|紧盯|聚焦|立足|遵照|遵循|依照|坚持)/.test(s)) return false;
  // (…nor a clause telling an act, its time first: 年初根据人事变动及时调整县委 — blind set 111: a title without the unit, the body's
  // third paragraph read as one, the 落款's 通山县人民政府 passed over)
  if (/根据|按照|依据|及时|调整|变动|进行|开展|召开/.test(s)) return false;
  // (…nor a clause joining work with another body: 同时加强与南湖街道…的联动 — blind set 148: a title without the unit, a
  // 自然资源所's 落款 passed over for the partner street named in its second section)
  if (/^(?:同时|此外|另外|并且?|还|也|加强|强化|深化|推进|密切|做好)/.test(s) || /(?:加强|强化|深化|推进|密切)[^，。；]{0,4}[与和同]/.test(s)) return false;
  if (/^我/.test(s)) return SELF_RE.test(s);
  // (a place, then a copula and its county: 涉城镇是涉县县委、县政府所在地 read 涉城镇是涉县 as a county — blind set 262)
  // (a town's name only, and the plain copulas: 乃东区, 即墨区, 县乃渠镇 are names — red team 107)
  if (/(?:街道|镇|乡|苏木)(?:是|系|作为|位于|地处)/.test(s)) return false;
  // a 街道 by the short name Guangdong's use (鹤龙街, 京溪街坚持…)
  return ORG_END.test(s) || /^[\u4e00-\u9fa5]{2,4}街$/.test(s) || DEPARTMENT_SHORT_NAMES[s] !== undefined || Object.keys(DEPARTMENT_SHORT_NAMES).some((k) => s.endsWith(k));
}

/**
 * Unit and year of a report from its paragraphs (normalized). `closingYear`/`closingMonth` are the
 * 落款's date, `closingIssuer` its signing body, when there is one.
 */
export function readUnitAndYear(paras: string[], closing: { issuer: string | null; date: { year: number; month: number } | null } | null, publisherHint: string | null = null): UnitAndYear {
  const chrome: number[] = [];
  // the layout step may already have lifted the 发布机构 line out of the text (a hint): it still names the publisher
  let publisher: string | null = publisherHint;
  let metaTitle: string | null = null;
  const limit = Math.min(paras.length, 60);
  // 1. the zone before the body: chrome, addressee and document-number lines, title candidates
  let bodyStart = limit;
  const titles: Array<[number, number]> = [];
  const bareTitles: Array<[number, number]> = []; // titles without the genre word: read only when no other is found
  for (let i = 0; i < limit; i++) {
    const p = paras[i];
    const pub = labelled(p, /发布机构|发文机构|发文机关|发布单位/);
    if (pub && !publisher && /[\u4e00-\u9fa5]{2}/.test(pub)) publisher = pub.replace(/[-–]+$/, '');
    const t = labelled(p, /标\s*题|题|名\s*称/);
    if (t && !metaTitle && titleLike(t)) metaTitle = stripTitleDecor(t);
    // (a title broken after 情况, its joined plan on the next line, is read whole below: 石桥镇2022年度法治政府建设情况 / 和2023年工作计划)
    // (…and never two titles in a row: a county site's column 嵘川县2024年度法治政府建设情况 over a town's own title)
    // (each test asked once: a whole title, a bare one, a title broken over this line and the next)
    const whole = titleLike(p);
    const bareLike = !whole && titleLike(p, true);
    const broken = !whole && i + 1 < paras.length && !isChrome(p) && !bodyLike(p) && (GENRE_LAW_RE.test(p) || (/述法/.test(p) && namesLeader(p)) || /关于|(?:年|年度)$/.test(p)) && TITLE_SECOND_LINE.test(clean(paras[i + 1])) && titleLike(clean(p) + clean(paras[i + 1]))
      && !(bareLike && titleLike(clean(paras[i + 1])));
    const bare = bareLike && !broken;
    if (whole || bare) {
      let start = i, end = i + 1;
      // a unit line above (秦安县人民政府 / 关于…的报告), up to two (a joint 党委 + 政府 title)
      while (start > 0 && i - start < 2 && (!namesUnit(p) || BODY_KIND_FIRST.test(clean(p))) && orgLine(paras[start - 1])) start--;
      for (let k = start; k < i; k++) if (chrome.includes(k)) chrome.splice(chrome.indexOf(k), 1);
      (bare ? bareTitles : titles).push([start, end]);
      continue;
    }
    // a title broken before its last words (…法治政府建设 / 年度报告; 关于2025年…及2026年 / 推进…的报告)
    // (…人民政府关于2024年度 / 法治政府建设情况的报告: the break may come before 法治 itself)
    if (broken) {
      let start = i;
      while (start > 0 && i - start < 2 && (!namesUnit(p) || BODY_KIND_FIRST.test(clean(p))) && orgLine(paras[start - 1])) start--;
      for (let k = start; k < i; k++) if (chrome.includes(k)) chrome.splice(chrome.indexOf(k), 1);
      titles.push([start, i + 2]);
      i++;
      continue;
    }
    if (isChrome(p) || pub || t) { chrome.push(i); continue; }
    if (ADDRESSEE_RE.test(p.trim()) || DOC_NUMBER_RE.test(p) && p.length < 80) { chrome.push(i); continue; }
    if (bodyLike(p)) {
      // a slogan or notice above the title is not the body: a title may still follow before the first heading
      const next = paras.slice(i + 1, Math.min(limit, i + 5)).findIndex((q) => titleLike(q));
      if (!titles.length && next >= 0 && !/^(?:[一二三四五六七八九十]{1,3}、|(?:19|20)\d{2}年)/.test(p)) { chrome.push(i); continue; }
      bodyStart = i;
      break;
    }
    chrome.push(i); // a short line before the body: site name, column name, a widget
  }
  // lines right after the title that are chrome too (发布日期, 来源, 字号, the title printed again)
  const candidates = titles.length ? titles : bareTitles;
  // a bare title not taken is a site's column line: furniture, as before it was read as a title
  if (titles.length) for (const [s] of bareTitles) if (!chrome.includes(s)) chrome.push(s);
  const titleAt = candidates.find(([s, e]) => unitOfTitleText(joinLines(paras, s, e)) !== null) ?? candidates[0];
  let title = titleAt ? joinLines(paras, titleAt[0], titleAt[1]) : metaTitle ?? '';
  const titleStart = titleAt ? titleAt[0] : 0;
  const titleEnd = titleAt ? titleAt[1] : 0;
  // a byline under a title that names no unit (2024年法治政府建设情况报告 / 新晃县某局 / （2025年2月20日）): the issuer,
  // printed where other reports sign at the end (real openings, sweep 2)
  let byline: string | null = null;
  for (let i = titleEnd; i < Math.min(paras.length, titleEnd + 12); i++) {
    const p = paras[i];
    if (bodyLike(p) && !isChrome(p)) break;
    if (!byline && titleAt && i < titleEnd + 3 && !titleLike(p)) byline = bylineOf(p);
    if (!chrome.includes(i) && (isChrome(p) || ADDRESSEE_RE.test(p.trim()) || DOC_NUMBER_RE.test(p) || titleLike(p) || orgLine(p) || p.length < 20 && !/[，。；：:,]/.test(p) && !/^(?:[一二三四五六七八九十]{1,3}、|(?:19|20)\d{2}年)/.test(p))) chrome.push(i);
  }
  if (!title && metaTitle) title = metaTitle;
  title = stripTitleDecor(title);

  const firstBody = Math.max(bodyStart, titleEnd);
  const bodyParas: number[] = [];
  for (let i = firstBody; i < paras.length && bodyParas.length < 6; i++) if (!chrome.includes(i)) bodyParas.push(i);
  // the first three body paragraphs — more when they are only headings (一、… （一）… 1. …) and too short to name a period
  let openingEnd = Math.min(3, bodyParas.length);
  const openingLength = () => bodyParas.slice(0, openingEnd).reduce((n, i) => n + paras[i].length, 0);
  while (openingEnd < bodyParas.length && openingLength() < OPENING_MIN_CHARS) openingEnd++;
  const opening = bodyParas.slice(0, openingEnd).map((i) => paras[i]).join('\n');
  const allText = paras.join('\n');

  // 2. the unit
  let unit: string | null = null;
  let unitSource: UnitAndYear['unitSource'] = null;
  const fromTitle = title ? unitOfTitleText(title) : null;
  if (fromTitle && !LEVEL_ONLY.test(fromTitle)) { unit = completeName(fromTitle, allText, publisher); unitSource = 'title'; }
  if (!unit) {
    // explicit names first (2024年，X镇坚持… / 现将X局2024年…), in reading order; self-names (我局) last
    let subject: string | null = null;
    let self: string | null = null;
    for (const i of bodyParas.slice(0, 4)) {
      const p = paras[i].replace(/\s+/g, '');
      for (const sentence of p.split(OPENING_SENTENCE_BREAK).slice(0, 3)) {
        const lead = BODY_LEAD_RE.exec(sentence);
        let fromLead = lead ? subjectAt(sentence.slice(lead[0].length)) : null;
        // after the year's background the subject may be a superior or a sibling leading the year's work (峧州市委依法治
        // 市办坚持统筹…，我局在其指导下; 峧州市委、市政府坚持…; 县司法局…指导我局) or a template's body the 落款 does not sign:
        // only a body that the unit itself does not speak after, that is no committee, and that the 落款 signs if it signs
        // anyone (red team 42)
        if (fromLead && lead?.groups?.background) {
          const rest = sentence.slice(lead[0].length + fromLead.length);
          const issuer = closing?.issuer ?? null;
          if (/^(?:委|依法治)/.test(rest) || /(?:[市县区州旗]委|依法治)/.test(fromLead) || SELF_RE.test(rest)
            || (issuer && !issuer.includes(fromLead) && !fromLead.includes(issuer))) fromLead = null;
        }
        const r = REPORT_SUBJECT_RE.exec(sentence);
        const fromReport = r && validSubject(r[1]) ? r[1] : null;
        // a sentence that opens with a named place as its subject (西兴街道始终坚持…), with no year before it
        const opening = fromLead ?? fromReport ? null : subjectAt(sentence);
        // (not a verb before a bare level word: 联合县自然资源局、生态环境局开展… is the unit joining the county's bureaus — blind set 236)
        // (…unless verb and level make a real place's name: 会同县, 和县, 联合镇 — red team 102's r5_01)
        const verbLevel = opening ? VERB_THEN_LEVEL.exec(opening)?.[0] : undefined;
        const fromOpening = opening && NAMED_PLACE_RE.test(opening) && validSubject(opening) && !(verbLevel && !lookup(verbLevel).length) ? opening : null;
        for (const cand of [fromLead, fromReport, fromOpening]) {
          if (!cand) continue;
          // a 馆 heads the opening as the unit only in a 馆's own report: a bureau speaking as 我局 names its libraries and
          // museums at work (岍川县图书馆、文化馆坚持免费开放 in a 文旅局's report — red team 42)
          if (/馆$/.test(cand) && /我局|本局/.test(allText) && !/我馆|本馆/.test(allText)) continue;
          if (/^我/.test(cand)) self ??= cand; else { subject = cand; break; }
        }
        if (subject) break;
        const m = SELF_RE.exec(sentence);
        if (m) self ??= `我${m[1]}`;
      }
      if (subject) break;
    }
    subject ??= self;
    if (!subject && fromTitle) subject = fromTitle;
    // a self-name (我镇) the 落款 signs in full: the signature is the unit. Guessed from the text, the level's most
    // frequent place could be a word's tail in the gazetteer (提高镇村干部… → 高镇, a real town: blind set 31)
    const level = subject ? SELF_NAME_RE.exec(subject)?.[1] : undefined;
    if (level && closing?.issuer && signsLevel(closing.issuer, level === '街' ? '街(?:道)?' : level, SELF_SIGNING_ORGANS)) {
      unit = closing.issuer;
      unitSource = 'body';
    } else if (subject) {
      unit = completeName(subject, allText, publisher);
      if (unit && /^我/.test(unit)) unit = null;
      // a township's organ without its place (镇党委、政府团结带领…, 街道党工委坚持…) names the unit as 我镇 does: the 落款 or
      // the title signs it (blind set 92: 镇党委 had been the unit); the body's next name is not asked (red team 57: a county
      // bureau or a partner town named after it became the unit)
      if (unit && BARE_TOWNSHIP_ORGAN.test(unit)) unit = closing?.issuer ?? (fromTitle && !LEVEL_ONLY.test(fromTitle) ? completeName(fromTitle, allText, publisher) : null);
      // …and a county's (县政府在县委的领导下…) when the 落款 signs a place of that level: the signature is the unit, not the county the
      // text names most (肥西县人民政府's report, naming 舒城县 twice as a partner and itself only as 肥西, had been read as 舒城县's and its
      // own 落款 deducted as another unit's — blind set 191)
      const bareCounty = BARE_COUNTY_ORGAN.exec(subject);
      // (any county-level word: a district once a county still writes 县政府 — 临安区, 临安县 until 1996)
      // (two bodies signing — the county's 依法治县办 over its government — give the government: red team 91's r3_02, r3_07)
      const signer = closing?.issuer ? (TWO_BODIES.test(closing.issuer) ? governmentAfterOther(closing.issuer) : closing.issuer) : null;
      if (bareCounty && signer && signsLevel(signer, '[\\u4e00-\\u9fa5]{1,12}(?:县|区|市|旗|州|盟)', PLACE_SIGNING_ORGANS)) unit = signer;
      unitSource = unit ? 'body' : null;
      // a place the body opens on that the 落款 does not sign, where the 落款 signs a place of the same level: the
      // signature is the unit (the body's place is then another unit's, for wrong_unit_name to weigh)
      // — only when the body names its place once (a typo in the 落款 of a body that names its place throughout is the
      // 落款's) and the 落款 signs a place, not a committee (依法治镇委员会) — red team 31
      const lvl = unit ? PLACE_LEVEL_END.exec(unit)?.[0] : undefined;
      if (unit && lvl && closing?.issuer && !closing.issuer.includes(unit) && !unit.includes(closing.issuer) && !/治/.test(closing.issuer)
        && allText.split(subject).length === 2 && signsLevel(closing.issuer, `[\u4e00-\u9fa5]{2}${lvl}`, PLACE_SIGNING_ORGANS)) unit = closing.issuer;
    }
  }
  if (!unit && publisher && ORG_END.test(publisher) && !/办公室$/.test(publisher)) { unit = expandDepartment(publisher); unitSource = 'metadata'; }
  // the 落款 often names the unit in full (大铭乡 in the title, 大铭乡人民政府 below) — not a line signing two bodies
  // (陆营镇人民政府　陆营农场: red team 45), which names no one unit more fully
  // (nor is a title's bracketed other name asked of it: 嵂川镇（嵂川农场） in the title, 嵂川镇人民政府 below — red team 45)
  const core = unit?.replace(BRACKETED_ALIAS_END, '') ?? null;
  if (closing?.issuer && (!core || (closing.issuer.includes(core) && closing.issuer.length > core.length && !TWO_BODIES.test(closing.issuer)))) unit = closing.issuer;
  // (a committee named short in the title, in full below: 德清县武康街道党工委 → 中共德清县武康街道工作委员会 — red team 75)
  else if (closing?.issuer && core && /(?:党工委|党委)$/.test(core) && /^中共.+(?:工作委员会|委员会)$/.test(closing.issuer) && closing.issuer.includes(core.replace(/(?:党工委|党委)$/, ''))) unit = closing.issuer;
  // …and a byline only when neither the body nor the 落款 names the unit (a drafting office or a joint byline would
  // otherwise outrank them — red team 35)
  if (!unit && byline && !LEVEL_ONLY.test(byline)) { unit = completeName(unitOfTitleText(byline) ?? byline, allText, publisher); unitSource = 'title'; }

  // 3. the year
  let year: number | null = null;
  let yearSource: UnitAndYear['yearSource'] = null;
  // next year's plan joined to the title (…情况及2025年工作打算, …2023年工作情况及2024年依法行政工作思路): its year is the
  // plan's, never the report's (red team 28: a title naming only the plan year had given it as the report year)
  // (a cover letter's years are its quoted report's: 关于报送《X局2023年度…报告》的报告 — sweep 5)
  const yearTitle = title ? coveredTitle(title) : title;
  const planTail = yearTitle ? planTailStart(yearTitle) : -1;
  // (a 述法 title's bare year is the meeting's, held early the next year — 岚川县自然资源局局长2023年述法报告 on 2022's work; only
  // its 年度 names the year reported on: red team 55's c44)
  const shufaTitle = yearTitle !== null && shufaOnly(yearTitle);
  const inTitle = yearTitle ? periodYears(yearTitle).filter((y) => (planTail < 0 || y.at < planTail) && !(shufaTitle && /^\S{4}\s*年(?!度)/.test(yearTitle.slice(y.at)))) : [];
  // …年度报告（2024年度）: the period in brackets at the title's end (a bracketed year elsewhere is a law's revision)
  const bracketed = yearTitle && !inTitle.length ? TITLE_END_YEAR.exec(yearTitle) : null;
  const bracketYear = bracketed ? yearOf(bracketed[1]) : null;
  if (bracketed && bracketYear !== null) inTitle.push({ year: bracketYear, at: bracketed.index + bracketed[0].indexOf(bracketed[1]) });
  // two years reported together (关于2021—2022年度法治政府建设情况的报告, a report owed for 2021 sent with 2022's): the
  // period ends with the later one, which is the year the 落款's deadline and next year's plans answer to (set 89)
  let yearFrom: number | undefined;
  // (2020年至2021年: the first year reads as a period of its own; the range replaces it.) Only two consecutive years, outside
  // 《》, in a title that joins no plan and names no other year: a plan's own span (2023—2025年…三年行动计划2023年度实施情况)
  // or last year's summary with this year's plan (2023—2024年度…工作总结及计划) is no period reported on (red team 54)
  const range = yearTitle && planTail < 0 && !JOINED_PLAN_TAIL.test(yearTitle) ? TITLE_RANGE.exec(yearTitle) : null;
  const quoted = range !== null && /《[^》]*$/.test(yearTitle!.slice(0, range.index));
  if (range && !quoted) {
    const [a, b] = [yearOf(range[1]), yearOf(range[2])];
    const elsewhere = periodYears(yearTitle!.slice(0, range.index) + ' '.repeat(range[0].length) + yearTitle!.slice(range.index + range[0].length)).length > 0;
    if (a !== null && b !== null && b - a === 1 && !elsewhere) {
      const end = range.index + range[0].length;
      for (let i = inTitle.length - 1; i >= 0; i--) if (inTitle[i].at >= range.index && inTitle[i].at < end) inTitle.splice(i, 1);
      inTitle.push({ year: b, at: range.index + range[0].lastIndexOf(range[2]) });
      yearFrom = a;
    }
  }
  if (inTitle.length) {
    // several years (2023年度督察反馈问题整改暨2024年度法治政府建设情况报告): the one the rule-of-law report is for,
    // when exactly one names it; else the earliest (2024年法治政府建设情况和2025年工作计划 names it first anyway)
    const ofReport = [...new Set(inTitle.filter((y) => /^(?:\d{4}|[^年]{2,4})\s*年度?(?:推进|全面)?(?:法治政府|法治建设|依法行政|依法治)/.test(yearTitle!.slice(y.at))).map((y) => y.year))];
    year = ofReport.length === 1 ? ofReport[0] : Math.min(...inTitle.map((y) => y.year));
    yearSource = 'title';
  }
  /** The year the body states (its first top-level heading, its opening sentence, the 落款): asked when the title names none, and to check one. */
  const readBody = (): { year: number | null; source: UnitAndYear['yearSource'] } => {
    let by: number | null = null;
    let bySource: UnitAndYear['yearSource'] = null;
    // the first top-level heading, if it names a year (一、2024年推进法治政府建设的主要举措)
    const heading = bodyParas.map((i) => paras[i]).find((p) => TOP_HEADING_RE.test(p));
    // (not a heading on another year's matter: 一、2023年度法治政府建设督察反馈问题整改情况, 一、2020年以来…工作回顾 — red team 24)
    const headingYears = heading && !OTHER_YEAR_HEADING.test(heading) ? periodYears(heading) : [];
    // the body: the first sentence that frames a period (2024年，… / 2019年以来 / 现将2024年…)
    const bodyYears: number[] = [];
    let stated = false; // the sentence names the report's own year as its subject (2022年，… / 现将2022年度…报告)
    // (a year two or more before the 落款's is background — 2021年，我镇被确定为…示范创建单位 in a report signed in 2024 — not the year
    // reported on, however plainly it opens: red team 27)
    const signedIn = closing?.date?.year;
    const background = (year: number): boolean => signedIn !== undefined && signedIn - year >= 2;
    // (…but the opening's own 现将…X年度…报告如下 outranks a background year told before it in the paragraph: REPORTS_YEAR)
    for (const i of bodyParas.slice(0, 4)) {
      const r = REPORTS_YEAR.exec(paras[i]);
      const ys = r ? periodYears(r[0]) : [];
      if (ys.length && !background(ys[0].year)) { bodyYears.push(ys[0].year); stated = true; break; }
    }
    if (!bodyYears.length) for (const i of bodyParas.slice(0, 4)) {
      const sentences = paras[i].split(OPENING_SENTENCE_BREAK);
      for (const s of sentences.slice(0, 3)) {
        const framed = FRAMES_PERIOD.test(s);
        if (!framed) continue;
        const ys = periodYears(s);
        if (ys.length) { bodyYears.push(ys[0].year); stated = STATES_YEAR.test(s.trim()) && !background(ys[0].year); break; }
      }
      if (bodyYears.length) break;
    }
    // the body's own year lead (2024年，我镇…) outranks a first heading naming another year
    if (headingYears.length && !(stated && bodyYears[0] !== headingYears[0].year)) {
      by = headingYears[0].year;
      // a heading stating the year of the unit's work (一、2020年法治政府建设工作开展情况, 一、2024年主要举措和成效), which
      // the body's own year lead does not contradict, says the year as plainly as a title (blind set 42: a late 落款 only suspected)
      const states = HEADING_STATES_YEAR.test(heading!) && (!bodyYears.length || bodyYears[0] === by);
      bySource = states ? 'stated' : 'body';
    }
    // (…but a first framed year two or more before the 落款's, the title naming none, is no report year: the 落款's year before it is —
    // 2018年，茶山街道党工委、办事处…现将有关情况报告如下 over a 落款 of 2020年3月6日, a preamble carried from the year before; blind set 225)
    // (…not when the report says that year is its own — 现将…2022年度…报告如下 anywhere in its opening, or a plans heading naming the year
    // after it: a late or re-filed report of that year, red team 101's r1_01–r1_03; a 落款 from October on is of its own year, as with 今年)
    else if (bodyYears.length && !stated && closing?.date && background(bodyYears[0]) && !ownsYear(paras, bodyParas, bodyYears[0])) { by = closing.date.month >= 10 ? closing.date.year : closing.date.year - 1; bySource = 'closing'; }
    else if (bodyYears.length) { by = bodyYears[0]; bySource = stated ? 'stated' : 'body'; }
    else if (closing?.date && /今年|本年度|全年/.test(opening)) { by = closing.date.month === 12 || closing.date.month >= 10 ? closing.date.year : closing.date.year - 1; bySource = 'closing'; }
    else {
      const counts = new Map<number, number>();
      // (a year compared with, 与2022年相比, is no year told of the work: comparedYear reads it)
      const told = opening.split('\n').filter((l) => !(TOP_HEADING_RE.test(l) && OTHER_YEAR_HEADING.test(l))).join('\n').replace(COMPARED_WITH, '');
      for (const y of periodYears(told)) counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
      const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
      if (best) { by = best[0]; bySource = 'body'; }
      else if (closing?.date) { by = closing.date.month === 12 ? closing.date.year : closing.date.year - 1; bySource = 'closing'; }
      // (…and a report that names no year of its own anywhere but the one it compares with — 与2022年相比，全年信访总量有所下降 —
      // or the one it plans for (2024年工作打算): the year after the first, the year before the second, when they agree. A body
      // year, never stated: late_report only suspects on it and wrong_year never reads it, but 疫情防控 after 2022 is stale
      // (blind set 260: an undated, yearless 2023 report's 乙类乙管 section went unread)
      else { const y = comparedYear(paras.slice(bodyParas[0] ?? paras.length)); if (y !== null) { by = y; bySource = 'body'; } }
    }
    return { year: by, source: bySource };
  };
  let bodyYear: number | undefined;
  if (year === null) ({ year, source: yearSource } = readBody());
  // a title whose year may be a slip (关于2024年度… over a body stating 2025年 and a 落款 of 2026年1月): the body and the 落款
  // agree on the year after it. The scheme anchors the report year in the title (wrong_year, late_report: set 24's assessor
  // deducted both on such a report), so the title's year stands; the body's is kept for the flag title_year_conflict, which
  // tells the assessor to check (new user 35 saw a report fall from 98.5 to 35.5 with no word why). A range is no slip
  else if (yearSource === 'title' && yearFrom === undefined && closing?.date && closing.date.year - year >= 2) {
    const body = readBody();
    if (body.source === 'stated' && body.year === closing.date.year - 1) bodyYear = body.year;
  }
  return { title, titleStart, titleEnd, unit, unitSource, year, yearSource, ...(yearFrom !== undefined && yearSource === 'title' && year !== null && yearFrom < year ? { yearFrom } : {}), ...(bodyYear !== undefined ? { bodyYear } : {}), chrome, publisher };
}

/**
 * A year compared with, the change told right after (与2022年相比…下降, 较2022年增长, 比2022年同期减少) — the report's year is the one
 * after; never 与 without 相比 (与2022年新进的选调生 — red team 107), a point within that year (较2022年初), or a target (力争…较2022年下降:
 * a sentence of intent, left out by comparedYear).
 */
const COMPARED_WITH = /(?:与((?:19|20)\d{2})年(?:同期|全年)?相比|较((?:19|20)\d{2})年(?:同期|全年)?|比((?:19|20)\d{2})年(?:同期|全年)?)(?![初底末]|[上下]半年|\d|[0-9一二三四五六七八九十]+月)[，,]?[^。；，]{0,12}?(?:增长|增加|上升|提高|下降|减少|降低|持平|分别)/g;
/** A plans heading naming its year (2024年工作打算, 三、2024年工作计划) — the report's year is the one before. */
const PLANS_YEAR_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])?\s*((?:19|20)\d{2})年度?(?:工作)?(?:计划|打算|思路|安排|要点)[：:。]?$/;
/** The report's year from what it compares with and what it plans for, when every such reading agrees; null otherwise. */
function comparedYear(paragraphs: string[]): number | null {
  const seen = new Set<number>();
  for (const p of paragraphs) {
    for (const sentence of p.split(/[。；！？]/)) {
      if (/力争|争取|明年|计划|目标|预计|确保|下一步|将(?:继续|进一步|力争)/.test(sentence)) continue;
      for (const m of sentence.matchAll(COMPARED_WITH)) seen.add(+(m[1] ?? m[2] ?? m[3]) + 1);
    }
    const h = PLANS_YEAR_HEADING.exec(p.trim());
    if (h) seen.add(+h[1] - 1);
  }
  return seen.size === 1 ? [...seen][0] : null;
}

/**
 * The report says `year` is its own: its opening reports it (现将…2022年度…报告如下) or a heading plans the year after it (三、2023年工作打算).
 */
function ownsYear(paras: string[], bodyParas: number[], year: number): boolean {
  if (bodyParas.slice(0, 6).some((i) => periodYears(REPORTS_YEAR.exec(paras[i])?.[0] ?? '').some((y) => y.year === year))) return true;
  const next = new RegExp(`^[^。]{0,8}(?:${year + 1}|${hanYear(year + 1)})\\s*年度?[^。]{0,12}(?:工作)?(?:计划|打算|安排|思路|要点|重点|目标)`);
  // (the plans heading anywhere in the body: the first paragraphs read for the year stop long before it)
  return paras.slice(bodyParas[0] ?? 0).some((p) => p.length <= 40 && next.test(p));
}

/**
 * Organs a 落款 may add after the place it signs. A self-name (我镇) is the unit of any organ of its level, a committee
 * included; a body's place gives way only to a 落款 signing a place's government or party organ, not a committee
 * (依法治镇委员会 — red team 31).
 */
const SELF_SIGNING_ORGANS = '人民政府|政府|办事处|街道办|办|党委|党工委|工委|委员会|工作委员会|管委会|管理委员会';
const PLACE_SIGNING_ORGANS = '人民政府|政府|行政公署|办事处|党委|党工委';
/** A government's or committee's full name followed by another name: two bodies signing on one line. */
const TWO_BODIES = /(?:人民政府|办事处|委员会|党委|党工委)(?=[\u4e00-\u9fa5]{2})/;

/** Whether the 落款's issuer ends on `place` (a pattern: a level word, or a name before it) and at most one of `organs`. */
function signsLevel(issuer: string, place: string, organs: string): boolean {
  return new RegExp(`${place}(?:${organs})?$`).test(issuer);
}

function joinLines(paras: string[], s: number, e: number): string {
  return paras.slice(s, e).map((p) => stripTitleDecor(p)).join('');
}
