import { InvalidArgumentError, type Command } from 'commander';
import type { FeedAnalysis } from '../../index.js';
import { analyzeFeed } from '../../index.js';
import { DEFAULT_FETCH_LIMITS, fetchFeed, isHttpUrl, readFeedFile, type FetchLimits } from '../fetch-feed.js';

interface FeedCommandOptions {
  json?: boolean;
  timeout: number;
  maxBytes: number;
  top: number;
}

/** Exit code when at least one feed could not be loaded or analysed. */
const EXIT_FEED_FAILED = 2;

/**
 * `promostrip feed <url|file...>`: analyses each feed and prints a table, or with `--json` one
 * JSON document per feed and line. A feed that fails is reported on stderr and the others go
 * on; the exit code is then 2.
 */
export function registerFeed(program: Command): void {
  program
    .command('feed')
    .description('analyse RSS, Atom, RDF or JSON feeds: promo share per item and feed, recurring removed phrases')
    .argument('<sources...>', 'feed URLs (http or https) or files')
    .option('--json', 'print one JSON document { feed, items } per feed, one per line')
    .option('--timeout <seconds>', 'time limit of each download', positiveNumber, DEFAULT_FETCH_LIMITS.timeoutMs / 1000)
    .option('--max-bytes <bytes>', 'size limit of each feed (download or file)', positiveInteger, DEFAULT_FETCH_LIMITS.maxBytes)
    .option('--top <n>', 'recurring phrases to show in the table', positiveInteger, 10)
    .action(async (sources: string[], opts: FeedCommandOptions) => {
      const limits: FetchLimits = { ...DEFAULT_FETCH_LIMITS, timeoutMs: opts.timeout * 1000, maxBytes: opts.maxBytes };
      for (const source of sources) {
        try {
          const document = isHttpUrl(source) ? await fetchFeed(source, limits) : await readFeedFile(source, opts.maxBytes);
          const analysis = analyzeFeed(document);
          process.stdout.write(opts.json ? `${JSON.stringify(analysis)}\n` : formatTable(source, analysis, opts.top));
        } catch (error) {
          const message = (error instanceof Error ? error.message : String(error)).replace(/^promostrip: /, '');
          process.stderr.write(`promostrip: ${source}: ${message}\n`);
          process.exitCode = EXIT_FEED_FAILED;
        }
      }
    });
}

/** The terminal report of one feed. */
function formatTable(source: string, { feed, items }: FeedAnalysis, top: number): string {
  const lines = [
    `${feed.title || '(untitled feed)'}  <${source}>`,
    `  items ${feed.items}   promo ratio ${percent(feed.promoRatio)}   mean spam score ${feed.meanSpamScore.toFixed(2)}   promo share ${percent(feed.promoShare)}`,
    '',
    '   spam   promo  clickbait  title',
    ...items.map(
      (i) =>
        `   ${i.spamScore.toFixed(2)}  ${percent(i.promoShare).padStart(6)}  ${i.titleClickbait.toFixed(2).padStart(9)}  ${truncate(i.title || '(untitled)', 80)}`,
    ),
  ];
  const recurring = feed.recurring.slice(0, top);
  if (recurring.length > 0) {
    lines.push('', '  recurring removed phrases:');
    for (const r of recurring) lines.push(`  ${`${r.count}×`.padStart(5)}  ${r.label.padEnd(10)}  ${truncate(r.phrase, 100)}`);
  }
  return `${lines.join('\n')}\n\n`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number');
  return n;
}

function positiveInteger(value: string): number {
  const n = positiveNumber(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('must be a positive integer');
  return n;
}
