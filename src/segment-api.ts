import { detectLanguage } from './lang/detect.js';
import { LANGUAGE_PACKS, packsFor } from './lang/packs.js';
import type { SegmentationData } from './lang/types.js';
import { splitUnits } from './segment/index.js';
import type { SegmentOptions, Unit } from './types.js';
import { assertText } from './validate.js';

/**
 * The segmentation data of some packs, merged (ordinal numbers when any language writes them).
 * Sentence openers always come from every pack: they only decide ambiguous full stops, the words
 * of one language are not openers of another after an abbreviation, and scraped text mixes languages.
 */
function mergeSegmentationData(data: readonly SegmentationData[]): SegmentationData {
  return {
    abbreviations: [...new Set(data.flatMap((d) => d.abbreviations))],
    boundAbbreviations: [...new Set(data.flatMap((d) => d.boundAbbreviations))],
    months: [...new Set(data.flatMap((d) => d.months))],
    ordinals: data.some((d) => d.ordinals),
    sentenceOpeners: [...new Set(LANGUAGE_PACKS.flatMap((p) => p.segmentation.sentenceOpeners))],
  };
}

const mergedCache = new Map<string, SegmentationData>();

/** The segmentation data to use for a language. */
export function segmentationDataFor(language: SegmentOptions['language'] & string): SegmentationData {
  let data = mergedCache.get(language);
  if (!data) {
    data = mergeSegmentationData(packsFor(language).map((p) => p.segmentation));
    mergedCache.set(language, data);
  }
  return data;
}

/**
 * Splits an article into units (headings, sentences, list items, lines) with exact offsets.
 * The units cover the input completely; each owns the whitespace after it.
 *
 * @param text - The article, as plain text.
 * @param options - `language` to skip detection.
 * @throws TypeError when `text` is not a string.
 */
export function segment(text: string, options?: SegmentOptions): Unit[] {
  assertText(text, 'text');
  const language = options?.language;
  if (language !== undefined && !['de', 'en', 'und'].includes(language)) {
    throw new RangeError(`promostrip: \`options.language\` must be one of de, en, und, got ${String(language)}`);
  }
  return splitUnits(text, segmentationDataFor(language ?? detectLanguage(text)));
}
