import type { RecordFields, StripManyOptions } from '../../batch/types.js';
import { batchLimits, mapOrdered } from '../../node/ordered-batches.js';
import { createStripPool } from '../../node/strip-pool.js';
import { createFailureLog } from './failures.js';
import { readInput, type Input, type InputItem } from './inputs.js';
import { OutputWriter } from './output-writer.js';
import type { Sink } from './outputs.js';
import type { Progress } from './progress.js';
import { repairOutput, skipWritten, type ResumePoint } from './resume.js';
import { countFailed, countWritten, createTally, type Tally } from './tally.js';

/** A planned batch run. */
export interface BatchJob {
  inputs: readonly Input[];
  sinks: readonly Sink[];
  /** Strip options and record fields, as the workers get them. */
  options: StripManyOptions;
  jobs: number;
  window: number;
  /** Continue existing outputs instead of overwriting them. */
  resume: boolean;
  /** JSONL file for failures; undefined for readable lines on stderr. */
  errorsPath: string | undefined;
}

/** What a run did. */
export interface BatchOutcome {
  tally: Tally;
  /** Records found in the outputs before the run (`--resume`). */
  alreadyWritten: number;
}

async function* sinkItems(job: BatchJob, sink: number, fields: RecordFields): AsyncGenerator<InputItem, void, undefined> {
  for (const input of job.sinks[sink]!.inputs) yield* readInput(job.inputs[input]!, sink, fields);
}

async function* allItems(job: BatchJob, points: readonly (ResumePoint | undefined)[]): AsyncGenerator<InputItem, void, undefined> {
  for (const [sink, point] of points.entries()) {
    const items = sinkItems(job, sink, job.options);
    yield* point ? skipWritten(items, point, job.options) : items;
  }
}

/**
 * Runs a batch: reads the inputs, strips the records on a worker pool, writes one result line
 * per good record in input order and reports every bad one.
 */
export async function runBatchJob(job: BatchJob, progress: Progress): Promise<BatchOutcome> {
  const points = await Promise.all(job.sinks.map((s) => (job.resume && s.path !== undefined ? repairOutput(s.path) : undefined)));
  const failures = await createFailureLog(job.errorsPath, job.resume, (line) => progress.log(line));
  const writer = new OutputWriter(job.sinks, points.map((p) => p !== undefined));
  const tally = createTally();
  const pool = createStripPool(job.options, 'json', job.jobs);
  try {
    const limits = batchLimits(job.jobs, job.window, (item: InputItem) => item.bytes);
    const run = (batch: InputItem[]) => pool.run(batch.map((item) => item.work));
    for await (const [item, outcome] of mapOrdered(allItems(job, points), run, limits)) {
      if (outcome.ok) {
        await writer.write(item.sink, `${outcome.value}\n`);
        countWritten(tally, outcome.stats, item.bytes);
      } else {
        failures.report({ file: item.file, line: item.line, error: outcome.error });
        countFailed(tally, item.bytes);
      }
      progress.update(tally);
    }
    await writer.finish();
  } finally {
    await pool.destroy();
    await failures.close();
  }
  return { tally, alreadyWritten: points.reduce((sum, p) => sum + (p?.records ?? 0), 0) };
}
