import type { BoilerplateLabel, LanguageCode } from '../types.js';

/** What the segmenter needs to know about a language. */
export interface SegmentationData {
  /**
   * Abbreviations after which a full stop does not end a sentence, lower-case, written with
   * their dots and without inner spaces: `"mrd."`, `"z.b."`, `"inc."`, `"u.s."`.
   */
  abbreviations: readonly string[];
  /**
   * Abbreviations of {@link abbreviations} that a word of the same sentence always follows
   * ("z.b.", "d.h.", "e.g.", "mr."): their full stop never ends a sentence, not even before a
   * sentence opener ("d. h. Sie zahlen …", "e.g. The Times").
   */
  boundAbbreviations: readonly string[];
  /** Month names (lower-case); "29. Januar" is an ordinal date, not a sentence end. */
  months: readonly string[];
  /**
   * Whether the language writes ordinal numbers with a full stop ("im 3. Quartal", "vom 29. Januar"):
   * then a full stop after one or two digits ends a sentence only before a sentence opener. English
   * does not, so "… on Nov. 23. Photo by Jane Roe" ends after the day.
   */
  ordinals: boolean;
  /**
   * Words that commonly open a sentence (lower-case). After an abbreviation, an initial or an
   * ordinal, a full stop ends the sentence only when one of these follows ("Inc. The" splits,
   * "Inc. Class A" does not).
   */
  sentenceOpeners: readonly string[];
}

/**
 * The cue families every language pack fills: what each family signals, whether it is strong
 * evidence on its own (training keeps a strong family's weight for its label well above its
 * weight for editorial), and the reason shown to users when it matches. The patterns themselves are per-language data ({@link CuePatterns}).
 */
export const CUE_FAMILIES = {
  cta: { label: 'promo', strong: true, reason: 'call to action' },
  teaser: { label: 'promo', strong: true, reason: 'teaser for an analysis or offer' },
  product: { label: 'promo', strong: true, reason: 'names a paid product or sponsor' },
  newsletter: { label: 'promo', strong: true, reason: 'newsletter or app prompt' },
  'free-offer': { label: 'promo', strong: true, reason: 'free offer' },
  'offer-word': { label: 'promo', strong: false, reason: 'mentions a free offer or a subscription' },
  'about-company': { label: 'promo', strong: true, reason: 'company self-description ("About …")' },
  'related-header': { label: 'related', strong: true, reason: 'header of a related-content list' },
  'related-inline': { label: 'related', strong: true, reason: 'pointer to other content' },
  disclosure: { label: 'disclaimer', strong: true, reason: 'disclosure or conflict-of-interest note' },
  legal: { label: 'disclaimer', strong: true, reason: 'legal notice' },
  'ai-note': { label: 'disclaimer', strong: true, reason: 'note on AI-assisted production' },
  copyright: { label: 'disclaimer', strong: true, reason: 'copyright line' },
  'chrome-nav': { label: 'chrome', strong: true, reason: 'navigation, log-in or cookie words' },
  byline: { label: 'chrome', strong: true, reason: 'byline or credit line' },
  caption: { label: 'chrome', strong: true, reason: 'caption or source line' },
  'picture-credit': { label: 'chrome', strong: true, reason: 'picture credit' },
  'dateline-line': { label: 'chrome', strong: true, reason: 'date or update line' },
  contact: { label: 'chrome', strong: true, reason: 'contact details' },
  widget: { label: 'chrome', strong: true, reason: 'price, quote or empty widget' },
  'second-person': { label: 'promo', strong: false, reason: 'addresses the reader' },
  'buy-sell-question': { label: 'promo', strong: false, reason: 'buy-or-sell question' },
  'reported-speech': { label: 'editorial', strong: false, reason: 'reported speech, sourcing or narration' },
  'dateline-lead': { label: 'editorial', strong: false, reason: 'lead sentence after a wire dateline' },
  'summary-heading': { label: 'editorial', strong: false, reason: "the article's own summary or explainer heading" },
  'correction-note': { label: 'editorial', strong: false, reason: "the article's own correction note" },
} as const satisfies Record<string, { label: BoilerplateLabel | 'editorial'; strong: boolean; reason: string }>;

/** Name of a cue family. */
export type CueName = keyof typeof CUE_FAMILIES;

/** All cue family names, in feature order. */
export const CUE_NAMES = Object.keys(CUE_FAMILIES) as CueName[];

/**
 * A language's phrases for one cue family: regular-expression sources matched with the `u` flag
 * against the lower-cased unit text (or the original text when `caseSensitive`). They must not
 * nest quantifiers over the same characters: a repeated group must end in a separator that its
 * inner quantifier cannot match ("(?:\w+ ){0,2}"), so no text can be split between them two ways.
 */
export interface CuePatterns {
  patterns: readonly string[];
  /** Match against the original text instead of the lower-cased one (e.g. German formal "Sie"). */
  caseSensitive?: boolean;
}

/** Everything promostrip knows about one language. Adding a language means adding one of these. */
export interface LanguagePack {
  /** ISO 639-1 code. */
  code: LanguageCode;
  /** ISO 639-3 code as franc reports it. */
  franc: string;
  /**
   * Frequent function words that are rare in the other supported languages (lower-case):
   * a clear majority of them decides the language without running franc.
   */
  functionWords: readonly string[];
  /** Abbreviations and month names for the segmenter. */
  segmentation: SegmentationData;
  /** Patterns for every cue family. */
  cues: Readonly<Record<CueName, CuePatterns>>;
}
