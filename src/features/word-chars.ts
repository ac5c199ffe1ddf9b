/** Per UTF-16 code unit: 0 not yet known, 1 letter or digit, 2 other. */
const known = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether a UTF-16 code unit is a letter or digit of any script (the characters of a word
 * token). ASCII is tested directly; other code units once each, then remembered.
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  let k = known[c]!;
  if (k === 0) known[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
