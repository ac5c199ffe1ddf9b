import cliProgress from 'cli-progress';
import type { Tally } from './tally.js';

/** How progress is shown on stderr. */
export type ProgressMode = 'bar' | 'lines' | 'none';

/** Shows progress and carries other stderr lines without garbling the bar. */
export interface Progress {
  /** Called after each record with the running tally. */
  update(tally: Tally): void;
  /** Writes a line to stderr. */
  log(line: string): void;
  /** Ends the display. */
  stop(): void;
}

/** Seconds between two progress lines when stderr is not a terminal. */
const LINE_INTERVAL_S = 5;

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

function rate(tally: Tally, started: number): number {
  const seconds = (performance.now() - started) / 1000;
  return seconds > 0 ? (tally.written + tally.failed) / seconds : 0;
}

function createBar(totalBytes: number | undefined): Progress {
  const started = performance.now();
  const known = totalBytes !== undefined && totalBytes > 0;
  const multi = new cliProgress.MultiBar({
    stream: process.stderr,
    hideCursor: true,
    etaBuffer: 50,
    format: known
      ? '{bar} {percentage}% | {records} records | {mb}/{totalMb} MB | {rate} records/s | ETA {eta_formatted}'
      : '{records} records | {mb} MB | {rate} records/s',
  });
  const payload = (tally: Tally): object => ({
    records: tally.written + tally.failed,
    mb: mb(tally.bytes),
    totalMb: mb(totalBytes ?? 0),
    rate: rate(tally, started).toFixed(1),
  });
  const bar = multi.create(known ? totalBytes : 1, 0, { records: 0, mb: '0.0', totalMb: mb(totalBytes ?? 0), rate: '0.0' });
  return {
    update: (tally) => bar.update(known ? tally.bytes : 0, payload(tally)),
    log: (line) => multi.log(`${line}\n`),
    stop: () => multi.stop(),
  };
}

function createLines(totalBytes: number | undefined): Progress {
  const started = performance.now();
  let latest: Tally | undefined;
  const timer = setInterval(() => {
    if (!latest) return;
    const r = rate(latest, started);
    const share = totalBytes ? latest.bytes / totalBytes : undefined;
    const eta = share && r > 0 ? `, ${(100 * share).toFixed(0)}%, ETA ${Math.round(((1 - share) * (performance.now() - started)) / share / 1000)} s` : '';
    process.stderr.write(`promostrip batch: ${latest.written + latest.failed} records, ${mb(latest.bytes)} MB, ${r.toFixed(1)} records/s${eta}\n`);
  }, LINE_INTERVAL_S * 1000);
  timer.unref();
  return {
    update: (tally) => {
      latest = tally;
    },
    log: (line) => process.stderr.write(`${line}\n`),
    stop: () => clearInterval(timer),
  };
}

/** Starts the progress display; `totalBytes` (when known) gives a percentage and an ETA. */
export function createProgress(mode: ProgressMode, totalBytes: number | undefined): Progress {
  if (mode === 'bar') return createBar(totalBytes);
  if (mode === 'lines') return createLines(totalBytes);
  return { update: () => undefined, log: (line) => process.stderr.write(`${line}\n`), stop: () => undefined };
}
