import type { Decision } from '../decide.js';
import { pointsToOneArticle, type UnitFeatures } from '../features/index.js';
import { CUE_FAMILIES } from '../lang/types.js';
import type { Unit } from '../types.js';
import { HEADLINE_SENTENCES, subheadingBesideLinks, subheadingClosingLinks } from './heading-guard.js';
import type { SmoothingPass } from './index.js';
import { aloneInBlock, aloneOnLine, closesBlock, wordsIn } from './line-runs.js';
import { capAt, raiseTo } from './revise.js';

/** A link is a headline of at least this many words… */
const MIN_LINK_WORDS = 3;
/** …and at most this many. */
const MAX_LINK_WORDS = 20;
/** A list has at least this many links… */
const MIN_LINKS = 2;
/** …and is followed at most this far. */
const MAX_LINKS = 10;
/** A single headline under a header, in a longer block, has at least this many words: an article's subheading is shorter. */
const MIN_LONE_LINK_WORDS = 6;
/** Score given to the links. */
const LINK_SCORE = 0.9;
/** Score the article's next numbered section below a list is kept at. */
const NUMBERED_SECTION_SCORE = 0.3;

/** A headline on a line of its own, maybe bulleted: not a sentence with its full stop or a table row, ending without a full stop or colon. */
function isHeadlineLine(units: readonly Unit[], features: readonly UnitFeatures[], k: number): boolean {
  const u = units[k]!;
  const s = features[k]!.shape;
  return (
    aloneOnLine(units, k) &&
    (u.kind === 'heading' || u.kind === 'line' || u.kind === 'list-item' || (u.kind === 'sentence' && s.end === '')) &&
    (s.end === '' || s.end === '?') &&
    s.words >= MIN_LINK_WORDS &&
    s.words <= MAX_LINK_WORDS &&
    !s.trimmed.includes('\t') &&
    !features[k]!.cues.some((c) => CUE_FAMILIES[c].strong && CUE_FAMILIES[c].label !== 'related')
  );
}

/**
 * Where the link that starts at unit `k` ends: after a headline line, or after a line of a
 * headline the segmenter cut into sentences ("Schools Are Locking Up Phones. Is It Working?"),
 * each opening with a capital, the line not ending in a full stop; -1 when the line is no link.
 */
function linkEnd(units: readonly Unit[], features: readonly UnitFeatures[], k: number): number {
  if (isHeadlineLine(units, features, k)) return k + 1;
  const line = units[k]?.line;
  if (line === undefined || units[k - 1]?.line === line) return -1;
  let end = k;
  let words = 0;
  for (; end < units.length && units[end]!.line === line; end++) {
    const f = features[end]!;
    if (end - k === HEADLINE_SENTENCES || units[end]!.kind !== 'sentence' || !/^\p{Lu}/u.test(f.shape.trimmed)) return -1;
    if (f.cues.some((c) => CUE_FAMILIES[c].strong && CUE_FAMILIES[c].label !== 'related')) return -1;
    words += f.shape.words;
  }
  const last = features[end - 1]!.shape.end;
  return end - k > 1 && words >= MIN_LINK_WORDS && words <= MAX_LINK_WORDS && (last === '' || last === '?') ? end : -1;
}

/** A list number alone on its line, above its item ("1", "2."): a numbered list's marker. */
const NUMBER_MARKER = /^\W{0,3}\d{1,2}\.?\s*$/u;

const isMarkerLine = (units: readonly Unit[], k: number): boolean => aloneOnLine(units, k) && NUMBER_MARKER.test(units[k]!.text);

/** A link's bullet or number before its headline ("» …", "• …", "2. …"). */
export const LINK_MARKER = /^(?:[»›•·▪*>–—-]|\d{1,2}[.)])\s/u;

/** The number and its mark that open a numbered line ("3. Move shares, not cash"). */
export const OPENING_NUMBER = /^(\d{1,2})([.)])\s/u;

/**
 * Whether the line at `k` goes on with the article's own numbering: it opens with a number whose
 * predecessor opens a kept unit above the header at `header` ("1. …", "2. …" kept above a related
 * box, "3. Move shares, not cash" below it), and no line between the header and it does.
 */
function continuesNumbering(features: readonly UnitFeatures[], decisions: readonly Decision[], threshold: number, header: number, k: number): boolean {
  const number = OPENING_NUMBER.exec(features[k]!.shape.trimmed);
  if (!number || number[1] === '1') return false;
  const before = `${Number(number[1]) - 1}${number[2]}`;
  const opensWith = (j: number) => OPENING_NUMBER.exec(features[j]!.shape.trimmed)?.slice(1).join('') === before;
  for (let j = header + 1; j < k; j++) if (opensWith(j)) return false;
  for (let j = header - 1; j >= 0; j--) if (decisions[j]!.score < threshold && opensWith(j)) return true;
  return false;
}

/**
 * The headlines right below a removed related-content header ("Keep reading", "Mehr zum Thema")
 * are its links, wherever the list stands: a run of two or more headline lines or bulleted
 * headlines, each alone on its line and maybe under its number on a line of its own ("1", "2"),
 * up to the first sentence or other line, or a single one: in a one-link box, or longer than a
 * subheading below the article's first sentence. The last of them, unless bulleted, numbered,
 * closing the list's block or a single long one, is left when kept text follows it: it may be
 * the article's subheading. A list whose first link is bulleted or numbered ends at the first
 * line without a bullet or number (the article's subheading and timeline below "» …" links). Any
 * list ends at a line that goes on with the article's numbering above the header ("3. …" below a
 * box that interrupts "1. …" and "2. …"), and that line is kept. A header
 * that carries its one headline ("Read more: …") is a link of its own, not a list's header. A
 * header the model left, alone on its line and not a sentence, goes with the list it heads.
 */
export const relatedLists: SmoothingPass = ({ units, features, decisions, threshold }) => {
  const firstKeptSentence = decisions.findIndex((d, k) => d.score < threshold && features[k]!.shape.end === '.');
  for (let i = 0; i < units.length; i++) {
    const f = features[i]!;
    if (!f.cues.includes('related-header') || pointsToOneArticle(f) || units[i + 1]?.line === units[i]!.line) continue;
    // A header the model left is taken with its list: alone on its line, it heads nothing else.
    const taken = decisions[i]!.score >= threshold;
    if (!taken && (units[i]!.kind === 'sentence' || !aloneOnLine(units, i))) continue;
    let end = i + 1;
    let links = 0;
    /** Whether the last link stands under its number. */
    let numbered = false;
    /** Where the last link starts. */
    let lastLink = end;
    /** Words of the shortest link before the last. */
    let shortestBefore = Infinity;
    /** Whether the list ended at the article's subheading: its last link is then certain. */
    let endsAtSubheading = false;
    /** Whether the first link opens with a bullet or number: a line without one then ends the list. */
    const bulleted = LINK_MARKER.test(features[end]?.shape.trimmed ?? '');
    while (end < units.length && links < MAX_LINKS) {
      // A line without the first link's bullet, or the title of the article's own box ("Fact box: …"), ends the list.
      // So does the article's next numbered section ("3. …" below a box that interrupts "1. …", "2. …"), which is kept.
      if ((bulleted && !LINK_MARKER.test(features[end]!.shape.trimmed)) || features[end]!.cues.includes('summary-heading')) break;
      if (continuesNumbering(features, decisions, threshold, i, end)) {
        capAt(decisions, end, NUMBERED_SECTION_SCORE, "the article's next numbered section");
        break;
      }
      const marked = isMarkerLine(units, end) && isHeadlineLine(units, features, end + 1);
      const next = marked ? end + 2 : linkEnd(units, features, end);
      if (next < 0) break;
      /** Words of the shortest link so far. */
      const shortest = links > 0 ? Math.min(shortestBefore, wordsIn(features, lastLink, end)) : Infinity;
      // A line without figures far shorter than every link above it is the article's subheading back after the list („Die Termine der Woche“
      // below a one-link box); a link's date line below it ("November 3 2026, 12.01am") is not.
      if (links > 0 && features[end]!.shape.figures === 0 && subheadingBesideLinks(wordsIn(features, end, next), shortest)) {
        endsAtSubheading = true;
        break;
      }
      numbered = marked;
      shortestBefore = shortest;
      lastLink = end;
      end = next;
      links++;
    }
    // A single headline is a link when it closes the header's block; below the article's first
    // sentence also when header and headline each stand alone between blank lines (a one-link
    // box), or when it runs longer than a subheading (above that sentence, the headline may be the
    // article's own, under a stray header).
    // A headline right above kept text may be the article's subheading, back after the list; a
    // bulleted or numbered one is a link, and so is one that closes the list's block or a box.
    // A link numbered 1 is no one-link box's: the article's first numbered section under an empty header.
    const boxed = (): boolean =>
      links === 1 &&
      end === i + 2 &&
      OPENING_NUMBER.exec(features[i + 1]!.shape.trimmed)?.[1] !== '1' &&
      (closesBlock(units, i + 1) ||
        (i > firstKeptSentence && ((aloneInBlock(units, i) && aloneInBlock(units, i + 1)) || features[i + 1]!.shape.words >= MIN_LONE_LINK_WORDS)));
    // Removed page chrome between them (the article's byline, date, share buttons) does not count.
    let below = end;
    while (below < units.length && decisions[below]!.score >= threshold && decisions[below]!.label === 'chrome') below++;
    // One that closes the block is a link too, unless it is far shorter than the links above it,
    // over the article's next paragraph: a subheading („Netzanschluss als Nadelöhr“). So is one whose
    // header is glued to the article's sentence above: the page set the box without blank lines, so
    // the blank line below its last line is the article's, under its subheading.
    const subheading = (): boolean =>
      links >= 2 &&
      subheadingClosingLinks({ units, features, decisions, threshold }, i, wordsIn(features, lastLink, end), shortestBefore) &&
      units[below]!.kind === 'sentence' &&
      units[below]!.block !== units[end - 1]!.block;
    if (
      links > 0 &&
      !endsAtSubheading &&
      below < units.length &&
      decisions[below]!.score < threshold &&
      units[end - 1]!.kind !== 'list-item' &&
      !bulleted &&
      !numbered &&
      (!closesBlock(units, end - 1) || subheading()) &&
      !boxed()
    ) {
      end = lastLink;
      links--;
    }
    if (links < MIN_LINKS && !boxed()) continue;
    if (!taken) raiseTo(decisions, i, LINK_SCORE, 'related', 'header of the related links below it');
    for (let k = i + 1; k < end; k++) raiseTo(decisions, k, LINK_SCORE, 'related', 'a link under a related-content header');
    i = end - 1;
  }
};
