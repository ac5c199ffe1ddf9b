/**
 * Clickbait scoring of headlines and teaser sentences (German and English). See
 * `docs/clickbait.md` for the model, the data it was trained on and how well it does.
 */
import { CLICKBAIT_CUES } from './cues.js';
import { modelDe } from './model-de.js';
import { modelEn } from './model-en.js';
import type { DetectedLanguage } from '../types.js';
import { clickbaitProbability, createClickbaitScorer, MAX_SCORED_CHARS, scoreClickbait, type ClickbaitScorer } from './score.js';
import type { ClickbaitOptions, ClickbaitResult } from './types.js';

export type { ClickbaitOptions, ClickbaitResult } from './types.js';

let bundled: ClickbaitScorer | undefined;

/**
 * Scores how much a headline or teaser sentence is clickbait, in [0, 1].
 *
 * The language is `options.language`, else detected (`detectLanguage`, then a function-word vote
 * for headlines too short for it); when it stays undetermined, both models score and the mean is
 * returned. Only the first 1000 characters are scored. Empty input and input
 * without letters score 0 with a reason; nothing but a non-string argument throws.
 *
 * @param text - A headline, teaser or sentence.
 * @param options - `language` to skip detection.
 * @returns The score, the language used and the strongest reasons.
 * @throws TypeError when `text` is not a string or `options.language` is not `de`, `en` or `und`.
 */
export function clickbaitScore(text: string, options?: ClickbaitOptions): ClickbaitResult {
  return scoreClickbait(text, options ?? {}, bundledScorer());
}

/** The scorer with the bundled models, built on first use. */
function bundledScorer(): ClickbaitScorer {
  bundled ??= createClickbaitScorer({ de: modelDe, en: modelEn }, CLICKBAIT_CUES);
  return bundled;
}

/**
 * The clickbait probability of a headline-like unit in a known language, without reasons or
 * input checks: the sentence scorer's `clickbait` feature.
 */
export function unitClickbait(text: string, language: DetectedLanguage): number {
  return clickbaitProbability(text.slice(0, MAX_SCORED_CHARS), language, bundledScorer());
}
