import { mkdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isArticleFile, outputName, type Input } from './inputs.js';
import { UsageError } from './usage-error.js';

/** Where the results of some inputs go: a file, or stdout when `path` is undefined. */
export interface Sink {
  path: string | undefined;
  /** Indexes of the inputs whose records go here, in order. */
  inputs: number[];
}

/** A path with symbolic links resolved as far as it exists, so two names of one file compare equal. */
async function canonical(path: string): Promise<string> {
  const full = resolve(path);
  const real = await realpath(full).catch(() => undefined);
  return real ?? join(await canonical(dirname(full)), basename(full));
}

/**
 * Plans the outputs for `--out`: `-` is stdout; an existing directory or a path ending in `/`
 * is a directory (created if needed) with one `<input name>.jsonl` per input; anything else is
 * one file for all inputs.
 *
 * @throws UsageError when two inputs would share an output file.
 */
export async function planSinks(out: string, inputs: readonly Input[]): Promise<Sink[]> {
  const all = inputs.map((_, i) => i);
  if (out === '-') return [{ path: undefined, inputs: all }];
  const isDir = out.endsWith('/') || (await stat(out).catch(() => undefined))?.isDirectory() === true;
  if (!isDir) return [{ path: resolve(out), inputs: all }];
  await mkdir(out, { recursive: true });
  const sinks = inputs.map((input, i) => ({ path: resolve(out, outputName(input)), inputs: [i] }));
  const seen = new Map<string, string>();
  for (const [i, sink] of sinks.entries()) {
    const other = seen.get(sink.path);
    if (other !== undefined) throw new UsageError(`inputs ${other} and ${inputs[i]!.name} would both be written to ${sink.path}`);
    seen.set(sink.path, inputs[i]!.name);
  }
  return sinks;
}

/**
 * Refuses to write where an input would be overwritten or read back: an input file itself,
 * or an article file inside an input directory.
 *
 * @param targets - Every file the run writes (outputs and the error file).
 * @throws UsageError naming the clash.
 */
export async function assertNoInputOverwritten(targets: readonly string[], inputs: readonly Input[]): Promise<void> {
  const written = await Promise.all(targets.map(async (t) => ({ t, real: await canonical(t) })));
  for (const input of inputs) {
    if (input.kind === 'stdin') continue;
    const real = await canonical(input.path);
    for (const { t, real: target } of written) {
      if (input.kind === 'jsonl' && target === real) throw new UsageError(`refusing to write ${t}: it is the input ${input.name}`);
      const inside = relative(real, target);
      if (input.kind === 'dir' && !inside.startsWith('..') && !isAbsolute(inside) && isArticleFile(target)) {
        throw new UsageError(`refusing to write ${t}: it would be an article of the input directory ${input.name}`);
      }
    }
  }
}
