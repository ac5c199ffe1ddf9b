import { isCloser, isDigit, isLowerAt, isUpperAt } from './chars.js';
import { fullStopEnds } from './full-stop.js';
import type { SegmentationRules } from './rules.js';
import { isOpenerWordAt, isSentenceStartAt } from './words.js';

/** The shape of a run of terminal marks: one full stop, an ellipsis, or one with `?`/`!`. */
export type TerminalKind = 'full-stop' | 'ellipsis' | 'mark';

/** A run of terminal marks and the closing quotes or brackets right after it. */
export interface TerminalRun {
  /** Offset of the first terminal mark. */
  start: number;
  /** Offset after the last terminal mark. */
  end: number;
  /** Offset after the closing marks that follow (equals `end` when there are none). */
  closersEnd: number;
  kind: TerminalKind;
}

/** The kind of the terminal marks in `text` from `start` to `end`. */
export function terminalKind(text: string, start: number, end: number): TerminalKind {
  if (end - start === 1 && text.charCodeAt(start) === 0x2e) return 'full-stop';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x21 || c === 0x3f) return 'mark';
  }
  return 'ellipsis';
}

const PERCENT = 0x25;

/** Whether the closers from `start` to `end` are closing brackets only, no quotes. */
function bracketsOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x29 && c !== 0x5d) return false;
  }
  return true;
}

/**
 * Whether the number ending at `end` cannot be an ordinal: three or more digits ("2002.The") or
 * a decimal ("0.36.Want"), reading back no further than `floor`.
 */
function yearLikeBefore(text: string, end: number, floor: number): boolean {
  let i = end - 1;
  while (i >= floor && isDigit(text.charCodeAt(i))) i--;
  if (end - 1 - i >= 3) return true;
  const sep = i >= floor ? text.charCodeAt(i) : 0;
  return (sep === 0x2e || sep === 0x2c) && i - 1 >= floor && isDigit(text.charCodeAt(i - 1));
}

/**
 * Sentences glued together by a scrape that lost a paragraph break: "soon.In fact",
 * "a buy?Now it's". A lower-case letter, a year-like number, "%" or a closing bracket, the mark,
 * then a capital followed by a lower-case letter; "U.S.A", "Ph.D", "AG.De" and "2.Quartal" stay.
 * After a capital ("score of A.Shares") only a typical sentence opener starts a sentence.
 */
function gluedSentenceEnds(text: string, run: TerminalRun, floor: number, rules: SegmentationRules): boolean {
  const next = run.closersEnd;
  if (run.kind === 'ellipsis' || !isUpperAt(text, next) || !isLowerAt(text, next + 1)) return false;
  if (run.start <= floor) return false;
  const before = text.charCodeAt(run.start - 1);
  if (isUpperAt(text, run.start - 1)) {
    if (run.kind !== 'full-stop' || run.closersEnd !== run.end || !isOpenerWordAt(text, next, rules)) return false;
  } else if (isDigit(before)) {
    // A year or decimal cannot be an ordinal, so the glued capital starts a sentence.
    if (run.kind === 'full-stop') return yearLikeBefore(text, run.start, floor);
  } else if (!isLowerAt(text, run.start - 1) && !isCloser(before) && before !== PERCENT) {
    return false;
  }
  if (run.kind === 'full-stop' && run.closersEnd === run.end) return fullStopEnds(text, run.start, next, floor, rules);
  return true;
}

/**
 * Whether `run`, followed by whitespace up to `next` (or nothing, when `next` equals
 * `run.closersEnd`), ends a sentence so that the next one starts at `next`.
 * `floor` is the start of the line the run is in; look-backs stop there.
 */
export function endsSentence(text: string, run: TerminalRun, next: number, floor: number, rules: SegmentationRules): boolean {
  if (next === run.closersEnd) return gluedSentenceEnds(text, run, floor, rules);
  if (!isSentenceStartAt(text, next)) return false;
  if (run.kind === 'mark') return true;
  if (run.kind === 'ellipsis') {
    // "[...]" and "(…)" mark left-out text, not a sentence end.
    const before = run.start > floor ? text.charCodeAt(run.start - 1) : 0;
    return before !== 0x5b && before !== 0x28;
  }
  // A closing quote ends the sentence; a closing bracket is read as the full stop before it would be
  // ("Weizen (Matif, Dez.) 219,25 €/t" goes on, "(Inc.) The …" ends).
  if (run.closersEnd > run.end && !bracketsOnly(text, run.end, run.closersEnd)) return true;
  return fullStopEnds(text, run.start, next, floor, rules);
}
