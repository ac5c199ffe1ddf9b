import type { CueName } from '../lang/types.js';
import type { SmoothingPass } from './index.js';
import { aloneInBlock, aloneOnLine, wordsIn } from './line-runs.js';
import { hasStrongPromoCue, isArticleVoice, isRemoved, raiseTo, strongCuesOnlyFrom } from './revise.js';

/** A sponsor's label ("SPONSORED", "Anzeige", "Partner content") has at most this many words. */
const MAX_LABEL_WORDS = 3;
/** …or this many with the sponsor's name after it ("SPONSORED · Example Securities"). */
const MAX_NAMED_LABEL_WORDS = 6;
/** A labelled box is a block of at least this many lines (label, content, closing line)… */
const MIN_BOX_LINES = 3;
/** …and at most this many lines… */
const MAX_BOX_LINES = 6;
/** …and words: a page without blank lines is one long block, never a box. */
const MAX_BOX_WORDS = 100;
/** An advertisement's copy on the line under its label has at most this many words. */
const MAX_AD_WORDS = 40;
/** The reason given to an advertisement's copy under its label. */
const AD_COPY = "an advertisement's copy under its label";
/** Cue families of a short line that credits or captions a picture ("Illustration: Jane Roe/Example"): no ad's label. */
const CREDIT_CUES: readonly CueName[] = ['picture-credit', 'caption', 'byline'];
/** Score given to the box's units. */
const BOX_SCORE = 0.9;
/**
 * A box framed inside a longer block (a page without blank lines), or across blank lines, ends in
 * a short removed call to action instead ("Register now", "Vote"): at most this many words…
 */
const MAX_CLOSING_WORDS = 5;
/** …at most this many lines below its label (a poll's question and answers fit)… */
const MAX_FRAMED_LINES = 7;
/** …and each line between them has at most this many words: an article's paragraph runs longer. */
const MAX_FRAMED_LINE_WORDS = 25;

/**
 * A block set off by blank lines that opens with a removed sponsor's label on a line of its own
 * (bare, or with the sponsor's name: "SPONSORED · Example Securities") and ends in a removed line ("Presented by …", "Read more") is a sponsored box as a whole:
 * its title and teaser go too, however plain they read ("How keyless entry is reshaping …").
 * Under a removed label that names no product ("Advertisement"), the block must end in a short
 * call to action ("Register now"): an event's title, date and pitch go with it.
 *
 * Inside a longer block, a label ("Virtual event", "POLL") and a short removed call to action
 * a few lines below it ("Register now", "Vote") frame a box the same way, when every line
 * between them is short and none reports speech: an event's title and date, a poll's question
 * and answers; a short promo line right under the label is the box's title, not its end
 * ("Newsletter abonnieren" over "Wirtschaft – der Newsletter", a blurb and "Kostenlos anmelden").
 * A picture's short credit or caption is no label ("Illustration: Jane Roe/Example"). A single short line right under the label that ends in a call to action is the
 * advertisement's copy ("Anzeige" over "Wartung in 72 Stunden. Jetzt Angebot anfordern bei …").
 * Across blank lines only when no line between ends in a full stop (a poll's question and
 * answers, each set off). A label alone between blank lines is an ad slot's placeholder.
 */
export const labelledBoxes: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const removed = (k: number) => isRemoved(decisions, k, threshold);
  /** A removed unit of at most `maxWords` words with a strong promo cue: a label or a call to action. */
  const shortPromo = (k: number, maxWords: number) => removed(k) && features[k]!.shape.words <= maxWords && hasStrongPromoCue(features[k]!);
  const promoLine = (k: number, maxWords: number) => aloneOnLine(units, k) && shortPromo(k, maxWords);
  const take = (start: number, end: number, reason: string) => {
    for (let k = start + 1; k < end; k++) raiseTo(decisions, k, BOX_SCORE, decisions[start]!.label, reason);
  };
  /** A short removed call to action that ends its line: "Register now", "… Open an account today." */
  const closingCall = (k: number) => units[k + 1]?.line !== units[k]!.line && shortPromo(k, MAX_CLOSING_WORDS);
  /** A unit as short as a label and without a sentence's ending: "Anzeige", "Advertisement", "Sponsored". */
  const labelShaped = (k: number, maxWords = MAX_LABEL_WORDS) => features[k]!.shape.words <= maxWords && features[k]!.shape.end === '';
  /** Such a unit that only names a sponsor ("Anzeige", "Sponsored"), not a call to action. */
  const namesSponsor = (k: number, maxWords = MAX_LABEL_WORDS) => labelShaped(k, maxWords) && strongCuesOnlyFrom(features[k]!, ['product']);
  /** A removed sponsor's label with the sponsor's name on its own line: "SPONSORED · Example Securities". */
  const namedSponsorLine = (k: number) => promoLine(k, MAX_NAMED_LABEL_WORDS) && namesSponsor(k, MAX_NAMED_LABEL_WORDS);
  /** The line that closes a framed box under the label on line `r`, if any. */
  const framedBy = (r: number): number | undefined => {
    const block = units[lines[r]![0]]!.block;
    let sentences = false;
    for (let e = r + 1; e < lines.length && e <= r + MAX_FRAMED_LINES; e++) {
      const [s, end] = lines[e]!;
      // Across blank lines only lines that are not sentences: a poll's question and answers.
      if (units[s]!.block !== block && sentences) return undefined;
      // A short promo line right under the label is the box's title ("Newsletter abonnieren" over "Wirtschaft – der Newsletter");
      // a sponsor's name ("Anzeige") opens the next box and closes none.
      if (promoLine(s, MAX_CLOSING_WORDS)) {
        if (e > r + 1) return namesSponsor(s) ? undefined : e;
        continue;
      }
      if (wordsIn(features, s, end) > MAX_FRAMED_LINE_WORDS) return undefined;
      for (let k = s; k < end; k++) if (isArticleVoice(features[k]!)) return undefined;
      sentences ||= features[end - 1]!.shape.end === '.';
    }
    return undefined;
  };
  /**
   * A line that ends in a call to action, maybe followed by its removed terms ("Visit us at … Conditions apply."),
   * short and in no article's voice: an advertisement's copy.
   */
  const adCopy = ([s, end]: readonly [number, number]): boolean => {
    let call = end - 1;
    while (call > s && removed(call) && decisions[call]!.label === 'disclaimer') call--;
    return wordsIn(features, s, end) <= MAX_AD_WORDS && hasStrongPromoCue(features[call]!) && !features.slice(s, end).some(isArticleVoice);
  };
  /** A removed label alone on its line, short and without a sentence's ending: "Anzeige", "Advertisement", "Sponsored". */
  const adLabel = (k: number) =>
    aloneOnLine(units, k) && removed(k) && labelShaped(k) && !features[k]!.cues.some((c) => CREDIT_CUES.includes(c));
  for (let r = 0; r < lines.length; r++) {
    const [start] = lines[r]!;
    // An ad slot's label set off alone between blank lines ("Anzeige") is the slot, whatever the paragraphs around it.
    if (aloneInBlock(units, start) && labelShaped(start) && hasStrongPromoCue(features[start]!)) {
      raiseTo(decisions, start, BOX_SCORE, 'chrome', "an ad slot's label between blank lines");
    }
    const next = lines[r + 1];
    const copyBelow = next !== undefined && adCopy(next);
    const sponsorLabel = promoLine(start, MAX_LABEL_WORDS) || namedSponsorLine(start);
    if (!sponsorLabel) {
      // Under a removed label that names no product ("Advertisement"), the copy goes too; the copy
      // line may be a label itself ("Sign In" over "Subscribe"), so it is read next all the same.
      if (copyBelow && adLabel(start)) take(start, next[1], AD_COPY);
      if (copyBelow || !adLabel(start)) continue;
    }
    const opensBlock = units[start - 1]?.block !== units[start]!.block;
    // The block's lines, counted up to one more than a box may have (a page without blank lines is one long block).
    let last = r;
    while (opensBlock && last - r < MAX_BOX_LINES && last + 1 < lines.length && units[lines[last + 1]![0]]!.block === units[start]!.block) last++;
    const end = lines[last]![1];
    const count = last - r + 1;
    // Under a label that names no product, the block must end in a call to action ("Register now").
    const closed = sponsorLabel ? removed(end - 1) : closingCall(end - 1);
    if (opensBlock && count >= MIN_BOX_LINES && count <= MAX_BOX_LINES && wordsIn(features, start, end) <= MAX_BOX_WORDS && closed) {
      take(start, end, 'in a box under a sponsor label');
      r = last;
      continue;
    }
    if (!sponsorLabel) continue;
    // Under the label, a title that is a short call of its own may open a framed box ("Newsletter
    // abonnieren" over "Wirtschaft – der Newsletter", a blurb and "Kostenlos anmelden"); other copy is the ad's.
    const titled = copyBelow && promoLine(next[0], MAX_CLOSING_WORDS);
    const closing = copyBelow && !titled ? undefined : framedBy(r);
    if (closing === undefined) {
      if (copyBelow) {
        take(start, next[1], AD_COPY);
        r++;
      }
      continue;
    }
    take(start, lines[closing]![0], 'in a box between a label and its call to action');
    r = closing;
  }
};
