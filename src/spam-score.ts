import type { Segment } from './types.js';

/**
 * The article's spam score in [0, 1]:
 *
 *   spamScore = √( Σ over non-editorial units of (length × score) / Σ over all units of length )
 *
 * where length counts the characters of the unit without its surrounding whitespace. It is 0 when nothing was found, grows with the
 * share of the text that is boilerplate and with how sure the model is; the square root spreads
 * the typical range (a promo tail of 10–15 % of an article scores ≈ 0.3–0.4).
 */
export function spamScore(segments: readonly Segment[]): number {
  let all = 0;
  let spam = 0;
  for (const s of segments) {
    const len = s.text.trim().length;
    all += len;
    if (s.label !== 'editorial') spam += len * s.score;
  }
  return all === 0 ? 0 : Math.sqrt(spam / all);
}
