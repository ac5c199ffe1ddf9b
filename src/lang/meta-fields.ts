/**
 * Short fields after a date on a page's meta line, each behind a bar or dot, the same in every
 * language: " | Aktien | Jane Roe", " | 4 min read", " • Jane Roe", " | Lesedauer: 3 Min.", " · kl/Example" (an
 * author's code before the site's name), " | Beirut 21°C". A field cannot hold a bar,
 * so the repetition cannot backtrack into the next one.
 */
export const BAR_FIELDS = String.raw`(?:\s?[|·•]\s?[\p{L}\d&.'’:/° -]{2,40}){1,3}`;

/**
 * A section, desk or place of one to four words before a date on a meta line, behind a bar or dot:
 * "Märkte | ", "Fonds & Asset Management | ", "Markets · ". The words are separated by single
 * spaces and cannot hold the bar, so the pattern cannot backtrack.
 */
export const SECTION_FIELD = String.raw`[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3} ?[|·•] ?`;

/** A named score in a bar of them: "Quality 48", "StockRank™ 22", "KUV 1,4", "Rendite 3,1 %", "Value 3/6", "Growth A". */
const SCORE_FIELD = String.raw`[\p{L}™®&.-]+(?: [\p{L}™®&.-]+)? (?:[+\-−]?\d[\d.,]*(?:\s?%|/\d{1,3})?|[a-f][+-]?)`;

/**
 * A line that is only a bar of three or more named scores, the same in every language:
 * "StockRank™ 22 | Quality 48 | Value 61 | Momentum 9", "KGV 12 | KUV 1,4 | Rendite 3,1 %", maybe behind its
 * label ("Style Scores: Value B | Growth A | Momentum B"). Each field
 * ends at a bar that no field can hold, so the repetition cannot backtrack into the next one.
 */
export const SCORE_BAR = String.raw`^\W{0,3}(?:[\p{L} ]{2,30}:\s*)?(?:${SCORE_FIELD} ?[|·•] ?){2,}${SCORE_FIELD}\W{0,3}$`;

/** A currency after a quote: "$", "€", "£" or its code ("USD"; patterns see lower case). */
const QUOTE_CURRENCY = String.raw`[$€£]|usd|eur|chf|gbp`;
/**
 * An instrument's quote in a ticker, maybe with its change: "Gold 2.684,10 $ +0,4%", "SMI 12'184 +0,4%",
 * "EUR/CHF 0,9412", "Öl (WTI) 68,40 USD". A name never opens with a currency code, so the code
 * behind a quote cannot also be read as the next quote's name.
 */
const TICKER_FIELD = String.raw`(?!(?:usd|eur|chf|gbp) )\p{L}[\p{L}&/.-]*(?: \(?\p{L}[\p{L}&/.-]*\)?)? [+\-−]?\d[\d.,']*(?: ?(?:${QUOTE_CURRENCY}))?`;
/** A quote's change in per cent: " +0,4%", " -0.2 %". */
const TICKER_CHANGE = String.raw` [+\-−]\d[\d.,]*\s?%`;

/**
 * A line that is only a ticker of two or more quotes, the first with its change, the same in every
 * language: "Gold 2.684,10 $ +0,4% | Silber 31,22 $ -0,2% | EUR/USD 1,0842", "SMI 12'184 +0,4% SPI 16'402 +0,3%".
 * A quote ends in a figure, "%" or a currency and the next opens with a letter, so the repetition
 * cannot backtrack into the next quote.
 */
export const TICKER_BAR = String.raw`^\W{0,3}${TICKER_FIELD}${TICKER_CHANGE}(?:(?: {1,3}[|·•] {1,3}| {1,3})${TICKER_FIELD}(?:${TICKER_CHANGE})?)+\W{0,3}$`;

/** An instrument's name and its change alone: "DOW FUTURES +0.21%", "S&P FUT -0.34%", "Dax +0,8 %". */
const CHANGE_FIELD = String.raw`\p{L}[\p{L}&/.-]*(?: \p{L}[\p{L}&/.-]*)?${TICKER_CHANGE}`;

/**
 * A line that is only a strip of three or more changes, the same in every language: "DOW FUTURES
 * +0.21% S&P FUT +0.34% NASDAQ FUT +0.47%", "Dax +0,8 % | MDax -0,2 % | Euro Stoxx +0,5 %". A field ends
 * in "%" and the next opens with a letter, so the repetition cannot backtrack into the next one.
 */
export const CHANGE_BAR = String.raw`^\W{0,3}(?:${CHANGE_FIELD}(?: {1,3}[|·•] {1,3}| {1,3})){2,}${CHANGE_FIELD}\W{0,3}$`;

/**
 * A quote widget's line of two or more fields, each a label of the language's `labels` (an
 * alternation) and its figure, set side by side with runs of spaces or bars: "Bid: 14.20  Offer:
 * 14.50  Volume: 38,412,906", "Eröffnung 12,30  Hoch 14,80". Labels start with a letter and figures
 * end in a digit, "%", "p" or a currency, so the repetition cannot backtrack into the next field.
 */
export const quoteBar = (labels: string): string =>
  String.raw`^\W{0,3}(?:(?:${labels})\s?:? [+\-−]?[$£€]?\d[\d.,]*(?: ?(?:%|p|€|eur|usd))?(?: \([+\-−]?\d[\d.,]*\s?%\))?(?: {2,}| ?[|·•] ?|\W{0,3}$)){2,}$`;

/**
 * A press release's dateline on a line of its own, ending in the wire's name between slashes, the
 * same in every language: "DENVER, CO, UNITED STATES, November 23, 2026 /EINPresswire.com/",
 * "FRANKFURT, 23. November 2026 /PRNewswire/ --". Run into the lead sentence it is editorial.
 */
export const WIRE_DATELINE = String.raw`^[^/]{3,80}\b\d{4} ?/[\p{L}\d.-]+(?: [\p{L}\d.-]+){0,2}/(?: ?[-–—]{1,2})?\s*$`;

/**
 * A currency's buying and selling rate alone on a line, the same in every language: "USD 48.92 | 49.02",
 * "SAR Buy 563 Sell 566" (a rate board's row). Figures and spaces are disjoint, so nothing backtracks.
 */
export const RATE_ROW = String.raw`^\W{0,3}[a-z]{3}\s{1,3}(?:buy\s{1,3})?\d[\d,.]{0,12}\s{0,3}(?:[|/]|sell)\s{0,3}\d[\d,.]{0,12}\W{0,3}$`;

/** A quote row's signed change in per cent: "+0,6%", "−0.43 %". */
export const SIGNED_PERCENT = String.raw`[+\-−–±]\s?\d[\d.,]*\s?%`;
/** A currency sign before a price: "$", "US$", "HK$", "€", "£". */
export const PRICE_SIGN = String.raw`(?:(?:us|a|c|hk|s|nz)?\$|[€£])`;

/**
 * A commodity box's row, the same in every language: a price per unit and its change in per cent
 * or in the price's own unit ("9'812 USD/t +0,6%", "$648.30/t –0.4%", "LME Nickel US$17,940/t
 * +1.8%", "Schlachtkühe T3 8.40 Fr./kg SG −0.6 %", "Buche 61.00 Fr./m³ 0.0 %", "Schweine (VEZG)
 * 1,82 €/kg SG +0,03", "Milch 47,6 ct/kg ±0,0"), its columns maybe set apart by spaces
 * ("213,75 €/t  +0,6 %").
 */
export const COMMODITY_ROW = String.raw`(?:^|\s)(?:${PRICE_SIGN}\d[\d.,'’]*|\d[\d.,'’]*\s{0,3}(?:[$€£]|usd|eur|chf|gbp|fr\.|ct))\s?\/\s?[\p{L}³²]{1,6}(?:\s[a-z]{1,3})?\s{1,3}(?:${SIGNED_PERCENT}|0[.,]0\s?%|[+\-−–±]\s?\d[\d.,]*)\W{0,3}$`;

/** ISO codes of the currencies a rate widget lists. */
const CURRENCY_CODE = String.raw`usd|eur|gbp|chf|rub|cny|jpy|try|kzt|uzs|tjs|kgs|tmt|gel|amd|azn|uah|pln|czk|huf|ron|bgn|rsd|dkk|sek|nok`;

/**
 * A currency widget, the same in every language: one currency's rate on a line ("USD 12 846.30"), a
 * strip of three or more behind its label ("Rates, 23.11.2026: USD 9.4215 EUR 10.8730 RUB 0.1174"),
 * or one unit's worth alone on a line ("1 EUR = 7,46 DKK", "1 € = 7,46 kr."). Codes, figures and
 * spaces are disjoint, so nothing backtracks. Three sources, so that the cue index can anchor each
 * (a joined alternation would be tested on every unit).
 */
export const CURRENCY_RATES: readonly string[] = [
  String.raw`^\W{0,3}(?:${CURRENCY_CODE})\s+\d{1,3}(?:[ ,.]?\d{3})*(?:[.,]\d+)?\W{0,3}$`,
  String.raw`(?:^|[\s:])(?:(?:${CURRENCY_CODE})\s{1,3}\d[\d.,]{0,12}\s{1,3}){2,8}(?:${CURRENCY_CODE})\s{1,3}\d[\d.,]{0,12}\W{0,3}$`,
  String.raw`^\W{0,3}1\s?(?:${CURRENCY_CODE}|[$€£])\s?=\s?\d[\d.,]{0,12}\s?(?:${CURRENCY_CODE}|[$€£]|kr\.?|fr\.?)\W{0,3}$`,
];

/** The app stores' badges, side by side or each alone on its line, the same in every language: "App Store | Google Play", "Google Play". */
export const APP_STORE_BADGES = String.raw`^\W{0,3}(?:app store|google play)(?:\s{0,3}[|·•/]\s{0,3}(?:app store|google play))?\W{0,3}$`;

/** The reading time alone on a line, the same in every language: "3 Min.", "(4 min)". */
export const READING_TIME = String.raw`^\W{0,3}\d{1,2}(?::\d{2})? min\.?\W{0,3}$`;

/** A page template's placeholder that was never filled, alone on its line, the same in every language: "{{description}}". */
export const TEMPLATE_PLACEHOLDER = String.raw`^\W{0,3}\{\{ ?[\p{L}_.]{1,30} ?\}\}\W{0,3}$`;

/**
 * A commenter's name of one to three words before a relative time, behind a comma or dot, the
 * same in every language (optional): "K. Frowein, " in "K. Frowein, vor 1 Std.", "Rob_K · ".
 */
export const COMMENTER_NAME = String.raw`(?:[\p{L}\d_.'’-]+(?: [\p{L}\d_.'’-]+){0,2}(?:,| ·) )?`;
