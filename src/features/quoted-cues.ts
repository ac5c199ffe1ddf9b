import { CUE_FAMILIES, CUE_NAMES, type CueName } from '../lang/types.js';
import type { CueIndex } from './cue-index.js';

/**
 * A quotation: „…“, “…”, "…", «…» or »…«, or one that opens and runs past the unit's end (the
 * sentence split inside it: „Melden Sie sich jetzt an. Die Plätze …“). An opening mark other than „
 * follows a space, so a closing mark is not taken for one. Negated classes only, so it cannot backtrack.
 */
const QUOTATION = /„[^“”"„]*(?:[“”"]|$)|“[^”"“]*”|"[^"]*"|«[^»«]*»|»[^«»]*«|(?<=\s)[“«»][^“”"„«»]*$/gu;
const WORD = /\p{L}+/gu;
/** A mark that may open a quotation: „ “ " « » ‚ ' ‘ (a regular-expression character class). */
export const OPENING_QUOTE_MARK = String.raw`["“„«»‚'‘]`;
/** A quoted pitch has at least this many words; a shorter quotation names a button ("+Follow") the sentence asks to click. */
const MIN_QUOTED_WORDS = 3;
/** The sentence around the quotation has at least this many words of its own. */
const MIN_NARRATION_WORDS = 6;
/**
 * Families that a quoted slogan, pitch or risk warning carries ("Act now", „Jetzt 30 Tage kostenlos
 * testen!“, a memo's "past performance is not necessarily indicative of future results"). Not
 * legal notices: they quote their own defined terms (“Private Securities Litigation Reform Act”).
 */
export const QUOTABLE: readonly CueName[] = ['cta', 'teaser', 'product', 'newsletter', 'free-offer', 'disclosure'];
/** Families that may not count when they fire only inside a quotation: the quotable ones and the reader address. */
const QUOTED_ONLY: readonly CueName[] = [...QUOTABLE, 'second-person'];

/** Words: runs of letters. */
export const wordCount = (s: string): number => s.match(WORD)?.length ?? 0;

/** A text with its quotations of at least {@link MIN_QUOTED_WORDS} words blanked out (same length, same offsets). */
export const blankQuotations = (s: string): string => s.replace(QUOTATION, (q) => (wordCount(q) < MIN_QUOTED_WORDS ? q : ' '.repeat(q.length)));

/**
 * The cues of a sentence that quotes a pitch and tells about it ("„Jetzt 30 Tage kostenlos
 * testen!“ – mit diesem Versprechen werben fast alle Börsenbriefe", "The emails read like the
 * genre: "Act now …""): a promo or disclaimer family that fires only inside the quotation marks does not
 * count, and the sentence is reported speech. So is a reader address only inside them (a source's
 * advice to its audience), unless the narration around it has a strong cue of its own. `cues` are
 * the families the whole text matched.
 */
export function withoutQuotedCues(index: CueIndex, text: string, lower: string, cues: CueName[]): CueName[] {
  if (!cues.some((c) => QUOTED_ONLY.includes(c))) return cues;
  const outside = blankQuotations(text);
  if (outside === text || wordCount(outside) < MIN_NARRATION_WORDS) return cues;
  const unquoted = index.match(outside, blankQuotations(lower));
  // Around a call to action ("Find out why readers like it: "…you…""), the quoted address is the page's.
  const narrationPitches = unquoted.some((c) => CUE_FAMILIES[c].strong);
  const quotedOnly = cues.filter((c) => !unquoted.includes(c) && (QUOTABLE.includes(c) || (c === 'second-person' && !narrationPitches)));
  if (quotedOnly.length === 0) return cues;
  const kept = cues.filter((c) => !quotedOnly.includes(c));
  // In CUE_NAMES order, as the index gives them.
  return CUE_NAMES.filter((c) => c === 'reported-speech' || kept.includes(c));
}
