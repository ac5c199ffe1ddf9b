import type { SmoothingPass } from './index.js';
import { isRemoved, raiseTo } from './revise.js';

/**
 * A person's name alone on a line, the same in every language: two to four capitalised words
 * ("Jana Roe", "Wong Pei Lin", "Nadia Al-Harbi", "Jana K. Roe"), maybe with the correspondent's
 * city behind a comma ("Jana Roe, Frankfurt", "Jana Roe, New York"), or set in capitals ("JANA
 * ROE"). The words are separated by single spaces or a comma that no word can hold, so the
 * repetitions cannot backtrack.
 */
const PERSON_NAME =
  /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)){1,3}(?:, \p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+)?)?$|^\p{Lu}{2,}(?:-\p{Lu}{2,})?(?: (?:\p{Lu}\.|\p{Lu}{2,}(?:-\p{Lu}{2,})?)){1,3}$/u;
/** Whether a line is only a person's name (see {@link PERSON_NAME}). */
export const isPersonName = (line: string): boolean => PERSON_NAME.test(line);
/** Removed lines between a name and the date line below it: "Comment", "Investigations reporter", "@example". */
const MAX_LINES_TO_DATE = 3;
/** Score given to the name. */
const BYLINE_SCORE = 0.9;

/**
 * A name alone on its line next to a removed date line, below the kept headline, is the article's
 * byline: "Jana Roe" over "20.11.2026, 14:05 Uhr", over a few removed lines and then the date
 * ("Jana Roe" / "Comment" / "November 20, 2026", or over the author's role and handle), or under
 * "Freitag, 20.11.2026, 14:37 Uhr" when the line below it is removed too. The date line says what
 * the name is. A subheading of the article is not set above a line that is only a date, and the
 * one under it ("Key Points") introduces kept text.
 */
export const bylineNames: SmoothingPass = ({ units, features, decisions, threshold }) => {
  // The headline may have been taken for a sentence ("Adult skills fund: base rate rises by 4%").
  const headline = units.findIndex((u, i) => (u.kind === 'heading' || (u.kind === 'sentence' && features[i]!.shape.end === '')) && decisions[i]!.score < threshold);
  if (headline < 0) return;
  const removed = (k: number) => isRemoved(decisions, k, threshold);
  const dateLine = (k: number) => removed(k) && features[k]!.cues.includes('dateline-line');
  /** A date line right below unit `i`, or below at most a few removed lines (a button, the author's role and handle). */
  const overDate = (i: number) => {
    for (let k = i + 1; k <= i + 1 + MAX_LINES_TO_DATE; k++) {
      if (dateLine(k)) return true;
      if (!removed(k)) return false;
    }
    return false;
  };
  for (let i = headline + 1; i + 1 < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'sentence' || units[i - 1]!.line === u.line || units[i + 1]!.line === u.line) continue;
    // A summary's heading is no name, whatever its label goes with ("Key Points" over "AI-assisted summary").
    if (removed(i) || !isPersonName(features[i]!.shape.trimmed) || features[i]!.cues.includes('summary-heading')) continue;
    // Under a date line, the name stands among the page's lines only when the line below it goes too.
    const underDate = dateLine(i - 1) && removed(i + 1);
    if (!underDate && !overDate(i)) continue;
    raiseTo(decisions, i, BYLINE_SCORE, 'chrome', 'name next to the date line (a byline)');
  }
};
