import { pointsToOneArticle } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { raiseTo } from './revise.js';

/** A link to one article is a headline: at most this many words with its label. */
const MAX_LINK_WORDS = 25;
/** The rest of a link's line, cut off after a question mark in the headline ("… Wobbles? A Primer"), has at most this many words. */
const MAX_REST_WORDS = 4;
/** Score given to such a link. */
const LINK_SCORE = 0.9;

/**
 * A related-content label with the one headline it links to ("Read more: Why Nvidia fell 5 %",
 * "Lesen Sie auch: …") is a link wherever it stands: between two editorial paragraphs its
 * context says "article", which pulled the model's verdict below the threshold. A short rest of
 * its line goes with it, and so does a headline's second sentence that ends the line.
 */
export const inlineLinks: SmoothingPass = ({ units, features, decisions }) => {
  features.forEach((f, i) => {
    if (f.shape.words > MAX_LINK_WORDS || !pointsToOneArticle(f)) return;
    raiseTo(decisions, i, LINK_SCORE, 'related', 'link to another article');
    const line = units[i]!.line;
    // A headline's second sentence that ends the line goes too while the link stays headline-sized ("Read more: … in 2025. Can they keep it up?").
    const lastSentence = (k: number) => units[k + 1]?.line !== line && f.shape.words + features[k]!.shape.words <= MAX_LINK_WORDS;
    for (let k = i + 1; k < units.length && units[k]!.line === line && (features[k]!.shape.words <= MAX_REST_WORDS || (k === i + 1 && lastSentence(k))); k++) {
      raiseTo(decisions, k, LINK_SCORE, 'related', 'rest of a link to another article');
    }
  });
};
