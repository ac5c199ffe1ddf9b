import type { TextShape } from './text-shape.js';
import { isWordCode } from './word-chars.js';

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
 */
export function repetitionShares(bigrams: readonly (readonly number[])[]): number[] {
  const count = new Map<number, number>();
  for (const list of bigrams) for (const b of list) count.set(b, (count.get(b) ?? 0) + 1);
  return bigrams.map((list) => {
    if (list.length === 0) return 0;
    let shared = 0;
    for (const b of list) if (count.get(b)! > 1) shared++;
    return shared / list.length;
  });
}
