/**
 * What counts as a quantity (criteria.md, quantified_outcomes): a number with a unit or a %.
 * Years, dates, ordinals, plan names (八五), law titles and set phrases are not quantities.
 */

/**
 * Measures (60吨, 1.2万亩, 3.5万立方米, 12辆): a blind assessor counts them (set 62); not 台 (五台县), 头/只 (两头, 一只).
 * Glued to the next word in Chinese numerals they are names or descriptors (三棵树村, 十八亩村, 五棵松社区, 千亩茶园 — red
 * team 35), and thresholds or sizes are no results (5亩以上, 辖区面积86.5平方公里): document/quantities.ts asks for that.
 */
const MEASURES = ['万立方米', '立方米', '平方公里', '万吨', '吨', '万亩', '亩', '公顷', '公斤', '千克', '辆', '株', '棵', '艘'];
export const MEASURE_UNITS: ReadonlySet<string> = new Set(MEASURES);

/** Units, longest first so 人次 wins over 人. */
export const QUANTITY_UNITS = [
  // (vehicles and runs checked: 查处超限超载车辆136台次, 检查车辆420辆次 — blind set 146; bare 台 stays out: 五台县)
  '万人次', '人次', '场次', '户次', '件次', '家次', '批次', '卷次', '台次', '辆次', '车次', '架次', '艘次', '趟次', '课时', '学时', '小时', '公里', '平方米', '万元', '亿元', '千元',
  '次', '件', '起', '人', '名', '场', '份', '期', '条', '个', '项', '家', '户', '宗', '例', '批', '篇', '册', '本', '张',
  '处', '座', '所', '支', '块', '幅', '位', '部', '套', '堂', '节', '轮', '元', '万份', '万册',
  // (档案 are counted in 卷: 整理档案3400卷, 调阅3400余卷次 — blind set 71)
  '卷',
  ...MEASURES,
];

/**
 * Set phrases that contain a numeral and a unit but are names, not counts. Matched against the
 * sentence; a quantity inside one of them is dropped. (Quantities inside “…” and 《…》 are dropped
 * anyway.)
 */
export const NOT_A_QUANTITY = [
  '三项制度', '三重一大', '三会一课', '两学一做', '四下基层', '两个维护', '两个确立', '四个意识', '四个自信', '四个全面',
  '三个务必', '五个一', '十个一', '一村一', '一乡一', '一社区一', '一站式', '最后一公里', '一次也不跑', '最多跑一次',
  '一件事', '一网通办', '一张网', '双随机', '一公开', '一案双查', '两法衔接', '一规划两纲要', '一个中心', '两个基本点',
  '三治融合', '三务公开', '四议两公开', '一岗双责', '三个一批', '多个部门', '一把手', '一号文件', '一亩三分地',
  // idioms whose numeral and measure word read as a count (走进千家万户 → 千家: blind set 98)
  '千家万户', '三番五次', '千人千面', '十户一长',
  // the centre's rules named by their count (中央八项规定精神: blind set 120 — eight rules, no work done)
  '八项规定(?!动作)', '六项禁令',
  // the party's and the courts' rules and duties named by their count (防止干预司法三个规定, 全面从严治党两个责任, 监督执纪四种形态:
  // red team 75 — no work counted)
  // (not 两个责任人/责任区, a head count and two patrol zones; not …等三个规定, rules the unit counts — red team 76)
  '(?<!等)三个规定', '两个责任(?![人区田片制])', '四种形态', '三个区分开来', '五位一体', '两个毫不动摇', '两个至上',
];
