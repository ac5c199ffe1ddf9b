import { availableParallelism } from 'node:os';
import type { BatchRecord, StripManyOptions, StripManyResult } from '../batch/types.js';
import { batchLimits, mapOrdered } from './ordered-batches.js';
import { createStripPool } from './strip-pool.js';
import type { WorkItem } from './work-item.js';

/** Options of {@link stripManyParallel} and {@link createStripStream}. */
export interface ParallelOptions extends StripManyOptions {
  /** Worker threads. Default: `os.availableParallelism()`. */
  jobs?: number;
  /**
   * Most records read ahead of the consumer (being stripped or waiting to be yielded); bounds
   * memory together with the size of the largest record. Default `256 × jobs`.
   */
  window?: number;
}

/** Default records in flight per worker. */
const WINDOW_PER_JOB = 256;

/**
 * Splits {@link ParallelOptions} into the pool settings, defaults filled in and checked, and
 * the options for the workers.
 */
export function splitParallelOptions({ jobs = availableParallelism(), window = WINDOW_PER_JOB * jobs, ...strip }: ParallelOptions): {
  jobs: number;
  window: number;
  strip: StripManyOptions;
} {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`promostrip: \`jobs\` must be a positive integer, got ${jobs}`);
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`promostrip: \`window\` must be a positive integer, got ${window}`);
  return { jobs, window, strip };
}

async function* workItems(records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>): AsyncGenerator<WorkItem> {
  let index = 0;
  for await (const record of records) yield { record, fallbackId: index++ };
}

/** Weighs a record item by its text length, for the batch size cap. */
function recordWeigher(textField = 'text'): (item: WorkItem) => number {
  return (item) => {
    const text = 'record' in item ? item.record[textField] : undefined;
    return typeof text === 'string' ? text.length : 0;
  };
}

/**
 * Like `stripMany`, on a pool of worker threads: records are sent to the workers in batches,
 * results come back in input order, and only a window of records is in flight at a time.
 * The threads end when the iteration ends (also on `break` or an error).
 *
 * @param records - Records `{ id?, text, ...rest }` (field names per `textField` / `idField`);
 *   they must be structured-cloneable.
 * @param options - Strip options, record fields, `jobs` and `window`.
 * @throws Error at the first record that is not an object, whose text field is not a string,
 *   or whose stripping failed, naming it as `records[index]`.
 */
export async function* stripManyParallel(
  records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>,
  options: ParallelOptions = {},
): AsyncGenerator<StripManyResult, void, undefined> {
  const { jobs, window, strip } = splitParallelOptions(options);
  const pool = createStripPool(strip, 'object', jobs);
  try {
    const limits = batchLimits(jobs, window, recordWeigher(strip.textField));
    for await (const [, outcome] of mapOrdered(workItems(records), (batch) => pool.run(batch), limits)) {
      if (!outcome.ok) throw new Error(outcome.error);
      yield outcome.value;
    }
  } finally {
    await pool.destroy();
  }
}
