/**
 * The 标记 column: report-level flags in words an assessor reads, with what each means and what to
 * do about it. results.jsonl keeps the codes (they are data); ranking.csv, ranking.xlsx and
 * report.html show the words (Chinese by default) and report.html and the workbook carry the legend.
 * A flag not listed here (a newer engine's) is shown as its code.
 */
import type { Lang } from './evidence-text.js';

export interface FlagText { label: string; meaning: string }

export const FLAGS: Record<Lang, Record<string, FlagText>> = {
  zh: {
    conversion_artifacts: { label: '转换残留', meaning: '报告文字有从 Word/PDF 转换留下的痕迹（断行、页码、乱码符号等），已自动清理；证据的行号以原文件为准，引用前请核对原文。' },
    no_sections: { label: '无分级标题', meaning: '全文没有“一、（一）1.”这样的编号标题，结构类评分项按无章节处理；请核对报告是否丢失了标题格式。' },
    no_date: { label: '无落款日期', meaning: '没有找到落款日期，无法判断是否按时报送。' },
    no_year: { label: '年度不明', meaning: '标题、正文和落款中都没有找到报告年度。' },
    no_unit: { label: '单位不明', meaning: '标题和落款中没有找到报告单位，排名表中以文件名代替。' },
    several_reports: { label: '疑似多份报告', meaning: '文件中报告标题之后又出现了另一份报告的标题和正文，可能是多份报告粘贴在一个文件里，却被当作一份评分：请拆分成每份一个文件后重新评分。' },
    other_year: { label: '年度与本批不同', meaning: '这份报告的年度与本批的年度（--year 指定的，或本批多数报告的年度）不同（如本批是 2025 年度的报告，这份是 2022 年度的）：是否误收了别的年度的报告？请核对，必要时向单位索取本年度报告。加 --exclude-other-years 评分时，这类报告列出分数但不参与排名。' },
    run_together: { label: '未分段', meaning: '报告全文（或其中一大段）没有分段，常见于从网页或 PDF 复制的文字：已按标题、编号和落款重新分段后评分。证据的行号可能都在同一行，引用前请核对原文；如有分段的原件，请以原件评分。' },
    title_year_conflict: { label: '标题年度存疑', meaning: '标题写的年度与正文和落款日期不符（如标题写 2024 年，正文写 2025 年的工作、落款为 2026 年初）。按评分细则仍以标题年度为报告年度：正文所写年度的工作可能被当作下一年计划而不计分，落款也可能算作逾期。请核对原文；若标题笔误，请在复核中更正相应结果。' },
    notice_document: { label: '通知等公文而非报告', meaning: '标题表明这是通知、函、批复、请示等公文（如关于报送年度报告的通知），不是单位的年度情况报告：正文按对他人的要求处理、不计分。请核对是否误收并从本批中移除。' },
    plan_document: { label: '工作计划而非报告', meaning: '标题表明这是工作要点、工作计划或实施方案（对来年工作的安排），不是年度情况报告：正文都按计划处理、不计分。请核对是否误收，必要时向单位索取年度报告。' },
    invalid_bytes: { label: '个别字符无法识别', meaning: '文本文件里有少量无法解码的字节（或“锟斤拷”），已替换为替换符 �；编码列写明个数和第一处所在行，请核对原文。' },
    mixed_encoding: { label: '混合编码', meaning: '文件中有几行是另一种编码（GBK 与 UTF-8 混用，或被错误转码过的段落），已逐行还原；编码列写明行数和第一处所在行，请核对原文。' },
    format_mismatch: { label: '格式与扩展名不符', meaning: '文件内容与扩展名不符（如名为 .docx 实为纯文本、名为 .doc 实为网页、名为 .txt 实为 Word 文件），已按实际内容读取；请核对这是否就是要报送的文件，必要时请单位重新导出。' },
    same_unit: { label: '同一单位重复', meaning: '本批另有一份报告是同一单位同一年度的（如同一报告的 Word 版和 PDF 版，或修改稿），两份都参与了排名：请核对保留哪一份，移除另一份后重新评分。' },
    near_duplicate: { label: '疑似雷同', meaning: '与另一份报告大段文字重合（见 near-duplicates.csv），请核对是否套用。' },
    reviewed: { label: '已人工复核', meaning: '评分人对这份报告的部分结果作出了决定，最终得分按评分人的决定计算（引擎原结果并列显示）。' },
    review_stale: { label: '复核已过期', meaning: '评分人作出决定后报告内容已改变，这些决定未被应用：请重新复核（rubric review-template）。' },
  },
  en: {
    conversion_artifacts: { label: 'conversion artifacts', meaning: 'The text carries traces of conversion from Word/PDF (broken lines, page numbers, stray symbols), cleaned automatically; check quotes against the original.' },
    no_sections: { label: 'no numbered headings', meaning: 'No numbered headings (一、（一）1.) anywhere: structure criteria treat the report as one section.' },
    no_date: { label: 'no closing date', meaning: 'No date in the closing: timeliness cannot be judged.' },
    no_year: { label: 'year unknown', meaning: 'No report year in the title, body or closing.' },
    no_unit: { label: 'unit unknown', meaning: 'No issuing unit in the title or closing; the file name stands in.' },
    several_reports: { label: 'several reports?', meaning: "Another report's title and text follow the first report in this file: several reports pasted into one file seem to have been scored as one. Split them into one file each and score again." },
    other_year: { label: 'another year', meaning: "This report's year is not the batch's (named with --year, or the one most of its reports state; a 2022 report among 2025's): was another year's report collected by mistake? Check, and ask the unit for this year's report if so. Scored with --exclude-other-years, such a report is listed with its score but not ranked." },
    run_together: { label: 'no paragraph breaks', meaning: 'The report (or a long part of it) has no paragraph breaks, as text copied from a web page or a PDF often has: it was split again at its title, numbered headings and closing before scoring. Its evidence may all stand on one line number; check quotes against the original, and score a version with its breaks if there is one.' },
    title_year_conflict: { label: 'title year doubtful', meaning: "The title's year disagrees with the body and the closing date (a title of 2024 over 2025's work signed early 2026). The scheme takes the title's year as the report year, so the body's year's work may be read as next year's plans and earn nothing, and the closing may count as late. Check the original; if the title is a slip, correct the results in review." },
    notice_document: { label: 'a notice, not a report', meaning: "The title says this is a notice, letter, reply or request (通知, 函, 批复, 请示 — e.g. the notice asking units for their reports), not a unit's report: its body is read as what others are asked to do and earns nothing. Check whether it was collected by mistake and remove it from the batch." },
    plan_document: { label: 'a plan, not a report', meaning: "The title says this is a work plan (工作要点, 工作计划, 实施方案) for the coming year, not a year's report: its body is read as plans and earns nothing. Check whether it was collected by mistake; ask the unit for its report." },
    invalid_bytes: { label: 'a few unreadable characters', meaning: 'A few bytes (or 锟斤拷) could not be decoded and became the replacement mark �; the encoding column gives how many and the first line. Check the original.' },
    mixed_encoding: { label: 'mixed encodings', meaning: 'Some lines were in another encoding (GBK among UTF-8, or a wrongly converted paragraph) and were restored line by line; the encoding column gives how many and the first line.' },
    format_mismatch: { label: 'format differs from name', meaning: 'The file is another format than its extension says (a .docx that is plain text, a .doc that is a web page, a .txt that is a Word file); it was read as what it is. Check that it is the file meant to be submitted; ask for a fresh export if in doubt.' },
    same_unit: { label: 'same unit twice', meaning: "Another report in the batch is this unit's for the same year (the Word and the PDF copy of one report, or a revised copy), and both are ranked: decide which one counts, remove the other and score again." },
    near_duplicate: { label: 'near-duplicate', meaning: 'Shares long passages with another report (see near-duplicates.csv).' },
    reviewed: { label: 'reviewed', meaning: "An assessor decided some results; the final score follows the assessor's decisions (the engine's beside them)." },
    review_stale: { label: 'review stale', meaning: 'The report changed after the assessor decided; those decisions were not applied. Review again.' },
  },
};

export const flagLabel = (flag: string, lang: Lang) => FLAGS[lang][flag]?.label ?? flag;

/**
 * The 标记 cell: labels joined the way the language lists things, each followed by its `details`
 * when there are any (the near-duplicate's partners right after 疑似雷同: appended to the whole cell
 * they read as the last flag's — 疑似雷同；无落款日期（与 sub_a.txt 约100% 重合）, a new user).
 */
export const flagsText = (flags: string[], lang: Lang, details: Readonly<Record<string, string>> = {}) =>
  flags.map((f) => flagLabel(f, lang) + (Object.hasOwn(details, f) ? details[f] : '')).join(lang === 'zh' ? '；' : '; ');

/**
 * A scored report kept out of the ranking (score --exclude-other-years: rank null, no error, flagged other_year): the 标记
 * cell's detail saying so, as ranking.csv's does (nu39: the workbook and the page said 年度与本批不同 only).
 */
export const unrankedDetail = (r: { rank: number | null; error?: unknown; flags: string[] }, lang: Lang): Record<string, string> =>
  isUnranked(r) ? { other_year: UNRANKED_NOTE[lang] } : {};

/** Whether a row is a scored report kept out of the ranking (see unrankedDetail). */
export const isUnranked = (r: { rank: number | null; error?: unknown; flags: string[] }): boolean => r.rank === null && !r.error && r.flags.includes('other_year');

/** What follows 年度与本批不同 for a report kept out of the ranking, in every output (score.ts writes the CSV's while ranking). */
export const UNRANKED_NOTE: Record<Lang, string> = { zh: '（未排名）', en: ' (not ranked)' };

