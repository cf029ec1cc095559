/** Resolving what the user pointed at: a rubric file, a folder holding rubric.json, or a criterion file inside a rubric folder. */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { t } from './i18n.js';
import { UsageError } from './usage-error.js';

export interface RubricTarget { rubric: string; only?: string }

export function resolveRubricTarget(path: string): RubricTarget {
  const abs = resolve(path);
  if (!existsSync(abs)) throw new UsageError(t(`找不到 ${abs}：请给出评分细则文件（rubric.json）、其所在文件夹或某个评分项文件。`, `${abs} not found: give a rubric file (rubric.json), its folder, or a criterion file.`));
  if (statSync(abs).isDirectory()) {
    const f = join(abs, 'rubric.json');
    if (!existsSync(f)) throw new UsageError(t(`${abs} 中没有 rubric.json。`, `No rubric.json in ${abs}.`));
    return { rubric: f };
  }
  const name = basename(abs);
  if (name === 'rubric.json' || !/\.json$/.test(name)) return { rubric: abs };
  // a criterion or fixture file: the rubric is the nearest rubric.json above it
  let dir = dirname(abs);
  for (let i = 0; i < 4; i++) {
    const f = join(dir, 'rubric.json');
    if (existsSync(f)) return { rubric: f, only: name.replace(/\.test\.json$|\.json$/, '') };
    dir = dirname(dir);
  }
  return { rubric: abs };
}
