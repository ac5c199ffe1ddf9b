/**
 * Copies the real gold articles and seeds from ../shared into corpus/ (never editing them),
 * and records their provenance and SHA-256 in corpus/manifest.json. Re-run when ../shared/gold grows.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold } from './lib/gold.js';

const shared = process.argv[2] ?? '../shared';
const corpus = 'corpus';
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

mkdirSync(join(corpus, 'gold'), { recursive: true });
mkdirSync(join(corpus, 'seeds'), { recursive: true });
copyFileSync(join(shared, 'ANNOTATION.md'), join(corpus, 'ANNOTATION.md'));

const gold = readdirSync(join(shared, 'gold')).filter((f) => f.endsWith('.txt')).sort();
const entries = gold.map((f) => {
  const from = join(shared, 'gold', f);
  copyFileSync(from, join(corpus, 'gold', f));
  const a = parseGold(readFileSync(from, 'utf8'), from);
  return { file: `gold/${f}`, id: a.id, lang: a.lang, publisher: a.publisher, source: a.header.source ?? '', sha256: sha(from) };
});
const seeds = readdirSync(join(shared, 'seeds')).sort().map((f) => {
  const from = join(shared, 'seeds', f);
  copyFileSync(from, join(corpus, 'seeds', f));
  return { file: `seeds/${f}`, sha256: sha(from) };
});
writeFileSync(
  join(corpus, 'manifest.json'),
  JSON.stringify({ generatedBy: 'scripts/import-gold.ts', from: '../shared (gold/, seeds/)', gold: entries, seeds }, null, 2) + '\n',
);
console.log(`imported ${entries.length} gold articles and ${seeds.length} seeds`);
