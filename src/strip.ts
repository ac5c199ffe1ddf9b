import { detectLanguage } from './lang/detect.js';
import { segmentationDataFor } from './segment-api.js';
import { splitUnits } from './segment/index.js';
import type { Segment, StripOptions, StripResult } from './types.js';
import { assertText } from './validate.js';

/**
 * Removes promotion, related-content lists, disclaimers and page chrome from an article.
 * PLACEHOLDER pipeline: keeps everything until the scorer lands.
 */
export function stripBoilerplate(text: string, options: StripOptions = {}): StripResult {
  assertText(text, 'text');
  const language = options.language ?? detectLanguage(text);
  const segments: Segment[] = splitUnits(text, segmentationDataFor(language)).map((u) => ({
    ...u,
    label: 'editorial',
    score: 0,
    reasons: [],
  }));
  return { text: text.trim(), spamScore: 0, language, segments };
}
