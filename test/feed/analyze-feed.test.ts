import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFeed, stripBoilerplate, type UserRule } from '../../src/index.js';
import { PROMO_ITEM_SHARE } from '../../src/feed/index.js';
import { parseGold, type GoldArticle } from '../../scripts/lib/gold.js';
import { FEED_FIXTURES, fixtureLink } from '../fixtures/feeds/fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = (file: string): string => readFileSync(join(ROOT, 'test', 'fixtures', 'feeds', file), 'utf8');
const gold = (id: string): GoldArticle => {
  const file = join(ROOT, 'corpus', 'gold', `${id}.txt`);
  return parseGold(readFileSync(file, 'utf8'), file);
};
const visible = (s: string): number => s.replace(/\s/g, '').length;
/** Lines trimmed, inner whitespace collapsed, blank lines dropped. */
const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim().split(/\s+/).join(' '))
    .filter((l) => l !== '');
/** Share of the article's visible characters the gold annotation marks non-editorial. */
const goldShare = (a: GoldArticle): number => a.spans.reduce((n, s) => n + visible(a.text.slice(s.start, s.end)), 0) / visible(a.text);
const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

describe.each(FEED_FIXTURES)('fixture $file', ({ file, title, items }) => {
  const result = analyzeFeed(fixture(file));

  it('has the feed title, every item, titles and links', () => {
    expect(result.feed.title).toBe(title);
    expect(result.feed.items).toBe(items.length);
    expect(result.items.map((i) => [i.title, i.link])).toEqual(items.map((i) => [i.title, fixtureLink(i.id)]));
  });

  it("gives each item the gold article's text, line by line", () => {
    result.items.forEach((item, k) => expect(lines(item.text)).toEqual(lines(gold(items[k]!.id).text)));
  });

  // The HTML round trip normalises whitespace and list markers, which can move a borderline unit:
  // the shares agree to within a tenth, not exactly.
  it('removes from each item about what stripBoilerplate removes from the raw article', () => {
    result.items.forEach((item, k) => {
      const raw = gold(items[k]!.id).text;
      const stripped = stripBoilerplate(raw);
      expect(Math.abs(item.promoShare - (1 - visible(stripped.text) / visible(raw)))).toBeLessThan(0.1);
      expect(item.spamScore).toBeCloseTo(stripped.spamScore, 1);
    });
  });

  // Measures the scorer, not the feed code: fails when stripBoilerplate misses an item's boilerplate.
  it('reports the promo ratio of the gold annotation', () => {
    const expected = items.filter((i) => goldShare(gold(i.id)) >= PROMO_ITEM_SHARE).length / items.length;
    expect(result.feed.promoRatio).toBeCloseTo(expected, 9);
  });
});

describe('analyzeFeed figures', () => {
  const result = analyzeFeed(fixture('rss2-seed-de.xml'));

  it('keeps every share in [0, 1], splits promoShare by label and points removed units into the text', () => {
    for (const item of result.items) {
      expect(item.promoShare).toBeGreaterThanOrEqual(0);
      expect(item.promoShare).toBeLessThanOrEqual(1);
      const byLabel = Object.values(item.promoShareByLabel).reduce((a, b) => a + b, 0);
      expect(close(byLabel, item.promoShare)).toBe(true);
      for (const s of item.removed) {
        expect(s.label).not.toBe('editorial');
        expect(item.text.slice(s.start, s.end)).toBe(s.text);
      }
      expect(item.titleClickbait).toBeGreaterThanOrEqual(0);
      expect(item.titleClickbait).toBeLessThanOrEqual(1);
    }
  });

  it('derives the feed figures from the items', () => {
    const { feed, items } = result;
    expect(feed.promoRatio).toBe(items.filter((i) => i.promoShare >= PROMO_ITEM_SHARE).length / items.length);
    expect(close(feed.meanSpamScore, items.reduce((a, i) => a + i.spamScore, 0) / items.length)).toBe(true);
    const removed = items.reduce((a, i) => a + i.promoShare * visible(i.text), 0);
    expect(close(feed.promoShare, removed / items.reduce((a, i) => a + visible(i.text), 0))).toBe(true);
    for (let k = 1; k < feed.recurring.length; k++) expect(feed.recurring[k - 1]!.count).toBeGreaterThanOrEqual(feed.recurring[k]!.count);
  });

  it('serialises to exactly { feed, items }', () => {
    expect(Object.keys(JSON.parse(JSON.stringify(result)) as object)).toEqual(['feed', 'items']);
    expect(Object.keys(result.feed)).toEqual(['title', 'items', 'promoRatio', 'meanSpamScore', 'promoShare', 'recurring']);
  });
});

/** A synthetic RSS feed whose removals are fixed by user rules, independent of the model. */
const syntheticFeed = (companies: readonly string[]): string =>
  `<rss version="2.0"><channel><title>Synth</title>${companies
    .map(
      (c, i) => `<item><title>${c} im Fokus</title><link>https://x.example/${i}</link><description><![CDATA[
        <p>${c} hat im Quartal mehr umgesetzt als erwartet. Der Vorstand bestätigte die Prognose für das laufende Jahr.</p>
        <p>Analysten sehen weiteres Potenzial, die Aktie legte im frühen Handel zu.</p>
        <p>${c}-Aktie: Kaufen oder verkaufen?! Neue ${c}-Analyse vom ${i + 1}. Februar liefert die Antwort:</p>]]></description></item>`,
    )
    .join('')}</channel></rss>`;
const RULES: UserRule[] = [
  { pattern: /Kaufen oder verkaufen\?!|-Analyse vom/, label: 'promo', name: 'buy-sell teaser' },
  { pattern: /./, label: 'editorial', name: 'everything else' },
];

describe('analyzeFeed with user rules', () => {
  it('counts promo items, shares by label, and masks the recurring teaser', () => {
    const result = analyzeFeed(syntheticFeed(['Amazon', 'Tesla', 'Nvidia']), { rules: RULES });
    expect(result.feed.promoRatio).toBe(1);
    for (const item of result.items) {
      expect(item.removed.map((s) => s.text.trim()).join(' ')).toMatch(/-Aktie: Kaufen oder verkaufen\?! Neue .*-Analyse vom \d+\. Februar liefert die Antwort:$/);
      expect(item.promoShareByLabel.promo).toBe(item.promoShare);
      expect(item.promoShareByLabel.related).toBe(0);
    }
    expect(result.feed.recurring).toEqual([
      { phrase: '<X>-Aktie: Kaufen oder verkaufen?! Neue <X>-Analyse vom <DATE> liefert die Antwort:', count: 3, label: 'promo' },
    ]);
  });

  it('removes only the labels in `remove`', () => {
    const result = analyzeFeed(syntheticFeed(['Amazon', 'Tesla']), { rules: RULES, remove: ['related'] });
    expect(result.feed.promoRatio).toBe(0);
    expect(result.feed.recurring).toEqual([]);
    expect(result.items.every((i) => i.removed.length === 0 && i.promoShare === 0)).toBe(true);
  });

  it('analyses at most maxItems items', () => {
    expect(analyzeFeed(syntheticFeed(['A', 'B', 'C']), { maxItems: 2 }).feed.items).toBe(2);
    expect(() => analyzeFeed(syntheticFeed(['A']), { maxItems: -1 })).toThrow(RangeError);
  });
});

describe('analyzeFeed edge cases', () => {
  it('gives zeros for a feed without items and for items without text', () => {
    expect(analyzeFeed('<rss version="2.0"><channel><title>Leer</title></channel></rss>').feed).toEqual({
      title: 'Leer',
      items: 0,
      promoRatio: 0,
      meanSpamScore: 0,
      promoShare: 0,
      recurring: [],
    });
    const result = analyzeFeed('<rss version="2.0"><channel><title>T</title><item><title></title><link>l</link></item></channel></rss>');
    expect(result.items).toEqual([
      {
        title: '',
        link: 'l',
        text: '',
        spamScore: 0,
        titleClickbait: 0,
        promoShare: 0,
        promoShareByLabel: { promo: 0, related: 0, disclaimer: 0, chrome: 0 },
        removed: [],
      },
    ]);
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => analyzeFeed(42 as unknown as string)).toThrow(TypeError);
  });

  it('refuses entity declarations', () => {
    expect(() => analyzeFeed(fixture('entity-bomb.xml'))).toThrow(/declares XML entities/);
    expect(() => analyzeFeed(fixture('external-entity.xml'))).toThrow(/declares XML entities/);
  });
});

describe('analyzeFeed options', () => {
  it('treats null options as none and checks strip options even on an empty feed', () => {
    const empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Leer</title></channel></rss>';
    expect(analyzeFeed(empty, null as unknown as undefined).feed.items).toBe(0);
    expect(() => analyzeFeed(empty, { threshold: 5 })).toThrow(RangeError);
  });
});
