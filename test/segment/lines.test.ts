// Test sentences in this file are synthetic (written for these tests), in the style of finance news.
import { describe, expect, it } from 'vitest';
import { sentences, units } from './support.js';

describe('line breaks', () => {
  it('end units, with \\n, \\r\\n and \\r alike', () => {
    for (const br of ['\n', '\r\n', '\r']) {
      expect(sentences(`Log In${br}Sign Up${br}Der DAX stieg.`)).toEqual(['Log In', 'Sign Up', 'Der DAX stieg.']);
    }
  });

  it('join a hard-wrapped sentence whose next line starts in lower case', () => {
    expect(sentences('Die Gesamtzahl der Aktien beläuft sich\nauf 11.352 Stück. Das ist viel.')).toEqual([
      'Die Gesamtzahl der Aktien beläuft sich\nauf 11.352 Stück.',
      'Das ist viel.',
    ]);
    expect(sentences('The company expects revenue to grow\r\nin the second half.')).toEqual([
      'The company expects revenue to grow\r\nin the second half.',
    ]);
  });

  it("end a sentence at a plain word's full stop before a line in lower case, not at an abbreviation's", () => {
    expect(sentences('Die Rechnung geht auf, räumt die Chefin ein.\nlogistra-Newsletter: Alle News zweimal pro Woche.')).toEqual([
      'Die Rechnung geht auf, räumt die Chefin ein.',
      'logistra-Newsletter: Alle News zweimal pro Woche.',
    ]);
    expect(sentences('Das gilt etwa für Kühlfahrzeuge, Kräne usw.\nund auch für Busse.')).toEqual([
      'Das gilt etwa für Kühlfahrzeuge, Kräne usw.\nund auch für Busse.',
    ]);
  });

  it('end a sentence at "!" or "?" closing its line before a line in lower case, not inside quotation marks', () => {
    expect(sentences('Jetzt Händlerpreise sichern im Example Marktplatz!\nexample: Welche Fehler sehen Sie?\nbeispiel AG: Viele.')).toEqual([
      'Jetzt Händlerpreise sichern im Example Marktplatz!',
      'example: Welche Fehler sehen Sie?',
      'beispiel AG: Viele.',
    ]);
    expect(sentences('„Was nun?“\nfragte die Chefin.')).toEqual(['„Was nun?“\nfragte die Chefin.']);
  });

  it('read „Gebr.“ as an abbreviation', () => {
    expect(sentences('Die Gebr. Beispiel GmbH hat Insolvenz beantragt.')).toEqual(['Die Gebr. Beispiel GmbH hat Insolvenz beantragt.']);
  });

  it('keep the rows of a tab-separated table apart, also before a row in lower case', () => {
    expect(sentences('Umsatz (Mio. EUR)\t186,3\t145,6\ndavon Service (Mio. EUR)\t41,7\t12,9')).toEqual([
      'Umsatz (Mio. EUR)\t186,3\t145,6',
      'davon Service (Mio. EUR)\t41,7\t12,9',
    ]);
  });

  it('join an ordinal and its month, or an abbreviation and its number, across a break', () => {
    expect(sentences('Gekauft wird seit dem 07.\nNovember 2022.')).toEqual(['Gekauft wird seit dem 07.\nNovember 2022.']);
    expect(sentences('Gemäß der Verordnung (EU) Nr.\n596/2014 wurde gekauft.')).toEqual([
      'Gemäß der Verordnung (EU) Nr.\n596/2014 wurde gekauft.',
    ]);
  });

  it('join lines of a text hard-wrapped at a fixed width even before a capital', () => {
    const text = [
      'Sony Group Corp said its PlayStation unit sought an explanation from Activision',
      'Blizzard Inc over its handling of the issues, the newspaper Wall Street Journal',
      'reports. The company declined to comment further on the matter when it was asked.',
    ].join('\n');
    expect(sentences(text)).toEqual([text.slice(0, text.indexOf('reports.') + 8), 'The company declined to comment further on the matter when it was asked.']);
  });

  it('do not join a caption to the next paragraph on a page whose paragraphs are unwrapped lines between short menu lines', () => {
    const menu = ['Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Panorama', 'Digital', 'Reise', 'Auto', 'Wetter'];
    const paragraph = (k: number) => `Absatz ${k}: ${'Die Quote lag im dritten Quartal deutlich über dem Wert des Vorjahres, sagte die Sprecherin. '.repeat(2)}`.trim();
    const caption = 'Viele Fenster, wenig Licht: Im Bürogebiet stehen ganze Etagen seit dem Sommer leer. Foto: Jane Roe/Archiv';
    const filled = 'Die Stadt hat im Herbst ein neues Programm für die Umwandlung von Büros beschlossen.';
    const text = [...menu, ...menu, filled, filled, caption, 'Düsseldorf · Auf den ersten Blick sehen die Zahlen gut aus.', paragraph(1), paragraph(2)].join('\n');
    expect(sentences(text)).toContain('Foto: Jane Roe/Archiv');
  });

  it('do not join a short title to the text under it', () => {
    expect(sentences('Trump, der große Unbekannte\nOb die Rekordjagd weitergeht, ist offen.')).toEqual([
      'Trump, der große Unbekannte',
      'Ob die Rekordjagd weitergeht, ist offen.',
    ]);
    expect(sentences('Kontakt\nNetfonds AG\nHeidenkampsweg 73\n20097 Hamburg')).toEqual([
      'Kontakt',
      'Netfonds AG',
      'Heidenkampsweg 73',
      '20097 Hamburg',
    ]);
  });

  it('do not join a line to a link, a list item or after a colon', () => {
    expect(sentences('Medienarchiv unter\nwww.example.com')).toEqual(['Medienarchiv unter', 'www.example.com']);
    expect(sentences('Die Punkte:\n- eins\n- zwei')).toEqual(['Die Punkte:', '- eins', '- zwei']);
  });

  it('join a wrapped list item', () => {
    expect(sentences('- Der Umsatz stieg\n  und übertraf die Erwartungen\n- Die Marge hielt')).toEqual([
      '- Der Umsatz stieg\n  und übertraf die Erwartungen',
      '- Die Marge hielt',
    ]);
  });
});

describe('blocks and line indices', () => {
  it('count paragraphs between blank lines and the line of each unit', () => {
    const result = units('\n\nTitel\n\nDer DAX stieg. Die Anleger jubelten.\n \nEnde');
    expect(result.map((u) => [u.text.trim(), u.block, u.line])).toEqual([
      ['Titel', 0, 2],
      ['Der DAX stieg.', 1, 4],
      ['Die Anleger jubelten.', 1, 4],
      ['Ende', 2, 6],
    ]);
    expect(result[0]!.start).toBe(0);
  });

  it('give a wrapped sentence the line it starts on', () => {
    const result = units('Eins ist klar. Der Umsatz stieg\nim Quartal. Zwei');
    expect(result.map((u) => u.line)).toEqual([0, 0, 1]);
  });

  it('treat \\r\\n as one line break', () => {
    expect(units('A.\r\nB.\r\n\r\nC.').map((u) => [u.block, u.line])).toEqual([
      [0, 0],
      [0, 1],
      [1, 3],
    ]);
  });
});
