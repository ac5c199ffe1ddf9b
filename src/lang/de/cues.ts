import { APP_STORE_BADGES, BAR_FIELDS, CHANGE_BAR, COMMENTER_NAME, COMMODITY_ROW, CURRENCY_RATES, quoteBar, RATE_ROW, READING_TIME, SCORE_BAR, SECTION_FIELD, TEMPLATE_PLACEHOLDER, TICKER_BAR, WIRE_DATELINE } from '../meta-fields.js';
import { PICTURE_CREDIT_LINES } from '../picture-credits.js';
import { IN_A_SHORT_UNIT } from '../unit-length.js';
import type { CueName, CuePatterns } from '../types.js';

/** The title of the article's own box of advice: „Praxis-Tipp“, „Expertentipps“, „Verbrauchertipp“. */
const ADVICE_BOX = String.raw`(?:praxis|experten|profi|verbraucher)-?tipps?`;
/** The title of the article's own fact box: „Das Projekt in Zahlen“, „Zahlen und Fakten“, „Deal-Steckbrief“, „Projektdaten“. */
const FACT_BOX_TITLE = String.raw`(?:(?:[\p{L}\d-]+ ){0,3}in zahlen|(?:zahlen|daten),? (?:und|&) fakten|(?:\p{L}{1,30}-)?steckbrief|projektdaten|bautafel|eckdaten)`;
/** An optional clock time after a date: " - 17:48 Uhr", ", um 9:30", ", 05.00 Uhr" (Swiss, with a dot and "Uhr"). */
const CLOCK_TIME = String.raw`(?: ?[-–,|·•]? ?(?:um )?(?:\d{1,2}:\d{2}(?: uhr)?|\d{1,2}\.\d{2} uhr))?`;
/** A month's name, maybe shortened: "November", "Nov.", "März". */
const MONTH_DE = String.raw`(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)\p{L}*\.?`;
/** An optional weekday before a date: "Freitag, ", "Sa, ", "Do. ". */
const WEEKDAY = String.raw`(?:(?:(?:mo|di|mi|do|fr|sa|so)\.?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),? )?`;
/** A date with the month as a number: "20.11.2026", "20.11.26". */
const NUMERIC_DATE = String.raw`\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})`;
/** A date with the day first, the month as a number or a name: "20.11.2026", "22. November 2026", "21. Nov. 2026". */
const DATE = String.raw`(?:${NUMERIC_DATE}|\d{1,2}\. ?${MONTH_DE} \d{4})`;
/** A desk or author: "Redaktion Example.de", "von Jane Roe", "Autorin: Jane Roe", "Redaktion Example, Jane Roe", "Redaktion Example / Dr. Jane Roe", "Redaktion Example (jr)". */
const DESK_NAME = String.raw`(?:redaktion|von|autor(?:in)?:?)(?:(?:,| \/)? [\p{L}\d.'’()-]+){0,5}`;
/** An update time after a date line, maybe on the next line: " | Aktualisiert 23.11.2026, 07.45 Uhr", " · zuletzt aktualisiert am 21.11.2026", "\naktualisiert: 23.11.2026". */
const UPDATED = String.raw`(?:\s?[|·•]?\s?(?:aktualisiert|zuletzt aktualisiert|geändert)(?: am|:)? ${DATE}${CLOCK_TIME})`;
/** The desk or author after a date line: " | Redaktion Example.de", ", von Jane Roe", " — Redaktion Example". */
const DESK = String.raw`(?: ?[|·•,] ?| {1,3}[–—] {1,3})${DESK_NAME}`;

/** How fast an account is opened, inside an account button: " in 5 Minuten", " in nur wenigen Minuten". */
const IN_MINUTES = String.raw`(?: in (?:nur |wenigen )?(?:\d+ )?minuten)?`;

/** A trading venue named in a quote widget: "Tradegate", "Xetra", "Börse Stuttgart". */
const TRADING_VENUE = String.raw`tradegate|xetra|six(?: swiss exchange)?|gettex|quotrix|l&s|lang & schwarz|(?:börse )?(?:frankfurt|stuttgart|berlin|münchen|düsseldorf|hamburg|wien|zürich)|nasdaq|nyse`;
/** A tool of the article page: "Artikel merken", "Beitrag anhören", „Teile diesen Beitrag“, "Artikel vorlesen lassen", "Diese Pressemitteilung teilen", "Vorlesen", "Drucken", "PDF herunterladen", "Per E-Mail empfehlen", "Kommentieren (12)", "Schriftgröße vergrößern". */
const ARTICLE_TOOL = String.raw`(?:(?:diese[nrs]? )?(?:artikel|beitrag|pressemitteilung|meldung|seite) (?:anhören|vorlesen(?: lassen)?|merken|drucken|teilen|speichern|verschenken|versenden)|teilen? (?:sie )?(?:diesen|den) (?:artikel|beitrag)|vorlesen|drucken|versenden|(?:als )?pdf (?:herunterladen|speichern)|per (?:e-)?mail (?:empfehlen|versenden|senden|weiterleiten)|schriftgr(?:ö|oe)(?:ß|ss)e(?: a{1,2}[+-]?){0,3}(?: (?:verkleinern|vergr(?:ö|oe)(?:ß|ss)ern|ändern|anpassen))?|schrift(?: a{1,2}[+-]?){1,3}|verschicken|kommentieren(?: \(\d+\))?|bildbeschreibung (?:einblenden|ausblenden))`;
/** What a quote portal's search field asks for: "Name", "WKN", "ISIN", „Aktie“, „Index“. */
const SEARCH_KEY = String.raw`(?:aktie|index|wkn|isin|name|fonds|etf|symbol|stichwort)`;
/** What stands between two of them: "Name, WKN oder ISIN". */
const SEARCH_KEY_BETWEEN = String.raw`(?:,| oder| und| /) `;
/** A list of such keys: „Name, WKN oder ISIN“. */
const SEARCH_KEYS = String.raw`${SEARCH_KEY}(?:${SEARCH_KEY_BETWEEN}${SEARCH_KEY}){0,5}`;
/** A service an article is shared by. */
const SHARE_SERVICE = String.raw`(?:whatsapp|facebook|e-mail|mail|x|twitter|linkedin|xing|telegram|pinterest|threads|bluesky)`;
/** A share button that names its service: „Per WhatsApp teilen“, „Auf Facebook teilen“, „Per E-Mail senden“. */
const SHARE_BUTTON = String.raw`(?:per|via|auf|bei) ${SHARE_SERVICE} (?:teilen|senden|versenden|verschicken|posten)`;
/** A button of a bar of share buttons and page tools, maybe as its icon in brackets: "Teilen", "Posten", "E-Mail", "[f]", "Drucken", „Auf Facebook teilen“. */
const SHARE_TOOL = String.raw`(?:${ARTICLE_TOOL}|${SHARE_BUTTON}|${SHARE_SERVICE}|teilen|posten|twittern|mailen|merken|weiterempfehlen|als pdf|pdf|link kopieren|\[[^\]\s]{1,3}\])`;

/** The head of a tag list: „Schlagworte“, „Schlagwörter“, „Stichworte“, „Stichwörter“. */
const TAG_LABEL = String.raw`(?:schlagw(?:orte|örter)|stichw(?:orte|örter))`;

/** The text a republication note speaks of: „Dieser Beitrag“, „Das Interview“. */
const THIS_TEXT = String.raw`(?:dieser|dieses|der|das) (?:artikel|beitrag|text|interview|gespräch|kommentar)`;
/** How a text differs from the version printed first: „in gekürzter Form“, „in leicht veränderter Fassung“. */
const ABRIDGED = String.raw`(?:in (?:ähnlicher|gekürzter|längerer|ausführlicher|leicht (?:veränderter|gekürzter)) (?:form|fassung) )`;
/** What follows "gratis" or "kostenlos" in a free phone line: „Gratis-Hotline“, „kostenlose Rufnummer“, „kostenlosen Servicenummer“. */
const FREE_PHONE_LINE = String.raw`(?:e[nmrs]?)?[- ](?:service-?)?(?:hotline|(?:telefon|ruf|service-?)?nummer)\b`;
/** How many days, weeks, months or issues a trial lasts: "4", „drei“, „zwölf“. */
const TRIAL_COUNT = String.raw`(?:\d+|zwei|drei|vier|fünf|sechs|acht|zwölf)`;
/** A tab of a quote widget: „Chart“, „Orderbuch“, „Realtime-Kurs“. */
const QUOTE_TAB = String.raw`(?:chart|kennzahlen|orderbuch|news|profil|termine|dividende|bilanz|übersicht|historie|(?:realtime-|echtzeit-)?kurse?)`;
/** A quote box's button for live prices: „Realtime-Push aktivieren“. */
const PUSH_BUTTON = String.raw`(?:realtime|echtzeit)-push aktivieren`;
/** A trial's period and price: "4 Wochen für 1 €", "3 Monate für CHF 29.–", "30 Tage kostenlos", "im ersten Monat für nur 0,99 €", "4 Wochen MM+ für 1 €", "4 Wochen alle Artikel für 1 Euro", "3 Ausgaben für 9,90 €". */
const TRIAL_TERMS = String.raw`(?:(?:${TRIAL_COUNT}|eine[nm]?) (?:tage?|wochen?|monate?|ausgaben|hefte)|(?:im )?ersten monat) (?:[\p{L}\d]{1,12} ?(?:\+|plus) |alle (?:artikel|inhalte) )?(?:lang )?(?:gratis|kostenlos|(?:für|um) (?:nur |je |jeweils )?(?:\d+(?:[.,]\d+)? ?(?:€|euro|franken|fr\.|chf)|(?:chf|fr\.|€|eur) ?\d+(?:[.,]\d+)?(?:\.[–-])?))`;
/** What a trial lets the reader do. */
const TRIAL_VERB = String.raw`(?:testen|lesen|probelesen|ausprobieren|freischalten)`;

/**
 * Not a trial that others may take, as news reports it: „Unternehmen können die Software 30 Tage
 * kostenlos testen“ (but „Jetzt können Sie …“: the lower-cased „sie“ may be the reader).
 */
const NOT_THEIR_TRIAL = String.raw`(?<!\b(?:kann|können|darf|dürfen) (?!sie )[^.!?]{0,60})`;

/** What an advertisement asks the reader to request or book: „unverbindliches Angebot“, „kostenlose Demo“, „Beratungstermin“. */
const OFFER_REQUEST = String.raw`(?:unverbindliche[ns]? |kostenlose[ns]? |individuelle[ns]? |persönliche[ns]? )?(?:angebot|beratung|beratungsgespräch|beratungstermin|termin|rückruf|demo|infomaterial|infopaket|muster|katalog|probefahrt)`;

/** "jetzt" as a call to act, not "Jetzt muss …" (the lead of the order and button calls). */
const JETZT_CALL = String.raw`jetzt (?!(?:muss|will|soll|kann|darf|gilt|heißt|wird|wollen|sollen|können|müssen|dürfen|werden)\b)`;
/** A button of a quote box: „Kaufen“, „Zur Watchlist hinzufügen“, „Kursalarm setzen“, „Zur Aktie“. */
const QUOTE_BOX_BUTTON = String.raw`kaufen|verkaufen|handeln|chart|kennzahlen|alle nachrichten|zur aktie|(?:zur|in die) watchlist(?: hinzufügen| aufnehmen)?|watchlist|kursalarm(?: setzen)?`;
/** What a "jetzt" button asks: „Jetzt Platz sichern“, „Jetzt Sparplan anlegen“. */
const JETZT_BUTTON_VERB = String.raw`sichern|vergleichen|eröffnen|registrieren|anmelden|testen|handeln|starten|beantragen|berechnen|entdecken|nutzen|freischalten|anlegen|einrichten|folgen|beitreten|buchen|reservieren|vereinbaren`;
/** A line opening with {@link JETZT_CALL}. */
const JETZT_NOT_MODAL = String.raw`^\W{0,3}${JETZT_CALL}`;
/** Who a paid article is for: „Abonnenten“, „Mitglieder“, „Plus-Leser“, „Premium-Mitglieder“. */
const PAYING_READERS = String.raw`(?:abonnent(?:en|innen)(?: und abonnent(?:en|innen))?|mitglieder|(?:plus|premium)-?(?:leser|kunden|abonnenten|mitglieder))`;

/** A journalist's beat in a bio: „Wirtschaft“, „Kommunalpolitik“, „die Autoindustrie“, „Stadtentwicklung“. */
const BEAT = String.raw`(?:[\p{L}-]*(?:wirtschaft|politik|industrie|entwicklung|branche)|energie|handel|außenhandel|finanzen|unternehmen|mittelstand|kultur|sport|verkehr|bildung|gesundheit|soziales|umwelt|klima|justiz|technik|technologie|digitalisierung|arbeitsmarkt|immobilien|wohnen|tourismus|börse|geldanlage|medien|wissenschaft|forschung)`;

/**
 * German cue families. Each pattern is a regular-expression source matched against the
 * lower-cased unit (unless the family is case-sensitive). Patterns name phrase families of
 * German finance portals, press-release services and news sites, never one article's wording.
 */
export const cues: Readonly<Record<CueName, CuePatterns>> = {
  cta: {
    patterns: [
      // Die Bitte um Hinweise an die Redaktion: „Sie haben Hinweise zu diesem oder einem anderen Thema?“, „Haben Sie einen Hinweis für uns?“,
      // „Sie haben ein Thema, über das wir berichten sollten?“
      String.raw`^\W{0,3}(?:sie haben|haben sie|du hast|hast du) (?:(?:einen |weitere )?(?:hinweise?|tipps?) (?:zu diesem (?:oder einem anderen )?thema|für (?:uns|die redaktion|unsere redaktion))\b[^.!?]{0,40}\?|ein (?:thema|anliegen),? (?:über das|worüber) wir (?:berichten|schreiben) sollten\?)`,
      // Der Kasten eines Emittenten: „… passende Produkte unseres Partners anzeigen lassen.“, „Zu den Produkten“.
      String.raw`\bprodukte unseres (?:partners|werbepartners)\b|^\W{0,3}zu den produkten\W{0,3}$`,
      // Ein Auszug aus einem Börsenbrief: „Sie lesen einen Auszug aus dem Example Journal.“
      String.raw`^\W{0,3}sie lesen (?:einen auszug|eine leseprobe) aus\b`,
      // Ein Werkzeug der Seite: „Berechne deine Vorabpauschale mit unserem kostenlosen Vorabpauschale-Rechner.“
      String.raw`\bmit unserem (?:kostenlosen |neuen |praktischen |großen )?[\p{L}-]*rechner\b`,
      // Ein Knopf unter einer Liste: „Alle Anbieter im Depot-Vergleich ansehen“, „Alle 14 Geldmarkt-ETFs in der Example-Suche vergleichen →“.
      String.raw`^\W{0,3}alle [^.!?]{2,50} (?:ansehen|vergleichen|anzeigen)\s*[→›»>]?\s*$`,
      // Ein Hebelprodukt- oder Vergleichskasten: „Jetzt passende Produkte finden“, „Wertpapiere anzeigen“, „Alle Angebote im Tagesgeld-Vergleich anzeigen“.
      String.raw`^\W{0,3}jetzt (?:passende |das passende )?(?:produkte?|zertifikate?|optionsscheine?|hebelprodukte?|knock-outs?) finden\W{0,3}$|^\W{0,3}(?:alle |passende )?(?:wertpapiere|produkte|zertifikate|optionsscheine|hebelprodukte|knock-outs|angebote|tarife|konten)(?: (?:im|aus dem) [\p{L}-]+)? anzeigen\W{0,3}$`,
      // Eine Werkstatt- oder Praxisanzeige: „Garage Example AG – Termin bequem online buchen.“
      String.raw`\btermin (?:bequem |einfach |jetzt |gleich )?online (?:buchen|vereinbaren|reservieren)\b`,
      // Das Heft eines Magazins: „Jetzt am Kiosk oder als E-Paper im Beispiel-Shop bestellen.“
      String.raw`^\W{0,3}(?:jetzt|ab sofort|ab \d{1,2}\. [\p{L}]+) (?:neu )?am kiosk\b`,
      // The paper's pitch for itself: „Unterstütze Example mit einem Beitrag deiner Wahl“, „Bestellen Sie jetzt Ihr Jahresabonnement …“, „Zum Abo“, „Abo abschließen“,
      // and an ad's booking call: „Buchen Sie jetzt Ihren Weihnachtsaufenthalt …“.
      String.raw`^\W{0,3}(?:unterstütze|unterstützen sie|unterstützt) (?:[\p{L}\d.-]+ ){1,3}mit (?:einem|ihrem|deinem|eurem) (?:beitrag|abo|abonnement|spende)\b|^\W{0,3}bestellen sie (?:jetzt |hier |noch heute )?(?:ihr|ein) [\p{L}-]*(?:abo|abonnement)\b|^\W{0,3}zum (?:[\p{L}+]+-)?abo(?:nnement)?\W{0,3}$|^\W{0,3}(?:[\p{L}+]+-)?abo(?:nnement)? (?:abschließen|bestellen|wählen|starten)\W{0,3}$`,
      String.raw`\bbuchen sie (?:jetzt|noch heute|gleich)\b`,
      // Die Einladung zu einer Veranstaltung des Verlags: „Diskutieren Sie am 3. Dezember mit Unternehmern und Experten.“, „Energie, Fachkräfte: Diskutieren Sie mit Unternehmern aus der Region.“
      // (keine Frage: „Diskutieren Sie mit Kollegen darüber?“).
      String.raw`^\W{0,3}(?:[^.!?:]{3,80}:\s)?diskutieren sie (?![^!?]{0,120}\?)(?:[^!?]{1,80}? )?mit (?:[\p{L}-]+ ){0,2}(?:unternehmer|expert|politiker|fachleute|vertreter|praktiker|gäst)`,
      // Die Frage über dem Login einer Bezahlschranke: „Sie haben bereits ein Abo?“, „Du hast schon ein Konto?“.
      String.raw`^\W{0,3}(?:sie haben|du hast|haben sie|hast du) (?:bereits|schon) ein(?:en)? (?:abo|abonnement|konto|benutzerkonto|zugang|account)\?`,
      // Probeabos: „Jetzt 30 Tage Premium für 1 € testen“, „Jetzt … 3 Monate zum Kennenlernpreis von 19 € testen!“.
      String.raw`^\W{0,3}${JETZT_CALL}[^.!?]{0,60}\b(?:\d+ (?:tage|wochen|monate|ausgaben|hefte)|gratis|kostenlos|zum kennenlernpreis|für (?:nur )?\d+(?:,\d+)? ?(?:€|euro))[^.!?]{0,40}\btesten\W{0,5}$`,
      // Ein Kaufknopf: „Jetzt ohne Ausgabeaufschlag kaufen“ (nicht die Frage „Jetzt Gold kaufen?“).
      String.raw`^\W{0,3}jetzt (?:[\p{L}-]+ ){0,3}(?:kaufen|bestellen|zeichnen)[^\p{L}\p{N}?]{0,3}$`,
      // Der Kopf einer Download-Box und ihr Köder: „Whitepaper zum Download: …“, „… kostenlos für registrierte Leser“.
      String.raw`^\W{0,3}(?:whitepaper|white paper|e-?book|leitfaden|checkliste|ratgeber|studie|report) (?:zum|als) (?:gratis-|kostenlosen? )?download\s*:|\b(?:kostenlos|gratis|kostenfrei) für (?:registrierte|angemeldete) (?:leser(?:innen)?|nutzer(?:innen)?|mitglieder)\b`,
      // Der Aufruf einer lokalen Anzeige: „… – Termin online buchen“, „Jetzt Termin vereinbaren“, „Beratungstermin in Ihrer Bankstelle vereinbaren!“ (nicht „Kunden können den Termin online buchen“).
      String.raw`(?:^\W{0,3}|[–—|:]\s*|\b(?:jetzt|hier|gleich) )(?:einen |ihren )?(?:wunsch|beratungs)?termin (?:online |direkt |hier |jetzt |(?:in|bei) (?:ihrer|ihrem|unserer|unserem) [\p{L}-]+ )?(?:buchen|vereinbaren|reservieren)\b`,
      // Der Kopf und die Knöpfe einer Leserumfrage: „Umfrage“, „Jetzt abstimmen“, „Ergebnis anzeigen“.
      String.raw`^\W{0,3}(?:jetzt )?abstimmen\W{0,3}$|^\W{0,3}ergebnis(?:se)? anzeigen\W{0,3}$|^\W{0,3}(?:umfrage|leserumfrage|blitzumfrage|abstimmung|stimmen sie ab)\W{0,3}$`,
      // Der Aufruf zum Gewinnspiel: „Mitmachen und gewinnen: Die Zeitung verlost …“.
      String.raw`^\W{0,3}(?:mitmachen und gewinnen|jetzt mitmachen|jetzt teilnehmen|zum gewinnspiel)\b|^\W{0,3}(?:[\p{L}]+-)?gewinnspiel\s*:`,
      // Ein Veranstaltungstipp mit Ticketshop: „Event-Tipp: …“, „Termine und Tickets jetzt im EXPRESS-Ticketshop!“, „Karten und Infos unter example.de/events“
      String.raw`^\W{0,3}(?:event-tipp|eventtipp|veranstaltungstipp|freizeittipp|ausflugstipp|tipp der redaktion)(?:\s*:|\W{0,3}$)|\btickets? (?:gibt es |sind )?(?:jetzt |ab sofort )?(?:im|beim|in unserem|über den) (?:[\p{L}]+-)?(?:ticketshop|ticket-shop)\b|^\W{0,3}(?:karten|tickets)(?: und (?:infos?|informationen|anmeldung))? (?:unter|auf) [\p{L}\d-]+\.(?:de|com|at|ch)\b`,
      // "Folgen Sie Jane Roe auf Example, um keine Analyse zu verpassen."
      String.raw`^\W{0,3}(?:(?:folgen|abonnieren|registrieren) sie|(?:folge|abonniere|registriere) (?:dich )?)\b[^.!?]{0,60}\bum (?:keine|nichts)\b[^.!?]{0,40}\bzu verpassen\b`,
      // The search engine's follow button: "Beispiel als bevorzugte Quelle bei Google hinzufügen".
      String.raw`\bals (?:bevorzugte|vertrauenswürdige) quelle (?:bei|auf|in) google\b`,
      // Ein Bestellaufruf mit Ausrufezeichen: "Jetzt Jahresabo … bestellen und Vorzugspreis sichern!"
      String.raw`${JETZT_NOT_MODAL}(?:[\p{L}\d.,€-]+ ){1,12}(?:bestellen|abonnieren|buchen|anfordern|sichern)(?: und (?:[\p{L}\d.,€-]+ ){0,4}(?:sichern|sparen|profitieren|lesen|testen))?\s*[!»›→>]+\s*$`,
      // "Jetzt das kostenlose Whitepaper von X herunterladen".
      String.raw`\b(?:whitepaper|white paper|e-?book|leitfaden|checkliste|ratgeber)\b[^.!?]{0,40}\b(?:herunterladen|downloaden|anfordern)\b`,
      // Ein Anzeigenaufruf am Satzanfang: "Jetzt Angebot anfordern bei …", "Jetzt unverbindliches Beratungsgespräch vereinbaren".
      String.raw`${JETZT_NOT_MODAL}(?:ein |ihr |einen |ihren )?${OFFER_REQUEST} (?:anfordern|vereinbaren|buchen)\b`,
      // Ein Vergleichsrechner: „Jetzt Kfz-Versicherungen vergleichen und bis zu 850 € sparen*“.
      String.raw`${JETZT_NOT_MODAL}(?:[\p{L}\d.,-]+ ){1,5}vergleichen und (?:bis zu |über |mehr als )?[\d.,]+ ?(?:€|euro|prozent|%) sparen\b`,
      // …oder als Knopf auf einer eigenen Zeile: „Kostenlose Demo anfordern!“, „Beratungstermin vereinbaren“.
      String.raw`^\W{0,3}(?:ihr |ihren |einen )?${OFFER_REQUEST} (?:jetzt )?(?:anfordern|vereinbaren|buchen)\W{0,3}$`,
      // Ein Aufruf am Ende einer Anzeigenzeile: "… – jetzt Angebot vom Fachbetrieb anfordern".
      String.raw`[–—-] ${JETZT_CALL}(?:[\p{L}\d.,&-]+ ){0,8}(?:anfordern|sichern|bestellen|buchen|abonnieren|herunterladen|vergleichen|durchblättern)(?: (?:bei|unter|auf) [^.!?–—]{2,40})?\W{0,3}$`,
      // Ein Aufruf mit der Adresse: „Jetzt inserieren unter example.de“, „Jetzt Platz sichern unter example-akademie.de“.
      String.raw`\b(?:jetzt|gleich|einfach|hier) (?:[\p{L}-]+ ){0,3}(?:inserieren|bestellen|buchen|anmelden|registrieren|reservieren|anfragen|abonnieren|informieren|sichern) (?:unter|auf|bei) (?:www\.)?[\p{L}\d-]+\.(?:de|com|at|ch|net|eu|org|info)\b`,
      // Ein Aufruf mit dem Ort des Angebots und Ausrufezeichen: „Jetzt Händlerpreise sichern im Example Marktplatz!“.
      String.raw`${JETZT_NOT_MODAL}(?:[\p{L}\d.,€-]+ ){1,6}(?:sichern|bestellen|buchen|anfordern) (?:im|in unserem|auf|bei|unter) [^.!?]{2,40}!\s*$`,
      // Der Frühbucherpreis einer Veranstaltung mit seiner Frist, als Zeile oder Feld des Kastens: „Frühbucherpreis bis 31.12.: 390 Euro“,
      // „… | Frühbucherpreis bis 31.12.“ (nicht in der Preisliste eines Artikels: „• Saisonkarte: 749 Euro, Frühbucherpreis bis 8. Dezember: 669 Euro“).
      String.raw`(?:^\W{0,3}|[|·•] ?|\s[–—-] )\bfrühbucher-?(?:preis|rabatt|tarif|tickets?)\s*(?:bis|gilt bis|nur bis)\b`,
      // Ein Gewinnspiel des Verlags: „Täglich tolle Preise von Händlern aus der Region gewinnen – ab 1. Dezember mitmachen auf example.de/advent“.
      String.raw`\b(?:tolle|attraktive|wertvolle|viele) (?:preise|gewinne) (?:[\p{L}-]+ ){0,6}gewinnen\b|\bmitmachen (?:auf|unter) [\p{L}\d-]+\.(?:de|at|ch|com)\b`,
      // Ein Vorteil für Abonnenten: „Der Eintritt ist für Abonnenten frei.“
      String.raw`\bfür (?:abonnent(?:inn)?en|abo-kunden|plus-abonnenten)(?: (?:und abonnenten|der [\p{L}-]+|unserer zeitung))? (?:frei|kostenlos|gratis|ermäßigt)\b`,
      // Der Vorverkauf einer Messe oder eines Konzerts als Aufruf: „>> Tickets im Vorverkauf jetzt 20 % günstiger“, „Karten jetzt sichern“.
      String.raw`\b(?:tickets?|karten|eintrittskarten)\b[^.!?]{0,30}\bjetzt (?:\d+ ?% |[\p{L}-]+ ){0,2}(?:günstiger|sichern)\b`,
      String.raw`\bhier (?:weiterlesen|klicken|lesen|anmelden|registrieren|entlang|herunterladen|downloaden|bestellen|vorbestellen|anfordern|abonnieren|mehr erfahren)\b`,
      String.raw`\bweiterlesen\b`,
      // Ein Heft oder Buch im Shop des Verlags: „… – jetzt im Shop“, „Jetzt im Online-Shop bestellen“.
      String.raw`(?:^\W{0,3}|[–—:-] )jetzt im (?:online-?)?shop\b`,
      // Kein Rat in der dritten Person: „Wer sein Geld nicht braucht, sollte sich die Konditionen lieber jetzt sichern.“
      String.raw`(?<!\b(?:sollte|sollten|müsste|müssten|könnte|könnten)\b[^.!?:]{0,60})\bjetzt (?:lesen|klicken|anmelden|abonnieren|herunterladen|downloaden|sichern|anfordern|registrieren|kostenlos|gratis|informieren|entdecken|testen|bestellen|vorbestellen|eintragen|reinhören|reinschauen|mehr erfahren)\b`,
      String.raw`\b(?:klicken|tippen) sie\b`,
      String.raw`\bmehr erfahren\b`,
      String.raw`\berfahren sie (?:hier|jetzt|mehr|alles|was|wie|warum|in|im|wo)\b`,
      String.raw`\blesen sie (?:hier|jetzt|mehr|weiter|die)\b`,
      String.raw`\bzum (?:artikel|report|angebot|newsletter|gratis|kostenlosen)\b`,
      // A download as a link ("Hier zum Download", "steht Ihnen hier … zum Download"), not a report that a study "steht … zum Download bereit".
      String.raw`^\W{0,3}zum download\b|\b(?:hier|jetzt|ihnen)\b[^.!?]{0,40}\bzum download\b`,
      // „Sichern Sie sich jetzt …“, not a how-to headline: „Festgeld oder Anleihe: So sichern Sie sich die Zinsen für 2027“.
      String.raw`(?<!\bso )\b(?:sichern|holen) sie sich\b`,
      String.raw`\b(?:fordern|melden|tragen) sie sich\b`,
      // "Fordern Sie jetzt …", "… fordern Sie Ihren Gratis-Report an"; not "… fordern sie (they) die Betroffenen auf".
      String.raw`^\W{0,3}fordern sie\b|\bfordern sie (?:jetzt|hier|gleich|noch heute|kostenlos|gratis|unverbindlich)\b|\bfordern sie (?:ihr|ihre|ihren|den|das|die) (?:[\p{L}-]+ )?(?:gratis[\p{L}-]*|kostenlose[nrs]?|exemplar|report|analyse|studie|sonderausgabe|ausgabe|probeabo|infopaket|unterlagen)\b`,
      String.raw`\babonnieren sie\b`,
      String.raw`\bhier geht(?:['’]?s| es) zur (?:anmeldung|registrierung|bestellung)\b`,
      // Ein Live-Stream: „JETZT LIVE: „Börse am Mittag“ … – hier einschalten“.
      String.raw`^\W{0,3}jetzt live\s*:|[–—-] (?:jetzt|hier) einschalten\W{0,3}$`,
      // Der Knopf eines Rechners: „Jetzt Tarifrechner öffnen“, „Jetzt Rentenrechner nutzen“.
      String.raw`^\W{0,3}jetzt [\p{L}-]*rechner (?:öffnen|nutzen|starten)\W{0,3}$`,
      // A link button as a line: "Hier geht's zum Kanal!", "Hier geht's zur Studie", or to an earlier post of a series titled behind a colon:
      // „Hier geht's zum Depot-Update Oktober 2026: Rot im Depot“ (not the idiom „Hier geht's zur Sache: …“).
      String.raw`^\W{0,3}hier geht['’]?s (?:direkt )?(?:zum|zur|zu den|zu unserem|zu unserer) (?:[\p{L}-]+(?: [\p{L}-]+){0,2}[^\p{L}\d]{0,3}$|[^.!?:]{0,30}(?:update|teil|folge|ausgabe|\d)[^.!?:]{0,20}:\s*\S)`,
      // Broker and comparison buttons: "Jetzt Depot eröffnen", "Zum Vergleich" (not the lead-in "Zum Vergleich:").
      String.raw`^\W{0,3}(?:jetzt )?(?:[\wäöüß-]+ ){0,2}[\wäöüß-]*(?:depot|konto)${IN_MINUTES} eröffnen\W{0,3}$`,
      String.raw`^\W{0,3}zum (?:vergleich|angebot|anbieter|rechner|tarifrechner|depot)[^\p{L}\p{N}:]{0,3}$`,
      // The paper's own job and property market, and the call to ask the dealer: „… finden Sie in unserer Jobbörse“, „… jetzt Ihr Traumobjekt
      // finden auf unserem Immobilienportal.“, „… finden Sie im Stellenmarkt des Example Kreisblatts.“, „Jetzt beim Fachgroßhandel anfragen!“.
      String.raw`\b(?:in|auf) unser(?:er|em)? (?:jobbörse|stellenbörse|stellenmarkt|jobportal|karriereportal|immobilienportal|immobilienmarkt|anzeigenmarkt)\b|\bfinden sie im (?:stellen|immobilien|anzeigen)markt (?:des|der) (?:[\p{L}-]+ ){0,2}[\p{L}-]*(?:zeitung|blatt|blatts|blattes|anzeigers?|kuriers?|post|rundschau|nachrichten)\b|^\W{0,3}jetzt (?:[\p{L}-]+ ){0,4}anfragen\W{0,3}$`,
      // Ein Händlerfinder und ein Produktmarkt in der Anzeige: „Händler in Ihrer Nähe finden“, „Produktmarkt: … – jetzt mit 25 Jahren Garantie“.
      String.raw`^\W{0,3}(?:jetzt )?(?:\p{L}+-)?(?:händler|fachhändler|fachbetrieb|filiale|installateur|partnerbetrieb)(?: in ihrer nähe| in deiner nähe| vor ort)? (?:finden|suchen)\W{0,3}$|^\W{0,3}(?:produktmarkt|produkt-?tipp)\s*:\s*\S`,
      // A comparison portal's form: „Jetzt Strompreise in Ihrer Region vergleichen: Postleitzahl eingeben …“.
      String.raw`\b(?:ihre |deine )?(?:postleitzahl|plz) eingeben\b|^\W{0,3}jetzt (?:[\p{L}-]+ ){1,5}(?:vergleichen|wechseln)\s*(?:[:!]|\W{0,3}$)`,
      // A link button to a booking, a shop or a job board as a line: „Zur Anmeldung“, „Zum Shop“, „Zur Lehrstellenbörse“.
      String.raw`^\W{0,3}(?:jetzt |direkt )?(?:zum|zur|zu den) (?:anmeldung|registrierung|bestellung|buchung|(?:online-?|ticket|web)?shop|(?:\p{L}+-)?(?:stellen|job|lehrstellen|ausbildungs|praktikums)(?:börse|markt|portal)|stellenangeboten|tickets)[^\p{L}\p{N}:]{0,3}$`,
      String.raw`^\W{0,3}jetzt (?:(?:angebote|tarife|preise|konditionen) )?vergleichen\W{0,3}$|(?:^\W{0,3}|[–—|:]\s*)jetzt (?:angebote|tarife|preise|konditionen) vergleichen\b`,
      String.raw`^\W{0,3}jetzt (?:eröffnen|abschließen|beantragen|wechseln|aktivieren|einrichten|freischalten)(?:[^\p{L}\p{N}?]{0,3}$| und (?:[\p{L}\d€-]+ ){0,4}sichern\b)`,
      // A link arrow at the end ("Weiterlesen »"), not the closing guillemet of a quote ("… durch.»", "«Wir sind nicht zu gross»").
      String.raw`(?<![.!?…])(?<!(?:^|[\s:(„"])«[^«»]*)»\s*$`,
      String.raw`(?<![.!?…])(?<!(?:^|[\s:(«])‹[^‹›]*)›\s*$`,
      // Schaltflächen und Aufforderungen: "Jetzt Platz sichern", „Jetzt Angebot sichern*“, "Depot eröffnen und … sichern", "Jetzt … vergleichen", „Jetzt Sparplan anlegen“,
      // „Jetzt Beratungstermin vereinbaren: example.ch/agrar“, „Jetzt über 40.000 Produkte entdecken.“
      // Also behind a banner's name and colon, with its exclamation mark: „Beispielforum 2027 – 17./18. März: Jetzt Ticket sichern! <<<“,
      // and with the telephone number to call: „Jetzt buchen: Telefon 01234 555-210“, „Jetzt Termin sichern unter Tel. 01234 / 55 52 10“.
      String.raw`(?:^\W{0,3}${JETZT_CALL}(?:(?:[\p{L}\d-]+|\d{1,3}(?:\.\d{3})+) ){0,4}(?:${JETZT_BUTTON_VERB})(?:\s*[!.»›→>*]+|\s*:\s*(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?|(?:\s*:|\sunter)\s*(?:tel(?:efon|\.)? ?:? ?)?\+?\d[\d /-]{5,20}\d)?|[:–—|]\s*${JETZT_CALL}(?:[\p{L}\d-]+ ){0,3}(?:${JETZT_BUTTON_VERB})\s*!\W{0,4})\s*$`,
      // Ein Probeabo in Heften: „Testen Sie jetzt 3 Ausgaben für nur 9,90 Euro“.
      String.raw`\btesten sie (?:jetzt |uns |gleich )?${TRIAL_COUNT} (?:ausgaben|hefte|wochen|monate)\b`,
      // …oder zu einem Einführungspreis: „Jetzt drei Ausgaben zum Kennenlernpreis testen – das Mini-Abo endet automatisch.“
      String.raw`\b${TRIAL_COUNT} (?:ausgaben|hefte) zum (?:kennenlernpreis|vorzugspreis|probierpreis|sonderpreis|einführungspreis)\b`,
      // Die Aufforderung mit dem Vorteil dahinter: „Jetzt Frühbucher-Ticket sichern und 20 % sparen!“, „Jetzt bestellen und 10 € sparen“.
      // Also behind the ad's title: „Winterreifen-Aktion im Autohaus Example: Jetzt Wechseltermin sichern und 15 % sparen!“ (not behind „Der Händler sagt:“),
      // „Jetzt Termin für den Reifenwechsel sichern und bis 15. Dezember 10 Prozent auf alle Kompletträder sparen.“
      String.raw`^\W{0,3}(?:(?![^.!?:]{0,60}\b(?:sagt|sagte|sagen|erklärt|erklärte|meint|meinte|rät|riet|wirbt|warb)\b)[^.!?:]{1,60}:\s*)?${JETZT_CALL}(?:[\p{L}\d-]+ ){0,4}(?:${JETZT_BUTTON_VERB}|bestellen|abonnieren) und (?:[\p{L}\d%€,.-]+ ){0,8}(?:sparen|sichern)\b`,
      // A button with the subscribers' perk: „Jetzt Karten sichern – Abonnenten zahlen die Hälfte.“, „… – für EX+-Abonnenten zum Vorzugspreis.“
      String.raw`^\W{0,3}${JETZT_CALL}(?:[\p{L}\d-]+ ){0,3}(?:${JETZT_BUTTON_VERB}|bestellen)\s*[–—-]\s*(?:[\p{L}\d.,€-]+ ){0,6}(?:[\p{L}\d]+\+?-)?(?:abonnent(?:inn)?en|abokunden|abo-kunden)\b`,
      // Eine Anzeige und ein Leserangebot: „Wir freuen uns auf Ihren Besuch!“, „Leserangebot: Exklusive Führung für Abonnenten …“, „Leserreise“,
      // und sein Preis allein: „Ab Fr. 790.– pro Person.“
      String.raw`^\W{0,3}wir freuen uns auf (?:ihren|deinen|euren) besuch\W{0,3}$|^\W{0,3}(?:exklusives? )?leser(?:angebot|aktion|vorteil|reisen?)(?:\s*:|\W{0,3}$)`,
      String.raw`^\W{0,3}ab (?:(?:fr\.|chf|€) ?\d[\d'’.,]{0,8}[.–-]{0,2}|\d[\d'’.,]{0,8} ?(?:fr\.|franken|chf|€|euro)) (?:pro|je) person\W{0,3}$`,
      // Die Aufforderung mit dem Angebot dazwischen, am Zeilenanfang oder nach einem Gedankenstrich: „Jetzt den Example-Index 2027
      // vorbestellen – …“, „Schalungen für jede Baustelle – jetzt Mietangebot anfordern bei …“.
      String.raw`(?:${JETZT_NOT_MODAL}|[–—] jetzt )(?:[\p{L}\d-]+ ){1,4}(?:anfordern|vorbestellen|bestellen|anfragen|herunterladen|abonnieren)\b`,
      // Die Aufforderung vor dem Namen einer Veranstaltung oder eines Angebots, auch nach einem Gedankenstrich: "Jetzt zum kostenfreien
      // Webinar anmelden: „…“ am 3. Dezember", „7,25 % p.a. – Jetzt vormerken: Die Example-Anleihe 2026/2031“.
      String.raw`(?:${JETZT_NOT_MODAL}|[–—] jetzt )(?:[\p{L}\d-]+ ){0,5}(?:anmelden|registrieren|sichern|teilnehmen|vormerken|eintragen)\s*:`,
      // Tickets und Plätze als Satz ohne "jetzt": "Tickets zum Frühbucherpreis bis 31. Januar sichern."
      String.raw`^\W{0,3}(?:tickets?|karten|plätze|platz|zugang|ihren? (?:platz|zugang|rabatt|vorteil)|rabatt)\b[^!?\n]{0,60} (?:sichern|buchen|reservieren)\W{0,3}$`,
      String.raw`^\W{0,3}(?:depot|konto|tagesgeldkonto|girokonto) (?:jetzt )?(?:kostenlos )?(?:eröffnen|sichern)(?: und (?:[\p{L}\d€-]+ ){0,3}sichern)?(?:\s*[!»›→>]+)?\s*$`,
      String.raw`(?:^\W{0,3}|\bund )(?:jetzt )?(?:\d+ ?€ )?(?:prämie|bonus|startguthaben|willkommensbonus) (?:von \d+ ?€ )?sichern\W{0,3}$`,
      String.raw`^\W{0,3}zum (?:[\p{L}-]+)?(?:rechner|vergleich|angebot|testsieger)(?:\s*[!»›→>]+)?\s*$`,
      String.raw`\bvergleichen sie (?:jetzt )?(?:kostenlos )?(?:über |mehr als )?\d{2,}(?:\.\d{3})? (?:anbieter|banken|broker|tarife|angebote|kredite|depots|konten|girokonten|kreditkarten|versicherer|versicherungen)\b`,
      String.raw`^[^\p{L}\d„“"»«‚‘']{0,3}(?:folgen sie uns|besuchen sie uns)\b|[–—-] folgen sie uns (?:auch )?(?:auf|bei)\b|\b(?:folgt|folgen sie) uns (?:auch )?(?:dort|da)\W{0,3}$`,
      // „Hören Sie rein: …“, „Einfach folgen und nichts mehr verpassen!“, „Einfach abonnieren!“ (a bare „Folgen“ is a subheading).
      String.raw`^\W{0,3}hören sie (?:mal |doch )?rein\b|^\W{0,3}(?:einfach |jetzt )?(?:folgen|abonnieren) und nichts (?:mehr )?verpassen\b|^\W{0,3}einfach (?:folgen|abonnieren)\W{0,3}$`,
      String.raw`\bteilen sie (?:diesen artikel|den artikel|diesen beitrag) mit\b|^\W{0,3}teilen sie ihn mit (?:ihren |anderen )?(?:freunden|kollegen|bekannten)(?: und (?:kollegen|bekannten|familie))?\W{0,3}$`,
      String.raw`^\W{0,3}jetzt (?:online |kostenlos |gebührenfrei )(?:eröffnen|beantragen|abschließen)(?:\s*[!»›>→]|\s*[–—-]\s|\s+(?:und|in nur|ab)\b|\W{0,3}$)`,
      // A comparison table's button at the end of a row or line: "… ⇥Zum Anbieter", "Zum Broker".
      String.raw`(?:^\W{0,3}|\t|\|\s*)zum (?:anbieter|broker|depot|konto)\W{0,3}$`,
      // A link label after a dash or colon: "… – Details hier!"; an offer to read the full piece: "Jetzt die vollständige Einschätzung lesen".
      String.raw`(?:^|[–—:|]\s*)(?:alle |mehr |weitere )?details hier\W{0,3}$`,
      String.raw`\bjetzt (?:die |den |das |unsere[nmr]? |ihre[nmr]? )?(?:[\p{L}-]+ ){0,2}(?:analyse|einschätzung|studie|report|sonderreport|sonderanalyse|auswertung|empfehlung)[\p{L}-]* (?:lesen|anfordern|sichern|herunterladen|abrufen|downloaden)\b`,
      // Calls to action in the familiar form, which news text does not use for its readers: "Sichere dir …", "Eröffne jetzt dein Depot", "Werde Teil der Community", "Komm in unseren Discord".
      String.raw`(?<!\bich )\b(?:sichere|hol|schnapp) dir\b|\beröffne (?:jetzt |noch heute )?dein(?:en)?\b|^\W{0,3}werde (?:jetzt )?(?:teil|mitglied|unterstützer(?:in)?)\b|\bkomm (?:jetzt )?in unser(?:e|en)?\b|\babonniere (?:jetzt |uns\b|unseren\b|den\b)|\bmelde dich (?:jetzt |hier |kostenlos )?(?:an|für)\b`,
      // Broker-Aufforderungen mitten im Satz: "Informieren Sie sich hier über …", "Jetzt Depot bei X eröffnen und …".
      String.raw`\binformieren sie sich (?:hier|jetzt)\b`,
      String.raw`\bjetzt (?:(?:ein |ihr |kostenlos(?:es)? |gratis-?)?(?:[\p{L}\d]+-)?(?:depot|konto|trading-?konto|handelskonto|demokonto))(?: bei [\p{L}\d&.-]+(?: [\p{L}\d&.-]+)?)?${IN_MINUTES} (?:eröffnen|testen|anlegen)\b`,
      // Folgen-Aufrufe: "Folgen Sie dem X-Kanal auf WhatsApp!".
      // Also after a lead-in ("Immer bestens informiert: Folgen Sie dem Beispielboten jetzt auch auf WhatsApp.",
      // „Nichts mehr verpassen aus Hanau und der Region: Folgen Sie …“), and „Die … gibt es jetzt auch auf WhatsApp.“
      String.raw`^\W{0,3}(?:[^.!?:]{1,60}:\s*)?(?:dann |also |einfach )?(?:folgen sie|folge|folgt) (?:uns|dem|der|unserem|unserer|[\p{L}\d.&-]+)\b[^.!?]{0,60}\bauf (?:whatsapp|instagram|facebook|x|twitter|linkedin|threads|tiktok|telegram|google news|youtube)\b|\bgibt es (?:jetzt |ab sofort )?auch (?:auf|bei) (?:whatsapp|telegram)\b`,
      // Buttons and donation asks: "Jetzt Magazin lesen", "Schon 5 Franken helfen uns weiter".
      String.raw`^\W{0,3}jetzt (?:[\p{L}+-]+ ){0,2}(?:lesen|weiterlesen|abonnieren|testen|bestellen|herunterladen|anhören|anfordern|vereinbaren)\W{0,3}$`,
      // Ein Probeabo: "Testen Sie Beispiel+ 30 Tage für nur 1 Euro."
      String.raw`^\W{0,3}(?:[^.!?:]{1,60}:\s*)?(?:jetzt )?(?:testen|lesen) sie [^.!?]{0,40}(?<![\p{L}\d_])(?:\d+ (?:tage|wochen|monate)|für (?:nur )?\d|gratis|kostenlos)`,
      String.raw`\b(?:schon|bereits) (?:\d+|ein|zwei|drei|fünf|zehn) (?:euro|franken|fr\.|chf|€) (?:helfen|hilft) uns\b`,
      // The portal's button: „Zum Immobilienmarkt“, „Zur Stellenbörse“.
      String.raw`^\W{0,3}(?:zum|zur) (?:immobilien|stellen|job|auto|reise|trauer)(?:portal|markt|börse)\W{0,3}$`,
      // Die Schaltfläche unter einer Anzeige: „Zu den Angeboten“, „Zur kostenlosen Bewertung“.
      String.raw`^\W{0,3}zu (?:den|allen|unseren) (?:angeboten|deals)\W{0,3}$|^\W{0,3}zur kostenlosen [\p{L}-]+\W{0,3}$`,
      // Ein Probeabo mit Dauer und Preis: „… – jetzt 1 Monat um 1 Euro testen.“, „Jetzt 4 Wochen für 0,99 € lesen“; mit Preis je Ausgabe oder im
      // Shop des Verlags: „jetzt im Digital-Abo für nur 2,99 € pro Ausgabe testen“, „jetzt für 59,90 Euro* im Example-Shop bestellen“.
      String.raw`\bjetzt (?:(?:${TRIAL_COUNT}|einen) (?:monate?|wochen?|tage) (?:für|um|zum preis von)|(?:im [\p{L}-]*abo )?für) (?:nur )?\d+(?:,\d+)? ?(?:€|euro|franken|chf)\*?(?: (?:pro|je) (?:ausgabe|monat|woche))?(?: im [\p{L}-]*shop)? (?:testen|lesen|bestellen|kaufen)\b`,
      // Die Aufforderung einer Anzeige für Hebelprodukte: „Wählen Sie einfach den gewünschten Hebel und wir zeigen Ihnen passende Produkte …“.
      String.raw`^\W{0,3}wählen sie (?:einfach |jetzt )?(?:den|ihren) (?:gewünschten )?hebel\b`,
      // Der Knopf einer Gratis-Analyse ohne „jetzt“: „Hier die kostenlose Example-Analyse sichern!“, „Hier den Gratis-Report anfordern“, „>> Report sofort sichern“.
      String.raw`^\W{0,3}hier (?:die |den |das |ihre[nr]? )?(?:gratis|kostenlose[nr]?)[- ][\p{L}-]{0,40}(?:analyse|report|studie|e-?book)(?: jetzt)? (?:sichern|anfordern|herunterladen|lesen|abrufen)\W{0,3}$|^\W{0,3}(?:report|analyse|studie|e-?book) (?:sofort|gratis|kostenlos) (?:sichern|anfordern|herunterladen)\W{0,3}$`,
    ],
  },
  teaser: {
    patterns: [
      // A wish put to the reader as a question: "Sie wollen wissen, welche Aktie …?", "Du willst mehr?" (31 of 31 such lines in the probe pages are boilerplate).
      String.raw`^\W{0,3}(?:sie (?:wollen|möchten)|du (?:willst|möchtest)|ihr (?:wollt|möchtet))\b[^.!?]{0,100}\?\W{0,3}$`,
      String.raw`\bsollten anleger (?:jetzt|sofort|lieber|nun|schnell|dringend)\b`,
      String.raw`\bsollten anleger\b.{0,60}\b(?:zugreifen|einsteigen|aussteigen|verkaufen|kaufen|nachkaufen|reißleine)\b`,
      String.raw`\blohnt sich (?:jetzt |doch |noch |hier )?(?:der|ein) (?:einstieg|kauf)\b`,
      // Not a reader's plan in a clause ("Wer jetzt kaufen möchte, sollte …") nor advice against it ("muss nicht sofort handeln").
      String.raw`(?<!\b(?:wer|nicht|kein(?:e|en)?) )\b(?:jetzt|sofort) (?:einsteigen|zugreifen|kaufen|verkaufen|handeln)\b(?! (?:möchte|möchten|will|wollen|sollte|sollten|muss|müssen|kann|können|darf|dürfen)\b)`,
      String.raw`\bwas (?:jetzt |nun )?zu tun ist\b`,
      String.raw`\b(?:liefert|gibt|kennt|verrät) (?:ihnen )?die antwort\b`,
      // „Neue Example-Analyse vom 29. Januar …“, not the source note in brackets at an analysis's end: „(Analyse vom 24.11.2026)“.
      String.raw`(?<!\()\banalysen? vom \d`,
      // Handlungsbedarf, den ein Teaser den Anlegern einredet: „Dringender Handlungsbedarf für Example-Aktionäre.“, „Handlungsbedarf?“ (nicht der, den ein Studienleiter sieht).
      String.raw`\bhandlungsbedarf für (?:anleger|aktionäre|investoren|sparer|[\p{L}-]{2,30}-(?:aktionäre|anleger|investoren))(?![\p{L}\d])|\bhandlungsbedarf\?`,
      String.raw`\bwas anleger jetzt (?:wissen|tun|beachten)\b`,
      String.raw`\bist die .{1,30}-aktie\b.{0,40}\b(?:ein|noch ein) kauf\b`,
      String.raw`\bhaben sie .{0,40}verpasst\b`,
      String.raw`\b(?:jetzt|sofort) (?:einsteigen|abwarten)\b`,
      String.raw`\bverpassen sie nicht\b`,
      String.raw`\b(?:unsere|die) experten (?:haben|verraten|zeigen|sagen)\b`,
      // A stock as bargain or trap, or as a buying opportunity, asked of the reader: "Schnäppchen oder Value-Falle?", "Steckt in der X-Aktie jetzt eine Kaufgelegenheit?".
      String.raw`\b(?:schnäppchen|chance|kaufchance|kaufgelegenheit|einstiegschance)\b[^.!?]{0,30}\boder\b[^.!?]{0,30}falle\s*[?!]`,
      String.raw`-aktie\b[^.!?]{0,60}\b(?:kauf|einstiegs)(?:gelegenheit|chance)\s*\?`,
    ],
  },
  product: {
    patterns: [
      // Das neue Heft eines Magazins: „Ausgabe 06/2026: Die besten Fonds für 2027, Gold-Check und großer Depot-Vergleich.“
      String.raw`^\W{0,3}(?:ausgabe|heft) \d{1,2}/\d{4}\s*:\s*\S`,
      // Der Hinweis einer Bezahlseite und ihr Knopf: „Sie lesen einen kostenlosen Artikel der Example.“, „Zum Abo-Shop“.
      String.raw`^\W{0,3}sie lesen (?:gerade )?einen (?:kostenlosen|kostenfreien|frei zugänglichen) (?:artikel|beitrag)\b|^\W{0,3}zum abo-?shop\W{0,3}$`,
      // Der Zähler einer Bezahlschranke: „Sie haben noch 2 von 3 kostenlosen Artikeln in diesem Monat.“, „Du hast noch einen freien Artikel.“, „Sie haben diesen Monat noch 2 von 3 Gratisartikeln.“,
      // „Sie haben 1 von 3 kostenlosen Example+ Artikeln in diesem Monat gelesen.“
      String.raw`^\W{0,3}(?:sie haben|du hast) (?:(?:diesen|in diesem) monat )?(?:noch |bereits )?(?:\d{1,2}|einen|eine|zwei|drei|vier|fünf)(?: von (?:\d{1,2}|drei|fünf|zehn))? (?:(?:kostenlosen?|kostenfreien?|freien?) |gratis-?)(?:[\p{L}\d]{1,12}\+ )?(?:artikeln?|beiträgen?|texten?)\b`,
      // A paper's reader trips: the box's title „EX-Leserreisen“ and its offer „… ab 219 € p. P. im DZ“.
      String.raw`^\W{0,3}(?:[\p{L}\d+]+-)?leserreisen?\W{0,3}$|\bab \d[\d.,]* ?(?:€|euro) (?:p\. ?p\.|pro person im (?:dz|doppelzimmer)\b)`,
      // Karten für die Veranstaltung des Verlags in seinem Shop: „Tickets für 39 Euro im Kurier-Shop und in allen Geschäftsstellen.“
      String.raw`\b(?:tickets|karten|eintrittskarten)\b[^.!?]{0,40}\b(?:für|zu|ab) (?:je )?\d+(?:,\d+)? ?(?:euro|€)[^.!?]{0,60} im [\p{L}-]+-shop\b`,
      // The subscribers' price of the publisher's event: „Für Abonnenten ermäßigt.“
      String.raw`^\W{0,3}für (?:abonnent(?:inn)?en|abokunden)(?: (?:der|des) [\p{L} -]{2,30})? (?:ermäßigt|kostenlos|gratis|zum halben preis)\W{0,3}$`,
      // Was Probeleser bekommen: „Sie lesen diesen Artikel im Rahmen unseres
      // Probe-Angebots.“ (Nicht der Mitgliederbereich einer Kammer, aus dem ein Fachblatt berichtet.)
      // Was Abonnenten sparen und was ein Abo öffnet: „für Abonnenten 20 Prozent günstiger“, „Abonnentinnen und Abonnenten
      // erhalten 20 % Rabatt“, „Abonnenten des Tagblatts erhalten 20 % Rabatt“, „Kurier+ – Ihr Zugang zu allen Artikeln aus der Region“.
      String.raw`\babonnent(?:en|innen)(?: und abonnent(?:en|innen))?(?: (?:des|der|von|unseres|unserer) [\p{L}-]+(?: [\p{L}-]+){0,2})?(?: erhalten| bekommen| sparen| zahlen)? (?:\d+ ?(?:%|prozent) (?:rabatt|ermäßigung|nachlass|günstiger|weniger)|(?:einen )?rabatt|ermäßigten eintritt|freien eintritt)\b|\b(?:ihr|dein) zugang zu allen (?:artikeln|inhalten|beiträgen)\b`,
      // What a digital subscription opens: „Mit BZ Digital haben Sie unbegrenzten Zugriff auf alle Artikel aus …“.
      String.raw`\b(?:unbegrenzten|unbeschränkten|uneingeschränkten|vollen) zugriff auf (?:alle|sämtliche) (?:[\p{L}+-]+-)?(?:artikel|beiträge)\b`,
      String.raw`\bim rahmen (?:unseres|ihres|eines) (?:probe|test|gratis|schnupper)-?(?:angebot|abo|zugang|monat)s?\b`,
      // A derivative's ad by its terms: „Turbo-Optionsschein Call, Basispreis 34,20 Euro, Hebel 5,4, WKN HX7TQ2“, „Discount-Zertifikat auf den DAX – Cap 24.000 Punkte, Laufzeit bis …“.
      String.raw`\b(?:turbo|call|put|optionsschein|zertifikat|mini-future|knock-out)\b[^.!?]{0,60}?(?:[,–]\s*(?:basispreis|cap|hebel|laufzeit(?: bis)?|max\. rendite|wkn|isin|barriere|knock-out-schwelle)\b(?:[^,;–]|,(?=\d)){1,30}){2,}`,
      // Its papers and label (not its issuer, which a bond's fact box names too): „Prospekt und Basisinformationsblatt unter example.de“, „Werbemitteilung.“
      String.raw`\b(?:wertpapier)?prospekt\b[^.!?]{0,30}\bbasisinformationsblatt\b|^\W{0,3}(?:werbemitteilung|werbliche mitteilung|marketingmitteilung)\W{0,3}$`,
      // Das Kleingedruckte einer Aktion: „Aktion gültig bis 31.12.2026.“, „Angebot gilt nur bis 15. Januar 2027“.
      String.raw`^\W{0,3}(?:aktion|angebot|aktionsangebot|prämie|bonus|rabatt) (?:gültig|gilt|läuft)(?: nur)? (?:bis|vom) (?:zum )?\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+ )(?:\d{2,4})?\W{0,3}$`,
      // Der Vorsprung der Bezahlkunden: „Unsere Premium-Mitglieder haben … bereits bei 0,19 € erhalten“, „Unsere PRO-Abonnenten …“.
      String.raw`\bunsere (?:premium|pro|plus|vip)-?(?:mitglieder|abonnenten|leser|kunden)\b`,
      // Eine eigene Ausgabe als Köder: „Die neue Ausgabe ist da: …“, „Der neue Report ist da!“, „Die neue Ausgabe 48/2026 ist da – jetzt im E-Paper lesen!“.
      String.raw`^\W{0,3}(?:die|der|das) neue (?:ausgabe|heft|magazin|report|ranking|studie|jahrbuch)(?: \d{1,2}/\d{4})? (?:ist|sind) (?:da|erschienen|online)\b\s*[:!–—]`,
      // Unterstützeraufrufe: „Unabhängiger Journalismus braucht Sie“, „… hat seinen Wert“, „… sichern Sie kritischen Journalismus“, „Jetzt unterstützen“.
      String.raw`\b(?:unabhängiger?|kritischer?|freier?|guter?) journalismus (?:(?:braucht|lebt von) (?:sie|euch|dich|ihre|eure|deine|unterstützung)|hat seinen (?:wert|preis))\b|\bsichern sie (?:[\p{L}-]+ ){0,2}journalismus\b|^\W{0,3}jetzt (?:unterstützen|spenden|unterstützer(?:in)? werden)\W{0,3}$`,
      // „X ist unabhängig und ohne Paywall.“ „Das geht nur dank Ihnen.“ „Unterstützen Sie unsere Arbeit!“
      String.raw`\bunterstützen sie (?:unsere arbeit|uns|unabhängigen journalismus|unseren journalismus|unsere redaktion|lokalen journalismus|freien journalismus)\b`,
      // „Seit 2004 berichten wir unabhängig und ohne Bezahlschranke …“, „Damit das so bleibt, brauchen wir Sie.“, „Hier geht es zum LZ-Abo.“
      String.raw`\b(?:berichten|schreiben|arbeiten|recherchieren) wir\b[^.!?]{0,60}\bohne (?:bezahlschranke|paywall)\b|^\W{0,3}damit (?:das|es) so bleibt,? (?:brauchen wir (?:sie|dich|euch|ihre hilfe|ihre unterstützung|deine unterstützung)|sind wir auf (?:sie|ihre unterstützung|dich|euch) angewiesen)\b|^\W{0,3}hier geht(?:'s| es) zum (?:[\p{L}+]+-)?abo(?:nnement)?\b`,
      String.raw`\bist unabhängig und (?:ohne (?:paywall|bezahlschranke)|kostenlos|frei zugänglich)\b|^\W{0,3}(?:das|dies) (?:geht|gelingt|klappt|ist möglich) nur (?:dank|mit) (?:ihnen|ihrer (?:hilfe|unterstützung)|euch|eurer unterstützung)\W{0,3}$`,
      // „Lokaljournalismus ohne Bezahlschranke gibt es nicht umsonst“, „… Leserinnen und Leser, die uns regelmäßig unterstützen“, „Machen Sie mit – schon ab 5 Euro im Monat“.
      String.raw`\b(?:lokal|qualitäts|regional|online-?)?journalismus (?:ohne (?:bezahlschranke|paywall) )?(?:gibt es nicht (?:umsonst|gratis|kostenlos)|ist nicht (?:umsonst|gratis|kostenlos)|kostet(?= geld\b|\W{0,3}$))\b|\b(?:leser(?:innen)?|leserinnen und leser|mitglieder|unterstützer(?:innen)?|spender(?:innen)?),? die uns (?:regelmäßig |monatlich )?(?:unterstützen|fördern|finanzieren)\b|\bmachen sie mit\b[^.!?]{0,20}\b(?:schon |bereits )?ab \d+(?:[.,]\d+)? ?(?:€|euro)\b`,
      // The trial price after a dash at the end: „Alle Artikel aus der Region – im ersten Monat für nur 0,99 €.“
      String.raw`[–—-] (?:im )?ersten monat (?:für|um) (?:nur )?\d+(?:[.,]\d+)? ?(?:€|euro|franken|chf)\W{0,3}$`,
      // Die Partner einer Veranstaltung als Liste: „Partner des Energieforums 2026: Example AG · Beispiel GmbH · …“.
      String.raw`^\W{0,3}(?:(?:premium-?|haupt|medien)?partner|sponsoren|förderer)(?: (?:des|der|von) [^:·|]{2,60})?\s*:\s*[^·|]{2,40}(?:\s[·|]\s[^·|]{2,40}){2,}$`,
      // Ein Leasing- oder Tarifrechner: „Jetzt die besten Angebote im X-Leasingrechner finden“.
      String.raw`\bjetzt (?:die |den |das )?(?:besten |günstigsten |passenden )?(?:angebote|tarife|deals|leasingangebote|konditionen) (?:[\p{L}-]+ ){0,3}(?:finden|vergleichen|sichern|entdecken)\b`,
      // Eine Börse für Firmenverkäufe: „Zu verkaufen: Metallbaubetrieb in Nordhessen, 22 Mitarbeiter …“.
      String.raw`^\W{0,3}zu verkaufen\s*:`,
      // Der Gebrauchtmarkt des Verlags: „Gebrauchtmaschinen-Börse“ über „Velmer 5130 – Bj. 2021, 2.400 Bh – 74.500 € zzgl. MwSt.“
      // Sein Kopf und seine Knöpfe: „Landwirt-Börse: Aktuelle Angebote“, „Fassweinbörse – aktuelle Angebote“, „Alle Inserate anzeigen“;
      // ein Inserat „… Bj. 2021 – € 98.500“, „…, EZ 03/2024, 42.000 km – 28.900 € netto“, „…, gebraucht – VB“, „… – Preis auf Anfrage“.
      String.raw`^\W{0,3}(?:\p{L}+-(?:börse|marktplatz)|\p{L}+(?:börse|marktplatz)(?=\s*[:–—-]))(?:\s*[:–—-]\s*(?:aktuelle |neue |neueste )?(?:angebote|inserate|anzeigen|kleinanzeigen))?\W{0,3}$|\b(?:bj\.|ez:?) ?(?:\d{2}\/)?\d{4}\b[^!?\n]{0,60}(?:\d ?(?:€|euro\b)|(?:€|eur\b) ?\d)`,
      String.raw`^\W{0,3}alle (?:inserate|kleinanzeigen|anzeigen|angebote) (?:ansehen|anzeigen|entdecken|(?:in der|im|auf der) \p{L}+(?:börse|marktplatz|markt))\W{0,3}$|[,–—-] ?(?:vb|vhb|preis auf anfrage)\W{0,3}$`,
      // Ein Inserat mit Menge und Preis je Einheit: „Spätburgunder Rosé 2026, 9.500 l – ab 1,20 €/l“.
      String.raw`[–—-] ?ab \d+(?:[.,]\d+)? ?(?:€|euro) ?\/ ?(?:l|kg|t|stk\.?|stück)\W{0,3}$`,
      // Die Zeilen einer Veranstaltung ohne Verb: „Mit Vertretern aus Industrie, Politik und Gewerkschaften.“, „Am 4. Dezember in der Stadthalle Example – mit Podiumsdiskussion und Networking.“
      String.raw`^\W{0,3}mit (?:vertreter(?:inne)?n|vertreterinnen und vertretern|expertinnen und experten|experten|unternehmern|gästen|rednern) (?:aus|von) (?:[\p{L}-]+, ){1,5}[\p{L}-]+ (?:und|sowie) [\p{L}-]+\W{0,3}$`,
      String.raw`^\W{0,3}(?:[^!?]{3,80} [–—-] )?mit (?:[\p{L}-]+,? (?:und )?){1,4}networking(?:-?abend|-?empfang)?\W{0,3}$`,
      // Das Angebot des Verlags für seine Leser: „Alle MZ+ Artikel, das E-Paper und die MZ-App inklusive.“, „Alle Artikel aus dem Landkreis lesen – jederzeit und überall.“,
      // „Alle Nachrichten aus dem Kreis immer dabei – mit Push-Meldungen aus Ihrem Ort.“
      String.raw`^\W{0,3}alle (?:[\p{L}\d]{1,10} ?\+|(?:[\p{L}\d]{1,10}-?)?plus)-? ?artikel\b|^\W{0,3}alle (?:[\p{L}\d+-]+ )?(?:artikel|nachrichten|inhalte|beiträge)\b[^.!?]{0,80}(?:\blesen ?[–—-] ?jederzeit und überall|\bimmer dabei\b)`,
      // Ein Vorteil für Abonnenten unter einer Veranstaltung des Verlags: „Eintritt frei für Example-Abonnenten.“, „Für Example+-Abonnenten kostenfrei.“
      String.raw`^\W{0,3}(?:eintritt|teilnahme) (?:frei|kostenlos|kostenfrei) für (?:[\p{L}\d+]+-)?abonnent(?:en|innen)\W{0,3}$|^\W{0,3}für (?:[\p{L}\d+]+-)?abonnent(?:en|innen) (?:kostenfrei|kostenlos|gratis|frei)\W{0,3}$`,
      // Der Stellenmarkt des Verlags: "Top Stellenangebote", „Example-Stellenmarkt“, "Alle Jobs im Stellenmarkt ansehen", "… – jetzt passende Stelle finden",
      // „Hunderte aktuelle Stellenangebote aus der Region.“, „… – jetzt Stellenangebote entdecken.“, „Jobs in deiner Region“ über „Zu den Jobs“.
      String.raw`\b(?:hunderte|tausende) aktuelle[nr]? (?:stellenangebote|jobangebote|stellenanzeigen|jobs)\b|^\W{0,3}(?:top[- ]?(?:stellenangebote|jobs)(?: (?:auf|bei|im|in) [\p{L}\d. -]{2,30})?|(?:[\p{L}\d]{1,8}-)?(?:stellenmarkt|jobbörse))\W{0,3}$|^\W{0,3}jetzt (?:auf|im|in) (?:dem |der |unserem |unserer )?[\p{L}\d-]*(?:stellenmarkt|jobbörse|jobportal|stellenbörse|karriereportal) (?:suchen|stöbern|finden|bewerben)\b|^\W{0,3}alle (?:jobs|stellen(?:angebote)?)(?: (?:im|in|auf|aus) [\p{L}\d. -]{2,30})? (?:ansehen|anzeigen|entdecken)\W{0,3}$|^\W{0,3}(?:alle )?(?:stellenangebote|stellenanzeigen|jobs) (?:im|in|auf|aus) [\p{L}\d. -]{0,30}(?:jobmarkt|stellenmarkt|jobbörse|karriereportal)\W{0,3}$|^\W{0,3}(?:jobs|stellenangebote) in (?:deiner|ihrer|unserer) region\W{0,3}$|^\W{0,3}(?:zu den (?:jobs|stellenangeboten)|zur (?:jobsuche|jobbörse|stellenbörse))\W{0,3}$`,
      String.raw`\bjetzt (?:die |eine |ihre |deine )?(?:passende[n]? |neue[n]? )?(?:stelle|job|traumjob|stellenangebote|jobangebote)s? (?:finden|entdecken)\b`,
      // What a subscription gives: "Mit XY+ lesen Sie alle Hintergründe …", "Mit dem X-Abo erhalten Sie …", "Mit t3n Pro bekommst du …".
      String.raw`\bmit (?:dem |einem |unserem )?[\p{L}\d-]{1,25}(?: ?(?:\+|plus)|-?abo(?:nnement)?| premium| pro) (?:(?:lesen|erhalten|haben|bekommen|entdecken) sie|(?:liest|erhältst|hast|bekommst|entdeckst) du)\b`,
      // Ein Plus-Abo zum Testen: "noz+ testen: …", "SZ Plus abonnieren", als Knopf "ZAK digital testen".
      String.raw`^\W{0,3}\p{L}{2,12} ?(?:(?:\+|plus) (?:testen|abonnieren|entdecken|gratis testen|lesen)\b|digital (?:testen|abonnieren|gratis testen)\W{0,3}$)`,
      // Ein Probeabo mit seinem Folgepreis: "1 Monat gratis, danach 9,99 € monatlich", „… das ePaper und die App – 3 Monate für nur 1 € im Monat.“
      String.raw`\bdanach (?:nur )?\d+(?:[,.]\d{2})? ?(?:€|euro|chf|fr\.) ?(?:monatlich|pro monat|im monat|mtl\.)|\b\d{1,2} (?:monate|wochen) für (?:nur |je )?\d+(?:[,.]\d{2})? ?(?:€|euro|chf|fr\.) (?:im monat|pro monat|monatlich)\b`,
      // Not a third party's product the article reports on: "über seinen kostenlosen Börsenbrief", "in einem
      // kostenlosen Webinar, das die Firma gemeinsam mit … anbietet"; and not news of a study ("Eine neue Studie zeigt").
      String.raw`(?<!\b(?:sein(?:e[nmrs]?)?|dessen|deren) )\b(?:(?:gratis|kostenlose?[nrs]?|exklusive?[nrs]?)[- ]?(?:sonder|spezial)?(?:analyse|report|studie|webinar|ebook|e-book|whitepaper|depot|börsenbrief|aktien-?tipps?)|(?:neue[nrs]?|aktuelle[nrs]?)[- ]?(?:sonder|spezial)?(?:analyse|report|webinar|ebook|e-book|depot|börsenbrief|aktien-?tipps?))(?![\p{L}\d])(?![^.!?,]{0,20}, (?:das|die|den|der|welche[sn]?) [^.!?]{1,120}\b(?:anbietet|anbieten|veranstaltet|veranstalten|ausrichtet|organisiert|durchführt|veröffentlicht|herausgibt)\b)`,
      String.raw`\b(?:gratis|sonder)-?(?:analyse|report|studie)\b`,
      // A paid tier ("Premium-Abo", "Handelsblatt Premium: …"), not the premium segment of an industry nor a grade's price ("Premium: $12.84")
      // (cue families of every language apply to every article, and "premium" is also English).
      String.raw`\bpremium[- ]?(?:abo|abonnement|artikel|beitrag|inhalte?|bereich|mitglied(?:schaft)?|zugang|version|paket|kunden|leser|angebot)\b|\bpremium\s*[:–—](?!\s*[$€£]?\s*\d)`,
      // Not a letter the article quotes ("schreibt dazu in seinem Börsenbrief") or a third party's ("seinen kostenlosen Börsenbrief").
      String.raw`(?<!\b(?:schreibt|schrieb|schreiben|schrieben|meint|meinte|warnt|warnte|rät|riet|empfiehlt|empfahl) (?:[\p{L}-]+ ){0,3}(?:in|im) (?:seinem|ihrem|einem|dem) (?:[\p{L}-]+ ){0,2})(?<!\b(?:sein(?:e[nmrs]?)?|dessen|deren) (?:[\p{L}-]+ ){0,2})\bbörsenbrief\b`,
      // Nicht die eigene Aufnahme eines Briefs: „Ich nehme die Aktie … in unser Musterdepot auf.“, „… ins Musterdepot aufgenommen“.
      String.raw`\bmusterdepot\b(?!s? auf(?:genommen)?\b)`,
      String.raw`\bunser(?:e[nmr]?)? (?:chef-?)?(?:analyst(?:in|en)?|experten?|börsenprofis)\b`,
      String.raw`(?<!\b(?:der|den|dem|des) (?:[\p{L}\d]+-)?)\bsparplan ab \d`,
      String.raw`\bstartbonus\b`,
      // Broker advertising: "ab 0 Euro pro Order", "ohne Depotgebühren", "Neukundenbonus".
      String.raw`\bab 0(?:,00)? ?(?:euro|€) (?:pro order|ordergebühr|orderprovision)\b`,
      String.raw`\bohne (?:depot|order)gebühr(?:en)?\b`,
      String.raw`\bneukundenbonus\b`,
      // Advertised leverage products: "Mit Hebelzertifikaten von X auf steigende Kurse setzen", "Mit Knock-outs können …".
      String.raw`\bmit (?:hebelzertifikaten|hebelprodukten|knock-?outs?|optionsscheinen|turbo-?zertifikaten) (?:von|der|des)\b|^\W{0,3}mit (?:hebelzertifikaten|hebelprodukten|knock-?outs?|optionsscheinen|turbo-?zertifikaten) (?:können|lässt sich|lassen sich) (?:spekulative|risikobereite|erfahrene) anleger\b`,
      // An affiliate link to a provider, marked with an asterisk at the end: "Jetzt bei X starten*", "Tarife vergleichen bei X*".
      String.raw`(?<![\p{L}\d_])(?:bei|zu|zum|über) [^*\n\d]{1,40}\p{L}\*[\s.!)]*$`,
      // Trial offers: "4 Wochen für 1 € testen", "30 Tage kostenlos lesen", "1 Monat für 1 Euro – hier freischalten", "im ersten Monat für 1 Franken testen", "Probeabo", "Testmonat".
      String.raw`${NOT_THEIR_TRIAL}\b${TRIAL_TERMS} (?:(?:pro|im|je) monat )?(?:[–—-] )?(?:hier |jetzt )?${TRIAL_VERB}\b`,
      // … and after the reading verb: "Alle Artikel lesen – im ersten Monat für nur 0,99 €", "Jetzt X testen: 4 Wochen alle Artikel für 1 Euro".
      String.raw`\b${TRIAL_VERB}\s*[:–—-] ${TRIAL_TERMS}`,
      String.raw`\b(?:probe|test)-?(?:abo|abonnement|monat|zugang)\b`,
      // …or the trial alone on its line: "4 Wochen Example+ für nur 1 €".
      String.raw`^\W{0,3}${TRIAL_TERMS}\W{0,3}$`,
      // Nicht, was als Tipp gilt: „Nebenwerte gelten als Geheimtipp“.
      String.raw`(?<!\bals )\b(?:top|geheim)-?tipps?\b`,
      // The ad label, not the word in a sentence ("Der Konzern hat Anzeige erstattet", "Die Werbung für Sportwetten …").
      String.raw`^\W{0,3}(?:anzeige|werbung|inserat)(?:\s*[:|/·•–—-]|\W{0,3}$)|[(\[–—-]\s*(?:anzeige|werbung)\s*[)\]–—-]|[(\[](?:anzeige|werbung)[)\]]\W{0,3}$`,
      String.raw`\bgesponsert\b`,
      String.raw`^\W{0,3}partner-?inhalt\W{0,3}$`,
      // …also after the offer's dash: „Jetzt Tickets sichern – präsentiert von der Sparkasse Example.“; a sponsor's line:
      // „In Kooperation mit Example“, „Mit freundlicher Unterstützung von Example Bank – Ihr Partner für Anlageprodukte“.
      String.raw`^\W{0,3}präsentiert von [^.!?,:]{1,40}(?::|[.!]?$)|\s[–—-] präsentiert von [^.!?,:]{1,40}\W{0,2}$|^\W{0,3}(?:in partnerschaft mit|in kooperation mit|in zusammenarbeit mit|mit freundlicher unterstützung (?:von|der|des)) [^.!?,:]{1,60}$`,
      // Die Marke eines Bezahlartikels: „Exklusiv für Mitglieder“, „UN+ Nur für Abonnenten“, „… – exklusiv für Abonnenten“, am Ende eines Links:
      // „Zum Example-Monitor (Abo)“, „… (nur für Abonnenten)“.
      String.raw`^\W{0,3}(?:[\w+-]+ (?:[|·•–—-] )?)?(?:exklusiv|nur) für ${PAYING_READERS}\W{0,3}$|[–—|] (?:nur )?exklusiv für ${PAYING_READERS}\W{0,3}$|[(\[](?:abo|(?:nur |exklusiv )?für ${PAYING_READERS})[)\]]\s*$|\b(?:artikel|beitrag|inhalt|text) (?:ist )?(?:nur )?exklusiv für ${PAYING_READERS}\b`,
      // Der Hinweis über einem Bezahlartikel: „Sie lesen einen Artikel aus KStA PLUS.“, „Sie lesen einen TLZ+-Artikel.“, „Sie lesen MM+ Inhalte.“, „Dieser Artikel ist Teil von FINANCE+.“
      String.raw`^\W{0,3}dieser (?:artikel|beitrag|inhalt) ist (?:teil von|teil unseres angebots|exklusiv für|ein) [\p{L}\d-]{1,15} ?(?:\+|plus)`,
      String.raw`^\W{0,3}(?:sie lesen|du liest) (?:gerade )?(?:einen|diesen) (?:exklusiven )?(?:artikel|beitrag|text) (?:aus|von|mit) |^\W{0,3}(?:sie lesen|du liest) (?:gerade )?(?:einen |ein |diesen )?(?:[\p{L}\d]{1,12} ?(?:\+|plus)|premium|exklusiv|abo)[ -]?(?:artikel|inhalte?|beitrag|text)\b`,
      String.raw`\b(?:hier|jetzt) als e-?paper\b|\bals e-?paper (?:lesen|herunterladen|abonnieren|testen)\b`,
      // Was ein Digitalabo enthält: „Alle Artikel, das E-Paper und das Archiv“, „Alle Artikel auf Example.de, das E-Paper und die App“, „Alle Artikel aus Example und dem Umland, das E-Paper …“.
      String.raw`\balle (?:artikel|inhalte|beiträge)(?: (?:auf|aus|von) [^,!?]{2,40})?(?:,| und| plus) (?:das |als )?e-?paper\b`,
      // …oder in der App: „Lokal informiert bleiben – mit allen Artikeln auf example.de und in der App.“
      String.raw`\b(?:mit )?allen? (?:artikeln?|inhalten?|beiträgen?)(?: (?:auf|aus|von) [^,!?]{2,40})? (?:und|sowie) in (?:der|unserer) app\b`,
      String.raw`^\W{0,3}ausgewählte (?:hebelprodukte|knock-?outs|optionsscheine|zertifikate) auf\b`,
      // Werbekennzeichnung und Broker-Angebote: "Gesponserter Inhalt", "Advertorial", "0 € Orderprovision", "CFDs auf … handeln".
      String.raw`^\W{0,3}(?:(?:gesponserte[rn]? (?:inhalt|beitrag|links?)|bezahlte (?:partnerschaft|kooperation)|advertorial|werbemitteilung|anzeigen von partnern|sponsored|promotion)\s*(?:[:|–—-]|$)|gesponserte[rn]? (?:inhalt|beitrag) von [^.!?,;:]{1,50}$)`,
      String.raw`^\W{0,3}bezahlter beitrag\b|\b(?:dies ist|es handelt sich um) einen? bezahlte[rn] beitrag\b|\b(?:artikel|beitrag|text|inhalt|advertorial)\b[^.!?]{0,40}\b(?:entstand|entstanden) in kooperation mit\b|\bin zusammenarbeit mit unserem werbepartner\b|\b(?:artikel|beitrag|text|inhalt)\b[^.!?]{0,40}\bin zusammenarbeit mit unserem partner\b`,
      String.raw`^\W{0,3}(?:ab |nur )?0(?:,00)? ?€ (?:orderprovision|ordergebühr|depotgebühr)\b[^.!?]{0,60}$`,
      String.raw`^[^.!?]{0,50}\bfür \d+(?:,\d+)? ?€ pro order(?: handeln)?[^\w.]{0,3}$`,
      String.raw`^\W{0,3}cfds auf [\p{L}\d ,&-]{3,60} handeln(?:\s*[!»›→>]+)?\s*$`,
      String.raw`^\W{0,3}(?:exklusives |aktuelles |unser )?neukundenangebot\s*(?::|$)`,
      String.raw`^\W{0,3}unser testsieger(?:\s*:|[^\p{L}\d.,]{0,3}$)`,
      String.raw`\b(?:diese[rs]?|der nächste) (?:aktie|nebenwert|wert|titel) (?:könnte|steht vor|wird) (?:der nächste|dem|vor dem) (?:börsenstar|ausbruch|kursexplosion|vervielfacher)\b`,
      String.raw`(?:^|\s)[–—-]\s*neukundenangebot\W{0,3}$`,
      String.raw`(?:^\W{0,3}|\bjetzt |:\s*|\s[–—-]\s*)(?:(?:nur )?(?:noch )?bis [\p{L}\d. ]{1,20} )?(?:(?:bis zu )?\d+ ?(?:%|prozent|€|euro) )?rabatt sichern\b(?! (?:will|wollen|möchte|möchten|kann|können|konnte|konnten)\b)`,
      String.raw`(?:^\W{0,3}(?:[\p{L}\d -]{1,25}:\s*)?(?:(?:nur|heute|bis zu) )*|\bjetzt (?:nur )?(?:bis zu )?)\d+ ?% rabatt auf (?:das |ihr |dein |den |alle )?(?:abos?|jahresabos?|premium(?:-?(?:abo|abonnement|mitgliedschaft|zugang)s?)?|abonnements?)(?![\p{L}\d-])`,
      // Unterstützer-Aufrufe („Jetzt Fördermitglied werden“, „… – jetzt Pro-Mitglied werden“, „Jetzt Aussteller werden!“), Ticket- und Stellenanzeigen.
      String.raw`(?:^\W{0,3}|[–—] )jetzt (?:[\p{L}\d]+-)?(?:gönner(?:in)?|unterstützer(?:in)?|förderer|förderin|fördermitglied|mitglied|supporter|aussteller(?:in)?|sponsor) werden\b`,
      String.raw`\bearly[- ]bird[- ]?(?:tickets?|tarif|preis|rabatt)\b`,
      // Ein Frühbucherpreis, den der Leser sichern soll (nicht der Preis, den ein Infokasten nennt, nicht der, den Kunden
      // sich sichern wollen): „Frühbucherpreis bis 31. Dezember sichern!“, „Frühbucher-Ticket sichern“.
      String.raw`(?<!\b(?:den|die|das|der|ihren|seinen|einen) )\bfrühbucher-?(?:preis|rabatt|tarif|ticket)\p{L}* (?:bis (?:zum )?(?:\d{1,2}\. ?)?\p{L}+ )?(?:sichern|nutzen|buchen)\b`,
      String.raw`\((?:m\/w\/d|w\/m\/d|m\/f\/d|d\/m\/w|m\/w\/x|w\/m\/x)\)`,
      String.raw`^\W{0,3}jetzt (?:online )?bewerben\b`,
      // A broker's product box: "Produktideen zum DAX:".
      String.raw`^\W{0,3}(?:passende )?produktideen\b`,
      // Paywall prompts: "Sie wollen diesen Artikel lesen?", "Sie sind bereits Abonnent?".
      String.raw`^\W{0,3}(?:sie (?:wollen|möchten)|wollen sie|möchten sie) (?:diesen|den ganzen|den vollständigen|den kompletten) (?:artikel|beitrag|text) (?:lesen|weiterlesen)\s*\?`,
      String.raw`^\W{0,3}(?:sie sind|sind sie) bereits (?:abonnent(?:in)?|kunde|kundin|plus-?(?:kunde|abonnent))\b`,
      // The subscription button: "Jetzt Abo abschließen", "Jetzt Plus-Abo testen".
      String.raw`^\W{0,3}jetzt (?:[\p{L}+-]+ )?(?:abo|abonnement) (?:abschließen|bestellen|sichern|testen|wählen)\b`,
      // …or the offer itself: „+++ Jetzt Heft-Abo mit Digitalzugang: 12 Ausgaben + Archiv +++“ (not „Jetzt Abo-Preise …“).
      String.raw`^\W{0,5}jetzt (?:[\p{L}+]+-)?(?:abo|abonnement)(?![\p{L}-])`,
      // Bezahlschranke: "Lesen Sie alle Artikel auf … – ohne Einschränkungen", "Lies alle Plus-Artikel".
      // Also behind the paid tier's name: "SWP Plus: Lesen Sie alle Artikel aus der Region."
      String.raw`^\W{0,3}(?:[\p{L}\d -]{1,20}:\s*)?(?:lies|lesen sie) alle\b[^.!?]{0,30}\b(?:artikel|beiträge|inhalte)\b`,
      // Abo-Angebote zum Lesen: "ohne Werbung lesen – mit X Plus schon ab 3 Euro im Monat".
      String.raw`\b(?:lesen|testen|abonnieren|weiterlesen)\b[^.!?]{0,40}\b(?:ab|für) (?:nur )?\d+(?:[.,]\d+)? ?(?:€|euro|franken|chf) (?:im|pro) (?:monat|woche)\b`,
      // Bezahlschranke: "Jetzt alle Artikel lesen – mit dem Digital-Abo", "Im ersten Monat für Fr. 1.–".
      String.raw`^\W{0,3}(?:jetzt )?alle (?:[\p{L}+]+-)?(?:artikel|beiträge|inhalte) (?:auf [\p{L}\d-]+\.[a-z]{2,4} )?lesen\b`,
      // „Erster Monat gratis!“
      String.raw`^\W{0,3}(?:den |im )?erste[nr]? monat (?:gratis|kostenlos|kostenfrei|geschenkt)\b`,
      // Der Knopf eines Abo-Angebots ohne „jetzt“: „Geschenkabo entdecken“, „Digital-Abo entdecken“.
      String.raw`^\W{0,3}(?:geschenk|digital|e-paper|print|plus)?-?abos? (?:entdecken|verschenken|ansehen)\W{0,3}$`,
      // Das E-Paper im Kasten: „Wochenblatt digital lesen“, „Alle Nachrichten aus Example und Umgebung – auf dem Smartphone, Tablet oder am PC.“,
      // „… – jetzt im E-Paper lesen!“
      String.raw`^\W{0,3}(?:(?:die|das) )?(?:[\p{L}-]+ )?digital lesen\W{0,3}$|\bjetzt (?:im|als) e-?paper lesen\b|^\W{0,3}alle (?:nachrichten|news|artikel) aus\b[^.!?]{0,80}\bauf (?:dem |ihrem )?smartphone,? (?:dem )?tablet\b`,
      String.raw`^\W{0,3}(?:im )?ersten monat (?:für|nur|um) (?:nur )?(?:fr\.|chf|€|euro)? ?\d+(?:[.,]\d+)?(?:[.,]?[–-])? ?(?:fr\.|franken|chf|€|euro)?\W{0,3}$`,
      // A subscription's terms on their own line or after the price: „Jederzeit kündbar.“, „Kostenlos und jederzeit kündbar.“, „…, danach monatlich kündbar“,
      // „… – für Fr. 12.90 im Monat, jederzeit kündbar.“
      String.raw`^\W{0,3}(?:danach |dann |(?:kostenlos|gratis|unverbindlich) und )?(?:jederzeit|monatlich)(?: online)? kündbar\W{0,3}$|(?:€|euro|testen|im monat|pro monat)[^.!?]{0,30}[,–—-] (?:danach |dann |und )?(?:jederzeit|monatlich)(?: online)? kündbar\b`,
      // Broker ads: "… jetzt für 0 Euro Ordergebühr handeln".
      String.raw`\b(?:0|null) (?:euro|€) (?:ordergebühr|orderkosten|ordergebühren|depotgebühr)\b`,
      // „Example Aktie jetzt für 0 € handeln – bei Example Broker“, „Jetzt ab 1 € handeln bei Example Broker“.
      String.raw`\bjetzt (?:schon |ab )?für (?:0|null)(?:,00)? ?(?:euro|€) (?:handeln|traden)\b|^\W{0,3}jetzt ab \d(?:,\d\d)? ?(?:euro|€) (?:pro order )?(?:handeln|traden)\b`,
      // The paper's own classifieds portal: „jetzt im Immobilienportal der Example Zeitung“; a subscribers' price: „für Abonnenten zum Vorteilspreis von 54,90 €“,
      // „Für Abonnenten zum Vorzugspreis.“
      String.raw`\bjetzt (?:im|in unserem|auf unserem) (?:immobilien|stellen|job|auto|reise|trauer)(?:portal|markt|börse)\b|\b(?:im|das|zum) (?:immobilien|stellen|job|auto|reise|trauer)(?:portal|markt|börse) (?:der|des) [^.!?]{0,30}\b(?:zeitung|nachrichten|anzeigers?|kuriers?|boten|blatts?|post|rundschau|echos?)\b`,
      String.raw`\bfür (?:abonnent(?:en|innen)(?: und abonnenten)?|abo-kunden|abokunden)\b[^.!?]{0,30}\b(?:vorteilspreis|vorzugspreis)\b|\bvorzugspreis für abonnent(?:en|innen)\b`,
      // An advertiser's slogan behind its name: „Beispiel-Sparkasse – Ihr Partner für Gastgeber im Ostallgäu“.
      String.raw`[–—-] ihr (?:starker |verlässlicher |zuverlässiger |kompetenter |regionaler )?partner (?:für|in|rund um|vor ort)\b`,
      // Der Hinweis der Bezahlschranke an Abonnenten und ihr Dank: „Sie lesen diesen Artikel als Example+-Abonnent.“, „Sie lesen die frei
      // zugängliche Fassung des Example-Briefs.“, „Die Example-App ist da!“, „Danke, dass Sie
      // unabhängigen Bankenjournalismus möglich machen!“; der Link zum Stellen- oder Anzeigenmarkt: „Alle Stellenangebote im Stellenmarkt der Region“.
      String.raw`^\W{0,3}sie lesen diesen (?:artikel|beitrag|text) als [\p{L}\d+-]{0,30}(?:abonnent(?:in)?|mitglied|kunde|kundin)\b|^\W{0,3}sie lesen (?:die|eine) (?:frei zugängliche|kostenlose|gekürzte) (?:fassung|version|ausgabe)\b|^\W{0,3}die [\p{L}\d&-]{2,30}-app ist da\W{0,3}$|^\W{0,3}danke,? dass (?:sie|du) (?:[\p{L}-]+ ){0,2}[\p{L}-]*journalismus (?:möglich machen|möglich machst|unterstützen|unterstützt|ermöglichen|ermöglichst)\b|^\W{0,3}alle (?:stellenangebote|jobs|immobilien(?:angebote)?|traueranzeigen|kleinanzeigen) (?:im|in der|aus der|auf) [\p{L} -]{2,40}$`,
    ],
  },
  newsletter: {
    patterns: [
      // Der Aufruf eines Newsletter-Kastens: „Keine Fondsanalyse mehr verpassen!“, „Kein Börsentrend mehr verpassen!“
      String.raw`^\W{0,3}kein(?:e[nr]?)? [\p{L}-]+(?: (?:aus|von) (?:ihrer|deiner|der|dem) [\p{L}-]+(?: [\p{L}-]+)?)? mehr verpassen\W{0,3}$`,
      // The app stores' badges (language-neutral): "App Store | Google Play".
      APP_STORE_BADGES,
      // …oder ohne Tag: „Die wichtigsten Nachrichten aus Betrieben, Rathäusern und Kammern der Region.“
      String.raw`^\W{0,3}die wichtigsten (?:nachrichten|news|themen|meldungen) (?:aus|für|zu) [^.!?]{0,80}\b(?:region|umgebung|stadt|heimat|[\p{L}-]*kreis)\W{0,3}$`,
      // Was ein Newsletter bringt, als Zeile seines Kastens: „Jeden Donnerstag die wichtigsten Wirtschaftsnachrichten aus …“.
      String.raw`^\W{0,3}(?:jeden|immer) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|werktag)(?:morgen|abend)? (?:die|alle) wichtigsten [\p{L}-]*(?:nachrichten|news|themen|meldungen)\b`,
      // Das Feld eines Anmeldekastens: „E-Mail-Adresse eingeben“, „Ihre E-Mail-Adresse“.
      String.raw`^\W{0,3}(?:ihre |deine )?e-?mail-?adresse(?: eingeben)?\W{0,3}$|^\W{0,3}e-?mail eingeben\W{0,3}$`,
      // An app's or alert's pitch: „Keine Nachricht aus Ihrer Region verpassen: Laden Sie jetzt …“, „Keine Nachricht von der Insel verpassen: … auch als E-Paper“
      // (a source's own „Laden Sie sich die App herunter“ is not one).
      String.raw`^\W{0,3}keine (?:nachricht|news|meldung|eilmeldung)(?:en)? (?:mehr )?(?:(?:aus|von) (?:ihrer|deiner|der|dem) [\p{L}-]+ )?verpassen\b`,
      String.raw`\bsie wollen keine (?:nachrichten|news|artikel|meldungen)\b[^.?!]{0,40}\bverpassen\b`,
      // The reader's mailbox, or the mailbox in a short line: „Jeden Morgen die neuen Artikel im Postfach.“, „… – jeden Werktag um 7 Uhr in Ihrer Inbox.“
      // Not a portal's or an authority's mailbox the news is about: „über das Postfach des Portals“,
      // „über das Postfach in der Service-App der Kasse“.
      String.raw`\bin (?:ihr|ihrem|dein|deinem|euer|eurem) postfach\b|\bin (?:ihre|ihrer|deine|deiner|eure|eurer) (?:e-?mail-)?inbox\b|${IN_A_SHORT_UNIT}\b(?:ins|im) postfach\b(?! (?:des|der|im|auf dem|beim) )`,
      // Der Titel einer Anmeldebox: „Starten Sie mit den wichtigsten Nachrichten in den Tag.“
      String.raw`^\W{0,3}(?:starten|beginnen) sie (?:ihren tag |den tag |jeden morgen )?mit (?:den |unseren |dem )?(?:[\p{L}-]+ ){0,3}(?:nachrichten|news|meldungen|schlagzeilen|briefing|newsletter)\b`,
      String.raw`\bapp (?:herunterladen|laden|installieren)\b`,
      // What the paper's newsletter brings the reader: „Mit dem kostenlosen Newsletter „Example am Morgen“ erhalten Sie werktags …“.
      String.raw`\bmit (?:dem|unserem) (?:kostenlosen |täglichen |wöchentlichen |neuen )?(?:[\p{L}-]+-)?newsletter\b[^.!?]{0,60}\b(?:erhalten|bekommen|lesen) sie\b`,
      String.raw`\bpush-?nachrichten\b`,
      // Anmeldeboxen, Alarme, Apps, Podcasts.
      String.raw`^\W{0,3}ihre (?:e-mail|email)(?:-adresse)?\W{0,3}$`,
      String.raw`^\W{0,3}(?:eine |die )?(?:abmeldung|abbestellung) (?:ist )?(?:jederzeit|kostenlos und jederzeit|jederzeit kostenlos) möglich\W{0,3}$|^\W{0,3}(?:sie können|du kannst) (?:sich|dich) jederzeit (?:wieder )?(?:abmelden|austragen)\W{0,3}$|\b(?:abmeldung|abbestellung)\b[^!?]{0,40}\bjederzeit möglich\b.{0,80}?\b(?:newsletters?|link|abmeldelink|e-mail)\b`,
      String.raw`\baktivieren sie (?:jetzt )?(?:die |unsere )?push-?(?:benachrichtigungen|mitteilungen|nachrichten)\b|(?:nachrichten|news|meldungen|signale|infos|neuigkeiten|schlagzeilen)\b[^.!?]{0,80}\bdirekt aufs (?:handy|smartphone)\b`,
      String.raw`^\W{0,3}(?:push-benachrichtigungen|kursalarme?|eilmeldungen)(?: (?:aktivieren|einrichten|erhalten|abonnieren|setzen))?(?:\s*:|[^\w.]{0,3}$)|^\W{0,3}(?:erlauben|aktivieren) (?:sie|du) (?:die )?push-(?:benachrichtigungen|mitteilungen)\b`,
      String.raw`\b(?:unser(?:em|en)?|zum) (?:whatsapp|telegram)-kanal\b`,
      // Der Link unter dem Hinweis auf den Kanal: „Hier geht es zum Kanal.“, „Hier geht's zum WhatsApp-Kanal“.
      String.raw`^\W{0,3}hier geht(?:'s|’s| es) zum (?:whatsapp-|telegram-)?kanal\W{0,3}$`,
      String.raw`\bladen im app store\b|\bjetzt bei google play\b|^\W{0,3}unsere app(?:\s*:|(?: (?:jetzt )?(?:herunterladen|laden|installieren))?\W{0,3}$)`,
      String.raw`\bwo es podcasts gibt\b`,
      // Ein Kanal der Zeitung: „Die wichtigsten Nachrichten aus Göppingen gibt es jetzt auch im WhatsApp-Kanal der …“.
      String.raw`\b(?:nachrichten|news) aus [^.!?]{1,60}\bgibt es (?:jetzt |ab sofort |immer )?(?:auch )?(?:im|in unserem|auf unserem|bei uns auf) `,
      // Ein eigenes Format mit seinem Termin: „Podcast »Gießen to go«: Jeden Freitag die Woche in 20 Minuten.“
      String.raw`^\W{0,3}(?:der |unser )?(?:[\p{L}-]+-)?(?:podcast|videocast|newsletter)\b[^.!?:]{0,40}:\s*(?:[^.!?]{0,60} )?(?:jeden|jede|täglich|wöchentlich|werktags|werktäglich|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)\b`,
      // Ein Tipp für das eigene Audio- oder Videoangebot: „Podcast-Tipp: In „…“ spricht Jane Roe mit …“.
      String.raw`^\W{0,3}(?:podcast|hör|video)-?tipps?\s*:\s*\S`,
      // "Ihr wollt keine Nachrichten … verpassen?"
      String.raw`\b(?:wollt|willst|möchtet|möchtest|möchten sie|wollen sie) (?:ihr |du )?keine (?:[\p{L}-]+ ){0,3}(?:\p{L}+-)?(?:news|nachrichten|neuigkeiten|artikel|beiträge|folgen?|episoden?|updates|analysen|meldungen|videos|podcasts?|infos?|informationen|tipps|aktien-?tipps|angebote|deals)(?: [\p{L}-]+){0,4} verpassen\b`,
      // "Verpassen Sie keine Dividendenerhöhung mehr: …", "Verpassen Sie keine Chance mehr!"
      String.raw`^\W{0,3}verpassen sie (?:keine|keinen) (?:[\p{L}-]+ ){0,2}mehr\b`,
      // Kleingedrucktes von Anmeldeformularen, Folgen-Hinweise.
      String.raw`\bkein spam\b|\bjederzeit (?:wieder )?(?:abbestellbar|abmeldbar)\b`,
      String.raw`^\W{0,3}(?:bitte )?bestätigen sie (?:bitte )?ihre anmeldung\b`,
      String.raw`^\W{0,3}keine (?:story|news|meldung|nachricht|pressemitteilung)(?:en)? (?:von|der|des) [^.!?]{1,60} (?:mehr )?verpassen\W{0,3}$`,
      // "Keine Hamburg-News mehr verpassen: …", "Nie wieder wichtige Nachrichten verpassen".
      String.raw`^\W{0,3}(?:keine|nie (?:mehr|wieder)) (?:[\p{L}-]+ ){0,2}(?:[\p{L}]+-)?(?:news|nachrichten|meldungen|neuigkeiten|artikel|updates|storys|geschichten|folgen?)(?: mehr)? verpassen\b`,
      // Die App oder das E-Paper der Zeitung: „Die Beispiel Zeitung als App: …“, „Die Beispiel Zeitung als E-Paper: …“, „Jetzt im App Store und bei Google Play herunterladen.“
      String.raw`^\W{0,3}(?:die|der|das) [\p{L} .-]{2,40} als (?:app|e-?paper)\s*:|^\W{0,3}jetzt (?:kostenlos )?im app store und (?:bei|im) google play\b`,
      // Wo man das eigene Audioangebot hört: „Jetzt hören auf Spotify, Apple Podcasts und in unserer App.“
      String.raw`^\W{0,3}(?:jetzt )?(?:rein)?hören (?:sie )?(?:(?:ihn|es|uns) )?(?:auf|bei|in|über) (?:spotify|apple podcasts|deezer|youtube|podigee|audible|allen (?:gängigen |bekannten )?(?:podcast-?)?(?:plattformen|apps|portalen))\b`,
    ],
  },
  'free-offer': {
    patterns: [
      // An offer to the reader: "jetzt kostenlos", "gratis testen", "kostenlos und unverbindlich anfordern".
      String.raw`\b(?:jetzt|hier|einfach|(?<!\bab )sofort|völlig|komplett|100 ?%) (?:gratis|kostenlos|kostenfrei|unverbindlich)\b`,
      String.raw`${NOT_THEIR_TRIAL}\b(?:gratis|kostenlos|kostenfrei|unverbindlich)(?: und unverbindlich)? (?:testen|anmelden|herunterladen|downloaden|anfordern|sichern|registrieren|lesen|abonnieren|erhalten|bestellen|ausprobieren|eintragen|teilnehmen)\b`,
      // "Erfahren Sie kostenlos, …", "jeden Dienstag kostenlos per E-Mail".
      String.raw`\b(?:erfahren|lesen|sehen|entdecken|erhalten) sie (?:jetzt |hier )?(?:gratis|kostenlos|kostenfrei)\b`,
      String.raw`\b(?:gratis|kostenlos|kostenfrei) (?:per (?:e-?mail|mail)|in (?:ihr|dein) (?:e-?mail-)?postfach)\b`,
      // Ein Newsletter beschreibt sich: „Die wichtigsten Nachrichten für Kämmerer – jeden Dienstag kostenlos.“
      String.raw`\b(?:nachrichten|news|neuigkeiten|infos|informationen|analysen)\b[^.!?]{0,80} [–—-] (?:jeden|jede) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|woche|werktag)s? (?:kostenlos|gratis|kostenfrei)\W{0,3}$`,
    ],
  },
  // The bare words are weak evidence: an article may be about a free tier or a subscription model ("Abo" alone, not in "Wärme-Abo").
  // A free phone line is a service the article names for its readers („Gratis-Hotline der Example AG“, „kostenlose Rufnummer“), no offer.
  'offer-word': {
    patterns: [String.raw`\bgratis\b(?!${FREE_PHONE_LINE})`, String.raw`\bkostenlos(?!${FREE_PHONE_LINE})`, String.raw`\bkostenfrei\b`, String.raw`\bunverbindlich\b`, String.raw`\babonnement\b|(?<!-)\babo\b`, String.raw`\bmitgliedschaft\b`],
  },
  'about-company': {
    patterns: [
      // A header, "Über die Beispiel AG", not a sentence ending in a full stop ("Über den Kaufpreis vereinbarten beide Seiten Stillschweigen.").
      String.raw`^\W{0,3}über (?:die |das |den |uns\b)?(?![^.!?]*\b(?:wurde|wurden|wird|werden|worden|ist|sind|war|waren|hat|haben|hatte|soll|sollen|kann|können|muss|müssen)\b)(?:\p{Ll}[\p{L}\p{N}_.&'’-]*(?: [\p{L}\p{N}_.&'’-]+){0,4})?\W{0,3}$(?<!\p{L}{2}\.)`,
      String.raw`\bist (?:ein|eine|einer der|eines der) (?:führende|führender|führenden|weltweit|internationale|international)`,
      // The self-description form "X ist ein … mit Sitz in …", not "ein Finanzinvestor mit Sitz in München" in a news sentence.
      String.raw`\bist (?:ein|eine)\b[^.]{0,80}\bmit sitz in\b`,
      // Ein Zwischentitel, der in seinen Absatz läuft: "Über die Netfonds AG Die Netfonds AG ist …" (a whole word repeated, not „Über die Investition in …“).
      String.raw`^über\s(?:die |das |den )?(?!(?:die|das|den|der|dem|des|eine?n?|uns|hälfte)\s)(\p{L}[\p{L}\p{N}&'’-]+)(?![\p{L}\p{N}]).{0,60}?\s\1(?![\p{L}\p{N}])`,
      String.raw`\bweitere informationen (?:unter|finden sie|erhalten sie)\b`,
    ],
  },
  'related-header': {
    patterns: [
      String.raw`^\W{0,4}(?:(?:lesen sie )?mehr zu(?:m thema)?|(?:weitere )?artikel zum thema|weitere (?:artikel|nachrichten|news|meldungen|(?:presse)?mitteilungen|pressemeldungen|themen|analysen|beiträge|fachbeiträge|fachartikel)|lesen sie (?:dazu |hierzu )?auch|auch interessant|das könnte (?:sie|dich|euch) (?:auch )?interessieren|ähnliche (?:artikel|themen|beiträge)|verwandte (?:artikel|themen|analysen)|empfohlene artikel|top-?themen|meistgelesen|neueste (?:artikel|nachrichten)|passend zum thema|zum thema|(?:unser )?lesetipps?|auch lesenswert)\b`,
      // Die Liste der Sendungen eines Börsen-TVs allein auf einer Zeile: „Weitere Interviews“, „Weitere Videos zum Thema“.
      String.raw`^\W{0,3}weitere (?:interviews|videos|podcasts|sendungen)(?: zum thema)?\W{0,3}$`,
      // Die früheren Studien eines Research-Portals zum Unternehmen, ohne Satzende: „Weitere Studien zu Example AG“, „Weitere Analysen zur Beispiel SE“.
      String.raw`^\W{0,3}weitere (?:studien|research-studien|analysen|einschätzungen|analystenstudien) (?:zu|zur|zum|über) [^.!?]{2,60}$`,
      // Das Inhaltsverzeichnis eines Newsletters über seinen Themen: „In dieser Ausgabe:“, „In der heutigen Ausgabe“.
      String.raw`^\W{0,3}(?:in|aus) (?:dieser|der heutigen|der aktuellen) ausgabe\s*:?\s*$`,
      // Die Listen einer Kursseite: „Alle News zu Example AG“, „Nachrichten zu Example AG“, „Analysen zu Example AG“.
      String.raw`^\W{0,4}(?:alle (?:artikel|nachrichten|news)|nachrichten|news|analysen|meldungen) (?:zu|zum|zur|über) [^.!?]{1,60}$`,
      // … und mit dem Namen zwischen den Wörtern: „Weitere Example Technologies News“.
      String.raw`^\W{0,3}(?:weitere|alle|mehr) [\p{L}\d.&'’ -]{2,40} (?:news|nachrichten|analysen)\W{0,3}$`,
      // „Mehr zur Aktie Example AG“.
      String.raw`^\W{0,3}mehr zur aktie [^.!?]{2,60}$`,
      String.raw`^\W{0,3}(?:meistgelesen(?:e (?:artikel|beiträge|nachrichten))?|meist gelesen|aktuelle nachrichten|aus dem ressort|passend dazu|auch lesenswert|mehr aus (?:dem |der |den |unserem |unserer )?(?:(?:landkreis|kreis|stadt|region|raum|gemeinde) )?[\p{L}&-]{2,30}(?: (?:&|und) [\p{L}-]{2,30}| (?:land|umland|tal|kreis|gebiet|bergland|revier))?|mehr (?:auf|bei|von) [\p{L}\d-]{2,30}\.(?:de|at|ch|com|net|eu)|mehr (?:nachrichten|news|artikel|meldungen) aus [\p{L}-]{2,30}(?:(?:,| und| &) [\p{L}-]{2,30}){0,3}|gesponserte links|aus dem netz|mehr dazu bei uns|mehr dazu auf [\p{L}\d.-]{2,30}|das könnte sie auch interessieren|weitere artikel|empfehlung(?:en)? der redaktion|redaktionsempfehlung(?:en)?|unsere empfehlung(?:en)? für sie)\W{0,3}$`,
      String.raw`^\W{0,3}lest (?:auch|mehr)\W{0,3}$`,
      // Empfehlungen nach dem Leseverhalten und Kurslisten mit Thema: „Leser dieses Artikels interessierten sich auch für:“, „Spezialchemie – diese Werte könnten Sie auch interessieren“.
      String.raw`^\W{0,3}(?:andere )?leser (?:dieses (?:artikels|beitrags) )?(?:interessierten sich|interessieren sich|lasen|lesen) auch(?: für)?\W{0,3}$|\b(?:diese|folgende|weitere) (?:werte|aktien|titel|fonds) (?:könnten|dürften) (?:sie|dich|euch) auch interessieren\W{0,3}$`,
    ],
  },
  'related-inline': {
    patterns: [
      // A pointer to the series the article belongs to, and to another article: „Dieser Artikel ist Teil unseres Dossiers „…“.“, „Siehe auch: …“.
      String.raw`^\W{0,3}(?:dieser|der) (?:artikel|beitrag|text) ist teil (?:unseres|unserer|des|der) (?:[\p{L}-]+ )?(?:dossiers?|serie|schwerpunkts?|themenschwerpunkts?)\b|^\W{0,3}siehe auch\s*:\s*\S`,
      // Der Verweis auf den eigenen Kalender: „Alle Termine finden Sie in unserem Veranstaltungskalender.“
      String.raw`\b(?:in|auf) unsere[mr] (?:[\p{L}-]+-)?(?:veranstaltungskalender|terminkalender|eventkalender|terminübersicht)\b|^\W{0,3}(?:veranstaltungs|termin|event)kalender\W{0,3}$|\bim [\p{L}\d]+-(?:veranstaltungskalender|terminkalender|eventkalender)\b`,
      // Ein Verweis auf das eigene Angebot: "Lesen Sie aus unserem Angebot: Bosch, Mahle, ZF – …", oder allein über der Liste: „Lesen Sie aus unserem Angebot“.
      String.raw`^\W{0,3}lesen sie (?:aus unserem (?:angebot|archiv)|bei uns)(?:\s*:|\W{0,3}$)`,
      // Die Wertpapiere eines Artikels als eigene Zeile: "Unternehmen in diesem Artikel: …".
      String.raw`^\W{0,3}(?:unternehmen|aktien|wertpapiere) (?:in diesem|aus diesem|im) (?:artikel|beitrag)\s*:`,
      // Eine Schlagwortliste mit ihrem Kopf: "Themen: Banken, Filialen, Digitalisierung", "Schlagwörter: Leben | Zinsen | Rente", "Themen: Energie · Handel",
      // „Kategorien: Fonds im Porträt, Mischfonds, Interviews“.
      String.raw`^\W{0,3}(?:themen|${TAG_LABEL}|tags|kategorien|rubriken)(?:\s*:\s*|\s*\n\s*)[^\n.!?,|·•]{2,60}(?:(?:, ?[^\n.!?,|·•]{1,60}){2,30}|(?: ?[|·•] ?[^\n.!?,|·•]{1,60}){2,30})$`,
      String.raw`\b(?:den|zum) (?:ganzen|vollständigen|ursprünglichen) (?:artikel|beitrag|bericht)\b`,
      String.raw`\bmehr (?:dazu|zum thema) (?:lesen sie|finden sie)\b`,
      String.raw`^\W{0,3}(?:lesen sie (?:dazu|hierzu|auch)|mehr dazu|video|bildergalerie|fotostrecke)\s*:\s*\S`,
      // …or with the title in quotes: „Lesen Sie hierzu auch „Die Republik der Zuständigkeiten“ von …“.
      String.raw`^\W{0,3}lesen sie (?:dazu |hierzu )?auch\s*[„"»«‚]`,
      String.raw`^\W{0,2}\((?:lesen sie|siehe|mehr zu|mehr dazu|zum)\b[^)]{0,80}\)\W{0,2}$`,
      // A related header run into its headline ("Lesen Sie auch: …", "Mehr: …"); a headline has no full stop.
      String.raw`^\W{0,4}(?:lesen sie (?:auch|mehr)|auch interessant|auch lesenswert|mehr zum thema|zum thema|passend (?:zum thema|dazu)|das könnte (?:sie|dich|euch) (?:auch )?interessieren|mehr|mehr aus (?:der|dem|unserer|unserem) (?:region|ressort|rubrik|kategorie|branche|stadt|kreis|landkreis)|weitere (?:\p{L}+-)?(?:news|nachrichten|artikel|meldungen|beiträge|analysen))\s*:[\s\S]{3,300}[^.!?\s]\s*$`,
      String.raw`^\W{0,3}(?:lesetipp|buchtipp|passend (?:zum thema|dazu))\s*:\s*\S|^\W{0,3}unser tipp\s*:[^.!?]{3,200}[^.!?\s]\s*$`,
      // Ein Lesetipp mit Urteil vor seiner Schlagzeile, die auch fragen darf: „Auch spannend: Wasserstoff-Nebenwert verdoppelt sich – jetzt noch einsteigen?“.
      String.raw`^\W{0,3}(?:auch|ebenfalls) spannend\s*:\s*\S`,
      // Der Verweis auf die Seite des Lokalteils: „Noch mehr aktuelle Nachrichten aus dem Landkreis Example finden Sie auf example.de/ort.“
      String.raw`^\W{0,3}(?:noch )?mehr (?:aktuelle )?(?:nachrichten|news|artikel|meldungen) aus\b[^.!?]{0,60}\bfinden sie (?:auf|unter|bei)\b`,
      String.raw`^\W{0,3}zur originalmeldung\W{0,3}$`,
      // Forum teasers of stock portals: "Aus der Community: …", "Neueste Beiträge aus dem Forum".
      String.raw`^\W{0,3}(?:aus der community|aus dem forum|zum forum|zum thread)\s*:`,
      String.raw`^\W{0,3}(?:neueste |aktuelle )?(?:beiträge|diskussionen|threads) (?:aus dem|im) forum\b`,
    ],
  },
  disclosure: {
    patterns: [
      // Ein Hinweis auf Provisionen und die Konditionen des Partners: „Auf unsere Bewertung hat das keinen Einfluss.“, „Mehr dazu, wie wir uns finanzieren.“,
      // „Es gelten die Preis- und Leistungsverzeichnisse der Example Bank AG.“
      String.raw`^\W{0,3}auf unsere (?:bewertung(?:en)?|empfehlung(?:en)?|auswahl|berichterstattung|vergleiche?) (?:hat|haben) (?:das|dies|diese provision|die provision) keinen einfluss\b|\bwie wir uns finanzieren\b`,
      String.raw`^\W{0,3}es (?:gelten die (?:aktuellen )?preis- und leistungsverzeichnisse|gilt das (?:aktuelle )?preis- und leistungsverzeichnis)\b`,
      // An advertiser set apart from the newsroom: „Der Emittent ist nicht mit der Redaktion verbunden.“
      String.raw`\b(?:emittent|anbieter|werbetreibende|werbekunde|sponsor|partner)\b[^.!?]{0,30}\b(?:ist|sind|steht|stehen) (?:nicht|in keiner verbindung) (?:mit|zu) (?:der|unserer) redaktion\b`,
      // Der Hinweis eines Gesundheitsportals: „… darf nicht zur Selbstdiagnose oder -behandlung verwendet werden.“
      String.raw`\bnicht zur (?:selbstdiagnose|selbstbehandlung)\b`,
      // „Vergangene Kursentwicklungen sind kein Indikator für zukünftige Ergebnisse.“
      // „Wertentwicklungen in der Vergangenheit sind keine Garantie für zukünftige Erträge.“
      String.raw`\b(?:(?:vergangene|frühere|historische|bisherige) (?:(?:kurs|wert)entwicklung(?:en)?|performance|renditen?)|(?:(?:kurs|wert)entwicklung(?:en)?|performance|renditen?) (?:der|in der) vergangenheit) (?:ist|sind) (?:kein (?:verlässlicher |zuverlässiger )?indikator|keine (?:garantie|gewähr) für (?:die )?(?:zukünftige|künftige))`,
      String.raw`\binteressenkonflikt`,
      // The paper's own part in an event it reports on: „Hinweis: Die Example Zeitung ist Medienpartnerin des Tourismusforums.“,
      // „Hinweis der Redaktion: Die Example Zeitung ist Medienpartner der Weihnachtsaktion …“, „Hinweis: Die Example Zeitung ist Veranstalterin des Forums.“
      String.raw`^\W{0,3}(?:hinweis(?: der redaktion)?:\s*)?(?:die|der|das) [\p{L}\d.'’-]+(?: [\p{L}\d.'’-]+){0,4} (?:ist|war) (?:offizielle[rn]? )?(?:medienpartner(?:in)?|(?:mit)?veranstalter(?:in)?|ausrichter(?:in)?) (?:des|der|von|dieser|dieses)\b`,
      // Pflichthinweise von Prospekten und Research-Studien: „Die Billigung des Prospekts … ist nicht als Befürwortung der … Wertpapiere zu verstehen“,
      // „Hinweis gemäß MiFID II: …“, „Pflichtangaben gemäß Art. 20 der Verordnung (EU) Nr. 596/2014 (MAR)“, „Die Studie wurde vor der Veröffentlichung dem Emittenten … vorgelegt“,
      // „Diese Studie wurde von der Example AG in Auftrag gegeben und vergütet (Auftragsresearch).“
      String.raw`\bnicht als (?:eine )?befürwortung der (?:angebotenen |betreffenden )?wertpapiere\b|^\W{0,3}(?:hinweis(?:e)?|pflichtangaben) (?:gemäß|nach|gem\.) (?:mifid|art\. ?20|§ ?34b)\b|\bauftragsresearch\b|\b(?:studie|analyse) wurde von [^.!?]{2,60} in auftrag gegeben und (?:vergütet|bezahlt)\b|\b(?:studie|analyse|research-?studie) wurde (?:vor (?:der|ihrer) veröffentlichung )?dem emittenten\b`,
      String.raw`\b(?:hält|halten|besitzt|besitzen) (?:selbst )?(?:aktien|positionen|anteile|wertpapiere)\b`,
      String.raw`\bkeine (?:anlageberatung|anlageempfehlung|kaufempfehlung|aufforderung|finanzberatung)\b`,
      String.raw`\bstell(?:t|en) keine .{0,40}(?:beratung|empfehlung|aufforderung)(?:en)?\b`,
      String.raw`\bohne gewähr\b`,
      String.raw`\bfür den inhalt .{0,60}verantwortlich\b`,
      // Ein Presseportal über die Meldungen seiner Kunden: „… ist allein der jeweils angegebene Herausgeber verantwortlich“.
      String.raw`\bist (?:allein|alleine|ausschließlich) (?:der|die) (?:jeweils )?(?:angegebene |genannte )?(?:herausgeber|verfasser|urheber|absender)(?:in)? verantwortlich\b`,
      String.raw`\bder autor (?:hält|besitzt|ist)\b`,
      // Not the risk note of a document the article reports on: "Risikohinweis im Memorandum".
      String.raw`\brisikohinweis\b(?! (?:im|in (?:der|dem|den)|aus (?:der|dem))\b)`,
      String.raw`\b(?:nebenwerte|small caps|kryptowährungen|kryptowerte|hebelprodukte|optionsscheine) sind mit (?:erhöhten|erheblichen|hohen) risiken verbunden\b`,
      // Der Risikohinweis selbst, nicht der Bericht über ein Risiko („… bei denen im Fall einer Insolvenz ein Totalverlust möglich ist“):
      // „… bis hin zum Totalverlust“, „Ein Totalverlust des eingesetzten Kapitals ist möglich.“
      // Die Warnung eines Brokers: „Dein eingesetztes Kapital ist einem Verlustrisiko ausgesetzt.“, „Ihr Kapital unterliegt einem Risiko.“
      String.raw`^\W{0,3}(?:ihr|dein) (?:eingesetztes |investiertes |angelegtes )?kapital (?:ist|unterliegt) (?:einem )?(?:verlust)?risiko(?: ausgesetzt)?\W{0,3}$`,
      String.raw`\bbis (?:hin )?zum totalverlust\b|\btotalverlust (?:des|der) (?:eingesetzten|investierten|angelegten|gesamten)\b|(?:^\W{0,3}|[.!?]\s)(?:ein )?totalverlust (?:ist|kann)\b`,
      // Der Risikohinweis als eigener Satz: „Kapitalanlagen sind mit Risiken verbunden.“, „Jede Geldanlage ist mit Risiken verbunden.“
      String.raw`^\W{0,3}(?:jede |eine )?(?:kapitalanlagen?|geldanlagen?|investitionen|wertpapiergeschäfte) (?:sind|ist) (?:stets |immer )?mit (?:erheblichen |hohen )?risiken verbunden\W{0,3}$`,
      // Affiliate disclosures: "Affiliate-Links, die wir mit einem Sternchen kennzeichnen", "… erhalten wir ggf. eine Provision", „Wenn du über einen solchen Link … eröffnest, erhalte ich eine kleine Provision“.
      String.raw`\baffiliate-?links?\b`,
      String.raw`\b(?:erhalten|bekommen) wir (?:ggf\. |gegebenenfalls |unter umständen |eventuell |dafür |hierfür )?eine (?:kleine )?(?:provision|vergütung)\b|\blinks?\b[^.!?]{0,80}\b(?:erhalte|bekomme) ich (?:ggf\. |eventuell |dafür )?eine (?:kleine )?(?:provision|vergütung)\b|\bwir (?:ggf\. |gegebenenfalls |unter umständen |eventuell )?eine (?:kleine )?(?:provision|vergütung) (?:erhalten|bekommen)\b`,
      String.raw`^\W{0,3}werbelinks?\b|\b(?:sind|als) werbelinks?\b|\bwerbelinks?\s*[:*)]`,
      String.raw`\b(?:für sie|für dich|ihnen|dir) entstehen (?:dadurch |dabei )?keine (?:zusätzlichen |weiteren )?(?:mehr)?kosten\b|\bentstehen (?:ihnen|dir) (?:dadurch |dabei )?keine (?:zusätzlichen |weiteren )?(?:mehr)?kosten\b`,
      String.raw`\bmit (?:einem )?(?:sternchen|\*) (?:gekennzeichnet|markiert|kennzeichnen)`,
      String.raw`\bunsere (?:empfehlungen|bewertungen|testergebnisse|inhalte) (?:sind|bleiben) (?:davon )?unabhängig\b`,
      // Haftungsausschluss, Interessenkonflikte, Vergleichsportale, Aufsicht.
      String.raw`^\W{0,3}(?:disclaimer|haftungsausschluss|wichtige hinweise|transparenzhinweis|risikohinweis|offenlegung)(?: (?:gemäß|nach|i\. ?s\. ?d\.) [^.!?:]{1,40})?(?:\W{0,3}$|\s*:.*[.!]\s*$)`,
      // Die Meinung des Autors, nicht der Redaktion: „… spiegeln nicht die Meinung der Redaktion wider“, „Der Beitrag gibt die Auffassung der Autorin wieder und nicht notwendigerweise die der Redaktion.“
      String.raw`\bspiegel[nt] nicht (?:zwingend |unbedingt |notwendigerweise )?die meinung der redaktion\b|\b(?:stellen|stellt|geben|gibt) nicht (?:zwingend |unbedingt |notwendigerweise )?die meinung der redaktion (?:dar|wieder)\b|\b(?:gibt|geben) ausschließlich die (?:meinung|auffassung|ansicht) de[rs] (?:verfasser(?:in|s)?|autors?|autorin)\b|\b(?:gibt|geben) die (?:meinung|auffassung|ansicht) de[rs] (?:verfasser(?:in|s)?|autors?|autorin) wieder,? (?:und )?nicht (?:zwingend |unbedingt |notwendigerweise )?(?:die|der) (?:de[rs] )?[\p{L}\d-]*redaktion\b|\bentsprechen nicht (?:zwingend |unbedingt |notwendigerweise )?der (?:auffassung|meinung|ansicht) der [\p{L}\d-]*redaktion\b`,
      // Der Hinweis unter der Bitte um Leserbriefe: „Die Redaktion behält sich Kürzungen vor.“
      String.raw`^\W{0,3}(?:die )?redaktion behält sich (?:das recht auf |sinnwahrende )?kürzungen vor\W{0,3}$`,
      String.raw`\bstell(?:t|en) (?:ausdrücklich )?(?:weder (?:ein angebot|eine (?:anlage)?empfehlung|eine anlageberatung|eine aufforderung)|keine (?:anlageberatung|(?:anlage|kauf|verkaufs)?empfehlung|aufforderung|angebot))\b[^.!?]{0,200}\bdar\b`,
      String.raw`\b(?:artikel|beitrag|text|inhalt|analyse|erwähnung|darstellung|veröffentlichung|publikation)\b[^.!?]{0,60}\bist nicht als (?:befürwortung|empfehlung|aufforderung)\b`,
      String.raw`(?:gemäß|nach|i\. ?s\. ?d\.|im sinne (?:des|von)) (?:§ ?85 wphg\b|art(?:ikel|\.) ?20 (?:mar|marktmissbrauchsverordnung)\b)`,
      String.raw`\bentgeltlichen vertrag über die erstellung\b`,
      String.raw`\bwir finanzieren uns (?:über|durch) (?:provisionen|werbung)\b(?![^“"]{0,200}[“"])|\breihenfolge der angebote\b[^.!?]{0,40}\b(?:stellt|ist|bedeutet|beinhaltet) keine (?:wertung|empfehlung|bewertung)\b|\berhebt keinen anspruch auf vollständigkeit\b`,
      String.raw`\b(?:gmbh|ag|se|kg|plc|ltd|limited|n\.v|s\.a)\.? (?:wird|ist) (?:von der|durch die) (?:bafin|fma|finma) (?:beaufsichtigt|reguliert)\b|\b(?:zugelassen und |reguliert und )?beaufsichtigt (?:durch die|von der) (?:bafin|fma|finma)\b`,
      String.raw`\bcfds sind komplexe instrumente und gehen wegen der hebelwirkung\b|\bob sie verstehen, wie cfds funktionieren\b|\bder kleinanlegerkonten verlieren (?:geld (?:beim|bei dem|wenn sie) (?:cfd-handel|mit cfds handeln)|(?:beim|bei dem) cfd-handel geld)\b`,
      // Risiko- und Fondswerbehinweise: „CFD-Handel birgt ein hohes Verlustrisiko.“, „Dies ist eine Marketing-Anzeige. Bitte lesen Sie den Prospekt …, bevor Sie …“, „Bei diesem Fonds handelt es sich um Werbung.“
      String.raw`^\W{0,3}(?:der )?(?:cfd-handel|handel mit (?:cfds|hebelprodukten|devisen)|devisenhandel|forex-handel) (?:birgt|beinhaltet) (?:ein )?(?:hohes|erhebliches) (?:verlustrisiko|risiko)\b(?![^.!?]{0,60}\b(?:warnt|warnte|sagt|sagte|betont|betonte|erklärt|erklärte)\b)`,
      String.raw`^\W{0,3}dies ist eine (?:marketing-?(?:anzeige|mitteilung|kommunikation)|werbemitteilung|werbliche mitteilung)\b|^\W{0,3}bei (?:diese[mr]|dem|der) [\p{L}-]{2,30} handelt es sich um (?:werbung|eine (?:werbemitteilung|marketing-?(?:anzeige|mitteilung)))\W{0,3}$|\bbitte lesen sie (?:den (?:verkaufs)?prospekt|das basisinformationsblatt|die wesentlichen anlegerinformationen)\b[^.!?]{0,120}\bbevor sie\b`,
      String.raw`^\W{0,3}disclaimer\s*/\s*haftungsausschluss\W{0,3}$`,
      String.raw`\b(?:gmbh|ag|se|kg|kgaa|bank|n\.v|s\.a)\.? (?:ist|sind) (?:ein |eine )?(?:von der|durch die) (?:bafin|fma|finma) beaufsichtigte[sn]? (?:wertpapierinstitut|kreditinstitut|institut|unternehmen)\b|\bwir sind (?:ein |eine )?von der (?:bafin|fma|finma) beaufsichtigte[sn]? (?:wertpapierinstitut|kreditinstitut|institut|unternehmen)\b`,
      // Haftungsausschlüsse von Börsenportalen: "Die Beiträge dienen ausschließlich der Information", "weder explizit noch implizit als Zusicherung", "Die Informationen ersetzen keine … Anlageberatung".
      String.raw`\bdien(?:t|en) (?:ausschließlich|lediglich|nur|allein) (?:der (?:allgemeinen )?information|(?:zu )?informationszwecken)\b`,
      String.raw`\bweder (?:explizit|ausdrücklich) noch (?:implizit|stillschweigend)\b`,
      // „Der Emittent trägt die Verantwortung für den Inhalt dieser Werbung.“
      String.raw`\bverantwortung für den inhalt dieser (?:werbung|anzeige|werbemitteilung)\b`,
      // „Für Anlageentscheidungen, die auf Basis dieser Inhalte getroffen werden, übernimmt der Sender keine Haftung.“, „Keine Gewähr für die Richtigkeit …“,
      // „Für Richtigkeit und Vollständigkeit übernimmt Example-Magazin keine Gewähr.“
      String.raw`\bfür (?:die )?(?:richtigkeit|vollständigkeit|aktualität)\b[^.!?]{0,80}\sübernimmt\b[^.!?]{0,40}\b(?:keine|keinerlei) (?:haftung|gewähr)\b|\b(?:anlageentscheidungen|inhalte|informationen|angaben)\b[^.!?]{0,60}\sübernimmt\b[^.!?]{0,30}\b(?:keine|keinerlei) (?:haftung|gewähr)\b|\b(?:keine|keinerlei) (?:haftung|gewähr) für (?:die )?(?:richtigkeit|vollständigkeit|aktualität)\b`,
      String.raw`\b(?:informationen|inhalte|angaben|beiträge|analysen?|artikel|texte?)\b(?:[^.!?]|\.(?=\w)){0,60}\bersetz(?:t|en) (?:aber |jedoch )?(?:keine|nicht (?:die|eine))\b[^.!?]{0,80}beratung\b`,
      // Affiliate-Hinweise: "erhält für Links, die mit einem Stern (*) gekennzeichnet sind, eine kleine Provision", "Auf die redaktionelle Auswahl hat das keinen Einfluss."
      String.raw`\b(?:erhält|erhalten|bekommt|bekommen)\b[^.!?]{0,40}\bfür (?:links|käufe|einkäufe|bestellungen)\b[^.!?]{0,80}\b(?:provision|vergütung)\b`,
      // „Das Vergleichsportal erhält bei Abschluss eine Vergütung vom jeweiligen Anbieter.“
      String.raw`\b(?:wir|das (?:vergleichs)?portal|die (?:website|webseite|seite|plattform)) (?:erhalten|erhält|bekommen|bekommt) (?:bei (?:einem )?(?:vertrags)?abschluss|für (?:die |eine )?vermittlung) (?:ggf\. |gegebenenfalls )?eine (?:provision|vergütung)\b`,
      String.raw`\bmit (?:einem )?(?:stern|sternchen|\*)(?: \(\*\))? (?:gekennzeichnet|markiert)\b`,
      // „Bei einem Abschluss über diese Links erhält Example eine Provision.“
      String.raw`\b(?:bei (?:einem )?(?:abschluss|kauf|vertragsabschluss)|für (?:einen )?(?:abschluss|kauf)) über (?:diese|unsere|die markierten) links\b[^.!?]{0,40}\b(?:provision|vergütung)\b`,
      String.raw`\bauf (?:die|unsere) redaktionelle[n]? (?:auswahl|berichterstattung|unabhängigkeit|bewertung|inhalte?)\b[^.!?]{0,40}\bkeinen einfluss\b|\bkeinen einfluss auf (?:die|unsere) redaktionelle[n]?\b`,
      // Affiliate-Hinweise: "Kommt darüber ein Einkauf zustande, erhält X eine Provision", "Die redaktionelle Auswahl bleibt davon unberührt."
      String.raw`\bkommt (?:darüber|dadurch|hierüber|so) ein[e]? [^.!?]{0,40}\bzustande\b[^.!?]{0,40}\bprovision\b`,
      String.raw`\bredaktionelle[n]? (?:auswahl|unabhängigkeit|bewertung|berichterstattung|inhalte?)\b[^.!?]{0,30}\b(?:bleib(?:t|en)|ist|sind) (?:davon )?(?:unberührt|unabhängig|unbeeinflusst)\b`,
      // Holdings of authors and publishers: "… können in den besprochenen Wertpapieren investiert sein", "hält der Autor keine Positionen".
      String.raw`\b(?:kann|können|könnten|dürfen) in (?:den )?(?:besprochenen|genannten|erwähnten|empfohlenen|vorgestellten) (?:wertpapieren|aktien|finanzinstrumenten|werten|titeln) (?:investiert|engagiert|positioniert) sein\b`,
      String.raw`\bhält (?:der|die) (?:autor|autorin|verfasser|verfasserin|redakteur|redakteurin)\b`,
      // A loan ad's legal example and a portal's funding: „*2/3-Beispiel gem. § 17 PAngV: …“, „*Bonität vorausgesetzt.“, „Repräsentatives Beispiel auf …“, „gebundener Sollzins 3,43 %“, „… finanziert sich über Provisionen der Anbieter“.
      String.raw`\bbeispiel gem(?:\.|äß) ?§ ?17 pangv\b|^\W{0,3}(?:bonität vorausgesetzt|repräsentatives beispiel)\b|\bgebundener sollzins\b|\bfinanziert sich (?:über|durch|aus) (?:\p{L}+ )?provisionen\b`,
      // A blogger's own holding behind a notice's label: "Hinweis: Ich bin in der Example AG investiert." (not the same words in an interview),
      // or the author's: „Hinweis: Die Autorin hält keine Aktien der Example AG.“
      String.raw`^\W{0,3}(?:hinweis|offenlegung|transparenz(?:hinweis)?|interessenkonflikt|disclaimer)\s*:\s*(?:ich|wir|der autor|die autorin|die autoren|der verfasser|die verfasserin|die redaktion)\b[^.!?]{0,80}\b(?:investiert|engagiert|positioniert|aktien|anteile|positionen?)\b`,
      // Der Hinweis auf einen Anzeigenkunden im Artikel: „Die Beispiel GmbH schaltet regelmäßig Stellenanzeigen im Beispiel Tagblatt.“, „Dies hat keinen Einfluss auf unsere Berichterstattung.“
      String.raw`\bschaltet (?:regelmäßig |gelegentlich )?(?:stellen)?anzeigen (?:im|in der|in unserem|bei)\b|^\W{0,3}(?:dies|das) hat keinen einfluss auf (?:unsere|die) berichterstattung\b`,
      // Die Unabhängigkeit eines Fachdiensts: „Die Redaktion des Example Journals arbeitet unabhängig.“, „Die Emittenten haben keinen Einfluss
      // auf die Auswahl und Bewertung der vorgestellten Produkte.“
      String.raw`^\W{0,3}(?:die|unsere) redaktion (?:des |der |von )?[^.!?]{0,40}\barbeitet unabhängig\b|\b(?:emittenten|anbieter|werbepartner|partner|sponsoren) haben keinen einfluss auf die (?:auswahl|bewertung|darstellung)\b[^.!?]{0,40}\b(?:vorgestellten|besprochenen|genannten|getesteten) (?:produkte|zertifikate|fonds|angebote|anlagen)\b`,
      // Ein Risikohinweis: „Im Fall einer Insolvenz kann das eingesetzte Kapital ganz oder teilweise verloren gehen.“
      String.raw`\b(?:das )?eingesetzte kapital (?:kann )?(?:ganz oder teilweise|vollständig|teilweise) verloren gehen\b`,
    ],
  },
  legal: {
    patterns: [
      // Die Bedingungen einer Anzeige: „*Bedingungen auf example.de“.
      String.raw`^\W{0,3}(?:es gelten die )?(?:teilnahme)?bedingungen (?:auf|unter) [\p{L}\d-]+\.(?:de|com|at|ch)\W{0,3}$`,
      // Die Pflichttexte einer Anzeige für Zertifikate: „Die Billigung des Basisprospekts durch die BaFin ist nicht als ihre Befürwortung … zu verstehen.“,
      // „Den Basisprospekt sowie die Endgültigen Bedingungen und die Basisinformationsblätter erhalten Sie hier.“, „Diese Produkte sind komplex und können schwer zu verstehen sein.“
      String.raw`\bbilligung (?:des|der) (?:basis)?prospekts?\b[^.!?]{0,60}\bnicht als (?:ihre |eine )?befürwortung\b|^\W{0,3}(?:den|der) basisprospekt(?:es)?\b[^.!?]{0,80}\b(?:endgültigen bedingungen|basisinformationsbl[äa]tt)|\b(?:produkte?|wertpapiere?|zertifikate?|optionsscheine?) (?:sind|ist) komplex und (?:können|kann) schwer zu verstehen sein\b`,
      // Die Risikohinweise einer Anzeige für Hebelprodukte: „Bei Hebelprodukten besteht das Risiko eines Totalverlusts des eingesetzten Kapitals.“,
      // „Es gelten die Basisprospekte und Endgültigen Bedingungen des jeweiligen Emittenten.“, „Für die Produkte gilt ein Basisprospekt …“, „Es gelten die Bedingungen auf der Website des Anbieters.“, „Es gelten die Konditionen der Example Bank.“, „*Zzgl. marktüblicher Spreads.“,
      // „Bitte lesen Sie diese Unterlagen, bevor Sie eine Anlageentscheidung treffen …“, „Der Emittent ist berechtigt, Wertpapiere mit Open-End-Laufzeit zu kündigen.“
      String.raw`^\W{0,3}bei (?:hebelprodukten|knock-outs?|optionsscheinen|zertifikaten|derivaten) besteht (?:das|ein) risiko (?:eines|des) totalverlust|^\W{0,3}es gelten (?:die|der) (?:jeweiligen )?(?:basisprospekte?|endgültigen bedingungen)\b[^.!?]{0,60}\bemittent|^\W{0,3}für (?:die|diese|das|dieses) (?:produkte?|wertpapiere?|zertifikate?|optionsscheine?) (?:gilt|gelten) (?:ein|der|die|jeweils (?:ein|der)) (?:basis|wertpapier)?prospekte?\b|^\W{0,3}es gelten die (?:[\p{L}-]*bedingungen|konditionen) (?:auf der (?:website|webseite|internetseite)|des (?:jeweiligen )?anbieters\b|der [\p{L}\d.&-]+(?: [\p{L}\d.&-]+){0,2}\W{0,3}$)|^\W{0,3}zzgl\. (?:marktüblicher |üblicher )?(?:spreads|fremdkosten|börsengebühren)\b|^\W{0,3}bitte lesen sie (?:diese|die) (?:unterlagen|dokumente)\b[^.!?]{0,30}\bbevor sie (?:eine )?anlageentscheidung|^\W{0,3}(?:der|die) emittent(?:in)? ist berechtigt, (?:die )?(?:wertpapiere|produkte|zertifikate) mit open-end-laufzeit\b`,
      // Die Druckausgabe, in der der Text stand: „Gedruckt in der Lippischen Landes-Zeitung vom 23.11.2026, Seite 9“, „Erschienen im Beispiel Tagblatt vom …“.
      String.raw`^\W{0,3}(?:gedruckt|erschienen) (?:in (?:der|dem)|im) [\p{L}.'’ -]{2,40} vom ${DATE}(?:,? seite \d+)?\W{0,3}$`,
      // Der Vorbehalt einer Agentur oder eines Verlags: „Eine Weiterverbreitung … ist ohne vorherige schriftliche Zustimmung … untersagt.“
      String.raw`\b(?:weiterverbreitung|vervielfältigung|nachdruck)\b[^.!?]{0,80}\bohne (?:vorherige |ausdrückliche )?(?:schriftliche )?(?:zustimmung|genehmigung|einwilligung)\b[^.!?]{0,40}\b(?:untersagt|nicht gestattet|unzulässig)\b`,
      // „Eine Weiterverwendung und Reproduktion über den persönlichen Gebrauch hinaus ist nicht gestattet.“
      String.raw`\b(?:weiterverwendung|reproduktion|vervielfältigung|weiterverbreitung)\b[^.!?]{0,60} über den (?:persönlichen|privaten|eigenen) (?:gebrauch|bedarf) hinaus\b`,
      // Eine Seite nur für Profis: "Die Inhalte dieser Website richten sich ausschließlich an professionelle Investoren", "Privatanleger werden gebeten, die Seite zu verlassen".
      String.raw`\b(?:inhalte|informationen|angebote?) (?:dieser|auf dieser|unserer) (?:website|webseite|internetseite|seite)\b[^.!?]{0,40}\b(?:richte[nt] sich|sind|ist) (?:ausschließlich |nur )?(?:an|für) (?:professionelle|institutionelle|qualifizierte) (?:investoren|anleger|kunden|finanzmarktteilnehmer|marktteilnehmer|berater|finanzdienstleister)\b|\bprivatanleger werden gebeten\b`,
      String.raw`\bzukunfts(?:gerichtete|bezogene)[nr]? aussagen\b`,
      // Das Kleingedruckte einer Leserumfrage: „Die Umfrage ist nicht repräsentativ.“
      String.raw`^\W{0,3}(?:die|diese) (?:umfrage|abstimmung) ist nicht repräsentativ\b`,
      String.raw`\bimpressum\b`,
      String.raw`\bdatenschutz(?:erklärung|hinweis(?:e|en)?|bestimmungen|einstellungen|richtlinien?|information(?:en)?|center|zentrum|-?grundsätze)\b|^\W{0,3}datenschutz\W{0,3}$`,
      String.raw`\bnutzungsbedingungen\b`,
      // The terms as a footer link or a shop's line ("AGB | Kontakt", „Es gelten unsere AGB.“), not an article on them.
      String.raw`^\W{0,3}agb\W{0,3}$|[|·•]\s*agb\b|\bagb\s*[|·•]|\bes gelten (?:unsere|die) agb\b|\b(?:akzeptiere|akzeptieren sie|stimme|stimmen sie)\b[^.!?]{0,40}\bagb\b`,
      String.raw`\balle rechte vorbehalten\b`,
      String.raw`\bveröffentlichung einer (?:corporate news|finanznachricht|mitteilung|pressemitteilung)\b`,
      // `\b` is ASCII-only: before a non-ASCII letter, a look-behind marks the word start.
      String.raw`(?<![\p{L}\p{N}])übermittelt durch\b`,
      String.raw`\bein service der\b`,
      String.raw`\b(?:ursprünglich|zuerst) erschienen\b`,
      // …im Präteritum oder als Hinweis auf das Heft: „Dieser Beitrag erschien in ähnlicher Form zuerst in der Ausgabe 12/2026 von Example Investor.“, „Dieser Beitrag erscheint in gekürzter Fassung auch in Example 12/2026.“,
      // „Dieser Beitrag ist in gekürzter Form in der Ausgabe 12/2026 von Example erschienen.“
      String.raw`^\W{0,3}${THIS_TEXT} (?:(?:erschien|erscheint) ${ABRIDGED}?(?:zuerst|erstmals|ursprünglich|auch) (?:in|im|bei|beim|auf)\b|ist ${ABRIDGED}(?:zuerst |erstmals |ursprünglich |auch )?(?:in|im|bei|beim|auf) [^.!?]{2,80}? erschienen\b)`,
      String.raw`\b${THIS_TEXT} (?:ist|wurde) (?:zuerst|erstmals|ursprünglich) (?:in|im|in der|bei|beim|auf) [^.]{1,60} erschienen\b`,
      // …its end, where a title with a full stop cut it („… ursprünglich in der trend.“ / „Ausgabe 47/2026 erschienen.“).
      String.raw`^\W{0,3}(?:ausgabe|heft|nr\.?) ?\d{1,3}/\d{4} erschienen\W{0,3}$|^\W{0,3}erschienen in (?:der )?(?:ausgabe|heft|nr\.?) ?\d{1,3}/\d{4}\b`,
      // Der Hinweis auf die Heftausgabe: "Dieser Artikel ist in der impulse-Ausgabe 12/2026 erschienen.", „Dieser Artikel erschien in der Printausgabe …“
      String.raw`^\W{0,3}(?:dieser|dieses) (?:beitrag|artikel|text|interview) (?:ist|erschien|erscheint) ${ABRIDGED}?(?:zuerst |auch )?in (?:der|dem) [^.!?]{0,50}(?:ausgabe|heft)\b`,
      // Feed-Fußzeilen und Nachdrucke: "Der Beitrag … erschien zuerst auf …".
      String.raw`\b(?:der|das|dieser|dieses) (?:beitrag|artikel|post|text|interview|gespräch|kommentar)\b.{0,200}?\berschien zuerst (?:auf|bei|in)\b`,
      // Ein Nachdruckverbot: „Nachdruck nur mit Genehmigung“, „Eine Übernahme, auch in Auszügen, ist nur mit Zustimmung der Redaktion erlaubt.“
      String.raw`\bnachdruck nur mit (?:genehmigung|zustimmung)\b|(?<![\p{L}\d_])(?:übernahme|nachdruck|veröffentlichung|wiedergabe),? auch (?:in auszügen|auszugsweise)\b`,
      String.raw`\b(?:ergebnisse|entwicklungen|ereignisse|leistungen)\b[^.!?]{0,40}\bkönnen wesentlich von den (?:erwarteten|prognostizierten|in die zukunft gerichteten)\b`,
      String.raw`\b(?:der|das|dieser|dieses) (?:beitrag|artikel|text|interview|gespräch|kommentar)\b[^.!?]{0,40}\berschien zuerst am \d{1,2}\. [\p{L}]+(?: \d{4})? (?:auf|bei|in) (?:der |dem |den )?[\p{L}\d&'’+.-]+(?: [\p{L}\d&'’+.-]+){0,3}\W{0,3}$`,
      String.raw`(?<![\p{L}\d_])änderungen vorbehalten\b(?<!\bsich (?:[\p{L}-]+ ){0,3}änderungen vorbehalten)`,
      // Verbreitungsbeschränkungen von Kapitalmarktmitteilungen.
      String.raw`\bnicht zur (?:veröffentlichung|verbreitung|weitergabe|weiterleitung)(?:,| oder| und)(?:,? (?:veröffentlichung|verbreitung|weitergabe|weiterleitung|verteilung|ganz|teilweise|direkt|indirekt|weder|noch|mittelbar|unmittelbar|oder|und|in|innerhalb|nach|an|aus|den|die|der|dem|von|bzw)\b|,? bzw\.){0,20},? (?:vereinigten staaten|usa|kanada|australien|japan)(?=(?: von amerika)?(?:\W{0,3}$|,| oder\b| und\b| sowie\b| bzw\b| \(|;))(?!.{0,250}\b(?:sagte|sagt|sagten|berichtet|berichtete|erklärte|stand|steht|hieß es|heißt es)\b)`,
      String.raw`^\W{0,3}es gelten weitere beschränkungen[^\p{L}\d:]{0,3}$`,
      String.raw`\bbeachten sie (?:bitte )?(?:den|die) (?:wichtigen? )?hinweis(?:e)? am ende (?:dieser (?:mitteilung|meldung|bekanntmachung|pressemitteilung|veröffentlichung)\b|der (?:mitteilung|meldung|bekanntmachung)\W{0,3}$)`,
      // An alcohol offer's age notice: „Abgabe nur an Personen ab 18 Jahren.“
      String.raw`^\W{0,3}abgabe (?:nur |ausschließlich )?an (?:personen|kunden|erwachsene)(?: ab| über) 1[68]\b`,
      // Der Hinweis einer Glücksspielanzeige, als eigene Zeile: „18+ | Glücksspiel kann süchtig machen.“, „Bitte spielen Sie verantwortungsbewusst.“
      String.raw`^\W{0,3}(?:18\+ ?[|·•:–-]? ?)?(?:glücksspiel|spielen|sportwetten) kann süchtig machen\W{0,3}$|^\W{0,3}(?:bitte )?spielen sie verantwortungs(?:bewusst|voll)\W{0,3}$`,
    ],
  },
  'ai-note': {
    patterns: [
      String.raw`\b(?:mit hilfe|mithilfe|unterstützung) (?:von )?(?:künstlicher intelligenz|ki)\b`,
      String.raw`\bki-?generiert`,
      // Die Kennzeichnung eines Kastens: „KI-gestützte Zusammenfassung“.
      String.raw`\bki-gestützte (?:zusammenfassung|kurzfassung)\b`,
      String.raw`\bautomatisch (?:erstellt|generiert)\b`,
      // "Bei der Erstellung dieses Textes kam ein KI-Werkzeug zum Einsatz. Redakteur X hat den Beitrag vor der Veröffentlichung geprüft."
      String.raw`\bbei der erstellung dieses (?:textes|artikels|beitrags)\b`,
      String.raw`\bhat den (?:beitrag|artikel|text) vor (?:der|seiner|ihrer) veröffentlichung geprüft\b`,
    ],
  },
  copyright: {
    patterns: [
      // Die Rechte einer Agentur oder eines Verlags: „Weiterverbreitung, Wiederveröffentlichung oder dauerhafte Speicherung ohne ausdrückliche vorherige Zustimmung von dpa-AFX ist nicht gestattet.“,
      // „Eine Vervielfältigung oder Weiterverbreitung ist nur mit vorheriger Genehmigung des Verlags gestattet.“
      String.raw`\b(?:weiterverbreitung|wiederveröffentlichung|vervielfältigung)\b[^.!?]{0,80}\b(?:ohne (?:ausdrückliche )?(?:vorherige )?(?:schriftliche )?zustimmung\b|nur mit (?:vorheriger |ausdrücklicher )?(?:schriftlicher )?(?:zustimmung|genehmigung)\b[^.!?]{0,40}\b(?:gestattet|erlaubt|zulässig)\b)`,
      // „Die Inhalte der dpa-AFX Nachrichten sind urheberrechtlich geschützt.“, „Alle Inhalte sind urheberrechtlich geschützt.“, „Dieser Inhalt ist urheberrechtlich geschützt.“
      String.raw`(?:(?:\b(?:die )?(?:inhalte|texte) (?:der|dieser|des) (?:[\p{L}-]+ ){0,2}(?:nachrichten|meldungen|website|webseite|seiten?|newsletters?)\b[^.!?]{0,10}\b|^\W{0,3}alle (?:inhalte|texte|beiträge)(?: (?:dieser|der|unserer) (?:website|webseite|seite))? )sind|^\W{0,3}dieser (?:inhalt|artikel|beitrag|text) ist) urheberrechtlich geschützt\b`,
      String.raw`©`,
      String.raw`\(c\) ?\d{4}`,
      String.raw`^\W{0,3}\(c\) \p{L}[\p{L}.'’-]*(?: [\p{L}.&'’-]+){0,3}\W{0,3}$`,
      String.raw`\bcopyright\b`,
      // Eine Lizenz: „Dieser Beitrag wird unter der Creative Commons Namensnennung 4.0 … veröffentlicht.“
      String.raw`\bunter (?:der|einer) (?:lizenz )?creative[- ]commons\b`,
    ],
  },
  'chrome-nav': {
    patterns: [
      // Der Anmeldestatus des Lesers: „Sie sind angemeldet als: Abonnent | Paket: …“.
      String.raw`^\W{0,3}(?:sie sind|du bist) (?:angemeldet|eingeloggt) als\b`,
      // Das Suchfeld eines Kursportals: „Suche: Name, Valor, ISIN, Symbol“, „Fonds-Suche: Name, ISIN oder WKN eingeben“.
      String.raw`\bsuche\s*:?\s*(?:name|isin|wkn|valor|symbol)\b[^.!?]{0,40}$`,
      // Knöpfe eines Players oder Charts: „Video laden“, „Chart vergrößern“; die Wahl einer Einwilligungsseite: „Ohne Werbetracking mit Example pur“, „Mit Werbung lesen oder werbefrei mit Example+“, „Mit Abo ohne Werbung lesen“.
      String.raw`^\W{0,3}(?:(?:video|karte|grafik|podcast) laden|(?:chart|bild|grafik|karte|foto) vergrößern)\W{0,3}$|^\W{0,3}(?:mit (?:[\p{L}+]+-)?abo )?(?:ohne werbetracking|werbefrei|ohne werbung lesen|mit werbung lesen)\b[^.!?]{0,40}$`,
      // A rating widget and a read counter: „Noch keine Bewertungen.“, „Artikel wurde 412 mal gelesen.“
      String.raw`^\W{0,3}(?:noch keine bewertungen?|(?:dieser )?(?:artikel|beitrag) wurde \d[\d.]* ?(?:mal|x) gelesen)\W{0,3}$`,
      // Die Zählung einer Bildergalerie, ein Teilen-Knopf mit Dienst, ein Link zur Kursliste: „Bild 1 von 3“, „Per WhatsApp teilen“, „Per E-Mail senden“, „Zur Kursübersicht“, „Zur Aktie“, „Zum Beitrag“.
      String.raw`^\W{0,3}(?:bild|foto) \d{1,3} (?:von|\/) \d{1,3}\W{0,3}$|^\W{0,3}${SHARE_BUTTON}\W{0,3}$|^\W{0,3}zur (?:(?:kurs|themen|artikel)übersicht|aktie)\W{0,3}$|^\W{0,3}zum (?:beitrag|artikel)\W{0,3}$`,
      // Der Link eines Newsletters zu seiner Webfassung: „Diese E-Mail im Browser ansehen.“, „Probleme mit der Darstellung?“.
      String.raw`^\W{0,3}(?:(?:diese (?:e-mail|mail|nachricht|ausgabe|newsletter)|newsletter) im (?:web)?browser (?:ansehen|öffnen|anzeigen|lesen)|probleme mit der darstellung\??|wird (?:diese|die) (?:e-mail|mail|nachricht) nicht (?:richtig|korrekt) angezeigt\??|hier geht es zur (?:web|online|browser)-?(?:version|ansicht))\W{0,3}$`,
      // Die Anzeigenrubriken eines Menüs, je eine auf ihrer Zeile: „Traueranzeigen“, „Kleinanzeigen“, „Familienanzeigen“.
      String.raw`^\W{0,3}(?:trauer|todes|familien|klein)anzeigen\W{0,3}$`,
      // Ein leerer Kasten und ein Hinweis zum Merken: „Anbieter zum Thema“, „Anmelden, um Beiträge zu merken“.
      String.raw`^\W{0,3}anbieter zum thema\W{0,3}$|^\W{0,3}(?:jetzt )?(?:anmelden|einloggen|registrieren),? um (?:beiträge|artikel|inhalte) zu (?:merken|speichern|kommentieren)\b`,
      // Der Kopf der Leserkommentare: „Leserkommentare (3)“, „14 Kommentare“, „Weitere Kommentare laden“.
      String.raw`^\W{0,3}(?:\d+ )?(?:leserkommentare|kommentare)(?:\s*\(\d+\)|:\s*\d+)?\W{0,3}$|^\W{0,3}(?:weitere|alle) kommentare (?:laden|anzeigen)\W{0,3}$`,
      // A masthead's tagline: "Das Magazin für nachhaltige Geldanlage", "ZfK – Zeitung für kommunale Wirtschaft", „Heimatzeitung für den Heidekreis seit 1864“.
      String.raw`^\W{0,3}(?:[\p{L}\d.-]+ [–—|-] )?(?:das |der |die |ihr |ihre )?(?:unabhängige[s]? |führende[s]? )?(?:fach|wirtschafts|nachrichten|finanz|börsen|branchen|informations|wochen|tages|monats|heimat|lokal|regional)?(?:magazin|zeitung|portal|dienst|zeitschrift|newsletter|medium|blog|nachrichten|news) (?:für|der|des) [\p{L} ,&-]{3,60}(?: seit (?:1[6-9]|20)\d{2})?$`,
      // Eine Brotkrumenleiste unter ihrem Etikett: „Sie befinden sich hier: Startseite › Wirtschaft“.
      String.raw`^\W{0,3}(?:sie befinden sich (?:hier|auf)|sie sind hier|du bist hier)\s*:`,
      // Teilen-Leisten und Galerie-Links: "Per Mail teilen", "Link kopieren", "Bildergalerie (4 Bilder)", "Zur Bildergalerie (14 Bilder)", "Bildergalerie öffnen (12 Bilder)", "14 Bilder",
      // "Teilen auf Facebook · Per Mail versenden", "Auf X teilen" (a button's label: the verb first or last, or a bar's item).
      String.raw`\bper (?:e-?mail|mail) teilen\b|^\W{0,3}link kopieren\W{0,3}$|^\W{0,3}(?:(?:artikel|beitrag|seite) )?teilen (?:auf|bei|via|über|per)\s*:?\s*(?:facebook|x|twitter|whatsapp|linkedin|xing|threads|bluesky|pinterest|telegram|reddit|e-?mail|mail)\b|^\W{0,3}(?:auf|bei|via|über) (?:facebook|x|twitter|whatsapp|linkedin|xing|threads|bluesky|pinterest|telegram|reddit) teilen\W{0,3}$|(?:^\W{0,3}|[·|•] ?)per (?:e-?mail|mail) (?:versenden|senden|verschicken|weiterleiten)\W{0,3}$`,
      String.raw`^\W{0,3}(?:(?:zur )?(?:bildergalerie|bilderstrecke|bildstrecke|fotostrecke|fotogalerie|galerie)(?: (?:öffnen|ansehen|starten|anzeigen))?(?: \(\d+ (?:bilder|fotos)\))?|\d{1,3} (?:bilder|fotos))\W{0,3}$`,
      // A quote page's tab or kicker: "BASF Aktie News", "Sonnwerk-Aktie Kurs".
      String.raw`^\W{0,3}[\p{L}.&-]+(?:[ -][\p{L}.&]+)?[ -]aktie (?:news|nachrichten|kurs|chart|prognose)\W{0,3}$`,
      // A quote search: "Fondssuche", "Name / ISIN / WKN eingeben"; a search field: "Suchbegriff eingeben ...".
      String.raw`^\W{0,3}(?:fonds|aktien|kurs|etf|wertpapier|zertifikate|anleihen)suche\W{0,3}$`,
      String.raw`^\W{0,3}(?:name|isin|wkn|symbol|ticker|suchbegriff|stichwort|aktie|fonds|unternehmen)(?:\s*(?:[/,|]|oder)\s*(?:name|isin|wkn|symbol|ticker|suchbegriff|stichwort|aktie|fonds|unternehmen)){0,3} (?:eingeben|suchen)(?:\s?(?:\.{3}|…))?\W{0,3}$`,
      // Die Bezahlschranke: „Sie lesen einen Example-Plus-Artikel.“
      String.raw`^\W{0,3}sie lesen (?:einen|ein) [\p{L}-]*(?:plus|premium|pro|abo)[\p{L}-]*\W{0,3}$`,
      // „Dieser Artikel ist Teil von Beispiel Plus.“
      String.raw`^\W{0,3}(?:dieser|der) (?:artikel|beitrag|text) ist teil (?:von|des|unseres) (?:[\p{L}-]+ ){0,3}[\p{L}-]*(?:plus|premium|pro|abos?)\W{0,3}$`,
      // Ihre Knöpfe: "Artikel freischalten", "Bereits Abonnent?", "Hier einloggen."
      String.raw`^\W{0,3}(?:(?:diesen |den )?(?:artikel|beitrag|text) (?:jetzt )?freischalten|jetzt freischalten|(?:sie sind )?bereits abonnent(?:in)?\??|schon abonniert\??|hier (?:einloggen|anmelden))\W{0,3}$`,
      // Ihr Zähler: „Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen.“
      String.raw`^\W{0,3}(?:sie haben|du hast) (?:bereits |schon )?\d{1,2} von \d{1,2} (?:kostenlosen |freien |gratis-)?(?:artikeln|beiträgen|texten)\b`,
      // Ihre Auskunft, dass der Text gesperrt ist: „Sie haben keinen Zugang zu diesem Artikel.“, „Sie haben noch keinen Zugriff auf diesen Beitrag.“
      String.raw`^\W{0,3}sie haben (?:noch |leider )?keinen (?:zugang|zugriff) (?:zu|auf) (?:diese[nmr]?|den|dem) (?:artikel|beitrag|text|inhalt)\W{0,3}$`,
      // Consent banners: "Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.", "Einstellungen anpassen",
      // „Sie können Ihre Auswahl jederzeit ändern.“, „Sie können Ihre Einwilligung jederzeit widerrufen.“, „Akzeptieren und weiter“
      String.raw`^\W{0,3}sie können (?:ihre|diese|die) (?:auswahl|einstellungen|präferenzen|einwilligung) jederzeit (?:ändern|anpassen|widerrufen)\b|^\W{0,3}(?:alle )?akzeptieren und (?:weiter|schließen|fortfahren)\W{0,3}$`,
      String.raw`\bmit [„"»“]?alle akzeptieren[“"«]? (?:stimmen|stimmst|willigen|willigst|erklären|erklärst)\b`,
      // Die Zustimmung durch bloßes Weitersurfen: „Mit der weiteren Nutzung stimmen Sie dem zu.“, „Mit der Nutzung dieser Website erklären Sie sich einverstanden …“
      String.raw`^\W{0,3}mit der (?:weiteren )?nutzung(?: (?:dieser|der|unserer) (?:website|webseite|seite))? (?:stimmen sie|stimmst du|erklären sie sich|erklärst du dich)\b`,
      String.raw`^\W{0,3}einstellungen (?:anpassen|verwalten|ändern|bearbeiten)\W{0,3}$`,
      // Menü- und Werkzeugwörter allein auf ihrer Zeile, auch mit Zähler: „Suche“, „Auf die Merkliste“, „Kommentare (12)“, „Zum Kommentarbereich 3“.
      String.raw`^\W{0,3}(?:anmelden|abmelden|einloggen|login|suche|suchen|suchen? nach|menü|startseite|teilen(?: mit| über| via)?|kopieren|drucken|merken|merkliste|verschenken|mail|e-mail|kommentare?|schließen|zurück|weiter|mehr anzeigen|nach oben|barrierefreiheit|(?:icon |bild )?vergrößern|merkzettel|auf die merkliste|artikel teilen|artikel empfehlen|link kopieren|(?:jetzt )?kommentieren|kommentar schreiben|zum kommentarbereich|zitieren)(?:\s*\(\d+\)|\s\d{1,5})?\W{0,3}$`,
      // A skip link, maybe run into the site's name on the line below: „Zum Inhalt springen“, „Direkt zum Inhalt“, „Direkt zum Inhalt example.de example-news.de“, „Direkt zum Inhalt example“.
      String.raw`^\W{0,3}(?:direkt )?zum (?:haupt)?inhalt (?:springen|wechseln)\b|^\W{0,3}direkt zum (?:haupt)?inhalt(?:\s[\p{L}\d-]{2,30}(?:\.[\p{L}\d-]{2,30}){0,3}){0,3}\W{0,3}$`,
      // A byline or date line that ends in its comment link: "…, 20.11.2026 - 11:30 (Jetzt kommentieren)", "… (12 Kommentare)".
      String.raw`\((?:jetzt )?kommentieren\)\W{0,3}$|\(\d+ kommentare?\)\W{0,3}$`,
      String.raw`\bles(?:ezeit|edauer)\s*:?\s*(?:ca\.|etwa|rund)?\s*\d`,
      // Audio and caption toggles: "Artikel anhören", "Bildbeschreibung einblenden".
      // Ein leerer Kasten für Anhänge des Artikels: „Artikelfiles und Artikellinks“, „Weiterführende Links“, „Downloads zum Artikel“.
      String.raw`^\W{0,3}(?:artikel-?(?:files|dateien|links)(?: und artikel-?(?:files|dateien|links))?|weiterführende links|downloads? zum (?:artikel|beitrag)|zugehörige dateien)\W{0,3}$`,
      // A bar of share buttons, maybe with their icons in brackets: "[f] Teilen [x] Posten [in] Teilen [@] E-Mail", "Teilen | Posten | E-Mail".
      String.raw`^\W{0,3}${SHARE_TOOL}(?:(?:\s*[|•·/:–▸›]\s*|\s+)${SHARE_TOOL}){2,11}\W{0,3}$`,
      // Page tools, alone or as a bar: "Artikel anhören", "Artikel drucken | Artikel merken".
      String.raw`^\W{0,3}${ARTICLE_TOOL}(?:\s*[|•·/]\s*${ARTICLE_TOOL}){0,6}\W{0,3}$`,
      // Ein Audio-Player mit seiner Dauer: „Audio: Artikel vorlesen lassen (5:12 Min.)“, „Artikel vorlesen lassen ▶ 5:48“.
      String.raw`^\W{0,3}(?:audio\s*:\s*${ARTICLE_TOOL}(?:\s*\(\d{1,2}:\d{2}(?: min\.?)?\))?|${ARTICLE_TOOL}\s?[▶►]?\s?\(?\d{1,2}:\d{2}(?: min\.?)?\)?)\W{0,3}$`,
      // One share button to a line: „Twittern“, „Mailen“.
      String.raw`^\W{0,3}(?:twittern|tweeten|mailen|teilen|posten)\W{0,3}$`,
      // The date and time with the page tools behind them: „23.11.2026 - 06:00 Uhr Artikel anhören · Kommentieren · Teilen“.
      String.raw`^\W{0,3}\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?: ?[-–,|·•]? ?(?:um )?\d{1,2}:\d{2}(?: uhr)?)?(?:(?:\s*[|•·–-]\s*|\s+)${SHARE_TOOL}){2,8}\W{0,3}$`,
      String.raw`\bcookies? (?:akzeptieren|zulassen|ablehnen)\b`,
      // Das Kommentarformular: "Pflichtfelder sind mit * markiert".
      String.raw`\bpflichtfelder sind mit\b`,
      // Der Ersatztext eines Players: „Ihr Browser unterstützt das Audio-Element nicht.“, „Ihr Browser unterstützt keine HTML5-Videos.“
      String.raw`^\W{0,3}(?:ihr|dein) browser unterstützt (?:das (?:audio|video)-?element|kein(?:e)? (?:html5-)?(?:videos?|audio|iframes))\b`,
      // Die Meldung eines Formularfelds, allein in der Zeile: „Bitte füllen Sie dieses Feld aus.“, „Dieses Feld ist ein Pflichtfeld.“, „Bitte geben Sie eine gültige E-Mail-Adresse ein.“
      String.raw`^\W{0,3}(?:bitte (?:füllen sie dieses feld aus|geben sie eine gültige (?:e-mail-adresse|postleitzahl|telefonnummer) ein)|dieses feld ist (?:ein )?pflicht(?:feld)?)\W{0,3}$`,
      // Die Sortierung einer Kommentar- oder Trefferliste: "Sortieren nach: Neueste".
      String.raw`^\W{0,3}sortieren nach\s*:?(?: [\p{L}-]+){0,2}\W{0,3}$`,
      // Was ein Cookie-Banner über seine Cookies sagt: "Einige dieser Cookies sind notwendig, andere helfen uns …".
      String.raw`\b(?:diese|dieser|unsere|einige|andere|notwendige|essenzielle|optionale) cookies (?:sind|helfen|ermöglichen|erlauben|werden)\b`,
      // …und seine Kategorien: „Dazu zählen Cookies, die für den Betrieb der Seite notwendig sind, …“.
      String.raw`\bcookies, die (?:für den|zum) betrieb (?:der|dieser|unserer) (?:seite|website|webseite|internetseite) (?:notwendig|erforderlich|nötig|unerlässlich)\b`,
      // …auch ohne das Wort: „Einige sind notwendig, andere helfen uns, Inhalte und Werbung zu verbessern.“
      String.raw`^\W{0,3}einige (?:von ihnen |davon )?sind (?:essenziell|essentiell|notwendig|erforderlich|technisch notwendig), (?:während )?andere (?:uns )?helfen\b`,
      // Consent banners, bookmarks and tables of contents: "Wir und unsere Partner setzen Cookies ein", „Wir setzen auf dieser Seite nur technisch notwendige Cookies …“,
      // "Mit Klick auf „Alle akzeptieren“ willigen Sie ein", "Zur Merkliste hinzufügen", "Inhalt".
      String.raw`\b(?:wir|partner) (?:setzen|nutzen|verwenden|speichern) (?:auf dieser (?:seite|website) )?(?:nur |ausschließlich )?(?:technisch )?(?:notwendige |erforderliche )?cookies\b|\b(?:setzen|nutzen|verwenden) wir cookies\b|\b(?:website|webseite|seite|plattform) (?:verwendet|nutzt|setzt) cookies\b|\bcookies und (?:vergleichbare|ähnliche) technologien\b|\bstimmen sie der (?:verwendung|nutzung|speicherung) von cookies zu\b`,
      String.raw`\bunsere (?:\d{1,4} )?partner (?:speichern|verarbeiten|verwenden)\b`,
      String.raw`\binformationen auf (?:ihrem|deinem) gerät\b`,
      String.raw`\b(?:ihre auswahl (?:können sie )?|deine auswahl (?:kannst du )?)jederzeit (?:unter|in den|über)\b`,
      String.raw`\bmit (?:einem )?klick auf [„"»“]?(?:alle )?(?:akzeptieren|zustimmen|einverstanden)\b|\bmit [„"»“](?:alle )?(?:akzeptieren|zustimmen|einverstanden|ok)[“"«] (?:stimmen sie|erklären sie sich|willigen sie)\b`,
      String.raw`^\W{0,3}(?:ihre privatsphäre ist uns wichtig|wir respektieren ihre privatsphäre)\W{0,3}$`,
      String.raw`^\W{0,3}(?:alle akzeptieren|alle ablehnen|alle zulassen|nur notwendige(?: cookies)?|akzeptieren|zustimmen|einverstanden|einstellungen|cookie-einstellungen)(?:(?:\s*[|•·/]\s*|\s+)(?:alle akzeptieren|alle ablehnen|alle zulassen|nur notwendige(?: cookies)?|akzeptieren|ablehnen|zustimmen|einverstanden|einstellungen|cookie-einstellungen|details|mehr erfahren|optionen|anpassen|speichern)){0,4}\W{0,3}$`,
      String.raw`\bzur merkliste\b`,
      String.raw`^\W{0,3}(?:zum chart|link kopieren)\W{0,3}$`,
      // Audio players, embeds awaiting consent and feedback buttons.
      String.raw`\baudio(?:version|aufnahme|fassung) (?:des|dieses) (?:artikels|beitrags|textes)\b|^\W{0,3}(?:mehr )?(?:zur )?audio(?:version|aufnahme|fassung)\W{0,3}$`,
      // Ein Audio-Player: „Artikel anhören“, „Hören Sie sich diesen Artikel an.“, „Hören Sie sich hier den Artikel an“, „Die Stimme wird automatisch generiert.“, „Diese Audioversion wurde künstlich generiert.“
      String.raw`^\W{0,3}(?:artikel (?:hören|anhören)\b|hören sie sich (?:hier )?(?:diesen|den) (?:artikel|beitrag) an\W{0,3}$|(?:die stimme|diese audio(?:version|fassung)) (?:wird|wurde) (?:automatisch|künstlich|mit ki|per ki) (?:generiert|erzeugt)\b)`,
      String.raw`^\W{0,3}externer inhalt\W{0,3}$|\beingebettete inhalte (?:anzuzeigen|anzeigen|laden|zu laden)\b|\bexterne inhalte angezeigt\b|\bihre (?:jederzeit )?widerrufliche einwilligung\b`,
      // … auch neben dem Link zur Erklärung: „Mehr Infos | Feedback senden“.
      String.raw`^\W{0,3}(?:mehr infos? [|·] )?feedback (?:geben|senden)\W{0,3}$`,
      String.raw`^\W{0,3}inhalt(?:sverzeichnis)?\W{0,3}$`,
      // Seitenelemente: Navigation, Kommentare, Schlagworte, Feedback.
      // Ein Forum: „Gefällt mir 3“, „Gefällt mir Wird geladen …“, „Geschrieben 24. November 2026 (bearbeitet)“, „Sie müssen angemeldet sein, um kommentieren zu können.“ (der Knopf „Zitieren“: oben).
      String.raw`^\W{0,3}gefällt mir(?: \d+)?\W{0,3}$|^\W{0,3}(?:gefällt mir\s+)?wird geladen\s*(?:…|\.{3})?\W{0,3}$|^\W{0,3}(?:geschrieben|verfasst|gepostet) (?:am )?${DATE}${CLOCK_TIME}(?: \(bearbeitet\))?\W{0,3}$`,
      String.raw`^\W{0,3}(?:sie müssen|du musst) (?:angemeldet|eingeloggt|registriert) sein,? um (?:zu )?(?:kommentieren|kommentare (?:zu )?schreiben|mitdiskutieren|antworten)\b`,
      // Ein Cookie-Hinweis in der Du-Form und sein Verweis auf den Widerruf: „Wir haben Cookies auf Deinem Gerät platziert, …“, „Details und Widerrufsmöglichkeiten finden Sie in den Einstellungen.“, „Details und Widerruf unter „Einstellungen“.“
      String.raw`\bwir haben cookies auf (?:ihrem|deinem) (?:gerät|computer|endgerät) (?:platziert|gespeichert|abgelegt)\b|\b(?:sie können ihre|du kannst deine) cookie-einstellungen (?:anpassen|ändern|verwalten)\b|\bwiderrufsmöglichkeiten finden (?:sie|du)\b|^\W{0,3}(?:details|infos|informationen|mehr) (?:und|&) widerruf (?:unter|in|über)\b`,
      String.raw`^\W{0,3}(?:zur startseite|mehr laden|(?:in den|zum) kalender (?:eintragen|hinzufügen)|(?:nächster|vorheriger) (?:artikel|beitrag)(?:\s*:)?|ressorts|mediadaten|zustimmen und weiter|registrieren|mein konto|link wurde kopiert|symbolbild|(?:\d+ )?kommentare anzeigen|ende der mitteilung|war dieser artikel hilfreich\??|wie hilfreich war dieser (?:artikel|beitrag)\??|ja nein|themen|${TAG_LABEL}(?:\s*:.{0,120})?|tags\s*:.{0,120})\W{0,3}$`,
      String.raw`^\W{0,3}sie sind hier\s*:`,
      String.raw`\bkommentarfunktion (?:ist|wurde) (?:für diesen (?:artikel|beitrag) |hier |derzeit |aktuell |momentan |leider )*(?:deaktiviert|geschlossen|nicht (?:verfügbar|aktiviert|aktiv)|abgeschaltet)\b|\bzum kommentieren bitte\b|\bunsere netiquette\b`,
      // Die Fehlermeldung der Leser: „Fehler gefunden?“, „Sie haben einen Fehler entdeckt?“, „Fehler melden“.
      String.raw`^\W{0,3}fehler gefunden\s*[?!:]|^\W{0,3}(?:(?:sie haben|du hast) einen fehler (?:entdeckt|gefunden)\?|fehler melden)\W{0,3}$`,
      String.raw`^\W{0,3}(?:inhalt|anzeige|werbung|video) wird geladen\b`,
      String.raw`^\W{0,3}lesedauer(?:\s*:|\s+(?:ca\.|etwa|rund)?\s*\d+ ?(?:min\.?|minuten)\W{0,3}$)|^\W{0,3}\d{1,2}(?::\d{2})? ?(?:min\.?|minuten) lesedauer\W{0,3}$`,
      // Die Lesedauer allein auf einer Zeile (sprachneutral): "3 Min.", "(5 min)".
      READING_TIME,
      // A template's placeholder left unfilled (sprachneutral): "{{description}}".
      TEMPLATE_PLACEHOLDER,
      // Platzhalter eingebetteter Inhalte: "An dieser Stelle findest du Inhalte aus Drittanbietern", „An dieser Stelle finden Sie eine interaktive Karte.“
      String.raw`^\W{0,3}an dieser stelle (?:findest du|finden sie|wird|ist|befindet sich|steht)\b(?:[^.!?]{0,60}?\b(?:externe[nmrs]?|eingebettete[nmrs]?|interaktive[nmrs]?) (?:inhalte?|grafik|video|tweet|post|karte|umfrage|beitrag|element|medien)\b(?!-)| (?:ein |einen |eine )?(?:drittanbieter-?inhalte?|(?:inhalte?|element|tweet|video|grafik|karte|umfrage|post|beitrag) (?:aus|von) (?:drittanbieter\w*|dritten|externen (?:anbietern|quellen|plattformen)|x|twitter|youtube|instagram|facebook|tiktok|threads|bluesky|mastodon|linkedin|spotify|podigee|soundcloud|datawrapper|flourish|infogram|vimeo|glomex|civey|opinary|riddle|google maps|google|openstreetmap|mapbox))\b)`,
      // …auch mit seiner Art: „An dieser Stelle finden Sie einen ergänzenden Inhalt eines Drittanbieters.“
      String.raw`^\W{0,3}an dieser stelle (?:findest du|finden sie)\b[^.!?]{0,40}\binhalte?s? (?:eines|von einem|aus einem) drittanbieters?\b`,
      // …und ihre Bitte um Zustimmung: "Um diesen Inhalt von X anzuzeigen, benötigen wir Ihre Zustimmung", „Um diesen Inhalt (Datawrapper-Grafik) anzuzeigen, …“, „Um sie anzuzeigen, benötigen wir Ihre Einwilligung.“
      String.raw`^\W{0,3}um (?:(?:diese[nmrs]?|den|das|die) (?:externen? )?(?:inhalte?|video|grafik|karte|tweet|beitrag|element|umfrage)(?: von [\w.-]+| \([^()]{1,40}\))?|sie|ihn|es) (?:zu sehen|anzusehen|anzuzeigen|zu laden|abzuspielen)\b[^.!?]{0,40}\b(?:(?:benötigen|brauchen) wir (?:ihre|deine|eure) (?:zustimmung|einwilligung)|(?:ihre|deine|eure) (?:zustimmung|einwilligung) (?:erforderlich|nötig|notwendig|benötigt)|(?:müssen sie|musst du) der (?:übertragung|übermittlung|weitergabe) (?:von |ihrer |deiner )?(?:personenbezogenen )?daten an (?:den|die|einen) (?:dritt)?anbieter\b)\b(?![^.!?]{0,80}\b(?:kritisier\w*|sagte|sagt|berichtet\w*|fordert|forderte|urteilte|heißt es|hieß es|so)\b)`,
      // Die Knöpfe: „Inhalt anzeigen“, „Externen Inhalt einmal anzeigen“, „Karte anzeigen“, „Immer anzeigen“.
      String.raw`^\W{0,3}(?:(?:(?:externe[n]? )?inhalte?|karte|video|grafik) (?:einmal |immer )?|(?:einmal|immer) )(?:aktivieren|anzeigen|laden|zulassen)[^\p{L}\d?]{0,3}$|^\W{0,3}zustimmen (?:und|&) (?:(?:externe[n]? )?inhalte? (?:anzeigen|laden|sehen|aktivieren)|weiter|anzeigen)[^\p{L}\d?:]{0,3}$`,
      String.raw`^\W{0,3}(?:dabei|damit|hierbei|hierdurch) (?:können|werden) (?:(?:(?:ggf\. |gegebenenfalls )(?:personenbezogene )?|personenbezogene )daten an (?:den|die|externe|einen) (?:anbieter|drittanbieter|dritte|drittplattform(?:en)?)\b[^.!?]{0,40}?|(?:ggf\. |gegebenenfalls |möglicherweise )?(?:personenbezogene )?daten an (?:externe |die |eine )?drittplattform(?:en)?\b[^.!?]{0,40}?|(?:ggf\. |gegebenenfalls |möglicherweise )?(?:personenbezogene )?daten an (?:den |die |einen |externe )?(?:drittanbieter|dritte)) (?:übermittelt|übertragen|weitergegeben|weitergeleitet)(?: werden)?[^\p{L}\d?]{0,3}$`,
      String.raw`\bes können (?:auch |dabei |hierbei |zudem )?cookies (?:von drittanbietern |des anbieters |durch den anbieter )?gesetzt werden[^\p{L}\d?]{0,3}$`,
      // Einwilligungs-Hinweise eingebetteter Inhalte, auch knapp: „Einwilligung jederzeit widerrufbar in den Datenschutz-Einstellungen“.
      String.raw`^\W{0,3}(?:ihre |deine |die )?(?:einwilligung|zustimmung) (?:ist )?jederzeit widerrufbar\b`,
      // „Ihre Einwilligung können Sie jederzeit widerrufen.“
      String.raw`^\W{0,3}(?:ihre|deine) (?:einwilligung|zustimmung) (?:können sie|kannst du) jederzeit\b[^.!?]{0,60}(?<![\p{L}\d_])(?:widerrufen|ändern|anpassen)\b(?![^.!?]{0,80}\b(?:betont|betonte|sagt|sagte|rät|riet|erklärt|erklärte|so)\b)`,
      // A request for consent, for an embed („Wir benötigen Ihre Zustimmung, um den Inhalt …“) or as a consent banner's title alone („Wir brauchen deine Zustimmung“).
      String.raw`^\W{0,3}wir (?:benötigen|brauchen) (?:ihre|deine) (?:zustimmung|einwilligung)(?:\W{0,3}$|,? um (?:den |die |das |diese[nms]? )?(?:externen? )?(?:inhalte?|video|grafik|karte|tweet|beitrag|element|umfrage)\b)`,
      String.raw`\b(?:inhalte?|inhalt) mit einem klick (?:anzeigen|aktivieren|einblenden|laden)\b`,
      // Platzhalter eingebetteter Inhalte: "Empfohlener redaktioneller Inhalt", "Mit Ihrer Zustimmung wird hier ein externer Inhalt geladen.", Kommentarzähler.
      String.raw`^\W{0,3}(?:empfohlener |externer |redaktioneller ){1,3}inhalt\W{0,3}$`,
      String.raw`\bmit ihrer zustimmung wird hier (?:ein|eine) externe[rs]? (?:inhalt|video|beitrag|element|grafik|karte)\b`,
      String.raw`\bexterne (?:inhalte|medien|dienste) (?:angezeigt|geladen)\b`,
      // Der Platzhalter einer Karte oder eines Videos: „Dieser Artikel enthält einen Inhalt von Example Maps, der hier ergänzend angezeigt werden kann.“,
      // „Wenn Sie ihn laden, werden personenbezogene Daten an den Anbieter übermittelt.“, „Dieser Beitrag enthält ein Video von Example Tube.“
      String.raw`^\W{0,3}(?:dieser|der) (?:artikel|beitrag|text) enthält (?:einen |ein |eine )?(?:externen? |zusätzlichen? )?(?:inhalte?|video|karte|element|grafik|beitrag) (?:von|aus)\b(?:[^.!?]{0,60}\b(?:angezeigt|geladen|eingebunden|eingeblendet)\b| [\p{L}\d .-]{1,30}\W{0,3}$)`,
      String.raw`^\W{0,3}wenn (?:sie|du) (?:ihn|sie|es|(?:den|das|die|diese[nsm]?) (?:inhalte?|video|karte|element|beitrag|grafik)) (?:laden|lädst|anzeigen|anzeigst|aktivieren|aktivierst|abspielen|abspielst)(?: lassen)?, werden (?:dabei |ggf\. |gegebenenfalls |möglicherweise )?(?:personenbezogene )?daten\b`,
      String.raw`^\W{0,3}(?:\d+ )?(?:kommentare?|beiträge) (?:lesen|anzeigen|ansehen)(?:\s*\d+ (?:kommentare|beiträge))?\W{0,3}$`,
      // A paywall badge on its own line: "StZ Plus", "MZ+", "heise+", "OÖNplus", "RZ+ Plus-Artikel" (language-neutral).
      String.raw`^\W{0,3}(?:\p{L}{1,12}[ -]?)?(?:plus|\+)(?: ?(?:plus|\+))?(?:[ -](?:artikel|inhalt|beitrag))?\W{0,3}$`,
      // Media players and comment rules: "Audio herunterladen (MP3, 1,3 MB)", "Audio-Player", "Bitte beachte unsere Community-Richtlinien".
      String.raw`^\W{0,3}(?:audio|video|podcast)(?:-player| herunterladen| abspielen| anhören)\b`,
      String.raw`\((?:mp3|aac|m4a|mp4|ogg),\s*\d`,
      String.raw`\b(?:bitte )?(?:beachte|beachten sie) (?:bitte )?unsere (?:community-?richtlinien|netiquette|kommentar-?regeln|diskussionsregeln)\b`,
      // Platzhalter eingebetteter Inhalte: "Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden."
      String.raw`\bmit einem klick\b[^.!?]{0,40}\bwieder ausblenden\b`,
      // Kommentarzähler: "Kommentare (87)".
      String.raw`^\W{0,3}kommentare?\s*\(\d+\)\W{0,3}$`,
      // Media labels with their length and chart buttons: "Audio (2 Min)", "Hören 5 Min.", "Den Aktien-Chart anzeigen" (language-neutral "audio", "video").
      String.raw`^\W{0,3}(?:audio|video|podcast|hören|anhören)\s*[(:–-]?\s*\d{1,3}(?::\d{2})?\s*min\.?\)?\W{0,3}$`,
      String.raw`^\W{0,3}(?:den |zum )?(?:aktien-?|kurs-?)?chart (?:anzeigen|öffnen|ansehen)\W{0,3}$`,
      // Der Untertitel einer Seite unter ihrem Namen: „Nachrichten, Analysen und Hintergründe für die Modebranche“.
      String.raw`^\W{0,3}(?:[\p{L}&-]+ ){0,3}(?:nachrichten|news),? (?:analysen|hintergründe|meinungen|daten|kommentare)(?:,? (?:und|&) (?:analysen|hintergründe|meinungen|daten|kommentare|jobs|termine))+(?: (?:für|aus) [^.!?]{1,40})?\W{0,3}$`,
      // Der Rubrikname allein auf einer Zeile: „Wirtschaft“, „Lokales“.
      String.raw`^\W{0,3}(?:wirtschaft|politik|lokales|nachrichten|panorama|sport|kultur|meinung|regionales)\W{0,3}$`,
      // A comment widget's closed state: „Kommentare sind für diesen Artikel deaktiviert.“, „Die Kommentarfunktion ist geschlossen.“
      String.raw`^\W{0,3}(?:die )?(?:kommentare|kommentarfunktion|kommentarbereich) (?:ist|sind|wurden?) (?:für diesen (?:artikel|beitrag) )?(?:deaktiviert|geschlossen|ausgeschaltet)\W{0,3}$`,
      // Die Schranke einer Seite für Profis: „Sie sind nicht für Privatanleger bestimmt.“, „Nur für professionelle Anleger.“, „Mit dem Betreten der Seite bestätigen Sie, dass …“, „Ich bin professioneller Investor“, „Ich bestätige, professioneller Anleger zu sein“.
      String.raw`^\W{0,3}(?:sie|diese (?:seiten|inhalte|informationen)) sind (?:nicht|ausschließlich) für (?:privatanleger|professionelle (?:investoren|anleger))(?: bestimmt)?\b|^\W{0,3}nur für (?:professionelle|institutionelle|qualifizierte) (?:anleger|investoren|kunden)\W{0,3}$|\bmit dem (?:betreten|besuch|aufruf) (?:der|dieser) (?:seite|website|webseite|internetseite) bestätigen sie\b|^\W{0,3}ich (?:bin |bestätige,? (?:dass ich )?)(?:ein )?(?:professioneller|institutioneller|qualifizierter) (?:investor|anleger|kunde)(?: zu sein| bin)?\W{0,3}$`,
      // Der Hinweis eines eingebetteten Inhalts auf die Datenübermittlung: „Mit Klick auf „Inhalt laden“ werden personenbezogene Daten … übermittelt.“
      String.raw`^\W{0,3}mit (?:dem )?klick auf\b[^.!?]{0,40}\bwerden (?:ihre )?(?:personenbezogenen? )?daten\b`,
      // Der Kopf eines eingebetteten Videos: „Unser Video zum Thema“.
      String.raw`^\W{0,3}(?:unser|das) video zum thema\W{0,3}$`,
      // Der Hinweis auf einen Werbeblocker und der Zugang für Abonnenten: „Sie nutzen einen Werbeblocker.“, „Bitte deaktivieren Sie ihn
      // für diese Seite …“, „Login für Abonnenten“.
      String.raw`^\W{0,3}(?:sie nutzen|sie verwenden|du nutzt|du verwendest) (?:einen|offenbar einen|wohl einen) (?:werbe|ad-?)blocker\b|\b(?:deaktivieren|pausieren) sie (?:ihn|ihren (?:werbe|ad-?)blocker) für diese (?:seite|website|webseite)\b|^\W{0,3}(?:login|log-in|anmeldung|anmelden) für (?:abonnenten|abonnentinnen|abonnent\*innen|mitglieder|abo-kunden)\W{0,3}$`,
      // Die Bewertung eines Artikels und Push-Hinweise: „Wie hilfreich fanden Sie diesen Artikel?“, „Wie hat Ihnen dieser Artikel gefallen?“, „Benachrichtigungen aktivieren?“,
      // „Erhalten Sie Eilmeldungen aus Example direkt auf Ihr Gerät.“
      String.raw`^\W{0,3}(?:wie hilfreich (?:fanden sie|fandest du|war) (?:diesen|dieser|dieses) (?:artikel|beitrag)|war (?:dieser|dieses) (?:artikel|beitrag) hilfreich|wie (?:hat|gefällt) (?:ihnen|dir) ${THIS_TEXT}(?: gefallen)?)\W{0,3}$|^\W{0,3}(?:push-?)?benachrichtigungen (?:aktivieren|erlauben|einschalten)\W{0,3}$|^\W{0,3}erhalten sie (?:eilmeldungen|push-nachrichten|die wichtigsten nachrichten)\b[^.!?]{0,40}\bdirekt auf ihr (?:gerät|smartphone|handy)\b`,
    ],
  },
  byline: {
    patterns: [
      // Das Kürzel des Autors allein in Klammern unter dem Text: „(mh)“, „(lvo)“, „(jr/ab)“.
      String.raw`^\(\p{Ll}{2,4}(?:/\p{Ll}{2,4})?\)$`,
      // Die Redaktion der Seite und der Autor: „Example-Redaktion · Jane Roe“.
      String.raw`^\W{0,3}[\p{L}\d.-]+-redaktion\s*[·|•/–-]\s*[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}\W{0,3}$`,
      // Wer den Beitrag lieferte: „Ein Beitrag von Example Investment Partners“, „Ein Gastbeitrag von Jane Roe“, „Ein Überblick von Jane Roe“.
      String.raw`^\W{0,3}ein (?:gast)?(?:beitrag|überblick|kommentar|essay) von [\p{L}.&'’-]+(?: [\p{L}.&'’-]+){0,4}\W{0,3}$`,
      // Wer das Interview führte: „Das Interview führte Jane Roe.“, „Die Fragen stellte Jane Roe.“
      String.raw`^\W{0,3}(?:das (?:interview|gespräch) führten?|die fragen stellten?) (?!(?:zu|zur|zum|dazu|nicht|auch|bei|in|im|mit|nach|sich)\b)[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}\W{0,3}$`,
      // The date and the reading time in a bar behind the author: „… | 23. November 2026 | Lesezeit 5 Min.“
      String.raw`\d{4}\s*[|·•]\s*lesezeit\s*:?\s*(?:ca\.\s*)?\d{1,2}\s*min`,
      // Name und Rolle hinter einem Strich: „Anna Beispiel | Redakteurin“, „Max Muster · Wirtschaftskorrespondent“.
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3} ?[|·•] ?(?:[\p{L}-]+ )?[\p{L}-]*(?:redakteur|korrespondent|autor|analyst|volontär|reporter|ressortleiter)(?:in)?\W{0,3}$`,
      // Die Prüfer und der Autor eines Ratgebers: „Medizinisch geprüft von Dr. med. Jane Roe“, „Text: Dr. Jane Roe“, „Text: Jane Roe · Ausgabe 11/2026“,
      // „Text: Jane Roe · Erschienen am 19.11.2026“.
      String.raw`^\W{0,3}(?:medizinisch|fachlich|redaktionell) geprüft von\b|^\W{0,3}text\s*:\s*(?:(?:dr|prof)\. )*[\p{L}'’-]+(?: [\p{L}'’-]+){1,3}(?:\s*[·|•]\s*(?:(?:ausgabe|heft) \d{1,2}\/\d{4}|(?:erschienen|veröffentlicht)(?: am)? ${DATE}))?\W{0,3}$`,
      // Die Zeile des Interviewers mit Datum: „Interview: Jane Roe · 19. November 2026“, „Gespräch: Jane Roe · 20.11.2026 · Ausgabe 47/2026“.
      String.raw`^\W{0,3}(?:interview|gespräch|moderation)\s*:\s*(?:(?:dr|prof)\. )*[\p{L}'’-]+(?: [\p{L}'’-]+){1,3}\s*[·|•,–-]\s*${DATE}(?:\s*[·|•]\s*(?:ausgabe|heft) \d{1,2}\/\d{4})?\W{0,3}$`,
      // Die Fundstelle einer Fachzeitschrift als Zeile: „Redaktion | 23.11.2026 | Ausgabe 23/2026, S. 1142“.
      String.raw`^\W{0,3}(?:[\p{L}.-]+ ?[|·•] ?)?(?:${DATE} ?[|·•] ?)?(?:ausgabe|heft) \d{1,2}\/\d{4}(?:,? s\. ?\d+(?:\s?[-–]\s?\d+)?)?\W{0,3}$`,
      // Ein Autorenkasten mit seinem Kopf: „Über den Autor: Jane Roe schreibt seit 2014 …“, „Zur Autorin“ als Zeile (nicht „Zur Person“, den Kasten des Artikels über jemanden).
      String.raw`^\W{0,3}(?:über (?:den autor|die autorin|die autoren|die autorinnen)|zum autor|zur autorin)\s*(?::|$)`,
      // Das Kürzel der Agenturredakteure unter einer Meldung: „/hob/ssc/mis“.
      String.raw`^\s*(?:/[a-z]{2,4}){2,5}\s*$`,
      // Ein Autorenkasten ohne Subjekt: „Schreibt über Stadtentwicklung, Mieten und soziale Bewegungen.“; der einer Redaktion: „Die Redaktion von example.de berichtet täglich über …“.
      String.raw`^\W{0,3}die redaktion (?:von|der|des) (?:[^.!?]|\.(?=\p{L})){2,40}? berichtet (?:täglich|rund um die uhr|laufend)\b`,
      String.raw`^\W{0,3}(?:schreibt|berichtet) (?:für [\p{L}\d .-]{2,30} )?über\b`,
      String.raw`^\W{0,3}(?:verfasst|geschrieben) von\s*:?\s*(?:\p{L}|$)`,
      // Die Felder eines Presseportals über der Meldung: „Pressemitteilung von: Beispiel eG“, „PR-Agentur: Beispiel Kommunikation“.
      String.raw`^\W{0,3}(?:pressemitteilung von|pr-agentur)\s*:\s*[^.!?]{2,60}$`,
      // An author box: "Jane Roe ist seit 2014 als Analystin tätig und schreibt für Example über Indizes"; "Von Redaktion Example".
      String.raw`\b(?:tätig|aktiv) und schreibt (?:seit \d{4} )?(?:regelmäßig )?(?:für|bei|auf|im) [^.!?]{2,40} über `,
      // …and its first sentence: „Jane Roe schreibt für Example über Steuern, Fonds und Altersvorsorge.“, „Jane Roe berichtet für die MZ über …“.
      String.raw`^\W{0,3}(?:[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} schreibt|(?!(?:der|die|das|ein|eine|er|sie|man|wir)\s)[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} berichtet) (?:seit \d{4} )?(?:regelmäßig )?(?:für|bei) (?:[^.!?]|\.(?=\p{L})){2,40} über `,
      // …or since when: „Jane Roe berichtet seit 2014 über Stadtpolitik …“, „… seit 2014 aus Eberbach über …“, „… für den Kreisbote seit 2019 aus Weilheim …“ (not „Der Verband berichtet seit 2019 über …“).
      String.raw`^\W{0,3}(?!(?:der|die|das|ein|eine|er|sie|man|wir)\s)[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} (?:schreibt|berichtet) (?:für [^.!?]{2,40}? )?seit (?:19|20)\d\d (?:regelmäßig )?(?:für [^.!?]{2,40}? )?(?:aus [^.!?]{2,60} über|aus|über) `,
      // …and the next sentence, with the beats: „Er berichtet seit 2012 über die Stadt Example, die Landwirtschaft und die Wirtschaft in der Region.“,
      // „Sie lebt seit 2019 in Moskau und schreibt über Unternehmen, Handel und Regionalentwicklung.“ (not „Sie berichtet über volle Auftragsbücher in der Industrie.“).
      String.raw`^\W{0,3}(?:er|sie)\b(?:[^.!?]{1,60}? und)? (?:berichtet|schreibt) (?:(?:seit (?:19|20)\d\d|vor allem|hauptsächlich|überwiegend|schwerpunktmäßig|regelmäßig) )?(?:für [^.!?]{2,40}? )?über (?=[^.!?]{0,100} und )(?:[^.!?]{1,80}?(?:,| und) )?(?:die |den |das )?${BEAT}\b`,
      // …or after where the author grew up: „Jane Roe ist in Example aufgewachsen und berichtet seit 2015 für Example Aktuell über …“.
      String.raw`\bund (?:berichtet|schreibt) seit (?:19|20)\d\d für [^.!?]{2,40}? über `,
      // Datum und Autor, auf einer Zeile oder zweien: „20. November 2026 von Jane Roe“, „24.11.2026, 08:52 Uhr von Jane Roe“.
      String.raw`^\W{0,3}${DATE}${CLOCK_TIME},?\s(?:[|·–-] )?von [\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}\W{0,3}$`,
      String.raw`^\W{0,3}von (?:der )?redaktion(?: [\p{L}&.'’-]+){0,4}\W{0,3}$`,
      String.raw`^\W{0,3}(?:\d{1,2}\.\d{1,2}\.\d{2,4}(?:,|\s[–—|·-])?\s+)?(?:(?:artikel |beitrag |ein beitrag )?von:?|autor(?:in)?:?|übersetzt von:?|übersetzung:|text(?: (?:und|&) (?:fotos?|bilder))?:)\s+(?!(?:ein|eine[mnrs]?|de[mnrs]|die|das|diese[mnrs]?|jede[mnrs]?|alle[mnrs]?|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|rund|etwa|knapp|über|mehr|weniger)\s)(?:(?:dr|prof)\. (?:dr\. )?)?[a-zäöü][a-zäöüß.'-]+\s+[a-zäöü][a-zäöüß-]+\s*(?:[|,–·•-]|$|am \d{1,2}\.|(?:veröffentlicht|aktualisiert)(?: am)? \d)`,
      String.raw`\bmit material (?:von|der) (?:dpa|reuters|afp)`,
      // Ort, Autorin und Zeit als Zeile: "Ulm / Jana Muster 21.11.2026, 16:30 Uhr".
      String.raw`^\W{0,3}[\p{L}.-]+(?: [\p{L}.-]+)? / [\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2},? \d{1,2}\.\d{1,2}\.\d{2,4}\b`,
      // Ein Name mit dem Datum als Zeile: "Jana Muster, 21. November 2026", "Redaktion Beispiel | 12. Aug. 2025", "Jana Muster, 21.11.2026 10:48 Uhr"
      // (with the month in figures only with its clock time: the words "Uhr" or the month's name find the units to test).
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\s*[,|·–—-]\s*\d{1,2}\. ?${MONTH_DE} \d{4}${CLOCK_TIME}\W{0,3}$`,
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\s*[,|·–—-]\s*${NUMERIC_DATE},? (?:um )?\d{1,2}:\d{2} uhr\W{0,3}$`,
      String.raw`^\W{0,3}von\s+[a-zäöü][a-zäöüß.'-]+\s+[a-zäöü][a-zäöüß-]+\s+und\s+[a-zäöü][a-zäöüß.'-]+\s+[a-zäöü][a-zäöüß-]+\W{0,3}$`,
      // The role before the name: "Von Redakteurin Jane Roe", "Von unserer Redakteurin Jane Roe", "Von unserem Korrespondenten Jan Roe".
      String.raw`^\W{0,3}von (?:unserer |unserem |unseren )?[\wäöüß-]*(?:redakteur|korrespondent|reporter|autor)(?:in|en)?\b`,
      // An author bio: "X ist seit 2021 Redakteurin bei Y.", "X schreibt als freie Autorin für Y über …".
      String.raw`\bschreibt (?:seit \d{4} )?als (?:freie[rnm]? )?(?:autor|journalist|redakteur|korrespondent)(?:in)? (?:für|bei)\b`,
      String.raw`\bist seit \d{4} (?:als )?(?:redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|reporter(?:in)?|korrespondent(?:in)?)\b`,
      // …oder beim Verlag: „Jane Roe ist seit 2021 bei Example und schreibt über Versicherungen.“
      String.raw`\bist seit \d{4} bei [^.!?]{1,40} und schreibt (?:über|für)\b`,
      // …ohne Namen davor: „Schreibt seit 2011 für die Beispiel-Zeitung über Häfen und Werften.“
      String.raw`^\W{0,3}schreibt seit (?:\d{4}|(?:\d{1,2}|[\p{L}]+) jahren) (?:für|bei|in) (?:die|den|das|der|dem) [^.!?]{2,50} über\b`,
      // Das Schlusszeichen einer Agenturmeldung, mit den Kürzeln der Redakteure: „(Schluss) ste/kre“.
      String.raw`^\W{0,3}\(schluss\)(?:\s{1,3}\p{L}{1,4}(?:[/.]\p{L}{1,4}){0,3})?\W{0,3}$`,
      String.raw`\bist (?:[\p{L}-]+ ){0,2}[\p{L}-]*(?:redakteur|redaktor|korrespondent|reporter|journalist)(?:in)? (?:der|des|bei|beim|für|im|in der|mit schwerpunkt)\b`,
      String.raw`^\W{0,3}(?:zuvor|davor|vorher) (?:war|arbeitete) (?:er|sie) (?:[\p{L}-]+ ){0,4}(?:als )?[\p{L}-]*(?:redakteur|redaktor|korrespondent|reporter|journalist)(?:in)? (?:bei|für|der|des|im)\b`,
      String.raw`^\W{0,3}(?:eine analyse|ein kommentar|ein gastbeitrag) von [\p{L} .'’-]{3,40}\W{0,3}$`,
      String.raw`^\W{0,3}mit material (?:der|von) (?:agenturen|dpa|reuters|afp|apa)\b`,
      // „Alle Artikel von Jane Roe“, „Mehr Artikel von Jane Roe“ (not „Mehr Artikel von Verlagen und Agenturen stehen …“).
      String.raw`^\W{0,3}alle artikel von\b|^\W{0,3}(?:mehr|weitere) (?:artikel|beiträge) von [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}\W{0,3}$`,
      String.raw`^\W{0,3}redaktion (?=[\p{L}&. -]{2,30}$)(?!(?:und|oder|der|die|das|des|im|in|ist|war|hat|wird|bei|von|gegen|streikt|protestiert|kritisiert|fordert|wehrt|warnt|klagt|kündigt|verlässt|wechselt|schrumpft)\b)[\p{L}&.-]+(?: [\p{L}&.-]+){0,2}\W{0,3}$`,
      // Sendehinweis des Senders: "Über dieses Thema berichtet: … am 20.11.2026", "Dieses Thema im Programm: …".
      String.raw`^\W{0,3}(?:über )?dieses thema (?:berichtet|berichtete|im programm)\b`,
      // Autorenzeilen und Sendehinweise: "Fakten geprüft von …", "Redaktorin Wirtschaft", „Redakteurin in der Lokalredaktion Trostberg.“, "… im Programm Deutschlandfunk gesendet".
      String.raw`^\W{0,3}(?:fakten (?:geprüft|gecheckt)|faktencheck) (?:von|durch) [\p{L}]`,
      String.raw`^\W{0,3}(?:[\p{L}-]+)?redakt(?:eur|eurin|or|orin)(?: [\p{L}-]+){0,4}\W{0,3}$`,
      String.raw`\bim programm\b[^.!?]{0,40}\bgesendet\b`,
      // A broadcaster's air-date line: "Sendung am Do., 30.10.2026, 16:00 Uhr, SWR4".
      String.raw`^\W{0,3}sendung (?:am|vom) (?:[\p{L}]{2,10}\.?,? )?\d{1,2}\.\s?(?:\d{1,2}\.|[\p{L}]{3,9})`,
      // "Verfasst von …", "Geschrieben von …" as a line of its own.
      String.raw`^\W{0,3}(?:verfasst|geschrieben) von [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}\W{0,3}$`,
      // Die Zeile eines Autorenkastens: „Redakteurin der Beispiel Zeitung.“
      String.raw`^\W{0,3}(?:redakteur|reporter|korrespondent|volontär|journalist)(?:in)? (?:der|des|bei der|beim|im) [\p{L} -]{2,40}\.?$`,
    ],
  },
  caption: {
    patterns: [
      // A caption that places the people in a photo: "Martina Gstach (l.) und Reinhard Mähr".
      String.raw`\((?:l\.|r\.|li\.|re\.|m\.|links|rechts|mitte|v\. ?l\.(?: ?n\. ?r\.)?|von links)\)`,
      String.raw`^\W{0,3}(?:quelle|grafik)\s*:`,
      // Bildtexte: "Bildbeschreibung: …" (the caption itself, not its credit).
      String.raw`^\W{0,3}(?:bildbeschreibung|bildunterschrift|bildtext)\s*:`,
    ],
  },
  'picture-credit': {
    patterns: [
      // Ein Bild als Symbol oder Montage gekennzeichnet: „(Symbolbild) © Name“, „Montage: Example“.
      String.raw`\((?:symbolbild|symbolfoto|archivbild|archivfoto)\)|(?:^\W{0,3}|[/|] ?)\b(?:fotomontage|montage)\s*:`,
      String.raw`^\W{0,3}(?:foto|fotos|bild|bildquelle|bildrechte|bildnachweise?|fotonachweis|titelbild|archivfoto|archivbild|symbolfoto|symbolbild|visualisierung|illustration)\s*:`,
      String.raw`\b(?:foto|bild)\s*:\s*[^.]{0,40}/\s*(?:dpa|afp|reuters|imago|getty|picture)`,
      String.raw`\bpicture[- ]alliance\b`,
      // A credit at the end of a caption line: "Ein Neubaugebiet bei Frankfurt Bild: Jane Roe".
      String.raw`\b(?:bild|foto)(?:quelle)?\s*:\s*[a-zäöü][\wäöüß.-]*(?:,? [a-zäöü][\wäöüß.&-]*){0,2}\s*$`,
      String.raw`\b(?:dpa|afp|reuters|imago|getty images|keystone|epa)\s*/\s*[a-z]`,
      // "… (Bild: Beispiel AG)" am Ende einer Bildunterschrift.
      String.raw`\((?:bild|bilder|foto|fotos|grafik|illustration)\s*:\s*[^()]{2,60}\)\W{0,2}$`,
      ...PICTURE_CREDIT_LINES,
    ],
  },
  'dateline-line': {
    patterns: [
      WIRE_DATELINE,
      // A date with short fields after it: "22. November 2026 | Aktien | Vorname Nachname", "20.11.2026 · 7 Min. Lesezeit".
      String.raw`^\W{0,3}${WEEKDAY}${DATE}${CLOCK_TIME}${BAR_FIELDS}$`,
      // …or the author's first and last name right after it, maybe behind a dash, or before it behind a bar: "20. November 2026 Jane Roe",
      // "21.11.2026 – Jane Roe", "Jane Roe | 19.11.2026 | X+", "Jane Roe | 22.11.2026, 18.30 Uhr | Aktualisiert 23.11.2026, 07.45 Uhr".
      String.raw`^\W{0,3}[\p{L}'’-]+ [\p{L}'’-]+ ?[|·•] ?${DATE}${CLOCK_TIME}${UPDATED}?(?:${BAR_FIELDS})?(?: ?[|·•] ?[\p{L}\d-]{1,15}\+)?\W{0,3}$`,
      String.raw`^\W{0,3}${WEEKDAY}${DATE}${CLOCK_TIME}(?: [–—-])? [\p{L}'’-]+ [\p{L}'’-]+\W{0,3}$`,
      // Publication and update dates behind the desk: "Redaktion Example | Veröffentlicht am 18.11.2026 | Aktualisiert am 21.11.2026".
      String.raw`^\W{0,3}(?:${DESK_NAME} ?[|·•] ?)?(?:veröffentlicht|erschienen|aktualisiert|zuletzt aktualisiert) am ${DATE}${CLOCK_TIME}${UPDATED}?\W{0,3}$`,
      // The desk or author before the date: "Redaktion Example | 20. November 2026, 09:12 Uhr", "Von Jane Roe | 12.03.2026".
      String.raw`^\W{0,3}${DESK_NAME} ?[|·•,] ?${DATE}${CLOCK_TIME}\W{0,3}$`,
      // The section before the date: "Fonds & Asset Management | 21.11.2026", "Märkte · 20. November 2026 | 7 Min. Lesezeit".
      String.raw`^\W{0,3}${SECTION_FIELD}${DATE}${CLOCK_TIME}(?:${BAR_FIELDS}|\W{0,3})$`,
      // Eine relative Zeitangabe mit ihrem Verb: "Aktualisiert vor 3 Stunden", "Publiziert heute um 08:12 Uhr".
      String.raw`^\W{0,3}(?:aktualisiert|publiziert|veröffentlicht|zuletzt aktualisiert|erschienen) (?:vor \d+ (?:minuten|stunden|tagen)|(?:heute|gestern)(?:,? (?:um )?\d{1,2}:\d{2}(?: uhr)?)?)\W{0,3}$`,
      String.raw`^\W{0,3}(?:${DATE}${CLOCK_TIME} ?[|·•] ?)?(?:stand|aktualisiert|veröffentlicht|zuletzt aktualisiert|erstellt)(?: am)?\s*:`,
      String.raw`^\W{0,3}(?:aktualisiert|veröffentlicht|zuletzt aktualisiert|erstellt) am \d`,
      String.raw`^\W{0,3}(?:erstpublikation|erstveröffentlichung|erschienen)(?: am)?\s*:?\s*\d`,
      // A line that is only a date and clock time, maybe after the place: "19.11.2025 - 10:27 Uhr", "Mettingen, 21.11.2026 - 07:30 Uhr".
      // With the desk or author after it: "20.11.2026 - 17:48 Uhr | Redaktion Example.de", and
      // a date with the month's name when a desk follows ("22. November 2026 | Redaktion …"; alone,
      // "20. November 2026." may open the article's first paragraph).
      String.raw`^\W{0,3}(?:[\p{L}-]+,? )?${WEEKDAY}(?:${NUMERIC_DATE}${CLOCK_TIME}(?:${DESK})?|\d{1,2}\. ?(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) \d{4}${CLOCK_TIME}${DESK})\W{0,3}$`,
      // The author before the date, and the count of comments or short fields after it: "Jane Roe – 19.11.2026 um 11:20 Uhr – 12 Ergänzungen",
      // "Redaktion Example+ Magazin | 19.11.2026, 08:12 Uhr | Lesezeit: 3 Min.".
      String.raw`^\W{0,3}[\p{L}.'’+&-]+(?: [\p{L}.'’+&-]+){0,3} [–—|·•] ${WEEKDAY}${DATE}${CLOCK_TIME}(?: [–—|·•] \d+ (?:kommentare?|ergänzungen|antworten|reaktionen)|${BAR_FIELDS})?\W{0,3}$`,
      // …or with the site and „am“: „Jane Roe, Example am Mittwoch, 25.11.2026 - 06:00“ (maybe over two lines).
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}, [\p{L}\d.&'’+ -]{2,30}\sam ${WEEKDAY}${DATE}${CLOCK_TIME}\W{0,3}$`,
      // Site and sections before the date, the author after it, behind slashes or bars: „Handel // Montag, 23. November 2026 // von Jane Roe“, „Betrieb & Markt / 22.11.2026 / Redaktion“,
      // „EXAMPLE ZEITUNG / example.de | Handel | 23.11.2026“ (not behind dots: „Example · Redaktion · 22.11.2026“ tipped a reported sentence over the threshold).
      String.raw`^\W{0,3}(?:[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3} ?(?://|[|/]) ?){1,3}${WEEKDAY}${DATE}${CLOCK_TIME}(?: ?(?://|[|·•/]) ?(?:von )?[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3})?\W{0,3}$`,
      // The author's initials before or after the date: "mth / 22.11.2026", "kl/20.11.2026 14:05", "22. November 2026 – mk".
      String.raw`^\W{0,3}\p{L}{2,4} ?\/ ?${NUMERIC_DATE}${CLOCK_TIME}\W{0,3}$|^\W{0,3}${DATE}${CLOCK_TIME} [–—|/] \p{L}{2,4}\W{0,3}$`,
      // A relative time, maybe behind a commenter's name: "vor 3 Stunden", "K. Frowein, vor 1 Std.", "Jutta W. · vor 1 Tag".
      String.raw`^\W{0,3}${COMMENTER_NAME}vor \d+ (?:minuten?|min\.|stunden?|std\.|tagen|tag)\W{0,3}$`,
      // …or the date and clock time of the comment or the article, maybe with its update: "Sparfuchs_62 am 20.11.2026 um 14:22 Uhr",
      // "Jana Roe am 24.11.2026 um 19:20 Uhr aktualisiert am 24.11.2026 um 21:02 Uhr".
      String.raw`^\W{0,3}[\p{L}\d_.'’-]+(?: [\p{L}\d_.'’-]+){0,2} am ${NUMERIC_DATE} um \d{1,2}:\d{2}(?: uhr)?${UPDATED}?\W{0,3}$`,
      // A line that is only a date with the month named, maybe with a clock time and the author: "22. November 2026, 06:12 Uhr", "20. November 2026, 10:42 Uhr, Vorname Nachname", "… Uhr von Jana Roe, Example AG" (the author maybe on the next line, which the segmenter joins), "21. Nov. 2026" (not a sentence ending in one: "Frankfurt, 20. November 2026.").
      String.raw`^\W{0,3}${WEEKDAY}\d{1,2}\. ${MONTH_DE} \d{4}(?:(?:,| ?[-–|·•])? (?:um )?\d{1,2}:\d{2}(?: uhr)?(?:,?\s(?:von )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}(?:, [\p{L}'’-]+(?: [\p{L}'’-]+){0,3})?)?)?[^\p{L}\d.]{0,3}$`,
      // Datum und Aktualisierung, vielleicht hinter dem Ort: „Sonntag, 22. November 2026, 16:45 Uhr aktualisiert: 23.11.2026, 07:10 Uhr“,
      // „Kitzingen | 22.11.2026 | Aktualisiert: 23.11.2026, 08:14 Uhr“, also with the author: „Example · Jane Roe · 23.11.2026, 18:12 Uhr · Aktualisiert: …“.
      String.raw`^\W{0,3}(?:[\p{L}-]+ ?[|·•,] ?(?:[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3} ?[|·•] ?)?)?${WEEKDAY}${DATE}${CLOCK_TIME}${UPDATED}\W{0,3}$`,
      // Ort und Datum allein auf einer Zeile, ohne Satzende: „Berchtesgaden, 22. November 2026“.
      String.raw`^\W{0,3}[\p{L}-]+(?: [\p{L}-]+){0,2}, \d{1,2}\. ?${MONTH_DE} \d{4}$`,
    ],
  },
  contact: {
    patterns: [
      String.raw`^\W{0,3}(?:kontakt|ansprechpartner(?:in)?|pressekontakt|investor relations)\W{0,3}$`,
      String.raw`\bschlagwort\(e\)\s*:`,
      // With a value after the colon: a bare "E-Mail:" is a form field.
      String.raw`\b(?:tel|telefon|fax|e-mail|email|isin|wkn)\.?:(?=\s*\S)`,
      // Words that are also prose ("eine klare Sprache: …") count as field labels only at the start; „Unternehmen:“ not before
      // a subheading's phrase („Unternehmen: Logistik und Software im Fokus“).
      String.raw`^\W{0,3}(?:internet|börsen|sprache)\s*:|^\W{0,3}unternehmen\s*:(?![^\n]{0,80}\s(?:im|in|vor|nach|mit|als|auf|unter|wird|setzt|bleibt)\s)`,
      String.raw`^\W{0,3}(?:kontakt für (?:investoren|presse|medien)|rückfragehinweis|pressekontakt)\s*:?\W{0,3}$`,
    ],
  },
  widget: {
    patterns: [
      // Der Zeitstempel einer Kursleiste: „… Kurse vom 24.11.2026, 12:05 Uhr“.
      String.raw`\bkurs(?:e|daten) vom \d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}),? \d{1,2}[:.]\d{2}(?: uhr)?\W{0,3}$`,
      // Ein Pegel neben dem Wetter: „Pegel Dresden: 71 cm ↓ | Beispielstadt: 3 °C, bedeckt“.
      String.raw`^\W{0,3}(?:pegel|wasserstand)(?: [\p{L}-]+)?\s*:?\s*\d{1,4}(?:,\d{1,2})?\s?(?:cm|m)\b(?:\s*[↑↓→↗↘])?(?:\s*[|·•]\s*[^|·•]{1,40}){0,4}\W{0,3}$`,
      // Die Reiter eines Kurswidgets: „Chart | Kennzahlen | Orderbuch“, „Realtime-Kurs | Chart | Orderbuch“.
      String.raw`^\W{0,3}${QUOTE_TAB}(?:\s*[|·]\s*${QUOTE_TAB}){2,}\W{0,3}$`,
      // Ein Hebelrechner: „Hebel wählen: 2 5 10 20“, „Hebel 2 | 5 | 10“, „Long | Short“.
      String.raw`^\W{0,3}hebel(?: wählen)?\s*:?\s*\d+(?:\s*[|/·]?\s*\d+){2,}\W{0,3}$|^\W{0,3}long\s*[|/·]\s*short\W{0,3}$`,
      // A bar of named scores (language-neutral): "KGV 12 | KUV 1,4 | Rendite 3,1 %".
      SCORE_BAR,
      // A ticker of quotes (language-neutral): „Gold 2.684,10 $ +0,4% | Silber 31,22 $ -0,2%“.
      TICKER_BAR,
      // A strip of changes alone (language-neutral): "DOW FUTURES +0.21% S&P FUT +0.34% NASDAQ FUT +0.47%".
      CHANGE_BAR,
      // A rate board's row (language-neutral): "USD 48.92 | 49.02", "SAR Buy 563 Sell 566".
      RATE_ROW,
      // A currency widget (language-neutral): "USD 12 846.30", "USD 9.4215 EUR 10.8730 RUB 0.1174", "1 € = 7,46 kr.".
      ...CURRENCY_RATES,
      // A commodity box's row (language-neutral): "Weizen (Matif, Dez.) 213,75 €/t –1,25", "Brent 71.40 USD/Fass +1,1%".
      COMMODITY_ROW,
      // Handelsplatz und Uhrzeit eines Kursfensters: „Tradegate, 17:31 Uhr“, „Xetra · 17:35:02“, „Kurs vom 19.11.2026, 08:05 Uhr (Tradegate)“.
      String.raw`^\W{0,3}(?:${TRADING_VENUE})\s*[,·|]\s*\d{1,2}:\d{2}(?::\d{2})?(?: uhr)?\W{0,3}$|^\W{0,3}kurs vom ${DATE}${CLOCK_TIME}(?: \((?:${TRADING_VENUE})\))?\W{0,3}$`,
      // …with the date, maybe saying what the price is: „SIX Swiss Exchange, 20.11.2026, Schlusskurs“, „Xetra, 20.11.2026, 17:35 Uhr“.
      String.raw`^\W{0,3}(?:[\p{L}&.'’-]+ ){0,3}[\p{L}&.'’-]+,? ${DATE}${CLOCK_TIME},? (?:schlusskurs|verzögert|in echtzeit)\W{0,3}$|^\W{0,3}(?:${TRADING_VENUE}),? ${DATE}${CLOCK_TIME}\W{0,3}$`,
      // Die Felder eines Kursfensters: „Geld: 14,20  Brief: 14,50  Volumen: 38.412“, „Eröffnung 12,30  Hoch 14,80  Tief 12,25“.
      quoteBar(String.raw`eröffnung|hoch|tief|tageshoch|tagestief|vortag|schluss(?:kurs)?|geld|brief|volumen|stücke|kurs|veränderung|änderung`),
      String.raw`^\W{0,3}(?:handelsplatz|börsenplatz)\s*:\s*[^.!?]{2,40}$`,
      String.raw`\baktueller kurs\b`,
      String.raw`\bmarktkapitalisierung:`,
      String.raw`\btagesspanne\b`,
      String.raw`\bkursdaten\b`,
      String.raw`\bhäufig gestellte fragen\b`,
      // The instruments box of a portal page and its search field: "Werte in diesem Artikel", "Indizes in diesem Artikel", "Erwähnte Aktien", "Im Artikel erwähnt", "Suche nach Wertpapier", "Suche nach ETF, ISIN, WKN, Index ...".
      String.raw`^\W{0,3}(?:(?:werte|aktien|wertpapiere|titel|indizes|fonds|etfs) (?:in|aus) diesem (?:artikel|beitrag)|(?:im artikel )?erwähnte (?:werte|aktien|wertpapiere|titel)|im (?:artikel|beitrag) erwähnt)\W{0,3}$`,
      // …mit den Namen dahinter: „Erwähnte Unternehmen: Example AG · Beispiel GmbH“.
      String.raw`^\W{0,3}(?:im artikel )?erwähnte (?:unternehmen|werte|aktien|wertpapiere|titel)\s*:\s*\S`,
      // Das Suchfeld eines Kursportals: „Kurssuche: Name, WKN oder ISIN“, „Wertpapiersuche“.
      String.raw`^\W{0,3}(?:kurs|wertpapier|aktien|fonds|etf)suche(?:\s*:?\s*${SEARCH_KEYS})?(?:\s*(?:\.{3}|…))?\W{0,3}$`,
      // …oder als Aufforderung im Feld: „Aktie, Index, WKN oder ISIN suchen“.
      String.raw`^\W{0,3}${SEARCH_KEY}(?:${SEARCH_KEY_BETWEEN}${SEARCH_KEY}){1,5} suchen\W{0,3}$`,
      String.raw`^\W{0,3}(?:suche|suchen)(?:\s*:\s*| )(?:nach )?(?:wertpapier|wertpapieren|aktie|aktien|etfs?|fonds|isin|wkn|name|symbol)(?:,? (?:isin|wkn|name|symbol|aktien?|etfs?|fonds|index|indizes|zertifikate?|anleihen?|oder|und))*(?:\s*(?:\.{3}|…))?\W{0,3}$`,
      String.raw`^\W{0,3}(?:chart|aktienkurs|vortag|tageshoch(?: / tagestief)?|tagestief|zugehörige (?:kurse|wertpapiere)|alle [\p{L}-]{0,20}(?:kurse|preise)(?: anzeigen)?|tops (?:&|und) flops)\W{0,3}$`,
      // Der Hinweis eines Kurs-Widgets auf seine Quelle: „Realtime-Kurse bereitgestellt von einem Kursdatenanbieter“.
      String.raw`^\W{0,3}(?:realtime|echtzeit)-?kurse (?:bereitgestellt|geliefert|zur verfügung gestellt) (?:von|durch)\b`,
      // Die Knöpfe eines Kurs-Widgets: „Kaufen Verkaufen Zur Watchlist“, „Handeln | Kursalarm setzen“, „Zur Aktie | In die Watchlist“.
      String.raw`^\W{0,3}(?:${QUOTE_BOX_BUTTON})(?:(?:\s*[|·•/]\s*|\s+)(?:${QUOTE_BOX_BUTTON})){1,5}\W{0,3}$`,
      String.raw`^\W{0,3}(?:1t|1w|1m|3m|6m|1j|3j|5j|max)(?: (?:1t|1w|1m|3m|6m|1j|3j|5j|max)){3,}\W{0,3}$`,
      // Der Hinweis auf verzögerte Kurse: „Kurse 15 Minuten verzögert“, „Daten verzögert“, „Quelle: Börsendaten, verzögert“,
      // „Kurse und Indizes mit Verzögerung von mindestens 15 Minuten.“, „Push-Kurse in Echtzeit für angemeldete Nutzer.“
      String.raw`\b(?:kurse|indizes|daten|notierungen)\b[^.!?]{0,30}\bmit (?:einer )?verzögerung von (?:mindestens |mind\. )?\d+ minuten\b|^\W{0,3}push-kurse\b|\bkurse (?:um )?(?:mindestens )?\d+ minuten verzögert\b|\bverzögert um (?:mindestens )?\d+ minuten\b|^\W{0,3}(?:kurse|daten|notierungen) (?:zeit)?verzögert\b|\b(?:börsen|kurs|markt)daten,? (?:zeit)?verzögert\b`,
      // Der Link eines Kurskastens: „Zum Kursverlauf“, „Zum Kursporträt“, „Zum Kursportal“, „Zum vollständigen Fondsporträt“, „Zum Chart“, „Zur Kursseite“, „Kursverlauf anzeigen“.
      String.raw`^\W{0,3}(?:zum (?:kursverlauf|kursporträt|kursportal|chart|aktienkurs|kursdiagramm|(?:vollständigen |ausführlichen )?(?:fonds|aktien|etf)?(?:porträt|portrait))|zur (?:kursseite|kursübersicht)|(?:kursverlauf|chart) anzeigen)\W{0,3}$`,
      // …und seine Knöpfe, allein oder in einer Reihe: „Zur Watchlist hinzufügen“, „Zur Watchlist | Realtime-Push aktivieren“.
      String.raw`^\W{0,3}(?:zur watchlist(?: hinzufügen)?(?:\s*[|·]\s*${PUSH_BUTTON})?|${PUSH_BUTTON})\W{0,3}$`,
      // Ein Heizölpreis-Kasten: „100 Liter (bei 3000 l Abnahme): 97,85 €“ und sein Knopf „Preise vergleichen“; ein Tarifrechner: „Tarif berechnen“.
      String.raw`\bbei \d[\d.]* ?(?:l|liter) abnahme\b|^\W{0,3}(?:jetzt )?(?:preise|tarife?) (?:vergleichen|berechnen)\W{0,3}$`,
      // Der Titel eines Preiskastens: „Milchpreise aktuell“, „Spritpreise aktuell“.
      String.raw`^\W{0,3}[\p{L}-]*(?:preise|kurse) aktuell\W{0,3}$`,
      // Ein Wetterkasten in der Kopfzeile: „Wetter: 3 °C, bedeckt“, „Grafenau 3 °C bedeckt“, „Burg auf Fehmarn 6 °C bedeckt, Wind SW 5“, „Borkum heute: 8 °C, bewölkt, Wind SW 5 Bft | Hochwasser 13:47 Uhr“, „Wetter Example: leicht bewölkt, -2 / 6 °C“; kein Mostgewicht („88 °Oe“).
      String.raw`^\W{0,3}(?:wetter\s*:?\s*|[\p{L}-]+(?: [\p{L}-]+){0,2}(?: heute)?:?\s+)[+\-−]?\d{1,2}(?:,\d)?\s?°c?(?!\p{L})(?:,?\s*[\p{L}-]+(?: [\p{L}-]+)?)?(?: ?[,|] [^,|]{1,30}){0,5}\W{0,3}$|^\W{0,3}wetter(?: [\p{L}-]+){0,2}\s*:\s*[\p{L}-]+(?: [\p{L}-]+){0,2},?\s*[+\-−]?\d{1,2}(?:\s?\/\s?[+\-−]?\d{1,2})?\s?°c?\W{0,3}$`,
    ],
  },
  'second-person': {
    caseSensitive: true,
    patterns: [
      String.raw`[\p{Ll},;:]\s+(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b`,
      String.raw`^(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\b`,
      String.raw`\b(?:du|dein|deine|deinen|deinem|dir|dich|Du|Dein|Deine|Deinen|Deinem|Dir|Dich)\b`,
      // The salutation of an appeal box as a line of its own: "Liebe Leserin, lieber Leser".
      String.raw`^\W{0,3}[Ll]iebe [Ll]eserin(?:nen)?,? (?:und|lieber) [Ll]eser\W{0,3}$`,
    ],
  },
  'buy-sell-question': {
    patterns: [
      String.raw`\b(?:kaufen|verkaufen|halten|einsteigen|zugreifen|nachkaufen)\s*[?!]`,
      String.raw`\b(?:kaufen|halten|verkaufen),? oder (?:verkaufen|halten|kaufen)\b`,
      String.raw`\b(?:kauf|einstieg)s?chance\b`,
    ],
  },
  'reported-speech': {
    patterns: [
      // Eine Botschaft, die der Text zitiert: „An Hausbesitzer hat er eine klare Botschaft: „Wenn Ihre …“, „… gibt er einen Rat mit: „Warten Sie …“, „… einen Rat mit auf den Weg: «Halten Sie …»“; indirekte
      // Rede im Konjunktiv I („Wer dort wohne, solle nachfragen“).
      String.raw`\b(?:botschaft|rat|appell|tipp|empfehlung|warnung|mahnung|devise|credo|ansage)(?: mit)?(?: auf den weg)?\s*:\s*[„“"»«]|\b(?:könne|müsse|solle|wolle|dürfe|seien)\b`,
      // …oder die einer genannten Seite: „Die Botschaft der Analysten ist einfach: Kaufen Sie …“, „Der Rat der Verbraucherzentrale lautet:“.
      String.raw`\b(?:botschaft|rat|empfehlung|warnung|devise) (?:der|des|von) (?:[\p{L}-]+ ){1,4}(?:ist|war|lautet|lautete|bleibt)(?: (?:klar|einfach|eindeutig|simpel|deutlich))?\s*:`,
      // …auch ohne Verb, als ihr wichtigster Rat: „Der wichtigste Tipp der Experten: Legen Sie …“ (nicht der Tipp der Redaktion oder der Woche).
      String.raw`\b(?:wichtigste|beste|zentrale|dringendste)[rn]? (?:tipp|rat|ratschlag|empfehlung|appell) (?:der|des|von) (?!(?:redaktion|woche|wochen|tages|monats)\b)(?:[\p{L}-]+ ){0,3}[\p{L}-]+\s*:`,
      // Der Rat einer Person an eine Gruppe („Ihr Rat an Versicherte: …“, „Sein Rat an jüngere Kollegen: …“, „Sein Appell an die Anleger: …“, „Sein Rat an alle, die …, ist einfach: „…“) und
      // was sie empfiehlt („Renz empfiehlt, mindestens zwei Angebote einzuholen …“, „Ihr Präsident rät den Anwohnern: «Wer …»“; nicht „Redaktion empfiehlt“).
      String.raw`^\W{0,3}(?:sein|ihr) (?:rat|ratschlag|tipp|appell|empfehlung|botschaft) an (?:die |alle )?(?!sie\b|dich\b|euch\b)[\p{L}-]+(?: [\p{L}-]+){0,2}(?:\s*:|,[^.!?:]{0,80}:\s*[„“"»«])|^\W{0,3}(?!(?:redaktion|experte|expertin|wir|man|unser|unsere)\b)[\p{L}-]{2,} (?:empfiehlt|empfahl|rät|riet), |\b(?:rät|riet|empfiehlt|empfahl) (?:den|allen|der|seinen|ihren) [\p{L} -]{1,60}:\s*[„“"»«]`,
      // …or a named role's advice behind its addressees: „Landwirten, die investieren wollen, rät der Vorstandssprecher, Anträge früh zu stellen.“
      String.raw`, (?:rät|riet|empfiehlt|empfahl) (?:der|die) (?!(?:redaktion|redakteur|redakteurin|experte|expertin|börsenbrief|börsendienst|newsletter|analyse|studie)\b)[\p{L}-]{3,}(?: [\p{L}-]+){0,3},`,
      // …or the appeal it makes: „Hörmann richtet einen Appell an alle, die …: »…«“, „Die Kammer appellierte an die Betriebe“.
      String.raw`\b(?:richtet|richtete) (?:einen|eine|ihren|seinen|den|die) (?:[\p{L}-]+ )?(?:appell|bitte|warnung|mahnung|botschaft) an\b|\bappellierte?\b`,
      String.raw`\b(?:sagte|sagt|erklärte|erklärt|berichtete|(?<!\b(?:redakteur|reporter|korrespondent|journalist)(?:in)?\b[^.!?]{0,60} und )berichtet(?! (?:für [^.!?]{2,40}? )?seit (?:19|20)\d\d\b)|betonte|laut|zufolge|hieß es|teilte|mitteilte|kündigte|bestätigte|schrieb|rechnet|erwartet|meldete|räumte|einräumte|ergänzte|kritisierte|argumentierte|verwies|verweist|warnt|warnte|sprach von)\b`,
      // Was ein Dokument sagt: "Die Brauerei weist in den Zeichnungsunterlagen darauf hin, dass …" (nicht der
      // Hinweis des Autors auf seine eigenen Positionen).
      String.raw`(?<!\b(?:autor|autorin|verfasser|verfasserin|redaktion|wir) )\b(?:weist|wies) (?:[^.!?]{1,40} )?darauf hin\b`,
      String.raw`\bnach (?:eigenen |offiziellen |vorläufigen )?angaben\b`,
      // Ein Dokument, das auf der Website eines Dritten steht: "steht auf der Website des Instituts
      // zum Download bereit", "auf der Internetseite der Gesellschaft" (nicht "auf unserer Website").
      String.raw`(?<![\p{L}\d_])(?:auf|über) (?:der|die|den) (?:website|webseite|internetseite|internetauftritt|homepage) (?:des|der|von) `,
      // …or its compound: "Auf der Projektwebsite werden Interessierte eingeladen …", "auf der Unternehmenswebsite".
      String.raw`(?<![\p{L}\d_])(?:auf|über) (?:der|die|den) (?:projekt|firmen|unternehmens|konzern|investoren|kampagnen)-?(?:website|webseite|internetseite|homepage)\b`,
      // Die Zuschreibung hinter einem Zitat: "„…“, fragt Verbraucherschützerin Anja Reuter", "„…“, so der Analyst".
      String.raw`[“”"»«],\s+(?:fragt|fragte|warnt|warnte|rät|riet|meint|meinte|mahnt|mahnte|glaubt|glaubte|findet|fand|resümiert|resümierte|so)\b`,
      // Das Plusquamperfekt erzählt, was geschehen war ("Den Preis hatte Kronberg angehoben"); eine
      // Werbung spricht den Leser im Präsens an ("Sie hatten …" ausgenommen).
      String.raw`(?<!\bsie )\bhatten?\b`,
      // Die Größe eines Unternehmens, wie Nachrichten sie nennen: „Voltaris beschäftigt rund 1.300 Mitarbeiter und erzielte 2025 einen Umsatz von …“.
      String.raw`\bbeschäftigt(?:e|en)? (?:derzeit |aktuell |weltweit |insgesamt |rund |etwa |knapp |gut |mehr als |über |fast ){0,3}\d[\d.,]* (?:mitarbeite|beschäftigte|angestellte|menschen|personen|arbeitskräfte)|\b(?:erzielte|erzielten|erwirtschaftete|erwirtschafteten|verbuchte|verbuchten) (?:[\p{L}\d.,]+ ){0,4}(?:umsatz|umsätze|erlöse?|jahresumsatz)\b`,
    ],
  },
  'dateline-lead': {
    caseSensitive: true,
    patterns: [
      // Ein Agentur-Dateline vor dem ersten Satz: "BONN (dpa-AFX) - …", "FRANKFURT, 3. Mai (Reuters) - …":
      // Ort in Großbuchstaben, optional ein Datum, die Quelle in Klammern oder Schrägstrichen, ein Strich.
      String.raw`^\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,[^()\n]{2,40}?)?\s*(?:-{1,2}\s*)?\([^()\n]{2,40}\)\s*[-–—]{1,2}\s*\p{Lu}`,
      String.raw`^\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,[^/\n]{2,40}?)?\s*/[^/\n]{2,30}/\s*[-–—]{1,2}\s*\p{Lu}`,
      // Die Ortsmarke einer Regionalzeitung, vom ersten Satz abgetrennt: "BERLIN.", "NIEDER-OLM/GAU-ODERNHEIM."
      // (ohne Leerzeichen: "FILE PHOTO." ist keine).
      String.raw`^\p{Lu}[\p{Lu}-]{2,}(?:/\p{Lu}[\p{Lu}-]{2,})?\.$`,
    ],
  },
  'summary-heading': {
    patterns: [
      // Das Urteil einer Aktienanalyse über ihrem Kursziel: „Empfehlung: Kaufen (spekulativ)“, „Unsere Einschätzung: Halten“, „Votum Aktie: Halten“.
      String.raw`^\W{0,3}(?:unsere )?(?:empfehlung|einschätzung|anlageurteil|urteil|votum)(?: [\p{L}-]+)?\s*:\s*(?:kaufen|halten|verkaufen|akkumulieren|reduzieren|beobachten|zeichnen|nicht zeichnen|meiden)\b[^.!?]{0,30}$`,
      // …oder als Titel des Urteilskastens: „Börsenblatt-Einschätzung“, „Unsere Einschätzung“, „Anlageurteil der Redaktion“.
      String.raw`^\W{0,3}(?:(?:unsere|meine|die) )?(?:[\p{L}]{2,30}-)?(?:einschätzung|anlageurteil)(?: der redaktion)?\W{0,3}$`,
      // Zusammenfassungen und Erklärüberschriften des Artikels: "Das Wichtigste in Kürze", "Auf einen Blick", "Was bedeutet das für Sparer?", „So gehst Du beim Wechsel vor“, „Was Kunden jetzt tun sollten“, „Unser Rat an Sie“ (nicht „Was Sie jetzt tun können“ vor einem Angebot).
      String.raw`^\W{0,3}(?:das wichtigste in kürze|auf einen blick|in kürze|kurz und knapp|zusammenfassung|(?:unser )?fazit|(?:unser )?urteil|(?:unser|mein) rat(?: an (?:sie|dich|euch))?|was (?:bedeutet|heißt) das für [\wäöüß ]{1,30}|was (?!sie |du |ihr )(?:[\p{L}-]+ ){1,3}jetzt tun (?:sollten|sollte|können|kann|müssen|muss)|so (?:gehst du|gehen sie|geht ihr)(?: [\p{L}\d-]+){0,4} vor)\W{0,3}$`,
      // Der Rat oder das Fazit des Autors vor seinem Satz: „Unser Rat: Nimm Dir noch in dieser Woche Zeit …“, „Mein Fazit: …“, „Fazit: Die Zinswende hat begonnen …“.
      String.raw`^\W{0,3}(?:(?:unser|mein) (?:rat|fazit|urteil)|fazit)\s*:\s*\S`,
      // …auch mit ihrem Thema davor: „Frostschutz-Infotag: Die wichtigsten Daten“, „Neue Regeln: die wichtigsten Termine im Überblick“.
      String.raw`^\W{0,3}(?:[\p{L}\d-]+(?: [\p{L}\d-]+){0,3}\s*:\s*)?die wichtigsten (?:daten|fakten|zahlen|infos|informationen|termine|punkte)(?: im überblick| auf einen blick)?\W{0,3}$`,
      // Stärken und Schwächen eines Urteils: "Chancen:", "Risiken", "Contra:".
      String.raw`^\W{0,3}(?:stärken|schwächen|chancen|risiken|contra|vorteile|nachteile)\W{0,3}$`,
      // Die Kästen des Artikels: „Info“ über dem eigenen Termin, „Hintergrund“, „Zur Person“, „Zur Firma“, sein Ratgeberkasten „Expertentipps“
      // (nicht „Top-Tipp“ oder „Tipp der Redaktion“, Werbung).
      String.raw`^\W{0,3}(?:info|infobox|info-box|infokasten|hintergrund|zur person|zur sache|zur firma|zum unternehmen|${ADVICE_BOX})\W{0,3}$`,
      // Der Titel eines Kastens mit seinem Thema: „Hintergrund: Warum Torf ersetzt werden soll“, „In Zahlen: Fünf Jahrzehnte Musikschule“,
      // „Praxis-Tipp: So planen Sie den Einkauf für die Feiertage“.
      String.raw`^\W{0,3}(?:hintergrund|infokasten|zur sache|${FACT_BOX_TITLE}|${ADVICE_BOX})\s*:\s*(?:[\p{L}\d'’-]+ ){0,9}[\p{L}\d'’-]+\W{0,2}$`,
      // …oder mit seinem Gegenstand: „Fakten zur Anlage“, „Daten zum Projekt“, „Die Eckdaten des Projekts“.
      String.raw`^\W{0,3}(?:die )?(?:(?:fakten|daten|zahlen|eckdaten)(?: (?:und|&) (?:fakten|daten|zahlen))? zu(?:r|m)|(?:eckdaten|fakten) (?:des|der)) (?:[\p{L}-]+ ){0,2}[\p{L}-]+\W{0,3}$`,
      // Der Faktenkasten des Artikels: „Das Projekt in Zahlen“, „Der Haushalt 2027 in Zahlen“, „Zahlen und Fakten“, „Steckbrief“, „Deal-Steckbrief“, „Projektdaten“.
      String.raw`^\W{0,3}${FACT_BOX_TITLE}\W{0,3}$`,
      // …oder sein Gegenstand im Überblick: „Der Deal im Überblick“, „Die Änderungen auf einen Blick“ (nicht „Unsere Angebote im Überblick“).
      String.raw`^\W{0,3}(?!(?:unser|alle)\p{L}*\s)(?:[\p{L}-]+ ){1,3}(?:im überblick|auf einen blick)\W{0,3}$`,
      // …oder „in Kürze“ als Titel ohne Satzende: „Der Etatwechsel in Kürze“ (nicht „Weitere Details folgen in Kürze.“).
      String.raw`^\W{0,3}(?:der|die|das) [\p{L}-]+(?: [\p{L}-]+){0,2} in kürze:?$`,
      // …und was sich zu einem Termin ändert: „Das ändert sich zum 1. Januar im Überblick“, „Was sich ab 2027 ändert – auf einen Blick“.
      String.raw`^\W{0,3}(?:das ändert sich|was sich) (?:zum|ab|am|im|für|bei) [^!?:]{1,30}?(?: ändert)?(?: im überblick|\W{1,3}auf einen blick)\W{0,3}$`,
      // Die Chronik des Artikels: „Chronik: Der Weg zur Genehmigung“, „Zeitleiste“, „Der Zeitplan“, „Die wichtigsten Meilensteine“ (nicht „Chronik“ allein, eine Rubrik).
      String.raw`^\W{0,3}(?:chronik\s*:\s*[^.!?]{2,80}|(?:chronologie|zeitleiste|zeitplan|der (?:weitere )?zeitplan|(?:meilensteine|die (?:wichtigsten )?meilensteine)(?: im überblick)?)(?:\s*:\s*[^.!?]{2,80})?)\W{0,3}$`,
    ],
  },
  'correction-note': {
    patterns: [
      // „Korrektur: In einer früheren Version dieses Artikels hieß es …“, „Korrektur (21.11.2026): …“, „In einer früheren Fassung stand …“.
      String.raw`^\W{0,3}(?:korrektur|berichtigung|richtigstellung|anmerkung der redaktion)(?:\s*\(\d{1,2}\.\d{1,2}\.\d{4}\)|,? \d{1,2}\.\d{1,2}\.\d{4})?\s*:\s*(?:in einer (?:früheren|ersten|älteren) (?:version|fassung)|in der (?:ursprünglichen|ersten) (?:version|fassung)|dieser (?:artikel|beitrag))\b`,
      String.raw`^\W{0,3}in einer (?:früheren|ersten|älteren) (?:version|fassung) (?:dieses|des) (?:artikels|beitrags|textes)\b`,
    ],
  },
};
