import { isLineBreak, isSpace } from './chars.js';

/** A line of the text that holds more than whitespace. */
export interface TextLine {
  /** Offset where the line starts, indentation included. */
  start: number;
  /** Offset of the line's first non-whitespace character. */
  contentStart: number;
  /** Offset just after the line's last non-whitespace character. */
  contentEnd: number;
  /** Index of the line: the number of line breaks before it. */
  index: number;
  /** Whether one or more blank lines separate it from the line before. */
  blankBefore: boolean;
  /** Offset just after the line break that ends the line (the text's length for the last line). */
  next: number;
}

/** Offset after the line break at `i`; `\r\n` is one break. */
function afterBreak(text: string, i: number): number {
  return text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
}

/** Finds the next line break; searched natively, as most characters of a line are not one. */
const LINE_BREAK = /[\n\r]/g;

/** Offset of the first line break at or after `i`, or the text's length. */
function lineBreakFrom(text: string, i: number): number {
  LINE_BREAK.lastIndex = i;
  return LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
}

/**
 * Reads the first non-blank line at or after `from`, where line number `index` starts.
 * `\n`, `\r\n` and `\r` all break lines. Returns `undefined` when only whitespace is left.
 */
export function readLine(text: string, from: number, index: number): TextLine | undefined {
  const length = text.length;
  let lineStart = from;
  let lineIndex = index;
  let blankBefore = false;
  while (lineStart < length) {
    let i = lineStart;
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    if (i === length) return undefined;
    if (isLineBreak(text.charCodeAt(i))) {
      lineStart = afterBreak(text, i);
      lineIndex++;
      blankBefore = true;
      continue;
    }
    const lineBreak = lineBreakFrom(text, i);
    let contentEnd = lineBreak;
    while (isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const next = lineBreak < length ? afterBreak(text, lineBreak) : length;
    return { start: lineStart, contentStart: i, contentEnd, index: lineIndex, blankBefore, next };
  }
  return undefined;
}
