import { visibleOffsets } from '../features/text-shape.js';
import type { CueName } from '../lang/types.js';
import type { SmoothingPass } from './index.js';
import { raiseTo } from './revise.js';
import { mapArray } from '../map-array.js';

/** Footnotes sit in the lower part of the article: after this share of its visible text. */
const MIN_POSITION = 0.4;
/** Cue families of the notice that ends a footnote ("Terms apply.", "Past performance is no guarantee …"). */
const NOTICE_CUES: readonly CueName[] = ['legal', 'disclosure'];
/** A footnote starts with its marker: a number, asterisks or a dagger ("1.", "2)", "*", "†"). */
const FOOTNOTE_MARKER = /^(?:\d{1,2}[.)]|\*{1,3}|[†‡])/u;
/** Score given to the units of a footnote. */
const FOOTNOTE_SCORE = 0.9;

/**
 * A footnote is fine print as a whole: a numbered or starred line in the lower part of the
 * article ("1. Disney Bundle includes … Offer will not automatically replace existing
 * subscription(s). … Terms apply.") whose last sentence is a removed legal notice is a
 * disclaimer from its first sentence on.
 */
export const footnotes: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const { before, total } = visibleOffsets(mapArray(features, (f) => f.shape));
  for (const [start, end] of lines) {
    const position = before[start]! / total;
    const last = end - 1;
    if (
      end - start >= 2 &&
      units[start]!.kind === 'list-item' &&
      FOOTNOTE_MARKER.test(features[start]!.shape.trimmed) &&
      position >= MIN_POSITION &&
      decisions[last]!.score >= threshold &&
      features[last]!.cues.some((c) => NOTICE_CUES.includes(c))
    ) {
      for (let k = start; k < last; k++) raiseTo(decisions, k, FOOTNOTE_SCORE, 'disclaimer', 'in a footnote that ends in a legal notice');
    }
  }
};
