// Property tests: generated texts from finance-like fragments and arbitrary strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/types.js';
import { units } from './support.js';

const FRAGMENTS = [
  'Der DAX stieg', 'Apple Inc.', 'z. B.', 'U.S.', '3.', 'Quartal', 'Januar', '1,5 Mrd.', '$1.1 billion', '.', '?', '!',
  '?!', '...', '…', '„', '“', '"', '(', ')', ':', '-', '- ', '1. ', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t',
  'www.x.de', 'a@b.de', 'soon.In', 'buy?Now', 'iPhone', 'und', 'The', 'Die', '\u00a0', '\u2028', '\0', '\ud800',
];

const finance = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(finance, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

function checkCover(text: string, result: Unit[]): void {
  if (text.length === 0) {
    expect(result).toEqual([]);
    return;
  }
  expect(result.length).toBeGreaterThan(0);
  expect(result[0]!.start).toBe(0);
  expect(result.at(-1)!.end).toBe(text.length);
  let block = 0;
  let line = 0;
  result.forEach((unit, i) => {
    if (i > 0) expect(unit.start).toBe(result[i - 1]!.end);
    expect(unit.end).toBeGreaterThan(unit.start);
    expect(unit.text).toBe(text.slice(unit.start, unit.end));
    expect(unit.block).toBeGreaterThanOrEqual(block);
    expect(unit.line).toBeGreaterThanOrEqual(line);
    block = unit.block;
    line = unit.line;
    // Only the first unit may start with whitespace; every unit but a whitespace-only text has content.
    if (i > 0) expect(/^\s/u.test(unit.text) && unit.text.trim() !== '').toBe(false);
  });
}

describe('splitUnits properties', () => {
  it('covers the input exactly with contiguous, non-empty units', () => {
    fc.assert(fc.property(anyText, (text) => checkCover(text, units(text))), { numRuns: 2000 });
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(units(text)).toEqual(units(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same units with either language', () => {
    fc.assert(
      fc.property(finance, (text) => {
        for (const language of ['de', 'en'] as const) checkCover(text, units(text, language));
      }),
      { numRuns: 500 },
    );
  });

  it('never counts more blocks or lines than the text has', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const breaks = text.split(/\r\n|\r|\n/).length - 1;
        for (const unit of units(text)) {
          expect(unit.line).toBeLessThanOrEqual(breaks);
          expect(unit.block).toBeLessThanOrEqual(breaks);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
