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
 * the author's question, answered right after it, even when it reads like a teaser. So is a
 * question alone on its line, a subheading without cues, whose next line in the same block is
 * such an answer („Wie geht es weiter?“ over „Stimmt der Rat im Dezember zu, beginnt …“); not the
 * last link of a related list.
 */
export const answeredQuestions: SmoothingPass = ({ features, units, decisions, threshold, lines }) => {
  /** Whether the units `[from, to)` are a kept answer without strong cues, long enough. */
  const answers = (from: number, to: number): boolean => {
    if (to - from < MIN_ANSWER_UNITS) return false;
    let words = 0;
    for (let k = from; k < to; k++) {
      if (decisions[k]!.score >= threshold || hasStrongCue(features[k])) return false;
      words += features[k]!.shape.words;
    }
    return words >= MIN_ANSWER_WORDS;
  };
  lines.forEach(([start, end], r) => {
    const q = features[start]!;
    const asks = q.shape.end === '?' || q.shape.end === '?!';
    if (!asks || decisions[start]!.score < threshold || q.shape.words > MAX_QUESTION_WORDS || !onlyTeaserCues(q)) return;
    const next = lines[r + 1];
    // A subheading asks plainly; a teaser's hook has cues or "?!", and a related list's last link stands below the others.
    const subheading = end - start === 1 && q.shape.end === '?' && q.cues.length === 0 && decisions[start - 1]?.label !== 'related';
    const answered = answers(start + 1, end) || (subheading && next !== undefined && units[next[0]]!.block === units[start]!.block && answers(next[0], next[1]));
    if (answered) capAt(decisions, start, ANSWERED_SCORE, 'a question the text after it answers');
  });
};
