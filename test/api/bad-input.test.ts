import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/index.js';

/** Hang detectors: each case must finish; the timeout is generous and not a benchmark. */
const HANG = 60_000;

function checkInvariants(text: string) {
  const r = stripBoilerplate(text);
  if (r.segments.length > 0) {
    expect(r.segments[0]!.start).toBe(0);
    expect(r.segments.at(-1)!.end).toBe(text.length);
  }
  expect(r.spamScore).toBeGreaterThanOrEqual(0);
  expect(r.spamScore).toBeLessThanOrEqual(1);
  return r;
}

describe('bad input never crashes or hangs', () => {
  it('10 MB on one line', () => void checkInvariants('Die Aktie steigt weiter und weiter '.repeat(300_000)), HANG);
  it('10 MB without any space', () => void checkInvariants('a'.repeat(10_000_000)), HANG);
  it('10 MB of paragraphs with boilerplate lines between them (the body was once rebuilt quadratically)', () => {
    const paragraph = 'Der Umsatz stieg im dritten Quartal um fünf Prozent auf 3,2 Mrd. Euro, wie der Konzern am Montag mitteilte.\nJetzt kostenlos anmelden und Gratis-Report sichern!\n\n';
    const r = checkInvariants(paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)));
    expect(r.text.length).toBeGreaterThan(0);
  }, HANG);
  it('long runs of ?!.', () => void checkInvariants('?!.'.repeat(200_000)), HANG);
  it('long runs of dashes and dots', () => {
    checkInvariants('-'.repeat(300_000));
    checkInvariants('.'.repeat(300_000));
    checkInvariants('…'.repeat(100_000) + 'Ende');
  }, HANG);
  it('many short lines', () => void checkInvariants('Teilen\n'.repeat(200_000)), HANG);
  it("one list item's line of many sentences under a lead-in (each sentence once rescanned the line)", () => {
    const sentences = Array.from({ length: 100_000 }, (_, k) => `Revenue rose ${k} percent in the quarter.`).join(' ');
    checkInvariants(`The company listed its targets:\n- ${sentences}\n`);
  }, HANG);
  it('a long ticker of quotes with currency codes that fails at its end', () => {
    const quotes = Array.from({ length: 5_000 }, (_, i) => `Silber ${i} USD`).join(' ');
    checkInvariants(`Gold 1 USD +1% ${quotes} x!x`);
  }, HANG);
  it('a few words made of many word runs (an inline base64 image)', () => {
    const base64 = Array.from({ length: 200_000 }, (_, i) => (i * 2654435761 >>> 0).toString(36)).join('+');
    checkInvariants(`Bild: data:image/png;base64,${base64} Ende`);
  }, HANG);
  it('NUL bytes, lone surrogates, replacement characters and binary junk', () => {
    checkInvariants('Amazon\u0000 steigt.\u0000\u0000 Ja?');
    checkInvariants('\ud800abc\udc00 def. \ud83d');
    checkInvariants(Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256)).toString('latin1'));
    checkInvariants(Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 104729) % 256)).toString('utf8'));
  }, HANG);
  it('CRLF line endings behave like LF', () => {
    const lf = 'Apple steigt deutlich an der Börse in New York.\n\nJetzt kostenlos anmelden und Gratis-Report sichern!\n\nDer Umsatz legte im Quartal um 5 Prozent zu.';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(stripBoilerplate(crlf).segments.map((s) => s.label)).toEqual(stripBoilerplate(lf).segments.map((s) => s.label));
  });
  it('text that is all boilerplate yields an empty or near-empty body, not an error', () => {
    const r = checkInvariants('Log In\nSearch\nShare\nTweet\n© 2024 Example. All rights reserved.\nSubscribe to our newsletter!');
    expect(r.text.length).toBeLessThan(20);
  });
});
