import type { SmoothingPass } from './index.js';
import { isRemoved, raiseTo } from './revise.js';

/** Score given to the notice. */
const NOTICE_SCORE = 0.9;
/** A consent notice above the page has at most this many units (its title, sentences and buttons kept so far). */
const MAX_NOTICE_UNITS = 5;

/**
 * A consent notice above the page: the kept units that open the text, right above removed chrome
 * (its other buttons, the site's menu), are the notice when one of its sentences names cookies or
 * the reader's device ("This website uses cookies to improve your experience.", „Wir und unsere
 * Partner verwenden Cookies …“) and every sentence of it speaks to the reader or of the site ("We'll
 * assume you're ok with this, but you can opt-out if you wish."). A page whose opening sentence is
 * the article's own, reporting on cookies, has no such run: its sentences do not address the reader.
 */
export const consentNotices: SmoothingPass = ({ units, features, decisions, threshold }) => {
  let end = 0;
  while (end < units.length && end < MAX_NOTICE_UNITS && !isRemoved(decisions, end, threshold)) end++;
  if (end === 0 || end >= units.length || !isRemoved(decisions, end, threshold)) return;
  let named = false;
  for (let i = 0; i < end; i++) {
    if (units[i]!.kind !== 'sentence') continue;
    const { cues } = features[i]!;
    if (cues.includes('chrome-nav')) named = true;
    else if (!cues.includes('second-person')) return;
  }
  if (!named) return;
  for (let i = 0; i < end; i++) raiseTo(decisions, i, NOTICE_SCORE, 'chrome', 'consent notice above the page');
};
