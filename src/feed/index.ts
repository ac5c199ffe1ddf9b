/**
 * Feed analysis: how much of a feed's items is promotion and boilerplate, and which removed
 * phrases recur across items. Parses a string; fetching is the caller's (the CLI's) job.
 */
import { clickbaitScore } from '../clickbait/index.js';
import { stripBoilerplate } from '../strip.js';
import { BOILERPLATE_LABELS, type BoilerplateLabel, type Segment, type StripOptions } from '../types.js';
import { resolveOptions } from '../options.js';
import { assertText } from '../validate.js';
import { readFeed, type FeedEntry } from './read-feed.js';
import { recurringPhrases, type RemovedPhrase } from './recurring.js';
import {
  DEFAULT_MAX_ITEMS,
  PROMO_ITEM_SHARE,
  type AnalyzeFeedOptions,
  type FeedAnalysis,
  type FeedItemAnalysis,
  type ShareByLabel,
} from './types.js';

export * from './types.js';

/**
 * Analyses every item of a feed with `stripBoilerplate` and sums up the feed.
 *
 * Reads RSS 2.0, RSS 1.0/RDF, Atom and JSON Feed (given as its JSON text). An item's article is
 * the first non-empty of `content:encoded`, `content`, `description` and `summary` (JSON Feed:
 * `content_html`, `content_text`, `summary`), with HTML turned into plain text.
 *
 * XML entity declarations are refused, never expanded; the caller bounds the size of `xml`
 * (the CLI caps downloads), and at most `options.maxItems` items are analysed.
 *
 * @param xml - The feed document: XML, or JSON for a JSON Feed.
 * @param options - `stripBoilerplate` options applied to every item, and `maxItems`.
 * @throws TypeError when `xml` is not a string.
 * @throws Error saying what was expected and what was found when the document is malformed,
 *   in no supported format, or declares XML entities.
 */
export function analyzeFeed(xml: string, options?: AnalyzeFeedOptions): FeedAnalysis {
  assertText(xml, 'xml');
  const { maxItems = DEFAULT_MAX_ITEMS, ...stripOptions } = options ?? {};
  // Checked once up front, so that a bad option fails even on a feed without items.
  resolveOptions(stripOptions);
  if (!Number.isInteger(maxItems) || maxItems < 0) {
    throw new RangeError(`promostrip: \`maxItems\` must be a non-negative integer, got ${maxItems}`);
  }
  const document = readFeed(xml, maxItems);
  const remove = new Set<BoilerplateLabel>(stripOptions.remove ?? BOILERPLATE_LABELS);
  const analysed = document.entries.map((entry) => analyzeItem(entry, stripOptions, remove));
  const items = analysed.map((a) => a.item);
  const total = sum(analysed.map((a) => a.chars));
  const removed = sum(analysed.map((a) => a.removedChars));
  return {
    feed: {
      title: document.title,
      items: items.length,
      promoRatio: mean(items.map((i) => (i.promoShare >= PROMO_ITEM_SHARE ? 1 : 0))),
      meanSpamScore: mean(items.map((i) => i.spamScore)),
      promoShare: total === 0 ? 0 : removed / total,
      recurring: recurringPhrases(analysed.map((a) => a.phrases)),
    },
    items,
  };
}

/** A segment with a boilerplate label. */
type RemovedSegment = Segment & { label: BoilerplateLabel };

/** An item's analysis with the counts the feed figures are made of. */
interface AnalysedItem {
  item: FeedItemAnalysis;
  /** Non-whitespace characters of the item text. */
  chars: number;
  /** Non-whitespace characters of its removed units. */
  removedChars: number;
  phrases: RemovedPhrase[];
}

function analyzeItem(
  entry: FeedEntry,
  stripOptions: StripOptions,
  remove: ReadonlySet<BoilerplateLabel>,
): AnalysedItem {
  const result = entry.text === '' ? undefined : stripBoilerplate(entry.text, stripOptions);
  const removed = (result?.segments ?? []).filter((s): s is RemovedSegment => s.label !== 'editorial' && remove.has(s.label));
  const chars = visibleLength(entry.text);
  const byLabel: ShareByLabel = { promo: 0, related: 0, disclaimer: 0, chrome: 0 };
  let removedChars = 0;
  for (const s of removed) {
    const n = visibleLength(s.text);
    byLabel[s.label] += n;
    removedChars += n;
  }
  for (const label of BOILERPLATE_LABELS) byLabel[label] = chars === 0 ? 0 : byLabel[label] / chars;
  return {
    item: {
      title: entry.title,
      link: entry.link,
      text: entry.text,
      spamScore: result?.spamScore ?? 0,
      titleClickbait: entry.title === '' ? 0 : clickbaitScore(entry.title, { language: stripOptions.language }).score,
      promoShare: chars === 0 ? 0 : removedChars / chars,
      promoShareByLabel: byLabel,
      removed,
    },
    chars,
    removedChars,
    phrases: removedPhrases(entry.text, removed),
  };
}

/**
 * The removed text as phrases: runs of consecutive removed units on the same line with the same
 * label, whitespace collapsed.
 */
function removedPhrases(text: string, removed: readonly Segment[]): RemovedPhrase[] {
  const phrases: RemovedPhrase[] = [];
  let run: Segment[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) phrases.push({ text: text.slice(first.start, last.end).trim().split(/\s+/).join(' '), label: first.label });
    run = [];
  };
  for (const s of removed) {
    const previous = run[run.length - 1];
    if (previous && (previous.end !== s.start || previous.line !== s.line || previous.label !== s.label)) flush();
    run.push(s);
  }
  flush();
  return phrases;
}

/** Number of non-whitespace code units: whitespace between units does not count as content. */
function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n += ch.length;
  return n;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}
