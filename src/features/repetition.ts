import type { TextShape } from './text-shape.js';
import { isWordCode } from '../word-chars.js';
import { mapArray } from '../map-array.js';

/** Only short units (headlines, teasers, widget lines) are compared: long sentences rarely repeat. */
const MAX_WORDS = 20;
/** Up to this many bigrams, repeats are removed by a linear search. */
const SMALL = 32;

/** Distinct numeric hashes of the word bigrams of a lower-cased text (words: runs of letters and digits). */
function bigramHashes(lower: string): number[] {
  const out: number[] = [];
  let prev = -1;
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      h = inWord ? Math.imul(h ^ c, 16777619) : Math.imul(2166136261 ^ c, 16777619);
      inWord = true;
    } else if (inWord) {
      if (prev !== -1) out.push((Math.imul(prev, 31) + h) | 0);
      prev = h;
      inWord = false;
    }
  }
  // A unit of a few words has few bigrams: a linear check beats building a set. A long run of
  // characters without spaces can hold many, and a set keeps that linear.
  return out.length <= SMALL ? out.filter((b, k) => out.indexOf(b) === k) : [...new Set(out)];
}

/** The word bigrams a unit is compared by: none for long units, which rarely repeat. */
export function unitBigrams(shape: TextShape): readonly number[] {
  return shape.words > MAX_WORDS || shape.words < 2 ? [] : bigramHashes(shape.lower);
}

/**
 * For every unit, the share of its word bigrams (see {@link unitBigrams}) that also occur in
 * another unit of the article. A repeated headline, teaser or widget line scores near 1.
 * Bigram hashes are 32-bit integers, as {@link unitBigrams} makes them.
 */
export function repetitionShares(bigrams: readonly (readonly number[])[]): number[] {
  let total = 0;
  for (const list of bigrams) total += list.length;
  // Counts (capped at 2) in an open-addressing table: a Map costs an entry object per bigram.
  let size = 8;
  while (size < 2 * total) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const counts = new Uint8Array(size);
  const slot = (b: number): number => {
    let h = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    for (h = (h ^ (h >>> 16)) & mask; counts[h] !== 0 && keys[h] !== b; h = (h + 1) & mask);
    return h;
  };
  for (const list of bigrams) {
    for (const b of list) {
      const h = slot(b);
      keys[h] = b;
      if (counts[h]! < 2) counts[h]!++;
    }
  }
  return mapArray(bigrams, (list) => {
    if (list.length === 0) return 0;
    let shared = 0;
    for (const b of list) if (counts[slot(b)] === 2) shared++;
    return shared / list.length;
  });
}
