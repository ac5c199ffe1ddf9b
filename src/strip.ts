import { classify, logProbabilities } from './classify.js';
import { contextFeatures } from './context-features.js';
import { decide } from './decide.js';
import { analyze } from './analyze.js';
import { clickbaitFeature, type TextFactsCache } from './features/index.js';
import { detectLanguage } from './lang/detect.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { isKept, keptText, labelSegments } from './result.js';
import { smooth } from './smooth/index.js';
import { spamScore } from './spam-score.js';
import { BOILERPLATE_LABELS, type BoilerplateLabel, type DetectedLanguage, type Segment, type StripOptions, type StripResult } from './types.js';
import { applyUserRules } from './user-rules.js';
import { assertText } from './validate.js';
import { mapArray } from './map-array.js';

const ALL_BOILERPLATE: ReadonlySet<BoilerplateLabel> = new Set(BOILERPLATE_LABELS);

/** Rounds of re-checking the body before giving up on a fixpoint (each round only removes). */
const MAX_ROUNDS = 4;

/**
 * One pass of the pipeline over a text: every unit with its decision, and the title's clickbait
 * score. `explain` false skips the reasons (the re-check of the body only needs the labels).
 */
function labelText(
  text: string,
  language: DetectedLanguage,
  opts: ResolvedOptions,
  cache: TextFactsCache,
  explain: boolean,
): { segments: Segment[]; titleBait: number } {
  const { model } = opts;
  const { units, features } = analyze(text, language, cache);
  const own = mapArray(features, (f) => classify(f.values, model.unit));
  const context = contextFeatures(units, features, own);
  const decisions = mapArray(context, (c, i) => decide(own[i]!, classify(c, model.context, logProbabilities(own[i]!)), features[i]!, c, model, explain));
  smooth({ units, features, decisions, threshold: opts.threshold });
  applyUserRules(units, decisions, opts.rules);
  return { segments: labelSegments(units, decisions, opts.threshold), titleBait: features[0] ? clickbaitFeature(features[0]) : 0 };
}

/** The last source whose text starts at or before `at`. */
function sourceAt(sources: { segment: number; at: number }[], at: number): number {
  let lo = 0;
  let hi = sources.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sources[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  return sources[lo]!.segment;
}

/**
 * Removes promotion, related-content lists, disclaimers and page chrome from an article.
 *
 * The pipeline: text → units (headings, sentences, list items, lines) → features → unit scores
 * → context scores → smoothing passes → user rules → labels → result. Removing boilerplate
 * changes the context of what is left, so the body is checked again and whatever a second pass
 * would remove is removed too: with the default `remove`, stripping the result again removes
 * nothing.
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
  const cache: TextFactsCache = new Map();
  const { segments, titleBait } = labelText(text, language, opts, cache, true);
  // The fixpoint is over all boilerplate, whatever `remove` asks for: what is boilerplate does
  // not depend on which kinds the caller wants to see go.
  let body = keptText(segments, ALL_BOILERPLATE);
  for (let round = 0; round < MAX_ROUNDS && segments.some((s) => !isKept(s, ALL_BOILERPLATE)); round++) {
    const again = labelText(body.text, language, opts, cache, false).segments.filter((s) => !isKept(s, ALL_BOILERPLATE));
    if (again.length === 0 || body.sources.length === 0) break;
    for (const s of again) {
      const first = s.start + (s.text.length - s.text.trimStart().length);
      const i = sourceAt(body.sources, first);
      segments[i] = { ...segments[i]!, label: s.label, score: s.score, reasons: ['boilerplate once the rest is removed', ...s.reasons] };
    }
    body = keptText(segments, ALL_BOILERPLATE);
  }
  const output = opts.remove.size === ALL_BOILERPLATE.size ? body.text : keptText(segments, opts.remove).text;
  return { text: output, spamScore: spamScore(segments, titleBait), language, segments };
}
