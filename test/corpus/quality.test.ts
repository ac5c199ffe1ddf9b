import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateWith, matchesGoldBody } from '../../scripts/lib/evaluation.js';
import { loadCorpus } from '../../scripts/lib/corpus.js';

interface Floors {
  inSample: { f1: number; precision: number; maxEditorialLoss: number };
  byLanguage: Record<string, { f1: number }>;
  exactSeeds: string[];
  cleanSeedMaxSpamScore: number;
}

const floors = JSON.parse(readFileSync('corpus/floors.json', 'utf8')) as Floors;
const manifest = JSON.parse(readFileSync('corpus/manifest.json', 'utf8')) as { gold: { file: string; sha256: string }[] };
const { real } = loadCorpus();
const report = evaluateWith(real);

describe('corpus', () => {
  it('is the corpus the manifest records (no silent change to a raw text)', () => {
    expect(real.length).toBe(manifest.gold.length);
    for (const entry of manifest.gold) {
      const sha = createHash('sha256').update(readFileSync(`corpus/${entry.file}`)).digest('hex');
      expect(sha, entry.file).toBe(entry.sha256);
    }
  });
});

describe('quality floors of the bundled model (corpus/floors.json)', () => {
  it('in-sample F1, precision and editorial loss', () => {
    expect(report.overall.f1).toBeGreaterThanOrEqual(floors.inSample.f1);
    expect(report.overall.precision).toBeGreaterThanOrEqual(floors.inSample.precision);
    expect(report.overall.editorialLoss).toBeLessThanOrEqual(floors.inSample.maxEditorialLoss);
  });

  it('F1 by language', () => {
    for (const [lang, floor] of Object.entries(floors.byLanguage)) expect(report.byLanguage[lang]!.f1, lang).toBeGreaterThanOrEqual(floor.f1);
  });

  it('seeds come out as their gold editorial bodies', () => {
    for (const id of floors.exactSeeds) {
      const e = report.articles.find((a) => a.article.id === id)!;
      expect(matchesGoldBody(e), id).toBe(true);
    }
  });

  it('the clean seed scores near zero and every seed with a promo tail scores higher', () => {
    for (const e of report.articles.filter((a) => a.article.id.startsWith('seed-'))) {
      if (e.article.spans.length === 0) expect(e.result.spamScore).toBeLessThan(floors.cleanSeedMaxSpamScore);
      else expect(e.result.spamScore).toBeGreaterThan(0.3);
    }
  });
});
