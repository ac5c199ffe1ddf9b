import { hasStrongCue } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { capAt } from './revise.js';

/** A table is at least this many consecutive rows… */
const MIN_ROWS = 3;
/** …of lines at least this digit-heavy… */
const MIN_DIGIT_RATIO = 0.25;
/** …or with at least this many figures (the columns of a table with labels)… */
const MIN_COLUMNS = 3;
/** …whose word counts differ by at most this much from the first row's (or whose figure counts match it). */
const MAX_WORD_SPREAD = 2;
/** A line of one figure with a sign, percent or currency ("38,14 EUR", "+6,30 %") is a price widget, not a table row. */
const QUOTE_MARK = /[+\-−%€$£]|\b(?:eur|usd|chf|gbp)\b/i;
/** A table row's score is capped here. */
const GUARDED_SCORE = 0.2;

/**
 * A table of figures in the text (share buy-backs per day, quarterly numbers) is the article's
 * own: a run of same-shaped, digit-heavy lines without boilerplate cues stays. Price widgets
 * differ from row to row, carry widget cues and put one quoted figure on a line ("38,14 EUR",
 * "+6,30 %"), so they do not look like tables; a single column of plain figures still does.
 */
export const tableGuard: SmoothingPass = ({ units, features, decisions }) => {
  const figures = features.map((f) => f.shape.figures);
  // A row is digit-heavy or has columns of figures ("Ergebnis je Aktie (Euro) 2,41 2,18 2,74").
  const row = (i: number) =>
    units[i]!.kind !== 'sentence' &&
    (features[i]!.shape.digitRatio >= MIN_DIGIT_RATIO || figures[i]! >= MIN_COLUMNS) &&
    !hasStrongCue(features[i]) &&
    !(figures[i] === 1 && QUOTE_MARK.test(features[i]!.shape.trimmed));
  // Rows of one table have about as many words as its first row, or as many columns of figures.
  const sameShape = (i: number, j: number) =>
    Math.abs(features[j]!.shape.words - features[i]!.shape.words) <= MAX_WORD_SPREAD || (figures[i]! >= MIN_COLUMNS && figures[j] === figures[i]);
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && row(j) && sameShape(i, j)) j++;
    if (j - i >= MIN_ROWS) {
      for (let k = i; k < j; k++) capAt(decisions, k, GUARDED_SCORE, 'row of a table of figures');
    }
    i = j === i ? i + 1 : j;
  }
};
