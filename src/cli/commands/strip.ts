import type { Command } from 'commander';
import { segment, stripBoilerplate } from '../../index.js';
import { readInput } from '../io.js';

/** `promostrip strip [file]` and `promostrip segment [file]`. */
export function registerStrip(program: Command): void {
  program
    .command('strip')
    .description('print the editorial text of an article (stdin when no file)')
    .argument('[file]', 'article file; - or none for stdin')
    .option('--json', 'print the full result as JSON')
    .action(async (file: string | undefined, opts: { json?: boolean }) => {
      const result = stripBoilerplate(await readInput(file));
      process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : result.text + '\n');
    });
  program
    .command('segment')
    .description('print the units of an article as a JSON array of strings (stdin when no file)')
    .argument('[file]', 'article file; - or none for stdin')
    .action(async (file: string | undefined) => {
      const units = segment(await readInput(file));
      process.stdout.write(JSON.stringify(units.map((u) => u.text.trim()), null, 2) + '\n');
    });
}
