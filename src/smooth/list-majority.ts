import { hasStrongCue } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { capLine, isRemoved } from './revise.js';

/** A list item kept for its neighbours is capped here. */
const KEPT_SCORE = 0.3;

/**
 * A bulleted list is judged as a whole: an item between two kept items of the same list, whose
 * line carries no strong cue, is one of them ("- Never withdraw money from an ISA yourself to
 * move it, as you could lose its tax benefits." between the other steps of a checklist), however
 * it reads alone near the end of the article.
 */
export const listMajority: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  /** Whether line `l` is a list item's line without a strong cue, and with every unit kept when `kept`. */
  const plainItemLine = (l: number, kept: boolean): boolean => {
    const line = lines[l];
    if (line === undefined || units[line[0]]!.kind !== 'list-item') return false;
    for (let k = line[0]; k < line[1]; k++) if (hasStrongCue(features[k]) || (kept && decisions[k]!.score >= threshold)) return false;
    return true;
  };
  for (let l = 1; l + 1 < lines.length; l++) {
    if (!plainItemLine(l, false) || !plainItemLine(l - 1, true) || !plainItemLine(l + 1, true)) continue;
    capLine(units, decisions, lines[l]![0], KEPT_SCORE, 'an item between kept items of its list', (k) => isRemoved(decisions, k, threshold));
  }
};
