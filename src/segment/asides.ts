import { isCloser, isDigit, isLetterAt, isLineBreak, isSpace, isTerminal, isUpperAt } from './chars.js';
import { skipWhitespace } from './words.js';

/** Longest bracketed aside (in UTF-16 code units) read as a sentence of its own. */
const MAX_ASIDE = 200;

/**
 * Where the next sentence starts when the sentence at `start` is a bracketed aside of two or
 * more words followed by a capital — "(See Apple stock charts on TipRanks) Apple's shares
 * rose …", "(Updates with analyst comment) The company …" — or -1. Such an aside has no
 * terminal mark of its own, but ends at its closing bracket. Reads at most {@link MAX_ASIDE}
 * code units, never past a line break, a terminal mark or a nested bracket.
 */
export function asideEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) !== 0x28) return -1;
  const limit = Math.min(end, start + MAX_ASIDE);
  /** A word seen inside the bracket, a space after it, and a second word after that space. */
  let word = false;
  let gap = false;
  let words = false;
  for (let i = start + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    // A terminal mark inside: the sentence rules split it ("(Reporting by A. Editing by B) …").
    if (c === 0x28 || isLineBreak(c) || isTerminal(c)) return -1;
    if (c === 0x29) {
      const next = skipWhitespace(text, i + 1, end);
      return words && next > i + 1 && next < end && isUpperAt(text, next) ? next : -1;
    }
    if (isSpace(c)) gap ||= word;
    else {
      words ||= gap;
      word = true;
    }
  }
  return -1;
}

/** Hyphen, slash and ampersand, which join an agency's tag ("dpa-AFX", "awp/sda"). */
const TAG_PUNCTUATION = [0x2d, 0x2f, 0x26];

/** Longest bracketed tag (in UTF-16 code units, brackets included) that closes a line. */
const MAX_TAG = 16;

/**
 * Whether the line `text[start, end)` is nothing but a bracketed one-word tag from `start` on:
 * the author's initials or agency after the last sentence of a paragraph ("… beim
 * Arbeitslosengeld. (GEA)", "(fm)", "(dpa-AFX)"). It closes that sentence rather than starting one.
 */
export function isClosingTagAt(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 0x28) return false;
  const limit = Math.min(end, start + MAX_TAG);
  let i = start + 1;
  while (i < limit && (isLetterAt(text, i) || isDigit(text.charCodeAt(i)) || TAG_PUNCTUATION.includes(text.charCodeAt(i)))) i++;
  if (i === start + 1 || i >= limit || text.charCodeAt(i) !== 0x29) return false;
  return skipWhitespace(text, i + 1, end) === end;
}

/**
 * Where the closing tag that ends a sentence's text starts ("… beim Arbeitslosengeld. (GEA)"): the
 * offset of the blank before it, or -1 when the text ends otherwise. Features read the sentence
 * without it: the tag is neither its ending nor a ticker.
 */
export function closingTagStart(text: string): number {
  const open = text.lastIndexOf('(');
  if (open < 1 || !isClosingTagAt(text, open, text.length)) return -1;
  let blank = open;
  while (blank > 0 && isSpace(text.charCodeAt(blank - 1))) blank--;
  if (blank === open) return -1;
  let mark = blank;
  while (mark > 0 && isCloser(text.charCodeAt(mark - 1))) mark--;
  return mark > 0 && isTerminal(text.charCodeAt(mark - 1)) ? blank : -1;
}
