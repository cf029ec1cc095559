/**
 * The one message catalogue: every rubric error code, report error code and cache warning,
 * rendered in Chinese (default) or English (--lang en) from its params. The engine only produces
 * codes and params (engine/errors.ts); a new code does not compile until it has its entry here.
 */
import type { CacheWarning, CacheWarningCode, CacheWarningParams, GoldProblem, GoldProblemCode, ReportError, ReportErrorCode, ReportErrorParams, RubricError, RubricErrorCode, RubricErrorParams, UnsupportedFormat } from '../engine/errors.js';
import type { CaseFailure, Expected } from '../engine/eval/fixtures.js';
import { getLang } from './i18n.js';
import { term } from './terminal.js';
import { outcomeWord, type Lang } from './writers/evidence-text.js';

type Text = { zh: string; en: string };
type Entry<C extends RubricErrorCode> = (p: RubricErrorParams[C]) => Text;

const list = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ');

/** ajv keywords: what is wrong and what to write instead. */
function schemaText(keyword: string, p: Record<string, unknown>): Text {
  switch (keyword) {
    case 'required': return { zh: `缺少必填字段 "${p.missingProperty}"，请补上。`, en: `Missing required property "${p.missingProperty}": add it.` };
    case 'additionalProperties': return { zh: `不认识的字段 "${p.additionalProperty}"：请删除或检查拼写。`, en: `Unknown property "${p.additionalProperty}": remove it or fix its spelling.` };
    case 'enum': return { zh: `取值必须是以下之一：${list(p.allowedValues as unknown[])}。`, en: `Must be one of: ${list(p.allowedValues as unknown[])}.` };
    case 'type': return { zh: `类型应为 ${p.type}。`, en: `Must be of type ${p.type}.` };
    case 'minItems': return { zh: `至少需要 ${p.limit} 项。`, en: `Needs at least ${p.limit} item(s).` };
    case 'maxItems': return { zh: `最多 ${p.limit} 项。`, en: `At most ${p.limit} item(s).` };
    case 'minProperties': return { zh: '不能为空对象：请写出条件（all / any / not，或 fact + operator + value）。', en: 'Must not be empty: write a condition (all / any / not, or fact + operator + value).' };
    case 'maxProperties': return { zh: '只能有一个键：all、any 或 not 三选一。', en: 'Only one key allowed: all, any or not.' };
    case 'pattern': return { zh: `格式不符合 ${p.pattern}（id 用小写字母、数字和下划线）。`, en: `Must match ${p.pattern} (ids use lower-case letters, digits and underscores).` };
    case 'minLength': return { zh: '不能为空字符串。', en: 'Must not be empty.' };
    case 'maxLength': return { zh: `不能超过 ${p.limit} 个字符。`, en: `At most ${p.limit} characters.` };
    case 'minimum': return { zh: `数值必须大于或等于 ${p.limit}。`, en: `Must be >= ${p.limit}.` };
    case 'exclusiveMinimum': return { zh: `数值必须大于 ${p.limit}。`, en: `Must be > ${p.limit}.` };
    case 'maximum': return { zh: `数值不能大于 ${p.limit}。`, en: `Must be <= ${p.limit}.` };
    case 'uniqueItems': return { zh: '列表中有重复项。', en: 'Items must be unique.' };
    case 'anyOf': return { zh: '既不是合法的文件路径（以 .json 结尾），也不是合法的对象。', en: 'Neither a valid file path (ending in .json) nor a valid object.' };
    default: return { zh: `不符合模式的 ${keyword} 规则。`, en: `Fails the schema's ${keyword} rule.` };
  }
}

const CATALOGUE: { [C in RubricErrorCode]: Entry<C> } = {
  json_syntax: (p) => {
    const at = p.line ? { zh: `第 ${p.line} 行第 ${p.column} 列：`, en: `line ${p.line}, column ${p.column}: ` } : { zh: '', en: '' };
    if (p.found === 'trailing_comma') return { zh: `${at.zh}JSON 语法错误：} 或 ] 之前多了一个逗号，请删去它。`, en: `${at.en}JSON syntax error: a comma before } or ]; delete it.` };
    if (p.found === 'full_width') return { zh: `${at.zh}JSON 语法错误：这里是全角的「${p.char}」，JSON 只认半角符号（" , : { } [ ]）：请切换到英文标点重新输入。`, en: `${at.en}JSON syntax error: a full-width "${p.char}" here; JSON takes only ASCII punctuation (" , : { } [ ]): retype it with an English keyboard.` };
    if (p.found === 'comment') return { zh: `${at.zh}JSON 语法错误：JSON 不允许注释（// 或 /* */）：请删去，说明可写在 "description" 里。`, en: `${at.en}JSON syntax error: JSON allows no comments (// or /* */); delete it (explanations go in "description").` };
    return { zh: `${at.zh}JSON 语法错误。请检查逗号、引号和括号。`, en: `${at.en}JSON syntax error. Check commas, quotes and brackets.` };
  },
  rubric_unreadable: (p) => ({ zh: `无法读取评分细则文件（${p.reason}）：请检查路径。`, en: `Cannot read the rubric file (${p.reason}): check the path.` }),
  file_too_large: (p) => ({ zh: `文件过大（${p.bytes} 字节，上限 ${p.limit}）：评分细则和词表不应这么大，请检查是否选错了文件。`, en: `File too large (${p.bytes} bytes, limit ${p.limit}): a rubric or lexicon is never this big; check the file.` }),
  too_deep: (p) => ({ zh: `JSON 嵌套超过 ${p.limit} 层：请简化。`, en: `JSON nests deeper than ${p.limit} levels: simplify it.` }),
  schema: (p) => schemaText(p.keyword, p.params),
  include_outside: (p) => ({ zh: `引用的文件 "${p.include}" 在评分细则所在文件夹之外（链接也按实际位置判断）：请把它移到 ${p.folder} 之内。`, en: `Included file "${p.include}" lies outside the rubric's folder (links count where they point): move it inside ${p.folder}.` }),
  include_missing: (p) => ({ zh: `找不到引用的文件 "${p.include}"：请检查路径（相对于评分细则文件）。`, en: `Included file "${p.include}" not found: check the path (relative to the rubric file).` }),
  bad_condition: (p) => 'found' in p
    ? { zh: `条件必须恰好是 all、any、not 或 fact 之一（现在是：${p.found.join(', ') || '都没有'}）。`, en: `A condition must be exactly one of all, any, not or fact (found: ${p.found.join(', ') || 'none'}).` }
    : { zh: `fact 条件需要 operator 和 value，例如 "operator": "greaterThanInclusive", "value": 1（缺少：${p.missing.join(', ')}）。`, en: `A fact condition needs operator and value, e.g. "operator": "greaterThanInclusive", "value": 1 (missing: ${p.missing.join(', ')}).` },
  unknown_fact: (p) => ({ zh: `未知的 fact "${p.fact}"：可用的有 ${p.known.join(', ')}。`, en: `Unknown fact "${p.fact}": use one of ${p.known.join(', ')}.` }),
  condition_too_deep: (p) => ({ zh: `条件嵌套超过 ${p.limit} 层：请拆分或简化。`, en: `Conditions nest deeper than ${p.limit} levels: split or simplify them.` }),
  duplicate_id: (p) => ({ zh: `重复的 id "${p.id}"（已在 ${p.firstFile} 中定义）：每个评分项和扣分项的 id 必须唯一。`, en: `Duplicate id "${p.id}" (already defined in ${p.firstFile}): ids must be unique.` }),
  duplicate_level: () => ({ zh: '同一个等级（met/partial）只能出现一次。', en: 'Each outcome (met/partial) may appear only once.' }),
  not_finite: () => ({ zh: '数值超出范围（如 1e999 会变成无穷大）：请写一个普通的数。', en: 'Number out of range (1e999 becomes Infinity): write an ordinary number.' }),
  subtotal_mismatch: (p) => ({ zh: `「${p.id}」声明 ${p.declared} 分，其下各项之和为 ${p.sum} 分。`, en: `"${p.id}" declares ${p.declared} points but its parts add up to ${p.sum}.` }),
  unknown_category: (p) => ({ zh: p.category === null ? `评分项「${p.criterion}」未指定 category：声明了 categories 时每个评分项都要归入一个末级类别。` : `评分项「${p.criterion}」的类别「${p.category}」未在 categories 中声明为末级类别。`, en: p.category === null ? `Criterion "${p.criterion}" names no category: when categories are declared every criterion belongs to a leaf category.` : `Criterion "${p.criterion}" names category "${p.category}", which is not a declared leaf category.` }),
  message_threshold: (p) => ({ zh: `评分项「${p.criterion}」的「${p.level === 'met' ? '达标' : '部分'}」条件要求达到 ${p.count}，但 message 中说明这一档的文字写的是 ${p.stated.join('、')}：改了门槛请同时改 message，否则各输出中的说明与评分不符。`, en: `Criterion "${p.criterion}": its ${p.level} level asks for ${p.count}, but the message's words for that level state ${p.stated.join(', ')}: when a threshold changes, change the message too, or every output explains the old rule.` }),
  range_threshold: (p) => ({ zh: `评分项「${p.criterion}」的「${p.level === 'met' ? '达标' : '部分'}」一档写着「${p.label}」，区间止于 ${p.upper}，但上一档从 ${p.next} 起：请把区间的上限改为 ${p.next - 1}（未得分的说明会照原文显示）。`, en: `Criterion "${p.criterion}": its ${p.level} level says "${p.label}", a range ending at ${p.upper}, but the next level starts at ${p.next}: make the range end at ${p.next - 1} (the withheld-points note shows the words as written).` }),
  label_threshold: (p) => ({ zh: `评分项「${p.criterion}」的「${p.level === 'met' ? '达标' : '部分'}」条件要求达到 ${p.count}，但它的 title「${p.label}」写的是别的数：请一并修改 title（未得分的说明会同时显示两者）。`, en: `Criterion "${p.criterion}": a condition of its ${p.level} level asks for ${p.count}, but its title "${p.label}" states another number: change the title too (the withheld-points note shows both).` }),
  message_deadline: (p) => ({ zh: `「${p.id}」的落款期限是次年${p.month}月${p.day}日，但它的说明文字写的是 ${p.stated.join('、')}：改了期限请同时改 message（或条件的 title），否则各输出中的说明与扣分不符。`, en: `"${p.id}": its 落款 deadline is ${p.month}/${p.day} of the next year, but its words state ${p.stated.join(', ')}: when the deadline changes, change the message (or the condition's title) too, or every output explains the old rule.` }),
  impossible_deadline: (p) => ({ zh: `落款期限 次年${p.month}月${p.day}日 不是每年都有的日期${p.month === 2 && p.day === 29 ? '（2月29日只在闰年有）' : ''}：请改成一个真实的日期（例如 ${p.month}月${[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][p.month - 1]}日 或次月1日）。`, en: `The 落款 deadline ${p.month}/${p.day} of the next year is not a date every year has${p.month === 2 && p.day === 29 ? ' (29 February exists in leap years only)' : ''}: write a real date (e.g. ${p.month}/${[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][p.month - 1]} or the 1st of the next month).` }),
  points_sum: (p) => ({ zh: `各评分项分值之和为 ${p.sum}，与 maxTotal ${p.maxTotal} 不一致。`, en: `Criteria points add up to ${p.sum}, not maxTotal ${p.maxTotal}.` }),
  unknown_lexicon: (p) => ({ zh: `未定义的词表 "@${p.lexicon}"：请在 rubric 的 lexicons 中定义它，或改用具体的模式。`, en: `Unknown lexicon "@${p.lexicon}": define it under "lexicons" or write the patterns inline.` }),
  bad_pattern: (p) => ({ zh: `正则表达式无法解析："${p.pattern}"（${p.reason}）。请修正语法。`, en: `Pattern does not parse: "${p.pattern}" (${p.reason}). Fix its syntax.` }),
  unsafe_pattern: (p) => ({ zh: `模式 "${p.pattern}" 可能导致灾难性回溯（${p.reason}）：请去掉嵌套或有歧义的重复，例如把 (a+)+ 改写为 a+。`, en: `Pattern "${p.pattern}" can backtrack catastrophically (${p.reason}): remove the nested or ambiguous repetition, e.g. write a+ instead of (a+)+.` }),
  pattern_reference: (p) => p.feature === 'backreference'
    ? { zh: `模式 "${p.pattern}" 含反向引用（\\1、\\k<名>）：同一列表的模式会合并成一个正则，编号会改变含义，请改写为不用反向引用的形式。`, en: `Pattern "${p.pattern}" has a backreference (\\1, \\k<name>): the patterns of a list are joined into one regex, which renumbers groups; rewrite it without the backreference.` }
    : { zh: `模式 "${p.pattern}" 含命名分组 (?<名>…)：同一列表的模式会合并成一个正则，同名分组无法编译，请改用 (?:…)。`, en: `Pattern "${p.pattern}" has a named group (?<name>…): the patterns of a list are joined into one regex, where equal names fail; use (?:…) instead.` },
  not_a_git_repo: (p) => ({ zh: `"${p.arg}" 看起来是 git 版本引用，但当前目录不在 git 仓库中。`, en: `"${p.arg}" looks like a git revision, but the current folder is not in a git repository.` }),
  bad_revision: (p) => ({ zh: `"${p.arg}" 不是合法的 版本:路径 引用（版本和路径都不能以 - 开头，路径须在仓库之内）。`, en: `"${p.arg}" is not a valid REV:path (neither may start with -, and the path must lie inside the repository).` }),
  fixture_format: () => ({ zh: '用例文件需要 "criterion"（字符串）和 "cases"（数组）。', en: 'A fixture file needs "criterion" (a string) and "cases" (an array).' }),
  unknown_criterion: (p) => p.unlisted
    ? { zh: `用例文件指向的评分项 "${p.criterion}" 的文件 ${p.unlisted} 就在旁边，但 rubric.json 没有列出它：请把 "${p.unlisted}" 加进 rubric.json 的 criteria（扣分项加进 deductions）。`, en: `The fixtures' criterion "${p.criterion}" has its file ${p.unlisted} right beside them, but rubric.json does not list it: add "${p.unlisted}" to rubric.json's criteria (a deduction to deductions).` }
    : { zh: `用例文件指向未知的评分项 "${p.criterion}"：请改成评分细则中存在的 id，或删除该文件。`, en: `Fixtures name unknown criterion "${p.criterion}": use an id the rubric defines, or delete the file.` },
  duplicate_case: (p) => p.repeats === 'name'
    ? { zh: `重复的用例名称 "${p.name}"。`, en: `Duplicate case name "${p.name}".` }
    : { zh: `用例 "${p.name}" 的文本与同文件中另一个用例完全相同。`, en: `Case "${p.name}" repeats another case's text.` },
  bad_expect: (p) => ({ zh: `用例 "${p.name}" 的 expect 是 "${p.value}"，没有哪个结果会等于它：请改成 ${p.allowed} 之一。`, en: `Case "${p.name}" expects "${p.value}", which no result can equal: use one of ${p.allowed}.` }),
  unknown_case_key: (p) => ({ zh: `用例 "${p.name}" 的键 "${p.key}" 无法识别（拼写错误会被悄悄忽略）：可用的键有 ${p.allowed}。`, en: `Case "${p.name}" has a key "${p.key}" the runner does not know (a misspelt key would be skipped silently): the keys are ${p.allowed}.` }),
  no_cases: (p) => ({ zh: `评分项 "${p.criterion}" 没有用例：请在 ${p.fixtureFile} 中至少写达标、未达标各一个用例。`, en: `Criterion "${p.criterion}" has no fixture cases: add at least a met and an unmet case in ${p.fixtureFile}.` }),
};

/** The message of a rubric error, in the given language (default: the CLI's). */
export function rubricMessage(e: RubricError, lang: Lang = getLang()): string {
  const text = (CATALOGUE[e.code] as Entry<typeof e.code>)(e.params as never);
  return lang === 'zh' ? text.zh : text.en;
}

/** `file /pointer: [code] message`, as the CLI prints a rubric error. */
export function formatRubricError(e: RubricError, lang: Lang = getLang()): string {
  return `${e.file}${e.path ? ` ${e.path}` : ''}: [${e.code}] ${rubricMessage(e, lang)}`;
}

/** A rubric's warnings (they do not stop a load) as the commands print them to stderr, one line each. */
export function rubricWarningLines(warnings: RubricError[], lang: Lang = getLang()): string {
  return warnings.map((w) => `${lang === 'zh' ? '警告' : 'warning'}: ${term(w.file)} ${w.path}: [${w.code}] ${term(rubricMessage(w, lang))}\n`).join('');
}

// ---------------------------------------------------------------------------------------------
// Report errors: why one report was not scored. Each message names the file and says what to do;
// the row's file is passed in, the rest comes from the code's params (engine/errors.ts).

type ReportEntry<C extends ReportErrorCode> = (p: ReportErrorParams[C], file: string) => Text;

const mb = (bytes: number, digits: number) => (bytes / 1048576).toFixed(digits);
const SAVE_AS_DOCX: Text = { zh: '请在 Word/WPS 中打开后另存为 .docx（或导出为 PDF/纯文本）再评分。', en: 'open it in Word/WPS and save it as .docx (or export PDF or plain text), then score again.' };

/** How to convert each office format we do not read (the advice of `unsupported_format`). */
const UNSUPPORTED: { [F in UnsupportedFormat]: Text } = {
  rtf: { zh: `不支持 RTF 格式：${SAVE_AS_DOCX.zh}`, en: `RTF is not read: ${SAVE_AS_DOCX.en}` },
  odt: { zh: '不支持 OpenDocument（.odt）格式：在 LibreOffice/WPS 中另存为 .docx 再评分。', en: 'OpenDocument (.odt) is not read: save it as .docx in LibreOffice/WPS, then score again.' },
  pages: { zh: '不支持 Apple Pages 格式：在 Pages 中导出为 Word（.docx）或 PDF 再评分。', en: 'Apple Pages files are not read: export to Word (.docx) or PDF from Pages, then score again.' },
  mht: { zh: '不支持 MHT 网页存档：在浏览器中另存为“网页，仅 HTML”（.html）再评分。', en: 'MHT web archives are not read: save the page as HTML only (.html), then score again.' },
  xps: { zh: '不支持 XPS 格式：请导出为 PDF 再评分。', en: 'XPS files are not read: export them as PDF, then score again.' },
  word_template: { zh: `这是 Word 模板：${SAVE_AS_DOCX.zh}`, en: `This is a Word template: ${SAVE_AS_DOCX.en}` },
  wps_template: { zh: `这是 WPS 模板：${SAVE_AS_DOCX.zh}`, en: `This is a WPS template: ${SAVE_AS_DOCX.en}` },
  ceb: { zh: '不支持 CEB 格式：请用方正 Apabi 阅读器导出为 PDF 再评分。', en: 'CEB files are not read: export them as PDF with the Apabi reader, then score again.' },
  old_wps: { zh: '这个 .wps 文件不是 WPS Office 2005 以后的格式（可能是旧版金山 WPS 或 Microsoft Works 文件）：请在 WPS Office 中打开后另存为 .docx。', en: 'This .wps file is not in the WPS Office (2005+) format (an old Kingsoft WPS or Microsoft Works file): open it in WPS Office and save it as .docx.' },
  not_word97: { zh: '这个 .doc 文件不是 Word 97–2003 格式：请在 Word/WPS 中打开后另存为 .docx。', en: 'This .doc file is not in the Word 97–2003 format: open it in Word/WPS and save it as .docx.' },
  image: { zh: '这是图片（扫描件或截图），不是报告文本：请先做文字识别（OCR），或向单位索取 Word/文本版本。', en: 'This is a picture (a scan or a screenshot), not report text: run OCR first, or ask the unit for the Word or text version.' },
  archive: { zh: '这是压缩包：请解压后把其中的报告放进报告文件夹再评分。', en: 'This is an archive: extract it and put the reports it holds in the corpus folder, then score again.' },
};

const IMAGE: Record<'png' | 'jpeg' | 'gif', string> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF' };

function tooLarge(p: ReportErrorParams['too_large'], f: string): Text {
  if ('chars' in p) {
    return { zh: `文件 ${f} 读出 ${Math.round(p.chars / 10000)} 万字，超过上限 ${p.limit / 10000} 万字：一份报告通常三千到三万字，请确认它是一份报告（多份报告合在一个文件里的，请拆开）。`, en: `${f} reads as ${p.chars} characters, over the limit of ${p.limit}: a report runs to 3,000–30,000; check it is one report (split a file holding several).` };
  }
  if (!('zip' in p)) {
    return { zh: `文件 ${f} 有 ${mb(p.bytes, 1)} MB，超过上限 ${mb(p.limit, 0)} MB：请确认它是一份报告，或用 --max-mb 提高上限（最多 2047）。`, en: `${f} is ${mb(p.bytes, 1)} MB, over the limit of ${mb(p.limit, 0)} MB: check it is a report, or raise --max-mb (at most 2047).` };
  }
  const why: Text = p.zip === 'entries' ? { zh: `${p.count} 个压缩条目，上限 ${p.limit}`, en: `${p.count} entries, limit ${p.limit}` }
    : p.zip === 'unzipped' ? { zh: `解压后 ${mb(p.bytes, 0)} MB，上限 ${mb(p.limit, 0)} MB`, en: `${mb(p.bytes, 0)} MB unzipped, limit ${mb(p.limit, 0)} MB` }
      : p.zip === 'ratio' ? { zh: `${p.entry} 的压缩比 ${p.ratio}:1，上限 ${p.limit}:1`, en: `${p.entry} compresses ${p.ratio}:1, limit ${p.limit}:1` }
        : { zh: `${p.entry} 是无法核对大小的 zip64 条目`, en: `${p.entry} is a zip64 entry whose size cannot be checked` };
  return {
    zh: `${f} 解压后过大或压缩比异常（${why.zh}），疑似压缩炸弹，未读取：请确认它是一份报告，或另存为 .txt 后再评分。`,
    en: `${f} would inflate too far (${why.en}), like a zip bomb, and was not read: check it is a report, or save it as .txt.`,
  };
}

/** …and how many the whole file holds, when more (in its title or a header): 0 of a 2-character file read as a misreading (nu34). */
function withTotal(p: ReportErrorParams['no_report_text'], m: Text): Text {
  if (p.total === undefined) return m;
  return { zh: m.zh.replace(/个汉字，/, `个汉字（全文共 ${p.total} 个，都在标题、页眉等处），`), en: m.en.replace(/ of body text/, ` of body text (${p.total} in the whole file, all in its title or headers)`) };
}

const REPORT_CATALOGUE: { [C in ReportErrorCode]: ReportEntry<C> } = {
  docx_as_txt: (_, f) => ({ zh: `${f} 是 Word（.docx）或其他压缩文件，却以文本扩展名命名：请改回 .docx 扩展名后再评分，或另存为纯文本。`, en: `${f} is a Word (.docx) or other zip file under a text extension: rename it to .docx, or save it as plain text.` }),
  pdf_as_txt: (_, f) => ({ zh: `${f} 是 PDF 文件，却以文本扩展名命名：请改回 .pdf 扩展名，或导出为纯文本。`, en: `${f} is a PDF under a text extension: rename it to .pdf, or export it as plain text.` }),
  doc_as_txt: (_, f) => ({ zh: `${f} 是旧版 Word（.doc）文件：请改回 .doc 扩展名，或在 Word/WPS 中另存为 .docx 或纯文本。`, en: `${f} is a legacy Word (.doc) file: rename it to .doc, or save it as .docx or plain text in Word/WPS.` }),
  binary_file: (p, f) => (p.kind === 'program'
    ? { zh: `${f} 是程序（可执行文件），不是报告：请确认是否放错了文件，向单位取得报告的文字版本（.txt、.docx 或带文字层的 .pdf）。`, en: `${f} is a program (an executable), not a report: check whether the wrong file was put here, and get the report's text (.txt, .docx or a PDF with a text layer).` }
    : p.kind === 'control' && p.named
    ? { zh: `文件 ${f} 的扩展名是 .${p.named}，内容却既不是该格式也不是文本（无法识别的二进制数据）：文件可能已损坏或没有下载完整，请重新下载，或从原文件重新导出后再评分。`, en: `${f} is named .${p.named} but holds neither that format nor text (unrecognised binary data): the file is probably damaged or was not downloaded completely; download it again, or export it again from the source.` }
    : p.kind === 'control'
    ? { zh: `${f} 的内容不是文本（含大量控制字符或无法解码的字节）：请提供报告的文字版本（.txt、.docx 或带文字层的 .pdf）。`, en: `${f} is not text (control characters or undecodable bytes): supply the report as .txt, .docx or a PDF with a text layer.` }
    : { zh: `${f} 是 ${IMAGE[p.kind]} 图片，不是报告文本：请提供报告的文字版本（扫描件需先做文字识别 OCR）。`, en: `${f} is a ${IMAGE[p.kind]} image, not report text: supply the text (scans need OCR first).` }),
  bad_docx: (p, f) => (p.where === 'zip'
    ? { zh: `Word 文件 ${f} 的压缩结构有误（${p.detail}）：请在 Word/WPS 中打开后另存为 .docx 再试。`, en: `The zip structure of the Word file ${f} is broken (${p.detail}): open it in Word/WPS and save it as .docx again.` }
    : { zh: `无法读取 Word 文件 ${f}（${p.detail}）：请在 Word/WPS 中打开后另存为 .docx 再试。`, en: `Cannot read the Word file ${f} (${p.detail}): open it in Word/WPS and save it as .docx again.` }),
  bad_pdf: (p, f) => ({ zh: `无法读取 PDF 文件 ${f}（${p.detail}）：请确认文件完整，或从原文件重新导出。`, en: `Cannot read the PDF ${f} (${p.detail}): check the file is complete, or export it again from the source.` }),
  no_report_text: (p, f) => withTotal(p, p.attachment
    ? { zh: `文件 ${f} 的正文只有 ${p.chars} 个汉字，报告在附件里：请下载附件（报告全文）后再评分。`, en: `${f} has only ${p.chars} Chinese characters of body text; the report is an attachment: download the attachment (the full report) and score that.` }
    : { zh: `文件 ${f} 的正文只有 ${p.chars} 个汉字，没有报告全文（正文可能是图片）：请取得文字版的报告全文，或先做文字识别（OCR）后再评分。`, en: `${f} has only ${p.chars} Chinese characters of body text, not the report (its body may be pictures): get the report's full text, or run OCR first, and score that.` }),
  needs_ocr: (p, f) => ({ zh: `${p.format} 文件 ${f} 没有可用的文字层（可能是扫描件，页面上只有印章、页眉或页码的文字）：请先做文字识别（OCR），或提供 Word/文本版本。`, en: `The ${p.format} ${f} has no usable text layer (probably a scan: its pages hold only a stamp, header or page number as text): run OCR first, or supply the Word or text version.` }),
  bad_doc: (p, f) => ({ zh: `无法读取 ${p.format === 'wps' ? 'WPS' : 'Word 97–2003'} 文件 ${f}（${p.detail}）：请在 Word/WPS 中打开后另存为 .docx 再试。`, en: `Cannot read the ${p.format === 'wps' ? 'WPS' : 'Word 97–2003'} file ${f} (${p.detail}): open it in Word/WPS and save it as .docx.` }),
  bad_ofd: (p, f) => ({ zh: `无法读取 OFD 文件 ${f}（${p.detail}）：请用 OFD 阅读器（如数科、福昕、永中）打开后另存为 PDF 或导出文字再试。`, en: `Cannot read the OFD file ${f} (${p.detail}): open it in an OFD reader (e.g. Suwell, Foxit, Yozo) and save it as PDF or text.` }),
  unsupported_format: (p, f) => ({ zh: `${f}：${UNSUPPORTED[p.format].zh}`, en: `${f}: ${UNSUPPORTED[p.format].en}` }),
  empty_report: (_, f) => ({ zh: `文件 ${f} 是空的（或只有空白）：请重新导出报告全文。`, en: `${f} is empty (or whitespace only): export the full report again.` }),
  not_chinese: (p, f) => (p.named
    ? { zh: `文件 ${f} 的扩展名是 .${p.named}，内容却不是该格式，而是不含中文的纯文本或网页（常见于下载失败时保存的错误页，或手工改过扩展名）：请重新下载，或在 Word/WPS 中打开原报告另存为 .docx 再试。`, en: `${f} is named .${p.named} but holds plain text or a web page without Chinese, not that format (often an error page saved by a failed download, or a renamed file): download it again, or open the original report in Word/WPS and save it as .docx.` }
    : { zh: `文件 ${f} 中没有中文文字：请确认这是一份法治政府建设报告。`, en: `${f} contains no Chinese text: check it is a report on 法治政府建设 (building a rule-of-law government).` }),
  own_output: (_, f) => ({ zh: `文件 ${f} 是本程序先前写出的评分页（report.html），不是单位的报告，未评分：请把它移出报告文件夹（或把评分输出放在报告文件夹之外）。`, en: `${f} is a score page this program wrote (an earlier run's report.html), not a unit's report, and was not scored: move it out of the corpus folder (or keep outputs outside it).` }),
  too_large: tooLarge,
  unreadable: (p, f) => ({ zh: `无法读取 ${f}（${p.detail}）：请检查文件是否存在、是否有读取权限。`, en: `Cannot read ${f} (${p.detail}): check that it exists and is readable.` }),
  timeout: (p, f) => ({ zh: `评分 ${f} 超过了每份报告 ${p.seconds} 秒的时间上限，已跳过：请检查该文件是否异常（例如极长的无标点行），或用 --time-budget 提高上限。`, en: `Scoring ${f} exceeded the per-report budget of ${p.seconds} s and was skipped: check the file (e.g. an extremely long line without punctuation), or raise --time-budget.` }),
  worker_crashed: (p, f) => ({ zh: `评分 ${f} 时工作线程崩溃（${p.detail}）：该报告未评分，其他报告不受影响。请把该文件报告给维护者；若是内存不足，可用 --worker-memory 提高上限。`, en: `The worker crashed scoring ${f} (${p.detail}); other reports are unaffected. Report the file to the maintainers; if it ran out of memory, raise --worker-memory.` }),
  internal_error: (p, f) => ({ zh: `评分 ${f} 时出错（${p.detail}）：请把该文件和这条消息报告给维护者。`, en: `Scoring ${f} failed (${p.detail}): report the file and this message to the maintainers.` }),
  missing: (_, f) => ({ zh: `金标准中的 ${f} 没有评分结果：请确认它在报告文件夹中且能被读取。`, en: `Gold report ${f} has no result: check it is in the corpus folder and readable.` }),
  garbled_text: (p, f) => (p.format === 'text'
    ? { zh: `${f} 解码后大部分是乱码（生僻字或非中文字符）：请在记事本或 WPS 中打开，确认文字正常后另存为 UTF-8 编码的文本再评分。`, en: `${f} decodes to mostly rare or non-CJK characters (mojibake): open it, check the text reads correctly, and save it again as UTF-8.` }
    : { zh: `${p.format} 文件 ${f} 的文字层是乱码（字体缺少 ToUnicode 映射，无法还原文字）：请从原文件重新导出 PDF（嵌入字体），或提供 Word/文本版本，或对其做文字识别（OCR）。`, en: `The text layer of the ${p.format} ${f} is garbled (its fonts have no ToUnicode map): export it again from the source with embedded fonts, supply the Word or text version, or run OCR.` }),
  unreadable_name: (_, f) => ({ zh: `文件名 ${f} 不是 UTF-8 编码（常见于在中文 Windows 上打包、在 Linux 上解压的 zip）：请用 unzip -O GBK 重新解压，或把文件改名后再评分。`, en: `The name ${f} is not UTF-8 (a zip made on Chinese Windows unpacked on Linux): unpack it with unzip -O GBK, or rename the file.` }),
  broken_link: (_, f) => ({ zh: `${f} 是指向不存在文件的链接：请删除该链接或恢复其目标。`, en: `${f} is a link to a file that does not exist: remove it or restore its target.` }),
  link_loop: (_, f) => ({ zh: `${f} 是循环链接（链接指向自身或彼此）：请删除该链接。`, en: `${f} is a link loop (links pointing at themselves or each other): remove the link.` }),
  path_too_long: (_, f) => ({ zh: `${f} 的路径超过了系统允许的长度：请把报告移到层级较浅的文件夹中。`, en: `The path of ${f} is longer than the system allows: move the reports to a shallower folder.` }),
  not_a_file: (_, f) => ({ zh: `${f} 不是普通文件（是管道、套接字或设备）：只有普通文件会被读取，请放入报告文件本身。`, en: `${f} is not a regular file (a FIFO, socket or device): only regular files are read; put the report file itself there.` }),
  outside_corpus: (_, f) => ({ zh: `${f} 是指向报告文件夹以外的链接，未读取：请把报告复制进来，或加 --follow-links 允许读取链接目标。`, en: `${f} links outside the corpus folder and was not read: copy the report in, or pass --follow-links.` }),
};

/** Every report error code, from the catalogue (whose keys the compiler checks against ReportErrorParams). */
export const REPORT_ERROR_CODES = Object.keys(REPORT_CATALOGUE) as ReportErrorCode[];

/** Why report `file` was not scored, in the given language (default: the CLI's): names the file and what to do. */
export function reportMessage(file: string, e: ReportError, lang: Lang = getLang()): string {
  const text = (REPORT_CATALOGUE[e.code] as ReportEntry<typeof e.code>)(e.params as never, file);
  return lang === 'zh' ? text.zh : text.en;
}

/** A report error as the outputs carry it: code, params and the message in the run's language. */
export type RenderedReportError = ReportError & { message: string };
export const renderReportError = (file: string, e: ReportError, lang: Lang = getLang()): RenderedReportError => ({ code: e.code, params: e.params, message: reportMessage(file, e, lang) } as RenderedReportError);

const CACHE_CATALOGUE: { [C in CacheWarningCode]: (p: CacheWarningParams[C]) => Text } = {
  cache_key_unreadable: (p) => ({ zh: `无法读取缓存文件夹 ${p.folder} 的密钥`, en: `the key of cache folder ${p.folder} is unreadable` }),
  cache_integrity: (p) => ({ zh: `${p.path} 未通过完整性校验（被改动、损坏或来自另一个缓存文件夹）`, en: `${p.path} fails its integrity check (altered, corrupt or from another cache folder)` }),
  cache_corrupt: (p) => ({ zh: `${p.path} 已损坏（不是 JSON）`, en: `${p.path} is corrupt (not JSON)` }),
  cache_malformed: (p) => ({ zh: `${p.path} 的内容格式不对`, en: `${p.path} is malformed` }),
};

export const CACHE_WARNING_CODES = Object.keys(CACHE_CATALOGUE) as CacheWarningCode[];

/** What a cache warning says, in the given language: which entry or folder, and why it was ignored. */
export function cacheWarningMessage(w: CacheWarning, lang: Lang = getLang()): string {
  const text = (CACHE_CATALOGUE[w.code] as (p: never) => Text)(w.params as never);
  return lang === 'zh' ? text.zh : text.en;
}

const GOLD_CATALOGUE: { [C in GoldProblemCode]: (p: Extract<GoldProblem, { code: C }>, f: string) => Text } = {
  gold_format: (p, f) => ({ zh: `${f} 格式不对（${p.path}）：需要 {"reports": [{"file", "criteria": {id: "met"|"partial"|"unmet"|分数|{"points": 分数}}, "deductions": ["扣分项 id" 或 {"id": …}], "total"}]}（与 corpus/gold.json 相同）。`, en: `${f} is not a gold file (${p.path}): it needs {"reports": [{"file", "criteria", "deductions": [id or {"id": …}], "total"}]} like corpus/gold.json.` }),
  unknown_criterion: (p, f) => ({ zh: `${f} 第 ${p.report + 1} 份（${p.file}）：评分细则中没有评分项 “${p.id}”：请改正拼写，或用 --rubric 指定标注所依据的评分细则。`, en: `${f} report ${p.report + 1} (${p.file}): the rubric has no criterion "${p.id}": fix the spelling, or name the rubric the labels follow with --rubric.` }),
  unknown_deduction: (p, f) => ({ zh: `${f} 第 ${p.report + 1} 份（${p.file}）：评分细则中没有扣分项 “${p.id}”：请改正拼写，或用 --rubric 指定标注所依据的评分细则。`, en: `${f} report ${p.report + 1} (${p.file}): the rubric has no deduction "${p.id}": fix the spelling, or name the rubric the labels follow with --rubric.` }),
  bad_cell: (p, f) => ({ zh: `${f} 第 ${p.report + 1} 份（${p.file}）：评分项 “${p.id}” 的标注应为 met、partial、unmet、分数或 {"points": 分数}。`, en: `${f} report ${p.report + 1} (${p.file}): the label of "${p.id}" must be met, partial, unmet, a number or {"points": n}.` }),
  points_out_of_range: (p, f) => ({ zh: `${f} 第 ${p.report + 1} 份（${p.file}）：评分项 “${p.id}” 的分数 ${p.points} 不在 0 到 ${p.max} 之间。`, en: `${f} report ${p.report + 1} (${p.file}): the points of "${p.id}", ${p.points}, are not between 0 and ${p.max}.` }),
};

export const GOLD_PROBLEM_CODES = Object.keys(GOLD_CATALOGUE) as GoldProblemCode[];

/** What is wrong with gold file `file` and what to write instead, in the given language. */
export function goldProblemMessage(file: string, p: GoldProblem, lang: Lang = getLang()): string {
  const text = (GOLD_CATALOGUE[p.code] as (p: never, f: string) => Text)(p as never, file);
  return lang === 'zh' ? text.zh : text.en;
}

/** What a run says about itself besides errors and warnings (params as data, like every other code). */
export interface RunNoticeParams {
  /** --out holds the complete outputs of a run of the same inputs, untouched: nothing was written */
  outputs_up_to_date: { out: string; reports: number; failed: number };
}
export type RunNotice = { [C in keyof RunNoticeParams]: { code: C; params: RunNoticeParams[C] } }[keyof RunNoticeParams];

const NOTICE_CATALOGUE: { [C in keyof RunNoticeParams]: (p: RunNoticeParams[C]) => Text } = {
  outputs_up_to_date: (p) => ({
    zh: `输出已是最新：${p.out} 中的结果由相同的程序、评分细则、报告和选项生成，且之后未被改动，因此未重写任何文件（${p.reports} 份报告，${p.failed} 份未评分）。如需重新生成，请加 --force。`,
    en: `Outputs are up to date: ${p.out} holds the results of a run with the same program, rubric, reports and options, untouched since, so nothing was rewritten (${p.reports} reports, ${p.failed} not scored). Add --force to write them again.`,
  }),
};

export const RUN_NOTICE_CODES = Object.keys(NOTICE_CATALOGUE) as Array<keyof RunNoticeParams>;

/** A run notice in the given language. */
export function runNoticeMessage(n: RunNotice, lang: Lang = getLang()): string {
  const text = (NOTICE_CATALOGUE[n.code] as (p: never) => Text)(n.params as never);
  return lang === 'zh' ? text.zh : text.en;
}

/** Why a fixture case failed (engine/eval/fixtures.ts CaseFailure), in `lang`: `rubric test`'s ✗ lines. */
export function caseFailureMessage(f: CaseFailure, lang: Lang = getLang()): string {
  const zh = lang === 'zh';
  const w = (x: Expected) => outcomeWord(x, lang);
  switch (f.code) {
    case 'case_error': return zh ? `无法评分：${f.params.message}` : `error: ${f.params.message}`;
    case 'outcome': return zh ? `应为${w(f.params.expected)}，实为${w(f.params.actual)}` : `expected ${f.params.expected}, got ${f.params.actual}`;
    case 'evidence_missing': return zh ? `没有证据包含「${f.params.text}」` : `no evidence contains "${f.params.text}"`;
    case 'points': return zh ? `应得 ${f.params.expected} 分，实得 ${f.params.actual ?? '–'} 分` : `expected ${f.params.expected} points, got ${f.params.actual}`;
    case 'grade': return zh ? `等次应为 ${f.params.expected ?? '无'}，实为 ${f.params.actual ?? '无'}` : `expected grade ${f.params.expected}, got ${f.params.actual}`;
    case 'planned_only': return zh ? `“仅计划”应为${f.params.expected ? '是' : '否'}，实为${f.params.actual === null ? '–' : f.params.actual ? '是' : '否'}` : `expected planned_only ${f.params.expected}, got ${f.params.actual}`;
  }
}
