/** A mistake in how the CLI was called, or a rubric that cannot load: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
