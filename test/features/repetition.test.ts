import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repetitionShares } from '../../src/features/repetition.js';

/** The shares computed the plain way, with a map of counts. */
function reference(bigrams: readonly (readonly number[])[]): number[] {
  const count = new Map<number, number>();
  for (const list of bigrams) for (const b of list) count.set(b, (count.get(b) ?? 0) + 1);
  return bigrams.map((list) => (list.length === 0 ? 0 : list.filter((b) => count.get(b)! > 1).length / list.length));
}

describe('repetitionShares', () => {
  it('gives the share of each unit’s bigrams found in another unit', () => {
    expect(repetitionShares([[1, 2], [2, 3], [4], []])).toEqual([0.5, 0.5, 0, 0]);
    expect(repetitionShares([])).toEqual([]);
  });

  it('counts like a map of counts, whatever the hash values (colliding, negative, zero)', () => {
    const hash = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, 65536, 131072, -65536));
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(hash, { maxLength: 20 }), { maxLength: 60 }), (bigrams) => {
        expect(repetitionShares(bigrams)).toEqual(reference(bigrams));
      }),
    );
  });
});
