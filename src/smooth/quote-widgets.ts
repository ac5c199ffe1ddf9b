import type { SmoothingPass } from './index.js';
import { aloneOnLine } from './line-runs.js';
import { raiseTo } from './revise.js';

/** A price or quote widget is digit-heavy: at least this share of its characters are digits. */
const MIN_DIGIT_RATIO = 0.2;
/** Score given to a quote widget. */
const WIDGET_SCORE = 0.9;
/** A quote box's title: a name and its listing ("Example Wines Ltd (NZX: KEW)", "Example Mobile (JSE:EXM)"). */
const LISTING_TITLE = /^\W{0,3}[^()]{2,50} \([A-Z][A-Za-z-]{1,11}(?: [A-Z][A-Za-z]{1,10})?\s?:\s?[A-Z][A-Z\d.]{0,6}\)\W{0,3}$/u;

/** A currency behind an amount: "18,42 €", "62.40 CHF". */
const CURRENCY_AFTER = String.raw`(?:€|EUR|USD|CHF|GBP|\$|£)`;
/** A price: "$48.17", "74,20 €", "62.40 CHF". */
const PRICE = String.raw`(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?${CURRENCY_AFTER})`;
/** A price at the end of a line: "… 18,42 €", "… $14.82". */
const PRICE_END = new RegExp(`${PRICE}$`, 'u');
/** The last character of such a line. */
const PRICE_LAST = /[\d.,$€£RDFP]/u;

/**
 * Whether a line ends in a price ({@link PRICE_END}). An expression anchored at the end is tried
 * at every offset: a look at the last character rules most lines out first.
 */
export const endsInPrice = (line: string): boolean => PRICE_LAST.test(line.charAt(line.length - 1)) && PRICE_END.test(line);
/** A quote box's title is a name without figures before its price: "Example Group S.A. 18,42 €", "Example Corp $14.82". */
const NAME_BEFORE_PRICE = /^\W{0,3}\p{L}[^\d]{1,50}\s[$€£\d]/u;
/** The price's change on the widget's next line: "-3,1 %", "+0.58 (+4.07%)", "+1,58 € (+7,16 %)", "+1,45 € | +2,85 %". */
const CHANGE_LINE = new RegExp(String.raw`^[+\-−±]\s?\d[\d.,]*\s?(?:${CURRENCY_AFTER}\s?)?(?:%|\(|\|)`, 'u');

/** A price alone on its line. */
const BARE_PRICE = new RegExp(String.raw`^\W{0,2}${PRICE}$`, 'u');
/**
 * A quote box's name or ticker line above its price: a few words, each opening with a capital, a
 * digit or a bracket ("Harlan Thermal Systems Inc.", "Brandt & Wolf AG", "HTSY", "ALG (NZX)").
 */
const BOX_NAME = /^[\p{Lu}\d(][^\s]*(?:\s+(?:&|[\p{Lu}\d(][^\s]*)){0,5}$/u;
/** Lines above a quote box's price that may hold its name, its ticker and removed fields (WKN, ISIN). */
const MAX_LINES_ABOVE_PRICE = 3;
/** Lines below a quote box's price that may hold its notes and fields (exchange and time, ratios). */
const MAX_LINES_BELOW_PRICE = 4;
/** A security's identifier: "DE000ELBM018". */
const ISIN = /\b[A-Z]{2}[A-Z\d]{9}\d\b/u;

/**
 * A price or quote widget swept into the text ("Key Data Points Market Cap $1,905B Day's Range
 * $151.01 - $152.53 …") reads like one long sentence; a widget label among many figures is
 * page chrome, however long the run. So is the company's name with its listing alone on the
 * line right above the widget's price, its title ("Example Wines Ltd (NZX: KEW)" over "$1.42"), and
 * a name with its price alone on its line right above the price's removed change ("Example Group
 * S.A. 18,42 €" over "-3,1 %"). A price alone on its line over its change, one of them removed,
 * is a quote box too, with the name and ticker lines right above it ("HTSY", "Harlan Thermal
 * Systems Inc.", "$48.17", "+0.62 (+1.30%)") and the widget's notes and fields right below it
 * ("NYSE · Delayed 15 min.", "ISIN DE000… · Xetra · 24.11.2026 09:41", "KGV 2027e: 8,4 |
 * Div.-Rendite: 6,1 %").
 */
export const quoteWidgets: SmoothingPass = ({ units, features, decisions, threshold }) => {
  features.forEach((f, i) => {
    if (f.cues.includes('widget') && f.shape.digitRatio >= MIN_DIGIT_RATIO) raiseTo(decisions, i, WIDGET_SCORE, 'chrome', 'price or quote widget');
  });
  for (let i = 0; i + 1 < units.length; i++) {
    const price = i + 1;
    if (units[price]!.block !== units[i]!.block || decisions[price]!.score < threshold || features[price]!.shape.digitRatio < MIN_DIGIT_RATIO) continue;
    if (!aloneOnLine(units, i)) continue;
    const title = features[i]!.shape.trimmed;
    if (LISTING_TITLE.test(title) || (NAME_BEFORE_PRICE.test(title) && endsInPrice(title) && CHANGE_LINE.test(features[price]!.shape.trimmed))) {
      raiseTo(decisions, i, WIDGET_SCORE, 'chrome', 'title of a price or quote widget');
    }
  }
  const alone = (k: number, block: number) => units[k]?.block === block && aloneOnLine(units, k);
  /** A quote box's note or field: a widget's words ("NYSE · Delayed 15 min.", "KGV 2027e: 8,4"), or its identifier line ("ISIN DE000… · Xetra · 24.11.2026 09:41"). */
  const boxNote = (k: number) => features[k]!.cues.includes('widget') || (units[k]!.kind !== 'sentence' && ISIN.test(features[k]!.shape.trimmed));
  for (let i = 0; i + 1 < units.length; i++) {
    const block = units[i]!.block;
    const change = i + 1;
    if (!alone(i, block) || !alone(change, block) || !BARE_PRICE.test(features[i]!.shape.trimmed) || !CHANGE_LINE.test(features[change]!.shape.trimmed)) continue;
    if (decisions[i]!.score < threshold && decisions[change]!.score < threshold) continue;
    raiseTo(decisions, i, WIDGET_SCORE, 'chrome', 'price of a quote box');
    raiseTo(decisions, change, WIDGET_SCORE, 'chrome', 'price of a quote box');
    for (let k = i - 1; k >= i - MAX_LINES_ABOVE_PRICE && alone(k, block); k--) {
      if (decisions[k]!.score >= threshold) continue;
      if (!BOX_NAME.test(features[k]!.shape.trimmed)) break;
      raiseTo(decisions, k, WIDGET_SCORE, 'chrome', 'name of a quote box above its price');
    }
    for (let k = change + 1; k <= change + MAX_LINES_BELOW_PRICE && alone(k, block); k++) {
      if (boxNote(k)) raiseTo(decisions, k, WIDGET_SCORE, 'chrome', "a quote box's note below its price");
      else if (decisions[k]!.score < threshold) break;
    }
  }
};
