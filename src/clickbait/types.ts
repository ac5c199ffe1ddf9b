import type { DetectedLanguage, LanguageCode } from '../types.js';

/**
 * The cue families of the clickbait scorer. Every language provides patterns for each; the
 * families' weights are learned across languages, so a name means the same thing in all of them.
 */
export const CLICKBAIT_FAMILIES = [
  'forward-reference',
  'second-person',
  'urgency',
  'superlative',
  'hype',
  'emotion',
  'buy-sell-question',
  'question-opener',
  'call-to-action',
  'promo-offer',
  'soft-news',
  'news-wording',
  'list-reference',
  'invest-amount',
] as const;

/** Name of a clickbait cue family. */
export type ClickbaitFamily = (typeof CLICKBAIT_FAMILIES)[number];

/** The patterns of one family in one language. */
export interface ClickbaitCuePatterns {
  /**
   * Regular-expression sources matched case-insensitively (flags `iu`) as whole words: the
   * scorer adds the word boundaries. No nested quantifiers.
   */
  patterns: readonly string[];
  /** Like `patterns`, but matched case-sensitively (German formal "Sie" vs "sie"). */
  exactCase?: readonly string[];
}

/** Everything the clickbait scorer knows about one language. */
export interface ClickbaitCues {
  /** Frequent function words (lower-case) that tell this language from the others in a short text. */
  functionWords: readonly string[];
  /** Letters that occur in this language and not in the others (lower-case), e.g. `ä ö ü ß`. */
  distinctiveLetters: readonly string[];
  /** Number words that can open a list headline ("Drei Aktien…", "Five Ways…"), lower-case. */
  numberWords: readonly string[];
  /** One entry per {@link CLICKBAIT_FAMILIES} member. */
  families: Readonly<Record<ClickbaitFamily, ClickbaitCuePatterns>>;
}

/** A trained clickbait model for one language: a logistic regression over named features. */
export interface ClickbaitModel {
  /** The language the model was trained for. */
  language: LanguageCode;
  /** Intercept (log-odds of clickbait when no feature fires). */
  bias: number;
  /** Weight of each feature by name; features not listed weigh 0. */
  weights: Readonly<Record<string, number>>;
}

/** Options of {@link clickbaitScore}. */
export interface ClickbaitOptions {
  /**
   * Skip detection and score in this language. `und` scores with every language's model and
   * averages, which is also what happens when detection cannot decide.
   */
  language?: DetectedLanguage;
}

/** The result of {@link clickbaitScore}. */
export interface ClickbaitResult {
  /** Probability in [0, 1] that the text is clickbait (a teaser or bait headline). */
  score: number;
  /** The language whose model scored the text; `und` when all models were averaged. */
  language: DetectedLanguage;
  /** Short, human-readable reasons, strongest first. */
  reasons: string[];
}
