import { describe, expect, it } from 'vitest';
import { clickbaitScore } from '../../src/index.js';

// Headlines below are written for these tests (synthetic), not taken from any data set.
const BAIT_DE = [
  'Amazon-Aktie: Kaufen oder verkaufen?!',
  'Diese 3 Aktien könnten Sie zum Millionär machen',
  'Du wirst nicht glauben, was dieser Hund im Garten gefunden hat',
];
const SOBER_DE = ['Siemens erhöht Prognose für 2025', 'Bundestag beschließt neues Rentengesetz', 'EZB senkt Leitzins um 0,25 Prozentpunkte'];
const BAIT_EN = [
  'This Stock Could Make You a Millionaire',
  "21 Things You Won't Believe Your Cat Does",
  'Should You Buy This Stock Before It Skyrockets?',
];
const SOBER_EN = ['Siemens raises profit forecast for 2025', 'Parliament approves pension reform bill', 'Oil prices fall as OPEC raises output'];

describe('clickbaitScore', () => {
  it.each(BAIT_DE)('scores German bait ≥ 0.5: %s', (text) => {
    const result = clickbaitScore(text);
    expect(result.score).toBeGreaterThanOrEqual(0.5);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it.each(SOBER_DE)('scores sober German news < 0.5: %s', (text) => {
    expect(clickbaitScore(text).score).toBeLessThan(0.5);
  });

  it.each(BAIT_EN)('scores English bait ≥ 0.5: %s', (text) => {
    expect(clickbaitScore(text).score).toBeGreaterThanOrEqual(0.5);
  });

  it.each(SOBER_EN)('scores sober English news < 0.5: %s', (text) => {
    expect(clickbaitScore(text).score).toBeLessThan(0.5);
  });

  it('names the families behind a bait score', () => {
    const { reasons } = clickbaitScore('Amazon-Aktie: Kaufen oder verkaufen?!', { language: 'de' });
    expect(reasons).toContain('buy/sell question');
  });

  it('detects the language of short headlines by cue words', () => {
    expect(clickbaitScore('Siemens erhöht Prognose für 2025').language).toBe('de');
    expect(clickbaitScore('This Stock Could Make You a Millionaire').language).toBe('en');
  });

  it('uses the given language, and averages both models for und', () => {
    expect(clickbaitScore('Kaufen oder verkaufen?!', { language: 'en' }).language).toBe('en');
    const und = clickbaitScore('Tesla?!', { language: 'und' });
    expect(und.language).toBe('und');
    expect(und.score).toBeGreaterThanOrEqual(0);
    expect(und.score).toBeLessThanOrEqual(1);
  });
});

// Finance promo teasers versus an article's own headings (synthetic, written for these tests).
const PROMO_FINANCE: [string, 'de' | 'en'][] = [
  ['Want the newest picks from our research team?', 'en'],
  ['Become a member and get every buy alert', 'en'],
  ['Did your stock make the list?', 'en'],
  ['Wollen Sie unsere neuesten Empfehlungen?', 'de'],
  ['Werden Sie jetzt Mitglied und sichern Sie sich alle Analysen', 'de'],
];
const EDITORIAL_FINANCE: [string, 'de' | 'en'][] = [
  ['Key Takeaways', 'en'],
  ['The bottom line', 'en'],
  ['U.S. retail sales rise in March', 'en'],
  ['Industrie: Aufträge brechen im Herbst ein', 'de'],
  ['Was bedeutet der Streik für Reisende?', 'de'],
  ['Die Bahn hat diese Woche neue Fahrpläne vorgelegt.', 'de'],
];

describe('clickbaitScore on finance units', () => {
  it.each(PROMO_FINANCE)('scores a promo teaser ≥ 0.5: %s', (text, language) => {
    expect(clickbaitScore(text, { language }).score).toBeGreaterThanOrEqual(0.5);
  });

  it.each(EDITORIAL_FINANCE)('scores an editorial heading or lead < 0.5: %s', (text, language) => {
    expect(clickbaitScore(text, { language }).score).toBeLessThan(0.5);
  });
});

describe('clickbaitScore on bad input', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['punctuation only', '?!?!?!?!…'],
    ['digits only', '1234567890'],
    ['NUL bytes', '\u0000\u0000Diese Aktie\u0000 explodiert jetzt!'],
    ['100 KB', 'Diese Aktie explodiert! '.repeat(5000)],
  ];

  it.each(inputs)('returns a score in [0, 1] with a reason: %s', (_name, text) => {
    const result = clickbaitScore(text);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('says when it scored only a prefix', () => {
    expect(clickbaitScore('Diese Aktie explodiert! '.repeat(5000)).reasons).toContain('scored the first 1000 characters only');
  });

  it('says why empty and letterless input score 0', () => {
    expect(clickbaitScore('')).toMatchObject({ score: 0, reasons: ['empty input'] });
    expect(clickbaitScore('1234567890')).toMatchObject({ score: 0, reasons: ['no letters to score'] });
  });

  it('throws a TypeError naming the argument for a non-string', () => {
    expect(() => clickbaitScore(42 as unknown as string)).toThrow(TypeError);
    expect(() => clickbaitScore(undefined as unknown as string)).toThrow(/`text`/);
    expect(() => clickbaitScore('x', { language: 'fr' as 'de' })).toThrow(/options\.language/);
  });
});
