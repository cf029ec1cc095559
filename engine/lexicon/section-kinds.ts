/**
 * How a heading names its section's kind (criteria.md, "Where evidence may come from").
 * `strong` patterns reclassify a section at any depth; `weak` ones only a top-level section, where
 * a short heading such as 二、存在问题 is unambiguous but a nested one such as （三）化解信访问题 is not.
 * When several kinds match, the one named first in the heading wins (存在问题及下一步打算 → shortcomings).
 */
import type { SectionKind } from '../types.js';

export interface KindPatterns { kind: SectionKind; strong: string; weak?: string }

/**
 * A closing part of suggestions to the superior, named by its whole heading: 意见建议 (or 建议和意见, 意见、建议, 工作建议,
 * 建议, 对策建议 — red team 111's r5_03), after at most a short …的 that gathers nothing (对区委区政府的, 更好推进贯彻落实的, 对全县法治建设的几点 — blind set 281) or 有关/几点/工作…, and nothing after it but a list's first marker (a page run together:
 * 四、意见建议1.建议…). Anywhere else the words are what the unit gathered or handled — 收集意见建议426条, 广泛听取意见建议,
 * （三）意见建议办理公开, 1.…征询意见建议，并组织专家论证… (blind set 30; red team 16) — and a whole item sentence read as
 * a heading must not turn into plans for them.
 */
const ADVICE_HEADING = '^\\s*(?:(?![^，。；：]*(?:听取|征求|征询|收集|征集|办理|采纳|反映|梳理|回复|答复|吸纳|汇总|群众|代表|委员))[^，。；：]{1,20}?的(?:有关|相关|几点|若干|几条)?|有关|相关|几点|若干|几条|工作|主要|对策[、和与及]?)?(?:意见[、和与及]?建议|建议[、和与及]?意见|建议)'
  + '(?=$|[：:]|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．]|[一二三四五六七八九十]是|[（(][一二三四五六七八九十0-9]{1,3}[)）])';

/** After what came before (上年度, 督察反馈 …, or an earlier year): the problems, then their rectification (not its measures to come). */
const RECTIFIED = '[^，。；]{0,16}(?:问题|不足|短板|差距|弱项|意见)[^，。；]{0,10}整改(?!措施|举措|方向|思路|计划|打算)';

/** Words that complete a plan word as a heading's head (计划措施, 安排意见): still the plans part. */
const PLAN_COMPLETION = '措施|举措|目标|任务|重点|意见|建议|要点';

/** Verbs of changing an approach (创新工作思路, 转变工作思路): the year's work, never a plan — red team 104's r7_04. */
const APPROACH_CHANGED = '创新|转变|拓宽|开拓|拓展|理清|厘清|优化|改进|更新';
export const SECTION_KIND_PATTERNS: KindPatterns[] = [
  {
    kind: 'shortcomings',
    // (整改不到位的问题: what is still not fixed — red team 28)
    strong: '存在的?(?:主要)?(?:不足|问题|短板|差距|困难|薄弱)|整改不到位|整改不彻底|尚未整改|未整改到位|(?:不足|短板|差距|问题)(?:和|与|及|、)(?:不足|问题|短板|差距|原因|困难)|不足之处|薄弱环节|问题和原因|问题及原因|主要问题|困难和问题|问题与不足|^[^，。；]{0,10}?(?:还|仍)?(?:需要|有待|亟待|仍需)(?:改进|提升|加强)的(?:地方|方面|问题)[：:。]?$|^(?:亟需|亟待|急需|仍需|需要)解决的(?:主要)?(?:问题|困难)|^(?:当前|目前|工作中|今后)?(?:面临|存在)的(?:主要)?(?:挑战|困难)(?:[和与及、](?:挑战|困难|问题))?[：:。]?$',
    // a short lead-in then the problem word (存在问题, 工作中的短板), unless a verb is solving it (着力解决…问题)
    weak: '^(?!.*(?:解决|化解|整改|破解|聚焦|排查|处理|反映|补齐|弥补|补足|克服|缩小|回应)).{0,8}(?:问题|不足|短板|差距|困难|薄弱)'
      // (a top-level part of the causes alone — 三、原因分析, 三、原因剖析, 三、主要原因 — is the shortcomings' own: new user 44's three
      // reports had it read as work done, so their causes were never seen; a nested one keeps its part's kind — red team 26's
      // （四）原因分析 under the plans; never an item of work on others' causes: 深入开展信访问题原因分析)
      + '|^(?:存在)?(?:问题|不足|短板|差距)?(?:的)?(?:主要|深层次)?原因(?:分析|剖析|查找|探析)?[：:。]?$'
      // (a self-assessment's part on the points it lost — 八、扣分说明, 【失分原因】, （八）失分情况 — names its failings: blind set 300;
      // top-level only: 扣分说明：… run in under each indicator is that indicator's note, not a part)
      + '|^[【〖]?(?:本?年度|自评|自查|考核)?(?:扣分|失分|丢分|减分)(?:的)?(?:情况)?(?:说明|原因|情况|事项|项目?|分析)[】〗]?[：:。]?$',
  },
  {
    kind: 'plans',
    // (对策措施, 改进措施 after the shortcomings: what the unit will do about them — red team 25)
    // (…never the approach changed as the year's work — （三）创新工作思路，提升服务水平, 【创新工作思路】: red team 104's r7_04)
    strong: `下一年度|下一步|下步|下阶段|下一阶段|下年度|明年|来年|今后|工作打算|(?<!${APPROACH_CHANGED})工作思路|工作设想|工作谋划|努力方向|工作展望|初步安排|对策措施|改进(?:措施|举措|方向)|${ADVICE_HEADING}`,
    // (三、整改措施 after the problems: what will be done about them — red team 28; as a label inside an item,
    // 整改措施：一是建立问题清单…, it tells measures taken: blind set 14)
    // (as the heading's last word, with a word completing it, or before another plan word joined to it — 工作计划, 计划措施,
    // 思路举措, 安排意见, 计划与打算, 工作安排和重点任务, 整改措施：…; a word it qualifies after it is no plan: 加强科技计划项目和资金
    // 监管, 精心安排部署, 资金安排和使用管理, 整改措施落实情况, nor a plan carried out: 落实年度普法计划 — blind set 69, red team 38)
    weak: `(?:打算|计划|安排|思路|设想|展望|整改(?:措施|举措|方向))(?<!(?:落实|完成|执行)[^，。；：:]{0,6}(?:打算|计划|安排))(?<!(?:${APPROACH_CHANGED})[^，。；：:]{0,4}思路)`
      + `(?=(?:${PLAN_COMPLETION})?(?:[和及与、][^，。；：:]{0,6}?(?:${PLAN_COMPLETION}|打算|计划|安排|思路|设想|展望))?(?:[\\s）)】〗”"]*$|[：:。]|如下))`,
  },
  {
    kind: 'first_duty',
    // (主要领导 for 主要负责人, and the duty named a few words on: 区政府主要负责人推进法治政府建设的履职情况, 压实主要负责人
    // 法治建设责任, 党政主要领导履行推进法治建设主体责任情况 — red team 15; the rubric's first_duty_heading asks the same)
    strong: '第一责任|主要负责(?:人|同志)(?:切实)?履行|履行(?:推进)?法治(?:政府)?建设(?:第一)?(?:责任|职责)|主要负责(?:人|同志).{0,8}(?:职责|履职)'
      + '|(?:主要负责(?:人|同志)|主要领导)[^。；]{0,20}(?:法治|依法行政)[^。；]{0,12}(?:职责|责任|履职)|(?:法治|依法行政)[^。；]{0,12}(?:主要负责(?:人|同志)|主要领导)[^。；]{0,6}(?:职责|责任|履职)',
  },
  {
    kind: 'achievements',
    // (earlier or others' findings and their rectification — 上年度存在问题整改情况, 2023年度督察反馈问题整改落实情况, 去年存在的短板
    // 弱项整改推进情况: work done in the report year, named before the problem word so it wins — blind set 49, red team 28;
    // 存在的问题及整改情况 names no earlier year: this year's problems, shortcomings)
    // (2023年法治政府建设情况和存在问题 as the first part: the work, with the problems after it, not all problems — red team 28)
    strong: '主要举措|主要成效|举措和成效|举措与成效|工作成效|主要做法|工作开展情况|工作完成情况|主要工作|工作情况|进展情况|取得的成效|工作成绩|(?:建设|工作)(?:开展)?情况(?=[和及与、])'
      + `|(?:上一?年度?|去年|往年|以往|前期|督察|督查|巡察|巡视|审计|反馈)${RECTIFIED}`,
  },
];

/** A heading that names the next year (2025年…工作思路) is a plans heading in a report for 2024. */
export const NEXT_YEAR_HEADING = '(\\d{4})\\s*年';
/**
 * A heading on an earlier year's problems and their rectification (2023年度存在问题整改工作情况 in a report for 2024) is
 * achievements; with the report's own year (2024年度推进法治政府建设存在的不足、原因和问题整改情况) it stays shortcomings.
 */
export const EARLIER_YEAR_RECTIFIED = `(\\d{4})\\s*年度?${RECTIFIED}`;

/**
 * What an attachment after the 落款 holds, by its title. The year's figures (…数据统计表, …主要数据) are read
 * as achievements; a plan or a task list (…工作要点, …任务分解表) as plans. A form, template, rating sheet,
 * outline or rectification ledger (样表, 填报表, 测评表, 撰写提纲, 整改台账 …) reports nothing done, and a task
 * table (…重点任务完成情况表, …推进台账) mixes rows done with rows 未完成, 推进中 or 顺延 (red team 14): both stay
 * in the closing with any other document (a contract, a rule's text, a list of titles).
 */
export const ATTACHMENT_FIGURES = '统计表|数据表|数据统计|主要数据|统计情况|数据一览|数据汇总|(?:执法|工作|业务)数据$';
export const ATTACHMENT_PLANS = '工作要点|计划|安排|打算|任务分解|任务清单|重点任务表';
export const ATTACHMENT_FORM = '另行报送|另报|另附|附后|略|样表|样式|模板|范本|填报|测评|评分|评价|考核表|打分|整改|提纲|问卷|申报|对比|目标|任务|台账|完成情况';
