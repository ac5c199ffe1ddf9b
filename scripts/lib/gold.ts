/** Gold corpus access for scripts and tests: the pure parser plus reading a directory. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold, type GoldArticle } from '../../src/eval/gold.js';

export { charLabels, goldEditorialText, parseGold, type GoldArticle, type GoldSpan } from '../../src/eval/gold.js';

/** Loads every `*.txt` gold file of a directory, sorted by name. */
export function loadGoldDir(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseGold(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}
