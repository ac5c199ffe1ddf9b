import { isDigit, isLetterAt, isOpener, isWhitespace } from './chars.js';
import type { SegmentationRules } from './rules.js';
import { isMonthAt, isOpenerWordAt } from './words.js';

/**
 * What the token before a full stop is: a plain word, an abbreviation or initial, an abbreviation
 * that a word always follows ("z. B."), a short month, or an ordinal number.
 */
type FullStopContext = 'word' | 'abbreviation' | 'bound' | 'month' | 'ordinal';

/** Longest token read back from a full stop; longer tokens are plain words. */
const MAX_TOKEN = 24;
/** How many spaced parts ("i. d. R.") are joined when matching an abbreviation. */
const MAX_SPACED_PARTS = 3;
/** Longest part of a spaced abbreviation ("Zt." in "z. Zt."). */
const MAX_PART = 5;

const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;
const HYPHEN = 0x2d;
const SPACE = 0x20;
const SLASH = 0x2f;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

function isTokenCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === DOT || isDigit(c) || isLetterAt(text, i);
}

/**
 * Whether `token` can be an ordinal: one or two digits ("3. Quartal"), or a day and month
 * ("20.01."). Longer numbers ("jetzt 130.") end sentences far more often than they count.
 */
function isOrdinalToken(token: string): boolean {
  return /^\d{1,2}(?:\.\d{1,2})?$/.test(token);
}

/**
 * Whether a day with its full stop ends just before `joiner`, standing alone: the "17." of
 * "17./18. März" or "17.–18. März".
 */
function isDayBefore(text: string, joiner: number, floor: number): boolean {
  if (joiner - 2 < floor || text.charCodeAt(joiner - 1) !== DOT) return false;
  let start = joiner - 1;
  while (start > floor && joiner - 1 - start < 2 && isDigit(text.charCodeAt(start - 1))) start--;
  return start < joiner - 1 && (start === floor || isWhitespace(text.charCodeAt(start - 1)) || isOpener(text.charCodeAt(start - 1)));
}

/** Whether `token` is an initialism with inner dots and short parts ("U.S", "Ph.D", "e.V"). */
function isDottedInitialism(token: string): boolean {
  return /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u.test(token);
}

/**
 * The abbreviation ending at `dot` as it is looked up (or `undefined` when there is none), also in
 * its spaced form: "z. B." and "u. a." are looked up as "z.b." and "u.a.".
 */
function abbreviationAt(text: string, tokenStart: number, dot: number, floor: number, rules: SegmentationRules): string | undefined {
  let key = `${text.slice(tokenStart, dot).toLowerCase()}.`;
  if (rules.abbreviations.has(key)) return key;
  let pos = tokenStart;
  for (let part = 0; part < MAX_SPACED_PARTS; part++) {
    if (pos - 3 < floor || text.charCodeAt(pos - 1) !== SPACE || text.charCodeAt(pos - 2) !== DOT) return undefined;
    let start = pos - 2;
    while (start > floor && pos - 2 - start < MAX_PART && isLetterAt(text, start - 1)) start--;
    if (start === pos - 2 || (start > floor && isTokenCharAt(text, start - 1))) return undefined;
    key = `${text.slice(start, pos - 2).toLowerCase()}.${key}`;
    if (rules.abbreviations.has(key)) return key;
    pos = start;
  }
  return undefined;
}

const isAbbreviation = (text: string, tokenStart: number, dot: number, floor: number, rules: SegmentationRules): boolean =>
  abbreviationAt(text, tokenStart, dot, floor, rules) !== undefined;

/**
 * Classifies the token before the full stop at `dot`, reading back no further than `floor`.
 * Only tokens that stand alone count as abbreviations or ordinals: "$5.", "#3." and "y/y." are plain words.
 */
export function fullStopContext(text: string, dot: number, floor: number, rules: SegmentationRules): FullStopContext {
  // Markdown emphasis closes before the mark: "**Apple Inc**." reads as "Inc.".
  while (dot > floor && (text.charCodeAt(dot - 1) === ASTERISK || text.charCodeAt(dot - 1) === UNDERSCORE)) dot--;
  const limit = Math.max(floor, dot - MAX_TOKEN);
  let start = dot;
  let digits = 0;
  let dots = 0;
  for (; start > limit; start--) {
    const c = text.charCodeAt(start - 1);
    if (isDigit(c)) digits++;
    else if (c === DOT) dots++;
    else if (!isLetterAt(text, start - 1)) break;
  }
  if (start === dot || (start > floor && isTokenCharAt(text, start - 1))) return 'word';
  const before = start > floor ? text.charCodeAt(start - 1) : SPACE;
  // The second day of a range: "18." in "17./18. März" is an ordinal as "17." is.
  if ((before === SLASH || before === HYPHEN || before === EN_DASH) && digits === dot - start && digits <= 2 && isDayBefore(text, start - 1, floor)) {
    return 'ordinal';
  }
  // Two abbreviations joined by a hyphen ("Dipl.-Ing.", "Dr.-Ing."): an abbreviation when both are
  // and the first stands alone (one join only: a chain "x.-x.-x." is read no further).
  if (before === HYPHEN && start - 2 > floor && text.charCodeAt(start - 2) === DOT) {
    const headEnd = start - 2;
    let head = headEnd;
    while (head > limit && isLetterAt(text, head - 1)) head--;
    const alone = head < headEnd && (head === floor || isWhitespace(text.charCodeAt(head - 1)) || isOpener(text.charCodeAt(head - 1)));
    return alone && isAbbreviation(text, head, headEnd, floor, rules) && isAbbreviation(text, start, dot, floor, rules) ? 'abbreviation' : 'word';
  }
  // Glued to something else ("y/y.", "$5.", "#3."): a plain word or amount, not an abbreviation.
  // An em dash set without spaces separates words as a space does ("… work through the list—Dec. 31 won't move.").
  if (!isWhitespace(before) && !isOpener(before) && before !== EM_DASH) return 'word';
  const length = dot - start;
  if (digits > 0) {
    const ordinal = digits === length ? digits <= 2 : digits + dots === length && isOrdinalToken(text.slice(start, dot));
    return ordinal ? 'ordinal' : 'word';
  }
  const abbreviation = abbreviationAt(text, start, dot, floor, rules);
  if (abbreviation !== undefined && rules.bound.has(abbreviation)) return 'bound';
  if (length === 1 || (dots > 0 && isDottedInitialism(text.slice(start, dot)))) return 'abbreviation';
  if (dots === 0 && rules.months.has(text.slice(start, dot).toLowerCase())) return 'month';
  return abbreviation !== undefined ? 'abbreviation' : 'word';
}

/**
 * Whether a single full stop at `dot`, followed by whitespace and a possible sentence start at
 * `next`, ends a sentence. After abbreviations, initials and ordinals it does so only before a
 * typical sentence opener ("Inc. The …"); never after a bound abbreviation ("z. B. Ihre …"), nor
 * between an ordinal and a month ("29. Januar", "24. Nov 2026") or a short month and its day ("Sept. 15").
 * In a language without ordinal full stops, a number's full stop ends the sentence before anything else.
 */
export function fullStopEnds(text: string, dot: number, next: number, floor: number, rules: SegmentationRules): boolean {
  const context = fullStopContext(text, dot, floor, rules);
  if (context === 'word') return true;
  if (context === 'bound') return false;
  // "Sept. 15" goes on; "in Dec. Core inflation …" ends: a month short form is not a title.
  if (context === 'month') return !isDigit(text.charCodeAt(next));
  if (context === 'ordinal' && isMonthAt(text, next, rules)) return false;
  if (context === 'ordinal' && !rules.ordinals) return true;
  return isOpenerWordAt(text, next, rules);
}
