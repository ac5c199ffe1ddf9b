import { isCloser, isDigit, isLetterAt, isTerminal, isWhitespace } from './chars.js';
import { fullStopContext } from './full-stop.js';
import type { TextLine } from './lines.js';
import { isLinkAt } from './links.js';
import { listMarkerEnd } from './list-marker.js';
import type { SegmentationRules } from './rules.js';
import { endsSentence, terminalKind } from './sentence-end.js';
import { isLowerLabelAt, isLowerWordAt, isMonthAt } from './words.js';
import { FILL_RATIO, type WrapProfile } from './wrap.js';

const COLON = 0x3a;
const HYPHEN = 0x2d;
const SOFT_HYPHEN = 0xad;

/** Whether `line` ends in a sentence end that `next` does not continue. */
function endsInSentenceEnd(text: string, line: TextLine, next: TextLine, rules: SegmentationRules): boolean {
  let closersStart = line.contentEnd;
  while (closersStart > line.contentStart && isCloser(text.charCodeAt(closersStart - 1))) closersStart--;
  let runStart = closersStart;
  while (runStart > line.contentStart && isTerminal(text.charCodeAt(runStart - 1))) runStart--;
  if (runStart === closersStart) return false;
  const run = { start: runStart, end: closersStart, closersEnd: line.contentEnd, kind: terminalKind(text, runStart, closersStart) };
  if (endsSentence(text, run, next.contentStart, line.start, rules)) return true;
  // A plain word's full stop ends its line's sentence, whatever case the next line starts in:
  // "… räumt die Geschäftsführerin ein." above "logistra-Newsletter: …" (an abbreviation's does not).
  // So does "!" or "?" at the line's very end ("… im Example Marktplatz!" above "example: Welche …"),
  // not one inside quotation marks, which the speaker's verb may follow („Was nun?“ / „fragte er“).
  if (run.kind === 'mark') return closersStart === line.contentEnd;
  return run.kind === 'full-stop' && fullStopContext(text, runStart, line.start, rules) === 'word';
}

/**
 * Whether `line` ends in a full stop that leads into `next` whatever the layout: an ordinal
 * before a month ("seit dem 07." / "November 2022") or an abbreviation before a number ("Nr." / "596/2014").
 */
function endsInLeadingFullStop(text: string, line: TextLine, next: TextLine, rules: SegmentationRules): boolean {
  const dot = line.contentEnd - 1;
  if (text.charCodeAt(dot) !== 0x2e || (dot > line.contentStart && isTerminal(text.charCodeAt(dot - 1)))) return false;
  const context = fullStopContext(text, dot, line.start, rules);
  if (context === 'ordinal') return isMonthAt(text, next.contentStart, rules);
  return (context === 'abbreviation' || context === 'bound') && isDigit(text.charCodeAt(next.contentStart));
}

/** Whether a word was hyphenated across the break: a letter, then "-" at the line's end. */
function endsInHyphenatedWord(text: string, line: TextLine): boolean {
  const last = text.charCodeAt(line.contentEnd - 1);
  return (last === HYPHEN || last === SOFT_HYPHEN) && line.contentEnd - 2 >= line.contentStart && isLetterAt(text, line.contentEnd - 2);
}

/** Length of the first word of `line`. */
function firstWordLength(text: string, line: TextLine): number {
  let i = line.contentStart;
  while (i < line.contentEnd && !isWhitespace(text.charCodeAt(i))) i++;
  return i - line.contentStart;
}

/**
 * Whether the break after `line` is a hard wrap: the text is wrapped, `line` fills the width,
 * and the first word of `next` would not have fitted on it.
 */
function isHardWrap(text: string, line: TextLine, next: TextLine, wrap: WrapProfile): boolean {
  if (!wrap.wrapped) return false;
  const length = line.contentEnd - line.start;
  return length >= FILL_RATIO * wrap.width && length + 1 + firstWordLength(text, next) > wrap.width;
}

/** Whether a line holds a tab: a row of a table, whose next row may start in lower case ("davon …"). */
function hasTab(text: string, line: TextLine): boolean {
  for (let i = line.contentStart; i < line.contentEnd; i++) if (text.charCodeAt(i) === 0x09) return true;
  return false;
}

/**
 * Whether `next` continues the sentence of `line` across a line break (a hard-wrapped sentence).
 * It does when no blank line or list marker comes between, neither line holds a tab (a table
 * row), `line` does not end a sentence or
 * in a colon, and `next` starts in lower case ("und", "moved"; not "iPhone", a link or a speaker's
 * label: "zm: Was …"), or
 * `line` ends in a full stop that leads into `next`, or a word was hyphenated across the break,
 * or the break is a hard wrap of the text's width.
 * `wrap` is called only when the width is needed.
 */
export function continuesLine(
  text: string,
  line: TextLine,
  next: TextLine,
  rules: SegmentationRules,
  wrap: () => WrapProfile,
): boolean {
  if (next.blankBefore || listMarkerEnd(text, next.contentStart, rules) !== next.contentStart) return false;
  if (hasTab(text, line) || hasTab(text, next)) return false;
  if (text.charCodeAt(line.contentEnd - 1) === COLON || endsInSentenceEnd(text, line, next, rules)) return false;
  if (isLowerWordAt(text, next.contentStart)) return !isLinkAt(text, next.contentStart) && !isLowerLabelAt(text, next.contentStart);
  return (
    endsInLeadingFullStop(text, line, next, rules) ||
    endsInHyphenatedWord(text, line) ||
    isHardWrap(text, line, next, wrap())
  );
}
