import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/index.js';

// Synthetic articles written for these tests (not corpus text).
const body = [
  'Siemens hat im dritten Quartal deutlich mehr verdient als von Analysten erwartet. Der Umsatz stieg um acht Prozent auf 19,5 Milliarden Euro, wie der Konzern am Donnerstag in München mitteilte.',
  'Vor allem das Geschäft mit Automatisierungstechnik legte kräftig zu. Konzernchef Roland Busch sprach von einer robusten Nachfrage aus China und den USA, warnte aber vor steigenden Kosten.',
  'Die Aktie reagierte mit einem Plus von drei Prozent. Seit Jahresbeginn hat das Papier damit rund ein Fünftel an Wert gewonnen und notiert nahe seinem Rekordhoch.',
];

const labelOf = (text: string, needle: string) =>
  stripBoilerplate(text).segments.find((s) => s.text.includes(needle))!;

describe('section headers', () => {
  it('a company self-description under an "Über …" header at the end is removed with its header', () => {
    const text = [...body, 'Über die Beispiel AG', 'Die Beispiel AG ist ein führender Anbieter von Software für Banken und Versicherungen mit Sitz in Frankfurt. Das Unternehmen beschäftigt weltweit 2.000 Mitarbeiter.'].join('\n\n');
    const r = stripBoilerplate(text);
    expect(r.text).not.toContain('Über die Beispiel AG');
    expect(r.text).not.toContain('beschäftigt weltweit');
    expect(r.text).toContain('Seit Jahresbeginn');
  });

  it('a header near the top never takes the article with it', () => {
    const text = ['Über die Beispiel AG', ...body].join('\n\n');
    const r = stripBoilerplate(text);
    for (const paragraph of body) expect(r.text).toContain(paragraph.slice(0, 40));
  });
});

describe('heading guard', () => {
  it('keeps a plain subheading that introduces article text', () => {
    const text = [body[0], 'Starkes Geschäft in China', body[1], body[2]].join('\n\n');
    expect(labelOf(text, 'Starkes Geschäft in China').label).toBe('editorial');
  });
});

describe('table guard', () => {
  it('keeps a table of figures in the text', () => {
    const rows = ['Mo., 24. Apr. 23 93 39,89 3.709,60', 'Di., 25. Apr. 23 103 39,60 4.078,80', 'Mi., 26. Apr. 23 65 39,40 2.561,00', 'Do., 27. Apr. 23 87 39,60 3.445,20'];
    const text = [body[0], 'Die Käufe im Einzelnen:', rows.join('\n'), body[1], body[2]].join('\n\n');
    const r = stripBoilerplate(text);
    for (const row of rows) expect(r.text).toContain(row);
  });
});

describe('tail lists', () => {
  it('a headline list right above the page tail goes with it; a list after a lead-in stays', () => {
    const links = ['- Rheinmetall hebt Prognose erneut an', '- BASF streicht weitere Stellen in Ludwigshafen', '- Zinsentscheid der EZB im Blick der Anleger'];
    const tail = ['Weitere Nachrichten', '© 2025 Beispielverlag. Alle Rechte vorbehalten.'];
    const withList = stripBoilerplate([...body, links.join('\n'), ...tail].join('\n\n'));
    expect(withList.text).not.toContain('Rheinmetall hebt Prognose');
    const withLeadIn = stripBoilerplate([...body, 'Die wichtigsten Punkte im Überblick:\n' + links.join('\n'), ...tail].join('\n\n'));
    expect(withLeadIn.text).toContain('Rheinmetall hebt Prognose');
  });
});
