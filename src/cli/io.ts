import { readFile } from 'node:fs/promises';

/** Plain words for the file-system errors a user is most likely to meet. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

/** A short reason for a failed file-system call: plain words for common errors, else the message. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const plain = typeof code === 'string' ? ERRNO_REASONS[code] : undefined;
  if (plain !== undefined) return plain;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a whole file, or stdin when `file` is undefined or `-`, as UTF-8 (invalid bytes → U+FFFD).
 *
 * @throws Error `cannot read <file>: <reason>` when the file cannot be read.
 */
export async function readInput(file: string | undefined): Promise<string> {
  if (file !== undefined && file !== '-') {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      throw new Error(`cannot read ${file}: ${describeError(error)}`);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * {@link readInput} for commands: when the input cannot be read, reports it with {@link fail}
 * (one line, exit code 1) and resolves to `undefined`.
 */
export async function readInputOrFail(file: string | undefined): Promise<string | undefined> {
  try {
    return await readInput(file);
  } catch (error) {
    fail(describeError(error));
    return undefined;
  }
}

/** Prints an error message to stderr and sets exit code 1 (usage or input error). */
export function fail(message: string): void {
  process.stderr.write(`promostrip: ${message}\n`);
  process.exitCode = 1;
}
