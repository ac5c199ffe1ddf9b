/**
 * The corpus evaluation behind `npm run eval` and the corpus test: in-sample (the model trained
 * on everything) and leave-one-publisher-out (a model trained without the publisher it is tested on).
 */
import { evaluateArticle, type ArticleEvaluation } from '../../src/eval/evaluate.js';
import { addCounts, emptyCounts, tokenMetrics, type TokenMetrics } from '../../src/eval/metrics.js';
import type { Model, StripOptions } from '../../src/types.js';
import { goldEditorialText, type GoldArticle } from './gold.js';
import { articleExamples, trainModel, withStrippedVariants, type ArticleExamples } from './train.js';

/** Metrics overall, by language and by publisher group, with the per-article evaluations. */
export interface EvaluationReport {
  overall: TokenMetrics;
  byLanguage: Record<string, TokenMetrics>;
  byPublisher: Record<string, TokenMetrics>;
  articles: ArticleEvaluation[];
}

function summarize(articles: ArticleEvaluation[]): EvaluationReport {
  const group = (key: (a: GoldArticle) => string) => {
    const out: Record<string, TokenMetrics> = {};
    for (const k of [...new Set(articles.map((e) => key(e.article)))].sort()) {
      const c = emptyCounts();
      for (const e of articles) if (key(e.article) === k) addCounts(c, e.counts);
      out[k] = tokenMetrics(c);
    }
    return out;
  };
  const all = emptyCounts();
  for (const e of articles) addCounts(all, e.counts);
  return {
    overall: tokenMetrics(all),
    byLanguage: group((a) => a.lang),
    byPublisher: group((a) => a.publisherGroup),
    articles,
  };
}

/** Evaluates articles with one model. */
export function evaluateWith(articles: readonly GoldArticle[], options: StripOptions = {}): EvaluationReport {
  return summarize(articles.map((a) => evaluateArticle(a, options)));
}

/**
 * Leave-one-publisher-out: for every publisher group of `test`, a model trained on `training`
 * without that group scores that group's articles.
 */
export function leaveOnePublisherOut(
  test: readonly GoldArticle[],
  training: readonly GoldArticle[],
  options: StripOptions = {},
  prepare: (examples: ArticleExamples[]) => ArticleExamples[] = (e) => e,
): EvaluationReport {
  return leaveOnePublisherOutSweep(test, training, [options], prepare)[0]!;
}

/**
 * {@link leaveOnePublisherOut} with several sets of strip options (e.g. thresholds), one report
 * each: every held-out model is trained once and scores its articles with each set.
 */
export function leaveOnePublisherOutSweep(
  test: readonly GoldArticle[],
  training: readonly GoldArticle[],
  optionSets: readonly StripOptions[],
  prepare: (examples: ArticleExamples[]) => ArticleExamples[] = (e) => e,
): EvaluationReport[] {
  const examples = prepare(withStrippedVariants(training).map(articleExamples));
  const groups = [...new Set(test.map((a) => a.publisherGroup))];
  const evaluations = optionSets.map((): ArticleEvaluation[] => []);
  for (const g of groups) {
    const model: Model = trainModel(examples.filter((e) => e.article.publisherGroup !== g));
    for (const a of test.filter((t) => t.publisherGroup === g)) {
      optionSets.forEach((options, k) => evaluations[k]!.push(evaluateArticle(a, { ...options, model })));
    }
  }
  return evaluations.map(summarize);
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether the pipeline's text equals the gold editorial body, whitespace normalised. */
export function matchesGoldBody(e: ArticleEvaluation): boolean {
  return normalise(e.result.text) === normalise(goldEditorialText(e.article));
}

/** The gold share of an article's visible characters that is not editorial. */
export function goldBoilerplateShare(a: GoldArticle): number {
  const visible = (t: string) => t.replace(/\s+/g, '').length;
  const all = visible(a.text);
  return all === 0 ? 0 : 1 - visible(goldEditorialText(a)) / all;
}

/** Spearman's rank correlation of two equally long lists (ties get their mean rank). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const ranks = (v: readonly number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const [rx, ry] = [ranks(xs), ranks(ys)];
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(rx), mean(ry)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  rx.forEach((x, i) => {
    sxy += (x - mx) * (ry[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  });
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
