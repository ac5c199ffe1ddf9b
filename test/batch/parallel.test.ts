import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchRecord, StripManyResult } from '../../src/batch/index.js';
import { snapshotDist, type DistSnapshot } from '../helpers/build.js';

type NodeApi = typeof import('../../src/node/index.js');
type CoreApi = typeof import('../../src/index.js');

let dist: DistSnapshot;
let api: NodeApi;
let stripMany: CoreApi['stripMany'];

beforeAll(async () => {
  dist = await snapshotDist();
  // Workers load the built worker file, so the Node API is tested as built, and compared with
  // the in-process API of the same build (the sources may have moved on since).
  api = (await import(dist.file('node/index.js'))) as NodeApi;
  ({ stripMany } = (await import(dist.file('index.js'))) as CoreApi);
}, 120_000);
afterAll(() => dist?.remove());

const records: BatchRecord[] = Array.from({ length: 150 }, (_, i) => ({
  id: `r${i}`,
  text: i % 10 === 0 ? '' : `Meldung ${i}: Die Aktie stieg um ${i} Prozent.\n\nJetzt Gratis-Analyse sichern! Hier weiterlesen...`,
  batch: i % 3,
}));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('stripManyParallel', () => {
  it('gives the same results as stripMany, in order, with a small window', async () => {
    const expected = await collect(stripMany(records));
    await expect(collect(api.stripManyParallel(records, { jobs: 2, window: 8 }))).resolves.toEqual(expected);
  });

  it('takes other field names and async sources', async () => {
    async function* source(): AsyncGenerator<BatchRecord> {
      for (const r of records.slice(0, 5)) yield { key: r.id, body: r.text };
    }
    const results = await collect(api.stripManyParallel(source(), { jobs: 1, textField: 'body', idField: 'key' }));
    expect(results.map((r) => r.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('throws at the first bad record, naming it, and ends its threads', async () => {
    const bad = [...records.slice(0, 3), { id: 'x', text: 7 }];
    await expect(collect(api.stripManyParallel(bad, { jobs: 2 }))).rejects.toThrow(/records\[3\]\.text/);
  });

  it('stops cleanly when the consumer breaks early', async () => {
    let n = 0;
    for await (const _ of api.stripManyParallel(records, { jobs: 2, window: 4 })) if (++n === 3) break;
    expect(n).toBe(3);
  });

  it('rejects a bad jobs or window setting', async () => {
    await expect(collect(api.stripManyParallel(records, { jobs: 0 }))).rejects.toThrow(RangeError);
    await expect(collect(api.stripManyParallel(records, { window: 1.5 }))).rejects.toThrow(RangeError);
  });
});

describe('createStripStream', () => {
  it('is an object-mode transform that keeps order', async () => {
    const out: StripManyResult[] = [];
    await pipeline(Readable.from(records), api.createStripStream({ jobs: 2, window: 16 }), async (source: AsyncIterable<StripManyResult>) => {
      for await (const result of source) out.push(result);
    });
    expect(out).toEqual(await collect(stripMany(records)));
  });
});
