import { languageContext } from './context.js';
import { featurize, type TextFactsCache, type UnitFeatures } from './features/index.js';
import { splitUnits } from './segment/index.js';
import type { DetectedLanguage, Unit } from './types.js';

/** An article's units and their features: the part of the pipeline that training shares. */
export interface Analysis {
  units: Unit[];
  features: UnitFeatures[];
}

/**
 * Segments an article and computes the features of every unit.
 *
 * @param cache - Memo of per-text work, shared by calls within one strip.
 */
export function analyze(text: string, language: DetectedLanguage, cache?: TextFactsCache): Analysis {
  const ctx = languageContext(language);
  const units = splitUnits(text, ctx.segmentation);
  return { units, features: featurize(text, units, ctx.cues, ctx.datePattern, language, cache) };
}
