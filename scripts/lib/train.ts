/**
 * Training of the two classifiers: multinomial logistic regressions fitted with Adam on
 * word-weighted units. The unit classifier learns from each unit's own features; the context
 * classifier learns from the unit classifier's cross-fitted verdicts on the unit and its
 * neighbours (so it sees the errors the unit classifier makes on articles it did not train on).
 * Imports the same `analyze` and `contextFeatures` as the runtime, so the two cannot drift apart.
 */
import { analyze } from '../../src/analyze.js';
import { classify, logProbabilities } from '../../src/classify.js';
import { CONTEXT_FEATURE_NAMES, contextFeatures } from '../../src/context-features.js';
import { FEATURE_NAMES, type UnitFeatures } from '../../src/features/index.js';
import { CUE_FAMILIES, type CueName } from '../../src/lang/types.js';
import { LABELS, type DetectedLanguage, type Label, type LinearModel, type Model } from '../../src/types.js';
import { charLabels, goldEditorialText, type GoldArticle } from './gold.js';
import type { Unit } from '../../src/types.js';

/** An article's units, their features and gold labels, computed once and reused across fits. */
export interface ArticleExamples {
  article: GoldArticle;
  units: Unit[];
  features: UnitFeatures[];
  /** Gold label index of each unit (majority of its non-space characters). */
  labels: number[];
  /** Training weight of each unit: the square root of its word count (a middle way between units and tokens). */
  weights: number[];
}

/** One training row in sparse form. */
interface Row {
  index: Int32Array;
  value: Float64Array;
  label: number;
  weight: number;
  /** Per-label scores added before the softmax (the verdict a context classifier corrects). */
  offset?: readonly number[];
}

function unitLabel(labels: readonly Label[], text: string, start: number, end: number): number {
  const count = new Array<number>(LABELS.length).fill(0);
  for (let i = start; i < end; i++) if (!/\s/.test(text[i]!)) count[LABELS.indexOf(labels[i]!)]!++;
  let best = 0;
  for (let k = 1; k < count.length; k++) if (count[k]! > count[best]!) best = k;
  return best;
}

/**
 * An article as `stripBoilerplate` should leave it: its gold editorial body, all editorial.
 * Training on these teaches the model that the end of a stripped body is still the article,
 * which is what keeps stripping idempotent without eating the last paragraph.
 */
export function strippedVariant(a: GoldArticle): GoldArticle {
  return { ...a, id: `${a.id}#stripped`, text: goldEditorialText(a).trim(), spans: [], synthetic: true };
}

/** A corpus for training: the articles, plus the stripped variant of each that had boilerplate. */
export function withStrippedVariants(articles: readonly GoldArticle[]): GoldArticle[] {
  return [...articles, ...articles.filter((a) => a.spans.length > 0).map(strippedVariant)];
}

/** Segments, featurizes and labels a gold article. */
export function articleExamples(article: GoldArticle): ArticleExamples {
  const charLabel = charLabels(article);
  const { units, features } = analyze(article.text, article.lang as DetectedLanguage);
  return {
    article,
    units,
    features,
    labels: units.map((u) => unitLabel(charLabel, article.text, u.start, u.end)),
    weights: features.map((f) => Math.sqrt(f.shape.words + 1)),
  };
}

/** The same examples with one feature zeroed: training on them fits a model without that feature. */
export function withoutFeature(examples: readonly ArticleExamples[], feature: string): ArticleExamples[] {
  const j = FEATURE_NAMES.indexOf(feature);
  if (j < 0) throw new Error(`unknown feature ${feature}`);
  return examples.map((e) => ({
    ...e,
    features: e.features.map((f) => {
      const values = [...f.values];
      values[j] = 0;
      return { ...f, values };
    }),
  }));
}

const sparse = (values: readonly number[], label: number, weight: number, offset?: readonly number[]): Row => {
  const idx: number[] = [];
  for (let j = 0; j < values.length; j++) if (values[j] !== 0) idx.push(j);
  return { index: Int32Array.from(idx), value: Float64Array.from(idx.map((j) => values[j]!)), label, weight, offset };
};

/** Hyper-parameters of a fit. */
export interface FitOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty of cue features, which name phrase families and are trusted more. */
  l2Cues: number;
  /** L2 penalty of every other feature (shape, position, context), easy to over-fit on a small corpus. */
  l2Other: number;
  /**
   * A strong cue family is evidence for its own label: its weight for that label stays at least
   * this much above its weight for editorial.
   */
  cueMargin: number;
}

/**
 * Defaults chosen on leave-one-publisher-out figures, not in-sample ones. Rare cue families end
 * up held at their margin (the L2 penalty outweighs a handful of examples), so `cueMargin` is in
 * effect the weight of a strong cue: 4 let a single cue outweigh the editorial prior of a long
 * sentence (3 left many cue-carrying teasers and disclaimers at 0.4–0.6; 5 gained nothing more).
 */
export const FIT_DEFAULTS: FitOptions = { epochs: 300, learningRate: 0.05, l2Cues: 0.0005, l2Other: 0.004, cueMargin: 4 };

/**
 * Defaults of the context classifier (it has no cue features, so only `l2Other` applies to its
 * weights). A stronger penalty than the unit classifier's keeps it a correction of the unit's own
 * verdict: with 0.004 it learned to pull isolated boilerplate (a disclaimer line, a lone call to
 * action) back under the threshold.
 */
export const CONTEXT_FIT_DEFAULTS: FitOptions = { ...FIT_DEFAULTS, l2Other: 0.01 };

const cueFamily = (feature: string) => {
  const name = feature.startsWith('cue:') ? (feature.slice(4) as CueName) : undefined;
  return name && name in CUE_FAMILIES ? CUE_FAMILIES[name] : undefined;
};

/** For each feature, the label index a strong cue family points to (or -1). */
const strongCueLabelOf = (features: readonly string[]): number[] =>
  features.map((f) => {
    const family = cueFamily(f);
    return family?.strong ? LABELS.indexOf(family.label) : -1;
  });

/** Fits a multinomial logistic regression with full-batch Adam. Deterministic. */
export function fitLinear(rows: readonly Row[], features: readonly string[], options: FitOptions = FIT_DEFAULTS): LinearModel {
  const K = LABELS.length;
  const F = features.length;
  const W = Array.from({ length: K }, () => new Float64Array(F));
  const b = new Float64Array(K);
  const moments = Array.from({ length: K + 1 }, () => ({ m: new Float64Array(F), v: new Float64Array(F) }));
  const totalWeight = rows.reduce((s, r) => s + r.weight, 0) || 1;
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  const z = new Float64Array(K);
  const cueLabel = strongCueLabelOf(features);
  const decay = Float64Array.from(features, (f) => (cueFamily(f) ? options.l2Cues : options.l2Other));
  for (let t = 1; t <= options.epochs; t++) {
    const gW = Array.from({ length: K }, () => new Float64Array(F));
    const gb = new Float64Array(K);
    for (const r of rows) {
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = b[k]! + (r.offset ? r.offset[k]! : 0);
        const w = W[k]!;
        for (let q = 0; q < r.index.length; q++) s += w[r.index[q]!]! * r.value[q]!;
        z[k] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
      for (let k = 0; k < K; k++) {
        const d = ((z[k]! / sum - (k === r.label ? 1 : 0)) * r.weight) / totalWeight;
        gb[k]! += d;
        const g = gW[k]!;
        for (let q = 0; q < r.index.length; q++) g[r.index[q]!]! += d * r.value[q]!;
      }
    }
    const step = (param: Float64Array, grad: Float64Array, m: Float64Array, v: Float64Array, decay: Float64Array | undefined) => {
      for (let j = 0; j < param.length; j++) {
        const g = grad[j]! + (decay ? decay[j]! * param[j]! : 0);
        m[j] = beta1 * m[j]! + (1 - beta1) * g;
        v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
        param[j]! -= (options.learningRate * (m[j]! / (1 - beta1 ** t))) / (Math.sqrt(v[j]! / (1 - beta2 ** t)) + eps);
      }
    };
    for (let k = 0; k < K; k++) step(W[k]!, gW[k]!, moments[k]!.m, moments[k]!.v, decay);
    step(b, gb, moments[K]!.m.subarray(0, K), moments[K]!.v.subarray(0, K), undefined);
    // Projection onto the constraint: a strong cue's own label keeps its margin over editorial.
    cueLabel.forEach((l, j) => {
      if (l <= 0) return;
      const gap = W[l]![j]! - W[0]![j]!;
      if (gap < options.cueMargin) {
        W[l]![j]! += (options.cueMargin - gap) / 2;
        W[0]![j]! -= (options.cueMargin - gap) / 2;
      }
    });
  }
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return { features: [...features], weights: W.map((w) => [...w].map(r4)), bias: [...b].map(r4) };
}

const unitRows = (a: ArticleExamples): Row[] => a.features.map((f, i) => sparse(f.values, a.labels[i]!, a.weights[i]!));

/** Number of publisher-grouped folds used to cross-fit the unit classifier's verdicts. */
const FOLDS = 3;

/**
 * Trains both classifiers on some articles. The context classifier's rows come from unit
 * classifiers that did not see the article's publisher group (cross-fitting over {@link FOLDS}
 * folds of publisher groups).
 */
export function trainModel(
  articles: readonly ArticleExamples[],
  options: FitOptions = FIT_DEFAULTS,
  contextOptions: FitOptions = CONTEXT_FIT_DEFAULTS,
): Model {
  const groups = [...new Set(articles.map((a) => a.article.publisherGroup))].sort();
  const fold = new Map(groups.map((g, i) => [g, i % FOLDS]));
  const contextRows: Row[] = [];
  for (let f = 0; f < Math.min(FOLDS, groups.length); f++) {
    const inFold = articles.filter((a) => fold.get(a.article.publisherGroup) === f);
    const rest = articles.filter((a) => fold.get(a.article.publisherGroup) !== f);
    const unit = fitLinear(rest.flatMap(unitRows), FEATURE_NAMES, options);
    for (const a of inFold) {
      const own = a.features.map((x) => classify(x.values, unit));
      contextFeatures(a.units, a.features, own).forEach((c, i) =>
        contextRows.push(sparse(c, a.labels[i]!, a.weights[i]!, logProbabilities(own[i]!))),
      );
    }
  }
  return {
    unit: fitLinear(articles.flatMap(unitRows), FEATURE_NAMES, options),
    context: fitLinear(contextRows, CONTEXT_FEATURE_NAMES, contextOptions),
  };
}
