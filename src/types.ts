/**
 * Shared data types of the promostrip pipeline:
 * text → blocks → units → features → scores → smoothing → labels → result.
 */

/** What a unit of an article is, in the labels of the gold annotation (`corpus/ANNOTATION.md`). */
export type Label = 'editorial' | 'promo' | 'related' | 'disclaimer' | 'chrome';

/** Every label that is not the article itself. */
export type BoilerplateLabel = Exclude<Label, 'editorial'>;

/** All labels, in the fixed order the model's class scores use. */
export const LABELS: readonly Label[] = ['editorial', 'promo', 'related', 'disclaimer', 'chrome'];

/** All non-editorial labels: the default of {@link StripOptions.remove}. */
export const BOILERPLATE_LABELS: readonly BoilerplateLabel[] = ['promo', 'related', 'disclaimer', 'chrome'];

/**
 * The shape of a unit:
 * - `heading`: a short line of its own without a sentence ending (a title or subheading);
 * - `sentence`: a sentence of running text;
 * - `list-item`: a bullet or numbered line;
 * - `line`: any other line that is not a sentence (widgets, bylines, ticker lines, link text).
 */
export type SegmentKind = 'heading' | 'sentence' | 'list-item' | 'line';

/**
 * One unit of the input as the segmenter found it.
 *
 * Units are contiguous and cover the input completely: the first starts at 0, each starts where
 * the one before it ends, and the last ends at `input.length`. A unit owns the whitespace that
 * follows it (like `Intl.Segmenter`), so `text` may end in spaces or line breaks; the first unit
 * also owns any leading whitespace of the input.
 */
export interface Unit {
  /** Offset of the unit's first UTF-16 code unit in the input. */
  start: number;
  /** Offset just after the unit (exclusive); equals the next unit's `start`. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
  /** What kind of unit this is. */
  kind: SegmentKind;
  /** Index of the block (paragraph: text between blank lines) the unit belongs to, from 0. */
  block: number;
  /** Index of the line (text between line breaks) the unit starts on, from 0. */
  line: number;
}

/** A unit with the decision taken on it. */
export interface Segment extends Unit {
  /** The label the pipeline gave the unit. */
  label: Label;
  /**
   * Probability in [0, 1] that the unit is not editorial (after context smoothing).
   * Units with `score >= threshold` are labelled with their most likely boilerplate label.
   */
  score: number;
  /** Short, human-readable reasons for the decision, strongest first. */
  reasons: string[];
}

/** Languages with a language pack. */
export type LanguageCode = 'de' | 'en';

/** A detected or given language; `und` when it could not be determined. */
export type DetectedLanguage = LanguageCode | 'und';

/** A user rule: text matching `pattern` is given `label` (or pushed towards it). */
export interface UserRule {
  /** A phrase (matched case-insensitively as a substring) or a regular expression. */
  pattern: string | RegExp;
  /** The label to give a unit that matches. */
  label: Label;
  /** Optional name shown in `reasons`; defaults to the pattern. */
  name?: string;
}

/** Options of {@link stripBoilerplate}. */
export interface StripOptions {
  /**
   * Skip detection and use this language. It chooses the segmentation data (abbreviations,
   * months); cue phrases of every language pack are always matched, because scraped pages mix
   * languages. `und` segments with every pack's data.
   */
  language?: DetectedLanguage;
  /** Which labels to remove from `text`. Default: all four boilerplate labels. */
  remove?: readonly BoilerplateLabel[];
  /**
   * Boilerplate probability at or above which a unit is removed, in (0, 1).
   * Higher keeps more (precision), lower removes more (recall). Default {@link DEFAULT_THRESHOLD}.
   */
  threshold?: number;
  /** Extra rules; a matching unit takes the rule's label, with the rule named in its reasons. */
  rules?: readonly UserRule[];
  /** A model to use instead of the bundled one (as trained by `npm run train`). */
  model?: Model;
}

/**
 * Default of {@link StripOptions.threshold}: chosen on leave-one-publisher-out figures to keep
 * editorial loss under 0.5 % (removing a real sentence is worse than keeping a promo one).
 */
export const DEFAULT_THRESHOLD = 0.6;

/** The result of {@link stripBoilerplate}. */
export interface StripResult {
  /** The editorial body: the kept units' text, made only of the input's own characters. */
  text: string;
  /** How much of the article is promotion and boilerplate, in [0, 1] (formula in `src/spam-score.ts`; calibration in `docs/evaluation.md`). */
  spamScore: number;
  /** The language used for the language-specific features. */
  language: DetectedLanguage;
  /** Every unit of the input, in order, covering it completely, with its decision. */
  segments: Segment[];
}

/** Options of {@link segment}. */
export interface SegmentOptions {
  /** Language whose abbreviations to use; default: detected. `und` uses all packs' abbreviations. */
  language?: DetectedLanguage;
}

/**
 * A multinomial logistic classifier: one weight row per label in {@link LABELS} order, one
 * column per named feature, and one bias per label.
 */
export interface LinearModel {
  /** Feature names, in column order. */
  features: readonly string[];
  /** `weights[label][feature]`, rows in {@link LABELS} order. */
  weights: readonly (readonly number[])[];
  /** One bias per label, in {@link LABELS} order. */
  bias: readonly number[];
}

/**
 * A trained model as `npm run train` writes it: a unit classifier over each unit's own features,
 * and a context classifier over the unit classifier's output for the unit and its neighbours.
 */
export interface Model {
  /** Classifies a unit from its own features (FEATURE_NAMES). */
  unit: LinearModel;
  /**
   * Corrects the unit classifier's verdict from the verdicts around it (CONTEXT_FEATURE_NAMES):
   * its scores are added to the unit classifier's log-probabilities.
   */
  context: LinearModel;
}
