/**
 * The output folder is checked before any scoring: a folder that cannot be created or written
 * (read-only disk, no permission, a file in the way) is a usage error (exit 2) that names the
 * folder, not a stack trace after minutes of scoring.
 */
import { makeDir } from '../../engine/io/make-dir.js';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t } from '../i18n.js';
import { UsageError } from '../usage-error.js';

/** `dir` made and written to once, or a UsageError naming it and the option that chooses another (`--out`, `--cache-dir`). */
export function ensureWritableDir(dir: string, option = '--out'): string {
  const abs = resolve(dir);
  const probe = join(abs, `.write-probe.${process.pid}.${Date.now()}`);
  try {
    makeDir(abs);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const cache = option === '--cache-dir';
    throw new UsageError(t(
      `无法写入${cache ? '缓存' : '输出'}文件夹 ${abs}（${code}）：请检查该文件夹是否存在、是否可写，或用 ${option} 指定其他文件夹${cache ? '（--no-cache 不用缓存）' : ''}。`,
      `Cannot write to the ${cache ? 'cache' : 'output'} folder ${abs} (${code}): check it exists and is writable, or choose another with ${option}${cache ? ' (--no-cache for none)' : ''}.`,
    ));
  }
  return abs;
}
