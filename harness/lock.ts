/**
 * One run at a time per output folder: `score` holds `<out>/.rubric.lock` (the holder's pid, its
 * start time and the command) while it runs. A second run into the same folder exits 2 naming the
 * holder; a lock whose process is gone (killed, crashed, machine restarted) is taken over.
 */
import { makeDir } from '../engine/io/make-dir.js';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { t } from './i18n.js';
import { UsageError } from './usage-error.js';

export const LOCK_FILE = '.rubric.lock';

export interface LockInfo { pid: number; started: string; boot?: string | null; command: string }

/** The kernel's start time of a process (clock ticks since boot), to tell a reused pid from the holder; null off Linux. */
function procStart(pid: number): string | null {
  try { return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[19] ?? null; } catch { return null; }
}

function alive(info: LockInfo): boolean {
  if (!Number.isInteger(info.pid) || info.pid <= 0) return false;
  try { process.kill(info.pid, 0); } catch (e) { if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false; }
  // the pid exists: is it still the process that took the lock?
  if (info.boot) { const now = procStart(info.pid); if (now !== null && now !== info.boot) return false; }
  return true;
}

function readLock(path: string): LockInfo | null {
  try { return JSON.parse(readFileSync(path, 'utf8')) as LockInfo; } catch { return null; }
}

export interface Lock { release(): void }

export function acquireLock(out: string, command: string): Lock {
  makeDir(out);
  const path = join(out, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, started: new Date(Date.now() - process.uptime() * 1000).toISOString(), boot: procStart(process.pid), command };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(path);
      // a lock being written this instant reads as null: give it a moment rather than take it over
      if (holder === null && attempt === 0) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200); continue; }
      if (holder && alive(holder)) {
        throw new UsageError(t(
          `另一个评分进程（pid ${holder.pid}，${holder.started} 开始）正在向 ${out} 写入结果：请等它结束，或用 --out 指定其他文件夹。`,
          `Another run (pid ${holder.pid}, started ${holder.started}) is writing to ${out}: wait for it to finish, or use another --out folder.`,
        ));
      }
      rmSync(path, { force: true }); // stale: its process is gone
      continue;
    }
    try { writeSync(fd, JSON.stringify(mine)); } finally { closeSync(fd); }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.removeListener('exit', release);
      if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
    };
    process.on('exit', release);
    return { release };
  }
  throw new UsageError(t(`无法获得 ${path} 的锁，请稍后再试。`, `Could not take the lock ${path}; try again.`));
}
