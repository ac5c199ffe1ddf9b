import { splitRecord, stripParts } from '../batch/record.js';
import type { BatchRecord, StripManyOptions, StripManyResult } from '../batch/types.js';
import { BOILERPLATE_LABELS, type BoilerplateLabel } from '../types.js';

/**
 * One unit of work for a strip worker: a raw JSONL line (parsed in the worker, to keep the
 * main thread free) or a record object; `fallbackId` is the id when the record has none.
 */
export type WorkItem = { json: string; fallbackId: string } | { record: BatchRecord; fallbackId: string | number };

/** What a worker sends back per record: the result as a JSONL line or as an object. */
export type OutputFormat = 'json' | 'object';

/** The result type for an {@link OutputFormat}. */
export type FormattedResult<F extends OutputFormat> = F extends 'json' ? string : StripManyResult;

/** Per-record figures for the batch summary. */
export interface RecordStats {
  /** Length of the input text in UTF-16 code units. */
  chars: number;
  /** The record's spam score. */
  spamScore: number;
  /** Removed characters per label. */
  removedChars: Record<BoilerplateLabel, number>;
}

/** The outcome of one work item. */
export type Outcome<V> = { ok: true; value: V; stats: RecordStats } | { ok: false; error: string };

/** The record of a work item, parsing its JSON line if it has one. Throws on malformed JSON. */
export function itemRecord(item: WorkItem): unknown {
  if (!('json' in item)) return item.record;
  try {
    return JSON.parse(item.json) as unknown;
  } catch (error) {
    throw new SyntaxError(`not valid JSON (${(error as Error).message})`);
  }
}

/** How error messages name the record of a work item. */
export function itemName(item: WorkItem): string {
  return 'json' in item ? 'record' : `records[${item.fallbackId}]`;
}

/** A count of zero for every boilerplate label. */
export function zeroPerLabel(): Record<BoilerplateLabel, number> {
  return Object.fromEntries(BOILERPLATE_LABELS.map((l) => [l, 0])) as Record<BoilerplateLabel, number>;
}

function statsOf(result: StripManyResult, chars: number): RecordStats {
  const removedChars = zeroPerLabel();
  for (const span of result.removed) removedChars[span.label] += span.end - span.start;
  return { chars, spamScore: result.spamScore, removedChars };
}

/** Strips one work item; never throws: a bad record or a failing strip becomes an error outcome. */
export function stripItem<F extends OutputFormat>(
  item: WorkItem,
  options: StripManyOptions,
  format: F,
): Outcome<FormattedResult<F>> {
  try {
    const parts = splitRecord(itemRecord(item), item.fallbackId, options, itemName(item));
    const result = stripParts(parts, options);
    const value = (format === 'json' ? JSON.stringify(result) : result) as FormattedResult<F>;
    return { ok: true, value, stats: statsOf(result, parts.text.length) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
