import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { resolveInputs, totalBytes } from '../batch/inputs.js';
import { assertNoInputOverwritten, planSinks } from '../batch/outputs.js';
import { createProgress, type ProgressMode } from '../batch/progress.js';
import { runBatchJob, type BatchOutcome } from '../batch/run.js';
import { splitParallelOptions } from '../../node/parallel.js';
import { formatSummary } from '../batch/tally.js';
import { UsageError } from '../batch/usage-error.js';
import { fail } from '../io.js';

interface BatchFlags {
  out: string;
  textField: string;
  idField: string;
  jobs: number;
  resume?: boolean;
  errors?: string;
  quiet?: boolean;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

async function runBatch(inputArgs: string[], flags: BatchFlags): Promise<void> {
  if (flags.resume && flags.out === '-') throw new UsageError('--resume needs --out to be a file or directory, not -');
  const inputs = await resolveInputs(inputArgs);
  const sinks = await planSinks(flags.out, inputs);
  const errorsPath = flags.errors === undefined ? undefined : resolve(flags.errors);
  if (errorsPath && sinks.some((s) => s.path === errorsPath)) throw new UsageError('--errors must not be an output file');
  const outputs = sinks.flatMap((s) => (s.path === undefined ? [] : [s.path]));
  await assertNoInputOverwritten(errorsPath ? [...outputs, errorsPath] : outputs, inputs);

  const mode: ProgressMode = flags.quiet ? 'none' : process.stderr.isTTY ? 'bar' : 'lines';
  const progress = createProgress(mode, totalBytes(inputs));
  const started = performance.now();
  const { jobs, window, strip } = splitParallelOptions({ jobs: flags.jobs, textField: flags.textField, idField: flags.idField });
  let outcome: BatchOutcome;
  try {
    outcome = await runBatchJob({ inputs, sinks, options: strip, jobs, window, resume: flags.resume === true, errorsPath }, progress);
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  if (!flags.quiet) process.stderr.write(`${formatSummary(outcome.tally, seconds, outcome.alreadyWritten)}\n`);
  process.exitCode = outcome.tally.failed > 0 ? 2 : 0;
}

/** `promostrip batch <input...> --out <file|dir|->`: clean many articles on worker threads. */
export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description('clean JSONL records or article directories on worker threads, writing JSONL (see docs/batch.md)')
    .argument('<input...>', 'JSONL files, directories of .txt/.md articles, or - for JSONL on stdin')
    .requiredOption('-o, --out <file|dir|->', 'output JSONL file, directory (one file per input), or - for stdout')
    .option('--text-field <name>', 'input field holding the text', 'text')
    .option('--id-field <name>', 'input field holding the id', 'id')
    .option('-j, --jobs <n>', 'worker threads', positiveInteger, availableParallelism())
    .option('--resume', 'continue after the last complete record of existing outputs')
    .option('--errors <file>', 'write failed records as JSONL to this file (default: readable lines on stderr)')
    .option('-q, --quiet', 'no progress and no summary')
    .action(async (inputArgs: string[], flags: BatchFlags) => {
      // Usage and I/O errors end in one line and exit code 1; bad records never get here.
      await runBatch(inputArgs, flags).catch((error: Error) => fail(error.message));
    });
}
