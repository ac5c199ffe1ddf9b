import { hasStrongCue } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { capAt } from './revise.js';

/** A guarded list item's score is capped here. */
const GUARDED_SCORE = 0.2;

/**
 * An editorial bullet list after an editorial lead-in stays: the list items that follow a kept
 * unit ending in a colon ("Die wichtigsten Punkte im Überblick:"), with the further sentences on
 * their lines ("• Your credit score. Borrowers with scores of 740 …"), are the article's own,
 * unless a unit carries a strong boilerplate cue of its own.
 */
export const leadInLists: SmoothingPass = ({ units, features, decisions, threshold }) => {
  for (let i = 0; i < units.length; i++) {
    if (features[i]!.shape.end !== ':' || decisions[i]!.score >= threshold || hasStrongCue(features[i])) continue;
    let itemLine = -1;
    for (let j = i + 1; j < units.length; j++) {
      if (units[j]!.kind === 'list-item') itemLine = units[j]!.line;
      else if (units[j]!.line !== itemLine) break;
      if (!hasStrongCue(features[j])) capAt(decisions, j, GUARDED_SCORE, 'item of a list the article introduces');
    }
  }
};
