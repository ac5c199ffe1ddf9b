import type { SmoothingPass } from './index.js';
import { raiseTo } from './revise.js';

/**
 * A person's name alone on a line, the same in every language: two to four capitalised words
 * ("Jana Roe", "Wong Pei Lin", "Nadia Al-Harbi", "Jana K. Roe"). The words are separated by
 * single spaces that no word can hold, so the repetition cannot backtrack.
 */
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)){1,3}$/u;
/** Score given to the name. */
const BYLINE_SCORE = 0.9;

/**
 * A name alone on its line right above a removed date line, below the kept headline, is the
 * article's byline ("Jana Roe" over "20.11.2026, 14:05 Uhr"): the date line says what the line
 * above it is. A subheading of the article is not followed by a line that is only a date.
 */
export const bylineNames: SmoothingPass = ({ units, features, decisions, threshold }) => {
  const headline = units.findIndex((u, i) => u.kind === 'heading' && decisions[i]!.score < threshold);
  if (headline < 0) return;
  for (let i = headline + 1; i + 1 < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1]!;
    if (u.kind === 'sentence' || units[i - 1]!.line === u.line || next.line !== u.line + 1) continue;
    if (decisions[i]!.score >= threshold || !PERSON_NAME.test(features[i]!.shape.trimmed)) continue;
    if (decisions[i + 1]!.score < threshold || !features[i + 1]!.cues.includes('dateline-line')) continue;
    raiseTo(decisions, i, BYLINE_SCORE, 'chrome', 'name above the date line (a byline)');
  }
};
