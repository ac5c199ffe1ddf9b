const LETTER = 1;
const NUMBER = 2;
const UPPER = 4;
const KNOWN = 8;
/** Per UTF-16 code unit: 0 not yet known, else KNOWN with the class bits. */
const classes = new Uint8Array(65536);

/** The class bits of a code unit, tested once per code unit and then remembered. */
function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const s = String.fromCharCode(c);
    k = KNOWN | (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{N}/u.test(s) ? NUMBER : 0) | (/\p{Lu}/u.test(s) ? UPPER : 0);
    classes[c] = k;
  }
  return k;
}

/**
 * Whether a UTF-16 code unit is a letter or digit of any script (the characters of a word
 * token). ASCII is tested directly; other code units once each, then remembered.
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return (classOf(c) & (LETTER | NUMBER)) !== 0;
}

/** Whether a UTF-16 code unit is a number character (`\p{N}`) of any script. */
export function isNumberCode(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return (classOf(c) & NUMBER) !== 0;
}

/** Whether a UTF-16 code unit is a letter (`\p{L}`) of any script. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (classOf(c) & LETTER) !== 0;
}

/** Whether a UTF-16 code unit is an upper-case letter (`\p{Lu}`). */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (classOf(c) & UPPER) !== 0;
}

/** The code units `\s` matches: white space and line terminators. */
const BLANKS = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const FIRST_EN_QUAD = 0x2000;
const HAIR_SPACE = 0x200a;

/** Whether a UTF-16 code unit is one `\s` matches. */
export function isBlankCode(c: number): boolean {
  if (c === 0x20) return true;
  if (c > 0x20 && c < 0xa0) return false;
  return (c >= FIRST_EN_QUAD && c <= HAIR_SPACE) || BLANKS.includes(c);
}

/** Whether `\s` matches some code unit from `lo` to `hi`. */
export function hasBlankBetween(lo: number, hi: number): boolean {
  return (lo <= HAIR_SPACE && hi >= FIRST_EN_QUAD) || BLANKS.some((c) => c >= lo && c <= hi);
}

/** Whether `text` contains `words` with no letter or digit right before or after them ("Example" in "Jane Roe, Example Dallas", not in "Examples"). */
export function containsWords(text: string, words: string): boolean {
  if (words.length === 0) return false;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if ((at === 0 || !isWordCode(text.charCodeAt(at - 1))) && (end === text.length || !isWordCode(text.charCodeAt(end)))) return true;
  }
  return false;
}
