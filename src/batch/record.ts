import { stripBoilerplate } from '../strip.js';
import { BOILERPLATE_LABELS, type BoilerplateLabel, type Label, type StripResult } from '../types.js';
import { assertText } from '../validate.js';
import type { BatchRecord, RecordFields, RemovedSpan, StripManyOptions, StripManyResult } from './types.js';

/** A record taken apart into its id, its text and the fields to pass through. */
export interface RecordParts {
  id: unknown;
  text: string;
  rest: Record<string, unknown>;
}

/**
 * Checks a record and takes it apart.
 *
 * @param record - The input record.
 * @param fallbackId - The id to use when the record has no id field.
 * @param fields - Which fields hold the text and the id.
 * @param name - How to name the record in error messages.
 * @throws TypeError when the record is not an object or its text field is not a string.
 */
export function splitRecord(record: unknown, fallbackId: unknown, fields: RecordFields, name: string): RecordParts {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new TypeError(`promostrip: \`${name}\` must be an object`);
  }
  const { textField = 'text', idField = 'id' } = fields;
  const { [textField]: text, [idField]: id, ...rest } = record as BatchRecord;
  assertText(text, `${name}.${textField}`);
  return { id: Object.hasOwn(record, idField) ? id : fallbackId, text, rest };
}

/** The spans of the input that were removed (labels in `remove`), merging neighbours with one label. */
export function removedSpans(result: StripResult, remove: readonly BoilerplateLabel[] = BOILERPLATE_LABELS): RemovedSpan[] {
  const removable = new Set<Label>(remove);
  const spans: RemovedSpan[] = [];
  for (const s of result.segments) {
    if (s.label === 'editorial' || !removable.has(s.label)) continue;
    const last = spans.at(-1);
    if (last && last.label === s.label && last.end === s.start) last.end = s.end;
    else spans.push({ start: s.start, end: s.end, label: s.label });
  }
  return spans;
}

/**
 * Strips the text of a record taken apart by {@link splitRecord} and builds its result: the
 * single definition of a batch result, used in-process and by the workers.
 */
export function stripParts({ id, text, rest }: RecordParts, options: StripManyOptions): StripManyResult {
  const result = stripBoilerplate(text, options);
  const base: StripManyResult = {
    id,
    text: result.text,
    spamScore: result.spamScore,
    language: result.language,
    removed: removedSpans(result, options.remove),
  };
  // fromEntries defines own properties, so a passed-through "__proto__" field stays a plain field.
  const passed = Object.entries(rest).filter(([key]) => !Object.hasOwn(base, key));
  return passed.length === 0 ? base : (Object.fromEntries([...Object.entries(base), ...passed]) as StripManyResult);
}
