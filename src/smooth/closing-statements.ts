import type { SmoothingPass } from './index.js';
import { CLEARLY_KEPT } from './clearly-kept.js';
import { capAt } from './revise.js';

/** A statement this long… */
const MIN_WORDS = 8;
/** …is kept at this score. */
const KEPT_SCORE = 0.3;

/**
 * A paragraph of one plain statement right below a clearly kept statement of the same block
 * goes on with the article: a closing sentence before the bio or the tags ("Investors are
 * advised to read the full prospectus … before applying.") that carries no cue of its own and
 * was removed only for what follows it and for standing near the end. Not a caption above its
 * photo's credit.
 */
export const closingStatements: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  for (const [i, end] of lines) {
    const f = features[i]!;
    if (end - i !== 1 || i === 0 || decisions[i]!.score < threshold) continue;
    if (units[i]!.kind !== 'sentence' || f.cues.length > 0 || f.shape.end !== '.' || f.shape.words < MIN_WORDS) continue;
    if (f.shape.url || f.shape.email || f.shape.phone) continue;
    // A photo's caption stands on its own line too, above its credit.
    if (features[i + 1]?.cues.some((c) => c === 'caption' || c === 'picture-credit')) continue;
    const p = features[i - 1]!;
    if (units[i - 1]!.kind !== 'sentence' || units[i - 1]!.block !== units[i]!.block || p.shape.words < MIN_WORDS) continue;
    if (decisions[i - 1]!.score >= threshold * CLEARLY_KEPT) continue;
    capAt(decisions, i, KEPT_SCORE, 'a plain statement below article text');
  }
};
