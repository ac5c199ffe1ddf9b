/** Streaming batch API (stub until it lands). */
export async function* stripMany(_records: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<unknown> {}
