/**
 * The red teams' corpora (fixtures/redteam/): legitimate wording a deduction once fired on stays
 * clean, and the genuine faults stay caught (or suspected, where that is the design).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubricCli, tempDir } from './cli-helpers.js';
import { ROOT } from './helpers.js';

interface Row { file: string; deductions: Array<{ id: string }>; suspected: Array<{ id: string }>; criteria: Record<string, { points: number }> }
const DIR = join(ROOT, 'fixtures', 'redteam');

function scored(corpus: string): Map<string, Row> {
  const out = join(tempDir(), 'out');
  const r = rubricCli(['score', join(DIR, corpus), '--out', out, '--no-cache', '--format', 'jsonl', '--quiet', '--time-budget', '300']);
  expect(r.code).toBe(0);
  const rows = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
  return new Map(rows.map((x) => [x.file.replace(/\.txt$/, ''), x]));
}

type FileRow = Row & { total: number; unit?: string | null; kind?: string | null; division?: { code: string } | null; error?: { code: string }; flags?: string[]; criteria: Record<string, { outcome: string; evidence?: Array<{ kind?: string; text: string }> }> };
/** `suspect` (a deduction's case): whether a suspicion must be raised as well, whatever is deducted; target `flag:CODE`: expected yes/no. */
interface FileCase { id: string; file: string; kind: 'legit' | 'trap'; target: string; expected: string; suspect?: boolean }

/** Every file of a corpus scored (results by file name, extension kept) and read (the text and title the engine saw). */
async function scoredAndRead(corpus: string, code: number, view: 'original' | 'normalized'): Promise<{ rows: Map<string, FileRow>; read: Map<string, { text: string; title: string }> }> {
  const out = join(tempDir(), 'out');
  const r = rubricCli(['score', join(DIR, corpus), '--out', out, '--no-cache', '--format', 'jsonl', '--quiet', '--time-budget', '300']);
  expect(r.code).toBe(code);
  const rows = new Map(readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((x) => [x.file, x]));
  const { parse } = await import('../engine/scoring/report.js');
  const read = new Map<string, { text: string; title: string }>();
  for (const f of rows.keys()) {
    const x = await parse(new Uint8Array(readFileSync(join(DIR, corpus, f))), f, { maxBytes: 50 << 20 });
    read.set(f, 'doc' in x && x.doc ? { text: x.doc[view], title: x.doc.title ?? '' } : { text: '', title: '' });
  }
  return { rows, read };
}

const DEDUCTION_IDS = ['wrong_unit_name', 'wrong_year', 'stale_content', 'late_report'];
/**
 * Whether a file case came out otherwise than expected: a criterion's outcome; a deduction deducted,
 * suspected or not (`suspectedIsNot`: a corpus whose cases call a suspicion not_deducted, no points
 * either way); the total; or what was read (contains:/absent:/once:/title:/count:S=n).
 */
function wrongCase(c: FileCase, rows: Map<string, FileRow>, read: Map<string, { text: string; title: string }>, suspectedIsNot: boolean): boolean {
  const r = rows.get(c.file)!;
  if (r.error) return true;
  const [op, arg] = [c.expected.slice(0, c.expected.indexOf(':')), c.expected.slice(c.expected.indexOf(':') + 1)];
  if (c.target === 'total' || op === 'total') return r.total !== Number(arg);
  if (c.target === 'read') {
    const { text, title } = read.get(c.file)!;
    if (op === 'contains') return !text.includes(arg);
    if (op === 'absent') return text.includes(arg);
    if (op === 'title') return !title.includes(arg);
    if (op === 'count') { const [s, n] = [arg.slice(0, arg.lastIndexOf('=')), Number(arg.slice(arg.lastIndexOf('=') + 1))]; return text.split(s).length - 1 !== n; }
    return text.split(arg).length !== 2; // once
  }
  if (c.target === 'unit') return (r.unit ?? '') !== c.expected;
  // the unit's 单位类型 (harness/writers/unit-kind.ts; none when no unit was read)
  if (c.target === 'kind') return (r.kind ?? 'none') !== c.expected;
  // the unit's place: its 行政区划代码 (none when the gazetteer did not decide)
  if (c.target === 'division') return (r.division?.code ?? 'none') !== c.expected;
  if (c.target === 'year') return String(r.year ?? '') !== c.expected;
  // the 落款's date as report_metadata quotes it (YYYY-MM-DD; none when the report is flagged no_date)
  if (c.target === 'closing_date') return closingDate(r) !== c.expected;
  if (c.target.startsWith('flag:')) return ((r.flags ?? []).includes(c.target.slice(5)) ? 'yes' : 'no') !== c.expected;
  if (DEDUCTION_IDS.includes(c.target)) {
    if (c.suspect !== undefined && (r.suspected ?? []).some((d) => d.id === c.target) !== c.suspect) return true;
    const got = r.deductions.some((d) => d.id === c.target) ? 'deducted' : r.suspected?.some((d) => d.id === c.target) && !suspectedIsNot ? 'suspected' : 'not_deducted';
    return got !== c.expected;
  }
  return r.criteria[c.target].outcome !== c.expected;
}

function closingDate(r: FileRow): string {
  if ((r.flags ?? []).includes('no_date')) return 'none';
  const ev = (r.criteria.report_metadata?.evidence ?? []).find((e) => e.kind === 'closing');
  const m = ev ? /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(ev.text) : null;
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : 'none';
}

/**
 * A red-team corpus and its `<corpus>.cases.json` (`count` cases): every file scored (exit code `code`)
 * and read (`view`), and the ids of the cases that came out otherwise than expected (wrongCase).
 */
async function wrongIds(corpus: string, code: number, view: 'original' | 'normalized', count: number, suspectedIsNot = false): Promise<{ rows: Map<string, FileRow>; wrong: string[] }> {
  const { rows, read } = await scoredAndRead(corpus, code, view);
  const cases: FileCase[] = JSON.parse(readFileSync(join(DIR, `${corpus}.cases.json`), 'utf8'));
  expect(cases.length).toBe(count);
  return { rows, wrong: cases.filter((c) => wrongCase(c, rows, read, suspectedIsNot)).map((c) => c.id) };
}

/** Red team 66's cases left: residues after 作为 with no agenda words (B27, B31) and a picture named .txt (A32). */
// (session 40: B27 right — 列入乌兰陶勒盖镇重点工作: a sibling whose name is no word, framed, is a name)
const WRONG_101 = ['A32', 'B31'];
/**
 * Red team 67's cases left, each wrong before the session too: a county bureau putting a town's work (c1_16, −10 by the older
 * 年度 context), residues in other shapes (与…同部署, 融入到, a comma before 作为, 按县委要求 in the actor, 列入…"十四五"规划, 我镇
 * later in the sentence, a department's 鄂托克前旗: c1_21–c1_27, c1_32), Word breaks in a numbered paragraph's first line or a
 * title (c4_15, c4_18, c4_19). Fixed in session 37: a 监狱 and a joint 党委+政府 title without 中共 (c2_13, c2_15), a decimal count
 * opening a Word line (c4_16).
 */
// (session 40: c1_21, c1_32 right — a framed name that is no word; a 旗 department residue)
// (c1_24, 融入到 another town, right since session 49: the 到 of 融入到 is no visit's)
const WRONG_102 = ['c1_16', 'c1_22', 'c1_23', 'c1_25', 'c1_26', 'c1_27', 'c4_15', 'c4_18', 'c4_19'];

/**
 * Red team 68's cases left, each wrong before the session too: residues in the closing formula's shape and pasted measures
 * with 疫情防控期间 (c1_22–c1_27, c2_19–c2_21: caught while those rules stood, suspected or missed since their withdrawal after
 * red teams 69 and 70), residues in other shapes
 * (保驾护航, 作出新的更大贡献, 争创…示范县, 法治政府建设和法治社会建设 or 和经济社会高质量发展 before 提供, a county before the town,
 * 各项工作顺利开展 between: c1_29–c1_35), a city
 * 督察组's member inspecting a county (c1_21, −10 by the older mission frame); look-backs whose clean-up words are the
 * epidemic's own (防疫类, 新冠疫情结束后: c2_16–c2_18) and pasted measures in other words (疫情防控期间 alone, 涉疫, 常态化防控:
 * c2_22–c2_26); a 合署 office with its bureau (c3_10), a preamble's 局党组在县… read as the unit (c3_14). Fixed in session 38: a
 * Beijing 地区办事处 read at township level (c1_36), joint titles whose second organ drops its place or keeps its tail (c3_06–c3_09).
 */
// (session 40: c1_23, c1_32 right — framed real counties whose names are no words, as blind sets 103 and 127 deducted)
const WRONG_103 = ['c1_21', 'c1_22', 'c1_24', 'c1_25', 'c1_26', 'c1_27', 'c1_29', 'c1_30', 'c1_31', 'c1_33', 'c1_34', 'c1_35', 'c2_16', 'c2_17', 'c2_18', 'c2_19', 'c2_20', 'c2_21', 'c2_22', 'c2_23', 'c2_24', 'c2_25', 'c2_26', 'c3_10', 'c3_14'];

/**
 * Red team 69's cases left, each wrong at the session's start too: residues in the closing formula's shape and pasted measures
 * (c1_30–c1_38, c3_01–c3_03: see WRONG_103's note); residues with the unit's field or mission between the name
 * and 提供…法治保障 (c1_40–c1_44: that wider form was tried and withdrawn, 22 false −10 on partners, hosts, river basins,
 * migrants' counties), residues vetoed by 我乡 or in other words (保驾护航, 贡献…力量, 为指导, 办理 before; c1_50–c1_53, c1_56), a
 * one-character county (费县: c1_57); a decimal run-in heading with a sentence end on its line (c2_10); a pasted measure with
 * 疫情防控期间， and no listed word (扫码测温, 口罩: c3_06).
 */
// (c1_41 right since session 46: the department's own field served under another county's name, 为X县水利事业高质量发展提供…法治保障 —
// only with the field right after the name, an outcome and the law's setting provided, and fieldFramed's guards)
const WRONG_105 = ['c1_30', 'c1_31', 'c1_32', 'c1_33', 'c1_34', 'c1_35', 'c1_36', 'c1_38', 'c1_40', 'c1_43', 'c1_52', 'c1_53', 'c1_57', 'c3_01', 'c3_02', 'c3_03', 'c3_06'];

/**
 * Red team 70's cases left, each wrong at the session's start too: residues in the closing formula's shape only suspected (the
 * rule that made them strong was withdrawn after this red team: 18 false −10 on partners whose context its lists missed —
 * r1_p01–r1_p03, r1_v01–r1_v19), partners after 为推进/为推动 −10 by the older mission frame (r1_l15, r1_l16), decimal headings
 * over 40 characters or run in with their body (r2_d05, r2_d14, r2_d15), a look-back with 新冠 (r3_s04) and pasted measures a
 * 疫情防控期间 in their sentence hides (r3_s05, r3_s06, r3_s08).
 */
// (r1_l15, r1_l16 right since session 46: a frame's place aided or introduced on purpose the sentence before is no residue)
const WRONG_106 = ['r1_p01', 'r1_p02', 'r1_p03', 'r1_v01', 'r1_v02', 'r1_v03', 'r1_v04', 'r1_v05', 'r1_v06', 'r1_v07', 'r1_v08', 'r1_v09', 'r1_v10', 'r1_v11', 'r1_v12', 'r1_v13', 'r1_v14', 'r1_v15', 'r1_v16', 'r1_v17', 'r1_v18', 'r1_v19', 'r3_s04', 'r3_s05', 'r3_s06', 'r3_s08'];

/**
 * Red team 71's cases left, each wrong before session 38 too: problems and plans in one paragraph (r1_03), steps called weak 17
 * characters on or in the next clause (r3_08, r3_09), a count of hearings attended beside a supposition (r4_04), 全过程留痕/记录
 * outside enforcement (r7_05, r7_06), counterpart residues with 我局, 全面履职 or 增强 (r8_05–r8_07), a neighbouring 地区 as the
 * unit (r9_06), a run-in duty heading over 40 characters (r10_06). (The 地区工委's own report, r9_11, is right since session 39:
 * its counterpart opens the paragraph. r1_04, a problem item whose title is its lead's first clause, is right since session 54: each
 * item answered by its own 下一步 keeps the items after it problems.)
 */
const WRONG_107 = ['r10_06', 'r1_03', 'r3_08', 'r3_09', 'r4_04', 'r7_05', 'r7_06', 'r8_05', 'r8_06', 'r8_07', 'r9_06'];

/**
 * Red team 72's cases left, each wrong before session 38 too (suspicions read as not deducted): pasted paragraphs in other
 * milestone words (决胜…决战, single quotes, 二十大召开: r1_14, r1_16, r1_17 — suspected) and labelled lines of last year's tally
 * (r2_13–r2_15: that reading was tried and withdrawn), empty rows (r3_13–r3_17: the empty-row reading was withdrawn after red
 * team 73, a 无 cell as often an honest zero), a
 * nurse's licensing exam as enforcement qualification (r4_01). Fixed since: a one-character county's joint title (沛县委、县政府: r7_03).
 */
// (session 40: r3_17 right — a task row with a bare 本年度未聘请 cell is a task not done, scope.ts nilRow)
const WRONG_109 = ['r2_13', 'r2_14', 'r2_15', 'r3_13', 'r3_14', 'r3_15', 'r3_16', 'r4_01'];

/**
 * Red team 73's cases left, each wrong before session 38 too: what the withdrawn actor rules had caught — a county 编办's list
 * and the county's 考核 of the towns (c08, c09), another body's work in the clause after it (c20), 第N条规定 of a law after a ；
 * and 同法第N条 (c35, c43), a requirement continued after a ； (c42), the set 109 empty row (c55) — and rows with 。 and their
 * counts in cells of their own (c48–c50), empty rows with 起 or a long item (c56, c57), milestones in other words (c61–c63).
 */
/**
 * Red team 74's cases left, each wrong before the session too: being inspected after 组织的 or on a long 普法责任制落实情况 (n02,
 * d04), an inspection of units that had not done something (d06: 未开展 of the old list); the first of two quoted names sharing
 * one carrier, a carrier far after its name (s01, s06, s07); bare subjects 镇里/街道办 (y10, y11); joint 2020 milestones (y14,
 * y15); pasted neighbours with 专项整治 in them, 于都县 only suspected, a county-level city's bureau (c14, c17, c18). (c13's 纠纷 right since
 * session 53: a dispute between the two places excuses a counterpart, the mediation it handles does not.)
 */
const WRONG_113 = ['c14_gaotai_campaign', 'c17_xingguo_yudu', 'd04_changxing_inspected', 'd06_wuchang_negatedcheck', 'n02_fenshui_ducha', 's01_hongguo_twoteams', 's06_anhai_enum', 's07_shanhe_longcarrier', 'y10_zhouzui_zhenli', 'y11_honggu_jiedaoban', 'y14_xiaokang_13th', 'y15_qiwu_13th'];
/**
 * Red team 75's cases left: 新乡市长垣市's own title read short of its 人民政府 (r1_17; the cities' 述法 titles, r1_10 and r1_11, are right since the
 * place test took 市), a bare-year 述法 title
 * whose year is the one reported (r1_12), a two-line 述法 title (r1_13), sister branches pasted in other shapes (r2_09, r2_11,
 * r3_08, r3_09), carried paragraphs with 目前 or 三年行动 in them (r4_02, r4_03, suspected) or as an item/two sentences (r4_11,
 * r4_12), 时间 lifting a real negation (r5_11), 三个规定/两个责任 counted, 律师积极为 read as a name (r6_06–r6_08).
 */
const WRONG_117 = ['r1_12_bare_year_same', 'r1_13_two_line_title', 'r1_17_changyuan_city', 'r2_09_lichuan_pasted', 'r2_11_enshi_fullname_pasted', 'r3_08_longquan_mechanism', 'r3_09_jingning_pasted_ours', 'r4_02_xidian_muqian', 'r4_03_shipu_three_year', 'r4_11_xucun_item', 'r4_12_xitang_two_sentences', 'r5_11_tangchang_situation'];
// (session 40: r6_06–r6_08 right — 三个规定/两个责任 named by count are no quantities; 律师积极为… names no lawyer)
// (session 40: c50 right — a bar row's 序号 is no heading number, so 2｜存在不足整改｜… no longer opens a shortcomings part)
const WRONG_111 = ['c08', 'c09', 'c20', 'c35', 'c42', 'c43', 'c48', 'c49', 'c55', 'c56', 'c57'];

describe('red-team corpora', () => {
  it('office documents (red team 7): Word and web pages read as Word and a browser show them (the ones left named)', async () => {
    const { rows, wrong } = await wrongIds('office', 1, 'original', 97, true); // 1: one report unscored (the RTF altChunk), every other one ranked
    // first run: 26 wrong (a 公众号 page read as its toolbar, a 目录 turning the report into plans, Word XML read as
    // markup, MHT altChunks "empty", style-hidden 疫情 text deducted, web titles and 落款 lost …). Left: a 落款 typed in
    // the page footer (footers are dropped by design), a typed late date equal to a DATE field's elsewhere (suspected
    // only: auto dates are matched by text), an RTF altChunk (no RTF reader: a clear unsupported_format error instead)
    // (d31, an adviser's sentence broken by Word's manual line break inside a numbered paragraph, had passed only through the bare
    // 常年法律顾问 rule; closing every such break was tried in session 35 and withdrawn after red team 65: headings ran into sentences.
    // Session 36 closes a break only inside prose — a line already holding a sentence's end and stopping short of one, before
    // no part or item marker — which no title, heading or 落款 line is: d31 reads right again)
    expect(wrong).toEqual(['d17', 'd38', 'd59']);
    expect([...rows.values()].filter((x) => x.error).map((x) => [x.file, x.error!.code])).toEqual([['d59_altchunk_rtf.docx', 'unsupported_format']]);
  }, 240_000);
  it('fixes of blind set 21 and red team 7 (red team 8): denials, topic leads, web headlines and 落款, Word breaks and 目录 (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes21', 0, 'normalized', 72);
    // first run: 50 wrong (36 legitimate hurt). Left: last year's work with 镇司法所 as the subject and no 共/全年 is not suspected
    // (b12; suspicions carry no points). b10 (the unit's own name for 我镇) is deducted as 我镇's tally is since session 49 (red team 96's r3_04)
    expect(wrong).toEqual(['b12']);
  }, 240_000);

  it('fixes of blind set 23 (red team 9): 对…拟…的 is no intent, disputes settled are mediation, an adviser someone else provides serves the unit (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes23', 0, 'normalized', 50);
    // first run: 42 wrong — all 19 traps given credit by the set-23 change (拟 as a clause's verb read as an attribute,
    // disputes still unresolved or a contract's dispute risk read as mediation, the unit's own 聘请的常年法律顾问
    // taken for someone else's) and 23 legitimate wordings never read. Left: a target rate (纠纷就地化解率不低于95%:
    // the checker wants partial), 受理纠纷52件，均得到妥善解决 (the settling is in the next clause), and a county
    // government retaining advisers for all its towns (县政府统一聘请常年法律顾问为全县各乡镇…: met, the checker wants partial)
    expect(wrong).toEqual(['mt06', 'ml04', 'al06']);
  }, 240_000);
  it('fixes of blind set 24 (red team 10): list items as content, headless 总结 parts, plan leads before a list (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes24', 0, 'normalized', 46);
    // first run: 22 wrong, 15 of them from the set-24 change — a cover letter's date before 附件： ate the report once
    // nothing after a 落款 could be a heading (withdrawn), a shortcomings lead before the first heading turned the
    // achievements into shortcomings (plan leads only now), a mid-body 还有…问题，主要是… took the rest of a headless
    // body (the unit or the work as a whole must speak), a headless body's bare 2022年，县委… was deducted (the unit
    // must speak after it), 已报…备案，计划于明年…公布 became intent (the long reach only after a preparation). Left:
    // an attached document after the 落款 (a 工作要点) earns credit (another checker's case wants an attached
    // 第一责任人 part to count), and a cause in a shortcomings heading that has a body (T41) is not read. L11 (a 总结
    // whose only list follows 但也还存在一些不足，主要是：, the body read as the preamble) fixed after the first rework;
    // L07 (an 附件 directory of titles) since set 25: an attachment list stays in the closing; L04 (an attached
    // 2025年工作要点) since set 36: an attachment is read by its title, and a plan is plans
    expect(wrong).toEqual(['T41']);
  }, 240_000);

  it('fixes of blind sets 42 and 43 and the openings sweep (red team 24): residue told otherwise, run-in headings, heading years, table units (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes42', 0, 'normalized', 75, true);
    // first run: 46 wrong (9 false −10, one report −64.5): a first heading on last year's 督察整改 made the year 2023 and
    // the year's own part plans; run-in headings behind a frame (推进法治建设镇党委…, 服务经济发展乡…) and non-word towns
    // (太平镇, 惠民镇); 市和县委 read as 和县; a neighbour introduced the sentence before (a dispute, a cluster's lead) read as
    // speaking; 转段之后 deducted and 转段后，…新冠疫苗接种 not; （二〇二四年度）, （2024） unread, （2025年） taken. Reworked: a
    // heading on another year's matter gives no year and the body's year lead outranks a first heading; a frame must stand
    // right before a glued name, a name glued inside a run-in heading is a suspicion at most; a bare 市 in a list of levels
    // is no city; a neighbour introduced before is named on purpose when it heads its sentence; the epidemic's time phrases
    // are read in the term itself; bracketed years with 年度 or none. Left: common-word towns after a verb (落实建设镇…,
    // a4_fault_*: no town read after a verb, by the glue rule), 乙类乙管 without the words (debatable), a 村 adviser's
    // clients (c2: unmet, the checker wants partial), 会同 (c4), tables captioned 单位：件, 立案/件 or space-separated (c5
    // faults), and a five-year trend table counted (c5_legit_trend, debatable). Invented names are pinned as suspected
    // (by design, fixes42-build/make.py), and a unit in the form its 落款 signs. Since set 47 (session 20) a
    // space-separated table is read (c5_fault_spaces)
    expect(wrong.sort()).toEqual(['a4_fault_jiaqiang', 'a4_fault_luoshi', 'a4_fault_tisheng', 'c2_legit_villagers_sign', 'c3_fault_yilei', 'c4_fault_huitong', 'c5_fault_caption', 'c5_fault_slash', 'c5_legit_trend']);
  }, 240_000);

  it('fixes of blind set 54 (red team 31): body subjects that are clauses, the 落款 against the body, a plan dropped midway, a 街道 served (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes54', 0, 'normalized', 93, true);
    // first run: 54 wrong of 93 (26 wrong before set 54 too): refusing subjects opening on 以/由/向/从/将 lost 94 real
    // townships (向阳, 以那, 由旺 …); the 落款 replaced the body's place when it signed a committee (依法治镇委员会) or had a
    // typo; a plan lead's items after 以下工作 or next year's 全年… were made work done; the unit's own 上杭街道 (of
    // 上杭路街道) after 贯穿 was deducted. Reworked: only a clause with 了 or 以/由 right before the level word (and a verb of
    // setting up opening it) is refused; the 落款 replaces a body's place named once, never a committee's; the plan ends
    // only after a plain lead, at a sentence opening on 全年/本年度… with a counted result, not a target or 安排; the
    // unit's own 街道 short of a character is its own. Left (all wrong before set 54): clause subjects with no 落款 to fall
    // back on (the unit unknown), an office's 落款, 2025年将…全年…不少于 (older), work resumed in other words with no mark of
    // completion or with a target word (2024年，…; 达到98%: 同时…共… is work since blind set 59), a 街道's short form elsewhere
    // (c4_neighbour_help: a neighbour named on purpose, then served — pinned as a suspicion; since red team 45 a place
    // named as a partner earlier in its sentence (为相邻的岽头街道…，助力岽头街道…) is not even suspected: no deduction either way)
    // (session 43: c2_party_last's 《莲塘镇…要点》 local since a party unit's place starts after 中共)
    expect(wrong.sort()).toEqual(['c1_chengli_fixed:unit', 'c1_jianchi_clause:unit', 'c1_jianquan_clause_real:unit', 'c1_wanshan_clause_real:unit', 'c2_jd_short_form:wrong_unit_name', 'c2_office:unit', 'c3_byyear_target_plan:law_publicity', 'c3_resume_dadao:mediation', 'c3_resume_year:mediation', 'c4_neighbour_help:wrong_unit_name']);
  }, 240_000);

  it('fixes of blind sets 56 and 57 (red team 33): counts by their clause, the first-duty formula, past papers cleaned up, a page\'s links block (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes57', 0, 'normalized', 60, true);
    // first run: 46 wrong of 60 against the older engine's 24 — activity words matched nouns and the study itself
    // (宣讲团, 二级调研员, 宣传周…集中学习, 听取…辅导); 每次会上 counted any item of a meeting; 以往文件资料清理归档 and
    // 此前文件要求清理河道 were normative documents; 亲自督办各村法治建设重点任务 lost its supervision; the links block took a
    // 落款 under it and a report's own 法律服务链接： list. Reworked: a study form in the count's clause keeps it, nouns are
    // no activity, 每次会前/会上 needs a study after it, past papers need an issuing verb (以往印发的文件), 未对…开展 is a
    // negation and 计划对…开展 intent, 督办 is the formula only inside its 、-list, a page's link labels only, and a date
    // among the items keeps them all. Left: a secretary lecturing cadres (宣讲3场: S09) and a court visit (走访…法院2次，
    // 现场旁听…: S11), judgement calls the change decides the other way; older: 亲自督导 in the formula (D05), 现行有效的文件
    // (N07), other activities whose clause names a law or a training (T01, T03, T09), 并 for a comma (T07), a 落款 inside
    // the links (W16)
    // (N07, 现行有效的文件…清理, read since red team 43's round)
    expect(wrong.sort()).toEqual(['D05_formula_qinzi_dudao', 'S09_secretary_teaches_xuanjiang', 'S11_zoufang_court_2', 'T01_minfadian_into_villages', 'T03_gridmen_training', 'T07_bing_joined_research', 'T09_lecture_for_villagers', 'W16_closing_inside_links']);
  }, 240_000);

  it('fixes of blind sets 58 and 59 (red team 34): work resumed after a midway plan, a department\'s field, 全年工作 after a place, 同检查, whose 主要负责人 (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes59', 0, 'normalized', 60, true);
    // first run: 42 wrong of 60 against the older engine's 24 — any counted sentence after a midway plan ended it (聘请执业
    // 律师1名…, 一是培育…5名, 按照2025年度…计划 earned credit); 全年目标/全年工作 after a real neighbour named on purpose was a
    // −10 (four false deductions); 共同检查 lost its supervision; 平台 made national platforms in quotes local; the 住建局's
    // own channel (“岍川住建”) became a local item; 法律明白人 and 两委成员 带头学习 were leaders. Reworked: the plan ends only
    // at a counted sentence with a mark of completion, not an item, a time of the plan or next year; 全年工作 is weak context
    // (a suspicion); only 同检查 itself is the formula; 平台 withdrawn; a channel named by the bureau's short field is its own;
    // village and community cadres are not leaders. Left, each wrong before the change too: done work kept as plan when it
    // holds 以上/安排/缺编 or counts in Chinese numerals (L01–L06), 同步检查/同督查 in the formula (D03, D04), platforms and far
    // carriers (F07, F08), a real county's 住建局 paper with its platform (M03), a residue the engine only suspects (W09). M04 and
    // W01 (…把法治建设纳入岳阳县全年重点工作, 将其纳入茅石镇全年工作计划) are deducted since session 36's agenda frame (blind set 101);
    // W07 (为松坎镇全面建成小康社会提供了有力法治保障) relabelled a fault in session 37 — the unit's mission under another town's name;
    // deducted while the closing formula was strong, only suspected since it was withdrawn (red teams 69 and 70)
    // session 42: W09 right (推动X乡村振兴 with a real neighbour: 乡村振兴 is the place's development, weak context before the frame)
    expect(wrong.sort()).toEqual(['D03_tongbu_formula', 'D04_tong_ducha_formula', 'F07_local_far_carrier', 'F08_local_near_platform', 'L01_change_own', 'L02_chinese_numerals', 'L03_yishang', 'L04_anpai', 'L05_queban', 'L06_pufa_jihua', 'M03_zhujian_real_county_paper', 'W07_serve_frame_real']);
  }, 240_000);
  it('fixes of blind sets 62 and 63 (red team 35): other fields\' groups, lawsuits\' disputes, stock causes, 对拟…进行, measures, decision records, bylines (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes63', 0, 'normalized', 82, true);
    // first run: 56 wrong of 82 against the older engine's 45 — a lawsuit within 24 characters took the mediation of the
    // next clause (出庭应诉2次，妥善处理劳资纠纷8起), a record of decisions dropped the enforcement record beside it,
    // 暨-joined rule-of-law groups lost their credit, numerals with a measure in names counted (三棵树村, 十八亩村), 就拟 and
    // the byline outranking the 落款. Reworked: a lawsuit in the same clause or a copula (该案为…, 案件1件，系…) only; decisions
    // as the record's object only; 暨/与 joins and the bare group where no field names it; measures in Chinese numerals only
    // before a pause; 对/凡 only; the byline last. (Conditions not in the stock list then — 面积大、监管对象多, 流动性强 — are
    // implied causes since blind sets 68 and 70, red teams 39 and 40.)
    expect(wrong.sort()).toEqual([]);
  }, 240_000);
  it('fixes of blind sets 64 and 65 (red team 37): tables aligned by spaces with a unit column, supervision words in a rule\'s name (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes64', 0, 'normalized', 35, true);
    // first run: 20 wrong of 35 against the older engine's 13 — any lone unit character made a spaced-out sentence a row
    // (宣传资料  3000  余份 lost its count, 2023  年度  全镇受理…  42  件 its wrong_year), and a 《 or 》 left unmatched hid real
    // supervision (对照《…纲要要求，…开展专项督查). Reworked: the unit cell counts only with its figure in the next cell, a year
    // cell before 年度 is no row; only the regulation's own name (…督察工作规定) is no supervision; a spaces row's 序号 cell is
    // left out as a tab row's is (A09, A10: it had been read as a heading number). Left, each wrong before too: tables without
    // 序号 or with Chinese ones (A12, A13), 台 units (A14)
    expect(wrong.sort()).toEqual(['A12_no_xuhao_table', 'A13_cn_xuhao_table', 'A14_tai_unit_table']);
  }, 240_000);
  it('fixes of blind sets 78-82 (red team 45): units outside the usual pattern (供销社, regiments, farms, mass bodies), a farm 管理区 at township level, a bracketed other name, kinds of area, measures in last year\'s tally (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes78', 0, 'normalized', 46, true);
    // first run: 26 wrong of 46 against the older engine's 21 — measures after damage, targets, plans, holdings or a
    // transfer made last year's tally (−5 seven times), a farm's or regiment's hospital or police serving a town, a partner
    // framed again later in its sentence and a forest farm's location in brackets made −10s, a title cut inside its
    // brackets (嵂川镇（嵂川农场) and a 落款 signing two bodies became the unit. Reworked: a measure counts only after a
    // verb of work done, never in a sentence of targets, damage, transfers or holdings; 较上年/同比 after the earlier year make
    // it a baseline; 同时服务/同时负责 and a partner named earlier keep a place named on purpose (in every report); a bracket
    // is the unit's own place only after a regiment; a title's brackets are closed; two bodies on one line name no unit
    // more fully; regiments numbered in figures (51团). Left, each wrong before too: a 供销社's field cut short (U10), bare
    // farm and forest farm names with no level (F07, F08: right since session 46, a farm the gazetteer holds as a township reporting as one;
    // U10 too, 贯穿正安县供销工作全过程 read as the rule of law carried through another county's work), 尾 as no counted unit (Y15)
    expect(wrong.sort()).toEqual(['Y15_wei']);
  }, 240_000);
  it('fixes of blind set 86 (red team 50): route-only review mentions and rights notices, own cases told beside them; real counties in unplaced county governments\' reports (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes86', 0, 'normalized', 68, true);
    // first run: 57 wrong of 68 against the older engine's 26 — the route exclusion dropped sentences telling the unit's own
    // cases in other words (两起, 宗, 新收, 审结, 被提起, 确认违法 …), and deducting a real county named as subject in an
    // unplaced county government's report −10'd models, partners, hosts and rankings (withdrawn: a suspicion, as before).
    // Left, each wrong before too: a heading alone making the criterion met (24); a placed district learning from another
    // named as subject (52); residues in unplaced units' reports only suspected (58, 59, 60, 63, 65, 67, 68: by design since
    // this red team), 帮扶 in the pasted sentence (61), a 领导下 lead before the name (62: suspected since session 52), a mission object (64), a 县级市
    // read as a city (66)
    // session 35: 52 (a real district learned from) no longer suspected — named on purpose at a sentence's head (red team 64)
    // session 40: 66 (a 县级市 read as a city) right — a county-level city the gazetteer places is checked as a county (blind set 121)
    expect(wrong.sort()).toEqual(['24', '58', '59', '60', '61', '62', '63', '64', '65', '67', '68']);
  }, 240_000);
  it('fixes of blind set 86 (red team 51): own review cases beside a route, notices, 双随机一公开 spellings, the unit\'s place (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes86b', 0, 'normalized', 67, true);
    // first run (at df7c293): 49 wrong of 67 against the older engine's 20 — 主渠道, 方式 and 网上…渠道 read as routes dropped own
    // review work; 审理, 裁定, 判决, 支持我, 调解和解 and 十三名 (petitioners) read as own cases; placing a township at the county its
    // name gives when the gazetteer had it only elsewhere misplaced 147 real towns behind zone names (经济技术开发区) and
    // districts read inside names (中山市南区街道): withdrawn. Left, each wrong before too: route or notice sentences whose sign
    // words mean something else (维持 of order, 撤销 of a licence, 被告 in a notice, aid lawyers' 出庭 and 代理, time limits as
    // counts: 19–24), an own case written with bare 复议 (26), the county after the town in the title (47), streets newer than
    // the gazetteer not placed (52, 56) and a residue missed (67); model counties named by a town (65, 66) right since red team
    // 56's fixes (a county told as a model, 值得我镇学习借鉴, is named on purpose)
    expect(wrong.sort()).toEqual(['19', '20', '21', '22', '23', '24', '26', '47', '52', '56', '67']);
  }, 240_000);
  it('blind set 91 (red team 56): units with common or colliding names — the unit\'s place and wrong_unit_name (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes91', 0, 'normalized', 101);
    // at 0462407: 14 false −10s of 30 legitimate reports and 15 units placed wrong — everyday words (乡村振兴, 平安建设, 惠民,
    // 流动红旗, 示范县 ⊃ 范县) and the unit's own name (兴隆镇 ⊃ 兴隆) counted as mentions of other superiors, placing towns in
    // other provinces whose own county then read as another county speaking; a county seat named as a model, a distance, a
    // location or where villages were moved (参照城关镇…, 距城关镇…, 位于城关镇境内, 划入城关镇辖区); a county visited as a model;
    // study trips placing districts in the partner's city. Now none false. Left, each wrong before too: residues missed — a
    // same-named seat town under a title naming its county and a second unit of the county sharing the stem (c09, c13, c14,
    // c50: treating them as other units made −10s of ordinary mentions, red team 59), a seat town as a mission's object
    // (c10), town names holding 旗/县/区 (c16–c19, c21, c40), a one-character town (c32), another county's same-named town (c35,
    // c46), framed residues only suspected (c34, c38); a body's county named before the 落款's town taken as the unit (c43), a town no county names (c08)
    // session 41: c34 now right (a sibling served whole is deducted); session 52: c21 (新区街道, read as a zone, is checked for
    // other towns since the gazetteer holds it at township level)
    expect(wrong.sort()).toEqual(['c08:division', 'c09:wrong_unit_name', 'c10:wrong_unit_name', 'c13:wrong_unit_name', 'c14:wrong_unit_name', 'c16:wrong_unit_name', 'c17:wrong_unit_name', 'c18:wrong_unit_name', 'c19:wrong_unit_name', 'c32:wrong_unit_name', 'c35:wrong_unit_name', 'c38:wrong_unit_name', 'c40:wrong_unit_name', 'c43:division', 'c46:wrong_unit_name', 'c50:wrong_unit_name']);
  }, 240_000);
  it('blind set 91 (red team 58): the unit-placement fixes of red team 56 attacked — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes91b', 0, 'normalized', 100);
    // at f2299e8: 35 new errors, all misses — 我县/做法/推广 inside a pasted sentence read as a model named on purpose; the own
    // county discounted after 与/参加/学习贯彻/到 and as a brand (法治房县) or a dictionary word (石门), leaving units unplaced or
    // placed by 和政务/新建/重大安全; 临近春节X镇…, 距离推动X镇… read as a location. Reworked: full names decide (with their organs
    // after them most) and short forms only break ties, never inside another word; only 赴/前往/借鉴, a visit to learn, an
    // agreement or experts invited make a place a partner; a model only with 学习借鉴/值得…学习/先进经验; the location verbs
    // only right before the name. Kept on purpose (red team 59 found its absence cost false −10s on the own county): a county
    // holding a town of the unit's name is not deducted when the unit's name does not give its county — so a pasted county
    // that happens to hold a namesake is missed (c01–c05, c46). Left, each wrong before too: c15, c17, c18, c30, c31, c37,
    // c39, c41, c42, c48
    // session 40: c31, c37 right (a framed real name that is no word is a name, blind set 127)
    // session 40: c39 right (a place where the work happened, 境内/辖区 after a verb of place, or a framed name — red team 76's rules)
    expect(wrong.sort()).toEqual(['c01:wrong_unit_name', 'c02:wrong_unit_name', 'c03:wrong_unit_name', 'c04:wrong_unit_name', 'c05:wrong_unit_name', 'c15:wrong_unit_name', 'c17:wrong_unit_name', 'c18:wrong_unit_name', 'c30:division', 'c41:wrong_unit_name', 'c42:wrong_unit_name', 'c46:wrong_unit_name', 'c48:wrong_unit_name']);
  }, 240_000);
  it('blind set 91 (red team 59): legitimate reports only, hunting false −10s after red teams 56 and 58 (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes91c', 0, 'normalized', 61, true);
    // at 61e86f2: 32 false −10s of 61 legitimate reports (prev 19) — a seat town sharing the county's name and a second unit of
    // the county sharing the stem treated as other units (withdrawn), the own county read as another after partner forms
    // placed the unit in a neighbour (the namesake guard restored), the seat town after 转至/距县城/位于县城 (read as named on
    // purpose now). Now 0 new, 11 fixed. Left, each wrong before too: the seat town's market or area where the unit's people
    // trade (b07, b13); a county compared with, benchmarked, visited, a party to a dispute or a model told in other words
    // heading its sentence (g01–g03, g05, g09, g11)
    // session 40: b13 right (a place where the work happened, 境内/辖区 after a verb of place, or a framed name — red team 76's rules)
    expect(wrong.sort()).toEqual(['b07:wrong_unit_name', 'g01:wrong_unit_name', 'g02:wrong_unit_name', 'g03:wrong_unit_name', 'g05:wrong_unit_name', 'g09:wrong_unit_name', 'g11:wrong_unit_name']);
  }, 240_000);
  it('blind set 92 (red team 57): requirements with 要, list items, bare township organs, work-summary titles — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes92', 0, 'normalized', 61);
    // at c8856cd: 20 new errors — a requirement's 要把/要按照 refused the work told after it in the same sentence (明确要把…，年底
    // …进行了考核), inside quotation marks and in 纪要; a （三）/（四） part written on one line read as a list item; the body's next
    // name taken as the unit after a bare 镇人民政府; a site's 上一篇/相关阅读 link to a summary taken as the title. Narrowed: 要
    // counts as a requirement only outside quotes and with no completion or count after it; only 1./（1）/① items without a
    // label are list items; a bare organ hands the unit to the 落款; a summary's title only when no title of the genre stands.
    // Left, each wrong before too: 必须全面落实 not read as a requirement (c10; 要按…程序, c09, read since session 33), 镇党委政府
    // and 镇委 as units (c43, c44), several years in a summary's title read as the first (c53; c52 and c60 right since session 49: a
    // first framed year two or more before the 落款's gives way to the 落款's year before it), a title with a bracketed tail (c58)
    expect(wrong.sort()).toEqual(['c10:enforcement_three_systems', 'c43:unit', 'c44:unit', 'c53:year', 'c58:report_metadata']);
  }, 240_000);
  it('blind set 93 and nu33 (red team 60): publications on websites, quoted names before 模拟法庭, another county\'s counterpart — narrowed or withdrawn (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes93', 0, 'normalized', 57);
    // at cefed7e: 34 new errors — warnings, recruitment and tender notices, 普法 files, another body's publication and an
    // intended one read as publications (gov_openness partial); national campaigns, themes, dates and roles quoted before
    // 模拟法庭/夏令营 read as local programmes; another county's counterpart suspected beside a ranking, an award, a model's
    // speech, a practice it began, a case it sent, a joint inspection or a dispute. Narrowed (publications of policies, 办事指南,
    // 收费标准, 预算, 规范性文件 within one clause, not intended, not a superior's), withdrawn (模拟法庭, 夏令营) and narrowed (on-purpose
    // words; 带头学习 and 亲自指导 no longer taken as lessons). Left, each wrong before too: publications on a 公告栏 or 显示屏 or
    // uploaded with the object first (g11, g12, g13, g15); local programmes before 冬令营 or far from the quote, and named mock
    // courts (s10–s13); residues with the pasted report's 我局, a 一是 or 在…领导下 lead, the short form 市监局, or 法律援助 (w06,
    // w07, w08, w12, w14)
    expect(wrong.sort()).toEqual(['g11:gov_openness', 'g12:gov_openness', 'g13:gov_openness', 'g15:gov_openness', 's10:specificity', 's11:specificity', 's12:specificity', 's13:specificity', 'w06:wrong_unit_name', 'w07:wrong_unit_name', 'w08:wrong_unit_name', 'w12:wrong_unit_name', 'w14:wrong_unit_name']);
  }, 240_000);
  it('blind set 95 and nu34 (red team 62): run-together reports re-split, 督促 as the first duty\'s wording — narrowed or withdrawn (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes95', 0, 'normalized', 571);
    // at f10fdab: 42 new errors — a forecast sentence (。2025年，全县将…) split off as a paragraph opened an unheaded plans part
    // that swallowed a part's or the whole body's work (up to 51 points on a report run together); 专题听取…工作汇报|两次 cut as a
    // title's end; real supervision of the members' duty (提醒函, 约谈, 专项检查 after 督促班子成员履行…) no longer partial.
    // Withdrawn (the forecast split), narrowed (汇报 ends a title only first, with no sentence mark before it and no count
    // after it) and narrowed (督促 of the members is the duty's wording only with no act of supervision told after it; more
    // wordings of the members). Left, each wrong before too: a run-together report whose shortcomings and plans have no
    // numbered headings (04_flat), a table numbered 一、二、 read as headings (16), a run-together title with no 报告 (20_flat),
    // 召开…工作汇报会3次 not a meeting counted (21), 对班子成员…进行一次督促 (27). The narrowing was written against this corpus:
    // no held-out measure; its guards are fixture cases and unit tests in our own words
    // session 35: 21 (召开…工作汇报会3次, a counted meeting) and 27 (对班子成员…进行一次督促) fixed as kinds (red team 64 narrowed them)
    expect(wrong.sort()).toEqual(['04_flat:struct_next_year', '04_flat:struct_shortcomings', '16_flat:enforcement_qualification', '16_lines:enforcement_qualification', '20_flat:report_metadata']);
  }, 240_000);
  it('blind set 96 (red team 63): visits under 逐级走访, 作为…年度重点工作, mobile staff as a cause, 督促 after a review — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes96', 0, 'normalized', 51);
    // at 319f663: 21 new errors — 作为 in other senses (作为第一责任人, 作为…考核重点, 不作为, a superior's 重点督察单位) read as a
    // plan; leaders' own 逐级走访 beside 来访办事群众, 来访客商, 来访观摩团队 and 对接访谈 read as petitions; a lawsuit or a review in
    // an earlier clause cancelling a real 督促 of the duty; 流动较快的 as an attribute read as a cause. Narrowed: a plan only when
    // the rule-of-law work itself is made the year's 重点工作/工作要点; visits only with 依法逐级走访/诉访分离 or 引导…逐级走访, not
    // 办事/客商/观摩/团 visits nor 对接访谈; 督促 dropped only for the body concerned (其, 相关单位, 涉事单位 …) after a review,
    // lawsuit, 建议书 or 败诉; no 流动…的. Left: two judgement calls (a05: a superior's 年度重点工作 carried out by the town; s08: 人员
    // 流动较大 as the cause of an unstable team) and nine each wrong before too (上访 with 逐级走访, 来访 and 逐级走访 in adjacent
    // sentences, 列为/重中之重 wordings, 流动性较大, 刚熟悉…就被调离, 调动频繁, 作为本年度党委工作的重点 — caught by the first, broader form). Written against this corpus: no held-out measure
    // session 35: 列为/作为…本年度/今年/全年…重点工作/重中之重 and 流动性较大, 刚熟悉…就被调离, 调动频繁 fixed as kinds; 上访/群众来访 with a
    // count stays a mention (blind set 29's and red team 15's reading by the letter), so p08/p09 stay
    expect(wrong.sort()).toEqual(['a05_shiqiao:annual_plan', 'p08_fengshan:petition_rule_of_law', 'p09_yuquan:petition_rule_of_law', 's08_xiangyang:shortcoming_causes']);
  }, 240_000);
  it('blind set 99, notices, Word line breaks and places (red team 65): 公告/通报 titles, headings run into sentences — withdrawn or narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes99', 0, 'normalized', 98);
    // at 6ab7c03: 14 new errors — the unit's own report published under 公告/通报 (关于公开…报告的公告) read as a notice (47 → 14.5
    // points each); Word's line break closed up after headings with no number (存在的不足和原因⏎主要是因为…) and after a title
    // (…情况报告⏎唐县北罗镇人民政府); a published count in Chinese numerals (九十八项) not read. Withdrawn (the line-break join:
    // red team 7's d31 is left again), narrowed (notices: 通知/函/批复/请示 only, never a title publishing a report) and widened
    // (Chinese numerals). Left, each wrong before too: a plan document flagged plan_document, not notice_document (n08); a
    // superior's 考核通报 (n10: 通报 is the units' genre too); commercial banks' and the post office's branches unplaced (g03, g08,
    // g11); the 宁乡 zone with its host named without organs (g06). (n09, a 编写提纲 notice quoting 《…报告》, was fixed after.)
    expect(wrong.sort()).toEqual(['g03_psbc_zhenghe:division', 'g06_ningxiang_zone_host:division', 'g08_abc_shanxian:division', 'g11_post_hexian:division', 'n08_yinfa_yaodian:flag:notice_document', 'n10_kaohe_tongbao:flag:notice_document', 'n10_kaohe_tongbao:legal_adviser']);
  }, 240_000);
  it('blind set 101\'s agenda frame and the unit kinds (red team 66): 作为/纳入 before a legitimate name, kinds of units — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes101', 1, 'normalized', 68, true); // 1: A32 is a PNG named .txt, an error row
    // at 1320048: 19 false −10 of 20 legitimate names after 作为/列为/列入/纳入 (我镇作为…的伙伴, 被…列入…规划, 将我镇列为…推广点, a
    // county's 观摩对象) and 22 wrong kinds of 32 (管理区, 新区, 行政公署, 街道办, 人大/政协/共青团, 县委宣传部/党校/研究室, 电视台,
    // 协会, 联社, zones). Withdrawn (the four words as a mission frame) and replaced by the agenda frame (把/将 + the unit's own
    // rule-of-law work + 作为/纳入 …, its own organs acting); kinds and unit reading widened. Left: residues after 作为 with no
    // agenda words (B27 …乌兰陶勒盖镇重点工作 only suspected; B31 作为千灯镇全面深化改革的重要内容) and A32 (no text)
    expect(wrong.sort()).toEqual(WRONG_101);
  }, 240_000);
  it('the narrowed agenda frame, unit kinds, brackets and Word breaks (red team 67): other bodies putting, clusters, page junk in brackets, breaks before 落款 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes102', 0, 'normalized', 75, true);
    // at 650b817: 30 new errors — 15 false −10 when a bureau, a court, a 管委会, a province or a cluster put the work on a
    // town's agenda (only superiors' committees had been kept out); 12 from Word breaks closed up before the normaliser's own
    // guards (a 落款 run into the last sentence, unnumbered headings swallowed, a late date lost); a bracket after page junk
    // read as the unit; province governments, scenic-area 管委会 and 居委会 misgrouped. Narrowed: only the unit's own organs
    // put (or nobody named), never in a sentence about a cluster; breaks closed only inside Word-numbered paragraphs; a bracket
    // is another name only after a zone or a place; kinds widened. Left, each wrong before too: see WRONG_102
    expect(wrong.sort()).toEqual(WRONG_102);
  }, 240_000);
  it('blind sets 103 and 104 (red team 68): the closing formula after 为, 疫情防控期间, joint titles, prisons, bracket lines — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes103', 0, 'normalized', 80, true);
    // at ebafbad: 28 new errors of 80 — 15 false −10 when the formula 为X法治(政府)建设提供…保障 followed a clause acting on the
    // other place (托管, 代管, 承接, 派出…服务团, 抽调, 帮带, 手拉手, 联盟, 受理, 区划调整), 11 false −5 when 疫情防控期间 stopped vetoing
    // look-backs whose sentences repeat the epidemic's words (清理…期间出台的…防疫政策文件, 处置…储备的防疫物资), a bracket line in a
    // hard-wrapped PDF cut from its sentence, a prison ranked as other. Narrowed then (the formula only after a bare lead;
    // 疫情防控期间 vetoing as an attribute), both withdrawn after red teams 69 and 70; a bracket line joins after a line filling
    // the layout's width; 监狱 a department; unplaced units never grouped as one (change 4's batches: test/same-unit.test.ts).
    // Left: see WRONG_103
    expect(wrong.sort()).toEqual(WRONG_103);
  }, 240_000);
  it('blind sets 105 and 106 (red team 69): the formula widened to the unit\'s field, decimal headings, 疫情防控期间的 — withdrawn or narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes105', 0, 'normalized', 65, true);
    // at b0ea8e7: 43 new errors of 65 — 22 false −10 from the formula's wider form (为 + place + the unit's field or mission +
    // 提供…法治保障: partner programmes in words no list holds, a prison's host county, migrants', river basins, a court's
    // jurisdiction, zones the gazetteer codes as counties); 9 residues vetoed by the bare-lead words (指导 of 以…为指导, 承担, 办理,
    // 受理, 专班, quoted programmes); photo captions and versions opening on a point number read as decimal headings (87 → 29
    // points), 2.2 原因分析 not a causes heading, 24.5学时 cut from its sentence; 疫情防控期间的 before a measure vetoing it; a
    // bracketed subtitle joined to a wide title. Withdrawn: the wider form. Narrowed: the lead's veto words (acts towards another
    // body only; a partner told in the sentence before or the heading; a name at the sentence's head no veto); decimals only in
    // an outline (N.x under N. with a sibling), never stopping a join; the attribute veto only before a look-back noun; the
    // title block keeps a bracket line apart. (Red team 70 then found 18 false −10 more: the closing formula was withdrawn as a
    // whole, and 疫情防控期间 vetoes its sentence again, as before the session.) Left: see WRONG_105
    // session 41: the residues c1_42, c1_44, c1_50, c1_51, c1_56 now deducted (a place served whole, no partnership word)
    expect(wrong.sort()).toEqual(WRONG_105);
  }, 240_000);
  it('session 37\'s final rules (red team 70): the closing formula and 疫情防控期间 withdrawn, decimal outlines kept (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes106', 0, 'normalized', 80, true);
    // at c13a3bd: 22 new errors of 80 against the session's start — 18 false −10 where the closing formula's partner context
    // stood where its lists did not look (a topic sentence over 24 characters, a higher heading, 南北挂钩/援青/援黔/跨界/友好县区/
    // 联调联处, a partner at the sentence's head) and 4 false −5 on look-backs naming 疫情防控期间 without 的. Withdrawn: the formula
    // (a suspicion for review, as before the session) and the attribute veto (疫情防控期间 vetoes its sentence, as before). Kept,
    // none wrong here: decimal outline headings. Left: see WRONG_106
    expect(wrong.sort()).toEqual(WRONG_106);
  }, 240_000);
  it('blind sets 107 and 108 and red teams 68/70\'s leftovers (red team 71): plans inside the work parts, unfinished work, defects after a hit, superiors inspecting, 地区办事处, decimal run-ins — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes107', 0, 'normalized', 81);
    // at 47505ae: 50 new errors of 81 against 0a6b39d — a plan aside mid-work turning the rest into plans, 我地区/本地区 unknown as
    // the unit's own words (four false −10), run-in decimal items typed by their first sentence, another body's work credited
    // after 考核/督查 of the unit, 正在…/计划… reaching finished results, remedied weaknesses read as defects, zero-case and rate
    // sentences dropped with a supposition, enforcement records refused, subordinates' 院务会, help to a neighbour's counterpart
    // suspected. Narrowed (a plan lead only with nothing but plan leads after it; 我地区; run-ins only a part's label; the
    // inspecting clause only, never 考核; finished results veto the intent; remedies veto the defect; 未发生/率/涉及我 veto the
    // supposition; case-step words; no 院务会/处务会; help words). Now 0 new errors. Left: see WRONG_107
    expect(wrong.sort()).toEqual(WRONG_107);
  }, 240_000);
  it('blind sets 109–110 and the harness notes (red team 72): milestones, labelled lines, empty table rows, outline items, problem items, joint titles — narrowed or withdrawn (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes109', 0, 'normalized', 65, true);
    // at d821d9e: 33 new errors of 70 against 0a6b39d — 12 false −5 from labelled lines (baselines, comparisons, multi-year
    // statistics in exactly that shape: withdrawn), 8 false −5 from milestones within reach of 今年是 (narrowed to the whole
    // predicate), 8 credits lost from rows telling the work in words with dashes in the count columns (narrowed to the item cell
    // with only empty cells after it), date lines (3.5学雷锋日, 3.15前后) counted as outline items, a plan item read as a problem
    // by its first clause (withdrawn), the software-project note on a batch kept under git (.git alone no longer). Now 0 new.
    // Left: see WRONG_109
    expect(wrong.sort()).toEqual(WRONG_109);
  }, 240_000);
  it('blind sets 111–112 (red team 73): the actor rules for superiors\' work, numbered table rows, empty rows, milestones — withdrawn or narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes111', 0, 'normalized', 69, true);
    // at f051734: 44 new errors of 69 against 0a6b39d — the unit's own work refused by the new actor rules (its own 编办 or
    // 政府办 report, guidance and joint work, 在…领导下 before its own clause, its own orders 要求镇…/各单位, its own rules' 第N条,
    // 我局制定的《…》也明确), numbered rows holding 。 read as outline headings, honest zeros written 无 read as empty rows, 脱贫攻坚决战
    // 决胜之年 in 2019. Withdrawn: the four actor rules and the empty row; narrowed: a numbered row with 。 stays prose, 决战决胜
    // no 2020 milestone. Now 0 new. Left: see WRONG_111
    expect(wrong.sort()).toEqual(WRONG_111);
  }, 240_000);
  it('blind sets 113–116 (red team 74): negations, 普法责任 inspections, carriers after a comma, firm names, bare-subject tallies, counterparts opening their paragraph — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes113', 0, 'normalized', 73, true);
    // at 3c78ce4: 47 new errors of 73 against 2edda27 — 未安排/尚未落地/尚未上线 describing what the work reached or when (的N个,
    // 期间, 时, 局面), an inspection that took place (督查中没有收到…); any 督查 beside 普法责任 (food-safety, flood, wage inspections);
    // a name's own carrier after a comma, firms named after a district ending in 城区; last year's background under the bare unit
    // word (较2022年, 比2021年, 目前…, a story across years); a neighbour's bureau opening a paragraph the unit goes on to learn from.
    // Narrowed: the new verbs only as the clause's predicate, 收到…督察 not in a 督查中 clause; 普法责任 only as the inspection's
    // object (普法责任…开展…督导); the comma cut only after a motto or before a levels phrase, 县城 the only town-word break; the
    // comparison with that very year, 目前 after, two earlier years or a span, the bare subject with a verb of following orders
    // only as the paragraph's last sentence; the counterpart not when the paragraph goes on to the unit taking it up (我局…学习/
    // 参加/借鉴, 该局, 这一机制) or its heading says whose practice it is. Now 0 new. Left: see WRONG_113
    expect(wrong.sort()).toEqual(WRONG_113);
  }, 240_000);
  it('blind sets 125–128 (red team 77): scoring tables, a superior department\'s own acts, framed and summed-up names, places as locations, 巡察 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes125', 0, 'normalized', 60, true);
    // at 8e21d7a: 17 new errors of 60 against 1752d8c — a city's, a prefecture's or a province's bureau writing 市局/州局/省厅 or its
    // own full name lost its own plans and lists, and a county bureau acting in the superior's clause (市局指导我局制定…); prose
    // after a scoring table read as rows and a task table's deed blanked; 巡察 of rivers, finances or villages read as supervision;
    // 于X镇境内 (a residue's own area) excused. Narrowed: the superior rule only for a county's department (a county-level city's
    // own 市局 aside) and not when the unit acts in that clause; rows end at a sentence's end, and a first cell naming a deed or
    // over 12 characters stays; 巡察 only as 巡察反馈/发现/指出 with 依法行政/法治; no bare 于/至 before 境内. Now 0 new (two legitimate
    // cases suspected). Left (16), each wrong before too: scoring tables and superiors' acts in other shapes (r1_08–r1_10,
    // r2_10–r2_14), summed-up residues after 总之/回顾全年 (r4_05, r4_06), 在X镇辖区内 residues (r5_01, r5_03), 巡察 in other
    // words (r6_01, r6_05–r6_07)
    expect(wrong.sort()).toEqual(['r1_08', 'r1_09', 'r1_10', 'r2_10', 'r2_11', 'r2_12', 'r2_13', 'r2_14', 'r4_05', 'r4_06', 'r5_01', 'r5_03', 'r6_01', 'r6_05', 'r6_06', 'r6_07']);
  }, 240_000);
  it('blind sets 176–180 (red team 87): township-level 管理区, villages after a place told on purpose, 通报/到, one-count tallies, clause-led tallies, the first duty in a sentence, a body titled without its places — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes178', 0, 'normalized', 40, true);
    // at e157b6a: 19 new errors of 40 against e7cda53 — generic words (结对帮扶 of lawyers, 会同 a bureau, 承办 a meeting, 委托 a firm) excusing
    // another town's villages (r2_01–r2_05); 辐射到周边X镇 no longer a reason (r3_01); one case's story or a baseline as a one-count tally
    // (r4_01–r4_04); joint border work in the unit's own figures deducted (r5_01, r5_05); a deputy, the county's secretary, a village
    // committee's head, a 纪委 secretary, a 综治中心 head as the principal (r6_01–r6_05); generic bodies' kinds as the unit titled (r7_01–r7_03).
    // Narrowed: villages excused only by the place itself named on purpose (now also quoted or spread: 刊发…经验, …调解法在全市推广); 周边/邻近
    // X is a neighbour; one count needs more than one case, no case's story, no trend after it; 联合/边界/两镇 in the unit's own figures name
    // the place on purpose; the principal's words not after 副, 纪委, 综治, 调解, 委员会, 村委会, [县区市州旗]委; a titled body needs a proper
    // name before its kind. Also right now (wrong in both builds): r1_03 (a 管理区's 管理委员会 read as a department), r1_05 (钟祥市官庄湖管理区
    // under its county's name), r2_04, r3_02, r3_03 (通报各站所/全镇各村), r4_05, r5_03 (无…案件), r6_06, r6_07. Left (4), wrong before too:
    // r4_06 (a count in Chinese numerals), r5_04 (我镇 in the sentence blocks a clause-led tally, by design), r7_04 (a 垦殖场 the gazetteer
    // holds), r7_06 (工业园区管委会 as a title). Since red team 88: r6_02 (县委书记…作出部署 quoted in a township's report) partial again — the
    // county's own reports' 县委书记带头学法 is its principal's duty, and the rubric cannot tell the two apart. Since blind set 184 r7_04
    // (恒湖垦殖场 titled by its own name) is right: 垦殖场 is a body's kind
    expect(wrong.sort()).toEqual(['r4_06', 'r5_04', 'r6_02', 'r7_06']);
  }, 240_000);
  it('red team 87\'s narrowing and blind sets 179–183 (red team 88): villages told on purpose, 通报, one-count tallies, the unit\'s own figures, a peaceful home served, 基层治理, running headers, the first duty, titled bodies — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes180', 0, 'normalized', 40, true);
    // at 8970c5c: 32 new errors of 40 against e157b6a — a town hosting, quoted, compared, paired, ranked or cross-checked deducted for its
    // villages (r1_01–r1_06), a pasted 总结X镇经验 read as a lesson (r1_08); 通报各部门和乡镇 read as the unit's own (r2_01); last year's figure
    // as a problem answered, or an unrelated 减少, 收到 dropped, 审结 as a story (r3_01–r3_05); 联合/巡回/授课 of the unit's own work excusing a
    // zero claim (r4_01–r4_03); a neighbour's peace served on a duty or a partnership around (r5_01, r5_02); 基层治理 of a model, an aided
    // town, a partner deducted (r6_01–r6_03); a heading repeated after a page number dropped (r7_01, r7_02); 县委书记/区委…主要领导 blocked in
    // county reports, a 团委 secretary and a 党政办 head as principals (r8_01–r8_04); land handed over and enclaves (r9_01, r9_02); 国有…林场,
    // a long proper name, a 管理处 refused as titles (r9_03–r9_05). Narrowed: a word that says so in a sentence naming the place, or the
    // shortcomings; 刊登/推介 lessons, not 总结; 通报 of the unit's own only when no 乡镇/部门 join it; one count not as a problem answered
    // (但, 其中…最, 针对/为此 after), the trend the figure's own, 收到 again; in the unit's own figures only the border or the two towns; the
    // peaceful home guarded by the part around; 基层治理 a suspicion at most; a header at two page tops (or one and the file's top), never a
    // heading; 县委/区委 allowed again (RT 87's r6_02 the price), 团委/妇联/工会/党政办/办公室 out; 国有 before a name, names to 8, 管理处.
    // Also right now (wrong in both builds): r1_07 (各行政村), r2_02 (通报全街道各社区), r4_04 (没有发生), r5_03 (社会和谐稳定). Left (3),
    // wrong before too: r5_04 (为建设平安X镇…: the name after the building), r6_04 (基层依法治理), r7_03 (a header printed once)
    expect(wrong.sort()).toEqual(['r5_04', 'r6_04', 'r7_03']);
  }, 240_000);
  it('blind sets 184–185 (red team 89): 垦殖场 as a body, 共用, a place located elsewhere, the rule of law through another town\'s governance, 述职 as 述法, 区务公开 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes185', 0, 'normalized', 29, true);
    // at d9d0f4c: 9 new errors of 29 against 02c5bf9 — a joint 乡 + 垦殖场 落款 read as 市东乡 signing (r1_01); a squad two towns share (r2_03);
    // residues keeping their own county's name only suspected (r3_01, r3_02); 贯穿…基层治理全过程 after a partnership heading, a visit or an
    // aid programme deducted (r4_01–r4_03); a periodic report upward and deputies' 述职 as 述法 (r5_01, r5_02). Narrowed: a stem opening
    // on a level word the gazetteer lacks is no place; 共用 of squads and stations, or 由…共用; located elsewhere only with the city and county
    // both or a jurisdiction word (属…辖区, 误派, 退回, 转交); 贯穿…全过程 excused by the part around unless the unit sums up its own work
    // (通过以上工作，…); 述职中/时 … 法治建设 … 职责/情况/必述内容 without a comma between. Also right now (wrong in both builds): none new beyond
    // r2_05, r3_03, r4_07, r6_01 (fixed at d9d0f4c). Session 46: r1_03 right (a farm the gazetteer holds as a township reports as a town of its
    // county), r4_06 (16 characters to 全过程), r5_05 (述职中，同步报告…情况), and after red team 90 r4_05 (总结推广…做法 is the unit's own
    // experience, no reason) and r4_08 (小浦 carried through). Left (1), wrong before too: r1_04 (another farm is no place the reader knows: 场
    // ends no place name)
    expect(wrong.sort()).toEqual(['r1_04']);
  }, 240_000);
  it('session 53 (red team 111): the narrowed task tables, topics, carried verdicts, first responsible persons, advice labels, 公开各类信息 and repost tails attacked again — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes211', 0, 'normalized', 30, true);
    // at ce7cf4d: 10 new errors of 30 against a75762e — a bureau, a party committee or a government office signing after a task table
    // (r1_01–r1_03) and a 落款 with a table appended after it (r1_04) read as unsigned; a first topic telling a year or 零距离 left as
    // text, its work in the preamble (r2_01, r2_02); 率先推行 and 试点 of last year read as its verdict carried over (r3_01, r3_02); a 人大
    // 主席 as the principal (r5_01); 工作建议： over the unit's own plan read as advice (r5_02); job postings and market information as
    // 公开各类信息 (r6_01, r6_02) — narrowed: an issuer signing the report itself (named in the head, or its place's government or
    // committee) keeps the 落款, and one right above an appended table is read; every topic before the first part heads the work and frames
    // no period; a first or a pilot is background; (?<!人大)主席; a label over 将… names no advice; 公开各类 with a government word or none.
    // Also right now (wrong before too): r2_03 (【正视问题不足，剖析深层原因】 over its causes is the shortcomings), r3_03, r3_04 (扎实成效, a
    // serve clause after the verdict), r4_01–r4_03 (我镇/党政主要负责人/“第一责任人”), r6_03, r7_01, r7_02 (往期推荐 and its titles, 图文/责编,
    // 长按二维码关注我们). Left, wrong before too: none since session 54 — r1_05 (a table's cells longer than a line: a cell may now run to 90
    // characters) and r5_03 (对策建议： over the unit's own 将… items opens the plans part) are right
    expect(wrong.sort()).toEqual([]);
  }, 240_000);
  it('session 55 (red team 113): plans as resolutions, superiors\' demands restated, partners named, another county\'s towns, last year as a milestone, documents reviewed before issue, the principal\'s duty, negative lists — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes213', 0, 'normalized', 30, true);
    // at d38f66a: 12 new errors of 30 against d60b054 — a superior's demand reaching over the unit's own 年内我局/今年镇党委/全年镇村两级… (r2_01–
    // r2_03); 及时化解乡邻纠纷 and 和特色小镇 read as named partners, so a generic partnership stopped excusing (r3_02, r3_03); another county's
    // 乡镇（街道） reviewed on a superior's orders or compared in a statistic, deducted (r4_02, r4_03); 当年组织… under last year's milestone
    // deducted (r5_02); villages' rules and tender documents reviewed before issue read as the unit's documents (r6_02, r6_03); a party
    // branch's secretary as the principal (r7_02); the bureau's own 执法行为负面清单 refused (r8_02) — narrowed: a clause the unit's year or
    // organs open ends a demand or an order; a partner is a township the gazetteer knows; another county's towns are weak context (a mission
    // frame makes them strong); 当年+verb looks back (a suspicion); 指导/村规民约/招标 before a document; 支部 before 书记; only people's
    // conduct lists. Also right now (wrong before too): r1_02, r1_03 (确保完成…, 镇党委、政府 resolving), r2_04, r2_05 (印发通知，要求…; 市局要求),
    // r4_04 (各镇街), r6_04 (对其合法性进行审核), r7_03 (四个亲自), r7_04 (本年度街道聘请的), r8_03 (移风易俗负面清单). Left: r2_01 (the demand's
    // clause, the unit's count, then a denial the later hit falls in: partial, met before on the demand's own 95%), r5_03 (last year's milestone
    // as a sentence of its own, then the unit's tally: wrong before too)
    expect(wrong.sort()).toEqual(['r2_01', 'r5_03']);
  }, 240_000);
  it('session 54 (red team 112): problems answered one by one, advice labels, self-assessments, 落款 beside tables and attachments, 在…建成 and documents cleaned up — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes212', 0, 'normalized', 30, true);
    // at c9fe2de: 8 new errors of 30 against d98467a — a plan for the whole year after items each answered by their own plan swallowed as the
    // last item's (r1_01, r1_02); 我们建议区司法局将…/请县司法局2025年将… read as the unit's own plan (r2_01, r2_03); 【一级指标N】 under 一、
    // read at the level of 一、 (r3_02); a task table's long cells above a government signing a report whose title names no unit (r4_01); a
    // bureau signing by its full name under a title with its short name, after a printed attachment (r4_02); a model town 在…建成… visited and
    // learnt from, deducted (r6_03) — narrowed: a plan lead naming the coming year or announcing a list is a plans part; a request anywhere
    // before 将 is advice; indicators read as （一）; a government signs where the title names no unit; a department by its short name is the
    // same body; 在… only where nothing around tells the place on purpose. Also right now (wrong before too): r1_03 (a 下一步 paragraph under
    // each headed item), r3_04 (自评扣分情况说明), r5_02 (湘西自治州), r7_03 (在县司法局的指导下…清理). Left, wrong before too: r6_04 (法治学习角
    // read as learning), r6_05 (在全县率先建成: a judgement — praise of a neighbour or a residue), r7_04 (将 meaning 把 before 名义)
    expect(wrong.sort()).toEqual(['r6_04', 'r6_05', 'r7_04']);
  }, 240_000);
  it('session 53 (red team 110): task tables before the 落款, bracketed topic headings, last year\'s verdict opening the work, another town\'s first responsible person, advice parts, 公开各类信息 — narrowed', async () => {
    const { wrong } = await wrongIds('fixes210', 0, 'normalized', 30, true);
    // at 49485f1: 14 new errors of 30 against a75762e — a real 落款 after a task table dropped by a column count (a joint 落款 run into one
    // line, 特此报告。 between, a table of the year's tasks a page up: r1_01–r1_03, r1_05); bracketed topics read as parts by their words
    // (【坚持问题导向，…】, 【补短板强弱项，…】, 【明确工作思路，…】: r2_02, r2_04, r2_05) or as another year's heading (【巩固2023年…】, r2_03); a recap
    // told with 过去一年 and a two-year report's first year deducted (r3_02, r3_03); 改进措施和建议 led plans read as advice (r5_02); a
    // hospital's 院长 as a principal (r5_03); 公开相关/有关信息 of enforcement or defaulters as openness (r6_02, r6_03) — narrowed: cells
    // between the heads and the date, no column count, a government the head names or a date before it keeps the 落款; a topic is a heading
    // of the work whatever its words, never one telling a year; relative years (上年, 过去一年, 一年来) and two-year periods excuse the verdict;
    // 措施/举措 are plan words; 院长/馆长 dropped; only 公开各类/各项…信息. Also right now (wrong before too): r1_06 (责任股室), r3_05
    // (县交通运输局 speaking), r3_06 (成效明显), r4_02 (严格履行), r4_03 (建设的第一责任人), r6_04 (公开各类惠农政策信息)
    expect(wrong.sort()).toEqual([]);
  }, 240_000);
  it('session 52 (red team 109): the narrowed forms of the session\'s changes attacked again — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes209', 0, 'normalized', 30, true);
    // at 35bfa9a: 13 new errors of 30 against 2fcbf66 — a town hosting a county-wide campaign and a model told after the new leads (r2_01,
    // r2_02), towns served at an invitation, by the county's assignment or inside a joint development (r3_03, r4_01–r4_04), last year's
    // review tally set side by side with this year's (r5_02), filing and secrecy clean-ups (r6_01, r6_02), labour and civil mediation
    // losing its count to 被申请人/被告 (r6_03, r6_04) — narrowed: a residue after 围绕…/以…为指导 leads is a suspicion only, no lead before
    // a county-wide frame; 应…邀请/请求 a reason anywhere; 指派, 统一部署, 一体化, 下沉, 跨镇 reasons for a build; two-level teams 在X镇 or
    // invited are sent; 两相比较; no filing, secrecy or archive clean-up; 调解撤回/撤诉 cancelled by 复议/行政诉讼/应诉 only. Also right now:
    // the openness note on the date line, 公开类型：, 【公开属性】 (r1_01–r1_03), 县政府行政复议办公室 and 县司法局（县行政复议局） (r5_03, r5_04).
    // Left, wrong before too: the residues the narrowing leaves suspected or missed (r2_03–r2_06 after leads, r3_01 a zone's own county's
    // town, r3_04 a 街道 the gazetteer names with a bracket, r4_05–r4_07 builds beside 延伸/融入/安排)
    expect(wrong.sort()).toEqual(['r2_03', 'r2_04', 'r2_05', 'r2_06', 'r3_01', 'r3_04', 'r4_05', 'r4_06', 'r4_07']);
  }, 240_000);
  it('session 52 (red team 108): an issuer kept apart from the line before, centre-work and guiding-thought leads, zones at township level, towns built up, review outcomes and 公文 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes208', 0, 'normalized', 30, true);
    // at 5ce0817: 12 new errors of 30 against 2fcbf66 — a zone's own host town (区镇合一, 合署办公, carved from it, a neighbour helped) read
    // as a residue (r3_01–r3_04), a street helping its neighbour (r3_08), towns built up on purpose — joining the seat's growth, a county
    // project, enforcement extended at the county's order, a request (r4_01–r4_04), labour arbitration and court-referred cases withdrawn
    // after mediation (r5_01, r5_05), 公文 across a comma to decisions' review (r5_03, r5_04) — narrowed: a zone checks towns of other
    // counties only; a build is no residue where the sentence helps the place itself or says why; 撤回/撤诉 only after 复议/诉讼 in the
    // sentence; 公文 never across a comma. Also right now: 保驾护航 and 法治化营商环境 as the build's end (r4_05, r4_06). Left, wrong before
    // too (r1_02, an attached list's signature read as the 落款, right since session 54: an attachment printed under its 附件 line and signed by
    // another body leaves the report unsigned; r1_01's task-table deadline right since session 53): residues after 围绕…/以…为指导 leads
    // (r2_01–r2_04, r2_06: suspected only since red team 109), zones the gazetteer holds at county level or lacks (r3_05–r3_07), a comma
    // inside the build (r4_07), 复议…；经调解…撤回 across a semicolon (r5_02)
    expect(wrong.sort()).toEqual(['r2_01', 'r2_02', 'r2_03', 'r2_04', 'r2_06', 'r3_05', 'r3_06', 'r3_07', 'r4_07', 'r5_02']);
  }, 240_000);
  it('session 51 (red team 107): a year from what the report compares with, a copula subject, principle and arrangement leads, own volunteers, decisions by example, attachments signed last — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes207', 0, 'normalized', 30, true);
    // at 9f3bc2b: 18 new errors of 30 against 2bdfee0 — targets, points within a year and 与 as "with" read as compared years (r1_01,
    // r1_02, r1_07), 县乃/区乃/市即 inside real names read as copulas (r2_01–r2_03), models and cases told after 按照…/坚持… leads
    // (r3_01–r3_03, r3_05), the unit's own volunteers sent to another town (r4_01, r4_02), activity and training plans as decision examples
    // and case-file review as expert review (r5_01–r5_03), a county's implementing opinions, a disclosure annual report and a 目录
    // signed last, and an issuer quoted in the opening (r6_01–r6_03) — narrowed: 与…相比 only, no point within the year, no sentence of
    // intent; a town's name and plain copulas only; lesson words end a lead, a guide-led town named once and no case in its clause;
    // volunteers only as formed in the unit's villages; activity, training and publicity examples left out, case files and courses too;
    // signed attachments by kind anywhere in their first line; the title's lines only. Left, wrong before too: 较2021年…连续两年 and
    // 与上年相比 beside a range heading (r1_03, r1_05), 围绕…中心工作，X镇 and 以…为指导，X镇 (r3_07, r3_08), village volunteer teams of two
    // levels (r4_04), a 落款 above an openness note (r6_04). Session 52: r4_04 and r6_04 right (two-level volunteer teams; the openness
    // note a trailer); r3_07, r3_08 (围绕…中心工作， and 以…为指导， leads) only suspected since red team 109
    expect(wrong.sort()).toEqual(['r1_03', 'r1_05', 'r3_07', 'r3_08']);
  }, 240_000);
  it('session 51 (red team 105): a sibling\'s bare stem, the unit\'s village teams, a joined field raised, a 落款 after attachments, 合法性把关, 执法…公示, 述职…学法用法, 群众来访, staff shortages — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes205', 0, 'normalized', 30, true);
    // at 1d0b8e9: 13 new errors of 30 against 2bdfee0 — bare stems of a brand, a lake and a partner's county read as residues (r1_01–r1_03,
    // r1_07), 派驻村 read as the unit's own village team (r2_02), a coached town's level raised (r3_02), a superior's notice, a reply and
    // the unit's own plan attached last read as the 落款 (r4_03–r4_05), 合法性把关 of penalties and village rules (r5_02, r5_03), 公开考录
    // and 公开课 (r6_02, r6_03), a law test beside the 述职 (r7_02), a mediation room's visitors (r8_01) — narrowed: bare stems only
    // suspected, with water, genre words, stems used otherwise and partners anywhere in the report left out; (?<!派)驻村; 带教 told on
    // purpose; the end 落款 only the unit's own, never under a signed attachment or from the addressee line; the rest by their words.
    // Left, wrong before too: the bare-stem residues only suspected (r1_04–r1_06). Session 52: r4_01 right (an issuer with its date on
    // the next line is never joined to the unpunctuated list line before it)
    expect(wrong.sort()).toEqual(['r1_04', 'r1_05', 'r1_06']);
  }, 240_000);
  it('session 51 (red team 106): a sibling\'s bare stem and a 落款 after attachments, in depth — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes206', 0, 'normalized', 30, true);
    // at 1d0b8e9: 14 new errors of 30 against 2bdfee0 — lakes, a park, a nickname, genre words and a partner's county four paragraphs on
    // read as bare-stem residues (r1_01–r1_09), a trailer line (（此件公开发布）) hiding the report's own 落款 before its attachments
    // (r4_03, r4_04), a superior's decision and a notice signed last read as the report's (r4_05, r4_06), the unit's own plan attached
    // last (r4_08) — narrowed as red team 105's. Left, wrong before too: 打造平安港湾 (r1_10, the full-name reading's), the bare-stem residues
    // only suspected or excused by the unit's own words (法律援助, 共建共治共享, 联合执法: r1_11–r1_16, r1_18–r1_20), a 落款 glued to an
    // unpunctuated list line (r4_01, right since session 52)
    expect(wrong.sort()).toEqual(['r1_10', 'r1_11', 'r1_12', 'r1_13', 'r1_14', 'r1_15', 'r1_16', 'r1_18', 'r1_19', 'r1_20']);
  }, 240_000);
  it('session 50\'s second round (red team 104): plans said of their subject, communities\' lists, own names for 本县/本局, whole-town tallies, run-in part labels, topic labels — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes204', 0, 'normalized', 30, true);
    // at 5c75e8f: 12 new errors of 30 against 534b39f — 年度工作计划于/学习计划于 and a date done early read as plans (r1_01–r1_03), the
    // street's list written with its communities' (r2_01), a partner an item before a whole-town count (r4_01), run-in labels that name no
    // part (【创新工作思路】, 【县督导组指出的主要问题】, 【强化薄弱环节监管】: r7_01–r7_03), topic labels blanked though the item's only keyword
    // (r8_01–r8_03), 无需 of another thing (r8_04) — narrowed (the topic-label blanking withdrawn). Also right now: 各村（居）…编制 (r2_02), a
    // county-level city's own name (r3_02), 全镇共计/全镇各村 (r4_02, r4_03), 调委会 and 两级调解组织 (r6_02, r6_03), 政务公开 disputes (r8_05).
    // Left, wrong before too: 原定计划在年内完成 (r1_05), carried through beyond 24 characters and a one-character town (r5_01, r5_02),
    // villages ranked in the town's own assessment (r8_06: partial). Right since the session's last commit: a department's short name
    // (县市场监管局, r3_03: DEPARTMENT_SHORT_NAMES in ownName) and 【创新工作思路】 alone on its line (r7_04: the approach changed is no plan)
    expect(wrong.sort()).toEqual(['r1_05', 'r5_01', 'r5_02', 'r8_06']);
  }, 240_000);
  it('session 50 (red team 103): a topic lead, a counterpart\'s own partners, 让法治成为, the unit\'s agenda on another town\'s 基层治理, run-in labels, normative documents — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes203', 0, 'normalized', 30, true);
    // at 8a2ad0c: 11 new errors of 30 against 534b39f — a visited or agreed town after a topic lead (r1_01, r1_02), a visited or partnered
    // counterpart with its own county's bodies (r2_01, r2_02), a paired town as the agenda's place (r4_01, r4_02), a superior's papers
    // compiled, archiving, villages' notices, firms' rules, a notice's title (r6_01–r6_05) — narrowed. Also right now: a year lead before the
    // topic lead, 学习宣传贯彻 (r1_03, r1_04), 向全县…选派 (r2_05), 真正成为, 发展的保障 (r3_01, r3_02), 注重, 现代化的举措 (r4_03), 〔…〕 and
    // 【…】： labels (r5_01, r5_02). Left, wrong before too: 会同 and 县委政法委 partners (r2_03, r2_04), a neighbour named on purpose elsewhere
    // in the report (r3_03), 人民调解 with no law word as the agenda (r4_04), the town's documents reviewed without 名义 (r6_06)
    expect(wrong.sort()).toEqual(['r2_03', 'r2_04', 'r3_03', 'r4_04', 'r6_06']);
  }, 240_000);
  it('session 49\'s third round (red team 102): bare stems, departments\' tasks, the 落款\'s year, headless leads, verbs before levels — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes202', 0, 'normalized', 30, true);
    // at 513bf44: 16 new errors of 30 against f3dd99a — the unit's own county by its stem (r1_01–r1_04), arrangements a paragraph back,
    // 抽签, 指派, …籍 (r2_01–r2_04), ratings and this year in a preamble (r3_01, r3_02), honours after a leadership clause (r4_01–r4_03), 会同县
    // (r5_01) — narrowed. Left, wrong before too: other task verbs (r2_07, r2_08), 现将 on its own line, two years back (r3_04, r3_05)
    expect(wrong.sort()).toEqual(['r2_07', 'r2_08', 'r3_04', 'r3_05']);
  }, 240_000);
  it('session 49\'s second round (red team 101): the year from the 落款, carried preambles, a department\'s task on another county\'s ground, narrowings — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes201', 0, 'normalized', 30, true);
    // at 7d0d058: 11 new errors of 30 against f3dd99a — late or re-filed reports re-dated (r1_01, r1_02), an honour and the county as the
    // year lead's subject (r2_01, r2_04), tasks ordered from above or told with 我县 (r3_01–r3_03), a county bureau's 安排 (r4_01), a reform
    // as a time frame (r5_01), a superior's list (r9_01) — narrowed. Left, wrong before too: a late 补报 only suspected (r1_03), a preamble
    // from two years back (r2_03), a residue county named twice (r3_05), the unit's own touring car (r4_04), 法律服务合同 without 法律顾问 (r6_02)
    expect(wrong.sort()).toEqual(['r1_03', 'r2_03', 'r3_05', 'r4_04', 'r6_02']);
  }, 240_000);
  it('session 49 (red team 100): headings, the own name as 本镇, 遍及, village lists, another township\'s dispute body, 融入 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes200', 0, 'normalized', 30, true);
    // at b981963: 9 new errors of 30 against f3dd99a — a place's tourism figures and a court named after the town read as its tally (r2_03,
    // r2_04); 及时/涉及 no longer telling a partner (r3_01–r3_03); a rota of towns' speakers (r3_05); a joint zone's count (r3_09, r3_15); an
    // invitation before 融入 (r3_12) — narrowed. Left then, wrong before too: a county's or a bureau's own name for 本县/本局 (r2_07, r2_08) —
    // right since session 50 (year-mismatch.ts ownName reads a county's and a department's own name as a township's was)
    expect(wrong.sort()).toEqual([]);
  }, 240_000);
  it('session 48\'s last round (red team 99): the session as a whole — publicity and urging beside cases in other words, 法治侯镇 named on purpose, plans and standards checked, labels leading causes, secretaries not the unit\'s — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes199', 0, 'normalized', 27, true);
    // at cb2a0be: 15 new errors of 27 against e7f831b — urging or publicity beside cases told as 案件, 一审, 审结, 受理, 收到, 纠正, 和解, 到庭
    // (r1_01–r1_06); a one-character town the sentence names on purpose first (r2_01, r2_02); villages' and firms' party secretaries and the
    // county's secretary in a town's report (r3_01–r3_03); a publicity plan's and a discretion standard's check (r5_01, r5_02); 原因分析： leading
    // the causes (r6_01, r6_02) — narrowed. Also right now: r3_04 (坚持每月调度一次), r3_05 (全年专题听取). Left, wrong before too: r1_07 (提醒…重视
    // 行政应诉工作), r2_08 (法治侯镇 pasted into another county's town). r4_01 (一、2023年主要工作及成效) and r1_08 (a litigation lecture) right
    // since session 49
    expect(wrong.sort()).toEqual(['r1_07', 'r2_08']);
  }, 240_000);
  it('session 48\'s third round (red team 98): the split arrangement and visit words, case outcomes beside explanations, baselines, headings, renewal meetings, own demands and hearings, agenda and tally narrowings — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes198', 0, 'normalized', 30, true);
    // at dc099df: 24 new errors of 30 against 5a96d55 (the session's first round, wider) — a tour, an unrelated invitation the sentence
    // before, the unit's own 党委 deploying (r1_01–r1_03); a case upheld or dismissed beside publicity (r2_01, r2_02); a share of another
    // measure, a count in Chinese numerals, this year's whole in last year's sentence (r3_01, r3_03, r3_04); a preamble's 巩固…主要成效 and an
    // honoured 主要做法 (r7_01, r7_02); a renewal passed by a meeting, villages deciding alone, an agreement beside a scheme (r4_01–r4_03); the
    // unit's own villages, two commas, its own 本局, its own departments (r5_01–r5_04); an industry served by arrangement or invitation (r8_01,
    // r8_02); a study visit before the agenda frame (r9_01); a 中心司法所 and a comparison beside the tally (r10_01, r10_02) — narrowed. Also
    // right now: r1_04, r2_03 (a 宣传月 with leaflets: publicity, since new user 48's 做好行政复议宣传). Left against 5a96d55: r3_02 (随后 inside
    // last year's item — read as moving on, a suspicion, since red team 97). r5_05 (the county's leader hearing reports in a department's
    // report, …，我局…) right since red team 99; r7_03 (二〇二三年 in a heading), r9_02 (已深度融入…各个环节) and r10_03 (another town's
    // 调委会 between its name and the tally) since session 49. Left, wrong before too: r8_03 (转型升级 without 发展)
    expect(wrong.sort()).toEqual(['r3_02', 'r8_03']);
  }, 240_000);
  it('session 48\'s second round (red team 97): the narrowed ground shape, review explanations, baselines, decision context, superiors\' oversight — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes197', 0, 'normalized', 30, true);
    // at 5a96d55: 19 new errors of 30 against e7f831b — visits sent by the county (根据…部署, the reason the sentence before, a county
    // 讲师团's members, 受邀: r1_01–r1_03, r1_07); a lost case, a 告知书, 行政争议 beside an explanation (r3_01–r3_03); baselines by a share,
    // 比上一年, 随后, 逐年 and 在此基础上 of a new system (r4_01–r4_05); villages asked by the town's project, agreements' and compacts'
    // drafts, petitions' matters, a renewal's safety assessment (r5_01–r5_05); superiors hearing the unit's report or demanding of the
    // towns (r6_01–r6_03) — all narrowed. Also right now (wrong at e7f831b): r3_04 (宣传), r4_06 (综治办), r6_04 (每季度), r7_01 (a count
    // of businesses). Right since session 49: r1_04 (遍及 read as 及), r1_05 (villages listed without 等N个村). Left, wrong before too:
    // r3_05 (consultations on review and litigation), r5_06 (报党委会审定)
    expect(wrong.sort()).toEqual(['r3_05', 'r5_06']);
  }, 240_000);
  it('session 48 (red team 96): a residue entered as ground named twice, the review law only explained, the township\'s own organ\'s last-year tally, renewal schemes and matters of the people\'s interests as decision context, the leaders\' oversight verbs, implied causes of scale — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes196', 0, 'normalized', 30, true);
    // at 517c42a: 17 new errors of 30 against e7f831b — another town's people served where they come, lectures exchanged by arrangement,
    // its villagers' disputes at work, named twice in one sentence (r1_01–r1_03): the ground shape now needs a verb of entering (深入, 走进,
    // 走访, 覆盖) and no arrangement or visit; explanations beside the unit's own hearings, answers, zero cases (r2_01–r2_04): the
    // exclusion now needs the whole sentence free of case words; a baseline built on (在此基础上) or set against 去年 (r3_01–r3_03);
    // emergency, a firm's workers, petitions and villages' own matters as decision context (r4_01–r4_04): the scheme words narrowed, 因…
    // 引发的信访 and 各村…村民代表会议 excluded; deputies and station heads' oversight (r5_01–r5_03): the new verbs only for main leaders.
    // Also right now (wrong at e7f831b): r1_04, r1_05, r2_05, r2_06, r3_05, r4_05, r5_04, r5_05, r6_01–r6_03. Left, wrong before too: r3_04
    // (last year's tally by the town's own name, 潦河镇司法所: right since session 49), r4_06 (安置房分配办法 with five steps: no scheme word)
    expect(wrong.sort()).toEqual(['r4_06']);
  }, 240_000);
  it('session 47\'s third round (red team 95): 现将 outranking a background year, the first work section\'s framed year, the narrowed stated year, the own-hire adviser patterns, the CSV\'s confirmed deductions — narrowed or withdrawn (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes195', 0, 'normalized', 29, true);
    // at 25828e7: 20 new errors of 29 against 7538b15 — a framed year at the head of the first work section deducted for background (a
    // flood, an honour, a task handed down, a recap setting up this year: r2_01–r2_05, r2_09): withdrawn; 现将 read from a rectification
    // report or next year's plan (r1_02, r1_03): narrowed; an answered baseline (以此为切入点, r1_01): ANSWERED widened; own hires after 、/由,
    // with the organ after 我镇, after 均为, and towns ending in 下乡 (r5_02–r5_05, r5_07): narrowed. Left, against 7538b15: r3_01–r3_04 (the
    // stated year's tallies narrowed after red team 94 — never deducted at the session's start), r5_01 (X镇人民政府聘请的 by the town's own
    // name). Left, wrong before too: r5_06 (r2_06–r2_08, last year's verdict opening the work — 2022年，我局…各项工作取得新成效 —, deducted
    // since session 53's carried-summary.ts, which r2_01–r2_05 and r2_09's backgrounds still pass)
    expect(wrong.sort()).toEqual(['r3_01', 'r3_02', 'r3_03', 'r3_04', 'r5_01', 'r5_06']);
  }, 240_000);
  it('session 47\'s second round (red team 94): the stated year\'s tallies, the unit\'s own hired adviser, more excuses and the host narrowed — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes194', 0, 'normalized', 29, true);
    // at 7538b15: 15 new errors of 29 against f903eb3 — reports stating their year in the body held to it for baselines answered with
    // 针对/为此, a dispute's story, an inspection's findings, a programme's first year, a milestone year read as the report year (r5_01–r5_05,
    // r5_09), a look-back's answered baseline under a heading naming the year (r4_01); advisers the county hired for the town, the towns'
    // advisers counted or rated in a county's report, villages' advisers let through by 乡镇、 or 下乡和 (r6_01–r6_05); staff lent or placed
    // in a county team (r7_01, r7_02), resettled villagers (r3_01), a party secretary studying in another town's 中心组 excused as a host
    // (r8_04). Narrowed: the stated year only where the preamble's 现将/opening says it and only for plain handling tallies nothing answers;
    // the headed look-back override not when answered; 聘请的 only at a clause's start or after 我/本 (never 为我镇); the lifted exclusion not
    // after 乡镇 or 下乡; 借调/抽调/编入/下沉, a resettlement in the paragraph; a host only for an event for many, never a 中心组. Also right
    // now (wrong at f903eb3): r5_06, r5_08 partly, r7_03, r7_06 (茶产业). Left, wrong at f903eb3 too: r4_02 (a sub-heading under a heading
    // naming the year), r5_06, r5_07 (2024年以来 is no stated year), r5_08, r6_06 (新市镇人民政府聘请的), r7_04 (未来社区建设), r7_05 (合作社 as
    // 合作), r8_02 (a slogan's 联盟), r8_03 (指派 excuses a residue)
    expect(wrong.sort()).toEqual(['r4_02', 'r5_06', 'r5_07', 'r5_08', 'r6_06', 'r7_04', 'r7_05', 'r8_02', 'r8_03']);
  }, 240_000);
  it('session 47 (red team 93): the committee office\'s 落款, a scan by literals, another town\'s people raised or industry served, own village cadres, last year under a heading naming the report year — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes193', 0, 'normalized', 30, true);
    // at 56bee4e: 10 new errors of 30 against f903eb3 — lectures a bureau assigned across towns, a homonym in other provinces (新城镇居民),
    // the unit's cadres sent under a county programme, an alliance the unit leads, an inspection assigned from above, another town as the
    // host of a training (r3_01–r3_03, r3_07, r3_08, r3_12); a heading or a plan title whose span of years holds the report year (r4_01–r4_04).
    // Narrowed: the people's sense of the law and the industry served only for a town of the unit's own county, never with 指派/跨乡/派出/
    // 牵头/联盟/互助; a host attended (参加X镇…举办的) names it on purpose; a heading names the report year only outside spans and titles, and a
    // plan of last year is one whose title names that year alone. Also right now (wrong at f903eb3): r3_10 (保驾护航), r3_05's kind in part
    // (人民群众). Left, wrong at f903eb3 too: r1_03 (the party half of a joint 落款 is never read), r3_04 (镇村 after a town is a level word),
    // r3_05 (不断提升), r4_07 (last year's first-duty paragraph under a heading with no year: a suspicion, as the rubric's message says).
    // r3_06 (the residue names its town twice in one sentence) right since session 48: namedOnce counts sentences, not occurrences.
    expect(wrong.sort()).toEqual(['r1_03', 'r3_04', 'r3_05', 'r4_07']);
  }, 240_000);
  it('session 46\'s third round (red team 92): a department\'s field served under another county, help words, raised in full named once, the 贯穿 window, the framed narrowings — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes192', 0, 'normalized', 30, true);
    // at ff9dcf2: 14 new errors of 30 against eb6f565 — a partner, an aid pairing, a lecture's host, migrant workers' home county named the
    // sentence before a field served (r1_01, r1_02, r1_05, r1_12); postings, a central 司法所, a trainee, a 现场推进会, a co-building agreement
    // around a level raised in full (r3_01–r3_04, r3_08); 昌化人民法庭 counted as a second mention (r3_06); a plant's site 20 characters
    // from 全过程 (r4_06); 派出所 and 可复制 excusing residues (r5_01, r5_02); 合法合规性审查 not read (r5_03). Narrowed: a field served only
    // for a county named once; raised in full with the around guards back; courts, police stations, schools named after a place are no
    // second mention; 24 characters only after 基层(社会)治理; 派出(?!所), (?<!可)复制; 合法/合规/合法合规性. Left, wrong at eb6f565 too:
    // r1_07 (法治化营商环境), r1_08 (走在全市前列提供…), r1_10 (事业发展 without 高质量), r3_05 (依法治镇水平), r3_07 (不断提升), r4_01 (a plant's
    // site 16 characters from 全过程), r4_04 (各项工作之中), r4_05 (全过程 18 characters on: the 24-character window was withdrawn for r4_06)
    expect(wrong.sort()).toEqual(['r1_07', 'r1_08', 'r1_10', 'r3_05', 'r3_07', 'r4_01', 'r4_04', 'r4_05']);
  }, 240_000);
  it('session 46\'s second round (red team 91): 不制发 as a denial and other papers reviewed, 依法行政 after another town, a county\'s bare organ and its 落款, another town\'s level raised in full — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes191', 0, 'normalized', 30, true);
    // against d6f670d (the session's start) 14 new errors of 30 at eb6f565: other papers given a secrecy or publication check and classified
    // papers destroyed credited as normative review (r1_01–r1_03); 坚持不经合法性审核不制发… read as a denial (r1_04); a partner or a copier
    // helped under a frame with 依法行政 (r2_01, r2_02); a joint 落款 of the 依法治县办 and the government taken whole (r3_02, r3_07); another
    // town's level raised where the report names it elsewhere — an alliance, a shared adviser, people served, shows, a trainee (r4_01–r4_05);
    // a later year's 述职 arranged (r5_01). Narrowed: 合法性 for other papers, never 涉密/销毁/保密; no denial after 不经/未经; a frame's place
    // introduced the sentence before, aided (派出, 赴, 帮扶 …) or copied from is no residue; the government of a joint 落款; raised in full only
    // for a place the report names once (a firm called after it aside), 法治政府建设 and 依法决策 too; 述职中，… never after a year or of
    // enterprises; 应邀 names a place on purpose; 全过程 within 24 characters. Also right now (wrong at d6f670d): r1_05, r2_03, r3_01, r3_05,
    // r3_06, r4_06–r4_09, r5_03. Left, wrong at d6f670d too: r3_04 (its joint 落款 is read right since session 47 — 天台县人民政府 —, but 三门 is
    // a common word, so 推动三门县法治政府建设 needs more than a frame and stays suspected), r5_04
    // (enterprise heads' 述职 met by an older pattern), r4_10 (a residue raised in full after an unrelated 结对帮扶 the paragraph before: the
    // around guards came back after red team 92 found five false −10s without them)
    expect(wrong.sort()).toEqual(['r3_04', 'r4_10', 'r5_04']);
  }, 240_000);
  it('session 46\'s rules (red team 90): farms the gazetteer holds as townships, 管理区 kinds, a town under its former level word, the rule of law carried through another town\'s listed work — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes190', 0, 'normalized', 30, true);
    // at 0c99d1e: 11 new errors of 30 against d6f670d — a farm read as a township had no 我场 (r1_01, r1_02, r1_05), a cross-appointment
    // (兼任…党委委员, r1_03), a neighbour town's people entering the farm's area (r1_04), and lost its checks of other counties (r1_06, r1_07);
    // 贯穿…各环节 deducted after a work team seconded, a task force helping, an inspection, a partner two items back (r4_01–r4_04); a false
    // suspicion of a served town's villages under its former name (r3_03, costs nothing). Narrowed: 我场 is the unit; 兼任/兼职 before a name;
    // people crossing into the unit's area (进入场区…) make villages a suspicion at most; a farm checks counties as a department does besides
    // towns as a town does; helped, joined, inspected (协助/参与/指导…, 对X…开展督察) name a place on purpose; 贯穿…各环节 is excused by the
    // place named on purpose anywhere in the report, and never when what is carried through is an inspection or aid. Also right now (wrong in
    // both builds): r1_11 (a town led by another county's 县委、县政府 — only when the gazetteer placed the unit itself), r4_07, r4_08, r4_12
    // (各个环节, 各领域, a list past 16 characters), r4_09 (the unit's own 形成…经验做法 no reason), r4_10 (基层治理…各环节). Left: none; r1_09
    // (塞罕坝机械林场, which the code table holds as a township, ranked with the townships) is kept as the code table has it.
    expect(wrong.sort()).toEqual([]);
  }, 240_000);
  it('red team 85\'s narrowing (red team 86): the window\'s words and reach, 我市 in a township, 送法/法治进, watched and visited carriers, a planned clean-up — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes175', 0, 'normalized', 39, true);
    // at ea9b19c: 11 new errors of 39 against bd0c3f7 — a slogan heading 坚持共建共治共享 and a 结对帮扶 of 脱贫户 three paragraphs back
    // excusing pasted tallies, 网格化管理覆盖X乡 read as served (r1_04, r1_05, r1_07); a 长三角…一体化发展示范区 partner across 山水相连
    // deducted (r1_02); 我市各镇街纷纷前来学习 a model town (r2_01); 发送法律意见书, 推送法院, 传送法律文书, 法治进入重大决策 as publicity
    // (r5_01–r5_03); the town's own show watched, another body's base visited (r6_02, r6_04); 存量文件清理计划于明年开展 (r7_02).
    // Narrowed: the words that say so whatever they name from the paragraph and the one before (with their heading), the place named on
    // purpose from three back; 共建 not in 共建共治; 一体化…示范区, 山水相连; 覆盖/辐射 no service; 前来…学习 on purpose; 送法 not before
    // 律意见/律文书/院/治政府/治建设 nor after 传; 法治进入 only into a village, community, school, firm …; a show of the unit's own watched is
    // its carrier, 参观 another body's is not; 计划于/将于 after a clean-up. Now 0 new errors. Left (5), wrong before too: r1_06 (延伸到X乡
    // read as a visit), r1_08 (the unit's own 通报), r1_09 (学习X镇经验 without 赴), r3_02 (a residue whose place is a neighbour elsewhere),
    // r8_02 (another body's liaisons then 发挥领导小组作用). Since session 45 r1_08 (通报各村 is the unit's own circular) and r1_09 (学习X镇…经验
    // is a lesson) are right; r1_06 (延伸到X乡 no visit) is suspected, no longer excused
    expect(wrong.sort()).toEqual(['r1_06', 'r3_02', 'r8_02']);
  }, 240_000);
  it('red team 84\'s narrowing and blind sets 172–173 (red team 85): the part around a tally, 我市/我所, 法治为X乡 variants, a partner in an earlier clause, the field pushed to an outcome, 送法/法治进, attended carriers, 存量文件, a committee then a group — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes172', 0, 'normalized', 59, true);
    // at bd0c3f7: 43 new errors of 59 against 751dfc2 — everyday words in the window excusing residues (相邻关系, the unit's own 示范区,
    // 一体化 of its own work, 据统计, 两个镇级…, 表扬, a meeting 在镇…召开, 划入台账, 推广应用: r1_01–r1_09, r1_16) and a model's tally under a
    // heading 学习借鉴… now outside the window, a 专刊 (r1_11–r1_13); a township's 我市 and a station's 我所 kept from the pasted report
    // (r2_01–r2_05); 法治为X乡 variants beside 我们 with the reason further away (r3_01–r3_04); any word ending in 区/县/镇 read as an
    // earlier partner (选派区, 组织全县: r4_01–r4_06); help given to another county's system deducted (r5_01–r5_03); 推送/发送法律知识,
    // 法律进入 lost (r7_01–r7_04); 参与/参观 the unit's own carriers, 全县/配合县司法局 before 存量文件, a plan after a done clean-up, a
    // lookahead across a comma (r8_01–r8_03, r8_05–r8_08); other bodies' liaisons and members as the group (r9_01, r9_03). Narrowed: a
    // curated list of words that tell another place's part whatever it names, and words naming the place itself (visited, hosting,
    // merged, neighbour, served, a partner signed with) in the part around, from its heading and three paragraphs back; 我市 the unit's
    // only in a county-level report; 法治为X乡 variants keep the sentence's self-words and are passed when the place is named on purpose
    // anywhere in the report; an earlier partner only a real place, not the unit's own nor the county's own city; help words pass the
    // field outcome; 送法 only not after 报/呈/抄/寄/递/移/选; 参加/出席/列席/观摩/收看 only; 存量文件 without 县/区 and 计划 bars, 清理 in its
    // clause, never 涉密; a later group term followed by 联络员/成员 is no group. Also right now (wrong in both builds): r1_10, r1_14, r1_15,
    // r3_05, r5_05, r7_05–r7_07, r8_04, r8_09. Left (7): r2_03–r2_05 (a station's 我所 in the window, a county-level city's own 我市: the
    // residue keeps its source's self-word — the price of not deducting a county-level city's comparisons), r3_06 (让法治为 beside 我们),
    // r5_04 (我局 in the clause), r9_02 (a head made a member of the committee's group), r10_01 (a heading residue only suspected)
    expect(wrong.sort()).toEqual(['r10_01', 'r2_03', 'r2_04', 'r2_05', 'r3_06', 'r5_04', 'r9_02']);
  }, 240_000);
  it('blind sets 168–171 (red team 84): a place heading its own parts\' work, tallies under another town, headings, county-level cities, placement by a short form, a committee before the unit\'s group, 条例 and 工作坊, 存量文件 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes168', 0, 'normalized', 60, true);
    // at 751dfc2: 33 new errors of 60 against 5480ad0 — another place's villages or its 结合实际 after a merger, a visit, a bulletin or a
    // regional partner a paragraph before (r1_01–r1_06); tallies of a 片区's members, a station's other town, a merged town, a court
    // serving two towns, a visit two paragraphs back, 一体化示范区 partners (r2_01–r2_07); 平安联建 and 平安护航保障 headings suspected
    // (r3_01, r3_02); 义乌市…，我市… and a visited 凯里市 in a county-level city's report (r4_01–r4_04); 根据县委…委员会要求，镇党委…调整镇
    // 法治建设领导小组 down to partial (r6_01–r6_03); 《太湖流域管理条例》, 《长江河道采砂管理条例》, 黄山风景区's, a prefecture's 自治条例,
    // 《公安机关督察条例》, a province's 矿产资源 条例 and a party school's 工作坊 attended as local items (r7_01–r7_07); archives, hand-overs,
    // a secrecy check, a clean-up not started or planned as 存量文件 cleaned up (r8_01–r8_04, r8_06). Narrowed: the new subject shapes
    // and a tally's subject need the part around (the paragraph and two before, not past a heading) to name no ranking, visit, host,
    // partnership, 片区, station, merger, two towns served, region, neighbour, quoted report or praise; 我市/我所 are self-words; a
    // heading without 工作 ends in a field's noun; a committee first is passed when the group term holds again after it; a 条例 is local
    // by the unit's full name, or by its short name opening the title before a purpose (保护, 管理 …); a programme attended is no
    // carrier; 存量文件 only with 清理/废止 and no 尚未/计划. Now 0 new errors. Also right now (wrong in both builds): r1_10, r1_12 (各行政村,
    // 所辖各村), r2_03, r2_08 (a neighbour, a quoted annual report: old suspected, first new deducted), r3_05, r7_08 (共和 inside
    // 中华人民共和国 mid-title). Left (4), wrong before too: r1_07, r1_08 (another town's villages after a visit or a bulletin, deducted by an
    // older path), r3_04 (a heading with 结合实际). (r1_11, 北界镇结合本镇实际…, right since red team 85: the pasted phrase's 本镇 is no
    // unit named beside another)
    // (since session 45 r1_07 and r1_08 are suspected: another town's villages after a visit or a bulletin of its practice)
    expect(wrong.sort()).toEqual(['r3_04']);
  }, 240_000);
  it('blind sets 160–163 (red team 83): another town as a tally\'s subject, a heading giving the section\'s work to another township, 法治为X乡…提供…保障 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes160', 0, 'normalized', 46, true);
    // at cab01d4: 18 new false −10 of 46 against b23da47 — a tally of a town named on purpose a sentence or more away (rankings, a
    // study visit, a 山海协作 partner, a list split on ；, 新市、钟管两镇, a county notice quoted, a host: r1_01–r1_18), a heading of
    // 片区 members, a 中心司法所's second town, 代管 and partnership sections (共建, 联调协作, 联创: r2_01–r2_15), 法治为X乡… with
    // 值得我镇学习借鉴, a 东西部协作 partner in the paragraph before, a 州 appraisal quoted (r3_01, r3_03, r3_04). Narrowed: the tally's
    // subject and the heading are suspicions for the assessor (weak context); 法治为X乡… stays strong unless its sentence names the
    // place on purpose or its paragraph or the one before names a partnership, aid, an appraisal or a model. Now 0 new that cost
    // points. Left (14), each wrong before too (residues the engine misses or only suspects): tallies after 全年/截至 or with 累计
    // (r1_10, r1_11, r1_13) and with a year (r1_12, r1_17: suspected), headings with 三、, a verb, no 工作, a year or 第二部分 (r2_09–r2_14),
    // 法治建设为, 保驾护航, 让法治为 (r3_10–r3_12). Session 44 (blind set 169): 全年/截至 read as year leads, 累计 as a tally, and a
    // tally's subject strong where its paragraph and the one before name no ranking, visit, host or partnership — r1_10–r1_13 and
    // r1_17 right now; the headings are suspected (二、 no list's 、, a verb, a year), short of the deduction these cases expect;
    // 法治建设为…, 让法治为… and …保驾护航 read as 法治为… is (r3_10, r3_11 right now; r3_12, beside 我们…, stays suspected: red team 85
    // found partners and served towns told further away when the self-word was no bar)
    expect(wrong.sort()).toEqual(['r2_09', 'r2_10', 'r2_11', 'r2_12', 'r2_13', 'r2_14', 'r3_12']);
  }, 240_000);
  it('blind sets 152–155 (red team 82): party-side names, the 依法治县办 at county level, landscape and port zones, kinds of area, duty lists by their parts, last year\'s tally under the head — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes152', 0, 'normalized', 79, true);
    // at 3e717bc: 19 new errors of 79 against 2d24bae — a superior's 市委依法治市办/市普法办 plan or training as the county office's own
    // (r2_01, r2_03, r2_04); 珠海保税区 and 宁波保税区 unplaced once a bare zone kind was never a place (r3_01–r3_04); 黄石港区 and 黄山风景区
    // cut to 黄石/黄山, so the city's 《黄石市…》《黄山市…》 were local (r3_05, r3_07); 大通湖区 read as a kind of area (r4_06); task, village
    // and rectification “三张清单” read as duty lists (r5_01, r5_02, r5_06, r5_08); a baseline, a cumulative count since an opening, a
    // heading's look back and 本报告期 under last year's head deducted (r6_04–r6_07, r6_11). Narrowed each: the housed office's own level
    // and place only; a bare landscape kind places a unit when the words before it name that division's city or county; a real
    // division's short form, and a short name before 市/县/区 is a larger place's; only 为/在/入 … before 港区/湖区; the lists named item by
    // item, each ending in 事项, none of the villages', only worked by after 依照/按照; 对比之下, 以来累计, headings of 回顾/对比/近三年 and
    // 本报告期 make it a suspicion. Also right now (wrong in both builds): r2_06 (德清县全面依法治县委员会办公室 without 县委), r6_15,
    // r6_16 (both posts of the head). Now 0 new that cost points. Left (7), wrong before too: r2_02 (a province's guide studied),
    // r2_11 (a county-level city's prefecture's office), r2_12 and r2_13 (我局将…纳入 after a superior's plan, read as intent), r2_14 (another
    // county's adviser learnt from). Session 44: county-level cities (X市 the gazetteer holds at county level) are checked as counties,
    // so r3_11 (海阳旅游度假区's 莱阳市 in a mission frame) and r1_07 (桐乡市委政法委's 海宁市) are right now.
    // (r4_06, 大通湖区 in 南县's mission frame, is pinned as the suspicion its red team expected: suspect: true)
    expect(wrong.sort()).toEqual(['r2_02', 'r2_11', 'r2_12', 'r2_13', 'r2_14']);
  }, 240_000);
  it('red team 80\'s narrowing and blind sets 146–147 (red team 81): stems, take-overs, cross work, partnerships in headings, labels, the unit\'s own staff and heads, other bodies\' openness, a 税务分局\'s 分局 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes146', 0, 'normalized', 80, true);
    // at cf27f0e: 17 new errors of 80 against 18b2f49 — 负责 of 负责人 declaring an area (r2_02), 抽调 in a sentence of another town's
    // leadership (r3_01), 切实承担起推进X镇… read as a take-over (r3_02), in-house 牵头 (r3_03), 村企党建联建 in the paragraph (r3_04), a
    // heading's 部门协作 (r3_05), a sender's label over a station's 落款 (r7_01, r7_03), 本单位/各科室 before 全体 (r9_01, r9_03), firms'
    // 职工 (r9_02, r9_08), the court's and procuratorate's 审务/检务公开 and law firms' 所务公开 (r12_02, r12_03), a 税务分局 calling itself
    // 分局 read as its bureau (r14_01, r14_02, r14_07). Narrowed each: 负责(?!人); CROSS_WORK never against 在X镇…领导下; 承担 right before
    // the name; 牵头 and 网格片区 no partnership; 联建 only with a place named (与X镇…联建); headings count programmes only; a label's
    // colon refuses only plan words; (?<!本)单位, 各村/各企业…; 职工 out; 警/站/局务公开 and 所务公开 not after 律师事务所; 分局 is the
    // bureau only above a station that is no 分局. Also right now (wrong in both builds): r2_04, r2_06, r3_10, r8_01, r9_05.
    // Now 0 new that cost points. Left (4), wrong before too: another county's bureau leading a station (r1_07), a residue under a
    // 警民合作 heading with 志愿者 in the sentence (r3_09), villages' cadres studying with a count (r9_04). Later in the session: r9_06
    // right (学习《…法》 with a count is law study with a count)
    expect(wrong.sort()).toEqual(['r1_07', 'r3_09', 'r9_04']);
  }, 240_000);
  it('blind sets 142–145, the town stations (red team 80): a station\'s level, areas and bureau, places served whole in more shapes, 围绕 another town\'s organs, 负总责 and whole-staff study — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes142', 0, 'normalized', 70, true);
    // at 18b2f49: 21 new errors of 70 against 81805ec — a station's area given by stems (泗安、林城、和平三个乡镇) not read (r1_02,
    // r1_10, r1_22), work across towns assigned from above read as residue (交叉检查, 受…委托, 承担…辖区, 抽调, 片区牵头: r1_04, r1_08,
    // r1_11, r4_01, r4_02), another county's organs in a station's report no longer checked (r1_13, r1_14), a partnership in the
    // paragraph or the heading (联建, 东西部协作), 片区牵头, 托管 not excusing the new served-whole shapes (r3_01–r3_03, r3_05), a plan's
    // milestone (…的单位：/ the station / a month) read as a month-only 落款 (r5_04), 依法治理 as 法治 and villages' or firms' heads
    // 负总责 (r6_01–r6_03), firms' and villages' 全体 staff as the unit's (r7_01, r7_02, r7_05). Narrowed: the area by stems (、 only;
    // 和平 is a name), never in joint work (联合巡逻, 边界); CROSS_WORK and ALSO_SERVES (承担/接管/托管); a station checked at both
    // levels; partnerships in the headings above; a label's colon above the issuer; (?<!依)法治(?!理) and no village, firm or
    // 督促 before the head; 全体 not after firms, villages, 辖区. Also right now, wrong in both builds: r1_15 (在县公安局党委和X镇…领导下),
    // r1_17, r3_11–r3_14, r4_04, r4_06, r6_06. Now 0 new that cost points. Left (1), wrong before too: 党纪学习教育12次 as law study (r7_06)
    expect(wrong.sort()).toEqual(['r7_06']);
  }, 240_000);
  it("blind sets 137–140 and red team 78's narrowing (red team 79): paragraph-wide partnership words, notes in the body, heading words, counts, lectures, villages' matters — narrowed (the ones left named)", async () => {
    const { wrong } = await wrongIds('fixes137', 0, 'normalized', 59, true);
    // at a28680c: 23 new errors of 59 against 01c597d — seven residues served whole excused by a common word elsewhere in the
    // paragraph (警民合作, 巡回宣讲, 委托第三方, 管辖权限, 结成对子, 人民法庭, 巡回执法: r1_01–r1_06, r1_09), a note's titles at the end
    // of the work credited (r2_01, r2_02), shortcomings headings with a prefix or 面临的挑战 lost (r4_01–r4_03), slogans as 信访
    // counts (r5_01, r5_02), lectures held in firms lost (r8_01–r8_04), the town's own decisions on villages' matters refused
    // (r10_01, r10_02), two suspicions on comparisons (r12_01, r12_02). Narrowed: only programme words (协作, 对口, 挂职, 援…) carry over
    // the paragraph, the common ones count in the sentence; a note in the body stands in an island of the closing's kind; the
    // heading words allow a short prefix and a whole 面临的挑战 heading; 一次性, 一名…、, 一件一档 are no counts; a lecture's firms
    // outside its quoted title and workers other than the unit's own; villages' matters only when a village body decides; 县公证处.
    // Now 0 new that cost points (the two suspicions stay by design). Left (3), each wrong before too: a milestone sentence of
    // pressure with 我镇将 (r3_05), venues named 说事屋/调解屋 (r7_04, r7_05)
    // (since session 45 r6_04 reads met: its 年终在述职中专门报告法治建设情况 is 述法 as blind sets 176 and 185's assessors read the same words —
    // the case's label, written for another sentence of the report, is left as it was)
    expect(wrong.sort()).toEqual(['r3_05', 'r6_04', 'r7_04', 'r7_05']);
  }, 240_000);
  it('blind sets 129–136 (red team 78): places served whole, higher committees, attachments in the body, milestone plan leads, heading words, petition and openness words — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes129', 0, 'normalized', 74, true);
    // at 01c597d: 23 new errors of 74 against 927e26a — a place served whole deducted with the partnership, aid posting, tribunal,
    // central 司法所 or entrusted task a sentence before (r1_01, r1_03–r1_05, r1_16), a 附件 line inside the plans turning the
    // plan's （二）（三） into achievements (r3_01, r3_02), a milestone sentence stating a pressure read as the plan (r4_01, r4_02),
    // 面临的困难/挑战 in work headings read as shortcomings (r5_01–r5_04), 法治轨道 before 信访 and 仅余一件 (r7_01, r7_02), a venue
    // visited read as set up (r8_01), a superior's site (r10_01), staff's and leaders' lectures as 普法 (r11_01, r11_02), the villages'
    // own decisions (r12_01), and suspicions on 景县 as a venue and two comparisons (r1_06, r2_03, r2_04). Narrowed: the partnership
    // words read in the whole paragraph, a note in the body only leaves its titles unheaded, the milestone lead needs the unit and
    // 将/拟/计划, the heading words anchored to 需要/有待…的地方/方面/问题, 法治轨道 on either side, only 一起 refused as a count, a
    // visited venue refused, a superior's site refused, the audience of a lecture named as the public, 各村…事项 as the villages'.
    // Now 0 new that cost points (the three suspicions stay by design: a person decides). Left (18), each wrong before too:
    // residues in other shapes (r1_02: aid told in the sentence before, deducted by both; r1_07–r1_09), attachments and tables in
    // other shapes (r3_06), a second 是-clause before the plan (r4_04), other shortcomings headings (r5_05, r5_06), a 司法局 and
    // the county committee (r6_04), counts of windows as 信访 (r7_04), farms placed at their province (r8_03, r8_04), national
    // programmes quoted (r8_05), counted 信息 (r10_04), kinds listed past the window (r13_01), single-purpose 责任清单 of other
    // fields (r15_02, r15_03), 法律服务咨询台 (r16_02). Session 41 later: r5_05, r5_06 right (shortcomings headings with a prefix, 亟需解决的问题);
    // r7_04, r16_02 right (windows counted in the 信访 hall are no 信访 count; a 法律服务咨询台). Session 42: r1_07, r1_08 right
    // (a place served whole in its other shapes: 为X镇高质量发展营造…, 为X镇全面振兴…); r1_09 right (政企合作 is no partnership with the place);
    // r15_02, r15_03 right (党风廉政建设 and 生态环境保护 责任清单 are lists of other fields)
    // (r1_02 right since session 46: 为福利镇经济社会…发展 deducted)
    expect(wrong.sort()).toEqual(['r10_04', 'r13_01', 'r3_06', 'r4_04', 'r6_04', 'r8_03', 'r8_04', 'r8_05']);
  }, 240_000);
  it('blind sets 121–128 (red team 76): denials lifted by a later clause, table rows, county-level cities, agenda and counterpart frames, founding years and milestones, criteria words — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes121', 0, 'normalized', 79, true);
    // at e28bbac: 47 new errors of 79 against 1752d8c — a denial lifted by any later clause opening on 今年/20XX年/已 (an agenda for
    // next year, a budget, a draft awaiting approval, a hire from next January, a failure in the clause after, a request, a delay,
    // a neighbour's), change columns (未调整) and honest zeros under a task read as tasks not done, county-level cities' rivers,
    // reservoirs, chases and checkpoints (流经/追至/驻…境内) −10, a model's 工作经验, 融入X发展大局 (a regional policy), a counterpart
    // taken up as 该项举措, carried preambles excused by 区划调整/经县委批准/撤并社区/更名为 later in them, look-backs without 以来 −5,
    // 调解 in any clause after 复议, 规范性、政策性文件 followed in benefit checks, 两个责任人/…等三个规定 dropped as counts.
    // Narrowed each: the lift needs 今年/本年度/全年 and a verb of doing with nothing undone after it; a row needs a bare 未+task
    // verb cell; geography nouns after a verb of place, 工作经验 told as a model, 融入…大局 and 率先/该项 are on purpose; a founding only
    // as the year's first clause; 截至目前/至今/此后 make a milestone paragraph a look back; 调解 refused in the review's own clause or
    // before 和解. Now 0 new (six legitimate cases only suspected, no points). Left (15), each wrong before too: denials lifted in
    // other shapes (r1_12–r1_17), task rows in other shapes (丨, two columns, 暂无, a reason: r2_07–r2_11), a 县级市 as residue
    // (r3_09: names ending 市 are never candidates), 纳入磁县国民经济…规划 and 推动献县 (r4_07, r4_11), a review before a contract (r6_12)
    expect(wrong.sort()).toEqual(['r1_12_shufa_opens_on_unit', 'r1_13_adviser_opens_on_gov', 'r1_14_shufa_third_clause', 'r1_15_cleanup_weiJing', 'r1_16_shufa_quality_clause', 'r1_17_shufa_year_end', 'r2_07_shufa_zero_tab', 'r2_08_shufa_zero_cjk_bar', 'r2_09_shufa_two_columns', 'r2_10_adviser_zanwu', 'r2_11_shufa_not_done_reason', 'r4_07_plan_cixian', 'r4_11_hejian_xianxian', 'r6_12_review_then_contract']);
  }, 240_000);
  it('blind sets 117–120 and red team 74\'s narrowing (red team 75): 述法 titles and posts, city bureau branches, uptake after a counterpart, carried paragraphs, negations, 专窗 — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes117', 0, 'normalized', 74, true);
    // at f9c827e: 38 new errors of 74 against 2edda27 — posts stripped from every title (赣县|区长|洛乡), a county's 述法 column
    // above a title read as the title, posts the list lacked (代县长, 督察长, 执法队队长, a four-character name, 人大工委主任); a
    // neighbour's practice the unit took up in words UPTAKE lacked (我分局/该分局, 这种模式, 这项制度, 局里…结合本县实际, the next
    // paragraph, 他山之石/取长补短 headings) −10; carried paragraphs escaping through their own 较2021年/较去年/同比 and background
    // after 如今/此后 −5; 以往未安排…的, 此前尚未挂牌的…, 尚未上线的过渡阶段, 督察后没有收到 refused; national names before 专窗; 八项规定
    // 动作. Narrowed each. Left: the 15 wrong before too, and two carried paragraphs now only suspected (目前 and 三年行动 inside them:
    // r4_02, r4_03) — a suspicion for the assessor rather than −5 on red team 74's background in those words
    expect(wrong.sort()).toEqual(WRONG_117);
  }, 240_000);
  it('blind sets 97 and 98 and the leftovers (red team 64): real towns named on purpose at a sentence\'s head, 汇报会 on other work — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes97', 0, 'normalized', 96);
    // at da2800c: 4 new errors on 81 cases and 7 on 15 probes — a real town whose name is no word (阎村镇, 天凝镇, 李村镇), heading
    // its sentence and speaking, −10 when named as a model, a comparison or a host; a counted 汇报会 on other work with a 法治
    // word elsewhere a counted meeting. Narrowed. Left, each wrong before too: 围绕…职责落实情况，…开展专项督促 (the other word
    // order), a county's 选派 adviser (set 39's assessor: no retention), 胜利乡始终坚持… (a common-word name: a suspicion by design)
    expect(wrong.sort()).toEqual(['c02_duty_zhuanxiang_petition_daoru:duty_assessment', 'd05_cause_in_achievements_adviser_xuanpai:legal_adviser', 't05_wun_residue_shengli_common:wrong_unit_name']);
  }, 240_000);
  it('blind set 89 (red team 55): the 述法报告 rules tried and withdrawn (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes89b', 0, 'normalized', 87);
    // at 5412265: 31 new errors — a leader's own duties, slogans, plans and gaps under a first-duty heading read as the
    // achievements part; units cut mid-word at a post (岚川县司法局局, 柘溪镇镇); column lines (乡镇（街道）党政主要负责人述法报告)
    // taken for titles, two false −10s. Withdrawn. Left, each wrong before too: the 述法报告's own measures, titles and units
    // (c08, c10, c17, c20, c28, c34, c39), and a Party committee's name in its long form (中共柘溪镇委员会 for 柘溪镇党委: c04,
    // c22, c24, c31, c34, c39)
    // (session 39: 述法 titles read — the organ before the post, a 县长's government, a bare year the meeting's, a column line no
    // title — c08, c17 and c28 right since; c31 reads the 落款's full 中共…工作委员会 for the title's 党工委, as blind set 120's
    // assessor and red team 75 name it, where this red team wanted the short form)
    // (session 43: c34's report_metadata met — the unit 中共柘溪镇委员会 read at 柘溪镇 once its place starts after 中共)
    expect(wrong.sort()).toEqual(['c04:unit', 'c08:struct_achievements', 'c10:struct_achievements', 'c20:struct_achievements', 'c22:unit', 'c24:unit', 'c31:unit', 'c34:unit', 'c39:report_metadata', 'c39:unit']);
  }, 240_000);
  it('blind set 89 (red team 54): plan documents, two-year titles, 下半年 plans, drafts\' placeholders, answers to the problems — narrowed (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes89', 0, 'normalized', 106);
    // at 2710557: 36 new errors — reports joining last year's work to next year's plan (…工作回顾及2024年工作计划, a notice of
    // 《…工作总结和2024年工作要点》) read as plan documents; a plan's span (2023—2025年…三年行动计划2023年度实施情况) and a summary
    // with its plan (2023—2024年度…总结及计划) read as two years reported; ordinary brackets (（待…作出决定…）, （请…审核确认后签订）)
    // blanked; inline plans after a colon, a lead announcing 一是 paragraphs, 在新的一年里 and figures read as lone pledges.
    // Narrowed. Left: a late annual report's 下半年工作打算 (r3_04, debatable; the rule is for half-year summaries), a half-year
    // summary's 下一步 plans (r3_03), plans the engine missed before too (r5_05, r5_09, r5_13) and a late 落款 only suspected (r2_08)
    expect(wrong.sort()).toEqual(['r2_08:late_report', 'r3_03:struct_next_year', 'r3_04:struct_next_year', 'r5_05:struct_next_year', 'r5_09:struct_next_year', 'r5_13:struct_next_year']);
  }, 240_000);
  it('blind set 88 (red team 53): 广大… as a place\'s context tried and withdrawn; zones a rule forbids or limits something in kept (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes88', 0, 'normalized', 69);
    // at 6184408: 27 new errors — 11 false −10s (partners and aid told in the sentence before, 保障/助力/推动 X县广大…; a merged
    // township now the unit's own; region words whose tail is a district or a town's stem: 三江源区, 祁连山区, 黄河滩区, 鄱阳湖区)
    // and 16 noise suspicions. 广大 withdrawn; 禁/限 zones kept (and their long form, 禁止燃放区). Left, each wrong before too:
    // residues deducted by the assessor that need 广大 to be seen (34–41, 49, 50, 52, 66) and a neighbour county to suspect (42)
    expect(wrong.sort()).toEqual(['34', '35', '36', '37', '38', '39', '40', '41', '42', '49', '50', '52', '66']);
  }, 240_000);
  it('blind set 87 (red team 52): three rules tried and withdrawn — a long 对拟 object, taxpayers and tourists as a decision\'s public, quoted names before teams and vans (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes87', 0, 'normalized', 49, true);
    // at a99b176: 21 new errors — plans for a later year after 对拟 read as done, satisfaction surveys and complaints from
    // taxpayers and tourists counted as a decision's public participation, national campaigns in quotes (“蓝天保卫战”执法小组,
    // “林长制”…护林队伍) credited as local carriers. All three withdrawn. Left: steps promised after a comma (…，将严格开展专家
    // 论证: i06, i08, wrong before too) and the three rules' own sentences (i09, p07, s22)
    expect(wrong.sort()).toEqual(['i06', 'i08', 'i09', 'p07', 's22']);
  }, 240_000);
  it('fixes of blind sets 78-79 (red team 46): implied causes (work done on the side, a wide area short of staff), 宣讲 and 服务平台 after a quoted local name (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes80', 0, 'normalized', 49, true);
    // first run: 30 wrong of 49 against the older engine's 24 — 宣讲 anywhere in ten characters after a quote credited
    // national themes and campaigns (“扫黑除恶”…宣讲, “法治宣讲”), 服务平台 credited provincial and national platforms (粤商通,
    // 全国一体化…, 12348) and one under the unit's bare name; an ended side duty (改变了以往…兼顾的状况), an eased shortage
    // and a wide coverage conceded (覆盖范围较广，但…) read as causes. Reworked: 宣讲/服务平台 right after the quote, generic
    // names widened, a platform under the unit's bare name a channel; side duty after 由/为/是 with more holders, never
    // after 改变/不再/解决; area words without 范围, the reverse order, never when eased. Left: a count form of area and staff
    // (S22), a cause as a sub-heading (S25, a judgement call), 宣传/活动 after a quoted local name (P24, P26; 专区 a carrier since session 39: P25)
    expect(wrong.sort()).toEqual(['P24_xuanchuan', 'P26_huodong', 'S22_count', 'S25_heading']);
  }, 240_000);
  it('fixes of blind sets 76-77 and red team 42/43\'s round (red team 44): openness named beside its channel, 因 as a cause, documents affecting rights and obligations (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes77', 0, 'normalized', 47, true);
    // first run: 28 wrong of 47 against the older engine's 20 — a channel planned, security-checked or used for law
    // publicity in the next sentence made openness met; 因循/因人而异/因陋就简 read as causes; 涉及…权利义务的文件 with any
    // 登记/审核 in the sentence (incoming mail, villages' accounts) met the review; 营商环境 as context made a town helped,
    // inspected or sharing a station −10 after a mission frame. Reworked: the neighbour must publish through the channel
    // (通过/依托/在…网站…公开, …公示栏公示); openness work words only; idioms out; the documents' review in their clause, or
    // right after a comma when the sentence opens on them (凡/对/…制发的); 为优化 and 营商环境 backed out. Left: a channel two
    // sentences away or named before the openness (G11, G12), a 因 clause restating a revoked case (S05, a judgement call),
    // long or 。-ended 因 reasons (S10, S11), the county's clean-up (N06, a judgement call), residues after 助力/推动/为优化…
    // 营商环境 (W02, W08, W09: judgement calls, now as before)
    expect(wrong.sort()).toEqual(['G11_two_away', 'G12_prev', 'N06_county', 'S05_case_fact', 'S10_long', 'S11_end', 'W02_zhuli', 'W08_weiyouhua_work', 'W09_town_tuidong']);
  }, 240_000);
  it('fixes of blind sets 72-75 and sweep 3 (red team 42): the unit after the year\'s background, 馆, last year in Chinese numerals or by months, 提升/为 frames (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes73', 0, 'normalized', 46, true);
    // first run: 25 wrong of 46 against the older engine's 16 — after the background a superior (峧州市委依法治市办, 峧州市委、
    // 市政府), a sibling (县司法局), a template's bureau or town the 落款 does not sign became the unit; a 文旅局's library,
    // museum or stadium (…馆坚持…) became the unit; last year's tally set against the next paragraph's 二〇二四年 or 报告期内,
    // and a head count, were deducted; 提升潦河镇… of a town helped, a partner or a model spread was −10; 为绥宁乡各项工作 lost
    // its −10. Reworked: after the background only a body the unit does not speak after, no committee, signed by the
    // 落款 if it signs anyone; a 馆 is no subject in a report speaking as 我局; the next paragraph's this-year and head
    // counts are no tally; 提升/提高 are serve frames (a suspicion at most); a serve frame forces a suspicion only where it
    // let the name through. Left: a background with a comma inside (U11), 局系统 (Y11), 依法治理/基层治理 after a residue
    // (R08, R09), each wrong before too; 提升水口乡… of a real town only suspected (R00, by design); a central 司法所
    // serving a neighbour −10 (R12, until session 45: its 辖区 after a place the part names on purpose is a suspicion). Session 46: R00, R08,
    // R09 right — another town's rule-of-law level or capacity raised in full (全面提升了X乡法治建设水平, 有效提高X镇基层治理法治化水平) is a
    // −10, as the assessors of sets 74, 179, 192 and 194 deducted it, with the guards of 贯穿…全过程 (help, partners, on-purpose words)
    expect(wrong.sort()).toEqual(['U11_bg_inner_comma', 'Y11_juxitong_miss']);
  }, 240_000);
  it('fixes of blind sets 72-75 (red team 43): settlements, a list acted on, petitions sorted by law, named channels, implied causes, documents in force (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes75', 0, 'normalized', 48, true);
    // first run: 33 wrong of 48 against the older engine's 26 — a review's or a lawsuit's settlement and a failed one
    // counted as mediation; 修改/挂网/张贴上墙 of a list fell to partial; a channel planned or a group chat counted; 同时承担…的
    // read as a cause; 梳理/废止 of anything beside 规范性文件 (学习…程序，梳理工作流程) and 现行有效的法律法规…梳理 met the review.
    // Reworked: settlements never beside 复议/诉讼 anywhere in the sentence, nor refused (未达成和解), nor the unit's own; the
    // list acted on in its clause or its items after; 信访工作条例 a legal channel; no group chats, quoted full names or
    // planned channels (计划开通); a staff subject for 同时承担; the documents-in-force clean-up its own condition, never of
    // laws, contracts or policies. Left: a town working to the county's published list (P05, a judgement call, met before too)
    // session 35: P05 (按照县政府公布的…履行职责事项清单履职) partial now — a handed-down duty list only followed (blind set 99)
    expect(wrong.sort()).toEqual([]);
  }, 240_000);
  it('fixes of blind sets 70 and 71 (red team 40): half-width punctuation, a first-duty attachment, causes of a new or thin team, a decision reviewed beside contracts (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes70', 0, 'normalized', 44, true);
    // first run: 33 wrong of 44 against the older engine's 15 — a heading number closed by a point ((三)． 第三部分. 【二.) lost
    // its heading, even in a report typed in full-width marks (the point is folded first); an ellipsis typed in points split
    // a sentence; attachments with no text, another document's title, another body's duty or a pointer (详见…) made the
    // first-duty part; 成立短视频, 服务对象多为, 不能以底子薄为借口 read as causes; 落实县委作出的重要决定 freed a contract's
    // review. Reworked: a heading's number keeps its point, an ellipsis its points, a point after Chinese ends a sentence
    // even before a digit; an attachment counts only as the unit's own part with text; anchored causes; a decision word
    // carried out (落实/贯彻…) keeps the exemption. Left: a count in the sentence after the study it counts (H09, H10: as
    // in a report typed in full-width marks), and, each wrong before too, an attachment with no 落款 (A10), 仅有2名…存在盲区
    // without the word of inability (C09), 三重一大 beside contracts (D08, a judgement call of set 48 the other way)
    expect(wrong.sort()).toEqual(['A10_no_closing', 'C09_few_no_verb', 'D08_sanzhongyida', 'H09_split_study', 'H10_split_qual']);
  }, 240_000);
  it('fixes of blind set 71 (red team 41): last year\'s tally in the own voice of an archive or a station, volumes of files (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes71', 0, 'normalized', 28, true);
    // first run: 15 wrong of 28 against the older engine's 12 — 我院 (a hospital named by a 卫健局), a 馆's history, holdings
    // and capacity (馆藏…万卷, 可容纳30万卷) made tallies, a yearbook's 2023卷, 三卷本 and 上下两卷 counted. Reworked: no 我院;
    // stocks and facilities are no tally; 一年来 speaks of this year; 卷 counts only where files are handled. Left: work done
    // last year that the next paragraph sets against this year (W15, a judgement call), and, each wrong before too, 全系统,
    // a year in Chinese numerals, 2023年1—12月 and a lead clause before the year (W09-W12)
    // (W09-W11 read since red team 42's round: 全系统, 二〇二三年, 2023年1—12月)
    expect(wrong.sort()).toEqual(['W12_lead_miss', 'W15_two_paragraphs']);
  }, 240_000);
  it('fixes of blind sets 66-69 and sweep 3 (red team 38): bare titles, a title\'s leading year, leadership after a name, plan words in headings, names a mission runs through (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes69', 0, 'normalized', 46, true);
    // first run: 28 wrong of 46 against the older engine's 18 — a bare …情况 line above the title or the body became the title
    // (a county site's column named the unit, a 督察反馈…整改情况 heading gave the year and a late_report), 2024年全县/本局/我镇…
    // titles named 全县, 度本局 or the most-named place, 镇党委/县委领导班子 and a 司法所（以下简称…） became the unit, plans
    // headed 计划措施/思路举措/安排意见 earned credit, 推动文明街道各项工作 was deducted −10. Reworked: a bare title only when no
    // title has the genre word, never on findings or a publication; no year stripped before 全/本/我; leadership or a short name
    // only after a place or bureau named in full; a word completing the plan word keeps the plans part; programme adjectives are
    // no places, and a name let through by the frame alone is a suspicion. Left, each wrong before too: a headed rectification
    // part's earlier year with no title (B05: right since session 49, the 落款's year before it read), a period in brackets after the
    // title (D07), invented names suspected, not deducted (W01, W04, W12)
    expect(wrong.sort()).toEqual(['D07_range_bracket_title', 'W01_invented_street_own', 'W04_rongru_missed', 'W12_invented_town_frame']);
  }, 240_000);
  it('fixes of blind sets 66-69 (red team 39): the 化解矛盾靠法 slogan, administrative 争议, disputes that never arose, new implied causes, a contract\'s legality review, 一起研究 (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes67', 0, 'normalized', 48, true);
    // first run: 31 wrong of 48 against the older engine's 26 — 协调处理…争执 lost (调处 inside 协调处理 had been dropped),
    // 专利实施许可争议 and 尚未出现激化苗头的矛盾纠纷…化解23件 lost, 流动大篷车/需兼顾 read as causes, 配合同级/结合同类 and
    // 重大合同及重大行政决策事项 lost the decision's review, 共同研究/同步部署监控/一并安排经费 read as plans. Reworked: the
    // slogan on every dispute word; 争议 after 审批/许可/执法/处罚 within its clause (not 专利/商标 licences); no dispute arising
    // only when the sentence resolves none; causes with whom they concern; 合同 as a word, a decision word between keeps the
    // step; 法治…与…一起研究 or 同步研究法治…. Left, each wrong before too: 协调处理群众投诉 (M12), 决定后签订的合同 and a contract far
    // before the review (D06, D07)
    expect(wrong.sort()).toEqual(['D06_jueding_hou', 'D07_far_contract', 'M12_xietiao_tousu']);
  }, 240_000);
  it('fixes of blind sets 64 and 65 (red team 36): an earlier year told as background, 法制 groups, thresholds, demolition records (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes65', 0, 'normalized', 74, true);
    // first run: 40 wrong of 74 against the older engine's 28 — 命名/认定为/创成 in any 40 characters and any "…后，" freed
    // last year's tallies from wrong_year (认定为工伤296件, 接到投诉后…全年共办结236件), measures turned a description into a
    // tally (总面积56平方公里), 法制建设领导小组 and 示范创建工作领导小组 lost the group, thresholds counted (5亩以上, 500吨级),
    // 对强制拆除等重大事项实行全过程记录 lost the enforcement record. Reworked: only an honour the unit received (被命名为, 被授予)
    // or a one-off change (完成…改革后) with no tally after it; measures out of the tally; 法制 and 与 joins; thresholds and sizes
    // dropped; enforcement acts keep the record. Left: 针对拟…的 (a judgement call, wrong before too)
    expect(wrong.sort()).toEqual(['I06_zhendui_plan']);
  }, 240_000);

  it('fixes of blind sets 53 and 56 (red team 32): a count whose own clause tells another activity is not the leaders\' study count (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes56', 0, 'normalized', 60, true);
    // first run, on the first form (a count in a clause before the study is not its count): 44 wrong of 60 against the
    // older engine's 28 — 中心组集中学习12次，重点学习宪法…, 举办专题讲座2场，…解读民法典 lost their count. Reworked: the clause
    // of the count decides, on either side (clauseNone: 研究, 部署, 宣传, 接待, 检查, 聘请, 培育 …), and 每次会前 is a
    // frequency. Left (each wrong before the change too): a count in a table's first column or the next sentence or past a ；
    // (L14–L16), 法治课 by the secretary alone (L25), 法治内容 and a bare 《…法》 as the studied law (L28, L34; reading 学习《…法》 as law study was tried for blind set 84 and
    // withdrawn: red team 48 found party regulations under short titles and internal 办法 credited); a count of
    // another activity whose clause still names a law (开展法律法规进村入户宣传12场: T04), a frequency of other work (T07),
    // meetings counted before the study with no activity word (T09), 、 for a comma (T10), a lecture for villagers (T12),
    // enforcers' or village cadres' training after the leaders' study (T14, T18)
    // session 42: L34 right (学习《行政处罚法》 with a count is law study with a count)
    expect(wrong.sort()).toEqual(['L14_table_count_column_first', 'L15_neighbour_sentence_count', 'L16_semicolon_split', 'L25_duty_fazhike_after', 'L28_fazhi_neirong_4', 'T04_publicity_after', 'T07_frequency_of_other', 'T09_meetings_items_before', 'T10_dun_joined_research3', 'T12_villager_lecture', 'T14_enforcers_training_after', 'T18_village_cadres_after']);
  }, 240_000);

  it('fixes of blind set 53 (red team 30): denied clauses, superiors\' advisers, a branch\'s own papers, lists of major matters (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes53', 0, 'normalized', 63, true);
    // first run: 47 wrong of 63, 35 caused by set 53's first fixes: reading a sentence again without its 未…/尚未… clauses
    // credited whatever its other clauses said about the missing thing (a budget, a plan, a wish, a neighbour's, a
    // request: 19 clear false credits over 8 criteria) — withdrawn; a fixed list of superiors took a county's 县政府, a
    // bureau's 县局 and a 司法局's own adviser for a superior's — now only 上级(主管部门) forms; a branch's place alone made the
    // county's and a same-named township's papers local — now the branch's full name (嶻溪分局); 重大…事项 over 16 characters
    // took enforcement, event-security and holiday-safety lists for decisions — those are refused. Left (all wrong before
    // set 53 too): the superior's adviser named in full or beside a denial (a01–a03), 《分局…》 papers (b06), decision lists
    // longer than 16 characters (d06: right since nu33's fix in session 32, the five steps enumerated as a procedure) and a risk list lent through the window (d07), negations the NEGATED verbs miss
    // (未能在年内, 未按规定, 尚未将…纳入, 未同步述法, n14–n23, n40), and 未…，继续/均… sentences that are work done (n31–n35)
    // session 35: a standing adviser at work with no retention told is partial (blind set 97's assessor and writer): a03 right
    // now, and a06–a09's expectations re-read from met to partial in fixes53.cases.json
    // session 40: a denial lifted again by a later clause of this year's work done (往年没有开展述法，今年首次…) — the rule withdrawn
    // here, narrowed to a clause opening on this year or on the thing now done, with nothing lacking, asked for or made others do
    // in it: this corpus's nineteen false credits stay refused, and n33, n34 (上年度…未…，今年…) are right
    expect(wrong.sort()).toEqual(['a01_legal_adviser', 'a02_legal_adviser', 'b06_specificity', 'd07_major_decision_procedure', 'n14_power_list', 'n16_normative_doc_review', 'n20_duty_assessment', 'n21_duty_assessment', 'n23_annual_plan', 'n31_legal_adviser', 'n32_leading_group', 'n35_review_litigation', 'n40_leading_group']);
  }, 240_000);

  it('fixes of blind sets 51 and 52 (red team 29): the 尊法学法守法用法 slogan, mediation rooms and 专班 as carriers, 之所以, named laws publicised (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes52', 0, 'normalized', 54, true);
    // first run: 39 wrong of 54, 24 of them broken by the sets' first fixes: 专班 anywhere after a quoted campaign
    // (“两违”, “扫黑除恶”, “疫情防控” …) and quoted standard names (“警民联调室”) made brands; a law cited as the ground of
    // enforcement (依据《广告法》…虚假宣传, 宣传横幅, 宣传橱窗) or a county's 《…办法》 made publicity; 之所以 explaining a
    // success or why problems are listed made a cause; the slogan refused in one order only. Reworked: carriers of joint
    // mediation and 服务专班/服务团 only right after the quote; the law not after 依据/按照…, 宣传 not after 虚假/夸大… nor
    // before 广告/横幅/橱窗/阵地…; 之所以 only with a cause clause (是/在于/源于…) and not of success; the slogan in any
    // order or with 、, and 学法用法示范户, refused by the term. Left: a 中心组 study on the slogan's theme is partial (L06,
    // the checker wants met), 尊法学法专题讲座 (L07), a “…”专项工作组 as a brand (S14)
    expect(wrong.sort()).toEqual(['L06_slogan_as_topic_of_real_study', 'L07_lecture_named_by_slogan', 'S14_task_group']);
  }, 240_000);

  it('fixes of blind set 49 (red team 28): titles ending on next year\'s plan, parts on earlier problems rectified (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes49', 0, 'normalized', 60, true);
    // first run: 41 wrong of 60 (the engine of blind set 49's first fixes). Four false −5: a title naming only the plan's
    // year (…情况及2025年工作打算) or the plan's year before a rule-of-law word (…及2024年依法行政工作思路) gave it as the report
    // year; titles broken over two lines, 以及, 设想/谋划 not read; earlier problems rectified in other words (整改到位情况,
    // 查摆的主要问题整改情况, 短板弱项整改推进情况 …) left as shortcomings and 存在的问题及整改情况 (this year's) taken as work done;
    // 整改不到位的问题 no part; 整改措施 after the problems read as work done; a lead 对照去年存在的短板，重点做了以下工作： opening
    // shortcomings; 2023年法治政府建设情况和存在问题 as the first part turning all the work into shortcomings (total 25).
    // Reworked: a plan tail's years are the plan's (planTailStart); two-line and wider plan tails; 党委、政府 in a title is the
    // government; achievements by an earlier or outside qualifier before the problem and 整改; 整改不到位 shortcomings; 整改措施
    // plans at top level; 做了以下… solving; 建设情况 before 和/及 the work. Left: a sidebar link in the new title form above the
    // township's own title is taken as the title (t20: the unit comes out as the link's county)
    expect(wrong.sort()).toEqual(['t20_unit']);
  }, 240_000);

  it('fixes of blind set 48 (red team 27): 为 before another place, a review before the deciding meeting, years inferred from the 落款 (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes48', 0, 'normalized', 70, true);
    // first run: 29 wrong of 70. Eight false −10: 为 + a real place + a development word had been made a strong mission
    // frame (为水口乡群众提供法律咨询 by a 中心司法所, a 人民法庭 on circuit, a merged township, a 片区's lead town, pairing
    // programmes, a 共享法庭, a 跨市通办 window); four false −3: a preamble opening on a background year (2021年，…被确定为…)
    // read as the year reported on in a report signed two years later; a review "before the meeting" matched 会前学法,
    // 开标会, 签约会, 会计, 会签. Reworked: 为 is a serve frame (serveFrame: a place-like name the gazetteer lacks is
    // suspected, nothing is strong), a body year two or more before the 落款's is not stated, the decision-step change
    // withdrawn (criteria.md: contract review is normative work). Left (26): a residue after 为 with 的/人民群众/各族群众/
    // 乡村振兴 between (w_f03–w_f05, w_f16: not even suspected), the red team's reading that a review before the deciding
    // meeting is a decision step (d_c01, d_c02, d_m01–d_m06; the set-48 assessor's call, withdrawn), a 规范性文件 review
    // credited through 重大事项 in its sentence (d_f05, an older rule), 2024年是…关键一年 before 上一年度 (y_27), and twelve
    // residues on real places after 为 only suspected, no points (w_f01, w_f02, w_f06–w_f15: 为 serves neighbours too)
    // session 37: the genre's closing formula after 为 (X法治政府建设提供…保障, and a wider form with the unit's field between)
    // made strong, which read w_f02–w_f16 right, was withdrawn after red teams 68–70: partners served on purpose in that shape
    // session 41: a place served whole (为X经济社会…发展) is deducted with no partnership or aid word in the sentence (blind sets
    // 129, 133 and this set's assessor) — w_f01, w_f08–w_f11, w_f13, w_f14 now right
    // session 42: w_f02, w_f12 right (为X镇高质量发展提供…保障: the place served whole in another shape), w_f03 right (的 after the name)
    expect(wrong.sort()).toEqual(['d_c01_control_huiqian', 'd_c02_control_hou', 'd_f05_gfxwj_zhongda', 'd_m01_comma', 'd_m02_shenyi_qian', 'd_m03_hou_comma', 'd_m04_budeshanghui', 'd_m05_xianshen', 'd_m06_jueding_qian', 'w_f04_renmin', 'w_f05_gezu', 'w_f06_jiakuai', 'w_f07_fazhi', 'w_f15_lingdao', 'w_f16_xiangcun', 'y_27_next_year_lead']);
  }, 240_000);

  it('fixes of blind set 47 (red team 26): pasted tables, link rows after the 落款, cause headings, 调解法 brands, 和县 after a conjunction (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes47', 0, 'normalized', 91, true);
    // first run: 32 wrong of 91 (three weak: suspected where deducted). Four false −10: 《…》和县党政… (the conjunction
    // rule stopped at 县委/县政府) and a link row after the 落款 naming sites of other places (和县人民政府网 | …); a 落款
    // date spaced out by Word read as a table row (a late one missed); a 原因分析 heading over nothing, a plan, the
    // problems again or a bare label earning causes; “三治融合”, “诉调对接”, “网格化” … before 调解模式 and “人民调解法” in
    // quotes taken as local brands; next year's columns in Chinese numerals or 明年拟办 counted. Reworked: the unit's
    // other organs after the conjunction (党政, 人大, 政协, 县城, 县乡两级 …); link rows furniture anywhere; spaced dates
    // and lone-character cells no table; an issuer, its seal mark and the date on one line a 落款; a cause part must say
    // something of its own (sections `content`), a label must be followed by an explanation; national models generic;
    // later-year and 明年/拟 columns no outcomes. Left (13): a real 和县 or 忠县 named where a one-character county is not
    // tried (after 推动, 法治, at a clause's start without its organs: w11, w13–w16, missed or only suspected — w12's 在和县委、县政府的
    // 领导下 deducted since session 53, the organs saying 和 is a county), X县县委 for any
    // county (w23), a top-level 问题产生的原因 over a bare list (c11, debatable), a row of bodies after a late 落款 (l10,
    // as before the change), a blank 备注 column and 场次 headers (t04, t05), a table after a plan lead and a target
    // column by the row's label (t10, t18)
    expect(wrong.sort()).toEqual(['c11_toplevel_cause_heading_bare', 'l10_bodies_row_after_late', 't04_box_bars_remark', 't05_spaces_units_outside_list', 't10_table_after_plan_lead', 't18_target_label_table_plain_heading', 'w11_hexian_subject', 'w13_hexian_mission', 'w14_zhongxian_mission', 'w15_hexian_clause', 'w16_hexian_goal', 'w23_two_char_county_organs']);
  }, 240_000);

  it('fixes of blind set 46 (red team 25): table figures for their header, titles and parties no residue, unheaded plans (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes43', 0, 'normalized', 79, true);
    // first run: 36 wrong of 81 (the two 〔计入〕 display cases are not pinned: figures under a unit header show bare, 12 not
    // 12件). Seven false −10: titles striven for (创建省级文明镇, 创建全省森林城镇: 林城镇 cut out of a word), a dispute's other
    // party named earlier in the same sentence, a neighbour taking part (参会, 派员参加) or acted towards (向…移送); seven
    // unheaded plans (新的一年，我们将…, 下阶段，…, 同时，镇政府将…, 2025年一季度前，…, 2025年重点做好以下工作：…) and two plans
    // headings (对策措施, 改进措施) credited; a header lending any figure to any term, task and next-year columns counted.
    // Reworked: TITLE_LEAD, introducedIn, OTHER_BODY_PART/TOWARDS_OTHER; plan times and the unit's organs with 将, next
    // year's deadline or agenda; a figure lent only under the term's column or the table's subject, 任务/安排 and later
    // years no outcomes, a caption names its table. Left: two pasted captions of another town or year (a19, a20), a table
    // after a plan lead inside the achievements (a06), a 复议 count beside 调解 words (d01), cells split by spaces or |,
    // empty cells, units in a caption, two-column tables and a caption term over a header without units (a10–a16).
    // Since set 47 (session 20) cells split by spaces or | are read (a12, a13)
    expect(wrong.sort()).toEqual(['a06_fault_table_after_xiayibu_lead', 'a10_legit_units_in_caption', 'a11_legit_two_column_table', 'a14_legit_empty_corner_cell', 'a15_legit_empty_cell_mid_table', 'a16_legit_term_in_caption', 'a19_fault_caption_other_town', 'a20_fault_caption_other_year', 'd01_fault_count_of_review_cases']);
  }, 240_000);

  it('fixes of blind set 37 (red team 21): headings in 【】, the preamble and the first duty, rare names in a mission frame (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes37', 0, 'normalized', 71, true);
    // first run: 31 wrong (2 of 38 legitimate, 29 of 33 traps; 22 from the set-37 changes): 【一、…】 running into its body
    // on one line took the first sentence for the heading (sections turned into problems, plans, a first-duty part, a
    // wrong year); a quote a wrapped line began with became a heading; the closing 】 hid 意见建议 and …职责情况 from the
    // kind patterns; the preamble read for the first duty credited titles, 《规定》, boilerplate, 党建's 第一责任人 and
    // plans; 农业大镇, 产粮大县, 民族地区 suspected. Reworked: a bracketed heading only on a line of its own, read without its
    // bracket; the preamble no longer read (set 37's 01 a split kept); no mission-frame suspicion for stems with 大 or 地.
    // Left: a run-in bracketed report read as one body, as before (B09); two older (B12 a footnote hiding the date, B16 an
    // unnumbered bracketed first-duty title); the preamble's substantive duty (P07, P13: this red team wants partial);
    // pasted towns in a mission frame only suspected (M01, M02, M17, M18, M27) and a 街道 not reached (M13); and since session
    // 29 M29: its invented county 嶂兴县 is no longer placed in 山西's 兴县 by its tail, so the real 长兴县 in its mission frame
    // is suspected (unit_not_located) instead of deducted — it had been right for a wrong reason. Since session 50 B09: a run-in
    // 【存在的问题】 or 【下一步打算】 label opens that part (section-kinds.ts labelKind; blind set 252)
    expect(wrong.sort()).toEqual(['B12', 'B16', 'M01', 'M02', 'M13', 'M17', 'M18', 'M27', 'M29', 'P07', 'P13']);
  }, 240_000);

  it('fixes of blind sets 38 and 39 (red team 22): 山/林 names as subjects, 争议 beside review, 责任制 without 法治, the group\'s 主任 (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes38', 0, 'normalized', 70);
    // first run: 54 wrong. The 山/林 name let through the level-word rule took the ordinary path, where a subject made a
    // real stem (眉山, 嵛山, 石山区 in a county) a −10, and the organs speaking (岧山街道党工委…) were still dropped; the 争议
    // guard was a 30-character bag of words across commas (行政村, 行政执法, 非诉讼, 减少诉讼 lost real mediation) while
    // 行政纠纷 stayed credited; 法治督察, 法治责任, 依法履职 were no supervision of the duty and 安全生产第一责任人 was; 正、副主任
    // and 依法治县委主任 were no chair and a 调委会's 主任 was. Reworked: a township's 山/林 name is read on but suspected at most
    // (unless it signs the 落款 or its organs speak), on-purpose words (积极配合, 会同, 考察, 示范镇, 被评为); the guard within
    // its clause or 8 characters, 行政 only right before, 起诉/撤诉 before; the duty terms widened and narrowed; the 主任
    // forms. Left: names the gazetteer lacks only suspected, as everywhere (W22-24, W30); a three-character stem (W25);
    // review's 官民矛盾 and a 复议 far away (M22, M23); 普法责任制 (D07, debatable); flood-control 督导 before a 法治建设
    // sentence (D24, older: the neighbouring-sentence window); a chair in an apposition or 挂帅 (G03, G04); 为主任 of
    // another body and a 法制工作委员会主任 (G22, G24)
    expect(wrong.sort()).toEqual(['d24_neighbour_sentence', 'g03_colon_list', 'g04_guashuai', 'g22_wei_zhuren_other', 'g24_npc_committee_heads', 'm22_review_contradictions', 'm23_review_far', 'w22_guanchuan_work', 'w23_under_leadership', 'w24_closing_signed_other', 'w25_threechar_stem', 'w30_realstem_residue']);
  }, 240_000);

  it('fix of blind set 40 (red team 23): a list or discourse lead before the unit\'s own organs names no unit (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes40', 0, 'normalized', 36);
    // first run: 27 wrong — 16 false −10 on leads outside the exact list (特别是镇党委…, 其次是乡党委…, 二是由镇党委…, 多年来镇
    // 党委…, 汛前镇政府…, 首先要镇党委…, 三则县委、县政府…: the two characters before 镇 taken for an invented town speaking),
    // real towns named like a lead (三要镇, 第三街道) never flagged, residue after a lead (一是X镇, 同时X镇, 多年来，X镇) missed.
    // Reworked: a township's speaking name may not hold grammar or time characters either (NOT_IN_NAME, as a county's),
    // a list or discourse lead may stand before it (HEAD_LEAD_RE), the list-lead stem only for names the gazetteer lacks.
    // The residue told otherwise, left at the change, mended in session 18: 同时/同样/同比/同期 are no 'with' (a26),
    // 十分/非常重视 and 对…重视 are the organs speaking (a29, a30), 党政主要负责人 is an organ (a32), and
    // 在X镇党委、政府的领导下 names another township's leadership, a suspicion at least (a31)
    expect(wrong.sort()).toEqual([]);
  }, 240_000);

  it('fixes of blind set 36 (red team 20): attachments after the 落款 read by their title, the 落款 above them, table rows, 当事人, 说理堂 (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes36', 0, 'normalized', 85, true);
    // first run: 51 wrong (24 of 51 legitimate, 27 of 34 traps): only the first attachment's title read; results words
    // (完成情况, 情况表, 明细, 一览表, 成果, 成效) over targets, budgets, task lists and schemes; years in Chinese numerals and
    // 上年度 taken for the report's; a cut-off date read as next year; a title alone credited; an attachment's own date
    // (a notice's, a 填报 date) taken for an undated 落款's and deducted; a figure cell over its unit (26 | 名执法人员…)
    // dropped; 听证 on a licence or a review and 陈述申辩 of 利害关系人 as public participation; 征求行政相对人意见 lost; figures
    // of speech (“贴心和事佬”) and a TV show as brands. Reworked: only a figures table of the report year is achievements
    // (forms, templates, task and completion tables stay in the closing, as red team 14 required), each attachment read
    // by its own title, a title line a heading, the report's 落款 before the attachment's first line, a figure joined to
    // its unit's cell. Left by design: task-completion tables, 典型案例, 大事记, 总结, a table before the 落款 or without its
    // 附件 mark — legitimate but unread; the county's figures in a town's report (T03) and T13 (older: a plan's adviser) — traps.
    // (An attached first-duty part, A19, is its own section since blind set 71; another town's brand seen on a visit, 观摩学习
    // …“石榴籽说理堂”, S04, is no carrier of the unit's since red team 84's programmes attended.)
    expect(wrong.sort()).toEqual(['A01a', 'A03', 'A10', 'A10b', 'A12', 'A13', 'A14', 'A15', 'A18', 'A22', 'A24', 'T03', 'T13']);
  }, 240_000);

  it('fixes of blind set 34 (red team 19): another body of the county as a clause\'s subject in a department\'s report (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes34', 0, 'normalized', 61, true);
    // first run: 37 wrong (17 of 33 legitimate: the department's own centres and courts of arbitration refused, a
    // body's name run over 联合/会同 into the next body's, the department leading first or retaking the subject by its
    // short name unseen, offices named …办公室; 20 of 28 traps: time leads without a comma, the county's full name,
    // verbs outside a closed list, 办公室/政法委/courts' chambers, 人力资源和社会保障局's 和). Reworked: the body as the
    // clause's subject whatever verb follows, only bureaus, offices, courts, procuratorates, 政法委/纪委/编委 (never a
    // 中心/院/所/队, as often the department's own), the department named before, with it or after it. Left (by design):
    // another body's 中心 (T07, T26) and a township crediting the county's bureau (C04: townships are not in this rule)
    expect(wrong).toEqual(['T07_rsj_gov_service_center', 'T26_rsj_comprehensive_center', 'C04_town_petition']);
  }, 240_000);

  it('fixes of blind set 33 and a new flag (red team 18): public participation, enforcement assessments, pasted 街道, format_mismatch (the ones left named)', async () => {
    const { rows, wrong } = await wrongIds('fixes33', 0, 'normalized', 78, true);
    // first run: 37 wrong — public participation a blacklist (named bureaus, 副县长, 人力资源和社会保障局's 社会, 党委委员,
    // 征求意见稿 read as the public) missing 问需于民, 征询, 公开征集, forums, questionnaires and 恳谈会; enforcement
    // assessments in other words missed and the unit's own ranking by a superior credited; the pasted-街道 suspicion
    // narrow (no 把, no 过去的一年里) and raised on models, hosts and comparisons; an IE-saved page, a CMS fragment and a
    // .docx named .htm not read as what they are. Reworked (a whitelist of the public with guards; 执法…考评/考核 with the
    // superior's assessment and yardsticks kept out, a draft waiting for adoption as intent; the subject route guarded
    // like the organs-speaking one; pages found after a comment or as fragments; page names over Word files read by
    // content). Left: a county's sentence-wide co-occurrences (…纳入考核，依法查处…: older), rare stems jieba calls no
    // name (嶰泾, 嵝口) and a three-character invented 街道 (not suspected), a real 新街口街道 only suspected (街口 is no
    // name part); a title-only unit cut to a real township inside it (鄦口镇 → 口镇) is read whole since session 15
    // session 35: 42_w_real3 (新街口街道深入学习贯彻…, a real 街道 heading its sentence) deducted: such names are subjects now (blind set 97)
    expect(wrong).toEqual(['30_d_jiegan', '34_d_jiaoshi', '36_w_resid_jing', '37_w_resid_kou', '38_w_resid3']);
    expect([...rows.values()].filter((x) => x.error)).toEqual([]);
  }, 240_000);

  it('fixes of blind set 32 (red team 17): 调解 inside 协调解决, disputes settled in other words, a 落款 dated by month alone (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes32', 0, 'normalized', 39, true);
    // first run: 30 wrong (15 of 23 legitimate, 15 of 16 traps): disputes settled in other words missed (排查化解…起,
    // 化解…争议, the count before 得到化解, 协调解决…矛盾), controversies and conflicts of time read as disputes (争议较大的问题,
    // 工学矛盾), unsettled disputes counted, 强调解放 as 调解; a month-only date joined to a long issuer line above it,
    // and a task table's month cell taken as the 落款 date. Reworked (mediation lexicon; a month alone only right under a
    // signing body at the end with no full date near; normalize keeps a month line apart). Left: 诉源治理 (older, arguable),
    // the slogan …化解矛盾纠纷 beside a count and an adviser's 处理合同纠纷 (older), an issuer and a month on one line, a
    // （盖章） line under the month, 2025.03, and an attachment's date taken when the 落款 has none (older). Right since session 54: the
    // （盖章） line (a 版记's seal mark is a trailer — blind set 308) and the attachment's full date (an attachment printed under its 附件
    // line and signed by another body — red team 108's r1_02)
    expect(wrong).toEqual(['med_suyuan_count', 'med_suyuan_mention', 'med_trap_slogan_maodunjiufen', 'med_trap_lawyer_contract', 'date_inline_month', 'date_inline_month_late', 'date_numeric_month', 'date_trap_undated_attach_plan']);
  }, 240_000);

  it('fixes of blind sets 30 and 31 (red team 16): 意见建议 headings, next year\'s plan sentences, the unit from the 落款, petitions in other words (the one left named)', async () => {
    const { wrong } = await wrongIds('fixes31', 0, 'normalized', 60, true);
    // first run: 42 wrong (28 of 45 legitimate, 14 of 15 traps). Reworked: an advice part is named by its whole heading
    // (四、意见建议, 建议和意见, 工作建议, 对…的意见建议; a gathered or handled 意见建议 anywhere else is not), a next-year plan
    // sentence takes any subject and time within the year but not 将 as 把, 要求/拟定 or work told as done, and its
    // carry ends at a sentence telling this year's work; a 落款 of 委员会/管委会 at the self-name's level is the unit, and
    // 镇党委/县委 + government on one line signs for the government; petitions: 首信首访, rates (降幅达三成, 减少一半,
    // 压减两成) with no other subject between, 上访 that did not happen in other words, 无理/零星/线上访谈/来访考察 kept
    // apart. Left (older): 2025年1月，我局将年报在网站公开发布 is intent (将 + 在…发布 is not among the 把 verbs)
    expect(wrong).toEqual(['Y17']);
  }, 240_000);

  it('fixes of blind set 29 (red team 15): 会前学法, first-duty headings, firms named by place, 来访 counts, footers, lost headings (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes29', 0, 'normalized', 87, true);
    // first run: 68 wrong (45 of 54 legitimate; 31 of them wrong before set 29's fixes too — other frequency and
    // first-duty wordings, footers). Reworked: frequencies in other words (每会必学, 逢常务会必学, 每次…会议前, 月月学,
    // 按月, 双周); first-duty headings naming 法治 before the person or after a comma, 主要领导, or the duty a few words on;
    // 来信、来访 and a count 30 characters after 信访; firm names no longer cut at 县城/县里; screen advice only with a
    // screen size or 浏览; a footer's label with its mark (版权执法：…, 技术支持方面，… are body lines); lost headings not
    // where the next line goes on with a count (12次，…) nor in a report numbered 一．. Left, legitimate (all older):
    // a count far from 信访 (初信初访 counts, 信访…下降两成 and 上访 as petitions
    // mentioned: fixed in session 14); 尊法学法 in a sentence hiding its study (t46) is right since red team 29 (the
    // slogan is refused by the term, not the sentence). Traps left: other footers, firms
    // by level or place (县级, 州内, 旗内 …), bare 每年/季度, a safety 第一责任人 heading, a run-in heading read past its colon
    const legit = ['t05_sd_yihui__leader_study_law', 't09_zj_qu__leader_study_law', 't38_petition_far__petition_rule_of_law'];
    expect(wrong.filter((id) => legit.includes(id))).toEqual(legit);
    expect(wrong.filter((id) => !legit.includes(id))).toEqual(['t02_sc_meihui__specificity', 't06_gz_yueyue__specificity', 't11_zj_meinian__leader_study_law', 't11_zj_meinian__specificity', 't12_nm_jidu__leader_study_law', 't12_nm_jidu__specificity', 't13_hb_changtai__specificity', 't15_ah_meiyue__leader_study_law', 't16_jx_shortfall__specificity', 't17_fj_planduty__specificity', 't18_hb_safety__struct_first_duty', 't18_hb_safety__specificity', 't19_gx_runin__struct_first_duty', 't23_footer_ipv6__report_metadata', 't24_footer_weihu__late_report', 't25_footer_dianhua__report_metadata', 't26_footer_shouye__late_report', 't27_footer_fangwen__report_metadata', 't28_footer_xianshiqi__report_metadata', 't29_footer_zhaocuo__report_metadata', 't49_erjidu__leader_study_law', 't50_xianji_firm__specificity']);
  }, 240_000);

  it('fixes of blind set 28 (red team 14): attachments after the 落款, site footers, lost headings (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes28', 0, 'normalized', 61, true);
    // first run: 47 wrong (28 of 38 legitimate): an attached 完成情况表/台账/总结 read as work credited rows marked
    // 未完成/推进中, blank forms, next year's 台账 and older 总结 (the rule was withdrawn: attachments after the 落款 earn
    // nothing, as before — assessors credit a genuine 完成情况表, sets 28's 05 stays a disagreement); 联系电话：/联系方式：
    // and browser lines dropped from the body (now only screen-resolution advice is furniture anywhere; contact lines and
    // other site footers — 网站地图, 手机版, visitor counters, 版权所有, 扫一扫, 浏览器 — only after the 落款); three stray
    // breaks in a numbered report read as lost headings (now only in a report without any numbered heading); a document
    // list titled …工作情况相关材料 read as items of work (a10, older: now a list). Left, legitimate: a genuine attached
    // completion table (a13: the withdrawn rule's own case; the first-duty attachment, a14, is its own section since blind
    // set 71). Traps left: the withdrawn rule's cases (附件 alone on its line, 附件1, 附表, 台账, 大事记, 落实/推进/开展情况, 述法报告 …)
    expect(wrong.filter((id) => id.startsWith('a'))).toEqual(['a13_genuine_table_adviser']);
    expect(wrong.filter((id) => id.startsWith('t'))).toEqual(['t01_gbt_bare_fujian_adviser', 't02_fujian1_power_list', 't03_fubiao_luoshi_review', 't04_yaodian_completion_three_systems', 't05_taizhang_mediation', 't07_dashiji_leading_group',
      't08_plan_completion_power_list', 't09_shufa_study', 't10_kaizhan_services', 't11_table_stale', 't12_colon_title_next_openness', 't13_tuijin_petition', 't14_duty_list_luoshi_first_duty']);
    expect(wrong.filter((id) => !/^[at]/.test(id))).toEqual([]);
  }, 240_000);

  it('fixes of blind set 27 (red team 13): lost headings, pledges, 一批 before 信访, counts near their meetings, bracketed table units, counties as subjects (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes27', 0, 'normalized', 70, true);
    // first run: 64 wrong (37 of 43 legitimate): a −10 on every other county named as its sentence's subject (a former
    // name, 原X县, partners, a peer, history, 如X县 — the rule was withdrawn: such a sentence is a suspicion, as before),
    // concrete one-paragraph plans taken for pledges (withdrawn: which closing is a plan stays the assessors' split),
    // sentences broken once by a stray line end left apart (now only in a report with three or more such lines), real
    // counts after 有 or after their noun refused, counts far from the first meeting phrase refused (now any meeting
    // phrase, 40 characters, one comma). Left, legitimate: 信访 with a rate in words (c3_l03, older), 听取…汇报 counted
    // (c4_l05, older), a table whose first column is last year's (c5_l01, c5_l02: the first figure is taken). Traps
    // left: the withdrawn rules' faults, other articles and non-counts (一起, 一次性, 一人一档 …), counts of other work
    // within reach of a meeting phrase, table units elsewhere (（单位：人）, the header row, 12,500)
    // session 41: c3_t06 now right (法治轨道 read only near 信访)
    expect(wrong.filter((id) => /_l\d/.test(id))).toEqual(['c3_l03_rate_in_words', 'c4_l05_heard_reports', 'c5_l01_last_year_first_dash', 'c5_l02_zero_first_column']);
    expect(wrong.filter((id) => /_t\d/.test(id))).toEqual(['c1_t01_long_heading_joined', 'c1_t02_heading_short_body', 'c2_t01_pledge_new_feat', 'c2_t02_pledge_with_service', 'c2_t03_long_pledge', 'c2_t04_pledge_then_formula', 'c2_t05_two_sentence_pledge',
      'c3_t01_together', 'c3_t02_once', 'c3_t03_one_per_person', 'c3_t04_one_big_matter', 'c3_t05_reduplicated', 'c4_t01_count_of_other', 'c4_t02_hearing_trial', 'c4_t03_count_before_other',
      'c5_t01_unit_with_label', 'c5_t03_thousands', 'c5_t04_unit_in_header', 'c6_t01_organs_no_comma', 'c6_t02_after_lead_clause', 'c6_t03_verb_not_listed', 'c6_t04_autonomous_pasted', 'c6_t05_guard_word_incidental', 'c6_t06_verb_zai', 'c6_t07_guard_zuofa']);
  }, 240_000);

  it('fixes of blind set 26 (red team 12): a named plan as a decision, another county\'s organs speaking (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes26', 0, 'normalized', 46, true);
    // first run: 37 wrong (18 of 24 legitimate: banners' short forms 科左中旗/土左旗 read as other counties, partners,
    // mergers, visits and models deducted, yearly 实施方案 and internal plans taken for decisions). Left, legitimate:
    // 涉及群众切身利益 as context for penalty cases (a_legit_10, older); a_legit_09 (a plan's context lent to the next
    // sentence's penalty 听证会) right since red team 20: a hearing on a penalty, licence or review is no public participation. Traps left: decisions told without a decision word or a named plan
    // (征收补偿方案, 水价调整 …; 重大项目 with the five steps enumerated right since session 32), residues in other wordings (在区委、区政府的正确领导下 — 发改委 for the full name
    // is caught since blind set 82 taught countySpeaks the unit's short forms —,
    // 委县政府, 领导班子/党组 before the verb; 过去的一年 read since red team 18, 坚决 since red team 24), a real district pasted with the unit's bureau, a 落款 signed
    // by another bureau the gazetteer lacks — precision first: a false −10 costs more than any criterion earns
    expect(wrong.filter((id) => id.includes('_legit_'))).toEqual(['a_legit_10_qieshen_liyi_enforcement']);
    // (session 48: a_trap_01 right — an expropriation compensation scheme with a risk assessment or a collective decision is a decision's
    // context)
    // (session 53: b_trap_09 right — a real district's bureau pasted with its 纠纷 handled is no dispute between the two places)
    expect(wrong.filter((id) => id.includes('_trap_')).sort()).toEqual(['a_trap_02_water_price', 'a_trap_06_approve_plan', 'a_trap_07_subsidy_standard', 'a_trap_09_steps_two_sentences_on', 'a_trap_10_school_layout',
      'b_trap_01_zai_lead', 'b_trap_03_wei_xianzhengfu_no_comma', 'b_trap_04_edu_leading_team', 'b_trap_07_gov_party_group', 'b_trap_11_main_leaders', 'b_trap_12_closing_signed']);
  }, 240_000);
  it('fixes of blind set 25 (red team 11): plan-only headings, attachment lists, staffing causes, organs speaking, last year\'s tally (the ones left named)', async () => {
    const { wrong } = await wrongIds('fixes25', 0, 'normalized', 74, true);
    // first run: 58 wrong (20 of 33 legitimate, every one caused by the change). Left: r1_L5 (将 as 把 before 化解在:
    // mediation partial, older); a plan-only body the rules do not reach — a future use (建成后，可为…), sub-items all
    // plans, 尚未启动 (r1_T4–T6); 附件说明 before the 落款 (r2_T5); 仅有1名…非法律专业 as a cause (r3_T5); ×城街道 and
    // 在X党委…领导下 (r4_T2, r4_T5); a tally split over two sentences, a station as the subject, 整改 in a tally (r5_T4, T5, T7)
    // (r1_L6, 全县将42个部门的权责清单在县政府门户网站集中公布, wrong since red team 43's round: its heading 推行权责清单制度 had
    // made power_list met, and a heading naming the list is partial now; the body's 将 is read as intent, as it was before)
    // session 41: r2_T5 now right (an attachment note above the 落款 is the closing's); session 48: r5_T5 right (the township's own organ
    // opening last year's tally, 2023年，镇司法所共…)
    expect(wrong).toEqual(['r1_L5_we_jiang_huajie_zai', 'r1_L6_quanxian_jiang_gongbu', 'r1_T4_future_capability', 'r1_T5_subitems_all_plans', 'r1_T6_shangwei_qidong', 'r3_T5_only_one_staff', 'r4_T2_cheng_jiedao', 'r4_T5_zai_lingdao_xia', 'r5_T4_split_tally', 'r5_T7_zhenggai_background']);
  }, 240_000);  it('deductions: no legitimate report is deducted; every fault is deducted', () => {
    const rows = scored('deductions');
    const cases: Array<{ id: string; kind: 'legit' | 'fault'; target: string }> = JSON.parse(readFileSync(join(DIR, 'deductions.cases.json'), 'utf8'));
    expect(rows.size).toBe(cases.length);
    const falseDeductions = cases.filter((c) => c.kind === 'legit' && rows.get(c.id)!.deductions.length).map((c) => [c.id, rows.get(c.id)!.deductions.map((d) => d.id)]);
    expect(falseDeductions).toEqual([]);
    const notDeducted = cases.filter((c) => c.kind === 'fault' && !rows.get(c.id)!.deductions.some((d) => d.id === c.target));
    // (session 41: gf13, 贯穿X镇工作全过程 with a sibling whose stem is no word, is deducted now — new user 42's residue; session 53: gf03,
    // another county's 县委、县政府 heading its sentence, its stem no word a name tagger knows — blind set 293's shape)
    expect(notDeducted.map((c) => [c.id, rows.get(c.id)!.suspected.map((d) => d.id)])).toEqual([]);
  });
  it('department field: the legitimate sentences are neither deducted nor suspected; residue is suspected or, pushed to an outcome after a frame, deducted; a pasted 县委、县政府 deducted', () => {
    const rows = scored('department-field');
    const legit = [...rows].filter(([id]) => id.startsWith('f'));
    expect(legit.length).toBe(33);
    expect(legit.filter(([, r]) => r.deductions.length || r.suspected.length).map(([id]) => id)).toEqual([]);
    expect(rows.get('r02_res_work')!.suspected.map((d) => d.id)).toEqual(['wrong_unit_name']);
    // (session 44: the unit's field pushed to an outcome under another county after a mission frame — 推动砀山县教育高质量发展,
    // 推动包河区退役军人工作提质增效 — is deducted, as blind set 172's 推动霍山县医保基金监管工作走在全市前列 was by its assessor)
    for (const id of ['r01_res_frame', 'r10_res_tyjr_work']) expect(rows.get(id)!.deductions.map((d) => d.id), id).toEqual(['wrong_unit_name']);
    expect(rows.get('g12_res_xianwei')!.deductions.map((d) => d.id)).toEqual(['wrong_unit_name']);
  });
  it('actors: the unit\'s own work is kept, others\' work, orders, quoted rules and unfinished work earn nothing (the ones left named)', () => {
    const rows = scored('actors');
    const cases: Array<{ id: string; kind: 'legit' | 'trap' | 'control'; unit: string; target: string; expected: string }> = JSON.parse(readFileSync(join(DIR, 'actors.cases.json'), 'utf8'));
    expect(cases.length).toBe(98);
    const rank: Record<string, number> = { unmet: 0, partial: 1, met: 2 };
    const outcome = (id: string, c: string) => (rows.get(id)!.criteria[c] as unknown as { outcome: string }).outcome;
    const refused = cases.filter((c) => c.kind !== 'trap' && rank[outcome(`${c.id}_${c.unit}`, c.target)] < rank[c.expected]).map((c) => c.id);
    const credited = cases.filter((c) => c.kind === 'trap' && rank[outcome(`${c.id}_${c.unit}`, c.target)] > rank[outcome(`B_${c.unit}`, c.target)]).map((c) => c.id);
    // (L12 right since session 55: 县委依法治县办印发通知，要求…述法，全年组织现场述法32人 in the 司法局 that hosts the office — the order ends
    // where the unit's own year opens a clause, red team 113)
    expect(refused).toEqual([]);
    // left: an order told in a speech (T08), 由县法律援助中心为辖区… (T11: 辖区 is also the unit's own community's word),
    // 依据《…》 over 各执法部门必须 (T25), a rule paraphrased without 《》 (T29), 正在推进…建设 (T32); a bureau training
    // the unit's staff (T21: 县司法局派员到局开展…培训 in the 人社局's report) is refused since blind set 34 (another body of the
    // county opening its clause in a department's report)
    expect(credited).toEqual(['T08', 'T11', 'T25', 'T29', 'T32']);
  });
  it('genre: structures seen in published reports, in the checker\'s own words — the unit\'s own work kept (the ones left named)', () => {
    const rows = scored('genre');
    const cases: Array<{ id: string; unit_file: string; kind: 'legit' | 'trap'; target: string; expected: string }> = JSON.parse(readFileSync(join(DIR, 'genre.cases.json'), 'utf8'));
    expect(cases.length).toBe(51);
    const rank: Record<string, number> = { unmet: 0, partial: 1, met: 2 };
    const outcome = (file: string, c: string) => (rows.get(file.replace(/\.txt$/, ''))!.criteria[c] as unknown as { outcome: string }).outcome;
    const base = (file: string) => `B_${file.split('_').slice(1).join('_')}`;
    const refused = cases.filter((c) => c.kind === 'legit' && rank[outcome(c.unit_file, c.target)] < rank[c.expected]).map((c) => c.id);
    const credited = cases.filter((c) => c.kind === 'trap' && rank[outcome(c.unit_file, c.target)] > rank[outcome(base(c.unit_file), c.target)]).map((c) => c.id);
    // R29: 县司法局对我局起草的文件进行了合法性审核 — the bureau's review of the unit's drafts, a judgement call
    expect(refused).toEqual(['R29']);
    // left: 已进入施工收尾阶段，计划…后启用 (T02), 市、区两级普法办在辖区… (T05)
    expect(credited).toEqual(['T02', 'T05']);
  });
  it('negation: no trap earns its criterion more than the baseline report does (n11 left, noted)', () => {
    const rows = scored('negation');
    const traps = readFileSync(join(DIR, 'negation.traps.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
    expect(traps.length).toBe(24);
    const base = rows.get('00_baseline')!;
    const credited = traps.filter(([id, crit]) => crit !== '-' && rows.get(id)!.criteria[crit].points > base.criteria[crit].points).map(([id]) => id);
    expect(credited).toEqual(['n11_qual']);
  });
  it('fixes of blind set 19 (red team 6): the legitimate texts kept and the traps caught, but the ones left named', () => {
    const rows = scored('fixes19');
    const cases: Array<{ id: string; file: string; kind: 'legit' | 'trap'; target: string; expected: string | string[] }> = JSON.parse(readFileSync(join(DIR, 'fixes19.cases.json'), 'utf8'));
    expect(cases.length).toBe(66);
    const wrong = (c: (typeof cases)[number]) => {
      const r = rows.get(c.file.replace(/\.txt$/, ''))! as Row & { criteria: Record<string, { outcome: string }> };
      if (c.target === 'wrong_unit_name') return r.deductions.some((d) => d.id === c.target) !== (c.expected === 'deducted');
      return !(Array.isArray(c.expected) ? c.expected : [c.expected]).includes(r.criteria[c.target].outcome);
    };
    // b2_01, b2_02: a count in the first column under a 人数/件数 header has no unit of its own (as before the session);
    // b5_02 since red team 43's round: its heading 推行权责清单制度 made power_list met; a heading naming the list is partial
    // now, and the body publishes 职权事项 in the sentence after the list's (待…统一公布 its intent)
    expect(cases.filter((c) => c.kind === 'legit' && wrong(c)).map((c) => c.id)).toEqual(['b2_01', 'b2_02', 'b5_02']);
    // left: a two-column list 1.⇥… is also Word's numbering (b2_06); a future 述职 with 下次…将专门 (b3_07); headings
    // naming the work whose body says it is unfinished in words that are not intent from their first character
    // (b5_05, b5_06, b5_08; since set 25 a heading over nothing but intent is intent too: b4_11, b5_07);
    // 把X县建设成为…示范县 (b6_05); a unit the gazetteer cannot place is never deducted, only suspected (b6_11)
    expect(cases.filter((c) => c.kind === 'trap' && wrong(c)).map((c) => c.id)).toEqual(['b2_06', 'b3_07', 'b5_05', 'b5_06', 'b5_08', 'b6_05', 'b6_11']);
  });
});
