/** Errors are data, like ajv's ErrorObject: what went wrong, in which file, where (a JSON pointer), and what to do. */
export interface RubricError {
  code: string;
  file: string;
  path: string;
  message: string;
}

export class RubricLoadError extends Error {
  constructor(public readonly errors: RubricError[]) {
    super(errors.map(formatRubricError).join('\n'));
    this.name = 'RubricLoadError';
  }
}

export function formatRubricError(e: RubricError): string {
  return `${e.file}${e.path ? ` ${e.path}` : ''}: [${e.code}] ${e.message}`;
}
