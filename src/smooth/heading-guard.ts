import { hasStrongCue, isDateLine, isUnderRelatedHeader, pointsToOneArticle, type UnitFeatures } from '../features/index.js';
import { hasAddress, onlyYears, wordsBesideSeparators, type TextShape } from '../features/text-shape.js';
import { isMenuBar, itemWords } from '../features/menu-bar.js';
import type { CueName } from '../lang/types.js';
import type { Unit } from '../types.js';
import { mapArray } from '../map-array.js';
import { containsWords } from '../word-chars.js';
import { CLEARLY_KEPT } from './clearly-kept.js';
import type { SmoothingInput, SmoothingPass } from './index.js';
import { aloneInBlock, belowSeparator, closesBlock, gluedToKeptSentence, lineEnd, wordsIn } from './line-runs.js';
import { isPersonName } from './byline-names.js';
import { isPullQuote } from './pull-quotes.js';
import { endsInPrice } from './quote-widgets.js';
import { hasStrongPromoCue, isArticleVoice, onlyTeaserCues, raiseTo, revise, strongCuesOnlyFrom } from './revise.js';

/** Headings, lines and short kept sentences a heading may stand above before its text starts (subtitle, dateline, a one-word answer). */
const LOOKAHEAD = 3;
/**
 * Units the headline may stand above the article's first clearly kept text: a scraped page puts
 * bylines, photo captions, share buttons, ticker lines and a table of contents between the
 * headline and the lead. A headline has at least {@link HEADLINE_WORDS} words; the short lines
 * around it (site name, "Share to Facebook", the author's name) are not guarded that far.
 */
const TOP_LOOKAHEAD = 25;
/** A headline has at least this many words (other passes tell a headline from a label by it too). */
export const HEADLINE_WORDS = 5;
/** A subheading right below a related list has at most this many words; a link is a headline. */
const SUBHEADING_WORDS = 7;
/** The last line of a related list's block that has at most 1/this of the words of every link above it is the article's subheading. */
const LINK_TO_SUBHEADING_WORDS = 2;

/**
 * Whether a line of `words` words that closes a related list's block is the article's subheading,
 * not the list's last link: the links above it, the shortest of `shortestLink` words, are headlines
 * at least twice as long („Netzanschluss als Nadelöhr“ below „Chemiepark Example: Zulieferer meldet Kurzarbeit für 120 Beschäftigte an“).
 */
export const subheadingBesideLinks = (words: number, shortestLink: number): boolean => words * LINK_TO_SUBHEADING_WORDS <= shortestLink;

/**
 * Whether a line of `words` words that closes a related list's block is the article's subheading:
 * far shorter than the links above it ({@link subheadingBesideLinks}), or closing a list whose
 * header, at `header` (-1 when there is none), is glued to the article's sentence above. That page
 * set the box without blank lines, so the blank line below its last line is the article's.
 */
export const subheadingClosingLinks = (
  { units, features, decisions, threshold }: Pick<SmoothingInput, 'units' | 'features' | 'decisions' | 'threshold'>,
  header: number,
  words: number,
  shortestLink: number,
): boolean => subheadingBesideLinks(words, shortestLink) || (header >= 0 && gluedToKeptSentence(units, features, decisions, threshold, header));
/** A headline set as sentences has at most this many. */
export const HEADLINE_SENTENCES = 2;
/** The text a heading introduces is a sentence or list item of at least this many words, clearly kept. */
const MIN_WORDS = 4;
/** The article starts at a sentence of at least this many words (a lead), not at a short pitch ("Black Friday: up to 60% off …"). */
const LEAD_WORDS = 10;
/** A kept sentence shorter than this may stand between a heading and its text ("Ja.", "You should at least compare."). */
const SHORT_ANSWER_WORDS = 8;
/** A kicker above the headline ("Bausparen", "Nach dem Boom") has at most this many words. */
const KICKER_WORDS = 6;
/** A line with a date and fewer than this many words besides its figures is a dateline, not a heading. */
const DATELINE_WORDS = HEADLINE_WORDS + 1;
/** Cue families of the lines between a headline and its lead (an AI note: "AI-assisted summary"). */
const CREDIT_CUES: readonly CueName[] = ['byline', 'dateline-line', 'caption', 'picture-credit', 'ai-note'];
/** Cue families that name a product or offer, which an article may have as its topic. */
const TOPIC_CUES: readonly CueName[] = ['product', 'newsletter', 'free-offer', 'offer-word'];
/** The strong cues a topic heading may carry: its topic's, and a teaser phrase. */
const TOPIC_OR_TEASER: readonly CueName[] = [...TOPIC_CUES, 'teaser'];
/** The site's name on the page's first line has at most this many words… */
const MASTHEAD_WORDS = 3;
/** …and is removed with this score. */
const MASTHEAD_SCORE = 0.9;
/** A line under the byline or date that names the site and has at most this many words is the author's credit. */
const SITE_BYLINE_WORDS = 7;
/** What separates the site's name from its tagline or sections on the first line: "ENR | Transportation", "Example Journal > Vereine", "Example Week / Praxis & Recht". */
const MASTHEAD_BAR = /\s[|·•>›»/]\s/u;
/** …or a dash behind the site's web address: "example.de – Bau-Infos, Bau-News". */
const DOMAIN_DASH = /^[\p{L}\d-]+\.[\p{Ll}]{2,4}\s[–—]\s/u;
const MASTHEAD_BAR_OR_DASH = /\s[–—|·•>›»]\s/u;
/** A site's name may hold digits when it is one word that opens with letters ("Splash247", "t3n"). */
const DIGIT_NAME = /^\p{L}+\d[\p{L}\d]*$/u;
/** A one-word line in capitals this long is a section label ("RETAIL"), a shorter one may be an acronym kicker ("EZB"). */
const MIN_CAPITALS_LABEL = 5;
/** A step of a breadcrumb trail between two words: "Mining > Lithium", "Analysen › Solar". */
const BREADCRUMB_STEP = /\s[>›»]\s/u;
/** A promo box under a title reaches its call to action within this many units (its dates, its button). */
const PROMO_BOX_LINES = 2;
/** A guarded heading's score is capped here. */
const GUARDED_SCORE = 0.25;

/** A line that ends in a price is a quote row ("Example Group S.A. 18,42 €") unless it has this many words besides its figures: a headline ("… Dividend Is Being Reduced To £0.031"). */
const PRICED_HEADLINE_WORDS = 8;
/** A price's change at the end of a line: "Ölpreis (Brent) 63,85 USD −1,2 %" is a quote row, whatever its kind. */
const SIGNED_CHANGE_END = /(?:^|\s)[+\-−–±] ?\d[\d.,]* ?%$/u;
/** Whether a line ends in such a change; the last character rules most lines out before the expression, which is tried at every offset. */
const endsInChange = (line: string): boolean => line.endsWith('%') && SIGNED_CHANGE_END.test(line);


/** An amount that opens a headline: "$38M financing closes for …", "€2bn deal …", "3,000 jobs go at …". */
const LEADING_AMOUNT = /^(?:[$€£¥]|[A-Z]{1,3}\$)?\d[\d.,]*(?:[KMB]|bn|mn|m|k)?(?= \p{L})/u;

/** A whole number between a headline's words: "… schickt 400 Beschäftigte in Kurzarbeit", "… cuts 1,200 jobs", „Nach 74 Jahren“ (not a decimal: „3,5 Prozent“). */
const COUNT_IN_WORDS = /(?<=\p{L} )\d{1,3}(?:[.,]\d{3})* (?=\p{L}{3,}(?: \p{L}|\W{0,3}$))/u;

/** Whether a line's only figures besides years are one count between its words. */
const onlyYearsBesideCount = (text: string): boolean => onlyYears(text.replace(COUNT_IN_WORDS, ''));

/** A line's words besides its separators and figures: the words a headline or dateline is counted by. */
const wordsBesideFigures = (s: TextShape): number => wordsBesideSeparators(s) - s.figures;

/**
 * Whether a line of headline size opens with an amount or counts something in its words, and
 * has no other figure than years (not a price: "23,85 EUR").
 */
function headlineFigure(s: TextShape): boolean {
  if (wordsBesideFigures(s) < HEADLINE_WORDS) return false;
  const figure = LEADING_AMOUNT.exec(s.trimmed) ?? COUNT_IN_WORDS.exec(s.trimmed);
  return figure !== null && onlyYears(s.trimmed.slice(0, figure.index) + s.trimmed.slice(figure.index + figure[0].length));
}

/** A heading, or a plain line of words that could be one (no date, link, number other than a year, a leading amount or a count, or contact detail). */
function headingLike(unit: Unit, f: UnitFeatures): boolean {
  const s = f.shape;
  // A lone capitalised token ("GOOGL") is a ticker or widget label, unless it names the article's
  // own box ("INFO"); a line that is mostly a date a dateline ("Nov 20, 2026 at 12:41 PM UTC"); a
  // headline may name a date ("… price for January 1, 2027"); a line that ends in a price's change, or a short one in a price, is a quote row.
  const boxTitle = f.cues.includes('summary-heading');
  if (
    (s.words === 1 && s.upperRatio === 1 && !boxTitle) ||
    (isDateLine(f) && wordsBesideFigures(s) < DATELINE_WORDS) ||
    endsInChange(s.trimmed) ||
    (endsInPrice(s.trimmed) && wordsBesideFigures(s) < PRICED_HEADLINE_WORDS)
  )
    return false;
  const shaped =
    unit.kind === 'heading' ||
    (unit.kind === 'line' &&
      (s.words >= 2 || boxTitle) &&
      (((s.digitRatio === 0 || onlyYears(s.trimmed)) && /^\p{Lu}/u.test(s.trimmed)) || headlineFigure(s)) &&
      !hasAddress(s));
  return shaped && !isMenuBar(s.trimmed);
}


/**
 * An editorial heading introduces editorial text: a heading without strong boilerplate cues
 * whose text (the next sentence or list item, after at most a subtitle or dateline) is clearly
 * kept, is kept too. Short title-case lines otherwise look like page chrome to the model.
 * Once the article has begun, a link line of a related-content list ("Lesen Sie auch:" over a
 * block of headlines) is not guarded, even where the article resumes after it. The page's first
 * short line, the site's name above the headline, is removed.
 */
export const headingGuard: SmoothingPass = ({ units, features, decisions, threshold }) => {
  const textBelow = (j: number, bound: number) => units[j]!.kind !== 'heading' && units[j]!.kind !== 'line' && decisions[j]!.score < bound;
  const keptText = (j: number) => textBelow(j, threshold);
  /** A list of at least two kept items, a fact box's rows ("• Fair Value Estimate: $63.00"): short, but kept together. */
  const keptList = (j: number) =>
    units[j]?.kind === 'list-item' && keptText(j) && units[j + 1]?.kind === 'list-item' && keptText(j + 1);
  const clearlyKeptText = (j: number) => features[j]!.shape.words >= MIN_WORDS && textBelow(j, threshold * CLEARLY_KEPT);
  /**
   * Lines of related-content lists: within reach below a related header with no clearly kept
   * text between, sharing a block with the header or with another heading-like line, or each
   * alone in its block right below the header or another link (a list set with blank lines).
   * Such a list goes on past the header's reach with headline-sized lines.
   */
  // Tested for every unit and its neighbours below: computed once.
  const headings = mapArray(units, (u, k) => headingLike(u, features[k]!));
  const linkLines = new Uint8Array(units.length);
  /** A byline, dateline or picture credit: what stands between a headline and its lead. */
  const creditLine = (k: number) => isDateLine(features[k]!) || features[k]!.cues.some((c) => CREDIT_CUES.includes(c));
  // A byline below a headline is no sibling link: it does not make the headline a list's line.
  const listed = (k: number) => (headings[k]! && !creditLine(k)) || features[k]!.cues.includes('related-header');
  /** A headline's standfirst: a sentence or a question alone on its line. */
  const standfirst = (k: number) => (units[k]?.kind === 'sentence' || features[k]?.shape.end === '?') && lineEnd(units, k) === k + 1;
  /** A name alone on its line over a date line ("Jana Roe" over "Published 24 November 2026"): a byline without a cue of its own. */
  const nameOverDate = (k: number) => units[k]?.kind !== 'sentence' && isPersonName(features[k]?.shape.trimmed ?? '') && features[k + 1]?.cues.includes('dateline-line') === true;
  // Whether clearly kept text or the title of the article's own box („Die Zahlen im Überblick“)
  // stands between the last related header and the unit: the header's reach, long on a page
  // without blank lines, then covers the article's own sections and boxes, not links. A header
  // that carries its one link, a headline, on its line heads no list and starts no reach.
  let textSinceHeader = false;
  for (let i = 0; i < units.length; i++) {
    const sibling = (k: number) => units[k] !== undefined && listed(k) && (units[k]!.block === units[i]!.block || (aloneInBlock(units, k) && aloneInBlock(units, i)));
    if (features[i]!.cues.includes('related-header') && !pointsToOneArticle(features[i]!, HEADLINE_WORDS)) textSinceHeader = false;
    else if (clearlyKeptText(i) || features[i]!.cues.includes('summary-heading')) textSinceHeader = true;
    // The title of the article's own box ("Hintergrund: …", "At a glance") is no link.
    if (!headings[i] || features[i]!.cues.includes('summary-heading')) continue;
    // A headline right under a widget's header ("Latest News") with its byline below, maybe under
    // its date line or its standfirst (a sentence or question alone on its line), is the article's, not a link;
    // the byline may be a bare name over the date.
    const byline = (k: number) => (features[k]?.cues.includes('byline') === true && !sibling(k)) || nameOverDate(k);
    const bylined = byline(i + 1) || ((features[i + 1]?.cues.includes('dateline-line') === true || standfirst(i + 1)) && byline(i + 2));
    const underHeader = isUnderRelatedHeader(features[i]!) && !textSinceHeader && (sibling(i - 1) || sibling(i + 1));
    const continued = linkLines[i - 1] === 1 && features[i]!.shape.words >= HEADLINE_WORDS;
    if ((underHeader || continued) && !bylined) linkLines[i] = 1;
  }
  const linkLine = (i: number) => linkLines[i] === 1;
  /** Whether a line that closes the block of the related list right above it is the article's subheading ({@link subheadingClosingLinks}). */
  const closesLinksAsSubheading = (i: number) => {
    let shortest = Infinity;
    let k = i - 1;
    for (; k >= 0 && linkLine(k) && !features[k]!.cues.includes('related-header'); k--) shortest = Math.min(shortest, features[k]!.shape.words);
    const header = k >= 0 && features[k]!.cues.includes('related-header') ? k : -1;
    return subheadingClosingLinks({ units, features, decisions, threshold }, header, features[i]!.shape.words, shortest);
  };
  /** Whether a line has a kicker's colon ("Betriebsrat: …", "Example Präzisionsguss: Gewinnwarnung …"). */
  const hasKickerColon = (i: number) => features[i]!.shape.trimmed.includes(': ');
  /** A line in capitals with a kicker's colon („HOLMFELD MASCHINENBAU: PROGNOSE ERNEUT ANGEHOBEN“). */
  const capitalsKicker = (k: number) => features[k]!.shape.upperRatio === 1 && hasKickerColon(k);
  /** Whether the article keeps a subheading set like that, outside any list: its sections are headed so. */
  let keptCapitalsKicker: boolean | undefined;
  const articleHeadsSoToo = () =>
    (keptCapitalsKicker ??= units.some((_, k) => headings[k]! && !linkLine(k) && decisions[k]!.score < threshold && capitalsKicker(k)));
  /**
   * The last line of a related list right above the article's text, short and without a
   * kicker's colon ("Betriebsrat spricht von „Kahlschlag“"), or set in capitals with one like
   * the article's kept subheadings, is the article's subheading; the headlines above it are the
   * links. Not when it closes the list's block, a blank line below it and none above: then it is
   * the list's last link, unless it is far shorter than the links above or the list's header is
   * glued to the article's sentence above. A separator line below it ("Article content") stands
   * between it and its text.
   */
  const subheadingBelowLinks = (i: number) => {
    const below = belowSeparator(units, features, decisions, threshold, i);
    return (
      linkLine(i - 1) &&
      !linkLine(below) &&
      !headings[below] &&
      features[i]!.shape.words <= SUBHEADING_WORDS &&
      (!hasKickerColon(i) || (capitalsKicker(i) && articleHeadsSoToo())) &&
      (!closesBlock(units, i) || closesLinksAsSubheading(i))
    );
  };
  /** A removed line with a promotional cue ("Register now"): a heading above it heads a promo box, not the text below. */
  const removedPitch = (k: number) =>
    decisions[k]!.score >= threshold && hasStrongPromoCue(features[k]!);
  /**
   * What a heading may stand above before its text: a subtitle, a dateline, a short kept answer
   * ("Müssen Kunden zustimmen?" "Ja.") or a kept question the section answers („Wann kommt der Test tatsächlich in die Kliniken?“).
   */
  const passable = (k: number) =>
    ((units[k]!.kind === 'heading' || units[k]!.kind === 'line') && !removedPitch(k)) ||
    ((features[k]!.shape.words < SHORT_ANSWER_WORDS || features[k]!.shape.end === '?') && keptText(k));
  /** A section label set in capitals ("RETAIL", "BREAKING NEWS"; an acronym may be a kicker: "EZB"). */
  const capitalsLabel = (k: number) => {
    const s = features[k]!.shape;
    return s.upperRatio === 1 && (s.words > 1 || s.trimmed.length >= MIN_CAPITALS_LABEL);
  };
  /** A short plain line that may be the headline's kicker ("Bausparen", "Nach dem Boom", „Haushalt 2027“), not a section label in capitals or a breadcrumb ("Mining > Lithium"). */
  const kickerLike = (k: number) => {
    const s = features[k]!.shape;
    // The page's first line above the headline is the site's name ("Cointelegraph"), not a kicker.
    return (
      k > 0 &&
      (units[k]!.kind === 'line' || units[k]!.kind === 'heading') &&
      s.words <= KICKER_WORDS &&
      (s.digitRatio === 0 || onlyYearsBesideCount(s.trimmed)) &&
      !capitalsLabel(k) &&
      !BREADCRUMB_STEP.test(s.trimmed) &&
      features[k]!.cues.length === 0 &&
      !linkLine(k)
    );
  };
  /**
   * Whether a short line names the page's section after a removed line above it: the menu's
   * entry again over the headline ("Agriculture" in the menu, then above the headline), or the
   * next step of a breadcrumb set as lines: one word before the removed section right above it
   * ("US Markets" under "Markets"; not the kicker „Strukturwandel in Exampleton“ under „Exampleton“).
   */
  const namesRemovedSection = (k: number) => {
    const s = features[k]!.shape;
    if (s.words > KICKER_WORDS) return false;
    const above = features[k - 1]?.shape;
    if (above && decisions[k - 1]!.score >= threshold && s.words === above.words + 1 && s.lower.endsWith(` ${above.lower}`)) return true;
    for (let j = 0; j < k; j++) if (decisions[j]!.score >= threshold && features[j]!.shape.lower === s.lower) return true;
    return false;
  };
  // Where the article begins: its first clearly kept text that the rest of its block does not
  // contradict. Kept text with a strong cue of its own (a cookie notice the model let through), or
  // followed in its block by removed text (a promo box's pitch above its button), is no sign of it,
  // nor is a menu bar the segmenter took for a sentence (a later pass removes it).
  const articleStart = (j: number) =>
    clearlyKeptText(j) &&
    features[j]!.shape.words >= LEAD_WORDS &&
    !hasStrongCue(features[j]) &&
    !isMenuBar(features[j]!.shape.trimmed) &&
    (units[j + 1]?.block !== units[j]!.block || decisions[j + 1]!.score < threshold);
  /**
   * A headline the segmenter took for sentences: one or two on a line of their own, the line not
   * ending in a full stop ("… beats estimates; should you buy the stock?", "Kinderdepot: So legst
   * du … an – und welcher Broker 2027 am günstigsten ist", "Bank Stocks Are Rallying. Should You Buy?").
   */
  const sentenceHeadline = (i: number) => {
    if (units[i - 1]?.line === units[i]!.line) return false;
    const end = lineEnd(units, i);
    if (end - i > HEADLINE_SENTENCES) return false;
    for (let k = i; k < end; k++) {
      const s = features[k]!.shape;
      if (units[k]!.kind !== 'sentence' || hasAddress(s) || isDateLine(features[k]!) || !onlyTeaserCues(features[k]!)) return false;
    }
    const ending = features[end - 1]!.shape.end;
    return ending !== '.' && ending !== '…' && /^[\p{Lu}\p{N}]/u.test(features[i]!.shape.trimmed);
  };
  let first = 0;
  while (first < units.length && !articleStart(first)) first++;
  // The headline: a heading-like unit of some length above the article's start that is not a link
  // of a list. Both the first such unit and the last are taken: a simple page opens with its
  // headline, a busy one puts navigation and promotion above it (and may repeat the headline
  // inside its chrome further down).
  const headlineSized = (i: number) =>
    wordsBesideSeparators(features[i]!.shape) >= HEADLINE_WORDS && onlyTeaserCues(features[i]!) && !linkLine(i) && !isMenuBar(features[i]!.shape.trimmed);
  const headlineLike = (i: number) => headings[i]! && headlineSized(i);
  // A headline the segmenter took for a sentence counts only as the last candidate, the one
  // nearest the article: at the top of a page such lines are as often a promo banner.
  const sentenceHeadlineLike = (i: number) => sentenceHeadline(i) && headlineSized(i);
  const removedPictureCredit = (k: number) =>
    decisions[k]!.score >= threshold && features[k]!.cues.some((c) => c === 'picture-credit' || c === 'caption');
  /**
   * Whether the line of unit `i` stands right over a removed picture credit ("Image: Example
   * Retail"), or closes the block that the credit opens right above it ("Foto: Jane Roe" over
   * "Rohbau eines Hauses in Tübingen").
   */
  const byCredit = (i: number) => {
    const k = lineEnd(units, i);
    if (k < units.length && removedPictureCredit(k)) return true;
    return i > 0 && units[i - 1]!.block === units[i]!.block && units[k]?.block !== units[i]!.block && removedPictureCredit(i - 1);
  };
  const removedCredit = (k: number) => units[k] !== undefined && creditLine(k) && decisions[k]!.score >= threshold;
  /**
   * A line between a removed byline above and a removed date or credit below is the author's role
   * ("Senior Equity Strategist, Example Research"), not a headline; one with a kicker's colon is a
   * headline under an issue's line („Example Kapital | Ausgabe 47/2026“).
   */
  const betweenCredits = (i: number) =>
    features[i - 1]?.cues.includes('byline') === true &&
    !hasKickerColon(i) &&
    [i - 1, i + 1].every((k) => removedCredit(k) && units[k]!.block === units[i]!.block);
  const candidates: number[] = [];
  let last = -1;
  if (first < units.length) {
    for (let i = Math.max(0, first - TOP_LOOKAHEAD); i < first; i++) {
      // The article's own summary box ("Summary" over its points) stands between the headline and
      // the lead: its points are no headlines.
      if (features[i]!.cues.includes('summary-heading') && (features[i + 1]?.shape.words ?? 0) >= HEADLINE_WORDS && last >= 0) break;
      if (betweenCredits(i)) continue;
      const headline = headlineLike(i);
      if (headline) candidates.push(i);
      // Below the headline, a line over or under a removed picture credit is the picture's caption.
      if ((headline || sentenceHeadlineLike(i)) && !(last >= 0 && byCredit(i))) last = i;
    }
  }
  /** A title whose block goes on in removed lines to a call to action right below: an event's or offer's box (name, dates, "Tickets jetzt sichern"). */
  const promoBoxTitle = (i: number) => {
    for (let k = i + 1; k <= i + PROMO_BOX_LINES && units[k]?.block === units[i]!.block && decisions[k]!.score >= threshold; k++) {
      if (hasStrongPromoCue(features[k]!)) return true;
    }
    return false;
  };
  const opening = candidates.find((i) => i === last || !promoBoxTitle(i));
  const headlines = new Set(opening === undefined ? [] : [opening]);
  for (let k = last, end = last >= 0 ? lineEnd(units, last) : 0; k < end; k++) headlines.add(k);
  /** A title without cues, figures or a person's name. */
  const plainTitle = (i: number) => features[i]!.cues.length === 0 && features[i]!.shape.digitRatio === 0 && !isPersonName(features[i]!.shape.trimmed);
  /**
   * A heading introduces text: clearly kept text within a few units, or a list of kept items right
   * below it, not a link of a list. Above the article's start only a byline, dateline or caption
   * may stand between them: a section name or button line there is page chrome above the headline.
   */
  const introducedText = (i: number): number => {
    if (i > first && linkLine(i) && !subheadingBelowLinks(i) && !isPullQuote(units, features, decisions, threshold, i)) return -1;
    if (keptList(i + 1)) return i + 1;
    // The article's own summary heading ("Key Takeaways") needs its text kept, not clearly kept.
    const introduced = features[i]!.cues.includes('summary-heading') ? keptText : clearlyKeptText;
    // Right below the heading, clearly kept text is its text, however short: no answer to pass over.
    if (i + 1 < units.length && introduced(i + 1)) return i + 1;
    // So is a kept sentence whose paragraph goes on in clearly kept text, below a plain title in the
    // article (not an ad's label, a name, a commenter's handle): near boxes and the page's end the
    // model is less sure of a paragraph's first sentence than of the rest.
    if (i > first && plainTitle(i) && i + 2 < lineEnd(units, i + 1) && keptText(i + 1) && introduced(i + 2)) return i + 1;
    const between = i < first ? (k: number) => passable(k) && creditLine(k) : passable;
    let j = i + 1;
    while (j < units.length && j <= i + LOOKAHEAD && between(j)) j++;
    // A kept list below a lead-in line ("Die Studienautoren empfehlen:") is the section's text.
    if (j > i + 1 && keptList(j)) return j;
    return j < units.length && introduced(j) ? j : -1;
  };
  const introducesText = (i: number) => introducedText(i) >= 0;
  /**
   * A one-word line right below a removed one-word line of its block is an entry of a list of
   * words (share buttons: "Facebook", "WhatsApp", "Telegram"; a menu), not a heading of the text,
   * unless it titles the article's own box ("Highlights" below "Share", "Follow").
   */
  const belowOneWordLine = (i: number) =>
    features[i]!.shape.words === 1 &&
    !features[i]!.cues.includes('summary-heading') &&
    units[i - 1]?.block === units[i]!.block &&
    features[i - 1]!.shape.words === 1 &&
    decisions[i - 1]!.score >= threshold;
  /**
   * A heading that names a product or offer ("Gratis-Newsletter als Türöffner", "Auch ein
   * Börsenbrief half nicht") is its section's topic when the clearly kept text it introduces
   * speaks of a product or offer too: a promo box's heading stands above its pitch, not above
   * kept text on the same theme.
   */
  const topicHeading = (i: number) => {
    const cues = features[i]!.cues;
    if (!cues.some((c) => TOPIC_CUES.includes(c)) || !strongCuesOnlyFrom(features[i]!, TOPIC_OR_TEASER)) return false;
    const j = introducedText(i);
    return j >= 0 && features[j]!.cues.some((c) => TOPIC_CUES.includes(c));
  };
  for (let i = 0; i < units.length; i++) {
    if (!(headings[i] || headlines.has(i)) || !(onlyTeaserCues(features[i]!) || topicHeading(i))) continue;
    // The headline reaches over whatever stands between it and the article's start (bylines,
    // share buttons, a fact box): nothing there is clearly kept text, by the choice of `first`.
    // A headline too short to be found as such stands above the lead with at most credit lines between.
    // A section label in capitals above the headline is page chrome, even right above it, and
    // so are a menu entry repeated there, the author's role between the byline and the date, and
    // an entry of a list of words.
    if (i < first && ((capitalsLabel(i) && !headlineSized(i)) || betweenCredits(i) || namesRemovedSection(i) || belowOneWordLine(i))) continue;
    // Below the headline, a picture's caption next to its removed credit introduces no text.
    if (opening !== undefined && i > opening && !headlines.has(i) && byCredit(i)) continue;
    const top = headlines.has(i) || (i < first && introducesText(i));
    if (decisions[i]!.score >= GUARDED_SCORE) {
      if (!top && !introducesText(i)) continue;
      revise(decisions, i, GUARDED_SCORE, decisions[i]!.label, 'heading of article text');
    }
    // The headline's kicker, even above a headline the model kept: a short plain line right above it, without cues or figures.
    const k = i - 1;
    if (top && k >= 0 && kickerLike(k) && !namesRemovedSection(k) && decisions[k]!.score >= GUARDED_SCORE) {
      revise(decisions, k, GUARDED_SCORE, decisions[k]!.label, 'kicker above the headline');
    }
  }
  // The headline's standfirst may end in a teaser's question or announcement ("… belasten. Ist die Aktie jetzt ein
  // Schnäppchen oder eine Falle?", „… ab. Was Anleger jetzt wissen müssen – und welche Optionen ihnen bleiben.“):
  // on the line right under the headline, after kept sentences, it is the standfirst's.
  if (last >= 0) {
    const start = lineEnd(units, last);
    const end = start < units.length ? lineEnd(units, start) : start;
    for (let k = start + 1; k < end; k++) {
      const f = features[k]!;
      const teaser = units[k]!.kind === 'sentence' && (f.shape.end === '?' || f.cues.includes('teaser')) && onlyTeaserCues(f);
      if (!teaser || decisions[k]!.score < threshold) continue;
      let keptBefore = true;
      for (let j = start; j < k; j++) keptBefore &&= decisions[j]!.score < threshold;
      if (keptBefore) revise(decisions, k, GUARDED_SCORE, decisions[k]!.label, "teaser that ends the headline's standfirst");
    }
  }
  // The page's first short line is the site's name ("Newsweek", "CHIP") above navigation, a
  // section name or the headline's kicker, unless it is itself the kicker: right above a line of
  // headline size (a headline may be set as two sentences: "Bäcker-Pleite im Norden! 38 Filialen
  // wackeln"; not a breadcrumb, „Startseite › Tier › Milchvieh“) or above a short headline over the lead.
  const headlineLine = (j: number) => {
    const end = lineEnd(units, j);
    return (
      wordsIn(features, j, end) >= HEADLINE_WORDS &&
      features[end - 1]!.shape.end !== '.' &&
      !isMenuBar(features[j]!.shape.trimmed) &&
      !features[j]!.cues.includes('chrome-nav')
    );
  };
  const s = features[0]?.shape;
  /**
   * The site's name with its tagline or sections behind bars ("Example | Technik und Wirtschaft
   * für die Industrie", "ENR | Transportation | Bridges"), or behind a dash after its web address
   * ("example.de – Bau-Infos, Bau-News"): short fields, or a kept headline below it (a headline may
   * open with a short field: "Tesla | Shares jump after …").
   */
  const barredMasthead = (shape: TextShape) => {
    const fields = shape.trimmed.split(DOMAIN_DASH.test(shape.trimmed) ? MASTHEAD_BAR_OR_DASH : MASTHEAD_BAR);
    if (fields.length < 2 || shape.end !== '' || itemWords(fields[0]!) > MASTHEAD_WORDS) return false;
    if (fields.every((f) => itemWords(f) <= MASTHEAD_WORDS)) return true;
    for (let j = 1; j < first; j++) if (headings[j]! && decisions[j]!.score < threshold) return true;
    return false;
  };
  const masthead =
    s !== undefined &&
    first > 1 &&
    first < units.length &&
    (units[0]!.kind === 'line' || units[0]!.kind === 'heading') &&
    units[1]!.line !== units[0]!.line &&
    (s.digitRatio === 0 || DIGIT_NAME.test(s.trimmed)) &&
    !isArticleVoice(features[0]!) &&
    ((s.words <= MASTHEAD_WORDS && !headlineLine(1) && !(headings[1]! && introducesText(1))) || barredMasthead(s));
  if (!masthead) return;
  raiseTo(decisions, 0, MASTHEAD_SCORE, 'chrome', "the site's name above the headline");
  // A short line below the headline, right under or right over a removed date or byline, that
  // names the site is the author's credit ("Jane Roe, Example Dallas-Fort Worth", "Mag. Jane Roe,
  // Example Österreich" over "21.11.2026, 10:12 Uhr"), not a subtitle.
  let headlineAbove = false;
  for (let i = 1; i < Math.min(units.length, first + LOOKAHEAD + 1); i++) {
    const credited = headlineAbove && (removedCredit(i - 1) || (removedCredit(i + 1) && units[i + 1]!.block === units[i]!.block));
    if (credited && headings[i]! && features[i]!.shape.words <= SITE_BYLINE_WORDS && containsWords(features[i]!.shape.lower, s.lower)) {
      raiseTo(decisions, i, MASTHEAD_SCORE, 'chrome', 'byline naming the site');
    }
    headlineAbove ||= headlineLike(i) || sentenceHeadlineLike(i);
  }
};
