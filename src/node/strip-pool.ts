import { Piscina } from 'piscina';
import type { StripManyOptions } from '../batch/types.js';
import type { WorkerConfig } from './worker.js';
import type { FormattedResult, Outcome, OutputFormat, WorkItem } from './work-item.js';

/**
 * The built worker, `dist/node/worker.js`. Going up and back into `node/` makes the same URL
 * right from every bundle that includes this module (`dist/node/*.js` and `dist/cli/main.js`).
 */
const WORKER_URL = new URL('../node/worker.js', import.meta.url);

/**
 * Each worker's young generation, in MB (V8 splits it into semi-spaces of a third each). Stripping
 * a record allocates a few MB of short-lived arrays; with V8's default 16 MB semi-space about a
 * quarter of them are still alive at each scavenge and get promoted, so the old generation
 * swings between about 40 and 190 MB a worker and peak RSS depends on when both workers' swings
 * meet. With 64 MB semi-spaces almost nothing is promoted (about 0.4 MB/s a worker), the heap
 * stays flat, and a worker spends about 10 % less CPU time per record on garbage collection.
 */
const YOUNG_GENERATION_MB = 192;

/** A pool of strip workers: `run` strips a batch, `destroy` ends the threads. */
export type StripPool<F extends OutputFormat> = Piscina<readonly WorkItem[], Outcome<FormattedResult<F>>[]>;

/** Starts `jobs` worker threads that strip with `options` and answer in `format`. */
export function createStripPool<F extends OutputFormat>(options: StripManyOptions, format: F, jobs: number): StripPool<F> {
  const workerData: WorkerConfig = { options, format };
  return new Piscina({
    filename: WORKER_URL.href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: Infinity,
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}
