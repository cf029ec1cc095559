/**
 * Blind-assessed reports (fixtures/assessed/): the engine keeps agreeing with assessors who never saw
 * it, cell by cell and on every deduction — a regression guard on kinds the seeds lack.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { rubricCli, tempDir } from './cli-helpers.js';
import { readFileSync } from 'node:fs';

/**
 * `minSpearman`: the rank correlation of totals wanted. Set 28's totals are five of six within 97–98.5 (one
 * cell reorders them: 0.82 with two cells apart); set 27 misses a −10 by design (a suspicion, below): 0.77; so does set 73,
 * whose suspected 乡 then ties with the report above it (60.5 each against the assessor’s 68.5 and 50.5): 0.899.
 */
// (set241: its two subtle residues missed, −10 each, move two reports up the ranking — left as misses, see its block)
// (set252: three thin township reports within 4 points of each other in the gold (41, 44.5, 45) trade places on half-point cells and
// the suspected 适中乡 residue — left as is, see its block)
// (set258: five long reports between 90 and 100 in the gold; the residue left (里水镇 named twice in its sentence) keeps 狮山镇 at the
// top instead of 90, which alone moves three ranks: 0.66)
// (set22: its 02's 以镇政府名义印发的其他公文均经合法性审核 read unmet by its assessor; since session 52 公文 reads as 文件 does — met, as eight
// of nine assessors read that shape and set 270's did for 公文 — which moves 02 past a report 2 points above it: 0.83)
// (set283: three reports within 4.5 points in the gold (50, 54, 54.5) — the engine reads 52.5, 52 and 55.5, a half-point cell each way
// (请律师 as retention, a power list only studied) reordering them: 0.83)
const MIN_SPEARMAN: Record<string, number> = { set22: 0.8, set27: 0.75, set28: 0.8, set73: 0.85, set241: 0.75, set252: 0.75, set258: 0.65, set283: 0.8 };
/** Every result row of a set's reports, scored afresh (results.jsonl, in file order). */
function scoredRows(dir: string) {
  const out = join(tempDir(), 'out');
  rubricCli(['score', dir, '--out', out, '--no-cache', '--format', 'jsonl', '--quiet']);
  return readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

const evalSet = (set: string) => {
  const dir = join(ROOT, 'fixtures', 'assessed', set);
  const r = rubricCli(['eval', '--gold', join(dir, 'gold.json'), '--corpus', dir, '--json', '--time-budget', '300']);
  expect(r.code).toBe(0);
  const e = JSON.parse(r.stdout);
  expect(e.reports).toBe(6);
  expect(e.failed).toEqual([]);
  expect(e.totals.spearman).toBeGreaterThanOrEqual(MIN_SPEARMAN[set] ?? 0.9);
  return { dir, e };
};

// set52 (a 区教育局 naming its own towns and schools, a 彝族自治县, a 镇 whose title has no year, whose causes say 之所以…主要是
// and whose 2025 plans have no heading, a 2020 county (“法护复工”服务专班), a short late 街道, a 水利局 .docx with Word-numbered
// sub-headings and a table) keeps its one deduction (late_report)
// set50 (a 司法局 reporting county-wide figures, Arabic-numbered headings, a tab table, a 2019 镇, a 苗族乡, a 2023 街道's
// 疫情防控 as that year's work: stale_content found) keeps its one deduction; left: 督促各站所依法履职 as a check of duty
// (partial; this assessor unmet, like set 49's on 同检查)
// set4's 柳湾乡党委、政府始终把… and set25's 鹞泾街道党工委始终把… name townships the gazetteer lacks with their organs
// speaking at the head of a sentence: deducted, as the assessors did (it was a suspicion before set 25)
// set57 (a 交通运输局 with a 下一步将… sentence midway, a 2022 镇 under 疫情防控 with no year in its title, a long 县级市 街道
// signed in 2026, a 2021 county quoting 2020 figures beside two 兄弟县, a weak 乡 signed late, a 医保局) keeps its late_report;
// the first-duty formula (重大问题亲自督办) had been read as supervision of the duty, and 未制发规范性文件，对以往印发的文件开展
// 专项清理 as no clean-up
describe.each(['set1', 'set2', 'set3', 'set4', 'set5', 'set6', 'set7', 'set8', 'set9', 'set11', 'set12', 'set13', 'set14', 'set16', 'set18', 'set21', 'set22', 'set25', 'set26', 'set28', 'set29', 'set32', 'set35', 'set39', 'set40', 'set41', 'set42', 'set45', 'set50', 'set52', 'set57', 'set62', 'set64', 'set65'])('blind-assessed %s', (set) => {
  it('agrees on at least 140 of 144 cells, finds every gold deduction and no other', () => {
    const { e } = evalSet(set);
    expect(e.agree).toBeGreaterThanOrEqual(140);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 0 });
  });
});

/**
 * A set whose gold deductions the engine makes, each on its report, and nothing else: at least `agree` cells; `byPrefix`, the
 * deduction ids of each report named by its file's prefix (the others none); no suspicion on any of the six. Returns the rows
 * by prefix, for what a set asks beside.
 */
function deductionsExactly(set: string, agree: number, byPrefix: Record<string, string[]>, suspectedByPrefix: Record<string, string[]> = {}) {
  const { dir, e } = evalSet(set);
  expect(e.agree).toBeGreaterThanOrEqual(agree);
  expect(e.deductions).toMatchObject({ tp: Object.values(byPrefix).flat().length, fp: 0, fn: 0 });
  const rows = scoredRows(dir);
  const byFile = (p: string) => rows.find((x) => x.file.startsWith(p));
  for (const [p, ids] of Object.entries(byPrefix)) expect(byFile(p).deductions.map((d: { id: string }) => d.id)).toEqual(ids);
  // suspicions only where named, by the words matched (a suspicion costs nothing, but one too many sends an assessor to a clean report)
  for (const f of ['01_', '02_', '03_', '04_', '05_', '06_']) expect([f, (byFile(f).suspected ?? []).map((d: { evidence: Array<{ match: string }> }) => d.evidence[0].match)]).toEqual([f, suspectedByPrefix[f] ?? []]);
  return byFile;
}
/**
 * A set's agreement (at least `agree` cells) and deduction counts checked; returns its scored rows by file prefix, for what
 * the set asks beside.
 */
function checkedSet(set: string, agree: number, deductions: { tp: number; fp: number; fn: number }) {
  const { dir, e } = evalSet(set);
  expect(e.agree).toBeGreaterThanOrEqual(agree);
  expect(e.deductions).toMatchObject(deductions);
  const rows = scoredRows(dir);
  return (prefix: string) => rows.find((x) => x.file.startsWith(prefix));
}
const idsOf = (row: { deductions: Array<{ id: string }> }) => row.deductions.map((d) => d.id);
const suspectedMatches = (row: { suspected?: Array<{ evidence: Array<{ match: string }> }> }) => (row.suspected ?? []).map((d) => d.evidence[0].match);
/**
 * A set whose one gold deduction the engine leaves as a suspicion by design (a place it cannot be sure
 * is not the unit's costs no points): at least `agree` cells, no wrong deduction, and that report's
 * one suspicion is wrong_unit_name naming `place`.
 */
function suspicionNotDeduction(set: string, agree: number, file: string, place: string, id = 'wrong_unit_name') {
  suspicionsNotDeductions(set, agree, file, [{ id, match: place }]);
}
/**
 * The same with several gold deductions of one report left as suspicions: each suspected with its evidence (`match`, the
 * quoted text, or its suspicion code); `gold: false` for one the engine suspects that the assessor did not deduct.
 */
function suspicionsNotDeductions(set: string, agree: number, file: string, wanted: { id: string; match?: string; text?: string; suspicion?: string; gold?: false }[]) {
  const { dir, e } = evalSet(set);
  expect(e.agree).toBeGreaterThanOrEqual(agree);
  expect(e.deductions).toMatchObject({ fp: 0, fn: wanted.filter((w) => w.gold !== false).length });
  const row = scoredRows(dir).find((x) => x.file.startsWith(file));
  expect(row.suspected.map((d: { id: string }) => d.id).sort()).toEqual(wanted.map((w) => w.id).sort());
  for (const w of wanted) {
    const ev = row.suspected.find((d: { id: string }) => d.id === w.id).evidence[0];
    if (w.match !== undefined) expect(ev.match).toBe(w.match);
    if (w.text !== undefined) expect(ev.text).toBe(w.text);
    if (w.suspicion !== undefined) expect(ev.suspicion).toBe(w.suspicion);
  }
}

describe('blind-assessed sets whose pasted place is a suspicion', () => {
  // set10 (plans without a heading, a unit's own titles and words): the assessor deducts 沭阳县 in the report of a
  // 高新区 the writer invented under 宿迁市; the engine cannot place the zone (a county's zone could lie inside 沭阳县)
  it('set10: at least 142 of 144 cells; a sibling county named in an invented zone\'s report is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set10', 142, '05_', '沭阳县'));
  // set15: a 区退役军人事务局 keeps a paragraph naming 青溪区 before its own field (推动青溪区退役军人学法用法…);
  // another county before a department's field is a suspicion only (a red team found it named on purpose far more often)
  it('set15: at least 143 of 144 cells; another district before the department\'s own field is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set15', 143, '05_', '青溪区'));
  // set17: the assessor deducts 纳入石磴乡年度工作目标 in 栗垭乡's report; 石磴 is an invented name that is also a
  // common word (stone steps), so the engine cannot even suspect it (a real leftover is in the gazetteer, and
  // 年度 after a township now stands it as the unit: wrong_unit_name.test.json)
  it('set17: at least 142 of 144 cells; no wrong deduction; the invented common-word township is missed', () => {
    const { e } = evalSet('set17');
    expect(e.agree).toBeGreaterThanOrEqual(142);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
  });
  // set20: the assessor deducts 切实提升岝原县各级行政机关… in 鄑水县's report; 岝原 is invented with a rare
  // character the word statistics do not know, so it is not even suspected (a real county there is deducted:
  // foreign-units.test.ts)
  it('set20: at least 138 of 144 cells; no wrong deduction; the invented rare-character county is missed', () => {
    const { e } = evalSet('set20');
    expect(e.agree).toBeGreaterThanOrEqual(138);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
  });
  // set19: the assessor deducts 为建设更高水平的法治潆洄区营造… in 滹浈区's report; 潆洄 is invented (not in the
  // gazetteer), so the goal frame (建设…法治X区) makes it a suspicion only
  // set27: the assessor deducts 崿坪县坚持把法治文化阵地建设作为… in 峣溁县's report; another county the gazetteer lacks as
  // its sentence's subject is a suspicion only — a red team (13) found the same shape naming partners, former names and
  // models in real wording, where a −10 would be worse than a missed deduction
  it('set27: at least 143 of 144 cells; another county as a pasted sentence\'s subject is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set27', 143, '04_', '崿坪县'));
  // set30: the assessor deducts 将依法行政贯穿鄣溪区政府工作全过程 in 鄘川区's report (a neighbour's name kept in a pasted
  // sentence) while the same report names 鄣溪区 legitimately in a joint exam; the engine cannot place its own invented
  // district, so the name it cannot prove foreign is a suspicion (with a real unit and a real neighbour it is deducted)
  it('set30: at least 143 of 144 cells; a neighbour\'s name kept in a pasted sentence is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set30', 143, '04_', '鄣溪区'));
  // set31: the assessor deducts wrong_year for 2020年，我镇以庆祝中国共产党成立100周年…为契机 in a 2021 report (last year's
  // paragraph reused: the events are 2021's); a past year opening a body paragraph may as well be background, so the
  // engine suspects it and deducts nothing; its late 落款 and 05's 疫情防控 in 2023 are deducted
  it('set31: at least 143 of 144 cells; a reused paragraph opening on last year is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set31', 143, '06_', '2020年，我镇', 'wrong_year'));
  // set33: a 街道's 2020 report keeps a paragraph of 澪塘街道's (澪塘街道坚持把法治宣传教育与疫情防控深度融合…): an invented
  // 街道 the gazetteer lacks heading its sentence is suspected (with a real neighbour it is deducted); left: an unheaded
  // 2023年，我镇将… run closing the achievements, which this assessor reads as the plans part (set 13's did not)
  it('set33: at least 143 of 144 cells; a pasted 街道 heading its sentence is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set33', 143, '04_', '澪塘街道'));
  // set36: a weak 乡 names the invented 峣石乡 as its own (贯穿峣石乡经济社会发展全局的一条主线); the appendix table after the 落款 is read
  // (142 since session 55: its 06's 形成了主要领导亲自抓…的工作格局 now tells the first duty (partial), as five assessors of eight read the slogan;
  // this one read it unmet)
  it('set36: at least 142 of 144 cells; an invented township in the unit\'s own sentence is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set36', 142, '06_', '峣石乡'));
  // set37: 【一、…】 headings, a 税务局 under its 市税务局, an ethnic 乡, a weak 镇 whose mission runs through the invented 嵘口镇
  it('set37: at least 139 of 144 cells; a rare-character township in a mission frame is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set37', 139, '06_', '嵘口镇'));
  // set38: a 民政局, a 2018 财政局 whose plans are its last paragraph, a 文旅局 whose headings lost their numbers, a 镇 of
  // 一是…二是… paragraphs, a 街道 keeping one sentence of the invented 岧山街道's report (its subject: 岧山街道坚持把…), a late 乡
  it('set38: at least 143 of 144 cells; a pasted 山 街道 heading its sentence is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set38', 143, '05_', '岧山街道'));
  // set43: text out of a PDF (lines broken mid-sentence, page numbers, running heads, a 版头), 第一部分 headings, a 街道
  // with 主送/抄送 lines and no year but 今年, a 自然资源局 closing each paragraph with 下一步, a 乡 in traditional characters
  // keeping the invented 嶅里乡 as its own (作为嶅里鄉政府工作的基本準則), a 2023 county naming its neighbour on purpose
  it('set43: all 144 cells; an invented township before its organs (作为嶅里乡政府工作) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set43', 144, '05_', '嶅里乡'));
  // set44: a 县级市, a big-city 街道 with 接诉即办, a 2025 区司法局, a 党委书记's 述法 submitted as the report (推动鄅坪乡高质量
  // 发展: an invented township in a mission frame), a 2018 司法局, a 镇 with no headings
  it('set44: all 144 cells; an invented township in a mission frame is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set44', 144, '04_', '鄅坪乡'));
  // set46: a 乡 whose plans have no heading (明年，我乡将… / 下一步，…), a 区 naming its own 区委/依法治区/示范区 throughout, a
  // 街道 whose mediation counts are only a tab-separated table with a 序号 column, a 医保局 whose Word numbering was lost
  // (bare headings, ● bullets), a weak 镇 keeping another town's name from a template (贯穿溎塘镇各项工作的主线: the
  // invented name is a suspicion), a 2020 county in the older words
  it('set46: all 144 cells; another town kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set46', 144, '05_', '溎塘镇'));
  // set47: a 交通运输局 .docx whose headings Word numbers (对照《纲要》和县委、县政府…: 和县 had been a suspicion), a 镇 whose
  // mediation and 信访 counts are a table pasted with | bars, a 街道 pasted from its district's site (相关链接 row after the
  // 落款 had hidden its date; （二）原因分析 as the causes), a 2024 county whose plans have no heading and which keeps another
  // county's name (贯穿崟川县…: invented, a suspicion), a 彝族乡 with 州 in its name and a “火塘夜话”调解法, a late 2019 市场监管局
  it('set47: at least 143 of 144 cells; another county kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set47', 143, '04_', '崟川县'));
  // set48: a district's page (nav, a sidebar linking a neighbour's and its own earlier reports), a 应急管理局 whose 合法性审查
  // comes before the meeting deciding 三重一大 matters (contracts among them: contract review for the engine, criteria.md's
  // words; a decision step for this assessor — a judgement call, the change made for it withdrawn after red team 27), a 苏木 with 第一部分 headings, a 街道 with a Chinese-numeral 落款, a
  // weak 乡 naming no year (signed 2019年4月10日) that keeps another town from a template (为嵰口镇经济社会发展营造…: invented),
  // a 卫生健康局 copied out of a PDF. The assessor read the year as 2018 and deducted the late 落款; with no year stated it is
  // a suspicion, like the invented town
  it('set48: at least 143 of 144 cells; an invented town the work serves and a late 落款 of an inferred year are suspicions, never wrong deductions', () =>
    suspicionsNotDeductions('set48', 143, '05_', [{ id: 'wrong_unit_name', match: '嵰口镇' }, { id: 'late_report', text: '2019年4月10日' }]));
  // set49: a county in 2024-era words (涉企行政检查, “综合查一次”, 首违不罚), a 高新区管委会, a 镇 whose title ends on next year's
  // plan (…建设情况和2023年工作计划: the title was not read), a 街道 opening on last year's problems rectified (上年度存在问题
  // 整改情况: had been read as shortcomings), a 农业农村局 with full-width digits and unheaded plans, a weak 乡 keeping
  // another town from a template (贯穿于嶰口镇…: invented). Left: the national 八五/七五 普法规划 cited (this assessor met,
  // sets 11 and 25 partial) and 同安排、同部署、同检查 read as a check of duty (partial; this assessor unmet)
  it('set49: at least 141 of 144 cells; an invented town in a mission frame is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set49', 141, '06_', '嶰口镇'));
  // set51: a 国家税务总局…县税务局 (its superiors named), a 2025 county signed in 2026, a 镇 whose Word numbering was lost (bare
  // headings), a 公安分局 with a “嶰风”警民联调室 (a carrier no rule knew), a 2018 乡 自查报告 with unheaded 下一步 plans that keeps
  // another 乡 from a template (贯穿到嵝溪乡…: invented, a suspicion), a 街道 as its web page with a table; the slogan 尊法学法
  // 守法用法 beside 调研3次 had been study with a count. Left: 履职事项清单 met (this assessor partial; sets 17, 47 split)
  it('set51: at least 143 of 144 cells; another township kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set51', 143, '05_', '嵝溪乡'));
  // set53: a 镇 in traditional characters, a city 生态环境局's county 分局 (《嶻溪分局…要点》 was not its own paper), a county
  // whose parts each run in one line, a 开发区管委会 (重大项目引进、…等事项 before three decision steps), a 乡 with a data annex
  // after its 落款 that keeps another 乡 from a template (invented: a suspicion), a 县司法局; 专题研究法治工作3次，组织班子成员
  // 集中学习… had been read as study with a count (the count is the meetings': partial since session 23). Left: 乡镇履行职责
  // 事项清单 met (this assessor partial), 未单独聘请法律顾问，…由市局常年法律顾问参与会商 unmet (partial: reading past the denied
  // clause was withdrawn after red team 30)
  it('set53: at least 142 of 144 cells; another township kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set53', 142, '05_', '峇坪乡'));
  // set54: a 街道 whose parts are run-in labels (党工委书记履行…情况：…) that keeps another 街道 from a template (为峣塘街道经济社会
  // 高质量发展…: a 街道 after a serve frame was not even suspected), a 市场监管局 whose 下一步将聘请… sentence midway through a
  // paragraph had made the rest of it plans, a 乡 whose title names neither unit nor year (its unit had been read as
  // 成立了以乡, its own 嵺岭乡 then suspected), a 区 in 第一部分… with a list of its documents after the 落款, a 卫健局 with
  // （二）原因分析, a joint 县委、县政府 report. Left: the run-in first-duty part (partial; this assessor met)
  it('set54: at least 143 of 144 cells; another 街道 kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set54', 143, '01_', '峣塘街道'));
  // set55: a 2025 镇, a 街道 out of a bad conversion (spaced characters, mixed punctuation), a 县委依法治县办 reporting on itself,
  // a 2019 乡 in Chinese-numeral dates, a 民政局 with a 下一步将… sentence before 局现有执法人员6名…, and a 镇 in an editor's
  // Markdown (# headings, **bold**: its headings had been lost, 29 points) keeping another town in 法治思维和法治方式贯穿于
  // X镇… (the 和 had made it a partner: invented, now a suspicion)
  it('set55: all 144 cells; another town kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set55', 144, '06_', '嶕坪镇'));
  // set56: a 县综合行政执法局 (赋权 to the townships), a 镇 whose 2025 plans open on 2025年，我镇将… with no heading, a 2018 区
  // (纲要 2015—2020, 七五普法), a 街道 copied from a web page whose links block under 相关链接： had hidden its 落款, a 人社局 with
  // a tab-flattened table, a 乡 in 第一部分… that keeps another 乡 from a template (贯穿于X乡…: invented, a suspicion).
  // 带头学习贯彻习近平法治思想，全年4次在党工委会上专题研究部署… had been read as study with a count (the meetings' count)
  it('set56: all 144 cells; another township kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set56', 144, '06_', '巑峪乡'));
  // set58: a 自然资源和规划局 that lost a 复议 case, a 镇 extracted from a PDF (page numbers, running headers), an 应急管理局
  // training enterprises' heads (企业主要负责人…培训860人次 had been leaders' study with a count), a joint 镇党委、镇政府
  // report, a 区 with four heading levels, a 2020 乡 keeping another 乡 in a serve frame (为X乡决胜全面建成小康社会…: not
  // even suspected; invented, now a suspicion). Left: “七五”普法规划 as a named plan (this assessor met; eight other
  // assessors partial, so the rule tried for it was withdrawn)
  it('set58: at least 143 of 144 cells; another township kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set58', 143, '06_', '嵎东乡'));
  // set59: a 文化和旅游局, a speech-like 镇 report signed with a month only, a 街道 with a data table after its 落款, a 2019
  // county, a 住建局 whose midway 下一步将聘请… made five cells of work done plans (对…4项重大事项，组织专家论证…) and whose
  // name had given it a township 住房和城乡, a weak 乡 keeping another 乡 in 纳入X乡全年工作计划 (not even suspected). Left: its
  // quoted “嵽安薪”…监管平台 (平台 as a carrier was withdrawn after red team 34: national platforms in quotes became local)
  // set60 (first reading only, session 23's last hour: nothing fixed for it): a 农业农村局, a big-city 街道 (接诉即办), a 镇
  // whose problems and plans share one part, a city 生态环境局's 分局 with an undated 落款, a short 2025 乡 keeping another 乡
  // (贯穿X乡…: invented, a suspicion), a county with a tab table of 复议/诉讼 figures. Left: quoted local campaigns
  // (“嵰清护水”专项行动, “中国渔政亮剑2024”嵂阳专项执法行动) as no local items; 同安排、同检查 (this assessor partial, sets 49 and
  // 58's unmet); 受理环境信访投诉136件，及时化解…矛盾纠纷 as mediation met (this assessor partial)
  it('set60: at least 140 of 144 cells; another township kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set60', 140, '05_', '嵫口乡'));
  // set61 (first reading only, session 23's last hour: nothing fixed for it): a 退役军人事务局, a 镇 calling itself by its short
  // name, a 区司法局, a 苏木 with 嘎查, a 2020 街道 under 疫情防控, a late 镇 (late_report found) with labelled 2022 figures.
  // Left: 两人带头参加…旁听庭审 read as study with a count (the count of people), 督促班子成员抓好…依法行政 as supervision
  // (this assessor unmet, as set 50's), “萨日朗”…普法 and “马背调解”做法 as no local brands
  it('set61: at least 141 of 144 cells, its late 落款 deducted and nothing else', () => {
    const { e } = evalSet('set61');
    expect(e.agree).toBeGreaterThanOrEqual(141);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  // sets 62-65 (session 24): a 林草局, a 边境民族乡, a weak 商务局 under 疫情 保供 (封控区 had been suspected as a district), a
  // 旅游度假区管委会, a 镇 typed in full-width digits, a 区政府办 (set 62: 140 -> 142); an 审计局 (对拟安排项目进行…风险评估 read as
  // intent), a 财政局 with a tab table (its lawsuit's 投诉处理纠纷 read as mediation), a 镇 of 一是… paragraphs, a 街道 with a
  // 目录 and an 附件 list, a 2020 水利局 (疫情防控工作领导小组 read as the group; 线长面广 no cause), a weak 2019 乡 (set 63: 133 ->
  // 137); a 公安局, a 县级市 街道, a county honoured in 2022 (2022年我县被命名为…后 deducted as wrong_year), a 镇 with a 附表 aligned
  // by spaces (rows with a 次 column glued to each other and to the plan after them), a 医保局, a weak 2020 乡 (set 64: 140 and a
  // false deduction -> 141, none); a 统计局 (《…督察工作规定》 studied read as supervision), a merged 镇 naming 原X乡, a 区 with 1)
  // numbering, a 民政局, a 高新区, a late 街道 (set 65: 141 -> 142). Left, all judgement calls: 八五/七五 plans as named plans
  // (split), a unit's own channel (“嶓口财政”公众号), a village's title (嶅头村…示范村), 合规性审查, clean-ups of papers not called
  // 规范性文件, 同…同考核 (split), an unheaded plan paragraph as partial
  it('set63: at least 137 of 144 cells, its wrong year in the preamble deducted and nothing else', () => {
    const { e } = evalSet('set63');
    expect(e.agree).toBeGreaterThanOrEqual(137);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  // sets 66-69 (session 25): a 行政审批服务局 (参与处理审批争议2起 read as mediation), a 信访局, a 镇 whose headings lost their
  // numbers, a weak 水务局, a 气象局, a 2019 乡 (set 66: 130 -> 131); a 人防办, a 文广旅体局, a 街道 with a table in bars, a weak
  // 粮食局 (化解矛盾靠法 read as mediation), a 民族自治县, a mountain 镇 (set 67: 135 -> 137); a 消防救援大队, a weak 工信局, a
  // large 区 with an 附件 list, a 乡 named only in its 落款, a 政务服务和大数据局 (a contract's 合法性审查 read as a decision
  // step), a template-bound 街道 (贯穿峋西街道各项工作 not even suspected) (set 68: 139 -> 141); a 机关事务中心, a 民宗局 (未发生…
  // 矛盾纠纷 read as mediation), a 科技局 titled …工作情况 (its title read as page furniture: year 2023 from the preamble, and
  // 三、加强科技计划项目和资金监管 read as plans), a 镇 with problems and plans in one part, a strong 2022 county, a 公积金中心
  // (set 69: 135 -> 141). Left, judgement calls: 疫情防控平稳转段后 as a time (split: sets 43 and 67 not deducted, 66 deducted),
  // an opening sentence on last year in a paragraph that never names the report year (suspected by design), 逐步落实 of the
  // three systems, papers not called 规范性文件, a superior's or village's legal adviser
  // (since session 45 04's 2023年，我局共查处各类涉水违法案件7起 is deducted as its assessor did: one count after 共 + a verb of handling
  // cases is a carried tally — blind set 178's kind)
  it('set66: at least 131 of 144 cells; a wrong year deducted, an invented township suspected, never wrongly deducted; 转段后 left as the assessors split', () => {
    const { dir, e } = evalSet('set66');
    expect(e.agree).toBeGreaterThanOrEqual(131);
    expect(e.deductions).toMatchObject({ tp: 2, fp: 0, fn: 2 });
    expect(e.deductions.misses.map((m: { file: string; id: string }) => `${m.file.slice(0, 3)}${m.id}`).sort()).toEqual(['01_stale_content', '06_wrong_unit_name']);
    const rows = scoredRows(dir);
    const suspected = (f: string) => rows.find((x) => x.file.startsWith(f)).suspected.map((d: { id: string; evidence: { match: string }[] }) => `${d.id}:${d.evidence[0].match}`);
    expect(suspected('04_')).toEqual([]);
    expect(suspected('06_')).toEqual(['wrong_unit_name:嶰口乡']);
  });
  it('set67: at least 137 of 144 cells; another county the work serves (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set67', 137, '04_', '嵫东县'));
  it('set68: at least 141 of 144 cells; another 街道 the work runs through (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set68', 141, '06_', '峋西街道'));
  it('set69: at least 141 of 144 cells; another township kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set69', 141, '04_', '巉溪乡'));
  // sets 70-71 (session 25): a 烟草专卖局, a 街道 in traditional characters, a 乡 typed in half-width punctuation (one
  // "sentence" per paragraph: a contract's review and a 领导小组 sentence misread), a 2020 卫健局 under 疫情防控, a new 数据局, a
  // 镇 naming its own villages (set 70: 137 -> 141); an 档案馆 (2023年，我馆共接待…1260余人次，调阅…3400余卷次 not read as last
  // year's tally), an 应急管理局, a 区 whose first-duty part is an 附件 after the 落款, a 农业农村局 (动物防疫 no stale content), a
  // 镇 whose plans are headed with a wrong year, an 开发区 (set 71: 136 -> 139 and the deduction found). Left, judgement
  // calls: a superior city's document as a local item, 主要负责同志亲自抓 as a first-duty sentence, a heading-only 化解矛盾
  it('set70: at least 141 of 144 cells; another township kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set70', 141, '03_', '嶱岭乡'));
  it('set71: at least 139 of 144 cells, its last-year tally deducted and nothing else', () => {
    const { e } = evalSet('set71');
    expect(e.agree).toBeGreaterThanOrEqual(139);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  // a county tax bureau (vertical), a weak 退役军人事务局, a city bureau's county branch, a 街道 numbered 1. (1), a 2020 镇 with
  // no problems part, a county report opening with a 目录 (set 72: 135 -> 138); a 交通运输局, a 自然资源局, a 2021 教育局, a
  // 乡 of figures whose plans are one unheaded paragraph, a 区 with long sentence headings, a 司法局 speaking for the county
  // (set 73: 134 -> 136); a 人社局, a 住建局, a 2020 街道 sent up with 文号 and 主送, a 镇 writing every figure in Chinese
  // numerals, a 市监局 of typical cases, a weak 城管执法局 (set 74: 141 -> 143); a 卫健局, a 财政局, a 民族乡, a 街道 signed by
  // two bodies, a 文旅局 copied with its web page, a 发改局 (set 75: 138 -> 141). Left, judgement calls the assessors split on:
  // an adviser's opinion on 重大事项 as the legality review (sets 72 and 74 the other way), a contract's review as
  // normative_doc_review, an unheaded plans paragraph inside the achievements (sets 72 and 73 the other way)
  it('set72: at least 138 of 144 cells; another town the work runs through (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set72', 138, '05_', '嵰口镇'));
  it('set73: at least 136 of 144 cells; another town the work serves (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set73', 136, '04_', '嵰口镇'));
  it('set74: at least 143 of 144 cells; another township whose level the unit raised (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set74', 143, '04_', '嵰口乡'));
  it('set75: at least 141 of 144 cells; another town the work serves (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set75', 141, '03_', '嵚岭镇'));
  // a 乡村振兴局, a weak 公共资源交易中心, a 地方志编纂中心, a 营商环境服务中心, a 2021 镇 titled 依法行政工作情况, a 街道 with a tab
  // table (set 76: 134 -> 135); a 苏木, a 镇 numbered to ①, a 县级市, a 街道 whose first-duty part is the 书记's, a 2020 乡 of
  // 疫情防控, an 教育体育局 naming its towns' schools (set 77: 139 -> 141). Left: 为优化嶰源县营商环境 (red team 44: 营商环境 as context
  // made real neighbours helped or inspected −10) and 2021年，中心坚持…学法 deducted by set 76's
  // assessor (no tally and no self-name the engine reads: not even a suspicion), an adviser's opinion or a village assembly
  // as decision steps, 年鉴/县志 as local documents
  // (134 since session 45: 03's 主任带头学法 read as the first duty in a sentence, partial, which its assessor left unmet — the split is 5:2
  // the other way across the sets)
  it('set76: at least 134 of 144 cells; its two gold deductions missed (an invented county after 为优化…营商环境, a study paragraph dated last year), none wrongly given', () => {
    const { e } = evalSet('set76');
    expect(e.agree).toBeGreaterThanOrEqual(134);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 2 });
  });
  it('set77: at least 141 of 144 cells; another township the work runs through (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set77', 141, '05_', '嶪湖乡'));
  // a 兵团 regiment, a state forest 林业局, a 风景名胜区管委会, a 综合保税区管委会, a farm's 管理区, a 人防办 (set 78: 138 -> 143);
  // a 朝鲜族 镇, a Tibetan-plateau 乡, a Xinjiang-style county, a 彝族乡, a 瑶族乡, a 蒙古族自治县司法局 (set 79: 140 -> 141); a
  // 国资局, a 供销合作社联合社, a 医保局, an 审计局, a 统计局 of one table, a 气象局 (set 80: 138, its 供销社 now named); a 2018
  // county, a 2019 镇, a 2019 司法局, a joint 县委+县政府 report, a 街道 of （一） headings, a WeChat-pasted 镇 (set 81: 140 -> 141);
  // a 总工会, a 妇联, a 残联, a 县委政法委, a 融媒体中心, a 红十字会 (set 82: 138, four units now named). Left: 维护了巇卡乡… and
  // 嵺源县妇联积极联合… (no frame or speaking verb read), a 乡's 2020 tally under a title without a year, 2023年，中心… before
  // 今年以来 (set 82's assessor: a judgement call)
  it('set78: at least 143 of 144 cells, its three deductions found (a township pasted into a farm 管理区, last year\'s tally with acres) and nothing else', () => {
    const { e } = evalSet('set78');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ tp: 3, fp: 0, fn: 0 });
  });
  it('set79: at least 141 of 144 cells; its two missed deductions named, none wrongly given (牧区/彝区 no longer suspected)', () => {
    const { e } = evalSet('set79');
    expect(e.agree).toBeGreaterThanOrEqual(141);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 2 });
    expect(e.deductions.misses.map((m: { file: string; id: string }) => `${m.file.slice(0, 3)}${m.id}`).sort()).toEqual(['02_wrong_unit_name', '05_wrong_year']);
  });
  it('set80: at least 138 of 144 cells; another county the unit works for (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set80', 138, '02_', '嵰坪县'));
  it('set81: at least 141 of 144 cells, its stale content deducted and nothing else (七五, 扫黑除恶 and 脱贫攻坚 current in 2018-19)', () => {
    const { e } = evalSet('set81');
    expect(e.agree).toBeGreaterThanOrEqual(141);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  it('set82: at least 138 of 144 cells; its two missed deductions named, none wrongly given', () => {
    const { e } = evalSet('set82');
    expect(e.agree).toBeGreaterThanOrEqual(138);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 2 });
    expect(e.deductions.misses.map((m: { file: string; id: string }) => `${m.file.slice(0, 3)}${m.id}`).sort()).toEqual(['02_wrong_unit_name', '05_wrong_year']);
  });
  // set83: 06 keeps another county heading an outcome clause (…抽查案卷316卷，峣台县行政执法整体规范化水平进一步提高): invented,
  // so a suspicion (a real county there is deducted: the rubric's cases); 03's township 履行职责事项清单 is met by the
  // rubric's reading, partial by this assessor's (a judgement split three assessors have taken both ways)
  it('set83: at least 143 of 144 cells; the invented county in an outcome clause is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set83', 143, '06_', '峣台县'));
  // set84: 05 keeps another township in a mission frame (贯穿于崌溪乡经济社会发展的全过程: invented, so suspected) and opens its
  // preamble with the year before, then frames 2020 (2019年，…取得了一定成绩。2020年是…收官之年…一年来…): its assessor
  // read a recap, the engine suspects it (recap_year) instead of deducting. Cells left: 05's "学法律、讲程序、办实事"活动 as a
  // local programme (quoted campaigns before 活动 are not carriers: most are national), and two kinds tried and withdrawn
  // after red team 48 — a county's own 条例 as a local document (02: national 条例 holding a county's name came in) and
  // 学习条例原文 / 学习《…法》 as law study (03: party regulations under short titles and internal 办法 came in)
  it('set84: at least 141 of 144 cells; a recap of the year before and an invented township are suspicions, nothing wrongly deducted', () =>
    suspicionsNotDeductions('set84', 141, '05_', [{ id: 'wrong_unit_name', match: '崌溪乡' }, { id: 'wrong_year', suspicion: 'recap_year', gold: false }]));
  // set85: Word files built by hand (auto-numbered headings, one numbered only by its style; a merged-cell table with a
  // header and a PAGE footer; tracked changes, a deleted sentence the only retained adviser, hidden text; a text box stored
  // twice and a footnote) and two .txt (a PDF paste with running headers, a space-aligned table with units in its cells,
  // whose rows still run together: reading them as a table was withdrawn after red team 49).
  // The one cell left: 05's 接待来访群众 63人次 — this assessor met, set 29's partial (信访 by the letter: the rubric's case)
  it('set85: at least 143 of 144 cells; the invented township in a mission frame is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set85', 143, '05_', '嵲坝乡'));
  // set86: units of the four 直辖市 (a 重庆 街道 naming a real partner district, a 镇 in a real 上海 district naming 金山区 and
  // 虹桥, a 天津 区 government, a 北京 区 commission, a 2019 重庆 county whose 普法 paragraph kept 垫江县 from another report,
  // a weak 上海 街道 with a plan sentence among its achievements). First reading 144/144 cells; the county's residue was missed
  // (its pasted sentence organised 普法志愿者, read as an aid programme). It is suspected now: the county's own name is
  // invented, so the gazetteer cannot place it, and deducting for a real county then was withdrawn after red team 50
  it('set86: all 144 cells; a real county kept in an unplaced county\'s report is a suspicion, the late 落款 deducted, nothing else', () =>
    suspicionNotDeduction('set86', 144, '05_', '垫江县'));
  // set87: departments rarely tested (住建局, 文旅局, 审计局 whose findings about audited bodies are not its own work, a
  // vertically managed 税务局, a late 林业局 with plan sentences in its achievements) and a 2020 镇 自查报告 whose 整改措施 are
  // its plans, keeping 有庆镇 (real, 四川) in its mission sentence. Three rules its cells asked for were tried and withdrawn
  // after red team 52 (a long 对拟 object, taxpayers/tourists as a decision's public, quoted names before teams and vans);
  // 有庆镇 is only suspected (有庆 read as a common word's start, the guard for 建设镇/胜利乡)
  // set102: regional vocabulary in the epidemic years (2020–2022, 疫情防控 current work, never stale) — a 东莞 town reporting to
  // its city (镇街), a 福建 county government (马上就办), a 江苏 区镇合一 (汾湖高新区（黎里镇）, one unit of two names), a 黑龙江 县农业
  // 农村局 in a 垦区 county with a preamble naming the year before (wrong_year), a 大连 街道 keeping a real residue (贯穿葵英街道
  // 经济社会发展…), a 云南 border town whose problems and 2023 plans are unheaded paragraphs. First reading 141/144, deductions 2 of 2:
  // the unit 汾湖高新区（黎里镇） had been read 黎里镇） (fixed as a kind). Left, judgement calls: 06's unheaded shortcomings and plans
  // (this set's writer and assessor unmet; 76 such cells of earlier sets read met), 04's 北大荒农垦集团宝泉岭分公司 as a named firm
  // (the scheme's named firms are legal advisers' firms and persons; any company would credit every report naming one)
  it('set102: at least 141 of 144 cells; wrong_year and the residue deducted, no epidemic work deducted, nothing suspected; 区镇合一 read whole', () => {
    const byFile = deductionsExactly('set102', 141, { '04_': ['wrong_year'], '05_': ['wrong_unit_name'] });
    expect(byFile('03_')).toMatchObject({ unit: '汾湖高新区（黎里镇）', division: { county: '吴江区' } });
  });
  // set103: prefecture-level units, naming their own counties and towns all the time — 吉安市 government (试点, 示范, 督察 of its
  // counties; a study tour to 杭州/湖州), 湘西州 government (2021, its counties guided, an east–west partner city), 邢台市司法局
  // keeping a county's residue (为推进正定县法治政府建设提供坚强保障; 正定县 of 石家庄), 锡林郭勒盟行政公署 (2020, epidemic work current,
  // its 2021 plans an unheaded last paragraph), 潍坊市生态环境局 (2024) with a 疫情防控 paragraph pasted (stale_content), 汨罗市 (2019)
  // signed late. First reading 142/144, deductions 1 of 3: the residue only suspected (正定 a verb to the word statistics) and
  // the stale paragraph vetoed by its own 疫情防控期间 — both fixed as kinds, and 对全市律师事务所 read as a named firm. Left, a
  // judgement call: 06's 主动听取各方面意见 beside 人大/政协 supervision counted as 公众参与 (the assessor: supervision, not a step)
  // (the closing formula made strong and 疫情防控期间 narrowed as an attribute were tried in this session and withdrawn after
  // red teams 68–70: partners served on purpose in exactly the formula's shape, look-backs naming the period without 的 — the
  // residue is a suspicion for review again, the pasted paragraph missed, as before the set)
  // (session 40: the residue deducted — a framed real county whose name is no word is a name, as blind set 127's 大盛镇; red teams
  // 68–70's corpora keep their partners served on purpose)
  it('set103: at least 143 of 144 cells; the late 落款 and the residue deducted, the epidemic paragraph missed; counties named legitimately never', () => {
    const at = checkedSet('set103', 143, { tp: 2, fp: 0, fn: 1 });
    expect(suspectedMatches(at('03_'))).toEqual([]);
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => idsOf(at(p)))).toEqual([[], [], ['wrong_unit_name'], [], [], ['late_report']]);
    expect(at('02_').division).toMatchObject({ province: '湖南省', code: '4331' });
  });
  // set104: units of the four 直辖市 under unusual names — Beijing's 崔各庄地区办事处（崔各庄乡人民政府） (a 乡 and a street office in
  // one), Shanghai's 川沙新镇 (跨省通办 partners in 江苏/浙江), Tianjin's 滨海新区新北街道 keeping a residue (为胡家园街道法治政府建设提供坚强保障,
  // a sibling street), a 重庆 district's 城市管理局 (2021, plans an unheaded 下步，我局将… paragraph), a 重庆 乡 (2020) reporting 2018's
  // mediation as its own (wrong_year), a 闵行区 卫健委 titled 法治建设工作报告 (2025). First reading 144/144, deductions 1 of 2: the
  // residue only suspected (making its formula strong was tried and withdrawn, as set 103 says); 地区办事处 had been ranked among
  // the cities, and its two-line 落款 joined, the clean file flagged 转换残留 — both fixed
  it('set104: all 144 cells; the wrong year deducted, the residue a suspicion; 地区办事处 a township, its 落款 not joined', () => {
    const at = checkedSet('set104', 144, { tp: 1, fp: 0, fn: 1 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], ['胡家园街道']], [[], []], [['wrong_year'], []], [[], []]]);
    expect(at('01_')).toMatchObject({ kind: 'township', flags: [] });
  });
  // set105: a report's structure at its extremes — five levels of numbering, 第一部分 parts with 一是 only, unnumbered heading
  // lines under 【主要成效】 labels, three plain paragraphs, an outline numbered 1. / 1.1 (late), a county whose shortcomings are one
  // sentence closing its achievements. First reading 143/144, the department's residue (为沭阳县水利事业高质量发展提供了有力法治保障)
  // only suspected, the outline's 1.1 headings run into their paragraphs. The outline fixed as a kind; the residue's shape (the
  // unit's field between the name and 提供…法治保障) made strong, then withdrawn after red team 69 (partners, hosts, river basins
  // served on purpose in that shape): a suspicion again. Left, a judgement call: 02's 依法分类处理 信访 (the assessor partial)
  // (03's 为沭阳县水利事业高质量发展提供了有力法治保障: suspected from red team 69 to session 46, deducted since, as its assessor did)
  it('set105: at least 143 of 144 cells; the late 落款 and the residue with the unit\'s field deducted; the 1.1 outline read as headings, no 转换残留', () => {
    const at = checkedSet('set105', 143, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [['wrong_unit_name'], []], [[], []], [['late_report'], []], [[], []]]);
    expect(at('05_').flags).not.toContain('conversion_artifacts');
  });
  // set106: the first years after the epidemic (2023–2024) looking back on it — documents of that period repealed, 转段, 三年疫情,
  // rent-relief disputes, infectious-disease work in general, 新冠…“乙类乙管”后 — and two reports with epidemic measures pasted as the
  // year's (stale_content). First reading 143/144, deductions 2 of 2 and one the assessor did not make: 04's 新冠病毒感染实施“乙类乙管”
  // 后 as the year's background, deducted by its wording (criteria.md's convention) as set 69's and set 83's assessors deducted
  // the same words — exempting it was tried and withdrawn (two gold deductions lost). Left, judgement calls: that −5, and 05's
  // 听取群众意见 before a collective decision counted as 公众参与
  it('set106: at least 143 of 144 cells; the two pasted epidemic measures deducted, 乙类乙管后 by its wording, no other look-back', () => {
    const at = checkedSet('set106', 143, { tp: 2, fp: 1, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => idsOf(at(p)))).toEqual([[], [], ['stale_content'], ['stale_content'], [], ['stale_content']]);
    expect(at('04_').deductions[0].evidence[0].text).toContain('乙类乙管');
  });
  // set107: next year's plans and unfinished work written inside the achievement parts — every part of a 福建 county closing on
  // 下一步，我县将…, a 深圳 街道's 拟/正在/计划年底前 sentences, a 四川 镇 whose parts are 做法与打算, a 于都 水利局 whose problems and
  // plans share one part (each item closing on 下一步…), a 张店区 that issued next year's 要点 in December (done work), a 会泽 乡
  // whose 2024年，我乡将… stands between its work and its problems (late 落款). First reading 137/144: 正在配合…梳理权责清单 and
  // 计划年底前 credited, steps called weak credited, 一旦发生行政诉讼 credited, items 二是…六是 read as plans, the mid-report plan
  // read as work — each fixed as a kind. Left, judgement calls: 04's 对照局“七五”普法实施方案 (the assessor counted the plan a
  // named document for annual_plan and specificity; the engine reads 对照 a plan as its basis)
  it('set107: at least 142 of 144 cells; the late 落款 deducted, nothing planned credited as done', () => {
    const at = checkedSet('set107', 142, { tp: 1, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [[], []], [['late_report'], []]]);
    expect(at('02_').criteria.power_list.outcome).not.toBe('met');
    expect(at('06_').criteria.struct_next_year.outcome).toBe('met');
  });
  // set108: vertically managed and unusual county units — 安吉县气象局, 攸县烟草专卖局 (a residue naming 茶陵县烟草专卖局), 西平县消防
  // 救援大队 (its 队委会 studying law), 泗县医疗保障局 (inspected by its superiors), a 住房公积金 管理部 signed late, 昌图县机关事务
  // 管理局 (2025, a pasted epidemic paragraph; its cars' 全程留痕). First reading 141/144, deductions 2 of 3: 队委会 no leaders,
  // the superiors' 督查 of the bureau read as their own work, 全程留痕 of cars an enforcement record — fixed; the residue (after
  // 全面提升, another county's counterpart) is suspected, never deducted (counterparts are named on purpose: red teams 47, 50)
  it('set108: all 144 cells; late 落款 and stale 疫情防控 deducted, the counterpart residue suspected', () => {
    const at = checkedSet('set108', 144, { tp: 2, fp: 0, fn: 1 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], ['茶陵县']], [[], []], [[], []], [['late_report'], []], [['stale_content'], []]]);
  });
  // set109: facts in tables and lists — a 射阳县 key-figures table with a 2025 target row, a 温州 街道's figures after colons and an
  // appended 统计表, a 沂水县 市场监管局 case 一览表 with 是/否 法制审核, a 兰考 镇 whose table is mostly 0 and 无 (and one labelled line
  // giving 2020's mediation as 2021's), a 涪城区 司法局's numbered lists, a 卓尼 乡 reporting almost only by table (late 落款).
  // First reading 143/144, deductions 1 of 2: a row 权责清单编制｜份｜无｜— credited, and the labelled line 全年矛盾纠纷调处情况：
  // 2020年共排查… not read as last year's tally. Both were fixed, narrowed and withdrawn after red teams 72 and 73 (a 无 cell is
  // as often an honest zero; labelled baselines and comparisons take that shape: 12 false −5), so both are left. Its long table
  // rows had been joined as wrapped text (nu39): fixed — a numbered row of three bars is a table row
  it('set109: at least 143 of 144 cells; the late 落款 deducted, the labelled line of last year\'s tally missed by design', () => {
    const at = checkedSet('set109', 143, { tp: 1, fp: 0, fn: 1 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [[], []], [['late_report'], []]]);
    expect(at('06_').flags).not.toContain('conversion_artifacts');
  });
  // set110: 2021 reports — the first year of 十四五 and 八五普法 looking back over 十三五 (崇义县, 合肥经开区管委会, 厦门鹭江街道,
  // 陆川县人社局 with a 2020 paragraph pasted, 宁安市渤海镇, 开阳县龙水乡 with a neighbouring 乡 left as the subject). First reading
  // 143/144, deductions 1 of 2: the pasted paragraph (今年是“十三五”收官之年。2020年，我局…58件) only suspected — its 今年 read as
  // this year; 候选人资格审查 read as an enforcement qualification. Both fixed as kinds (a milestone of another year is no 今年)
  it('set110: all 144 cells; the pasted 2020 paragraph and the neighbouring 乡 deducted, nothing else', () => {
    const at = checkedSet('set110', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [['wrong_year'], []], [[], []], [['wrong_unit_name'], []]]);
  });
  // set111: titles and signatures in unusual shapes — 通山县 with no unit in its title and an addressee line, 蓬江区应急管理局
  // titled without its district, 寿阳县宗艾镇 as its county's web page, 大连白云街道 under two organs (late), 华宁县司法局 quoting the
  // county's plan, 婺源县浙源乡 whose title was lost (a neighbouring 乡 left as the subject). First reading 141/144: the title-less
  // county read as 年初根据人事变动及时调整县委 (a clause), the villages' own decisions counted as the 乡's — both fixed. Left,
  // a judgement call: 04's 听取居民群众的意见建议 in a general sentence (the assessor counted it as 公众参与)
  it('set111: at least 143 of 144 cells; the late 落款 and the neighbouring 乡 deducted; the 落款 names a title-less unit', () => {
    const at = checkedSet('set111', 143, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [['late_report'], []], [[], []], [['wrong_unit_name'], []]]);
    expect(at('01_').unit).toBe('通山县人民政府');
  });
  // set112: reports that quote their superiors — requirements, the county's work for the town, quoted law, the city's 考核 — beside
  // their own work. First reading 135/144: a county 编办's list, the county's 考核 of the towns and its training of the town's
  // team (in the clause after the county body) credited to the town; quoted articles after a ； (第四十七条规定，…应当…) and
  // 要求…的街道… after the issuer's clause read as the unit's work. Each was fixed as a kind, then withdrawn after red team 73
  // (44 new errors: a unit's own 编办 report, guidance and joint work, 在…领导下 before the unit's own clause, the unit's own
  // orders 要求镇…, its own rules' 第N条) — left. Also left, judgement calls: 03's guidance of the towns' land disputes, its
  // 护椒行动, 04's preparation for the district's 考核
  it('set112: at least 135 of 144 cells; the pasted epidemic paragraph and the 2021 frame deducted', () => {
    const at = checkedSet('set112', 135, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [['stale_content'], []], [[], []], [['wrong_year'], []]]);
  });
  // set113: honest zeros, negations and things not done (铜鼓县, 康乐县八松乡, 临朐县冶源镇, 新丰县市场监督管理局 with a real
  // residue of 翁源县's bureau, 上海曹家渡街道's figures with 无 and 0, 东丰县林业局 signed late). First reading 140/144, deductions
  // 1 of 2: 暂未安排述法内容, 没有收到上级法治督察反馈 and 三项制度在镇一级还没有落地 credited (negations with verbs the list lacked),
  // 县城律师事务所 read as a named firm, and another county's counterpart opening its paragraph only suspected — each fixed as a kind
  it('set113: all 144 cells; the counterpart opening its paragraph and the late 落款 deducted, nothing else', () => {
    const at = checkedSet('set113', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [['wrong_unit_name'], []], [[], []], [['late_report'], []]]);
  });
  // set114: many years named legitimately — three-year plans, 以来 totals, 同比, baselines, a 八五普法 mid-term review, last year's
  // 考核 result (夷陵区, 宾川县司法局, 永泰县嵩口镇 with a pasted 2021 paragraph, 雷山县方祥乡, 兰考县 for 2025, 盐池县人社局 framed
  // 2022). First reading 141/144, deductions 2 of 2: 督导 of the units' 谁执法谁普法 duty not read as 督导 of a rule-of-law duty; a
  // quoted national motto read as a local brand through a carrier after a comma, 律师事务所和基层法律服务所 as a named firm — fixed
  it('set114: all 144 cells; the pasted 2021 paragraph and the 2022 frame deducted, no range or baseline', () => {
    const at = checkedSet('set114', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [['wrong_year'], []], [[], []], [[], []], [['wrong_year'], []]]);
  });
  // set115: urban units naming communities, estates, roads, schools, banks and companies that carry other places' names (南沙街道,
  // 簇锦街道, 江宁区住建局, 甪直镇 with a real residue 临湖镇党委…, 雁塔区, 老虎滩街道 with a 2021 epidemic paragraph). First reading
  // 142/144, deductions 1 of 2: 2021年，街道按照…统一部署… (the bare unit word as subject) not a carried-over tally — fixed. Left,
  // judgement calls: 02's “簇锦发布”公众号 (a channel with a name of its own, counted by the assessors of sets 61–75, not by this
  // one) and 06's 社区法律顾问…解答 (the community's adviser serving residents: public legal service, not the unit's adviser)
  it('set115: at least 142 of 144 cells; the neighbouring town and the 2021 paragraph deducted, no company or road', () => {
    const at = checkedSet('set115', 142, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [['wrong_unit_name'], []], [[], []], [['wrong_year'], []]]);
  });
  // set116: short reports, 850–1,850 characters (理县蒲溪乡, 肥西县三河镇 with problems and plans in one part, 安化县司法局, 长安区
  // 育才街道 opening on 2021年度, 石泉县水利局 with no problems part, 晋宁区夕阳彝族乡 signed late). First reading 144/144, 2 of 2
  it('set116: all 144 cells; the 2021 opening and the late 落款 deducted', () => {
    const at = checkedSet('set116', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [['wrong_year'], []], [[], []], [['late_report'], []]]);
  });
  // set117: county departments rarely seen — 石门县统计局, 平山县信访局, 婺源县发改委, 平遥县行政审批服务管理局, 舒城县城市管理局 with
  // a neighbour's 城市管理局 opening a first-duty paragraph, 通渭县农业农村局 signed late. First reading 143/144, deductions 1 of 2:
  // “古城帮办”服务专区 not a carrier, the residue only suspected — both fixed (专区/专窗 carriers; a counterpart opening its paragraph)
  it('set117: all 144 cells; the neighbouring bureau opening its paragraph and the late 落款 deducted', () => {
    const at = checkedSet('set117', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['wrong_unit_name'], []], [['late_report'], []]]);
  });
  // set118: reports that sound strong and say little (丁蜀镇, 沂南县卫健局 with last year's tally, 周河乡 wordy and weak) beside two
  // concrete ones (安吉县, 大足区) and a middling 温泉街道. First reading 144/144, deduction 1 of 1
  it('set118: all 144 cells; last year\'s tally deducted, no slogan credited', () => {
    const at = checkedSet('set118', 144, { tp: 1, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [['wrong_year'], []], [[], []], [[], []], [[], []]]);
  });
  // set119: reports organised by the 纲要's chapters (灵山县, 湄潭县司法局, 甘溪镇, 宜昌市生态环境局夷陵区分局 with another district's
  // 生态环境分局 as author, 友谊路街道, 城固县 for 2020 in the older 纲要's areas framed 2019). First reading 143/144, deductions 1 of 2:
  // the city bureau's district branch read as a place 生态环境局夷陵区, its counterparts unseen — fixed. Left, a judgement call: 03's
  // 配合县委依法治县办开展的法治政府建设年度检查 (the engine reads being inspected as partial; this assessor did not)
  it('set119: at least 143 of 144 cells; the branch placed in its district, its neighbour\'s branch and the 2019 frame deducted', () => {
    const at = checkedSet('set119', 143, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [['wrong_unit_name'], []], [[], []], [['wrong_year'], []]]);
    expect(at('04_').division).toMatchObject({ city: '宜昌市', county: '夷陵区' });
  });
  // set120: leaders' own 述法 reports (通山县县长, 天荒坪镇党委书记, 甸沙乡乡长, 康平县司法局局长 framed 2022, 桂城街道党工委书记,
  // 游仙区区长 signed late). First reading 137/144: no unit read from a 述法 title (report_metadata unmet ×5) and 中央八项规定 counted
  // as a figure — fixed: 述法 is the genre's word, the post after the organ is the person, a 街道工作委员会 a township's organ
  it('set120: all 144 cells; the unit is the leader\'s organ, the 2022 frame and the late 落款 deducted', () => {
    const at = checkedSet('set120', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [['wrong_year'], []], [[], []], [['late_report'], []]]);
    expect(['01_', '02_', '04_', '05_', '06_'].map((p) => at(p).unit)).toEqual(['通山县人民政府', '中共安吉县天荒坪镇委员会', '康平县司法局', '中共佛山市南海区桂城街道工作委员会', '绵阳市游仙区人民政府']);
  });
  // set121: units whose names or bounds changed — 武隆区 (撤县设区, 2022), 太谷区水秀镇 (two townships merged, 2023), 鄠邑区涝店街道 (撤镇设
  // 街道, 2024), 蒲江县市场监管局 (merged bureaus, 2021), 长垣市 (撤县设市, 2023) with 封丘县 left in its body, 左权县寒王乡 (2022) framed
  // 2021. First reading 142/144, deductions 1 of 2 and one false: a county-level city was never checked for another county's name
  // (read as a 市), and its founding year (2019年，经国务院批准，撤销长垣县…) read as the period — both fixed as kinds. Left, a judgement
  // call: 04's “护柑行动” (a quoted 行动 is most often a national campaign's; the assessor read this one as local)
  it('set121: at least 143 of 144 cells; a county-level city\'s residue deducted, its founding year no period', () => {
    const at = checkedSet('set121', 143, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['wrong_unit_name'], []], [['wrong_year'], []]]);
    expect(at('05_').deductions[0].evidence[0].match).toBe('封丘县');
  });
  // set122: other places named on purpose — 安吉县 and its paired 金川县司法局 (东西部协作), 来凤县百福司镇 on a provincial border, 北碚区
  // with a 跨省通办 list, 涉县交通运输局 with 磁县交通运输局 left opening a paragraph after its year, 嘉善县惠民街道 signed late. First
  // reading 143/144, deductions 1 of 2: the counterpart after 2023年， and a run-in heading missed (fixed), a 复议 body's 调解和解率 counted
  // as mediation (fixed). Now 144/144
  it('set122: all 144 cells; partners named on purpose, the counterpart residue deducted', () => {
    const at = checkedSet('set122', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['wrong_unit_name'], []], [['late_report'], []]]);
  });
  // set123: 2025 reports — 上杭县 with a 五年来 paragraph, 禹州神垕镇 (八五普法 验收), 雷山方祥乡 with unheaded 2026 plans, 信丰县自然资源
  // 局, 宁海路街道 with a paragraph carried from 2023 (2023年是全面贯彻党的二十大精神的开局之年，街道…), 秭归县卫健局 signed 2026年5月.
  // First reading 140/144, deductions 1 of 2: the milestone-framed paragraph missed, 三重一大/重要事项 reviews refused for a 合同 named
  // after them, 规范性、政策性文件 not read, quoted expressions (“大师作品”等说法) counted as local items — each fixed. Now 144/144
  it('set123: all 144 cells; an earlier year framed by its own milestone deducted, the late 落款 deducted', () => {
    const at = checkedSet('set123', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['wrong_year'], []], [['late_report'], []]]);
  });
  // set124: badly converted text — spaced characters (平遥县), lines broken every 35 characters (婺源江湾镇), full-width digits, ①② and
  // OCR slips (桦川创业乡), running heads and — 2 — footers (安吉县应急管理局), 夷陵区 with 点军区 put on its agenda, 友谊路街道 signed in
  // Chinese numerals after the deadline. First reading 142/144, deductions 1 of 2: the agenda frame 作为点军区全局工作的… (全局工作 now
  // an agenda) — fixed. Left, a judgement call: 03's 缺少专门的法律工作力量 as an implied cause (engine partial, assessor unmet)
  it('set124: at least 143 of 144 cells; the agenda residue and the late 落款 deducted through the damage', () => {
    const at = checkedSet('set124', 143, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['wrong_unit_name'], []], [['late_report'], []]]);
  });
  // set125: minority areas with long names (河南蒙古族自治县, 额勒再特乌鲁乡, 满都胡宝拉格镇, 若尔盖县司法局, 拉卜楞镇 with 郎木寺镇 left as
  // its subject, 札达县市场监管局 signed late). First reading 144/144, deductions 2 of 2
  it('set125: all 144 cells; long names read, the residue and the late 落款 deducted', () => {
    const at = checkedSet('set125', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['wrong_unit_name'], []], [['late_report'], []]]);
    expect(['01_', '02_', '03_'].map((p) => at(p).unit)).toEqual(['河南蒙古族自治县人民政府', '额勒再特乌鲁乡人民政府', '满都胡宝拉格镇人民政府']);
  });
  // set126: 自评报告 carrying the scheme as tables (自评表, 自评得分, 佐证材料目录). First reading 143/144: a scoring row's item cell
  // credited — fixed (scoring tables' first cells are no evidence). The wrong_year the engine takes (五、2022年度…自评情况 over 2023's
  // figures) is the writer's plant; the assessor read a mislabel — left as the engine's reading
  it('set126: all 144 cells; a scoring table\'s item cells earn nothing, the late 落款 deducted', () => {
    const at = checkedSet('set126', 144, { tp: 1, fp: 1, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['wrong_year'], []], [['late_report'], []]]);
  });
  // set127: six 渝北区 towns from one model report (大盛镇's); two keep the model's name. First reading 144/144, deductions 0 of 2:
  // a sibling whose name is no word framed as the mission, and the year summed up under it — fixed; 场镇 is no town
  it('set127: all 144 cells; both residues of the model town deducted, the shared text flagged', () => {
    const at = checkedSet('set127', 144, { tp: 2, fp: 0, fn: 0 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['wrong_unit_name'], []], [['wrong_unit_name'], []]]);
    expect(['02_', '03_', '05_', '06_'].every((p) => at(p).flags.includes('near_duplicate'))).toBe(true);
  });
  // set128: departments reporting for their systems (公安局, 市监局, 交通运输局 telling its 市局's work, 卫健局, 教育局 with a pasted
  // 疫情防控 paragraph, 自然资源局 with 内乡县自然资源局 as a subject mid-paragraph). First reading 139/144: the 市局's own acts credited,
  // a 巡察's findings not read as supervision — fixed. The mid-paragraph counterpart stays a suspicion by design
  it('set128: at least 143 of 144 cells; the superior bureau\'s work earns nothing, the stale paragraph deducted', () => {
    const at = checkedSet('set128', 143, { tp: 1, fp: 0, fn: 1 });
    expect(['01_', '02_', '03_', '04_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p))])).toEqual([[[], []], [[], []], [[], []], [[], []], [['stale_content'], []], [[], ['内乡县']]]);
    expect(['annual_plan', 'normative_doc_review', 'power_list'].map((c) => at('03_').criteria[c].outcome)).toEqual(['partial', 'unmet', 'unmet']);
  });
  // set129–set136 (session 41): blind sets on cases and courts from elsewhere, famous models learnt from, office trimmings and
  // attachments, odd reporting periods, padding with other work, figures in unusual forms, the five parts under unusual headings,
  // units of unusual systems and far provinces. First readings 142, 141, 139, 136, 137, 141, 136, 135; each kind fixed named in
  // fixtures/assessed/README.md
  it('set129: at least 143 of 144 cells; a sibling 街道 served whole in the preamble deducted', () => {
    deductionsExactly('set129', 143, { '04_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['stale_content'] });
  });
  it('set130: all 144 cells; the model town left as the unit deducted, the study visit to it not', () => {
    const at = deductionsExactly('set130', 144, { '01_': ['wrong_unit_name'], '03_': ['late_report'], '05_': ['wrong_year'] });
    expect(at('01_').criteria.specificity.outcome).toBe('partial');
  });
  it('set131: at least 142 of 144 cells; attachments after the 落款 read by their own titles', () => {
    const at = deductionsExactly('set131', 142, { '02_': ['wrong_unit_name'], '04_': ['wrong_year'], '06_': ['stale_content'] });
    // 附件3, next year's task list after 附件2's headings, earns nothing
    const lines = (c: string) => at('01_').criteria[c].evidence.map((e: { line: number }) => e.line);
    expect(['power_list', 'legal_services'].map((c) => lines(c).length > 0 && lines(c).every((l: number) => l < 75))).toEqual([true, true]);
  });
  it('set132: at least 142 of 144 cells; a plan led by its year as a milestone is the plans part', () => {
    const at = deductionsExactly('set132', 142, { '04_': ['wrong_year'], '05_': ['late_report'], '06_': ['wrong_year'] });
    expect(at('03_').criteria.struct_next_year.outcome).toBe('met');
  });
  it('set133: at least 139 of 144 cells; a campaign\'s 责任清单 is a single-purpose list', () => {
    const at = deductionsExactly('set133', 139, { '03_': ['stale_content'], '06_': ['wrong_unit_name'] });
    expect(at('02_').criteria.power_list.outcome).toBe('partial');
  });
  it('set134: at least 141 of 144 cells; a one-character sibling town after 推动 deducted', () => {
    deductionsExactly('set134', 141, { '03_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  // (05's 为景县教育事业高质量发展营造了良好的法治环境: a suspicion until session 46, deducted since as its assessor did — the department's own
  // field served, and 在…县委依法治县办的指导下 no help given)
  it('set135: at least 138 of 144 cells; 需要改进的地方 is the shortcomings part; 景县 served with the bureau\'s own field deducted', () => {
    const at = checkedSet('set135', 138, { tp: 2, fp: 0, fn: 0 });
    expect(['struct_shortcomings', 'shortcoming_causes'].map((c) => at('04_').criteria[c].outcome)).toEqual(['met', 'met']);
    expect([idsOf(at('05_')), suspectedMatches(at('05_'))]).toEqual([['wrong_unit_name'], []]);
  });
  it('set136: at least 139 of 144 cells; a 团场 and a 林场 name their own papers', () => {
    const at = deductionsExactly('set136', 139, { '04_': ['wrong_year'], '05_': ['wrong_unit_name'] });
    expect(['01_', '04_'].map((p) => at(p).criteria.specificity.outcome)).toEqual(['met', 'met']);
  });
  // set137–set140 (session 41, second round): joint party-government reports, town names inside names that are not units,
  // inspections and rectification, long reports. First readings 138, 139, 135, 139; each kind fixed named in
  // fixtures/assessed/README.md
  it("set137: at least 139 of 144 cells; the 依法治县办's own report keeps its committee", () => {
    const at = deductionsExactly('set137', 139, { '03_': ['wrong_unit_name'], '04_': ['late_report'] });
    expect(at('06_').criteria.leading_group.outcome).toBe('partial');
  });
  it("set138: at least 140 of 144 cells; last year's review cases against the street a suspicion", () => {
    const at = checkedSet('set138', 140, { tp: 2, fp: 0, fn: 1 });
    expect(['03_', '05_', '06_'].map((p) => [idsOf(at(p)), suspectedMatches(at(p)).length])).toEqual([[[], 1], [['late_report'], 0], [['wrong_unit_name'], 0]]);
  });
  it("set139: at least 136 of 144 cells; a sibling town framed with its industry deducted, the district's 考核 of the town no 考核 of its own", () => {
    const at = deductionsExactly('set139', 136, { '03_': ['late_report'], '04_': ['wrong_unit_name'] });
    expect(at('06_').criteria.duty_assessment.outcome).not.toBe('met');
  });
  it("set140: at least 139 of 144 cells; the legal-aid center's last-year tally deducted", () => {
    const at = checkedSet('set140', 139, { tp: 1, fp: 0, fn: 1 });
    expect(['02_', '05_'].map((p) => idsOf(at(p)))).toEqual([[], ['wrong_year']]);
  });
  // set141–set142 (session 41, third round, not red-teamed): reports as news items and abridgements on a web page; small units and
  // units inside units (司法所, 执法队, 派出所, 市场监管所, 综治中心). First readings 137 and 130 — set 142 is the weakest reading of all
  // the sets: the engine reads such units as county departments (their sibling towns are no candidates, their own town's work
  // is theirs); left for a later session, named in fixtures/assessed/README.md
  it("set141: at least 141 of 144 cells; an abridgement's title year, a page's 【相关附件】无 under the 落款, 无一起被复议 as an honest zero", () => {
    const at = deductionsExactly('set141', 141, { '02_': ['stale_content'], '03_': ['wrong_unit_name'] });
    expect([at('02_').year, at('04_').criteria.report_metadata.outcome]).toEqual([2023, 'met']);
  });
  // session 42 built the level (engine/document/station.ts): 134 of 144, the 司法所's residue deducted
  it('set142: at least 134 of 144 cells; the 司法所 serving a sibling town whole deducted, the station\'s month-only 落款 dated', () => {
    const at = deductionsExactly('set142', 134, { '01_': ['wrong_unit_name'], '05_': ['late_report'] });
    expect([at('01_').unit, at('02_').criteria.report_metadata.outcome]).toEqual(['安吉县司法局天荒坪镇司法所', 'met']);
  });
  // set143–set145 (session 42, blind, on the station level): town stations of county bureaus (a 中心司法所 with its declared area,
  // 税务分局, 自然资源所, 财政所, a short-named 司法所), enforcement and police units at town level (派出所, 执法大队, a 市场监管所
  // named by its town's stem, an 应急管理站, a 交警大队's 中队), and town reports crowded with stations beside stations' reports
  // crowded with towns. First readings 137 (135 on the session's start), 134 (134) and 140 (139); each set's residue deducted
  it('set143: at least 138 of 144 cells; the 司法所 serving a town outside its area deducted, the 中心司法所\'s area its own', () => {
    deductionsExactly('set143', 138, { '02_': ['stale_content'], '03_': ['wrong_unit_name'], '05_': ['late_report'] });
  });
  it('set144: at least 135 of 144 cells; 围绕桃花镇党委、政府中心工作 in 上派\'s 市场监管所 deducted, its partners not', () => {
    deductionsExactly('set144', 135, { '02_': ['wrong_unit_name'], '04_': ['late_report'], '05_': ['wrong_year'] });
  });
  it('set145: at least 141 of 144 cells; a station titled by its short name names its unit', () => {
    const at = deductionsExactly('set145', 141, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '06_': ['late_report'] });
    expect(at('05_').criteria.report_metadata.outcome).toBe('met');
  });
  // set146–set147 (session 42, after red team 80): ordinary reports from provinces and levels seldom seen (西藏, 宁夏, 海南, 天津, 吉林,
  // 重庆), and stations of other systems (林业工作站, 水利站, 农业综合服务中心, 城管中队, 退役军人服务站). First readings 138 (138 on the
  // session's start) and 134 (133), deductions 3 of 3 and 2 of 3
  it('set146: at least 139 of 144 cells; vehicles counted in 台次 are quantities', () => {
    deductionsExactly('set146', 139, { '02_': ['late_report'], '04_': ['stale_content'], '06_': ['wrong_unit_name'] });
  });
  it('set147: at least 136 of 144 cells; 紧紧围绕西郊街道中心工作 in another street\'s 城管中队 deducted', () => {
    const at = deductionsExactly('set147', 136, { '02_': ['late_report'], '04_': ['wrong_unit_name'], '06_': ['wrong_year'] });
    expect(at('04_').criteria.leader_study_law.outcome).toBe('partial');
  });
  // set148–set149 (session 42, last round, not red-teamed): county-level teams whose names look like a town's station (交警大队,
  // 城区市场监管所, 第一税务分局, 城南自然资源所, 经济开发区派出所) — none is seated at a town; and plans hidden everywhere. First readings 139
  // and 139 (the same on the session's start)
  it('set148: at least 139 of 144 cells; no county-level team seated at a town, a 所 titled with no unit read from its 落款', () => {
    const at = deductionsExactly('set148', 139, { '02_': ['stale_content'], '04_': ['late_report'], '06_': ['wrong_unit_name'] });
    // (a township's 区划代码 has nine digits; these are placed at their county-level city)
    expect(['01_', '02_', '03_', '05_'].map((p) => at(p).division?.code.length)).toEqual([6, 6, 6, 6]);
    expect(at('04_').unit).toBe('麻城市自然资源和规划局城南自然资源所');
  });
  // (138 since session 55: its 02's 以街道名义印发的…文件，印发前均由司法所进行合法性把关 is normative review now, as set 320's assessor read it;
  // this one read it unmet)
  it('set149: at least 138 of 144 cells; 为玉海街道城市有机更新提供… deducted as its assessor did (a suspicion until session 47)', () => {
    const at = checkedSet('set149', 138, { tp: 3, fp: 0, fn: 0 });
    expect(at('02_').deductions.find((d: { id: string }) => d.id === 'wrong_unit_name').evidence[0].match).toBe('玉海街道');
  });
  // set150–set151 (session 42, after the final red team; one small fix, not red-teamed): big cities' streets, towns and district
  // departments (上海, 深圳, 广州, 北京, 天津), and the early years' vocabulary (2018–2020: 七五普法, 扫黑除恶, 依法行政工作报告). First
  // readings 138 and 139 (the same on the session's start)
  it('set150: at least 139 of 144 cells; 主要领导对法治工作亲自过问 is the first duty in a sentence', () => {
    const at = deductionsExactly('set150', 139, { '02_': ['wrong_unit_name'], '05_': ['stale_content'], '06_': ['late_report'] });
    expect(at('05_').criteria.struct_first_duty.outcome).toBe('partial');
  });
  it('set151: at least 139 of 144 cells; last year\'s tally, a residue in a mission frame and a late 落款 deducted', () => {
    deductionsExactly('set151', 139, { '01_': ['wrong_year'], '05_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  // set152–set155 (session 43): party-side and joint authors (依法治县办, a bureau's 党组, 镇党委+政府, 街道党工委+办事处, 区委+区政府),
  // concrete local carriers beside slogans that only look local, township-level units of unusual forms (北京 地区办事处, 华侨管理区, a
  // state farm, a 赫哲族乡, a 上海 镇 with its 工业园区), and units named after mountains, lakes, scenic areas and ports (风景区管委会,
  // 旅游度假区 one body with its 镇, 自然保护区管理局, 港区, a 国家公园 branch). First readings 139 (137 on the session's start), 137,
  // 140 and 139 (deductions 2 of 3 there on the start)
  // (141 after the first round; 140 since red team 82's narrowing read 04's 基本履职事项、配合履职事项和上级部门收回事项“三张清单” published
  // as its 履职事项清单, met by the scheme's convention — this assessor's close call was partial)
  it('set152: at least 140 of 144 cells; the 依法治县办 speaks for its county (中共…县委全面依法治县委员会办公室 at county level)', () => {
    const at = deductionsExactly('set152', 140, { '03_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
    expect(at('01_').criteria.normative_doc_review.outcome).toBe('met');
  });
  it('set153: at least 137 of 144 cells; a residue and a late 落款 deducted, an animal-epidemic duty not (the assessor deducted it)', () => {
    const at = checkedSet('set153', 137, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('02_'))).toEqual(['wrong_unit_name']);
    expect(idsOf(at('06_'))).toEqual(['late_report']);
    expect(idsOf(at('05_'))).toEqual([]);
  });
  it('set154: at least 140 of 144 cells; a farm\'s last-year opening, 疫情防控 in 2023 and a residue deducted', () => {
    deductionsExactly('set154', 140, { '03_': ['wrong_year'], '04_': ['stale_content'], '06_': ['wrong_unit_name'] });
  });
  it('set155: at least 139 of 144 cells; a 旅游度假区 one body with its 镇 is read at the 镇, its neighbour\'s name deducted', () => {
    const at = deductionsExactly('set155', 139, { '02_': ['wrong_unit_name'], '03_': ['wrong_year'], '04_': ['late_report'] });
    expect(at('02_').unit).toBe('天目湖旅游度假区管委会（天目湖镇人民政府）');
  });
  // set156–set159 (session 43, second round): one county's 2025 batch (蒲江县, three towns from one model, two departments), cooperation
  // across county and province borders (长三角示范区, 两省一街, 赣闽粤, 黄河金三角, 川渝, 皖赣), central and vertically managed units at
  // county level (海关, 边检站, 海事处, 水文站, 国有林场, 金融监管支局), and departments of the 2024 reforms (数据局, 信访局 under 社会工作部,
  // 行政审批局, 退役军人事务局, 医保局). First readings 140, 138, 133 and 140 (the same on the session's start)
  it('set156: at least 140 of 144 cells; a sibling town\'s residue and a late 落款 deducted, a vaccine quality check no epidemic work', () => {
    const at = checkedSet('set156', 140, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('03_'))).toEqual(['wrong_unit_name']);
    expect(idsOf(at('06_'))).toEqual(['late_report']);
    // 2024年，我局…137件 followed by 全年…同比 later in its paragraph: a suspicion (red team 45's baseline shape); the assessor deducted
    expect(idsOf(at('05_'))).toEqual([]);
    expect(at('05_').suspected.map((d: { id: string }) => d.id)).toEqual(['wrong_year']);
  });
  it('set157: at least 141 of 144 cells; agreements titled with the unit\'s own name are named local documents', () => {
    const at = deductionsExactly('set157', 141, { '01_': ['wrong_unit_name'], '04_': ['wrong_year'], '05_': ['stale_content'] });
    expect(at('02_').criteria.specificity.outcome).toBe('met');
  });
  it('set158: at least 136 of 144 cells; bodies named by their county\'s short form are placed there', () => {
    const at = checkedSet('set158', 136, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('02_'))).toEqual(['late_report']);
    expect(idsOf(at('05_'))).toEqual(['wrong_year']);
    // (03's residue names a sibling office by its county's short form, 为镇海海事处辖区…: not read — left)
    for (const f of ['01_', '02_', '03_', '04_', '06_']) expect(suspectedMatches(at(f))).toEqual([]);
    expect(at('03_').division).toMatchObject({ code: '330225' });
    expect(at('01_').division).toMatchObject({ code: '320582' });
  });
  it('set159: at least 141 of 144 cells; last year\'s tally with its own 同比 deducted', () => {
    const at = checkedSet('set159', 141, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('03_'))).toEqual(['wrong_year']);
    expect(idsOf(at('05_'))).toEqual(['stale_content']);
  });
  // set160–set163 (session 43, third round): copy-paste residues in every shape among legitimate mentions, years in every shape,
  // leaders and their duties in every shape, openness/lists/documents in every shape. First readings 137 (deductions 3 of 5), 137,
  // 140 (1 of 2) and 140 (the same on the session's start)
  // (01's tally under another town and 03's heading were deducted by this round's first rules; red team 83 found 15 legitimate
  // reports −10'd by them — rankings, visits, partners, 片区 and 代管 sections — so both shapes are suspicions for the assessor)
  // (session 44: a tally's subject is deducted where the part around it names no ranking, visit, host or partnership — set 169's
  // 果子园乡 is; 01's 钟管镇 has 与钟管镇签订《边界区域矛盾纠纷联调联处协议》 after it in its paragraph, a partner named on purpose as red
  // team 85's r1_15 was, so it stays suspected as at the session's start)
  it('set160: at least 137 of 144 cells; residues in a first-duty sentence and as a mechanism\'s host deducted, a tally\'s subject and a heading suspected', () => {
    const at = checkedSet('set160', 137, { tp: 3, fp: 0, fn: 2 });
    expect(suspectedMatches(at('01_'))).toEqual(['钟管镇']);
    expect(idsOf(at('02_'))).toEqual(['wrong_unit_name']);
    expect(idsOf(at('04_'))).toEqual(['wrong_unit_name']);
    expect(idsOf(at('05_'))).toEqual(['wrong_year']);
    expect(suspectedMatches(at('03_'))).toEqual(['甸柳街道']);
  });
  it('set161: at least 137 of 144 cells; a preamble\'s and a carried paragraph\'s last year deducted (a title year contradicting its body is not read)', () => {
    const at = checkedSet('set161', 137, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('02_'))).toEqual(['wrong_year']);
    expect(idsOf(at('05_'))).toEqual(['wrong_year']);
  });
  it('set162: at least 140 of 144 cells; 法治为漫水乡乡村振兴…提供了有力保障 deducted, a late 落款 too', () => {
    deductionsExactly('set162', 140, { '05_': ['late_report'], '06_': ['wrong_unit_name'] });
  });
  it('set163: at least 140 of 144 cells; a preamble\'s last year and a residue deducted', () => {
    deductionsExactly('set163', 140, { '03_': ['wrong_year'], '06_': ['wrong_unit_name'] });
  });
  // set164–set165 (session 43, held out: read once at the session's end, nothing fixed for them): ordinary 2025 reports and ordinary
  // 2022–2023 reports of twelve units in provinces and kinds chosen by their writers. First readings 138 and 142, the same on the
  // session's start
  it('set164: at least 138 of 144 cells; a residue in the plans\' 融入X镇…全局, a late 落款 and last year\'s tally deducted', () => {
    deductionsExactly('set164', 138, { '01_': ['wrong_unit_name'], '03_': ['late_report'], '04_': ['wrong_year'] });
  });
  it('set165: at least 142 of 144 cells; 疫情防控 in 2023 and a late 落款 deducted (a sibling street heading its communities\' work, 经八路街道各社区…, suspected since session 44)', () => {
    const at = checkedSet('set165', 142, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('03_'))).toEqual(['stale_content']);
    expect(idsOf(at('05_'))).toEqual(['late_report']);
    expect(idsOf(at('02_'))).toEqual([]);
    expect(suspectedMatches(at('02_'))).toEqual(['经八路街道']);
  });
  // set166–set167 (session 43, held out as sets 164–165 were): ordinary 2024 reports from the north and west, and ordinary 2021
  // reports (the first year of 十四五). First readings 143 and 141, the same on the session's start
  it('set166: at least 143 of 144 cells; 疫情防控 as published information in 2024, a residue and a late 落款 deducted', () => {
    deductionsExactly('set166', 143, { '01_': ['stale_content'], '03_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set167: at least 141 of 144 cells; a preamble\'s last year, a residue and a late 落款 deducted', () => {
    deductionsExactly('set167', 141, { '01_': ['wrong_year'], '03_': ['wrong_unit_name'], '05_': ['late_report'] });
  });
  // set168–set171 (session 44): villages and communities doing the work beside the units above and beside; numbers and tallies in
  // every shape; units that are no township or county (a 高新区, an industrial park, a state forest farm, a bureau with its 执法大队,
  // a 街道 in a zone, a scenic area); office documents as Word gives them (lost numbering, page furniture, tables flattened, 版头,
  // 附件, 抄送). First readings 142, 139 (deductions 1 of 3), 138 and 139 (the same on the session's start)
  it('set168: at least 142 of 144 cells; a neighbour town\'s tally with no 共 (池店镇全年开展…32场), a late 落款 and 疫情防控 in 2023 deducted', () => {
    deductionsExactly('set168', 142, { '03_': ['wrong_unit_name'], '04_': ['late_report'], '05_': ['stale_content'] });
  });
  // (05 names no year in its title and signs 2026年4月13日: the year is read from the body, so the lateness is suspected, not deducted)
  it('set169: at least 140 of 144 cells; last year\'s tally and another township heading the year\'s only tally deducted; a county committee\'s office sets up no bureau\'s group', () => {
    const at = checkedSet('set169', 140, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('01_'))).toEqual(['wrong_year']);
    expect(idsOf(at('06_'))).toEqual(['wrong_unit_name']);
    expect(idsOf(at('05_'))).toEqual([]);
    expect(at('05_').criteria.leading_group.outcome).toBe('unmet');
  });
  it('set170: at least 140 of 144 cells; a late 落款, a residue in a serve frame and 疫情防控 in 2024 deducted; 《云南省阳宗海保护条例》 a local document', () => {
    deductionsExactly('set170', 140, { '01_': ['late_report'], '05_': ['wrong_unit_name'], '06_': ['stale_content'] });
  });
  it('set171: at least 140 of 144 cells; 疫情防控 in 2023, a residue and a late 落款 deducted through Word\'s furniture', () => {
    deductionsExactly('set171', 140, { '02_': ['stale_content'], '05_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  // set172–set173 (session 44, second round): departments of rarer kinds (税务, 公安分局, 医保, 退役军人, 消防救援大队, 气象), and plans and
  // shortcomings in every shape. First readings 140 (deductions 2 of 3) and 139 (3 of 3; the same on the session's start)
  it('set172: at least 141 of 144 cells; another county\'s field work pushed after a frame, 疫情防控 in 2023 and a late 落款 deducted; 报送法治…材料 no 送法', () => {
    deductionsExactly('set172', 141, { '03_': ['wrong_unit_name'], '04_': ['stale_content'], '05_': ['late_report'] });
  });
  it('set173: at least 139 of 144 cells; a late 落款, a residue in a mission frame and 疫情防控 in 2023 deducted', () => {
    deductionsExactly('set173', 139, { '02_': ['late_report'], '03_': ['wrong_unit_name'], '06_': ['stale_content'] });
  });
  // set174–set175 (session 44, held out: read once, nothing fixed for them): ordinary 2023 reports from the south-west and centre, and
  // ordinary 2019–2020 reports. First readings 138 and 140 (deductions 3 of 3 each), the same on the session's start
  it('set174: at least 138 of 144 cells; a residue in a mission frame, a preamble\'s last year and a late 落款 deducted', () => {
    deductionsExactly('set174', 138, { '01_': ['wrong_unit_name'], '03_': ['wrong_year'], '05_': ['late_report'] });
  });
  it('set175: at least 140 of 144 cells; a residue in a serve frame, last year opening the report and a late 落款 deducted', () => {
    deductionsExactly('set175', 140, { '01_': ['wrong_unit_name'], '02_': ['wrong_year'], '06_': ['late_report'] });
  });
  // set176–set178 (session 45): township-level zones, farms and offices placed at county level (华侨管理区, 熊口管理区, 沉湖管委会, towns and
  // streets of county-level cities, a 乡 of an autonomous county); units renamed, merged or upgraded (撤乡设镇, 撤镇设街道, a merger, 撤县设区, a
  // bureau of 机构改革) naming their old names; ordinary 2024–2025 reports of the east and south coast (read before its kind was fixed: no
  // longer held out)
  it('set176: at least 139 of 144 cells; 疫情防控 in 2023, a zero claim under another town inside the unit\'s own figures and a late 落款 deducted', () => {
    deductionsExactly('set176', 139, { '03_': ['stale_content'], '04_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set177: at least 139 of 144 cells; a neighbouring 街道 served whole, a late 落款 and 疫情防控转段 in 2023 deducted; old names never', () => {
    deductionsExactly('set177', 139, { '02_': ['wrong_unit_name'], '04_': ['late_report'], '06_': ['stale_content'] });
  });
  it('set178: at least 140 of 144 cells; a residue in a serve frame, a late 落款 and last year\'s one-count tally deducted', () => {
    deductionsExactly('set178', 140, { '01_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['wrong_year'] });
  });
  // set179–set181 (session 45, second round): reports as a PDF extraction gives them (lines cut mid-sentence, running headers, page numbers,
  // a flattened table); units with the commonest names (城关镇, 城东街道, 城郊乡, 宁县, 和平县); ordinary 2022–2023 reports of the north-east and
  // north-west (held out: read once, nothing fixed for it)
  it('set179: at least 141 of 144 cells; 疫情防控 in 2023 and another town\'s governance raised in full (cut by a line break) deducted; a late 落款 under a year read from the body suspected', () => {
    const at = checkedSet('set179', 141, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('02_'))).toEqual(['stale_content']);
    // (为全面提升天荒坪镇基层社会治理法治化水平打下了基础: suspected until session 46, deducted as its assessor did)
    expect(idsOf(at('01_'))).toEqual(['wrong_unit_name']);
    expect(suspectedMatches(at('01_'))).toEqual([]);
    expect((at('06_').suspected ?? []).map((d: { id: string }) => d.id)).toEqual(['late_report']);
    // the running header 柞政字〔2022〕6号 no longer cuts the three systems in two
    expect(at('04_').criteria.enforcement_three_systems.outcome).toBe('met');
  });
  it('set180: at least 143 of 144 cells; a neighbour served a peaceful home, a late 落款 and 疫情防控 in 2024 deducted; no common name mistaken', () => {
    deductionsExactly('set180', 143, { '01_': ['wrong_unit_name'], '02_': ['late_report'], '03_': ['stale_content'] });
  });
  it('set181: at least 141 of 144 cells; a residue in a serve frame, 疫情防控 in 2023 and a late 落款 deducted', () => {
    deductionsExactly('set181', 141, { '02_': ['wrong_unit_name'], '05_': ['stale_content'], '06_': ['late_report'] });
  });
  // set182–set183 (session 45, third round; held out, first read at 141/144 and 2 of 3 deductions each, the same on e7cda53, then their
  // kinds fixed): ordinary 2025 reports of the centre and south; ordinary county departments 2021–2024
  it('set182: at least 141 of 144 cells; a neighbour\'s tourism industry pushed, last year opening the report and a late 落款 deducted', () => {
    deductionsExactly('set182', 141, { '04_': ['wrong_year'], '05_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set183: at least 142 of 144 cells; another city\'s field carried through, last year opening the report and a late 落款 deducted', () => {
    deductionsExactly('set183', 142, { '03_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  // set184–set185 (session 45, fourth round): state farms, forest farms and a reclamation farm as units (and a town with a farm inside
  // it); the unit's own name in many forms beside neighbours with similar names
  it('set184: at least 140 of 144 cells; 疫情防控平稳转段 in 2023, a late 落款 and a framed sibling town beside roads shared with a farm deducted', () => {
    const at = deductionsExactly('set184', 140, { '02_': ['stale_content'], '03_': ['late_report'], '06_': ['wrong_unit_name'] });
    // the reclamation farm signs and titles its report as itself (it was read as its city, 贵溪市)
    expect(at('03_').unit).toBe('贵溪市河潭垦殖场');
  });
  it('set185: at least 139 of 144 cells; the rule of law carried through a neighbour street\'s governance, a late 落款 and 疫情防控 in 2025 deducted; a town of another city placed with its county not deducted', () => {
    const at = deductionsExactly('set185', 139, { '03_': ['wrong_unit_name'], '04_': ['late_report'], '06_': ['stale_content'] });
    expect(at('03_').deductions[0].evidence[0].match).toBe('凤城街道');
  });
  // set186–set190 (session 46; first read at d6f670d: 694/720 cells, deductions 13 of 15, none false): ethnic autonomous areas; the north
  // China plain in 2024 (held out); next year's plans in every shape; county-level cities, where 市 is both the unit and its prefecture; the
  // south-east in 2022 (held out, 疫情防控 that year's real work)
  it('set186: at least 139 of 144 cells; a neighbour town served whole, a late 落款 and 疫情防控常态化 in 2023 deducted; 乡 inside 东乡族自治县 no town', () => {
    deductionsExactly('set186', 139, { '01_': ['late_report'], '02_': ['wrong_unit_name'], '06_': ['stale_content'] });
  });
  it('set187: at least 139 of 144 cells; another town of the county under its former level word (沙口集乡), last year in the opening and a late 落款 deducted', () => {
    const at = deductionsExactly('set187', 139, { '01_': ['wrong_unit_name'], '02_': ['wrong_year'], '05_': ['late_report'] });
    expect(at('01_').deductions[0].evidence[0].match).toBe('沙口集乡');
  });
  it('set188: at least 141 of 144 cells; a neighbour township served, a late 落款 and last year in the opening deducted; plans in every shape credit nothing', () => {
    deductionsExactly('set188', 141, { '03_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['wrong_year'] });
  });
  it('set189: at least 139 of 144 cells; the rule of law carried through another street\'s listed work, a late 落款 and 疫情防控 in 2023 deducted; 市 as unit and prefecture', () => {
    const at = deductionsExactly('set189', 139, { '03_': ['stale_content'], '04_': ['late_report'], '05_': ['wrong_unit_name'] });
    expect(at('05_').deductions[0].evidence[0].match).toBe('北苑街道');
  });
  it('set190: at least 137 of 144 cells; another town\'s organs speaking, last year opening the report and a late 落款 deducted; 疫情防控 in 2022 not stale', () => {
    deductionsExactly('set190', 137, { '02_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  // set191–set194 (session 46, second round; first read at d6f670d: 559/576 cells, deductions 9 of 12 and one false −10 — 肥西县's own
  // 落款 read as another unit's): county governments naming many places of their own; city street offices (held out); county departments
  // in 2025 (held out); the bottom of the ranking
  it('set191: at least 138 of 144 cells; a neighbour county pushed, last year opening the report and a late 落款 deducted; a county speaking as 县政府 is its 落款', () => {
    const at = deductionsExactly('set191', 138, { '03_': ['wrong_unit_name'], '04_': ['wrong_year'], '05_': ['late_report'] });
    expect(at('06_').unit).toBe('肥西县人民政府');
  });
  it('set192: at least 142 of 144 cells; a late 落款, 疫情防控 in 2023 and another street\'s 依法行政 raised in full deducted', () => {
    deductionsExactly('set192', 142, { '02_': ['late_report'], '03_': ['stale_content'], '05_': ['wrong_unit_name'] });
  });
  it('set193: at least 139 of 144 cells; last year opening the report, a late 落款 and another county\'s 教育事业 served deducted', () => {
    deductionsExactly('set193', 139, { '04_': ['wrong_year'], '05_': ['late_report'], '06_': ['wrong_unit_name'] });
  });
  it('set194: at least 140 of 144 cells; another town\'s governance raised in full, a late 落款 and 疫情防控 in 2023 deducted in weak reports', () => {
    deductionsExactly('set194', 140, { '02_': ['wrong_unit_name'], '04_': ['late_report'], '05_': ['stale_content'] });
  });
  // set195–set198 (session 47; first read at f903eb3: 560/576 cells, deductions 9 of 12, none false): county departments whose work is
  // full of places; the west in 2021 (held out, 疫情防控 that year's real work); the east in 2023 (held out); 2025 reports looking back
  // over the five years of the 纲要
  it('set195: at least 139 of 144 cells; last year in the opening and a late 落款 deducted; roads, rivers and parks named after towns and neighbours not', () => {
    // left: 奋力谱写周至农业农村现代化新篇章 in 眉县农业农村局's preamble (周至 without 县, a county the report names twice on purpose)
    const at = checkedSet('set195', 139, { tp: 2, fp: 0, fn: 1 });
    expect(at('02_').deductions.map((d: { id: string }) => d.id)).toEqual(['wrong_year']);
    expect(at('03_').deductions.map((d: { id: string }) => d.id)).toEqual(['late_report']);
    for (const f of ['01_', '04_', '05_', '06_']) expect([f, at(f).deductions, at(f).suspected ?? []]).toEqual([f, [], []]);
  });
  it('set196: at least 140 of 144 cells; a neighbour township served whole, last year in the opening and a late 落款 deducted; 疫情防控 in 2021 not stale', () => {
    deductionsExactly('set196', 140, { '02_': ['late_report'], '03_': ['wrong_year'], '05_': ['wrong_unit_name'] });
  });
  it('set197: at least 137 of 144 cells; another township\'s people\'s sense of the law raised, last year in the opening and a late 落款 deducted', () => {
    const at = deductionsExactly('set197', 137, { '01_': ['wrong_unit_name'], '03_': ['late_report'], '06_': ['wrong_year'] });
    expect(at('01_').deductions[0].evidence[0].match).toBe('果子园乡');
  });
  it('set198: all 144 cells; a neighbour town\'s industry served, last year\'s paragraph under a heading naming 2025, 疫情防控 in a review and a late 落款 deducted', () => {
    const at = deductionsExactly('set198', 144, { '02_': ['wrong_unit_name'], '04_': ['stale_content'], '05_': ['wrong_year'], '06_': ['late_report'] }, { '04_': ['2023年，全县'] });
    expect(at('02_').deductions[0].evidence[0].match).toBe('纪台镇');
    expect(at('05_').deductions[0].evidence[0].match).toBe('2024年，局党组书记、局长');
  });
  // set199–set201 (session 47, second round; first read at f903eb3: 415/432 cells, deductions 8 of 9, none false): the south-west and
  // south in 2024 (held out); towns sharing an industry, a market, a river or a park with their neighbours; 2020, the last year of 十三五
  // (held out, 疫情防控 that year's central work)
  it('set199: at least 136 of 144 cells; a neighbour street served whole, last year\'s tally in a report stating its year in the body and a late 落款 deducted', () => {
    const at = deductionsExactly('set199', 136, { '03_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
    expect(at('05_').deductions[0].evidence[0].match).toBe('2023年，全乡');
  });
  it('set200: at least 137 of 144 cells; last year opening the report, a neighbour\'s rule of law pushed and a late 落款 deducted; neighbours named on purpose throughout not', () => {
    const at = deductionsExactly('set200', 137, { '03_': ['wrong_year'], '04_': ['wrong_unit_name'], '06_': ['late_report'] });
    expect(at('04_').deductions[0].evidence[0].match).toBe('梅林镇');
  });
  it('set201: all 144 cells; a neighbour town served, a late 落款 and last year\'s tally deducted; 疫情防控 in 2020 not stale', () => {
    deductionsExactly('set201', 144, { '02_': ['wrong_unit_name'], '03_': ['late_report'], '05_': ['wrong_year'] });
  });
  // set202–set204 (session 47, third round; first read at f903eb3: 425/432 cells, deductions 7 of 9, none false): the centre in 2022 (held
  // out); titles and openings in every shape, the year told in the body; the north-east and north-west in 2024 (held out)
  it('set202: at least 143 of 144 cells; last year in the opening, another street served whole and a late 落款 deducted; 疫情防控 in 2022 not stale', () => {
    deductionsExactly('set202', 143, { '01_': ['wrong_year'], '03_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set203: at least 142 of 144 cells; the year a title lacks read from 现将…X年度… over background years, last year\'s tally, a neighbour street\'s 工作全局 and a late 落款 deducted', () => {
    const at = deductionsExactly('set203', 142, { '02_': ['wrong_year'], '03_': ['wrong_unit_name'], '06_': ['late_report'] });
    expect([at('02_').year, at('02_').deductions[0].evidence[0].match]).toEqual([2024, '2023年，我镇']);
  });
  it('set204: at least 140 of 144 cells; a late 落款 and a neighbour township pushed deducted', () => {
    // left: 2023年，建工街道党工委、办事处坚持…取得了一定成效 heading the first work section of a 2024 report (deducted for a while in session
    // 47; withdrawn after red team 95 found background years in that place — a flood, an honour, a task handed down)
    const at = checkedSet('set204', 140, { tp: 2, fp: 0, fn: 1 });
    expect(at('04_').deductions.map((d: { id: string }) => d.id)).toEqual(['late_report']);
    expect(at('05_').deductions.map((d: { id: string }) => d.id)).toEqual(['wrong_unit_name']);
    expect(at('03_').deductions).toEqual([]);
  });
  // set205–set207 (session 47, last round, after red team 95's narrowing; first read at f903eb3: 419/432 cells, deductions 8 of 9, none
  // false): the south and the coast in 2023 (held out); county governments and departments reviewing the towns' work; the north and
  // east in 2025 (held out)
  it('set205: at least 141 of 144 cells; a late 落款, another street served whole and 疫情防控常态化 in 2023 deducted; 动物疫病 and 疫苗 not stale', () => {
    deductionsExactly('set205', 141, { '02_': ['late_report'], '03_': ['wrong_unit_name'], '05_': ['stale_content'] });
  });
  it('set206: at least 141 of 144 cells; a late 落款, last year\'s tally and a neighbour county as the place the rule of law is put (放在安远县…全局中) deducted; the county\'s towns named on purpose throughout not', () => {
    const at = deductionsExactly('set206', 141, { '02_': ['late_report'], '04_': ['wrong_unit_name'], '05_': ['wrong_year'] });
    expect(at('04_').deductions[0].evidence[0].match).toBe('安远县');
  });
  it('set207: at least 137 of 144 cells; another township\'s 中心工作全过程, a late 落款 and last year in the 现将 sentence deducted', () => {
    deductionsExactly('set207', 137, { '03_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['wrong_year'] });
  });
  // set208–set211 (session 48, first round; first read at e7f831b: 554/576 cells, deductions 10 of 12, none false): 2018, the earliest
  // year (held out); the north and north-east in 2022 (held out); towns given county powers (赋权, 综合行政执法); the centre in 2024 (held out)
  it('set208: at least 139 of 144 cells; another township\'s 各项事业, a late 落款 and last year in the opening deducted; 卫生防疫 in 2018 not stale', () => {
    deductionsExactly('set208', 139, { '01_': ['wrong_unit_name'], '04_': ['late_report'], '05_': ['wrong_year'] });
  });
  it('set209: at least 139 of 144 cells; a neighbour town served whole, a late 落款 and last year in the opening deducted; 疫情防控 in 2022 not stale', () => {
    deductionsExactly('set209', 139, { '03_': ['wrong_unit_name'], '04_': ['late_report'], '06_': ['wrong_year'] });
  });
  it('set210: at least 142 of 144 cells; a pilot neighbour served whole (named three more times on purpose), a late 落款 and last year\'s enforcement tally with an area cleared deducted', () => {
    const at = deductionsExactly('set210', 142, { '01_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['wrong_year'] });
    expect(at('06_').deductions[0].evidence[0].match).toBe('2022年，我镇');
  });
  it('set211: at least 139 of 144 cells; another town served whole, last year\'s tally of the street\'s own 综治中心 mid-paragraph and a late 落款 deducted; the review law only publicised earns no review credit', () => {
    const at = deductionsExactly('set211', 139, { '01_': ['wrong_unit_name'], '03_': ['wrong_year'], '06_': ['late_report'] });
    expect(at('03_').deductions[0].evidence[0].text).toContain('街道综治中心共接待');
  });
  // set212–set215 (session 48, second round; first read at e7f831b: 554/576 cells, deductions 12 of 12, none false): 2019 in the west and
  // north-west (held out); review, litigation and petitions in every shape; major decisions in every shape; the north-east and north in
  // 2023 (held out)
  it('set212: at least 141 of 144 cells; last year in the 现将 sentence, a neighbour town served whole and a late 落款 deducted; 新冠 in 2020 plans not stale', () => {
    deductionsExactly('set212', 141, { '04_': ['wrong_year'], '05_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set213: at least 137 of 144 cells; last year in the opening, a late 落款 and 乙类乙管 in 2023 deducted; an aim before the county\'s organ (力争县政府…) no place', () => {
    deductionsExactly('set213', 137, { '03_': ['wrong_year'], '05_': ['late_report'], '06_': ['stale_content'] });
  });
  it('set214: at least 141 of 144 cells; 疫情防控 as published information in 2024, a neighbour town pushed and a late 落款 deducted; price and case hearings, contracts and tenders no decision steps', () => {
    deductionsExactly('set214', 141, { '02_': ['stale_content'], '04_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set215: at least 139 of 144 cells; a neighbour township served whole, a late 落款 and 疫情防控 in 2023 deducted; 动物防疫 not stale', () => {
    deductionsExactly('set215', 139, { '01_': ['wrong_unit_name'], '03_': ['late_report'], '06_': ['stale_content'] });
  });
  // set216–set219 (session 48, third round; first read at e7f831b: 563/576 cells, deductions 7 of 12, none false): the south and south-east
  // in 2021 (held out); leaders' duties, study and assessment in every shape; the south-west and centre in 2025 (held out); residues in
  // many shapes among neighbours named on purpose
  it('set216: at least 142 of 144 cells; the work part headed with last year (一、2020年度主要工作开展情况), another town\'s industry served with a second aim and a late 落款 deducted; 疫情防控 in 2021 not stale', () => {
    const at = deductionsExactly('set216', 142, { '01_': ['wrong_year'], '02_': ['wrong_unit_name'], '06_': ['late_report'] });
    expect(at('01_').deductions[0].evidence[0].match).toBe('一、2020年度主要工作开展情况');
  });
  it('set217: at least 142 of 144 cells; a neighbour county\'s field served, last year in the opening and a late 落款 deducted; a 落款 of exactly 4月1日 not', () => {
    deductionsExactly('set217', 142, { '02_': ['wrong_unit_name'], '03_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set218: at least 140 of 144 cells; the rule of law carried into another town\'s work without 把/将, last year\'s tally and a late 落款 deducted', () => {
    deductionsExactly('set218', 140, { '01_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set219: at least 140 of 144 cells; a partner town as the subject of the unit\'s own tally and a neighbour district in the mission frame deducted; a partner\'s people\'s sense after joint work only suspected', () => {
    // left: 书洋镇群众的法治获得感…进一步增强 after the two towns' joint mediation room told the paragraph before (its assessor deducted it;
    // the engine cannot tell a pasted effect from the partnership's own)
    const at = checkedSet('set219', 140, { tp: 2, fp: 0, fn: 1 });
    expect(idsOf(at('02_'))).toEqual(['wrong_unit_name']);
    expect(idsOf(at('06_'))).toEqual(['wrong_unit_name']);
    expect([idsOf(at('04_')), suspectedMatches(at('04_'))]).toEqual([[], ['书洋镇']]);
  });
  // set220–set223 (session 48, last round; first read at e7f831b: 560/576 cells, deductions 11 of 12, none false): the north-west and north
  // in 2020 (held out); the east in 2024 (held out); shortcomings and causes in every shape; mediation, legal services and petitions in
  // every shape
  it('set220: at least 142 of 144 cells; another township carried through, last year in the opening and a late 落款 deducted; 疫情防控 in 2020 not stale', () => {
    deductionsExactly('set220', 142, { '01_': ['wrong_unit_name'], '03_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set221: at least 141 of 144 cells; a late 落款, the county\'s one-character town after 法治 (法治侯镇) and last year in the opening deducted; 动物防疫 and 传染病疫情报告 not stale', () => {
    const at = deductionsExactly('set221', 141, { '01_': ['late_report'], '02_': ['wrong_unit_name'], '06_': ['wrong_year'] });
    expect(at('02_').deductions[0].evidence[0].match).toBe('侯镇');
  });
  it('set222: at least 142 of 144 cells; a late 落款, last year in the 现将 sentence and a neighbour pushed deducted; 原因 as the thing analysed is no cause', () => {
    deductionsExactly('set222', 142, { '03_': ['late_report'], '05_': ['wrong_year'], '06_': ['wrong_unit_name'] });
  });
  it('set223: at least 136 of 144 cells; a late 落款, last year\'s 信访 tally and another township\'s work deducted; 疫苗 publicity not stale', () => {
    deductionsExactly('set223', 136, { '04_': ['late_report'], '05_': ['wrong_year'], '06_': ['wrong_unit_name'] });
  });
  // set224–set229 (session 49; first read at f3dd99a: 838/864 cells, deductions 15 of 19, none false): the south-west in 2023 (held
  // out); the east coast in 2019–2020 (held out); office documents (.docx numbered by Word, a w:tbl, an .html page); rare departments
  // (统计局, 气象局, 档案馆, 人防办, 退役军人事务局, a 开发区管委会); a unit's own words that look like faults; the north in 2021 and 2025 (held out)
  it('set224: at least 143 of 144 cells; a pasted neighbour, a late 落款 and 新冠 work in 2023 deducted; a withheld firm name (某律师事务所) is no named item', () => {
    deductionsExactly('set224', 143, { '02_': ['wrong_unit_name'], '04_': ['late_report'], '05_': ['stale_content'] });
  });
  it('set225: at least 140 of 144 cells; another county\'s town carried into a whole process (融入…全过程), a preamble carried from the year before in a title without a year, and a late 落款 deducted', () => {
    const at = deductionsExactly('set225', 140, { '02_': ['wrong_unit_name'], '03_': ['wrong_year'], '05_': ['late_report'] });
    expect(at('03_').year).toBe(2019);
  });
  it('set226: at least 142 of 144 cells; Word-numbered .docx parts and an .html page read; a late 落款, 疫情防控 in 2023 and another county\'s town deducted', () => {
    deductionsExactly('set226', 142, { '02_': ['late_report'], '04_': ['stale_content'], '06_': ['wrong_unit_name'] });
  });
  it('set227: at least 138 of 144 cells; another county as a bureau\'s census ground, last year\'s tally, a late 落款 and 疫情防控 in 2023 deducted', () => {
    deductionsExactly('set227', 138, { '01_': ['wrong_unit_name'], '03_': ['wrong_year'], '05_': ['late_report'], '06_': ['stale_content'] });
  });
  it('set228: at least 140 of 144 cells; another street\'s mediation body\'s tally, last year\'s paragraph and a late 落款 deducted; visitors, partners, the own 区委 and 试点县 left alone', () => {
    deductionsExactly('set228', 140, { '03_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set229: at least 140 of 144 cells; a late 落款, a pasted street and 疫情防控 in 2025 deducted; 疫情 in 2021 not stale', () => {
    deductionsExactly('set229', 140, { '01_': ['late_report'], '03_': ['wrong_unit_name'], '05_': ['stale_content'] });
  });
  // set230–set235 (session 49, second round; first read at f3dd99a: 840/864 cells, deductions 17 of 19, none false): the centre and
  // north-east in 2022 (held out); county governments in every shape; the south in 2024 (held out); county departments in 2025;
  // structure under stress; messy deliveries (PDF line breaks, full-width digits, tabs, half-width brackets, web chrome, page numbers)
  it('set230: at least 137 of 144 cells; a pasted township and a late 落款 deducted; last year opening the work part a suspicion (the assessor deducted it)', () => {
    const at = checkedSet('set230', 137, { tp: 2, fp: 0, fn: 1 });
    expect([idsOf(at('02_')), idsOf(at('05_')), idsOf(at('06_'))]).toEqual([['wrong_unit_name'], [], ['late_report']]);
    expect(suspectedMatches(at('05_'))).toEqual(['2021年，我局']);
  });
  it('set231: at least 141 of 144 cells; a late 落款, another county\'s pasted paragraph and 疫情防控 in 2023 deducted in long county reports', () => {
    deductionsExactly('set231', 141, { '03_': ['late_report'], '04_': ['wrong_unit_name'], '06_': ['stale_content'] });
  });
  it('set232: at least 141 of 144 cells; a late 落款, a pasted town, last year in the 现将 sentence and 疫情防控 information in 2024 deducted; 登革热 and 疫病 not stale', () => {
    deductionsExactly('set232', 141, { '02_': ['late_report'], '03_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['stale_content'] });
  });
  it('set233: at least 140 of 144 cells; another county\'s funds inspected, a late 落款 and 疫情防控 in 2025 deducted; a disclosure case is no openness work', () => {
    deductionsExactly('set233', 140, { '02_': ['wrong_unit_name'], '04_': ['late_report'], '05_': ['stale_content'] });
  });
  it('set234: at least 143 of 144 cells; 疫情防控 in 2023, a late 落款 and a pasted town deducted across merged, unheaded and 第一部分 parts', () => {
    deductionsExactly('set234', 143, { '01_': ['stale_content'], '03_': ['late_report'], '06_': ['wrong_unit_name'] });
  });
  it('set235: at least 140 of 144 cells; 疫情防控 in 2023, a late 落款 and a pasted town deducted through PDF breaks, full-width digits, tabs and web chrome', () => {
    deductionsExactly('set235', 140, { '01_': ['stale_content'], '03_': ['late_report'], '05_': ['wrong_unit_name'] });
  });
  // set236–set241 (session 49, third round; first read at f3dd99a: 820/864 cells, deductions 17 of 23, none false): the west in 2021
  // (held out); big towns with delegated powers; law-enforcement departments; big-city streets; thin reports; one subtle fault each
  it('set236: at least 128 of 144 cells; a pasted street, a late 落款 and last year opening a headless bureau report deducted; the bureau read from its 落款, not 联合县…局', () => {
    const at = deductionsExactly('set236', 128, { '03_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['wrong_year'] });
    expect(at('06_').unit).toBe('当雄县水利局');
  });
  it('set237: at least 139 of 144 cells; 疫情防控 in 2023, a pasted town, and last year opening a headless town report with its 落款 late deducted', () => {
    deductionsExactly('set237', 139, { '03_': ['stale_content'], '04_': ['wrong_unit_name'], '06_': ['wrong_year', 'late_report'] });
  });
  it('set238: at least 136 of 144 cells; last year\'s tally, another county as a bureau\'s purpose, a late 落款 and 疫情防控 information deducted', () => {
    deductionsExactly('set238', 136, { '02_': ['wrong_year'], '04_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['stale_content'] });
  });
  it('set239: at least 139 of 144 cells; a late 落款, a pasted street and 疫情防控 in 2023 deducted; streets\' own communities and neighbours left alone', () => {
    deductionsExactly('set239', 139, { '02_': ['late_report'], '03_': ['wrong_unit_name'], '06_': ['stale_content'] });
  });
  it('set240: at least 140 of 144 cells; 疫情防控 in 2023, another town\'s bare stem as the aim (平安高桥、法治高桥) and a late 落款 deducted in thin reports', () => {
    deductionsExactly('set240', 140, { '03_': ['stale_content'], '04_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set241: at least 140 of 144 cells; a late 落款, 疫情防控 among published information, 2020年度 in the 现将 sentence and last year\'s paragraph deducted; two subtle residues left', () => {
    const at = checkedSet('set241', 140, { tp: 4, fp: 0, fn: 2 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], [], ['late_report'], ['stale_content'], ['wrong_year'], ['wrong_year']]);
    expect(suspectedMatches(at('01_'))).toEqual(['铜井镇']);
  });
  // set242–set247 (session 50; first read at 534b39f: 840/864 cells, deductions 13 of 18, none false): Inner Mongolia and the
  // north-east in 2020 (held out); the centre in 2025 (held out); plans and achievements mixed; district departments of big cities;
  // the old genre of 2018–2019; office documents (.docx with Word numbering and tables, .html with site chrome, PDF text)
  it('set242: at least 139 of 144 cells; a pasted street of another city, a late 落款 and last year\'s paragraph deducted in 2020 reports', () => {
    deductionsExactly('set242', 139, { '03_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['wrong_year'] });
  });
  it('set243: at least 139 of 144 cells; another town after a topic lead (在矛盾纠纷化解方面，奉母镇坚持…), 疫情防控 information in 2025 and a late 落款 deducted', () => {
    deductionsExactly('set243', 139, { '02_': ['wrong_unit_name'], '04_': ['stale_content'], '06_': ['late_report'] });
  });
  it('set244: at least 143 of 144 cells; 让法治成为寨河镇…支撑, 疫情防控 among published information and last year in the 现将 sentence deducted; plans inside achievements not credited', () => {
    deductionsExactly('set244', 143, { '01_': ['wrong_unit_name'], '03_': ['stale_content'], '05_': ['wrong_year'] });
  });
  it('set245: all 144 cells; another district\'s bureau with its own district\'s partners, last year\'s paragraph and a late 落款 deducted', () => {
    deductionsExactly('set245', 144, { '03_': ['wrong_unit_name'], '04_': ['wrong_year'], '05_': ['late_report'] });
  });
  it('set246: at least 139 of 144 cells; a pasted town in 2019, a late 落款 and last year after a run-in label (【普法依法治理】2018年，我局…) deducted', () => {
    deductionsExactly('set246', 139, { '02_': ['wrong_unit_name'], '03_': ['late_report'], '05_': ['wrong_year'] });
  });
  it('set247: at least 140 of 144 cells; last year\'s review figures in a .docx, 疫情防控 in a saved web page and another town\'s 基层治理 as the agenda in PDF text deducted', () => {
    deductionsExactly('set247', 140, { '03_': ['wrong_year'], '04_': ['stale_content'], '05_': ['wrong_unit_name'] });
  });
  // set248–set253 (session 50, second round; first read at 534b39f: 828/864 cells, deductions 11 of 18, none false): the south-east coast
  // in 2022 (held out); less common county departments in 2021; neighbours told on purpose with residues among them; years told
  // everywhere; thin township reports of the south-west; streets of county-level cities as office files
  it('set248: at least 143 of 144 cells; a town carried through at length (贯穿闸坡镇建设…的全过程) and last year opening a bureau\'s report deducted; a late 落款 of a year read from it only suspected', () => {
    const at = checkedSet('set248', 143, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], ['wrong_unit_name'], [], [], [], ['wrong_year']]);
    expect((at('03_').suspected ?? []).map((d: { id: string }) => d.id)).toEqual(['late_report']);
  });
  it('set249: at least 141 of 144 cells; last year in the 现将 sentence and a late 落款 deducted; another county\'s bare stem as a bureau\'s aim (服务鹿邑高质量发展) suspected since session 51', () => {
    const at = checkedSet('set249', 141, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], [], [], ['wrong_year'], [], ['late_report']]);
    expect(suspectedMatches(at('02_'))).toEqual(['鹿邑']);
  });
  it('set250: at least 133 of 144 cells; a sibling\'s organs and a sibling\'s whole-town tally deducted among neighbours told on purpose; a shared platform (依托杏坛镇综治中心) left', () => {
    const at = checkedSet('set250', 133, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], ['wrong_unit_name'], [], [], ['wrong_unit_name'], []]);
  });
  it('set251: at least 141 of 144 cells; a heading of 2023年以来, last year in the 现将 sentence and last year\'s paragraph deducted among years told on purpose', () => {
    deductionsExactly('set251', 141, { '02_': ['wrong_year'], '04_': ['wrong_year'], '05_': ['wrong_year'] });
  });
  it('set252: at least 133 of 144 cells; 疫情防控 information and a late 落款 deducted in thin reports; run-in 【存在的不足】/【下步打算】 labels open their parts; a common-word sibling (适中乡) only suspected', () => {
    const at = checkedSet('set252', 133, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], [], [], [], ['stale_content', 'late_report'], []]);
    expect(suspectedMatches(at('03_'))).toEqual(['适中乡']);
  });
  it('set253: at least 141 of 144 cells; a late 落款 and a pasted street deducted; last year\'s tally beside this year\'s in one paragraph suspected; no 和侨乡', () => {
    const at = checkedSet('set253', 141, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], ['late_report'], [], [], ['wrong_unit_name'], []]);
    expect(suspectedMatches(at('06_'))).toEqual(['2024年，街道人民调解委员会和各社区调解组织']);
    expect(suspectedMatches(at('03_'))).toEqual([]);
  });
  // set254–set259 (session 51; first read at 2bdfee0: 841/864 cells, deductions 16 of 18, none false): the north China plain in 2024
  // (held out); the upper Yangtze and the north-west in 2019–2020 (held out); the principal's own voice (本人作为第一责任人…); villages
  // and communities named like towns; long reports with appendices and cases; 2025's newest vocabulary
  it('set254: at least 143 of 144 cells; a pasted 法治任集, last year opening a bureau\'s report and a late 落款 deducted', () => {
    deductionsExactly('set254', 143, { '02_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set255: at least 142 of 144 cells; 贯穿威戎镇各项工作 beside the unit\'s own village work teams (驻村工作队、村“两委”班子) deducted, a late 落款 and last year\'s cases too; 疫情防控 in 2020 not', () => {
    deductionsExactly('set255', 142, { '03_': ['wrong_unit_name'], '04_': ['late_report'], '06_': ['wrong_year'] });
  });
  it('set256: at least 143 of 144 cells; in the principal\'s voice, a pasted sibling, last year\'s review figures and 乙类乙管 deducted; the head\'s former posts not', () => {
    deductionsExactly('set256', 143, { '01_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['stale_content'] });
  });
  it('set257: at least 141 of 144 cells; two pasted siblings and 疫情防控 information deducted among villages and communities named like towns', () => {
    deductionsExactly('set257', 141, { '01_': ['wrong_unit_name'], '02_': ['stale_content'], '04_': ['wrong_unit_name'] });
  });
  it('set258: at least 143 of 144 cells; 落款 after several attachments read; last year\'s tally and a late 落款 deducted; a sibling named twice in its sentence (为里水镇重大项目…提升了里水镇…水平) left', () => {
    const at = checkedSet('set258', 143, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], [], [], ['wrong_year'], [], ['late_report']]);
  });
  it('set259: at least 139 of 144 cells; last year in the 现将 sentence, a pasted street of another district and a late 落款 deducted', () => {
    deductionsExactly('set259', 139, { '03_': ['wrong_year'], '05_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  // set260–set265 (session 51, second round; first read at 2bdfee0: 836/864 cells, deductions 16 of 19, none false): the lower Yangtze
  // in 2023 (held out); the south-west in 2022 (held out); seat towns that share the county's name; stations of a town; autonomous
  // areas; faults written the way offices slip
  it('set260: at least 140 of 144 cells; a pasted sibling, 乙类乙管 in a report dated only by what it compares with (与2022年相比), and a late 落款 deducted', () => {
    deductionsExactly('set260', 140, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '06_': ['late_report'] });
  });
  it('set261: at least 142 of 144 cells; a pasted town of another county, last year as the achievements heading and a late 落款 deducted; 疫情防控 in 2022 not', () => {
    deductionsExactly('set261', 142, { '02_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set262: at least 139 of 144 cells; 涉城镇是涉县县委、县政府所在地 names the town, not a county; two pasted siblings (one beside the town\'s own volunteer teams) and 乙类乙管 deducted', () => {
    deductionsExactly('set262', 139, { '02_': ['wrong_unit_name'], '05_': ['wrong_unit_name'], '06_': ['stale_content'] });
  });
  it('set263: at least 136 of 144 cells; stations of a town: 乙类乙管, a sibling served whole and a late 落款 deducted; the towns a station covers not', () => {
    deductionsExactly('set263', 136, { '03_': ['stale_content'], '05_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set264: at least 139 of 144 cells; autonomous areas: a town of another county, 疫情防控 information and a late 落款 deducted', () => {
    deductionsExactly('set264', 139, { '03_': ['wrong_unit_name'], '04_': ['stale_content'], '06_': ['late_report'] });
  });
  it('set265: at least 141 of 144 cells; a clerk\'s slips: last year\'s heading, a 落款 in Chinese numerals after 4月1日, 常态化疫情防控 in passing and a sibling after 坚持…“枫桥经验”， deducted', () => {
    deductionsExactly('set265', 141, { '01_': ['wrong_year'], '02_': ['late_report'], '03_': ['stale_content'], '04_': ['wrong_unit_name'] });
  });
  // set266–set271 (session 52, first round; first read at 2fcbf66: 837/864 cells, deductions 18 of 19, none false): the north-east in
  // 2023 (held out); the east coast in 2025 (held out); reports under other names; tables and figures; plans everywhere; development
  // zones, new areas and farms
  it('set266: all 144 cells; a late 落款, a pasted town of another county in a forest town and 客运站疫情防控 in 2023 deducted; partners in joint fire prevention not', () => {
    deductionsExactly('set266', 144, { '02_': ['late_report'], '03_': ['wrong_unit_name'], '06_': ['stale_content'] });
  });
  it('set267: at least 139 of 144 cells; a pasted town of another county, last year\'s tally and a late 落款 deducted; a 行政复议 调解撤回 is no mediation', () => {
    deductionsExactly('set267', 139, { '02_': ['wrong_unit_name'], '03_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set268: at least 139 of 144 cells; reports under other names (法治建设工作情况报告, 依法行政工作报告, an addressee line, a 按语): 乙类乙管, a pasted town and a late 落款 deducted', () => {
    deductionsExactly('set268', 139, { '03_': ['stale_content'], '04_': ['wrong_unit_name'], '05_': ['late_report'] });
  });
  it('set269: at least 141 of 144 cells; tables in .docx and .txt: 疫情防控 in a table cell, a pasted town and a late 落款 deducted', () => {
    deductionsExactly('set269', 141, { '03_': ['stale_content'], '05_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set270: at least 137 of 144 cells; plans woven through: 疫情防控, a late 落款, a pasted town and last year\'s 普法 deducted; 以镇政府名义印发的其他公文…合法性审核 met', () => {
    deductionsExactly('set270', 137, { '02_': ['stale_content'], '04_': ['late_report'], '05_': ['wrong_unit_name'], '06_': ['wrong_year'] });
  });
  it('set271: at least 139 of 144 cells; zones and farms: a late 落款, 乙类乙管 and 为把莫干山镇建设成为… in a resort zone\'s report deducted; the towns a zone borders not', () => {
    deductionsExactly('set271', 139, { '03_': ['late_report'], '04_': ['stale_content'], '05_': ['wrong_unit_name'] });
  });
  // set272–set277 (session 52, second round; first read at 2fcbf66: 840/864 cells, deductions 16 of 18, none false): the north-west in
  // 2024 (held out); the centre in 2019 and 2020 (held out); periods other than one year; ledger-style reports; merged and renamed units;
  // web pages saved from government sites
  it('set272: at least 138 of 144 cells; a pasted township of another county, last year\'s enforcement paragraph and a late 落款 deducted; a neighbour that shares the town\'s stem (皇城蒙古族乡) not', () => {
    deductionsExactly('set272', 138, { '01_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set273: at least 142 of 144 cells; 2019 and 2020: a pasted sibling, a late 落款 and 2019年，我局… in a 2020 report deducted; 疫情防控 in 2020 not', () => {
    deductionsExactly('set273', 142, { '01_': ['wrong_unit_name'], '04_': ['late_report'], '06_': ['wrong_year'] });
  });
  it('set274: at least 140 of 144 cells; a 2021—2023 title, 上半年 and 十四五以来: last year\'s review office tally (2024年，区行政复议局共收到…), 疫情防控 and a pasted town deducted; 对标区委 names no place', () => {
    deductionsExactly('set274', 140, { '03_': ['wrong_year'], '04_': ['stale_content'], '05_': ['wrong_unit_name'] });
  });
  it('set275: at least 141 of 144 cells; ledger-style items: a late 落款, 乙类乙管 and 贯穿新田镇… deducted; 对历年镇发文件开展清理 met', () => {
    deductionsExactly('set275', 141, { '03_': ['late_report'], '04_': ['stale_content'], '05_': ['wrong_unit_name'] });
  });
  it('set276: at least 140 of 144 cells; merged and renamed units: 乙类乙管 and a neighbour\'s pasted paragraph deducted; the street\'s own former town speaking (沙渠镇党委、政府…) left', () => {
    const at = checkedSet('set276', 140, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], [], ['stale_content'], [], [], ['wrong_unit_name']]);
  });
  it('set277: at least 140 of 144 cells; saved web pages (.html and pasted text with the site\'s chrome): a pasted street, a late 落款 and 春运疫情防控 in 2023 deducted', () => {
    deductionsExactly('set277', 140, { '03_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['stale_content'] });
  });
  // set278–set287 (session 53; first read at a75762e: 1,392/1,440 cells, deductions 27 of 33, none false): the south-west in 2025, the
  // north in 2023, the south in 2018 and 2021, the far west in 2022 and 2025, the south-east interior in 2021 and 2024 (all held out);
  // figures written in words; party, congress and mass organisations; six towns of one county from one template; the epidemic's edge
  // in 2022 and 2023; units named only once or only by the 落款
  it('set278: at least 143 of 144 cells; the south-west in 2025 (held out): a pasted town, a late 落款 and last year\'s verdict opening the work (2024年，我局…取得了一定成效) deducted', () => {
    deductionsExactly('set278', 143, { '02_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['wrong_year'] });
  });
  it('set279: at least 140 of 144 cells; the north in 2023 (held out): 乙类乙管 as this year\'s work, a pasted street of another district and a 2022 heading deducted; 经历三年疫情冲击之后 not', () => {
    deductionsExactly('set279', 140, { '02_': ['stale_content'], '03_': ['wrong_unit_name'], '05_': ['wrong_year'] });
  });
  it('set280: at least 143 of 144 cells; figures written in words (二〇二三年, 十二次, 百分之九十八点五): a late 落款 in words, 疫情防控 in 2023 and 二〇二四年 in a 2025 report deducted', () => {
    deductionsExactly('set280', 143, { '03_': ['late_report'], '05_': ['stale_content'], '06_': ['wrong_year'] });
  });
  it('set281: at least 141 of 144 cells; party, congress and mass organisations: bracketed topic headings head the work, 对…的几点建议 is an advice part; 乙类乙管, 罗山县人大常委会 and a late 落款 deducted', () => {
    deductionsExactly('set281', 141, { '02_': ['stale_content'], '03_': ['wrong_unit_name'], '04_': ['late_report'] });
  });
  it('set282: at least 138 of 144 cells; six towns of one county from one template: 2023年，菖蒲镇… under a 2024 title, 作为温泉镇法治建设第一责任人 and a late 落款 deducted', () => {
    deductionsExactly('set282', 138, { '03_': ['wrong_year'], '05_': ['wrong_unit_name'], '06_': ['late_report'] });
  });
  it('set283: at least 139 of 144 cells; the south in 2018 and 2021 (held out): a late 落款, 2017年，我局… in 2018 and a pasted 文福镇 deducted', () => {
    deductionsExactly('set283', 139, { '01_': ['late_report'], '05_': ['wrong_year'], '06_': ['wrong_unit_name'] });
  });
  it('set284: at least 136 of 144 cells; the far west in 2022 and 2025 (held out): a pasted 阿万仓镇, 疫情防控 as a published category in 2025 and 2021 mediation figures in 2022 deducted', () => {
    deductionsExactly('set284', 136, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '06_': ['wrong_year'] });
  });
  it('set285: at least 141 of 144 cells; the epidemic\'s edge in 2022 and 2023: a pasted street, a late 落款, last year\'s figures and 受新冠影响 deducted; a yearless report\'s 乙类乙管 (its year unread) and 三年疫情期间…文件清理 (a close call) left', () => {
    const at = checkedSet('set285', 141, { tp: 4, fp: 0, fn: 2 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], [], ['wrong_unit_name'], [], ['late_report'], ['wrong_year', 'stale_content']]);
  });
  it('set286: at least 138 of 144 cells; units named only once or only by the 落款: a pasted 马畈镇 beside its 驻村律师, a late 落款 and 疫情防控 in 2024 deducted', () => {
    deductionsExactly('set286', 138, { '01_': ['wrong_unit_name'], '04_': ['late_report'], '06_': ['stale_content'] });
  });
  it('set287: at least 140 of 144 cells; the south-east interior in 2021 and 2024 (held out): a pasted 畲族乡, 疫情防控 in 2024 and 2020年…共办理许可证1260份 deducted', () => {
    deductionsExactly('set287', 140, { '01_': ['wrong_unit_name'], '03_': ['stale_content'], '05_': ['wrong_year'] });
  });
  // set288–set293 (session 53, second round; first read at a75762e: 832/864 cells, deductions 14 of 18, none false): the north-east and
  // Inner Mongolia in 2025, the north China plain in 2021 and 2022 (both held out); the justice bureau hosting the county's office;
  // plans with long horizons; reports reposted as WeChat articles; joint reports of the party committee and the government
  it('set288: at least 139 of 144 cells; the north-east and Inner Mongolia in 2025 (held out): 围绕天桥岭镇“…”的发展思路, 2024年度 in the preamble and a late 落款 deducted', () => {
    deductionsExactly('set288', 139, { '02_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set289: at least 140 of 144 cells; the north China plain in 2021 and 2022 (held out): 宜路镇党委、政府…, 现将我局2020年度… and a late 落款 deducted; 但也还存在一些不足： after 一是…九是 opens the shortcomings', () => {
    deductionsExactly('set289', 140, { '02_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set290: at least 138 of 144 cells; the justice bureau hosting the county\'s office: 长兴县司法局…推动行政争议实质性化解, 疫情防控 published in 2024 and a late 落款 deducted; the county and its towns everywhere not', () => {
    deductionsExactly('set290', 138, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '05_': ['late_report'] });
  });
  it('set291: at least 142 of 144 cells; plans with long horizons (十五五, 到2027年, 九五普法): a late 落款, a pasted street and 2023 framed as the year deducted', () => {
    deductionsExactly('set291', 142, { '02_': ['late_report'], '04_': ['wrong_unit_name'], '06_': ['wrong_year'] });
  });
  it('set292: at least 139 of 144 cells; WeChat reposts (an account line, an editor\'s lead-in, 来源/编辑/审核, 阅读原文, 点击关注): 法治太康 in 商水县, 疫情防控 in 2023 and a late 落款 above the account\'s tail deducted', () => {
    deductionsExactly('set292', 139, { '02_': ['wrong_unit_name'], '04_': ['stale_content'], '05_': ['late_report'] });
  });
  it('set293: at least 141 of 144 cells; joint reports of the party committee and the government: 隆回县委、县政府… in 新邵县\'s, 疫情防控 in 2024 and a late 落款 deducted', () => {
    deductionsExactly('set293', 141, { '01_': ['wrong_unit_name'], '03_': ['stale_content'], '06_': ['late_report'] });
  });
  // set294–set301 (session 54, first round; first read at d98467a: 1,084/1,152 cells, deductions 22 of 24, none false — set 300's 06 for the
  // wrong reason): 辽宁 and 河北 in 2024, the centre in 2023, the far south in 2025, the south-west in 2019 (all held out); problems answered
  // one by one; short names and 我局; self-assessments walked through by indicator; city governments and their departments
  it('set294: at least 139 of 144 cells; 辽宁 and 河北 in 2024 (held out): a late 落款 and 疫情防控 in 2024 deducted; 春柳街道居民… once in an outcome clause (its assessor deducted it) not even suspected', () => {
    const at = checkedSet('set294', 139, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], ['late_report'], [], [], [], ['stale_content']]);
  });
  it('set295: at least 139 of 144 cells; the centre in 2023 (held out): a pasted 五道水镇, a 疫情防控 section and a late 落款 deducted', () => {
    deductionsExactly('set295', 139, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '06_': ['late_report'] });
  });
  it('set296: all 144 cells; the far south in 2025 (held out): a pasted 黎埠镇, 疫情防控 as a published category and a late 落款 deducted', () => {
    deductionsExactly('set296', 144, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '05_': ['late_report'] });
  });
  it('set297: at least 137 of 144 cells; the south-west in 2019 (held out): a pasted 八堡乡, a late 落款 and 2018 enforcement figures deducted; 【意见建议】 an advice part', () => {
    const at = deductionsExactly('set297', 137, { '01_': ['wrong_unit_name'], '02_': ['late_report'], '06_': ['wrong_year'] });
    expect(at('06_').criteria.struct_next_year.outcome).toBe('partial');
  });
  it('set298: at least 141 of 144 cells; problems answered one by one: no plans part where each item carries its own 下一步/改进方向; a pasted 沿陂镇, 乙类乙管 in 2023 and 2023 figures deducted', () => {
    const at = deductionsExactly('set298', 141, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '05_': ['wrong_year'] });
    for (const f of ['01_', '04_', '05_']) expect([f, at(f).criteria.struct_next_year.outcome]).toEqual([f, 'unmet']);
  });
  it('set299: at least 135 of 144 cells; short names and 我局: 小店乡始终…, a late 落款 and 疫情防控 in 2023 deducted; 城关镇, 西城街道 and 东城所 not', () => {
    deductionsExactly('set299', 135, { '02_': ['wrong_unit_name'], '03_': ['late_report'], '05_': ['stale_content'] });
  });
  it('set300: at least 136 of 144 cells; self-assessments by indicator: 【指标一】… parts read as the work, 扣分说明/失分原因 as the shortcomings; 疫情防控 published in 2024, a late 落款 and 六峰镇在…建成 deducted', () => {
    const at = deductionsExactly('set300', 136, { '03_': ['stale_content'], '05_': ['late_report'], '06_': ['wrong_unit_name'] });
    expect(at('06_').unit).toBe('磐安镇人民政府');
    for (const f of ['02_', '03_', '05_']) expect([f, at(f).criteria.struct_shortcomings.outcome]).toEqual([f, 'met']);
  });
  it('set301: at least 138 of 144 cells; city governments and their departments: 疫情防控 in 2023 and a late 落款 deducted; 法治信阳 and 信阳\'s counties as a 南阳 bureau\'s branches (another city\'s paragraph) missed', () => {
    const at = checkedSet('set301', 138, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([[], [], [], [], ['stale_content'], ['late_report']]);
    expect(at('04_').unit).toBe('黔东南苗族侗族自治州人民政府');
  });
  // set302–set309 (session 54, second round; first read at d98467a: 1,113/1,152 cells, deductions 21 of 24, none false): 山西 and 陕西 in
  // 2022, 浙江 and 福建 in 2021, border counties of 广西 and 云南 in 2024, 吉林 and 辽宁 in 2021 (all held out); the year told once;
  // highlights and typical cases; official-document tails (版记); years and dates in every form
  it('set302: at least 139 of 144 cells; 山西 and 陕西 in 2022 (held out): 沙家店镇党委、政府…, 现将2021年度… and a late 落款 deducted', () => {
    deductionsExactly('set302', 139, { '02_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set303: at least 141 of 144 cells; 浙江 and 福建 in 2021 (held out): a pasted 锦湖街道, 现将我局2020年度… and a late 落款 deducted', () => {
    deductionsExactly('set303', 141, { '03_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set304: at least 137 of 144 cells; border counties of 广西 and 云南 in 2024 (held out): a pasted 天保镇, 疫情防控 and a late 落款 deducted; a 落款 of 4月1日 itself not', () => {
    deductionsExactly('set304', 137, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '06_': ['late_report'] });
  });
  it('set305: at least 141 of 144 cells; 吉林 and 辽宁 in 2021 (held out): 三源浦朝鲜族镇党委…, a late 落款 and 现将2020年度… deducted', () => {
    deductionsExactly('set305', 141, { '02_': ['wrong_unit_name'], '03_': ['late_report'], '05_': ['wrong_year'] });
  });
  it('set306: at least 139 of 144 cells; the year told once: 疫情防控 in an inferred 2023 deducted; a late 落款 on an inferred year suspected (by design), 现将2022年度… in a 2024 report read as its year (left)', () => {
    const at = checkedSet('set306', 139, { tp: 1, fp: 0, fn: 2 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([['stale_content'], [], [], [], [], []]);
    expect((at('04_').suspected ?? []).map((d: { id: string }) => d.id)).toEqual(['late_report']);
  });
  it('set307: at least 139 of 144 cells; highlights and typical cases: 为桂湖街道高质量发展…, a 疫情防控 item in 2023 and a late 落款 deducted; the cases\' parties from other towns not', () => {
    deductionsExactly('set307', 139, { '03_': ['wrong_unit_name'], '05_': ['stale_content'], '06_': ['late_report'] });
  });
  it('set308: at least 143 of 144 cells; official-document tails: the 落款 read above （盖章）, 联系人, 抄送 and the 印发 line (its own date, later or earlier); a pasted 多湖街道, 疫情防控 and a late 落款 deducted', () => {
    deductionsExactly('set308', 143, { '04_': ['wrong_unit_name'], '05_': ['stale_content'], '06_': ['late_report'] });
  });
  it('set309: at least 143 of 144 cells; years and dates in every form (二0二二年, ２０２３年, 2021 年度, 元月, 2026/1/16, 2025.4.18): 乙类乙管 in 2023, 二0二一年度 in 2022 and a late 2025.4.18 deducted', () => {
    deductionsExactly('set309', 143, { '02_': ['stale_content'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  // set310–set317 (session 55, first round; first read at d60b054: 1,109/1,152 cells, deductions 22 of 24, none false): 江苏 and 安徽 in 2025,
  // 四川 and 重庆 in 2021, 河南 and 湖北 in 2024, 新疆, 宁夏 and 青海 in 2023 (all held out); words near the scheme but not it; quoting the centre;
  // plans written as resolutions without a heading; last year's problems and plans revisited
  it('set310: at least 142 of 144 cells; 江苏 and 安徽 in 2025 (held out): a pasted 麻埠镇, 2024年，我局… in 2025 and 疫情防控 deducted', () => {
    deductionsExactly('set310', 142, { '01_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['stale_content'] });
  });
  it('set311: at least 137 of 144 cells; 四川 and 重庆 in 2021 (held out): a pasted 乃托镇 and a late 落款 deducted; 2020年，街道党工委… opening the work of 2021 missed (left by design since red team 95)', () => {
    const at = checkedSet('set311', 137, { tp: 2, fp: 0, fn: 1 });
    expect([1, 2, 3, 4, 5, 6].map((i) => idsOf(at(`0${i}_`)))).toEqual([['wrong_unit_name'], [], [], [], ['late_report'], []]);
  });
  it('set312: at least 138 of 144 cells; 河南 and 湖北 in 2024 (held out): a pasted 周党镇, a late 落款 and 疫情防控 deducted', () => {
    deductionsExactly('set312', 138, { '02_': ['wrong_unit_name'], '03_': ['late_report'], '06_': ['stale_content'] });
  });
  it('set313: at least 140 of 144 cells; 新疆, 宁夏 and 青海 in 2023 (held out): 平峰镇党委、政府…, 2022年，炉院街街道… and 乙类乙管 deducted; 动物防疫 not', () => {
    deductionsExactly('set313', 140, { '02_': ['wrong_unit_name'], '03_': ['wrong_year'], '05_': ['stale_content'] });
  });
  it('set314: at least 134 of 144 cells; words near the scheme but not it: a pasted 周党镇, 乙类乙管 and a late 落款 deducted; 村民行为负面清单 no power list', () => {
    const at = deductionsExactly('set314', 134, { '02_': ['wrong_unit_name'], '04_': ['stale_content'], '06_': ['late_report'] });
    expect(at('02_').criteria.power_list.outcome).toBe('unmet');
  });
  it('set315: at least 143 of 144 cells; quoting the centre: 疫情防控, a pasted 磐安镇 and 2023年，永丰县… in 2024 deducted; 省里在年初明确要求，全面推行…三项制度 earns nothing', () => {
    const at = deductionsExactly('set315', 143, { '04_': ['stale_content'], '05_': ['wrong_unit_name'], '06_': ['wrong_year'] });
    expect(at('02_').criteria.enforcement_three_systems.outcome).toBe('partial');
  });
  it('set316: at least 140 of 144 cells; plans written as resolutions: 新的一年，我镇坚持…不动摇 and 2024年是…关键一年。县政府坚持… open the plans; 贯穿莫干山镇… beside real partners, 疫情防控 and a late 落款 deducted', () => {
    const at = deductionsExactly('set316', 140, { '01_': ['wrong_unit_name'], '04_': ['stale_content'], '05_': ['late_report'] });
    for (const f of ['01_', '04_', '06_']) expect([f, at(f).criteria.struct_next_year.outcome]).toEqual([f, 'met']);
    for (const f of ['03_', '05_']) expect([f, at(f).criteria.struct_next_year.outcome]).toEqual([f, 'unmet']);
  });
  it('set317: at least 141 of 144 cells; last year revisited: 疫情防控, 2023年，街道… in 2024 and a pasted 秋渠乡 deducted; the previous year\'s problems fixed not', () => {
    deductionsExactly('set317', 141, { '02_': ['stale_content'], '04_': ['wrong_year'], '05_': ['wrong_unit_name'] });
  });
  // set318–set325 (session 55, second round; first read at d60b054: 1,118/1,152 cells, deductions 23 of 25, none false): 广西 and 贵州 in 2023,
  // 黑龙江 and 内蒙古 in 2024, 山东 and 江苏 in 2022, 湖南 and 江西 in 2025 (all held out); partners and residues in one paragraph; bureaus whose
  // own field is an item of the scheme; parts under unusual headings; the five-year plan summed up in 2025
  it('set318: at least 138 of 144 cells; 广西 and 贵州 in 2023 (held out): a pasted 向都镇, 乙类乙管 and a late 落款 deducted', () => {
    deductionsExactly('set318', 138, { '02_': ['wrong_unit_name'], '05_': ['stale_content'], '06_': ['late_report'] });
  });
  it('set319: at least 141 of 144 cells; 黑龙江 and 内蒙古 in 2024 (held out): a pasted 开库康镇, 常态化疫情防控 and a late 落款 deducted; 动物防疫 not', () => {
    deductionsExactly('set319', 141, { '01_': ['wrong_unit_name'], '02_': ['stale_content'], '03_': ['late_report'] });
  });
  it('set320: at least 142 of 144 cells; 山东 and 江苏 in 2022 (held out): a pasted 双堠镇, 2021年，全局共立案… in 2022 and a late 落款 deducted', () => {
    deductionsExactly('set320', 142, { '02_': ['wrong_unit_name'], '05_': ['wrong_year'], '06_': ['late_report'] });
  });
  it('set321: at least 140 of 144 cells; 湖南 and 江西 in 2025 (held out): a pasted 烟阁乡, 疫情防控 and a late 落款 deducted', () => {
    deductionsExactly('set321', 140, { '02_': ['wrong_unit_name'], '03_': ['stale_content'], '05_': ['late_report'] });
  });
  it('set322: at least 142 of 144 cells; partners and residues in one paragraph: 球溪镇, 向城镇 and 泼陂河镇 beside the real partners deducted, the partners not; a late 落款', () => {
    deductionsExactly('set322', 142, { '02_': ['wrong_unit_name'], '04_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['wrong_unit_name'] });
  });
  it('set323: at least 143 of 144 cells; bureaus whose field is an item: a late 落款, 龙泉市乡镇（街道）… in 缙云县\'s bureau and 疫情防控 deducted', () => {
    deductionsExactly('set323', 143, { '03_': ['late_report'], '05_': ['wrong_unit_name'], '06_': ['stale_content'] });
  });
  it('set324: at least 140 of 144 cells; parts under unusual headings (努力方向, 短板弱项, 一把手抓法治, 亮点工作 …): 桐琴镇, 疫情防控 and a late 落款 deducted', () => {
    deductionsExactly('set324', 140, { '01_': ['wrong_unit_name'], '03_': ['stale_content'], '05_': ['late_report'] });
  });
  it('set325: at least 136 of 144 cells; the five-year plan summed up: 2024年是…关键之年，我局…全年组织… in 2025, a late 落款 and a pasted 良村镇 deducted; 2022年，全县… a milestone suspected', () => {
    deductionsExactly('set325', 136, { '02_': ['wrong_year'], '05_': ['late_report'], '06_': ['wrong_unit_name'] }, { '05_': ['2022年，全县'] });
  });
  // set101: reports as they reach an office after text extraction from PDFs and scans — hard line breaks inside sentences and
  // words, page footers (— 3 —, -3-, 第 2 页 共 7 页) and running heads falling mid-sentence, letter-spaced headings, a key-figure
  // table extracted one cell per line, light OCR noise (己/已, 末/未, l2 for 12, the unit's own name misread once), a 落款 extracted
  // above the title, a title split over two lines. Units: 安吉县 government, 成都 武侯区玉林街道, 兵团第八师一四三团, 乌审旗嘎鲁图镇
  // with one real residue (作为图克镇全年重点工作, a town of the same 旗), 兰考县应急管理局, 雷山县方祥乡 signed late. First reading
  // 143/144, the residue only suspected: an agenda frame (作为/列为/列入/纳入) before another town's 全年重点工作 made strong — fixed
  // as a kind (set 17's 纳入石磴乡年度工作目标 now suspected, set 59's kept). Left: the 落款 printed above the title (the assessor read
  // it as the 落款; the engine takes lines before a title as the page's, and a byline's date is no 落款's). The OCR'd 方样乡 is a
  // suspicion the assessor did not deduct (it costs nothing; the report does misname itself)
  it('set101: at least 143 of 144 cells; residue and late 落款 deducted, the OCR-misread own name only suspected', () => {
    deductionsExactly('set101', 143, { '04_': ['wrong_unit_name'], '06_': ['late_report'] }, { '06_': ['方样乡'] });
  });
  // set100: one county's batch for 2024 (长沙县: its government, 金井镇, 开慧镇, 星沙街道, its 人社局 and 城管局), naming each other's
  // towns in joint work, rankings and lessons; one real residue (北山镇党委、政府始终坚持…, a town of the same county) and a late
  // 落款. Scored at the session's final code without a fix: 141/144, deductions 2 of 2, no sibling town suspected; the three
  // cells left are judgement calls (起步阶段 as an implied cause, 在法治轨道上解决 of petitions, a 公众号 name as a local item)
  it('set100: at least 141 of 144 cells; residue and late 落款 deducted, no sibling town of the county suspected', () => {
    deductionsExactly('set100', 141, { '03_': ['wrong_unit_name'], '04_': ['late_report'] });
  });
  // set99: the newest reports (2025) in the newest words (涉企行政检查, 行政执法监督条例, 民营经济促进法, 综治中心, 述法全覆盖) — a
  // strong 安吉县 government with a tab table, a 洛阳 街道 whose 2026 plans are unheaded, a 信丰县 市场监管局, a weak 浠水县洗马镇
  // with a real residue (漕河镇党委、政府高度重视…) and an undated 落款, a 阳朔县司法局 signed late, a 金寨县 乡 with stale 疫情防控.
  // First reading 140/144, no false deduction: 县政府组成部门 read as a committee 组成, a duty list handed down and only followed
  // read as the unit's own, 行政复议、诉讼 named as channels after 依法办理, a discipline body's 纳入日常监督 of the duty missed —
  // fixed as kinds; 144/144
  it('set99: all 144 cells; residue, late 落款 and stale 疫情防控 deducted, nothing else, nothing suspected', () => {
    deductionsExactly('set99', 144, { '04_': ['wrong_unit_name'], '05_': ['late_report'], '06_': ['stale_content'] });
  });
  // set97: units whose name, boundaries or organisation changed, naming their former selves legitimately — a 街道 that was a 镇
  // (兰陵县卞庄街道, 原卞庄镇), a 镇 merged with a 乡 (西充县多扶镇 and 原莲池乡片区) keeping one real residue (河舒镇始终坚持…, a town
  // of 蓬安县), a 区 that was a 县 (鄠邑区, 原户县) with unheaded 2025 plans, a 市场监管局 formed from three bureaus (隆回县) with a
  // tab table, a 乡 under a 管委会 (睢县孙聚寨乡) signed late, a 乡 renamed 镇 (永新县龙源口镇) whose headings lost their numbers.
  // Real places. First reading 142/144, the residue only suspected: a real town whose name is no word (河舒) heading its
  // sentence and speaking (deducted now), a standing adviser at work with no retention (partial), meetings counted that list
  // 矛盾纠纷化解 among their topics (no count of mediation) — fixed as kinds; 144/144
  it('set97: all 144 cells; the residue deducted, no former name or merged unit suspected', () => {
    const byFile = deductionsExactly('set97', 144, { '02_': ['wrong_unit_name'], '05_': ['late_report'] });
    expect(byFile('03_').division).toMatchObject({ county: '鄠邑区' });
  });
  // set98: the early years (2018–2019: 七五普法, 法制办 merged into 司法局, 依法治县领导小组, 环保局 renamed) — a 县 government
  // reporting to its 市, a 镇 with its problems in one 一是…；二是… paragraph, a 司法局 with a 2017 paragraph told as the year's
  // (wrong_year), a 街道 with 【】 parts and half-width (一) items signed in Chinese numerals, an 环保局 with a tab table and
  // unheaded 2019 plans signed late, a weak 乡 with an undated 落款 and 意见建议 instead of plans. First reading 141/144, no
  // false deduction: 涉法涉诉信访 as a kind of petition read as rule-of-law handling, 决策方案…合法性审查 not read as a step of a
  // decision, 走进千家万户 counted as 千家 — fixed as kinds; 144/144
  it('set98: all 144 cells; wrong_year and late_report deducted, nothing else, nothing suspected', () => {
    const byFile = deductionsExactly('set98', 144, { '03_': ['wrong_year'], '05_': ['late_report'] });
    expect(byFile('06_').flags).toContain('no_date');
  });
  // set96: frontier and island regions and the units from elsewhere that work there legitimately (对口支援, 援藏/援疆/援青,
  // 东西部协作: 上海市松江区 in 定日县, 宁波 in 库车, 北京市西城区 in 囊谦县, 泉州 in 盐池县, 北京市密云区 in 库伦旗) — a 乡 of
  // 西藏, a 街道 of a 新疆 县级市, a 青海 县 government, a 宁夏 司法局, a 海南 镇 whose headings lost their numbers, a 内蒙古
  // 旗 with one real residue (贯穿奈曼旗经济社会发展全过程). Real places. First reading 139/144, deduction 1 of 1, none false,
  // no partner suspected: visits under 依法逐级走访 with no 信访 word, 作为年度重点工作, 人员流动较快 as a cause, a 司法局's
  // 督促其依法履职 after a review's finding (fixed as kinds); 143/144, the 镇's 军地普法 with a named base a split
  it('set96: at least 143 of 144 cells; the residue deducted, no supporting unit from another province suspected', () => {
    const { dir, e } = evalSet('set96');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const rows = scoredRows(dir);
    const byFile = (p: string) => rows.find((x) => x.file.startsWith(p));
    expect(byFile('06_').deductions.map((d: { id: string }) => d.id)).toEqual(['wrong_unit_name']);
    for (const f of ['01_', '02_', '03_', '04_', '05_']) expect([f, byFile(f).suspected ?? [], byFile(f).deductions]).toEqual([f, [], []]);
    expect(byFile('02_').division).toMatchObject({ province: '新疆维吾尔自治区', county: '库车市' });
  });
  // set95: county-level units of unusual kinds and places inside them, whose own names hold 特区, 林区, 矿区, 管理区, 示范区 or
  // 新区 (六枝特区's government, a 镇 of 神农架林区 with one real residue — 红坪镇, another town of the 林区 —, a 镇 of 井陉矿区
  // naming 井陉县 as a partner, 屈原管理区's 管委会 with a case table flattened to lines, a 镇 of 济源示范区 whose headings lost
  // their numbers, a 镇 of 兰州新区 with an undated 落款), each naming one other place legitimately. Real places. First reading
  // 143/144, deduction 1 of 1, none false: the 镇's 督促班子成员履行好…法治建设责任 read as supervision of the duty (fixed: the
  // first duty's wording; set 37 gained the same cell)
  it('set95: all 144 cells; the residue deducted, no unit\'s own 特区/林区/矿区/管理区/新区 words nor its partner suspected', () => {
    const { dir, e } = evalSet('set95');
    expect(e.agree).toBeGreaterThanOrEqual(144);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const rows = scoredRows(dir);
    const byFile = (p: string) => rows.find((x) => x.file.startsWith(p));
    expect(byFile('02_').deductions.map((d: { id: string }) => d.id)).toEqual(['wrong_unit_name']);
    for (const f of ['01_', '03_', '04_', '05_', '06_']) expect([f, byFile(f).suspected ?? [], byFile(f).deductions]).toEqual([f, [], []]);
    expect(byFile('01_').division).toMatchObject({ province: '贵州省', city: '六盘水市', county: '六枝特区' });
    expect(byFile('03_').division).toMatchObject({ province: '河北省', city: '石家庄市', county: '井陉矿区' });
  });
  // set94: county departments of six kinds (公安局, a vertically managed 国家税务总局X县税务局, 卫健局, 自然资源局, 应急管理局,
  // 人社局), each naming another county's same department legitimately (a joint operation, a visit, a lesson, a case
  // transferred), one with a real residue (民乐县应急管理局坚持以执法促安全… in 高台县应急管理局's report). Real places. First
  // reading 140/144: the tax bureau's place read as 国家税务总局信丰县 (its own 《信丰县税务局…要点》 not local), a local 应急预案
  // not a named document; the residue suspected (session 33's counterpart rule), not deducted — deducted since session 39
  // (0.12.136): a counterpart opening its paragraph of the work told is the other bureau's paragraph pasted (blind set 113 too)
  it('set94: at least 142 of 144 cells; a vertically managed bureau is placed in its county, the residue opening its paragraph is deducted and no neighbour is', () => {
    const { dir, e } = evalSet('set94');
    expect(e.agree).toBeGreaterThanOrEqual(142);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const rows = scoredRows(dir);
    const byFile = (p: string) => rows.find((x) => x.file.startsWith(p));
    expect(byFile('02_').division).toMatchObject({ province: '江西省', county: '信丰县' });
    expect(byFile('02_').criteria.specificity.outcome).toBe('partial');
    expect(byFile('05_').criteria.specificity.outcome).toBe('met');
    expect(byFile('05_').deductions.map((d: { id: string; evidence: Array<{ match: string }> }) => [d.id, d.evidence[0].match])).toEqual([['wrong_unit_name', '民乐县']]);
    for (const f of ['01_', '02_', '03_', '04_', '06_']) expect([f, byFile(f).suspected ?? [], byFile(f).deductions]).toEqual([f, [], []]);
  });
  // set93: the newest year (2025, published early 2026) and units in unusual places — a 直辖市 district's 街道 (重庆市江北区
  // 观音桥街道), a county government itself naming its towns, a district education bureau with little enforcement, a
  // provincial 高新区管委会, a 镇 whose figures sit in a Word table flattened to lines, a 乡 of an autonomous county with
  // unheaded 2026年，我乡将… plans and one real residue (富邦乡, a real 乡 of the same county). Real places. First reading
  // 142/144, deduction 1 of 1: the bureau's policies released on its website and 公众号 (a bare publication: fixed, narrowed
  // after red team 60) and its “麓法少年”模拟法庭 (read as a local programme, withdrawn after red team 60: a split left)
  it('set93: at least 143 of 144 cells; a publication of policies on a website is partial, the 街道 is under 重庆市', () => {
    const { dir, e } = evalSet('set93');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const rows = scoredRows(dir);
    const byFile = (p: string) => rows.find((x) => x.file.startsWith(p));
    expect(byFile('03_').criteria.gov_openness.outcome).toBe('partial');
    expect(byFile('06_').deductions.map((d: { id: string }) => d.id)).toEqual(['wrong_unit_name']);
    expect(byFile('01_').division).toMatchObject({ province: '重庆市', city: '重庆市', county: '江北区' });
  });
  // set92: documents that reach a folder in other shapes — a town's whole-year 工作总结 with 法治 one part of it, a 自评报告
  // going indicator by indicator (its 自评分 no quantities), a report issued by the Party committee and government jointly,
  // a bureau speaking in relative years, a 街道's 情况汇报 to a visiting 督察组 in numbered bullet lines, a 乡 restating its
  // superiors' requirements (要把…, 要依据…) with little work of its own. First reading 138/144: requirements counted as
  // work, a list item read as a first-duty section, 镇党委 taken as the unit
  it('set92: at least 143 of 144 cells; requirements restated earn nothing, a list item is no section, the unit is the town', () => {
    const { dir, e } = evalSet('set92');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    const rows = scoredRows(dir);
    const byFile = (p: string) => rows.find((x) => x.file.startsWith(p));
    expect([byFile('01_').unit, byFile('01_').year]).toEqual(['峣塘镇人民政府', 2021]);
    expect(byFile('01_').criteria.report_metadata.outcome).toBe('met');
    for (const id of ['major_decision_procedure', 'power_list', 'enforcement_three_systems']) expect([id, byFile('06_').criteria[id].outcome]).toEqual([id, 'unmet']);
    expect(byFile('05_').criteria.struct_first_duty.outcome).toBe('partial');
  });
  // set91: units whose names are common or collide — a 城关镇 titled without its county, a 东城街道 co-hosting with 西城街道, a
  // county and its same-named seat town (兴隆县, 兴隆镇) each naming the other, a county bureau's cases in its towns — and one
  // genuine residue (韩家店乡, a real township of the same county, as the subject): 143/144 at first reading, 3 of 3 deductions
  it('set91: at least 143 of 144 cells; a common name is placed under its own county and only the real residue is deducted', () => {
    const { dir, e } = evalSet('set91');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    const rows = scoredRows(dir);
    const byFile = (p: string) => rows.find((x) => x.file.startsWith(p));
    expect(byFile('06_').deductions.find((d: { id: string }) => d.id === 'wrong_unit_name').evidence[0].match).toBe('韩家店乡');
    // one of China's many 城关镇, placed under the county its body names (高台县), and the seat town under its own county
    expect(byFile('01_').division.code).toBe('620724100');
    expect(byFile('03_').division.code).toBe('130822');
    expect(byFile('04_').division.code).toBe('130822100');
    expect(rows.map((x) => [x.file.slice(0, 3), x.division?.code !== undefined, (x.suspected ?? []).length])).toEqual(rows.map((x) => [x.file.slice(0, 3), true, 0]));
  });
  // set90: real units naming many real places legitimately (a county crediting its towns, a 街道 co-hosting with another, a
  // township learning from a model town and its court named after one, a department's cases in its county's towns and one
  // transferred from a neighbour, a district in its 撤县设区 year naming its former county) and one genuine residue (a real
  // township of the same county left in as a subject): 143/144 at first reading, both deductions, no false one
  it('set90: at least 143 of 144 cells; the residue of a real township is deducted, nothing legitimately named is', () => {
    const { dir, e } = evalSet('set90');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    const rows = scoredRows(dir);
    const residue = rows.find((x) => x.file.startsWith('05_')).deductions.find((d: { id: string }) => d.id === 'wrong_unit_name');
    expect(residue.evidence[0].match).toBe('栗子乡');
    // every unit placed in the gazetteer, no suspicion anywhere
    expect(rows.map((x) => [x.file.slice(0, 3), x.division?.code !== undefined, (x.suspected ?? []).length])).toEqual(rows.map((x) => [x.file.slice(0, 3), true, 0]));
  });
  // set89: documents an office's column holds beside its reports — a township's 工作要点 issued by notice (all plans), a bureau
  // head's 述法报告, a 街道's half-year summary (its 下半年 plans are no next year's), a county's 2021—2022 report (the later year
  // is the report's), a department's 征求意见稿 with placeholders, a control report with imperative plans. First reading 102/144
  // (the plan credited 76 points; the two-year report read as plans); the draft's other county (invented) is missed
  it('set89: at least 139 of 144 cells; the plan document earns nothing done, the two-year report is 2022\'s', () => {
    const { dir, e } = evalSet('set89');
    expect(e.agree).toBeGreaterThanOrEqual(139);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
    const rows = scoredRows(dir);
    const plan = rows.find((x) => x.file.startsWith('01_'));
    expect(Object.entries(plan.criteria).filter(([k, c]) => !/^struct_|report_metadata/.test(k) && (c as { outcome: string }).outcome !== 'unmet')).toEqual([]);
    expect(rows.find((x) => x.file.startsWith('04_')).year).toBe(2022);
    // the plan is flagged as one, so it is never ranked unnoticed (nu32); no report is
    expect(rows.filter((x) => (x.flags ?? []).includes('plan_document')).map((x) => x.file.slice(0, 3))).toEqual(['01_']);
  });
  // set88: units whose name or form changed through reform (a 2018 卫计局 signing as 卫生健康局, an ecology bureau's county
  // branch, a 乡 become 镇 mid-year, a 街道 made from a 镇, a department with a merged bureau), each naming its former self;
  // 06 keeps another county's name (invented, as is its own) before 广大农民群众 in a 普法 paragraph: missed (广大 as context was
  // tried and withdrawn after red team 53). 02's 高污染燃料禁燃区 had been suspected as a district
  // (session 42: 为崆阳县建设农业强县营造了良好的法治环境 — a county the gazetteer lacks, built into something whole — now suspected)
  it('set88: at least 143 of 144 cells; the other county left in only suspected, former names and a 禁燃区 are nothing', () => {
    const { e } = evalSet('set88');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
    const rows = scoredRows(join(ROOT, 'fixtures/assessed/set88'));
    for (const r of rows) expect([r.file, (r.suspected ?? []).map((d: { id: string }) => d.id)]).toEqual([r.file, r.file.startsWith('06_') ? ['wrong_unit_name'] : []]);
  });
  // (session 40: 有庆镇 in the mission frame deducted, as its assessor did — a framed real name that is no word, blind set 127)
  it('set87: at least 138 of 144 cells; the real town kept in a mission frame deducted, the late 落款 deducted', () => {
    const at = checkedSet('set87', 138, { tp: 2, fp: 0, fn: 0 });
    expect(idsOf(at('06_'))).toEqual(['wrong_unit_name']);
  });
  it('set59: at least 143 of 144 cells; another township kept from a template (invented) is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set59', 143, '06_', '嵧坝乡'));
  it('set19: at least 136 of 144 cells; the invented district the unit "builds" is a suspicion, never a wrong deduction', () => suspicionNotDeduction('set19', 136, '04_', '潆洄区'));
  // set23: the assessor deducts wrong_unit_name for 推动勐峘镇法治政府建设 in 勐崀镇's report — 勐峘 is invented with a rare
  // character the word statistics call no name part; after a mission frame it is suspected since sets 36 and 37 (it
  // had been missed, as set20's 岝原县 still is); 02's superior's standing adviser giving opinions on the branch's cases
  // is legal_adviser partial (it had been met, first read as intent: 拟作出…的案件); 06's last year's tally is deducted (below)
  it('set23: at least 143 of 144 cells; the invented township after a mission frame is a suspicion, nothing wrongly deducted', () => {
    const { dir, e } = evalSet('set23');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
    const rows = scoredRows(dir);
    expect(rows.find((x) => x.file.startsWith('02_')).criteria.legal_adviser.outcome).toBe('partial');
    expect(rows.find((x) => x.file.startsWith('05_')).suspected.map((d: { evidence: Array<{ match: string }> }) => d.evidence[0].match)).toEqual(['勐峘镇']);
  });
  // set24: the assessor deducts wrong_year in 06 (title 2020年度, body 2021年，我乡… and 新冠疫苗接种, 落款 2022年1月), calling it
  // a judgement call (the title may be the typo); the engine reads a year after the title's as no mismatch and
  // deducts only late_report, by the title's year, as the assessor does
  // set34: the assessor deducts stale_content for 将疫情防控期间形成的"网上办、掌上办"经验做法固化为常态化服务机制 in a 2025
  // report ("by the wording", though calling it a passing reference); the rubric reads COVID as history (疫情防控期间,
  // 转段, 三年疫情) as no epidemic measure since red team 2's eighteen false −5, so the engine deducts only 05's wrong year
  it('set34: all 144 cells; 05\'s wrong year deducted; COVID named as history is not stale content', () => {
    const { e } = evalSet('set34');
    expect(e.agree).toBe(144);
    expect(e.deductions).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
  it('set24: at least 143 of 144 cells; a title one year behind its body is late, not wrongly deducted otherwise', () => {
    const { e } = evalSet('set24');
    expect(e.agree).toBeGreaterThanOrEqual(143);
    expect(e.deductions).toMatchObject({ fp: 0, fn: 1 });
  });
});

/**
 * Last year's tally standing among this year's results (2022年，我局联合…查处…23家，移送…2件): four blind
 * assessors deducted wrong_year for it (sets 13, 21, 23, 25), and it is deducted with that sentence as evidence.
 */
describe.each([
  ['set13', '06_', '2022年，我局'],
  ['set21', '03_', '在普法宣传和化解纠纷方面，2023年，我局'],
  ['set23', '06_', '2020年，全局'],
  ['set25', '06_', '2021年，我镇'],
  ['set26', '06_', '2024年，全区'],
  ['set27', '06_', '2024年，全县'],
])('blind-assessed %s: last year\'s tally', (set, file, match) => {
  it('is deducted as wrong_year with that sentence as evidence', () => {
    const dir = join(ROOT, 'fixtures', 'assessed', set);
    const row = scoredRows(dir).find((x) => x.file.startsWith(file));
    const d = row.deductions.find((x: { id: string }) => x.id === 'wrong_year');
    expect(d.status).toBe('deducted');
    expect(d.evidence[0].match).toBe(match);
  });
});
