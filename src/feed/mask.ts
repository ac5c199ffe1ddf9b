/**
 * Tokenises a removed phrase and masks its numbers and dates, so that phrases which differ only
 * in those compare equal. Names that vary are masked later, by aligning phrases (`recurring.ts`).
 */
import { segmentationDataFor } from '../segment-api.js';

/** What a token is. `mask` tokens stand for a masked number or date. */
export type TokenKind = 'word' | 'number' | 'punct' | 'mask';

/** A token of a phrase. */
export interface Token {
  kind: TokenKind;
  text: string;
  /** Whether whitespace follows the token in the phrase. */
  spaceAfter: boolean;
}

/** Placeholder of a masked number. */
export const NUMBER_MASK = '<NUM>';
/** Placeholder of a masked date. */
export const DATE_MASK = '<DATE>';

const LETTER = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE = /^\s$/u;
/** Characters that continue a number when a digit follows: "16.000", "1,5", "14:00", "01/02", "2025-02-01". */
const NUMBER_JOINERS = '.,:/-';
/** Apostrophes that continue a word when a letter follows: "don't", "Zacks’". */
const WORD_JOINERS = "'’";

/** Splits a phrase into words, numbers and single punctuation characters. */
export function tokenize(phrase: string): Token[] {
  const chars = [...phrase];
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (SPACE.test(ch)) {
      const last = tokens[tokens.length - 1];
      if (last) last.spaceAfter = true;
      i += 1;
      continue;
    }
    const kind: TokenKind = DIGIT.test(ch) ? 'number' : LETTER.test(ch) ? 'word' : 'punct';
    let end = i + 1;
    if (kind === 'number') {
      while (end < chars.length && (DIGIT.test(chars[end]!) || (NUMBER_JOINERS.includes(chars[end]!) && DIGIT.test(chars[end + 1] ?? '')))) end += 1;
    } else if (kind === 'word') {
      const continuesWord = (c: string): boolean => LETTER.test(c) || DIGIT.test(c);
      while (end < chars.length && (continuesWord(chars[end]!) || (WORD_JOINERS.includes(chars[end]!) && LETTER.test(chars[end + 1] ?? '')))) end += 1;
    }
    tokens.push({ kind, text: chars.slice(i, end).join(''), spaceAfter: false });
    i = end;
  }
  return tokens;
}

/**
 * Replaces dates by {@link DATE_MASK} and other numbers by {@link NUMBER_MASK}. Dates are numeric
 * ("01.02.2025", "1/2/2025", "2025-02-01") or use a month name of a language pack, in full or
 * abbreviated to three letters or more: "29. Januar", "5. Februar 2026", "15 January 2024",
 * "Jan 15, 2024", "January 15", "Sept. 18", "Januar 2026".
 */
export function maskNumbersAndDates(tokens: readonly Token[]): Token[] {
  const months = monthNames();
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const date = dateLength(tokens, i, months);
    const last = tokens[i + Math.max(date, 1) - 1]!;
    if (date > 0) out.push({ kind: 'mask', text: DATE_MASK, spaceAfter: last.spaceAfter });
    else if (last.kind === 'number') out.push({ kind: 'mask', text: NUMBER_MASK, spaceAfter: last.spaceAfter });
    else out.push(last);
    i += Math.max(date, 1);
  }
  return out;
}

/** Number of tokens of the date starting at `i`, or 0 when no date starts there. */
function dateLength(tokens: readonly Token[], i: number, months: readonly string[]): number {
  const t = tokens[i]!;
  if (t.kind === 'number' && isNumericDate(t.text)) return 1;
  const isMonth = (k: number): boolean => tokens[k]?.kind === 'word' && isMonthName(tokens[k]!.text, months);
  const isPunct = (k: number, p: string): boolean => tokens[k]?.kind === 'punct' && tokens[k]!.text === p;
  const isDay = (k: number): boolean => tokens[k]?.kind === 'number' && isDayNumber(tokens[k]!.text);
  const isYear = (k: number): boolean => tokens[k]?.kind === 'number' && /^\d{4}$/.test(tokens[k]!.text);
  if (isDay(i)) {
    // "29. Januar [2026]", "15 January [2024]"
    const month = isPunct(i + 1, '.') ? i + 2 : i + 1;
    if (isMonth(month)) return isYear(month + 1) ? month + 2 - i : month + 1 - i;
    return 0;
  }
  if (isMonth(i)) {
    // "Jan 15[, 2024]", "Sept. 18", "Januar 2026"
    const day = isPunct(i + 1, '.') ? i + 2 : i + 1;
    if (isYear(day)) return day + 1 - i;
    if (!isDay(day)) return 0;
    if (isPunct(day + 1, ',') && isYear(day + 2)) return day + 3 - i;
    return isYear(day + 1) ? day + 2 - i : day + 1 - i;
  }
  return 0;
}

/** "01.02.2025", "1.2.25", "1/2/2025", "2025-02-01". */
function isNumericDate(text: string): boolean {
  return /^\d{1,2}([./])\d{1,2}\1\d{2,4}$/.test(text) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(text);
}

function isDayNumber(text: string): boolean {
  return /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 31;
}

/** A month name, or an abbreviation of one of at least three letters ("Jan", "Sept", "Dez"). */
function isMonthName(word: string, months: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return lower.length >= 3 && months.some((m) => m.startsWith(lower));
}

/** Month names of every language pack, lower-case. */
function monthNames(): readonly string[] {
  return segmentationDataFor('und').months;
}
