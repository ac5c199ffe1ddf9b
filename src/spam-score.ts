import type { Segment } from './types.js';

/** How much a clickbait title adds, at most, to an article with no boilerplate. */
export const TITLE_BAIT_WEIGHT = 0.08;

/**
 * The article's spam score in [0, 1]:
 *
 *   share     = √( Σ over non-editorial units of (length × score) / Σ over all units of length )
 *   spamScore = share + (1 − share) × TITLE_BAIT_WEIGHT × titleBait
 *
 * where length counts the characters of a unit without its surrounding whitespace and
 * `titleBait` is the clickbait score of the article's first unit when it reads like a headline
 * (0 otherwise). The share is 0 when nothing was found and grows with the share of the text that
 * is boilerplate and with how sure the model is; the square root spreads the typical range (a
 * promo tail of 10–15 % of an article scores ≈ 0.3–0.4). A bait title alone adds at most 0.08.
 */
export function spamScore(segments: readonly Segment[], titleBait: number): number {
  let all = 0;
  let spam = 0;
  for (const s of segments) {
    const len = s.text.trim().length;
    all += len;
    if (s.label !== 'editorial') spam += len * s.score;
  }
  if (all === 0) return 0;
  const share = Math.sqrt(spam / all);
  return share + (1 - share) * TITLE_BAIT_WEIGHT * titleBait;
}
