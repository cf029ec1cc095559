/**
 * Verbs of intent (criteria.md: 将/拟/计划/要/争取 … do not count as done). 将 and 要 are also a
 * preposition (将法治建设纳入…, = 把) and part of words (主要, 需要, 要求), so they count only in the
 * forms that mean "will" or "must". 拟 before an attribute (拟出台的文件, 拟作出的决策) names what was
 * reviewed, not what is intended; 代拟, 草拟, 拟订 are drafting, done.
 */
export const INTENT_PATTERNS = [
  // 拟出台的文件均经审核 / 对拟作出的决策进行合法性审查: 拟…的 names the object reviewed, not an intent
  // 代拟/草拟/起拟: drafting verbs (以县政府名义代拟的规范性文件两件), done, not intended
  '(?<![代草起])拟(?!定|订|稿|制|写|人|态)(?![\u4e00-\u9fa5]{1,4}的)',
  '计划(?:于|在|将|年内|明年|今年|下半年|开展|组织|举办|出台|制定|建立|推进|实施|完成|聘请|引进|新建|启动|投入|招录|组建|修订|编制)',
  '争取', '力争', '准备(?:开展|组织|推进|出台|制定)', '打算', '预计', '有待', '亟待', '亟需', '需要进一步', '需进一步',
  '即将', '将要', '(?:还|也|并|仍|我[乡镇县区局]|全[乡镇县区]|本[乡镇县区]|明年|今后|下一步|下一年度|下年度|\\d{4}年)将',
  '将(?:进一步|继续|持续|着力|加大|全面|不断|深入|加快|积极|切实|大力|努力|坚持|重点|逐步|力争|围绕|以|聚焦|把)',
  '要(?:进一步|继续|持续|加强|切实|不断|坚持|着力|全面|深入|严格|强化|完善|做好|落实|推进|加快|健全|提高|提升|抓好|注重)',
  '下一步', '今后', '明年',
  // work not yet done, said without 将/拟 (red team 3, blind set 17): still being drafted or built,
  // hoped for, or waiting on another step (待区司法局验收后…投入使用)
  '正在(?:研究|起草|制定|拟定|拟订|修订|筹建|筹备|筹划|谋划|论证|酝酿|征求|编制|申报|招标|比选|遴选|建设)',
  '(?:尚|仍|还)(?:在|处于)(?:研究|起草|制定|论证|筹备|筹建|建设|调研|酝酿|谋划)', '有望',
  '(?<![对接招期看等优善款虐厚])待(?!遇|业|定|命|查处)[^，,。；;]{1,16}?后',
];

/**
 * A sentence that reports only the preparations (已完成比选 / 装修改造 / 起草) while the thing itself
 * waits (，待区司法局备案审核后签订服务协议): nothing in it is done yet, so its intent starts at its
 * first character, not at 待.
 */
const PREPARATION = '(?:比选|招标|遴选|选址|初稿|装修|改造|前期|筹备|报批|起草|征求意见|初审|设计|考察)';
export const PREPARED_PENDING = new RegExp(`(?:完成[^，,。；;]{0,10}?${PREPARATION}|${PREPARATION}[^，,。；;]{0,6}?(?:已|基本|全部)?(?:完成|完工|结束|就绪))[^。；;]*?[，,](?:目前|现)?(?:正)?(?:待|等)[^，,。；;]{1,20}?后`);

/**
 * A sentence opening with one of these and carrying intent leads the rest of its paragraph into
 * next year's plan (下一步，我镇将重点抓好以下工作：一是…；二是…。): the items after it are plans too,
 * though they have no verb of intent of their own. A year (2024年，我们将…) is not among them: 2023年将…
 * in a 2023 report is 将 as 把.
 */
export const PLAN_LEADS = ['下一步', '下步', '今后', '下一年度', '下一年', '下年度', '下阶段', '下一阶段', '明年', '来年', '新的一年', '新的一年里', '展望'];
