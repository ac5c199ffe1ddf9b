import { hasStrongCue } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { OPENING_NUMBER } from './related-lists.js';
import { capLine, isRemoved } from './revise.js';

/** A list item kept for its neighbours is capped here. */
const KEPT_SCORE = 0.3;

/**
 * A bulleted list is judged as a whole: an item between two kept items of the same list, whose
 * line carries no strong cue, is one of them ("- Never withdraw money from an ISA yourself to
 * move it, as you could lose its tax benefits." between the other steps of a checklist), however
 * it reads alone near the end of the article. In a numbered list the items are one list by their
 * numbers: an item numbered right before (or after) two kept items of its list is one of them too
 * ("1. Check your last statement …" over "2. …" and "3. …" at the start of a list of tips), and so,
 * item by item, is the rest of the list's run.
 */
export const listMajority: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  /** Whether line `l` is a list item's line without a strong cue, and with every unit kept when `kept`. */
  const plainItemLine = (l: number, kept: boolean): boolean => {
    const line = lines[l];
    if (line === undefined || units[line[0]]!.kind !== 'list-item') return false;
    for (let k = line[0]; k < line[1]; k++) if (hasStrongCue(features[k]) || (kept && decisions[k]!.score >= threshold)) return false;
    return true;
  };
  const keep = (l: number, reason: string) => capLine(units, decisions, lines[l]![0], KEPT_SCORE, reason, (k) => isRemoved(decisions, k, threshold));
  for (let l = 1; l + 1 < lines.length; l++) {
    if (plainItemLine(l, false) && plainItemLine(l - 1, true) && plainItemLine(l + 1, true)) keep(l, 'an item between kept items of its list');
  }
  /** The number line `l` opens with, when it is a list item's. */
  const numberOf = (l: number): number | undefined => {
    const line = lines[l];
    const number = line && OPENING_NUMBER.exec(features[line[0]]!.shape.trimmed);
    return number ? Number(number[1]) : undefined;
  };
  /**
   * Whether line `l` is a plain removed item numbered one `step` away from two kept items of its
   * list. A list under a header with a strong cue ("Trending Stories") is that header's links.
   */
  const numberedOn = (l: number, step: 1 | -1): boolean => {
    const n = numberOf(l);
    return (
      n !== undefined &&
      plainItemLine(l, false) &&
      !(step === 1 && l > 0 && hasStrongCue(features[lines[l]![0] - 1])) &&
      [1, 2].every((d) => plainItemLine(l + d * step, true) && numberOf(l + d * step) === n + d * step)
    );
  };
  for (let l = lines.length - 1; l >= 0; l--) if (numberedOn(l, 1)) keep(l, 'numbered right before kept items of its list');
  for (let l = 0; l < lines.length; l++) if (numberedOn(l, -1)) keep(l, 'numbered right after kept items of its list');
};
