/**
 * The promostrip command line. The only code that touches Node APIs; it uses the public API.
 */
import { Command } from 'commander';
import { setFlagsFromString } from 'node:v8';
import { registerBatch } from './commands/batch.js';
import { registerClickbait } from './commands/clickbait.js';
import { registerEval } from './commands/eval.js';
import { registerFeed } from './commands/feed.js';
import { registerStrip } from './commands/strip.js';

// The library compiles hundreds of regular expressions and runs each many times. By default V8
// compiles an expression to bytecode at its first run and again to machine code at its second;
// compiling it to machine code at once saves about 0.2 CPU seconds per thread (each batch worker
// compiles its own), and a batch run of 50 MB takes about 5 % less time with one job, 8 % with two.
// The flag is read whenever an expression is compiled, so setting it here also covers the workers.
setFlagsFromString('--no-regexp-tier-up');

const program = new Command('promostrip')
  .description('Strip promo teasers, upsells, related lists, disclaimers and page chrome from financial news.')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 1));

registerStrip(program);
registerEval(program);
registerBatch(program);
registerFeed(program);
registerClickbait(program);

await program.parseAsync(process.argv);
