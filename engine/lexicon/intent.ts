/**
 * Verbs of intent (criteria.md: 将/拟/计划/要/争取 … do not count as done). 将 and 要 are also a
 * preposition (将法治建设纳入…, = 把) and part of words (主要, 需要, 要求), so they count only in the
 * forms that mean "will" or "must". 拟 before an attribute (拟出台的文件, 拟作出的决策) names what was
 * reviewed, not what is intended; 代拟, 草拟, 拟订 are drafting, done.
 */
/** 将 as 把: 将 + an object + 纳入/列入/写入 … (并将法治建设成效纳入考核) — not "will", unless an adverb of intent follows 将. */
export const BA = "(?!(?!进一步|继续|持续|着力|加大|不断|深入|加快|积极|切实|大力|努力|坚持|重点|逐步|力争)[^，,。；;]{1,24}?(?:纳入|列入|列为|确定为|定为|评为|命名为|写入|计入|融入|融合|结合|划入|作为|贯穿|转化为|落实到|延伸到|整合|合并|下放|移交|交由|分解到|细化为|覆盖到))";

/** The end of an ongoing clause that makes it unfinished work: the sentence's end, or a clause of waiting or not yet. */
const ONGOING_END = '(?=[。；;！？]|$|[，,](?:目前|现)?(?:待|等|尚未|还未|暂未|未))';

export const INTENT_PATTERNS = [
  // 拟出台的文件均经审核 / 对拟作出的决策进行合法性审查: 拟…的 names the object reviewed, not an intent;
  // 拟提拔干部 (the cadres to be promoted) likewise; 代拟/草拟/起拟 are drafting (done); 模拟/虚拟 are words.
  // A longer attribute is the same when 对/凡/就 opens it — what the clause reviews (对19件拟作出较大数额罚款或查封扣押
  // 的案件进行法制审核: blind set 23; 凡拟作出…决定的，一律…); without them 拟 is the clause's verb (镇政府拟印发…的决定:
  // a plan, red team 9), and 拟于明年… is a plan whatever precedes it
  // Right after 对/凡 (对于, 凡是, 所有), 拟 opens the object even without 的 when the clause's own step follows (对拟安排项目进行
  // 审计风险评估, 凡拟提交常务会议审议事项一律经审查: blind set 63); 对该项目拟组织… (an object before 拟) keeps 拟 the verb, and
  // so does 就拟 (年初就拟对…开展清理: 就 an adverb there — red team 35); the step may follow one comma (凡拟以镇政府名义印发
  // 规范性文件，均须经…审核) or be a handing-on (送, 提交, 由…审核: red team 36)
  `(?<![代草起模虚比])拟(?!定|订|稿|制|写|人|态)(?![\u4e00-\u9fa5]{1,4}的)(?!(?:提拔|任用|任命|录用|聘用|晋升|调整)(?:的|干部|人员|对象|人选|领导))(?!(?<=(?:对|凡|就)[^，,。；;：:拟]{0,10}拟)(?![于在])[^，,。；;：:]{1,30}?的)(?!(?<=(?:对|凡|对于|凡是|所有)拟)(?![于在])[^，,。；;：:]{1,20}?(?:[，,][^，,。；;：:]{0,8}?)?(?:进行|开展|予以|实行|实施|一律|均|逐一|逐件|逐项|全部|都|必须|须|经|送|提交|由|报))`,
  // 按计划完成, 年度工作计划开展…: 计划 the noun, not "plans to"
  '(?<!按|按照|依|依据|根据|原|工作|年度|实施|行动|学习|培训|普法)计划(?:\\d{4}年|于|在|将|年内|明年|今年|下半年|对(?=[^，,。；;]{1,20}?(?:开展|进行|实施|组织))|开展|组织|举办|出台|制定|建立|推进|实施|完成|聘请|引进|新建|启动|投入|招录|组建|修订|编制|开通|上线|推出|打造)',
  // …and 计划 before a near time (计划年底前对外公布, 计划三季度完成: blind set 107) — not a plan already carried out in the sentence
  // (抽查计划上半年已全部完成, 按既定计划年底前全部完成，共清理…46件: red team 71), nor a plan of checks named as a noun
  '(?<!按|按照|依|依据|根据|原|既定|工作|年度|实施|行动|学习|培训|普法|抽查|检查|巡查|督查|评查|执法|监管|整改|清理)计划(?:年底|年前|月底|[一二三四]季度|近期|上半年)(?![^。；;]*?(?:已|全部完成|累计|共[\u4e00-\u9fa5]{0,4}[0-9０-９]))',
  // 争取到资金 / 积极争取县级专项资金15万元: obtained, done
  '争取(?!到|了|资金|经费|专项|项目|上级|县级|市级|省级|支持|资助|当事人|群众|理解|谅解)', '力争(?!小事|大事|矛盾不上交|做到)', '准备(?:开展|组织|推进|出台|制定)', '打算', '预计', '有待', '亟待', '亟需', '需要进一步', '需进一步',
  // (the unit as 我们 or by its organs, and the other plan times: 新的一年，我们将…; 同时，镇政府将聘请… — red team 25)
  '即将', '将要', `(?:还|也|并|仍|我们|我[乡镇县区局]|全[乡镇县区]|本[乡镇县区]|(?:镇|乡|区|县|街道)?(?:人民)?政府|街道(?:办事处)?|(?:镇|乡)?党委|党工委|明年|今后|下一步|下一年度|下年度|新的一年里?|新一年|下一?阶段|接下来|\\d{4}年)将${BA}`,
  `将${BA}(?:进一步|继续|持续|着力|加大|全面|不断|深入|加快|积极|切实|大力|努力|坚持|重点|逐步|力争|围绕|以|聚焦|把)`,
  '要(?:进一步|继续|持续|加强|切实|不断|坚持|着力|全面|深入|严格|强化|完善|做好|落实|推进|加快|健全|提高|提升|抓好|注重)',
  // …and 要 before what must be put or followed (政府要依据权责清单履职; 要按法定程序… — red team 57's leftover; 作出重大行政决策，要把…程序一项不落地走到位; 要更多运用
  // 调解…): a requirement restated, not work done (blind set 92). Not 主要/重要/需要/只要/纲要/纪要 (要 inside a word), not
  // inside quotation marks or a title (按照“要把矛盾化解在基层”的要求…), and not when the sentence goes on to tell work done
  // (明确要把…纳入考核，年底…进行了考核; 要按照权责清单履职，公布事项236项 — red team 57): a mark of completion or a count after it
  '(?<![主重需只纲提摘纪])(?<![“"《「『][^”"》」』]{0,40})要(?:把|依据|依照|按照?|更多|真正|确保|始终|牢牢|做到)(?![^。；;]*?(?:全年|已|了|均|共|累计|[0-9０-９]))',
  // 为今后工作奠定基础, 着眼今后: a time of reference, not a plan
  '下一步', '(?<!着眼|为|对|面向|在)今后', '明年',
  // work not yet done, said without 将/拟 (red team 3, blind set 17): still being drafted or built,
  // hoped for, awaiting approval; the same words before 的 describe something (正在建设的项目工地)
  ...CLAUSE_WIDE_PATTERNS(),
];

/**
 * Unfinished work said of its subject (调整方案正在研究制定, 工作站正在建设中, 项目有望年内完工): the whole
 * clause is not done, from its first character — not only what follows the words.
 */
function CLAUSE_WIDE_PATTERNS(): string[] {
  return [
    // 将 before a preposition of how it will be done is always "will" (将 as 把 takes its object first), and what
    // it is said of is not done either: 镇权责清单将根据县里统一部署同步调整 (blind set 41)
    '将(?:根据|按照|依照|依据|视情)',
    // (…with whom it is done between: 正在配合区委编办梳理街道权责清单，计划年底前对外公布 — blind set 107)
    '将于',
    // …and a plan's date said of its subject (县级权责清单计划于2024年6月前完成…调整后统一向社会公布 — blind set 244): not 按计划于…完成,
    // nor a plan named as a thing (年度工作计划于6月…, 学习计划于3月…), nor with a completion told after it in the sentence (red team 104)
    '(?<!按|照|原|如期|工作|年度|实施|行动|学习|培训|普法|依据|根据)(?:计划|拟)(?:于|在)(?:\\d{4}年|年底|年内|年前|明年|下半年|[一二三四]季度|\\d{1,2}月)(?![^。；;]*?(?:已|了[，,。；]|如期完成|全部完成|提前完成|按期完成|实际|即实现|即完成))',
    '正在(?:积极|抓紧|加紧|全力)?(?:研究|起草|制定|拟定|拟订|修订|筹建|筹备|筹划|谋划|论证|酝酿|征求|编制|申报|招标|比选|遴选|建设|办理中)(?!的|中的|[\u4e00-\u9fa5]的)',
    // …with whom it is done between, or a list being sorted out (正在配合区委编办梳理街道权责清单，计划年底前对外公布 — blind set
    // 107) — not when the sentence goes on to what is finished (…截至11月底已完成第一轮梳理并公布268项; 已清理文件21件: red team 71)
    '正在(?:积极|抓紧|加紧|全力)?(?:(?:配合|协助|会同|联合)[^，,。；;]{1,12}?(?:研究|起草|制定|修订|梳理|清理|整理|核查|编制)|梳理|清理|整理|核查)(?!的|中的|[\u4e00-\u9fa5]的)(?![^。；;]*?(?:已|全部完成|累计|共[\u4e00-\u9fa5]{0,4}[0-9０-９]))',
    '正(?:抓紧|加紧|在抓紧)(?:起草|制定|修订|编制|筹建|建设|研究)',
    '(?:尚|仍|还)(?:在|处于)(?:研究|起草|制定|论证|筹备|筹建|建设|调研|酝酿|谋划|审批|报批)',
    '(?:尚|仍|还|正|目前|现)?处于[^，,。；;]{0,8}(?:阶段|过程中)', '有望',
    // the work itself still going on, said last in its sentence or before what it waits for (调整工作正在进行，
    // 待…后公布; 修订工作仍在进行中。; 平台建设正加快推进。): blind set 19. Not when done work follows in the same
    // sentence (换证工作正在进行，首批38名已取得执法证): the intent would reach it (red team 6)
    `(?:正在|(?<![公真端纠修改严方])正|尚在|仍在|还在)(?:有序|积极|加紧|稳步|全力|加快|紧锣密鼓地?|抓紧)?(?:进行|开展|推进|实施|办理)(?:过程)?(?:中|当中)?${ONGOING_END}`,
    `正在(?:有序|积极|加紧|稳步|全力|加快)?推进[^，,。；;]{1,20}?建设${ONGOING_END}`,
    '正在组织(?:开展|实施)(?!的|中的|[\u4e00-\u9fa5]的)',
  ];
}
export const CLAUSE_WIDE = new RegExp(CLAUSE_WIDE_PATTERNS().join('|'));

/**
 * A sentence that reports only the preparations (已完成比选 / 装修改造 / 人选已确定 / 主体已建成 / 完成初步梳理)
 * while the thing itself waits (，待区司法局备案审核后签订服务协议) or is to be finished later (，拟于明年完成并
 * 对外公布): nothing in it is done yet, so its intent starts
 * at its first character, not at 待. 待…后 alone is no intent: it is how procedures are told
 * (调解员待双方情绪平复后…, 一律待合法性审核通过后方可提交).
 */
const PREPARATION = '(?:比选|招标|遴选|选址|初稿|初步|装修|改造|前期|筹备|报批|起草|征求意见|初审|设计|考察|人选|主体|土建|场地)';
// …then the thing itself planned to be finished later (，拟于明年完成并对外公布: blind set 22)
const finishedLater = (reach: number) => `(?:拟|计划|预计|争取|力争)(?:于|在)?[^，,。；;]{0,${reach}}?(?:完成|建成|出台|公布|印发|发布)`;
// after a draft or other preparation, a step may stand before the thing itself (已完成初稿梳理，拟于2026年一季度报县委
// 编办审核后公布: blind set 24); after 已报…, only the near form — 已报县司法局备案，计划于明年上半年开展一次全面清理后
// 统一公布 told done work and then a new plan (red team 10)
const WAITING = (reach: number) => `[^。；;]*?[，,](?:目前|现)?(?:正|尚|仍|还)?(?:(?:待|等)[^，,。；;]{1,20}?后|处于[^，,。；;]{0,8}阶段|${finishedLater(reach)})`;
export const PREPARED_PENDING = new RegExp(`(?:(?:完成|形成)[^，,。；;]{0,10}?${PREPARATION}|${PREPARATION}[^，,。；;]{0,6}?(?:已经?|基本|全部)?(?:完成|完工|结束|就绪|确定|建成))${WAITING(20)}` +
  `|已(?:上报|报送|报请|提交|报)${WAITING(10)}|已启动[^，,。；;]{0,16}?(?:程序|流程|手续)` +
  // a draft written and waiting for its adoption (已起草《…考评办法（草案）》，待局党组会审议通过后实施: red team 18)
  `|已(?:经)?(?:起草|草拟|拟定|拟订|形成)[^，,。；;]{0,30}?(?:草案|初稿|征求意见稿|送审稿)[》）)]*${WAITING(20)}`);

/**
 * A sentence opening with one of these and carrying intent leads the rest of its paragraph into
 * next year's plan (下一步，我镇将重点抓好以下工作：一是…；二是…。): the items after it are plans too,
 * though they have no verb of intent of their own. A year (2024年，我们将…) is not among them: 2023年将…
 * in a 2023 report is 将 as 把.
 */
export const PLAN_LEADS = ['下一步', '下步', '今后', '下一年度', '下一年', '下年度', '下阶段', '下一阶段', '明年', '来年', '新的一年', '新的一年里', '新一年', '展望'];
