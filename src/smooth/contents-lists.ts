import type { SmoothingPass } from './index.js';
import { HEADLINE_WORDS } from './heading-guard.js';
import { aloneOnLine } from './line-runs.js';
import { isRemoved, raiseTo } from './revise.js';

/** A table of contents lists at least this many of the article's headings… */
const MIN_ENTRIES = 2;
/** …each a line of its own with at most this many words. */
const MAX_ENTRY_WORDS = 12;
/** Score given to its entries. */
const CONTENTS_SCORE = 0.9;

/**
 * A table of contents repeats the article's headings: the lines right below a removed header
 * ("Inhaltsverzeichnis", "Table of Contents"), each alone on its line, that come again further
 * down as lines of their own, are page chrome; the headings further down stay. Removed lines
 * among the entries ("Expand") do not end the list. An article's own list is not repeated word
 * for word by its headings. A headline repeated in a removed bar at the foot of the page does not
 * make the headline above the article an entry: removed lines further down count as its
 * headings only when shorter than a headline (section labels repeated in a tag list).
 */
export const contentsLists: SmoothingPass = ({ units, features, decisions, threshold }) => {
  const shortLine = (k: number): boolean => aloneOnLine(units, k) && features[k]!.shape.words <= MAX_ENTRY_WORDS;
  const removed = (k: number) => isRemoved(decisions, k, threshold);
  const lastAt = new Map<string, number>();
  for (let k = 0; k < units.length; k++) {
    if (shortLine(k) && (!removed(k) || features[k]!.shape.words < HEADLINE_WORDS)) lastAt.set(features[k]!.shape.lower, k);
  }
  const repeatedBelow = (k: number, below: number): boolean => shortLine(k) && (lastAt.get(features[k]!.shape.lower) ?? -1) >= below;
  for (let i = 1; i < units.length; i++) {
    if (!removed(i - 1) || removed(i) || !repeatedBelow(i, i + 1)) continue;
    let end = i;
    while (end < units.length && (repeatedBelow(end, end + 1) || (removed(end) && shortLine(end)))) end++;
    const entries: number[] = [];
    for (let k = i; k < end; k++) if (!removed(k) && repeatedBelow(k, end)) entries.push(k);
    if (entries.length >= MIN_ENTRIES) for (const k of entries) raiseTo(decisions, k, CONTENTS_SCORE, 'chrome', 'table of contents: repeats a heading further down');
    i = end;
  }
};
