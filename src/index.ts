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
export { analyzeFeed } from './feed/index.js';
export { stripMany } from './batch/index.js';
