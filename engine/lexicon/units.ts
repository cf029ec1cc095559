/** Names of reporting units: government levels, their place suffixes, and generic words that are not names. */

/** Suffixes of an organisation named in a title or 落款. */
export const ORG_SUFFIX = '(?:人民政府|政府|街道办事处|办事处|委员会|党委|党工委|管委会|局|委|办公室|办|厅|中心|院|署|所|队|站|乡|镇|街道|县|区|市|旗)';

/** Place tokens of a unit name, most general first: 重庆市 万州区 白土镇. */
export const PLACE_TOKEN = '[\\u4e00-\\u9fa5]{1,8}?(?:自治州|自治县|自治旗|特别行政区|自治区|省|市|盟|地区|县|区|旗|镇|乡|街道|苏木)';

/** Words before 乡/镇/街道/县/区 that make the whole a generic word, not another unit's name. */
export const GENERIC_PLACE_PREFIX = '全我本该各每城下返回家故老同异他外入进到在和与及乡村集市古小名强重坐县区的个两一二三四五六七八九十几多等、贫富美特社街主要沿周邻兄弟辖原撤并建乡级镇级县级区级省级市级跨';
/** Words after 乡/镇 that make the pair a common word (乡村, 镇街, 县域 …). */
export const GENERIC_PLACE_NEXT = '村镇里间亲土愁贤情音邻野域街级';
