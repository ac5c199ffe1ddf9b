import { visibleOffsets } from '../features/text-shape.js';
import type { SmoothingPass } from './index.js';
import { capAt } from './revise.js';
import { mapArray } from '../map-array.js';

/** A lead starts before this share of the article's visible text. */
const MAX_POSITION = 0.5;
/** A guarded lead's score is capped here. */
const GUARDED_SCORE = 0.2;

/**
 * The sentence a wire dateline is fused into ("WASHINGTON, Sept 18 (Reuters) - …", "BONN
 * (dpa-AFX) - …") is the article's lead and stays, even when it urges the reader to act, as
 * the leads of law-firm and offer press releases do.
 */
export const leadGuard: SmoothingPass = ({ features, decisions }) => {
  const { before, total } = visibleOffsets(mapArray(features, (f) => f.shape));
  features.forEach((f, i) => {
    if (before[i]! / total <= MAX_POSITION && f.cues.includes('dateline-lead')) capAt(decisions, i, GUARDED_SCORE, 'lead sentence after a wire dateline');
  });
};
