/**
 * Training of the unit classifier: multinomial logistic regression over the runtime's features,
 * fitted with Adam on word-weighted examples. Imports the same `analyze` as the runtime, so
 * training and inference cannot drift apart.
 */
import { analyze } from '../../src/analyze.js';
import { FEATURE_NAMES } from '../../src/features/index.js';
import { softmax } from '../../src/classify.js';
import { LABELS, type DetectedLanguage, type Label, type Model } from '../../src/types.js';
import { charLabels, type GoldArticle } from './gold.js';

/** One training example: a unit's features, its gold label index and its weight. */
export interface Example {
  values: Float64Array;
  label: number;
  weight: number;
}

/** The majority gold label of a unit's non-space characters. */
function unitLabel(labels: readonly Label[], text: string, start: number, end: number): Label {
  const count = new Map<Label, number>();
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i]!)) continue;
    const l = labels[i]!;
    count.set(l, (count.get(l) ?? 0) + 1);
  }
  let best: Label = 'editorial';
  for (const [l, n] of count) if (n > (count.get(best) ?? 0)) best = l;
  return best;
}

/** Examples of every unit of some gold articles. */
export function examplesOf(articles: readonly GoldArticle[]): Example[] {
  return articles.flatMap((a) => {
    const labels = charLabels(a);
    const { units, features } = analyze(a.text, a.lang as DetectedLanguage);
    return units.map((u, i) => ({
      values: features[i]!.values,
      label: LABELS.indexOf(unitLabel(labels, a.text, u.start, u.end)),
      weight: Math.min(features[i]!.shape.words, 40) + 1,
    }));
  });
}

/** Hyper-parameters of {@link trainModel}. */
export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

/** Defaults chosen on leave-one-publisher-out figures, not in-sample ones. */
export const TRAIN_DEFAULTS: TrainOptions = { epochs: 400, learningRate: 0.05, l2: 0.002 };

/** Fits a model to examples with full-batch Adam. Deterministic. */
export function trainModel(examples: readonly Example[], options: TrainOptions = TRAIN_DEFAULTS): Model {
  const K = LABELS.length;
  const F = FEATURE_NAMES.length;
  const W = Array.from({ length: K }, () => new Float64Array(F));
  const b = new Float64Array(K);
  const mW = Array.from({ length: K }, () => new Float64Array(F));
  const vW = Array.from({ length: K }, () => new Float64Array(F));
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= options.epochs; t++) {
    const gW = Array.from({ length: K }, () => new Float64Array(F));
    const gb = new Float64Array(K);
    for (const ex of examples) {
      const z = new Float64Array(K);
      for (let k = 0; k < K; k++) {
        let s = b[k]!;
        const w = W[k]!;
        for (let j = 0; j < F; j++) if (ex.values[j] !== 0) s += w[j]! * ex.values[j]!;
        z[k] = s;
      }
      const p = softmax(z);
      for (let k = 0; k < K; k++) {
        const d = ((p[k]! - (k === ex.label ? 1 : 0)) * ex.weight) / totalWeight;
        gb[k]! += d;
        const g = gW[k]!;
        for (let j = 0; j < F; j++) if (ex.values[j] !== 0) g[j]! += d * ex.values[j]!;
      }
    }
    const step = (param: Float64Array, grad: Float64Array, m: Float64Array, v: Float64Array, decay: number) => {
      for (let j = 0; j < param.length; j++) {
        const g = grad[j]! + decay * param[j]!;
        m[j] = beta1 * m[j]! + (1 - beta1) * g;
        v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
        const mh = m[j]! / (1 - beta1 ** t);
        const vh = v[j]! / (1 - beta2 ** t);
        param[j]! -= (options.learningRate * mh) / (Math.sqrt(vh) + eps);
      }
    };
    for (let k = 0; k < K; k++) step(W[k]!, gW[k]!, mW[k]!, vW[k]!, options.l2);
    step(b, gb, mb, vb, 0);
  }
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return { features: [...FEATURE_NAMES], weights: W.map((w) => [...w].map(r)), bias: [...b].map(r) };
}
