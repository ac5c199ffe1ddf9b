/**
 * The promostrip command line. The only code that touches Node APIs; it uses the public API.
 */
import { Command } from 'commander';
import { registerBatch } from './commands/batch.js';
import { registerClickbait } from './commands/clickbait.js';
import { registerEval } from './commands/eval.js';
import { registerFeed } from './commands/feed.js';
import { registerStrip } from './commands/strip.js';

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
