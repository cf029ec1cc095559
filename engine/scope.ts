/**
 * Scoping, resolved in one place (as Vale's runner resolves `scope:`): which sentences may earn
 * credit for a fact, which are refused and why, and which lie in plans (read back for planned_only).
 * Facts never test section kinds themselves.
 */
import type { DocumentModel, Evidence, RefusalReason, RefusedHit, Section, SectionKind, Sentence } from './types.js';
import { ADDRESSEE_RE } from './document/unit-year.js';
import { shortForm } from './document/gazetteer/index.js';
import { placeNamesIn } from './document/gazetteer/resolve.js';
import { departmentShortNames } from './lexicon/units.js';
import { stationBureau } from './document/station.js';
import { escapeRegExp } from './patterns/escape.js';
import { APPLYING, ASSESSED_IN_RE, HANDED_DOWN_RE, LEVEL_COMMITTEE_RE, ISSUED_BY_RE, NORM_MODAL, OTHERS_FOR_US, OTHERS_INVITED, SUPERVISES_US, OWN_SUBJECT, QUOTED_RULE_RE, SIBLING_SUBJECT, SUPERIOR_DEMAND_RE, US_BY_LEVEL } from './lexicon/actors.js';

export type HeadingPolicy = 'include' | 'exclude' | 'only';

export interface Scope {
  kinds: ReadonlySet<SectionKind>;
  headings: HeadingPolicy;
  /** verbs of intent (将/拟/计划 …) refuse a sentence unless the rubric allows them */
  allowIntent: boolean;
  /** another body's work counts when the sentence says it was done for the unit (ScopeParams.others 'served') */
  servedByOthers?: boolean;
}

export type Placement = { status: 'in' } | { status: 'planned' } | { status: 'refused'; reason: RefusalReason } | { status: 'out' };

const REASON_OF_KIND: Record<SectionKind, RefusalReason | null> = {
  plans: 'in_plans', shortcomings: 'in_shortcomings', front: 'in_front', closing: 'in_closing', achievements: null, first_duty: null,
};

/**
 * `at` is where in the sentence the hit ends up (the last of its terms): a verb of intent refuses
 * only what follows it, so "已聘请法律顾问，并将进一步发挥其作用" still counts as done, while
 * "下一步将聘请法律顾问" does not.
 */
// placements are answered as shared constants: one is asked for every hit of every fact
const IN: Placement = Object.freeze({ status: 'in' });
const PLANNED: Placement = Object.freeze({ status: 'planned' });
const OUT: Placement = Object.freeze({ status: 'out' });
const REFUSED = new Map<RefusalReason, Placement>();
const refused = (reason: RefusalReason): Placement => {
  let p = REFUSED.get(reason);
  if (!p) { p = Object.freeze({ status: 'refused', reason }); REFUSED.set(reason, p); }
  return p;
};

/**
 * The hit ending at `at` lies in a clause (，；。) that says the thing was not done (我镇尚未聘请常年法律顾问,
 * 法律顾问尚未到位) or was done badly (法律顾问作用发挥不充分, 三项制度落实不到位): no credit. Only a negation
 * before a verb of doing counts (全年未发生行政复议案件 is an outcome, credited), and only in the hit's own
 * clause (已聘请法律顾问，但作用发挥不充分 keeps its first clause). A red team found 23 of 23 such sentences
 * credited before.
 */
export function negatedAt(text: string, at: number): boolean {
  const b = clauseEnd(text, at);
  // from a contrast before the hit on, the clause tells what was done (虽未出台新的文件但对现行文件进行了清理)
  let a = clauseStart(text, at);
  const turn = lastContrastBefore(text.slice(a, at));
  if (turn >= 0) a += turn;
  return NEGATED.test(text.slice(a, b)) || defectAfter(text.slice(at, b));
}
/**
 * A table row (cells joined by ，: three or more, none long, no sentence end, no figure) saying its task was not done: a cell
 * of the bare verb denied (聘请法律顾问，—，名，无，本年度未聘请 — blind set 109's task table, its rows no longer read as numbered
 * headings). Not dashes and 无 alone: a table of things done leaves its count cells
 * empty as often (聘请…律师事务所为常年法律顾问｜—｜无, 建成…工作站｜—｜无 — red team 73's c53, c54), nor a row ticked done (√,
 * 已完成: red team 72's r3_11).
 */
export function nilRow(text: string): boolean {
  const t = text.replace(/[。；;]$/, '');
  if (/[1-9]/.test(t) || /[。；;]/.test(t)) return false;
  const cells = t.split(/[，,]/).map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => c.length > 30 || DONE_CELL.test(c))) return false;
  return cells.some((c) => NOT_DONE_CELL.test(c));
}
// (a cell is the bare verb denied, 本年度未聘请 — never a clause with its object: 全年未发现违法文件 closes a sentence of work done,
// set 7's 规范性文件…备案，全年未发现违法文件; never a change column's 未调整/未更新, a standing group unchanged; and a zero is as
// often an honest zero of an outcome under its task, 负责人出庭应诉｜0 — red team 76's r2_01–r2_06)
const NOT_DONE_CELL = /^(?:本年度|全年|今年)?(?:未|尚未|暂未|没有)(?:聘请|聘任|编制|建立|建成|成立|制定|出台|开展|组织|召开|印发|设立|配备|公布|举办|签订|落实|推行|实行)$/;
const DONE_CELL = /^(?:√|✓|✔|是|已完成|完成|已办结|已建成|已落实|已公布)$/;
/** nilRow per sentence, read once (placeSentence asks for every hit in it). */
const NIL_ROWS = new WeakMap<Sentence, boolean>();
function nilRowOf(s: Sentence): boolean {
  let nil = NIL_ROWS.get(s);
  if (nil === undefined) { nil = nilRow(s.text); NIL_ROWS.set(s, nil); }
  return nil;
}
/**
 * Whether a denied hit stays refused when placed again at a later clause `at` (facts/tally.ts): true unless that clause tells
 * this year's deed — and never when it goes on about the thing's absence in words NEGATED does not read as a denial of doing
 * (镇里尚未聘请法律顾问，法律顾问制度有待建立; 未聘请法律顾问，重大决策缺少法律顾问把关; 没有开展述法，述法工作仍是空白).
 */
export function denialStands(text: string, at: number): boolean {
  const from = clauseStart(text, at);
  const clause = text.slice(from, clauseEnd(text, at));
  // (…and only a clause telling this year's deed lifts it — 今年/本年度/全年 (a month) and a verb of doing: 往年没有开展述法，今年首次
  // 组织…述法 — with nothing after it in the sentence saying it is planned, pending, put off, failed or someone else's. Red team 30's
  // fifteen denials went on about the term otherwise (所需经费已列入下年度预算, 周边乡镇大多已聘请了法律顾问, 如聘请…), and red team
  // 76's eleven more (今年已将述法列入明年议程, 原定…因故取消, 待…审定后组织实施, 2025年1月起担任, 印发了通知，但年底前未能实施, 请示, 推迟)
  return !NOW_DONE_OPENS.test(clause.trimStart()) || UNDONE_AFTER.test(text.slice(from)) || LACKING.test(clause) || OTHERS_MADE.test(clause) || negatedAt(text, at);
}
const NOW_DONE_OPENS = /^(?:今年|本年度?|年内|全年)(?:\d{1,2}月份?(?:初|中旬|下旬|底)?)?[，,]?(?:首次|先后|共|又|还|均|已)?(?:组织|开展|聘请|聘任|签订|召开|举办|完成|建立|建成|制定|制发|出台|印发|清理|审查|审核|调整|公布|配备|成立|落实|推行|提请|邀请|安排|实现|将[^，。；]{1,12}?纳入)/;
/** After the lifting clause, in its sentence: the deed not done after all (a plan, a wait, a delay, a failure, a request, a neighbour's). */
const UNDONE_AFTER = /待|拟|计划|预算|推迟|延期|取消|请示|未能|未|尚|暂|明年|下一?年度?|\d{4}年\d{1,2}月起|周边|其他乡镇|兄弟/;
const LACKING = /缺少|缺乏|空白|有待|尚需|仍需|亟需|亟待|无人|没有|尚未|未能|未经|不够|不足|欠缺|薄弱|滞后|缺失|缺位|不到位|申请|请求|争取|呼吁|商请|报请/; // (…or asking for it: 今年以来多次向县司法局申请配备公职律师 — red team 30's n42)
/** …nor one telling what the unit made others do (督促5家单位…聘请了法律顾问: an audit's finding remedied by the audited — blind set 87). */
const OTHERS_MADE = /(?:督促|指导|帮助|推动|要求|责令|引导|协助)[^，。；]{0,12}?(?:单位|部门|村|社区|企业|学校|医院|站所|乡镇|街道)/;
/**
 * The thing itself done badly after the hit — not a weakness the work remedied (聘请常年法律顾问有效解决了镇村法律人才欠缺的难题,
 * 补齐了农村普法工作薄弱的短板, 扭转了以往文件管理不规范的局面: red team 71 found seven credited works refused).
 */
function defectAfter(rest: string): boolean {
  const d = DEFECT_AFTER.exec(rest);
  return d !== null && !REMEDIED.test(d[0]) && !REMEDIED_NOUN.test(rest.slice(d[0].length));
}
/** Between a hit and its defect word: a verb of remedy or a time gone by — the defect is what the work overcame. */
const REMEDIED = /解决|扭转|改变|改善|补齐|补足|弥补|填补|缓解|破解|克服|整改|消除|以往|过去|原来|曾经|此前/;
/** After the defect word: the defect named as a problem overcome (欠缺的难题, 薄弱的短板, 不规范的局面). */
const REMEDIED_NOUN = /^(?:的|等)?(?:难题|短板|问题|局面|状况|现象|困境|弱项|难点|痛点)/;
/** Where the last contrast word (CONTRAST) in `s` ends; -1 when there is none. */
function lastContrastBefore(s: string): number {
  let end = -1;
  for (const m of s.matchAll(CONTRAST_G)) end = m.index! + m[0].length;
  return end;
}
/** A clause's last character: ，,；;。！？!? (by code: clauseStart/clauseEnd ask it of every character they walk over). */
const isClauseEnd = (c: number): boolean => c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
// 未/没有/尚未 … then (within two characters) a verb of setting up or doing; or 未对 with its object, then the doing (尚未对以往印发的文件开展清理 — red team 33)
// (…安排, 落地, 运行, 上线, 挂牌 as the clause's predicate: 述职中暂未安排述法内容, 三项制度在镇一级还没有落地 — not when they only
// describe what the work was for, a 的 or a time after them: 在此前尚未落地的6个镇…全面实行, 平台尚未上线期间以纸质台账…, 改变了以往从未
// 安排…的局面 (red team 74); and an inspection never received — 没有收到上级法治督察反馈 — not one said to have taken place,
// 在…督察中我镇没有收到需要整改的意见: blind set 113, red team 74)
const NEGATED = /(?:尚未|还未|仍未|从未|均未|并未|还没有|还没|没有|未能|未)(?:对[^，,；;。]{1,20}?(?:开展|进行|实施|组织)|[\u4e00-\u9fa5]{0,2}?(?:聘请|聘任|开展|建立|建成|成立|出台|制定|设立|落实|纳入|公布|组织|召开|印发|实行|实施|推行|配备|组建|签订|调整|更新|编制|审查|备案|公开|举办|进行|形成|明确|到位|履行|实现|启动|推进|坚持|听取|发布|执行|覆盖|按时|按要求)|(?<!凡[^，,；;。]{0,6}|(?:以往|此前|过去|原先|原来|之前)[\u4e00-\u9fa5]{0,2})(?!单独|专门|另行)[\u4e00-\u9fa5]{0,2}?(?:安排|落地|运行|上线|挂牌)(?![^，,；;。]*?(?:期间|时(?!间)|之前|以前|阶段|的(?:\d|[一二三四五六七八九十两几多]+[个名家处所站村镇户]|情况下|局面)|的[^，,；;。]*?(?:开展|进行|实行|设立|公布|纳入|组织|参加|全面|制作|配备))))|(?<!(?:督察|督查|督导)(?:中|期间|后|结束后)[^，,；;。]{0,20})(?:没有|未)(?:收到|接到)[^，,；;。]{0,16}?(?:督察|督查|督导)/;
// after the hit in its clause: the thing itself done badly (up to 16 characters on: 专家论证、风险评估两个环节还比较薄弱 — blind set 107)
const DEFECT_AFTER = /^[^，,；;。]{0,16}?(?:不到位|不充分|不够|流于形式|存在短板|不及时|偏低|偏弱|较弱|薄弱|欠缺|滞后|有差距|不规范|不健全|不完善|缺失|缺位)/;

/**
 * A clause in which the unit says it has no power of the kind, or issued none of the thing, or that
 * the work does not concern it (街道不具有规范性文件制定权, 本局没有行政处罚权, 我镇无权制定…, 不属于本镇职权范围,
 * 我镇全年未制定（未制发）行政规范性文件, 年内无新制定的…, …均不适用, 由县人民政府统一负责): what it names is not
 * work done, so no term is read there (set 21: 街道不具有规范性文件制定权，对以街道名义印发的政策性文件和合同…审核 —
 * the review is of other papers; red team 8). The sentence's other clauses are read as ever, and so
 * is what a contrast turns to in the same clause (虽未出台新的规范性文件但对现行文件进行了清理). Not denials:
 * a conditional (对未制定…的), a rule or slogan (无审核不出台, 清单之外无职权, 法无授权不可为), an outcome
 * (均没有超越法定权限, 无一起…被撤销), a ban on others (杜绝无证人员行使执法权) — red team 8 found each blanked
 * when any 无…权 counted.
 */
const DENIAL = new RegExp([
  // the unit lacks the power: a power named right after the denial (an object noun between), no 超越/行使 in the clause
  '^(?![^，,；;。]*(?:超越|滥用|杜绝|防止|严禁|禁止|行使|之外))[^，,；;。]{0,10}?(?:不具有|不具备|不享有|没有|无)(?!一|证|审核|备案|授权)[^，,；;。]{0,10}?(?:制定权|决定权|审批权|处罚权|执法权|强制权|主体资格)',
  '无权(?:制定|作出|实施|出台|发布|审批)', '不属于[^，,；;。]{0,10}?(?:职权|职责|权限)范围',
  // none issued: the clause opens with it (a conditional 对未制定…的 does not)
  '^[^对，,；;。]{0,12}?(?:未|没有)(?:制定|制发|出台|印发)', '(?:无|没有)新(?:制定|制发|出台|印发)',
  // …or by its place in the order (街道不制发行政规范性文件, 按规定不制定规范性文件 — blind set 187): the document named right after, never a
  // slogan (无审核不出台, 一律不得出台)
  // (never a rule: 坚持不经合法性审核不制发规范性文件 — red team 91's r1_04)
  '^(?![^，,；;。]*(?:不经|未经|非经|无))[^对，,；;。]{0,12}?不(?:制发|制定)(?:行政)?规范性文件',
  // the work does not concern the unit, or another body does it
  '^[^，,；;。]{0,8}?不涉及', '(?:均|都|皆)?不(?:适用|涉及)$', '由(?:县|市|区|州|省|上级)[^，,；;。]{0,14}?(?:统一)?(?:负责|承担|办理)$',
].join('|'));
const DENIAL_HINT = /不具|不享|不属|不涉|不适|不制|无|未|没有|由/;
/** A contrast inside a clause: what follows it is work done (虽未出台…但对…清理). */
const CONTRAST = /但是?|然而|而是|却|不过/;
const CONTRAST_G = new RegExp(CONTRAST.source, 'g');

/**
 * A drafter's placeholder left in a published draft: a bracket opening with 待/请/此处 and asking for something to be
 * added or checked (【待补充原因分析】, （待填写）, [请补充典型案例], 【此处插入数据】) — no text of the unit's (set 89: a
 * 征求意见稿 whose 原因 placeholder was read as its causes).
 */
// (the request right after 待/请: （待行政复议机关作出决定…）, （待县委编办重新核定，原因是…）, （请常年法律顾问…审核确认后签订）
// are the unit's own words — red team 54)
const PLACEHOLDER = /[【\[［(（]\s*(?:(?:待|请)(?:补充|填写|填报|完善|核实|确认|更新|修改|插入|补齐|定[）)】\]］])|此处(?:补充|填写|插入|填报|更新))[^】\]］)）\n]{0,20}[】\]］)）]|[(（]\s*待定\s*[)）]/g;
const PLACEHOLDER_HINT = /[【\[［(（]\s*(?:待|请|此处)/;

/** The placeholders in `text` as written (【待补充】…), in order; [] when it has none (explain lists what terms never see). */
export function placeholdersIn(text: string): string[] {
  return PLACEHOLDER_HINT.test(text) ? [...text.matchAll(PLACEHOLDER)].map((m) => m[0]) : [];
}

/** `text` with placeholders (PLACEHOLDER) blanked to spaces, offsets unchanged; null when it has none. */
export function withoutPlaceholders(text: string): string | null {
  if (!PLACEHOLDER_HINT.test(text)) return null;
  const out = text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
  return out === text ? null : out;
}

/**
 * `text` with each denial clause (DENIAL) blanked to spaces up to a contrast in it, offsets
 * unchanged; null when it has none. Terms are matched on this text (facts/sentences.ts), evidence
 * quotes the sentence as written.
 */
export function withoutDenials(text: string): string | null {
  if (!DENIAL_HINT.test(text)) return null;
  let out: string | null = null;
  let a = 0;
  while (a < text.length) {
    const b = clauseEnd(text, a);
    const clause = text.slice(a, b);
    const m = DENIAL.exec(clause);
    if (m) {
      const turn = CONTRAST.exec(clause.slice(m.index + m[0].length));
      const end = turn ? a + m.index + m[0].length + turn.index : b;
      out = (out ?? text).slice(0, a) + ' '.repeat(end - a) + (out ?? text).slice(end);
    }
    a = b + 1;
  }
  return out;
}

/**
 * Whose work the hit ending at `at` tells (lexicon/actors.ts): null when the unit's own; otherwise
 * why it earns nothing — a requirement a higher body handed down to others ('handed_down'), another
 * body's work for or in the unit ('others_work'), a rule quoted ('quoted'). The lead may come before
 * the hit or hold it (县法律援助中心为我镇… : the term is in the body's name); each reaches to the end of
 * its sentence (；。) and stops where the unit takes the subject again (…，我镇积极配合…).
 */
export function actorRefusal(doc: DocumentModel, text: string, at: number, hitEnd?: number): RefusalReason | null {
  const names = ownNamesOf(doc);
  const ownAfter = (end: number) => end < at && (OWN_SUBJECT.test(text.slice(end, at)) || names.some((n) => nameOpensClause(text, n, end, at)));
  // a unit whose own name begins with a level character (州坪镇, 市口街道) is not a body of that level
  const ownNameAt = (i: number) => names.some((n) => text.startsWith(n, i));
  const leads = leadsOf(doc, text);
  if (leads.handed.length) {
    const m = lastBefore(leads.handed, at);
    // (…nor past a clause the unit's own year or organs open: 市里要求，各部门…要达到100%，年内我局与…签订… — red team 113's r2_03)
    if (m && superior(doc, m[1] ?? m[2]) && !ownNameAt(m.index) && !selfIssued(doc, m[0]) && !ownAfter(m.index + m[0].length)
      && !(m.index + m[0].length < at && DEED_TURN.test(text.slice(m.index + m[0].length, at)))) return 'handed_down';
  }
  if (leads.issued.length) {
    const m = lastBefore(leads.issued, at);
    // only within its clause: the unit's own clause follows (…后，街道将其中的任务纳入…)
    if (m && clauseEnd(text, m.index + m[0].length) > at && superior(doc, m[1]) && !ownNameAt(m.index) && !selfIssued(doc, m[0]) && !housedOffice(doc, m[0])) return 'others_work';
  }
  if (leads.assessed.length) {
    const m = lastBefore(leads.assessed, at);
    // the hit inside the phrase itself (…年度法治建设考核中)
    if (m && at <= m.index + m[0].length && superior(doc, m[1])) return 'others_work';
  }
  if (leads.others.length) {
    const m = lastBefore(leads.others, at);
    if (m && !isSelf(doc, m[2]) && !ownNameAt(m.index) && superior(doc, m[1])
      && !OTHERS_INVITED.test(text.slice(0, m.index)) && !ownAfter(m.index + m[0].length) && !supervisedHere(text, m.index + m[0].length, at)) return 'others_work';
  }
  if (leads.siblings.length) {
    const m = lastBefore(leads.siblings, at);
    // (the department named before it, with it or after it up to the hit — 由我局牵头，…; 会同我局; （与县农业农村局合署
    // 办公）; …，区卫健局同步更新… — leads, shares or takes back the work)
    if (m && !selfLike(doc, m[1]) && !housedOffice(doc, m[1]) && !namesDepartment(doc, text.slice(0, at))) return 'others_work';
  }
  if (superiorDepartmentActs(leads, text, at)) return 'others_work';
  if (leads.committees.length) {
    const m = lastBefore(leads.committees, at);
    // the hit is the committee's name (it starts in the name and ends where the name does: 县委[依法治县委员会]) — a
    // superior's body, unless the unit houses its office; a term inside the name (依法 of 依法治区委员会 for a 述职)
    // names no body and stays the sentence's own
    // (a 司法局 houses the committee's office and serves the committee itself: its meetings are the bureau's work too)
    // (nor when the unit is that committee's office itself: 中共X县委全面依法治县委员会办公室's own report — blind set 137)
    if (m && hitEnd === m.index + m[0].length && superior(doc, m[1]) && !housedOffice(doc, m[0]) && !/依法治/.test(doc.unit ?? '')) return 'others_work';
  }
  if (leads.quoted.length) {
    const m = lastBefore(leads.quoted, at);
    if (m && !APPLYING.test(clauseBefore(text, m.index))) {
      const end = m.index + m[0].length;
      const rest = text.slice(end, end < at ? at : clauseEnd(text, end));
      // a rule's content carries its modal (应当, 必须 …); after 要求/提出/强调 the demand itself is the rule
      // (《纲要》要求全面实行政府权责清单制度: blind set 28)
      // (a superior's demand restated without quotation marks ends where the unit's own year or organs take a clause: 县里明确要求，…要稳定
      // 在95%以上，全年镇村两级调解组织共排查… — red team 113's r2_01–r2_03)
      const demand = !QUOTE_MARK.test(m[0]);
      if ((NORM_MODAL.test(rest) || /要求|提出|强调/.test(m[0])) && !OWN_SUBJECT.test(rest) && !(demand && DEED_TURN.test(rest))) return 'quoted';
    }
  }
  return null;
}

/**
 * In a department's report, the department's superior in its own line as the subject of its own act, in the hit's clause:
 * 市局编制公布了全市交通运输系统权责清单, 市局还对…现行规范性文件进行了集中清理, 吉安市交通运输局印发了《…工作要点》 (安福县
 * 交通运输局's report, blind set 128: the city bureau's work, which its assessor gave the county bureau no credit for). Only at
 * a clause's start (after a time word at most): 按照市局要求，我局编制… is the unit's own.
 */
function superiorDepartmentActs(leads: Leads, text: string, at: number): boolean {
  for (const m of leads.superiorActs) {
    if (m.index >= at) break;
    // (…and not when the unit itself acts in that clause: 市局指导我局制定了《…》, 市局…后我局同步更新 — red team 77)
    const end = clauseEnd(text, m.index + m[0].length - 1);
    if (end >= at && !/我局|本局|我单位|我们|我所|本所|我队|本队|我站/.test(text.slice(m.index, end))) return true;
  }
  return false;
}
/** superiorDepartmentActs' pattern for a county department or a town's station (kept per document), or null for any other unit. */
function superiorActsRe(doc: DocumentModel): RegExp | null {
  // (a county's department only: a city's, a prefecture's or a province's bureau calls itself 市局, 州局, 省厅 — red team 77)
  if (doc.unitNames.level !== 'department' || !doc.unit || !doc.unitNames.own) return null;
  const station = doc.unitNames.seat === 'township';
  if (!station && doc.division?.level !== 'county') return null;
  let re = SUPERIOR_DEPT.get(doc);
  if (re === undefined) {
    re = new RegExp(`(?:^|[，,；;。：:])(?:年初|年中|年底|同时|此外|另外|(?:19|20)\\d{2}年(?:初|底)?)?[，,]?(?:${station ? stationSuperiors(doc.unit) : departmentSuperiors(doc.unit, doc.unitNames.own)}|上级(?:主管)?部门)(?:还|也|又|统一|先后|牵头)?[^，,。；;]{0,16}?(?:印发|出台|制定|下发|编制|公布|召开|组织|举办|开展|进行|清理)`, 'g');
    SUPERIOR_DEPT.set(doc, re);
  }
  return re;
}
/**
 * A town's station's bureau above it, by the level's short name (县局, 区局, 分局) or its field (县司法局, 县市场监管局) — 县局制定
 * 印发《…要点》 is the bureau's plan, not the 司法所's (session 42).
 */
function stationSuperiors(unit: string): string {
  const field = stationBureau(unit);
  const fields = field ? [field, ...departmentShortNames(field)] : [];
  // (分局 only above a station that is no 分局 itself: a 税务分局 calls itself 分局 — red team 81)
  return `县局|区局|市局|旗局${/分局$/.test(unit) ? '' : '|分局'}${fields.map((f) => `|[县区市旗]${f}`).join('')}`;
}
/** A county department's bureaus above it: 州局, 盟局, 省厅, 市局 (not for a county-level city's own bureau) and the city's counterpart. */
function departmentSuperiors(unit: string, own: string): string {
  const field = unit.slice(unit.indexOf(own) + own.length);
  // (the city's name holds no word of grammar: 主要负责人在市气象局年度考核中… is the unit's leader, not the city bureau — set 66)
  const named = /^[\u4e00-\u9fa5]{2,12}(?:局|委员会|委)$/.test(field) ? `|(?:(?![在的对和与及为由从向把将被经按据了是])[\u4e00-\u9fa5]){2,4}?(?:市|州|盟)${field}` : '';
  // (a county-level city's bureau is its own 市局: 瑞金市司法局 writing 市局制定印发《…要点》 — red team 77)
  return `${own.endsWith('市') ? '' : '市局|'}州局|盟局|省厅${named}`;
}
const SUPERIOR_DEPT = new WeakMap<DocumentModel, RegExp>();

/**
 * Whether the hit at `at` lies in the clause where another body (its lead ending at `from`) inspects the unit's own work
 * (…对我局法治建设开展督查): that clause is the unit's duty supervised; a later clause (，为我镇举办执法培训2期) stays the other
 * body's work (red team 71).
 */
function supervisedHere(text: string, from: number, at: number): boolean {
  const sup = SUPERVISES_US.exec(text.slice(from));
  return sup !== null && at < clauseEnd(text, from + sup[0].length - 1);
}

/** The leads of a sentence that may tell someone else's work, each kind in text order. */
interface Leads { handed: RegExpExecArray[]; issued: RegExpExecArray[]; assessed: RegExpExecArray[]; others: RegExpExecArray[]; quoted: RegExpExecArray[]; siblings: RegExpExecArray[]; committees: RegExpExecArray[]; superiorActs: RegExpExecArray[] }
const NO_LEADS: Leads = Object.freeze({ handed: [], issued: [], assessed: [], others: [], quoted: [], siblings: [], committees: [], superiorActs: [] }) as Leads;
/**
 * Found once per sentence (a sentence is asked about for every hit of every fact in it): the three
 * scans are most of actorRefusal's cost. Kept per document, by the sentence's text.
 */
const LEADS = new WeakMap<DocumentModel, Map<string, Leads>>();
function leadsOf(doc: DocumentModel, text: string): Leads {
  let byText = LEADS.get(doc);
  if (!byText) { byText = new Map(); LEADS.set(doc, byText); }
  let leads = byText.get(text);
  if (leads) return leads;
  const others = othersFor(doc);
  // cheap tests first: the full patterns start with lookbehinds, which V8 tries at every offset
  const handed = ORDER_VERB.test(text) && ORDER_OBJECT.test(text) ? allMatches(HANDED_DOWN_G, text) : [];
  const other = others && BODY.test(text) && others.us.test(text) ? allMatches(others.re, text) : [];
  // (a rule quoted by its title, 《…》规定, or a notice's words in quotation marks, 通知要求：“…”)
  const quoted = QUOTE_MARK.test(text) ? allMatches(QUOTED_RULE_G, text) : [];
  // (…or a superior's demand restated without quotation marks, 省里明确要求，…: only a superior of the unit's — its level checked here)
  if (DEMAND_WORD.test(text)) {
    const demands = allMatches(SUPERIOR_DEMAND_G, text).filter((m) => m[1] === undefined || superior(doc, m[1]));
    if (demands.length) { quoted.push(...demands); quoted.sort((a, b) => a.index - b.index); }
  }
  const issued = ISSUE_VERB.test(text) ? allMatches(ISSUED_BY_G, text) : [];
  const assessed = text.includes('在') && text.includes('中') ? allMatches(ASSESSED_IN_G, text) : [];
  const sib = doc.unitNames.level === 'department' ? siblingsFor(doc) : null;
  const siblings = sib && sib.quick.test(text) ? allMatches(sib.re, text) : [];
  const committees = text.includes('依法治') ? allMatches(LEVEL_COMMITTEE_G, text) : [];
  // (a superior bureau's own acts: every match found once here, not per hit — each needs a 局/厅/部门/委 in the sentence)
  const actsRe = /局|厅|部门|委/.test(text) ? superiorActsRe(doc) : null;
  const superiorActs = actsRe ? allMatches(actsRe, text) : [];
  leads = handed.length || issued.length || assessed.length || other.length || quoted.length || siblings.length || committees.length || superiorActs.length
    ? { handed, issued, assessed, others: other, quoted, siblings, committees, superiorActs } : NO_LEADS;
  byText.set(text, leads);
  return leads;
}
const HANDED_DOWN_G = new RegExp(HANDED_DOWN_RE.source, 'g');
/** What every HANDED_DOWN_RE match holds: one of its verbs, and 各/所有 or 要求我/本 … */
const ORDER_VERB = /要求|部署|责成|规定|明确|强调|下达/;
const ORDER_OBJECT = /各|所有|要求[我本]/;
/** What every OTHERS_FOR_US match holds: a level character, then within a few characters a body's ending. */
const BODY = /[省市州盟县区旗][\u4e00-\u9fa5]{0,12}?(?:局|厅|院|委|办|中心|团|联|会|庭)/;
const QUOTED_RULE_G = new RegExp(QUOTED_RULE_RE.source, 'g');
const SUPERIOR_DEMAND_G = new RegExp(SUPERIOR_DEMAND_RE.source, 'g');
/** A clause the unit's own year or organs open, after a superior's demand: its deed, not the demand (今年镇党委…, 全年镇村两级…, 年内我局…). */
const DEED_TURN = /[，,；;](?:今年|全年|年内|本年度?|一年来|(?:镇|乡|街道|局|县|区)(?:党委|党工委|党组|政府|人民政府|办事处)|[镇乡]村两级|(?:我|本)(?:镇|乡|街道|局|县|区|单位|中心|所))/;
/** What every SUPERIOR_DEMAND_RE match holds. */
const DEMAND_WORD = /要求|提出|强调/;
/** What every QUOTED_RULE_RE match holds: a title mark or an opening quotation mark. */
const QUOTE_MARK = /[《“"「]/;
const ISSUED_BY_G = new RegExp(ISSUED_BY_RE.source, 'g');
const ASSESSED_IN_G = new RegExp(ASSESSED_IN_RE.source, 'g');
const LEVEL_COMMITTEE_G = new RegExp(LEVEL_COMMITTEE_RE.source, 'g');
/**
 * SIBLING_SUBJECT for a department of this county (its level character and name), with a quick test for
 * what every match holds; kept per county, like OTHERS_BY_UNIT.
 */
const SIBLINGS_BY_COUNTY = new Map<string, { re: RegExp; quick: RegExp }>();
function siblingsFor(doc: DocumentModel): { re: RegExp; quick: RegExp } {
  const own = doc.unitNames.own && /[县区市旗]$/.test(doc.unitNames.own) ? doc.unitNames.own : '';
  const level = own ? own[own.length - 1] : '[县区旗]';
  let x = SIBLINGS_BY_COUNTY.get(own);
  if (x) return x;
  x = { re: new RegExp(SIBLING_SUBJECT.replace('{OWN}', own ? escapeRegExp(own.slice(0, -1)) : '(?!)').replace('{L}', level), 'g'), quick: new RegExp(`${level}[\\u4e00-\\u9fa5]{0,12}?(?:法院|检察院|局|办|委)`) };
  if (SIBLINGS_BY_COUNTY.size >= 512) SIBLINGS_BY_COUNTY.clear();
  SIBLINGS_BY_COUNTY.set(own, x);
  return x;
}

/** The department itself named in `text` (我局, 本单位, 我们, or a body that is the department: selfLike). */
function namesDepartment(doc: DocumentModel, text: string): boolean {
  if (/我局|本局|我委|本委|我办|本办|我们|(?:我|本)(?:单位|部门)/.test(text)) return true;
  for (const m of text.matchAll(BODY_MENTION)) if (selfLike(doc, m[1])) return true;
  return false;
}
const BODY_MENTION = /[县区市旗]([\u4e00-\u9fa5]{1,12}?(?:局|委|办))/g;

const ISSUE_VERB = /印发|出台|制定|下发|召开|组织|举办|开展/;

function allMatches(g: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) { out.push(m); if (m[0] === '') g.lastIndex++; }
  return out;
}

/** The last of `ms` (in text order) that starts before `at`. */
function lastBefore(ms: RegExpExecArray[], at: number): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of ms) { if (m.index >= at) break; last = m; }
  return last;
}

/** Does `name` open a clause (after its start or a clause mark) between `from` and `to`? */
function nameOpensClause(text: string, name: string, from: number, to: number): boolean {
  for (let i = text.indexOf(name, from); i >= 0 && i < to; i = text.indexOf(name, i + 1)) {
    if (i === 0 || /[，,：:；;]/.test(text[i - 1])) return true;
  }
  return false;
}

/**
 * OTHERS_FOR_US with the unit's own "us" (我镇, 我县, 我局 …, and for a 乡镇 or a county its own name), and
 * a quick test for "us" alone (most sentences have none, and then no body can have worked for the
 * unit); null for a unit of unknown level. Kept per unit level and name (a few hundred in a corpus at
 * most), never per document: a pattern compiled per report cost 50 % more time and 100 MB at 10,000.
 */
const OTHERS_BY_UNIT = new Map<string, { re: RegExp; us: RegExp } | null>();
function othersFor(doc: DocumentModel): { re: RegExp; us: RegExp } | null {
  const level = doc.unitNames.level;
  if (!level) return null;
  const own = level === 'township' || level === 'county' ? doc.unitNames.own : null;
  const key = `${level}:${own ?? ''}`;
  let x = OTHERS_BY_UNIT.get(key);
  if (x !== undefined) return x;
  const us = US_BY_LEVEL[level] + (own && own.length >= 2 ? `|${escapeRegExp(own)}` : '');
  x = { re: new RegExp(OTHERS_FOR_US.replace('{US}', us), 'g'), us: new RegExp(us) };
  if (OTHERS_BY_UNIT.size >= 512) OTHERS_BY_UNIT.clear();
  OTHERS_BY_UNIT.set(key, x);
  return x;
}

/** Where the clause holding offset `i` starts. */
export function clauseStart(text: string, i: number): number {
  let a = i;
  while (a > 0 && !isClauseEnd(text.charCodeAt(a - 1))) a--;
  return a;
}

/** The text of the paragraph holding `s`: its sentences joined, in order (they are contiguous in doc.sentences). */
export function paragraphText(doc: DocumentModel, s: Sentence): string {
  const ss = doc.sentences;
  let a = s.id;
  while (a > 0 && ss[a - 1].paragraph === s.paragraph) a--;
  let text = '';
  for (let i = a; i < ss.length && ss[i].paragraph === s.paragraph; i++) text += ss[i].text;
  return text;
}

/** The text of `text` from the start of the clause holding offset `i` up to `i`. */
const clauseBefore = (text: string, i: number): string => text.slice(clauseStart(text, i), i);

/** Where the clause holding offset `i` ends. */
export function clauseEnd(text: string, i: number): number {
  let b = i;
  while (b < text.length && !isClauseEnd(text.charCodeAt(b))) b++;
  return b;
}

/** The unit's own names (柳塘镇, 柳塘), longest first; empty when unknown. */
function ownNamesOf(doc: DocumentModel): string[] {
  const own = doc.unitNames.own;
  if (!own || own.length < 2) return [];
  const short = shortForm(own);
  return short && short.length >= 2 ? [own, short] : [own];
}

/**
 * A requirement issued by a bureau in a department's report (县司法局印发…要求各乡镇…, 县市场监管局要求各执法
 * 中队…): the department names itself so (red team 5 found 紫金县司法局 and 元谋县卫健局 doing it); a
 * department does not relay another bureau's orders as its work. The county's own organs (县政府要求…)
 * are still handed down.
 */
// (a town's station relays its bureau's orders all the time: for it a 局 — 县局, 县司法局 — is the bureau above it, and only
// its own kind of body, 所/队/站/中心, issues as itself — blind set 142's kind: 县局制定印发《…要点》 had been the 司法所's plan)
const selfIssued = (doc: DocumentModel, match: string): boolean => {
  if (doc.unitNames.level !== 'department') return false;
  const body = match.split(/要求|部署|责成|规定|明确|强调|下达|下发|印发/)[0];
  return doc.unitNames.seat === 'township' ? /所|队|站|中心/.test(body) && !/局/.test(body) : /局|所|队|中心/.test(body);
};

/**
 * A department report naming itself by a shorter form of its own name: the body's characters in order
 * within the unit's name, first and last alike (县市场监管局 in 县市场监督管理局's report, 卫健局, 人社局).
 */
function selfLike(doc: DocumentModel, body: string): boolean {
  // (县人防办 for 县人民防空办公室: an office's name ends in 办 when shortened)
  const unit = doc.unit?.replace(/办公室$/, '办');
  if (!unit || body.length < 2) return false;
  // its own enforcement bureau, named from its field (县卫生健康综合监督执法局 in the 县卫生健康局's report)
  const field = /[县区市旗]([\u4e00-\u9fa5]{2,})(?:局|委|办)$/.exec(unit)?.[1];
  if (field && body.startsWith(field.slice(0, 2)) && /执法|监督|监察/.test(body)) return true;
  if (!unit.endsWith(body[body.length - 1])) return false;
  let i = unit.indexOf(body[0]);
  if (i < 0) return false;
  for (const ch of body) { i = unit.indexOf(ch, i); if (i < 0) return false; i++; }
  return true;
}
/**
 * The 依法治县(区)办 and the 普法办 a 司法局 houses: their work is the bureau's — and the office's own when the unit is that
 * office (中共X县委全面依法治县委员会办公室 writing 县委依法治县办牵头制定…: blind set 137's kind). Only at the unit's own level,
 * and at its own place when the body names one: 市委依法治市办印发… in a 县委依法治县办's report, 市普法办 in a 县司法局's, 嘉兴市委
 * 依法治市办 in 海宁市's office are superiors' acts (red team 82's r2_01, r2_04, r2_11, r2_12).
 */
const housedOffice = (doc: DocumentModel, body: string): boolean => {
  if (!/依法治|普法办/.test(body)) return false;
  const unit = doc.unit ?? '';
  const level = /依法治([县区市旗州盟])/.exec(unit)?.[1] ?? /([县区市旗州盟])司法局$/.exec(unit)?.[1];
  if (!level) return false;
  const bodyLevel = /依法治([县区市旗州盟省])/.exec(body)?.[1] ?? /([县区市旗州盟省])委?普法办/.exec(body)?.[1];
  if (bodyLevel !== undefined && bodyLevel !== level) return false;
  // (the committee's place as the gazetteer reads it, right before its 委: 嘉兴市委依法治市办 — never 提请县委 read as a place)
  const at = body.search(/[省市县区旗州盟]委(?:全面)?依法治/);
  if (at < 0) return true;
  const place = placeNamesIn(body.slice(0, at + 1), 7).find((p) => p.at + p.name.length === at + 1 && p.name.length >= 3);
  return place === undefined || unit.includes(place.name);
};

/** A department report naming its own kind of body (澄原县司法局 writing 县司法局为…). */
const isSelf = (doc: DocumentModel, body: string): boolean => doc.unitNames.level === 'department' && !!doc.unit && body.length >= 2 && doc.unit.endsWith(body);

/**
 * A body of this level character is above the unit (or governs it: a department's own county):
 * 上级/上面 (no level) always; for a 乡镇/街道 or a department any level; for a 县/区/旗 the 市, 州, 盟,
 * 省 (a 县级市 is its own 市); for a 市 the 省. Unknown units: 省 and 自治区 only.
 */
function superior(doc: DocumentModel, level: string | undefined): boolean {
  if (!level) return true;
  switch (doc.unitNames.level) {
    case 'township': case 'department': return true;
    case 'county': return ['省', '自治区', '州', '盟'].includes(level) || (level === '市' && !doc.unitNames.own?.endsWith('市'));
    case 'city': return level === '省' || level === '自治区';
    default: return level === '省' || level === '自治区';
  }
}

/**
 * The hit's clause tells another body's work done for the unit itself: for it, to it or stationed in it
 * (为我镇/为镇政府/到我局/到镇坐班/驻局, or the unit's own name after 为/到/给). Work for the unit's villages
 * (为我镇9个村, 为各村) or for every township (为全县各乡镇) is not.
 */
const SERVES_UNIT = /(?:为|给|到|驻|帮助)(?:我|本)(?:镇|乡|苏木|街道?|局|委|办|单位|部门|县|区|旗|市)(?![^，。；]{0,4}(?:村|社区|居委|各|所属))|(?:为|给|到)(?:镇|乡|苏木|街道|局)?(?:政府|党委|党工委|机关|办事处)|(?:到|驻)(?:镇|乡|街道|局|苏木)(?:坐班|值班|服务|办公)/;
function servesUnit(doc: DocumentModel, text: string, at: number): boolean {
  // within the hit's own clause: 县司法局为我镇12个村各选派1名村法律顾问，为我镇培训…, the advisers are the villages'
  const i = Math.max(0, Math.min(at, text.length) - 1);
  const clause = text.slice(clauseStart(text, i), clauseEnd(text, i));
  return SERVES_UNIT.test(clause) || ownNamesOf(doc).some((n) => ['为', '到', '给'].some((p) => clause.includes(p + n)));
}

export function placeSentence(doc: DocumentModel, s: Sentence, scope: Scope, at = Infinity, hitEnd?: number): Placement {
  const byPart = placeByPart(doc, s, scope);
  if (byPart !== IN_SCOPE) return byPart;
  if (s.intent && !scope.allowIntent && at >= s.intentAt) return refused('intent');
  if (at !== Infinity && !scope.allowIntent) {
    if (negatedAt(s.text, at) || nilRowOf(s)) return refused('negated');
    const other = actorRefusal(doc, s.text, at, hitEnd);
    if (other && !(other === 'others_work' && scope.servedByOthers && servesUnit(doc, s.text, at))) return refused(other);
  }
  return IN;
}

/** placeByPart's answer for a sentence in one of the scope's kinds: where the hit stands in it decides (placeSentence). */
const IN_SCOPE: Placement = Object.freeze({ status: 'in' });
/**
 * The placement that the sentence's part and heading alone decide, whatever matched where: IN_SCOPE when the sentence is
 * in one of the scope's kinds (the rest is placeSentence's). Shared by placeSentence and mayHold, so the two never differ.
 */
function placeByPart(doc: DocumentModel, s: Sentence, scope: Scope): Placement {
  if (scope.headings === 'exclude' && s.isHeading) return OUT;
  if (scope.headings === 'only' && !s.isHeading) return OUT;
  const kind = doc.sections[s.section].kind;
  if (scope.kinds.has(kind)) return IN_SCOPE;
  // a measure found only in plans earns nothing, but assessors want to see it (planned_only)
  if (kind === 'plans') return PLANNED;
  // the title and an addressee line (县委全面依法治县委员会办公室：) name bodies, never work: a term found there
  // is not withheld evidence, it is no evidence at all
  if (kind === 'front' && (s.paragraph < doc.titleParagraphs || ADDRESSEE_RE.test(s.text.trim()))) return OUT;
  const reason = REASON_OF_KIND[kind];
  return reason ? refused(reason) : OUT;
}

/**
 * Whether a hit in `s` could count, count as planned, or be kept as refused evidence under `scope`, wherever in
 * the sentence its terms matched: false exactly when placeSentence answers OUT for every `at` (or a refusal the
 * fact does not keep). Facts skip matching the sentences it rules out — an anchored pattern is otherwise tried
 * on every sentence of the report (shortcoming_causes' implied causes: 5 % of a worker, issue 15).
 */
export function mayHold(doc: DocumentModel, s: Sentence, scope: Scope, keepRefused: boolean): boolean {
  const byPart = placeByPart(doc, s, scope);
  return byPart === IN_SCOPE || byPart === PLANNED || (byPart.status === 'refused' && keepRefused);
}

/**
 * Fixed places of a report that structural facts read (the 落款, the preamble, top-level headings),
 * named here so that no fact tests section kinds itself.
 */
export const sectionKindOf = (doc: DocumentModel, s: Sentence): SectionKind => doc.sections[s.section].kind;

/**
 * The sentences of the 落款, in order: its issuer and its date — not what a page or a repost prints under it (来源, 编辑, 阅读原文,
 * 点击关注…: new user 53's late 落款 was quoted with that tail and placed on its last line).
 */
export function closingSentences(doc: DocumentModel): Sentence[] {
  const all = doc.sentences.filter((s) => sectionKindOf(doc, s) === 'closing');
  const dateText = doc.closing?.dateText;
  if (!dateText) return all;
  let last = -1;
  all.forEach((s, i) => { if (s.text.includes(dateText)) last = i; });
  return last >= 0 ? all.slice(0, last + 1) : all;
}

/** A body sentence (after the title) in one of the given section kinds. */
export function inBodyOf(doc: DocumentModel, s: Sentence, kinds: ReadonlySet<SectionKind>): boolean {
  return s.paragraph >= doc.titleParagraphs && kinds.has(sectionKindOf(doc, s));
}

/** A preamble sentence: in the front matter, after the title. */
export function isPreamble(doc: DocumentModel, s: Sentence): boolean {
  return sectionKindOf(doc, s) === 'front' && s.paragraph >= doc.titleParagraphs;
}

/**
 * A sentence of the first paragraph of a report's body when the body has no heading at all (one 正文, a
 * 总结 written in paragraphs): that paragraph stands where a preamble would, and frames the reporting
 * period as one does (2021年，我乡在县委、县政府的领导下…; 现将2022年度工作总结如下). Later paragraphs are work.
 */
export function opensUnheadedBody(doc: DocumentModel, s: Sentence): boolean {
  const sec = doc.sections[s.section];
  if (sec.style !== 'none' || sec.heading !== '' || sec.kind !== 'achievements' || sec.parent !== -1 || sec.boundary !== null) return false;
  const first = doc.sentences.find((x) => x.section === s.section);
  return first !== undefined && first.paragraph === s.paragraph;
}

/**
 * The first sentence of the work, or undefined: the first body sentence, not a heading, of the first section of the year's work or
 * the first duty — where a report's own summing-up of its year stands when it has no preamble to hold it (2025年，我局在…领导下，…
 * 取得了一定成效).
 */
export function firstWorkSentence(doc: DocumentModel): Sentence | undefined {
  return doc.sentences.find((x) => !x.isHeading && x.paragraph >= doc.titleParagraphs && (sectionKindOf(doc, x) === 'achievements' || sectionKindOf(doc, x) === 'first_duty'));
}

/** The heading of a top-level section — not a topic heading of the work, which frames no period (【紧扣2023年度目标，…】: red team 111's r2_01). */
export function isTopLevelHeading(doc: DocumentModel, s: Sentence): boolean {
  return s.isHeading && doc.sections[s.section].depth === 0 && !doc.sections[s.section].topic;
}

export function sectionLabel(doc: DocumentModel, sec: Section): string {
  if (sec.kind === 'front') return '前言';
  if (sec.kind === 'closing') return '落款';
  return sec.path || sec.label;
}

/** Evidence quotes at most this much of a sentence (a 1 MB line without punctuation is one sentence). */
const MAX_QUOTE = 400;
const quote = (t: string) => (t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE)}…` : t);

export function evidenceOf(doc: DocumentModel, s: Sentence, match?: string): Evidence {
  const sec = doc.sections[s.section];
  return located(doc, { text: quote(s.text), section: sectionLabel(doc, sec), kind: sec.kind, line: s.line, start: s.start, end: s.end, match });
}

/**
 * Evidence with the place a reader looks it up by, from its line: a .docx's paragraph (its lines are
 * its paragraphs: 第6段), a paged document's page. Every fact's evidence goes through here, so one
 * report never shows the same paragraph as L6 in one cell and 第6段 in another.
 */
export function located(doc: DocumentModel, e: Evidence): Evidence {
  if (doc.source === 'docx') e.paragraph = e.line;
  if (doc.pages) e.page = doc.pages[e.line - 1];
  return e;
}

export function refusedOf(doc: DocumentModel, s: Sentence, reason: RefusalReason, match?: string): RefusedHit {
  // the evidence object itself with its reason last (the same keys in the same order as a spread copy)
  const hit = evidenceOf(doc, s, match) as RefusedHit;
  hit.reason = reason;
  return hit;
}
