/**
 * The reports of a corpus: every supported file under the folder, recursively, in a stable order.
 * The walk never stops the run: an entry it cannot use (a name that is not UTF-8, a dangling link, a
 * link loop, a path too long for the system, a FIFO/socket/device, a link out of the corpus) is a
 * problem — an error row for that entry — and every other report is still scored. Only regular
 * files are read; links are resolved, and without --follow-links they may not leave the corpus.
 */
import { closeSync, existsSync, openSync, readSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { hasNoExtension, isTemporaryFile, READ_BY_CONTENT, REPORT_EXTENSIONS as READ, UNSUPPORTED_FORMATS } from '../engine/document/read/formats.js';
import { reportError, type ReportError, type ReportErrorCode } from '../engine/errors.js';
import { t } from './i18n.js';
import { UsageError } from './usage-error.js';
import { RUN_FILE } from './stage.js';

/** Reports in any mix: plain text, Word (.docx, .doc), WPS, PDF with a text layer, OFD, saved web pages. */
export const REPORT_EXTENSIONS = READ;

/** Document formats an office may have that we do not read: scored as error rows, so that no report vanishes silently. */
export const UNSUPPORTED_DOCUMENTS = Object.keys(UNSUPPORTED_FORMATS);

export interface CorpusFile { abs: string; rel: string }

export type CorpusProblemCode = Extract<ReportErrorCode, 'unreadable_name' | 'broken_link' | 'link_loop' | 'path_too_long' | 'not_a_file' | 'outside_corpus' | 'unreadable'>;
/** An entry of the corpus folder that cannot be read as a report; `rel` is printable and unique. */
export interface CorpusProblem { rel: string; code: CorpusProblemCode; detail: string }

/**
 * `outputs`: folders inside the corpus (corpus-relative, ending in /) holding an earlier run's
 * outputs — a run.json this program wrote — which are not walked: a previous run's report.html
 * (a page of Chinese text with headings) was scored as a report when --out pointed inside the corpus.
 */
/** skipped: files of the corpus that are no report by their name (.xlsx, .pptx, .exe …), relative paths, sorted */
/** Data files kept beside reports (gold labels, review decisions, tables): neither reports nor worth naming as skipped. */
const DATA_FILE = /\.(?:json|jsonl|csv|tsv)$/i;

export interface CorpusScan {
  files: CorpusFile[]; unsupported: CorpusFile[]; problems: CorpusProblem[]; outputs: string[]; skipped: string[];
  /**
   * folders (relative, '.' the corpus itself) that hold a program's own files — a package.json or a node_modules folder: a corpus holding one is most likely the wrong folder (nu37 pointed at the parent and scored 4,295 of this
   * tool's own fixtures without a word)
   */
  projects: string[];
}
export interface ScanOptions {
  followLinks?: boolean;
  /** absolute folders inside the corpus that are not part of it (the run's own --out: its report.html is no report) */
  exclude?: readonly string[];
}

const endsWithAny = (name: string, exts: string[]) => { const lower = name.toLowerCase(); return exts.some((e) => lower.endsWith(e)); };

/**
 * One decoder for every name (a new TextDecoder per name was a fifth of the walk of 100,000 reports),
 * keeping a leading U+FEFF: stripped, a file named with one was looked for under a name it does not
 * have and became an unreadable row (red team, session 28).
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** A file name's bytes as text: UTF-8 when valid, else null. */
function utf8Name(b: Buffer): string | null {
  try { return UTF8.decode(b); } catch { return null; }
}

/** A printable, unique stand-in for a name that is not UTF-8: valid runs kept, other bytes as %XX. */
export function escapeName(b: Buffer): string {
  let out = '';
  let i = 0;
  while (i < b.length) {
    const len = b[i] < 0x80 ? 1 : b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : b[i] >= 0xc2 ? 2 : 0;
    const s = len ? utf8Name(b.subarray(i, i + len)) : null;
    if (s !== null && len && i + len <= b.length) { out += s === '%' ? '%25' : s; i += len; } else { out += `%${b[i].toString(16).toUpperCase().padStart(2, '0')}`; i++; }
  }
  return out;
}

const errnoCode = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? '';

function problemOf(e: unknown): CorpusProblemCode {
  const c = errnoCode(e);
  if (c === 'ENAMETOOLONG') return 'path_too_long';
  if (c === 'ELOOP') return 'link_loop';
  if (c === 'ENOENT' || c === 'ENOTDIR') return 'broken_link';
  return 'unreadable';
}

const within = (root: string, p: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

/** A folder entry: its name as text (null when its bytes are not UTF-8, then `raw` holds them). */
interface Entry { ent: Dirent<string> | Dirent<Buffer>; name: string | null; raw: Buffer | null }

/** A name that may not be what the folder holds (U+FFFD: bytes that are not UTF-8), or that sorts apart from its bytes (a surrogate pair). */
const NOT_PLAIN = /[\uFFFD\uD800-\uDFFF]/;

/**
 * A folder's entries in the byte order of their names. Read as text (a folder of 100,000 reports read
 * as bytes took twice as long, in Buffers made and collected); read again as bytes only when a name
 * may not be UTF-8 or holds a character outside the Basic Multilingual Plane — elsewhere UTF-16's
 * order is UTF-8's.
 */
function readEntries(d: string): Entry[] {
  const texts = readdirSync(d, { withFileTypes: true });
  if (!texts.some((e) => NOT_PLAIN.test(e.name))) {
    return texts.map((ent) => ({ ent, name: ent.name, raw: null })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return readdirSync(d, { encoding: 'buffer', withFileTypes: true })
    .sort((a, b) => Buffer.compare(a.name, b.name))
    .map((ent) => { const name = utf8Name(ent.name); return { ent, name, raw: name === null ? ent.name : null }; });
}

/** One walk of the folder: the reports, the documents in formats we do not read, and the entries that cannot be read. */
export function scanCorpus(dir: string, opts: ScanOptions = {}): CorpusScan {
  const files: CorpusFile[] = [];
  const unsupported: CorpusFile[] = [];
  const skipped: string[] = [];
  const problems: CorpusProblem[] = [];
  const root = realpathSync(dir);
  const visited = new Set<string>([root]);
  // a report's corpus-relative path as a slice of its absolute one: path.relative built a second copy of every
  // absolute path that each relative one kept alive as its parent (~100 bytes a report in a heap snapshot)
  const base = join(dir, '.');
  const prefix = base === '.' ? '' : base.endsWith(sep) ? base : base + sep;
  const relOf = (abs: string) => {
    const r = abs.startsWith(prefix) ? abs.slice(prefix.length) : relative(dir, abs);
    return sep === '/' ? r : r.split(sep).join('/');
  };
  const problem = (rel: string, code: CorpusProblemCode, e?: unknown) => problems.push({ rel, code, detail: e ? errnoCode(e) || (e as Error).message : '' });
  const outputs: string[] = [];
  const projects: string[] = [];

  const walk = (d: string) => {
    let entries: Entry[];
    try {
      entries = readEntries(d);
    } catch (e) {
      problem(relOf(d) + '/', problemOf(e), e);
      return;
    }
    // an earlier run's outputs inside the corpus (the folder the user asked for is walked whatever it holds)
    if (d !== dir && entries.some((e) => e.ent.isFile() && e.name === RUN_FILE && isRunRecord(join(d, RUN_FILE)))) { outputs.push(relOf(d) + '/'); return; }
    // (a program's: a package.json or node_modules — a .git alone is an office keeping its reports under version control: red team 72)
    if (entries.some((e) => (e.name === 'package.json' && e.ent.isFile()) || (e.name === 'node_modules' && e.ent.isDirectory()))) projects.push(d === dir ? '.' : relOf(d) + '/');
    for (const { ent, name, raw } of entries) {
      if (name === null) {
        // GBK bytes from a zip made on Chinese Windows: the name cannot be shown or matched; say so
        const shown = escapeName(raw!);
        if (ent.isDirectory() || endsWithAny(shown, REPORT_EXTENSIONS) || endsWithAny(shown, UNSUPPORTED_DOCUMENTS)) problem(relOf(join(d, shown)) + (ent.isDirectory() ? '/' : ''), 'unreadable_name');
        continue;
      }
      // office lock and temporary files (~$报告.docx, .~lock.报告.odt#, *.tmp) are not documents
      if (name === 'node_modules' || isTemporaryFile(name)) continue;
      // hidden folders are tools' (.git, .cache: the run's own cache); a hidden file named like a report
      // (.报告.txt: a leading dot means nothing on Windows) is a report, never silently left out
      if (name.startsWith('.') && (ent.isDirectory() || !endsWithAny(name, REPORT_EXTENSIONS))) continue;
      const abs = join(d, name);
      const rel = relOf(abs);
      const isReport = endsWithAny(name, REPORT_EXTENSIONS) || endsWithAny(name, READ_BY_CONTENT) || (hasNoExtension(name) && !name.startsWith('.'));
      const isUnsupported = endsWithAny(name, UNSUPPORTED_DOCUMENTS);
      if (ent.isDirectory()) { if (!opts.exclude?.includes(abs)) walk(abs); continue; }
      if (ent.isSymbolicLink()) { link(abs, rel, isReport, isUnsupported); continue; }
      // anything else (a spreadsheet, a presentation, a program) is no report: named in the run's summary, never silently gone —
      // but not the data files this tool reads beside the reports (corpus/gold.json, review.csv, a truth table)
      if (!isReport && !isUnsupported) { if (!DATA_FILE.test(name)) skipped.push(rel); continue; }
      if (!ent.isFile()) { problem(rel, 'not_a_file'); continue; } // FIFO, socket, device named like a report
      files.push({ abs, rel });
      if (!isReport) unsupported.push({ abs, rel }); // an error row (unsupported_format), listed too
    }
  };

  // a link is resolved: its target must exist, be inside the corpus (unless --follow-links), and be a regular file or a folder
  const link = (abs: string, rel: string, isReport: boolean, isUnsupported: boolean) => {
    let target: string;
    let st: Stats;
    try {
      target = realpathSync(abs);
      st = statSync(target);
    } catch (e) {
      if (isReport || isUnsupported) problem(rel, problemOf(e), e);
      return;
    }
    const inside = within(root, target);
    if (st.isDirectory()) {
      if (!inside && !opts.followLinks) { problem(rel + '/', 'outside_corpus'); return; }
      // inside the corpus its files are reached by their own path; followed, a folder is walked once
      if (!opts.followLinks || visited.has(target)) return;
      visited.add(target);
      walk(abs);
      return;
    }
    if (!isReport && !isUnsupported) return;
    if (!inside && !opts.followLinks) { problem(rel, 'outside_corpus'); return; }
    if (!st.isFile()) { problem(rel, 'not_a_file'); return; }
    files.push({ abs: target, rel });
    if (!isReport) unsupported.push({ abs: target, rel });
  };

  walk(dir);
  const byRel = <T extends { rel: string }>(a: T, b: T) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { files: files.sort(byRel), unsupported: unsupported.sort(byRel), problems: problems.sort(byRel), outputs: outputs.sort(), skipped: skipped.sort(), projects: projects.sort() };
}

/** How every run.json this program writes begins (score.ts runRecord: `tool` first, pretty-printed). */
const RUN_RECORD_HEAD = /^\{\s*"tool":\s*"fazhi-rubric"/;

/** Whether the file is a run.json this program wrote (its first bytes; an unreadable one is not). */
function isRunRecord(p: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(p, 'r');
    const head = Buffer.alloc(64);
    return RUN_RECORD_HEAD.test(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const listCorpus = (dir: string, opts: ScanOptions = {}): CorpusFile[] => scanCorpus(dir, opts).files;

/** The corpus folder, which must exist and be a folder (usage error otherwise). */
export function checkCorpus(dir: string): string {
  const abs = resolve(dir);
  if (existsSync(abs) && !statSync(abs).isDirectory()) {
    throw new UsageError(t(
      `${abs} 是一个文件，不是文件夹：请给出存放报告的文件夹（rubric score 报告文件夹，或 --corpus 报告文件夹）；要看单份报告为何得分，用 rubric explain ${abs}。`,
      `${abs} is a file, not a folder: give the folder that holds the reports (rubric score FOLDER or --corpus FOLDER); to see why one report scored as it did, use rubric explain ${abs}.`,
    ));
  }
  if (!existsSync(abs)) throw new UsageError(t(`找不到报告文件夹 ${abs}：请检查路径是否写对（报告文件夹写在命令后面，或用 --corpus 给出；都不写时是当前目录下的 corpus）。`, `Corpus folder ${abs} not found: check the path (give the folder after the command or with --corpus; with neither it is ./corpus).`));
  return abs;
}

/** The error of a problem's row: its code, and for `unreadable` the system's reason (harness/messages.ts says what to do). */
export function problemError(p: CorpusProblem): ReportError {
  return p.code === 'unreadable' ? reportError('unreadable', { detail: p.detail }) : reportError(p.code, {});
}
