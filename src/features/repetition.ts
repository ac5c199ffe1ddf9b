import type { TextShape } from './text-shape.js';

/** Only short units (headlines, teasers, widget lines) are compared: long sentences rarely repeat. */
const MAX_WORDS = 20;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * For every unit, the share of its word bigrams that also occur in another unit of the article
 * (0 for long units). A repeated headline, teaser or widget line scores near 1.
 */
export function repetitionShares(shapes: readonly TextShape[]): number[] {
  const bigrams = shapes.map((s) => {
    if (s.words > MAX_WORDS || s.words < 2) return [];
    const w = s.lower.match(WORD) ?? [];
    const set = new Set<string>();
    for (let i = 1; i < w.length; i++) set.add(`${w[i - 1]} ${w[i]}`);
    return [...set];
  });
  const count = new Map<string, number>();
  for (const list of bigrams) for (const b of list) count.set(b, (count.get(b) ?? 0) + 1);
  return bigrams.map((list) =>
    list.length === 0 ? 0 : list.filter((b) => (count.get(b) ?? 0) > 1).length / list.length,
  );
}
