import { CLEARLY_KEPT } from './clearly-kept.js';
import { MAX_HEADING_WORDS } from './headed-paragraphs.js';
import type { SmoothingPass } from './index.js';
import { aloneOnLine } from './line-runs.js';
import { OPENING_NUMBER } from './related-lists.js';
import { capAt } from './revise.js';

/** The text a numbered section heading introduces is a clearly kept sentence of at least this many words. */
const MIN_TEXT_WORDS = 8;
/** A guarded heading's score is capped here. */
const GUARDED_SCORE = 0.3;

/**
 * The article's numbered sections ("1. Top off your workplace retirement plan" … "3. Don't miss
 * your RMD"): a numbered line alone on its line whose number follows the last kept numbered
 * heading's, and whose next unit is a clearly kept sentence, is the next section's heading,
 * however it reads ("Don't miss …") or whatever box stands above it (a sign-up box, a related
 * list). A list of links numbered on from the article's sections introduces no kept text.
 * (`relatedLists` ends a related list at such a line; this pass keeps the line itself, below any box.)
 */
export const numberedHeadings: SmoothingPass = ({ units, features, decisions, threshold }) => {
  let last = -1;
  for (let i = 0; i < units.length; i++) {
    const shape = features[i]!.shape;
    const number = units[i]!.kind !== 'sentence' && shape.words <= MAX_HEADING_WORDS ? OPENING_NUMBER.exec(shape.trimmed) : null;
    if (number === null || !aloneOnLine(units, i)) continue;
    const n = Number(number[1]);
    if (decisions[i]!.score < threshold) {
      last = n;
      continue;
    }
    const introducesText =
      units[i + 1]?.kind === 'sentence' && features[i + 1]!.shape.words >= MIN_TEXT_WORDS && decisions[i + 1]!.score < threshold * CLEARLY_KEPT;
    if (last >= 0 && n === last + 1 && introducesText) {
      capAt(decisions, i, GUARDED_SCORE, "numbered on from the article's section headings");
      last = n;
    }
  }
};
