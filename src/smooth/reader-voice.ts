import { hasStrongCue } from '../features/index.js';
import { CLEARLY_KEPT } from './clearly-kept.js';
import type { SmoothingPass } from './index.js';
import { capAt } from './revise.js';

/** An article speaks to the reader when at least this many of its clearly kept sentences do… */
const MIN_READER_SENTENCES = 3;
/** …and at least this share of them. */
const MIN_READER_SHARE = 0.25;

/** A kept sentence is capped at this share of the threshold: kept, but not clearly (other passes look for clearly kept text). */
const KEPT_SHARE = 0.9;

/**
 * Second person is evidence of promotion only in an article that does not speak to the reader
 * itself. Personal-finance pieces ("If you turned 73 last year, …", "Wenn Sie …") address the
 * reader throughout; there, a removed sentence that addresses the reader without a strong cue
 * of its own, in a paragraph whose other text is kept, is the article's own.
 */
export const readerVoice: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const addressesReader = (i: number): boolean => features[i]!.cues.includes('second-person');
  let kept = 0;
  let speaking = 0;
  units.forEach((u, i) => {
    if (u.kind !== 'sentence' || decisions[i]!.score >= threshold * CLEARLY_KEPT) return;
    kept++;
    if (addressesReader(i)) speaking++;
  });
  if (speaking < MIN_READER_SENTENCES || speaking < kept * MIN_READER_SHARE) return;
  for (const [start, end] of lines) {
    let keptInLine = false;
    for (let k = start; k < end; k++) if (decisions[k]!.score < threshold) keptInLine = true;
    if (!keptInLine) continue;
    for (let k = start; k < end; k++) {
      if (units[k]!.kind !== 'sentence' || decisions[k]!.score < threshold || !addressesReader(k) || hasStrongCue(features[k])) continue;
      capAt(decisions, k, threshold * KEPT_SHARE, 'speaks to the reader like the rest of the article');
    }
  }
};
