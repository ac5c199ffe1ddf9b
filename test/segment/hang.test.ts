// Hang detectors: large or hostile inputs must finish (the timeouts only catch hangs, they are not benchmarks).
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/types.js';
import { units } from './support.js';

const HANG_TIMEOUT_MS = 60_000;

function covers(text: string, result: Unit[]): boolean {
  return result.length > 0 && result[0]!.start === 0 && result.at(-1)!.end === text.length;
}

describe('hostile inputs finish', () => {
  it.each([
    ['10 MB on one line', 'Der DAX stieg um 1,2 Prozent. Apple Inc. The z. B. U.S. 3. Quartal www.x.de '.repeat(140_000)],
    ['10 MB without spaces', 'a.b?c!D…e'.repeat(1_200_000)],
    ['200k "?!."', '?!.'.repeat(200_000)],
    ['100k "-"', '-'.repeat(100_000)],
    ['100k "- " bullets', '- '.repeat(100_000)],
    ['dash lines', `${'-'.repeat(75)}\n`.repeat(20_000)],
    ['1M NUL bytes', '\0'.repeat(1_000_000)],
    ['lone surrogates', '\ud800. \udc00? A'.repeat(100_000)],
    ['CRLF lines', 'Der DAX stieg.\r\nDie Anleger\r\n\r\n'.repeat(100_000)],
    ['1M line breaks', '\n'.repeat(1_000_000)],
    ['long digit runs', `${'1'.repeat(500_000)}.Ab ${'9'.repeat(500_000)}. Die`],
    ['long closers', `Er sagte.${'"'.repeat(500_000)} Die`],
    ['hard-wrapped text', `${'word '.repeat(15)}\n`.repeat(50_000)],
    ['abbreviations joined by hyphens', `${'x.-'.repeat(300_000)} Dr.-Ing.-Dipl.-`.repeat(3)],
  ])('%s', (_name, text) => {
    expect(covers(text, units(text))).toBe(true);
  }, HANG_TIMEOUT_MS);
});
