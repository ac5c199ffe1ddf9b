import type { BoilerplateLabel, DetectedLanguage, StripOptions } from '../types.js';

/** One input record: an object holding the article text and, optionally, an id and other fields. */
export type BatchRecord = Readonly<Record<string, unknown>>;

/** Which fields of a {@link BatchRecord} hold the text and the id. */
export interface RecordFields {
  /** Field holding the article text. Default `text`. */
  textField?: string;
  /** Field holding the record's id. Default `id`. */
  idField?: string;
}

/** Options of {@link stripMany}: the options of `stripBoilerplate` plus the record fields. */
export interface StripManyOptions extends StripOptions, RecordFields {}

/** A span of the input text that was removed, with its label. Offsets are into the input text. */
export interface RemovedSpan {
  /** Offset of the span's first UTF-16 code unit in the input text. */
  start: number;
  /** Offset just after the span (exclusive). */
  end: number;
  /** Why it was removed. */
  label: BoilerplateLabel;
}

/**
 * The result for one record. The five named fields always have these names, whatever the
 * input's `textField` and `idField`; every other field of the input record is passed through
 * (unless it has one of these five names: then the computed value wins).
 */
export interface StripManyResult {
  /** The record's id, or a fallback naming its position when the record has none. */
  id: unknown;
  /** The cleaned text (the editorial body). */
  text: string;
  /** How much of the article is promotion and boilerplate, in [0, 1]. */
  spamScore: number;
  /** The language used. */
  language: DetectedLanguage;
  /** The removed spans of the input text, in order; adjacent units with one label are merged. */
  removed: RemovedSpan[];
  /** Passed-through fields of the input record. */
  [field: string]: unknown;
}
