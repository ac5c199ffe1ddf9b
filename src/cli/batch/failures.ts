import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A record that could not be processed. */
export interface RecordFailure {
  /** The input file as the user named it (`-` for stdin), or the article file of a directory input. */
  file: string;
  /** 1-based line number, for JSONL inputs. */
  line?: number;
  /** What was wrong. */
  error: string;
}

/** Where failures are reported. */
export interface FailureLog {
  report(failure: RecordFailure): void;
  close(): Promise<void>;
}

/**
 * Reports failures as JSONL to `path` (appended to when `append`), or, without a path, as
 * readable `file:line: error` lines through `log` (stderr). Rejects when `path` cannot be opened.
 */
export async function createFailureLog(path: string | undefined, append: boolean, log: (line: string) => void): Promise<FailureLog> {
  if (path === undefined) {
    return {
      report: ({ file, line, error }) => log(`${file}${line === undefined ? '' : `:${line}`}: ${error}`),
      close: async () => undefined,
    };
  }
  const stream = createWriteStream(path, { flags: append ? 'a' : 'w' });
  await once(stream, 'open');
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure ??= error;
  });
  return {
    report: (record) => {
      if (failure) throw failure;
      stream.write(`${JSON.stringify(record)}\n`);
    },
    close: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}
