/**
 * Character classes the segmenter tests, by UTF-16 code unit or at an offset of the text.
 * Non-ASCII letters are tested with sticky Unicode property expressions at an offset, so no test
 * allocates a string.
 */

const UPPER = /[\p{Lu}\p{Lt}]/uy;
const LOWER = /\p{Ll}/uy;
const LETTER = /\p{L}/uy;

/** Tests a sticky expression at offset `i` of `text`. */
function matchesAt(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

/** Whether the character at `i` is an upper-case (or title-case) letter. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return matchesAt(UPPER, text, i);
}

/** Whether the character at `i` is a lower-case letter. */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return matchesAt(LOWER, text, i);
}

/** Whether the character at `i` is a letter of any case or script. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return matchesAt(LETTER, text, i);
}

/** Whether `c` is an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether `c` breaks a line (`\n` or `\r`; `\r\n` is handled by the line reader). */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Whether `c` is whitespace that does not break a line. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `c` is any whitespace, line breaks included. */
export function isWhitespace(c: number): boolean {
  return isSpace(c) || isLineBreak(c);
}

/** Whether `c` can end a sentence: `.`, `!`, `?` or `…`. */
export function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Whether `c` is a quote, bracket or emphasis mark that may close a sentence after its terminal mark. */
export function isCloser(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x2a: // * (Markdown emphasis)
    case 0x5f: // _ (Markdown emphasis)
    case 0x201c: // “ (German closing quote)
    case 0x201d: // ”
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0xab: // «
    case 0xbb: // »
    case 0x2039: // ‹
    case 0x203a: // ›
      return true;
    default:
      return false;
  }
}

/** Whether `c` is a quote or bracket that may open a sentence. */
export function isOpener(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0x201e: // „
    case 0x201a: // ‚
    case 0x201c: // “
    case 0x2018: // ‘
    case 0xab: // «
    case 0xbb: // »
    case 0x2039: // ‹
    case 0x203a: // ›
    case 0xbf: // ¿
    case 0xa1: // ¡
      return true;
    default:
      return false;
  }
}

/** Whether `c` is a currency sign or bullet that may open a sentence ("$5 billion was …"). */
export function isStartSymbol(c: number): boolean {
  return c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x2022 || c === 0x23;
}
