import { readFile } from 'node:fs/promises';

/** Reads a whole file, or stdin when `file` is undefined or `-`, as UTF-8 (invalid bytes → U+FFFD). */
export async function readInput(file: string | undefined): Promise<string> {
  if (file !== undefined && file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Prints an error message to stderr and sets exit code 1 (usage or input error). */
export function fail(message: string): void {
  process.stderr.write(`promostrip: ${message}\n`);
  process.exitCode = 1;
}
