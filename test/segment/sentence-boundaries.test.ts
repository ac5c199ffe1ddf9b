// Test sentences in this file are synthetic (written for these tests), in the style of finance news.
import { describe, expect, it } from 'vitest';
import { sentences } from './support.js';

describe('sentence ends inside a line', () => {
  it.each([
    ['Der DAX stieg. Die Anleger jubelten.', ['Der DAX stieg.', 'Die Anleger jubelten.']],
    ['Shares rose! Investors cheered.', ['Shares rose!', 'Investors cheered.']],
    ['Kaufen oder verkaufen?! Die Antwort überrascht.', ['Kaufen oder verkaufen?!', 'Die Antwort überrascht.']],
    ['Die Lage ist ernst... Dennoch bleibt er ruhig.', ['Die Lage ist ernst...', 'Dennoch bleibt er ruhig.']],
    ['Die Lage ist ernst… Dennoch bleibt er ruhig.', ['Die Lage ist ernst…', 'Dennoch bleibt er ruhig.']],
    ['Sales fell. 2024 was worse.', ['Sales fell.', '2024 was worse.']],
    ['Sales fell. "It hurt," he said.', ['Sales fell.', '"It hurt," he said.']],
    ['Sales fell. iPhone demand slowed.', ['Sales fell.', 'iPhone demand slowed.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('never ends a sentence at a tab: it separates the cells of a table row', () => {
    expect(sentences('Umsatz (Mio. Fr.)\t287,4\t318,9')).toEqual(['Umsatz (Mio. Fr.)\t287,4\t318,9']);
    expect(sentences('Ebitda-Marge\t22,0 %\t+2,4 Pkt.')).toEqual(['Ebitda-Marge\t22,0 %\t+2,4 Pkt.']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('Sie sagte: „Wir wachsen.“ Die Aktie stieg.')).toEqual(['Sie sagte: „Wir wachsen.“', 'Die Aktie stieg.']);
    expect(sentences('He said "We grow." Shares rose.')).toEqual(['He said "We grow."', 'Shares rose.']);
    expect(sentences('Sales fell. (See the chart.) Margins held.')).toEqual(['Sales fell.', '(See the chart.)', 'Margins held.']);
  });

  it('goes on after a bracket closing an abbreviation or short month, unless a sentence opener follows', () => {
    expect(sentences('Weizen (Matif, Dez.) 219,25 €/t +0,6 %')).toEqual(['Weizen (Matif, Dez.) 219,25 €/t +0,6 %']);
    expect(sentences('Der Preis (ca.) 5 Euro je Stück.')).toEqual(['Der Preis (ca.) 5 Euro je Stück.']);
    expect(sentences('Gegründet wurde Example (Inc.) Die Firma wuchs.')).toEqual(['Gegründet wurde Example (Inc.)', 'Die Firma wuchs.']);
    expect(sentences('Shares fell (Reuters.) Margins held.')).toEqual(['Shares fell (Reuters.)', 'Margins held.']);
  });

  it('keeps a parenthesised sentence with its full stop', () => {
    expect(sentences('Analysts are bullish. (See Apple stock analysis on TipRanks).')).toEqual([
      'Analysts are bullish.',
      '(See Apple stock analysis on TipRanks).',
    ]);
  });

  it('ends a bracketed aside that opens a sentence at its closing bracket, before a capital', () => {
    expect(sentences('Margins held. (See Acme insider trading activity on StockSite) Acme Corp This week’s second pick is Acme.')).toEqual([
      'Margins held.',
      '(See Acme insider trading activity on StockSite)',
      'Acme Corp This week’s second pick is Acme.',
    ]);
    expect(sentences('(Updates with analyst comment) Die Aktie stieg.')).toEqual(['(Updates with analyst comment)', 'Die Aktie stieg.']);
  });

  it('keeps a bracket that does not stand alone with its sentence', () => {
    expect(sentences('(1) Sales rose.')).toEqual(['(1) Sales rose.']);
    expect(sentences('(Reuters) - The company said sales rose.')).toEqual(['(Reuters) - The company said sales rose.']);
    expect(sentences('(see chart) and margins held.')).toEqual(['(see chart) and margins held.']);
    expect(sentences('Sales rose (see chart) Margins held.')).toEqual(['Sales rose (see chart) Margins held.']);
    expect(sentences('( Apple ) Shares rose.')).toEqual(['( Apple ) Shares rose.']);
    expect(sentences('(Reporting by Jane Roe. Editing by John Doe) Shares rose.')).toEqual([
      '(Reporting by Jane Roe.',
      'Editing by John Doe) Shares rose.',
    ]);
  });

  it('keeps the author\'s or agency\'s tag that closes a line with the sentence before it', () => {
    expect(sentences('Die Frist läuft. Sonst droht eine Sperrzeit. (GEA)')).toEqual(['Die Frist läuft.', 'Sonst droht eine Sperrzeit. (GEA)']);
    expect(sentences('Die Aktie stieg um 3 Prozent. (dpa-AFX)')).toEqual(['Die Aktie stieg um 3 Prozent. (dpa-AFX)']);
    // Not a tag of several words, nor one that text follows on the line.
    expect(sentences('Sales rose. (See the chart)')).toEqual(['Sales rose.', '(See the chart)']);
    expect(sentences('Sales rose. (ABC) Shares fell.')).toEqual(['Sales rose.', '(ABC) Shares fell.']);
  });

  it('does not end a sentence at a colon', () => {
    expect(sentences('Das Ziel: Mehr Rendite für alle.')).toEqual(['Das Ziel: Mehr Rendite für alle.']);
  });

  it('does not split before lower case', () => {
    expect(sentences('Die Kurse fielen… und erholten sich. Wait... is it a buy?')).toEqual([
      'Die Kurse fielen… und erholten sich.',
      'Wait... is it a buy?',
    ]);
    expect(sentences('"Why now?" asked one trader.')).toEqual(['"Why now?" asked one trader.']);
  });
});

describe('abbreviations', () => {
  it.each([
    'Der Umsatz lag bei 50 Mrd. USD im Jahr.',
    'Der Gewinn lag bei 1,2 Mio. Euro im Quartal.',
    'Die Bank sammelte 750 Mill. Euro mit einem Pfandbrief ein.',
    'Kosten wie z. B. Mieten steigen.',
    'Kosten wie z.B. Mieten steigen.',
    'Er baut u. a. Stellen ab.',
    'Die Zinsen sinken, d. h. Kredite werden billiger.',
    'Laut Dr. Müller und Prof. Schmidt ist das so.',
    'Medizinisch geprüft von Dr. med. Jane Roe und Dr. rer. nat. John Doe.',
    'Geprüft von Dipl.-Ing. Jane Roe und Dr.-Ing. John Doe.',
    'Laut Dipl.-Kfm. John Doe und Dr. rer. pol. Jane Roe wächst die Firma.',
    'Gemäß Art. 5 Abs. 1 der Verordnung (EU) Nr. 596/2014 wurde gekauft.',
    'Die Firma Müller & Co. KG wächst.',
    'The U.S. economy grew.',
    'Mr. Cook and Ms. Kress spoke.',
    'J. P. Morgan raised its target.',
    'Banks, e.g. Goldman Sachs, grew.',
    'Search for a stock, eg. BARC or Barclays.',
    'Lenders, ie. the big banks, cut rates.',
    'Revenue rose vs. last year.',
    'The No. 1 chipmaker grew.',
    'Shares of Meta Platforms Inc. (META) rose.',
    'Alphabet Inc. Class A shares rose.',
    'The company, based in St. Louis, grew.',
    'Trump gave TikTok until Sept. 15 to sell.',
    'Work through the list—Dec. 31 won\'t move.',
    'He holds a Ph.D. in economics.',
    'Turnover rose to Rs. 4.2 b in the quarter.',
  ])('no split in %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('splits English text after a day\'s number before any capital, German (and unknown language) only before an opener (round 310)', () => {
    expect(sentences('The council met on Nov. 23. Photo by Jane Roe', 'en')).toEqual(['The council met on Nov. 23.', 'Photo by Jane Roe']);
    expect(sentences('The vote is set for Dec. 5. Council members will meet first.', 'en')).toEqual(['The vote is set for Dec. 5.', 'Council members will meet first.']);
    expect(sentences('Jane Roe 24. Nov 2026 at 13:05', 'en')).toEqual(['Jane Roe 24. Nov 2026 at 13:05']);
    expect(sentences('Der Umsatz stieg im 3. Quartal kräftig.', 'de')).toEqual(['Der Umsatz stieg im 3. Quartal kräftig.']);
  });

  it('splits after a company suffix or initialism before a typical opener', () => {
    expect(sentences('Shares fell for Amazon.com Inc. The company cut jobs.')).toEqual([
      'Shares fell for Amazon.com Inc.',
      'The company cut jobs.',
    ]);
    expect(sentences('Sales rose in the U.S. The rest lagged.')).toEqual(['Sales rose in the U.S.', 'The rest lagged.']);
    expect(sentences('Der Umsatz stieg auf 5 Mrd. Die Gewinne sanken.')).toEqual(['Der Umsatz stieg auf 5 Mrd.', 'Die Gewinne sanken.']);
  });

  it("keeps a councillor's or officer's title with the name behind it", () => {
    expect(sentences('Coun. Darren Roe speaks at city hall. Cllr. Jane Doe voted against it. Det. Insp. Sam Roe led the inquiry.')).toEqual([
      'Coun. Darren Roe speaks at city hall.',
      'Cllr. Jane Doe voted against it.',
      'Det. Insp. Sam Roe led the inquiry.',
    ]);
  });

  it('never splits after an abbreviation a word always follows, even before an opener', () => {
    for (const text of [
      'Wir verarbeiten Daten wie z. B. Ihre IP-Adresse.',
      'Der Hebesatz steigt, d. h. Sie zahlen ab Januar mehr.',
      'Die Sprechstunde hält Dr. Die Kammer aus.',
      'Some lenders, e.g. The Harbour Bank, cut rates.',
      'The award went to Mr. And Mrs. Roe.',
    ]) {
      expect(sentences(text)).toEqual([text]);
    }
  });

  it('splits after a plain word that only looks short', () => {
    expect(sentences('Die Deutsche Bank AG. Die Aktie fiel.')).toEqual(['Die Deutsche Bank AG.', 'Die Aktie fiel.']);
    expect(sentences('Revenue grew 8% y/y. Margins held.')).toEqual(['Revenue grew 8% y/y.', 'Margins held.']);
  });
});

describe('numbers and dates', () => {
  it.each([
    'Die Zahlen für das 3. Quartal kommen.',
    'Die Hauptversammlung vom 29. Januar liefert wenig.',
    'Die Zahlen werden am 5. Februar erwartet.',
    'Die Industrie des 19. Jahrhunderts war anders.',
    'Der Kurs stieg am 20.01.2025 stark.',
    'Der Index steht bei 16.000 Punkten.',
    'Die Aktie schloss bei 243,09 Euro.',
    'The deal is worth $1.1 billion now.',
    'A 2.5 PEG is too much.',
    'Mo., 24. Apr. 23 93 39,89 3.709,60',
    'Das Forum tagt am 17./18. März in Frankfurt.',
    'Die Messe läuft vom 17.–18. März in Köln.',
  ])('no split in %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('splits after years, amounts and ordinals before an opener', () => {
    expect(sentences('Das war im Oktober 2023. Damit ist Schluss.')).toEqual(['Das war im Oktober 2023.', 'Damit ist Schluss.']);
    expect(sentences('Shares closed at $12.50. Volume was light.')).toEqual(['Shares closed at $12.50.', 'Volume was light.']);
    expect(sentences('Die Zahl stieg auf 5. Die Experten staunten.')).toEqual(['Die Zahl stieg auf 5.', 'Die Experten staunten.']);
    expect(sentences('Es sind jetzt 130. Deutschland liegt vorn.')).toEqual(['Es sind jetzt 130.', 'Deutschland liegt vorn.']);
    expect(sentences('Das Angebot gilt 24/7. Mehr gibt es nicht.')).toEqual(['Das Angebot gilt 24/7.', 'Mehr gibt es nicht.']);
  });
});

describe('links and e-mail addresses', () => {
  it.each([
    'Netflix is on Zacks.com\'s list.',
    'Details at investor.atmeta.com today.',
    'Mehr unter https://www.example.de/ir?Id=5 heute.',
    'Schreiben Sie an info@Netfonds.De bitte.',
  ])('no split in %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('ends a sentence after a link', () => {
    expect(sentences('Mehr unter www.netfonds.de. Die Aktie ist gelistet.')).toEqual([
      'Mehr unter www.netfonds.de.',
      'Die Aktie ist gelistet.',
    ]);
  });
});

describe('glued sentences', () => {
  it.each([
    ['It may not recover anytime soon.In fact, it fell.', ['It may not recover anytime soon.', 'In fact, it fell.']],
    ['Is Apple stock a buy?Now it is worth a look.', ['Is Apple stock a buy?', 'Now it is worth a look.']],
    ['Die Aktie fiel um 3 %.Danach erholte sie sich.', ['Die Aktie fiel um 3 %.', 'Danach erholte sie sich.']],
    ['It was a Value score of A.Shares rose.', ['It was a Value score of A.', 'Shares rose.']],
    ['It grew in 2002.The rest followed.', ['It grew in 2002.', 'The rest followed.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    'Amazon.com rose.',
    'The U.S.A grew.',
    'He built it with Node.js today.',
    'Der Verein e.V. wächst.',
    'Die Aktie (DTE.DE) stieg.',
    'He has a Ph.D in physics.',
    'Im 2.Quartal stieg der Umsatz.',
    'Consider this:The Motley Fool has picks.',
  ])('no split in %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });
});
