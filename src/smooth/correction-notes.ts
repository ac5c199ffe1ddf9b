import type { SmoothingPass } from './index.js';
import { capLine } from './revise.js';

/** A correction note's score is capped here. */
const GUARDED_SCORE = 0.2;

/**
 * A correction note ("Correction: An earlier version of this article said …", „Korrektur: In
 * einer früheren Version …“) is the article's own, and so are the sentences after it on its
 * line: they give the right fact, often in the words of an "About" paragraph ("It is
 * headquartered in Amsterdam.") or of a price ("It is 300 MW, not 200 MW.").
 */
export const correctionNotes: SmoothingPass = ({ units, features, decisions }) => {
  for (let i = 0; i < units.length; i++) {
    if (!features[i]!.cues.includes('correction-note')) continue;
    i = capLine(units, decisions, i, GUARDED_SCORE, "the article's own correction note") - 1;
  }
};
