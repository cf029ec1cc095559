#!/usr/bin/env -S node --max-old-space-size=320
// The main thread's live data is small (a compact summary per report); capping its heap makes V8
// collect the garbage of streamed results instead of letting the process grow with the corpus.
import { runValidate } from './commands/validate.js';
import { rubricForOut } from './last-rubric.js';
import './regexp-safety.js';
/**
 * The `rubric` command line. Exit codes: 0 all reports scored (or all checks passed), 1 some
 * reports failed (outputs still written) or some checks failed, 2 usage or rubric errors,
 * 3 disk full, 4 the worker pool stalled, 130 interrupted (nothing written with 3, 4 or 130).
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRubricPath, projectRoot } from '../engine/paths.js';
import { RubricLoadError } from '../engine/errors.js';
import { formatRubricError } from './messages.js';
// Each command's module (and the libraries it needs) is imported when that command runs: `rubric
// score` need not load the workbook, page, diff or bench code before its first report is scored.
const runScore = async (...a: Parameters<typeof import('./commands/score.js').runScore>) => (await import('./commands/score.js')).runScore(...a);
const runTest = async (...a: Parameters<typeof import('./commands/test.js').runTest>) => (await import('./commands/test.js')).runTest(...a);
const runEval = async (...a: Parameters<typeof import('./commands/eval.js').runEval>) => (await import('./commands/eval.js')).runEval(...a);
const runDiff = async (...a: Parameters<typeof import('./commands/diff.js').runDiff>) => (await import('./commands/diff.js')).runDiff(...a);
const runExplain = async (...a: Parameters<typeof import('./commands/explain.js').runExplain>) => (await import('./commands/explain.js')).runExplain(...a);
const runReviewTemplate = async (...a: Parameters<typeof import('./commands/review-template.js').runReviewTemplate>) => (await import('./commands/review-template.js')).runReviewTemplate(...a);
const runBench = async (...a: Parameters<typeof import('./bench/run.js').runBench>) => (await import('./bench/run.js')).runBench(...a);
import { setLang, t } from './i18n.js';
import { D, helpConfig, LANGS, langOfArgv, translateCommanderOutput } from './cli-text.js';
import type { Lang } from './writers/evidence-text.js';
import { UsageError } from './usage-error.js';
import { isDiskFull } from '../engine/io/atomic.js';
import { cacheUse } from './disk-full.js';
import { parseBatchYear, parseBudget, parseFormats, parseIntList, parseMaxMb, parseMemory, parseShare, parseWorkers } from './options.js';
import { DEFAULT_BUDGET_MS, openPool, PoolStalledError } from './pool.js';
import { workersForFolder } from './pool-size.js';
import { parseRubricArg } from '../engine/rubric/rubric-arg.js';
import { FORMATS } from './outputs.js';

const langOption = (d: CliText) => new Option('--lang <lang>', d.lang).choices(LANGS).default('zh');
const budgetOption = (d: CliText) => new Option('--time-budget <seconds>', d.timeBudget).argParser(parseBudget).default(DEFAULT_BUDGET_MS, '10');
/** Options every command that scores a corpus shares. */
const withCorpusOptions = (cmd: Command, cache: boolean, d: CliText) => {
  cmd.option('--workers <n>', d.workers, parseWorkers);
  if (cache) {
    cmd.option('--no-cache', d.noCache)
      .option('--cache-dir <dir>', d.cacheDir);
  }
  return cmd.addOption(langOption(d));
};
type CliText = (typeof D)['zh'];

/** The corpus folder, given as `rubric score 报告文件夹` or with --corpus (not both, unless they agree). */
function corpusOf(positional: string | undefined, opts: { corpus: string }, given: boolean): string {
  if (positional === undefined) return opts.corpus;
  if (given && opts.corpus !== positional) throw new UsageError(t(`报告文件夹给了两次（${positional} 和 --corpus ${opts.corpus}）：只写一个。`, `The corpus folder was given twice (${positional} and --corpus ${opts.corpus}): give one.`));
  return positional;
}

/** The program in one language: descriptions, help titles and commander's own errors (see cli-text.ts). */
export function buildProgram(lang: Lang = 'zh'): Command {
  const d: CliText = D[lang];
  const program = new Command('rubric')
    .description(d.program)
    .exitOverride()
    .configureHelp(helpConfig(lang))
    .configureOutput({ outputError: (str, write) => write(translateCommanderOutput(str, lang)) })
    .helpOption('-h, --help', d.help)
    .helpCommand('help [command]', d.helpCommand)
    // one line after the error, not the whole help: the error (and its 是不是 … ？) stays on screen
    .showHelpAfterError(d.helpAfterError);

  const score = program.command('score')
    .description(d.score)
    .argument(d.corpusName, d.corpusArg)
    .option('--rubric <path>', d.rubricOfOut, defaultRubricPath())
    .option('--corpus <dir>', d.corpus, 'corpus')
    .option('--out <dir>', d.out, 'reports-out')
    .option('--review <file>', d.review)
    .option('--no-review', d.noReview)
    .addOption(new Option('--max-mb <n>', d.maxMb).argParser(parseMaxMb).default(50))
    .addOption(budgetOption(d))
    .addOption(new Option('--format <list>', d.format).argParser(parseFormats).default(new Set(FORMATS), 'csv,xlsx,html,jsonl'))
    .addOption(new Option('--worker-memory <MB>', d.workerMemory).argParser(parseMemory).default(2048))
    .option('--follow-links', d.followLinks)
    .option('--quiet', d.quiet)
    .option('--coverage', d.coverage)
    .option('--no-near-duplicates', d.noNearDuplicates)
    .addOption(new Option('--year <YYYY>', d.batchYear).argParser(parseBatchYear))
    .option('--exclude-other-years', d.excludeOtherYears)
    .option('--force', d.force);
  withCorpusOptions(score, true, d)
    .addHelpText('after', d.scoreExamples)
    .action(async (corpusArg: string | undefined, opts, cmd: Command) => {
      setLang(opts.lang);
      const corpus = corpusOf(corpusArg, opts, cmd.getOptionValueSource('corpus') === 'cli');
      // without --rubric, a folder scored before with another rubric (an office's copy) is scored with that one again, said on stderr
      // (it had been re-scored with the default, silently: red team 99's leftover)
      opts.rubric = rubricForOut(opts.out, opts.rubric, cmd.getOptionValueSource('rubric') === 'cli', { quiet: opts.quiet, refuseGone: true }).path;
      // the workers start loading (~0.4 s each) now, while this thread loads the scoring modules — unless
      // --out holds a run that may be up to date, which is checked before any worker starts (score.ts)
      const pool = opts.force || !existsSync(join(resolve(opts.out), 'run.json'))
        ? openPool({ workers: workersForFolder(corpus, opts.workers), workerHeapMb: opts.workerMemory, warm: parseRubricArg(opts.rubric) })
        : undefined;
      process.exitCode = await runScore({ ...opts, corpus, pool });
    });

  const template = program.command('review-template')
    .description(d.template)
    .argument(d.corpusName, d.corpusArg)
    .option('--rubric <path>', d.rubricOfOut, defaultRubricPath())
    .option('--corpus <dir>', d.corpus, 'corpus')
    .option('--out <dir>', d.templateOut, 'reports-out')
    .option('--add <file>', d.templateAdd, (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .addOption(new Option('--year <YYYY>', d.templateYear).argParser(parseBatchYear));
  withCorpusOptions(template.addOption(budgetOption(d)), true, d)
    .addHelpText('after', d.templateExamples)
    .action(async (corpusArg: string | undefined, opts, cmd: Command) => {
      setLang(opts.lang);
      process.exitCode = await runReviewTemplate({ ...opts, corpus: corpusOf(corpusArg, opts, cmd.getOptionValueSource('corpus') === 'cli'), rubricGiven: cmd.getOptionValueSource('rubric') === 'cli' });
    });

  // test and validate take the same rubric paths (a rubric file, its folder, a criterion file) and --rubric, --json, --lang
  const rubricPaths = (name: string, description: string, examples: string) => program.command(name)
    .description(description)
    .argument('[paths...]', d.testPaths)
    .option('--rubric <path>', d.testRubric, defaultRubricPath())
    .option('--json', d.json)
    .addOption(langOption(d))
    .addHelpText('after', examples);
  rubricPaths('test', d.test, d.testExamples)
    .addOption(budgetOption(d))
    .action(async (paths: string[], opts) => { setLang(opts.lang); process.exitCode = await runTest(paths, opts); });
  rubricPaths('validate', d.validate, d.validateExamples)
    .action((paths: string[], opts) => { setLang(opts.lang); process.exitCode = runValidate(paths, opts); });

  const evalCmd = program.command('eval')
    .description(d.eval)
    .requiredOption('--gold <file>', d.gold)
    .option('--rubric <path>', d.evalRubric, defaultRubricPath())
    .option('--corpus <dir>', d.evalCorpus, 'corpus')
    .option('--min-accuracy <x>', d.minAccuracy, parseShare)
    .option('--json', d.json);
  withCorpusOptions(evalCmd.addOption(budgetOption(d)), false, d)
    .addHelpText('after', d.evalExamples)
    .action(async (opts) => { setLang(opts.lang); process.exitCode = await runEval(opts); });

  const diff = program.command('diff')
    .description(d.diff)
    .argument('<old>', d.diffOld)
    .argument('<new>', d.diffNew)
    .option('--corpus <dir>', d.diffCorpus, 'corpus')
    // diff.md is a rubric author's file: never into the assessors' reports-out/
    .option('--out <dir>', d.diffOut, 'diffs')
    .option('--json', d.json);
  withCorpusOptions(diff.addOption(budgetOption(d)), true, d)
    .addHelpText('after', d.diffExamples)
    .action(async (oldArg: string, newArg: string, opts) => { setLang(opts.lang); process.exitCode = await runDiff(oldArg, newArg, opts); });

  program.command('explain')
    .description(d.explain)
    .argument('<file>', d.explainFile)
    .option('--criterion <id>', d.criterion)
    .option('--rubric <path>', d.evalRubric, defaultRubricPath())
    .option('--json', d.json)
    .addOption(budgetOption(d))
    .addOption(langOption(d))
    .addHelpText('after', d.explainExamples)
    .action(async (file: string, opts) => { setLang(opts.lang); process.exitCode = await runExplain(file, opts); });

  const list = parseIntList;
  /** a corpus size where 0 skips that part of the benchmark */
  const size = (v: string) => (v === '0' ? 0 : list(v)[0]);
  program.command('bench')
    .description(d.bench)
    .option('--sizes <list>', d.sizes, list, [10000, 100000])
    .option('--workers <list>', d.benchWorkers, list, [1, 2])
    .option('--repeats <n>', d.repeats, (v) => list(v)[0], 1)
    .option('--loop-size <n>', d.loopSize, size, 100000)
    .option('--diff-size <n>', d.diffSize, size, 10000)
    .option('--near-size <n>', d.nearSize, size, 10000)
    .option('--shared <dir>', d.shared)
    .option('--record', d.record)
    .option('--keep', d.keep)
    .addHelpText('after', d.benchExamples)
    .action(async (opts) => { process.stdout.write(await runBench(opts)); });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const lang = langOfArgv(argv);
  // usage errors raised before an action runs (a bad --workers in a parser) speak the asked language too
  setLang(lang);
  const program = buildProgram(lang);
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
    // the same lead as commander's own errors (错误：未知选项 …), so every usage error reads alike
    if (e instanceof UsageError) { process.stderr.write(`${t('错误：', 'error: ')}${e.message}\n`); return 2; }
    if (e instanceof PoolStalledError) {
      process.stderr.write(t(
        `评分线程池 ${e.seconds} 秒内没有开始或完成任何一份报告（某个工作线程没有开始它的任务），已停止：未写入任何输出，之前的输出保持不变。请重新运行（已评分的报告在缓存中）；如果反复出现，请加 --workers 1 运行，并把这条消息报告给维护者。\n`,
        `The worker pool neither began nor finished any report for ${e.seconds} s (a worker never started its task), so the run stopped: nothing was written and the previous outputs are unchanged. Run again (the reports already scored are in the cache); if it happens again, run with --workers 1 and report this message.\n`,
      ));
      return 4;
    }
    if (isDiskFull(e)) {
      process.stderr.write(t(
        `磁盘空间不足（${(e as NodeJS.ErrnoException).code}）：之前的输出保持不变，未写完的临时文件已删除。请腾出空间或用 --out 指定其他磁盘后重试。\n`,
        `Disk full (${(e as NodeJS.ErrnoException).code}): the previous outputs are unchanged and the unfinished temp files were removed. Free some space, or use --out on another disk, and run again.\n`,
      ));
      // the run's own cache may be what fills the disk: say where it is and how much it holds
      const cache = cacheUse(argv);
      if (cache) {
        const mb = (cache.bytes / 1048576).toFixed(1) + (cache.complete ? '' : '+');
        process.stderr.write(t(
          `结果缓存 ${cache.dir} 占用 ${mb} MB：删除这个文件夹可以释放空间（下次运行会重新评分），或用 --no-cache / --cache-dir 放到其他磁盘。\n`,
          `The result cache ${cache.dir} holds ${mb} MB: deleting that folder frees it (the next run scores again), or use --no-cache / --cache-dir on another disk.\n`,
        ));
      }
      return 3;
    }
    throw e;
  }
}

/**
 * The folder the user typed `npm run score …` / `npm run rubric …` in: npm runs a script in the
 * project folder whatever folder it was typed in (and records that one as INIT_CWD), so a relative
 * --corpus or --out would be taken from the project folder while every message says 当前目录 (new
 * user, session 29). Null when this process is not one of this project's own scripts (a test's
 * child inherits npm_lifecycle_event=test; another package's script is not ours).
 */
export function npmUserFolder(env: NodeJS.ProcessEnv): string | null {
  const from = env.INIT_CWD;
  if (!from || (env.npm_lifecycle_event !== 'score' && env.npm_lifecycle_event !== 'rubric')) return null;
  if (!env.npm_package_json || resolve(env.npm_package_json) !== join(projectRoot(), 'package.json')) return null;
  return existsSync(from) ? resolve(from) : null;
}

/**
 * Options npm took for its own (`npm run score --corpus X --out Y` without `--`): npm knows none of these, so it sets
 * npm_config_<name>=true and passes only their values, as arguments (nu32: two options gave 参数过多; one scored the folder
 * into the default reports-out). Empty when not run by `npm run score`/`npm run rubric`.
 */
export function optionsNpmTook(env: NodeJS.ProcessEnv): string[] {
  if (env.npm_lifecycle_event !== 'score' && env.npm_lifecycle_event !== 'rubric') return [];
  return NPM_UNKNOWN.filter((o) => env[`npm_config_${o.replace(/-/g, '_')}`] === 'true').map((o) => `--${o}`);
}
/** Long options of this CLI that npm has no config of its own for (npm's --force, --quiet, --json are npm's). */
const NPM_UNKNOWN = ['corpus', 'out', 'rubric', 'review', 'no-review', 'workers', 'format', 'lang', 'coverage', 'max-mb', 'time-budget', 'worker-memory', 'follow-links', 'cache-dir', 'gold', 'criterion', 'add', 'no-near-duplicates'];

/** How long a finished command waits for the event loop to empty before it exits anyway. */
const EXIT_GRACE_MS = 2_000;

const invoked = (() => {
  try { return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url); } catch { return false; }
})();
if (invoked) {
  // `rubric --help | head -1`: the reader went away; stop quietly instead of dying on EPIPE
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  }
  const took = optionsNpmTook(process.env);
  if (took.length) {
    const cmd = process.env.npm_lifecycle_event!;
    process.stderr.write(t(
      `错误：npm 把 ${took.join('、')} 当成了它自己的选项，没有传给本程序（只传来了它们的值）。请在选项前加 --，例如：npm run ${cmd} -- ${took[0]} …\n`,
      `error: npm took ${took.join(', ')} as its own option${took.length > 1 ? 's' : ''} and passed only the value${took.length > 1 ? 's' : ''} on. Put -- before the options, e.g.: npm run ${cmd} -- ${took[0]} …\n`,
    ));
    process.exit(2);
  }
  const userFolder = npmUserFolder(process.env);
  if (userFolder) process.chdir(userFolder);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // the command is done and its outputs written: a handle a closed pool left open (pool.ts destroyPool) must not keep
    // the process alive (an idle CLI that never exits looks like a hang to a user and to a script waiting on it)
    setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  });
}
