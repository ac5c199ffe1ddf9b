import type { ClickbaitCues } from '../../clickbait/types.js';

/** A sum of money a reader might invest ("1.000 Euro", "500 €"), not "2 Milliarden Euro". */
const SUM = '\\p{N}[\\p{N}.,]* ?(?:euro|€|dollar|\\$)';
/** Not followed, within a few words, by a record frame: "… seit Jahren", "… seiner Geschichte". */
const RECORD_FRAME_AFTER =
  '(?![\\p{L}\\p{N} -]{0,40}\\s(?:seit|in der [\\p{L}-]*geschichte|(?:seiner|ihrer) [\\p{L}-]*geschichte)(?!\\p{L}))';

/**
 * German clickbait cues: phrase families of bait headlines and teasers (and of sober news, in
 * `news-wording`). Sources are regular expressions matched case-insensitively as whole words.
 */
export const clickbaitCues: ClickbaitCues = {
  functionWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'ist', 'sind', 'mit',
    'für', 'von', 'vom', 'zum', 'zur', 'im', 'bei', 'auf', 'nach', 'nicht', 'sich', 'wie', 'was', 'warum',
    'diese', 'dieser', 'auch', 'noch', 'jetzt', 'wird', 'werden', 'hat', 'haben', 'aus', 'über', 'sie',
    'er', 'es', 'ihr', 'so', 'wer', 'alle', 'neue', 'mehr', 'bis', 'gegen', 'um', 'am',
  ],
  distinctiveLetters: ['ä', 'ö', 'ü', 'ß'],
  numberWords: [
    'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'fünfzehn',
    'zwanzig', 'dutzend', 'hundert',
  ],
  families: {
    'forward-reference': {
      patterns: [
        // not the time expressions "diese Woche", "dieses Jahr", "dieser Tage"
        'diese[rsmn]?(?!\\s+(?:woche|wochen|jahr|jahres|monat|monats|tage|tagen|quartal|quartals|saison|sommer|winter|herbst|frühjahr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?![\\p{L}]))',
        'darum', 'deshalb', 'deswegen', 'so', 'hier ist', 'hier sind',
        'das steckt dahinter', 'steckt dahinter', 'was dahinter steckt', 'die antwort', 'das geheimnis',
        'verrät', 'enthüllt', 'das ist', 'das sind', 'das passiert', 'was passiert', 'was jetzt',
        // "Das bedeutet …", but not the explainer heading "Was das (für Anleger) bedeutet" (news wording)
        '(?<!was )das bedeutet', 'wer hätte', 'damit hat niemand gerechnet', 'der grund',
        'die wahrheit', 'alles, was', 'alles was', 'was sie wissen müssen', 'was du wissen musst',
        'nur eine', 'genau das', 'solche', 'sowas',
      ],
    },
    'second-person': {
      patterns: [
        'du', 'dein(?:e|en|em|er|es)?', 'dich', 'dir', 'euch', 'eure[rsmn]?', 'ihr solltet', 'kennst',
        'weißt', 'musst', 'solltest', 'kannst', 'willst', 'wirst', 'hast',
      ],
      exactCase: [
        '(?<=\\S\\s{1,3})(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)',
        'sollten Sie', 'können Sie', 'müssen Sie', 'wollen Sie', 'Sichern Sie',
      ],
    },
    urgency: {
      patterns: [
        'jetzt', 'sofort', 'schnell', 'noch heute', 'heute noch', 'bevor es zu spät ist', 'zu spät',
        'letzte chance', 'dringend(?:er)?', 'nicht verpassen', 'handlungsbedarf', 'eilig', 'ab sofort',
        'nur noch', 'endlich', 'achtung', 'eilmeldung', 'höchste zeit', 'bald',
      ],
    },
    superlative: {
      patterns: [
        // not in a record frame of news ("der größte Stellenabbau seit Jahren", "… seiner Geschichte")
        `(?:beste|schlechteste|größte)[nrsm]?${RECORD_FRAME_AFTER}`, 'krasseste[nrsm]?', 'schönste[nrsm]?',
        'genialste[nrsm]?', 'wichtigste[nrsm]?', 'ultimative[nrsm]?', 'perfekte[nrsm]?', 'top',
        'am (?:meisten|besten|schönsten|liebsten)', 'aller ?zeiten', 'alle', 'alles', 'jede[rsmn]?',
        'niemals', 'nie', 'immer', 'einzige[nrsm]?', 'unschlagbar', 'heißeste[nrsm]?', 'lustigste[nrsm]?',
      ],
    },
    hype: {
      patterns: [
        'millionär(?:e|in)?', 'kursexplosion', 'explodiert', 'explodieren', 'kursrakete', 'rakete',
        'raketenstart', 'gratis', 'geheimtipp', 'geheim', 'unglaublich(?:e[nrsm]?)?', 'krass(?:e[nrsm]?)?',
        'irre', 'wahnsinn', 'sensation(?:ell)?', 'hammer', 'mega', 'knaller', 'vervielfach(?:er|en)',
        'verdoppl(?:er|ung)', 'tenbagger', 'durchstarten', 'startet durch', 'kaufrausch', 'goldgrube',
        'jackpot', 'reich werden', 'traumrendite', 'hammer-?\\p{L}*', 'mega-?\\p{L}*', 'trick', 'tricks',
        'genial(?:e[nrsm]?)?', 'wow', 'neue[nrsm]?', 'mehr', 'dinge',
      ],
    },
    emotion: {
      patterns: [
        'schock(?:iert|ierend|-\\p{L}+)?', 'tränen', 'traurig(?:e[nrsm]?)?', 'rührend(?:e[nrsm]?)?',
        'emotional(?:e[nrsm]?)?', 'süß(?:e[nrsm]?)?', 'herzzerreißend(?:e[nrsm]?)?', 'drama', 'bitter(?:e[nrsm]?)?',
        'skandal', 'eklat', 'wut', 'entsetzt', 'fassungslos', 'überrascht', 'überraschende[nrsm]?', 'liebe',
        'liebes-?\\p{L}*', 'traum', 'sorgen', 'angst', 'panik', 'peinlich(?:e[nrsm]?)?', 'gewissheit',
        'heimlich(?:e[nrsm]?)?', 'geständnis', 'beichte', 'verrückt(?:e[nrsm]?)?', 'herz',
      ],
    },
    'buy-sell-question': {
      patterns: [
        'kaufen oder verkaufen', 'verkaufen oder kaufen', 'kaufen, halten oder verkaufen', 'jetzt kaufen',
        'jetzt einsteigen', 'einsteigen', 'einstieg', 'lohnt sich', 'lohnt es sich', 'kaufchance',
        'kaufsignal', 'kaufen\\?', 'verkaufen\\?', 'nachkaufen', 'zugreifen', 'aussteigen', 'halten\\?',
        'noch kaufen', 'rein oder raus', 'sollten anleger',
        // offering help with the reader's next purchase ("Welche Aktie als Nächstes kaufen?")
        '(?:was|welche aktien?) (?:als nächstes|jetzt) kaufen', 'ihr(?:en)? nächsten? (?:depotwert|gewinner|favoriten)',
      ],
    },
    'question-opener': {
      patterns: [
        '^\\W*(?:warum|wieso|weshalb|wie|was|welche[rsmn]?|wer|wo|wann|kennst|kennen|erkennst|weißt|hättest|würdest|kann|können|sollte[n]?|ist|sind|hat|haben|wird|werden|lohnt|steht)',
      ],
    },
    'call-to-action': {
      patterns: [
        'hier klicken', 'klicken sie', 'klick', 'hier weiterlesen', 'weiterlesen', 'jetzt lesen',
        'mehr erfahren', 'anmelden', 'abonnieren', 'jetzt sichern', 'sichern sie sich', 'hier geht',
        'entdecken', 'herunterladen', 'downloaden', 'testen sie', 'melden sie sich', 'hier lesen',
        'lesen sie', 'schauen sie', 'sehen sie', 'fordern sie', 'ansehen', 'mitmachen',
        // "Sie wollen mehr …?", membership offers
        '(?:sie wollen|wollen sie) (?:mehr|die neuesten|unsere)', 'mitglied werden', 'werden sie (?:jetzt )?mitglied',
      ],
    },
    'promo-offer': {
      patterns: [
        'gratis-?\\p{L}*', 'kostenlos(?:e[nrsm]?)?', 'exklusiv(?:e[nrsm]?)?', 'sonderreport', 'report',
        'analyse', '\\p{L}*-analyse', 'börsenbrief', 'premium', 'abo', 'newsletter', 'empfehlung(?:en)?',
        'depot', 'spezialreport', 'insider', 'rabatt', 'angebot', 'bonus', 'testsieger', 'studie',
      ],
    },
    'soft-news': {
      patterns: [
        'quiz', 'test', 'fans?', 'stars?', 'promis?', 'baby', 'babys', 'liebe', 'hochzeit', 'trennung',
        'ehe', 'freundin', 'freund', 'instagram', 'tiktok', 'rezepte?', 'hunde?', 'katzen?', 'mama',
        'papa', 'tochter', 'sohn', 'schwanger(?:schaft)?', 'sängerin', 'sänger', 'moderatorin',
        'moderator', 'schauspielerin', 'schauspieler', 'foto', 'fotos', 'netz', 'outfit', 'figur',
        'horoskop', 'sternzeichen', 'küche', 'haare', 'tv', 'serie', 'show', 'dschungelcamp',
      ],
    },
    'news-wording': {
      patterns: [
        'laut', 'sagt', 'meldet', 'berichtet', 'kündigt', 'erhöht', 'senkt', 'prognose', 'quartal',
        'umsatz', 'gewinn', 'prozent', 'mrd\\.?', 'milliarden?', 'millionen?', 'steigt', 'fällt',
        'beschließt', 'regierung', 'minister(?:in)?', 'präsident(?:in)?', 'polizei', 'gericht', 'wahl',
        'bundestag', 'tote', 'verletzte', 'erdbeben', 'behörde', 'ag', 'se', 'gmbh', 'konzern', 'aktionäre',
        'dax', 'bilanz', 'zinsen', 'ezb', 'streik', 'gipfel', 'abkommen', 'verhandlungen', 'urteil',
        // reporting what analysts say (not "unsere Analysten"), and historical frames
        '(?<!unsere[nr]? )analysten', '(?:seiner|ihrer) geschichte', '(?:firmen|unternehmens|konzern)geschichte',
        'seit jahren', 'seit jahrzehnten',
        // an article's own summary and section headings
        'im überblick', 'auf einen blick', 'in kürze', 'fazit', 'unterm strich',
        // the explainer heading of an article, in either word order ("Was das für Anleger bedeutet",
        // "Was bedeutet das für Anleger?", "Was heißt die Fusion für Kunden?")
        'was (?:das|dies) bedeutet', 'was (?:das|dies) für [\\p{L}-]+ bedeutet', 'was (?:das|dies) für (?:die|den|das|deutsche) [\\p{L}-]+ bedeutet',
        'was (?:bedeutet|heißt) (?:das|dies)', 'was (?:bedeutet|heißt) (?:der|die|das) [\\p{L}-]+ für',
      ],
    },
    'list-reference': {
      // a teaser question pointing back at a list of picks it has just advertised
      patterns: [
        '(?:ist|sind) (?:ihre|deine) [\\p{L}-]+ (?:auch )?dabei', 'gehör(?:t|en) (?:ihre|deine) [\\p{L}-]+ (?:auch )?dazu',
        'auf unsere[rn]? [\\p{L}-]*liste', 'unter unseren (?:top-?)?(?:favoriten|empfehlungen|picks)',
      ],
    },
    'invest-amount': {
      // investing a personal sum: "Mit 1.000 Euro zum Millionär?", "1.000 Euro in die Aktie investieren?"
      patterns: [
        `(?:mit|aus) (?:nur |lediglich |gerade mal )?${SUM}(?: (?:im|pro) monat)? (?:zum|zur|werden|wurden|ein vermögen|reich|millionär)`,
        `${SUM} investier(?:t|en|te)`, `${SUM} in (?:die |den |das )?[\\p{L}-]+ investier(?:t|en|te)`,
        `investier(?:t|en|te) (?:man|sie|du) ${SUM}`,
      ],
    },
  },
};
