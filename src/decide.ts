import { strongestEvidence, type Probabilities } from './classify.js';
import { FEATURE_REASONS } from './explain.js';
import type { UnitFeatures } from './features/index.js';
import { LABELS, type BoilerplateLabel, type Model } from './types.js';

/** The pipeline's running verdict on one unit, refined by the smoothing passes. */
export interface Decision {
  /** Probability that the unit is not editorial. */
  score: number;
  /** The most likely boilerplate label (used when `score` reaches the threshold). */
  label: BoilerplateLabel;
  /** Reasons, strongest first. */
  reasons: string[];
}

const REASONS_PER_UNIT = 3;

/** The model's verdict on one unit before context smoothing, with the features behind it. */
export function initialDecision(p: Probabilities, f: UnitFeatures, model: Model): Decision {
  let best = 1;
  for (let k = 2; k < LABELS.length; k++) if (p[k]! > p[best]!) best = k;
  const score = 1 - p[0]!;
  const [toward, against] = score >= 0.5 ? [best, 0] : [0, best];
  const reasons = strongestEvidence(f.values, model, toward, against, REASONS_PER_UNIT).map((j) => FEATURE_REASONS[j]!);
  return { score, label: LABELS[best] as BoilerplateLabel, reasons };
}
