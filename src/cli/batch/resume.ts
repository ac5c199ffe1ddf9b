import { createReadStream } from 'node:fs';
import { open, truncate } from 'node:fs/promises';
import { splitRecord } from '../../batch/record.js';
import type { RecordFields } from '../../batch/types.js';
import { itemName, itemRecord } from '../../node/work-item.js';
import type { InputItem } from './inputs.js';
import { UsageError } from './usage-error.js';

/** How far an earlier run got with an output file. */
export interface ResumePoint {
  /** Complete records in the output. */
  records: number;
  /** The id of the last of them. */
  lastId: unknown;
}

/** Offsets of the last two `\n` bytes of a file, and how many there are. */
async function scanNewlines(path: string): Promise<{ count: number; last: number; beforeLast: number }> {
  let count = 0;
  let last = -1;
  let beforeLast = -1;
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      count += 1;
      beforeLast = last;
      last = offset + i;
    }
    offset += chunk.length;
  }
  return { count, last, beforeLast };
}

/**
 * Prepares an existing output for `--resume`: cuts off a partial last line (left by a killed
 * run) and reads how many records it holds and the id of the last one.
 *
 * @returns Undefined when the output does not exist yet.
 * @throws UsageError when the last complete line is not a batch result.
 */
export async function repairOutput(path: string): Promise<ResumePoint | undefined> {
  const scan = await scanNewlines(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!scan) return undefined;
  await truncate(path, scan.last + 1);
  if (scan.count === 0) return { records: 0, lastId: undefined };
  const length = scan.last - scan.beforeLast - 1;
  const file = await open(path);
  try {
    const { buffer } = await file.read(Buffer.alloc(length), 0, length, scan.beforeLast + 1);
    const last = JSON.parse(buffer.toString('utf8')) as unknown;
    if (typeof last !== 'object' || last === null || !('id' in last)) throw new SyntaxError('no id');
    return { records: scan.count, lastId: last.id };
  } catch (error) {
    if (error instanceof SyntaxError) throw new UsageError(`cannot resume: the last line of ${path} is not a batch result`);
    throw error;
  } finally {
    await file.close();
  }
}

const sameId = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Drops the records an earlier run already wrote to an output. Failed records are not in the
 * output, so the position is found by counting good records (`point.records`) and then
 * checking the id: the run resumes after the first good record, at or past that count, whose
 * id is the output's last id (past it when records failed in the stripper, not in parsing).
 * Bad records in the skipped part are not reported again.
 *
 * @throws UsageError when the inputs end before the output's last record is found.
 */
export async function* skipWritten(
  items: AsyncIterable<InputItem>,
  point: ResumePoint,
  fields: RecordFields,
): AsyncGenerator<InputItem, void, undefined> {
  let good = 0;
  let found = point.records === 0;
  for await (const item of items) {
    if (found) {
      yield item;
      continue;
    }
    let id: unknown;
    try {
      id = splitRecord(itemRecord(item.work), item.work.fallbackId, fields, itemName(item.work)).id;
    } catch {
      continue;
    }
    good += 1;
    found = good >= point.records && sameId(id, point.lastId);
  }
  if (!found) throw new UsageError(`cannot resume: the inputs do not contain the output's last record (id ${JSON.stringify(point.lastId)})`);
}
