import type { SmoothingPass } from './index.js';

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
  const total = features.reduce((n, f) => n + f.shape.trimmed.length, 0) || 1;
  let seen = 0;
  features.forEach((f, i) => {
    const position = seen / total;
    seen += f.shape.trimmed.length;
    const d = decisions[i]!;
    if (position > MAX_POSITION || !f.cues.includes('dateline-lead') || d.score <= GUARDED_SCORE) return;
    decisions[i] = { ...d, score: GUARDED_SCORE, reasons: ['lead sentence after a wire dateline', ...d.reasons] };
  });
};
