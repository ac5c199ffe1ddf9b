import { hasStrongCue, type UnitFeatures } from '../features/index.js';
import { HEADLINE_WORDS } from './heading-guard.js';
import type { SmoothingPass } from './index.js';
import { belowSeparator, wordsIn } from './line-runs.js';
import { raiseTo } from './revise.js';

/** A caption line holds the caption's sentences and the credit after them: at most this many units… */
const MAX_UNITS = 3;
/** …and at most this many words. */
const MAX_WORDS = 60;
/** A caption on the line next to its credit has at most this many words: an article's lead above a picture runs longer. */
const MAX_CAPTION_WORDS = 25;
/** A picture credit alone on its line has at most this many words; a longer line is a caption with its credit. */
const MAX_CREDIT_WORDS = 12;
/** Score given to the caption's sentences. */
const CAPTION_SCORE = 0.9;

/** Whether a unit is a caption's or picture's credit by its cues. */
export const isCredit = (f: UnitFeatures): boolean => f.cues.includes('caption') || f.cues.includes('picture-credit');
/** A bare "© Name" line without a year: a picture's credit, not the page's copyright, when article text follows it. */
export const isBareCopyright = (f: UnitFeatures): boolean => f.cues.includes('copyright') && f.shape.digitRatio === 0;

/** A credit with its label ("Photo: Example Baking Co.", "Foto: Beispiel GmbH & Co. KG", "Image courtesy of Example.") may end in an abbreviation's full stop. */
const LABELLED_CREDIT = /^\W{0,3}(?:\p{L}+\s*:|(?:photo|image|picture)s? courtesy of\b)/iu;

/** Whether a picture credit ends its caption line as a credit, not as a sentence of the caption: without a full stop, or labelled or in brackets ("(Image courtesy of Example Mining.)"). */
const endsAsCredit = (f: UnitFeatures): boolean =>
  f.cues.includes('picture-credit') && (f.shape.end === '' || ((LABELLED_CREDIT.test(f.shape.trimmed) || f.shape.bracketed) && f.shape.words <= MAX_CREDIT_WORDS));

/**
 * A photo caption ends in its credit: on a short line whose last unit is a removed image credit
 * ("… in Geneva, May 30, 2024. REUTERS/Jane Doe/File Photo"), the sentences before the credit
 * are the caption and go with it. Article paragraphs are longer, or do not end in a credit; a
 * wire lead is the article's own. A caption may report speech or give facts ("… says it is
 * working with security firms", "Der Filialist beschäftigt rund 620 Mitarbeitende").
 *
 * A picture credit alone on its line ("Foto: Jane Roe / Agentur", "© Beispiel AG" over article
 * text) takes the short line right above it in the same paragraph block as its caption. Not when
 * a kept heading stands above that line: a headline's standfirst may sit right above the credit
 * of a picture without a caption. A credit that opens a block of two lines takes the line below,
 * and so does one under a headline's standfirst when a byline comes after that line.
 * Source lines under tables and charts ("Quelle: …") are not picture credits; one takes the short
 * line of sentences above it only when that line stands right under removed lines (a share bar
 * above a picture's caption).
 */
export const captionLines: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  /** A heading of a headline's length without a strong cue ("Pfalz: Zwei Genossenschaften fusionieren zur Beispiel eG"). */
  const headlineLike = (h: number) => features[h]!.shape.words >= HEADLINE_WORDS && !hasStrongCue(features[h]);
  /** A removed byline or date line alone on its line ("Posted: 21 November 2026 | Jane Roe"). */
  const isMetaLine = (k: number) =>
    decisions[k]!.score >= threshold && units[k + 1]?.line !== units[k]!.line && features[k]!.cues.some((c) => c === 'byline' || c === 'dateline-line');
  const takeCaption = (start: number, end: number, reason: string): void => {
    for (let k = start; k < end; k++) if (!features[k]!.cues.includes('dateline-lead')) raiseTo(decisions, k, CAPTION_SCORE, 'chrome', reason);
  };
  // A gallery's button may stand between a bare "© Name" and the article text below it („Bildergalerie ansehen (8 Bilder)“).
  const creditAlone = (k: number) =>
    features[k]!.cues.includes('picture-credit') || (isBareCopyright(features[k]!) && (decisions[belowSeparator(units, features, decisions, threshold, k)]?.score ?? 1) < threshold);
  /**
   * A short line of sentences right under removed lines, in their block: a picture's caption between
   * the page's chrome and its credit. A table's or chart's note stands under the article's own text.
   */
  const captionUnderChrome = ([from, to]: [number, number]) => {
    if (to - from > MAX_UNITS || wordsIn(features, from, to) > MAX_CAPTION_WORDS || from === 0 || decisions[from - 1]!.score < threshold) return false;
    for (let k = from; k < to; k++) if (units[k]!.kind !== 'sentence' || hasStrongCue(features[k])) return false;
    return units[from - 1]!.block === units[from]!.block;
  };
  // Whether kept text follows unit `k` anywhere: the article goes on below it.
  const keptAfter = new Uint8Array(units.length + 1);
  for (let k = units.length - 1; k >= 0; k--) keptAfter[k] = decisions[k]!.score < threshold || keptAfter[k + 1] === 1 ? 1 : 0;
  const keptBelow = (k: number) => keptAfter[k + 1] === 1;
  lines.forEach(([start, end], r) => {
    const last = end - 1;
    const count = end - start;
    const credit = isCredit(features[last]!);
    if (!credit && !(count === 1 && creditAlone(last))) return;
    const captionLine = credit && count >= 2 && count <= MAX_UNITS && wordsIn(features, start, end) <= MAX_WORDS;
    // A picture credit that ends a caption line without a full stop, or with its label, is the credit, however the model weighed it.
    if (captionLine && endsAsCredit(features[last]!)) {
      raiseTo(decisions, last, CAPTION_SCORE, 'chrome', 'picture credit at the end of its caption');
    }
    // So is a short credit alone on its line ("© Jane Roe" under a caption, over article text).
    if (count === 1 && creditAlone(last) && features[last]!.shape.words <= MAX_CREDIT_WORDS) {
      raiseTo(decisions, last, CAPTION_SCORE, 'chrome', 'picture credit on a line of its own');
    }
    if (decisions[last]!.score < threshold) return;
    if (captionLine) takeCaption(start, last, 'caption above an image credit');
    if (count !== 1 || features[start]!.shape.words > MAX_CREDIT_WORDS) return;
    if (!creditAlone(start)) {
      // A removed source line ("Quelle: Jane Roe") takes the caption above it only where the caption sits right under removed lines (a share bar).
      const above = lines[r - 1];
      if (features[start]!.cues.includes('caption') && above !== undefined && captionUnderChrome(above)) takeCaption(above[0], above[1], 'caption above its source line');
      return;
    }
    const shortLine = (line: [number, number] | undefined): line is [number, number] =>
      line !== undefined &&
      units[line[0]]!.block === units[start]!.block &&
      line[1] - line[0] <= MAX_UNITS &&
      wordsIn(features, line[0], line[1]) <= MAX_CAPTION_WORDS;
    const above = lines[r - 1];
    // A byline or date line may stand between the heading and its standfirst.
    let h = r >= 2 ? lines[r - 2]![0] : -1;
    if (h > 0 && isMetaLine(h)) h = lines[r - 3]?.[0] ?? -1;
    // The heading may be removed still: the model often takes a headline under the page's chrome for chrome.
    const headingAbove = h >= 0 && units[h]!.kind === 'heading' && (decisions[h]!.score < threshold || headlineLike(h));
    // A name with an address over the article's date line is its byline ("JANE ROE jroe@example.com" over "Nov 25, 2026"): the line above it is the standfirst.
    const overDateLine =
      features[start]!.shape.email && lines[r + 1] !== undefined && isMetaLine(lines[r + 1]![0]) && features[lines[r + 1]![0]]!.cues.includes('dateline-line');
    // The article's last line above a credit with no kept text below it (a picture at the foot of the page without a caption) is the article's.
    if (shortLine(above) && !headingAbove && !overDateLine && keptBelow(last)) takeCaption(above[0], above[1], 'caption above its picture credit');
    // A credit that opens a block of two lines ("Bild: Beispiel GmbH" over its caption) takes the line below it.
    const below = lines[r + 1];
    const opensBlock = units[start - 1]?.block !== units[start]!.block;
    // So does a credit under a headline's standfirst when a byline follows that line: the standfirst is above it, the lead after the byline.
    const bylineAfterBelow = lines[r + 2] !== undefined && isMetaLine(lines[r + 2]![0]);
    if (shortLine(below) && ((opensBlock && units[below[1]]?.block !== units[start]!.block) || (headingAbove && bylineAfterBelow))) {
      takeCaption(below[0], below[1], 'caption below its picture credit');
    }
  });
};
