import type { SegmentKind } from '../types.js';
import { isCloser, isDigit, isLetterAt, isOpener, isTerminal, isUpperAt, isWhitespace } from './chars.js';
import { marksLink } from './links.js';

/** Headings have at most this many words … */
const MAX_HEADING_WORDS = 12;
/** … and characters. */
const MAX_HEADING_LENGTH = 100;
/** A heading of fewer words stands alone only when running text follows it ("Valuation", not "Log In"). */
const MIN_LONE_HEADING_WORDS = 3;
/** A line ending in ":" is a heading ("Die wichtigsten Punkte im Überblick:") up to this many words. */
const MAX_COLON_HEADING_WORDS = 5;
/** "Sprache: Deutsch", "ISIN: DE000A1MME74": a key and a value of at most this many words each. */
const MAX_FIELD_WORDS = 3;

/** What a unit's trimmed text is made of, counted in one pass. */
interface TextShape {
  words: number;
  letters: number;
  visible: number;
  hasLink: boolean;
  /** Words before the first ": ", or -1 when there is none. */
  wordsBeforeColon: number;
}

function measure(text: string, start: number, end: number): TextShape {
  const shape: TextShape = { words: 0, letters: 0, visible: 0, hasLink: false, wordsBeforeColon: -1 };
  let tokenStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      tokenStart = i + 1;
      continue;
    }
    if (i === tokenStart) shape.words++;
    shape.visible++;
    if (isLetterAt(text, i)) shape.letters++;
    else if (c === 0x3a && shape.wordsBeforeColon < 0 && i + 1 < end && isWhitespace(text.charCodeAt(i + 1))) {
      shape.wordsBeforeColon = shape.words;
    }
    if (!shape.hasLink && marksLink(text, i, tokenStart)) shape.hasLink = true;
  }
  return shape;
}

/** Offset of the run of terminal marks that ends `text[start, end)` (before closing quotes), or -1. */
function terminalRunStart(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isCloser(text.charCodeAt(i - 1))) i--;
  const runEnd = i;
  while (i > start && isTerminal(text.charCodeAt(i - 1))) i--;
  return i < runEnd ? i : -1;
}

/** Whether the text starts like a title: a capital or digit, after any Markdown marks or quotes. */
function startsLikeTitle(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text[i] === '#' || text[i] === '*' || text[i] === '_' || isOpener(text.charCodeAt(i)))) i++;
  return i < end && (isUpperAt(text, i) || isDigit(text.charCodeAt(i)));
}

function isTitleSized(shape: TextShape, start: number, end: number): boolean {
  return shape.words <= MAX_HEADING_WORDS && end - start <= MAX_HEADING_LENGTH;
}

/**
 * The kind of the unit whose trimmed text is `text[start, end)`: `alone` when it is the only
 * unit of its line, `listItem` when its line opens with a bullet or item number, `nextKind` the
 * kind of the unit after it. A heading of one or two words counts only when a sentence follows
 * it ("Valuation"); otherwise it is a `line` ("Log In").
 */
export function unitKind(
  text: string,
  start: number,
  end: number,
  alone: boolean,
  listItem: boolean,
  nextKind: SegmentKind | undefined,
): SegmentKind {
  if (listItem) return 'list-item';
  if (!alone) return 'sentence';
  const runStart = terminalRunStart(text, start, end);
  if (runStart >= 0) {
    if (end - start > MAX_HEADING_LENGTH || text.slice(runStart, end).replace(/[^!?]/g, '') !== '?') return 'sentence';
    const shape = measure(text, start, end);
    return isTitleSized(shape, start, end) && startsLikeTitle(text, start, end) ? 'heading' : 'sentence';
  }
  const shape = measure(text, start, end);
  if (shape.hasLink || 2 * shape.letters < shape.visible) return 'line';
  if (text.charCodeAt(end - 1) === 0x3a) return shape.words <= MAX_COLON_HEADING_WORDS ? 'heading' : 'sentence';
  const field = shape.wordsBeforeColon;
  if (field > 0 && field <= MAX_FIELD_WORDS && shape.words - field <= MAX_FIELD_WORDS) return 'line';
  const last = text[end - 1];
  const title = isTitleSized(shape, start, end) && startsLikeTitle(text, start, end) && last !== ',' && last !== ';' && last !== '-';
  if (title) return shape.words >= MIN_LONE_HEADING_WORDS || nextKind === 'sentence' ? 'heading' : 'line';
  return shape.words > MAX_HEADING_WORDS ? 'sentence' : 'line';
}
