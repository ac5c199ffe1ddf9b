import { isDigit, isLetterAt, isLowerAt, isOpener, isSpace, isStartSymbol, isUpperAt, isWhitespace } from './chars.js';
import type { SegmentationRules } from './rules.js';

/** Longest word the lookups read; longer runs are never abbreviations, months or openers. */
const MAX_WORD = 24;

/** End of the run of letters starting at `i`, or -1 when it is longer than {@link MAX_WORD}. */
function letterRunEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_WORD + 1);
  let j = i;
  while (j < limit && isLetterAt(text, j)) j++;
  return j - i > MAX_WORD ? -1 : j;
}

/** Whether the word at `i` is written like "iPhone" or "eBay": lower-case start, capital inside. */
function isCamelWordAt(text: string, i: number): boolean {
  if (!isLowerAt(text, i)) return false;
  const limit = Math.min(text.length, i + 3);
  for (let j = i + 1; j < limit; j++) {
    if (isUpperAt(text, j)) return true;
    if (!isLowerAt(text, j)) return false;
  }
  return false;
}

/** Whether the word at `i` starts in lower case ("und", "moved"), not counting "iPhone"-style names. */
export function isLowerWordAt(text: string, i: number): boolean {
  return isLowerAt(text, i) && !isCamelWordAt(text, i);
}

/** A speaker's or site's label in lower case ("zm: ", "example: ") has at most this many letters. */
const MAX_LABEL_LETTERS = 12;

/**
 * Whether a label in lower case opens a new statement at `i`: a short word, a colon, a space and a
 * capital ("zm: Was würden Sie …", "example: Welche …"), as in an interview's questions.
 */
export function isLowerLabelAt(text: string, i: number): boolean {
  const end = letterRunEnd(text, i);
  return end > i && end - i <= MAX_LABEL_LETTERS && text.charCodeAt(end) === 0x3a && isSpace(text.charCodeAt(end + 1)) && isUpperAt(text, end + 2);
}

/**
 * Whether a sentence can start at `i`: a capital, a digit, an opening quote or bracket, a
 * currency sign or bullet, or a name like "iPhone".
 */
export function isSentenceStartAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isUpperAt(text, i) || isDigit(c) || isOpener(c) || isStartSymbol(c) || isCamelWordAt(text, i);
}

/**
 * Whether a typical sentence opener ("The", "Die", "However") starts at `i`, possibly after an
 * opening quote. It must be capitalised, lower-case otherwise ("IT" is not "It"), and end the word.
 */
export function isOpenerWordAt(text: string, i: number, rules: SegmentationRules): boolean {
  const start = isOpener(text.charCodeAt(i)) ? i + 1 : i;
  if (!isUpperAt(text, start)) return false;
  const wordEnd = letterRunEnd(text, start);
  if (wordEnd < 0) return false;
  for (let j = start + 1; j < wordEnd; j++) if (!isLowerAt(text, j)) return false;
  if (wordEnd < text.length) {
    const after = text.charCodeAt(wordEnd);
    if (!isWhitespace(after) && after !== 0x2c) return false;
  }
  return rules.openers.has(text.slice(start, wordEnd).toLowerCase());
}

/** Whether a month name or short form ("Januar", "Apr.", "Sept") starts at `i`. */
export function isMonthAt(text: string, i: number, rules: SegmentationRules): boolean {
  const wordEnd = letterRunEnd(text, i);
  return wordEnd > i && rules.months.has(text.slice(i, wordEnd).toLowerCase());
}

/** Offset of the first character at or after `i` (before `end`) that is not whitespace. */
export function skipWhitespace(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isWhitespace(text.charCodeAt(j))) j++;
  return j;
}

/** Offset of the first character at or after `i` (before `end`) that is not a space or tab. */
export function skipSpaces(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  return j;
}
