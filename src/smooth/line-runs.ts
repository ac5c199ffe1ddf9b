import type { Decision } from '../decide.js';
import { isDateLine, type UnitFeatures } from '../features/index.js';
import type { Unit } from '../types.js';

/** The maximal runs `[start, end)` of consecutive indices below `n` that `belongs(j, start)` accepts, in order. */
export function runs(n: number, belongs: (j: number, start: number) => boolean): [start: number, end: number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && belongs(j, i)) j++;
    if (j > i) out.push([i, j]);
    i = j === i ? i + 1 : j;
  }
  return out;
}

/** The runs of units that share a line (a paragraph of the scraped text), as `[start, end)` index pairs in order. */
export const lineRuns = (units: readonly Unit[]): [start: number, end: number][] =>
  runs(units.length, (j, start) => units[j]!.line === units[start]!.line);

/** Whether unit `i` is the only unit on its line. */
export const aloneOnLine = (units: readonly Unit[], i: number): boolean =>
  units[i - 1]?.line !== units[i]!.line && units[i + 1]?.line !== units[i]!.line;

/**
 * Whether unit `i` shares its block with a kept sentence right above it: a box's header glued to
 * the article's paragraph, on a page that sets the box without blank lines around it.
 */
export const gluedToKeptSentence = (units: readonly Unit[], features: readonly UnitFeatures[], decisions: readonly Decision[], threshold: number, i: number): boolean =>
  i > 0 &&
  units[i - 1]!.block === units[i]!.block &&
  units[i - 1]!.kind === 'sentence' &&
  features[i - 1]!.shape.end === '.' &&
  decisions[i - 1]!.score < threshold;

/**
 * The unit below unit `i`, past one separator line: removed page chrome alone on its line
 * ("Article content", "Advertisement", a gallery's button „Bildergalerie ansehen (8 Bilder)“), which
 * a page sets between a subheading and its paragraph or below a picture. Not past a date line or a
 * run of chrome (a tag list), nor past anything else.
 */
export const belowSeparator = (units: readonly Unit[], features: readonly UnitFeatures[], decisions: readonly Decision[], threshold: number, i: number): number => {
  const next = i + 1;
  const separator = next < units.length && decisions[next]!.score >= threshold && decisions[next]!.label === 'chrome' && !isDateLine(features[next]!) && aloneOnLine(units, next);
  return separator ? next + 1 : next;
};

/** Whether unit `i` is the only unit of its block: a line set off by blank lines above and below. */
export const aloneInBlock = (units: readonly Unit[], i: number): boolean =>
  units[i - 1]?.block !== units[i]!.block && units[i + 1]?.block !== units[i]!.block;

/**
 * Whether a unit closes a list's block: it shares its block with the unit above and a blank line
 * follows it. Such a line is the list's last item, not a subheading of the text below.
 */
export const closesBlock = (units: readonly Unit[], i: number): boolean =>
  units[i - 1]?.block === units[i]!.block && units[i + 1]?.block !== units[i]!.block;

/** Where the line of unit `j` starts: the index of its first unit. */
export function lineStart(units: readonly Unit[], j: number): number {
  let k = j;
  while (k > 0 && units[k - 1]!.line === units[j]!.line) k--;
  return k;
}

/** The index after the last unit on the line of unit `j`. */
export function lineEnd(units: readonly Unit[], j: number): number {
  let k = j;
  while (k < units.length && units[k]!.line === units[j]!.line) k++;
  return k;
}

/** The words of the units `[start, end)`: a paragraph's, a caption's, an answer's. */
export function wordsIn(features: readonly UnitFeatures[], start: number, end: number): number {
  let words = 0;
  for (let k = start; k < end; k++) words += features[k]!.shape.words;
  return words;
}
