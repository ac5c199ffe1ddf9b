import type { SegmentationData } from '../lang/types.js';

/** A language's segmentation data as the lookup sets the segmenter uses. */
export interface SegmentationRules {
  /** Lower-case abbreviations with their dots and no spaces (`"z.b."`), month short forms included. */
  abbreviations: ReadonlySet<string>;
  /** The abbreviations whose full stop never ends a sentence (`"z.b."`, `"mr."`). */
  bound: ReadonlySet<string>;
  /** Lower-case month names and short forms without dots. */
  months: ReadonlySet<string>;
  /** Lower-case words that open sentences; they decide ambiguous full stops. */
  openers: ReadonlySet<string>;
  /** Whether one or two digits before a full stop may be an ordinal ("3. Quartal"). */
  ordinals: boolean;
}

const cache = new WeakMap<SegmentationData, SegmentationRules>();

/**
 * Short month forms ("jan", "sept") are abbreviations too; full names ("mai", "june") are not,
 * so a month counts as short when it is a proper prefix of another month name.
 */
function monthShortForms(months: readonly string[]): string[] {
  return months.filter((m) => months.some((other) => other !== m && other.startsWith(m))).map((m) => `${m}.`);
}

/** The lookup sets for `data`, built once per data object. */
export function rulesFor(data: SegmentationData): SegmentationRules {
  let rules = cache.get(data);
  if (!rules) {
    rules = {
      abbreviations: new Set([...data.abbreviations, ...monthShortForms(data.months)]),
      bound: new Set(data.boundAbbreviations),
      months: new Set(data.months),
      openers: new Set(data.sentenceOpeners),
      ordinals: data.ordinals,
    };
    cache.set(data, rules);
  }
  return rules;
}
