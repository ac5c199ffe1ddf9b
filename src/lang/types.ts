import type { BoilerplateLabel, LanguageCode } from '../types.js';

/** What the segmenter needs to know about a language. */
export interface SegmentationData {
  /**
   * Abbreviations after which a full stop does not end a sentence, lower-case, written with
   * their dots and without inner spaces: `"mrd."`, `"z.b."`, `"inc."`, `"u.s."`.
   */
  abbreviations: readonly string[];
  /** Month names (lower-case); "29. Januar" is an ordinal date, not a sentence end. */
  months: readonly string[];
}

/**
 * A family of phrases that signals one kind of unit, e.g. calls to action or disclosure
 * formulas. Patterns are regular-expression sources, matched case-insensitively with the `u`
 * flag on a unit's text; they must not contain nested quantifiers.
 */
export interface CueFamily {
  /** Feature-name suffix, shared across languages (`cta`, `teaser`, `related-header`, …). */
  name: CueName;
  /** The label this family points to. */
  label: BoilerplateLabel | 'editorial';
  /** Human-readable reason shown when the family matches. */
  reason: string;
  /** Regular-expression sources. */
  patterns: readonly string[];
}

/** The cue families every language pack provides (possibly with an empty pattern list). */
export const CUE_NAMES = [
  'cta',
  'teaser',
  'product',
  'newsletter',
  'free-offer',
  'about-company',
  'related-header',
  'related-inline',
  'disclosure',
  'legal',
  'ai-note',
  'copyright',
  'chrome-nav',
  'byline',
  'caption',
  'dateline-line',
  'contact',
  'widget',
  'second-person',
  'buy-sell-question',
  'reported-speech',
] as const;

/** Name of a cue family. */
export type CueName = (typeof CUE_NAMES)[number];

/** Everything promostrip knows about one language. Adding a language means adding one of these. */
export interface LanguagePack {
  /** ISO 639-1 code. */
  code: LanguageCode;
  /** ISO 639-3 code as franc reports it. */
  franc: string;
  /** Abbreviations and month names for the segmenter. */
  segmentation: SegmentationData;
  /** One entry per {@link CUE_NAMES} member. */
  cues: Readonly<Record<CueName, CueFamily>>;
}
