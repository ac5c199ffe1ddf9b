import { detectLanguage } from './lang/detect.js';
import { packsFor } from './lang/packs.js';
import type { SegmentationData } from './lang/types.js';
import { splitUnits } from './segment/index.js';
import type { SegmentOptions, Unit } from './types.js';
import { assertText } from './validate.js';

/** Merges the segmentation data of several language packs (used for `und`). */
function mergeSegmentationData(data: readonly SegmentationData[]): SegmentationData {
  return {
    abbreviations: [...new Set(data.flatMap((d) => d.abbreviations))],
    months: [...new Set(data.flatMap((d) => d.months))],
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
export function segment(text: string, options: SegmentOptions = {}): Unit[] {
  assertText(text, 'text');
  return splitUnits(text, segmentationDataFor(options.language ?? detectLanguage(text)));
}
