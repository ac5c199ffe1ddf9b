/** Data types of feed analysis ({@link analyzeFeed}). */
import type { BoilerplateLabel, Label, Segment, StripOptions } from '../types.js';

/** Options of {@link analyzeFeed}: the options of `stripBoilerplate`, applied to every item, plus limits. */
export interface AnalyzeFeedOptions extends StripOptions {
  /**
   * Analyse at most this many items (the first ones, in feed order); later items are ignored.
   * Default {@link DEFAULT_MAX_ITEMS}. The size of `xml` itself is the caller's to bound.
   */
  maxItems?: number;
}

/** Default of {@link AnalyzeFeedOptions.maxItems}. */
export const DEFAULT_MAX_ITEMS = 1000;

/** An item is counted as carrying promotion when at least this share of its text is removed. */
export const PROMO_ITEM_SHARE = 0.05;

/** A feed format {@link analyzeFeed} reads. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/** Removed share per boilerplate label; the four values add up to the item's `promoShare`. */
export type ShareByLabel = Record<BoilerplateLabel, number>;

/** One removed phrase pattern that recurs across items. */
export interface RecurringPhrase {
  /** The phrase with numbers (`<NUM>`), dates (`<DATE>`) and varying names (`<X>`) masked. */
  phrase: string;
  /** Number of items the phrase was removed from (each item counts once). */
  count: number;
  /** The label most of its occurrences were given. */
  label: Label;
}

/** The analysis of one feed item. */
export interface FeedItemAnalysis {
  /** The item's title as plain text (empty when it has none). */
  title: string;
  /** The item's link (empty when it has none). */
  link: string;
  /** The item's article as plain text, as analysed; `removed` offsets point into it. */
  text: string;
  /** The spam score `stripBoilerplate` gave the item text (0 for an empty text). */
  spamScore: number;
  /** `clickbaitScore(title).score`, in the language of `options.language` when given (0 for an empty title). */
  titleClickbait: number;
  /** Removed non-whitespace characters / all non-whitespace characters of `text`, in [0, 1]. */
  promoShare: number;
  /** `promoShare` split by the label of the removed units. */
  promoShareByLabel: ShareByLabel;
  /** The units that were removed from `text`, in order. */
  removed: Segment[];
}

/** Feed-level figures. */
export interface FeedSummary {
  /** The feed's title (empty when it has none). */
  title: string;
  /** Number of items analysed. */
  items: number;
  /** Share of items whose `promoShare` is at least {@link PROMO_ITEM_SHARE} (0 without items). */
  promoRatio: number;
  /** Mean of the items' `spamScore` (0 without items). */
  meanSpamScore: number;
  /** Removed non-whitespace characters / all non-whitespace characters, over all items. */
  promoShare: number;
  /** Removed phrases found in at least two items, most frequent first. */
  recurring: RecurringPhrase[];
}

/** The result of {@link analyzeFeed}. */
export interface FeedAnalysis {
  /** Feed-level figures. */
  feed: FeedSummary;
  /** One analysis per item, in feed order. */
  items: FeedItemAnalysis[];
}
