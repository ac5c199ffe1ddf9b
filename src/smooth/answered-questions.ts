import { hasStrongCue } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { capAt, onlyTeaserCues } from './revise.js';

/** The question has at most this many words… */
const MAX_QUESTION_WORDS = 25;
/** …and at least this many kept units follow it on its line… */
const MIN_ANSWER_UNITS = 2;
/** …with at least this many words. */
const MIN_ANSWER_WORDS = 15;
/** Score the question is capped at. */
const ANSWERED_SCORE = 0.3;

/**
 * The mirror of a pitch's hook: a question that opens a paragraph whose rest is kept article
 * text without strong cues ("Lohnt sich jetzt der Einstieg? Die Redaktion meint: Nein. …") is
 * the author's question, answered right after it, even when it reads like a teaser.
 */
export const answeredQuestions: SmoothingPass = ({ features, units, decisions, threshold, lines }) => {
  for (const [start, end] of lines) {
    const q = features[start]!;
    const asks = q.shape.end === '?' || q.shape.end === '?!';
    if (!asks || decisions[start]!.score < threshold || q.shape.words > MAX_QUESTION_WORDS || !onlyTeaserCues(q) || end - start - 1 < MIN_ANSWER_UNITS) continue;
    let words = 0;
    let answered = true;
    for (let k = start + 1; k < end && answered; k++) {
      words += features[k]!.shape.words;
      answered = decisions[k]!.score < threshold && !hasStrongCue(features[k]);
    }
    if (answered && words >= MIN_ANSWER_WORDS) capAt(decisions, start, ANSWERED_SCORE, 'a question the rest of its paragraph answers');
  }
};
