import type { SmoothingPass } from './index.js';
import { aloneOnLine } from './line-runs.js';
import { isRemoved, raiseTo } from './revise.js';

/** Score given to the note. */
const NOTE_SCORE = 0.9;
/** A summary box the note closes has at most this many lines below its heading. */
const BOX_LINES = 6;

/**
 * A note on AI-assisted production alone on its line, below a summary box's list or next to
 * removed lines („Diese Zusammenfassung wurde mithilfe von KI erstellt und von der Redaktion
 * geprüft.“, "This summary was created with the help of AI."), or closing a box of lines under
 * its summary heading ("Key Points" over three sentences, each on its line), is the site's note, however
 * plainly it reads. A report of such a use in someone's words, or addressed to the reader, is
 * the article's.
 */
export const aiNotes: SmoothingPass = ({ units, features, decisions, threshold }) => {
  const removed = (k: number) => isRemoved(decisions, k, threshold);
  const closesSummaryBox = (i: number) => {
    for (let k = i - 1; k >= 0 && i - k <= BOX_LINES + 1; k--) {
      if (features[k]!.cues.includes('summary-heading')) return true;
      if (!aloneOnLine(units, k)) return false;
    }
    return false;
  };
  features.forEach((f, i) => {
    if (!f.cues.includes('ai-note') || f.cues.includes('reported-speech') || f.cues.includes('second-person') || !aloneOnLine(units, i)) return;
    if (units[i - 1]?.kind === 'list-item' || removed(i - 1) || removed(i + 1) || closesSummaryBox(i)) raiseTo(decisions, i, NOTE_SCORE, 'disclaimer', 'note on AI-assisted production beside a box');
  });
};
