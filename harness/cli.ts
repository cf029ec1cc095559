#!/usr/bin/env -S node --max-old-space-size=320
// The main thread's live data is small (a compact summary per report); capping its heap makes V8
// collect the garbage of streamed results instead of letting the process grow with the corpus.
import './regexp-safety.js';
/**
 * The `rubric` command line. Exit codes: 0 all reports scored (or all checks passed), 1 some
 * reports failed (outputs still written) or some checks failed, 2 usage or rubric errors (or
 * another run holds the output folder's lock), 3 disk full (the previous outputs are untouched),
 * 130 interrupted (nothing written).
 */
import { Command, CommanderError, Option } from 'commander';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultRubricPath } from '../engine/paths.js';
import { RubricLoadError } from '../engine/errors.js';
import { isDiskFull } from '../engine/io/atomic.js';
import { formatRubricError } from './messages.js';
import { runScore } from './commands/score.js';
import { runTest } from './commands/test.js';
import { runEval } from './commands/eval.js';
import { runDiff } from './commands/diff.js';
import { runExplain } from './commands/explain.js';
import { runBench } from './bench/run.js';
import { setLang, t } from './i18n.js';
import { UsageError } from './usage-error.js';
import { MAX_REPORT_MB, parseBudget, parseFormats, parseIntList, parseMaxMb, parseMemory, parseShare, parseWorkers } from './options.js';
import { DEFAULT_BUDGET_MS } from './pool.js';
import { FORMATS } from './outputs.js';

const langOption = () => new Option('--lang <lang>', 'zh | en: language of messages and headers').choices(['zh', 'en']).default('zh');
/** Options every command that scores a corpus shares. */
const budgetOption = () => new Option('--time-budget <seconds>', 'time allowed for one report before it becomes an error row (or, in explain and test, stops the command); 0 or none: no limit').argParser(parseBudget).default(DEFAULT_BUDGET_MS, '10');
const withCorpusOptions = (cmd: Command, cache: boolean) => {
  cmd.option('--workers <n>', 'worker threads, 1..64 (default: number of cores)', parseWorkers);
  if (cache) {
    cmd.option('--no-cache', 'score every report in full, without the incremental cache')
      .option('--cache-dir <dir>', 'incremental cache folder (default: <out>/.cache)');
  }
  return cmd.addOption(langOption());
};

export function buildProgram(): Command {
  const program = new Command('rubric')
    .description('法治政府建设情况报告评分引擎 / compliance rubric scoring engine for 法治政府建设 reports')
    .exitOverride()
    .showHelpAfterError();

  const score = program.command('score')
    .description('score every report (.txt, .docx, .pdf) in a corpus and write ranking.xlsx, report.html, ranking.csv and results.jsonl')
    .option('--rubric <path>', 'rubric file, or REV:path for a git revision', defaultRubricPath())
    .option('--corpus <dir>', 'folder of reports (searched recursively)', 'corpus')
    .option('--out <dir>', 'output folder (one run at a time: a second run into it exits 2)', 'reports-out')
    .addOption(new Option('--max-mb <n>', `largest report accepted, in MB (at most ${MAX_REPORT_MB})`).argParser(parseMaxMb).default(50))
    .addOption(new Option('--time-budget <seconds>', 'time allowed for one report before it becomes an error row; 0 or none: no limit').argParser(parseBudget).default(DEFAULT_BUDGET_MS, '10'))
    .addOption(new Option('--format <list>', 'outputs to write: csv,xlsx,html,jsonl').argParser(parseFormats).default(new Set(FORMATS), 'csv,xlsx,html,jsonl'))
    .addOption(new Option('--worker-memory <MB>', 'heap limit of each worker; a report that exceeds it becomes an error row').argParser(parseMemory).default(2048))
    .option('--follow-links', 'read links that lead outside the corpus folder (off: such links are error rows)')
    .option('--quiet', 'print nothing but errors')
    .option('--coverage', 'count on how many reports each condition held; write coverage.json and list dead conditions (scores without the cache)')
    .option('--no-near-duplicates', 'skip near-duplicate detection');
  withCorpusOptions(score, true)
    .addHelpText('after', '\nExamples:\n  npm run score\n  npm run -s rubric -- score --coverage\n  npm run -s rubric -- score --corpus ~/reports/2024 --out ~/reports/2024-out --workers 2\n')
    .action(async (opts) => { setLang(opts.lang); process.exitCode = await runScore(opts); });

  program.command('test')
    .description('run the fixture cases beside each criterion (PATH: a rubric, its folder, or a criterion file)')
    .argument('[paths...]', 'rubric files, rubric folders or criterion files')
    .option('--rubric <path>', 'rubric to test when no PATH is given', defaultRubricPath())
    .option('--json', 'print one JSON object')
    .addOption(budgetOption())
    .addOption(langOption())
    .addHelpText('after', '\nExamples:\n  npm run -s rubric -- test\n  npm run -s rubric -- test rubrics/default/criteria/legal_adviser.json\n  npm run -s rubric -- test my-rubric/ --json\n')
    .action(async (paths: string[], opts) => { setLang(opts.lang); process.exitCode = await runTest(paths, opts); });

  const evalCmd = program.command('eval')
    .description('agreement of a rubric with human gold labels: accuracy, kappa, per-criterion confusion, deductions, rank correlation, disagreements with evidence, condition coverage')
    .requiredOption('--gold <file>', 'gold labels (the format of corpus/gold.json)')
    .option('--rubric <path>', 'rubric file, or REV:path for a git revision', defaultRubricPath())
    .option('--corpus <dir>', 'folder holding the reports the gold file names', 'corpus')
    .option('--min-accuracy <x>', 'exit 1 when cell accuracy is below x (0..1)', parseShare)
    .option('--json', 'print one JSON object');
  withCorpusOptions(evalCmd.addOption(budgetOption()), false)
    .addHelpText('after', '\nExamples:\n  npm run -s rubric -- eval --gold corpus/gold.json\n  npm run -s rubric -- eval --gold corpus/gold.json --json > eval.json\n  npm run -s rubric -- eval --gold corpus/gold.json --rubric HEAD:rubrics/default/rubric.json\n')
    .action(async (opts) => { setLang(opts.lang); process.exitCode = await runEval(opts); });

  const diff = program.command('diff')
    .description('what a rubric change does: score the corpus with OLD and NEW and report every change with its evidence')
    .argument('<old>', 'old rubric: a file, or REV:path for a git revision (HEAD:rubrics/default/rubric.json)')
    .argument('<new>', 'new rubric: a file, or REV:path')
    .option('--corpus <dir>', 'folder of reports', 'corpus')
    .option('--out <dir>', 'where diff.md is written', 'reports-out')
    .option('--json', 'print one JSON object');
  withCorpusOptions(diff.addOption(budgetOption()), true)
    .addHelpText('after', '\nExamples:\n  npm run -s rubric -- diff HEAD:rubrics/default/rubric.json rubrics/default/rubric.json\n  npm run -s rubric -- diff old/rubric.json new/rubric.json --json\n')
    .action(async (oldArg: string, newArg: string, opts) => { setLang(opts.lang); process.exitCode = await runDiff(oldArg, newArg, opts); });

  program.command('explain')
    .description('why a report got its outcomes: the document model, then every condition with its fact value, evidence and refused hits')
    .argument('<file>', 'a report')
    .option('--criterion <id>', 'only this criterion or deduction')
    .option('--rubric <path>', 'rubric file, or REV:path', defaultRubricPath())
    .option('--json', 'print one JSON object')
    .addOption(budgetOption())
    .addOption(langOption())
    .addHelpText('after', '\nExamples:\n  npm run -s rubric -- explain corpus/002_691625496146cc7c.txt --criterion legal_adviser\n')
    .action(async (file: string, opts) => { setLang(opts.lang); process.exitCode = await runExplain(file, opts); });

  program.command('bench')
    .description('benchmark rubric score end to end on synthetic corpora (throughput, latency, peak memory, scaling, baseline, cache)')
    .option('--sizes <list>', 'corpus sizes', parseIntList, [10000, 100000])
    .option('--workers <list>', 'worker counts', parseIntList, [1, 2])
    .option('--baseline <n>', 'reports for the naive baseline', (v) => parseIntList(v)[0], 2000)
    .option('--cache-size <n>', 'corpus size for the incremental-cache runs (default: the largest)', (v) => parseIntList(v)[0])
    .option('--record', 'write the results into BENCHMARKS.md')
    .addHelpText('after', '\nExamples:\n  npm run bench\n  npm run -s rubric -- bench --sizes 2000 --workers 1,2\n')
    .action(async (opts) => { process.stdout.write(await runBench(opts)); });

  return program;
}

/** The --lang of a command line, read before commander parses it: option values are checked (in that language) during parsing. */
function langOf(argv: string[]): 'zh' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'zh';
}

export async function main(argv: string[]): Promise<number> {
  setLang(langOf(argv));
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    if (e instanceof RubricLoadError) {
      process.stderr.write(t('评分细则有错误，未开始评分：\n', 'The rubric has errors; nothing was scored:\n'));
      for (const err of e.errors) process.stderr.write(`  ${formatRubricError(err)}\n`);
      return 2;
    }
    if (e instanceof UsageError) { process.stderr.write(`${e.message}\n`); return 2; }
    if (isDiskFull(e)) {
      process.stderr.write(t(
        `磁盘空间不足（${(e as NodeJS.ErrnoException).code}）：之前的输出保持不变，未写完的临时文件已删除。请腾出空间或用 --out 指定其他磁盘后重试。\n`,
        `Disk full (${(e as NodeJS.ErrnoException).code}): the previous outputs are unchanged and the unfinished temp files were removed. Free some space, or use --out on another disk, and run again.\n`,
      ));
      return 3;
    }
    throw e;
  }
}

const invoked = (() => {
  try { return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url); } catch { return false; }
})();
if (invoked) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
