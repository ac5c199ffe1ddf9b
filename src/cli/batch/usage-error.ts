/** A mistake in how the batch command was called (exit code 1), as opposed to a bad record. */
export class UsageError extends Error {
  override name = 'UsageError';
}
