import { describe, expect, it } from 'vitest';
import { languageContext } from '../../src/context.js';
import type { CueName } from '../../src/lang/types.js';

// Phrase families added for English and German portal and wire pages: each family matches its
// wordings and leaves the editorial near-misses alone. Sentences written for these tests.
const cuesOf = (text: string, language: 'de' | 'en' = 'en'): CueName[] => {
  const t = text.trim();
  return languageContext(language).cues.match(t, t.toLowerCase());
};

describe('English cue families', () => {
  it.each<[string, CueName]>([
    ['Unsure where to invest next?', 'teaser'],
    ['Is TSLA one of them?', 'teaser'],
    ['Did your favorite stock make the list?', 'teaser'],
    ['The 12 stocks that made the cut could produce monster returns in the coming years.', 'teaser'],
    ['See Our 5 Best Stocks to Buy for the Next Decade >>', 'teaser'],
    ['Want the latest picks from our research desk?', 'teaser'],
    ['Check out our latest analysis for Harbor Freight Lines', 'teaser'],
    ["Before you consider Harbor Freight Lines, you'll want to hear this.", 'teaser'],
    ["Before you buy Harbor Freight stock, you'll want to read this.", 'teaser'],
    ['Our research desk has identified the seven stocks that insiders are buying now.', 'teaser'],
    ["The panel named its 10 favorite stocks for the decade... and Harbor Freight wasn't one of them.", 'teaser'],
    ['Analysts believe these three stocks are better buys.', 'teaser'],
    ['View The Seven Stocks Here', 'cta'],
    ['Get Our Latest Stock Analysis on HFL', 'teaser'],
    ['Read: Truckers say the freight recession is ending. The numbers disagree.', 'related-inline'],
    ['Share to Facebook', 'chrome-nav'],
    ['Follow Author', 'chrome-nav'],
    ['May 14, 2025, 06:00am EDT', 'dateline-line'],
    ['Start your free two-week trial today!', 'cta'],
    ['Read the latest financial and business news from StockPortal', 'cta'],
    ['Join our service for exclusive ideas and a model portfolio.', 'product'],
    ['This article was written by Income Compass.', 'byline'],
    ['Jane Roe is a StockPortal reporter based in Chicago.', 'byline'],
    ['John Doe has covered the auto industry for more than a decade.', 'byline'],
    ['I cover billionaires and the business of robotics.', 'byline'],
    ['A store in Columbus, Ohio. (Photo by Jane Roe/Getty Images)', 'caption'],
    ['Disclosure: I/we have a beneficial long position in the shares of HFL.', 'disclosure'],
    ['I wrote this article myself, and it expresses my own opinions.', 'disclosure'],
    ['I am not receiving compensation for it.', 'disclosure'],
    ['We are not being paid for this review.', 'disclosure'],
    ['The post reflects the author\'s own views.', 'disclosure'],
    ['We wrote this piece ourselves.', 'disclosure'],
    ['Our research team thinks these other picks may be even better buys.', 'teaser'],
    ['On the date of publication, Jane Roe did not hold any positions in the securities mentioned.', 'disclosure'],
    ['(See Harbor Freight stock charts on StockPortal)', 'cta'],
    ['For more information, please contact Jane Roe at 555-0100.', 'cta'],
    ['Learn More', 'cta'],
    ['Sign up here.', 'cta'],
    ['About Harbor Freight Lines Harbor Freight Lines is a container shipping company.', 'about-company'],
    ['Related Content: Regulators Probe Shipping Alliance Over Freight Rates', 'related-inline'],
    ['Note that our analysis may not factor in the latest price-sensitive announcements.', 'disclosure'],
    ['Must be 18 years of age or older to enroll.', 'legal'],
    ['Limit one per customer.', 'legal'],
    ['Our Standards: The Example Trust Principles.', 'legal'],
    ['REUTERS/Jane Doe/File Photo Purchase Licensing Rights, opens new tab', 'chrome-nav'],
    ['Thank you for reading.', 'chrome-nav'],
    ['Market Cap $212B', 'widget'],
    ['Stocks mentioned', 'widget'],
    ['Thanks for subscribing!', 'newsletter'],
    ['Email address', 'newsletter'],
    ['Get free email updates on markets.', 'newsletter'],
    ['Try Example Plus free for 14 days.', 'free-offer'],
    ['Advertiser Disclosure', 'disclosure'],
    ['The products shown on this page come from partners who pay us.', 'disclosure'],
    ['This compensation may impact where products appear.', 'disclosure'],
    ['We may earn a commission when you click a link.', 'disclosure'],
    ['Save this story', 'chrome-nav'],
    ['Add to reading list', 'chrome-nav'],
    ['Go to comments', 'chrome-nav'],
    ['Table of Contents', 'chrome-nav'],
    ['Read about our editorial process.', 'chrome-nav'],
    ['We use cookies to improve your experience.', 'chrome-nav'],
    ['—With assistance from Jane Roe', 'byline'],
    ['(Adds analyst comment in fourth paragraph)', 'byline'],
    ['Senior Markets Reporter', 'byline'],
    ['About the author: Jane Roe covers banks.', 'byline'],
    ['Got a news tip? Get in touch', 'cta'],
    ["You've read 12 articles this month.", 'cta'],
    ['Please support independent journalism today.', 'cta'],
    ['Get our best trade ideas in your inbox.', 'cta'],
    ['Example Pro: Want to see our analysts\' trades first?', 'teaser'],
    ['Get instant alerts when we buy.', 'teaser'],
    ['More Energy News:', 'related-header'],
    ['Try our free retirement calculator.', 'free-offer'],
    ['Support independent, local journalism.', 'cta'],
    ['Donate', 'cta'],
    ['The 5 Dividend Stocks We Like Best — See Them Here', 'teaser'],
    ['The site may earn a commission from links on this page.', 'disclosure'],
    ['Example® is a registered trademark of Example Media LLC.', 'legal'],
    ['Prices are subject to change without notice.', 'legal'],
    ["Appeared in the May 3, 2026, print edition as 'Rates Hold'.", 'legal'],
    ['Link Copied!', 'chrome-nav'],
    ['Join the conversation', 'chrome-nav'],
    ['See full bio', 'byline'],
    ['Staff writers Jane Roe and John Doe contributed.', 'byline'],
    ['Contact Jane Roe at jane.roe@example.com', 'byline'],
    ['Write to Jane Roe at jane.roe@example.com', 'byline'],
    ['Key Takeaways', 'summary-heading'],
    ['What this means for savers', 'summary-heading'],
    ['Search quote or symbol', 'widget'],
    ['Take a look at how Harbor Freight fares in that regard, below.', 'widget'],
    ['WASHINGTON, Sept 18 (Example News) - The administration plans a summit.', 'dateline-lead'],
    ['MENLO PARK, Calif., Oct. 21, 2025 /ExampleWire/ -- Harbor Freight Lines announced a deal.', 'dateline-lead'],
  ])('%s → %s', (text, family) => {
    expect(cuesOf(text)).toContain(family);
  });

  it.each<[string, CueName]>([
    ['Users can select which evaluations they want to learn more about.', 'cta'],
    ['This was the most customers the service was able to sign up in a quarter.', 'cta'],
    ['Head over to the new terminal to see what the port has in store.', 'cta'],
    ['About 30 analysts cover the stock.', 'about-company'],
    ['The current price-to-earnings ratio sits at 47.', 'widget'],
    ['Its market cap of $2 trillion makes it the largest company in the index.', 'widget'],
    ['Credit costs rise', 'caption'],
    ['AMD (AMD) - shares rose after the report.', 'dateline-lead'],
    ['Before you consider refinancing, the bank said, compare the fees.', 'teaser'],
    ['Regulators identified the two banks at the centre of the probe.', 'teaser'],
    ['The index named five new members on Friday.', 'teaser'],
    ['Investors can view the filing on the regulator’s website.', 'cta'],
    ['The unit has covered its costs for three years.', 'byline'],
    ['She is a former reporter based in London who now runs the fund.', 'byline'],
    ['He is a veteran editor based in London.', 'byline'],
    ['Employees are not receiving bonuses this year.', 'disclosure'],
    ['The dividend is not paid until March.', 'disclosure'],
    ['The board said the plan reflects its own views on pay.', 'disclosure'],
    ['Value stocks are better buys when rates fall, the strategist said.', 'teaser'],
    ['More than 20 analysts cover the stock: most rate it a buy.', 'related-inline'],
    ['Readers will share the cost, the company said.', 'chrome-nav'],
    ['May 14, 2025 was the day the deal closed.', 'dateline-line'],
    ['The company will start a two-year trial of the drug in June.', 'cta'],
    ['Investors read the latest figures as a sign of recovery.', 'cta'],
    ['Analysts expect the Fed to cut rates, and investors want to see proof before they buy?', 'teaser'],
    ['More tech stocks rallied on Friday.', 'related-header'],
    ['The summary of the report runs to 40 pages.', 'summary-heading'],
    ['The board will explore offers for its European retail arm.', 'cta'],
    ['The index does not include all companies in the sector.', 'disclosure'],
    ['Want to know why the Fed held rates? Look at the jobs data.', 'teaser'],
    ['Riders can travel free for 30 days under the scheme.', 'free-offer'],
    ['Prosecutors said the trader got a tip from a board member.', 'cta'],
    ['The foundation will fund independent journalism in the region.', 'cta'],
    ['"We are not being paid for the overtime," one worker said.', 'disclosure'],
    ['If you get a rebate, this payment may affect your eligibility for benefits.', 'disclosure'],
    ['Tesla will send free updates to the software of older cars.', 'newsletter'],
    ['Google delayed its cookie policy change again.', 'chrome-nav'],
    ['More Bad News', 'related-header'],
    ['The editor said the story was checked twice.', 'byline'],
    ['The bank will add to its reading of the data next week.', 'chrome-nav'],
    ['The free float rose for 30 days in a row.', 'free-offer'],
    ['The foundation will support journalism in rural areas.', 'cta'],
    ['The city may receive compensation of up to $2 million.', 'disclosure'],
    ['Analysts contributed to the sell-off, traders said.', 'byline'],
    ['Investors should write to the board before the vote.', 'byline'],
    ['Correspondents in the region said the drought contributed to higher wheat prices.', 'byline'],
    ['Advisers may earn a commission on each annuity they sell.', 'disclosure'],
    ['“We see them now as fairly valued,” said an analyst.', 'teaser'],
    ['Jurors agreed that the red sole is a trademark of the designer.', 'legal'],
    ["The ad appeared in the Sunday print edition of the newspaper.", 'legal'],
    ['“Our free app has 20 million users,” the chief executive said.', 'free-offer'],
    ['The bank’s terms state that rates are subject to change without notice, a clause regulators criticized.', 'legal'],
    ['Support for local journalism has collapsed as advertising shifts online.', 'cta'],
  ])('%s is not %s', (text, family) => {
    expect(cuesOf(text)).not.toContain(family);
  });
});

describe('German cue families', () => {
  it.each<[string, CueName]>([
    ['Sollten Anleger bei der Beispiel AG nach dem Kurssprung noch zugreifen?', 'teaser'],
    ['Ist die Beispiel-Aktie nach dem Rekordquartal jetzt noch ein Kauf?', 'teaser'],
    ['Welche Titel unser Chefanalyst jetzt favorisiert, lesen Sie hier.', 'product'],
    ['Über die Beispiel AG Die Beispiel AG ist ein Anbieter von Software.', 'about-company'],
    ['Aktualisiert am 22.05.2025 um 14:05', 'dateline-line'],
    ['BONN (Beispiel-Agentur) - Die Post hat ihre Prognose bestätigt.', 'dateline-lead'],
    ['Ein Neubaugebiet am Stadtrand von Frankfurt Bild: Jana Roe', 'caption'],
    ['Jetzt die Beispiel-Aktie beim Partnerbroker kaufen – ohne Depotgebühren.', 'product'],
    ['Direkt zur Beispiel-Aktie: handeln ab 0 Euro pro Order!', 'product'],
    ['Mehr: Chinesische Maschinenbauer greifen den Mittelstand an', 'related-inline'],
    ['Lesen Sie auch: Rheinmetall, Hensoldt, Renk: Das sind die Favoriten', 'related-inline'],
    ['Artikel anhören', 'chrome-nav'],
    ['19.11.2025 - 10:27 Uhr', 'dateline-line'],
    ['Erstpublikation: 22.01.2026, 12:04 Uhr.', 'dateline-line'],
    ['Alle Analysen: zwei Monate für 0,99 Euro lesen.', 'product'],
    ['Erwähnte Werte', 'widget'],
    ['Aktien in diesem Beitrag', 'widget'],
    ['Suche nach Name, WKN oder ISIN', 'widget'],
    ['Jetzt kostenloses Depot eröffnen', 'cta'],
    ['Zum Angebot', 'cta'],
    ['Mit Knock-outs von Beispielbank können Anleger auf fallende Kurse setzen.', 'product'],
    ['Jetzt bei Beispielbroker starten*', 'product'],
    ['Einige Links sind Affiliate-Links.', 'disclosure'],
    ['Kaufen Sie darüber ein, erhalten wir eventuell eine Provision.', 'disclosure'],
    ['Ihnen entstehen dadurch keine zusätzlichen Kosten.', 'disclosure'],
    ['Der Beitrag ist zuerst im Beispiel-Magazin 3/2026 erschienen.', 'legal'],
    ['Wir und unsere Partner verarbeiten Daten, etwa Cookies.', 'chrome-nav'],
    ['Alle akzeptieren', 'chrome-nav'],
    ['Zur Merkliste hinzufügen', 'chrome-nav'],
    ['Inhaltsverzeichnis', 'chrome-nav'],
    ['Von Jana Roe und Max Poe', 'byline'],
    ['Von Beispiel-Redakteurin Jana Roe', 'byline'],
    ['Jana Roe ist seit 2019 Redakteurin im Ressort Finanzen.', 'byline'],
    ['Das Wichtigste in Kürze', 'summary-heading'],
    ['Lesen Sie dazu: Wie Investoren den Mittelstand ins Visier nehmen', 'related-inline'],
    ['Präsentiert von Beispielbank: Jetzt vorsorgen', 'product'],
    ['Dieser Beitrag ist exklusiv für Abonnenten.', 'product'],
    ['Die Zeitung als E-Paper lesen', 'product'],
    ['Festgeld: Jetzt Angebote vergleichen', 'cta'],
    ['Jetzt eröffnen', 'cta'],
    ['Bei einer Kontoeröffnung über diesen Link erhalten wir eine Vergütung.', 'disclosure'],
    ['* Werbelink', 'disclosure'],
    ['Mehr zur Audioversion', 'chrome-nav'],
    ['Externer Inhalt', 'chrome-nav'],
    ['Feedback geben', 'chrome-nav'],
    ['Alle Artikel zum Thema Rente', 'related-header'],
    ['Was bedeutet das für Mieter?', 'summary-heading'],
    ['Beispiel Plus 30 Tage kostenlos testen', 'product'],
    ['Im Probeabo erhalten Sie vollen Zugriff auf alle Artikel.', 'product'],
  ])('%s → %s', (text, family) => {
    expect(cuesOf(text, 'de')).toContain(family);
  });

  it('field labels of a press-release footer are contact details; the same words in prose are not', () => {
    expect(cuesOf('Sprache: Deutsch', 'de')).toContain('contact');
    expect(cuesOf('Unternehmen: Beispiel AG', 'de')).toContain('contact');
    expect(cuesOf('Telefon: +49 40 1234567', 'de')).toContain('contact');
    expect(cuesOf('Die Zahlen sprechen eine klare Sprache: Der Umsatz wächst.', 'de')).not.toContain('contact');
    expect(cuesOf('Das sagt das Unternehmen: Der Umbau ist abgeschlossen.', 'de')).not.toContain('contact');
  });

  it('German near misses of the portal families', () => {
    expect(cuesOf('Mein Fazit', 'de')).not.toContain('chrome-nav');
    expect(cuesOf('Mehr als 20 Analysten: Die meisten raten zum Kauf.', 'de')).not.toContain('related-inline');
    expect(cuesOf('Am 19.11.2025 um 10:27 Uhr fiel die Entscheidung.', 'de')).not.toContain('dateline-line');
    expect(cuesOf('Die Mieter zahlen drei Monate lang für 500 Euro mehr.', 'de')).not.toContain('product');
    expect(cuesOf('Die Suche nach Wertpapieren mit hoher Dividende lohnt sich.', 'de')).not.toContain('widget');
    expect(cuesOf('Mit Optionsscheinen lassen sich Kursrisiken absichern.', 'de')).not.toContain('product');
    expect(cuesOf('Die **Bilanz** fiel schwächer aus als erwartet.', 'de')).not.toContain('product');
    expect(cuesOf('Die Studie ist im Fachblatt Nature erschienen.', 'de')).not.toContain('legal');
    expect(cuesOf('Die Bank hat ihre Einstellungen zur Kreditvergabe geändert.', 'de')).not.toContain('chrome-nav');
    expect(cuesOf('Von Januar bis März stieg der Umsatz um acht Prozent.', 'de')).not.toContain('byline');
    expect(cuesOf('Wer ein Depot eröffnen will, sollte zuerst die Gebühren vergleichen.', 'de')).not.toContain('cta');
    expect(cuesOf('Zum Vergleich:', 'de')).not.toContain('cta');
    expect(cuesOf('Mit Hebelprodukten können Anleger schnell viel Geld verlieren.', 'de')).not.toContain('product');
    expect(cuesOf('Ökonomen sprechen von einer *Stagflation*.', 'de')).not.toContain('product');
    expect(cuesOf('Der Umsatz lag bei 3,2 Milliarden Euro*', 'de')).not.toContain('product');
    expect(cuesOf('Versicherungsvertreter erhalten eine Provision für jeden Abschluss.', 'de')).not.toContain('disclosure');
    expect(cuesOf('Für Bestandskunden entstehen keine zusätzlichen Kosten, sagte ein Sprecher.', 'de')).not.toContain('disclosure');
    expect(cuesOf('Jana Roe ist seit 2015 Expertin für Rentenfragen beim Verband.', 'de')).not.toContain('byline');
    expect(cuesOf('Dort schlagen Zölle voll durch.»', 'de')).not.toContain('cta');
    expect(cuesOf('UBS-Chef: «Wir sind nicht zu gross»', 'de')).not.toContain('cta');
    expect(cuesOf('Der Chef sagte »Nein« – Weiterlesen »', 'de')).toContain('cta');
    expect(cuesOf('In Kooperation mit der Bahn will Siemens ein Stellwerk bauen.', 'de')).not.toContain('product');
    expect(cuesOf('Verbraucher sollten jetzt Tarife vergleichen, rät die Verbraucherzentrale.', 'de')).not.toContain('cta');
    expect(cuesOf('Eine Audioaufnahme der Sitzung liegt der Zeitung vor.', 'de')).not.toContain('chrome-nav');
    expect(cuesOf('Alle Beiträge zur Krankenversicherung sind steuerlich absetzbar.', 'de')).not.toContain('related-header');
    expect(cuesOf('Disney will die Inhalte künftig exklusiv für Abonnenten anbieten.', 'de')).not.toContain('product');
    expect(cuesOf('Die Rundschau erscheint künftig nur noch als E-Paper.', 'de')).not.toContain('product');
    expect(cuesOf('Google zeigt immer mehr Werbelinks an, kritisieren Verlage.', 'de')).not.toContain('disclosure');
    expect(cuesOf('„Solange wir eine Vergütung zahlen, die unter dem Marktniveau liegt, verlieren wir Talente“, sagte er.', 'de')).not.toContain('disclosure');
    expect(cuesOf('Der BGH entschied, dass eine widerrufliche Einwilligung genüge.', 'de')).not.toContain('chrome-nav');
    expect(cuesOf('Jetzt wechseln?', 'de')).not.toContain('cta');
    expect(cuesOf('Premiumhersteller wie BMW bauen ihr Premium-Segment aus.', 'de')).not.toContain('product');
    expect(cuesOf('How can you lower your premium?', 'en')).not.toContain('product');
    expect(cuesOf('Beispielblatt Premium: Alle Artikel vier Wochen lesen', 'de')).toContain('product');
    expect(cuesOf('Nur mit Premium-Abo lesbar', 'de')).toContain('product');
    expect(cuesOf('Die Kunden sollten die Preise jetzt vergleichen, rät die Verbraucherzentrale.', 'de')).not.toContain('cta');
    expect(cuesOf('Die Firma arbeitet in Kooperation mit der Universität an dem Projekt.', 'de')).not.toContain('product');
    expect(cuesOf('Die Mitarbeiter erhalten eine Vergütung nach Tarif.', 'de')).not.toContain('disclosure');
    expect(cuesOf('Hier weiterlesen »', 'de')).toContain('cta');
    expect(cuesOf('Die Ingenieure wollen die Anlage vier Wochen lang testen.', 'de')).not.toContain('product');
  });

  it('"Über die Hälfte …" is not a company self-description', () => {
    expect(cuesOf('Über die Hälfte der Anleger hält die Aktie für zu teuer.', 'de')).not.toContain('about-company');
  });
});
