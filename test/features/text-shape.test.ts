// Test sentences in this file are synthetic (written for these tests), in the style of finance news.
import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/features/text-shape.js';

describe('text shape', () => {
  it("reads a sentence closed by its author's or agency's tag without the tag", () => {
    const tagged = measureText('Sonst droht eine Sperrzeit beim Arbeitslosengeld. (GEA)');
    expect(tagged.end).toBe('.');
    expect(tagged.ticker).toBe(false);
    expect(measureText('Die Aktie stieg. (dpa-AFX)').end).toBe('.');
  });

  it('keeps a ticker in brackets that no sentence end precedes', () => {
    const shape = measureText('Shares of Example Corp (EXMP) rose 4%');
    expect(shape.ticker).toBe(true);
    expect(shape.end).toBe('');
    expect(measureText('Example Corp rose (EXMP)').ticker).toBe(true);
  });
});
