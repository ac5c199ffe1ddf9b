import { classify } from './classify.js';
import { analyze } from './analyze.js';
import { contextFeatures } from './context-features.js';
import { decide } from './decide.js';
import { detectLanguage } from './lang/detect.js';
import { resolveOptions } from './options.js';
import { keptText, labelSegments } from './result.js';
import { smooth } from './smooth/index.js';
import { spamScore } from './spam-score.js';
import type { StripOptions, StripResult } from './types.js';
import { applyUserRules } from './user-rules.js';
import { assertText } from './validate.js';

/**
 * Removes promotion, related-content lists, disclaimers and page chrome from an article.
 *
 * The pipeline: text → units (headings, sentences, list items, lines) → features → unit scores
 * → context scores → smoothing passes → user rules → labels → result.
 *
 * @param text - The article as plain text.
 * @param options - Language, labels to remove, threshold, user rules, model.
 * @returns The editorial body, a spam score, the language and every unit with its decision.
 * @throws TypeError when `text` is not a string or an option has the wrong type.
 */
export function stripBoilerplate(text: string, options?: StripOptions): StripResult {
  assertText(text, 'text');
  const opts = resolveOptions(options);
  const language = opts.language ?? detectLanguage(text);
  const { units, features } = analyze(text, language);
  const { model } = opts;
  const own = features.map((f) => classify(f.values, model.unit));
  const context = contextFeatures(units, features, own);
  const decisions = context.map((c, i) => decide(own[i]!, classify(c, model.context), features[i]!, c, model));
  smooth({ units, features, decisions, threshold: opts.threshold });
  applyUserRules(units, decisions, opts.rules);
  const segments = labelSegments(units, decisions, opts.threshold);
  return { text: keptText(segments, opts.remove), spamScore: spamScore(segments), language, segments };
}
