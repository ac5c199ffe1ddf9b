import type { SmoothingPass } from './index.js';
import { lineRuns } from './line-runs.js';
import { isArticleVoice, raiseTo } from './revise.js';

/** A caption line holds the caption's sentences and the credit after them: at most this many units… */
const MAX_UNITS = 3;
/** …and at most this many words. */
const MAX_WORDS = 60;
/** Score given to the caption's sentences. */
const CAPTION_SCORE = 0.9;

/**
 * A photo caption ends in its credit: on a short line whose last unit is a removed image credit
 * ("… in Geneva, May 30, 2024. REUTERS/Jane Doe/File Photo"), the sentences before the credit
 * are the caption and go with it. Article paragraphs are longer, or do not end in a credit;
 * a sentence that reports speech is the article's own.
 */
export const captionLines: SmoothingPass = ({ units, features, decisions, threshold }) => {
  for (const [start, end] of lineRuns(units)) {
    const last = end - 1;
    const count = end - start;
    let words = 0;
    for (let k = start; k < end; k++) words += features[k]!.shape.words;
    if (
      count >= 2 &&
      count <= MAX_UNITS &&
      words <= MAX_WORDS &&
      features[last]!.cues.includes('caption') &&
      decisions[last]!.score >= threshold
    ) {
      for (let k = start; k < last; k++) {
        if (!isArticleVoice(features[k]!)) raiseTo(decisions, k, CAPTION_SCORE, 'chrome', 'caption above an image credit');
      }
    }
  }
};
