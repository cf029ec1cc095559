/**
 * What the command line says about itself: command and option descriptions, help titles and
 * commander's own error messages, in Chinese by default and in English with --lang en. commander
 * has no translations of its own, so its help layout is kept and only its words are replaced here.
 */
import type { Help, Option } from 'commander';
import type { Lang } from './writers/evidence-text.js';

export const LANGS = ['zh', 'en'] as const;

/**
 * The language asked for on the command line (`--lang en`, `--lang=en`), read before commander
 * parses anything so that `--help` itself is in that language; anything but `en` gives Chinese
 * (an unknown value is refused later by the option's own choices, in Chinese).
 */
export function langOfArgv(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v !== undefined) return v === 'en' ? 'en' : 'zh';
  }
  return 'zh';
}

const TITLES: Record<string, string> = { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' };

/** Help layout settings for commander's configureHelp: Chinese titles and option notes. */
export function helpConfig(lang: Lang): Partial<Help> {
  if (lang === 'en') return {};
  return {
    styleTitle: (s: string) => TITLES[s] ?? s,
    styleUsage: (s: string) => s.replace('[options]', '[选项]').replace('[command]', '[命令]'),
    // the top-level command list writes each subcommand as `score [options] [报告文件夹]`
    styleSubcommandTerm: (s: string) => s.replace('[options]', '[选项]'),
    optionDescription(option: Option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`可选：${option.argChoices.join('、')}`);
      const showDefault = option.defaultValue !== undefined && (option.required || option.optional);
      if (showDefault) extra.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
      return extra.length ? `${option.description}（${extra.join('；')}）` : option.description;
    },
  } as Partial<Help>;
}

/** commander's own error lines, in Chinese (an untranslated line is passed through as it is). */
const COMMANDER_ERRORS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^error: unknown option '(.+?)'/, (o) => `错误：未知选项 '${o}'`],
  [/^error: unknown command '(.+?)'/, (c) => `错误：未知命令 '${c}'`],
  [/^error: missing required argument '(.+?)'/, (a) => `错误：缺少参数 ${a}`],
  [/^error: option '(.+?)' argument missing/, (o) => `错误：选项 ${o} 缺少取值`],
  [/^error: required option '(.+?)' not specified/, (o) => `错误：必须给出选项 ${o}`],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\./, (o, v, c) => `错误：选项 ${o} 不接受 '${v}'，只能是 ${c.split(', ').join('、')}`],
  // our own parser's reason follows on the same line: after a colon, not run into the option's name
  [/^error: option '(.+?)' argument '(.*?)' is invalid\.\s*/, (o, v) => `错误：选项 ${o} 不接受 '${v}'：`],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, (c, e, g) => `错误：${c ? `${c} ` : ''}参数过多：需要 ${e} 个，收到 ${g} 个`],
  [/^\(Did you mean one of (.+)\?\)$/, (l) => `（是不是 ${l.split(', ').join('、')}？）`],
  [/^\(Did you mean (.+)\?\)$/, (x) => `（是不是 ${x}？）`],
];

export function translateCommanderOutput(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text.split('\n').map((line) => {
    for (const [re, f] of COMMANDER_ERRORS) {
      const m = re.exec(line);
      if (m) return f(...m.slice(1)) + line.slice(m[0].length);
    }
    return line;
  }).join('\n');
}

/** Descriptions of commands, arguments and options. */
export const D = {
  zh: {
    program: '法治政府建设情况报告评分引擎：按评分细则给一批报告评分、排名，并给出每一分的依据',
    help: '显示帮助',
    helpAfterError: '（加 --help 查看该命令的全部选项和示例）',
    helpCommand: '显示某个命令的帮助',
    lang: '消息和表头的语言：zh（中文）或 en（英文）',
    workers: '并行评分的线程数（默认：CPU 核数；报告少时——约 100 份文本、5 份 PDF 以内——用 1 个，启动更快）',
    noCache: '不用增量缓存，每份报告都完整重新评分',
    cacheDir: '增量缓存文件夹（默认：<输出文件夹>/.cache）',
    score: '给报告文件夹中的每份报告（.txt、.docx、.doc、.wps、.pdf、.ofd、.html）评分，写出 ranking.xlsx、report.html、ranking.csv 和 results.jsonl',
    corpusName: '[报告文件夹]',
    corpusArg: '报告文件夹（与 --corpus 相同）',
    rubric: '评分细则文件',
    rubricOfOut: '评分细则文件；不加时沿用输出文件夹 run.json 记录的上次所用细则（若仍在），否则用默认细则',
    corpus: '报告文件夹（含子文件夹）',
    out: '输出文件夹',
    maxMb: '单份报告的大小上限（MB）',
    timeBudget: '单份报告的评分时限（秒）：超时的报告记为错误行（explain 和 test 中则停止命令）',
    format: '要写出的文件：csv,xlsx,html,jsonl（不区分大小写）',
    workerMemory: '每个评分线程的内存上限（MB），超出的报告记为错误行',
    quiet: '除错误外不输出任何信息',
    coverage: '统计每个条件在多少份报告上成立，写出 coverage.json 并列出从未成立的条件（不使用缓存）',
    noNearDuplicates: '不检测疑似雷同的报告',
    batchYear: '本批报告的年度（如 2025）：年度不同的报告标记“年度与本批不同”；不指定时取多数报告的年度',
    excludeOtherYears: '年度与本批不同的报告列出分数和标记，但不参与排名（本批年度由 --year 指定，或取多数报告的年度）',
    force: '即使输出目录中已是相同输入（程序、评分细则、报告、选项）生成且未改动的结果，也重新评分并写出',
    review: '评分人的复核决定（review.csv 或 .xlsx）：按复核结果计算最终得分和排名；不指定时使用 --out 中的 review.csv',
    noReview: '不计入评分人的决定（即使 --out 中有 review.csv），输出引擎的原始结果',
    followLinks: '读取指向报告文件夹以外的链接（默认不读，这类链接记为错误行）',
    scoreExamples: '\n示例：\n  rubric score 报告文件夹\n  rubric score 报告文件夹 --review reports-out/review.csv\n  rubric score --corpus ~/reports/2024 --out ~/reports/2024-out --workers 2\n  rubric score 报告文件夹 --format csv --lang en\n',
    test: '运行每个评分项旁的样例（PATH：评分细则文件、其文件夹或某个评分项文件）',
    testPaths: '评分细则文件、评分细则文件夹或评分项文件',
    testRubric: '未给出 PATH 时要测试的评分细则',
    json: '输出一个 JSON 对象',
    testExamples: '\n示例：\n  rubric test\n  rubric test rubrics/default/criteria/legal_adviser.json\n  rubric test my-rubric/ --json\n',
    validate: '检查评分细则能否加载（JSON、模式、正则安全、引用、词表）及用例文件的结构，不评分、不运行用例',
    validateExamples: '\n示例：\n  rubric validate\n  rubric validate rubrics/qingshan-2025\n  rubric validate my-rubric/rubric.json --json\n',
    eval: '评分细则与人工标注（金标准或评分人的 review.csv）的一致程度：准确率、kappa、各评分项混淆矩阵、扣分、排名相关、带证据的不一致之处、条件覆盖',
    gold: '人工标注：corpus/gold.json 格式的文件，或评分人的 review.csv / review.xlsx',
    evalRubric: '评分细则文件，或 版本:路径（git 版本中的文件）',
    evalCorpus: '存放标注中报告的文件夹',
    minAccuracy: '单元格一致率低于 x（0..1）时退出码为 1',
    evalExamples: '\n示例：\n  rubric eval --gold corpus/gold.json\n  rubric eval --gold reports-out/review.csv --corpus 报告文件夹\n  rubric eval --gold corpus/gold.json --rubric HEAD:rubrics/default/rubric.json\n',
    diff: '评分细则改动的影响：用旧、新两版细则各评一遍，列出每处变化及其证据',
    diffOld: '旧细则：文件，或 版本:路径（如 HEAD:rubrics/default/rubric.json）',
    diffNew: '新细则：文件，或 版本:路径',
    diffCorpus: '报告文件夹',
    diffOut: 'diff.md 写入的文件夹',
    diffExamples: '\n示例：\n  rubric diff HEAD:rubrics/default/rubric.json rubrics/default/rubric.json\n  rubric diff old/rubric.json new/rubric.json --json\n',
    explain: '一份报告为何得到这些结果：文档结构，以及每个条件的事实值、证据和被排除的命中',
    explainFile: '一份报告',
    criterion: '只看这个评分项或扣分项',
    explainExamples: '\n示例：\n  rubric explain corpus/002_691625496146cc7c.txt --criterion legal_adviser\n',
    bench: '以整个进程为单位，在共享基准语料上与朴素对照脚本并排测性能：吞吐、每份 CPU、启动、内存峰值、1 与 2 线程、评分细则作者的缓存循环、rubric diff、疑似雷同',
    sizes: '语料规模（逗号分隔）',
    benchWorkers: '线程数（逗号分隔）',
    repeats: '每种配置运行的次数（报告中位数）',
    loopSize: '评分细则作者循环（填充缓存、无改动、修改）的语料规模；0 表示跳过',
    diffSize: 'rubric diff 的语料规模；0 表示跳过',
    nearSize: '疑似雷同检测（模板化与多样化语料对比）的语料规模；0 表示跳过',
    shared: '存放 bench/ 和 seeds/ 的共享文件夹（默认 ../shared）',
    keep: '保留缓存文件夹',
    record: '把结果写入 BENCHMARKS.md',
    benchExamples: '\n示例：\n  npm run bench\n  rubric bench --sizes 4000 --workers 1,2 --loop-size 10000 --record\n',
    template: '写出 review.csv 复核清单：预先列出每个疑似扣分和引擎没有把握的单元格，评分人只需逐条填写“决定”',
    templateOut: 'review.csv 写入的文件夹（已有的 review.csv 会保留其中的决定，只补上新的条目）',
    templateYear: '只列出这一年度报告的待复核条目（与 score --year 配合：其他年度的报告不复核）',
    templateAdd: '把另一个复核文件（如 report.html 导出的 review-export.csv）中的决定并入 review.csv：同一格的决定替换旧的，“撤销”清空旧的，其余保留（可多次给出）',
    templateExamples: '\n示例：\n  rubric review-template 报告文件夹\n  rubric review-template 报告文件夹 --add ~/下载/review-export.csv\n  rubric score 报告文件夹\n',
  },
  en: {
    program: 'Scoring engine for 法治政府建设 reports: score and rank a corpus against a rubric, with the evidence for every point',
    help: 'display help',
    helpAfterError: '(add --help to see every option of the command, with examples)',
    helpCommand: 'display help for a command',
    lang: 'language of messages and headers: zh or en',
    workers: 'worker threads (default: number of cores; 1 for a small corpus — up to ~100 text reports or 5 PDFs — which starts sooner)',
    noCache: 'score every report in full, without the incremental cache',
    cacheDir: 'incremental cache folder (default: <out>/.cache)',
    score: 'score every report (.txt, .docx, .doc, .wps, .pdf, .ofd, .html) in a corpus and write ranking.xlsx, report.html, ranking.csv and results.jsonl',
    corpusName: '[corpus]',
    corpusArg: 'folder of reports (same as --corpus)',
    rubric: 'rubric file',
    rubricOfOut: 'rubric file; when left off, the one the output folder\'s run.json records (if it still exists), else the default',
    corpus: 'folder of reports (searched recursively)',
    out: 'output folder',
    maxMb: 'largest report accepted, in MB',
    timeBudget: 'time allowed for one report (seconds) before it becomes an error row (or, in explain and test, stops the command)',
    format: 'outputs to write: csv,xlsx,html,jsonl (any case)',
    workerMemory: 'heap limit of each worker (MB); a report that exceeds it becomes an error row',
    quiet: 'print nothing but errors',
    coverage: 'count on how many reports each condition held; write coverage.json and list dead conditions (scores without the cache)',
    noNearDuplicates: 'skip near-duplicate detection',
    batchYear: "the year this batch's reports are for (e.g. 2025): reports of another year are flagged other_year; without it, the year most reports state",
    excludeOtherYears: "reports of another year than the batch's are listed with their scores and flags but not ranked (the batch's year: --year, else the one most reports state)",
    force: 'score and write the outputs even when --out already holds untouched outputs of the same inputs (program, rubric, reports, options)',
    review: "the assessors' decisions (review.csv or .xlsx): final outcomes, totals and ranks follow them; by default the review.csv in --out",
    noReview: "score without the assessors' decisions, even when --out holds a review.csv: the engine's own results",
    followLinks: 'read links that lead outside the corpus folder (off: such links are error rows)',
    scoreExamples: '\nExamples:\n  rubric score reports/\n  rubric score reports/ --review reports-out/review.csv\n  rubric score --corpus ~/reports/2024 --out ~/reports/2024-out --workers 2\n',
    test: 'run the fixture cases beside each criterion (PATH: a rubric, its folder, or a criterion file)',
    testPaths: 'rubric files, rubric folders or criterion files',
    testRubric: 'rubric to test when no PATH is given',
    json: 'print one JSON object',
    testExamples: '\nExamples:\n  rubric test\n  rubric test rubrics/default/criteria/legal_adviser.json\n  rubric test my-rubric/ --json\n',
    validate: 'check that a rubric loads (JSON, schema, patterns and their safety, includes, lexicons) and its fixture files\' structure, without scoring or running cases',
    validateExamples: '\nExamples:\n  rubric validate\n  rubric validate rubrics/qingshan-2025\n  rubric validate my-rubric/rubric.json --json\n',
    eval: "agreement of a rubric with people's labels (gold file or the assessors' review.csv): accuracy, kappa, per-criterion confusion, deductions, rank correlation, disagreements with evidence, condition coverage",
    gold: "labels: a file in the format of corpus/gold.json, or the assessors' review.csv / review.xlsx",
    evalRubric: 'rubric file, or REV:path for a git revision',
    evalCorpus: 'folder holding the reports the labels name',
    minAccuracy: 'exit 1 when cell accuracy is below x (0..1)',
    evalExamples: '\nExamples:\n  rubric eval --gold corpus/gold.json\n  rubric eval --gold reports-out/review.csv --corpus reports/\n  rubric eval --gold corpus/gold.json --rubric HEAD:rubrics/default/rubric.json\n',
    diff: 'what a rubric change does: score the corpus with OLD and NEW and report every change with its evidence',
    diffOld: 'old rubric: a file, or REV:path for a git revision (HEAD:rubrics/default/rubric.json)',
    diffNew: 'new rubric: a file, or REV:path',
    diffCorpus: 'folder of reports',
    diffOut: 'where diff.md is written',
    diffExamples: '\nExamples:\n  rubric diff HEAD:rubrics/default/rubric.json rubrics/default/rubric.json\n  rubric diff old/rubric.json new/rubric.json --json\n',
    explain: 'why a report got its outcomes: the document model, then every condition with its fact value, evidence and refused hits',
    explainFile: 'a report',
    criterion: 'only this criterion or deduction',
    explainExamples: '\nExamples:\n  rubric explain corpus/002_691625496146cc7c.txt --criterion legal_adviser\n',
    bench: "benchmark rubric score as whole processes on the shared benchmark corpus, side by side with the naive peer: throughput, CPU per report, start-up, peak memory, 1 vs 2 workers, the author's cache loop, rubric diff, near-duplicates",
    sizes: 'corpus sizes',
    benchWorkers: 'worker counts',
    repeats: 'runs per configuration (the median is reported)',
    loopSize: "corpus size for the author's loop (cache fill, no change, edits; 0 skips)",
    diffSize: 'corpus size for rubric diff (0 skips)',
    nearSize: 'corpus size for near-duplicates, template-heavy vs diverse (0 skips)',
    shared: 'the shared folder holding bench/ and seeds/ (default: ../shared)',
    keep: 'keep the cache folders',
    record: 'write the results into BENCHMARKS.md',
    benchExamples: '\nExamples:\n  npm run bench\n  rubric bench --sizes 4000 --workers 1,2 --loop-size 10000 --record\n',
    template: 'write review.csv: every suspected deduction and every cell the engine is unsure of, for the assessor to decide',
    templateOut: 'folder for review.csv (decisions already in a review.csv there are kept; only new rows are added)',
    templateYear: "list only the items of reports of this year (with score --year: reports of another year are not reviewed)",
    templateAdd: "merge the decisions of another review file (e.g. report.html's review-export.csv) into review.csv: a decision replaces the same cell's, 撤销 clears it, the rest is kept (may be given more than once)",
    templateExamples: '\nExamples:\n  rubric review-template reports/\n  rubric review-template reports/ --add ~/Downloads/review-export.csv\n  rubric score reports/\n',
  },
} satisfies Record<Lang, Record<string, string>>;
