import { buildDatePattern } from './features/date-pattern.js';
import { compileCueMatchers, type CueMatcher } from './features/cue-matchers.js';
import { LANGUAGE_PACKS } from './lang/packs.js';
import type { SegmentationData } from './lang/types.js';
import { segmentationDataFor } from './segment-api.js';
import type { DetectedLanguage } from './types.js';

/** Compiled language data for one language, built once and cached. */
export interface LanguageContext {
  segmentation: SegmentationData;
  /**
   * Cue families of every pack, not only the article's own: scraped pages mix languages
   * (an English "Related Analysis" widget under a German article).
   */
  matchers: readonly CueMatcher[];
  datePattern: RegExp;
}

let matchers: readonly CueMatcher[] | undefined;
let datePattern: RegExp | undefined;
const cache = new Map<DetectedLanguage, LanguageContext>();

/** The compiled language data for a language (cached after the first call). */
export function languageContext(language: DetectedLanguage): LanguageContext {
  let ctx = cache.get(language);
  if (!ctx) {
    matchers ??= compileCueMatchers(LANGUAGE_PACKS);
    datePattern ??= buildDatePattern(LANGUAGE_PACKS.flatMap((p) => p.segmentation.months));
    ctx = { segmentation: segmentationDataFor(language), matchers, datePattern };
    cache.set(language, ctx);
  }
  return ctx;
}
