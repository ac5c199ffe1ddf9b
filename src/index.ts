/**
 * promostrip: strip promo teasers, upsells, related-link lists, disclaimers and page chrome
 * from scraped financial news, with offsets, scores and reasons for every unit.
 *
 * @packageDocumentation
 */
export { stripBoilerplate } from './strip.js';
export { segment } from './segment-api.js';
export { detectLanguage } from './lang/detect.js';
export * from './types.js';
export { clickbaitScore, type ClickbaitOptions, type ClickbaitResult } from './clickbait/index.js';
export {
  analyzeFeed,
  PROMO_ITEM_SHARE,
  DEFAULT_MAX_ITEMS,
  type AnalyzeFeedOptions,
  type FeedAnalysis,
  type FeedItemAnalysis,
  type FeedSummary,
  type RecurringPhrase,
  type ShareByLabel,
  type FeedFormat,
} from './feed/index.js';
export {
  stripMany,
  type BatchRecord,
  type RecordFields,
  type RemovedSpan,
  type StripManyOptions,
  type StripManyResult,
} from './batch/index.js';
export { parseGold, type GoldArticle, type GoldSpan } from './eval/gold.js';
export { evaluateArticle, type ArticleEvaluation } from './eval/evaluate.js';
export { addCounts, countTokens, emptyCounts, tokenMetrics, type TokenCounts, type TokenMetrics } from './eval/metrics.js';
