import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { RecordFields } from '../../batch/types.js';
import type { WorkItem } from '../../node/work-item.js';
import { readLines } from './lines.js';
import { UsageError } from './usage-error.js';

/** An input of the batch command. `name` is how the user wrote it. */
export type Input =
  | { kind: 'stdin'; name: '-' }
  | { kind: 'jsonl'; name: string; path: string; size: number }
  | { kind: 'dir'; name: string; path: string; files: readonly { rel: string; size: number }[] };

/** A record read from an input, with where it came from. */
export interface InputItem {
  /** What the worker gets. */
  work: WorkItem;
  /** Index of the output the record goes to. */
  sink: number;
  /** The file it came from, as the user named it (`-` for stdin). */
  file: string;
  /** Its 1-based line number, for JSONL inputs. */
  line?: number;
  /** Its size in the input, in bytes. */
  bytes: number;
}

const ARTICLE_FILE = /\.(?:txt|md)$/i;

/** Whether a path found in a directory input is read as an article. */
export function isArticleFile(path: string): boolean {
  return ARTICLE_FILE.test(path);
}

/** The articles of a directory, recursively, with ids relative to it, sorted for a stable order. */
async function listArticles(dir: string): Promise<{ rel: string; size: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const rels = entries
    .filter((e) => e.isFile() && isArticleFile(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  return Promise.all(rels.map(async (rel) => ({ rel, size: (await stat(join(dir, rel))).size })));
}

/** Turns the command's input arguments into inputs. Throws a {@link UsageError} for a missing path. */
export async function resolveInputs(args: readonly string[]): Promise<Input[]> {
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('stdin (-) can be an input only once');
  return Promise.all(
    args.map(async (name): Promise<Input> => {
      if (name === '-') return { kind: 'stdin', name };
      const path = resolve(name);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) return { kind: 'dir', name, path, files: await listArticles(path) };
      if (info?.isFile()) return { kind: 'jsonl', name, path, size: info.size };
      throw new UsageError(`input not found: ${name}`);
    }),
  );
}

/** Total size of the inputs in bytes; undefined when one of them is stdin. */
export function totalBytes(inputs: readonly Input[]): number | undefined {
  let total = 0;
  for (const input of inputs) {
    if (input.kind === 'stdin') return undefined;
    total += input.kind === 'jsonl' ? input.size : input.files.reduce((sum, f) => sum + f.size, 0);
  }
  return total;
}

/** The file name of an input's output inside an output directory. */
export function outputName(input: Input): string {
  if (input.kind === 'stdin') return 'stdin.jsonl';
  return `${basename(input.path, input.kind === 'jsonl' ? extname(input.path) : '')}.jsonl`;
}

/**
 * The records of an input: one per non-blank JSONL line (blank lines are not records), or one
 * per article file of a directory (`{ id: relative path, text }`). JSONL records without an id
 * get `<file>:<line>`.
 */
export async function* readInput(input: Input, sink: number, fields: RecordFields): AsyncGenerator<InputItem, void, undefined> {
  if (input.kind === 'dir') {
    for (const { rel, size } of input.files) {
      const text = await readFile(join(input.path, rel), 'utf8');
      const record = { [fields.idField ?? 'id']: rel, [fields.textField ?? 'text']: text };
      yield { work: { record, fallbackId: rel }, sink, file: join(input.name, rel), bytes: size };
    }
    return;
  }
  const stream = input.kind === 'stdin' ? process.stdin : createReadStream(input.path, { highWaterMark: 1 << 20 });
  for await (const { text, number, bytes } of readLines(stream)) {
    if (text.trim() === '') continue;
    // A UTF-8 byte order mark is not JSON; drop it from the first line.
    const json = number === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text;
    yield { work: { json, fallbackId: `${input.name}:${number}` }, sink, file: input.name, line: number, bytes };
  }
}
