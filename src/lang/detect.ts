import { franc } from 'franc';
import type { DetectedLanguage, LanguageCode } from '../types.js';
import { LANGUAGE_PACKS } from './packs.js';

/** Texts shorter than this many letters are too short to tell German from English reliably. */
const MIN_LETTERS = 20;
/** franc looks at trigrams only; a prefix of this length is plenty and keeps detection O(1). */
const SAMPLE_LENGTH = 4000;

const byFranc = new Map<string, LanguageCode>(LANGUAGE_PACKS.map((p) => [p.franc, p.code]));
/**
 * Other widespread Latin- and Cyrillic-script languages franc may answer with: without them,
 * French text would be forced into German or English instead of coming out as `und`.
 */
const OTHER_LANGUAGES = ['fra', 'spa', 'ita', 'nld', 'por', 'dan', 'swe', 'nob', 'pol', 'ces', 'tur', 'rus', 'ukr'];
const only = [...byFranc.keys(), ...OTHER_LANGUAGES];

/**
 * Detects the language of a text among those with a language pack.
 * Returns `und` when the text is too short or in none of them; never throws.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'und';
  return byFranc.get(franc(sample, { only, minLength: MIN_LETTERS })) ?? 'und';
}
