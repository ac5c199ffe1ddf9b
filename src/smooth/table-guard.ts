import { hasStrongCue } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { capAt } from './revise.js';

/** A table is at least this many consecutive rows… */
const MIN_ROWS = 3;
/** …of lines at least this digit-heavy… */
const MIN_DIGIT_RATIO = 0.25;
/** …whose word counts differ by at most this much from the first row's. */
const MAX_WORD_SPREAD = 2;
/** A table row's score is capped here. */
const GUARDED_SCORE = 0.2;

/**
 * A table of figures in the text (share buy-backs per day, quarterly numbers) is the article's
 * own: a run of same-shaped, digit-heavy lines without boilerplate cues stays. Price widgets
 * differ from row to row and carry widget cues, so they do not look like tables.
 */
export const tableGuard: SmoothingPass = ({ units, features, decisions }) => {
  const row = (i: number) =>
    units[i]!.kind !== 'sentence' && features[i]!.shape.digitRatio >= MIN_DIGIT_RATIO && !hasStrongCue(features[i]);
  for (let i = 0; i < units.length; ) {
    let j = i;
    const words = features[i]!.shape.words;
    while (j < units.length && row(j) && Math.abs(features[j]!.shape.words - words) <= MAX_WORD_SPREAD) j++;
    if (j - i >= MIN_ROWS) {
      for (let k = i; k < j; k++) capAt(decisions, k, GUARDED_SCORE, 'row of a table of figures');
    }
    i = j === i ? i + 1 : j;
  }
};
