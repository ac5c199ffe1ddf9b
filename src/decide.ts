import { strongestEvidence, type FeatureVector, type Probabilities } from './classify.js';
import { CONTEXT_FEATURE_NAMES, CONTEXT_REASONS } from './context-features.js';
import { FEATURE_REASONS } from './explain.js';
import { hasStrongCue, type UnitFeatures } from './features/index.js';
import { LABELS, type BoilerplateLabel, type Model } from './types.js';
import { mapArray } from './map-array.js';

/** The pipeline's running verdict on one unit, refined by the smoothing passes. */
export interface Decision {
  /** Probability that the unit is not editorial. */
  score: number;
  /** The most likely boilerplate label (used when `score` reaches the threshold). */
  label: BoilerplateLabel;
  /** Reasons, strongest first. */
  reasons: string[];
}

const OWN_REASONS = 2;
/** The context is named among the reasons when it moved the score at least this much. */
const CONTEXT_SHIFT = 0.2;

/**
 * The verdict on one unit: the context classifier's probabilities (its boilerplate score never
 * below the unit's own when the unit has a strong cue), explained (unless `explain`
 * is false) by the unit's own strongest features and, when the context changed the verdict, by
 * the context that did.
 */
export function decide(own: Probabilities, inContext: Probabilities, f: UnitFeatures, context: FeatureVector, model: Model, explain = true): Decision {
  let best = 1;
  for (let k = 2; k < LABELS.length; k++) if (inContext[k]! > inContext[best]!) best = k;
  // The context may strengthen a unit's own strong cue but not talk it away: only the smoothing
  // passes, with structural reasons (a table's source line, a heading of article text), may.
  const score = hasStrongCue(f) ? Math.max(1 - inContext[0]!, 1 - own[0]!) : 1 - inContext[0]!;
  if (!explain) return { score, label: LABELS[best] as BoilerplateLabel, reasons: [] };
  const [toward, against] = score >= 0.5 ? [best, 0] : [0, best];
  const reasons = mapArray(strongestEvidence(f.values, model.unit, toward, against, OWN_REASONS), (j) => FEATURE_REASONS[j]!);
  if (Math.abs(score - (1 - own[0]!)) >= CONTEXT_SHIFT) {
    const j = strongestEvidence(context, model.context, toward, against, 3).find((c) => CONTEXT_REASONS[CONTEXT_FEATURE_NAMES[c]!]);
    if (j !== undefined) reasons.unshift(CONTEXT_REASONS[CONTEXT_FEATURE_NAMES[j]!]!);
  }
  return { score, label: LABELS[best] as BoilerplateLabel, reasons };
}
