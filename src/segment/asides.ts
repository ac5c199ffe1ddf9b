import { isLineBreak, isSpace, isTerminal, isUpperAt } from './chars.js';
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
