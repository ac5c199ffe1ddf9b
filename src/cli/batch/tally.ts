import { BOILERPLATE_LABELS, type BoilerplateLabel } from '../../types.js';
import { zeroPerLabel, type RecordStats } from '../../node/work-item.js';

/** Running figures of a batch run. */
export interface Tally {
  /** Records written. */
  written: number;
  /** Records that failed. */
  failed: number;
  /** Input bytes of the records seen (written or failed). */
  bytes: number;
  /** Characters of the written records' texts. */
  chars: number;
  /** Removed characters per label. */
  removedChars: Record<BoilerplateLabel, number>;
  /** Sum of the written records' spam scores. */
  spamScoreSum: number;
}

/** An empty tally. */
export function createTally(): Tally {
  return { written: 0, failed: 0, bytes: 0, chars: 0, removedChars: zeroPerLabel(), spamScoreSum: 0 };
}

/** Counts a written record. */
export function countWritten(tally: Tally, stats: RecordStats, bytes: number): void {
  tally.written += 1;
  tally.bytes += bytes;
  tally.chars += stats.chars;
  tally.spamScoreSum += stats.spamScore;
  for (const label of BOILERPLATE_LABELS) tally.removedChars[label] += stats.removedChars[label];
}

/** Counts a failed record. */
export function countFailed(tally: Tally, bytes: number): void {
  tally.failed += 1;
  tally.bytes += bytes;
}

const percent = (part: number, whole: number): string => `${whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1)}%`;

/** The end-of-run summary, two lines. */
export function formatSummary(tally: Tally, seconds: number, alreadyWritten: number): string {
  const records = tally.written + tally.failed;
  const resumed = alreadyWritten > 0 ? `, ${alreadyWritten} written before (--resume)` : '';
  const rate = seconds > 0 ? `${(records / seconds).toFixed(1)} records/s, ${(tally.bytes / 1e6 / seconds).toFixed(2)} MB/s` : '-';
  const shares = BOILERPLATE_LABELS.map((l) => `${l} ${percent(tally.removedChars[l], tally.chars)}`).join(', ');
  const meanScore = tally.written === 0 ? 0 : tally.spamScoreSum / tally.written;
  return (
    `promostrip batch: ${records} records, ${tally.written} written, ${tally.failed} failed${resumed}; ` +
    `${seconds.toFixed(1)} s, ${rate}\n` +
    `removed: ${shares} of ${tally.chars} characters; mean spam score ${meanScore.toFixed(3)}`
  );
}
