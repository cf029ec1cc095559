/**
 * The one way this project writes a file it must not leave half-written: every byte counted (a
 * short write on a full disk is continued, and a write that makes no progress is an error), the
 * data fsynced before the rename that publishes it, and the temp file removed when anything fails.
 * Used by the output stage (harness/stage.ts), the result spool, writers/atomic.ts and the cache.
 */
import { makeDir } from './make-dir.js';
import { closeSync, ftruncateSync, fsyncSync, openSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The errors that mean "no room": full disk, quota, file-size limit. The CLI exits 3 on them. */
export const DISK_FULL_CODES = ['ENOSPC', 'EDQUOT', 'EFBIG'] as const;
export const isDiskFull = (e: unknown): boolean => DISK_FULL_CODES.includes((e as NodeJS.ErrnoException)?.code as never);

type WriteFn = (fd: number, buf: Uint8Array, offset: number, length: number, position: number | null) => number;

/**
 * Write all of `data` to `fd` (at `position`, or the current offset when null); returns the byte
 * count. A write that returns less than asked is continued; one that returns 0 is ENOSPC.
 * `write` is injectable for tests.
 */
export function writeAll(fd: number, data: string | Uint8Array, position: number | null = null, write: WriteFn = writeSync): number {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let done = 0;
  while (done < buf.length) {
    const n = write(fd, buf, done, buf.length - done, position === null ? null : position + done);
    if (!(n > 0)) throw noSpace(n, buf.length - done);
    done += n;
  }
  return done;
}

/** `position` undefined: at the file's current offset */
type WritevFn = (fd: number, chunks: Uint8Array[], position?: number) => number;

/** At most this many pieces per writev call (Linux's IOV_MAX). */
const IOV_MAX = 1024;

const noSpace = (n: number, want: number) => Object.assign(new Error(`ENOSPC: no space left on device, write returned ${n} of ${want} bytes`), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/**
 * Write all of `chunks`, one after the other, to `fd` (at `position`, or the current offset when
 * null) with writev: the pieces go to the kernel as they are, never copied into one buffer first
 * (the ranked outputs are assembled from ~10 pieces a report: copying them together cost the main
 * thread as much as writing them). Returns the byte count. A short write is continued from the byte
 * where it stopped, inside a piece if need be; one that writes nothing is ENOSPC. `writev` is
 * injectable for tests.
 */
export function writevAll(fd: number, chunks: Uint8Array[], position: number | null = null, writev: WritevFn = writevSync): number {
  const left = chunks.filter((c) => c.length > 0);
  let done = 0, i = 0;
  while (i < left.length) {
    const batch = left.slice(i, i + IOV_MAX);
    const n = writev(fd, batch, position === null ? undefined : position + done);
    if (!(n > 0)) throw noSpace(n, batch.reduce((a, c) => a + c.length, 0));
    done += n;
    // skip what was written: whole pieces, then the start of the piece the write stopped in
    for (let k = n; k > 0;) {
      if (k >= left[i].length) { k -= left[i].length; i++; } else { left[i] = left[i].subarray(k); k = 0; }
    }
  }
  return done;
}

/** Create (or truncate) `path`, write all of `data`, fsync, close. On failure the file is removed. */
export function writeFileWhole(path: string, data: string | Uint8Array, opts: { fsync?: boolean; write?: WriteFn; mode?: number } = {}): void {
  const fd = openSync(path, 'w', opts.mode ?? 0o666);
  try {
    writeAll(fd, data, null, opts.write);
    if (opts.fsync !== false) fsyncSync(fd);
  } catch (e) {
    try { closeSync(fd); } catch { /* already failing */ }
    rmSync(path, { force: true });
    throw e;
  }
  closeSync(fd);
}

/** A temp file name beside `path` (its folder made), unique to this process and call. */
function tempBeside(path: string): string {
  makeDir(dirname(path));
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/**
 * Temp file beside `path`, whole write, fsync, rename: a reader sees the old file or the new one,
 * never a prefix. `fsync: false` for entries that are verified when read (the cache's HMAC).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: { fsync?: boolean; write?: WriteFn } = {}): void {
  const tmp = tempBeside(path);
  try {
    writeFileWhole(tmp, data, opts);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Overwrite `path` in place (created, its folder made, when missing): every byte written from offset
 * 0, then the file cut to the new length. NOT atomic: a reader racing the write, or a crash during
 * it, sees a mix of old and new bytes. Only for files that are verified when read (the cache's HMAC),
 * where such a file is simply a miss. Why not a temp file and a rename: replacing a file frees the
 * old one's blocks, and on ext4 mounted with `discard` (the usual cloud VM) that made each rename
 * 0.3–0.6 ms against ~0.05 ms for an overwrite (BENCHMARKS.md, session 8) — 40 % of a worker's time
 * after a threshold edit, when every report's entry is rewritten. On failure the file is removed, so
 * a full disk leaves a miss, not a torn file. `write` is injectable for tests.
 */
export function overwriteInPlace(path: string, data: Uint8Array, write: WriteFn = writeSync): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    makeDir(dirname(path));
    fd = openSync(path, 'w');
  }
  try {
    writeAll(fd, data, 0, write);
    ftruncateSync(fd, data.length);
  } catch (e) {
    try { closeSync(fd); } catch { /* already failing */ }
    rmSync(path, { force: true });
    throw e;
  }
  closeSync(fd);
}

/**
 * writeFileAtomic for a file written in pieces: `fill` is given `put(bytes, position)` (each piece
 * written whole at its position) on a temp file beside `path`, which is then renamed into place
 * (not fsynced: for files verified when read). On failure the temp file is removed.
 */
export function writeFileAtomicWith(path: string, fill: (put: (data: Uint8Array, position: number) => void) => void): void {
  const tmp = tempBeside(path);
  try {
    const fd = openSync(tmp, 'w');
    try { fill((data, position) => { writeAll(fd, data, position); }); } finally { closeSync(fd); }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** A file written in pieces (the ranked outputs assembled from the spool): every piece whole, fsync on close. */
export class WholeFile {
  private readonly fd: number;
  private closed = false;
  bytes = 0;
  constructor(readonly path: string, private readonly write: WriteFn = writeSync, private readonly writev: WritevFn = writevSync) {
    this.fd = openSync(path, 'w');
  }
  append(data: string | Uint8Array): void { this.bytes += writeAll(this.fd, data, null, this.write); }
  /** Append pieces one after the other, without copying them together (writevAll). */
  appendAll(chunks: Uint8Array[]): void { this.bytes += writevAll(this.fd, chunks, null, this.writev); }
  /** fsync and close; the caller renames or publishes it. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try { fsyncSync(this.fd); } finally { closeSync(this.fd); }
  }
  /** Close without keeping: the file is removed. */
  discard(): void {
    if (!this.closed) { this.closed = true; try { closeSync(this.fd); } catch { /* closed */ } }
    rmSync(this.path, { force: true });
  }
}
