/** The piscina worker: strips a batch of work items with the options the pool was made with. */
import { workerData } from 'node:worker_threads';
import type { StripManyOptions } from '../batch/types.js';
import { stripItem, type FormattedResult, type Outcome, type OutputFormat, type WorkItem } from './work-item.js';

/** What every worker of a pool is started with (piscina `workerData`): sent once, not per batch. */
export interface WorkerConfig {
  options: StripManyOptions;
  format: OutputFormat;
}

const { options, format } = workerData as WorkerConfig;

/** Strips a batch, one outcome per item, in order. */
export default function stripBatch(items: readonly WorkItem[]): Outcome<FormattedResult<OutputFormat>>[] {
  return items.map((item) => stripItem(item, options, format));
}
