import type { CueName } from '../lang/types.js';
import { CUE_FAMILIES } from '../lang/types.js';
import { pointsToOneArticle } from '../features/index.js';
import { visibleOffsets } from '../features/text-shape.js';
import type { BoilerplateLabel } from '../types.js';
import { CLEARLY_KEPT } from './clearly-kept.js';
import type { SmoothingPass } from './index.js';
import { LINK_MARKER } from './related-lists.js';
import { hasStrongPromoCue, raiseTo } from './revise.js';
import { belowSeparator, lineEnd } from './line-runs.js';
import { mapArray } from '../map-array.js';

/** Cue families that head a whole section of boilerplate ("About Oklo", "Forward-Looking Statements", "Related Analysis"). */
const SECTION_CUES: readonly CueName[] = ['about-company', 'legal', 'contact', 'related-header', 'disclosure'];
/**
 * Sections that a paragraph of prose ends: a box of related links or a source line in
 * mid-article (short lines: links with teasers, names and phone numbers), and a disclosure
 * header ("Important information", "Wichtige Hinweise") that stands between paragraphs.
 */
const PROSE_ENDED_SECTIONS: readonly CueName[] = ['related-header', 'contact', 'disclosure'];
/** A section header is a heading or line of at most this many words… */
const MAX_HEADER_WORDS = 8;
/** …that starts after this share of the article's visible text (a marker near the top never deletes the article). */
const MIN_POSITION = 0.4;
/**
 * A sentence heads a section only when it is this short ("Terms apply.") or names a company
 * ("About Oklo Inc."): a longer one ("By signing up you accept our privacy policy.") is a notice
 * of its own, and the article may go on below it.
 */
const SENTENCE_HEADER_WORDS = 3;
/** Score given to the units of a boilerplate section. */
const SECTION_SCORE = 0.9;
/** A block with this many kept sentences reads as prose, not as the teaser of a related link… */
const PROSE_SENTENCES = 2;
/** …and so does a block opened by a kept sentence of this many words… */
const PROSE_SENTENCE_WORDS = 12;
/** …or by a kept lead-in of this many words that ends in a colon: a link never does ("Die Eckdaten im Überblick:"). */
const LEAD_IN_WORDS = 4;
/**
 * A block of at least this many lines is a page without blank lines: its paragraphs are its
 * lines, and a box of links in mid-article ends at a line of prose, not at its block.
 */
const PAGE_BLOCK_LINES = 10;
/** A kicker's colon inside a headline: "Umfrage: Jede dritte Klinik …". */
const KICKER_COLON = /\p{L}: \p{L}/u;
/** A section ends at a plain heading over at least this many clearly kept sentences (a new article section)… */
const ARTICLE_SECTION_SENTENCES = 2;
/** …each of at least this many words and clearly kept. */
const ARTICLE_SENTENCE_WORDS = 6;

/**
 * A boilerplate section runs from its header to the next heading the pipeline keeps, or to the end:
 * a press release's "About …" paragraph, its forward-looking-statements notice, a contacts block, a
 * related-articles list with teaser lines. A related list, a contacts block or a disclosure also
 * ends at a paragraph of the article's prose (after a box of links, a chart's source line or a
 * disclaimer in mid-article), except, on a page without blank lines, a sentence line right below a
 * link longer than a subheading once a link above had such a teaser line; a related list whose
 * every line opened with a bullet ends at a plain heading without one. A removed heading right
 * below an "About …" header is the box's title (the author's name over her bio), not the article's
 * next section. Only headers in the lower part of the article open a section, so a marker near the
 * top cannot take the article with it. A header run into its paragraph ("About Meta Meta is
 * building …", "Forward-Looking StatementsThis release …"), removed and first on its line, takes
 * the rest of that line (its paragraph) only.
 */
export const sectionHeaders: SmoothingPass = ({ units, features, decisions, threshold }) => {
  const { before, total } = visibleOffsets(mapArray(features, (f) => f.shape));
  const unitsOnLine = new Map<number, number>();
  const unitsInBlock = new Map<number, number>();
  const linesInBlock = new Map<number, number>();
  units.forEach((u, i) => {
    unitsOnLine.set(u.line, (unitsOnLine.get(u.line) ?? 0) + 1);
    unitsInBlock.set(u.block, (unitsInBlock.get(u.block) ?? 0) + 1);
    // A block's lines follow one another: a unit that starts a line starts a new one of its block.
    if (units[i - 1]?.line !== u.line) linesInBlock.set(u.block, (linesInBlock.get(u.block) ?? 0) + 1);
  });
  /** Whether the unit stands in a page without blank lines, whose paragraphs are its lines. */
  const inLinePage = (i: number) => linesInBlock.get(units[i]!.block)! >= PAGE_BLOCK_LINES;
  /** The unit's paragraph: its block, or its line in a page without blank lines (lines as negative keys). */
  const paragraphOf = (i: number) => (inLinePage(i) ? -1 - units[i]!.line : units[i]!.block);
  /** A short unit alone on its line ("About Oklo Inc." ends in a full stop but is a header). */
  const headerLike = (i: number) =>
    features[i]!.shape.words <= MAX_HEADER_WORDS && (units[i]!.kind !== 'sentence' || unitsOnLine.get(units[i]!.line) === 1);
  /**
   * Paragraphs that read as the article's prose: at least two kept sentences with a terminal mark,
   * one of them of some length, a long one that opens the paragraph, or a lead-in of a few words
   * that opens it and ends in a colon (over a table or list). A related-content list is
   * made of headlines, each with at most a one-sentence teaser below it; such a paragraph ends it
   * (a box of links in mid-article).
   */
  const proseParagraphs = new Set<number>();
  const sentences = new Map<number, { count: number; long: boolean }>();
  units.forEach((u, i) => {
    const shape = features[i]!.shape;
    if (u.kind !== 'sentence' || decisions[i]!.score >= threshold) return;
    const key = paragraphOf(i);
    const opens = i === 0 || paragraphOf(i - 1) !== key;
    // A lead-in after the paragraph's first sentence („… soll ein Sozialplan stehen. Bereits angekündigt sind:“)
    // counts as one of its sentences: a link's teaser never introduces a list.
    const terminal = shape.end === '.' || shape.end === '!' || shape.end === '?' || shape.end === '…' || (shape.end === ':' && !opens);
    // A long sentence that opens its paragraph, or a lead-in of a few words that introduces a
    // table or list with a colon. In a block of its own it has no headline above it, so it is not a link's teaser; on
    // a page without blank lines a teaser line and a resumed paragraph look alike, and ending the
    // box at the teaser keeps the article's paragraph.
    if (opens && ((terminal && shape.words >= PROSE_SENTENCE_WORDS) || (shape.end === ':' && shape.words >= LEAD_IN_WORDS))) proseParagraphs.add(key);
    if (!terminal) return;
    const seen = sentences.get(key) ?? { count: 0, long: false };
    seen.count++;
    seen.long ||= shape.words >= ARTICLE_SENTENCE_WORDS;
    sentences.set(key, seen);
    if (seen.count >= PROSE_SENTENCES && seen.long) proseParagraphs.add(key);
  });
  /** Whether a unit's cues are all of the article's own families (reported speech, a summary heading). */
  const onlyEditorialCues = (i: number) => features[i]!.cues.every((c) => CUE_FAMILIES[c].label === 'editorial');
  /** A heading-like unit alone on its line without boilerplate cues. */
  const plainHeading = (i: number) => headerLike(i) && unitsOnLine.get(units[i]!.line) === 1 && onlyEditorialCues(i);
  /** A plain heading (not a sentence) alone in its paragraph: a link of a list whose links are paragraphs of their own, or a subheading. */
  const aloneInParagraph = (i: number) =>
    i >= 0 && units[i]!.kind !== 'sentence' && plainHeading(i) && (inLinePage(i) || unitsInBlock.get(units[i]!.block) === 1);
  /**
   * A line of a short question and its answer („Vier-Tage-Woche? Nicht für alle“), without cues of
   * boilerplate and without a full stop at its end: a subheading the segmenter took for two sentences.
   */
  const questionAndAnswer = (i: number) => {
    const end = i + 2;
    if (units[i - 1]?.line === units[i]!.line || lineEnd(units, i) !== end || features[i]!.shape.end !== '?' || features[i + 1]!.shape.end === '.') return false;
    if (features[i]!.shape.words + features[i + 1]!.shape.words > MAX_HEADER_WORDS) return false;
    return [i, i + 1].every((k) => units[k]!.kind === 'sentence' && onlyEditorialCues(k));
  };
  /**
   * A plain heading over clearly kept sentences starts an article section again. So does one
   * alone in its paragraph right above a paragraph of prose, unless the two units before it are such
   * headings too: then it is the last link of a list, and on a page without blank lines it is one
   * even above clearly kept prose (with blank lines, a subheading often follows a box of links;
   * after a shorter list, keeping a last link is the cheaper error). A short sentence alone on its
   * line right above prose starts one whatever stands above it: links are headlines, and a
   * subheading with a full stop or an exclamation mark is the article's („Achtung, Fake-Rabatte!“).
   * It stands on a line of its own: a short sentence inside a footnote or list item ("Access
   * content from each service separately.") is not a heading.
   */
  const opensArticleSection = (i: number) => {
    if (questionAndAnswer(i)) return proseParagraphs.has(paragraphOf(lineEnd(units, i)));
    if (!plainHeading(i)) return false;
    // A separator line ("Article content") may stand between it and its prose.
    const next = belowSeparator(units, features, decisions, threshold, i);
    const lastOfLinks = aloneInParagraph(i - 1) && aloneInParagraph(i - 2);
    const aboveProse = next < units.length && paragraphOf(next) !== paragraphOf(i) && proseParagraphs.has(paragraphOf(next));
    // A short sentence alone on its line above prose is a subheading („Achtung, Fake-Rabatte!“), even after two links.
    if (units[i]!.kind === 'sentence' && aboveProse) return true;
    // The article's own box title („Hintergrund: …“, "Background: …") is no link, whatever stands above it.
    if (lastOfLinks && inLinePage(i) && !features[i]!.cues.includes('summary-heading')) return false;
    if (aloneInParagraph(i) && !lastOfLinks && aboveProse) return true;
    let kept = 0;
    for (let j = i + 1; j < units.length && (units[j]!.kind === 'sentence' || units[j]!.kind === 'list-item'); j++) {
      if (decisions[j]!.score >= threshold * CLEARLY_KEPT) return false;
      // A list item's short label ("- Competition.") before its sentences is neither.
      if (features[j]!.shape.words < ARTICLE_SENTENCE_WORDS) {
        if (units[j]!.kind === 'list-item') continue;
        return false;
      }
      if (++kept >= ARTICLE_SECTION_SENTENCES) return true;
    }
    return false;
  };
  /**
   * A related list's line that follows another of its lines and reads like a headline with a
   * kicker ("Umfrage: Jede dritte Klinik plant Standortabbau"): its last link, even right above the
   * article's prose, where a subheading would stand; not the article's own box title ("Background: …").
   */
  const kickerLink = (i: number) =>
    units[i]!.kind !== 'sentence' &&
    KICKER_COLON.test(features[i]!.shape.trimmed) &&
    !features[i]!.cues.includes('summary-heading') &&
    i > 0 &&
    units[i - 1]!.kind !== 'sentence' &&
    decisions[i - 1]!.score >= threshold;
  /**
   * A plain heading that starts its line without the bullet or number every line of a related list
   * below its header opened with ("– …" links, then the article's „Der Weg zur Fab“ and its timeline).
   */
  const startsLine = (i: number) => units[i - 1]?.line !== units[i]!.line;
  const bulletedLine = (i: number) => LINK_MARKER.test(features[i]!.shape.trimmed);
  const leavesBulletedList = (i: number, open: { bulleted: boolean | undefined }) =>
    open.bulleted === true && startsLine(i) && units[i]!.kind !== 'sentence' && plainHeading(i) && !bulletedLine(i);
  /**
   * A removed heading right below an "About …" header is the box's own title, not the article's
   * next section: the name over an author's bio ("About the author", "Jane Roe", her bio).
   */
  const namesTheSubject = (i: number, header: { cue: CueName; start: number }) =>
    header.cue === 'about-company' && i === header.start + 1 && decisions[i]!.score >= threshold;
  /**
   * On a page without blank lines, a sentence alone on its line right below a headline longer than
   * a subheading, both under the section's header: a link and its teaser, or the article resuming.
   */
  const belowHeadline = (i: number, open: { start: number }) =>
    inLinePage(i) &&
    i - 1 > open.start &&
    units[i]!.kind === 'sentence' &&
    unitsOnLine.get(units[i]!.line) === 1 &&
    units[i - 1]!.kind !== 'sentence' &&
    unitsOnLine.get(units[i - 1]!.line) === 1 &&
    features[i - 1]!.shape.words > MAX_HEADER_WORDS;
  /** An open section; `bulleted` says whether every line below its header so far opened with a bullet (undefined before the first), `hadTeaser` whether a link had a teaser line. */
  let section: { cue: CueName; label: BoilerplateLabel; header: string; start: number; bulleted: boolean | undefined; hadTeaser: boolean } | undefined;
  /** A header run into its paragraph ("About Meta Meta is building …") makes the rest of its line boilerplate. */
  let paragraph: { label: BoilerplateLabel; header: string; line: number } | undefined;
  units.forEach((u, i) => {
    const f = features[i]!;
    const position = before[i]! / total;
    // A source or caption line ("Source: Ledgerline" under a table) names where one thing comes from: it heads nothing.
    const cue = f.cues.includes('caption') ? undefined : f.cues.find((c) => SECTION_CUES.includes(c));
    // A legal link right under a removed call to action ("Privacy Policy" under "Sign Up") closes a sign-up box: it heads nothing.
    const boxLink = cue === 'legal' && i > 0 && units[i - 1]!.block === u.block && decisions[i - 1]!.score >= threshold && hasStrongPromoCue(features[i - 1]!);
    const mayHead = (u.kind !== 'sentence' || cue === 'about-company' || f.shape.words <= SENTENCE_HEADER_WORDS) && !boxLink;
    if (cue && headerLike(i) && mayHead && position >= MIN_POSITION && !(cue === 'related-header' && pointsToOneArticle(f))) {
      section = { cue, label: CUE_FAMILIES[cue].label as BoilerplateLabel, header: f.shape.trimmed, start: i, bulleted: undefined, hadTeaser: false };
    } else if (
      section &&
      ((opensArticleSection(i) && !(section.cue === 'related-header' && kickerLink(i)) && !namesTheSubject(i, section)) ||
        // The article's own box title ("Fact box: …", „Hintergrund: …“) ends a list of links, whatever its box holds.
        (section.cue === 'related-header' && plainHeading(i) && f.cues.includes('summary-heading')) ||
        (section.cue === 'related-header' && leavesBulletedList(i, section)) ||
        (PROSE_ENDED_SECTIONS.includes(section.cue) &&
          proseParagraphs.has(paragraphOf(i)) &&
          // Once a link above had its teaser line, a sentence line below the next link is its teaser too.
          !(section.hadTeaser && belowHeadline(i, section))))
    ) {
      section = undefined;
    } else if (section && i > section.start && startsLine(i)) {
      section.bulleted = (section.bulleted ?? true) && bulletedLine(i);
      section.hadTeaser ||= belowHeadline(i, section);
    }
    if (paragraph && paragraph.line !== u.line) paragraph = undefined;
    if (cue && !section && position >= MIN_POSITION && units[i - 1]?.line !== u.line && decisions[i]!.score >= threshold) {
      paragraph = { label: CUE_FAMILIES[cue].label as BoilerplateLabel, header: f.shape.trimmed.slice(0, 40), line: u.line };
    }
    const open = section ?? paragraph;
    if (!open) return;
    const reason = open === section ? `under the header "${open.header}"` : `in a paragraph opened by "${open.header}"`;
    raiseTo(decisions, i, SECTION_SCORE, open.label, reason);
  });
};
