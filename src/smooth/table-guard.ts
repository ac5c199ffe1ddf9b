import { hasStrongCue, isDateLine, type UnitFeatures } from '../features/index.js';
import { hasAddress, onlyYears, YEAR_SPAN } from '../features/text-shape.js';
import { CUE_FAMILIES, type CueName } from '../lang/types.js';
import type { SmoothingPass } from './index.js';
import { aloneOnLine, runs } from './line-runs.js';
import { capAt, raiseTo, strongCuesOnlyFrom } from './revise.js';
import { mapArray } from '../map-array.js';

/** A table is at least this many consecutive rows… */
const MIN_ROWS = 3;
/** …of lines at least this digit-heavy… */
const MIN_DIGIT_RATIO = 0.25;
/** …or with at least this many figures (the columns of a table with labels)… */
const MIN_COLUMNS = 3;
/** A table's header row of years names at least this many ("2026 2025 Change")… */
const MIN_HEADER_YEARS = 2;
/** …with at most this many words besides them. */
const MAX_HEADER_WORDS = 2;
/** …or, on a line of at most {@link DECIMAL_ROW_WORDS} words, with this many figures that have decimals ("Dunmore Mining (DUNM) 2,418.00p 3.41%"): a headline's numbers rarely do… */
const MIN_DECIMAL_FIGURES = 2;
const DECIMAL_ROW_WORDS = 12;
/** …whose word counts differ by at most this much from the first row's (or whose figure counts match it). */
const MAX_WORD_SPREAD = 2;
/** A line of one figure with a sign, percent or currency ("38,14 EUR", "+6,30 %") is a price widget, not a table row. */
const QUOTE_MARK = /[+\-−%€$£]|\b(?:eur|usd|chf|gbp)\b/i;
/** A table cell has at most this many words; a longer one is a headline. */
const MAX_CELL_WORDS = 6;
/** A table set with tabs or pipes has at least this many rows with figures… */
const MIN_TABBED_ROWS = 2;
/** …or, with words in its cells only (an outlook's "Asset class⇥View⇥Change"), at least this many rows of at least this many cells. */
const MIN_WORD_TABLE_ROWS = 5;
const MIN_WORD_TABLE_CELLS = 3;
/** A table's footnote starts with a footnote mark: "*", "†", "¹". */
const FOOTNOTE_MARK = /^[*†‡¹²³]/u;
/** A table's source line ("Source: company filings", "Quelle: Unternehmensangaben") has at most this many words. */
const SOURCE_LINE_WORDS = 16;
/** A line of a label, a colon and a value, whatever the label holds ("Emittentin: Example GmbH", "ISIN / WKN: DE000…"). */
const LABELLED_LINE = /^[^:]{1,50}:\s+\S/u;
/** A fact line: such a line with a figure in its value ("Pistenkilometer: 412", "Umsatz 2025/26: 231 Mio. Euro", "Durchschnittlicher Alphasäuregehalt Herkules: 16,8 %"). */
const FACT_LINE = /^[^:]{1,50}:\s+(?=\S).*\d/u;
/** A fact line has at most this many words. */
const FACT_LINE_WORDS = 12;
/** A related list's header alone ("Mehr aus Straubing", "Das könnte Sie auch interessieren") has at most this many words. */
const LIST_HEADER_WORDS = 6;
/** A line of a spec box ("Battery 88kWh", "On sale Now") has at most this many words… */
const SPEC_LINE_WORDS = 6;
/** …the box has at least this many lines… */
const MIN_SPEC_LINES = 4;
/** …and at least this share of them hold a figure. */
const MIN_SPEC_FIGURE_SHARE = 0.75;
/** An info box's lines (an event's place, dates and prices below its name) have at least and at most this many words… */
const MIN_INFO_LINE_WORDS = 3;
const INFO_LINE_WORDS = 12;
/** A field's label has at most this many characters ("Anmeldung"), after a bullet and its space if any ("• Integrator"). */
const MAX_FIELD_LABEL = 25;
const BULLET_WIDTH = 2;
/**
 * A further field of a fact or info box below its lines ("Anmeldung: bis …", "• Integrator: Example GmbH", "Laufende Kosten (TER): …")
 * has a short label, which may end in a year („Umsatz 2025: …“, „Umsatz 2025/26: …“), and at most this many words.
 */
const FIELD = new RegExp(String.raw`^(?:[•▪‣] )?[\p{L} ()-]{2,${MAX_FIELD_LABEL}}(?: ${YEAR_SPAN})?:\s`, 'u');
/**
 * Whether a line is a field ({@link FIELD}). Its label holds no colon, so the line's first colon
 * is the field's: looking where it stands rules most lines out more cheaply than the expression.
 */
const isField = (line: string): boolean => {
  const colon = line.indexOf(':');
  return colon >= 2 && colon <= MAX_FIELD_LABEL + BULLET_WIDTH && FIELD.test(line);
};
const FIELD_WORDS = 25;
/** A fact-box title is followed by at least this many fields. */
const MIN_FIELDS = 2;
/** A field labelled with one word ("Termin: …", "Venue: …"). */
const ONE_WORD_LABEL = /^\p{L}[\p{L}-]{1,24}:\s/u;
/** The cue family of a quote widget's figures, which a fact box under the article's own title may hold. */
const QUOTE_CUES: readonly CueName[] = ['widget'];
/** The cue family of a security's identifiers ("ISIN / WKN: DE000…"), which a fact box's first fields may hold. */
const IDENTIFIER_CUES: readonly CueName[] = ['contact'];
/** The cue families a stock box's fields may carry: its quote's figures and the security's identifiers. */
const STOCK_BOX_CUES: readonly CueName[] = [...QUOTE_CUES, ...IDENTIFIER_CUES];
/** The cue family of a paid product, which a table's title may name when the table shows it (a market letter's model portfolio). */
const PRODUCT_CUES: readonly CueName[] = ['product'];
/** The cue families the fields under the article's own fact-box title may carry: a stock box's, and a fund's terms („Mindestanlage⇥Sparplan ab 25 Euro“). */
const BOX_FIELD_CUES: readonly CueName[] = [...STOCK_BOX_CUES, ...PRODUCT_CUES];
/** Such a title has at least this many words. */
const MIN_PRODUCT_TITLE_WORDS = 3;
/** The cue family of a breadcrumb ("Home / Markets / Banks"), which a table's header row set with slashes looks like. */
const BREADCRUMB_CUES: readonly CueName[] = ['chrome-nav'];
/** A slash between spaces, which separates the cells of a table set with slashes. */
const SLASH_CELL = / \/ /u;
/** The cue families of a tag list ("Themen: …", "Topics: …"), which a box's field of topics looks like. */
const TAG_LIST_CUES: readonly CueName[] = ['related-inline', 'chrome-nav'];
/** …and no price widget's marks (a share price, a rate, a change in percent)… */
const WIDGET_MARK = /[%$£¥]/u;
/** …nor open with a news list's time stamp ("15:52 ROUNDUP: …", "06.11. Example AG: …"). */
const TIME_STAMP = /^\d{1,2}[:.]\d{2}(?!\d)/u;
/** …the box, its name included, has at least this many lines… */
const MIN_INFO_LINES = 3;
/** …at least this share of them hold a figure… */
const MIN_INFO_FIGURE_SHARE = 0.5;
/** …and its first line, a name of at most this many words (a headline runs longer)… */
const MAX_INFO_NAME_WORDS = 6;
/** …below kept text, or below a removed insert on fewer lines than this after it (a link to one article, an ad with its fund warning set as one line)… */
const MAX_INSERT_LINES = 4;
/** …shares at least this share of its words (of four letters or more) with the article's kept sentences… */
const MIN_NAMED_SHARE = 0.5;
const LONG_WORD = /\p{L}{4,}/gu;
/** A title in quotation marks inside a name. */
const QUOTED_TITLE = /[„“"«»][^„“”"«»]*[“”"«»]/gu;
/** …a word and the text's own sharing a stem when they differ in at most this many final letters ("Partnertage", "Partnertagen"). */
const MAX_ENDING = 2;

/** A word and its forms without its last one or two letters (as long as four letters remain): inflected forms of one stem share one of them. */
function stemForms(word: string): string[] {
  const forms = [word];
  for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= 4; cut++) forms.push(word.slice(0, -cut));
  return forms;
}
/** A table's title has at most this many words. */
const TITLE_WORDS = 10;
/** A table row's score is capped here. */
const GUARDED_SCORE = 0.2;
/** The reason given to a table's title kept with it. */
const TABLE_TITLE = 'title of a table of figures';
/** A row of a price ticker ends in a change, in percent or with its sign: "Brent Crude 71.82 -0.41 -0.57%", "Henry Hub $3.412 +0.118". */
const TICKER_ROW = /(?:\d ?%\)?|[+\-−]\d[\d.,]*)$/u;
/** Score given to a price ticker above the article. */
const TICKER_SCORE = 0.9;
const DECIMAL = /\d[.,]\d/u;

/** Whitespace-separated tokens of a text that hold a figure with decimals. */
const decimalFigures = (text: string): number => text.split(/\s+/u).filter((token) => DECIMAL.test(token)).length;

/**
 * The cells of a line set as a table, split at tabs, else at " | " ("Brixley Packaging | Wood Dale | 265"),
 * else at runs of two or more spaces (a table aligned in plain text: "Lizenzen    74 Mio. €    39 Mio. €").
 * A line without a separator is one cell.
 */
function cellsOf(text: string): string[] {
  if (text.includes('\t')) return text.split('\t');
  // A row whose last cell is empty ends in its separator: "Total | 236.000 |".
  if (text.includes(' | ')) return (text.endsWith(' |') ? `${text} ` : text).split(' | ');
  return text.includes('  ') ? text.split(/ {2,}/u) : [text];
}

/** Words in the longest of a row's cells. */
const longestCell = (cells: readonly string[]): number => Math.max(...cells.map((cell) => cell.split(/\s+/u).filter(Boolean).length));

/**
 * The families of a table's source or date line: a credit ("Source: …", "Quelle: …") or a date
 * ("Stand: 18.11.2026"), with a press release's source line ("SOURCE Company") allowed besides.
 */
const SOURCE_LINE_CUES: readonly CueName[] = ['caption', 'dateline-line'];
const SOURCE_LINE_ALSO: readonly CueName[] = ['contact'];

/**
 * The line under a table that names where or when its figures come from: short, with a source
 * or date cue and no other strong cue. Under a photo the same words are a credit, page chrome;
 * under a table they are part of the article's data.
 */
const isSourceLine = (f: UnitFeatures): boolean =>
  f.shape.words <= SOURCE_LINE_WORDS &&
  f.cues.some((c) => SOURCE_LINE_CUES.includes(c)) &&
  !f.cues.some((c) => !SOURCE_LINE_CUES.includes(c) && !SOURCE_LINE_ALSO.includes(c) && CUE_FAMILIES[c].strong);

/**
 * A table of figures in the text (share buy-backs per day, quarterly numbers) is the article's
 * own: a run of same-shaped, digit-heavy lines without boilerplate cues stays. Price widgets
 * differ from row to row, carry widget cues and put one quoted figure on a line ("38,14 EUR",
 * "+6,30 %"), so they do not look like tables; a single column of plain figures still does.
 * So do rows of tab-, pipe- or space-separated cells, a fact box of "label: figure" lines (with
 * the fields above them that name what the figures are of: an issuer, its ISIN), a
 * spec box of "label figure" lines under its own title after the article's text, and an info box
 * under a name the article speaks of. A table's short title line right above it and its source
 * line (or the time stamp of its quotes) right under it stay with it. Rows that all end in a
 * change (a percentage or a signed figure) above the article's first sentence are a price ticker,
 * page chrome; so are such rows anywhere over a removed note that the quotes are delayed („Kurse
 * verzögert.“).
 */
export const tableGuard: SmoothingPass = ({ units, features, decisions, threshold }) => {
  const figures = mapArray(features, (f) => f.shape.figures);
  /** How many of the units [start, end) hold a figure. */
  const withFigures = (start: number, end: number) => {
    let n = 0;
    for (let k = start; k < end; k++) if (figures[k]! > 0) n++;
    return n;
  };
  const guarded = new Uint8Array(units.length);
  let articleStart = 0;
  while (articleStart < units.length && (units[articleStart]!.kind !== 'sentence' || decisions[articleStart]!.score >= threshold)) articleStart++;
  /** Where the run of units from `from` that `belongs` accepts ends, within the block `block`. */
  const runEndInBlock = (from: number, block: number, belongs: (j: number) => boolean) => {
    let end = from;
    while (end < units.length && belongs(end) && units[end]!.block === block) end++;
    return end;
  };
  const guardRow = (k: number) => {
    guarded[k] = 1;
    capAt(decisions, k, GUARDED_SCORE, 'row of a table of figures');
  };
  // A price ticker: rows of prices and percentage changes above the article's first sentence.
  const isTicker = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (!TICKER_ROW.test(features[k]!.shape.trimmed)) return false;
    return true;
  };
  /** A removed note that the quotes are delayed ("Kurse verzögert.", "Quotes delayed 15 minutes") right under rows ending at `end`, maybe below their source line. */
  const delayNoteBelow = (end: number) => {
    const note = (k: number) => k < units.length && decisions[k]!.score >= threshold && features[k]!.cues.includes('widget');
    return note(end) || (end < units.length && isSourceLine(features[end]!) && note(end + 1));
  };
  /** A short line above a table's or widget's rows that may be its title ("Die Bergbahnen in Zahlen", "Agrarpreise"). */
  const titleLine = (t: number) =>
    t >= 0 && (units[t]!.kind === 'heading' || units[t]!.kind === 'line') && features[t]!.shape.words <= TITLE_WORDS && features[t]!.shape.end !== '.';
  /** A title that names the security the figures are of, with its identifier („Example AG (WKN: EXA123)“), not a bare identifier field ("ISIN: …") of a quote widget. */
  const namesSecurity = (t: number) => strongCuesOnlyFrom(features[t]!, IDENTIFIER_CUES) && !isField(features[t]!.shape.trimmed);
  /**
   * A title that names the site's own product the table shows („Unser Musterdepot im Überblick“):
   * of a few words, not an ad's label above the table ("Anzeige", "Sponsored content").
   */
  const namesOwnProduct = (t: number) => strongCuesOnlyFrom(features[t]!, PRODUCT_CUES) && features[t]!.shape.words >= MIN_PRODUCT_TITLE_WORDS;
  /** A header row with as many slash-separated cells as the first row below it ("Corridor / Bank transfer / MpakaPay" over "Nairobi–Kampala / 7.8% / 1.8%"), not a breadcrumb. */
  const slashHeader = (t: number, start: number) => {
    const columns = features[t]!.shape.trimmed.split(SLASH_CELL).length;
    return strongCuesOnlyFrom(features[t]!, BREADCRUMB_CUES) && columns >= MIN_COLUMNS && features[start]!.shape.trimmed.split(SLASH_CELL).length === columns;
  };
  /** Removes the rows [start, end) of a quote widget, with its short title above and its time stamp below. */
  const removeQuoteWidget = (start: number, end: number) => {
    if (titleLine(start - 1)) raiseTo(decisions, start - 1, TICKER_SCORE, 'chrome', 'title of a quote widget');
    for (let k = start; k < end; k++) raiseTo(decisions, k, TICKER_SCORE, 'chrome', 'row of a quote widget over its delay note');
    if (isSourceLine(features[end]!)) raiseTo(decisions, end, TICKER_SCORE, 'chrome', "a quote widget's time stamp");
  };
  /**
   * Guards the rows [start, end) and the table's title right above them ("Die Bergbahnen in Zahlen").
   * Rows that all end in a change over a note that the quotes are delayed are a quote widget instead,
   * and rows right under a removed related list's header („Spezialchemie – diese Werte könnten Sie
   * auch interessieren“) are its links with their quotes.
   */
  const guardTable = (start: number, end: number) => {
    if (isTicker(start, end) && delayNoteBelow(end)) {
      removeQuoteWidget(start, end);
      return;
    }
    const t = start - 1;
    if (t >= 0 && features[t]!.cues.includes('related-header') && decisions[t]!.score >= threshold) return;
    for (let k = start; k < end; k++) guardRow(k);
    if (!guardTitle(t, start)) return;
    // A header row of cells ("2025/26 | 2024/25 | Veränderung") may stand between the table's title and its rows.
    if (cellsOf(features[t]!.shape.trimmed).length >= MIN_COLUMNS && units[t - 1]?.block === units[t]!.block) guardTitle(t - 1, start);
  };
  /** Keeps the line `t` as the title of the table whose rows start at `start`; whether it was one. */
  const guardTitle = (t: number, start: number) => {
    if (!titleLine(t) || guarded[t] === 1 || (hasStrongCue(features[t]) && !namesSecurity(t) && !namesOwnProduct(t) && !slashHeader(t, start))) return false;
    capAt(decisions, t, GUARDED_SCORE, TABLE_TITLE);
    return true;
  };
  const decimalRow = (i: number) =>
    features[i]!.shape.words <= DECIMAL_ROW_WORDS && figures[i]! >= MIN_DECIMAL_FIGURES && decimalFigures(features[i]!.shape.trimmed) >= MIN_DECIMAL_FIGURES;
  // A row is digit-heavy or has columns of figures ("Ergebnis je Aktie (Euro) 2,41 2,18 2,74").
  const row = (i: number) =>
    units[i]!.kind !== 'sentence' &&
    (features[i]!.shape.digitRatio >= MIN_DIGIT_RATIO || figures[i]! >= MIN_COLUMNS || decimalRow(i)) &&
    !hasStrongCue(features[i]) &&
    !(figures[i] === 1 && QUOTE_MARK.test(features[i]!.shape.trimmed));
  // Rows of one table have about as many words as its first row, or as many columns of figures.
  const sameShape = (i: number, j: number) =>
    Math.abs(features[j]!.shape.words - features[i]!.shape.words) <= MAX_WORD_SPREAD || (figures[i]! >= MIN_COLUMNS && figures[j] === figures[i]);
  for (const [start, end] of runs(units.length, (j, first) => row(j) && sameShape(first, j))) {
    if (end - start < MIN_ROWS) continue;
    if (end <= articleStart && isTicker(start, end)) {
      for (let k = start; k < end; k++) raiseTo(decisions, k, TICKER_SCORE, 'chrome', 'price ticker above the article');
    } else guardTable(start, end);
  }
  /** A header row of years ("2026 2025 Change", „2026 2025 Veränderung“): nothing but years and a word or two. */
  const yearHeader = (k: number) =>
    units[k]!.kind !== 'sentence' &&
    figures[k]! >= MIN_HEADER_YEARS &&
    features[k]!.shape.words - figures[k]! <= MAX_HEADER_WORDS &&
    onlyYears(features[k]!.shape.trimmed);
  // Rows below a header row of years, under the table's kept title or caption ("Nine months to 30 September (€ million)"),
  // compare the company's figures across them ("Revenue 148.2 131.6 +12.6%"): a table of the article, not a quote
  // widget, whatever widget cues its rows' changes give them.
  for (let k = 1; k + MIN_ROWS < units.length; k++) {
    if (!yearHeader(k) || units[k - 1]!.kind === 'sentence' || decisions[k - 1]!.score >= threshold) continue;
    const end = runEndInBlock(k + 1, units[k]!.block, (j) => units[j]!.kind !== 'sentence' && figures[j]! >= MIN_COLUMNS);
    if (end - k - 1 < MIN_ROWS) continue;
    guardRow(k);
    guardTable(k + 1, end);
  }
  // Rows with as many tab-, pipe- or space-separated cells each: a table as HTML-to-text writes it, whatever its
  // rows' share of digits ("Auftragseingang (Mio. Fr.)\t271,0\t330,2", "Net debt\t£640 million\t£585 million").
  const rowCells = mapArray(features, (f) => cellsOf(f.shape.trimmed));
  const cells = mapArray(rowCells, (c) => (c.length > 1 ? c.length : 0));
  /** A label and its value set in two cells ("Founded⇥1935", "Staff⇥140 (12 design and sales roles to be kept)"), whose strong cues, if any, are of the given families. */
  const tabbedField = (j: number, cues: readonly CueName[]) => cells[j] === 2 && strongCuesOnlyFrom(features[j]!, cues) && aloneOnLine(units, j);
  /** A row of two or more cells whose strong cues, if any, are of the given families. */
  const cellRow = (j: number, cues: readonly CueName[]) => cells[j]! >= 2 && strongCuesOnlyFrom(features[j]!, cues) && longestCell(rowCells[j]!) <= MAX_CELL_WORDS;
  // A cell of a whole headline makes a row a link of a list set as a table ("11:42am⇥Vestrane: profit warning sends stock to two-year low⇥MS").
  const tabbedRow = (j: number) => cellRow(j, []);
  /** A table's total under its rows, its last cells left empty ("Total⇥$185m" under "Component⇥Amount⇥Price" rows). */
  const shorterLastRow = (j: number, start: number) => j < units.length && tabbedRow(j) && cells[j]! < cells[start]! && figures[j]! > 0;
  for (const [start, end] of runs(units.length, (j, first) => tabbedRow(j) && cells[j] === cells[first])) {
    if (withFigures(start, end) >= MIN_TABBED_ROWS || (end - start >= MIN_WORD_TABLE_ROWS && cells[start]! >= MIN_WORD_TABLE_CELLS)) {
      guardTable(start, end);
      if (guarded[start] === 1 && shorterLastRow(end, start)) guardRow(end);
    }
  }
  // Rows whose figures read like quotes ("June⇥$11.90⇥$12.40⇥-4.0%") under a kept header row of as many cells, without
  // prices or decimals ("Month⇥2026⇥2025⇥Change"), are the article's table of figures over time, not a quote widget.
  const quotedRow = (j: number) => cellRow(j, QUOTE_CUES);
  const keptHeader = (j: number) => {
    const text = features[j]!.shape.trimmed;
    return tabbedRow(j) && decisions[j]!.score < threshold && !WIDGET_MARK.test(text) && !DECIMAL.test(text);
  };
  for (const [start, end] of runs(units.length, (j, first) => quotedRow(j) && cells[j] === cells[first])) {
    if (keptHeader(start) && withFigures(start + 1, end) >= MIN_TABBED_ROWS) guardTable(start, end);
  }
  // A short line that is not a sentence and holds no cue or address: a fact box's or spec box's line.
  const plainLine = (j: number, maxWords: number) =>
    units[j]!.kind !== 'sentence' &&
    features[j]!.shape.words <= maxWords &&
    !hasStrongCue(features[j]) &&
    !hasAddress(features[j]!.shape);
  /**
   * Whether the lines above a box's first line `start` are a removed related list under its own
   * header, only removed lines between: its headlines with a figure ("Landkreis Example:
   * Arbeitslosenquote steigt auf 2,9 Prozent") are no fact box. A one-line link ("Related: …"
   * with its headline) is no list's header: a box may stand right under it.
   */
  const underRelatedList = (start: number): boolean => {
    for (let j = start - 1; j >= 0 && decisions[j]!.score >= threshold && units[j]!.kind !== 'sentence'; j--) {
      if (features[j]!.cues.includes('related-header')) return features[j]!.shape.words <= LIST_HEADER_WORDS;
    }
    return false;
  };
  // A fact box: lines of a label and a figure each ("Skigebiete: 7", "Liftanlagen: 118").
  const factLine = (j: number) => plainLine(j, FACT_LINE_WORDS) && FACT_LINE.test(features[j]!.shape.trimmed);
  /** A "label: value" line alone on its line ("Wo: Messehalle 3, …"), which may be set as a sentence and name an address. */
  const fieldShape = (j: number) => features[j]!.shape.words <= FIELD_WORDS && isField(features[j]!.shape.trimmed) && aloneOnLine(units, j);
  /** Such a line of a box, without a strong cue (a field of topics aside). */
  const field = (j: number) => fieldShape(j) && (!hasStrongCue(features[j]) || topicsField(j));
  /** A box's field of topics reads like a tag list ("Themen: Sortenvergleich, Beregnungssteuerung, …"); kept text of its block below it says it is the box's. */
  const topicsField = (j: number) =>
    features[j]!.cues.every((c) => TAG_LIST_CUES.includes(c) || !CUE_FAMILIES[c].strong) &&
    units[j + 1]?.block === units[j]!.block &&
    decisions[j + 1]!.score < threshold;
  /**
   * Guards the further fields of a guarded box [start, end) in its block, right below its lines whatever their labels hold
   * („Umsatz 2025: …“ over „Sortiment: …“), longer than its lines ("Anmeldung: bis 3. Dezember bei …, Teilnahme kostenlos").
   */
  const guardFieldsBelow = (start: number, end: number) => {
    for (let j = end; j < units.length && (guarded[j - 1] === 1 || field(j - 1)) && field(j) && units[j]!.block === units[start]!.block; j++) guardRow(j);
  };
  /** A short "label: value" line whose strong cues, if any, are of the given families. */
  const labelledLine = (j: number, cues: readonly CueName[]) =>
    features[j]!.shape.words <= FACT_LINE_WORDS && LABELLED_LINE.test(features[j]!.shape.trimmed) && strongCuesOnlyFrom(features[j]!, cues);
  /** A field right above a fact box's lines, in its block, that names without a figure or with a security's identifiers ("Emittentin: Example GmbH", "ISIN / WKN: DE000…"). */
  const fieldAbove = (j: number, start: number) =>
    j >= 0 && units[j]!.block === units[start]!.block && units[j]!.kind !== 'sentence' && labelledLine(j, IDENTIFIER_CUES);
  for (const [run, end] of runs(units.length, (j, first) => factLine(j) && units[j]!.block === units[first]!.block)) {
    if (end - run < MIN_ROWS || underRelatedList(run)) continue;
    let start = run;
    while (fieldAbove(start - 1, run)) start--;
    guardTable(start, end);
    guardFieldsBelow(start, end);
  }
  // A spec box: short "label value" lines, mostly with a figure ("Price £44,995", "Battery 88kWh",
  // "On sale Now"), in one block right under a kept title that follows the article's kept text. A
  // price widget has the same lines, but above the article, in its tail or under a removed title.
  const specLine = (j: number) => plainLine(j, SPEC_LINE_WORDS);
  const keptTitle = (t: number) =>
    t > 0 &&
    (units[t]!.kind === 'heading' || units[t]!.kind === 'line') &&
    units[t - 1]!.block !== units[t]!.block &&
    features[t]!.shape.words <= TITLE_WORDS &&
    !hasStrongCue(features[t]) &&
    decisions[t]!.score < threshold &&
    units[t - 1]!.kind === 'sentence' &&
    decisions[t - 1]!.score < threshold;
  for (const [run, end] of runs(units.length, (j, first) => specLine(j) && units[j]!.block === units[first]!.block)) {
    // The title may open the box's block or stand in its own block above it.
    const start = keptTitle(run - 1) ? run : keptTitle(run) ? run + 1 : end;
    if (end - start >= MIN_SPEC_LINES && withFigures(start, end) >= (end - start) * MIN_SPEC_FIGURE_SHARE) guardTable(start, end);
  }
  // An info box: short lines alone on their own lines, mostly with figures, below kept text, whose
  // first line names what the article reports ("Ausstellung „Nach dem Kaufhaus“" over its place,
  // dates and prices). A promo box for an event names one the article does not speak of, and a
  // related list stands under its header.
  let keptWords: Set<string> | undefined;
  const named = (t: number) => {
    if (!keptWords) {
      keptWords = new Set();
      for (let k = 0; k < units.length; k++) {
        if (units[k]!.kind !== 'sentence' || decisions[k]!.score >= threshold) continue;
        for (const w of features[k]!.shape.lower.match(LONG_WORD) ?? []) for (const form of stemForms(w)) keptWords.add(form);
      }
    }
    if (features[t]!.shape.words > MAX_INFO_NAME_WORDS) return false;
    // A title in quotes („Feldtag „Hacken statt Spritzen““) is the event's own motto, which the article need not repeat.
    const words = features[t]!.shape.lower.replace(QUOTED_TITLE, ' ').match(LONG_WORD) ?? features[t]!.shape.lower.match(LONG_WORD) ?? [];
    const mentioned = (w: string) => stemForms(w).some((form) => keptWords!.has(form));
    return words.length > 0 && words.filter(mentioned).length >= words.length * MIN_NAMED_SHARE;
  };
  const infoLine = (j: number) =>
    plainLine(j, INFO_LINE_WORDS) &&
    features[j]!.shape.words >= MIN_INFO_LINE_WORDS &&
    !WIDGET_MARK.test(features[j]!.shape.trimmed) &&
    !TIME_STAMP.test(features[j]!.shape.trimmed) &&
    aloneOnLine(units, j);
  /** A name line right above the box's lines ("Open house", „Feldtag „Hacken statt Spritzen““), alone on its line. */
  const nameAbove = (t: number) =>
    t >= 0 && (units[t]!.kind === 'heading' || units[t]!.kind === 'line') && aloneOnLine(units, t) && features[t]!.shape.words <= MAX_INFO_NAME_WORDS && !hasStrongCue(features[t]);
  /**
   * Kept article text above unit `k`, past a short removed insert in between (a link to one
   * article, an ad), or past the box's own summary heading right above it („Börsenblatt-Einschätzung“).
   */
  const keptSentenceAbove = (k: number): boolean => {
    let j = k;
    if (j >= 0 && units[j]!.kind !== 'sentence' && features[j]!.cues.includes('summary-heading')) j--;
    while (j >= 0 && units[k]!.line - units[j]!.line < MAX_INSERT_LINES && decisions[j]!.score >= threshold) j--;
    return j >= 0 && units[j]!.kind === 'sentence' && decisions[j]!.score < threshold;
  };
  /** A line above a box that titles it as the article's own fact box („Das Projekt in Zahlen“, "Fact box: the programme at a glance", "Example Trust at a glance:"). */
  const factBoxTitle = (t: number) =>
    t >= 0 &&
    (units[t]!.kind === 'heading' || units[t]!.kind === 'line' || features[t]!.shape.end === ':') &&
    aloneOnLine(units, t) &&
    features[t]!.shape.words <= TITLE_WORDS &&
    features[t]!.cues.includes('summary-heading');
  /**
   * Whether the box starting at `start` is the article's own: named after something the article
   * speaks of (in its first line, or in a name line above it) or titled as a fact box, and
   * standing below kept text, not right under a related list's header ("More news on Example:"
   * over dated headlines that name the article's company).
   */
  const articleBox = (start: number): boolean => {
    const name = named(start) ? start : (nameAbove(start - 1) && named(start - 1)) || factBoxTitle(start - 1) ? start - 1 : -1;
    return name >= 0 && features[name - 1]?.cues.includes('related-header') !== true && keptSentenceAbove(name - 1);
  };
  for (const [start, end] of runs(units.length, (j, first) => infoLine(j) && units[j]!.block === units[first]!.block)) {
    if (end - start < MIN_INFO_LINES || withFigures(start, end) < (end - start) * MIN_INFO_FIGURE_SHARE || !articleBox(start)) continue;
    guardTable(start, end);
    guardFieldsBelow(start, end);
  }
  // A box of "label: value" fields, however long and with few figures (an event's date, place,
  // programme and registration), under a name the article speaks of, below kept text. Its labels
  // are single words: a related list's kickers run longer ("Nach Rekordjahr: …", "Franken auf Höhenflug: …").
  for (const [start, end] of runs(units.length, (j, first) => field(j) && ONE_WORD_LABEL.test(features[j]!.shape.trimmed) && units[j]!.block === units[first]!.block)) {
    if (end - start >= MIN_INFO_LINES && withFigures(start, end) > 0 && articleBox(start)) guardTable(start, end);
  }
  /** A kept sentence of the article alone on its line that ends in a colon („Auf Basis des Schlusskurses ergibt sich folgendes Bild:“). */
  const keptLeadIn = (t: number) =>
    units[t]!.kind === 'sentence' && features[t]!.shape.end === ':' && aloneOnLine(units, t) && decisions[t]!.score < threshold && !hasStrongCue(features[t]);
  /**
   * A fact line whose strong cues, if any, are a quote's or a security's: its label may name a year
   * ("Umsatz 2025: 241 Mio. Euro (+17 %)"), its figure be a quote's („KGV 2026e: 9,4“).
   */
  const stockFactLine = (j: number) =>
    units[j]!.kind !== 'sentence' && !hasAddress(features[j]!.shape) && labelledLine(j, STOCK_BOX_CUES) && FACT_LINE.test(features[j]!.shape.trimmed);
  // The fields right under the article's own fact-box title below kept text ("Fact box: …", „… Die wichtigsten Daten“),
  // or under the article's kept lead-in that ends in a colon („Auf Basis des Schlusskurses ergibt sich folgendes Bild:“),
  // whatever their labels and figures ("Sites: Northfield General Hospital, …"), a quote widget's, a security's identifier and a
  // fund's terms among them, set with a colon or in two cells ("Founded⇥1935"): the box states the company's or fund's own
  // figures ("Dividend yield: 6.1%", „Marktkapitalisierung: 2,1 Mrd. Euro“, "ISIN: IE000EXA1234", „Mindestanlage⇥Sparplan ab 25 Euro“).
  const boxField = (j: number) => stockFactLine(j) || tabbedField(j, BOX_FIELD_CUES) || (fieldShape(j) && (strongCuesOnlyFrom(features[j]!, BOX_FIELD_CUES) || topicsField(j)));
  for (let t = 0; t + 1 < units.length; t++) {
    if (!(factBoxTitle(t) && keptSentenceAbove(t - 1)) && !keptLeadIn(t)) continue;
    // The box may name its subject on a line of its own under the title („Zahlen & Fakten“ over „Example Leichtmetallguss GmbH“).
    const first = !boxField(t + 1) && nameAbove(t + 1) && units[t + 2]?.block === units[t + 1]!.block && boxField(t + 2) ? t + 2 : t + 1;
    const end = runEndInBlock(first, units[first]!.block, boxField);
    if (end - first < MIN_FIELDS) continue;
    guardTable(first, end);
    if (first > t + 1) capAt(decisions, t, GUARDED_SCORE, TABLE_TITLE);
  }
  // A stock box that gives the article's verdict among its figures („Kursziel: 62,00 Euro“, „Empfehlung: Kaufen“,
  // "WKN: …", "Kurs: …"), under a name the article speaks of, below kept text: the article's own, whatever quote and
  // identifier cues its fields carry. A quote widget under the same name gives no verdict.
  const stockBoxField = (j: number) => aloneOnLine(units, j) && labelledLine(j, STOCK_BOX_CUES);
  const verdictField = (start: number, end: number) => {
    for (let j = start; j < end; j++) if (features[j]!.cues.includes('summary-heading')) return true;
    return false;
  };
  for (let t = 1; t + 1 < units.length; t++) {
    if (!nameAbove(t) || !stockBoxField(t + 1) || features[t - 1]!.cues.includes('related-header') || !named(t) || !keptSentenceAbove(t - 1)) continue;
    const end = runEndInBlock(t + 1, units[t + 1]!.block, stockBoxField);
    if (end - t - 1 >= MIN_FIELDS && verdictField(t + 1, end)) guardTable(t + 1, end);
  }
  // A source line right under a kept row (a table's rows may be split into sentences and
  // headings, so the run above need not be whole; a blank line may come between), under a
  // footnote of the table ("*Sales for the first ten months"), or behind a note on the figures.
  const tableRow = (k: number) =>
    k >= 0 && (guarded[k] === 1 || row(k) || (cells[k]! >= 2 && figures[k]! > 0)) && decisions[k]!.score < threshold;
  const footnote = (k: number) => k >= 0 && FOOTNOTE_MARK.test(features[k]!.shape.trimmed) && decisions[k]!.score < threshold;
  /**
   * A short note on the figures that opens the line of the source it names ("Example index, total returns in GBP. Source: …"; not a date:
   * "Indicative prices. Updated …"), a footnote's among them, which reads as a bullet („* Stand November, Umsatz geschätzt. Quelle: …“).
   */
  const noteBefore = (j: number) =>
    j >= 1 &&
    features[j]!.cues.includes('caption') &&
    units[j - 1]!.line === units[j]!.line &&
    (units[j - 1]!.kind === 'sentence' || FOOTNOTE_MARK.test(features[j - 1]!.shape.trimmed)) &&
    features[j - 1]!.shape.words <= SOURCE_LINE_WORDS &&
    !hasStrongCue(features[j - 1]) &&
    tableRow(j - 2);
  /** The time stamp of a table's quotes on a line of its own ("Bewertungstag jeweils 18.06.2027; Kurse vom 24.11.2026, 10:30 Uhr"): a widget's words under the article's table. */
  const quoteStamp = (j: number) =>
    features[j]!.cues.some((c) => QUOTE_CUES.includes(c)) &&
    strongCuesOnlyFrom(features[j]!, QUOTE_CUES) &&
    features[j]!.shape.words <= SOURCE_LINE_WORDS &&
    aloneOnLine(units, j) &&
    isDateLine(features[j]!);
  for (let j = 1; j < units.length; j++) {
    if (quoteStamp(j) && guarded[j - 1] === 1 && decisions[j - 1]!.score < threshold) capAt(decisions, j, GUARDED_SCORE, 'time stamp of a table');
    if (!isSourceLine(features[j]!)) continue;
    const noted = noteBefore(j);
    if (noted) capAt(decisions, j - 1, GUARDED_SCORE, 'note under a table');
    if (noted || tableRow(j - 1) || (footnote(j - 1) && tableRow(j - 2))) capAt(decisions, j, GUARDED_SCORE, 'source line of a table');
  }
};
