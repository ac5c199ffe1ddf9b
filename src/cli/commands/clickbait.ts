import type { Command } from 'commander';
import { clickbaitScore } from '../../index.js';
import { readInput } from '../io.js';

/** Prints one JSON line `{ text, score, reasons }` for a headline. */
function printScore(text: string): void {
  const { score, reasons } = clickbaitScore(text);
  process.stdout.write(JSON.stringify({ text, score: Math.round(score * 1000) / 1000, reasons }) + '\n');
}

/** `promostrip clickbait [text...]`: scores each argument, or each non-empty line of stdin. */
export function registerClickbait(program: Command): void {
  program
    .command('clickbait')
    .description('score headlines or teasers for clickbait, one JSON line each (stdin lines when no text)')
    .argument('[text...]', 'headlines to score; none reads one per line from stdin')
    .action(async (texts: string[]) => {
      const inputs = texts.length > 0 ? texts : (await readInput(undefined)).split(/\r?\n/u).filter((l) => l.trim() !== '');
      for (const text of inputs) printScore(text);
    });
}
