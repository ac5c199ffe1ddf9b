import type { ClickbaitCues } from '../../clickbait/types.js';

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
        'won\'t believe', 'blow your mind', 'find out', 'revealed', 'the answer', 'what it means',
        'everything you need to know', 'all you need to know', 'one thing', 'this one', 'before you',
        'what (?:this|that) means', 'nobody (?:is talking|tells you)', 'the one',
        // a teaser question pointing back at a list of picks it has just advertised
        'one of them', 'on (?:the|our|this) list', 'make the (?:list|cut)', 'made the (?:list|cut)',
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
        'best', 'worst', 'biggest', 'greatest', 'most', 'ever', 'ultimate', 'top', 'perfect', 'hottest',
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
      ],
    },
  },
};
