/**
 * The one message catalogue: every rubric error code, rendered in Chinese (default) or English
 * (--lang en) from its params. The engine only produces codes and params (engine/errors.ts); a new
 * code does not compile until it has its entry here.
 */
import type { RubricError, RubricErrorCode, RubricErrorParams } from '../engine/errors.js';
import { getLang } from './i18n.js';
import type { Lang } from './writers/evidence-text.js';

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
  unknown_criterion: (p) => ({ zh: `用例文件指向未知的评分项 "${p.criterion}"：请改成评分细则中存在的 id，或删除该文件。`, en: `Fixtures name unknown criterion "${p.criterion}": use an id the rubric defines, or delete the file.` }),
  duplicate_case: (p) => p.repeats === 'name'
    ? { zh: `重复的用例名称 "${p.name}"。`, en: `Duplicate case name "${p.name}".` }
    : { zh: `用例 "${p.name}" 的文本与同文件中另一个用例完全相同。`, en: `Case "${p.name}" repeats another case's text.` },
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
