import { FEATURE_NAMES } from './features/index.js';
import { LABELS, type Model } from './types.js';

/** Class probabilities of one unit, in {@link LABELS} order. */
export type Probabilities = Float64Array;

/** Throws when a model was trained for another feature list than this runtime computes. */
export function assertModelFits(model: Model): void {
  const same =
    model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i]);
  if (!same || model.weights.length !== LABELS.length || model.bias.length !== LABELS.length) {
    throw new TypeError(
      `promostrip: the model does not fit this version: expected ${LABELS.length} labels × ${FEATURE_NAMES.length} features (${FEATURE_NAMES.slice(0, 3).join(', ')}, …), found ${model.weights.length} × ${model.features.length}`,
    );
  }
}

/** The linear score of each label for one unit: `bias + weights · features`. */
export function logits(values: Float64Array, model: Model): Float64Array {
  const out = new Float64Array(LABELS.length);
  for (let k = 0; k < LABELS.length; k++) {
    const w = model.weights[k]!;
    let z = model.bias[k]!;
    for (let j = 0; j < values.length; j++) if (values[j] !== 0) z += w[j]! * values[j]!;
    out[k] = z;
  }
  return out;
}

/** Softmax of logits, in place-safe form (returns a new array). */
export function softmax(z: Float64Array): Probabilities {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += out[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < z.length; k++) out[k]! /= sum;
  return out;
}

/** Class probabilities of one unit under a model. */
export function classify(values: Float64Array, model: Model): Probabilities {
  return softmax(logits(values, model));
}

/**
 * The features that pushed a unit most towards label index `toward` rather than `against`,
 * strongest first, as feature indices (only positive contributions).
 */
export function strongestEvidence(values: Float64Array, model: Model, toward: number, against: number, limit: number): number[] {
  const w = model.weights[toward]!;
  const e = model.weights[against]!;
  const pairs: [number, number][] = [];
  for (let j = 0; j < values.length; j++) {
    const c = (w[j]! - e[j]!) * values[j]!;
    if (c > 0) pairs.push([j, c]);
  }
  return pairs.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([j]) => j);
}
