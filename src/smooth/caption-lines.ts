import type { UnitFeatures } from '../features/index.js';
import type { SmoothingPass } from './index.js';
import { wordsIn } from './line-runs.js';
import { isArticleVoice, raiseTo } from './revise.js';

/** A caption line holds the caption's sentences and the credit after them: at most this many units… */
const MAX_UNITS = 3;
/** …and at most this many words. */
const MAX_WORDS = 60;
/** A caption standing on the line above its credit has at most this many words. */
const MAX_CAPTION_WORDS = 40;
/** A picture credit alone on its line has at most this many words; a longer line is a caption with its credit. */
const MAX_CREDIT_WORDS = 12;
/** Score given to the caption's sentences. */
const CAPTION_SCORE = 0.9;

const isCredit = (f: UnitFeatures): boolean => f.cues.includes('caption') || f.cues.includes('picture-credit');

/** A credit with its label ("Photo: Example Baking Co.", "Foto: Beispiel GmbH & Co. KG") may end in an abbreviation's full stop. */
const LABELLED_CREDIT = /^\W{0,3}\p{L}+\s*:/u;

/** Whether a picture credit ends its caption line as a credit, not as a sentence of the caption. */
const endsAsCredit = (f: UnitFeatures): boolean =>
  f.cues.includes('picture-credit') && (f.shape.end === '' || (LABELLED_CREDIT.test(f.shape.trimmed) && f.shape.words <= MAX_CREDIT_WORDS));

/**
 * A photo caption ends in its credit: on a short line whose last unit is a removed image credit
 * ("… in Geneva, May 30, 2024. REUTERS/Jane Doe/File Photo"), the sentences before the credit
 * are the caption and go with it. Article paragraphs are longer, or do not end in a credit;
 * a sentence that reports speech is the article's own.
 *
 * A picture credit alone on its line ("Foto: Jane Roe / Agentur") takes the short line right
 * above it in the same paragraph block as its caption. Not when a kept heading stands above that
 * line: a headline's standfirst may sit right above the credit of a picture without a caption.
 * Source lines under tables and charts ("Quelle: …") are not picture credits.
 */
export const captionLines: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const takeCaption = (start: number, end: number, reason: string): void => {
    for (let k = start; k < end; k++) if (!isArticleVoice(features[k]!)) raiseTo(decisions, k, CAPTION_SCORE, 'chrome', reason);
  };
  lines.forEach(([start, end], r) => {
    const last = end - 1;
    const count = end - start;
    if (!isCredit(features[last]!)) return;
    const captionLine = count >= 2 && count <= MAX_UNITS && wordsIn(features, start, end) <= MAX_WORDS;
    // A picture credit that ends a caption line without a full stop, or with its label, is the credit, however the model weighed it.
    if (captionLine && endsAsCredit(features[last]!)) {
      raiseTo(decisions, last, CAPTION_SCORE, 'chrome', 'picture credit at the end of its caption');
    }
    if (decisions[last]!.score < threshold) return;
    if (captionLine) takeCaption(start, last, 'caption above an image credit');
    if (count !== 1 || !features[start]!.cues.includes('picture-credit') || features[start]!.shape.words > MAX_CREDIT_WORDS || r === 0) return;
    const [above, aboveEnd] = lines[r - 1]!;
    const h = r >= 2 ? lines[r - 2]![0] : -1;
    const headingAbove = h >= 0 && units[h]!.kind === 'heading' && decisions[h]!.score < threshold;
    if (
      units[above]!.block === units[start]!.block &&
      aboveEnd - above <= MAX_UNITS &&
      wordsIn(features, above, aboveEnd) <= MAX_CAPTION_WORDS &&
      !headingAbove
    ) {
      takeCaption(above, aboveEnd, 'caption above its picture credit');
    }
  });
};
