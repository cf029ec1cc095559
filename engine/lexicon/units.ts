/** Names of reporting units: government levels, their place suffixes, and generic words that are not names. */

/**
 * Suffixes of an organisation named in a title or 落款. Besides government levels and offices, the
 * bodies outside that pattern that publish the report too, each only in a form no common word ends
 * with: a 供销合作社(联合社) (not 合作社 alone: 农民专业合作社 is whom it serves), a Corps regiment
 * numbered in Chinese or figures (二三八团, 一〇一团, 51团; not 共青团, 艺术团), its 团场, and a state 林场/农场/牧场
 * (blind set 80: 嵽口县供销合作社联合社 read as 嵽口县; set 78: 第十五师二三八团 not read at all); and the mass
 * organisations that report too — 总工会, a 联合会 (妇女, 残疾人, 工商业, 文学艺术界), their short forms (妇联, 残联, 工商联,
 * 科协, 文联, 侨联) and the 红十字会 (blind set 82: each had been read as its county); and a bank's 支行/分行 (中国人民银行唐县支行
 * had been read as 中国人民银行唐县, its 落款 as no issuer: red team 61); and a party committee's own departments (县委宣传部,
 * 组织部, 统战部 — 委 and two characters before 部 — 党校, 党史研究室), the 人民武装部, a 广播电视台, a 协会 (科学技术协会) and a
 * credit co-operative's 联社 (red team 66: each read as its county or its 县委, and ranked with county governments); the
 * 统一战线工作部 and 社会工作部 written in full, a 法学会 and a 海关 (red team 67: no unit, or the county before them).
 */
export const ORG_SUFFIX = '(?:人民政府|政府|街道办事处|办事处|海事处|管理处|公证处|委员会|党委|党工委|管委会|局|委|办公室|办|厅|中心|院|馆|署|所|队|站|乡|镇|街道|苏木|县|区|市|旗|供销合作社联合社|供销合作社|供销社|联合社|(?<=[0-9〇一二三四五六七八九十百])团|团场|林场|农场|牧场|垦殖场|总工会|联合会|妇联|残联|工商联|科协|文联|侨联|红十字会|支行|分行|(?<=委)[\u4e00-\u9fa5]{2,6}部|人民武装部|党校|研究室|广播电视台|电视台|协会|学会|联社|海关|监狱)';

const HEAD_ORG = new RegExp(`^.*${ORG_SUFFIX}$`);
const HEAD_ORG_PREFIX = new RegExp(`^.*${ORG_SUFFIX}`);
/**
 * The organisation name a title's head (or an issuer line) starts with: the whole head when it ends in one — the longest
 * match may end inside the last name, at a shorter suffix within it (岚川经济开发区管委会: 管委 + 会 — sweep 5) — else the
 * longest prefix ending in one; null when it holds none.
 */
export function orgNameAtHead(head: string): string | null {
  const m = HEAD_ORG.exec(head) ?? HEAD_ORG_PREFIX.exec(head);
  return m ? m[0] : null;
}

/**
 * The head office before a vertically managed body's place (国家税务总局, 国家金融监督管理总局, 中国人民银行 …); the place may
 * be one character and its level (中国人民银行唐县支行: not 行唐县, the county the bank's 行 and 唐县 spell together).
 */
export const VERTICAL_HEAD = /^(?:国家税务总局|国家金融监督管理总局|中国人民银行|国家统计局|中国气象局|国家邮政局|国家烟草专卖局)(?=[\u4e00-\u9fa5]{1,12}?(?:省|市|县|区|旗|自治州|自治县))/;

/**
 * The party's name before a party-side unit's place (中共安吉县委…, 中国共产党安吉县天荒坪镇委员会, 中共某县司法局党组): the
 * place tokens start after it — read as part of the place (中共安吉县) the unit's own name matched nothing in its text.
 */
export const PARTY_HEAD = /^(?:中国共产党|中共)(?=[\u4e00-\u9fa5]{1,12}?(?:省|市|县|区|旗|州|盟|镇|乡|街道|苏木))/;

/** Place tokens of a unit name, most general first: 重庆市 万州区 白土镇. */
// up to 12 characters before the level: 淮川高新技术产业开发区 keeps its 淮川 (8 cut it to 高新技术产业开发区)
// a level character followed by another one is inside a name, not its end: 内乡县, 新乡县, 天镇县 and 武乡县 are
// counties, 麦市镇 and 新市镇 towns (a red team found ~200 such names read at the wrong level)
export const PLACE_TOKEN = '[\\u4e00-\\u9fa5]{1,12}?(?:自治州|自治县|自治旗|特别行政区|自治区|省|市(?![县区镇乡旗])|盟|地区|县|区|旗|镇(?![县区乡旗市])|乡(?![县区镇旗市族])|街道|苏木)';

/** Words before 乡/镇/街道/县/区 that make the whole a generic word, not another unit's name. */
// and prepositions and verbs that take the level as their object: 经镇党委会研究, 由镇司法所, 向县政府报告, 报区委
export const GENERIC_PLACE_PREFIX = '全我本该各每城下返回家故老同异他外入进到在和与及乡村集市古小名强重坐县区的个两一二三四五六七八九十几多等、贫富美特社街主要沿周邻兄弟辖原撤并建乡级镇级县级区级省级市级跨经由向对报请交被从为将把给';
/**
 * Kinds of zone a 管委会 governs, longest first: what is left of 淮川高新技术产业开发区 without one (淮川)
 * is the name the zone goes by in its documents (《淮川高新区…要点》).
 */
/**
 * A landscape's or a port's zone: 天目湖旅游度假区, 九华山风景区, 嘉兴港区, 鄱阳湖自然保护区. The gazetteer holds a few township-level
 * divisions called by the kind alone (旅游度假区 of 潜山市 and of 海阳市, 保税区 of 北仑区 and of 香洲区): one places a unit only when its
 * name's words before the kind name that division's city or county (珠海保税区, 海阳旅游度假区) — 天目湖旅游度假区管委会 had been cut to
 * 潜山's and placed in 安徽 (blind set 155); red team 82 found 珠海保税区 and 宁波保税区 unplaced when the kind was never a place.
 */
export const LANDSCAPE_ZONE_WORDS = ['旅游度假区', '度假区', '风景名胜区', '风景区', '综合保税区', '保税区', '港区', '自然保护区'];
export const ZONE_WORDS = ['高新技术产业开发区', '经济技术开发区', '高新技术开发区', '经济开发区', '高新区', '经开区', '开发区', '工业园区', '产业园区', '园区', '新区', '试验区', '实验区',
  ...LANDSCAPE_ZONE_WORDS];
/** A farm's kind ending a name (石花尖垦殖场, 红旗岭农场, 塞罕坝机械林场): the one list every reader of farms asks (resolve.ts, local-items.ts, foreign-places.ts, unit-kind.ts). */
export const FARM_END = /(?:垦殖场|农场|林场|牧场|茶场|园艺场|渔场|盐场)$/;
/** a name ends with a zone word (汾湖高新区, 苏州工业园区): one test for every reader that asks (metadata.ts, local-items.ts) */
export const ZONE_END = new RegExp(`(?:${ZONE_WORDS.join('|')})$`);
/** Words after 乡/镇 that make the pair a common word (乡村, 镇街, 县域, 乡风 — 文明乡风建设: red team 47 …). */
export const GENERIC_PLACE_NEXT = '村镇里间亲土愁贤情音邻野域街级风';

/**
 * Short names of government departments as reports write them, with the full name a ranking shows
 * (人社局 → 人力资源和社会保障局). Only forms that stand for one department.
 */
export const DEPARTMENT_SHORT_NAMES: Record<string, string> = {
  人社局: '人力资源和社会保障局',
  人力社保局: '人力资源和社会保障局',
  市场监管局: '市场监督管理局',
  卫健委: '卫生健康委员会',
  卫健局: '卫生健康局',
  卫生健康委: '卫生健康委员会',
  发改委: '发展和改革委员会',
  发改局: '发展和改革局',
  住建局: '住房和城乡建设局',
  住建委: '住房和城乡建设委员会',
  自然资源局: '自然资源局',
  规划和自然资源局: '规划和自然资源局',
  生态环境局: '生态环境局',
  农业农村委: '农业农村委员会',
  交通局: '交通运输局',
  文旅局: '文化和旅游局',
  文广旅局: '文化广电和旅游局',
  应急局: '应急管理局',
  民宗局: '民族宗教事务局',
  民委: '民族事务委员会',
  教委: '教育委员会',
  科技局: '科学技术局',
  工信局: '工业和信息化局',
  医保局: '医疗保障局',
  退役军人局: '退役军人事务局',
  城管局: '城市管理局',
  综合执法局: '综合行政执法局',
  // mass organisations, which report too (blind set 82)
  妇联: '妇女联合会',
  残联: '残疾人联合会',
  工商联: '工商业联合会',
  科协: '科学技术协会',
  文联: '文学艺术界联合会',
};

/** DEPARTMENT_SHORT_NAMES read the other way: a full name's short forms, in the table's order. */
const SHORT_NAMES_OF = new Map<string, string[]>();
for (const [short, full] of Object.entries(DEPARTMENT_SHORT_NAMES)) SHORT_NAMES_OF.set(full, [...(SHORT_NAMES_OF.get(full) ?? []), short]);
/** The short forms reports write for a department's full name (市场监督管理局 → 市场监管局); [] when the table has none. */
export const departmentShortNames = (full: string): readonly string[] => SHORT_NAMES_OF.get(full) ?? [];
/**
 * A county-level department as its own report and papers call it, its place cut to the level alone: `level` + the body, then + each short
 * form (县 + 市场监督管理局 → 县市场监督管理局, 县市场监管局).
 */
export const departmentByLevel = (level: string, body: string): string[] => [body, ...departmentShortNames(body)].map((n) => level + n);

/** What a self-name (我街, 我镇, 我县 …) says about the level of the unit. */
export const SELF_NAME_LEVELS: Record<string, string> = {
  街: '街道', 街道: '街道', 苏木: '苏木', 镇: '镇', 乡: '乡', 县: '县', 区: '区', 市: '市', 旗: '旗',
};
