import { hasStrongCue } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { hasStrongPromoCue, isArticleVoice, raiseTo } from './revise.js';

/** At most this many questions open a pitch… */
const MAX_QUESTIONS = 2;
/** …each at most this many words. */
const MAX_QUESTION_WORDS = 25;
/** Score given to such a question. */
const HOOK_SCORE = 0.9;

/**
 * A pitch opens with a question and answers it with the offer: "Jetzt nachkaufen oder
 * abwarten? Unser Börsenbrief liefert die Antwort.", "Should you buy now? Our free report
 * tells you.". When a paragraph is one or two short questions followed only by removed
 * promotion, at least one unit of it with a strong cue, the questions are the pitch's hook and
 * go with it. A buy-or-sell question followed only by strong calls to action is such a pitch
 * even where the model kept the calls ("Is $XYZ a buy or a sell here? See what 48,000 watchers
 * are saying — join the conversation on Example.").
 * Quotes and reported speech stay.
 */
export const pitchQuestions: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  for (const [start, end] of lines) {
    let questions = start;
    while (questions < end && questions - start < MAX_QUESTIONS && isHook(questions)) questions++;
    if (questions === start || questions === end) continue;
    let strong = false;
    let allPromo = true;
    let allCalls = true;
    for (let k = questions; k < end; k++) {
      if (decisions[k]!.score < threshold || decisions[k]!.label !== 'promo') allPromo = false;
      if (hasStrongCue(features[k])) strong = true;
      if (!hasStrongPromoCue(features[k]!) || isArticleVoice(features[k]!)) allCalls = false;
    }
    const buyOrSell = (): boolean => features.slice(start, questions).some((f) => f.cues.includes('buy-sell-question'));
    if (allPromo && strong) {
      for (let k = start; k < questions; k++) raiseTo(decisions, k, HOOK_SCORE, 'promo', 'question that opens a pitch');
    } else if (allCalls && buyOrSell()) {
      for (let k = start; k < end; k++) raiseTo(decisions, k, HOOK_SCORE, 'promo', k < questions ? 'question that opens a pitch' : 'call to action after a buy-or-sell question');
    }
  }

  function isHook(k: number): boolean {
    const f = features[k]!;
    const end = f.shape.end;
    return (end === '?' || end === '?!') && f.shape.words <= MAX_QUESTION_WORDS && decisions[k]!.score < threshold && !isArticleVoice(f);
  }
};
