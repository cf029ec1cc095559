/**
 * What a rubric file may be, checked before the schema (ajv recurses, and a parsed 90 MB file is
 * already too late): size, nesting depth, and numbers JSON allows but arithmetic does not. Limits
 * are far above any real rubric (the default rubric's largest file is a few KB, its deepest
 * condition 4 levels).
 */
import { rubricError, type RubricError } from '../errors.js';

/** bytes per rubric, criterion or deduction file */
export const MAX_RUBRIC_FILE_BYTES = 4 * 1024 * 1024;
/** JSON nesting (objects and arrays) per file; conditions have their own, tighter limit (conditions.ts) */
export const MAX_JSON_DEPTH = 100;

/** Too deep (reported once) and non-finite numbers (`1e999` parses as Infinity), with their JSON pointers; iterative, so depth cannot overflow the stack. */
export function checkJsonShape(value: unknown, file: string): RubricError[] {
  const errors: RubricError[] = [];
  const stack: Array<[unknown, string, number]> = [[value, '', 0]];
  let tooDeep = false;
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) errors.push(rubricError('not_finite', file, path, {}));
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      if (!tooDeep) errors.push(rubricError('too_deep', file, path, { limit: MAX_JSON_DEPTH }));
      tooDeep = true;
      continue;
    }
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i][1], `${path}/${entries[i][0].replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1]);
  }
  return errors;
}
