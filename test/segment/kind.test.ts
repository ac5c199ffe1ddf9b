// Test sentences in this file are synthetic (written for these tests), in the style of finance news.
import { describe, expect, it } from 'vitest';
import { units } from './support.js';

function kinds(text: string): [string, string][] {
  return units(text).map((u) => [u.text.trim(), u.kind]);
}

describe('unit kinds', () => {
  it('marks bulleted and numbered lines as list items', () => {
    expect(kinds('- Umsatz steigt\n* Gewinn sinkt\n• Marge hält\n– Prognose steht\n1. Erstens.\n2) Zweitens\n*   **Fett:** Text')).toEqual([
      ['- Umsatz steigt', 'list-item'],
      ['* Gewinn sinkt', 'list-item'],
      ['• Marge hält', 'list-item'],
      ['– Prognose steht', 'list-item'],
      ['1. Erstens.', 'list-item'],
      ['2) Zweitens', 'list-item'],
      ['*   **Fett:** Text', 'list-item'],
    ]);
  });

  it('marks lines behind an angle marker as list items, as a menu sets them', () => {
    expect(kinds('> Funds & Trusts\n› Märkte\n>Reply')).toEqual([
      ['> Funds & Trusts', 'list-item'],
      ['› Märkte', 'list-item'],
      ['>Reply', 'line'],
    ]);
  });

  it("starts a new unit at a speaker's label in lower case, not a continuation of the line above", () => {
    expect(kinds('Lesen Sie auch: Verband fordert Nachbesserungen\nzm: Was würden Sie raten?\nund dann weiter.')).toEqual([
      ['Lesen Sie auch: Verband fordert Nachbesserungen', 'line'],
      ['zm: Was würden Sie raten?', 'sentence'],
      ['und dann weiter.', 'sentence'],
    ]);
  });

  it('does not take a date at the start of a wrapped line for an item number', () => {
    expect(kinds('28. April 2023 hat die AG gekauft.')).toEqual([['28. April 2023 hat die AG gekauft.', 'sentence']]);
  });

  it('marks sentences of running text', () => {
    expect(kinds('Der DAX stieg. Die Anleger jubelten.')).toEqual([
      ['Der DAX stieg.', 'sentence'],
      ['Die Anleger jubelten.', 'sentence'],
    ]);
  });

  it('marks short title lines as headings, questions included', () => {
    expect(kinds('DAX-Rekordlauf setzt sich fort\nDer DAX stieg.')).toEqual([
      ['DAX-Rekordlauf setzt sich fort', 'heading'],
      ['Der DAX stieg.', 'sentence'],
    ]);
    expect(kinds('Was treibt die Amazon Restrukturierung wirklich an?\nAmazon baut Personal ab.')).toEqual([
      ['Was treibt die Amazon Restrukturierung wirklich an?', 'heading'],
      ['Amazon baut Personal ab.', 'sentence'],
    ]);
    expect(kinds('Valuation\nThe stock is cheap.')).toEqual([
      ['Valuation', 'heading'],
      ['The stock is cheap.', 'sentence'],
    ]);
  });

  it('marks widgets, fields, links and rules as lines', () => {
    expect(kinds('Log In\nStand: 20.01.2025 18:38 Uhr\nSprache: Deutsch\nhttps://example.com\n-----\nMo., 24. Apr. 23 93 39,89')).toEqual([
      ['Log In', 'line'],
      ['Stand: 20.01.2025 18:38 Uhr', 'line'],
      ['Sprache: Deutsch', 'line'],
      ['https://example.com', 'line'],
      ['-----', 'line'],
      ['Mo., 24. Apr. 23 93 39,89', 'line'],
    ]);
  });

  it('marks a whitespace-only text as one line', () => {
    expect(units(' \n\t\n').map((u) => u.kind)).toEqual(['line']);
  });
});
