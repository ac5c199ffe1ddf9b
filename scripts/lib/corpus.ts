/** The training and evaluation corpus: real gold articles and synthetic variants. */
import { existsSync } from 'node:fs';
import { loadGoldDir, type GoldArticle } from './gold.js';

/** Real annotated articles (copied from ../shared/gold by `npm run import-gold`). */
export const GOLD_DIR = 'corpus/gold';
/** Articles we wrote ourselves: training data only, never in real-data figures. */
export const SYNTHETIC_DIR = 'corpus/synthetic';
/** Synthetic pages in the style of publishers the gold corpus lacks: a regression probe, never training data. */
export const PROBE_DIR = 'corpus/probe';

/** Loads the corpus, split into real and synthetic articles. */
export function loadCorpus(): { real: GoldArticle[]; synthetic: GoldArticle[] } {
  const real = loadGoldDir(GOLD_DIR);
  const synthetic = existsSync(SYNTHETIC_DIR) ? loadGoldDir(SYNTHETIC_DIR) : [];
  for (const a of synthetic) if (!a.synthetic) throw new Error(`${a.file}: synthetic article without "synthetic: true"`);
  return { real, synthetic };
}
