import type { SmoothingPass } from './index.js';
import { raiseTo } from './revise.js';

/** A price or quote widget is digit-heavy: at least this share of its characters are digits. */
const MIN_DIGIT_RATIO = 0.2;
/** Score given to a quote widget. */
const WIDGET_SCORE = 0.9;

/**
 * A price or quote widget swept into the text ("Key Data Points Market Cap $1,905B Day's Range
 * $151.01 - $152.53 …") reads like one long sentence; a widget label among many figures is
 * page chrome, however long the run.
 */
export const quoteWidgets: SmoothingPass = ({ features, decisions }) => {
  features.forEach((f, i) => {
    if (f.cues.includes('widget') && f.shape.digitRatio >= MIN_DIGIT_RATIO) raiseTo(decisions, i, WIDGET_SCORE, 'chrome', 'price or quote widget');
  });
};
