import { closingTagStart } from '../segment/asides.js';
import { isDigit, isWhitespace } from '../segment/chars.js';

/** How a unit's text ends, after closing quotes and brackets. */
export type Ending = '' | '.' | '?' | '?!' | '!' | '…' | ':';

/** Surface measurements of one unit's text, computed in one pass. */
export interface TextShape {
  /** The unit text without surrounding whitespace. */
  trimmed: string;
  /** `trimmed`, lower-cased. */
  lower: string;
  /** Number of whitespace-separated words. */
  words: number;
  /** Number of those words that hold a digit ("2,41", "+6,30", "2025e"). */
  figures: number;
  end: Ending;
  /** A question mark before the end (a question followed by more text). */
  innerQuestion: boolean;
  url: boolean;
  email: boolean;
  phone: boolean;
  /** An exchange ticker such as "(NASDAQ: AAPL)", "(AAPL)" or "(AAPL -1.22%)". */
  ticker: boolean;
  /** Markdown emphasis or link syntax. */
  markdown: boolean;
  /** The whole unit is in parentheses. */
  bracketed: boolean;
  digitRatio: number;
  upperRatio: number;
  /** Share of letter-initial words that start with a capital. */
  titleCaseRatio: number;
}

/**
 * Visible characters (the text of the units without the whitespace around them) before each
 * unit, and in all (at least 1): positions in an article that whitespace does not shift.
 */
export function visibleOffsets(shapes: readonly TextShape[]): { before: number[]; total: number } {
  const before = new Array<number>(shapes.length);
  let total = 0;
  shapes.forEach((s, i) => {
    before[i] = total;
    total += s.trimmed.length;
  });
  return { before, total: total || 1 };
}

/** A year or a fiscal year spanning two: „2027“, „2025/26“, „2025/2026“. */
export const YEAR_SPAN = String.raw`(?:19|20)\d{2}(?:\/(?:19|20)?\d{2})?`;

/** Such a year standing as a figure of its own, not inside a longer number. */
const YEAR = new RegExp(String.raw`(?<!\d)${YEAR_SPAN}(?!\d)`, 'gu');

/** Whether a text's digits all belong to years ("Veltra Nova (2027)", „Geschäftsjahr 2025/26“, "2026 2025 Change"). */
export const onlyYears = (text: string): boolean => !/\d/u.test(text.replace(YEAR, ''));

const CLOSERS = new Set(['"', "'", '“', '”', '„', '»', '«', '’', '‘', ')', ']', '*', '_', ' ']);
const URL = /\bhttps?:\/\/|\bwww\.|\.(?:com|de|net|org|io|html?|php)\b\/?/;
const EMAIL = /@[a-z0-9-]+\.[a-z]{2,}/;
const PHONE = /\+\d{1,3}[\s\d()-]{7}|\b\d{3}[-.]\d{3}[-.]\d{4}\b/;
const TICKER = /\((?:NYSE|NASDAQ|Nasdaq|OTC|TSX|LSE|XETRA|AMEX|CBOE|NYSEARCA)\b|\b(?:NYSE|NASDAQ|Nasdaq):\s?[A-Z]|\([A-Z]{1,5}(?:\.[A-Z])?\)|\([A-Z]{1,5} [+\-−]?\d/;
const MARKDOWN = /^(?:\*\*|__|\*\s|_\S)|\]\(/;

function ending(t: string): Ending {
  let e = t.length;
  while (e > 0 && CLOSERS.has(t[e - 1]!)) e--;
  const s = t.slice(Math.max(0, e - 3), e);
  if (s.endsWith('?!') || s.endsWith('!?')) return '?!';
  if (s.endsWith('...') || s.endsWith('…')) return '…';
  const last = s[s.length - 1];
  return last === '?' || last === '!' || last === '.' || last === ':' ? last : '';
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215);
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247);

const SPACE = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
/** Class bits of the Latin-1 code units; above them only whitespace counts (no case, no digit). */
const LATIN1 = Uint8Array.from({ length: 256 }, (_, c) =>
  (isWhitespace(c) ? SPACE : 0) | (isUpper(c) ? UPPER : 0) | (isLower(c) ? LOWER : 0) | (isDigit(c) ? DIGIT : 0),
);

/**
 * Measures the text of `source` between `start` and `end` (by default all of it), without
 * surrounding whitespace. Linear in its length.
 *
 * The scan reads `source` itself rather than a slice of it: units are slices of one article, and
 * a loop over many slices (some copied, some not) runs several times slower than over one string.
 */
export function measureText(source: string, start = 0, end = source.length): TextShape {
  while (start < end && isWhitespace(source.charCodeAt(start))) start++;
  while (end > start && isWhitespace(source.charCodeAt(end - 1))) end--;
  const trimmed = source.slice(start, end);
  const lower = trimmed.toLowerCase();
  let words = 0;
  let figures = 0;
  /** Whether the current word has been counted as a figure. */
  let figureWord = false;
  let upper = 0;
  let letters = 0;
  let digits = 0;
  let capitalWords = 0;
  let letterWords = 0;
  let inWord = false;
  /** A full stop or colon directly followed by a letter or slash ("amazon.com", "https://"): URLs need one. */
  let joined = false;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    const k = c < 256 ? LATIN1[c]! : isWhitespace(c) ? SPACE : 0;
    if (k === SPACE) {
      inWord = false;
      continue;
    }
    if ((c === 0x2e || c === 0x3a) && i + 1 < end) {
      const d = source.charCodeAt(i + 1) | 0x20;
      if ((d >= 0x61 && d <= 0x7a) || d === 0x2f) joined = true;
    }
    if (!inWord) {
      words++;
      inWord = true;
      figureWord = false;
      if (k & (UPPER | LOWER)) {
        letterWords++;
        if (k & UPPER) capitalWords++;
      }
    }
    if (k & (UPPER | LOWER)) letters++;
    if (k & UPPER) upper++;
    if (k & DIGIT) {
      digits++;
      if (!figureWord) {
        figures++;
        figureWord = true;
      }
    }
  }
  const q = trimmed.indexOf('?');
  // A sentence closed by its author's or agency's tag ("… beim Arbeitslosengeld. (GEA)") ends where the tag starts.
  const tag = trimmed.endsWith(')') ? closingTagStart(trimmed) : -1;
  const body = tag < 0 ? trimmed : trimmed.slice(0, tag);
  return {
    trimmed,
    lower,
    words,
    figures,
    end: ending(body),
    innerQuestion: q >= 0 && q < trimmed.length - 3,
    // Each pattern needs a character a plain sentence rarely has: test for it first (hot path).
    url: joined && URL.test(lower),
    email: lower.includes('@') && EMAIL.test(lower),
    phone: digits >= 7 && PHONE.test(trimmed),
    ticker: (body.includes('(') || body.includes(':')) && TICKER.test(body),
    markdown: (trimmed.includes('*') || trimmed.includes('_') || trimmed.includes('](')) && MARKDOWN.test(trimmed),
    bracketed: trimmed.startsWith('(') && (trimmed.endsWith(')') || trimmed.endsWith(').')),
    digitRatio: trimmed.length === 0 ? 0 : digits / trimmed.length,
    upperRatio: letters === 0 ? 0 : upper / letters,
    titleCaseRatio: letterWords === 0 ? 0 : capitalWords / letterWords,
  };
}

/** Whether a text holds a web address, an e-mail address or a phone number: contact details, not a statement or a heading. */
export const hasAddress = (s: TextShape): boolean => s.url || s.email || s.phone;

/** A separator standing as a word of its own (" | ", " · ", " – "): it counts as a word of the text's shape. */
const SEPARATOR_WORD = /(?:^| )[|·•–—-](?= |$)/gu;

/** The words of a text that are not separators ("Gold · Silber · Platin" has three). */
export function wordsBesideSeparators(s: TextShape): number {
  return s.words - (s.trimmed.match(SEPARATOR_WORD)?.length ?? 0);
}
