/** One line of a byte stream. */
export interface Line {
  /** The line without its `\n`, decoded as UTF-8 (invalid bytes become U+FFFD). */
  text: string;
  /** 1-based line number. */
  number: number;
  /** Bytes the line took in the input, `\n` included. */
  bytes: number;
}

/**
 * Splits a byte stream at `\n` bytes. Hand-written rather than `node:readline`, which also
 * breaks at a lone `\r` (so line numbers of binary junk would not match `wc -l`) and decodes
 * more slowly. A `\r` before the `\n` stays in the text (JSON ignores it as whitespace).
 */
export async function* readLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Line, void, undefined> {
  let pending: Buffer[] = [];
  let number = 0;
  const line = (bytes: Buffer, newline: number): Line => ({ text: bytes.toString('utf8'), number: ++number, bytes: bytes.length + newline });
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, end);
      yield line(pending.length === 0 ? piece : Buffer.concat([...pending, piece]), 1);
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield line(Buffer.concat(pending), 0);
}
