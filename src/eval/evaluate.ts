import { stripBoilerplate } from '../strip.js';
import type { DetectedLanguage, StripOptions, StripResult } from '../types.js';
import type { GoldArticle } from './gold.js';
import { countTokens, type TokenCounts } from './metrics.js';

/** The outcome of running the pipeline on one gold article. */
export interface ArticleEvaluation {
  /** The gold article evaluated. */
  article: GoldArticle;
  /** What `stripBoilerplate` returned for it. */
  result: StripResult;
  /** Its word tokens, counted by gold label and by whether they were removed. */
  counts: TokenCounts;
}

/**
 * Strips a gold article with `stripBoilerplate` in its annotated language (`und` unless that is
 * a supported one) and counts its tokens against the gold spans.
 *
 * @param article - A parsed gold article (see {@link parseGold}).
 * @param options - Options for `stripBoilerplate`; a `language` given here wins over the article's.
 * @returns The article, the strip result and the token counts.
 */
export function evaluateArticle(article: GoldArticle, options: StripOptions = {}): ArticleEvaluation {
  const language = (['de', 'en'].includes(article.lang) ? article.lang : 'und') as DetectedLanguage;
  const result = stripBoilerplate(article.text, { language, ...options });
  return { article, result, counts: countTokens(article.text, article.spans, result.segments, undefined, options.remove && new Set(options.remove)) };
}
