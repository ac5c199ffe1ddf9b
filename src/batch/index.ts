/** Batch cleaning: many records in, one result per record out, in order. */
export { stripMany } from './strip-many.js';
export type { BatchRecord, RecordFields, RemovedSpan, StripManyOptions, StripManyResult } from './types.js';
