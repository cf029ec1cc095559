/**
 * `npm run bench`: what a user sees from the command line, measured as whole processes, side by
 * side with the naive keyword peer in the same run (../shared/bench/README.md):
 *
 * - throughput: `rubric score --workers W --no-cache --format csv,jsonl` (near-duplicates on) on the
 *   shared benchmark corpus (`gen_corpus.py SEEDS OUT N`), at each size and worker count: wall
 *   seconds, reports/s, CPU-seconds of the process (user + sys, every thread; from /usr/bin/time when
 *   present), CPU per report, start-up to the first report scored, peak RSS; the ratio to the peer
 *   (`naive_peer.py CORPUS > out.jsonl`, one Python thread) and of 2 workers to 1;
 * - the rubric author's loop: a cache-filling run, a no-change re-run, a one-criterion lexicon edit,
 *   a threshold edit, a level's conditions recombined, then `rubric diff OLD NEW` once both rubrics have run;
 * - near-duplicates on a template-heavy corpus (the shared corpus: near copies of 5 seeds) against
 *   a diverse one (paragraphs drawn from all seeds, so few pairs share much text).
 *
 * Runs are sequential and bounded: the machine may be shared. `--record` writes the Markdown into
 * BENCHMARKS.md between the bench markers. Corpora are kept in `$TMPDIR/fazhi-bench/` between runs.
 */
import { RACY_MS } from '../cache-hits.js';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../engine/paths.js';
import { diverseCorpus } from './diverse.js';

export interface BenchOptions {
  sizes: number[];
  workers: number[];
  /** runs per configuration; the median is reported */
  repeats?: number;
  /** corpus size for the author's loop (0 skips it) */
  loopSize?: number;
  /** corpus size for `rubric diff` (0 skips it) */
  diffSize?: number;
  /** corpus size for the near-duplicate comparison (0 skips it) */
  nearSize?: number;
  record?: boolean;
  keep?: boolean;
  /** folder of ../shared (default: beside the project) */
  shared?: string;
}

/** What one whole process cost: from /usr/bin/time, else from the process's own report. */
interface Measured { wallS: number; cpuS: number | null; rssMb: number | null }
/** What only `rubric score` itself can tell (RUBRIC_STATS). */
interface ScoreStats { reports: number; maxRssMb: number; cpuS: number; firstScoredMs: number; nearDuplicateMs: number; cache: { hit: number; partial: number; miss: number } }

const CLI = () => join(projectRoot(), 'dist', 'harness', 'cli.js');
const TIME = '/usr/bin/time';
const hasTime = () => existsSync(TIME) && spawnSync(TIME, ['-f', '%e', 'true']).status === 0;

/** Run a command as a user would, timing the whole process (and every thread or child of it). */
function timed(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; stdoutTo?: string } = {}): Measured & { stdout: string } {
  const useTime = hasTime();
  const marker = '@@bench@@';
  const argv = useTime ? ['-f', `${marker} %e %U %S %M`, cmd, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(useTime ? TIME : cmd, argv, { env: opts.env ?? process.env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  if (opts.stdoutTo) writeFileSync(opts.stdoutTo, r.stdout);
  const line = (r.stderr ?? '').split('\n').reverse().find((l) => l.startsWith(marker));
  if (!line) return { wallS, cpuS: null, rssMb: null, stdout: opts.stdoutTo ? '' : r.stdout };
  const [, e, u, s, m] = line.split(' ');
  return { wallS: Number(e) || wallS, cpuS: Number(u) + Number(s), rssMb: Number(m) / 1024, stdout: opts.stdoutTo ? '' : r.stdout };
}

function runScore(corpus: string, workers: number, extra: string[], rubric?: string): Measured & { stats: ScoreStats } {
  const out = join(tmpdir(), `fazhi-bench-out-${process.pid}`);
  const statsPath = join(tmpdir(), `fazhi-bench-stats-${process.pid}.json`);
  const args = ['--max-old-space-size=320', CLI(), 'score', '--corpus', corpus, '--out', out, '--workers', String(workers), '--format', 'csv,jsonl', '--quiet', ...extra];
  if (rubric) args.push('--rubric', rubric);
  rmSync(statsPath, { force: true }); // a run that writes none must not report the previous run's
  const m = timed(process.execPath, args, { env: { ...process.env, RUBRIC_STATS: statsPath } });
  const stats = JSON.parse(readFileSync(statsPath, 'utf8')) as ScoreStats;
  return { ...m, cpuS: m.cpuS ?? stats.cpuS, rssMb: m.rssMb ?? stats.maxRssMb, stats };
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
function medianRun<T extends Measured>(n: number, f: () => T): T {
  const runs = Array.from({ length: n }, f);
  const m = median(runs.map((r) => r.wallS));
  return runs.find((r) => r.wallS === m)!;
}

const sharedDir = (opts: BenchOptions) => resolve(opts.shared ?? join(projectRoot(), '..', 'shared'));
function hasPython(): boolean { return spawnSync('python3', ['--version']).status === 0; }

/** The shared benchmark corpus of n reports (gen_corpus.py from the seeds), made once and kept. */
function sharedCorpus(opts: BenchOptions, n: number): string {
  const dir = join(tmpdir(), 'fazhi-bench', `shared-${n}`);
  const done = `${dir}.complete`; // beside the folder, not in it: scoring sees only reports
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`generating ${n} reports in ${dir} …\n`);
  const shared = sharedDir(opts);
  const r = spawnSync('python3', [join(shared, 'bench', 'gen_corpus.py'), join(shared, 'seeds'), dir, String(n)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gen_corpus.py failed: ${r.stderr}`);
  writeFileSync(done, '');
  // a report written within RACY_MS of a run's stat is not vouched for (cache-hits.ts, up-to-date.ts): a
  // corpus scored the moment it was written would make the loop's "no change" re-run score again (it
  // did: 22 s instead of 1 s after the corpus was regenerated); a user's corpus is not being written
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RACY_MS + 500);
  return dir;
}

/** A copy of the default rubric with one criterion edited. */
function editedRubric(name: string, edit: (c: any) => void): string {
  const dir = join(tmpdir(), `fazhi-bench-rubric-${process.pid}-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(projectRoot(), 'rubrics', 'default'), dir, { recursive: true });
  const p = join(dir, 'criteria', 'legal_adviser.json');
  const c = JSON.parse(readFileSync(p, 'utf8'));
  edit(c);
  writeFileSync(p, JSON.stringify(c, null, 2));
  return join(dir, 'rubric.json');
}

const f2 = (x: number) => x.toFixed(2);
const f0 = (x: number) => x.toFixed(0);
const opt = (x: number | null, f: (x: number) => string) => (x === null ? '–' : f(x));

export async function runBench(opts: BenchOptions): Promise<string> {
  const repeats = opts.repeats ?? 1;
  const lines: string[] = [];
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const shared = sharedDir(opts);
  const canShared = hasPython() && existsSync(join(shared, 'bench', 'gen_corpus.py'));
  if (!canShared) {
    const note = `bench needs python3 and ${shared}/bench (the shared corpus generator and the naive peer); skipped: ${hasPython() ? `${shared}/bench not found` : 'python3 not found'}.`;
    process.stderr.write(note + '\n');
    return note + '\n';
  }
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  lines.push(`Measured ${date} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${f0(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average at start ${load}${hasTime() ? '' : ' (no /usr/bin/time: CPU and RSS from the process itself, the peer\'s from none)'}.`);
  lines.push(`Command: \`npm run bench -- --sizes ${opts.sizes.join(',')} --workers ${opts.workers.join(',')} --repeats ${repeats} --loop-size ${opts.loopSize ?? 0} --diff-size ${opts.diffSize ?? 0} --near-size ${opts.nearSize ?? 0}\`; medians of ${repeats}.`);
  lines.push('Ours: `rubric score --workers W --no-cache --format csv,jsonl` (near-duplicates on), a whole process from start to outputs written. Peer: `naive_peer.py CORPUS > out.jsonl` on the same corpus in the same run.', '');
  lines.push('| N | who | wall s | reports/s | × peer | CPU s | CPU ms/report | first scored ms | peak RSS MB | near-dup ms |', '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');

  const rowsBy = new Map<string, number>();
  for (const n of opts.sizes) {
    const dir = sharedCorpus(opts, n);
    process.stderr.write(`N=${n} peer …\n`);
    const peerOut = join(tmpdir(), `fazhi-bench-peer-${process.pid}.jsonl`);
    const peer = medianRun(repeats, () => timed('python3', [join(shared, 'bench', 'naive_peer.py'), dir], { stdoutTo: peerOut }));
    rmSync(peerOut, { force: true });
    const peerRate = n / peer.wallS;
    lines.push(`| ${n} | naive peer (1 thread) | ${f2(peer.wallS)} | ${f0(peerRate)} | 1.00 | ${opt(peer.cpuS, f2)} | ${opt(peer.cpuS === null ? null : peer.cpuS * 1000 / n, f2)} | – | ${opt(peer.rssMb, f0)} | – |`);
    for (const w of opts.workers) {
      process.stderr.write(`N=${n} workers=${w} …\n`);
      // --force: a repeat into the same --out would otherwise find the outputs up to date and score nothing
      const r = medianRun(repeats, () => runScore(dir, w, ['--no-cache', '--force']));
      const rate = n / r.wallS;
      rowsBy.set(`${n}:${w}`, rate);
      lines.push(`| ${n} | ours, ${w} worker${w > 1 ? 's' : ''} | ${f2(r.wallS)} | ${f0(rate)} | ${f2(rate / peerRate)} | ${opt(r.cpuS, f2)} | ${opt(r.cpuS === null ? null : r.cpuS * 1000 / n, f2)} | ${f0(r.stats.firstScoredMs)} | ${opt(r.rssMb, f0)} | ${f0(r.stats.nearDuplicateMs)} |`);
    }
  }
  lines.push('');
  for (const n of opts.sizes) {
    const one = rowsBy.get(`${n}:1`), two = rowsBy.get(`${n}:2`);
    if (one && two) lines.push(`- N = ${n}: 2 workers = ${f2(two / one)}× 1 worker.`);
  }

  if (opts.loopSize) {
    const n = opts.loopSize;
    const dir = sharedCorpus(opts, n);
    const cacheDir = join(tmpdir(), `fazhi-bench-cache-${process.pid}`);
    rmSync(cacheDir, { recursive: true, force: true });
    const w = Math.max(...opts.workers);
    process.stderr.write(`author's loop at N=${n} …\n`);
    const cache = ['--cache-dir', cacheDir];
    const cold = runScore(dir, w, cache);
    const warm = runScore(dir, w, cache); // the same --out: the outputs are up to date (nothing scored or written)
    const warmForced = runScore(dir, w, [...cache, '--force']);
    const lexicon = runScore(dir, w, cache, editedRubric('lexicon', (c) => c.levels[0].conditions.all[0].params.all[1].push('律所')));
    const threshold = runScore(dir, w, cache, editedRubric('threshold', (c) => { c.levels[0].conditions.all[0].value = 2; }));
    // a level's conditions recombined from conditions the rubric already has (no new fact: no report is read)
    const conditions = runScore(dir, w, cache, editedRubric('conditions', (c) => { c.levels[0].conditions.all.push(c.levels[1].conditions.all[0]); }));
    const back = runScore(dir, w, cache);
    const line = (label: string, r: ReturnType<typeof runScore>) =>
      `| ${label} | ${f2(r.wallS)} | ${opt(r.cpuS, f2)} | ${opt(r.rssMb, f0)} | ${r.stats.cache.hit} / ${r.stats.cache.partial} / ${r.stats.cache.miss} |`;
    lines.push('', `Author's loop, N = ${n}, ${w} workers, \`rubric score --format csv,jsonl --cache-dir …\` (near-duplicates on):`, '',
      // peak RSS here too: a run with the cache (the default) holds the stat index and its entries, which --no-cache runs do not
      '| run | wall s | CPU s | peak RSS MB | cache hit / partial / miss |', '|---|---:|---:|---:|---|',
      line('first run (fills the cache)', cold), line('no change, same --out (outputs up to date)', warm), line('no change, --force (every report answered from the cache)', warmForced), line('one lexicon term added (legal_adviser)', lexicon),
      line('one threshold changed (legal_adviser)', threshold), line("a level's conditions recombined (legal_adviser)", conditions), line('back to the default rubric', back));
    if (opts.diffSize) {
      const dn = opts.diffSize;
      const ddir = sharedCorpus(opts, dn);
      const dcache = join(tmpdir(), `fazhi-bench-dcache-${process.pid}`);
      rmSync(dcache, { recursive: true, force: true });
      const oldR = join(projectRoot(), 'rubrics', 'default', 'rubric.json');
      const newR = editedRubric('lexicon', (c) => c.levels[0].conditions.all[0].params.all[1].push('律所'));
      const args = (json: boolean) => ['--max-old-space-size=320', CLI(), 'diff', oldR, newR, '--corpus', ddir, '--out', join(tmpdir(), `fazhi-bench-diff-${process.pid}`), '--workers', String(w), '--cache-dir', dcache, ...(json ? ['--json'] : [])];
      process.stderr.write(`diff at N=${dn} …\n`);
      // a failing step is a figure too (e.g. out of memory): recorded, and the bench goes on
      try {
        const first = timed(process.execPath, args(false));
        const again = timed(process.execPath, args(false));
        lines.push('', `\`rubric diff OLD NEW\` (one lexicon term added) on N = ${dn}, ${w} workers: first (cache empty) ${f2(first.wallS)} s wall, ${opt(first.cpuS, f2)} CPU-s, peak RSS ${opt(first.rssMb, f0)} MB; once both have run ${f2(again.wallS)} s wall, ${opt(again.cpuS, f2)} CPU-s.`);
      } catch (e) {
        lines.push('', `\`rubric diff OLD NEW\` on N = ${dn}, ${w} workers: FAILED — ${(e as Error).message.split('\n')[0].slice(0, 300)}`);
      }
      if (!opts.keep) rmSync(dcache, { recursive: true, force: true });
    }
    if (!opts.keep) rmSync(cacheDir, { recursive: true, force: true });
  }

  if (opts.nearSize) {
    const n = opts.nearSize;
    const w = Math.max(...opts.workers);
    const template = sharedCorpus(opts, n);
    const diverse = join(tmpdir(), 'fazhi-bench', `diverse-${n}`);
    if (!existsSync(`${diverse}.complete`)) {
      rmSync(diverse, { recursive: true, force: true });
      mkdirSync(diverse, { recursive: true });
      diverseCorpus(join(shared, 'seeds'), diverse, n);
      writeFileSync(`${diverse}.complete`, '');
    }
    process.stderr.write(`near-duplicates at N=${n} …\n`);
    const on = (d: string) => runScore(d, w, ['--no-cache']);
    const off = (d: string) => runScore(d, w, ['--no-cache', '--no-near-duplicates']);
    const t = on(template), tOff = off(template), d = on(diverse), dOff = off(diverse);
    lines.push('', `Near-duplicates, N = ${n}, ${w} workers, \`--no-cache\`: the pass in the main thread, and the whole run with and without it.`, '',
      '| corpus | near-dup pass ms | wall s on | wall s off | CPU s on | CPU s off |', '|---|---:|---:|---:|---:|---:|',
      `| template-heavy (shared corpus: near copies of 5 seeds) | ${f0(t.stats.nearDuplicateMs)} | ${f2(t.wallS)} | ${f2(tOff.wallS)} | ${opt(t.cpuS, f2)} | ${opt(tOff.cpuS, f2)} |`,
      `| diverse (paragraphs drawn from all seeds) | ${f0(d.stats.nearDuplicateMs)} | ${f2(d.wallS)} | ${f2(dOff.wallS)} | ${opt(d.cpuS, f2)} | ${opt(dOff.cpuS, f2)} |`,
      '', `Template-heavy / diverse, near-duplicate pass: ${f2(t.stats.nearDuplicateMs / Math.max(1, d.stats.nearDuplicateMs))}×; whole run: ${f2(t.wallS / d.wallS)}×.`);
  }

  const md = lines.join('\n') + '\n';
  if (opts.record) {
    const path = join(projectRoot(), 'BENCHMARKS.md');
    const doc = readFileSync(path, 'utf8');
    writeFileSync(path, doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${md}<!-- bench:end -->`));
  }
  return md;
}
