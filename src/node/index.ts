/**
 * promostrip/node: batch cleaning on worker threads, as an async iterator and as a stream.
 *
 * @packageDocumentation
 */
export { stripManyParallel, type ParallelOptions } from './parallel.js';
export { createStripStream } from './strip-stream.js';
export type { BatchRecord, RecordFields, RemovedSpan, StripManyOptions, StripManyResult } from '../batch/types.js';
