import { Option, type Command } from 'commander';
import { segment, stripBoilerplate, type StripResult } from '../../index.js';
import { readInputOrFail } from '../io.js';

/** Longest excerpt of a removed unit shown by `--explain`. */
const EXCERPT_LENGTH = 100;

/** A unit's text on one line, shortened to {@link EXCERPT_LENGTH} characters. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length <= EXCERPT_LENGTH ? line : `${line.slice(0, EXCERPT_LENGTH - 1)}…`;
}

/**
 * The `--explain` report: the cleaned text, then every removed unit with its label, score,
 * an excerpt and the reasons for the decision.
 */
function formatExplanation(result: StripResult): string {
  const removed = result.segments.filter((s) => s.label !== 'editorial');
  const lines = [
    result.text,
    '',
    `Removed: ${removed.length} of ${result.segments.length} units (spam score ${result.spamScore.toFixed(2)}, language ${result.language})`,
  ];
  for (const s of removed) {
    const head = `  ${s.label.padEnd(10)}  ${s.score.toFixed(2)}  `;
    lines.push(head + excerpt(s.text));
    if (s.reasons.length > 0) lines.push(' '.repeat(head.length) + s.reasons.join('; '));
  }
  return `${lines.join('\n')}\n`;
}

/** `promostrip strip [file]` and `promostrip segment [file]`. */
export function registerStrip(program: Command): void {
  program
    .command('strip')
    .description('print the editorial text of an article (stdin when no file)')
    .argument('[file]', 'article file; - or none for stdin')
    .addOption(new Option('--json', 'print the full result as JSON').conflicts('explain'))
    .option('--explain', 'print the text, then every removed unit with its label, score and reasons')
    .action(async (file: string | undefined, opts: { json?: boolean; explain?: boolean }) => {
      const text = await readInputOrFail(file);
      if (text === undefined) return;
      const result = stripBoilerplate(text);
      if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (opts.explain) process.stdout.write(formatExplanation(result));
      else process.stdout.write(`${result.text}\n`);
    });
  program
    .command('segment')
    .description('print the units of an article as a JSON array of strings (stdin when no file)')
    .argument('[file]', 'article file; - or none for stdin')
    .action(async (file: string | undefined) => {
      const text = await readInputOrFail(file);
      if (text === undefined) return;
      process.stdout.write(`${JSON.stringify(segment(text).map((u) => u.text.trim()), null, 2)}\n`);
    });
}
