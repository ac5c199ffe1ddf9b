/** How {@link mapOrdered} cuts the input into batches and how many it keeps in flight. */
export interface BatchLimits<I> {
  /** Most items per batch. */
  batchSize: number;
  /** A batch is sent once its items weigh this much (so one huge item travels alone). */
  batchWeight: number;
  /** Most batches sent whose results have not been yielded yet: the backpressure window. */
  maxBatches: number;
  /** The weight of an item (e.g. its size in bytes). */
  weigh: (item: I) => number;
}

/**
 * When the input stalls this long with a partial batch, the batch is sent anyway, so a slow
 * stream (a pipe fed record by record) still gets its results promptly.
 */
const IDLE_FLUSH_MS = 25;

/** Whatever the runner can be woken by. */
type Wake<I> = { kind: 'item'; result: IteratorResult<I> } | { kind: 'batch' } | { kind: 'idle' };

interface InFlight<I, O> {
  items: I[];
  outputs?: O[];
  settled: Promise<Wake<I>>;
}

function asyncIterator<I>(source: Iterable<I> | AsyncIterable<I>): AsyncIterator<I> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  return (async function* () {
    yield* source;
  })();
}

/** A promise whose rejection is surfaced when it is awaited, not as an unhandled rejection. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Maps items in batches through `runBatch` (e.g. a worker pool), several batches at once,
 * yielding `[item, output]` pairs in input order. The source is read only while fewer than
 * `maxBatches` batches are in flight, so memory is bounded by the window, not by the input.
 *
 * @param source - The items.
 * @param runBatch - Maps a batch to one output per item, in order.
 * @param limits - Batch size, weight and window.
 */
export async function* mapOrdered<I, O>(
  source: Iterable<I> | AsyncIterable<I>,
  runBatch: (items: I[]) => Promise<O[]>,
  limits: BatchLimits<I>,
): AsyncGenerator<[I, O], void, undefined> {
  const iterator = asyncIterator(source);
  const pull = (): Promise<Wake<I>> => quiet(iterator.next().then((result) => ({ kind: 'item', result })));
  const inFlight: InFlight<I, O>[] = [];
  let open: I[] = [];
  let openWeight = 0;
  let next: Promise<Wake<I>> | undefined = pull();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let idle: Promise<Wake<I>> | undefined;
  let idleFired = false;

  const send = (): void => {
    const entry: InFlight<I, O> = {
      items: open,
      settled: quiet(
        runBatch(open).then((outputs): Wake<I> => {
          entry.outputs = outputs;
          return { kind: 'batch' };
        }),
      ),
    };
    inFlight.push(entry);
    open = [];
    openWeight = 0;
    clearTimeout(idleTimer);
    idle = undefined;
    idleFired = false;
  };

  try {
    while (next || open.length > 0 || inFlight.length > 0) {
      const head = inFlight[0];
      if (head?.outputs) {
        inFlight.shift();
        for (let i = 0; i < head.items.length; i++) yield [head.items[i]!, head.outputs[i]!];
        continue;
      }
      const full = open.length >= limits.batchSize || openWeight >= limits.batchWeight;
      const room = inFlight.length < limits.maxBatches;
      if (room && open.length > 0 && (full || !next || idleFired)) {
        send();
        continue;
      }
      const wakers: Promise<Wake<I>>[] = [];
      if (next && !full) wakers.push(next);
      if (head) wakers.push(head.settled);
      if (room && open.length > 0) {
        idle ??= new Promise((resolve) => (idleTimer = setTimeout(() => resolve({ kind: 'idle' }), IDLE_FLUSH_MS)));
        wakers.push(idle);
      }
      const wake = await Promise.race(wakers);
      if (wake.kind === 'idle') idleFired = true;
      else if (wake.kind === 'item') {
        if (wake.result.done) next = undefined;
        else {
          open.push(wake.result.value);
          openWeight += limits.weigh(wake.result.value);
          next = pull();
        }
      }
    }
  } finally {
    clearTimeout(idleTimer);
    // Not awaited: a source blocked on input (stdin) would never let its return() finish.
    if (next) void quiet(Promise.resolve(iterator.return?.()));
    // Batches already sent finish before the caller ends its pool: a worker pool torn down under
    // a running task gets that task's answer afterwards and reports it as an error.
    await Promise.allSettled(inFlight.map((entry) => entry.settled));
  }
}

/**
 * Batch limits for `jobs` workers and a window of at most `window` records in flight: batches
 * of up to 64 records (at least two per worker fit the window) and up to 1 MiB.
 */
export function batchLimits<I>(jobs: number, window: number, weigh: (item: I) => number): BatchLimits<I> {
  const batchSize = Math.max(1, Math.min(64, Math.floor(window / (2 * jobs))));
  return { batchSize, batchWeight: 1 << 20, maxBatches: Math.max(1, Math.floor(window / batchSize)), weigh };
}
