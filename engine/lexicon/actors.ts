/**
 * Who did the work a sentence tells (scope.ts actorRefusal). A report earns credit for its own
 * unit's work in the report year; three kinds of sentence tell something else in the same words:
 * - a requirement a higher body handed down to others (县政府要求各乡镇聘请法律顾问…): an order, not a deed;
 * - another body's work done for or in the unit (县司法局为我镇选派村法律顾问, 县法院在我镇设立法官工作室，
 *   诉前调解纠纷46件): the county's or the court's, not the town's;
 * - a rule quoted (《优化营商环境条例》规定，行政执法机关应当落实…): what ought to be, not what was done.
 * Assessors give none of them credit (blind set 17; red team 3's traps). Where the unit asked for
 * the help (邀请县司法局为我镇干部讲授…) the work is its own again: OTHERS_INVITED.
 */

/** A level character of a body above a unit or beside it, at a word start (not 社区, 园区 …). */
const LEVEL = '(?:省|自治区|市|州|盟|县|自治县|区|旗)';

/** Where a clause's own subject may start: its beginning or after a clause mark. */
const CLAUSE_START = '(?:^|(?<=[，,；;：:。]))';

/**
 * A requirement handed down: a higher body (上级, 县政府, 市委依法治市办 …) 要求/部署/责成 all the units
 * of a kind (各乡镇, 全县各部门). Group 1: the issuer's level character (absent for 上级/上面).
 */
export const HANDED_DOWN_RE = new RegExp(
  `${CLAUSE_START}(?:根据|按照|按|依据|落实)?(?:上级(?:部门|机关)?|上面|(${LEVEL})(?:委|政府|人民政府|里|级|委办公室|委员会|委依法治[县区市旗]办|依法治[县区市旗]办|法治办|委政法委|有关部门|相关部门)?)` +
  '(?:也|还|专门|明确|多次|统一|进一步|同时)?(?:要求|部署|责成|(?:下发|印发)[^。；]{0,30}?要求)[，,：:]?(?:全[省市县区旗])?各(?:乡镇|乡|镇|街道|苏木|部门|单位|村|社区|县区|县|区|地|级|相关|有关|成员)',
);

/**
 * Another body acting for or in the unit: 县司法局为我镇…, 县法院在我镇设立…, 区人民检察院到我街道…
 * Group 1: the body's level character; group 2: the body (to tell the unit itself from it).
 */
export const OTHERS_FOR_US_RE = new RegExp(
  `((?:${LEVEL}))([\\u4e00-\\u9fa5]{0,8}?(?:司法局|人民法院|法院|人民检察院|检察院|公安局|公安分局|法律援助中心|政法委|依法治[县区市旗]办|委员会|局|院|委|办|中心))` +
  '(?:专门|积极|主动|先后|多次|还|也|定期|每月|每周)?(?:为|给|帮|帮助|协助|在|到|深入|进驻|派驻|驻|向|对)(?:我|本)(?:镇|乡|苏木|街道|街|局|县|区|旗|单位|部门)',
);

/** Before another body in the same clause: the unit asked for or joined in the work, which is its own. */
export const OTHERS_INVITED = /(?:邀请|特邀|聘请|联合|会同|协调|争取|配合|借助|依托|通过|与|和|协同|主动对接|对接)[^，,；;。]*$/;

/** A rule quoted: 《…》(第…条)规定/明确/要求/指出，then what it says. */
export const QUOTED_RULE_RE = /《[^》]{1,40}》(?:第[^，。；《》]{1,10}条)?中?(?:明确|也|还)?(?:规定|要求|指出|提出|强调)[，,：:]?/;

/** What a quoted rule says: a modal of obligation (应当, 必须, 不得 …; 应急, 相应, 应聘 are other words). */
export const NORM_MODAL = /应当|应该|必须|务必|不得|(?<![相响供对适反答回效呼感])应(?![急用对聘邀届])|须(?!知)/;

/**
 * The unit itself taking the subject again after another body's clause (…，我镇积极配合…; 本局…; 我们…):
 * from there the work is the unit's.
 */
export const OWN_SUBJECT = /(?:^|[，,：:])(?:同时|并|还)?(?:我|本)(?:镇|乡|苏木|街道|街|局|县|区|旗|市|委|办|单位|部门|所|中心|院)|我们/;
