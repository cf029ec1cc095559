/**
 * Words and shapes that say a place is named on purpose — a partner, a host, a model, a neighbour, a beneficiary, a place of a shared
 * programme — rather than left over from another unit's report. Shared by the readings of foreign places (foreign-places.ts) and of bare
 * stems (bare-stems.ts); each vocabulary's comment names the red team or blind set that asked for its words.
 */
import { documentText, paragraphsAround } from './doc-text.js';
import { lookup } from '../document/gazetteer/index.js';
import type { DocumentModel, Sentence } from '../types.js';

/** A sentence about a group of places the unit works in (片区牵头镇, 成员镇, 一体化, 协同): the other place named on purpose (red team 67). */
export const GROUP_ON_PURPOSE = /片区|一体化|同城|跨(?:城|区域|县|镇|乡|地)|[两三四多]地|共建|周边|联合|协同|共同|合作|牵头|成员(?:镇|乡|街道|单位)/;
/**
 * Words of a partnership, of aid or of a duty across units in the sentence (闽宁协作, 援青, 兵地, 驻地, 对口, 结对, 挂职, a 中心
 * 司法所 or a 人民法庭 serving several towns, a task 受…委托): the place served whole is served on purpose — a suspicion at most,
 * as it was (red team 69's c1_03–c1_06; red team 78's r1_01, r1_05 had a programme a sentence before: PARTNERSHIP_IN_PARAGRAPH).
 * 合作 of the unit with firms, the police, banks or the court (政企合作, 警民合作, 府院合作) is no partnership with the place (r1_09).
 * An invitation or a request (应水口乡邀请, 应…请求) is a reason too (red team 109's r3_03, r4_01).
 */
export const SERVED_ON_PURPOSE = /援[青疆藏建宁]|南北挂钩|挂钩(?:帮扶|合作|共建|协作)|(?<!法律)援助|协作|对口|结对|结成|帮扶|兵地|驻地|监地|共建|联调|联建|(?<!政企|警民|警企|银企|校企|府院|社企)合作|支援|挂职|派驻|托管|代管|抽调|(?<!网格)片区|跨区域|毗邻|边界|授课|同时承担|管辖|巡回|委托|受托|人民法庭|中心司法所|应[^，。；]{0,12}(?:邀请|请求|之邀)/;
/** Before the name, within its clause: cooperation, visits, comparisons — the place is someone else on purpose (到 visits, 到水口乡学习, but 贯穿到/落实到 X frames X as the work itself). A model, a distance, a location or a transfer names it on purpose only right before it (参照城关镇工作模式, 距城关镇政府驻地, 位于城关镇境内, 划入城关镇辖区 — red teams 56 and 58: 临近春节X镇…, 距离推动X镇… are residues). */
// (the unit's own mission between the word and the name ends its reach: 把法治思维和法治方式贯穿于X镇… — the 和 joins two
// ways of thinking, not the unit and a neighbour; blind set 55)
// (兼任/兼职: a cross-appointment, 副场长兼任小佳河镇党委委员 — red team 90's r1_03)
// (遍及 is no partner's 及: 宣讲活动遍及新德镇12个村 — red team 97's r1_04; 及时通知X镇干部, 涉及X镇辖区 stay told on purpose: red team 100)
export const WITH_OTHERS = /(?:与|和|同(?!时|样|比|期)|跟|(?<!遍)及|联合|协同|协助|配合|相邻|毗邻|周边|邻近|对口|帮扶|支援|赴|(?<!贯穿|贯彻|落实|融入|送)到|前往|学习|考察|借鉴|交流|跨|兄弟|邀请|接待|对接|结对|联动|对标|兼任|兼职|应邀)(?:(?!贯穿|融入)[^，。；、]){0,12}$|(?:参照|参考|(?<!差)距(?:离)?|位于|地处|划入|划归|并入|划转|紧邻|临近|靠近|途经)(?:县城|城区)?$/;
/** Anywhere in the sentence: aid, pairing, secondment and visits, or the two sides of a partnership (双方互派…) — the other place is a partner, a beneficiary or a host. */
// (a lawyer, a policeman or a mediator 驻村 is the unit's own force in its villages — 整合司法所、派出所、信访办和驻村律师力量 in a sibling's
// pasted paragraph, blind set 286 — never aid to the place named)
export const AID_PROGRAMME = /两(?:县|区|旗|镇|乡)(?!委|政府|人民政府)|(?:协作|合作)协议|帮扶|对口|援疆|援藏|援建|援助|支援|结对|挂职|驻村(?!律师|法律顾问|民警|辅警|警务|调解)|派驻|选派(?<!(?:为|向)全[县区旗市镇乡][^，。；]{0,12}选派)|东西部协作|赴|志愿|双方|互派|联调联防|两地/;
/** The other township named as a model, a host or a comparison (做法被全县推广, 承办现场会, 与先进乡镇相比). */
// (…and work across towns assigned from above: 交叉检查, 互查, 受…委托, 托管, 抽调 — red team 80)
export const ON_PURPOSE_WORDS = /前来[^，。；]{0,4}(?:学习|考察|观摩|取经|交流)|做法|推广|承办|观摩|借鉴|相比|差距|先进(?:乡镇|街道|经验|县区|单位)|典型(?:经验|案例)|现场(?:推进)?会|参会|积极配合|协助|会同|考察|示范(?:镇|乡|街道|单位)|被评为|交界|交叉(?:检查|执法|评查|巡查)|互查|委托|受托|托管|代管|抽调/;
/**
 * Around another place heading a tally (X镇共调处…) or a new subject shape (X镇各村…, X镇结合实际…): its part named on purpose, in
 * words that say so whatever place they name — a ranking or a circular (排名, 位列, 通报 — not the unit's own on its villages, 通报各村 —,
 * 简报, 专刊), a partnership or secondment
 * (协作, 结对, 挂职, 帮扶, 共建), a 片区 or a station serving several towns (我所, 中心司法所), a region's members (一体化示范区, 三地,
 * 跨域), a model (借鉴, 先进经验, 典型经验, 观摩) or a comparison (相比, 差距) — red teams 83 and 84. Not the everyday words red team 85
 * found in residues' paragraphs: 推广应用, 表扬 of the unit's own, 据统计, 划入台账, 两个镇级…, 相邻关系纠纷, the unit's own 示范区.
 */
export const TOLD_ON_PURPOSE = /带教|帮带|排名|位列|名列|位居|居[^，。；]{0,8}(?:首位|前列)|通报(?!(?:全(?:镇|乡|街道))?各?(?:村|社区|组|居委|站所|股室|网格)(?![^，。；]{0,4}(?:和|及|、)[^，。；]{0,4}(?:乡镇|街道|部门)))|简报|专刊|评比|第[一二三]名|前[三五十]名|跟班|协作|结对|结成[^，。；]{0,12}对子|一帮一|挂职|帮扶|对口|共建(?!共治)|联创|援建|片区|[我本](?:所|站|庭)|中心司法所|一体化[^，。；]{0,6}示范区|山水相连|地缘相近|[两三四]地(?![区市])|跨域|跨区域|借鉴|先进(?:乡镇|街道|经验|县区|单位)|典型(?:经验|案例)|观摩|相比|差距|交界|结合部|联调|联合调处|联合调解|交叉(?:检查|执法|评查|巡查)|互查|委托|受托|托管|代管|抽调|承办|现场(?:推进)?会|被评为|示范(?:镇|乡|街道|单位)|会同/;
/**
 * The part around `s` tells why it names `name`: TOLD_ON_PURPOSE in the paragraph and the one before (with their heading), or the
 * place itself named on purpose from three paragraphs back — red team 86: a 结对帮扶 of 脱贫户 three paragraphs back had excused a
 * pasted tally.
 */
export function namedOnPurposeAround(doc: DocumentModel, s: Sentence, name: string): boolean {
  return toldOnPurposeFor(paragraphsAround(doc, s, 1), name) || placeNamedOnPurpose(paragraphsAround(doc, s, 3), name);
}
/**
 * A sentence of `text` carrying TOLD_ON_PURPOSE that may excuse `name`: one naming it, or one naming no partner of its own. A sentence that
 * names its partners (与相邻的山川乡、上墅乡建立了…联调联处机制) says whom it names on purpose, and excuses no other place — blind set 316: a
 * residue, 贯穿莫干山镇民宿经济发展全过程, in 天荒坪镇's paragraph beside its real neighbours' joint mediation, went unchecked.
 */
function toldOnPurposeFor(text: string, name: string): boolean {
  if (!TOLD_ON_PURPOSE.test(text)) return false;
  const key = nameKey(name);
  return text.split(/[。；;！？\n]/).some((sentence) => TOLD_ON_PURPOSE.test(sentence) && (sentence.includes(key) || !namesPartner(sentence)));
}
/** Whether a sentence names a partner town as such (PARTNER_NAMED, a real township or street in the gazetteer: never 及时化解乡邻…, 和特色小镇 — red team 113). */
function namesPartner(sentence: string): boolean {
  for (const m of sentence.matchAll(PARTNER_NAMED)) if (lookup(m[1]).some((d) => d.name === m[1])) return true;
  return false;
}
const PARTNER_NAMED = /(?:与|同|和|(?<!以)及(?!时)|、)(?:相邻的?|周边的?|邻近的?|毗邻的?)?(?!各|全|本|我|其他|其它|相关|有关|周边|兄弟|邻近|相邻|乡镇|城乡|镇村|乡村)([\u4e00-\u9fa5]{2,5}?(?:街道|镇|乡|苏木))(?!村|干部|邻|亲|里)/g;
/**
 * The place told on purpose around the sentence: its paragraph or the ones before name it visited, partnered, paired or otherwise
 * as another party (赴郑宅镇考察学习…; 我镇与寺头镇结成结对共建单位; 与长兴县司法局签订…协作协议). What the shapes read
 * since session 50 ask — a topic lead, a counterpart's own partners, the unit itself as the agenda's actor — whose sentence alone says
 * nothing of the place (red team 103).
 */
export function toldAround(doc: DocumentModel, s: Sentence, name: string): boolean {
  // (the place itself in the telling: an exchange or a joint inspection of other places a paragraph before excuses nothing — blind set 247)
  return placeNamedOnPurpose(paragraphsAround(doc, s, 3), name) || toldWithPlace(paragraphsAround(doc, s, 1), name);
}
/**
 * toldAround over the whole report, without the sentence `s` itself: for a shape whose own frame is a word placeNamedOnPurpose reads as served (服务X, the
 * bare-stem mission of bare-stems.ts), the sentence's own guards being that shape's.
 */
export function toldAroundElsewhere(doc: DocumentModel, s: Sentence, name: string): boolean {
  // (anywhere in the report, not only the part around: a partner signed with in （二）, its development served in （五） — red team
  // 105's r1_03, 106's r1_09)
  const without = documentText(doc).replace(s.text, '');
  return placeNamedOnPurpose(without, name) || toldWithPlace(without, name);
}
/** What a place is found by in a text: its stem without the level word when that is two characters or more (花石 of 花石乡), else the name. */
export function nameKey(name: string): string {
  const stem = name.replace(/(?:街道|镇|乡|苏木|县|区|市|旗)$/, '');
  return stem.length >= 2 ? stem : name;
}
/**
 * `name` (or its stem) named on purpose in `text`: visited (赴/前往/到/参观/考察/走进 X), hosting (在X举行/召开/举办), merged (X…并入/撤并/
 * 合并), a neighbour (与X相邻/交界/毗邻), served with the unit (X…两个乡镇; 服务/兼管/管辖/负责/承担/代管 … X), a partner signed with
 * (与X…协议/联席/联防/联调).
 */
export function placeNamedOnPurpose(text: string, name: string): boolean {
  // (by its name or its stem: 服务花石、燕子河两个乡镇 — red team 84's r2_05)
  const key = nameKey(name);
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + (text.startsWith(name, at) ? name.length : key.length), at + key.length + 24);
    // (a service reaching it is no visit: 公共法律服务延伸到果子园乡每个村组 — red team 86's r1_06)
    if (/(?:赴|前往|(?<!延伸|覆盖|辐射|下沉|落实|送|融入)到|参观|考察|走进)[^，。；]{0,8}$/.test(before)) return true;
    // (helped, joined, inspected: 协助稠江街道推进…, 参与潭山镇…征迁, 对煤山镇法治建设开展实地督察 — red team 90's r4_01–r4_03)
    if (/(?:协助|帮助|支援|参与|指导|派驻|进驻|入驻)[^，。；]{0,6}$/.test(before)) return true;
    if (/对$/.test(before) && /^[^，。；]{0,12}?(?:开展|进行)[^，。；]{0,6}(?:督察|督查|督导|检查|评查)/.test(after)) return true;
    // (a lesson: 学习吴家店镇“屋场会”调解经验, 向晓天镇学习…做法 — red team 86's r1_09)
    // (…or its practice quoted or spread: 简报刊发了北界镇经验, 推广X镇做法, X镇的调解经验在全市推广 — red team 84's r1_08, red team 87's r2_04)
    // (not 总结: a pasted passage sums up its own town's 经验 — red team 88's r1_08)
    if (/(?:学习|取经|刊发了?|刊登了?|刊载了?|推介|推广|介绍|交流|借鉴)[^，。；]{0,4}$/.test(before) && /^[^，。；]{0,16}(?:经验|做法|模式|机制)/.test(after)) return true;
    if (/^[^，。；]{0,16}(?:经验|做法|模式|工作法|调解法|治理法|机制)[^。；]{0,10}推广/.test(after)) return true;
    if (/向[^，。；]{0,4}$/.test(before) && /^[^，。；]{0,4}(?:学习|取经)/.test(after)) return true;
    if (/^[^，。；]{0,12}(?:举行|召开|举办)/.test(after) && /(?:在|于)[^，。；]{0,4}$/.test(before)) return true;
    if (/^[^。；]{0,16}(?:并入|撤并|合并|整建制)/.test(after) || /(?:并入|撤并|合并)[^，。；]{0,6}$/.test(before)) return true;
    // (land handed over or farmed across the line: 琅琚镇境内的两个归侨安置点…划归我区, 柴湖镇境内的三块插花地 — red team 88's r9_01, r9_02)
    if (/^[^。；]{0,24}(?:划归|划入|划转|移交|插花地|飞地)/.test(after)) return true;
    // (…and 辐射到周边X镇: a neighbour by its place, whatever reaches it — red team 87's r3_01)
    if (/^[^，。；]{0,6}(?:相邻|交界|毗邻)/.test(after) || /(?:相邻|毗邻|周边|邻近)的?$/.test(before)) return true;
    if (/^[^，。；]{0,8}[两三四五六]个?(?:乡镇|乡|镇|街道)(?![级村])/.test(after)) return true;
    if (/(?:服务|兼管|管辖|负责|承担|代管)[^，。；]{0,10}$/.test(before)) return true;
    // (a partner the unit signed or meets with: 与章村镇签订边界矛盾纠纷联防联调协议 — red team 85's r1_15)
    if (/(?:与|和|同)[^，。；与和同]{0,6}$/.test(before) && /^[^。；]{0,24}(?:协议|联席|联防|联调|共建|协作)/.test(after)) return true;
  }
  return false;
}
/**
 * `name` (or its stem) is named once in the whole report: a residue's place, named nowhere else — a firm, a company, a court, a police
 * station or a school called after it (浙江良渚律师事务所, 昌化人民法庭) is no mention of the place (red teams 91's r4_09, 92's r3_06).
 * A pasted sentence that first enters its town as ground (覆盖果子园乡12个村…提升了果子园乡群众的法治意识, 深入X镇所辖12个行政村, 深入X镇
 * 甲、乙等8个村, 深入X镇黄岗村、王截村…) names it once (red team 93's r3_06, new user 47's farm; 96's r1_04, r1_05; 97's r1_05).
 */
const GROUND_NEXT = /^(?:镇|乡|街道|苏木)?(?:(?:所辖|下辖)?(?:\d+个|[一二两三四五六七八九十百]+个|各|全)?(?:行政)?(?:村|社区|农户|群众|居民|村民|辖区|境内)|[^，。；]{2,24}等(?:\d+|[一二两三四五六七八九十]+)个(?:行政)?村|[\u4e00-\u9fa5]{1,4}(?:村|社区)[、和及][\u4e00-\u9fa5]{1,4}(?:村|社区))/;
/** …entered as the unit's own ground (深入X镇8个村, 走进, 走访, 覆盖): not its people served where they come (面向X镇…前来赶集的群众), met at work
 * (调处X镇村民…), nor a visit arranged from above or exchanged (按照…统一安排…交换宣讲) — red team 96's r1_01–r1_03. */
const INTO_BEFORE = /(?:深入(?:到)?|走进|走访|覆盖|遍及|进入)$/;
// (…nor sent by the county — 根据县…部署, 作为县…讲师团成员, 异地巡讲 told the sentence before: red team 97's r1_01–r1_03 — the
// deployer a superior, never the unit's own 镇党委, and a tour alone no exchange: 98's r1_01, r1_03, r1_04)
const ARRANGED = /交换|互换|轮换|轮流|擂台|其他乡镇|跨乡镇|异地|统一安排|(?:县|区|市|州|盟|上级)[^，。；]{0,8}安排|(?:按照|根据)(?:上级|县|区|市|州|省|盟)[^。；]{0,30}(?:安排|部署)|[县区市](?:级)?[^。；，、]{0,12}(?:讲师团|宣讲团|工作队|服务团)成员/;
/** …or invited, or the other town's people come to it (in the sentence itself: an invitation the sentence before made is another
 * matter — 98's r1_02). */
export const VISITING = /受邀|应邀|邀请|前来|来自|务工/;
export function namedOnce(doc: DocumentModel, name: string): boolean {
  const key = nameKey(name);
  const text = documentText(doc);
  let n = 0;
  let last: { at: number; ground: boolean } | null = null;
  // the sentence an occurrence stands in: documentText holds one sentence a line, counted on as the occurrences go (not from the start each time)
  let line = 0;
  let counted = 0;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < at; nl = text.indexOf('\n', counted)) { line++; counted = nl + 1; }
    if (/^(?:律师事务所|律所|公司|集团|银行|有限|人民法庭|法庭|派出所|中学|小学|卫生院|医院|供电所|司法所)/.test(text.slice(at + key.length, at + key.length + 5))) continue;
    // the place as ground in the sentence already counted (X乡12个村, X镇农户, X镇辖区) is no second naming; the place's staff or
    // organs are (带教赵家镇新任司法助理员…提升了赵家镇… names it on purpose — red team 91's r4_05)
    const sameSentence: boolean = last !== null && !/[。！？!?；;\n]/.test(text.slice(last.at, at));
    if (!sameSentence || !last?.ground) n++;
    // (the sentence and the one before it in the paragraph: a visit's reason told first — red team 97's r1_02)
    const here: Sentence | undefined = sameSentence ? undefined : doc.sentences[line];
    const prior: string = here && line > 0 && doc.sentences[line - 1].paragraph === here.paragraph ? doc.sentences[line - 1].text : '';
    const own: string = here ? here.text : '';
    last = { at: at + key.length, ground: sameSentence ? last!.ground : GROUND_NEXT.test(text.slice(at + key.length, at + key.length + 30)) && INTO_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && !ARRANGED.test(prior + own) && !VISITING.test(own) };
  }
  return n === 1;
}
/**
 * A word that says why a place is named (TOLD_ON_PURPOSE, ON_PURPOSE_WORDS) in a sentence of `text` that names it: tied to the place, not
 * anywhere in the paragraph (red team 87 found 结对帮扶 of lawyers and 会同 a bureau in residues' paragraphs).
 */
export function toldWithPlace(text: string, name: string): boolean {
  const key = nameKey(name);
  // (never the unit's own experience summed up in it: 形成了可复制、可推广的经验做法 — red team 90's r4_09)
  return text.split(/[。；;！？\n]/).some((sentence) => sentence.includes(key) && (TOLD_ON_PURPOSE.test(sentence) || ON_PURPOSE_WORDS.test(sentence.replace(OWN_EXPERIENCE, ''))));
}
/** The unit summing up its own experience (形成了可复制、可推广的经验做法, 总结提炼出…模式). */
export const OWN_EXPERIENCE = /(?:形成|总结|提炼|探索)(?:了|出)?[^，。；]{0,12}(?:经验|做法|模式)+/g;
