import { buildDatePattern } from './features/date-pattern.js';
import { compileCueIndex, type CueIndex } from './features/cue-index.js';
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
  cues: CueIndex;
  datePattern: RegExp;
}

let cues: CueIndex | undefined;
let datePattern: RegExp | undefined;
const cache = new Map<DetectedLanguage, LanguageContext>();

/** The compiled language data for a language (cached after the first call). */
export function languageContext(language: DetectedLanguage): LanguageContext {
  let ctx = cache.get(language);
  if (!ctx) {
    cues ??= compileCueIndex(LANGUAGE_PACKS);
    datePattern ??= buildDatePattern(LANGUAGE_PACKS.flatMap((p) => p.segmentation.months));
    ctx = { segmentation: segmentationDataFor(language), cues, datePattern };
    cache.set(language, ctx);
  }
  return ctx;
}
