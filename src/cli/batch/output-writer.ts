import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Sink } from './outputs.js';

/**
 * Writes result lines to the outputs one after the other: output `i` is opened when its first
 * line comes (and every skipped output before it, so an input without records still gets its
 * empty file). Every write is whole lines, so a killed run leaves at most one partial line.
 */
export class OutputWriter {
  private current = -1;
  private stream: Writable | undefined;
  /** A write error, kept until the next call raises it (so it is never an uncaught event). */
  private failure: Error | undefined;

  /**
   * @param sinks - The outputs.
   * @param append - Per output, whether to append (`--resume` of an existing file).
   */
  constructor(
    private readonly sinks: readonly Sink[],
    private readonly append: readonly boolean[],
  ) {}

  /** Writes `line` (ending in `\n`) to output `sink`, waiting when the output is busy. */
  async write(sink: number, line: string): Promise<void> {
    await this.moveTo(sink);
    if (this.failure) throw this.failure;
    if (!this.stream!.write(line)) await once(this.stream!, 'drain');
  }

  /** Opens the remaining outputs and closes them all. */
  async finish(): Promise<void> {
    await this.moveTo(this.sinks.length);
  }

  private async moveTo(sink: number): Promise<void> {
    while (this.current < sink) {
      await this.close();
      this.current += 1;
      const path = this.sinks[this.current]?.path;
      if (this.current < this.sinks.length) {
        const stream = path === undefined ? process.stdout : createWriteStream(path, { flags: this.append[this.current] ? 'a' : 'w' });
        stream.on('error', (error: Error) => {
          this.failure ??= error;
        });
        if (stream !== process.stdout) await once(stream, 'open');
        this.stream = stream;
      }
    }
  }

  private async close(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    if (!stream || stream === process.stdout) return;
    stream.end();
    await once(stream, 'finish');
  }
}
