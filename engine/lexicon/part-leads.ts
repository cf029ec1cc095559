/**
 * Lead sentences that open a part without a heading (issue 10 §2). Many reports end their numbered
 * achievements and go on, with no heading, to a paragraph that opens the shortcomings
 * (全年工作虽有进展，但…还有差距，主要是：) or next year's plan (下一步，我镇将重点做好以下工作：).
 * Only the lead sentence of a paragraph is read (up to its first 。！？；：), and only at its start.
 */

/** A turn that leads into problems: 但/同时/然而, 虽…但, 在…的同时, 对照…, 我们也清醒地看到 … */
export const SHORTCOMING_TURN =
  '^(?:但是?|同时|然而|当然|不过|与此同时|客观地?(?:说|看)|总体(?:来|上)看|总的来看|回顾[^，。]{0,12}|对照[^，。]{2,30}|[^。；]{0,40}?虽然?[^。；]{0,60}?(?:但|然而)|尽管[^。；]{0,60}?(?:但|然而)|在[^。；]{2,40}?的同时|(?:我们)?(?:也|还)?(?:要)?清醒地?(?:看到|认识到)|我们也(?:看到|认识到|发现))';
/** What must follow the turn: a problem word (问题 and 困难 only when something still has them: 还存在…问题, not 问题台账). */
export const SHORTCOMING_PROBLEM = '(?:存在|还有|仍有|仍然|依然|尚有|也有|面临)[^。]{0,20}(?:问题|困难|瓶颈)|不足|短板|差距|薄弱|不够|有待|亟待|弱项|欠缺|不到位|不平衡|不充分';
/** A lead announcing problems outright: 还存在一些问题和不足，主要是： */
export const SHORTCOMING_SIGNPOST =
  '(?:存在|还有|仍有|也有|面临)着?[^。，；]{0,10}(?:问题|不足|短板|差距|困难|薄弱环节)[^。；]{0,12}(?:主要(?:是|有|表现在|体现在)|具体(?:如下|表现为)|如下|[：:])$' +
  // …and the problems told in the same sentence: 工作中也还存在一些不足，主要是乡村干部法律知识不够系统… (blind set 24)
  // (only after the work as a whole or the unit: 全镇各村仍有一些历史遗留问题，主要是… opens a paragraph of work: red team 10)
  '|^(?:(?:工作中|同时|但是?|当然|然而|不过)[，,]?)?(?:我们|我[乡镇县区局街市]|本[乡镇县区局街市])?(?:的)?(?:法治政府建设|法治建设|依法行政)?(?:工作)?(?:中)?(?:也|还|仍然?|依然)+(?:存在|有)着?[^。，；]{0,10}(?:问题|不足|短板|差距|薄弱环节)[，,](?:主要|具体)(?:是|有|表现(?:在|为)|体现在)';
/** Causes of the shortcomings open (or continue) the shortcomings part. */
export const SHORTCOMING_CAUSES = '^(?:究其原因|分析原因|深究原因|(?:出现|存在|产生)(?:上述|以上|这些)(?:问题|不足)的(?:主要)?原因|原因主要(?:是|有|在于))';
/** A lead that is solving problems, not reporting them (着力解决群众反映的问题): never a shortcomings lead. */
// (not 亟待解决的问题 or 针对性不够: a problem still waiting, a want of pertinence — red team 10)
// (…，重点做了以下工作：announces work done against the problems named — red team 28)
export const SOLVING = '(?<!亟待|有待|需要|尚未|仍需|急需|亟需|难以)解决|化解|整改|破解|排查|处理|回应|补齐|弥补|针对(?!性)|聚焦|(?:做|开展|采取)了(?:以下|如下)';

/** Time words that open next year's plan; a year (2025年) counts only when it is the report year + 1. */
export const PLAN_TIME = '下一步|下步|下一阶段|下阶段|今后(?:一个时期|一段时期|一段时间)?|在今后的?(?:工作中)?|明年|来年|新的一年(?:里|中)?|新一年(?:里|中)?|在新的一年里?|展望(?:未来|明年|新的一年)|(?:展望|面向|进入)?(\\d{4})年度?';
/** The unit named without 我/本 (下一步，街道将…; 镇政府将…): in a plan lead right after a time word. */
export const PLAN_SELF = '(?:街道办事处|街道办|街道|镇政府|乡政府|镇党委|乡党委|县政府|区政府|管委会|[镇乡县区局委办]里?)';
/** Who will act: 我们, 我镇, 本局, or none (下一步，将…). */
export const PLAN_SUBJECT = '(?:我们|我[镇乡街区县市局委办所]|本[镇乡街区县市局委办所])';
/**
 * A coming year's resolutions with no verb of intent: the coming year opening the paragraph (新的一年，明年，2025年，), the unit or
 * one of its organs or nobody (我镇, 局党组, 县政府), then the pledges offices write plans in — 坚持…不动摇, 持续, 着力, 力争, 确保,
 * 切实 (blind set 316: three closing paragraphs 新的一年，我镇坚持…不动摇，持续压实…；着力… under no heading, each read as the
 * plan by its assessor). RESOLVED_TIME's group 1: a year, checked by the caller against the report year + 1.
 */
export const RESOLVED_TIME = '^(?:明年|来年|新的一年(?:里|中)?|新一年(?:里|中)?|在新的一年里?|(\\d{4})年度?)[，,]';
/** …who resolves and how the resolution opens (after RESOLVED_TIME, or opening the sentence after a MILESTONE_YEAR). */
export const RESOLVED_BY = '(?:我们|我[镇乡街区县市局委办所]|本[镇乡街区县市局委办所]|(?:[镇乡县区市局]|街道)?(?:党委|党工委|党组|政府|人民政府|办事处|班子)(?:[、和](?:政府|人民政府|办事处))?)?' +
  '(?:坚持|持续|着力|力争|确保|切实|始终|全力|聚焦|围绕|锚定|紧扣|以)';
/** The same year named as a milestone in a sentence of its own first (2025年是“十四五”规划收官之年。县政府坚持…，着力…). Group 1: the year. */
export const MILESTONE_YEAR = '^(\\d{4})年是[^，。；：]{2,30}?(?:之年|的一年|关键一年|攻坚之年)[。！]';
/** The pledges a resolution is made of, one of which the paragraph's first sentence must carry. */
export const RESOLVE = '不动摇|持续(?!了)|着力|力争|确保|切实';

/**
 * What makes 将/要 future rather than the disposal 将 of past narrative (我们将法治建设纳入考核):
 * an adverb of intent right after it — unless that word begins a noun (我局将重点工作任务分解到…).
 */
export const PLAN_FUTURE = '(?:将|要|拟|计划)(?:继续|进一步|持续|坚持|着力|重点|聚焦|围绕|全面|深入|不断|切实|认真|紧紧|始终|加快|紧扣|锚定|立足|对标|按照|抓好|做好|从以下|在以下|从如下|采取以下|采取如下|在(?!建|办|编|岗|职|押|逃|册|用|线|校|读)|以(?!往|前|上|下|及))(?!工作|任务|领域|项目|内容|环节|事项|人群|对象)';
