import { Piscina } from 'piscina';
import type { StripManyOptions } from '../batch/types.js';
import type { WorkerConfig } from './worker.js';
import type { FormattedResult, Outcome, OutputFormat, WorkItem } from './work-item.js';

/**
 * The built worker, `dist/node/worker.js`. Going up and back into `node/` makes the same URL
 * right from every bundle that includes this module (`dist/node/*.js` and `dist/cli/main.js`).
 */
const WORKER_URL = new URL('../node/worker.js', import.meta.url);

/** A pool of strip workers: `run` strips a batch, `destroy` ends the threads. */
export type StripPool<F extends OutputFormat> = Piscina<readonly WorkItem[], Outcome<FormattedResult<F>>[]>;

/** Starts `jobs` worker threads that strip with `options` and answer in `format`. */
export function createStripPool<F extends OutputFormat>(options: StripManyOptions, format: F, jobs: number): StripPool<F> {
  const workerData: WorkerConfig = { options, format };
  return new Piscina({ filename: WORKER_URL.href, minThreads: jobs, maxThreads: jobs, idleTimeout: Infinity, workerData });
}
