/**
 * Who did the work a sentence tells (scope.ts actorRefusal). A report earns credit for its own
 * unit's work in the report year; three kinds of sentence tell something else in the same words:
 * - a requirement a higher body handed down to others (县政府要求各乡镇聘请法律顾问…): an order, not a deed;
 * - another body's work done for or in the unit (县司法局为我镇选派村法律顾问, 县法院在我镇设立法官工作室，
 *   诉前调解纠纷46件): the county's or the court's, not the town's;
 * - a rule quoted (《优化营商环境条例》规定，行政执法机关应当落实…): what ought to be, not what was done.
 * Assessors give none of them credit (blind set 17; red team 3's traps). The same words frame the
 * unit's own work when it carries a requirement out (按照县政府要求，各村全部落实… ; 严格执行《条例》规定，
 * 坚持应公开尽公开…), asks for or joins in the help (邀请/携手/联动县司法局…; 经我乡申请，…), or is the body
 * named (县人社局… in the 人社局's own report): a red team of 48 such sentences (red team 4) is kept
 * credited (fixtures/redteam/actors).
 */

/**
 * A level character of a body above a unit or beside it: at a word start (after a clause mark or a
 * word that leads a subject — never inside 社区, 园区, 辖区) and not the head of another word (市场, 区域).
 */
const LEVEL = '(?<=^|[，,；;：:、（(“"]|由|经|在|和|与|及|并|还|也|年|月|日|后|初|底|中)(?:省|自治区|市|州|盟|县|自治县|区|旗)(?!场|民|容|域|间|内|外|属|直|级|长|委员)';

/** Where a clause's own subject may start: its beginning or after a clause mark. */
const CLAUSE_START = '(?:^|(?<=[，,；;：:。]))';

/**
 * A requirement handed down: a higher body (上级, 县政府, 市委依法治市办, 县里 …) standing as the subject
 * of 要求/部署/责成/明确规定 over all the units of a kind (各乡镇, 全县各部门, 所有乡镇) or over the unit itself
 * (要求我局…). A body introduced by 按照/根据/落实 … is not the subject: the unit is carrying the order
 * out, and the clause is its own work. Group 1: the issuer's level character (absent for 上级/上面).
 */
export const HANDED_DOWN_RE = new RegExp(
  `${CLAUSE_START}(?:上级(?:部门|机关)?|上面|(${LEVEL})(?:委|政府|人民政府|里|级|委办公室|委员会|委依法治[县区市旗]办|依法治[县区市旗]办|法治办|委政法委|有关部门|相关部门)?)` +
  '[^，,。；;：:]{0,6}?(?:要求|部署|责成|(?:明确)?规定|明确|强调|下达(?:任务|通知|指标|目标)?|(?:下发|印发)[^。；]{0,30}?要求)[，,：:]?' +
  '(?:(?:我|全)[省市县区旗]?)?(?:各|所有)(?:乡镇|乡|镇|街道|苏木|部门|单位|村|社区|县区|县|区|地|级|相关|有关|成员|执法)|' +
  `${CLAUSE_START}(?:上级(?:部门|机关)?|(${LEVEL})(?:委|政府|人民政府|里|委依法治[县区市旗]办|依法治[县区市旗]办))[^，,。；;：:]{0,6}?(?:明确)?要求(?:我|本)(?:镇|乡|苏木|街道|局|委|办|单位|部门|县|区)`,
);

/**
 * A higher body as the subject of its own act — issuing a document, holding a meeting or a training
 * (区委依法治区办印发《溱岫区…工作要点》, 县委组织部、县司法局联合举办全县领导干部法治专题讲座): the document,
 * meeting or lecture is that body's, to the end of its clause (…后，街道将其中的任务纳入年度工作计划 is the
 * unit's again). Group 1: the body's level character.
 */
export const ISSUED_BY_RE = new RegExp(
  `${CLAUSE_START}(${LEVEL})(?:委|政府办(?:公室)?|政府|人民政府|里|委办公室|委员会|委依法治[县区市旗]办|依法治[县区市旗]办|法治办|委政法委|委组织部|委宣传部|司法局|普法办)` +
  '(?:[、和及与]' + `${LEVEL}?` + '[\\u4e00-\\u9fa5]{1,8}?(?:局|部|办|委))?' +
  // (县司法局牵头对全县行政规范性文件开展了集中清理: the county's own county-wide work it leads, whatever lies between —
  // blind set 42; a county body's 督查 of all its towns without 牵头 stays the unit's duty supervised, as assessors read it)
  '(?:[^，,。；;：:]{0,4}?|(?:牵头|统一)[，,]?(?:对|在)全[县区市旗][^，,。；;：:]{0,20}?)(?:印发|出台|制定|下发|召开|组织|举办|联合举办|开展)',
);

/**
 * Another body of the unit's own county or district as the subject of a clause (区委编办牵头完成…权责清单动态调整,
 * 今年以来区信访局深入推进…，依法分类处理…, 区人民法院全年共审结…): in a department's report that body's work, not the
 * department's (blind set 34: a 司法局 reporting the district's year; red team 19). Only bodies that are never a
 * department's own office: bureaus, offices, courts and procuratorates, the 政法委, 纪委 and 编委 — a 中心, 院, 所, 队 or
 * 站 is as often the department's own (县法律援助中心, 县劳动人事争议仲裁院, 县疾控中心), and a 委员会 it houses (县医疗
 * 纠纷人民调解委员会) is credited to it by assessors. The name never runs over a joiner (县卫生健康局联合县公安局…: two
 * bodies), but 和 inside a name stays (人力资源和社会保障局). `{OWN}` is the unit's own county name (嶨川县信访局), `{L}`
 * its level character. Group 1: the body's name after the level character.
 */
export const SIBLING_SUBJECT = '(?:^|(?<=[，,；;：:。]))(?:(?:今年以来|近年来|一年来|全年|同时|此外|另外|(?:19|20)\\d{2}年(?:以来|度)?)[，,]?)?' +
  '(?:{OWN})?{L}((?:(?!联合|会同|牵头|配合|协同|与|及|对|在|为|向|把|将|由|被|经|的|等|和[县区市旗]|、|中心|全年|共)[\\u4e00-\\u9fa5]){1,12}?' +
  // (办 of 办理, 举办 is a verb, not an office)
  '(?:人民法院|法院|人民检察院|检察院|办公室|局|办(?![理结案件好])|政法委|纪委监委|纪委|编委))(?![的之])';

/**
 * The unit being assessed by a higher body (在县委依法治县办组织的年度法治建设考核中，我镇获评优秀等次): the
 * assessment is that body's work; what the unit earns there is an award, not its own 考核 of the duty.
 * Covers the 在…中 phrase itself. Group 1: the body's level character (absent for 上级).
 */
export const ASSESSED_IN_RE = new RegExp(
  // (a year before the body: 在2023年度全区法治政府建设考核中，我镇得分排名靠后 — blind set 139)
  `${CLAUSE_START}在(?:\\d{4}年度?)?(?:上级|(?:全)?(${LEVEL.replace('(?<=', '(?<=全|度|')}))[^，,。；;：:]{0,24}?(?:考核|考评|评比|评估|测评|检查|督查|评议|评查)(?:工作)?中`,
);

/**
 * A level's rule-of-law committee or its office named by level (县委全面依法治县委员会, 依法治区办, 市委依法治市委): in
 * a report of a unit below that level it is the superior's body, never the unit's own group (blind set 131: 在县委依法
 * 治县委员会组织的会议上进行述法 had given a county bureau's leading_group its partial). Group 1: the level character.
 */
export const LEVEL_COMMITTEE_RE = /(?:[省市州盟县区旗]委)?(?:全面)?依法治(省|市|州|盟|县|区|旗)(?:委员会|委|办公室|办|领导小组)/;

/**
 * The unit as the one worked for, by its level: 我镇/全镇 for a 乡镇 or 街道, 我县/我区 for a county or
 * district, 我局/本局 for a department (a department's 我县 is its county, where it works itself).
 */
export const US_BY_LEVEL: Record<string, string> = {
  // 到乡开展…, 驻镇检察室: the bare level after a verb of going; 为各街道购买…: all the units of its kind
  // (辖区 is not "us": 社区服务中心为辖区居民… is the unit's own community at work)
  township: '(?:我|本|全)(?:镇|乡|苏木|街道|街|地区)|各(?:乡镇|镇|乡|街道|苏木)|(?<=[到来驻在])(?:镇|乡|街道)(?![镇乡村街])',
  county: '(?:我|本)(?:县|区|旗|市)|各(?:县区|县市区|县|区|旗)',
  city: '(?:我|本)市',
  // (…and a town's station: 我所, 本队, 我站, 我分局 — blind set 142)
  department: '(?:我|本)(?:局|委|办|单位|部门|中心|所|队|站|分局)',
};

/**
 * Another body acting for or in the unit: 县司法局为我镇…, 县法院在我镇设立…, 区人民检察院派驻检察官到我街道…
 * `{US}` is replaced by the unit's US_BY_LEVEL and its own names (县人民法院在青石镇设立…). Group 1: the body's level character; group 2: the body.
 */
export const OTHERS_FOR_US = `(${LEVEL})([\\u4e00-\\u9fa5]{0,10}?(?:司法局|司法厅|人民法院|法院|人民检察院|检察院|公安局|公安分局|法律援助中心|政法委|依法治[县区市旗]办|讲师团|委员会|法庭|妇联|团委|总工会|工会|科协|局|厅|院|委|办|中心))` +
  // (向我镇转办信访事项: something sent to the unit, which then does the work)
  '[^，,。；;：:]{0,16}?(?:为|给|帮|帮助|协助|在|到|来|深入|进驻|派驻|驻|对)(?:全[省市县区])?(?:{US})';

/**
 * After another body acting on the unit (县委依法治县办…对我局): the act is inspecting the unit's own duty (法治建设开展督查) —
 * the duty supervised, duty_assessment's partial, not another body's work done for the unit (blind set 108: 县委依法治县办和宿州
 * 市医疗保障局对我局法治建设开展督查 read as others' work). Not 考核: the unit assessed by its county is the county's 考核, not the
 * unit's own (the genre corpus's T11, 县委依法治县办对我镇法治建设工作进行年度考核 — no credit).
 */
export const SUPERVISES_US = /^[^，,。；;]{0,14}?(?:督查|督导|督察)/;

/** Before another body (in the sentence): the unit asked for, or joined in, the work — its own again. */
export const OTHERS_INVITED = /(?:邀请|特邀|聘请|联合|会同|协调|争取|配合|借助|依托|通过|协同|对接|联动|携手|牵头|商请|申请|请求|积极争取|协办|承办|指导下)/;

/** A rule quoted: 《…》(第…条…款)规定/明确/要求/指出，then what it says; or a notice or office quoted in quotation marks (通知要求：“…”). */
export const QUOTED_RULE_RE = new RegExp('《[^》]{1,40}》(?:第[^，。；《》]{1,14}[条款项])?中?(?:(?:明确|也|还)?(?:规定|要求|指出|提出|强调)|明确)[，,：:]?' +
  // …or a superior's notice quoted word for word before the unit answers it (通知要求：“要…深入分析原因…”: blind set 45)
  '|(?:通知|文件|方案|意见|要点|上级|依法治[县区市旗]办)(?:中|里)?(?:明确|也|还)?(?:要求|指出|提出|强调)[，,：:]?[“"「]');

/**
 * A higher body's demand restated with no quotation mark and no 各/所有 (省里在年初明确要求，全面推行行政执法公示制度、…: blind set 315 — the
 * province's requirement, not the bureau's deed; its assessor credited only what the bureau did about it in the next sentence). Read as a rule
 * quoted: what follows up to the hit is the demand unless the unit takes the subject again (县里要求，我镇…). Group 1: the body's level
 * character (absent for 上级/上面), checked to be a superior of the unit's.
 */
export const SUPERIOR_DEMAND_RE = new RegExp(`${CLAUSE_START}(?:上级(?:部门|机关)?|上面|(${LEVEL})(?:里|委|政府|人民政府|委依法治[县区市旗]办|依法治[县区市旗]办|法治办|局|厅))` +
  // (…or after its notice: 县委依法治县办年初印发通知，要求乡镇全面推行… — red team 113's r2_04; 市局要求， a county bureau's city bureau, r2_05)
  '(?:(?:在[^，,。；;：:]{1,6}?)?(?:明确|也|还|再次|进一步|专门)?|[^，,。；;：:]{0,8}?(?:印发|下发|制发)[^，,。；;：:]{0,16}?(?:通知|文件|方案|意见)[，,](?:明确)?)(?:要求|提出|强调)[，,：:]?');

/**
 * What a quoted rule says: a modal of obligation (应当, 必须, 不得, 须, 需 …). Not 应急, 相应, 应聘, and not
 * the slogans 应公开尽公开 / 应援尽援 or a relative 凡应当公示的 (the unit's practice).
 */
/** Before a quoted rule in its clause: the unit applying it (严格执行《条例》规定，坚持…), its own work. */
export const APPLYING = /(?:按照|根据|依据|依照|遵照|执行|落实|贯彻|对照|结合|遵循|严格|按|依)[^，,。；;]*$/;

export const NORM_MODAL = /(?<!凡)(?:应当|应该|必须|务必|不得|(?<![相响供对适反答回效呼感])应(?![急用对聘邀届]|[\u4e00-\u9fa5]{1,3}尽)|须(?!知)|需(?!求|要)|(?<![主重需只])要(?=推行|建立|落实|健全|完善|加强|推进|实行|做到|坚持|严格|全面))/;

/**
 * The unit itself taking the subject again after another body's clause (…，我镇积极配合…; 本局…; 我们…;
 * 镇人民调解委员会…; 局党组…; and its own name, checked in scope.ts): from there the work is the unit's.
 */
export const OWN_SUBJECT = new RegExp('(?:^|[，,：:])(?:同时|并|还)?(?:(?:我|本|全)(?:镇|乡|苏木|街道|街|局|县|区|旗|市|委|办|单位|部门|所|中心|院)' +
  '|(?:镇|乡|街道|苏木|县|区|旗|局)(?:党委|党工委|政府|人民政府|办事处|党组|人民调解委员会|调委会|司法所|综治中心|机关|领导班子|主要负责人|主要领导|班子成员))|我们');
