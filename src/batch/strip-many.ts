import { splitRecord, stripParts } from './record.js';
import type { BatchRecord, StripManyOptions, StripManyResult } from './types.js';

/**
 * Strips a stream of records in this thread, yielding one result per record, in input order.
 * A record without an id gets its 0-based position in the input as id. Browser-safe; for
 * parallel work in Node use `stripManyParallel` from `promostrip/node`.
 *
 * @param records - Records `{ id?, text, ...rest }` (field names per `textField` / `idField`).
 * @param options - Options of `stripBoilerplate` plus `textField` and `idField`.
 * @throws TypeError (from the iteration) at the first record that is not an object or whose
 *   text field is not a string, naming it as `records[index]`.
 */
export async function* stripMany(
  records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>,
  options: StripManyOptions = {},
): AsyncGenerator<StripManyResult, void, undefined> {
  let index = 0;
  for await (const record of records) {
    yield stripParts(splitRecord(record, index, options, `records[${index}]`), options);
    index += 1;
  }
}
