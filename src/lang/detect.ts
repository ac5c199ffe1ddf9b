import { franc } from 'franc';
import type { DetectedLanguage, LanguageCode } from '../types.js';
import { assertText } from '../validate.js';
import { isLetterCode } from '../word-chars.js';
import { LANGUAGE_PACKS } from './packs.js';

/** Texts with fewer letters than this are too short to tell German from English reliably. */
const MIN_LETTERS = 20;
/** The function-word vote reads this much of the text. */
const VOTE_LENGTH = 1500;
/** franc compares trigram profiles and costs ~0.5 µs per character: it reads a short prefix only. */
const FRANC_LENGTH = 600;
/** A vote decides when the winner has at least this many hits and this many times the runner-up's. */
const VOTE_MIN_HITS = 4;
const VOTE_MIN_RATIO = 3;

const byFranc = new Map<string, LanguageCode>(LANGUAGE_PACKS.map((p) => [p.franc, p.code]));
/**
 * Other widespread Latin- and Cyrillic-script languages franc may answer with: without them,
 * French text would be forced into German or English instead of coming out as `und`.
 */
const OTHER_LANGUAGES = ['fra', 'spa', 'ita', 'nld', 'por', 'dan', 'swe', 'nob', 'pol', 'ces', 'tur', 'rus', 'ukr'];
const only = [...byFranc.keys(), ...OTHER_LANGUAGES];
const functionWords = new Map<string, number>();
LANGUAGE_PACKS.forEach((p, i) => p.functionWords.forEach((w) => functionWords.set(w, i)));
const LONGEST_FUNCTION_WORD = Math.max(0, ...[...functionWords.keys()].map((w) => w.length));
const ASTRAL_LETTER = /^\p{L}$/u;

/** Code units of the letter (`\p{L}`) at `i`: 1, 2 for a letter beyond the BMP, 0 for none. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterCode(c) ? 1 : 0;
  return i + 1 < text.length && ASTRAL_LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
}

/**
 * Counts the letters of a sample and votes with its function words (runs of letters): the pack
 * index with a clear majority, or -1.
 */
function functionWordVote(sample: string): { letters: number; winner: number } {
  const hits = new Array<number>(LANGUAGE_PACKS.length).fill(0);
  const lower = sample.toLowerCase();
  let letters = 0;
  for (let i = 0, start = -1; i <= lower.length; ) {
    const width = i < lower.length ? letterWidth(lower, i) : 0;
    if (width > 0) {
      if (start < 0) start = i;
      i += width;
      continue;
    }
    if (start >= 0) {
      letters += i - start;
      const pack = i - start <= LONGEST_FUNCTION_WORD ? functionWords.get(lower.slice(start, i)) : undefined;
      if (pack !== undefined) hits[pack]!++;
      start = -1;
    }
    i++;
  }
  // A plain scan for the best and the runner-up: sorting [hits, index] pairs sent V8 into a
  // deoptimisation on every call.
  let best = 0;
  for (let k = 1; k < hits.length; k++) if (hits[k]! > hits[best]!) best = k;
  let runnerUp = 0;
  for (let k = 0; k < hits.length; k++) if (k !== best && hits[k]! > runnerUp) runnerUp = hits[k]!;
  const top = hits[best] ?? 0;
  const clear = top >= VOTE_MIN_HITS && top >= VOTE_MIN_RATIO * runnerUp;
  return { letters, winner: clear ? best : -1 };
}

/**
 * Detects the language of a text among those with a language pack: a vote of function words
 * when it is clear, franc (restricted to supported and common confusable languages) otherwise.
 * Returns `und` when the text is too short or in none of them.
 *
 * @throws TypeError when `text` is not a string.
 */
export function detectLanguage(text: string): DetectedLanguage {
  assertText(text, 'text');
  const sample = text.slice(0, VOTE_LENGTH);
  const { letters, winner } = functionWordVote(sample);
  if (letters < MIN_LETTERS) return 'und';
  if (winner >= 0) return LANGUAGE_PACKS[winner]!.code;
  return byFranc.get(franc(sample.slice(0, FRANC_LENGTH), { only, minLength: MIN_LETTERS })) ?? 'und';
}
