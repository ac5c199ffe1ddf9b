import { hasStrongCue } from '../features/index.js';
import { CLEARLY_KEPT } from './clearly-kept.js';
import type { SmoothingPass } from './index.js';
import { lineRuns } from './line-runs.js';
import { capAt, isArticleVoice, revise } from './revise.js';

/** A paragraph (a line of text) of at least this many units… */
const MIN_UNITS = 3;
/** …of which at least this share of the units… */
const MIN_REMOVED_UNITS = 0.5;
/** …and of the words is removed, ending in a removed unit, is boilerplate as a whole. */
const MIN_REMOVED_WORDS = 0.4;
/** Score given to the rest of such a paragraph. */
const PARAGRAPH_SCORE = 0.9;
/** A paragraph opening with clearly kept text, with at least half its words kept, is article text… */
const MIN_KEPT_WORDS = 0.5;
/** …and its statements without any cue of their own are kept at this score. */
const KEPT_SCORE = 0.3;

/**
 * A paragraph is judged as a whole. One that is mostly boilerplate is boilerplate: when at least
 * half of a line's units, the last among them, are removed, the pitch sentences between them
 * that carry no cue of their own ("Sure, there are always opportunities in the stock market …")
 * go too; so does the one kept unit of an otherwise removed paragraph when it carries a strong
 * cue of its own ("We use cookies to …" above "By continuing, you agree …"). Quotes and
 * reported speech stay: they are the article's own. One that opens with
 * clearly kept text and is mostly kept is article text: a statement in it that carries no cue
 * and was removed only for its neighbours (the last sentence before a disclaimer) stays.
 */
export const paragraphMajority: SmoothingPass = ({ units, features, decisions, threshold }) => {
  for (const [start, end] of lineRuns(units)) {
    let removed = 0;
    let words = 0;
    let removedWords = 0;
    let kept = -1;
    for (let k = start; k < end; k++) {
      const w = features[k]!.shape.words;
      words += w;
      if (decisions[k]!.score >= threshold) {
        removed++;
        removedWords += w;
      } else kept = k;
    }
    const count = end - start;
    // The one kept unit of an otherwise removed paragraph goes with it when it carries a strong cue of its own.
    if (count >= 2 && removed === count - 1 && hasStrongCue(features[kept]) && !isArticleVoice(features[kept]!)) {
      revise(decisions, kept, PARAGRAPH_SCORE, decisions[kept === start ? end - 1 : start]!.label, 'with a strong cue, in a paragraph that is otherwise boilerplate');
      continue;
    }
    if (count >= MIN_UNITS && removed >= count * MIN_REMOVED_UNITS && removedWords >= words * MIN_REMOVED_WORDS && decisions[end - 1]!.score >= threshold) {
      const label = decisions[end - 1]!.label;
      for (let k = start; k < end; k++) {
        if (decisions[k]!.score < threshold && !isArticleVoice(features[k]!)) revise(decisions, k, PARAGRAPH_SCORE, label, 'in a paragraph that is mostly boilerplate');
      }
    } else if (removed > 0 && words - removedWords >= words * MIN_KEPT_WORDS && decisions[start]!.score < threshold * CLEARLY_KEPT) {
      for (let k = start + 1; k < end; k++) {
        const f = features[k]!;
        if (decisions[k]!.score >= threshold && f.cues.length === 0 && f.shape.end === '.') capAt(decisions, k, KEPT_SCORE, 'in a paragraph that is mostly article text');
      }
    }
  }
};
