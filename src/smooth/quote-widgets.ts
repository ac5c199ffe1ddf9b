import type { SmoothingPass } from './index.js';
import { aloneOnLine } from './line-runs.js';
import { raiseTo } from './revise.js';

/** A price or quote widget is digit-heavy: at least this share of its characters are digits. */
const MIN_DIGIT_RATIO = 0.2;
/** Score given to a quote widget. */
const WIDGET_SCORE = 0.9;
/** A quote box's title: a name and its listing ("Example Wines Ltd (NZX: KEW)", "Example Mobile (JSE:EXM)"). */
const LISTING_TITLE = /^\W{0,3}[^()]{2,50} \([A-Z][A-Za-z-]{1,11}(?: [A-Z][A-Za-z]{1,10})?\s?:\s?[A-Z][A-Z\d.]{0,6}\)\W{0,3}$/u;

/** A price at the end of a line: "… 18,42 €", "… $14.82". */
const PRICE_END = /(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|EUR|USD|CHF|GBP|\$|£))$/u;
/** The last character of such a line. */
const PRICE_LAST = /[\d.,$€£RDFP]/u;

/**
 * Whether a line ends in a price ({@link PRICE_END}). An expression anchored at the end is tried
 * at every offset: a look at the last character rules most lines out first.
 */
export const endsInPrice = (line: string): boolean => PRICE_LAST.test(line.charAt(line.length - 1)) && PRICE_END.test(line);
/** A quote box's title is a name without figures before its price: "Example Group S.A. 18,42 €", "Example Corp $14.82". */
const NAME_BEFORE_PRICE = /^\W{0,3}\p{L}[^\d]{1,50}\s[$€£\d]/u;
/** The price's change on the widget's next line: "-3,1 %", "+0.58 (+4.07%)". */
const CHANGE_LINE = /^[+\-−±]\s?\d[\d.,]*\s?(?:%|\()/u;

/**
 * A price or quote widget swept into the text ("Key Data Points Market Cap $1,905B Day's Range
 * $151.01 - $152.53 …") reads like one long sentence; a widget label among many figures is
 * page chrome, however long the run. So is the company's name with its listing alone on the
 * line right above the widget's price, its title ("Example Wines Ltd (NZX: KEW)" over "$1.42"), and
 * a name with its price alone on its line right above the price's removed change ("Example Group
 * S.A. 18,42 €" over "-3,1 %").
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
};
