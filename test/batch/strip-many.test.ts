import { describe, expect, it } from 'vitest';
import { stripBoilerplate, stripMany } from '../../src/index.js';
import type { BatchRecord } from '../../src/batch/index.js';

const ARTICLE =
  'Apple shares rose 3% on Tuesday after the company reported record iPhone sales.\n\n' +
  'Want the latest recommendations from Zacks Investment Research? Click to get this free report.';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('stripMany', () => {
  it('yields one result per record, in order, passing other fields through', async () => {
    const records = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, text: `${ARTICLE} ${i}`, n: i, meta: { i } }));
    const results = await collect(stripMany(records));
    expect(results.map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const [i, r] of results.entries()) {
      const expected = stripBoilerplate(records[i]!.text);
      expect(r).toMatchObject({ text: expected.text, spamScore: expected.spamScore, language: expected.language, n: i, meta: { i } });
      expect(Object.keys(r).slice(0, 5)).toEqual(['id', 'text', 'spamScore', 'language', 'removed']);
    }
  });

  it('reports removed spans as merged, ordered offsets into the input', async () => {
    const [result] = await collect(stripMany([{ text: ARTICLE }]));
    const strip = stripBoilerplate(ARTICLE);
    const removedChars = strip.segments.filter((s) => s.label !== 'editorial').reduce((n, s) => n + s.end - s.start, 0);
    expect(result!.removed.reduce((n, s) => n + s.end - s.start, 0)).toBe(removedChars);
    for (const [i, span] of result!.removed.entries()) {
      expect(span.start).toBeLessThan(span.end);
      const next = result!.removed[i + 1];
      if (next) expect(next.start > span.end || next.label !== span.label).toBe(true);
    }
  });

  it('takes async iterables, other field names and falls back to the position as id', async () => {
    async function* source(): AsyncGenerator<BatchRecord> {
      yield { key: 'k0', body: 'Erste Meldung.' };
      yield { body: 'Zweite Meldung ohne Schlüssel.', text: 'passed-through field named text' };
    }
    const results = await collect(stripMany(source(), { textField: 'body', idField: 'key' }));
    expect(results.map((r) => r.id)).toEqual(['k0', 1]);
    expect(results[1]!.text).toBe(stripBoilerplate('Zweite Meldung ohne Schlüssel.').text);
    expect(results[0]).not.toHaveProperty('body');
    expect(results[0]).not.toHaveProperty('key');
  });

  it('keeps an explicit null id and lets computed fields win over input fields of the same name', async () => {
    const [r] = await collect(stripMany([{ id: null, text: 'Kurz.', spamScore: 'x', removed: 'y' }]));
    expect(r!.id).toBeNull();
    expect(typeof r!.spamScore).toBe('number');
    expect(Array.isArray(r!.removed)).toBe(true);
  });

  it('treats an empty text as a valid record', async () => {
    const [r] = await collect(stripMany([{ id: 'e', text: '' }]));
    expect(r).toMatchObject({ id: 'e', text: '', removed: [] });
  });

  it('passes a "__proto__" field through as a plain field', async () => {
    const record = JSON.parse('{"text":"Kurz.","__proto__":{"polluted":true}}') as BatchRecord;
    const [r] = await collect(stripMany([record]));
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(JSON.stringify(r)).toContain('"__proto__":{"polluted":true}');
  });

  it('throws a TypeError naming the first bad record', async () => {
    const bad = [{ text: 'ok' }, { text: 5 }] as unknown as BatchRecord[];
    await expect(collect(stripMany(bad))).rejects.toThrow(/records\[1\]\.text/);
    await expect(collect(stripMany([null] as unknown as BatchRecord[]))).rejects.toThrow(TypeError);
  });
});
