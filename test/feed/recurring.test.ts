import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_MASK, NUMBER_MASK, maskNumbersAndDates, tokenize } from '../../src/feed/mask.js';
import { NAME_MASK, recurringPhrases, type RemovedPhrase } from '../../src/feed/recurring.js';
import { parseGold } from '../../scripts/lib/gold.js';

const masked = (phrase: string): string =>
  maskNumbersAndDates(tokenize(phrase))
    .map((t) => t.text + (t.spaceAfter ? ' ' : ''))
    .join('')
    .trim();

describe('tokenize', () => {
  it('splits words, numbers and punctuation and keeps the spacing', () => {
    expect(tokenize('Amazon-Aktie: 16.000 Jobs?!').map((t) => [t.kind, t.text, t.spaceAfter])).toEqual([
      ['word', 'Amazon', false],
      ['punct', '-', false],
      ['word', 'Aktie', false],
      ['punct', ':', true],
      ['number', '16.000', true],
      ['word', 'Jobs', false],
      ['punct', '?', false],
      ['punct', '!', false],
    ]);
  });

  it("keeps apostrophes inside words and separates a number's trailing dot", () => {
    expect(tokenize("Don't 5. Mai").map((t) => t.text)).toEqual(["Don't", '5', '.', 'Mai']);
  });
});

describe('maskNumbersAndDates', () => {
  it.each([
    ['Neue Analyse vom 29. Januar liefert', `Neue Analyse vom ${DATE_MASK} liefert`],
    ['am 5. Februar 2026 will', `am ${DATE_MASK} will`],
    ['By Justin Pope – Jan 15, 2024', `By Justin Pope – ${DATE_MASK}`],
    ['Published January 15 at noon', `Published ${DATE_MASK} at noon`],
    ['WASHINGTON, Sept. 18 (Reuters)', `WASHINGTON, ${DATE_MASK} (Reuters)`],
    ['on 15 January 2024.', `on ${DATE_MASK}.`],
    ['Stand: 01.02.2025, 14:00 Uhr', `Stand: ${DATE_MASK}, ${NUMBER_MASK} Uhr`],
    ['as of 2025-02-01 and 1/2/2025', `as of ${DATE_MASK} and ${DATE_MASK}`],
    ['im Dezember 2025 um 13% auf 180,2 Mrd.', `im ${DATE_MASK} um ${NUMBER_MASK}% auf ${NUMBER_MASK} Mrd.`],
    ['Top 10 Stocks for 2024', `Top ${NUMBER_MASK} Stocks for ${NUMBER_MASK}`],
  ])('%s', (input, expected) => {
    expect(masked(input)).toBe(expected);
  });

  it('does not take words that merely start like a month for months', () => {
    expect(masked('Mars 15 and Mark 3')).toBe(`Mars ${NUMBER_MASK} and Mark ${NUMBER_MASK}`);
  });
});

const phrases = (...texts: string[]): RemovedPhrase[] => texts.map((text) => ({ text, label: 'promo' }));

describe('recurringPhrases', () => {
  it('masks the names that differ between otherwise equal phrases, and dates', () => {
    const result = recurringPhrases([
      phrases('Amazon-Aktie: Kaufen oder verkaufen?! Neue Amazon-Analyse vom 29. Januar liefert die Antwort:'),
      phrases('Tesla-Aktie: Kaufen oder verkaufen?! Neue Tesla-Analyse vom 01. Februar liefert die Antwort:'),
      phrases('Nvidia-Aktie: Kaufen oder verkaufen?! Neue Nvidia-Analyse vom 3. März liefert die Antwort:'),
    ]);
    expect(result).toEqual([
      {
        phrase: `${NAME_MASK}-Aktie: Kaufen oder verkaufen?! Neue ${NAME_MASK}-Analyse vom ${DATE_MASK} liefert die Antwort:`,
        count: 3,
        label: 'promo',
      },
    ]);
  });

  it('counts items, not occurrences, sorts by count and drops phrases of one item', () => {
    const result = recurringPhrases([
      phrases('Log In', 'Log In', 'Read more about Apple'),
      phrases('Log In', 'Read more about Tesla'),
      phrases('Log In', 'Only here once'),
    ]);
    expect(result.map((r) => [r.phrase, r.count])).toEqual([
      ['Log In', 3],
      [`Read more about ${NAME_MASK}`, 2],
    ]);
  });

  it('does not align phrases that differ in lower-case words or in length', () => {
    expect(recurringPhrases([phrases('Jetzt kaufen bei Amazon'), phrases('Jetzt verkaufen bei Amazon'), phrases('Jetzt kaufen bei Amazon heute')])).toEqual([]);
  });

  it('does not collapse unrelated capitalised headlines into placeholders', () => {
    expect(recurringPhrases([phrases('Apple Reports Record Earnings'), phrases('Tesla Beats Delivery Estimates')])).toEqual([]);
    expect(recurringPhrases([phrases('Apple'), phrases('Tesla')])).toEqual([]);
  });

  it('ignores phrases without words and takes the most common label', () => {
    const result = recurringPhrases([
      [{ text: '—', label: 'chrome' }, { text: 'Share this', label: 'chrome' }],
      [{ text: '—', label: 'chrome' }, { text: 'Share this', label: 'related' }],
      [{ text: 'Share this', label: 'related' }],
    ]);
    expect(result).toEqual([{ phrase: 'Share this', count: 3, label: 'related' }]);
  });

  it('finds the recurring promo tail of the seed articles from their gold spans', () => {
    const gold = ['seed-amazon-14000-stellen', 'seed-amazon-ki-umbau-30000', 'seed-amazon-openai-16000', 'seed-amazon-restrukturierung'].map((id) => {
      const file = join(import.meta.dirname, '..', '..', 'corpus', 'gold', `${id}.txt`);
      return parseGold(readFileSync(file, 'utf8'), file);
    });
    // one phrase per line of each gold span, as the analysis makes them from removed units
    const items = gold.map((a) =>
      a.spans.flatMap((s) =>
        a.text
          .slice(s.start, s.end)
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((text) => ({ text, label: s.label })),
      ),
    );
    const result = recurringPhrases(items);
    expect(result).toContainEqual({ phrase: 'Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg bei Amazon?', count: 3, label: 'promo' });
    expect(result).toContainEqual({ phrase: `Amazon-Aktie: Kaufen oder verkaufen?! Neue Amazon-Analyse vom ${DATE_MASK} liefert die Antwort:`, count: 3, label: 'promo' });
    expect(result.every((r) => r.count === 3)).toBe(true);
  });
});
