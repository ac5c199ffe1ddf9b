import { isDigit, isSpace } from './chars.js';
import type { SegmentationRules } from './rules.js';
import { isMonthAt, skipSpaces } from './words.js';

/** Characters that open a bulleted line when a space follows: - * + • – — · ▪ ► ■ ● ○ ◦ → ✓ ✔ ➤ ▸ › >. */
const BULLETS: ReadonlySet<number> = new Set(
  [...'-*+•–—·▪►■●○◦→✓✔➤▸›>'].map((c) => c.charCodeAt(0)),
);

/** Longest item number ("1." to "999."); longer numbers are years or amounts. */
const MAX_NUMBER_DIGITS = 3;

/** The item's text start, or `start` when nothing but whitespace follows the marker on its line. */
function withContent(text: string, start: number, itemStart: number): number {
  const c = text.charCodeAt(itemStart);
  return itemStart >= text.length || c === 0x0a || c === 0x0d ? start : itemStart;
}

/**
 * Offset after the bullet or item number (and its spaces) that opens the line at `start`, or
 * `start` when the line is not a list item. "28. April 2023 hat …" is a date, not item 28,
 * and a marker with nothing after it is not an item.
 */
export function listMarkerEnd(text: string, start: number, rules: SegmentationRules): number {
  const c = text.charCodeAt(start);
  if (BULLETS.has(c)) return isSpace(text.charCodeAt(start + 1)) ? withContent(text, start, skipSpaces(text, start + 1, text.length)) : start;
  let i = start;
  while (i < text.length && i - start < MAX_NUMBER_DIGITS && isDigit(text.charCodeAt(i))) i++;
  if (i === start) return start;
  const mark = text.charCodeAt(i);
  if ((mark !== 0x2e && mark !== 0x29) || !isSpace(text.charCodeAt(i + 1))) return start;
  const itemStart = skipSpaces(text, i + 1, text.length);
  if (mark === 0x2e && isMonthAt(text, itemStart, rules)) return start;
  return withContent(text, start, itemStart);
}
