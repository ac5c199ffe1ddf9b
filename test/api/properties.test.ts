import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, stripBoilerplate } from '../../src/index.js';

/** Article-like text: words, numbers, abbreviations, punctuation, cue phrases and line breaks. */
const piece = fc.constantFrom(
  'Amazon', 'Aktie', 'steigt', 'the', 'stock', 'rose', 'Mrd.', 'z. B.', 'Inc.', 'U.S.', '16.000', '243,09',
  '$1.1', 'billion', '.', '?', '!', '?!', '...', '…', ':', ',', '"', '„', '“', '(', ')', '- ', '* ',
  '\n', '\n\n', '\r\n', ' ', '  ', 'Hier weiterlesen', 'Kaufen oder verkaufen', 'Click here', 'Related Articles',
  '©', 'Sie', 'you', 'Log In', 'www.example.com', '29. Januar', '\u0000', '\ud800',
);
const article = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(article, fc.string({ unit: 'binary', maxLength: 200 }));

describe('invariants', () => {
  it('segments cover the input exactly, in order, with matching text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const units = segment(text);
        let at = 0;
        for (const u of units) {
          expect(u.start).toBe(at);
          expect(u.end).toBeGreaterThan(u.start);
          expect(u.text).toBe(text.slice(u.start, u.end));
          at = u.end;
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('the output is the kept segments’ text, and only the input’s own characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = stripBoilerplate(text);
        let at = 0;
        for (const s of r.segments) {
          expect(s.start).toBe(at);
          at = s.end;
          if (s.label === 'editorial') expect(r.text).toContain(s.text.trim());
        }
        expect(at).toBe(text.length);
        const inputChars = new Set(text);
        for (const ch of r.text) expect(inputChars.has(ch)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // In the language of the first pass: the removed text may have tipped the detection ("Kaufen
  // oder verkaufen" under English lines), and the other language's cues score other units.
  const stripTwice = (text: string): { once: string; twice: string } => {
    const first = stripBoilerplate(text);
    return { once: first.text, twice: stripBoilerplate(first.text, { language: first.language }).text };
  };

  it('stripping the output again removes nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { once, twice } = stripTwice(text);
        expect(twice).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('stripping again keeps a related header that the first pass kept, in the language it detected', () => {
    const { once, twice } = stripTwice('“ \n Related Articles Mrd. U.S. \r\n Kaufen oder verkaufen');
    expect(once).toContain('Related Articles');
    expect(twice).toBe(once);
  });
});
