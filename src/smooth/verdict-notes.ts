import { hasStrongCue } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { lineEnd } from './line-runs.js';
import { capAt } from './revise.js';

/** A verdict run into its sentence has at least this many words: a bare summary heading ("What it means for your bill") has fewer. */
const MIN_WORDS = 8;
/** A verdict's score is capped here. */
const GUARDED_SCORE = 0.3;

/**
 * A sentence that opens with the writer's own verdict or advice label („Unser Rat: Nimm Dir noch
 * in dieser Woche Zeit …“, "Bottom line: …") is the article's conclusion, and so are the
 * sentences after it on its line, unless one carries a strong cue of its own: near the end and
 * right below a sign-up box, it reads like the box's pitch otherwise. A removed question after
 * it opens a promo run into its line („… anschließen.Example-Aktie: Comeback oder Strohfeuer?
 * Unsere Analysten …“): the verdict ends there.
 */
export const verdictNotes: SmoothingPass = ({ units, features, decisions, threshold }) => {
  for (let i = 0; i < units.length; i++) {
    const f = features[i]!;
    if (units[i]!.kind !== 'sentence' || f.shape.words < MIN_WORDS || !f.cues.includes('summary-heading') || hasStrongCue(f)) continue;
    const end = lineEnd(units, i);
    for (let k = i; k < end; k++) {
      if (k > i && features[k]!.shape.end === '?' && decisions[k]!.score >= threshold) break;
      if (!hasStrongCue(features[k])) capAt(decisions, k, GUARDED_SCORE, "the article's own verdict");
    }
    i = end - 1;
  }
};
