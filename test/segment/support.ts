import type { DetectedLanguage } from '../../src/types.js';
import { segmentationDataFor } from '../../src/segment-api.js';
import { splitUnits } from '../../src/segment/index.js';
import type { Unit } from '../../src/types.js';

/** Units of `text` with the segmentation data of `language` (default: all languages merged). */
export function units(text: string, language: DetectedLanguage = 'und'): Unit[] {
  return splitUnits(text, segmentationDataFor(language));
}

/** The trimmed texts of the units of `text`. */
export function sentences(text: string, language: DetectedLanguage = 'und'): string[] {
  return units(text, language).map((u) => u.text.trim());
}
