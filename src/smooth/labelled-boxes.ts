import { CUE_FAMILIES } from '../lang/types.js';
import type { SmoothingPass } from './index.js';
import { aloneOnLine, wordsIn } from './line-runs.js';
import { raiseTo } from './revise.js';

/** A sponsor's label ("SPONSORED", "Anzeige", "Partner content") has at most this many words. */
const MAX_LABEL_WORDS = 3;
/** A labelled box is a block of at least this many lines (label, content, closing line)… */
const MIN_BOX_LINES = 3;
/** …and at most this many lines… */
const MAX_BOX_LINES = 6;
/** …and words: a page without blank lines is one long block, never a box. */
const MAX_BOX_WORDS = 100;
/** Score given to the box's units. */
const BOX_SCORE = 0.9;

/**
 * A block set off by blank lines that opens with a removed sponsor's label on a line of its own
 * and ends in a removed line ("Presented by …", "Read more") is a sponsored box as a whole:
 * its title and teaser go too, however plain they read ("How keyless entry is reshaping …").
 */
export const labelledBoxes: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const removed = (k: number) => decisions[k]!.score >= threshold;
  const isLabel = (k: number) => {
    const f = features[k]!;
    return (
      aloneOnLine(units, k) &&
      removed(k) &&
      f.shape.words <= MAX_LABEL_WORDS &&
      f.cues.some((c) => CUE_FAMILIES[c].strong && CUE_FAMILIES[c].label === 'promo')
    );
  };
  for (let r = 0; r < lines.length; r++) {
    const [start] = lines[r]!;
    if (units[start - 1]?.block === units[start]!.block || !isLabel(start)) continue;
    let last = r;
    while (last + 1 < lines.length && units[lines[last + 1]![0]]!.block === units[start]!.block) last++;
    const end = lines[last]![1];
    const count = last - r + 1;
    if (count < MIN_BOX_LINES || count > MAX_BOX_LINES || wordsIn(features, start, end) > MAX_BOX_WORDS) continue;
    if (!removed(end - 1)) continue;
    for (let k = start + 1; k < end; k++) raiseTo(decisions, k, BOX_SCORE, decisions[start]!.label, 'in a box under a sponsor label');
    r = last;
  }
};
