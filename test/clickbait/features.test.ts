import { describe, expect, it } from 'vitest';
import { CLICKBAIT_CUES } from '../../src/clickbait/cues.js';
import { clickbaitFeatures, compileClickbaitCues } from '../../src/clickbait/features.js';

// Headlines below are written for these tests (synthetic), not taken from any data set.
const compiled = { de: compileClickbaitCues(CLICKBAIT_CUES.de), en: compileClickbaitCues(CLICKBAIT_CUES.en) };
const features = (text: string, language: 'de' | 'en') => new Set(clickbaitFeatures(text, compiled[language]).keys());

describe('clickbait cue families', () => {
  it.each([
    ['Should you put $2,500 into Kraft stock today?', 'en'],
    ['If you invested $1,000 in Ford 10 years ago', 'en'],
    ['Got $3,000? Buy these two stocks', 'en'],
    ['Mit 1.000 Euro zum Depot-Millionär?', 'de'],
    ['Sollten Sie 2.000 Euro in die Eon-Aktie investieren?', 'de'],
  ] as const)('finds a personal sum to invest: %s', (text, language) => {
    expect(features(text, language)).toContain('family:invest-amount');
  });

  it.each([
    ['Microsoft invested $10 billion in the start-up', 'en'],
    ['The fund invested $3.5 billion last year', 'en'],
    ['SAP will 2 Milliarden Euro investieren', 'de'],
  ] as const)('does not take a company’s investment for a personal sum: %s', (text, language) => {
    expect(features(text, language)).not.toContain('family:invest-amount');
  });

  it.each([
    ['Is Deere one of them?', 'en'],
    ['Did your utility make the cut?', 'en'],
    ['Ist Ihre Lieblingsaktie auch dabei?', 'de'],
  ] as const)('finds a teaser pointing back at a list: %s', (text, language) => {
    expect(features(text, language)).toContain('family:list-reference');
  });

  it.each([
    ['What it means for shareholders', 'en'],
    ['Was das für Sparer bedeutet', 'de'],
    ['Was bedeutet das für Sparer?', 'de'],
  ] as const)('treats an explainer heading as news wording in either word order: %s', (text, language) => {
    const found = features(text, language);
    expect(found).toContain('family:news-wording');
    expect(found).not.toContain('family:forward-reference');
  });

  it.each([
    ['The biggest drop since 2008', 'en'],
    ['Der größte Umbau seiner Geschichte', 'de'],
    ['Größter Stellenabbau seit Jahren', 'de'],
  ] as const)('does not count a superlative in a record frame: %s', (text, language) => {
    expect(features(text, language)).not.toContain('family:superlative');
  });

  it('still counts a plain superlative', () => {
    expect(features('The best stock for your retirement', 'en')).toContain('family:superlative');
    expect(features('Die größte Chance des Jahres', 'de')).toContain('family:superlative');
  });
});

describe('clickbait capitalisation features', () => {
  it('gives an all-caps line its own feature, not title case', () => {
    const found = features('MARKET SNAPSHOT TODAY', 'en');
    expect(found).toContain('shape:all-caps-line');
    expect(found).not.toContain('w:<title-case>');
    expect(found).not.toContain('w:<title-case-short>');
  });

  it('tells short title-cased headings from long ones', () => {
    expect(features('What Analysts Expect Next', 'en')).toContain('w:<title-case-short>');
    expect(features('This Little Stock Could Make You Rich Before the Year Is Over', 'en')).toContain('w:<title-case>');
  });
});

describe('capitalisation features', () => {
  it.each([
    ['THIS Stock Could Soar', true],
    ['ÄÖÜS rise again', true],
    ['Why 𝐀𝐁𝐂𝐃 matters', true],
    ['The ABCDe of investing', false],
    ['DAX-Rekord: IBM und USA', false],
  ] as const)('marks a word of four or more capitals: %s', (text, expected) => {
    expect(features(text, 'en').has('shape:all-caps-word')).toBe(expected);
  });
});
