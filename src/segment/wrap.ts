import { readLine } from './lines.js';

/** Whether and at what width a text was hard-wrapped (broken into lines of a fixed maximum length). */
export interface WrapProfile {
  /** The longest line (indentation included) of at most {@link MAX_WRAP_WIDTH} characters. */
  width: number;
  /** Whether the text looks hard-wrapped at `width`. */
  wrapped: boolean;
}

/** Hard-wrapping widths are 60–100 columns; longer lines are unwrapped paragraphs. */
const MAX_WRAP_WIDTH = 120;
/** Narrower "widths" are lists of short lines (addresses, tables), not wrapped prose. */
const MIN_WRAP_WIDTH = 40;
/** A line counts as filled to the width from this share of it on. */
export const FILL_RATIO = 0.6;
/** Wrapped text has at least this many filled lines. */
const MIN_FILLED_LINES = 2;
/**
 * Wrapped text has at most this share of long lines (longer than the wrap width) among its
 * filled and long lines: a page of short menu lines may hide a dozen unwrapped paragraphs.
 */
const MAX_LONG_SHARE = 0.1;

/** Measures the wrap width from the lengths of all non-blank lines (one pass). */
export function measureWrap(text: string): WrapProfile {
  const counts = new Uint32Array(MAX_WRAP_WIDTH + 2);
  for (let line = readLine(text, 0, 0); line; line = readLine(text, line.next, line.index + 1)) {
    counts[Math.min(line.contentEnd - line.start, MAX_WRAP_WIDTH + 1)]! += 1;
  }
  let width = MAX_WRAP_WIDTH;
  while (width > 0 && counts[width] === 0) width--;
  let filled = 0;
  for (let len = Math.ceil(width * FILL_RATIO); len <= width; len++) filled += counts[len]!;
  const long = counts[MAX_WRAP_WIDTH + 1]!;
  const wrapped = width >= MIN_WRAP_WIDTH && filled >= MIN_FILLED_LINES && long <= MAX_LONG_SHARE * (filled + long);
  return { width, wrapped };
}
