import { CUE_FAMILIES, type CueName } from '../lang/types.js';
import type { Decision } from '../decide.js';
import type { UnitFeatures } from '../features/index.js';
import { wordsBesideSeparators } from '../features/text-shape.js';
import type { BoilerplateLabel, Unit } from '../types.js';
import { lineEnd } from './line-runs.js';

/** Whether unit `k` exists and is removed at `threshold`. */
export const isRemoved = (decisions: readonly Decision[], k: number, threshold: number): boolean => decisions[k] !== undefined && decisions[k]!.score >= threshold;

/** Sets a unit's verdict to `score` and `label`, with `reason` first among its reasons. */
export function revise(decisions: Decision[], i: number, score: number, label: BoilerplateLabel, reason: string): void {
  decisions[i] = { score, label, reasons: [reason, ...decisions[i]!.reasons] };
}

/** Raises a unit's score to `score`, with `label`, unless it is at least that high already. */
export function raiseTo(decisions: Decision[], i: number, score: number, label: BoilerplateLabel, reason: string): void {
  if (decisions[i]!.score < score) revise(decisions, i, score, label, reason);
}

/** Caps a unit's score at `score`, keeping its label, when it is higher. */
export function capAt(decisions: Decision[], i: number, score: number, reason: string): void {
  const d = decisions[i]!;
  if (d.score > score) revise(decisions, i, score, d.label, reason);
}

/**
 * Caps unit `i` and the units after it on its line (those `capped` accepts) at `score`, and
 * returns the line's end: a note the article owns takes the rest of its line along.
 */
export function capLine(units: readonly Unit[], decisions: Decision[], i: number, score: number, reason: string, capped: (k: number) => boolean = () => true): number {
  const end = lineEnd(units, i);
  for (let k = i; k < end; k++) if (capped(k)) capAt(decisions, k, score, reason);
  return end;
}

/**
 * Whether a unit speaks in the article's own voice (a cue family labelled editorial: reported
 * speech, a wire lead, its own summary heading): passes that sweep a paragraph leave it.
 */
export const isArticleVoice = (f: UnitFeatures): boolean => f.cues.some((c) => CUE_FAMILIES[c].label === 'editorial');

/** Whether a unit carries a strong promotional cue (a call to action, an offer, a sponsor's label). */
export const hasStrongPromoCue = (f: UnitFeatures): boolean => f.cues.some((c) => CUE_FAMILIES[c].strong && CUE_FAMILIES[c].label === 'promo');

/** Whether every strong cue of a unit is one of `allowed`. */
export const strongCuesOnlyFrom = (f: UnitFeatures, allowed: readonly CueName[]): boolean =>
  !f.cues.some((c) => CUE_FAMILIES[c].strong && !allowed.includes(c));

/**
 * A heading or question may carry a teaser phrase and still be the article's own ("Should you
 * buy Netflix shares now?" above the author's answer); any other strong cue rules it out.
 */
export const onlyTeaserCues = (f: UnitFeatures): boolean => strongCuesOnlyFrom(f, ['teaser']);

/** A call to action of at most this many words is a bare button ("Register now", „Jetzt anmelden“). */
export const BARE_BUTTON_WORDS = 3;

/** Whether a unit is a bare button: a call to action of at most {@link BARE_BUTTON_WORDS} words. */
export const isBareButton = (f: UnitFeatures): boolean => f.cues.includes('cta') && wordsBesideSeparators(f.shape) <= BARE_BUTTON_WORDS;
