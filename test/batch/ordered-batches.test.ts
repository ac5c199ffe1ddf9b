import { describe, expect, it } from 'vitest';
import { batchLimits, mapOrdered, type BatchLimits } from '../../src/node/ordered-batches.js';

const limits = (over: Partial<BatchLimits<number>> = {}): BatchLimits<number> => ({
  batchSize: 4,
  batchWeight: Infinity,
  maxBatches: 3,
  weigh: () => 1,
  ...over,
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A batch function whose batches finish in a scrambled order. */
function scrambled(calls: number[][]): (items: number[]) => Promise<number[]> {
  return async (items) => {
    calls.push(items);
    await sleep((items[0]! * 7) % 5);
    return items.map((x) => x * 10);
  };
}

describe('mapOrdered', () => {
  it('keeps input order when batches finish out of order', async () => {
    const calls: number[][] = [];
    const out: [number, number][] = [];
    for await (const pair of mapOrdered(Array.from({ length: 50 }, (_, i) => i), scrambled(calls), limits())) out.push(pair);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => [i, i * 10]));
    expect(calls.every((c) => c.length <= 4)).toBe(true);
  });

  it('reads the source only as far as the window allows (backpressure)', async () => {
    let pulled = 0;
    function* source(): Generator<number> {
      for (let i = 0; i < 1000; i++) {
        pulled = i + 1;
        yield i;
      }
    }
    let yielded = 0;
    for await (const _ of mapOrdered(source(), async (items) => items, limits())) {
      yielded += 1;
      // In flight: at most maxBatches × batchSize, plus one open batch and one item read ahead.
      expect(pulled - yielded).toBeLessThanOrEqual(3 * 4 + 4 + 1);
      await sleep(0);
    }
    expect(yielded).toBe(1000);
  });

  it('closes a batch early when it reaches its weight, so a heavy item travels alone', async () => {
    const calls: number[][] = [];
    const heavy = limits({ batchWeight: 100, weigh: (x) => (x === 5 ? 1000 : 1) });
    for await (const _ of mapOrdered(Array.from({ length: 12 }, (_, i) => i), scrambled(calls), heavy)) void _;
    expect(calls).toContainEqual([4, 5]);
    expect(calls).toContainEqual([6, 7, 8, 9]);
  });

  it('sends a partial batch when the source stalls, without waiting for more input', async () => {
    async function* slow(): AsyncGenerator<number> {
      yield 1;
      await sleep(5_000);
      yield 2;
    }
    const iterator = mapOrdered(slow(), async (items) => items, limits())[Symbol.asyncIterator]();
    await expect(iterator.next()).resolves.toEqual({ done: false, value: [1, 1] });
    await iterator.return();
  });

  it('rethrows a failing batch and a failing source', async () => {
    const failing = mapOrdered([1, 2, 3], async () => Promise.reject(new Error('boom')), limits());
    await expect((async () => { for await (const _ of failing) void _; })()).rejects.toThrow('boom');
    async function* broken(): AsyncGenerator<number> {
      yield 1;
      throw new Error('read error');
    }
    const fromBroken = mapOrdered(broken(), async (items) => items, limits());
    await expect((async () => { for await (const _ of fromBroken) void _; })()).rejects.toThrow('read error');
  });

  it('derives limits that keep the window and give every worker at least two batches', () => {
    expect(batchLimits(2, 512, () => 1)).toMatchObject({ batchSize: 64, maxBatches: 8 });
    expect(batchLimits(2, 8, () => 1)).toMatchObject({ batchSize: 2, maxBatches: 4 });
    expect(batchLimits(4, 1, () => 1)).toMatchObject({ batchSize: 1, maxBatches: 1 });
  });
});
