import { CONTEXT_FEATURE_NAMES } from './context-features.js';
import { FEATURE_NAMES } from './features/index.js';
import { LABELS, type LinearModel, type Model } from './types.js';
import { mapArray } from './map-array.js';

/**
 * A dense vector of feature values (plain arrays: far cheaper to allocate than typed arrays
 * for a few dozen values, and as fast to read).
 */
export type FeatureVector = number[];

/** Class probabilities of one unit, in {@link LABELS} order. */
export type Probabilities = number[];

function assertFits(part: LinearModel | undefined, expected: readonly string[], name: string): void {
  const same =
    part !== undefined &&
    Array.isArray(part.features) &&
    part.features.length === expected.length &&
    part.features.every((f, i) => f === expected[i]) &&
    part.weights?.length === LABELS.length &&
    part.weights.every((w) => w.length === expected.length) &&
    part.bias?.length === LABELS.length;
  if (!same) {
    throw new TypeError(
      `promostrip: the model does not fit this version: its ${name} classifier needs ${LABELS.length} labels × ${expected.length} features (${expected.slice(0, 3).join(', ')}, …), found ${part?.weights?.length ?? 0} × ${part?.features?.length ?? 0}`,
    );
  }
}

/** Throws a TypeError when a model was trained for other features than this runtime computes. */
export function assertModelFits(model: Model): void {
  assertFits(model?.unit, FEATURE_NAMES, 'unit');
  assertFits(model?.context, CONTEXT_FEATURE_NAMES, 'context');
}

/** Scratch list of the non-zero columns of the vector being classified (reused: no allocation per call). */
const active: number[] = [];

/** Log-probabilities are floored here so that a certain verdict stays correctable. */
const MIN_PROBABILITY = 1e-6;

/**
 * Softmax of `offset + bias + weights · values`. The optional offset (per label) lets a
 * classifier correct an earlier verdict instead of starting from scratch.
 */
export function classify(values: FeatureVector, model: LinearModel, offset?: readonly number[]): Probabilities {
  let nonZero = 0;
  for (let j = 0; j < values.length; j++) if (values[j] !== 0) active[nonZero++] = j;
  const z = new Array<number>(LABELS.length);
  let max = -Infinity;
  for (let k = 0; k < LABELS.length; k++) {
    const w = model.weights[k]!;
    let s = model.bias[k]! + (offset ? offset[k]! : 0);
    for (let a = 0; a < nonZero; a++) {
      const j = active[a]!;
      s += w[j]! * values[j]!;
    }
    z[k] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
  return z;
}

/**
 * The features that pushed a unit most towards label index `toward` rather than `against`,
 * strongest first, as feature indices (only positive contributions). One pass, no sorting.
 */
export function strongestEvidence(values: FeatureVector, model: LinearModel, toward: number, against: number, limit: number): number[] {
  if (limit <= 0) return [];
  const w = model.weights[toward]!;
  const e = model.weights[against]!;
  const best: number[] = [];
  const gain: number[] = [];
  for (let j = 0; j < values.length; j++) {
    if (values[j] === 0) continue;
    const c = (w[j]! - e[j]!) * values[j]!;
    if (c <= 0 || (best.length === limit && c <= gain[limit - 1]!)) continue;
    // Insertion into the sorted top list, dropping the weakest when it is full (no splice: it allocates).
    let k = best.length;
    if (k < limit) {
      best.push(j);
      gain.push(c);
    } else k = limit - 1;
    for (; k > 0 && gain[k - 1]! < c; k--) {
      best[k] = best[k - 1]!;
      gain[k] = gain[k - 1]!;
    }
    best[k] = j;
    gain[k] = c;
  }
  return best;
}

/** Log-probabilities of a verdict, floored: the offset a context classifier corrects. */
export function logProbabilities(p: Probabilities): number[] {
  return mapArray(p, (x) => Math.log(Math.max(x, MIN_PROBABILITY)));
}
