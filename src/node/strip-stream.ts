import { Duplex } from 'node:stream';
import type { BatchRecord } from '../batch/types.js';
import { stripManyParallel, type ParallelOptions } from './parallel.js';

/**
 * An object-mode transform stream over {@link stripManyParallel}: write records, read results
 * in the same order. Backpressure flows both ways; the worker threads end with the stream.
 *
 * @param options - Strip options, record fields, `jobs` and `window`.
 */
export function createStripStream(options: ParallelOptions = {}): Duplex {
  return Duplex.from(async function* (records: AsyncIterable<BatchRecord>) {
    yield* stripManyParallel(records, options);
  });
}
