/**
 * `npm run bench`: end-to-end throughput, memory and latency of `rubric score` on synthetic corpora
 * of N reports, with 1 and 2 workers; the naive baseline (a json-rules-engine Engine per report, no
 * pool); incremental re-scoring after a one-criterion edit; near-duplicate detection time.
 * Prints a Markdown table; --record writes it into BENCHMARKS.md between the bench markers.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../../engine/document/parse.js';
import { decodeBytes } from '../../engine/document/read/decode.js';
import { defaultRubricPath, projectRoot } from '../../engine/paths.js';
import { loadRubric } from '../../engine/rubric/load.js';
import { createScorer } from '../../engine/scoring/scorer.js';
import { listCorpus } from '../corpus.js';
import { synthesizeCorpus } from './synthesize.js';

export interface BenchOptions { sizes: number[]; workers: number[]; baseline: number; record?: boolean; keep?: boolean; cacheSize?: number }

interface RunStats { reports: number; maxRssMb: number; firstResultMs: number; nearDuplicateMs: number; latencyP50Ms: number; latencyP99Ms: number; cache: { hit: number; partial: number; miss: number } }
interface Row { n: number; workers: number; wallS: number; reportsPerS: number; mbPerS: number; stats: RunStats }

const CLI = () => join(projectRoot(), 'dist', 'harness', 'cli.js');

function runScore(corpus: string, workers: number, extra: string[] = [], rubric?: string): { wallS: number; stats: RunStats } {
  const out = join(tmpdir(), `fazhi-bench-out-${process.pid}`);
  const statsPath = join(tmpdir(), `fazhi-bench-stats-${process.pid}.json`);
  const args = ['--max-old-space-size=320', CLI(), 'score', '--corpus', corpus, '--out', out, '--workers', String(workers), '--quiet', ...extra];
  if (rubric) args.push('--rubric', rubric);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, RUBRIC_STATS: statsPath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`score failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { wallS, stats: JSON.parse(readFileSync(statsPath, 'utf8')) };
}

function corpusFor(n: number): { dir: string; bytes: number } {
  const dir = join(tmpdir(), 'fazhi-bench', `n${n}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return { dir, bytes: Number(readFileSync(marker, 'utf8')) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`synthesizing ${n} reports in ${dir} …\n`);
  const bytes = synthesizeCorpus(join(projectRoot(), 'corpus'), dir, n);
  writeFileSync(marker, String(bytes));
  return { dir, bytes };
}

/** The baseline a user would otherwise write: one loop, a new Engine (rules added again) per report, no pool. */
async function baseline(dir: string, n: number): Promise<number> {
  const rubric = loadRubric(defaultRubricPath());
  const files = listCorpus(dir).slice(0, n);
  const t0 = performance.now();
  for (const f of files) {
    const doc = parseDocument(decodeBytes(readFileSync(f.abs)).text, { file: f.rel });
    await createScorer(rubric).score(doc);
  }
  return files.length / ((performance.now() - t0) / 1000);
}

/** A copy of the default rubric with one criterion edited (legal_adviser demands a named firm). */
function editedRubric(): string {
  const dir = join(tmpdir(), `fazhi-bench-rubric-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(projectRoot(), 'rubrics', 'default'), dir, { recursive: true });
  const p = join(dir, 'criteria', 'legal_adviser.json');
  const c = JSON.parse(readFileSync(p, 'utf8'));
  c.levels[0].conditions.all[0].params.all[1] = ['律师事务所'];
  writeFileSync(p, JSON.stringify(c));
  return join(dir, 'rubric.json');
}

const f1 = (x: number) => x.toFixed(1);
const f0 = (x: number) => x.toFixed(0);

export async function runBench(opts: BenchOptions): Promise<string> {
  const lines: string[] = [];
  const date = new Date().toISOString().slice(0, 10);
  lines.push(`Measured ${date} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${f0(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`);
  lines.push(`Command: \`npm run bench -- --sizes ${opts.sizes.join(',')} --workers ${opts.workers.join(',')}\` (scoring runs with \`--no-cache\`; near-duplicate detection on).`, '');
  lines.push('| N | workers | wall s | reports/s | MB/s | p50 ms | p99 ms | first result ms | peak RSS MB | near-dup ms |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const rows: Row[] = [];
  for (const n of opts.sizes) {
    const { dir, bytes } = corpusFor(n);
    for (const w of opts.workers) {
      process.stderr.write(`N=${n} workers=${w} …\n`);
      const { wallS, stats } = runScore(dir, w, ['--no-cache']);
      const row = { n, workers: w, wallS, reportsPerS: n / wallS, mbPerS: bytes / 1e6 / wallS, stats };
      rows.push(row);
      lines.push(`| ${n} | ${w} | ${f1(wallS)} | ${f0(row.reportsPerS)} | ${f1(row.mbPerS)} | ${stats.latencyP50Ms.toFixed(2)} | ${stats.latencyP99Ms.toFixed(2)} | ${f0(stats.firstResultMs)} | ${f0(stats.maxRssMb)} | ${f0(stats.nearDuplicateMs)} |`);
    }
  }
  lines.push('');
  const largest = Math.max(...opts.sizes);
  const at = (w: number) => rows.find((r) => r.n === largest && r.workers === w);
  if (at(1) && at(2)) lines.push(`Scaling at N = ${largest}: 2 workers = ${(at(2)!.reportsPerS / at(1)!.reportsPerS).toFixed(2)}× 1 worker.`);
  const { dir: smallest } = corpusFor(Math.min(...opts.sizes));
  process.stderr.write('baseline …\n');
  const base = await baseline(smallest, opts.baseline);
  const best = at(2) ?? rows[rows.length - 1];
  lines.push(`Naive baseline (new Engine per report, one thread, no pool, no output), ${opts.baseline} reports: ${f0(base)} reports/s; \`rubric score\` with ${best.workers} workers at N = ${best.n} is ${(best.reportsPerS / base).toFixed(1)}× that, end to end.`);

  const cacheN = opts.cacheSize ?? largest;
  const { dir: cacheCorpus } = corpusFor(cacheN);
  const cacheDir = join(tmpdir(), `fazhi-bench-cache-${process.pid}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const w = Math.max(...opts.workers);
  process.stderr.write(`cache at N=${cacheN} …\n`);
  const cold = runScore(cacheCorpus, w, ['--cache-dir', cacheDir]);
  const warm = runScore(cacheCorpus, w, ['--cache-dir', cacheDir]);
  const edit = runScore(cacheCorpus, w, ['--cache-dir', cacheDir], editedRubric());
  lines.push(`Incremental cache at N = ${cacheN}, ${w} workers: first run (filling the cache) ${f1(cold.wallS)} s; no change ${f1(warm.wallS)} s (${warm.stats.cache.hit} from cache); after a one-criterion edit ${f1(edit.wallS)} s (${edit.stats.cache.partial} re-evaluated that criterion only).`);
  if (!opts.keep) rmSync(cacheDir, { recursive: true, force: true });
  const md = lines.join('\n') + '\n';
  if (opts.record) {
    const path = join(projectRoot(), 'BENCHMARKS.md');
    const doc = readFileSync(path, 'utf8');
    const updated = doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${md}<!-- bench:end -->`);
    writeFileSync(path, updated);
  }
  return md;
}
