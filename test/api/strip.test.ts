import { describe, expect, it } from 'vitest';
import { segment, stripBoilerplate, type Segment } from '../../src/index.js';

const keptText = (segments: Segment[]) => segments.filter((s) => s.label === 'editorial');

describe('stripBoilerplate', () => {
  it('rejects a non-string text with a TypeError naming the argument', () => {
    for (const bad of [undefined, null, 42, {}, ['a'], Buffer.from('x')]) {
      expect(() => stripBoilerplate(bad as unknown as string)).toThrow(TypeError);
      expect(() => stripBoilerplate(bad as unknown as string)).toThrow(/`text`/);
    }
  });

  it('returns an empty result for empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n\t \r\n']) {
      const r = stripBoilerplate(text);
      expect(r.text).toBe('');
      expect(r.spamScore).toBe(0);
      expect(r.segments.every((s) => s.label === 'editorial')).toBe(true);
    }
  });

  it('validates options with errors that say what was expected', () => {
    expect(() => stripBoilerplate('x', { threshold: 2 })).toThrow(/threshold/);
    expect(() => stripBoilerplate('x', { threshold: 0 })).toThrow(RangeError);
    expect(() => stripBoilerplate('x', { language: 'fr' as 'de' })).toThrow(/language/);
    expect(() => stripBoilerplate('x', { remove: ['editorial' as 'promo'] })).toThrow(/remove/);
    expect(() => stripBoilerplate('x', { rules: [{ pattern: 1 as unknown as string, label: 'promo' }] })).toThrow(/rule/);
  });

  it('covers the input with contiguous segments and returns kept text made of input characters', () => {
    const text = 'Siemens hebt die Prognose an. Der Umsatz stieg um 5 Prozent.\n\nMehr zum Thema\n- Siemens Energy im Plus\n';
    const r = stripBoilerplate(text);
    expect(r.segments[0]!.start).toBe(0);
    expect(r.segments.at(-1)!.end).toBe(text.length);
    r.segments.forEach((s, i) => {
      expect(s.text).toBe(text.slice(s.start, s.end));
      if (i > 0) expect(s.start).toBe(r.segments[i - 1]!.end);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(Array.isArray(s.reasons)).toBe(true);
    });
    for (const s of keptText(r.segments)) expect(r.text).toContain(s.text.trim());
  });

  it('detects German and English, and answers und for other languages', () => {
    expect(stripBoilerplate('Die Aktie von Siemens ist am Mittwoch deutlich gestiegen, nachdem der Konzern die Prognose erhöht hatte.').language).toBe('de');
    expect(stripBoilerplate('Shares of Apple rose on Wednesday after the company raised its outlook for the full year.').language).toBe('en');
    expect(stripBoilerplate("Les actions d'Apple ont augmenté mercredi après que l'entreprise a relevé ses prévisions annuelles.").language).toBe('und');
    expect(stripBoilerplate('Short.', { language: 'en' }).language).toBe('en');
  });

  it('removes only the labels asked for', () => {
    const text = 'Apple shares rose 3% on Tuesday after strong iPhone sales in China lifted the outlook.\n\n© 2024 Example Media. All rights reserved.';
    const all = stripBoilerplate(text);
    expect(all.text).not.toContain('All rights reserved');
    const onlyPromo = stripBoilerplate(text, { remove: ['promo'] });
    expect(onlyPromo.text).toContain('All rights reserved');
  });

  it('applies user rules with their name in the reasons', () => {
    const text = 'Apple shares rose 3% on Tuesday after strong iPhone sales.\n\nBrought to you by ACME Widgets.';
    const r = stripBoilerplate(text, { rules: [{ pattern: /brought to you by/i, label: 'promo', name: 'sponsor line' }] });
    const s = r.segments.find((x) => x.text.includes('ACME'))!;
    expect(s.label).toBe('promo');
    expect(s.reasons[0]).toBe('rule: sponsor line');
    expect(r.text).not.toContain('ACME');
    const keep = stripBoilerplate(text, { rules: [{ pattern: 'Apple shares', label: 'editorial' }] });
    expect(keep.segments[0]!.label).toBe('editorial');
  });

  it('keeps paragraph breaks when a unit between paragraphs is removed', () => {
    const text = 'Erster Absatz mit einer ganz normalen Nachricht über die Börse in Frankfurt.\n\nJetzt kostenlos den Newsletter abonnieren!\n\nZweiter Absatz mit weiteren Einzelheiten zu den Zahlen des Konzerns.';
    const r = stripBoilerplate(text);
    expect(r.text).toBe('Erster Absatz mit einer ganz normalen Nachricht über die Börse in Frankfurt.\n\nZweiter Absatz mit weiteren Einzelheiten zu den Zahlen des Konzerns.');
  });
});

describe('segment', () => {
  it('returns units with exact offsets and rejects non-strings', () => {
    const text = 'Amazon streicht 16.000 Stellen. Die Aktie notierte bei 243,09 US-Dollar.';
    const units = segment(text);
    expect(units.map((u) => u.text.trim())).toEqual(['Amazon streicht 16.000 Stellen.', 'Die Aktie notierte bei 243,09 US-Dollar.']);
    for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.text);
    expect(() => segment(3 as unknown as string)).toThrow(TypeError);
  });
});
