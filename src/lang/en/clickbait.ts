import type { ClickbaitCues } from '../../clickbait/types.js';

/** A sum of money a reader might invest ("$1,000", "£500"), not "$10 billion" or "$3.5m". */
const SUM = '[$€£]\\p{N}[\\p{N},.]*(?![\\p{N},.]*\\s?(?:billion|million|trillion|bn|mn|m)(?!\\p{L}))';
/** Not followed, within a few words, by a record frame: "… since 2008", "… in its history", "… on record". */
const RECORD_FRAME_AFTER =
  '(?![\\p{L}\\p{N}\' -]{0,40}\\s(?:since|in (?:its|their|the company\'s|company) history|on record)(?!\\p{L}))';

/**
 * English clickbait cues: phrase families of bait headlines and teasers (and of sober news, in
 * `news-wording`). Sources are regular expressions matched case-insensitively as whole words.
 */
export const clickbaitCues: ClickbaitCues = {
  functionWords: [
    'the', 'a', 'an', 'of', 'to', 'and', 'in', 'is', 'are', 'for', 'on', 'with', 'you', 'your', 'this',
    'that', 'these', 'what', 'why', 'how', 'will', 'can', 'should', 'from', 'by', 'at', 'it', 'its',
    'after', 'over', 'about', 'be', 'was', 'has', 'have', 'who', 'which', 'new', 'as', 'or', 'but',
  ],
  distinctiveLetters: [],
  numberWords: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'fifteen', 'twenty', 'dozen', 'hundred',
  ],
  families: {
    'forward-reference': {
      patterns: [
        'this', 'these', 'here(?:\'s| is| are)', 'that\'s why', 'this is why', 'here\'s why', 'the reason',
        'the real reason', 'the truth', 'the secret', 'what happens', 'what happened next', 'you won\'t believe',
        'won\'t believe', 'blow your mind', 'find out', 'revealed', 'the answer',
        'everything you need to know', 'all you need to know', 'one thing', 'this one', 'before you',
        // not the explainer heading "What this means for investors" (news wording)
        'what (?:this|that|it) means(?! for)', 'nobody (?:is talking|tells you)', 'the one',
      ],
    },
    'second-person': {
      // "u", but not the "U" of "U.S.", "U.K.", "U.N."
      patterns: ['you', 'your', 'you\'re', 'you\'ll', 'you\'ve', 'you\'d', 'yourself', 'ya', 'u(?!\\.\\p{L}\\.)'],
    },
    urgency: {
      patterns: [
        'now', 'right now', 'today', 'immediately', 'before it\'s too late', 'too late', 'don\'t miss',
        'hurry', 'last chance', 'act fast', 'act now', 'time is running out', 'limited time', 'asap',
        'while you (?:still )?can', 'before (?:it|they) (?:soars?|explodes?|skyrockets?)', 'urgent', 'soon',
      ],
    },
    superlative: {
      patterns: [
        // not in a record frame of news ("the biggest drop since 2008", "the biggest deal in its history")
        `(?:best|worst|biggest|greatest)${RECORD_FRAME_AFTER}`,
        'most', 'ever', 'ultimate', 'top', 'perfect', 'hottest',
        'cutest', 'funniest', 'weirdest', 'craziest', 'smartest', 'easiest', 'all time', 'of all time',
        'the only', 'every', 'everyone', 'everything', 'all the',
      ],
    },
    hype: {
      patterns: [
        'millionaire', 'millionaires', 'skyrocket(?:s|ing|ed)?', 'soar(?:s|ing)?', 'explod(?:e|es|ing)',
        'monster', 'massive', 'huge', 'insane(?:ly)?', 'incredible', 'unbelievable', 'amazing', 'genius',
        'jaw-dropping', 'mind-blowing', 'epic', 'crazy', 'secret', 'secrets', 'hack', 'hacks', 'trick',
        'tricks', 'no-brainer', 'life-changing', 'game-changer', 'wow', 'omg', 'lol', 'literally',
        'unstoppable', 'trillionaires?', 'get rich', 'retire early', '10x', '100x', 'multibagger',
      ],
    },
    emotion: {
      patterns: [
        'shocking', 'shocked', 'heartbreaking', 'heartwarming', 'adorable', 'cute', 'hilarious', 'tears',
        'cry', 'freak(?:ing)? out', 'awkward', 'weird', 'creepy', 'feel', 'feels', 'feelings', 'love',
        'hate', 'literally can\'t', 'struggles', 'relatable', 'goals', 'beautiful', 'gorgeous', 'ugly',
      ],
    },
    'buy-sell-question': {
      patterns: [
        'buy or sell', 'sell or buy', 'buy,? sell,? or hold', 'should you buy', 'should you sell',
        'should you invest', 'should i buy', 'time to buy', 'time to sell', 'worth buying', 'a buy now',
        'buy now', 'buy it now', 'to buy now', 'stocks? to buy', 'a buy\\?', 'a sell\\?', 'still a buy',
        // offering help with the reader's next purchase ("Not sure which stock to buy next?")
        'where to invest next', '(?:what|which stocks?) to buy next', 'your next (?:big )?(?:winner|stock|investment|pick)',
      ],
    },
    'question-opener': {
      patterns: [
        '^\\W*(?:why|how|what|which|who|when|can|could|would|will|should|is|are|do|does|did|have|has|guess)',
      ],
    },
    'call-to-action': {
      patterns: [
        'click', 'click here', 'learn more', 'read more', 'sign up', 'subscribe', 'join', 'download',
        'get access', 'discover', 'check out', 'see (?:why|how|the|our)', 'view', 'watch', 'try',
        'register', 'claim', 'grab', 'don\'t wait', 'start (?:your|now)', 'get (?:the|your|our|instant)',
        // "Want the latest recommendations from …?", "Want more research like this?"
        'want (?:the|our) (?:latest|newest|best|top|next|full)', 'want more (?:research|analysis|picks|ideas|insights|stock ideas)',
        'become a member',
      ],
    },
    'promo-offer': {
      patterns: [
        'premium', 'free', 'free report', 'exclusive', 'members?', 'membership', 'special report',
        'insider', 'newsletter', 'trial', 'discount', 'offer', 'subscription', 'pro', 'advisor',
        'recommendations', 'picks', 'stock picks', 'research report', 'alert', '\\$0\\.99', 'bonus',
      ],
    },
    'soft-news': {
      patterns: [
        'quiz', 'test', 'fans?', 'celebrit(?:y|ies)', 'stars?', 'baby', 'babies', 'dating', 'wedding',
        'boyfriend', 'girlfriend', 'instagram', 'tumblr', 'tiktok', 'twitter', 'recipes?', 'dogs?',
        'cats?', 'puppies', 'kittens?', 'moms?', 'dads?', 'kids', 'people who', 'guys?', 'girls?',
        'pics', 'photos', 'selfies?', 'outfits?', 'makeup', 'hair', 'food', 'snacks?', 'disney',
      ],
    },
    'news-wording': {
      patterns: [
        'says', 'said', 'reports?', 'reported', 'announces?', 'according to', 'amid', 'vs\\.?',
        'percent', 'quarter(?:ly)?', 'revenue', 'profit', 'earnings', 'guidance', 'forecast', 'shares',
        'government', 'minister', 'president', 'police', 'court', 'election', 'officials?', 'killed',
        'dies', 'dead', 'wins', 'agrees?', 'rises?', 'falls?', 'raises?', 'cuts?', 'plans?', 'to buy',
        'acquires?', 'billion', 'million', 'inc', 'corp', 'ltd', 'ceo', 'talks', 'deal', 'vote', 'u\\.s\\.',
        // an article's own summary and section headings
        'key points', 'key takeaways', 'takeaways', 'bottom line', 'at a glance', 'in brief',
        // reporting what analysts say (not "our analysts"), and historical frames
        '(?<!our )analysts', 'in (?:its|their|company) history', 'on record', 'since records began',
        // the explainer heading of an article ("What this means for investors", "What the ruling means for banks")
        'what (?:this|that|it) means for', 'what (?:the|this|that) [\\p{L}-]+ means for',
      ],
    },
    'list-reference': {
      // a teaser question pointing back at a list of picks it has just advertised
      patterns: [
        'one of them', 'among them', 'on (?:the|our|this|that) (?:buy )?list', 'ma(?:de|kes?|king) (?:the|our|this) (?:list|cut)',
        'among our (?:top )?(?:picks|favorites|favourites)', 'is yours (?:on|in) (?:it|there|the list)',
      ],
    },
    'invest-amount': {
      // investing a personal sum: "Should you invest $1,000 in …?", "Turn $5,000 into …", not "$10 billion"
      patterns: [
        `invest(?:s|ed|ing)? ${SUM}`, `put(?:s|ting)? ${SUM} (?:in|into)`, `turn(?:s|ed|ing)? ${SUM} into`,
        `${SUM} (?:to invest|invested|investment in|a month)`, `(?:have|got) ${SUM}(?=\\?)`,
        'if you(?:\'d| had)? invested',
      ],
    },
  },
};
