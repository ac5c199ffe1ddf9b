import { asideEnd, isClosingTagAt } from './asides.js';
import { isCloser, isTerminal } from './chars.js';
import { mayBeInLink } from './links.js';
import type { SegmentationRules } from './rules.js';
import { endsSentence, terminalKind } from './sentence-end.js';
import { skipWhitespace } from './words.js';

/**
 * Finds the next terminal mark, or line break (a joined line holds several, and the search must
 * not run past the line's end into the rest of the text); searched natively.
 */
const TERMINAL_OR_BREAK = /[.!?\u2026\n\r]/g;

/** A tab inside a line separates table cells. */
const TAB = 0x09;

/**
 * Appends to `out` every offset inside the line `text[start, end)` where a new sentence starts
 * (the line's own start is not included). One pass; each character is looked at a bounded
 * number of times. Marks inside links, paths and e-mail addresses never split glued text.
 */
export function findSentenceStarts(text: string, start: number, end: number, rules: SegmentationRules, out: number[]): void {
  let i = start;
  /** Where the current sentence starts. */
  let sentence = start;
  while (i < end) {
    if (i === sentence) {
      const afterAside = asideEnd(text, i, end);
      if (afterAside !== -1) {
        out.push(afterAside);
        i = sentence = afterAside;
        continue;
      }
    }
    TERMINAL_OR_BREAK.lastIndex = i;
    if (!TERMINAL_OR_BREAK.test(text)) return;
    const at = TERMINAL_OR_BREAK.lastIndex - 1;
    if (at >= end) return;
    if (!isTerminal(text.charCodeAt(at))) {
      i = at + 1;
      continue;
    }
    let runEnd = at + 1;
    while (runEnd < end && isTerminal(text.charCodeAt(runEnd))) runEnd++;
    let closersEnd = runEnd;
    while (closersEnd < end && isCloser(text.charCodeAt(closersEnd))) closersEnd++;
    const next = skipWhitespace(text, closersEnd, end);
    const run = { start: at, end: runEnd, closersEnd, kind: terminalKind(text, at, runEnd) };
    // A tab after the mark separates the columns of a table row ("Umsatz (Mio. Fr.)\t287,4"), not sentences.
    const columnGap = text.charCodeAt(closersEnd) === TAB;
    if (next < end && !columnGap && !isClosingTagAt(text, next, end) && endsSentence(text, run, next, start, rules) && (next > closersEnd || !mayBeInLink(text, at, start))) {
      out.push(next);
      i = sentence = next;
    } else {
      i = closersEnd;
    }
  }
}
