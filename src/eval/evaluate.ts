import { stripBoilerplate } from '../strip.js';
import type { DetectedLanguage, StripOptions, StripResult } from '../types.js';
import type { GoldArticle } from './gold.js';
import { countTokens, type TokenCounts } from './metrics.js';

/** The outcome of running the pipeline on one gold article. */
export interface ArticleEvaluation {
  article: GoldArticle;
  result: StripResult;
  counts: TokenCounts;
}

/** Strips a gold article (in its annotated language) and counts tokens against the gold spans. */
export function evaluateArticle(article: GoldArticle, options: StripOptions = {}): ArticleEvaluation {
  const language = (['de', 'en'].includes(article.lang) ? article.lang : 'und') as DetectedLanguage;
  const result = stripBoilerplate(article.text, { language, ...options });
  return { article, result, counts: countTokens(article.text, article.spans, result.segments) };
}
