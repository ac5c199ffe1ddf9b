import { APP_STORE_BADGES, BAR_FIELDS, CHANGE_BAR, COMMENTER_NAME, COMMODITY_ROW, CURRENCY_RATES, PRICE_SIGN, quoteBar, RATE_ROW, READING_TIME, SCORE_BAR, SECTION_FIELD, SIGNED_PERCENT, TEMPLATE_PLACEHOLDER, TICKER_BAR, WIRE_DATELINE } from '../meta-fields.js';
import { PICTURE_CREDIT_LINES } from '../picture-credits.js';
import { IN_A_SHORT_UNIT } from '../unit-length.js';
import type { CueName, CuePatterns } from '../types.js';

/** A bio's subject, a name of one to three words (not "The company …", "Its …"): "Jane Roe ", "J. Roe ". */
const NAMED_SUBJECT = String.raw`(?!(?:the|this|that|these|those|it|its|a|an|which|who|our|their|his|her|each|every)\b)(?:[\p{L}.'’-]+ ){1,3}`;
/** What an article's own fact box is titled by: "in numbers", "by the numbers", "at a glance". */
const FIGURES_BOX = String.raw`(?:in numbers|in figures|by the numbers|at a glance)`;
/** What the article's own box of advice is titled: "Practical tips", "Expert tip", "Pro tips". */
const ADVICE_BOX = String.raw`(?:practical|expert|pro) tips?`;
/** An optional weekday before a date: "Friday, ", "Friday ", "Thu ". */
const WEEKDAY = String.raw`(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? )?`;
/** A quote box's field and its figure: "Volume: 1.84M", "KGV 2027e: 12,1", "52W-Hoch: 48,60". */
const QUOTE_FIELD = String.raw`(?:kurs|letzter kurs|schlusskurs|volume|volumen|marktkap(?:\.|italisierung)|mkt\.? cap|kgv(?: \d{4}e?)?|p/e(?: ratio)?|div(?:\.|idenden)?-?rendite|dividend yield|tageshoch|tagestief|(?:52[ -]?(?:w|wochen)[ -]?|jahres)(?:hoch|tief)|eps(?: \(ttm\))?|beta|52[- ]w(?:ee)?k (?:high|low))\s*:\s*[+\-−]?[$€£]?\s?\d[\d.,]*\s?(?:%|x|mio\.?|mrd\.?|[mbk]|bn)?(?:\s?(?:euro|eur|usd|chf|\$|€))?`;
/** When a newsletter arrives: "every weekday morning", "each Thursday", "every week". */
const DELIVERY_TIME = String.raw`(?:morning|day|weekday|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: morning| afternoon| evening)?`;
/** A site's own named letters, up to their noun: "Example's free Business Brief ", "Example's breaking news ". */
const SITE_NAMED = String.raw`[\p{L}\d&.-]+['’]s (?:free )?(?:[\p{L}-]+ ){0,3}`;
/** A date with the month first: "Nov 20, 2026", "November 21, 2026", "November 19th, 2026". */
const MONTH_DAY_YEAR = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}`;
/** A day and month: "21 Nov", "20 November", "19th November". */
const DAY_MONTH = String.raw`\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** A date with the day first: "21 Nov 2026", "20 November 2026", "19th November 2026". */
const DAY_MONTH_YEAR = String.raw`${DAY_MONTH} \d{4}`;
/** The rest of a source line: at most 15 words ("Source: a statement by … at a briefing in …" is the article's own lead-in). */
const SOURCE_REST = String.raw`\S*(?:\s+\S+){0,14}\s*$`;
/** A date in figures: "11/23/2026". */
const NUMERIC_DATE = String.raw`\d{1,2}/\d{1,2}/\d{4}`;
/** A name's word, not a word of a phrase like "Results for …" before a date. */
const NAME_WORD = String.raw`(?!(?:for|on|at|as|of|since|until|before|after|from|to|in|by|due)\b)[\p{L}.'’-]+`;
/** The start of a phone number or an e-mail address a reporter can be reached at: "315-555-0148", "jroe@example.com". */
const PHONE_OR_EMAIL = String.raw`(?:(?:\(?\d{3}\)?[ .-]?)?\d{3}[ .-]\d{4}|[\w.+-]+@[\w-]+\.)`;
/** How long ago something was posted: "6 hrs ago", "about 2 hours ago". */
const TIME_AGO = String.raw`(?:about |around |over )?\d{1,3} (?:minutes?|mins?|hours?|hrs?|days?) ago`;
/** An optional clock time after a date: ", 11:07 AM", " at 9:41pm EST", " 4:30 PM, EST", ", 10:14:37 AM". */
const CLOCK_TIME = String.raw`(?:(?:,? (?:at )?| [-–—|·•/] )\d{1,2}:\d{2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.|h\.?)?(?:,? [a-z]{2,4})?)?`;
/** A footer link: "Contact Example", "Privacy Policy", "Terms of Use", "About us". */
const FOOTER_LINK = String.raw`(?:contact(?: us| [\p{L}.&'’-]+)?|about(?: us)?|privacy(?: policy| notice)?|terms(?: of (?:use|service))?|cookies?(?: policy| settings)?|advertise|careers|sitemap|accessibility|help|faq)`;
/** A classifieds box's button: "Browse listings", "Place an advert", "See all vehicles for sale". */
const CLASSIFIEDS_BUTTON = String.raw`(?:browse (?:all )?listings|(?:place|post) an? (?:free )?(?:ad|advert)|(?:see|view|browse) all (?:[\p{L}-]+ ){1,2}for sale)`;
/** A messenger or network a site asks to be followed on, by its name: "WhatsApp", "Google News", "LINE". */
const FOLLOW_CHANNEL = String.raw`(?:whatsapp|telegram|viber|line|google news|linkedin|x|instagram)`;
/** A messenger group a site asks readers to join: "WhatsApp channel", "Telegram group", "WhatsApp community". */
const MESSENGER_GROUP = String.raw`(?:whatsapp|telegram|discord|signal) (?:channel|group|community)`;
/** A paid tier's name on a site's upsell: "Premium", "Pro", "Plus". */
const PAID_TIER = String.raw`(?:premium|pro|plus)`;
/** What a consent note lets the reader do with the settings: "change", "manage", "withdraw". */
const CONSENT_VERB = String.raw`(?:change|manage|update|adjust|review|withdraw)`;
/** What a site and its partners do with the reader's data: "store", "access", "read". */
const DATA_USE = String.raw`(?:store|access|use|process|read)`;
/** How a story or newsroom is paid for: "supported", "funded", "made possible" (by readers, by a fund). */
const FUNDED = String.raw`(?:supported|funded|made possible)`;
/** A consent banner's answer buttons: "Accept all", "Reject non-essential", "Decline". */
const CONSENT_CHOICE = String.raw`accept(?: all)?|reject(?: all| non-essential| optional)?|decline(?: all)?`;
/** The hint that the article goes on past an ad slot: "story continues below". */
const CONTINUES_BELOW = String.raw`(?:story|article|content) continues below`;
/** A job title's head word in a job board's listing: "Area Manager", "Senior Formulation Chemist". */
const JOB_ROLE = String.raw`(?:manager|buyer|merchandiser|engineer|director|assistant|analyst|advis[eo]r|designer|developer|consultant|officer|executive|specialist|co-?ordinator|supervisor|technician|planner|controller|accountant|nurse|driver|operator|chemist|scientist|technologist|teacher|principal)`;

/** A journalist's title word in a bio: "deputy business editor", "senior markets reporter". */
const EDITOR_ROLE = String.raw`(?:senior|contributing|deputy|associate|assistant|managing|executive|digital|news|markets?|business|economics|money|personal finance|investing|features|global|political|city|industry|property|technology|retail|energy)`;

/** What a site's search box offers to find: "quotes", "funds", "the website". */
const SEARCH_TARGET = String.raw`quotes?|announcements|symbols?|tickers?|(?:asx |stock |ticker |share )?codes?|company|companies|stocks?|shares|news|users|videos|funds?|trusts|etfs?|markets|articles|(?:the |this )?(?:web)?site`;
/** A party's call to a group, reported in the past tense: "The bank reminded customers to …", "Regulators urged all borrowers to …". */
const REPORTED_CALL = String.raw`\b(?:reminded|urged|advised|encouraged|asked|told|called on|appealed to) (?:[\p{L}'’-]+ ){1,3}to `;
/** Not after a reported call: "The bank reminded customers to download the app only from …". */
const NOT_REPORTED_CALL = String.raw`(?<!${REPORTED_CALL})`;

/** The last word of a paper's name that no verb or count ends ("Example Valley Citizen"; not "news", "post" or "times"). */
const PAPER_WORD = String.raw`citizen|herald|journal|gazette|tribune|chronicle|bulletin|observer|courier|telegraph|examiner|gleaner|intelligencer|mercury|advertiser|sentinel|enquirer|ledger`;

/** A comment section's rule as an imperative: "stay on topic", "be civil", "start a dialogue". */
const COMMENT_RULE = String.raw`(?:start a (?:dialogue|conversation)|stay on (?:the )?topic|be (?:civil|respectful|courteous|kind)|keep it (?:civil|clean|respectful))`;

/** The last word of a paper's or agency's name, or a file's mark, in a picture credit: "The Example Daily Post", "Example News file". */
const OUTLET_WORD = String.raw`${PAPER_WORD}|post|news|times|press|star|daily|today|reporter|mail|sun|guardian|record|file|files|staff|handout|contributed|submitted|supplied`;

/** One page tool of a bar of them ("Share | Tweet | Email | Print", "Comments (3)", "Search funds, trusts and shares"), English and German. */
const PAGE_TOOL = String.raw`(?:log ?in|log ?out|sign ?in|sign up(?: (?:for )?free)?|get started|register|subscribe|my account|account|open (?:an |a free )?account|share (?:(?:this )?(?:article|story|post|page) )?(?:on|via|to|by) (?:x|twitter|facebook|linkedin|whatsapp|telegram|reddit|email|bluesky|threads)|(?:email|print|share) this (?:article|story|page)|(?:printer-friendly |print )version|(?:send|email|e-mail) to a friend|a a(?: a)?|share|post|tweet(?: (?:on|via) (?:x|twitter))?|email|e-mail|print|license|reprints?|(?:\d+ )?comments?(?: \(\d+\))?|save(?: article| story)?|follow|search (?:${SEARCH_TARGET})(?:,? (?:or |and |& )?(?:${SEARCH_TARGET}))*|search|menu|home|facebook|twitter|x|linkedin|xing|whatsapp|telegram|pinterest|reddit|copy link|link kopieren|per (?:e-?mail|mail) (?:versenden|senden|teilen)|f|in|✉|𝕏|@|mail|contact|help|newsletter|e-paper|epaper|teilen|drucken|merken|merkliste|merkzettel|twittern|mailen|↗|(?:als )?pdf(?: speichern)?|(?:seite|artikel) (?:weiter)?empfehlen|kommentare?(?: \(\d+\))?|anmelden|abmelden|einloggen|registrieren|suche|suchen|suchbegriff(?: eingeben)?|menü|(?:artikel )?anhören|vorlesen|(?:mein )?konto|warenkorb(?: \(\d+\))?|abo(?: ab \d[\d,.]* ?€)?|abonnieren|kontakt|hilfe|startseite)`;

/**
 * English cue families. Each pattern is a regular-expression source matched against the
 * lower-cased unit (unless the family is case-sensitive). Patterns name phrase families seen
 * across finance sites (calls to action, upsells, disclosure formulas, widget words), never one
 * article's wording.
 */
export const cues: Readonly<Record<CueName, CuePatterns>> = {
  cta: {
    patterns: [
      // An offer's buttons: "See more offers", "See personalized rates", "CLAIM OFFER", "Open an IRA with one of our top-rated brokers".
      String.raw`^\W{0,3}see (?:(?:more|all|today['’]s|current|our|your|personali[sz]ed) )?(?:offers|rates|deals)(?: from (?:our )?partner (?:lenders|banks|brokers|providers|insurers))?\W{0,3}$|^\W{0,3}claim (?:this |the |your )?offer\W{0,3}$|\bwith one of our top-rated (?:brokers|lenders|banks|providers)\b`,
      // A fund house's box: "Next steps to consider", "Schedule an appointment", "Talk to a Example advisor".
      String.raw`^\W{0,3}next steps to consider\W{0,3}$|^\W{0,3}schedule an appointment\W{0,3}$|^\W{0,3}talk to an? [\p{L}&'’ -]{0,30}(?:advisor|adviser|specialist|expert)\W{0,3}$`,
      // A broker's box: "Trade the US 500 and over 12,000 other instruments on our award-winning platform.", "Trade over 23,000 stocks and ETFs …", "Spread bet tax-free* or trade CFDs …",
      // "Try a demo", "Go long or short on thousands of markets …"; an event's or course's call: "Apply to attend today.", "Enroll now"; an awards box's deadline: "Enter before January 31."
      String.raw`^\W{0,3}trade (?:the )?[^.!?]{1,40} and (?:over |more than )?[\d,]+\+? (?:other )?(?:instruments|markets)\b|^\W{0,3}trade (?:over |more than )?[\d,.]+\+? (?:stocks|shares|instruments|markets|etfs)\b|^\W{0,3}spread bet tax-free\b|^\W{0,3}(?:try|open|practi[cs]e on) a (?:free )?demo(?: account)?\W{0,3}$|^\W{0,3}go long or short on\b`,
      String.raw`^\W{0,3}apply to attend(?: today| now)?\W{0,3}$|^\W{0,3}enrol+ (?:now|today|for free)\W{0,3}$|^\W{0,3}enter (?:before|by) (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b[^.!?]{0,12}\W{0,3}$`,
      // A trade title's learning box: "Reading this article can count towards your structured CPD.", "Take the CPD test".
      String.raw`\bcount towards your (?:structured |unstructured )?cpd\b|^\W{0,3}take the cpd (?:test|quiz)\W{0,3}$|\blog \d+ (?:minutes|hours?) (?:of|in|to) your [^.!?]{0,40}\bcpd\b`,
      // A local paper's call for readers' news: "Get involved with the news in your community", "Send your stories and photos now".
      String.raw`^\W{0,3}get involved with the news in your community\W{0,3}$|^\W{0,3}send (?:us )?your (?:stories|news|pictures) and (?:photos|pictures|videos)(?: now| today)?\W{0,3}$`,
      // A paid tier's pitch: "Join Example Premium from US $4.99 a month.", "Get up to speed with our Essential Membership".
      String.raw`^\W{0,3}join [\p{L}\d.&'’ -]{1,30} (?:${PAID_TIER}|insider)\b`,
      String.raw`^\W{0,3}(?:get|stay|keep)\b[^.!?]{0,40}\bwith (?:our|an?) (?:[\p{L}\d'’+-]+ ){0,3}(?:membership|subscription)\W{0,3}$`,
      // A portal's pointer to itself: "For all other news related to business, politics and tech, visit Example.com."
      String.raw`^\W{0,3}for (?:all )?(?:other|more|the latest) (?:news|updates|stories|coverage)\b[^.!?]{0,80}\b(?:visit|log on to|head to|go to) `,
      // Premium tiers and channels: "Get PRO at ₹1 for the first month", "… - Try Example Pro Today.", "Unlock the full picture with Example Premium.", "Join Example's WhatsApp Channel …", "Join Example Live's WhatsApp community …", "… straight to your phone by joining our WhatsApp community", "select 'Join Community'", "Try Example's free AI tool".
      String.raw`(?:^\W{0,3}|[–—-] )(?:get|try) (?:[\p{L}\d'’.-]+ )?${PAID_TIER}(?: at| for| free| today| now)\b|^\W{0,3}unlock\b[^.!?]{0,60}\bwith [\p{L}\d'’.-]+ (?:${PAID_TIER}|platinum|gold)\b`,
      String.raw`\bjoin (?:our|(?!the |a )(?:[\p{L}\d.-]+ ){0,3}[\p{L}\d.-]+['’]s?) ${MESSENGER_GROUP}\b|^\W{0,3}try [\p{L}\d.-]+['’]s? free\b`,
      String.raw`\bby joining our ${MESSENGER_GROUP}\b|\bselect ['‘"]join community['’"]`,
      // "Follow Example on our official WhatsApp channel for breaking news alerts.", "Get the latest Example Live breaking news on WhatsApp", "Follow our channel for breaking news on …".
      String.raw`^\W{0,3}get (?:the latest |all the latest )?(?:[\p{L}\d.&'’-]+ ){0,4}news(?: alerts| updates)? (?:on|via|straight to) (?:whatsapp|telegram|signal)\b`,
      String.raw`^\W{0,3}follow [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,3} on (?:our |its |their )?(?:official )?(?:whatsapp|telegram|signal) channel\b|^\W{0,3}follow our (?:${FOLLOW_CHANNEL} )?channel (?:for|to get|to receive)\b`,
      // A site's free tool: "Try the free FeeFinder comparison tool today." (not "try the free tool the bank offers").
      String.raw`^\W{0,3}try (?:the|our) free (?:[\p{L}\d-]+ ){0,3}(?:tool|calculator|checker|planner|app) (?:today|now)\b`,
      // Buttons of trading platforms and plans: "Upgrade to Example Platinum today", "Explore our shares and share baskets >", "Follow Example on eToro to get the latest updates in your feed".
      String.raw`^\W{0,3}upgrade (?:to|your) (?:[\p{L}\d&'’.+-]+ ){0,3}(?:today|now)\W{0,3}$|(?:^\W{0,3}|[–—] )upgrade to (?:[\p{L}\d&'’.-]+ )?(?:${PAID_TIER}|platinum|gold)\b`,
      String.raw`^\W{0,3}(?:explore|discover|browse|view|see|compare) (?:our|all|the) [^.!?>›»→]{2,60}\s*[>›»→]\W{0,2}$`,
      String.raw`^\W{0,3}follow (?:[^.!?]{2,60} )?to (?:get|receive|be) (?:notified|alerted|the latest|updates|instant|real-time|all)\b`,
      // A sign-up form's field and button, a reader appeal's question, a pointer button, a comparison button:
      // "Enter email address", "Sign Me Up", "Enjoyed this story?", "Read the essay here.", "Compare savings accounts".
      String.raw`^\W{0,3}enter (?:your )?e-?mail(?: address)?\W{0,3}$|^\W{0,3}sign me up\W{0,3}$|^\W{0,3}(?:enjoyed|enjoying|liked|did you enjoy) (?:(?:this|the|our) (?:story|article|piece|read|newsletter)|(?:local|our) (?:news|journalism|reporting))\?\W{0,3}$`,
      String.raw`^\W{0,3}read (?:it|the (?:full )?(?:essay|report|story|article|piece|interview|analysis)) (?:now|here)\W{0,3}$|^\W{0,3}compare (?:[\p{L}-]+ ){0,2}(?:accounts|rates|deals|loans|mortgages|brokers|credit cards|quotes|policies|tariffs|etfs|funds)\W{0,3}$`,
      // An awards programme's call for entries and its button, a comparison portal's form: "Agency of the Year 2026: entries … close on
      // 5 December.", "Find out how to enter >", "Enter your postcode".
      String.raw`^\W{0,3}[^.!?:]{2,60}(?:awards?|of the year)(?: \d{4})?\s*[:–—-]\s*(?:entries|nominations|submissions) (?:for [^.!?]{1,60} )?(?:close|are (?:now )?open|now open)\b|\b(?:find out|see|learn) how to (?:enter|nominate)\W{0,3}$`,
      String.raw`\benter your (?:zip|post|postal) ?code\b`,
      // A vendor directory's pitch and button: "Compare 140+ TMS vendors side by side in the Example Vendor Directory.", "Start your search".
      String.raw`\bcompare \d[\d,]*\+? (?:[\p{L}-]+ ){0,3}(?:vendors|providers|suppliers|products|solutions|platforms|tools|brokers)\b|\b(?:vendor|supplier) directory\b|^\W{0,3}start (?:your|the) (?:search|comparison)\W{0,3}$`,
      // A sign-up form's fine print, a registration wall's offer, a poll's call: "You may occasionally receive promotional content from X",
      // "You can save this article by registering for free here.", "Or sign-in if you have an account.", "Cast your vote now".
      String.raw`\byou may (?:occasionally )?receive promotional (?:content|emails?|offers|messages)\b|\bsave this article by registering\b|^\W{0,3}or sign[- ]?in if you have an account\b|^\W{0,3}cast your vote\b`,
      // A classifieds box's buttons: "Browse listings | Place an ad", "See all vehicles for sale | Place an advert".
      String.raw`^\W{0,3}${CLASSIFIEDS_BUTTON}(?:\s*[|•·]\s*(?:${CLASSIFIEDS_BUTTON}|view all))*\W{0,3}$`,
      // A local ad's call: "Book your appointment online today", "… – book a free heat-recovery survey with …", "Find a dealer near you"
      // (not "customers can book appointments online").
      String.raw`(?:^\W{0,3}|[–—|:]\s*|\b(?:now|today)[,:]? )book (?:your|an|a free) (?:appointment|consultation|test drive|(?:[\p{L}-]+ )?(?:survey|demo|demonstration|assessment|audit))\b|\b(?:find|locate) (?:a|an|your)(?: nearest| local)? [\p{L}-]+(?: [\p{L}-]+)? near you\b`,
      // A button: "Start tracking for free", "Start investing for free"; a training module's "Start learning".
      String.raw`^\W{0,3}start [\p{L} ]{0,20}for free\W{0,3}$|^\W{0,3}start (?:learning|(?:the|this) (?:course|module))\W{0,3}$`,
      // An event's or offer's call: "Book your table for the ceremony …", "First month free".
      String.raw`\blimited (?:seats|places|spaces|tickets)\b[^.!?]{0,10}\b(?:book|register|reserve) (?:now|today|yours)\b|^\W{0,3}(?:book|reserve) now\W{0,3}$`,
      // An upsell's opening imperative: "Pre-order now for country-by-country data …", "Gain access to a more in-depth look at …".
      // …and an ad's: "Apply today at any branch in …", "Apply online at example.com".
      String.raw`^\W{0,3}apply (?:now|today|online) (?:at|on|via|through|in)\b|^\W{0,3}pre-?order (?:now|today|your copy)\b|^\W{0,3}gain (?:full |unlimited |instant |exclusive |premium )?access to\b`,
      // …also called to its audience: "Exhibitors, book your stand now".
      String.raw`^\W{0,3}(?:get|buy|book) tickets\W{0,3}$|^\W{0,3}(?:[\p{L}-]+, )?book your (?:tables?|places?|seats?|tickets?|stands?)\b|^\W{0,3}(?:your )?first month (?:free|on us|for [£$€]\d)`,
      // A broker comparison's button and pitch: "Compare Top Brokers", "See which regulated brokers offer …".
      String.raw`^\W{0,3}compare (?:the )?(?:top |best |leading |regulated )?(?:forex |cfd |online |stock |crypto )?brokers?\W{0,3}$|\b(?:see|find|discover) which (?:regulated |licensed )?(?:forex |cfd |online |stock |crypto )?brokers?\b`,
      // A report's button and pitch: "Get the report", "… explore the reports."
      String.raw`^\W{0,3}get (?:the|your|my|our) (?:free |full )?(?:report|analysis|picks|guide)\W{0,3}$|\b(?:explore|access|unlock|browse) (?:the|our|all) (?:[\p{L}-]+ ){0,2}(?:reports|picks|research|recommendations)\b`,
      // An adviser-matching box's button: "Speak with an advisor today.", "Talk to a financial planner now".
      String.raw`^\W{0,3}(?:speak|talk|connect|match) (?:with|to) (?:an?|your|our) (?:(?:local|certified|financial|fee-only|vetted|qualified) ){0,2}(?:advisor|adviser|planner|expert)s? (?:today|now|for free)\W{0,3}$`,
      // A columnist's follow prompt: "Click the "+Follow" next to my byline …".
      String.raw`\b(?:click|tap|hit) (?:the )?["“”]?\+ ?follow\b`,
      // …and its button named: "… click the "Follow" button next to my name".
      String.raw`\b(?:click|tap|hit) (?:the )?["“”]?follow["“”]? (?:button|link|icon)\b`,
      // A premium tier's button and its pitch: "Unlock Example Premium", "Unlock Quant Ratings … for EXMP and 5,000+ other stocks."
      String.raw`^\W{0,3}unlock (?:[\p{L}\d'’.-]+ )?${PAID_TIER}\W{0,3}$|^\W{0,3}unlock\b[^.!?]{0,80}\bfor [\p{L}\d.&'’-]+ and (?:\d[\d,]*\+?|thousands of|hundreds of) (?:more |other )?(?:stocks|companies|funds|etfs|tickers)\b`,
      // A trial's button: "Try it free", "Try free today".
      String.raw`^\W{0,3}try (?:it )?(?:for )?free(?: (?:now|today))?\W{0,3}$`,
      // A rate form's heading: "Get a mortgage rate that's customized for you".
      String.raw`^\W{0,3}(?:get|see|find) (?:an? |your )?(?:[\p{L}-]+ ){0,2}(?:rates?|quotes?|offers?) (?:that['’]s |that are )?(?:personali[sz]ed|customi[sz]ed|tailored) (?:for|to) you\W{0,3}$`,
      // "Start your free match now.", "Claim your free trial today".
      String.raw`^\W{0,3}(?:start|claim|get|begin|book) your free (?:[\p{L}-]+ ){0,2}[\p{L}-]+ (?:now|today|here)\W{0,3}$`,
      // "… – start your 14-day Example Pro trial for $1", "Start a 30-day trial".
      String.raw`\bstart (?:your|a|my) \d{1,3}-day (?:free )?(?:[\p{L}\d'’.+-]+ ){0,3}trial\b`,
      // A sponsor's line under its box: "Presented by Veranda Data Partners.", "Proudly supported by the Example Standard."
      String.raw`^\W{0,3}(?:(?:proudly )?(?:presented|brought to you|sponsored|powered)|proudly supported) by [\p{L}\d&'’. -]{2,50}[.!]?\W{0,2}$`,
      // An event box's button: "Tickets on sale now.", "Tickets are available today".
      String.raw`^\W{0,3}tickets? (?:are )?(?:on sale|available)(?: now| today)?\W{0,3}$`,
      // "Request a demo today.", "Request a Demo".
      String.raw`\brequest a (?:free |personal(?:i[sz]ed)? |live )?demo\b`,
      String.raw`\bclick (?:here|to|on|the link)\b`,
      String.raw`\b(?:clicking|tap) here\b`,
      String.raw`\bcan be found here\b`,
      // "Learn more" as a button or an instruction, not "want to learn more about" in a sentence.
      String.raw`^\W{0,3}learn more\b`,
      String.raw`\bto learn more,? (?:visit|go to|click|see|call|contact|please)\b`,
      // Not the writer's own turn to the story ("Let's find out what has got investors so excited."), nor a report
      // ("… the biggest funds are about to find out how much liquidity they offer."), nor what others can do ("Small firms … can find out what support is available").
      String.raw`(?<!\b(?:let['’]s|let us|we['’]ll|we will|about to|yet to|going to|will|would|could|may|might|soon|(?<!\byou )can) )\bfind out (?:more|why|how|what|which)\b`,
      String.raw`\bcontinue reading\b`,
      // "Sign up here.", not "customers sign up" in a sentence.
      String.raw`^\W{0,3}sign up\b`,
      // Not what readers can do, reported ("Residents can also use the app to … and sign up for the council's alerts").
      String.raw`(?<!\b(?:can|could|may|might|will|would|also|and|or) )\bsign up (?:now|today|here|for free|for (?:our|the|a) (?:free )?(?:newsletter|trial|account|alerts?)|for ${SITE_NAMED}(?:newsletters?|alerts))\b`,
      // …and behind a newsletter's slogan: "Stay in the driver's seat: Sign up for the Example Auto newsletter …".
      String.raw`[:–—] sign up (?:for|to) (?:our|the|a) (?:free )?(?:[\p{L}\d&.'’-]+ ){0,4}newsletters?\b`,
      // A reader-service prompt: "Ask our Service Journalism team here."
      String.raw`^\W{0,3}ask (?:our|the) (?:[\p{L}-]+ ){0,3}(?:team|experts?|reporters?|newsroom)(?: here| now| today)?\W{0,3}$`,
      String.raw`\bregister (?:now|today|here|for free|free (?:now|today))\b|^\W{0,3}register free\W{0,3}$`,
      // A case study's pitch: "See how dock-to-yard visibility cut detention costs 22% for a national grocery distributor."
      String.raw`^\W{0,3}(?:see|learn|discover|find out) how (?:[\p{L}\d&'’.-]+ ){1,6}(?:cut|saved?|reduced?|boosted?|increased?|improved?|achieved?|slashed?)\b`,
      // Demos and quotes offered to the reader: "Book a demo of our data service", "– get a free quote today".
      String.raw`^\W{0,3}(?:book|request|schedule) (?:a|your) (?:free )?(?:demo|trial)\b|(?:^\W{0,3}|[–—-] )get (?:a|your) free (?:quote|valuation|consultation)\b`,
      // A reader poll's header and buttons: "Quick poll", "Vote", "View results".
      String.raw`^\W{0,3}(?:vote|(?:view|see|show) (?:the )?results)\W{0,3}$|^\W{0,3}(?:quick |reader |daily |weekly |today['’]s )?poll\W{0,3}$`,
      // A registration wall's button: "Create account".
      String.raw`^\W{0,3}create (?:an |a free |your )?account\W{0,3}$`,
      // An event's pitch: "Hear how leading terminal operators are scaling automation", "Hear from …".
      String.raw`^\W{0,3}hear (?:how|why|what|from)\b`,
      // An event's label and invitation: "Virtual event", "Join HR leaders from … for a live discussion on …".
      String.raw`^\W{0,3}(?:virtual|live|online|upcoming|free) (?:event|webinar|summit|masterclass|briefing|conference)\W{0,3}$|^\W{0,3}join [^.!?]{0,80}\bfor (?:a|an|our|this|two|three|\d) (?:(?:live|free|virtual|exclusive|interactive|on-demand|full) )?(?:discussion|webinar|event|session|conversation|briefing|q&a|panel|masterclass|days?|evening|afternoon|morning|night)\b`,
      String.raw`\bget (?:instant |immediate |full |free )?access\b`,
      // A newsroom's tip line: "Have a confidential tip for our reporters? Get in touch", "Do you have a story or a tip for Example News?".
      String.raw`\b(?:have|got) a (?:confidential |news |story )?tip\b[^?]{0,40}\?|\bhave a (?:news )?story (?:or a (?:news )?tip )?for (?:us|[\p{L}&'’.-]+(?: [\p{L}&'’.-]+){0,3})\?`,
      // …and where to send it: "Send it to us on WhatsApp at …", "Send your tips to us via email", "Send news tips to news@example.com", "Send us your tips and photos at …".
      String.raw`^\W{0,3}send (?:it|them|your (?:story|stories|tips?|photos?|videos?)) to us (?:on|via|at|by) (?:whatsapp|e-?mail|telegram|signal)\b|^\W{0,3}send (?:us )?(?:your )?(?:news )?tips(?: and (?:photos|pictures|videos|stories))? (?:to|at) [\w.+-]+@`,
      String.raw`^\W{0,3}get in touch\W{0,3}$`,
      // Reader-funding appeals: "You've read 9 articles this year", "Support independent journalism", "Help us continue, even with a small contribution.".
      String.raw`\byou(?:['’]?ve| have) read \d+ (?:of (?:your )?\d+ )?(?:free )?(?:articles|stories)\b`,
      String.raw`\bsupport (?:independent|our|quality) journalism\b|\bhelp us (?:deliver|produce|fund|keep|continue|sustain) (?:the )?(?:local |independent |quality )?journalism\b|^\W{0,3}help us (?:continue|keep going)\b`,
      String.raw`^\W{0,3}support (?:(?!(?:for|from|of|by|to|in|among|on|at|is|was|has|grew|rose|fell)\b)[\w'’-]+,? ){1,3}journalism\b`,
      // …under the site's name: "The Example Times needs your support".
      String.raw`^\W{0,3}[\p{L}\d&'’. -]{1,34} needs your support\W{0,3}$`,
      String.raw`^\W{0,3}(?:donate|contribute)(?: now| today)?\W{0,3}$`,
      String.raw`\bfunded by (?:our )?readers\b`,
      String.raw`\bget our (?:[\w-]+ ){0,3}(?:picks|ideas|recommendations|research|analysis)\b`,
      String.raw`\bexplore our (?:offers|plans|subscriptions|subscription options)\b|^\W{0,3}explore (?:more )?offers\W{0,3}$`,
      String.raw`\bstart (?:your |a )?(?:free )?trial\b`,
      String.raw`\bstart (?:your |a )?(?:free )?(?:\d+|one|two|three|four|seven|fourteen|thirty)[- ](?:day|week|month)s? (?:free )?trial\b`,
      String.raw`\bread the latest (?:[\w-]+ ){0,4}(?:news|stories|articles) (?:from|on|at)\b`,
      // Not a new role the article reports ("Two directors to join the enlarged board", "Roe will join the credit union as regional president"),
      // a duty or refusal ("landlords who fail to join the scheme") nor whom the article tells about ("Growers who want to join the co-operative …").
      String.raw`(?<!\b(?:(?:fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|requir(?:e|es|ed)|obliged|forced|declin(?:e|es|ed|ing)|decid(?:e|es|ed)|plan(?:s|ned)?|agree[sd]?|allowed|eligible|(?:who|that) (?:wants?|wish(?:es)?|hopes?)) to|not|never|who|which|that|will|would) )\bjoin (?:now|today|over|us|our|the(?! (?:[\p{L}&.'’-]+ ){0,4}(?:board|company|group|firm|bank|team|executive|management|ranks)\b))\b`,
      // An event's invitation: "Join leading architects, clients and engineers on 11 March in London …".
      String.raw`^\W{0,3}join (?:leading|top|fellow|senior|industry|hundreds of|thousands of) [^.!?]{3,80}\b(?:on|in|at) \d`,
      // The audience an event invites: "Join enterprise AI leaders at Example Summit …", "Join founders, investors and buyers for …",
      // "Meet exporters, importers and investors from 15 countries."
      // …also after the event's dates: "22–23 April | Join Europe's founders, investors and policymakers for two days of …".
      String.raw`(?:^\W{0,3}|[|–—] )(?:join|meet(?! the\b)) (?:[\p{L}&,'’-]+ ){0,6}(?:leaders|executives|experts|founders|investors|peers|practitioners|buyers|professionals|decision-makers|policymakers) (?:at|for|in|from)\b`,
      String.raw`\bact (?:fast|now)\b`,
      String.raw`\bdon['’]?t miss\b`,
      String.raw`\b(?:visit|check out|see) (?:our|us|www\.|the latest)\b`,
      String.raw`\bcheck out (?:what|how)\b`,
      String.raw`\bview (?:premium|all|more|our)\b`,
      // A button under a stock-pick teaser: "View The Five Stocks Here", "See these 3 picks here".
      String.raw`^\W{0,3}(?:view|see|get|discover) (?:the|these) (?:\w+ ){0,2}(?:stocks|picks|names|companies) here\b`,
      String.raw`\bdiscover (?:\d+|more|our)\b`,
      String.raw`${NOT_REPORTED_CALL}\bdownload (?:our|the|this|your|\d+)\b`,
      String.raw`\b(?:submit|claim) your\b`,
      String.raw`\bcontact (?:the firm|us|our)\b`,
      // "For more information, contact …", "For details, write to sales@example.com or call …".
      String.raw`\bfor (?:(?:more|further) (?:information|details)|details),? (?:please )?(?:call|contact|e-?mail|write to|reach)\b`,
      // "(See Apple stock charts on TipRanks)": a pointer to the publisher's own product pages.
      String.raw`^\W{0,2}\((?:see|read|check out|view|get)\b[^)]{0,80}\bon [a-z][\w.-]*\)\W{0,2}$`,
      String.raw`\bread more\s*[»›>]`,
      // A link arrow at the end ("Weiterlesen »"), not the closing guillemet of a quote ("… durch.»", "«Wir sind nicht zu gross»").
      String.raw`(?<![.!?…])(?<!(?:^|[\s:(„"])«[^«»]*)»\s*$`,
      String.raw`(?<![.!?…])(?<!(?:^|[\s:(«])‹[^‹›]*)›\s*$`,
      String.raw`>>\s*$`,
      // An event's button: "Request an Invite", "Reserve your seat", "Claim your pass", "Free entry - register for your place today".
      String.raw`^\W{0,3}(?:free (?:entry|admission)\s*[-–—:]\s*)?(?:request|reserve|claim|secure|book|register for) (?:an?|your) (?:free )?(?:invite|invitation|seat|spot|place|pass|ticket)(?: (?:today|now))?\W{0,3}$`,
      // A platform's minimum terms in its box: "Invest from £100 a month or a £500 lump sum", "Start with a lump sum of £500 or from £25 a month".
      String.raw`^\W{0,3}(?:invest|start|save)(?: with)? (?:from |a lump sum of )[£$€]\d[\d,]*(?: (?:a|per) month| lump sum)? or (?:from |a )?[£$€]\d[\d,]*(?: lump sum| (?:a|per) month)\b`,
      // A UK tax wrapper's button: "Open a SIPP", "Start a Junior SIPP today", "Open a Stocks and Shares ISA", "Open an Example Stocks & Shares ISA".
      String.raw`^\W{0,3}(?:open|start) (?:an?|your) (?:[\p{L}\d'’.-]+ ){0,2}(?:junior |lifetime |cash |stocks (?:and|&) shares )?(?:sipp|isa)(?: (?:today|now))?\W{0,3}$`,
      // Buttons and prompts to open an account or start: "Get Started", "Open an account today", "Start investing now →", "Save your seat".
      String.raw`^\W{0,3}(?:get started|save your (?:seat|spot)|register (?:here|now)|book (?:a|your) (?:call|demo|consultation)|learn how|see how|apply now(?: to join| today)?|show more|load more)\W{0,3}$`,
      String.raw`^\W{0,3}open (?:an?|your) (?:(?:free|live|demo|new|brokerage|trading|investment|demat|isa|savings) ){0,2}account(?: (?:today|now|in minutes|for free))?(?:\s*[.!»›→>]+)?\s*$`,
      // A broker's or tool's ad: "Trade With A Regulated Broker", "0% commission on stocks.", "Unlock ProPicks now – up to 50% off".
      String.raw`^\W{0,3}(?:trade|invest) with (?:a|an|the) (?:[\p{L}-]+ )?(?:regulated|trusted|licensed|award-winning|leading|top-rated) (?:[\p{L}-]+ )?broker\W{0,3}$|^\W{0,3}(?:[£$€]?0|zero) ?%? (?:commission|brokerage|trading fees?|account fees?)(?: on [\p{L} ,&-]{2,30})?\W{0,3}$|^\W{0,3}unlock [\p{L}\d'’.-]+(?: [\p{L}\d'’.-]+)? (?:now|today)\b`,
      // A pick list's button and pointer: "See The 5 Stocks", "Reveal the 3 shares", "You can see the complete list of today's … stocks here.", an award's "Enter today".
      String.raw`\b(?:see|view) the (?:complete|full|entire) list of\b[^.!?]{0,60}\bhere\W{0,3}$|^\W{0,3}enter (?:today|now|here)\W{0,3}$`,
      String.raw`^\W{0,3}(?:see|get|reveal|discover|unlock) (?:the|these|all|my|our) (?:\d+|three|five|seven|ten|top) (?:stocks|shares|picks|companies)\W{0,3}$`,
      // A dealer's pitch: "Start with a free gram of gold when you open an account today.", "Example: Buy gold at the lowest prices online."
      String.raw`^\W{0,3}(?:get|claim|start with|receive|enjoy)\b[^.!?]{0,40}\bfree\b[^.!?]{0,40}\bwhen you (?:open|create|fund|register|sign up for) (?:an?|your) (?:[\w-]+ )?account\b|^\W{0,3}(?:[\p{L}\d&'’ .-]{2,30}:\s*)?(?:buy|shop|order) [^.!?:]{1,40} at (?:the )?(?:lowest|best|cheapest|unbeatable) (?:possible )?prices?(?: online)?\W{0,3}$`,
      // A broker's pitch: "Open an account with X in minutes and get a bonus on your first deposit", "Buy shares in minutes with no account fees".
      String.raw`^\W{0,3}open an? (?:[\p{L}-]+ ){0,2}account with [^.!?]{2,40} in minutes\b|\bbonus on your first deposit\b|\bin minutes with no (?:account |brokerage |trading )?(?:fees|minimums?|commissions?)\b`,
      // A button told to the reader: "Get Fox Business on the go by clicking here", "Nominate your company today".
      String.raw`\bby clicking here\W{0,3}$|^\W{0,3}nominate (?:your|a) (?:company|colleague|team|business)(?: today| now)?\W{0,3}$|(?:^\W{0,3}|[.!] )nominate (?:today|now|online) (?:at|on|via) [\p{L}\d-]+\.[\p{L}.]{2,12}\W{0,3}$`,
      // An account or a product to open now: "… and open an ISA today", "Open yours today at any branch or online."
      String.raw`(?:^\W{0,3}|\band |[—–:] )open (?:an?|your) (?:[\w&-]+ ){0,3}(?:account|isa|sipp)(?: or (?:an? )?(?:account|isa|sipp))? (?:today|now|in (?:minutes|\d+ minutes|seconds))\b|^\W{0,3}open yours (?:today|now)\b`,
      // …or behind an ad's title, with its promise further on: "Example broker: open an account on the exchange online in 10 minutes."
      String.raw`[—–:] open (?:an?|your) (?:[\w&-]+ ){0,3}account\b[^.!?]{0,60}\bin (?:minutes|\d+ minutes|seconds)\b`,
      // A platform's own account ad: "Open a Stocks and Shares ISA with Example and invest up to £20,000 tax-free", "… with Example from £100" (not "with a provider that …").
      String.raw`^\W{0,3}open (?:an?|your) (?:[\w&-]+ ){0,4}(?:account|isa|sipp) (?:with|at) (?!(?:a|an|the|your|one|some|any|another|care|caution)\b)[\p{L}\d&'’.+-]+(?: [\p{L}\d&'’.+-]+){0,2}(?: (?:and|from|for|in)\b|,|\W{0,3}$)`,
      // A box's opening question: "Ready to get started?", "Ready to start investing?".
      String.raw`^\W{0,3}ready to (?:get started|start (?:investing|saving|trading)|invest|begin|open an? (?:account|isa|sipp))\s*\?\W{0,3}$`,
      // An app's plug: "Explore analyst ratings and key stats on the Example app", "Track live prices in our app".
      String.raw`^\W{0,3}(?:explore|see|view|check|track|get|discover|compare)\b[^.!?]{0,60}\b(?:analyst ratings|key (?:stats|statistics|metrics)|live (?:prices|quotes|charts)|real-time (?:prices|quotes|data)|price alerts)\b[^.!?]{0,40}\b(?:on|in) (?:the |our )?(?:[\p{L}\d&'’.+-]+ )?app\b`,
      // Buttons and prompts of a broker's or dealer's box: "Log in to view ratings", "Talk to an Example Financial Consultant today.",
      // "Call 800-555-0142 or schedule an appointment.", a shop's "Phone 4127 or call in at our yard.", "Get a quote today", "Compare investment trusts and funds on the Example platform."
      String.raw`^\W{0,3}(?:log ?in|sign ?in|register) to (?:view|see|read|access|unlock) (?:the |our |all |full )?(?:ratings|rating|report|analysis|research|prices|scores?)\W{0,3}$`,
      String.raw`^\W{0,3}(?:talk|speak) (?:to|with) (?:an?|one of our) (?:[\p{L}&'’-]+ ){0,4}(?:consultant|adviser|advisor|specialist|expert|planner|representative) (?:today|now)\W{0,3}$`,
      String.raw`^\W{0,3}(?:call|phone|ring) (?:us )?(?:at |on )?\+?\d[\d ().-]{2,18}\d (?:or|to) (?:schedule|book|visit|request|arrange|speak|call in|drop in|drop by|stop by|pop in|come in)\b`,
      String.raw`^\W{0,3}(?:get|request) (?:a|your|an instant|a free|your free) (?:free )?quote(?: today| now| online)?\W{0,3}$`,
      String.raw`^\W{0,3}(?:compare|explore|browse|research) (?:[\p{L}&'’-]+ ){0,5}on (?:the |our )?(?!a |an )[\p{L}\d&'’.+-]+(?: [\p{L}\d&'’.+-]+)? (?:platform|app)\W{0,3}$`,
      // A trade ad's discount: "Example Hire – 20% off excavator hire this winter."
      String.raw`^\W{0,3}[\p{L}\d&'’.+-]+(?: [\p{L}\d&'’.+-]+){0,4} [–—-] (?:up to |save )?\d{1,2} ?% off\b`,
      String.raw`^\W{0,3}open and fund (?:an?|your) (?:[\w-]+ )?account\b|\bopen and fund (?:an?|your) (?:new |eligible |qualifying )?(?:[\w-]+ )?account (?:with (?:at least |a minimum (?:of )?)?\$|within \d+|by \d)`,
      String.raw`^\W{0,3}start (?:investing|trading|saving|your (?:free )?trial)(?: now| today| for free| with (?!(?:etfs?|index|funds?|stocks?|shares|bonds?|little|less|small)\b)\w+)?\W{0,3}$`,
      String.raw`(?:^\W{0,3}|\b(?:just|simply) )answer a few (?:quick |simple |short )?questions\b`,
      String.raw`\bget matched (?:with|to) (?:up to \w+ |an? )?(?:[\w-]+ ){0,2}(?:advis[oe]rs?|planners?|lenders?|agents?|professionals?)\b|\bmatches you with (?:up to \w+ )(?:vetted |local |fiduciary )*(?:financial )?(?:advis[oe]rs?|planners?)\b|\bpair you with (?:up to \w+ )(?:vetted |local |fiduciary )*(?:financial )?(?:advis[oe]rs?|planners?)\b`,
      String.raw`^\W{0,3}take the (?:quiz|survey|poll)\b|^\W{0,3}cast your vote(?: (?:now|here|below|today))?\W{0,3}$`,
      // An awards box: "Vote now in the Example Herald Readers' Choice Awards."
      String.raw`^\W{0,3}vote (?:now|today) (?:in|for) (?:the |our )?[^.!?]{0,60}\bawards?\b`,
      String.raw`^\W{0,3}(?:(?:missed (?:it|the (?:live )?(?:event|webinar|show))|can['’]t make it)\W{1,3})?catch up on the (?:replay|recording|episode)\b|\bcatch up on the (?:replay|recording|episode) (?:here|below|now|on demand)\b`,
      String.raw`\bregister your interest(?: (?:now|today|here|online))?\W{0,3}$`,
      // A video teaser, maybe behind its channel's label: "Example TV: Watch our interview with …", "Watch the latest Example Videos here".
      String.raw`^\W{0,3}watch (?:the )?latest (?:[\p{L}\d&'’.-]+ ){0,3}videos?(?: here)?\W{0,3}$|(?:^\W{0,3}|:\s+)watch (?:our|the full|the) (?:interview|video|webinar|discussion|conversation)\b|[–—-] listen (?:now|here|today)\W{0,3}$`,
      // "Save the Date: Example Forum 2027" (language-neutral).
      String.raw`^\W{0,3}save the date\b`,
      // An event box's dates and venue as fields: "EXAMPLE FORUM 2026 | 8–9 December | Example Hotel, Cairo", "10 December | Example Hotel, Tbilisi".
      String.raw`(?:^\W{0,3}|\| )(?:\d{1,2}[–-])?${DAY_MONTH} \| (?!updated\b)\p{L}[^|\n]{1,60}$`,
      // A publisher's white paper or case study behind a link: "… – read the case study from Example Solutions",
      // "… – read the latest insight from Example Investors" (two branches, so that each finds its units by a word).
      String.raw`^\W{0,3}(?:read|download|get) (?:the|our|this) (?:full |free )?(?:case study|white ?paper|e-?book)\b|[–—-] (?:read|download|get) (?:the|our|this) (?:full |free |latest )?(?:case study|white ?paper|e-?book|insights?|report|guide|research|survey)\b`,
      // A download form: "Download the free edition to learn …", "… that you can download by submitting the below form".
      String.raw`^\W{0,3}download (?:the|our|a|your) free (?:[\w-]+ ){0,2}(?:edition|copy|report|guide|e-?book|white ?paper|sample|version)\b|\bby (?:submitting|completing|filling (?:in|out)) the (?:below |following )?form\b|[–—-] free sample\W{0,3}$`,
      String.raw`^\W{0,3}your (?:download|download email|download link|copy|report) will (?:arrive|begin|start) (?:shortly|soon)\b`,
      // An awards or event call on a line of its own or behind the event's name: "Entries are now open.", "Example Awards 2027: nominations are now open".
      String.raw`(?:^\W{0,3}|:\s+)(?:entries|nominations|submissions|registration|bookings) (?:are|is) now (?:open|live)\W{0,3}$`,
      String.raw`\bregister for a (?:free )?trial\b`,
      // Buttons: "Download Now", "Listen now", "Deal now", "Grab your free ticket now", "Request an Investor Kit".
      String.raw`^\W{0,3}(?:download|deal|explore|invest|trade|apply|compare|register|subscribe|book|shop|listen|watch|enter|nominate) now[^\w?]{0,3}$|^\W{0,3}(?:nominate|vote|enter|register|book) today[^\w?]{0,3}$`,
      String.raw`\bbook yours (?:now|today)\b`,
      String.raw`^\W{0,3}(?:get|grab|download|claim|request|reserve|book|secure|register for) your (?:free )?(?:[\w-]+ ){0,2}(?:copy|guide|report|e-?book|seat|spot|pass|ticket|place)s?(?: (?:now|today|here))?\W{0,3}$|[–—-] (?:book|grab|secure|reserve|claim) your (?:free )?(?:[\w-]+ ){0,2}(?:seat|spot|pass|ticket|place)s?\b`,
      // A rating tool's button: "See how it ranks against 4,600+ stocks".
      String.raw`^\W{0,3}see how [\w.$&-]+ (?:ranks|rates|stacks up|scores|compares)\b`,
      String.raw`^\W{0,3}grab your (?:free )?(?:tickets?|copy|seat|spot|place)\b(?! of (?:your|their|his|her|last|this)\b)|\bget your free copy\b(?! of (?:your|their|his|her)\b)`,
      String.raw`^\W{0,3}request (?:an?|your) (?:investor kit|free (?:copy|report|guide|brochure))\b(?! of (?:your|their|his|her)\b)(?![^.!?]{0,60}\b(?:credit (?:reports?|files?)|annualcreditreport|bureaus?)\b)`,
      String.raw`^\W{0,3}catch all the (?:latest )?(?:business )?news\b`,
      // The search engine's follow button: "Add X as a preferred source on Google", "Add X on Google", "Add X to your news feed".
      String.raw`\badd [^.!?]{1,40} (?:as (?:a |your )?(?:preferred|trusted) source|to your (?:news ?feed|google news|news app|home ?screen))\b|^\W{0,3}add [\p{L}\d.&'’ -]{2,40} on google(?: news)?\W{0,3}$`,
      // Order and event buttons: "START MY SUBSCRIPTION NOW", "Register today and save 20%", "Compare savings rates now".
      // A sponsor's button: "Get your quotes here", "Request your quote today".
      String.raw`\b(?:get|request|claim) your (?:free )?(?:quotes?|estimate|copy|report|guide|tickets?|pass(?:es)?|discount) (?:here|now|today)\b`,
      // A call for letters to the editor: "Have an opinion about this story?", "Send us a letter to the editor".
      // A paywall's sign-in prompt: "Create an account or sign in to continue with your reading experience."
      String.raw`\bcreate an account or (?:sign|log) in to (?:continue|keep reading|read)\b`,
      // A letters box: "Send a letter to the editor at letters@example.com"; an expo's box: "Book your booth today", "Exhibitor spaces now available."
      String.raw`^\W{0,3}(?:send|write|submit) (?:a|your) letter to the editor\b`,
      // …and its rules: "Letters should be under 300 words and include your name and community.", "Letters must not exceed 250 words."
      String.raw`^\W{0,3}letters (?:to the editor )?(?:should|must|may) (?:be )?(?:under|no (?:more|longer) than|fewer than|less than|not exceed|up to|limited to) \d{2,4} words\b`,
      String.raw`^\W{0,3}book your (?:booth|stand|exhibit(?:or)? space|table) (?:today|now)\b|^\W{0,3}exhibitor (?:spaces|stands|booths) (?:are )?(?:now )?available\W{0,3}$`,
      String.raw`^\W{0,3}have an? (?:opinion|view|thoughts?|take) (?:about|on) (?:this|the) (?:story|article)\W{0,3}$|\b(?:send|write) us a letter\b`,
      String.raw`\bstart my (?:subscription|free trial|membership|trial)\b`,
      String.raw`\bregister (?:today|now) and save\b`,
      String.raw`^\W{0,3}compare (?:[\w-]+ ){0,3}(?:rates|deals|prices|quotes|offers|accounts|providers) (?:now|today|here)\W{0,3}$`,
      // A deposit ad's button: "Open Account on Example Bank's secure website".
      String.raw`\bon [^.!?]{1,40}['’]s? secure (?:website|site)\W{0,3}$`,
      // A rate widget's title: "Compare today's mortgage rates in Example".
      String.raw`^\W{0,3}compare today['’]s (?:[\p{L}-]+ ){0,2}rates\b`,
      // A magazine's trial: "Get 6 issues free", "Get 3 issues for £1".
      String.raw`^\W{0,3}(?:get|try) (?:your )?(?:first )?\d{1,2} (?:issues|editions) (?:free|for (?:just |only )?[£$€]\d)`,
      // A product card's buttons and a comparison site's link: "Go to site", "Compare savings accounts with Example", "Compare energy tariffs with Example Energy Club".
      String.raw`^\W{0,3}(?:go to|visit) (?:the )?(?:site|website|provider|lender)\W{0,3}$`,
      String.raw`^\W{0,3}compare (?:[\w-]+ ){0,3}(?:rates|deals|prices|quotes|offers|accounts|providers|loans|cards|policies|tariffs) (?:with|on|at) (?!(?:a|an|the|your|care|caution)\b)[\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,2}\W{0,3}$`,
      // …and its own rate tables: "Compare more savings deals with Example's independent tables", "Find the best savings rates with our best buy tables".
      String.raw`^\W{0,3}(?:compare|find) (?:[\w-]+ ){0,3}(?:rates|deals|accounts|mortgages|loans|cards) (?:with|in|using) (?:our|[\p{L}\d.&'’ -]{2,30}['’]s) (?:independent |best[- ]buy |comparison )?tables\W{0,3}$`,
      // A comparison site's box: "Compare today's lowest mortgage rates from lenders across Canada."
      String.raw`^\W{0,3}compare (?:today['’]s |current |the )?(?:best|lowest|top|cheapest) (?:[\w-]+ ){0,2}(?:rates|deals|prices|quotes|offers)\b`,
      // Subscription and donation asks: "Subscribe to X Magazine", "Make a gift to X today", "We rely on your financial support", "keep journalism free".
      String.raw`\bsubscribe to (?:[\p{L}\d'’&.-]+ ){1,4}magazine\b`,
      // A trade magazine's box: "Free print and digital subscriptions for qualified industry professionals."
      String.raw`\bfree (?:(?:print|digital)(?: (?:and|&|or) (?:print|digital))? )?subscriptions? (?:(?:are|is) available )?(?:for|to) qualified\b`,
      // An event's box: "Join 600 advisers at the Example Spring Conference, 18 March 2027, Leeds.", "Free places for qualifying trustees."
      String.raw`^\W{0,3}join [^.!?]{1,80}\bat (?:the |our |this year['’]s )?[^.!?]{0,60}\b(?:conference|summit|forum|expo|symposium|congress|roundtable|masterclass|webinar|awards(?: dinner| night| ceremony)?)\b`,
      String.raw`^\W{0,3}free (?:places|tickets|entry|passes|registration|admission|attendance) (?:(?:are|is) available )?for (?:qualifying|qualified|eligible)\b`,
      String.raw`\bmake a (?:gift|donation|contribution) to\b`,
      // "Make a gift today — any amount helps.", "… become a patron for as little as US$5 a month.", "… free for everyone, because readers like you support it."
      String.raw`^\W{0,3}(?:make|give) a (?:gift|donation|contribution) (?:today|now|here)\b|\bany amount helps\b|\bbecause (?:readers|members|people) like you (?:support|fund|pay for)\b`,
      // A subscription box's plea: "Our journalists work hard to provide local, up-to-date news …", "This is how you can continue
      // to access our trusted content:", "Make sure you're subscribed to the Example Herald".
      String.raw`^\W{0,3}our (?:journalists|reporters|newsroom|team) works? hard to (?:provide|bring|deliver|keep)\b`,
      String.raw`\bcontinue to (?:access|read|enjoy) our (?:trusted |quality |award-winning |local )?(?:content|journalism|reporting|stories|news)\b`,
      String.raw`^\W{0,3}make sure (?:you['’]re|you are) (?:subscribed|signed up|registered) (?:to|for)\b`,
      // An awards box: "Nominate a local business, team or leader before February 14."
      String.raw`^\W{0,3}nominate (?:a|an|your) (?:local |favourite |favorite )?(?:business|businesses|team|leader|colleague|company|person|hero|volunteer|employer)\b`,
      // "Nominations are open!", "Tell us your favourite local businesses, restaurants and services."
      String.raw`^\W{0,3}nominations (?:are )?(?:now )?open(?:\W{0,3}$| for (?:the|this year['’]s|our)\b| and (?:tables|tickets|places|seats)\b)|^\W{0,3}tell us your favou?rite (?:local )?(?:businesses|shops|restaurants|cafes|places|services|people)\b`,
      // A gift subscription: "Give the gift of local news this Christmas.", "A 12-month digital subscription makes the perfect present.", "Gift a subscription".
      String.raw`^\W{0,3}give the gift of (?:local |quality |independent )?(?:news|journalism|reading)\b|^\W{0,3}gift an? (?:digital )?subscription\W{0,3}$`,
      String.raw`\bsubscription makes (?:the|a) (?:perfect|ideal|great) (?:gift|present)\b`,
      // A property portal's box and buttons: "Search the latest homes for sale and recent sales in Example on example.com.au.",
      // "Browse the latest listings on Example.", "Search properties".
      // "Find commercial property for lease and businesses for sale across the region on example.com.au".
      String.raw`^\W{0,3}(?:(?:browse|search) (?:the latest |all |our |thousands of )?(?:listings|properties|rentals)|(?:browse|search|find) (?:the latest |all |our |thousands of )?(?:(?:commercial|residential|rural) )?(?:homes|property|properties|houses|apartments|units|cars|vehicles|businesses) for (?:sale|rent|lease))\b`,
      String.raw`\bbecome an? (?:[\p{L}-]+ ){0,2}(?:supporter|member|patron|subscriber)s? (?:for|from) (?:as little as |just |only )?(?:us|ca|au|nz)?[$£€]\s?\d`,
      String.raw`\bwe (?:rely|depend) on (?:your|the) (?:financial )?support\b|\b(?:rely|relies|depend|depends) on (?:the )?(?:financial )?support (?:of|from) (?:readers|listeners|viewers|people like you)\b`,
      String.raw`\bkeep (?:independent |our |public )?(?:journalism|reporting) (?:free|open)\b`,
      // "Local journalism without a paywall isn't free", "readers who support us regularly", "Support us from as little as £1",
      // "Fund independent journalism with £5 per month", "Support the Example" (a line of its own), "X is independent and free to read",
      // "Example is reader-supported", "Example relies on readers like you …" (or "on readers who can"), "We don't have a paywall because …" / "We don't put our journalism behind a paywall", "Support Example today →".
      String.raw`\b(?:local |quality |independent |good )?journalism (?:without a paywall |without paywalls )?(?:isn['’]t|is not|doesn['’]t come) (?:free|cheap)\b|\b(?:readers|members|supporters|donors),? who (?:support|fund) us\b|\b(?:support|join) us\b[^.!?]{0,20}\bfrom (?:just |only |as little as )?[$£€]\d`,
      // A free story's plea: "This story is free to read.", "Members keep it that way.", "Readers like you keep it free."
      String.raw`^\W{0,3}this (?:story|article|journalism|newsletter) is free to read\W{0,3}$|^\W{0,3}(?:our )?(?:members|subscribers|supporters|donors|readers like you) (?:help )?keep it (?:that way|free)\W{0,3}$`,
      // "Support us by subscribing for R50 a month", "Our journalism is supported by thousands of members."
      String.raw`\bsupport us by (?:subscribing|becoming a (?:member|subscriber|supporter)|donating|making a (?:donation|contribution))\b|^\W{0,3}our (?:journalism|reporting|newsroom) is ${FUNDED} by (?:thousands of |our |readers like you)`,
      // "Example Pilot's reporting is paid for in part by readers in …", "A contribution of any size helps keep reporters …".
      String.raw`^\W{0,3}[\p{L}\d.&'’ -]{2,40}['’]s? (?:local )?(?:journalism|reporting|newsroom|coverage) is (?:paid for|${FUNDED}) (?:in part |partly |largely |entirely )?by (?:readers|subscribers|donors|members)\b|^\W{0,3}an? (?:contribution|donation|gift) of any (?:size|amount) (?:helps|makes|goes)\b`,
      String.raw`\bfund (?:independent|our|quality) journalism with [$£€]\d|^\W{0,3}support (?:us|the [\p{L}.'’-]+(?: [\p{L}.'’-]+)?)(?: here| now| today)?\W{0,3}$|\b(?:is|are|remains|stays) (?:an? )?(?:independent|reader-funded|ad-free)(?: [\p{L}-]+){0,2}(?:,| and) (?:free to read|free for (?:everyone|all)|open to all)\b|\bis (?:100 ?% |entirely |fully |wholly )?(?:editorially )?(?:independent and )?reader[- ](?:funded|supported)\b|\brel(?:y|ies) on readers (?:like you|who can)\b|^\W{0,3}we (?:don['’]t|do not) (?:have a paywall|put our (?:journalism|reporting|articles|stories) behind a paywall)\b|^\W{0,3}support [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,2} (?:today|now)\W{0,3}$`,
      // "Independent journalism costs money.", "Independent journalism has a cost.", "Reliable, independent reporting from the region takes time and resources.", "If you find our coverage useful, …", "… it costs less than a cup of coffee.", "… journalism holds the powerful to account, and it costs money to produce.", "Support Example for the price of a coffee.", "… funded through donations from our readers",
      // "We cannot do what we do without your support.", "If you like what we do, become a Friend of Example …", "… quality journalism is more crucial than
      // ever.", "By subscribing, you can help us get the story right.", "If you like reading stories like this one, …"
      String.raw`^\W{0,3}if you (?:(?:like|enjoy|value|appreciate) (?:what we do|our (?:work|journalism|reporting|coverage)|(?:reading )?(?:stories|articles) like this(?: one)?)|find our (?:work|journalism|reporting|coverage) (?:useful|valuable|helpful|informative))\b|\b(?:quality|independent|trusted|good) journalism is more (?:crucial|important|vital|necessary|essential|needed) than ever\b|^\W{0,3}by subscribing,? you(?:['’]ll| will| can)? (?:help|support)\b|^\W{0,3}(?:\p{L}+,? ){0,2}(?:independent|quality|good|local) (?:journalism|reporting)(?: \p{L}+){0,4} (?:(?:costs|takes) (?:money|time and (?:money|resources))|has a cost)\b|\bjournalism\b[^.!?]{0,60}\band it costs money\b|\b(?:for (?:less than )?the price of|for less than|it costs less than) a (?:cup of )?coffee\b|\bfunded (?:through|by) (?:donations|contributions) from (?:our )?readers\b|\b(?:cannot|can['’]t|could not|couldn['’]t) do (?:this|it|what we do) without your support\b`,
      // A local paper's reporting-fund appeal: "Want to support local journalism?", "Local journalism matters.", "Your support helps keep reporters covering …", "Every contribution goes toward local reporters …", "Every dollar donated goes directly toward …", "Contribute to
      // Example's community reporting fund, …", "Contributions are not tax deductible …".
      String.raw`^\W{0,3}(?:want|would you like|do you want) to support (?:local|independent|community|our) (?:journalism|news|reporting)\?`,
      String.raw`^\W{0,3}(?:local|independent|quality) journalism matters\W{0,3}$|^\W{0,3}your (?:support|contribution|donation|gift) (?:helps|will help) (?:to )?(?:keep|us keep|fund|pay for|support)\b|^\W{0,3}every (?:contribution|donation|gift|dollar(?: donated| you give)?) (?:goes (?:directly )?(?:toward|towards|to)|helps (?:pay for|fund)|funds|supports) (?:expanding |supporting )?(?:our |the |local )?(?:news )?(?:reporters?|journalism|reporting|newsroom|coverage)\b|\bcontribute to [^.!?]{0,40}\b(?:reporting|journalism|newsroom) fund\b|^\W{0,3}(?:contributions|donations) (?:are|is) not tax[- ]deductible\b`,
      // A site's slogan about itself: "Stabroek News is your source for independent journalism in Guyana.", "Stay informed
      // with The Namibian – your source for credible journalism."
      String.raw`(?:\bis |[–—,:] )your (?:trusted |leading |number one |#1 )?source (?:for|of) (?:independent|trusted|quality|fearless|local|credible|reliable) (?:journalism|news|reporting)\b`,
      // A mobile operator's code to dial: "Dial *123# to activate.", "Dial *544*1# to subscribe", "Dial *123# today.".
      String.raw`^\W{0,3}dial \*\d{1,4}(?:\*\d{1,4})*# (?:to (?:activate|subscribe|join|buy|get|opt in|register|start)\b|(?:today|now)\W{0,3}$)`,
      // A bank's ad: "Home loans from 7.9% p.a. Apply online or visit your nearest branch today."
      String.raw`(?:^\W{0,3}|[.!?] )apply (?:online|now) (?:or|and) visit (?:your|our|any) (?:nearest |local )?branch\b`,
      // A radio station's promo: "Listen LIVE to Example FM 96.5", "Tune in now!".
      String.raw`^\W{0,3}(?:listen|tune in) live\b|^\W{0,3}tune in (?:now|today|tonight)\W{0,3}$`,
      // An event's booking line: "Call 456-1464 to reserve your table.", "Email us to book your seat"; and its price: "Tickets EC$250.".
      String.raw`^\W{0,3}(?:call|phone|email|e-mail|contact|text|whatsapp)\b[^.!?]{0,40}\bto (?:reserve|book|secure) (?:your|a) (?:table|seats?|spot|place|tickets?)\b`,
      String.raw`^\W{0,3}tickets?\s*:?\s*(?:from |cost |are |at )?(?:[a-z]{1,3}\$|\$|€|£)\s?\d[\d,.]*(?:,? (?:[\p{L}-]+ ){0,2}(?:included|extra|per person|each))?\W{0,3}$`,
      // A bank ad's closing call: "Talk to our team today at any branch", "Speak to one of our advisers".
      String.raw`^\W{0,3}(?:talk|speak) to (?:our|one of our) (?:[\p{L}-]+ )?(?:team|desk|experts|advis[eo]rs|specialists|bankers|relationship managers)\b`,
      // A bare sales button and a booking's call: "Buy Now", "Shop today", "Book now on the Example app and earn double miles".
      String.raw`^\W{0,3}(?:buy|shop|order|book) (?:now|today)\W{0,3}$|^\W{0,3}book (?:now|today) (?:on|at|via|through)\b`,
      // A news app's alert offer: "Get breaking news alerts on your phone.", "Turn on push notifications", "Be the first to read breaking stories.", "Disable anytime.",
      // "Get breaking news from Example and Exampleton sent straight to your phone.", "Turn on alerts in the free Example app."
      String.raw`^\W{0,3}be the first to (?:know|read|hear|see|get)\b|^\W{0,3}(?:disable|turn (?:them )?off) (?:any ?time|at any time)\W{0,3}$`,
      String.raw`^\W{0,3}(?:get|receive|turn on|switch on|enable) (?:our )?(?:breaking[- ]news|news|push) (?:alerts|notifications)\b`,
      String.raw`^\W{0,3}get breaking news\b[^.!?]{0,60}\bsent (?:straight |directly )?to your (?:phone|inbox|device)\b|^\W{0,3}turn on (?:push )?(?:alerts|notifications) in (?:the|our) (?:free )?(?:[\p{L}\d.&'’-]+ ){0,3}app\b`,
      // A subscription's saving: "Save by subscribing to us …".
      String.raw`^\W{0,3}save (?:\d+ ?% )?by subscribing\b`,
      // A comparison site's call: "Compare plans from a range of retailers in your area with Example.", "Compare electricity plans in your area".
      String.raw`^\W{0,3}compare (?:plans|deals|rates|prices|quotes|policies) from (?:a (?:wide )?range of|over \d+|more than \d+|leading|top) (?:retailers|providers|lenders|insurers|brands|banks)\b|^\W{0,3}compare (?:[\p{L}-]+ ){0,2}(?:plans|deals|prices|rates|quotes|policies) (?:in|near|for) your (?:area|postcode|zip(?: code)?|region)\W{0,3}$`,
      // A loan ad's button, a photo-sales link, an app's or a news feed's plug: "Check your eligibility now.", "Buy a print of this photo",
      // "Get The Example News App for daily market updates …", "Follow every Business News story, Market update and breaking event on Example."
      String.raw`^\W{0,3}check (?:your )?eligibility(?: now| today| here| in \d+ minutes?)?\W{0,3}$|^\W{0,3}(?:buy|order|purchase) (?:a )?(?:re)?prints? of this (?:photo|image|picture)\W{0,3}$|^\W{0,3}(?:get|download|install) the [\p{L}\d&.'’ -]{2,30} app(?: for\b|\s*:)|^\W{0,3}follow (?:every|all the) (?:latest )?[\p{L}, -]{0,40}\b(?:news|stories|story|updates?)\b[^.!?]{0,60}\bon [\p{L}\d&.'’ -]{2,30}\W{0,3}$`,
      // A broadcast's slot and a tip line: "Watch Example News every evening at 7 PM on our Facebook page", "Watch Example Business Report on
      // Example TV, weekdays at 7:30pm", "WhatsApp us at …".
      String.raw`^\W{0,3}watch [^.!?]{2,60}\bon our (?:facebook|youtube|instagram|tiktok)\b|^\W{0,3}(?:watch|listen to|tune in to) [^.!?]{2,80}\b(?:tv|fm|radio),? (?:on )?(?:weekdays|weeknights|daily|every (?:day|weekday|morning|evening|night))\b|^\W{0,3}(?:whatsapp|message|text) us (?:at|on)\b`,
    ],
  },
  teaser: {
    patterns: [
      // A stock-picking service's teaser: "10 stocks we like better than Example", "5 stocks our experts like better than Example >".
      String.raw`\b\d{1,2} stocks (?:we|our (?:experts|analysts|team)) like better than\b`,
      // A pitch's question: "Looking to trade gold?", "Looking for mining stocks with growth potential?"
      String.raw`^\W{0,3}looking (?:to (?:trade|invest in|buy)|for (?:the best |top )?(?:[\p{L}-]+ ){0,3}(?:stocks|shares|picks|brokers?|etfs))\b[^.!?]{0,60}\?`,
      // An event or offer's deadline: "save up to $600 before prices go up".
      String.raw`\bbefore (?:the )?prices? (?:go(?:es)? up|increases?|rises?)\b`,
      String.raw`\bshould you (?:be )?(?:buy|sell|invest|hold|consider)(?:ing)?\b`,
      // "Before you buy stock in Example, consider this:", not the article's advice ("… talk to an adviser before you sell anything",
      // "Before you buy, ask yourself:" over its questions).
      String.raw`^\W{0,3}before you (?:buy|invest|sell|add)\b(?!,? ask yourself\b)|\bbefore you (?:buy|invest in|add) (?:stock|shares)\b`,
      String.raw`\byou'?ll want to (?:hear|see|read) this\b`,
      String.raw`\bread this first\b`,
      String.raw`\binside,? you'?ll (?:discover|find|get|learn)\b`,
      String.raw`\bconsider this\s*:`,
      String.raw`\bthe (?:\d+|three|four|five|six|seven|eight|nine|ten) best (?:[\p{L}]+ )?(?:stocks|shares)\b`,
      String.raw`\bstocks? to buy (?:now|right now|before|today|for)\b`,
      String.raw`\bbest (?:asx |us |uk |ftse |nasdaq |dividend |growth |tech |small-cap )?(?:stocks|shares) (?:for \w+ )?to buy\b`,
      String.raw`\b(?:enormous|massive|huge|outsized|life-changing|monster|explosive) (?:returns|gains|profits)\b`,
      String.raw`\b\d+ (?:best|top) stocks (?:to|for)\b`,
      String.raw`\bstocks? that made the (?:\w+ )?cut\b`,
      String.raw`^\W{0,3}(?:unsure|not sure|wondering) (?:where|what|which stocks?) to (?:invest|buy)\b`,
      // The closing question of a stock-pick teaser: "Is NVDA one of them?", "Did Apple make the list?", "Want to see if Example made the list?"
      String.raw`\b(?:one of them|ma(?:k|d)e the (?:list|cut)|on (?:the|this|that) list)\s*\?`,
      // …and its statement form: "…and Palantir wasn't one of them.", "…wasn't on the list."
      String.raw`\b(?:wasn'?t|was not|isn'?t|is not|weren'?t|were not|didn'?t make|did not make) (?:one of them|on (?:the|this|that|our) list)\b`,
      // A pick list announced by count: "has identified the five stocks", "named its 10 top stocks".
      String.raw`\b(?:identified|picked|named|revealed) (?:the |their |its )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?stocks\b`,
      // A stock-pick service's boasts: "… has provided members with stock picks that have doubled, tripled or even more", "When X has a stock tip, it can pay to listen.",
      // "Scott thinks they could be great buys right now".
      String.raw`\bpicks that have (?:doubled|tripled)\b|\bit (?:can|could|may) pay to listen\b|\b(?:could|might|may) be (?:great|good|strong|smart) buys? (?:right )?now\b`,
      // "… Picks Stock Most Likely to "At Least Double"", "Our expert has handpicked one stock with the most explosive potential …".
      String.raw`\b(?:stocks?|picks?) most likely to ["“”]?(?:at least )?(?:double|triple|soar|skyrocket)\b|\bhand-?picked (?:one|two|three|five|seven|ten|\d+) (?:\w+ )?(?:stocks?|picks?) with the (?:most|greatest|biggest) (?:explosive |upside )?potential\b`,
      // A screener's nudge: "we've come across 2 warning signs for Example you should be aware of".
      String.raw`\bwarning signs? (?:for|with) [^.!?]{1,40}\b(?:you|investors) should be aware of\b`,
      // Pointing at other picks: "Analysts believe these three stocks are better buys.", "they think there are 5 stocks that are better buys".
      String.raw`\b(?:these|those|the|our|other|there are) (?:\w+ )?(?:stocks|picks|names|companies) (?:that )?(?:are|look like|may be|could be|might be) (?:even |much )?better buys\b`,
      String.raw`\bbuy alert\b`,
      // A premium service's pitch: "Want to see a portfolio manager's trades before they happen?", "real-time alerts and expert picks".
      String.raw`^\W{0,3}[\w'’ ]{1,30}: want to (?:see|know|learn|find out|get)\b[^?]{0,100}\?`,
      String.raw`\b(?:real-time|instant) (?:trade |stock )?alerts\b`,
      String.raw`\bexpert (?:stock )?picks\b`,
      // A pick list's button: "Our Top 10 Stock Picks … — See Them Now".
      String.raw`(?:^\W{0,3}|[—–|:]\s*|\s-\s)see them (?:now|here|today)\W{0,3}$`,
      String.raw`\bwant (?:the|our) (?:latest |top |best )?(?:recommendations|picks|stock picks|research|ratings|trade ideas)\b`,
      String.raw`^\W{0,3}want more (?:stock picks|picks|trade ideas|recommendations|research)\b`,
      // The site's own analysis offered, after a verb ("See our latest valuation report") or without one
      // ("Dig into our full breakdown …", "… in our complete Example Stock Report.").
      String.raw`\b(?:check out|see|read|view|get|download) our (?:latest|full|free|complete|in-depth|detailed|exclusive) (?:stock )?(?:analysis|report|research|valuation|coverage)\b`,
      String.raw`\bour (?:full|free|complete|in-depth|detailed) (?:[\p{L}\d-]+ ){0,2}(?:breakdown|report|analysis|research)\b`,
      String.raw`\bcould (?:make you|soar|skyrocket)\b`,
      String.raw`\btime is running out\b`,
      String.raw`\bfor a limited time\b`,
      String.raw`\bbefore (?:it'?s too late|the crowd)\b`,
      // "The hottest tech stocks", "the hottest ASX small cap news"; not "one of the hottest corners".
      String.raw`(?<!\bone of the )\bhottest (?:[\w-]+ ){0,3}(?:stocks?|picks?|(?:mega-?)?trends?|news|tips|ideas|buys|plays|opportunities|sectors?|deals?)\b`,
      String.raw`\bwhat (?:to do|investors should do) (?:now|next)\b`,
      String.raw`\bwe (?:highly )?recommend you\b`,
      // Newsletter teasers: "Get the name and ticker here", "#1 Energy Stock for 2027 Revealed".
      String.raw`\b(?:get|learn|see|discover|grab|find out) (?:the )?names? and ticker(?:s| symbols?)?\b`,
      String.raw`\bstocks? (?:for \d{4} )?revealed\W{0,3}$`,
    ],
  },
  product: {
    patterns: [
      // A sponsor's label over its message: "A message from Example Wealth Partners".
      String.raw`^\W{0,3}a message from (?!(?:the|our|your|its|their|his|her|a|an)\b)[\p{L}\d&.'’ -]{2,40}$`,
      // A partner's product card: "Featured Partner Offer", "On Example Bank's Website".
      String.raw`^\W{0,3}featured partner offers?\W{0,3}$|^\W{0,3}on [\p{L}\d&.'’ -]{2,40}['’]s? (?:secure )?website\W{0,3}$`,
      // A platform's box title: "Our award-winning SIPP.", "Our award-winning app".
      String.raw`^\W{0,3}our award-winning (?:[\p{L}-]+ ){0,2}(?:sipp|isa|app|platform|account|service|portfolios?|funds?)\W{0,3}$`,
      // A broker's box: "Unlock our award-winning platform …", "Build your confidence with £10,000 virtual funds on our demo account."
      String.raw`\b(?:unlock|try|on|with) our award-winning (?:trading )?platform\b|\b(?:with|using) (?:[£$€]\s?[\d,]+ (?:in )?)?virtual funds\b|\bon (?:our|a) (?:free )?demo account\b`,
      // A deposit ad's feature line: "No minimum deposit · No monthly fees · FDIC insured".
      String.raw`^\W{0,3}(?:no (?:minimum (?:deposit|balance)|monthly (?:service )?fees?)|fdic[- ]insured|member fdic)(?:\s*[·•|,]\s*(?:no (?:minimum (?:deposit|balance)|monthly (?:service )?fees?)|fdic[- ]insured|member fdic)){1,4}\W{0,3}$`,
      // A paper's job board: "Find jobs near you.", "Search thousands of local listings on the Example job board, powered by ZipRecruiter."
      String.raw`^\W{0,3}find (?:local )?jobs near you\W{0,3}$|\bjob board,? powered by\b`,
      // The print edition's sale: "The Example is on sale every Wednesday at newsagents and stores across the region."
      String.raw`\bon sale (?:every|each) (?:mon|tues|wednes|thurs|fri|satur|sun)day at (?:newsagents|newsagencies|stores|shops|retailers|supermarkets)\b`,
      // A digital edition's introductory price: "Get Example Digital at ₹99 for the first month.", "Get the Example app for $1 a week".
      String.raw`^\W{0,3}get (?:[\p{L}\d&'’.-]+ ){0,3}(?:digital|premium|plus|unlimited|subscription|access|app|e-?paper|edition)(?: [\p{L}\d&'’.-]+){0,2} (?:at|for) (?:just |only )?(?:[£$€₹]|rs\.? ?)\d[\d.,]* (?:for (?:the|your) first|a|per) (?:month|week|year)\b`,
      // An introductory subscription price as a line or behind its label: "Today's Offer: $1 for your first 3 months", "$1 for 3 months", "Holiday Sale: Just $1 for 6 months".
      String.raw`(?:^\W{0,3}|:\s?)(?:just |only )?\$\d{1,2}(?:\.\d\d)? for (?:your first )?(?:\d{1,2}|one|two|three|four|six|twelve) (?:months?|weeks?)\b`,
      // Reading the e-paper anywhere: "Read the Example Times ePaper anytime, anywhere", "Read Example NATION wherever you are.", "Read The Example anywhere, anytime.",
      // "Read the Example Times e-edition free online – every edition, every page."
      String.raw`^\W{0,3}read (?:the |our |today['’]s )?(?:[\p{L}&'’.-]+ ){0,4}e-?(?:edition|paper) (?:free )?(?:online|here|now|today)\b`,
      String.raw`\b(?:e-?paper|e-edition|digital edition)\b[^.!?]{0,40}\b(?:anytime|anywhere|wherever you are)\b|^\W{0,3}read (?:the )?[\p{L}&'’.-]+(?: [\p{L}&'’.-]+){0,3} (?:wherever you are\b|anywhere(?:,? anytime)?\W{0,3}$)`,
      // The print edition on a screen: "Get the full print edition on your phone, tablet or computer", "Get your daily copy of Example on your phone."
      String.raw`\b(?:(?:print|full|digital|newspaper) edition|(?:daily |weekly )?copy of [\p{L}&'’.-]+(?: [\p{L}&'’.-]+){0,3}) on your (?:phone|smartphone|tablet|computer|laptop|device|mobile)\b`,
      // A story's rest in the paper: "Get the full story in the Tuesday and Friday editions of Amandala."
      String.raw`^\W{0,3}(?:get|read) the (?:full|whole|complete) story in (?:the |our |this |today['’]s |\p{L}+['’]s )?(?:[\p{L}-]+ ){0,4}(?:editions?|e-?paper|newspaper|paper|magazine|issue)\b`,
      // An e-paper's pitch and price: "Get THISDAY's e-paper on your phone, tablet or computer.", "Subscribe now for N2,500 monthly".
      String.raw`\b(?:e-?paper|e-edition|every (?:edition|issue)|digital edition)\b[^.!?]{0,40}\bon your (?:phone|smartphone|mobile|tablet)\b|^\W{0,3}subscribe (?:now |today )?(?:for|from) (?:just |only )?\p{L}{0,4} ?[£$€₹]?\d[\d.,]* (?:a |per )?(?:week|month|year|monthly|weekly|yearly|annually)\b`,
      // What paying members get at an event or a site: "Subscribers get priority access.", "Members receive early access to tickets."
      String.raw`^\W{0,3}(?:subscribers|members|premium members|paying members) (?:get|receive|enjoy) (?:priority|early|exclusive|discounted|free) (?:access|entry|tickets?|pricing)\b`,
      // An offer's small print: "Offer valid until 31/12/2026.", "Promotion ends 15 January 2027".
      String.raw`^\W{0,3}(?:offer|promotion|promo|deal|bonus)s? (?:valid|ends|available|runs)(?: until| till| through| to| on)? (?:\d{1,2}(?:st|nd|rd|th)? [a-z]+|[a-z]+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2}[./]\d{1,2}[./])(?:,? ?\d{2,4})?\W{0,3}$`,
      // The paid tier's head start: "PRO subscribers received our research desk's IPO note …", "Premium members were alerted …".
      String.raw`\b(?:${PAID_TIER}|vip) (?:members|subscribers|readers) (?:received|got|saw|were alerted|heard|knew|had access)\b`,
      // A platform's switching offer: "Transfer your ISA to us and we could cover up to £500 of exit fees."
      String.raw`\b(?:we['’]ll|we will|we could|we can|we['’]d|we may) (?:cover|pay|refund|reimburse) (?:up to )?[$£€]\d[\d,]* (?:of|in|towards) (?:your )?(?:exit|transfer|switching) (?:fees|charges|costs)\b`,
      // An event's partners as a list: "Partners of the Example Forum 2026: Example plc · Beispiel AG · …", "Sponsors: A | B | C".
      String.raw`^\W{0,3}(?:(?:headline |premier |media |event )?partners|sponsors|supporters)(?: (?:of|for) [^:·|]{2,60})?\s*:\s*[^·|]{2,40}(?:\s[·|]\s[^·|]{2,40}){2,}$`,
      // A publication of the site's own, announced as a pitch: "Example's Deal Review Q3 2026 is out now", "The new issue is out now".
      String.raw`\b(?:report|review|issue|edition|guide|survey|ranking|outlook|yearbook|magazine|handbook)\b(?: [\p{L}\d-]+){0,3} (?:is|are) out now\b`,
      // A sponsor's box: "through our partner SunLedger", and its label after the copy ("Get your quotes here. – ad*").
      String.raw`\b(?:through|via) our (?:affiliate )?(?:partners?|sponsors?)\b|[–—|]\s*(?:ad|advertisement|sponsored)\*?\W{0,2}$`,
      // A data product's pitch: "Access deeper industry intelligence", "Give your business an edge with our …",
      // "Get more insight on regional aircraft demand with Example Fleet Discovery."
      String.raw`^\W{0,3}access (?:deeper|more|exclusive) (?:industry |market )?(?:intelligence|insights?|data|analysis)\W{0,3}$|^\W{0,3}give your business an edge\b`,
      // "Access Example's company profile on X, including financials, deals and SWOT analysis", its label "Premium Insights",
      // and the platform's pitch: "Experience unmatched clarity with a single platform …".
      String.raw`^\W{0,3}access [\p{L}.&'’-]+ (?:company |premium )?profiles? (?:on|of)\b|^\W{0,3}premium (?:insights?|content|analysis|research)\W{0,3}$|^\W{0,3}experience (?:unmatched|unrivall?ed|unparall?eled)\b`,
      String.raw`^\W{0,3}get (?:more|deeper|the latest|exclusive) (?:insights?|analysis|data|intelligence)\b[^.!?]{0,80}\bwith (?:our |the )?\p{L}`,
      // The publisher's job board: "Top jobs", "View all jobs", "Find your next role".
      String.raw`^\W{0,3}(?:(?:top|latest|featured) jobs(?: (?:on|at|from) [\p{L}\d&'’. -]{2,40})?|jobs? board)\W{0,3}$|^\W{0,3}(?:view|see|browse|search) (?:all )?(?:the latest )?(?:[\p{L}-]+ )?jobs(?: (?:on|at|in) (?:the )?[^.!?]{0,40}\bjobs? ?board)?\W{0,3}$|^\W{0,3}(?:[\p{L}-]+ )?jobs (?:this week|of the week)\W{0,3}$|\bfind your (?:next|dream) (?:job|role)\b`,
      // A job board's listing: "Cloud Infrastructure Engineer - Leeds - £65,000".
      String.raw`^\W{0,3}[^.!?\d]{3,60} [-–|] [\p{L}. ]{2,30} [-–|] [£$€]\d[\d,.]*k?(?: ?[-–] ?[£$€]?\d[\d,.]*k?)?\W{0,3}$`,
      // …with the pay behind a bar: "Area Manager – Womenswear, South West | £48,000 + car", "Visual Merchandiser, Manchester | Competitive",
      // "Senior Formulation Chemist – Skin Care | Northampton | Competitive".
      // …or with the employer and the place behind dashes: "Senior Mine Planning Engineer – Example Resources – Redcliff".
      String.raw`^\W{0,3}(?:[\p{L}&/-]+ ){0,5}${JOB_ROLE}s? – [^.!?\d|–]{2,40} – [\p{L}.]+(?:,? [\p{L}.]+){0,2}$`,
      String.raw`^\W{0,3}(?=[^|]{0,60}\b${JOB_ROLE}\b)[^.!?\d|]{3,40}(?:,| [-–]) [^.!?\d|]{2,40}(?: \| [^.!?\d|]{2,40})? \| (?:[£$€]\d[\d,.]*k?(?: ?[-–] ?[£$€]?\d[\d,.]*k?)?(?: ?(?:\+|plus) [\p{L} ]{2,20})?|competitive|negotiable|attractive)\W{0,3}$`,
      // "Browse hundreds of open positions or post your vacancy today", "Browse thousands of openings across …".
      String.raw`^\W{0,3}(?:browse|search) (?:hundreds of|thousands of|[\d,]+\+?) (?:open |current |new )?(?:jobs|positions|vacancies|roles|job openings|openings|job listings)\b|\bpost (?:a|your) (?:vacancy|job (?:ad|advert|listing|opening))(?: (?:today|now|here))?\W{0,3}$`,
      // A broker's pitch: "Trade oil CFDs with competitive spreads and no commission."
      String.raw`^\W{0,3}(?:trade|invest in|buy) [^.!?]{1,40}\bwith (?:competitive|tight|low|ultra-low|zero|no) (?:spreads|fees|commissions?)\b`,
      // A sponsor block's header: "Together With Tallyfin", "In partnership with …" (a line of its own).
      String.raw`^\W{0,3}(?:together|in partnership|in association) with [\p{L}\d&.'’-]+(?: [\p{L}\d&.'’-]+){0,3}\W{0,3}$`,
      // Adviser-matching ads: "Find A Qualified Financial Advisor", "Find a fee-only financial planner near you".
      String.raw`^\W{0,3}find (?:a|an|your) (?:(?:qualified|local|vetted|fee-only|trusted|certified|top) )*financial (?:advisors?|advisers?|planners?)(?: near you)?\W{0,3}$`,
      // A paid trial's price: "the first four weeks for £1", "die ersten vier Wochen für 0,99 €" (language-neutral).
      String.raw`\b(?:first|ersten) (?:\d+|two|three|four|six|eight|twelve|zwei|drei|vier|sechs|acht|zwölf) (?:weeks|months|wochen|monate) (?:for (?:just |only )?[$£€]\s?\d|free\b|für (?:nur |einmalig )?\d+(?:,\d+)? ?(?:€|euro)|gratis\b|kostenlos\b)`,
      // An event box's title, maybe under its publisher: "Live webinar: Retirement planning in 2027", "Example Magazine Webinar: …", "Webcast | …", "Live-Webinar: …", "Online-Seminar | …" (language-neutral).
      String.raw`^\W{0,3}(?!(?:in|at|on|during|a|an|the|this|its|their|der|die|das|ein|eine|im|beim)\b)(?:[\p{L}\d.&'’-]+ ){0,3}?(?:live[- ]|free |on-demand[- ]|kostenloses |kostenfreies )?(?:webinar|webcast|online-seminar)\s*[:|]`,
      // A trial with its price after it: "then $9.99 a month".
      String.raw`\bthen (?:just |only )?[$€£]\d+(?:\.\d{2})? ?(?:a|per|/) ?(?:month|mo|week|year)\b`,
      String.raw`\bpremium (?:members?|services?|investing|research|report|subscription|picks?)\b`,
      // "Subscribers can access our full company profile in Insider Data."
      String.raw`^\W{0,3}(?:premium |pro |paying )?subscribers can (?:access|read|download|view|get|find) (?:our|the full|all|more|exclusive)\b`,
      // A newsletter service ("Stock Advisor"), not a profession or a regulated firm ("a registered investment
      // advisor", "a commodity trading advisor").
      String.raw`\b(?:stock|(?<!commodity )trading) advisor\b`,
      String.raw`\b(?:stock )?rankings? show\b`,
      String.raw`\bresearch report\b`,
      String.raw`\b(?:our|the) (?:analyst|research) team\b`,
      String.raw`\bour (?:\w+ ){0,2}(?:analysts?|team|experts?) (?:just )?(?:released|identified|revealed|picked|named|found)\b`,
      String.raw`\bour (?:top |latest |best )?(?:stock )?(?:picks|recommendations)\b`,
      String.raw`\b(?:brand-new|new|free|exclusive) special report\b`,
      // What a paid tier brings: "Members get our weekly picks", "Subscribers get every edition, our data pages and the monthly Example Monitor.",
      // "Digital subscribers also get the full e-edition."
      String.raw`\b(?:subscribers|members) (?:get|receive|also get|enjoy) (?:our|exclusive|early|full|the full|instant|my|his|her|their|priority|unlimited|access|every (?:edition|issue))\b`,
      String.raw`\bour (?:top )?(?:analysts?|experts?) (?:recommend|have|just|identified)\b`,
      // A platform's own managed products: "… or pick one of our ready-made portfolios", "let us do the work with our ready-made options".
      String.raw`\bour ready[- ]made (?:portfolios|options|funds|investments|solutions)\b`,
      // A membership's pitch ("Join 2 million members today", "Members only", "This content is available to Pro members only."),
      // a link marked as paid at its end ("Open the Example Monitor (subscribers)"), not a product's terms ("available to existing members only").
      String.raw`\b(?:join|become) (?:[\w,+-]+ ){0,4}members? today\b|^\W{0,3}(?:for )?(?:premium |paid |subscribers? )?members[ -]only\b|[(\[]members[ -]only[)\]]|[(\[](?:for )?(?:members|subscribers)(?:[ -]only)?[)\]]\s*$|\b(?:content|article|story|report|video) is (?:only )?(?:available|reserved) (?:to|for) (?:[\p{L}+-]+ )?members only\b`,
      String.raw`\busually \$\d`,
      String.raw`\bfor (?:just|only) \$\d`,
      // A subscription price ("$29/month"), not a wage or allowance in a table ("R250/month").
      String.raw`[$€£]\s?\d+(?:[.,]\d+)?\s?/\s?(?:mo|month)\b`,
      // A sponsor label ("Promotional content"), not "sponsored content is growing" in a sentence.
      String.raw`^\W{0,3}sponsored(?:\s*(?:[:|·•–—-]|$)| (?:by|content|post|links?|stories)\b[^.!?]{0,50}$)|\(sponsored\)|^\W{0,3}(?:promoted|promotional|partner|paid|branded) (?:content|post|story|feature)\W{0,3}$`,
      String.raw`\bexclusive (?:insights?|ideas|access|report|analysis|picks?|research)\b`,
      // A subscription's benefits: "Exclusive articles from our columnists, plus the latest news …".
      String.raw`^\W{0,3}exclusive (?:articles|content|stories|columns|newsletters?) (?:from|by)\b`,
      // Paywall, subscription and sponsor labels: "Unlock this story …", "Special offer: …", "Paid Post by …", "Presented by …".
      String.raw`(?:^\W{0,3}|\bto |[–—:] )unlock (?:this (?:story|article)|the (?:full|rest of the) (?:list|story|article|report|analysis))\b|^\W{0,3}unlock (?:(?:full|unlimited|premium|exclusive) (?:access|content|articles|stories)|our (?:[\w-]+ ){0,3}(?:ratings|grades|picks|research|tools|data))\b`,
      // "Example Digital: Unlock Example's premium stock lists, tools and analysis today."
      String.raw`(?:^\W{0,3}|[:–—] )unlock (?:[\p{L}\d.&-]+['’]s |our |all )?${PAID_TIER} (?:[\w-]+ ){0,3}(?:lists|tools|research|analysis|ratings|picks|data|content|features|insights)\b`,
      // A subscription box's list of benefits: "Enjoy insights and behind-the-scenes analysis from our award-winning journalists.",
      // "Support local journalists and the next generation of journalists.", "Daily puzzles including the Example Crossword."
      String.raw`^\W{0,3}(?:enjoy|get|read) (?:exclusive )?(?:insights|analysis|stories|reporting)\b[^.!?]{0,60}\bfrom our (?:award-winning|trusted|expert) (?:journalists|reporters|newsroom|team)\W{0,3}$|^\W{0,3}support (?:local|independent|quality) (?:journalists|journalism|reporters)(?: and [^.!?]{3,60})?\W{0,3}$|^\W{0,3}support (?:local|independent|community) news\b|^\W{0,3}daily puzzles(?:,? (?:and )?games)?(?: including\b[^.!?]{3,60})?\W{0,3}$`,
      // A paywall's box: "This content is reserved for subscribers only", "Unlimited online access to read articles …",
      // "Did you know with a Digital Subscription to The Example, you can get unlimited access …".
      String.raw`^\W{0,3}(?:this )?(?:content|article|story) is (?:reserved|available|only available) (?:exclusively )?(?:for|to) (?:paid )?(?:subscribers|members)(?: only)?\W{0,3}$|^\W{0,3}unlimited (?:online |digital )?access to (?:read )?(?:articles|all (?:our )?(?:articles|content|stories)|our (?:website|journalism|content)|premium)\b|\bwith an? (?:digital |premium |print )?subscription to (?:the )?[\p{L}.'’ -]{2,40}, you (?:can|get|will)\b|\bthis is an? (?:premium|paid|subscriber-only|subscribers-only|members-only) (?:article|story|piece)\b`,
      String.raw`^\W{0,3}(?:special|limited[- ]time|exclusive|introductory|subscriber) offer(?:\s*(?:[:!|–—-]|$)| for (?:new )?(?:readers|subscribers|members)\b)`,
      String.raw`\b(?:please|would you|will you) consider (?:a |an )?(?:digital |paid )?(?:subscription|subscribing|supporting us)\b`,
      String.raw`\b(?:two|2) (?:years?|subscriptions?|memberships?|issues|months) for the price of one\b`,
      String.raw`\bsave (?:up to )?\d+ ?% on (?:your|an?|the) (?:first (?:year|month|\d+ months)|annual (?:plan|subscription|membership)|subscription|membership|digital (?:subscription|access|plan))\b`,
      String.raw`^\W{0,3}(?:(?:paid (?:post|content|partnership|promotion)|promoted(?: content| stories)?|brand studio|advertorial|partner content|from our (?:partners|sponsors))\s*(?:[:|–—-]|$)|(?:paid (?:post|content|partnership|promotion) |presented |brought to you |promoted )by [^.!?,;]{1,50}$)`,
      String.raw`\b(?:produced|created|written) by (?:our|the) (?:commercial|advertising|branded content|partnerships?) (?:team|department|studio)\b`,
      String.raw`\bat the time of our recommendation\b`,
      String.raw`\b(?:advisor|newsletter|service|portfolio) returns as of (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|\d)`,
      String.raw`^\W{0,3}(?:\d+|these|this|the|one|two|three) (?:[\w-]+ ){0,4}screaming buys?\b`,
      String.raw`^\W{0,3}trade (?:cfds|forex|shares|stocks|etfs|crypto)(?:,? (?:and |or )?(?:cfds|forex|shares|stocks|etfs|crypto|options|futures|commodities|indices))* (?:on|with|from|at|for)\b(?![^?]*\?)`,
      // A subscription offer: "Get 2 months for $20.", "Try 3 months of Example Digital for just £1."
      String.raw`^\W{0,3}(?:get|try|enjoy) (?:\d{1,2}|one|two|three|six|twelve) (?:months?|weeks?)(?: of [\p{L}\d&.'’ -]{2,30})? for (?:just |only )?[$£€] ?\d`,
      // An account pitch: "Open a TFSA, RRSP or FHSA in minutes with Example."
      String.raw`^\W{0,3}open (?:an? |your )[^.!?]{0,40}\b(?:accounts?|isas?|sipps?|tfsas?|rrsps?|fhsas?|iras?)\b[^.!?]{0,20}\bin (?:minutes|\d{1,2} minutes|seconds)\b`,
      // A broker's pitch below its article: "You can trade Example shares with CFDs, or invest in them directly with a share dealing account."
      String.raw`^\W{0,3}you can (?:trade|invest in|buy and sell|go long or short on) [^.!?]{2,50}\b(?:with|via|using|through) (?:cfds|spread bets?|a spread betting account|a cfd account|a share dealing account)\b`,
      String.raw`^\W{0,3}(?:(?:try|open|create|start) (?:a |an |our |your )?(?:free |risk-free )?(?:demo|practice) account|(?:free |risk-free )?(?:demo|practice) account)\b[^.!?]{0,40}$`,
      String.raw`\bspreads from \d+(?:\.\d+)? ?(?:pips?|points?)\b`,
      // Broker pricing: "Trade ASX small caps from $3 per trade", "Our share dealing charges start from £5.95".
      String.raw`\bfrom [£$€]\d+(?:\.\d+)? per (?:trade|deal|order)\b(?!,? (?:to|down to|a decade|a year|in \d{4}|last|before|previously)\b)(?<!\b(?:fallen|fell|falls|cut|cuts|slashed|reduced|lowered|dropped|down|up|rose|risen|raised|increased|hiked|rising|falling) (?:[\w'’-]+ ){0,3}from [£$€][\d.]+ per (?:trade|deal|order))`,
      String.raw`\b(?:share )?dealing (?:charges|fees) (?:start|starting) (?:from|at) [£$€]|\b(?:share )?dealing (?:charges|fees) from [£$€]\d+(?:\.\d+)? per (?:deal|trade)\b(?! to\b)`,
      String.raw`^\W{0,3}(?:check|see|find out|get|compare|view|explore|prequalify|pre-qualify|apply|shop)\b[^.!?]{0,60}\bwithout (?:affecting|hurting|impacting) your credit score\b`,
      String.raw`^\W{0,3}see today['’]s best\b`,
      // Sale banners: "Black Friday: up to 60% off our investor services".
      String.raw`\b(?:up to )?\d+ ?% off (?:our|your|the first (?:year|month|\d+ months)|(?:an? |all )?(?:premium|annual|digital|yearly|monthly) (?:subscriptions?|memberships?|plans?|access)|(?:all )?(?:subscriptions?|memberships?|plans)\b|premium|annual|digital|subscriptions?|membership)\b(?! (?:[\w$.-]+ ){0,2}(?:fair value|price target|target|estimate|valuation)s?\b)`,
      String.raw`^\W{0,3}enjoy the offer(?: now| today)?\W{0,3}$`,
      // Registration perks: "Registered users get three complimentary articles each month".
      String.raw`\bregistered (?:users|readers|members) (?:get|receive|can read|enjoy) (?:\w+ )?(?:free|complimentary)\b`,
      // A sponsor's download box label: "White Paper", "Free e-book".
      String.raw`^\W{0,3}(?:free |sponsored )?(?:white paper|whitepaper|e-book|ebook)\W{0,3}$`,
      // Paywall notes, also to one title's subscribers, and their buttons: "This story is available exclusively to Example Insider subscribers.", "Become an Insider and start reading now.", "Have an account? Log in."
      String.raw`^\W{0,3}this (?:article|story|content|piece) is (?:only )?(?:available )?(?:exclusively )?(?:for|to) (?:paying |[\p{L}\d .&'’-]{2,40} )?(?:subscribers|members)(?: only)?\W{0,3}$`,
      String.raw`(?:^\W{0,3}|\band )start reading (?:now|today)\W{0,3}$`,
      String.raw`^\W{0,3}(?:already )?have an account\?(?:\s*(?:log|sign) ?in\.?)?\W{0,3}$`,
      // Metered paywalls and subscription pitches: "You're reading one of your 2 free articles this month", "Unlock 30+ premium stories".
      String.raw`\b(?:one of your|you have(?: read| used)?|you['’]ve (?:read|used)) (?:\d+|one|two|three|four|five)(?: of (?:\d+|one|two|three|four|five|your))? (?:free |remaining |complimentary )?(?:articles?|stories)\b[^.!?]{0,30}\b(?:this month|left|remaining|for free)\b`,
      String.raw`^\W{0,3}(?:(?:get|enjoy) )?unlimited (?:digital )?access\b`,
      // "You've reached your limit of free local stories this month."; a subscriber's note over a paid article: "This article is part of Example+.",
      // "You are reading it because you have an active subscription."
      String.raw`^\W{0,3}you(?:['’]ve| have) reached (?:your|the) (?:monthly )?(?:limit|maximum) of (?:\d+ )?(?:free )?(?:[\p{L}-]+ )?(?:articles|stories)\b`,
      String.raw`^\W{0,3}this (?:article|story) is (?:part of|from|included in) [\p{L}\d.&'’ -]{1,30}(?:\+|\s${PAID_TIER})\W{0,3}$|\byou(?:['’]re| are) (?:reading|seeing) (?:it|this(?: article| story)?) because you (?:have an? (?:active |valid )?(?:subscription|membership)|are an? (?:subscriber|member))\b`,
      // An advertisement's label run into its copy: "ADVERTISEMENT: Example Legal Update 2027 – Book now", "Sponsored: …", "Sponsored by Example Foods: Discover …".
      String.raw`^\W{0,3}(?:advertisement|advert|(?:text |classified )?ad|sponsored|promoted|paid (?:post|content|partnership))\s*:\s*\S|^\W{0,3}(?:sponsored|presented|promoted) by [\p{L}\d&'’. -]{2,50}:\s*\S`,
      // A subscription's pitch: "Example subscribers get unlimited access to our coverage", "… and get unlimited access to our analysis",
      // "A print subscription includes full access to our weekly E-Edition."
      String.raw`\b(?:(?:subscribers|members|premium readers) (?:get|enjoy|receive|have)|(?:subscription|membership) (?:includes|gives you|comes with)|(?:and|to) (?:get|enjoy)) (?:unlimited|full|exclusive|unrestricted|premium) (?:digital )?access to (?:our|all (?:of )?our)\b`,
      // …told as what the subscription gives: "A Example digital subscription gives you unlimited access to our website and premium articles".
      String.raw`\b(?:digital|premium|online|print) subscription (?:gives|offers|brings) you (?:unlimited|full|exclusive|unrestricted|premium) (?:digital )?access to (?:our|all (?:of )?our)\b`,
      String.raw`^\W{0,3}(?:see|view|explore|compare) (?:all |our )?subscription (?:options|plans|offers)\W{0,3}$`,
      String.raw`^\W{0,3}unlock (?:full |all |every |our |\d+\+? )?(?:premium |exclusive |full )?(?:access|stories|articles|rankings|content|insights?|data|ratings)\b`,
      // A subscription's terms on their own line: "Cancel anytime.", "Cancel at any time online".
      String.raw`^\W{0,3}cancel (?:any ?time|at any time)(?: online)?\W{0,3}$`,
      // Paid articles: "This article is exclusive to subscribers."
      String.raw`\b(?:article|story|content|feature|piece) is (?:exclusive|only available|available only) to (?:our )?(?:paying |premium )?(?:subscribers|members)\b`,
      // Supporter appeals and event tickets: "Please consider supporting Example.com with a subscription."
      String.raw`^\W{0,3}(?:please )?consider supporting [\p{L}\d.&'’ -]{2,40} (?:with|by (?:buying|taking out)) an? (?:digital )?subscription\b|^\W{0,3}(?:become an? (?:[\p{L}\d.&'’-]+ ){0,2}(?:supporter|member|patron|subscriber|friend)|support (?:our|independent) journalism)\b|^\W{0,3}do you (?:value|appreciate|enjoy) (?:our |independent |[\p{L}-]+ ){0,3}(?:reporting|journalism|coverage|work)\b`,
      String.raw`\bearly[- ]bird (?:tickets?|pricing|prices?|rates?|registration|discount|passes|pass|offers?)\b`,
      // A discount code or ticket offer: "Book early and save 20% on tickets with code EXAMPLE27", "Use code SAVE10 at checkout".
      String.raw`\b(?:with|use|using|enter|quote) (?:the )?(?:promo |promotional |discount |voucher |offer )?code (?=[a-z\d]{4})[a-z]*\d[a-z\d]*\b|\bsave \d{1,2} ?% on (?:tickets|entry|admission|your (?:ticket|order|booking))\b`,
      // Order-form wording: "This offer expires at midnight Sunday."
      String.raw`\b(?:this|the|our) (?:special )?(?:offer|deal|discount|price) (?:expires|ends) (?:at|on|tonight|soon|midnight)\b`,
      // An advertiser's slogan behind its name: "Example Bank – your trusted partner for growing businesses".
      String.raw`[–—-] your (?:trusted |reliable |local )?partner (?:for|in)\b`,
      // A paywall's preview note: "This is a free preview of our Energy Pro coverage."
      String.raw`\bthis (?:is|was) a free preview of\b`,
      // A loan ad's headline: "Get Instant Loan up to ₹10 Lakh!", "Get an instant personal loan of up to $50,000".
      String.raw`^\W{0,3}get (?:an? )?instant (?:personal )?loans? (?:of )?up to\b`,
      // A comparison site's product table intro: "The comparison table below displays some of the savings account products on Example's
      // database with links to provider websites, …".
      String.raw`\b(?:displays|shows|lists) (?:some|a selection) of the [^.!?]{0,60}\bproducts on [^.!?]{0,40}\bwith links to (?:the )?(?:provider|lender|issuer)s?['’]? websites\b`,
    ],
  },
  newsletter: {
    patterns: [
      // A sign-up box's fine print: "We use your sign-up to send you content in the ways you have agreed to …", "This may include adverts from us and 3rd parties based on our understanding."
      String.raw`^\W{0,3}we use your sign-?up to (?:send|provide) you\b|^\W{0,3}this may include adverts from us and (?:from )?(?:3rd|third) parties\b`,
      // A sign-up box's promise: "No spam, we promise.", "No spam, ever."
      String.raw`^\W{0,3}no spam(?:[,.!] ?(?:we promise|ever|guaranteed|promise))?[.!]?\W{0,3}$`,
      // "Stay in the know with Example's Business newsletter"
      String.raw`^\W{0,3}stay in the know with\b[^.!?]{0,60}\bnewsletter\b`,
      // A newsletter box: "Get Example Viewpoints® weekly", "Our top articles on markets, personal finance and retirement, sent every week."
      String.raw`^\W{0,3}get (?:the [\p{L}\d&'’.-]+(?: [\p{L}\d&'’.-]+){0,4}|[\p{L}\d&'’.-]+(?: [\p{L}\d&'’.-]+){1,4})[®™]? (?:weekly|daily)\W{0,3}$|^\W{0,3}our (?:top|best|latest) (?:articles|stories|insights|reads)\b[^.!?]{0,80}\b(?:sent|delivered) (?:every|each) (?:day|week|weekday|morning|month)\b`,
      // A newsletter box's blurb: "Topics covered: payments, fintech, cards, crypto, regulation and more."
      String.raw`^\W{0,3}topics covered\s*:`,
      // A news-alert box: "Get up-to-the-minute news sent straight to your device."
      String.raw`\b(?:news|alerts?|updates|headlines) sent (?:straight |directly |right )?to your (?:device|phone|inbox)\b`,
      // The sign-up box's confirmation: "Please check your inbox to confirm your subscription."
      String.raw`\bcheck your (?:inbox|e-?mail)\b[^.!?]{0,30}\bconfirm (?:your )?(?:subscription|sign-?up|registration|e-?mail address)\b`,
      // A newsletter's blurb: "The best of Example farming news, markets and weather, every Friday."
      String.raw`^\W{0,3}the (?:best|latest|pick|top stories|biggest stories) (?:of|from|in) [^.!?]{3,80}[,–—-] (?:delivered |straight to your inbox )?(?:every|each) ${DELIVERY_TIME}\b`,
      // A call to a paper's own newsletter, however long the pitch after it: "Sign up for the Example's free Business Brief newsletter and get …"
      // (a line opening with "Subscribe" is this family's already, below).
      String.raw`^\W{0,3}(?:sign up|register) (?:for|to) (?:the )?${SITE_NAMED}newsletters?\b`,
      // A newsletter box's pitch: "Get our weekly round-up of … every Saturday morning."
      // …its title on a line of its own, "Get the Example Business Brief", or the paper's: "Get the Journal every week."
      // …or with its day: "Get the Example Farm & Country newsletter every Wednesday — crop reports, …".
      // Its description: "Get the latest headlines, breaking news and columns."
      String.raw`^\W{0,3}get (?:our|the) (?:[\p{L}\d.&'’-]+ ){1,4}newsletter (?:every|each|free|delivered|in your inbox)\b|^\W{0,3}get the latest (?:[\p{L}-]+,? ){0,6}(?:and )?(?:headlines|news|columns|stories|updates|analysis|opinion)\W{0,3}$`,
      String.raw`^\W{0,3}get (?:our|the) (?:daily|weekly|monthly|free) (?:round-?up|newsletter|briefing|digest|email)\b|^\W{0,3}get (?:our|the) (?:[\p{L}\d.&'’-]+ ){1,3}(?:brief|briefing|newsletter|digest)\W{0,3}$|^\W{0,3}get (?:the|our) (?:[\p{L}\d.&'’-]+ ){0,2}(?:paper|newspaper|magazine|journal|e-edition|edition|times|post|herald|gazette|chronicle|tribune) (?:delivered )?(?:every|each) (?:day|week|weekday|morning|month)\W{0,3}$`,
      // The app stores' badges (language-neutral): "App Store | Google Play".
      APP_STORE_BADGES,
      // A newsletter's pitch by its delivery: "Our free, fast, and fun briefing on the global economy, delivered every weekday morning.", "Our free weekly email brings you …"
      String.raw`\bour (?:[\p{L}-]+,? ){0,4}(?:and )?(?:[\p{L}-]+ )?(?:briefing|newsletter|digest)\b[^.!?]{0,60}\bdelivered\b|^\W{0,3}our (?:free )?(?:weekly|daily|monthly) (?:e-?mail|newsletter|briefing|digest) (?:brings|gives|sends) you\b`,
      // …or at the end of the pitch: "Weekly insight on funds … from the Example team, every Thursday.", "Get Example's weekly look at …, every Thursday.",
      // "Example Daily brings you the context business leaders need …, every weekday morning."
      String.raw`(?:^\W{0,3}(?:weekly|daily|get)\b[^.!?]{0,150}, |\bbrings you\b[^.!?]{0,100}\b)every ${DELIVERY_TIME}\W{0,3}$`,
      // …or with the delivery time before the topics: "Get the latest Example business news every weekday morning, from … to …", "Get Example's business news before the market opens.".
      String.raw`^\W{0,3}get (?:the latest|the best|our|today['’]s|[\p{L}-]+['’]s) [^.!?]{0,60}\b(?:news|headlines|stories|updates|briefing|analysis)\b[^.!?]{0,30} (?:(?:every|each) ${DELIVERY_TIME}|before (?:the )?(?:markets? opens?|opening bell))\b`,
      // A sign-up box's title and pitch: "Free weekly Example email", "Get our top deals, guides and … every week",
      // "Get the latest financial news, insights and expert analysis from our award-winning Example team, …".
      String.raw`^\W{0,3}(?:our )?free (?:weekly|daily|monthly) (?:[\p{L}-]+ )?(?:e-?mail|newsletter)\W{0,3}$|^\W{0,3}get our (?:top |best |latest )?(?:deals|tips|guides)\b|^\W{0,3}get the latest (?:[\p{L}-]+,? ){1,6}(?:and )?(?:expert )?(?:analysis|insights?|news) from our\b`,
      // …and its delivery alone below the pitch: "Delivered every weekday morning."
      String.raw`^\W{0,3}(?:delivered (?:to your inbox )?|free,? )(?:every|each) ${DELIVERY_TIME}(?: at \d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.))?\W{0,3}$`,
      // A sign-up box's title: "Stay ahead of the flows.", "Stay in the know".
      String.raw`^\W{0,3}stay (?:ahead of|on top of|informed|in the know|up to date|updated)(?: [\p{L}'’.-]+){0,5}[.!]?$`,
      // A sign-up box's title: "Start your morning with the retail stories that matter."
      String.raw`^\W{0,3}start (?:your|each|every) (?:morning|day|week|weekday)(?: off)? (?:right )?with (?:the |our |a )?(?:[\p{L}'’-]+ ){0,3}(?:news|stories|headlines|briefing|newsletter|updates?|insights|reads)\b`,
      // "… so get our best coverage delivered weekly."
      String.raw`\bget (?:our|the) (?:best|top|latest|biggest|must-read) (?:[\p{L}-]+ ){0,2}(?:coverage|stories|news|headlines|reads|analysis)\b[^.!?]{0,40}\bdelivered\b`,
      // "Get our expert guidance on Social Security, Medicare, RMDs and more, delivered monthly."
      String.raw`^\W{0,3}get our [^.!?]{2,100}, delivered (?:daily|weekly|monthly|every (?:day|weekday|morning|week|month))\b`,
      // Language-neutral (the German word is the same): our own newsletter, however long the pitch
      // ("Our quarterly newsletter picks 14 stocks …"), or any newsletter in a unit of at most 20
      // words (a longer sentence that names one reports on it), unless the newsletter is a source
      // the article cites or reports on: "wrote in a newsletter to clients", "hatte … in einem Newsletter
      // informiert", "hat angekündigt, Anleger mit einem Newsletter …", "„… über unseren
      // Gratis-Newsletter“, sagte X", "in a newsletter seen by Reuters", "die Strategie, Leser über
      // einen Newsletter zu gewinnen", a company's new one: "Ein eigener Newsletter soll ab Januar
      // erscheinen", "einen eigenen Kunden-Newsletter aufgesetzt", "launched a new newsletter",
      // „Verlag startet sieben Lokal-Newsletter“, "bets on morning newsletter", "How the newsletters compare:",
      // a newsletter a report is about: „Marktmanipulation durch „Pusher“-Newsletter“, "warnings about stock-tip newsletters",
      // "… the newsletter has already paid for itself" (but "Der Newsletter informiert Sie …" is the prompt), a publisher's
      // own that the article reports on: "Example Media puts its Nightly Brief newsletter behind a paywall".
      String.raw`(?:\b(?:our|unser(?:e[mnrs]?)?) (?:[\p{L}-]+ ){0,3}(?:\p{L}+-)?|${IN_A_SHORT_UNIT}(?<!\b(?:said|says|wrote|writes|warned|noted|told [\p{L}-]+) in (?:a|an|the|its|his|her|their) (?:[\p{L}-]+ ){0,2}|\b(?:(?:an?|the|its|their) (?:new|own|separate|dedicated)|(?:eine?[mnr]?|die|der|den|dem|des|seine?[mnrs]?) (?:eigene|neue)[mnrs]?|\beigene[mn]?) (?:\p{L}+-)?|\bhow (?:the|these|their|its) (?:[\p{L}-]+ ){0,2}|\b(?:announced|announces|plans|planned|angekündigt|kündigte|kündigt|plant|plante|strategy|strategie|launch(?:es|ed|ing)|start(?:s|ed|et|ete|eten)|roll(?:s|ed|ing) out|bets|betting|wagers|setzt auf|setzen|setzten|verschickt|verschickte|expand(?:s|ed|ing)|baut|erweitert|erweiterte)\b[^.!?]{0,80}|(?<![\p{L}\p{N}])(?:durch|über|gegen|vor|about|against) (?:[^\s.!?]{1,30}[\s-]?)?))(?<!\b(?:its|their) (?:[\p{L}\d&'’.-]+ ){0,3}(?:\p{L}+-)?)\bnewsletters?\b(?![^.!?]{0,80}\b(?:said|says|wrote|reported|seen by|obtained by|sagte|sagt|erklärte|erklärt|betonte|betont|berichtete|schrieb|vorliegt|vorlag)\b| (?:has|have|had) (?:already |now |also )?(?:paid for (?:itself|themselves)|grown|attracted|gained|generated|brought in|won)\b|(?:(?!\b(?:sie|du|ihr|euch|dich|dir)\b)[^.!?]){0,80}\b(?:informiert|informierte|unterrichtet|unterrichtete|mitgeteilt|angekündigt|bekanntgegeben)\b(?! (?:sie|dich|euch|dir)\b))`,
      // Not an IPO's subscription: "Should you subscribe?", "a 'subscribe' rating", "subscribe to the issue".
      String.raw`^\W{0,3}subscribe\b(?![^.!?]{0,80}\b(?:ipos?|nfo|fpo|gmp|issue|rights|ncds?|ratings?|avoid|listing|long[- ]term|caution)\b)|\bsubscribe (?:now|today|here|below|free|for free|in one click|at (?:just |only )?[£$€₹]|from [£$€₹]|for (?:just |only )?[£$€₹]|for (?:unlimited|full|complete|digital|premium) access|to (?:unlock|read|continue|gift|access|get|receive|our|my)|wherever|on (?:apple podcasts|spotify|youtube))\b|\b(?:log in|sign in|register|sign up|please|when you|(?:click|tap) (?:here )?to|you can (?:now )?) (?:or |and )?subscribe\b(?![^.!?]{0,40}\b(?:ipos?|nfo|fpo|issue|rights|shares|ncds?|bonds?)\b)`,
      // A sign-up box's title: "Get C+D's daily news bulletin", "Get the free morning briefing".
      String.raw`^\W{0,3}get (?:the |our )?(?:[\p{L}\d+&'’.-]+ ){0,2}(?:daily|weekly|morning|evening|free|monthly) (?:[\p{L}-]+ ){0,2}(?:bulletin|newsletter|briefing|digest|email|e-?news)\W{0,3}$`,
      // A subscription box's question: "Want more recycling coverage?"
      String.raw`^\W{0,3}want more (?:[\p{L}-]+ ){0,2}(?:coverage|news|insights?|analysis|stories|reporting)\s*\?`,
      // A newsletter box's promise: "The latest kitchen and bathroom news, product launches and retail insight, delivered every Tuesday.",
      // "Get the biggest business stories emailed to you every weekday."
      String.raw`\b(?:news|insights?|updates|headlines|analysis|stories|launches)\b[^.!?]{0,80}\b(?:delivered|emailed|sent) (?:to your inbox |to you )?(?:every|each) (?:day|week|weekday|morning|fortnight|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
      // A subscription's price: "Subscribe to Example Week for just £1.50 a week and get …", "Subscribe to Example … from £49 a year",
      // "subscribe to Example digital for just £1 for your first month"
      // (not an issue's: "subscribe to the IPO for ₹14,000").
      String.raw`\bsubscribe to [^.!?]{2,100}?\b(?:for|from) (?:just |only )?[£$€₹]\d[\d.,]* (?:(?:a|per) (?:week|month|year)|for (?:your|the) first (?:week|month|\d+ (?:weeks|months)))\b`,
      // "Get in-depth reporting and opinions for only N$85 a month." (a currency's letters before its sign), "Read the full newspaper … on any device from just €4.99 a month.", "Join from A$6 a month and get …".
      String.raw`^\W{0,3}(?:(?:get|read) [^.!?]{2,100}? (?:for|from) (?:just |only )|join (?:[^.!?]{2,60}? )?(?:for|from) (?:just |only )?)\p{L}{0,3}[£$€₹]\d[\d.,]* (?:a|per|\/) ?(?:week|month|year)\b`,
      // A subscription box's offer and its pitch: "Print + digital from £99 a year.", "Digital access for just £4.99 a month",
      // "Get Example Weekly delivered every fortnight, plus full digital access and the archive."
      String.raw`^\W{0,3}(?:print|digital|online|app)(?: ?(?:\+|&|and|plus) ?(?:print|digital|online|app))?(?: (?:subscription|access|edition|bundle|package|only))? (?:from|for) (?:just |only )?[£$€]\d[\d.,]* (?:a|per|\/) ?(?:week|month|year|issue)\b`,
      String.raw`^\W{0,3}get (?:[\p{L}\d+&'’.-]+ ){1,3}delivered (?:to your (?:door|desk|inbox|phone|office|home)|every (?:day|week|fortnight|month))\b|\b(?:full|unlimited) digital access\b`,
      String.raw`\b(?:to|in) your inbox\b`,
      String.raw`\bdaily (?:briefing|digest|email)\b`,
      String.raw`\bemail alerts?\b`,
      String.raw`${NOT_REPORTED_CALL}\bdownload (?:the|our) app\b`,
      // The sign-up box around a newsletter: "Thanks for signing up!", "Email address", "Stay informed with free updates".
      String.raw`^\W{0,3}thanks? (?:you )?for (?:signing up|subscribing)\b`,
      // …and what it answers then: "A welcome email is on its way.", "If you don't see it, please check your junk folder.",
      // "We encountered an issue signing you up."
      String.raw`^\W{0,3}(?:a|your) (?:welcome|confirmation) (?:email|e-mail) is on (?:its|the) way\b|\bcheck your (?:junk|spam) (?:folder|mail)\b|\b(?:an? )?(?:issue|problem|error) (?:signing you up|with your (?:sign-?up|subscription request))\b`,
      // A sign-up form's field, alone or with its button on one line: "Email address", "Email address Subscribe".
      String.raw`^\W{0,3}(?:your )?e-?mail(?: address)?(?:\s*(?:sign ?up|subscribe|submit|join))?\W{0,3}$`,
      String.raw`\bfree (?:e-?mail|newsletter) updates\b`,
      // Sign-up boxes and alerts: "Enter your email address", "You can unsubscribe at any time.", "Join 250,000 investors …", app badges.
      String.raw`^\W{0,3}enter your (?:email|e-mail)(?: address)?(?: (?:here|below))?(?:\W{1,3}(?:subscribe|sign ?up|submit|join))?\W{0,3}$`,
      String.raw`(?:^\W{0,3}|\byou (?:can|may) )unsubscribe (?:at )?any ?time\b`,
      String.raw`(?:^\W{0,3}|\b(?:and|to) )join (?:over |more than )?[\d,.]+(?:k|m|\+| million)?\+? (?:other )?(?:[\w-]+ ){0,2}(?:investors|readers|subscribers|traders|members|leaders|professionals|executives)\b|^\W{0,3}join (?:over |more than )?[\d,.]+(?:k|m|\+| million)? (?:other )?people who\b`,
      String.raw`^\W{0,3}(?:get notified|notify me)\b[^.!?]{0,60}$`,
      String.raw`^\W{0,3}(?:set|create|add) (?:a |an )?(?:price |stock )?alert\W{0,3}$`,
      String.raw`\bget it on google play\b|^\W{0,3}(?:download|available) (?:on|in) the app store(?: (?:and|&) (?:on )?google play)?\W{0,3}$|^\W{0,3}open in (?:the )?app\W{0,3}$`,
      // "Get the biggest daily business stories from Example by email", "… expert advice - straight to your e-mail."
      String.raw`^\W{0,3}get (?:the|our) (?:biggest|latest|top|best|most important) (?:[\p{L}-]+ ){0,3}(?:stories|news|headlines|updates) (?:from [^.!?]{2,40} )?(?:by|via|in your) e-?mail\b|(?:[–—-]|\b(?:delivered|sent)) straight to your (?:e-?mail|inbox)\W{0,3}$`,
      // A sign-up form's consent boxes: "Contact me with news and offers from other Example brands", "Receive email from us on behalf of our trusted partners or sponsors".
      String.raw`^\W{0,3}(?:contact|email|send) me with (?:news|offers|updates)(?: and (?:news|offers|updates|promotions))? from (?:other|our|selected|trusted)\b|^\W{0,3}receive (?:e-?mails?|news|offers) from us on behalf of (?:our )?(?:trusted )?(?:partners|sponsors)\b`,
      // "Get the Daily Edition by email and never miss our top stories", "… so you never miss a story", "Never miss an e-mobility headline again".
      String.raw`\bnever miss (?:a|an|another|our|the|any of our) (?:[\p{L}-]+ )?(?:stories|story|news|headlines?|updates|scoops|announcements?|articles?|issues?|editions?)\b`,
      // A publisher's own podcast: "In our latest episode, we talk …".
      String.raw`^\W{0,3}in (?:our|this week['’]s) (?:latest |newest |new )?(?:episode|podcast)\b`,
      // Where a podcast plays, as a sentence of its own: "Available on Spotify, Apple Podcasts and all major platforms."
      String.raw`^\W{0,3}(?:now )?available (?:now )?(?:on|from) (?:spotify|apple podcasts|all (?:major|good) (?:podcast )?platforms|your favou?rite podcast app)\b`,
      // A podcast's episode behind its name: "On the W&RN Podcast: Hauler CEOs on labor …".
      String.raw`^\W{0,3}on the [\p{L}\d&'’.-]+(?: [\p{L}\d&'’.-]+){0,3} podcast\s*:`,
      // A podcast box: its name on a line of its own ("The Food Dive Podcast"), an episode's title ("Episode 84: …").
      String.raw`^\W{0,3}(?:the )?[\p{L}\d&'’.-]+(?: [\p{L}\d&'’.-]+){0,3} podcast\W{0,3}$|^\W{0,3}(?:episode|ep\.) \d{1,4}\s*[:|–—-]`,
      String.raw`\bwherever you get your podcasts\b|(?:^\W{0,3}|\b(?:and|or) )(?:listen|subscribe) (?:on|to us on) (?:apple podcasts|spotify)\b`,
      String.raw`\bby following [\p{L}\d.&'’ -]{2,40} on (?:google news|whatsapp|telegram|x|twitter|facebook|linkedin|instagram)\b|^\W{0,3}like [\p{L}\d.&'’ -]{2,40} on facebook\b|\bfollow @[\w.]{2,} on (?:twitter|x|instagram|threads|bluesky|tiktok)\b`,
      // "Follow and Subscribe Example TV:" over the channel's links.
      String.raw`^\W{0,3}follow (?:and|&) subscribe (?:to )?[\p{L}\d.&'’ -]{2,40}\s*:?\W{0,3}$`,
      // A pointer to the site's news channel: "For all latest news, follow The Example Google News channel."
      String.raw`^\W{0,3}for (?:all )?(?:the )?latest (?:news|updates),? follow\b`,
      // Following the site on a network or messenger: "Follow us on LinkedIn", "Follow Example News on WhatsApp for …", "Follow The Example on LINE for breaking news".
      String.raw`\bfollow us @\w|\bfollow us on (?:${FOLLOW_CHANNEL}|twitter|facebook|threads|bluesky|youtube|social media)\b|^\W{0,3}follow [\p{L}\d.&'’ -]{2,40} on ${FOLLOW_CHANNEL}(?: (?:and|&) ${FOLLOW_CHANNEL})? (?:for|and (?:be the first|get|stay|never miss))\b|^\W{0,3}follow [\p{L}\d.&'’ -]{2,40} on (?:social media|our social (?:media )?channels)(?:\s*:|\W{0,3}$)`,
      // App download prompts.
      String.raw`(?:(?:^\W{0,3}|[:–—|•] ?)download (?:it |the app |our app |now )?(?:for )?free (?:from|on|in) (?:the )?(?:app store|google play)\b|\bdownload our app (?:for )?free\b|^\W{0,3}(?:download|get) (?:our |the (?:[\w-]+ )?)app(?: (?:for free|free|now|today|for ios and android|for iphone and android))?\W{0,3}(?:(?:available )?(?:on|from|in|via|at) )?(?:the )?(?:app store|google play)\b)(?!\W{0,2}\?)(?![^.!?]{0,60}\b(?:said|says|urge[sd]?|told|according to|reported)\b)`,
      // …and the bare buttons: "Download now on Google Play and the App Store", "Get the Example app".
      String.raw`^\W{0,3}download (?:it )?(?:now|today|for free|free)\b|^\W{0,3}(?:get|download) (?:the|our) [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,2} app\W{0,3}$`,
      // A site's app and what it offers: "Get the Example app for ad-free news and current affairs", "Download the Example News app to stay informed".
      String.raw`^\W{0,3}(?:get|download|install) (?:the |our )?(?:free )?[\p{L}\d.&'’+ -]{2,30} app\s(?:for (?:ad-free|the latest|breaking|all the latest|free|live|local)|to (?:stay (?:informed|up to date)|get (?:the latest|breaking|alerts))|and (?:never miss|stay (?:informed|up to date)))\b`,
      // Sign-up form small print.
      String.raw`\bno spam\b[^.!?]{0,20}\bunsubscribe\b|^\W{0,3}(?:you can )?unsubscribe at any time\W{0,3}$`,
      String.raw`^\W{0,3}(?:please )?confirm your (?:subscription|sign-?up|email address) (?:in|via|by clicking)\b`,
      String.raw`^\W{0,3}never miss (?:a|another) (?:story|update|post|article) from\b`,
      // Sign-up consent boxes: "I would like to be emailed about offers, events and updates from …".
      String.raw`\b(?:i would like|i'd like|i want) to (?:be emailed|receive (?:emails|e-mails|updates|offers|news))\b`,
      // A sign-up box's pitch: "Never miss a Bermuda business story.", "Be the first to know".
      String.raw`^\W{0,3}never miss (?:a|an|another) (?:[\p{L}&'’-]+ ){0,3}(?:story|update|headline|deal|issue|edition)\W{0,3}$|^\W{0,3}be the first to know\W{0,3}$|\b(?:channel|newsletter|app|alerts?) and be the first to (?:know|hear|read|learn|find out)\b`,
      // A site's channel announced on its own: "DNO is on WhatsApp!", "Example News is now on Telegram", "Example is on Telegram and WhatsApp.".
      String.raw`^\W{0,3}[\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,3} is (?:now )?on (?:whatsapp|telegram|google news|threads|bluesky)(?: (?:and|&) (?:whatsapp|telegram|google news|threads|bluesky))?[!.\s]{0,3}$`,
      // …and the call to follow or join it: "Get the latest business news on WhatsApp.", "Follow the Example channel today!", "Join Example News on
      // Telegram – …", "Click here to join the Example News WhatsApp channel for …", "Get the latest updates and news: Follow Example News on Google News",
      // "Keep updated, follow Example News's Google News channel".
      String.raw`^\W{0,3}get (?:the |our )?latest (?:[\p{L}-]+ ){0,2}(?:news|updates|headlines) (?:on|via) (?:whatsapp|telegram|signal|google news)\b|^\W{0,3}(?:(?:keep|stay) (?:updated|informed|up to date)[,:;–-]{0,2} )?follow (?:the|our|(?:[\p{L}\d.&-]+ ){0,2}[\p{L}\d.&-]+['’]s) [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,3} (?:whatsapp |telegram )?channel(?: today| now| for (?:the )?(?:latest|breaking)\b[^.!?]{0,80})?\W{0,3}$|^\W{0,3}join [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,3} on (?:telegram|whatsapp|signal|viber)\b|^\W{0,3}(?:click here to )?join the [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,3} (?:whatsapp|telegram|signal|viber) (?:channel|group|community)\b|\bfollow [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,4} on google news\W{0,3}$`,
      // A sign-up box's title: "Get the latest Example business news".
      String.raw`^\W{0,3}get the latest (?:[\p{L}&'’-]+ ){0,4}(?:news|headlines|updates)\W{0,3}$`,
      // A sign-up box's pitch: "Stay ahead with the latest business news."
      String.raw`^\W{0,3}stay (?:ahead|informed|updated|up to date) with (?:the |our )?latest\b`,
      // A news app's pitch and a newsletter's: "Get breaking business news and live … updates on the Example app.", "Our weekly briefing on politics, business and …".
      String.raw`^\W{0,3}get (?:[\p{L}-]+ ){1,8}on (?:the|our) [\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,3} app\b|^\W{0,3}our (?:daily|weekly|monthly|morning|evening|free) (?:briefing|newsletter|digest|roundup|round-up)\b`,
      // A sign-up box's pitch: "Don’t miss out on the most important news from Hungary!"
      String.raw`^\W{0,3}don['’]?t miss (?:out on )?(?:the )?(?:most important|latest|top|biggest|best) (?:news|stories|headlines)\b`,
      // Where to ask for a subscription or a trial: "Subscription and trial access: agro@example.com", "Subscriptions: subs@example.com".
      String.raw`^\W{0,3}(?:subscriptions?|trial access|free trials?)(?: (?:and|&) (?:subscriptions?|trial access|trials?|free trials?))?(?: enquiries| inquiries)?\s*:\s*[\w.+-]+@`,
      // "Follow Example's official Instagram and X pages to keep current on world news."
      String.raw`^\W{0,3}follow (?:us|[\p{L}\d.&-]+['’]s?)(?: official)? (?:instagram|x|twitter|facebook|telegram|whatsapp|linkedin|youtube|tiktok)(?: (?:and|&) (?:instagram|x|twitter|facebook|telegram|whatsapp|linkedin|youtube|tiktok))? (?:pages?|channels?|accounts?)\b`,
      // Reader support: "X is an independent, non-commercial news service that depends on its readers.", "We exist thanks to our readers.",
      // "… please consider a voluntary subscription or a one-time donation.", "Support Example on Patreon!", "Become part of the Example community — from UAH 100 per month."
      String.raw`\b(?:depends|relies) (?:entirely |solely )?on (?:its|our) readers\b|^\W{0,3}we (?:exist|survive|are here) (?:thanks to|because of) (?:our )?readers\b|\bplease consider (?:a |making a )?(?:voluntary |monthly |one-time |one-off )?(?:subscription|donation|contribution)\b|\b(?:support|back|join) (?:us|[\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,2}) on patreon\b|^\W{0,3}become (?:part|a member) of (?:the |our )?(?:[\p{L}\d.&'’-]+ )?community\b`,
      // A newsletter's promise and a channel's call: "Get our best stories every Friday.", "Join our community HERE."
      String.raw`^\W{0,3}get (?:our|the) (?:best|top|latest|biggest) (?:stories|news|reads|articles|headlines) (?:every|each) (?:day|week|morning|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|^\W{0,3}join (?:our|the) (?:community|channel|group) (?:here|now|today)\W{0,3}$`,
    ],
  },
  'free-offer': {
    patterns: [
      // A report offered to the site's readers: "It's free for Example Morning readers."
      String.raw`^\W{0,3}it['’]s (?:completely |totally )?free for (?:all )?[\p{L}\d .&'’-]{2,40} (?:readers|subscribers|members)\W{0,3}$`,
      // A sponsor's promise: "it's free and takes two minutes".
      String.raw`\bit(?:['’]s| is) (?:completely |totally |100% )?free,? and (?:only |just )?takes\b`,
      // A trial at a token price: "Try it for R1 for the first month.", "Try us for $1 a week".
      String.raw`\btry (?:it|us|[\p{L}]+ digital) for (?:just |only )?(?:[$€£]|r|s\$|a\$|c\$)? ?\d+(?:[.,]\d+)? ?(?:for (?:the first|your first|one) (?:month|week|\d+ (?:months|weeks))|a (?:week|month))\b`,
      // Not an event an article reports ("Example will present the findings at a free webinar on December 4"), nor a trade term or a station's ("duty-free access", "step-free access").
      String.raw`\b(?<!\b(?:at|in|during) a |\b(?:duty|tax|tariff|toll|visa|quota|barrier|step|hands|smoke|car|carbon|level)-)free (?:stock |trial |daily |sample |special )?(?:report|analysis|newsletter|trial|download|guide|access|platform|article|ebook|e-book|webinar)\b`,
      String.raw`\b(?:try|use|using|with|get|download|check out|see) our free (?:[\w-]+ )?(?:calculator|tool|screener|app)\b`,
      String.raw`\b(?:100 ?%|completely|totally) free\b`,
      // A trial by duration: "Try X free for 7 days", "free for 30 days".
      String.raw`\b(?:try|read|stream|start|get|use) (?:[\w-]+ ){0,3}free for (?:\d+|one|two|three|four|seven|fourteen|thirty) (?:days?|weeks?|months?)\b`,
      // Free pitch media: "See his free presentation", "free briefing", "free masterclass".
      String.raw`\bfree (?:video )?(?:presentation|briefing|masterclass|cheat sheet)\b`,
      // A sale's discount behind a button or opening a line: "Unlock X now – up to 50% off for Black Friday", "Save up to 40% off …".
      String.raw`(?:^\W{0,3}|\s[–—]\s)(?:get |save )?up to \d{1,2} ?% off\b`,
      // A free kit to order: "Get a free information kit today …", "Request your free investor pack".
      String.raw`\bfree (?:information|info|investor|starter|welcome) (?:kit|pack)s?\b`,
      // "Our free GBP forecast breaks down …".
      String.raw`\bour free (?:[\w-]+ ){0,2}(?:forecasts?|guides?|reports?|analysis|e-?books?|webinars?|courses?|outlooks?|cheat sheets?)\b`,
    ],
  },
  // Weak evidence: an article may be about a free tier or what something costs.
  'offer-word': {
    patterns: [String.raw`\bfor free\b`, String.raw`\bat no (?:cost|charge)\b`],
  },
  'about-company': {
    patterns: [
      String.raw`^\W{0,3}about (?:the |us\b)?(?:[a-z][\w.&'’-]*(?:,? [\w.&'’-]+){0,4})?\W{0,3}$`,
      String.raw`\bis (?:one of )?(?:the|a|an) (?:world'?s |global |leading |premier |major |largest |fast(?:est)?-growing ){1,3}(?:provider|company|firm|platform|developer|manufacturer|maker|supplier|bank|group|operator|producer)`,
      // Where the company is based, said of it: "Example Corp. is headquartered in Boston", "Headquartered in Boston, Example …" (not "banks headquartered in the area").
      String.raw`(?:^\W{0,3}|\b(?:is|are) )headquartered in\b`,
      // A press release's self-description through its parent: "Example News, the news division of Example Corp, is the world's …".
      String.raw`^\W{0,3}[\p{L}\d&.'’ -]{2,40}, (?:the|a) (?:[\p{L}-]+ ){0,4}(?:division|unit|arm|subsidiary) of [^,.!?]{2,60}, is (?:the|a|an|one of)\b`,
      // A header run into its paragraph: "About Meta Meta is building …", "About Oklo Inc. Oklo is …".
      String.raw`^about\s(?!(?:the|a|an|its|their|our|this|that|half|one|two)\b)([a-z][\w&'’-]+)\b.{0,60}?\s\1\b`,
      String.raw`\bfor more information(?:,| about)? (?:please )?(?:visit|see|go to)\b`,
      String.raw`\blearn more at\b`,
    ],
  },
  'related-header': {
    patterns: [
      // "More to explore"
      String.raw`^\W{0,3}more to explore\W{0,3}$`,
      // A teaser for another story of the same issue: "ALSO IN THE GAZETTE: Pool to open for summer on December 12".
      String.raw`^\W{0,3}also in (?:the|today['’]s|this week['’]s) [\p{L}\d.&'’ -]{2,30}:\s*\S`,
      // A list of earlier stories under its topic: "Catch up on Example County government:".
      String.raw`^\W{0,3}catch up on [^.!?:]{3,60}:\s*$`,
      // "Go deeper", "Dig deeper", "Deeper dive" over a list of links; "Tags / Keywords:" over a tag list.
      String.raw`^\W{0,3}(?:(?:go|dig) deeper|deeper dive)\W{0,3}$|^\W{0,3}tags?\s*/\s*keywords?\s*:?\W{0,3}$`,
      // A "more" list with its topic: "More savings guides", "More stories", "More Related Articles".
      String.raw`^\W{0,3}more (?:[\p{L}-]+ ){0,2}(?:guides|stories|articles|reads|coverage|reading)\W{0,3}$`,
      // …or "More operator news" (not a subheading's "More good news").
      String.raw`^\W{0,3}more (?!(?:good|bad|positive|negative|great|sad|grim|welcome|encouraging|worrying|mixed)\b)(?:[\p{L}-]+ ){1,3}news\W{0,3}$`,
      // A recommendation widget's label on a line: "Recommended by Jane Roe", "Recommended from Editorial".
      String.raw`^\W{0,3}recommended (?:by|from)(?: [\p{L}.'’-]+){1,3}\W{0,3}$`,
      // A "latest" list with its topic: "Latest Gold News", "Latest Consumer Stocks News and Updates".
      String.raw`^\W{0,3}latest (?:[\p{L}&'’-]+ ){0,3}(?:news|stories|articles|updates|headlines)(?: (?:and|&) (?:updates|analysis|news|insights))?\W{0,3}$`,
      // A tag list's header on a line of its own: "Topics in this article:".
      String.raw`^\W{0,3}topics in this (?:article|story)\s*:?\W{0,3}$`,
      // "Read the latest on Example:" over a list of headlines.
      // "Also of interest:", "Latest Example.TV Videos" over a list of links.
      String.raw`^\W{0,3}also of interest\W{0,3}$|^\W{0,3}(?:latest|more|recent|featured|top) (?:[\p{L}\d.&'’-]+ ){0,2}videos?\W{0,3}$`,
      String.raw`^\W{0,3}read the latest (?:on|from|in) [\w.&'’ -]{2,30}\s*:?\W{0,3}$`,
      // The paper's earlier stories on the topic, as a header before one: "Previous coverage: Example County board sets record for …", "Previously: Two years after …".
      String.raw`^\W{0,3}(?:(?:previous|earlier|prior|past) coverage(?:\s*:\s*\S|\W{0,3}$)|previously\s*:\s*\S)`,
      // A list's header alone on its line: "Read This", "Read These Next".
      String.raw`^\W{0,3}read (?:this|these)(?: next)?\W{0,3}$`,
      // "More Tech Stocks:", "More Energy News:": a topic's headline list (with its colon: "More Bad News" is a subheading).
      String.raw`^\W{0,3}more (?:[\w-]+ ){1,2}(?:stocks|news|stories|coverage|articles)\s*:\W{0,3}$`,
      String.raw`^\W{0,4}(?:related|read related (?:topics|stories|articles|coverage)|read (?:next|more|also)|see also|also read|also see|now read this|must read|recommended(?=\W*$|\s*[:|]|\s+(?:for you|reading|links?|content|stories|articles?|newsletters?|videos?|posts?|news)\b)|(?:top )?trending|popular|top stories|more (?:news|stories|from|on|articles|coverage|reading|like this)|more [\p{L}-]+ (?:news|stories) (?:from|on|at)|you (?:may|might) also (?:like|be interested)|further reading|latest (?:news|articles|stories))\b`,
      // The site's own pointer run into its headline: "ALSO ON EXAMPLE NEWS ›› …".
      String.raw`^\W{0,3}also on (?:[\p{L}\d&'’-]+ ){0,3}[\p{L}\d&'’-]+\s*(?:>>|[»›]{1,2})`,
      // Widget headers over lists of links: "Most read", "Most read in Money", "MOST READ BUSINESS", "Keep reading", "Editor's picks", "Readers' choice", "More in Markets".
      String.raw`^\W{0,3}(?:most (?:popular|read|viewed|shared)(?: (?:on|at) [\p{L}\d-]+\.(?:com|co\.uk|net|org|ie|com\.au))?|most read(?: in)? [\p{L}&-]{2,20}(?: [\p{L}&-]{2,20})?|keep reading|more for you|editor['’]?s['’]? (?:picks|choice)|readers['’]? choice|(?:read )?(?:more|other (?:articles|stories|news|posts)) in [\w&' -]{2,30}|see more in\s*:.{2,120}|promoted stories|sponsored (?:stories|links|content)|around the web|from around the web|you may have missed)\W{0,3}$`,
      String.raw`^\W{0,3}also on (?!(?:the (?:agenda|table|menu|list|horizon|ballot|radar|rise|move|cards|way)|tap|deck|our|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\b)[\w.'’ -]{2,30}\s*:?\W{0,3}$|^\W{0,3}(?:[\w-]+ )?stories of the day\W{0,3}$`,
      // A newsletter's contents over its topics: "In this issue:", "In today's edition"; a paper's pointer to its print pages: "ALSO IN THIS ISSUE: … – page 6".
      String.raw`^\W{0,3}in (?:this|today['’]s) (?:issue|edition)\s*:?\s*$|^\W{0,3}also in (?:this|today['’]s) (?:issue|edition)\s*:`,
      // A recommendation list's header that names its items: "Other stories you might like", "Articles you may have missed".
      String.raw`^\W{0,3}(?:other |more )?(?:stories|articles|posts|reads|videos) (?:that )?you (?:may|might|will|['’]ll) (?:also )?(?:like|enjoy|love|have missed)\W{0,3}$`,
      // The bare label of a news site's pointer, run into its headline: "Read: <headline>", "Now read: …", "WATCH | <headline>", "Watch Now: …", "Video: <headline>".
      String.raw`^\W{0,3}(?:(?:now |also )?read|watch(?: now)?|listen|more|video|gallery)\s*[:|]\s*\S`,
      // A news ticker's bare label over its headlines: "Latest:", "Breaking:".
      String.raw`^\W{0,3}(?:latest|breaking|just in)\s*:\W{0,3}$`,
      // A section's list: "Other Business Times Articles", "Other news".
      String.raw`^\W{0,3}other (?:[\p{L}\d.&'’-]+ ){0,4}(?:articles|stories|news)\W{0,3}$`,
      // A series box: "Part of our series", "More in this series".
      String.raw`^\W{0,3}(?:part of (?:our|the|a) (?:special )?series|more (?:in|from) (?:this|our|the) series)\W{0,3}$`,
    ],
  },
  'related-inline': {
    patterns: [
      // A newsletter site's pointer: "Go deeper: Wall Street's rush to put private assets in your 401(k)".
      String.raw`^\W{0,3}go deeper\s*:\s*\S`,
      // A pointer to the series the article belongs to: "This article is part of our special report on …".
      String.raw`^\W{0,3}this (?:article|story|piece) is part of (?:our|the|a) (?:[\p{L}-]+ ){0,2}(?:series|special report|dossier)\b`,
      // A call to use the site's own tools: "Use Example's mortgage calculator to see how …", "Explore Example's portfolio rebalancing tools.".
      String.raw`^\W{0,3}(?:use|explore|try) (?:our|[\p{L}\d.&-]+['’]s) (?:free )?(?:[\p{L}-]+ ){0,3}(?:calculator|tools?|screener|planner)\b`,
      // A pointer to the site's own tool or table: "Our full mortgage rate table is here.", "Our mortgage calculator is here."
      String.raw`^\W{0,3}our (?:full |latest |interactive |free )?(?:[\p{L}-]+ ){0,3}(?:table|calculator|tracker|tool|chart|database|map|comparison)s? (?:is|are) (?:here|available here|below)\W{0,3}$`,
      // "Read Example's explainer: What are Scope 3 emissions?", "Read our guide: …".
      String.raw`^\W{0,3}read (?:our|[\p{L}.&-]+['’]s?) (?:explainer|guide|analysis|feature|interview|briefing)\s*:`,
      // "Find more coverage like this on our Core Strategies Channel."
      String.raw`\b(?:find|read|see|discover|explore) (?:more|all (?:of )?our) (?:[\p{L}-]+ )?(?:coverage|stories|news|articles|insights|analysis|content)(?: like this)? (?:on|in|at) (?:our|the)\b`,
      // A quote page's peer list: "Example Peers: Alpha Corp (ALPH), Beta Labs (BETA)".
      String.raw`^\W{0,3}(?:[\p{L}\d.&'’ -]{2,30} )?(?:peers|competitors|rivals)\s*:\s*[^,()]{2,40} \([a-z.]{1,6}\)`,
      // A pointer to an earnings call's transcript: "… in the full transcript here."
      String.raw`\b(?:full|complete) (?:earnings call |call )?transcript here\b|^\W{0,3}(?:read|see|view|get) the (?:full|complete) (?:[\p{L}-]+ ){0,2}transcript\b`,
      // The tickers a story names, set as a line of their own: "Companies in this story: (TSX:NLG)", "Stock quotes in this article: …", or their box's title: "Instruments mentioned".
      String.raw`^\W{0,3}(?:companies|stocks|tickers|securities|(?:stock )?quotes) (?:in|mentioned in) this (?:story|article)\s*:|^\W{0,3}(?:instruments|securities|stocks|companies) mentioned\W{0,3}$`,
      // A tag list run into its header: "Topics: accounts payable, B2B payments, Fintech", "Tags: Banks | Deposits | Fed", "Topics: Energy · Retail".
      String.raw`^\W{0,3}(?:topics|tags|related topics|topics in this (?:article|story)|filed under|categor(?:y|ies))(?:\s*:\s*|\s*\n\s*)[^\n.!?,|·•]{2,60}(?:(?:, ?[^\n.!?,|·•]{1,60}){2,30}|(?: ?[|·•] ?[^\n.!?,|·•]{1,60}){2,30})\.?$`,
      // A tag list behind "Tagged": "Tagged tourism aluminium economy", "Tagged with: banks inflation".
      String.raw`^\W{0,3}tagged(?: with| in| under)?\s*:?\s*(?:[\p{L}\d&'’-]+ ){1,10}[\p{L}\d&'’-]+\W{0,2}$`,
      // "Click for more FreightWaves articles by Jane Roe."
      String.raw`\bclick (?:here )?for more (?:[\p{L}'’-]+ ){0,3}(?:articles|stories|coverage|news|columns)\b`,
      String.raw`\bby following this link\b`,
      String.raw`\b(?:read|view|see) (?:the )?(?:full|original|complete) (?:story|article|report)\b`,
      String.raw`\bto read this article on\b`,
      String.raw`\bstock analysis report\b`,
      String.raw`\b(?:visit|see|check) our .{0,30}\bcalendar\b`,
      String.raw`\b(?:click|tap) here to read\b`,
      // A related header run into its headline ("Related Content: …", "Also Read: [headline](link)", "RELATED ARTICLE >> …",
      // "Full help: Example explained"); a headline has no full stop.
      String.raw`^\W{0,4}(?:related(?: \w+)?|read (?:next|more|also)|see also|also read|also see|must read|recommended(?: reading)?|full (?:help|guide))\s*(?:[:|]|>{1,2}|[»›]{1,2})[\s\S]{3,300}[^.!?\s]\s*$`,
      String.raw`^\W{0,2}\((?:see|read|watch|view|check out|to watch|to see|to read)\b[^)]{0,80}\)\W{0,2}$`,
      String.raw`^\W{0,3}(?:check out|related reading|don['’]?t miss|also on [\w.-]+)\s*:\s*\S`,
      // A quote page's pointer below a story: "See more CLDA analyst ratings", "See all Example price targets".
      String.raw`^\W{0,3}(?:see|view) (?:more|all) [\p{L}\d.&'’-]+ (?:analyst ratings|ratings|price targets|forecasts|insider trades|earnings|dividends)\W{0,3}$`,
      // A line of hashtags: "#DeFi  #Hacks  #Oracles".
      String.raw`^(?:\s*#[\p{L}\p{N}_-]+(?: [\p{L}\p{N}_-]+)?){3,}\s*$`,
      // A pointer to a topic page: "For more on business in Croatia, follow Example's dedicated page."
      String.raw`^\W{0,3}for more (?:on|about) [^.!?]{2,60}, (?:follow|visit|check out|see|bookmark) (?:our|the|[\p{L}\d.&-]+['’]s) (?:dedicated |special )?(?:page|section|channel|hub)\b`,
    ],
  },
  disclosure: {
    patterns: [
      // A personal-finance site's partner notes: "Many or all of the products featured here are from our partners who compensate us.",
      // "However, this does not influence our evaluations.", "Our opinions are our own.", "Here's how we make money.", "So how do we make money?",
      // "… this post may contain references to products from our partners.",
      // "Offers displayed are from advertisers who pay Example for placement.", "APYs shown are as of 11/21/2026 …", "… ratings are determined by our editorial team."
      String.raw`\b(?:many|most|some) or all of the products (?:featured|mentioned|shown|on this page) (?:here )?are from our partners\b|\bthis does not influence our evaluations\b|^\W{0,3}our opinions are our own\W{0,3}$|\bhow (?:do )?we make money\b`,
      String.raw`\bthis (?:post|page|article) may contain references to products from our partners\b|\b(?:offers|products|listings) displayed are from advertisers\b|^\W{0,3}apys? (?:shown |displayed )?(?:are|is) (?:accurate )?as of\b|\bratings are determined by our editorial team\b`,
      // "… the rates in this article were accurate as of Nov. 24, 2026."
      String.raw`\b(?:rates|prices|figures|information) (?:in|on) this (?:article|page|story) (?:were|was|are|is) (?:accurate|correct|current) as of\b`,
      // …and how its partners pay it: "Our partners compensate us.", "Our partners cannot pay us to guarantee
      // favorable reviews …", "Here is a list of our partners.", "… our editorial content is not influenced by advertisers."
      String.raw`^\W{0,3}our (?:advertising )?partners compensate us\b|\bpartners cannot pay us to guarantee\b|^\W{0,3}here is a list of our partners\W{0,3}$|\bcontent is not influenced by (?:advertisers|advertising|our partners)\b`,
      // A news site's note that a company in the story buys ads from it: "Editor's note: Example Health advertises with the Example Tribune.", "Advertisers have no influence over the Tribune's news coverage."
      String.raw`^\W{0,3}(?:editor['’]s note|disclosure)\s*:[^.!?]{0,80}\badvertises (?:with|in|on) (?:the |this |our )?\p{L}|^\W{0,3}advertisers have no (?:influence|say|control) over\b`,
      // A comparison site's integrity notes: "To the best of our knowledge, all content is accurate as of the date posted …",
      // "… have not been provided, approved, or otherwise endorsed by our partners."
      String.raw`\bto the best of our knowledge,? all content is accurate\b|\bhave not been (?:provided|reviewed),? approved,? or otherwise endorsed by\b`,
      // A shared reporting scheme's note: "The Local Democracy Reporting Service is funded by the BBC …", "… is a public service news partnership …",
      // "This article was produced by a Local Democracy Reporter.", a funder's note: "The foundation has no input into the stories we choose to cover."
      String.raw`\blocal democracy reporting service is (?:part[- ])?funded by the bbc\b|^\W{0,3}the local democracy reporting service is an? \b|\bproduced by (?:a|the|our) local democracy reporter\b|\bhas no (?:input|say|influence|control) (?:into|over|on|in) (?:the )?(?:stories|coverage|content|reporting)\b`,
      // A subscriber's ad notice (the Newsquest set): "As a subscriber, you are shown 80% less display advertising …", "These ads enable local businesses …",
      // "Data returned from the Piano 'meterActive/meterExpired' callback event."
      String.raw`\bas a subscriber,? you are shown \d+% less (?:display )?advertising\b|\bpiano ['‘"]?meter(?:active|expired)\b|\bthose ads you do see are predominantly from local businesses\b|\bthese ads enable local businesses to get in front of\b|\bcontinue to promote these adverts\b`,
      // A lender's statutory warning: "Warning: If you do not keep up your repayments you may lose your home.",
      // "Your home may be repossessed if you do not keep up repayments on your mortgage."
      String.raw`\byour home may be repossessed if you do not keep up\b|\bif you do not keep up (?:your )?(?:re)?payments\b[^.!?]{0,40}\byou (?:may|could|will) lose your home\b`,
      // A note on supplied content: "This press release was supplied by the vendor.", "Example does not endorse and is not
      // responsible for the accuracy of third-party content."
      String.raw`^\W{0,3}this (?:press release|content|article|announcement) (?:was|is|has been) (?:supplied|provided|submitted) by (?:the |a |an |our )?(?:vendor|company|issuer|sponsor|advertiser|partner)\b|\bnot responsible for the (?:accuracy|content) of (?:third[- ]party|external|sponsored|supplied)\b|\b(?:republishes|reproduces|distributes) [^.!?]{1,60}\bas (?:received|supplied|provided)\b[^.!?]{0,60}\bnot responsible for (?:their|its|the) (?:content|accuracy)\b`,
      // A health or legal site's note: "This article is not a substitute for professional medical advice."
      String.raw`\bnot (?:a|intended as a|intended to be a|meant as a) substitute for (?:professional )?(?:medical|legal|financial|tax) advice\b`,
      // An author's or a table's standing notes: "I do not hold a position with the issuer such as employment …", "APYs shown are accurate as of 11/19/2026".
      String.raw`\bi (?:do not|don['’]t) (?:hold|have) (?:a|any) position with the issuer\b|\b(?:apys?|rates?|yields?|prices?|quotes?) (?:shown|listed|displayed|quoted)(?: here| above| below)? (?:are|were) accurate as of\b`,
      // A prospectus's mandatory note: "The approval of the prospectus should not be understood as an endorsement of the securities offered."
      String.raw`\bshould not be (?:understood|construed|considered) as an endorsement of the (?:securities|notes|shares)\b`,
      // The publisher's own stake, in an editor's note: "Editor's note: Example, the parent company of Example News, is not an investor in …".
      String.raw`^\W{0,3}editor['’]s note\s*:[^.!?]{0,120}\b(?:investors?|shareholders?|owns|parent company|sponsors?)\b`,
      // "… and nothing here should be read as a recommendation", "Nothing herein shall be construed as …".
      String.raw`\bnothing (?:here|herein|in this (?:article|post|report|content)|contained herein) (?:should|shall|is to) be (?:read|construed|taken|considered|interpreted|regarded) as\b`,
      // A sponsor of the site's section: "Example Asset Management is a sponsor of Example's Core Strategies Channel."
      String.raw`\bis (?:a|the) sponsor of [\p{L}\d&.'’ -]{2,40}['’]s? [\p{L} -]{0,30}(?:channel|hub|section|newsletter|podcast|content)\b`,
      // The author's own holdings: "The author of this article, Jane Roe, does not hold shares in Acme.", "The writer owns shares in …".
      String.raw`^\W{0,3}the (?:author|writer)(?: of this (?:article|piece|story))?(?:,? [\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3},)? (?:does not |doesn't |do not )?(?:owns?|holds?|ha(?:s|ve) (?:a )?(?:positions?|shares?) in)\b`,
      // Rights notices: "Reprints and licensing: request permission to reproduce or republish this article."
      String.raw`^\W{0,3}reprints (?:and|&) (?:licensing|permissions)\b|\brequest permission to (?:reproduce|republish|reprint)\b`,
      // A wire story's first publication: "This report by The Canadian Press was first published Nov. 19, 2026."
      String.raw`^\W{0,3}this (?:report|story|article) (?:by [\p{L}'’. -]{2,40} )?was (?:first|originally) published\b`,
      // "The author or authors do not own shares in any securities mentioned in this article." (a position in any of them: below)
      String.raw`\b(?:does|do) not (?:own|hold) (?:any )?(?:shares|stakes?) in any (?:of the )?(?:securities|stocks|companies|shares|funds) (?:mentioned|discussed|named|featured)\b`,
      String.raw`\bhas no position\b`,
      // A site's trading rule for its writers: "Example Research's policy requires its editors to wait at least 72 hours after a recommendation …".
      String.raw`\b(?:policy|rules?) requires? (?:its |our )?(?:editors|writers|authors|contributors)\b[^.!?]{0,30}\bto wait\b`,
      // A publisher's note on the advisers it lists: "Example is not a client of any investment adviser featured on this page.", "Example does not offer advisory services."
      String.raw`\bis not a client of any (?:investment )?advis[eo]rs?\b|\bdoes not offer (?:investment )?advisory services\b`,
      // A fund rating's notes: "The Example Rating is not a credit or risk rating.", "… should not be used as the sole basis in evaluating an investment."
      String.raw`\bis not a credit or risk rating\b|\bshould not be used as the sole basis (?:in|for) (?:evaluating|making|any) (?:an? )?investment\b|^\W{0,3}ratings (?:can|may) change without notice\b`,
      // "I/we have no stock, option or similar derivative position in any of the companies mentioned …",
      // "I have no business relationship with any company whose stock is mentioned in this article.", "Analyst's Disclosure: …"
      String.raw`\bpositions? in any (?:of the )?(?:companies|stocks|securities|shares|funds) (?:mentioned|discussed|named|featured)\b|\bno business relationship with any (?:company|companies|issuer)\b|^\W{0,3}(?:analyst|author|writer)['’]s disclosure\s*:`,
      String.raw`\b(?:has|have|holds?|held) (?:a |no )?(?:beneficial )?(?:long |short )?positions? in\b`,
      // A site's sourcing standard: "Example requires writers to use primary sources to support their work.", "Example uses only high-quality sources, …".
      String.raw`\brequires (?:its )?(?:writers|authors|journalists|contributors) to use primary sources\b|\buses only (?:high-quality|primary|reputable|trusted) sources\b`,
      // The author's statement under an opinion piece: "I wrote this article myself, and it expresses my own opinions."
      String.raw`\b(?:i|we) wrote this (?:article|piece|post) (?:myself|ourselves)\b`,
      String.raw`\b(?:expresses|reflects|represents) (?:my|our|the author['’]?s) own (?:opinions?|views?)\b`,
      String.raw`\b(?:i|we) (?:am|are) not (?:receiving (?:any )?compensation|being paid|paid|compensated) for (?:it|this|writing)\b`,
      String.raw`\b(?:i|we) (?:receive|received|get) no (?:compensation|payment)\b`,
      // Affiliate and advertiser disclosures of comparison tables and product cards.
      String.raw`\badvertis(?:er|ing) disclosure\b`,
      // A site's note on its links: "Most links to providers on this page are affiliated.", "This doesn't impact our editorial independence."
      String.raw`\blinks (?:to [\p{L}-]+ )?(?:on this (?:page|site) )?are affiliated\b|^\W{0,3}(?:this|it|that) (?:doesn['’]t|does not|won['’]t|will not) (?:impact|affect|influence) our editorial independence\b`,
      // A UK site's label on its affiliate links: "Affiliate links: If you take out a product Example may earn a commission."
      String.raw`^\W{0,3}affiliate links?\s*:\s*\S`,
      String.raw`\b(?:offers|products|listings|partners) (?:that appear|shown|listed|featured) (?:in this table|on this (?:page|site))\b`,
      String.raw`\b(?:this|the|such|that) (?:payment|compensation) (?:may|can|might) (?:affect|impact|influence) (?:how|where|which|the order|in what order)\b`,
      // "Example Guides may receive compensation from companies that appear on this page."
      String.raw`\b(?:may|might) (?:earn|receive|get) (?:compensation|commissions?|fees?|payments?) from (?:the )?(?:companies|partners|advertisers|issuers|brands|providers) (?:that|which|whose products) (?:appear|are (?:featured|listed|shown))\b`,
      String.raw`\bdoes not include (?:all|every) (?:offers?|companies|products|financial products) available\b`,
      String.raw`\b(?:may|we) (?:earn|receive|get) (?:a )?(?:commission|compensation) (?:(?:when|if) you\b|(?:for|from|on) (?:some |any |the )?(?:links?|purchases?|clicks?|partners?|advertisers?|affiliate|qualifying|products (?:and services )?(?:featured|mentioned|linked|listed|on)\b))`,
      // The commission behind the clause: "If you open an account or buy a product through one of them, we may receive a commission."
      String.raw`\bthrough (?:one of )?(?:them|these links|our links|(?:the )?links on (?:this|our) (?:page|site))\b[^.!?]{0,20}\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|fee)\b`,
      // A comparison site's: "Example may receive a fee from providers when you click through to their website from our tables."
      String.raw`\b(?:may|might) (?:earn|receive|get) (?:a )?(?:fee|payment|commission)s? from (?:the |our |some )?(?:providers|partners|advertisers|lenders|banks|issuers|companies)\b[^.!?]{0,20}\b(?:when|if) you (?:click|apply|sign up|buy|purchase)\b`,
      String.raw`^\W{0,3}on the date of publication\b`,
      String.raw`\bdisclosure policy\b`,
      String.raw`\bno position in any\b`,
      // A conflict-of-interest note ("Conflict of interest: …"), not a report on conflicts ("regulators continue to press dealers on conflicts of interest").
      String.raw`^\W{0,3}(?:potential )?conflicts? of interest(?:\W{0,3}$|\s*:)|\b(?:potential|possible|any|no|material) conflicts? of interest\b|\bconflicts? of interest (?:disclosure|statement|policy|policies|notice)\b|\b(?:declares?|disclose[sd]?|has|have) (?:[\w-]+ ){0,3}conflicts? of interest\b`,
      String.raw`\bis a member of .{0,40}board of directors\b`,
      // "does not provide personal investment advice", a fund list's note: "The Example 50 is not a personal recommendation to buy or sell a fund."
      String.raw`\b(?:does|do) not (?:provide|constitute|offer|give) (?:personal(?:i[sz]ed)? |individual )?(?:investment|financial|a recommendation)\b|\b(?:is|are) not a personal recommendation to (?:buy|sell|invest|hold)\b`,
      // "It is not intended to be, neither does it constitute, any form of tax advice.", "does not constitute legal, tax or other professional advice".
      String.raw`\bconstitutes?,? (?:any form of (?:tax|legal|investment|financial|personal) advice|(?:legal|tax|financial|investment)(?:, (?:legal|tax|financial|investment)){0,3},? or (?:other )?(?:professional|legal|tax|financial|investment) advice)\b`,
      // Risk and publisher notices: "Capital at risk.", "consult a regulated adviser", "for general educational purposes only".
      String.raw`^\W{0,3}(?:your )?capital (?:is )?at risk\W{0,3}$`,
      String.raw`\bconsult (?:a|your) (?:regulated |qualified |licensed |independent )?(?:financial |investment )?advis[eo]r\b`,
      String.raw`\bfor general (?:educational|informational|information) purposes only\b`,
      String.raw`\breceives? a fee from [\w .,&'’-]{2,60} for (?:publishing|distribution|this)\b`,
      // How a comparison site is paid: "paid for by advertising", "companies that pay us", "Here's how we make money".
      String.raw`\b(?:is )?(?:paid for|funded) by advertising\b`,
      // A reporter's funding note: "Jane Roe's reporting is funded by the Government of Canada through the Local Journalism Initiative."
      String.raw`^\W{0,3}(?:[\p{L}.'’-]+ ){1,3}[\p{L}.'’-]+['’]s? (?:reporting|position|beat|coverage|journalism) (?:is|was) (?:funded|supported|made possible|paid for) (?:in part )?(?:by|through)\b`,
      String.raw`\b(?:companies|advertisers|partners) (?:that|who) pay us\b`,
      String.raw`^\W{0,3}here['’]?s how we make money\b`,
      String.raw`\b(?:do|does) not (?:cover|include|review) every (?:financial )?(?:lender|offer|company|product|provider)\b`,
      String.raw`\bnot an? (?:offer|recommendation) (?:to|or|by)\b`,
      String.raw`\bviews and opinions expressed\b|\bexpressed (?:in|on) this (?:article|post|piece|column|report|page) are (?:solely )?(?:those|the views|the opinions) of the (?:author|writer|contributor)s?\b`,
      // A note on thinly traded stocks: "This article discusses one or more securities that do not trade on a major U.S. exchange."
      String.raw`\b(?:discusses|covers|mentions) (?:one or more )?securities that (?:do not|don['’]t) trade on a major\b`,
      String.raw`\bdo not necessarily (?:reflect|represent)\b`,
      // A column's note after its opinion line: "They do not reflect the views of Example News, …".
      String.raw`^\W{0,3}(?:they|these (?:views|opinions)) do not reflect the (?:views|opinions|position) of\b`,
      // A guest post's footer: "X welcomes guest contributions."
      String.raw`\bwelcomes (?:guest|outside|reader) (?:contributions|submissions|articles|posts|columns)\b`,
      // "for illustrative purposes only", "This publication is provided for general information purposes and …", "Exchange rates shown are for illustration only.", "Market rates shown are indicative and may be delayed."
      String.raw`\bfor (?:informational|information|educational|illustrative) purposes only\b|\bprovided for general (?:informational|information|educational) purposes\b|\b(?:rates|prices|figures|quotes) (?:shown|quoted|displayed) (?:are|is) (?:(?:for illustration|indicative|for illustrative purposes) only|indicative and may be delayed)\b|\bprovides? (?:news and )?(?:general )?information only(?=\W{0,3}$|[,;]| and\b)`,
      // "This article is general information and does not consider the circumstances of any investor."
      String.raw`\bgeneral (?:information|advice)(?: only)?,? (?:and|that|which) (?:does|do) not (?:consider|take into account|take account of)\b`,
      // "This article is for general information only and is not insurance or financial advice.", "This article has been prepared by Example Capital Pty Ltd for general information only."
      String.raw`^\W{0,3}this (?:article|story|page|content|information|post) (?:is (?:for )?|(?:has been|was|is) prepared (?:by [^.!?]{2,60}? )?for )general information(?:al)?(?: purposes)? only\b`,
      // An Australian site's advice warning: "This article is not financial product advice.", "You should consider seeking independent advice before making any financial decisions."
      String.raw`\bis not (?:financial|investment) product advice\b|\bconsider seeking independent (?:financial |professional )?advice before (?:making|acting on) any\b`,
      // A price box's note on a line: "General information only, not financial advice."
      String.raw`^\W{0,3}(?:for )?general information only[,.;:]? (?:and )?(?:is )?not (?:financial|investment) advice\W{0,3}$`,
      // A travel writer's note: "The writer travelled on an Example Charters vessel as a guest of the operator."
      String.raw`^\W{0,3}(?:the )?(?:writer|author|reporter|journalist|correspondent)\b[^.!?]{0,20}\b(?:travell?ed|flew|stayed|was hosted)\b[^.!?]{0,80}\bas (?:a |the )?guests? of\b`,
      // A reporting scheme's funding note: "Local Democracy Reporting is Public Interest Journalism funded through Example On Air.",
      // "LDR is local body journalism co-funded by …".
      String.raw`^\W{0,3}(?:[\p{L}-]+ ){1,4}(?:(?:reporting|journalism) is(?: public interest journalism)?|is (?:[\p{L}-]+ ){0,3}journalism) (?:co-)?(?:funded|supported|made possible) (?:in part )?(?:by|through)\b`,
      // A price box's note: "Figures indicative only.", "All prices are for information only.", "Prices are indicative only and may change without notice.", "Indicative rates only."
      String.raw`^\W{0,3}(?:all )?(?:(?:prices|figures|rates|data|quotes|values)(?: (?:are|shown))? (?:indicative|for (?:information|guidance))|indicative (?:prices|figures|rates|data|quotes|values)) only(?: and (?:may|can|are subject to) change(?: without notice)?)?\W{0,3}$`,
      // "They should not be relied on when making trading decisions."
      String.raw`\bshould not be relied (?:up)?on (?:when making|in making|to make|for) (?:any )?(?:trading|investment|financial) decisions\b`,
      // A journalism programme's funding note: "The Local Journalism Initiative is funded by the Government of Canada."
      String.raw`^\W{0,3}(?:this|the) (?:[\p{L}-]+ ){0,3}(?:journalism|reporting|news) (?:initiative|program|programme|fund|project) is (?:funded|supported|made possible) by\b`,
      // Also a distributor's: "We do not accept any responsibility or liability for the accuracy … of the information".
      String.raw`\b(?:does|do|shall|will) not (?:bear|accept|assume) (?:any )?(?:responsibility|liability)(?: or liability)? for (?:any )?(?:losses|loss|damages?|the (?:accuracy|completeness|reliability|content)\b)`,
      // "… provides this news content "as is" without warranty of any kind."
      String.raw`\bas is["”'’]?,? (?:and )?without (?:any )?(?:warranty|warranties|guarantee)\b`,
      // An exchange's or regulator's disclaimer under a press release: "Neither the Exchange nor its Regulation Services Provider … accepts responsibility for the adequacy or accuracy of this release."
      String.raw`\baccepts? (?:no )?responsibility for the adequacy or accuracy of this (?:news |press )?release\b`,
      // Pointers to the site's policies and its editorial independence: "Read our full disclosure.", "Our editors independently choose …".
      String.raw`^\W{0,3}(?:read|see|view) (?:our|the) (?:full )?(?:advertiser )?(?:disclosures?|disclaimer|editorial (?:policy|guidelines|standards))\W{0,3}$`,
      String.raw`\bour (?:editors|editorial team|editorial staff) (?:independently|chooses|choose|selects|select)\b`,
      String.raw`\bdo your own (?:analysis|research|due diligence)\b`,
      String.raw`\bgeneral in nature\b`,
      String.raw`\btake account of your (?:objectives|financial)\b`,
      String.raw`\bopinions expressed in this article\b`,
      String.raw`\bthe author (?:has|holds|owns|does not)\b`,
      String.raw`\bpast performance\b`,
      String.raw`\bwarrants correction\b`,
      String.raw`\bmay not (?:factor in|reflect|take into account|include|incorporate|capture) (?:the )?(?:latest|most recent)\b`,
      // Advice and regulatory notices: "Not investment advice.", "… is authorised and regulated by the FCA", "Member FINRA/SIPC", CFD risk warnings.
      String.raw`\b(?:any advice|this (?:information|content|article|material|advice|website)|the (?:information|content|material|advice)(?: (?:provided|contained|on this [\w-]+|in this [\w-]+))?)\b[^.!?]{0,40}?\b(?:is|are|constitutes?) (?:(?:personal|general|financial|investment|tax|legal) ){0,2}advice only\b`,
      String.raw`^\W{0,3}(?:this is )?not (?:financial|investment|personal|tax) advice(?:\s*[.:!]|\W{0,3}$)`,
      String.raw`\b(?:article|content|information|material|report|commentary|post|video|analysis|opinions?|views?|website|page)s?\b[^.!?]{0,60}\bshould not be (?:considered|construed|taken|seen|treated|relied (?:up)?on) as (?:a |an )?(?:personal |financial |investment |tax |legal )?(?:advice|recommendation|offer)\b`,
      String.raw`^\W{0,3}(?:(?:general|legal) disclaimer(?: and copyright)?|disclaimer|disclosures?|important (?:information|notice|disclosures?)|risk (?:warning|disclosure|notice)|editorial note|advertiser note)s?(?:\W{0,3}$|\s*:.*[.!]\s*$)`,
      String.raw`\b(?:ltd|limited|plc|llp|llc|inc|gmbh|ag|s\.a|b\.v|n\.v|\(uk\)|uk)\.?,? (?:which |who )?(?:is|are) authori[sz]ed and regulated (?:in the uk )?by\b|^\W{0,3}authori[sz]ed and regulated by\b`,
      String.raw`\bmember (?:finra|sipc|fdic)\b|\bfinra/sipc\b`,
      // The funder's distance from a beat it pays for: "The fund has no role in the selection or editing of stories."
      String.raw`\bha(?:s|ve) no (?:role|say|input|influence) (?:in|over) (?:the )?(?:selection|editing|editorial)\b[^.!?]{0,30}\b(?:stories|coverage|content|articles|reporting|journalism|news)\b`,
      // A bank's deposit ad in small print: "*Annual Percentage Yield accurate as of 11/01/2026.", "Penalty for early withdrawal.", "$1,000 minimum deposit.", "Equal Housing Lender."
      String.raw`\bannual percentage yields?(?: \(apy\))? (?:is )?(?:accurate|effective|current) as of\b|^\W{0,3}(?:a )?(?:substantial )?penalt(?:y|ies) (?:may (?:apply|be imposed) )?for early withdrawals?\W{0,3}$|^\W{0,3}\$\d{1,3}(?:,\d{3})* minimum (?:opening )?(?:deposit|balance)(?: (?:required|to open))?\W{0,3}$|^\W{0,3}equal housing (?:lender|opportunity)\W{0,3}$`,
      // The CFD broker's risk line on its own: "81% of retail CFD accounts lose money.", "74.5% of retail investor accounts lose money".
      String.raw`^\W{0,3}\d{1,2}(?:[.,]\d{1,2})? ?% of retail (?:investor |cfd )?(?:cfd )?accounts lose money\W{0,3}$`,
      // "Nothing on this page constitutes investment advice.", "Nothing in this article is a recommendation to buy or sell.", "… is financial or investment advice."
      String.raw`^\W{0,3}nothing (?:on|in) this (?:page|site|website|article|report|newsletter|email|document|announcement) (?:constitutes|is|should be (?:considered|construed as|taken as)) (?:an? )?(?:(?:personal|financial|investment|tax|legal)(?: or| and|,)? ){0,3}(?:advice|recommendation|offer|solicitation)\b`,
      // Market abuse notices of listed companies' announcements: "This announcement contains inside information for the purposes of
      // Article 7 of … Regulation (EU) No 596/2014", "… this inside information is now considered to be in the public domain."
      String.raw`\b(?:this announcement|the information (?:contained )?(?:with)?in this announcement) (?:contains|constitutes|is deemed (?:by [^.!?]{1,40} )?to constitute) inside information\b|\bthis inside information is now considered to be in the public domain\b`,
      String.raw`\bcfds are complex instruments and come with a high risk\b|\bwhether you understand how cfds work\b|\bwhether you can afford to take the high risk of losing your money\b|\bof retail (?:investor |cfd )?accounts lose money when (?:spread betting and\/or )?trading cfds\b(?![^.!?]{0,60}\b(?:said|says|found|showed|shows|according to|reported|estimates?)\b)`,
      // A pick service's footnote on its returns: "*Returns as of 20 November 2026".
      String.raw`^\W{0,3}\*?\s*returns (?:as of|as at) (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
      // A publisher's terms of use for its content: "… is available for personal and non-commercial use only", "The principal purpose of the Content is to educate and inform",
      // "does not contain or imply any recommendation", "is NOT a solicitation or recommendation to buy, sell or hold", "neither licensed nor authorised to provide investment advice".
      String.raw`\bfor personal(?:,| and) non-commercial use only\b|\b(?:principal|primary|main|sole) purpose of (?:the|this|our) (?:content|website|site|information) is to (?:educate|inform)\b|\b(?:does|do) not contain or imply any (?:recommendation|advice|opinion)\b`,
      String.raw`\bnot an? (?:solicitation|offer|recommendation)(?: or (?:an? )?(?:solicitation|offer|recommendation))? to buy,? sell or hold\b|\bneither licen[sc]ed nor authori[sz]ed to (?:provide|give) (?:investment|financial)\b`,
      // A research house's note on who paid for it: "This report has been commissioned by X … in consideration of a fee payable by X", "We never take payment in stock".
      String.raw`\bthis (?:report|note|research (?:note|report)) (?:has been|was|is) (?:commissioned|paid for|sponsored) by\b|\bin consideration of a fee\b|\b(?:never|do not|don['’]t|does not) (?:take|accept|receive) payment in (?:stock|shares|options|equity)\b`,
      // An ad's small print and a dealer's reader notice: "Other fees may apply.", "any decision you make will put your money at risk",
      // "All articles published here are to inform your thinking, not lead it.", "Information or data included here may have already been overtaken by events".
      String.raw`^\W{0,3}(?:other |additional |further )?(?:fees|charges) (?:may|will|can) apply\W{0,3}$|\bdecisions? you make (?:will|may|could|can) (?:put|place) your (?:money|capital|savings|investments?) at risk\b`,
      String.raw`^\W{0,3}(?:please note:? )?(?:all )?(?:articles|content|information|material|commentary)(?: (?:published|provided|posted))? (?:here|on this (?:site|website|page)) (?:is|are) (?:(?:intended|meant|provided) )?(?:to inform\b|for (?:general )?(?:information|informational|educational) purposes\b)|\b(?:information|data|content|prices?)(?: (?:or|and) (?:information|data))? (?:included|contained|published|provided|shown) (?:here|herein|on this (?:page|site|website)) (?:may|might|is not|are not|should|must|could)\b`,
      // Leverage and fund-marketing notices: "… may result in losses that exceed your deposits", "This is a marketing communication. Please refer to the prospectus …",
      // "Marketing communication." alone.
      String.raw`\blosses (?:that |which )?(?:can |may |could )?exceed your (?:deposits?|initial (?:deposit|investment))\b|^\W{0,3}losses (?:can|may) exceed deposits\W{0,3}$`,
      String.raw`^\W{0,3}(?:this (?:is an?|document is an?) marketing (?:communication|document)\b|marketing communication\W{0,3}$)|\bplease (?:refer to|read|consult) the (?:fund['’]s )?(?:prospectus|kiid?|key (?:investor )?information document)\b[^.!?]{0,80}\bbefore (?:making|taking) any (?:final )?investment decisions?\b`,
      // A fund house's notes: "the views expressed may no longer be current and may have already been acted upon", "Overseas investments will be
      // affected by movements in currency exchange rates.", "Investment trusts can gain or lose value more quickly than other investments".
      String.raw`\bviews expressed (?:[^.!?]{0,40} )?may no longer be current\b|\bmay have already been acted upon\b|\b(?:overseas|foreign|international) investments (?:will|may|can|could) be affected by (?:movements|changes|fluctuations) in (?:currency )?exchange rates\b|\bcan (?:gain|rise) (?:or|and) (?:lose|fall) (?:in )?value more (?:quickly|sharply) than\b`,
      // An advertiser's piece: "This article was developed in collaboration with Example, a Stockhead advertiser at the time of publishing."
      String.raw`\b(?:an?|our) (?:[\p{L}-]+ )?(?:advertiser|sponsor) at the time of (?:publishing|publication|writing)\b|\b(?:developed|written|produced|created) in (?:collaboration|partnership|association) with [^.!?]{2,60}\b(?:an?|our) (?:[\p{L}-]+ )?(?:advertiser|sponsor|client)\b`,
      String.raw`^\W{0,3}(?:trading|investing)(?: in [^.!?]{1,40})? (?:involves|carries) (?:a )?(?:substantial|significant|high) (?:degree of |level of )?risks?\b[^.!?]{0,40}\bnot (?:be )?suitable for (?:every|all) investors?\b(?![^.!?]{0,60}\b(?:said|says|told|warned|warns|according to)\b)`,
      String.raw`\b(?:we|this (?:site|website|page|table|comparison|tool)) (?:do not|does not|don['’]t|doesn['’]t) compare (?:all|every) (?:products|offers|providers?)\b`,
      String.raw`\bwas paid by (?:the company|the issuer|[\w .&'’-]{2,40}) for (?:the )?(?:production|preparation|publication|distribution) of this\b`,
      String.raw`\b(?:read|consider|review|refer to|obtain|see) (?:and consider )?(?:the |our )?(?:relevant |applicable )?(?:product disclosure statement|target market determination)\b`,
      String.raw`\bhave not been (?:reviewed|approved|endorsed) by (?:any|the) (?:bank|card issuer|issuer|advertiser)\b`,
      // Risk and advice notices of investment platforms: "… could get back less than they invest", "This article isn't personal advice", "not a reliable indicator of future income".
      String.raw`\b(?:and|so|therefore) (?:you|investors|clients) (?:could|may|might) get back less than (?:you|they) (?:invest|invested|put in|originally invested)\b|^\W{0,3}(?:capital at risk\W{1,3})?(?:you|investors|clients) (?:could|may|might) get back less than (?:you|they) (?:invest|invested|put in|originally invested)\W{0,3}$`,
      String.raw`^\W{0,3}(?:please remember (?:that )?)?(?:the )?value of (?:your |an? )?(?:investments?|shares|funds?|units|portfolios?)\b[^.!?]{0,60}\b(?:can|may|could|will) (?:go down as well as up|fall as well as rise)\b|\b(?:investments?|value|shares|funds?) (?:[\w'’-]+ ){0,3}and (?:the |any )?income from (?:them|it) (?:can|may|could) (?:go down|fall)\b`,
      String.raw`^\W{0,3}(?:(?:please )?(?:note|remember)(?: that)?[:,]? |important[:,]? |however, )?(?:the (?:information|content|material)s? (?:in|on|contained in|within|provided (?:in|on)) )?this (?:article|content|information|material|page|website)\b[^.!?]{0,30}\b(?:is not|isn['’]t|does not constitute|doesn['’]t constitute) (?:personal |financial |investment |tax )?(?:advice|a (?:personal )?recommendation)\b`,
      String.raw`\b(?:past|historic(?:al)?|previous|prior) (?:performance|returns|yields?|results|growth)\b[^.!?]{0,40}\bnot a (?:reliable|good) (?:indicator|guide) (?:of|to) future (?:results|returns|income|performance)\b|\byields? (?:are|is) variable and (?:are |is )?not a reliable (?:indicator|guide) (?:of|to) future (?:income|returns)\b`,
      // "These estimates are not a reliable indicator of future performance.", "Yields are variable and not guaranteed.",
      // "Investments rise and fall in value so investors could make a loss.", "Tax rules can change and benefits depend on personal circumstances.", "Pension and tax rules apply.", "Pension rules apply; you can't usually access your pension until age 55."
      String.raw`\b(?:estimates|forecasts|projections) (?:are|is) not a (?:reliable|good) (?:indicator|guide) (?:of|to) future (?:results|returns|income|performance)\b|^\W{0,3}(?:dividend )?yields? (?:are|is) variable and (?:are |is )?not guaranteed\b`,
      // A broker's standard risk notes: "Diversification does not ensure a profit or protect against losses.", "Indexes are unmanaged, …
      // and cannot be invested in directly.", "Small-cap stocks are subject to greater volatility than those in other asset categories."
      String.raw`\b(?:ensure|guarantee) a profit or protect against (?:a )?loss(?:es)?\b|\bdoes not protect against losses or guarantee\b|\b(?:indexes|indices) are unmanaged\b|\bcannot (?:be invested in|invest) directly(?: in an index)?\b|\bsubject to greater volatility than (?:those in )?other asset (?:categories|classes)\b`,
      String.raw`^\W{0,3}(?:all )?investments (?:can |may |will )?(?:rise and fall|go up and down|fall and rise|go down as well as up) in value\b|\btax rules (?:can|may|could) change\b[^.!?]{0,30}\b(?:benefits|treatment) depends? on (?:your |personal |individual ){1,2}circumstances\b|^\W{0,3}(?:pension|tax|isa|sipp)(?: and (?:pension|tax|isa))? rules apply(?:[.;]|\W{0,3}$)`,
      String.raw`\blegal requirements designed to promote the independence of investment research\b`,
      String.raw`\bif you['’]re (?:not sure|unsure)\b[^.!?]{0,60}\b(?:right|suitable) for you\b[^.!?]{0,15}\b(?:ask for|seek|get|take) (?:independent |professional )?(?:financial )?advice\b|\bif you['’]re (?:not sure|unsure)\b[^.!?]{0,60}\bplease (?:ask for|seek|get|take) (?:independent |professional )?(?:financial )?advice\b`,
      String.raw`^\W{0,3}(?:securities|editorial|advertising|affiliate) disclosure\s*:|^\W{0,3}financial disclosure\s*:\s*(?:i|we|the (?:author|writer)s?|this (?:article|author|writer)|none|no|neither)\b|^\W{0,3}financial disclosure\s*:[^.!?]{0,60}\b(?:has|have|holds?|owns?) (?:no|a|positions?|shares)\b`,
      String.raw`\b(?:this|the) (?:article|post|piece|content) (?:is|was) not (?:paid[- ]for|sponsored) (?:content|promotion)\b|\bdid not sponsor this (?:article|story|post)\b`,
      String.raw`\bdoes not guarantee the accuracy(?:,| or| and) (?:thoroughness|completeness|timeliness|reliability|currency)\b|\bsolely those of the (?:interviewees?|authors?|writers?)\b|\b(?:not|neither|nor)\b[^.!?]{0,60}\bassumed responsibility for any (?:financial product advice|advice|errors?|omissions?|information|content|statements?|opinions?|views?)\b`,
      String.raw`^\W{0,3}(?:trading (?:involves|carries) (?:a )?(?:high )?(?:degree of |level of )?risks?(?: of loss| to your capital)?|investing (?:involves|carries) (?:(?:a )?(?:high )?(?:degree|level) of risks?|a high risk|risks? (?:of loss|to your capital))(?: of loss| to your capital)?)\.?$`,
      String.raw`^\W{0,3}how we make money\W{0,3}$`,
      String.raw`\b(?:apy|apr|rates?) (?:is |are )?(?:accurate|correct|current) as of\b`,
      String.raw`\bregistration granted by sebi\b|\bin no way guarantee performance of the intermediary\b`,
      // Risk warnings of crypto, broker and fund ads; editorial-policy, holdings and affiliate notes.
      String.raw`^[^\p{L}\d"“”„'‘’]{0,3}(?:(?:capital at risk|crypto(?:asset)? risk warning|risk warning|warning|important)\W{1,3})?(?:don['’]t invest unless you['’]re prepared to lose all the money you invest\b|this is a high[- ]risk investment and you (?:should not|shouldn['’]t) expect to be protected\b)(?![^"“”]{0,80}["”])(?![^.!?]{0,80}\b(?:said|says|told|according to|reads|read|warns|warned|states|stated)\b)`,
      String.raw`^\W{0,3}you (?:could|can|may) lose all (?:of )?your (?:invested capital|capital|invested money|money invested)[^\p{L}\d?]{0,3}$`,
      String.raw`^\W{0,3}(?:all |mutual fund |market[- ]linked )?investments? (?:in (?:the )?(?:securities(?: market)?|mutual funds?) )?(?:are|is) subject to market risks?(?:[^\p{L}\d?]{0,3}$|,? (?:please )?read all\b|\W{1,3}read all\b)`,
      String.raw`^\W{0,3}(?:crypto[- ]?assets?|cfds?|derivatives?|crypto derivatives|leveraged products?|spread bets?) (?:are|is) (?:a )?(?:very |highly )?high[- ]risk (?:products?|investments?|assets?)[^\p{L}\d?]{0,3}$`,
      String.raw`(?<!\b(?:said|says|saying|claims?|claimed|insists?|insisted|maintains?|maintained|stated|states|argues?|argued|added|noted|notes)\b[^.!?]{0,30})(?:\bwe (?:strictly )?(?:abide|adhere)|\b(?:abides|adheres)) (?:by|to) (?:a (?:strict )?set of )?(?:strict |rigorous )?editorial (?:policies|standards|guidelines)\b(?![^.!?]{0,60}\b(?:said|says|told|according to|spokes(?:person|man|woman)|claimed|insisted)\b)`,
      String.raw`^[^\p{L}\d"“”'‘’]{0,3}(?:disclosure:? )?(?:(?:the author|the writer) (?:does not|doesn['’]t|do not|don['’]t) (?:hold|own) (?:any )?(?:positions? in |shares (?:of|in) )?(?:cryptocurrenc(?:y|ies)|crypto(?:currency)? assets|digital assets|the (?:stocks?|shares|securities|companies) mentioned)|(?:he|she|i) (?:does not|doesn['’]t|do not|don['’]t) (?:hold|own) (?:any )?(?:positions? in (?:any )?(?:cryptocurrenc(?:y|ies)|crypto(?:currency)? assets|digital assets|the (?:stocks?|shares|securities|companies) mentioned)|(?:shares (?:of|in) )?the (?:stocks?|shares|securities|companies) mentioned))\b(?![^.!?]{0,80}\b(?:said|says|told|added|according)\b)`,
      // A reporter's own holdings under a bio: "He holds BTC above the outlet's disclosure threshold of $1,000."
      String.raw`^\W{0,3}(?:he|she|the author|the writer) (?:holds?|owns?) [^.]{1,60} (?:above|below|under) [\w'’ ]{0,30}\bdisclosure threshold\b`,
      String.raw`(?:\b(?:links?|buttons?) (?:marked|labell?ed|flagged) with (?:an? )?(?:\*|asterisk)[^.!?]{0,40}\b(?:affiliate|partner|advertising|ad|commission|sponsored|referral)|\b(?:this|our) (?:article|post|page|story|content|site|website|newsletter|guide|review|list)s? (?:may )?(?:contains?|includes?|uses?) affiliate links?\b|\bwe (?:may )?(?:use|include) affiliate links?\b|\blinks? (?:on|in|within) this (?:article|post|page|story|site|website|newsletter)\b[^.!?]{0,20}\b(?:are|may be) affiliate links?\b|^\W{0,3}(?:the |some |all |certain )?(?:of the )?(?:links?|buttons?)(?: (?:above|below|marked \W{1,3}|marked with (?:an? )?\W{1,3}|in (?:this|the) (?:article|post|text)))? (?:are|is) (?:an )?affiliate links?[^\p{L}\d?]{0,3}$)(?![^.!?]{0,60}\b(?:said|says|claimed|claims|alleged|alleges|found|told|according to|ruled|admitted|admits|acknowledged|conceded)\b)`,
      String.raw`\b(?:doesn['’]t|does not|won['’]t|will not|do not) (?:affect|influence|compromise) our editorial (?:independence|coverage|content|integrity|opinions?|decisions|judg(?:e)?ment)\b(?![^.!?]{0,60}\b(?:said|says|told|according to|wrote|added|argued|argues|insisted|insists|claimed|claims|promised|pledged)\b)`,
      String.raw`\b(?:issuer|company) is solely responsible for the content of this (?:announcement|release|press release)\b`,
      // Publisher notices opening a sentence: "It is not investment advice." (not a report of such a caveat), "views … are their own and not those of …", "check with certified experts before taking any investment decisions".
      String.raw`^\W{0,3}(?:it|this(?: (?:article|content|post|summary|information|analysis|report))?|the (?:above|information|content|article|summary|analysis)) is not (?:intended (?:as|to be) |meant (?:as|to be) |to be (?:construed|taken|considered|interpreted) as )?(?:personal(?:i[sz]ed)? |professional )?(?:investment|financial|tax|legal) advice\b`,
      String.raw`\bare (?:their|his|her|the author['’]?s|the writer['’]?s) own and (?:do )?not (?:those|that|necessarily those) of\b`,
      String.raw`\b(?:check|consult|speak) with (?:a |your )?(?:certified|qualified|licensed|registered|professional) [^.!?]{0,30}\bbefore (?:taking|making) (?:any )?(?:investment|financial) decisions?\b`,
      // Publisher notices: "Nothing in this article should be considered personalized investment advice.", "is not an investment adviser", "possible loss of principal".
      String.raw`\bshould (?:not )?be (?:considered|construed|taken|regarded|read|seen|treated) (?:as )?(?:personal |personali[sz]ed |individual |professional )?(?:investment|financial) advice\b`,
      String.raw`\bis a publisher of financial information\b|\b(?:llc|inc\.?|ltd\.?|publishing|research) (?:is|are) not an? (?:registered )?investment advis[eo]r\b`,
      String.raw`\bpossible loss of (?:principal|capital)\b`,
      // Publisher notices of news and comparison sites: "This article does not contain investment advice", "readers should conduct their own research", "produced in accordance with X's Editorial Policy", "committed to independent, transparent journalism", "may influence which products we write about", "does not affect our editors' opinions", "accurate as of".
      String.raw`^\W{0,3}(?:this|the) (?:article|content|post|story|piece|page) does(?: not|n['’]t) (?:contain|constitute|represent|offer|provide) (?:any )?(?:investment|financial|trading) (?:advice|recommendations?)\b`,
      String.raw`\breaders should (?:conduct|do|carry out) their own (?:research|due diligence)\b`,
      String.raw`\bin accordance with (?:[\p{L}\d'’.-]+ ){0,3}editorial (?:policy|policies|guidelines|standards)\b`,
      String.raw`\bis committed to (?:independent|transparent|unbiased|impartial)\b[^.!?]{0,30}\bjournalism\b`,
      String.raw`^\W{0,3}(?:[\p{L}\d.'’&-]+ ){1,3}is committed to editorial (?:independence|integrity)\W{0,3}$`,
      // Notices of comparison sites: "Rates are correct at the time of writing", "Consider your own circumstances …".
      String.raw`\b(?:is|are) (?:correct|accurate) at the time of (?:writing|publication|publishing)\b`,
      String.raw`^\W{0,3}consider your own (?:personal |financial )?circumstances\b`,
      String.raw`\b(?:(?:may|might|can) influence|influences) (?:which|what) products we (?:write about|review|cover|feature)\b|\bdo(?:es)?(?: not|n['’]t) (?:affect|influence) (?:our )?(?:editors['’]?|editorial) (?:opinions?|decisions|choices|content)\b`,
      String.raw`\b(?:information|rates|data|pricing|details)\b[^.!?]{0,40}\b(?:is|are) accurate as of\b`,
      String.raw`^\W{0,3}rates are subject to change\b`,
      // Affiliate notes and opinion disclaimers: "When you purchase through links on our site, we may earn …", "Views expressed by … are their own".
      String.raw`\b(?:when|if) you (?:buy|purchase|shop|click|sign up)\b[^.!?]{0,40}\b(?:links?|retailers?) on (?:our|this) (?:site|website|page)\b`,
      // "Example may earn an affiliate commission from purchases made through links on this page.",
      // "Reviews and recommendations are unbiased and products are independently selected."
      String.raw`\b(?:may|might|could) (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commissions? (?:from|on) (?:purchases|sales|anything)\b[^.!?]{0,40}\blinks?\b|^\W{0,3}(?:our )?reviews and recommendations are (?:unbiased|independent)\b`,
      // A comparison site's referral-fee note: "Example may earn a fee for referrals from its website tables, …", "Fees payable by providers
      // for referrals, sponsorship or promotion may vary …", "Sponsored or promoted products are clearly labelled."
      String.raw`\b(?:may|might|could) (?:earn|receive|be paid) (?:a )?fees? for referrals\b|\bfees payable by (?:product )?(?:providers|lenders|issuers) for referrals\b|^\W{0,3}sponsored (?:or|and) promoted products are clearly (?:labell?ed|marked|identified)\b`,
      // …and what it does not do: "See How We Get Paid for more information.", "The following plans are from our referral partners.",
      // "Example does not compare all plans in the market."
      String.raw`^\W{0,3}see how we (?:get paid|make money|earn money)\b|\b(?:are|is) from our (?:referral|commercial|affiliate) partners\b|\bdoes not compare all (?:plans|products|providers|offers|policies|cards|accounts|lenders)(?: (?:in|on) the market| available(?: to you)?)?\W{0,3}$`,
      // A blog's note on payment and its examples: "Example doesn't receive payment from fund providers for featuring them …", "The Example 100
      // ETF mentioned in this post is a fictional example used for illustration only."; a funded beat's: "Jane Roe's reporting on agriculture is
      // supported in part by the Example Farm Journalism Fund.", "The Example Herald retains full editorial control over its content."
      String.raw`\b(?:does not|doesn['’]t|do not|don['’]t) receive (?:any )?payment from [^.!?]{0,40}\bfor (?:featuring|mentioning|including|reviewing)\b|\bused for illustrat(?:ion|ive purposes) only\b|\breporting on [\p{L} -]{2,40} is ${FUNDED} (?:in part )?by\b|\bretains? (?:full|complete|sole) editorial (?:control|independence)\b`,
      // A funded story's own note: "This story was produced with support from the Example Journalism Fund.", "The funder had no editorial input."
      String.raw`\b(?:this|our) (?:story|article|reporting|series|coverage) (?:was|is) (?:produced|${FUNDED}) (?:in part )?(?:with (?:the )?(?:support|funding|a grant) (?:from|of)|(?:through|by) a grant from)\b|\b(?:funders?|sponsors?|donors?) (?:had|has|have) no editorial (?:input|say|control|influence|role)\b`,
      // "The views expressed here are the author's own.", "Opinions expressed are those of the author."
      String.raw`\b(?:views|opinions) expressed (?:(?:by|in|here|herein|above)\b[^.!?]{0,60} )?are (?:(?:their|his|her|my|our|solely|the author['’]?s?|the writer['’]s) own|(?:solely )?those of the (?:author|writer|columnist)s?)\b`,
      // A note that the story was machine-translated: "… use automatic translation tools such as DeepL to translate …", "This article was translated automatically.", "This article was translated and adapted from the French original …".
      String.raw`\b(?:automatic|automated|machine) translation tools?\b|\b(?:translated|translation) (?:automatically|by machine|(?:with|using) (?:deepl|google translate))\b|\bautomatically translated (?:news|articles?|stories|content)\b|^\W{0,3}this (?:article|story|report|text) (?:was|has been|is)(?: [\p{L}]+ and)? translated\b`,
    ],
  },
  legal: {
    patterns: [
      // A US fund house's and broker's disclosures: "Views expressed are as of the date indicated …", "Investing involves risk, including
      // risk of loss.", "All investing is subject to risk.", "Diversification and asset allocation do not ensure a profit or guarantee against loss.", "You could lose money by
      // investing in a money market fund.", "… is not insured or guaranteed by the Federal Deposit Insurance Corporation …",
      // "… does not assume any duty to update …", "the opinions provided are those of the speaker or author", "Member NYSE, SIPC".
      String.raw`^\W{0,3}views expressed are as of the date indicated\b|^\W{0,3}(?:all )?investing (?:involves|is subject to) risks?(?:, including (?:the )?(?:possible )?(?:risk of )?loss\b|\W{0,3}$)|\bdo(?:es)? not ensure a profit or (?:guarantee|protect) against (?:a )?loss\b`,
      // "Investments in bonds are subject to interest rate, credit, and inflation risk."
      String.raw`^\W{0,3}investments in (?:bonds?|bond funds|stocks|foreign|international|emerging)[^.]{0,60} (?:are|is) subject to (?:interest rate|credit|inflation|market|currency|political)\b`,
      String.raw`\byou could lose money by investing in (?:a|the) money market fund\b|\bis not insured or guaranteed by the federal deposit insurance corporation\b|\bseeks to preserve the value of your investment at \$1(?:\.00)? per share\b`,
      // "Data contained herein from third-party providers is obtained from what are considered reliable sources.", "… from sources believed to be reliable".
      String.raw`\bobtained from (?:what are )?(?:considered|believed to be|deemed) reliable sources\b|\bfrom sources (?:we )?(?:believe|believed|considered|deemed) to be reliable\b`,
      // "… but we cannot guarantee that it is complete or accurate.", "We do not guarantee the accuracy or completeness of …".
      String.raw`\bwe (?:cannot|can ?not|can['’]t|do not|don['’]t) guarantee (?:that (?:it|this|the information|the content|the data) (?:is|are) |its |the |their )?(?:accura(?:te|cy)|complete(?:ness)?)\b`,
      String.raw`\bdoes not assume any duty to update\b|\bthe opinions provided are those of the (?:speaker|author)\b|\bmember (?:nyse|finra),? (?:finra,? )?sipc\b|\bthe bond market is volatile,? and fixed income securities carry\b`,
      // "It should not be construed as research or investment advice …", "… does not … take into account the particular financial conditions …", "Before acting on this material, …".
      String.raw`^\W{0,3}it should not be (?:construed|considered|taken|relied (?:up)?on) as (?:research|(?:investment|financial) advice)\b|\btake into account the (?:particular|specific|individual) (?:financial (?:conditions|situation|circumstances)|investment objectives)\b|^\W{0,3}before acting on (?:this|the|any) (?:material|information|content)\b`,
      // A broker's research disclaimer: "No representation or warranty is given as to the accuracy or completeness of this information.", "We make no representations, warranties or guarantees …",
      // "Consequently any person acting on it does so entirely at their own risk.", "… accepts no responsibility for any use that may be made
      // of these comments …", "Any research provided does not have regard to the specific investment objectives, financial situation and needs …",
      // "This information has been prepared by Example, a trading name of …", "*Best Trading Platform as awarded at the Example Awards 2026."
      String.raw`\bno representation or warranty is given as to the accuracy or completeness\b|\b(?:we )?(?:make|makes|give|gives) no representations?(?:,| or| and) (?:warranties|warranty|guarantees?)\b|\bany person acting on (?:it|this information) does so (?:entirely )?at (?:their|his or her) own risk\b|\baccepts? no responsibility for any use (?:that may be made )?of these comments\b|\bdoes not have regard to the specific investment objectives\b`,
      String.raw`\bthis information has been prepared by [^.!?]{1,40}, a trading name of\b|^\W{0,3}\*[^.!?]{1,60}\bas awarded (?:at|by) the\b`,
      // A UK paper's regulator notice (IPSO) and its owner's registration: "This website and associated newspapers adhere to the
      // Independent Press Standards Organisation's Editors' Code of Practice.", "Example is a member of the Independent Press Standards
      // Organisation and abides by its Editors' Code of Practice.", "If you have a complaint about the editorial content …", "If you
      // wish to complain about inaccuracy or intrusion in our editorial content, …", "… | Registered in England & Wales | 01676637 |".
      String.raw`\b(?:adheres?|abides?) (?:to|by) (?:the independent press standards organisation['’]s|its editors['’] code of practice)\b|\bmember of the independent press standards organisation\b|\bfollows? (?:the )?editors['’] code of practice\b|\bif you (?:have a complaint|wish to complain|want to complain) about\b[^.!?]{0,60}\beditorial content\b|\bregistered in england (?:&|and) wales\b`,
      // A publisher's terms and its paid-coverage note: "You understand and agree that no content published on the Site constitutes …",
      // "The Company is a publisher.", "No investment advice" (a box's title), "In exchange for publishing services rendered by the Company …".
      String.raw`^\W{0,3}you (?:further )?understand and agree that\b|^\W{0,3}the company is a publisher\W{0,3}$|^\W{0,3}no investment advice\W{0,3}$|\bin exchange for publishing services rendered\b`,
      // A broker's footnote: "*Tax treatment depends on individual circumstances and can change …".
      String.raw`\btax treatment depends on (?:your |the )?individual circumstances\b`,
      // A publisher's sign-up note (the Reach set): "We use your sign-up to provide content in ways you've consented to …",
      // "This may include adverts from us and 3rd parties based on our understanding."
      String.raw`\bwe use your sign-?up to provide content in ways you['’]ve consented to\b|\bthis may include adverts from us and 3rd parties based on our understanding\b`,
      // A trade site's note: "This article is intended for financial professionals only and should not be relied upon by retail investors."
      String.raw`\bthis (?:article|content|page|material|website|site|information|communication) (?:is |has been )?(?:intended|designed|aimed) (?:for|at) (?:financial |investment )?(?:professionals|professional (?:investors|advisers|advisors|clients)|advisers) only\b|\bshould not be relied (?:up)?on by retail (?:investors|clients)\b`,
      // A fund house's label on its articles: "Marketing material for professional clients only.", "For professional investors only."
      String.raw`^\W{0,3}(?:marketing (?:material|communication|document) )?for (?:professional|institutional|qualified) (?:clients|investors|advisers|advisors)(?: and (?:advisers|advisors|intermediaries))? only\W{0,3}$`,
      // Australia's mandated comparison-rate warning: "WARNING: This comparison rate is true only for the examples given …",
      // "*The comparison rate for all home loans … is based on secured credit of $150,000 and a term of 25 years.",
      // "Different terms, fees or other loan amounts might result in a different comparison rate."
      String.raw`\bthis comparison rate is (?:true|correct|applicable) only for the examples? given\b|^\W{0,3}the comparison rates? (?:for|displayed|shown|is|are)\b[^.!?]{0,120}\bbased on (?:an? )?(?:secured |unsecured )?(?:credit|loan|amount) of\b|\bmight result in a different comparison rate\b`,
      // A structured product's prospectus notes: "The approval of the base prospectus … should not be understood as an endorsement …",
      // "You are about to purchase a product that is not simple and may be difficult to understand."
      String.raw`\bapproval of the (?:base )?prospectus\b[^.!?]{0,60}\bshould not be (?:understood|considered|construed) as an endorsement\b|\byou are about to (?:purchase|buy) a product that is not simple and may be difficult to understand\b`,
      // A site for professionals only: "This website is intended for professional investors only."
      String.raw`\bthis (?:website|site|page|content|material|communication) is (?:intended |meant )?(?:solely |only |exclusively )?for (?:professional|institutional|qualified) (?:investors|clients)\b`,
      // "No part of this website may be reproduced or republished in any form without prior written permission."
      String.raw`\bno part of this (?:website|site|publication|article|page|content|material|newsletter)\b[^.!?]{0,30}\bmay be (?:reproduced|republished|copied|redistributed|transmitted)\b`,
      // "Reproduction without permission is prohibited.", "Republication or redistribution … is expressly prohibited",
      // "Any reproduction of X content, in whole or in part, is subject to prior authorisation.", "Reproduction of content from this website must cite the source …".
      String.raw`\b(?:reproduction|republication|redistribution|reprinting)\b[^.!?]{0,60}\b(?:without (?:(?:the )?(?:prior )?(?:written )?(?:permission|consent))|is (?:strictly |expressly )?prohibited|is subject to (?:the )?(?:prior |express )?(?:written )?(?:authori[sz]ation|permission|consent|approval)|must (?:cite|credit|acknowledge|name) (?:the )?source)\b`,
      String.raw`\bforward-looking statements?\b`,
      // A comment section's moderation notice: "Comments are the opinions of readers and do not reflect the views of X.", "Readers' comments do not reflect the opinion of the editorial team.",
      // "X reserves the right to remove comments that are defamatory …", "Comments that are abusive … will be removed.", "Comments containing insults … will not be published.", "Remarks containing abusive … language … will be removed …",
      // "Comments are published after moderation.", "The editorial board does not take responsibility for the content of readers' comments …"
      String.raw`\bcomments (?:are|represent|reflect) (?:the |solely the )?(?:opinions?|views?) of (?:the |their )?(?:readers|authors?|commenters?|users)\b|\bcomments (?:that (?:are|contain|include)|containing|with) [^.!?]{2,80}\bwill (?:be (?:removed|deleted|rejected)|not be (?:published|posted|approved))\b|\b(?:remarks|posts) containing (?:abusive|obscene|offensive|defamatory|racist|vulgar|hateful)\b|\breserves? the right to (?:remove|delete|edit|moderate|reject|block) (?:any )?(?:comments|posts|contributions)\b|\bcomments (?:do not|don['’]t) (?:necessarily )?reflect the (?:opinions?|views?|position) of\b|\bcomments (?:are|will be) (?:pre-?)?moderated\b[^.!?]{0,60}\b(?:edited|removed|deleted|rejected)\b|^\W{0,3}comments (?:are|will be) (?:published|posted|visible|approved) (?:only )?after (?:moderation|approval|review)\b|\b(?:does|do) not (?:take|bear|accept|assume) (?:any )?responsibility for (?:the content of )?(?:readers['’]? |users['’]? |user )?comments\b`,
      // A reader poll's small print: "This poll is not scientific."
      String.raw`^\W{0,3}(?:this|the) (?:poll|survey) is (?:not |non-?)scientific\b|^\W{0,3}(?:poll )?results are not scientific\b`,
      String.raw`\bsafe harbor\b`,
      String.raw`[®™][^.]{0,80}\b(?:is a|are) (?:registered )?trademarks? of\b|\bis a (?:registered )?trademark of [^.]{1,80}(?:,? registered in|and/or its|used under licen[cs]e|in the (?:u\.s\.|united states) and)`,
      String.raw`(?:^|[.!?]\s+)(?:all |the )?(?:information|content|rates?|prices?|fees|offers?|terms|data|opinions|expressions of opinion|figures|availability)[^.]{0,60}\b(?:are|is|may be) subject to change without notice\b`,
      // Originally published elsewhere: "Appeared in the November 21, 2026, print edition as '…'", "This
      // article appeared in the December 2026 issue of Example Magazine.", "A version of this article appears in print on November 23, 2026, …",
      // "This article appears in the December 2026 print edition of Example Review under the headline …"
      String.raw`^\W{0,3}(?:(?:a version of )?this (?:article|story|piece|interview) (?:first |originally )?)?(?:appeared|appears) in (?:the )?[\w ,.'’&/-]{0,60}\b(?:issue|edition)\b|^\W{0,3}a version of this (?:article|story|piece) (?:appears|appeared) in (?:the )?print\b`,
      String.raw`^\W{0,3}from the print edition\b`,
      // "Published in The Example Tribune, November 23rd, 2026."
      String.raw`^\W{0,3}published in (?:the )?[\p{L}.'’& -]{2,40}, (?:\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? \p{L}+),? \d{4}\W{0,3}$`,
      String.raw`\bshall not constitute\b`,
      String.raw`\bsolicitation of (?:an|any) offer\b`,
      String.raw`\brisks? and uncertainties\b`,
      String.raw`\b(?:terms|conditions) apply\b`,
      String.raw`\bprivacy policy\b`,
      // A sign-up's consent note: "… treated to special offers, promotions and adverts from us and our partners."
      String.raw`\b(?:offers|promotions|adverts|advertising|marketing) from us and (?:our|selected) (?:partners|third parties)\b`,
      String.raw`\bterms (?:of (?:use|service)|and conditions)\b`,
      String.raw`\beditorial standards\b`,
      String.raw`^\W{0,3}our (?:editorial )?standards\b`,
      String.raw`\b(?:originally|first) (?:published|appeared) (?:on|by|in|at)\b`,
      String.raw`\bwas originally published\b`,
      String.raw`\bt&cs?\b`,
      // Fine print of an offer.
      String.raw`\bmust be (?:at least )?(?:1[89]|2[01]) (?:years|yrs)\b`,
      String.raw`\b(?:one|limit(?: of)? one) (?:offer )?per (?:customer|household|account|person|line|eligible)\b`,
      // Feed footers: "The post … appeared first on …".
      String.raw`^\W{0,3}the post\s.{1,250}?\bappeared first on\b`,
      String.raw`^\W{0,3}view original content\b`,
      String.raw`\b(?:contains?|constitutes?|includes?|regarding|concerning|or) (?:certain )?["“'‘]?forward-looking information\b|\bforward-looking information\b[^.!?]{0,60}\b(?:within the meaning|under applicable|(?:canadian |applicable )?securities (?:laws|legislation))\b|^\W{0,3}(?:cautionary (?:note|statement)s? (?:regarding|concerning|on|about|with respect to) )?forward-looking information\W{0,3}$`,
      // Distribution restrictions of capital-market announcements.
      String.raw`\bnot for (?:release|publication|distribution)(?:,| or)(?:,? (?:release|publication|distribution|dissemination|forwarding|transmission|in|into|within|to|from|or|and|whole|part|directly|indirectly|the|of)\b){0,24},? (?:united states|u\.s\.|canada|australia|japan)(?=(?: of america)?(?:\W{0,3}$|,| or\b| and\b| nor\b| \(|;))(?!.{0,250}\b(?:said|says|told|according to|reported)\b)`,
      String.raw`\bsee the important (?:notice|information) at the end of this (?:announcement|release|press release)\b`,
      // The legends of a Canadian release: "Not for distribution to United States newswire services …", "The securities offered have not been, and will not be,
      // registered under the United States Securities Act of 1933 …" (not a report of what someone said about them).
      String.raw`\bnot for (?:distribution|dissemination) to (?:the )?(?:united states|u\.s\.) (?:news ?wire|newswire) services\b|\bha(?:ve|s) not been(?:,? and will not be,?)? registered under the (?:united states |u\.s\. )?securities act\b(?!.{0,250}\b(?:said|says|told|according to|reported)\b)`,
      // A wire service's rights line: "This material may not be published, broadcast, rewritten or redistributed without permission."
      String.raw`\bthis (?:material|content|article|story) may not be (?:re)?(?:published|broadcast|reproduced|copied|distributed)\b`,
      // A news agency's reuse and advertising rules: "… hyperlinks not lower than the first paragraph to … are obligatory",
      // "Any use of materials is permitted only with a hyperlink to …", "Materials marked as "Advertisement" or "PR" are published …",
      // "The editorial board is not responsible for the content of advertising materials."
      String.raw`\bhyperlinks?\b(?:[^.!?]|\.(?=\S)){0,80}\b(?:is|are) (?:obligatory|mandatory|required)\b|\b(?:only|solely) with (?:a|an active|a direct) hyperlink to\b|\bmaterials marked (?:as|with) ["“]?(?:advertisement|advertising|pr|sponsored|promo)\b|\bis not responsible for the content of (?:the )?(?:advertising|advertisements|ads)\b`,
      // A gambling ad's responsible-gambling notice, as a line of its own: "18+ | Gambling can be addictive.", "Please play responsibly.", "BeGambleAware.org".
      String.raw`^\W{0,3}(?:18\+ ?[|·•:–-]? ?)?(?:gambling|gaming|betting) can be addictive\W{0,3}$|^\W{0,3}(?:please )?(?:play|gamble|bet) responsibly\W{0,3}$|\bbegambleaware\b|^\W{0,3}when the fun stops,? stop\W{0,3}$`,
      // A news site's media registration (common in the CIS): "Certificate of registration of mass media No. 0987, issued by …".
      String.raw`\bcertificate of (?:state )?registration (?:of|as) (?:an? )?(?:mass )?media\b|\bmass media registration certificate\b`,
      // An Australian financial site's licence note: "Example Pty Ltd ABN 21 114 000 917 holds an Australian Financial Services Licence …",
      // "Australian Credit Licence No. 400123".
      String.raw`\bholds? an? australian (?:financial services|credit) licen[cs]e\b|\baustralian (?:financial services|credit) licen[cs]e (?:no\.?|number) ?\d`,
      // A comparison site's note on what it is: "Example is an information provider and in giving you product information Example is not making
      // any suggestion or recommendation about a particular product.", "If you decide to apply for a product, you will deal directly with a
      // financial institution, not with Example."
      String.raw`\bnot making any (?:suggestion|recommendation)s?(?: or (?:suggestion|recommendation)s?)? (?:about|regarding|on|as to) (?:a|any) particular (?:product|provider|lender)s?\b|\bif you (?:decide to )?apply for (?:a|any|the) (?:product|card|loan|account|policy)s?,? you (?:will|would) (?:deal|be dealing) directly with\b`,
    ],
  },
  'ai-note': {
    patterns: [
      // "This audio is generated by an AI tool."
      String.raw`\bthis audio (?:is|was) (?:generated|produced|created|read) (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)\b`,
      // An audio player's note on its synthetic voice: "This is an AI-generated voice.", "Check the transcript for accuracy."
      String.raw`^\W{0,3}this is an? (?:ai|computer)[- ]generated (?:voice|narration|reading)\W{0,3}$|^\W{0,3}check the transcript for accuracy\W{0,3}$`,
      // …or with its help: "These key points were generated with AI assistance and reviewed by a journalist.", "… were drafted with help from artificial intelligence …".
      String.raw`\b(?:generated|produced|written|created|drafted) (?:partially |in part )?(?:(?:with (?:the )?(?:support|help|assistance) (?:of|from)|using|by) (?:ai|artificial intelligence)\b(?! (?:researchers|experts|companies|firms|developers|scientists)\b)|with (?:ai|artificial intelligence) (?:assistance|support|help)\b)`,
      String.raw`\bwith the help of ai tools\b`,
      // "Summary is AI-generated, newsroom-reviewed." under a key-points box.
      String.raw`^\W{0,3}(?:this |the )?(?:summary|key points|highlights) (?:is|are|was|were) (?:ai-|ai |artificial intelligence[ -])generated\b`,
      // The label of such a box: "AI-assisted summary", "AI-generated key points".
      String.raw`^\W{0,3}(?:ai|artificial intelligence)[- ](?:assisted|generated|powered) (?:summary|key points|highlights|takeaways)\W{0,3}$`,
      String.raw`\breviewed (?:and published )?by (?:an?|our|the) (?:editor|editors|editorial)\b`,
    ],
  },
  copyright: {
    patterns: [
      String.raw`©`,
      String.raw`\(c\) ?\d{4}`,
      String.raw`^\W{0,3}\(c\) \p{L}[\p{L}.'’-]*(?: [\p{L}.&'’-]+){0,3}\W{0,3}$`,
      String.raw`\bcopyright\b`,
      String.raw`\ball rights reserved\b`,
      // A licence: "This article is licensed under a Creative Commons Attribution 4.0 licence", "(CC BY 4.0)" (language-neutral).
      String.raw`\b(?:licen[cs]ed|published|distributed|released|made available) under (?:a |the )?creative commons\b|^\W{0,3}republish this (?:article|story) under\b|\(cc[ -]by(?:[ -](?:sa|nd|nc))*(?: \d\.\d)?\)`,
    ],
  },
  'chrome-nav': {
    patterns: [
      // A quote widget's state: "Market closed.", "Quote data delayed."
      String.raw`^\W{0,3}(?:market (?:closed|open)|(?:quote |price )?data (?:is )?delayed)\W{0,3}$`,
      // A share prompt: "Please credit and share this article with others using this link: …".
      String.raw`^\W{0,3}please (?:credit and )?share this (?:article|story) with others\b`,
      // The reader's log-in status: "You are logged in as: Subscriber", "Logged in as Jane Roe".
      String.raw`^\W{0,3}(?:(?:you are|you're) )?(?:logged|signed) in as\b`,
      // A gallery's, a bookmark's and a topic's buttons: "Open this photo in gallery:", "Please log in to bookmark this story.", "Add Topic".
      String.raw`^\W{0,3}(?:open|view) (?:this )?(?:photo|image|picture) in (?:the )?gallery\W{0,3}$|\b(?:log|sign) in to (?:bookmark|save) (?:this )?(?:story|article)\b|^\W{0,3}(?:add|follow) (?:this )?topic\W{0,3}$`,
      // A print edition's headline and a comment thread's title over the article's headline: "Print Headline: …", "Comments on: …".
      String.raw`^\W{0,3}(?:print headline|comments on)\s*:\s*\S`,
      // An audio player's prompt: "Only have a minute?", "Listen instead".
      String.raw`^\W{0,3}only have a minute\?\W{0,3}$|^\W{0,3}listen instead\W{0,3}$`,
      // A player's fallback text: "Your browser does not support the <audio> element.", "Your browser does not support HTML5 video."
      String.raw`^\W{0,3}your browser does not support (?:the )?(?:<?(?:audio|video|iframe)>? (?:element|tag)|html5 (?:audio|video)|(?:audio|video|iframes)\b)`,
      // A video player's buttons and labels, alone on their line: "Close this video player", "Play video", "Unmute", "The video will start in 8", "Now Playing".
      String.raw`^\W{0,3}(?:now playing|close (?:this )?(?:video(?: player)?|player)|(?:play|replay|pause) (?:this )?video|(?:mute|unmute)(?: video)?|(?:the )?video will (?:start|play|begin) in \d{1,2}(?: seconds)?)\W{0,3}$`,
      // A comment box's link: "Read the rules here".
      String.raw`^\W{0,3}read (?:the|our) (?:comment(?:ing)? |community )?rules(?: here)?\W{0,3}$`,
      // A comment section's purpose and whose views it holds: "We want the comments section to be a lively place where readers can debate …", "We want our comments to be a lively and valuable part of our community …",
      // "Views expressed in the comments section are those of the readers and not of Example Ltd."
      String.raw`\bwe want (?:the|our) comments?(?: sections?)? to be a (?:lively|safe|civil|respectful)\b|\bviews expressed in the comments? (?:section )?are (?:those )?of the (?:readers|commenters|authors)\b`,
      // A sign-up form's error and a comment box's rules (the Newsquest set): "Invalid email", "Comments: Our rules",
      // "Please read our rules before commenting.",
      // "Our comment sections are here for readers to discuss …", "Commenting is a privilege …"
      String.raw`^\W{0,3}invalid email(?: address)?\W{0,3}$|^\W{0,3}comments\s*:\s*our rules\W{0,3}$|\bthe ability to comment on our stories is a privilege\b|\bcommenting is a privilege\b|^\W{0,3}our comment sections? (?:is|are) (?:here )?for readers\b|^\W{0,3}please (?:report any comments that break|read) our rules\b`,
      // A product card's link: "More details", "View details".
      String.raw`^\W{0,3}(?:more|view|see|show) details\W{0,3}$`,
      // A photo gallery's counter and button: "1 of 4", "View gallery"; a comment community's welcome and rules; "Report an editorial error";
      // "Authors and topics you follow will be added to your personal news feed in Following."
      String.raw`^\W{0,3}\d{1,3} of \d{1,3}\W{0,3}$|^\W{0,3}view (?:the )?(?:photo )?gallery\W{0,3}$|\bwelcome to [^.!?]{2,40}['’]s? comment community\b|\bnon-subscribers can read (?:and sort )?comments\b|^\W{0,3}report an (?:editorial )?(?:error|typo)\W{0,3}$|\byou follow will be added to your (?:personal )?(?:news )?feed\b`,
      // A news site's e-mail alert box (the BLOX set): "Get email notifications on … daily!", "Your notification has been saved.",
      // "There was a problem saving your notification.", "Email notifications are only sent once a day, …".
      String.raw`^\W{0,3}(?:get|receive) (?:email|e-mail) (?:notifications|alerts) (?:on|about|for)\b[^.!?]{0,40}\bdaily\W{0,3}$|^\W{0,3}(?:your notification has been saved|there was a problem saving your notification)\W{0,3}$|^\W{0,3}(?:email|e-mail) notifications are (?:only )?sent once a day\b`,
      // A news site's comment rules (the BLOX set): "Keep it Clean.", "Be Nice. No racism, sexism or any sort of -ism …", "Use the 'Report' link on each comment …";
      // a line of such rules alone: "Keep it civil.", "Start a dialogue, stay on topic and be civil.";
      // and its editors' note on the page: "You have permission to edit this article."
      String.raw`^\W{0,3}(?:don['’]t threaten|be truthful|be nice|be proactive|share with us)\.?$|^\W{0,3}(?:${COMMENT_RULE}(?:,? and |, |\. )){0,3}${COMMENT_RULE}\.?$|\bno racism, sexism or any sort of -?ism\b|\buse the ["“'‘]report["”'’] link on each comment\b|^\W{0,3}you have permission to edit this (?:article|story|page)\W{0,3}$`,
      // …its welcome and the rules' small print: "Welcome to the discussion.", "Please avoid obscene, vulgar, lewd, racist or
      // sexually-oriented language.", "PLEASE TURN OFF YOUR CAPS LOCK."
      String.raw`^\W{0,3}welcome to the discussion\W{0,3}$|\bplease avoid obscene, vulgar\b|^\W{0,3}please turn off your caps lock\W{0,3}$`,
      // A link to the site's forum: "Discuss this story on the Example Forum".
      String.raw`^\W{0,3}discuss this (?:story|article|post) (?:on|in) (?:the|our) (?:[\p{L}&'’-]+ ){0,3}forums?\W{0,3}$`,
      // A newsletter's link to its web version: "View this email in your browser", "Having trouble viewing this email?".
      String.raw`^\W{0,3}(?:(?:view|read|open) (?:this (?:email|e-mail|newsletter|message)|it) (?:in|on) (?:your|a|the) (?:web )?browser|having (?:trouble|problems) (?:viewing|reading) this (?:email|e-mail|newsletter|message)\??)\W{0,3}$`,
      // An article's badge alone on its line above the headline: "Exclusive", "Subscriber only".
      String.raw`^\W{0,3}(?:exclusive|subscribers?[- ](?:only|exclusive))\W{0,3}$`,
      // An icon's text alternative swept in as a word: "Camera Icon", "Play icon".
      String.raw`^\W{0,3}(?:camera|play|video|close|search|menu|share|gallery|expand|print|email|comments?) icon\W{0,3}$`,
      // A bookmark button: "Save for later", "Save article", "Add to reading list".
      String.raw`^\W{0,3}(?:save (?:for later|(?:this )?article|(?:this )?story|to (?:my )?(?:reading )?list)|add to (?:my )?(?:reading list|saved (?:articles|stories)))\W{0,3}$`,
      // The link home behind the site's name: "The Guardian - Back to homepage", "Example News - back to home".
      String.raw`\s[-–—|]\s*back to (?:the )?home(?:page)?\W{0,3}$`,
      // An ad slot's feedback link: "Report This Ad", "Report ad".
      String.raw`^\W{0,3}report (?:this )?ad\W{0,3}$`,
      // A footer's bar of links: "Contact Example | Privacy | Terms", "About us · Careers · Advertise".
      String.raw`^\W{0,3}${FOOTER_LINK}(?:\s*[|•·]\s*${FOOTER_LINK}){1,8}\W{0,3}$`,
      // A language switch (language-neutral: every pack's cues apply to every article): "EN | DE", "de / en / fr".
      String.raw`^\W{0,3}(?:en|de|fr|es|it|nl|pl)(?:\s*[|/·•]\s*(?:en|de|fr|es|it|nl|pl)){1,6}\W{0,3}$`,
      // A cookie banner's buttons: "Accept all Reject all Customise", "Accept all cookies | Reject all".
      String.raw`^\W{0,3}accept all(?: cookies)?\W{1,3}reject all\b`,
      // A line of web slugs, a picture's file name and title written out: "earnings-and-revenue-growth earnings-and-revenue-growth"
      // (two or more: one alone may be a hyphenated compound, „Full-Service-Leasing“).
      String.raw`^\s*[a-z\d]+(?:-[a-z\d]+){2,}(?:\s+[a-z\d]+(?:-[a-z\d]+){2,})+\s*$`,
      // A breadcrumb set with bars from its first item: "Home | Coal | News", "News | Chilled & Frozen", "Startseite | Wirtschaft".
      String.raw`^\W{0,3}(?:home|news|startseite|nachrichten)\s*\|\s*[^|.!?\d]{1,40}(?:\|\s*[^|.!?\d]{1,40}){0,4}$`,
      // A comment section's top comment: "Top comment by voltcamper", "Liked by 34 people".
      String.raw`^\W{0,3}(?:top|best|featured|most liked|highlighted) comments?(?: (?:by|from) \S+)?\W{0,3}$|^\W{0,3}liked by \d[\d,.]* (?:people|readers|users|members)\W{0,3}$`,
      // A registration wall: "Register to read 3 free articles a month", "Already have an account?".
      String.raw`\bregister to (?:read|continue reading|unlock)\b|^\W{0,3}register to (?:continue|keep reading)\W{0,3}$|^\W{0,3}why register\?\W{0,3}$|^\W{0,3}registration is (?:free|quick)\b|^\W{0,3}already (?:have an account|registered|a (?:subscriber|member))\?`,
      // The head of the reader comments: "Comments (37)", "2 Comments", "No Comments", "Reader comments", "Load more comments".
      String.raw`^\W{0,3}(?:\d+ |no )?(?:reader |user )?comments(?:\s*\(\d+\)|:?\s*\d+)?\W{0,3}$|^\W{0,3}(?:load|show|view) (?:more|all) comments\W{0,3}$`,
      // The reading time alone on a line (language-neutral): "(4 min)", "5 min".
      READING_TIME,
      // A template's placeholder left unfilled (in every language): "{{description}}".
      TEMPLATE_PLACEHOLDER,
      // Article tools: "Email this article", "Print this story", "Kindly share this story:".
      String.raw`^\W{0,3}(?:(?:kindly|please) )?(?:email|e-mail|print|share|save) this (?:article|story|page|post|news)\W{0,3}$`,
      // A gallery link: "Photo gallery (8 photos)".
      String.raw`^\W{0,3}(?:photo |image )?gallery(?: \(\d+ (?:photos|images|pictures)\))?\W{0,3}$`,
      // A bar of share buttons: "Share on LinkedIn | Share on X | Email".
      // Also without separators when every button names itself: "Share on LinkedIn Share on X Share via Email".
      String.raw`^\W{0,3}share (?:to|on|via) [\w.]+(?:\s*[|·•/]\s*(?:share (?:to|on|via) )?[\w.]+|\s+share (?:to|on|via) [\w.]+){1,6}(?:\s+email this)?\W{0,3}$`,
      // The bar's label alone on its line: "Share on:".
      String.raw`^\W{0,3}share (?:on|via)\s?:\W{0,3}$`,
      // A quote page's tab or kicker: "HRDX Stock News", "Acme share price" (not a subheading "Dividend and share price").
      String.raw`^\W{0,3}(?![\p{L}.&-]+ (?:and|or|&) )[\p{L}.&-]+(?: [\p{L}.&-]+)? (?:stock|shares?) (?:news|quote|price|forecast|analysis|overview)\W{0,3}$`,
      // A closed comment section: "Comments are closed.", "Comments have been disabled for this article.", "Comments are not available on this story."
      String.raw`^\W{0,3}comments (?:are|have been) (?:now )?(?:closed|disabled|turned off|not available (?:on|for) this (?:story|article|post|page))\b`,
      // A feature behind a log-in: "You need to sign in to use this feature.", "You must be logged in to comment."
      String.raw`^\W{0,3}you (?:need to|must|have to) (?:(?:sign|log) in|be (?:signed|logged) in) to\b`,
      // …and the comment box's call to register: "If you are not already registered, please register to comment.", "Please log in or register to join the discussion."
      String.raw`\bplease (?:register|sign in|log in|sign up)(?: or (?:register|sign in|log in|sign up))? to (?:comment|post a comment|join the (?:conversation|discussion))\b`,
      // A comment policy: "Our Comment Policy: We welcome your comments below.", "… abusive, defamatory or off-topic comments are not, and they will be removed."
      String.raw`^\W{0,3}our comment(?:ing)? policy\b|\b(?:abusive|defamatory|offensive|off-topic)\b[^.!?]{0,40}\bcomments\b[^.!?]{0,30}\bwill be (?:removed|deleted)\b`,
      // A comment form's note and box: "Required fields are marked *", "Save my name, email, and website in this browser for the next time I comment."
      String.raw`\brequired fields are marked\b|^\W{0,3}save my name, email,? and website in this browser\b`,
      // A form's validation message, alone on its line: "Please fill out this field.", "This field is required.", "Please enter a valid email address."
      String.raw`^\W{0,3}(?:please (?:fill (?:out|in) this field|enter a valid (?:e-?mail(?: address)?|zip code|postcode|phone number))|this field is required)\W{0,3}$`,
      // Consent buttons, in a row or alone: "Accept all | Reject all | Manage preferences", "Accept", "Agree and continue".
      String.raw`^\W{0,3}(?:${CONSENT_CHOICE}|i agree|allow all|(?:agree|accept) and (?:continue|close))(?:(?:\s*[|•·/]\s*|\s+)(?:${CONSENT_CHOICE}|manage (?:preferences|settings|options|cookies)|settings|preferences|more options|details|learn more)){0,4}\W{0,3}$`,
      // Comment-section rules: "Comments are subject to our community guidelines", "Please read our commenting policy", "look through our FAQs before posting".
      // "Conversations are opinions of our readers and are subject to the Community Guidelines.", "Example does not endorse these opinions.",
      // "Published comments are readers' own views and Example does not endorse any of the readers' comments.", "… moderation decisions are subjective."
      String.raw`^\W{0,3}(?:conversations|comments) are (?:the )?opinions of (?:our )?readers\b`,
      String.raw`\bdoes not endorse (?:these|(?:any of )?(?:the )?readers['’]) (?:opinions|views|comments)\b|\bcomments are (?:the )?(?:readers|commenters)['’] own (?:opinions|views)\b|\bmoderation decisions are (?:subjective|final)\b`,
      String.raw`\bcomments are (?:subject to|moderated (?:according to|under)) (?:our|the) (?:community |commenting |comment )?(?:guidelines|rules|policy|standards|terms)\b|\b(?:read|see|view|abide by) our (?:community guidelines|comment(?:ing)? (?:policy|guidelines)|house rules)\b|\b(?:read|look through|check) our (?:faqs?|rules|community guidelines) before (?:posting|commenting)\b`,
      // "Use the report button to flag any comment that breaks these rules."
      String.raw`\b(?:use|click|press|hit) the (?:report|flag) (?:button|link) to (?:flag|report)\b`,
      // "Comments are moderated and may take some time to appear.", "All comments are reviewed before they are published.", or alone: "Readers' comments are moderated.", "Comments will be moderated."
      String.raw`^\W{0,3}(?:readers['’]? |all )?comments (?:are|will be) (?:(?:pre-?)?moderated|reviewed|checked)\b(?:[^.!?]{0,50}\b(?:appear|published|approved|posted|go live)\b|\W{0,3}$)`,
      // An ad slot's label with its hint, in either order: "Advertisement · Scroll to continue",
      // "Sponsored placement – story continues below", "Article continues below this ad", "Story continues below video", "Story continues below gallery".
      String.raw`^\W{0,3}(?:(?:advertisement|advert|ad|sponsored(?: placement| content| message)?|paid (?:placement|content))\s*[·|•:–—-]?\s*(?:scroll (?:down )?to continue(?: reading)?|continue reading below|${CONTINUES_BELOW})|${CONTINUES_BELOW}(?: (?:the |this )?(?:advertisement|advert|ad|video|gallery|photo gallery|slideshow))?)\W{0,3}$`,
      // An ad slot's hint alone: "SCROLL TO CONTINUE WITH CONTENT".
      String.raw`^\W{0,3}scroll (?:down )?to continue (?:with (?:the )?(?:content|article|story)|reading)\W{0,3}$`,
      // An ad slot that stayed empty: "This advertisement has not loaded yet, but your article continues below."
      String.raw`^\W{0,3}this (?:advertisement|advert|ad) has not loaded\b`,
      // A paywall's prompts: "Not a subscriber yet?", "Unlock this article".
      String.raw`^\W{0,3}(?:not (?:a subscriber|subscribed) yet\??|unlock (?:this|the full) (?:article|story)|already subscribed\??)\W{0,3}$`,
      // Page tools and labels: "Summarize this article with AI", "New: You can now listen to articles.", "Edition: English", "Main category: Business".
      String.raw`^\W{0,3}summari[sz]e (?:this )?(?:article|story|page)(?: (?:with|using) ai)?\W{0,3}$`,
      String.raw`\byou can now listen to (?:this |our )?(?:articles?|stories|story)\b`,
      String.raw`^\W{0,3}(?:edition|(?:main )?category)\s*:\s*[\p{L}&' -]{2,40}$`,
      // A page's buttons: "Download PDF", "View profile"; a share button's confirmation: "Posted!", "A link has been posted to your Facebook feed."
      String.raw`^\W{0,3}posted!\W{0,3}$|\ba link has been (?:posted|sent|shared) to your (?:facebook|twitter|x|linkedin) (?:feed|timeline|account)\b`,
      String.raw`^\W{0,3}(?:download (?:the )?(?:pdf|article|report)|(?:view|see) (?:full |author |fund |manager )?profile)\W{0,3}$`,
      // A bookmark's note ("You can find this story in My Bookmarks."), sharing by e-mail, a reporter's contact button, a player's button.
      String.raw`\byou can find this (?:story|article) in (?:my|your) (?:bookmarks|saved (?:articles|stories))\b|\b(?:email|e-mail|send) this (?:article|story) to a friend\b|^\W{0,3}(?:(?:contact|email|e-mail|message) the (?:author|reporter|writer)|play now|more info)\W{0,3}$`,
      // A consent note's pointer to its settings: "You can change your choices at any time from the Privacy link at the bottom of every page.",
      // "… by clicking "Manage preferences" at the bottom of the page."
      String.raw`\b${CONSENT_VERB}\b[^.!?]{0,40}\b(?:choices|consent|preferences|settings)\b[^.!?]{0,60}\bat the bottom of (?:every|any|each|the|this) page\b`,
      // Consent banners and their buttons: "Let us know you agree to cookies", "Yes, I agree", "No, take me to settings"; menu toggles.
      String.raw`\blet us know (?:if |that |whether )?you agree to (?:all (?:of )?)?(?:these |our |the )?cookies\b`,
      // "By clicking "Accept" you consent to their use."
      String.raw`^\W{0,3}by clicking ["“'‘]?(?:accept|agree|ok|allow)(?: all)?["”'’]?,? you (?:consent|agree) to\b`,
      String.raw`^\W{0,3}(?:yes,? i (?:agree|accept)|no,? take me to (?:the )?settings)\W{0,3}$`,
      String.raw`^\W{0,3}(?:[\p{L}-]+ ){0,3}toggle\W{0,3}$`,
      String.raw`^\W{0,3}(?:log ?in|log ?out|sign ?in|search(?:\s?\.{3})?|archives|add to (?:my |your )?calendar|menu|home|help|share|tweet|print|email|e-mail|mail|save|bookmark|submit|listen|watch|comments?|accessibility(?: menu)?|skip to (?:main |page )?content|advertisement(?: \d{1,2})?|(?:hide )?ad|copy (?:url|link)|article content|search for|this field is required|register|sponsor message|close|next|previous|story continues|free article|cookies?|current|more|loading|back to top|top|copied!?|link copied|processing content|loading something is loading)\W{0,3}$`,
      String.raw`\b(?:this )?(?:website|site) uses cookies\b`,
      // The order of a comment or result list: "Sort by: Newest".
      String.raw`^\W{0,3}sort by\s*:?(?: [\p{L}-]+){0,2}\W{0,3}$`,
      // What a consent banner says of its cookies: "Some of these cookies are essential, while others help us …".
      String.raw`\b(?:these|our|some|other|essential|necessary|optional|analytics|marketing|performance) cookies (?:are|help|allow|enable|let|collect|may)\b`,
      // …without the word: "Some are essential, others help us understand how you use the site."
      String.raw`\bhelps? us (?:to )?understand how you use (?:the|our|this) (?:site|website)\b`,
      String.raw`^\W{0,3}(?:[\p{L}&'’.-]+ ){1,4}uses cookies (?:and [\w ]{3,30} )?to (?:improve|enhance|personali[sz]e|give|provide|offer|analy[sz]e|deliver|ensure|make)\b`,
      String.raw`\baccept (?:all )?cookies\b`,
      String.raw`\bskip to (?:the )?(?:main |page )?(?:content|article|story)\b`,
      String.raw`\b(?:3rd|third)[- ]party ad(?:vertisement)?s?\b`,
      String.raw`\bremove ads\b`,
      String.raw`\bopens (?:in )?(?:a )?new (?:window|tab)\b`,
      String.raw`\b(?:purchase|buy) (?:licensing|reprint) rights\b`,
      String.raw`\b\d+[- ]min(?:ute|\.)? read\b`,
      // The sign-off alone, or a paid tier's: "Thanks for reading", "Thank you for reading The Example Post Premium.", "Thanks for reading Example+".
      String.raw`^\W{0,3}thanks? (?:you )?for reading(?: [\p{L}\d.&'’ -]{2,40}(?: ${PAID_TIER}| insider|\+))?\W{0,3}$`,
      // A share widget's QR code: "Open WeChat and scan the QR code", "Scan the QR code".
      String.raw`^\W{0,3}(?:open [\p{L}]+ and )?scan (?:the|this) qr code\W{0,3}$`,
      // Share, follow and audio buttons: "Share to Facebook", "Share Article via LinkedIn", "Follow Author", "Listen to this article", "Listen to this wire".
      String.raw`^\W{0,3}(?:share (?:(?:this )?(?:article|story|post|page) )?(?:to|on|via|by) (?:facebook|twitter|x|linkedin|whatsapp|email|reddit)|follow(?: author| us)?|listen to (?:this )?(?:article|story|wire|post|piece))\W{0,3}$`,
      // Page tools: "Gift this article", "Save story", "Add to watchlist", "Jump to comments section".
      String.raw`^\W{0,3}(?:gift|save|bookmark|print|share) (?:this )?(?:article|story|item|page|post)(?: with (?:your|a) (?:network|friends?|colleagues?|followers))?\W{0,3}$`,
      String.raw`^\W{0,3}add to (?:your |my )?(?:reading list|watchlist|portfolio|favou?rites)\W{0,3}$`,
      // A form's error message: "Please try again", "Something went wrong. Please try again later."
      String.raw`^\W{0,3}(?:(?:something went wrong|there was an? (?:error|problem)|an error (?:has )?occurred|oops)[.!,]? )?please try again(?: later)?\W{0,3}$`,
      // …or its apology alone, and the form while it sends: "Sorry, there seem to be some issues.", "Sorry, we're having technical difficulties", "Something went wrong.", "Submitting...".
      String.raw`^\W{0,3}sorry,? (?:there (?:seems?|appears?) to be|we(?:['’]re| are) having|we (?:had|have|ran into)) (?:some |an? )?(?:issues?|problems?|errors?|technical (?:issues|difficulties|problems))\b|^\W{0,3}(?:sorry,? )?something went wrong\W{0,3}$`,
      String.raw`^\W{0,3}(?:submitting|sending|processing)(?:\.{3}|…)\s*$`,
      // A widget that failed to load: "Sorry, we couldn't load this content.", "Please refresh the page or try again later."
      String.raw`^\W{0,3}sorry,? we (?:couldn['’]t|could not|can['’]t|cannot|were unable to) load (?:this|the) (?:content|video|page|widget|article|comments)\b|^\W{0,3}please refresh (?:the|this) page(?: (?:or|and) try again(?: later)?)?\W{0,3}$`,
      // A quote search box: "Search for symbol, name or keyword", "Search quotes".
      String.raw`^\W{0,3}search (?:for )?(?:a )?(?:symbols?|tickers?|quotes?)\b[^.!?]{0,40}$`,
      // A blog's like button, a player, a table or the next story while they load: "Like Loading...", "Video Loading", "Table loading", "Loading next article...".
      String.raw`^\W{0,3}(?:like|video(?: is)?|table|chart|map) loading\W{0,4}$|^\W{0,3}loading (?:the )?(?:video|next (?:article|story))\W{0,4}$`,
      // A call for readers' letters: "Tell us on Facebook or send a letter to the editor (250 words max)."
      String.raw`^\W{0,3}(?:tell us|let us know|have your say)\b[^.!?]{0,60}\b(?:letters? to the editor|in the comments|on (?:facebook|x|twitter))\b`,
      String.raw`^\W{0,3}(?:jump|skip|go) to (?:the )?comments(?: section)?\W{0,3}$`,
      String.raw`^\W{0,3}(?:link copied|copy (?:the )?(?:article |story |page )?link|submit a (?:news )?tip|(?:read|view|see) (?:the )?full (?:bio|biography|profile)|ad feedback|share your thoughts|join the conversation|share or comment on this (?:article|story)|(?:leave|add|post|write) (?:a|your) comment|(?:best|worst) rated|give feedback|send feedback|open this photo in gallery:?)\W{0,3}$`,
      // A comment box for guests: "Log in or register to leave a comment.", "Log in or create an account to comment.", "You must be logged in to post a comment.", "To leave a comment, please log in or register."
      String.raw`^\W{0,3}(?:please )?(?:log ?in|sign ?in)(?: or (?:register|sign up|create an account))? to (?:(?:leave|post|add|write|read|view|join) (?:a )?(?:comments?|the discussion)|comment)\W{0,3}$|^\W{0,3}to (?:leave|post|add|write) a comment,? (?:please )?(?:log ?in|sign ?in|register)(?: or (?:register|sign up|log ?in|sign ?in))?\W{0,3}$|^\W{0,3}you must be (?:logged|signed) in to (?:post|leave|add|write) (?:a )?comments?\W{0,3}$`,
      // Reading and listening times, generated audio: "Estimated 5 minutes", "5 min listen".
      String.raw`^\W{0,3}(?:estimated \d+ minutes?|\d+[- ]min(?:ute)? listen)\W{0,3}$`,
      String.raw`\baudio version of this (?:article|story) is generated\b`,
      String.raw`^\W{0,3}(?:please )?follow [\w .'’-]{2,40} on (?:x|twitter|linkedin|facebook|threads|bluesky|whatsapp|instagram|youtube|telegram|google news|tiktok)\b`,
      // A comment section's rules: "Comment Guidelines", "Community guidelines".
      String.raw`^\W{0,3}(?:comment(?:ing)?|community) (?:guidelines|policy|rules)\W{0,3}$`,
      // A contents box's header: "Table of contents", "On this page", "Jump to section".
      String.raw`^\W{0,3}(?:(?:table of )?contents|on this page|jump to (?:a )?section)\W{0,3}$`,
      // How the site works, not this article: "Article Sources", "Read our editorial policy".
      String.raw`^\W{0,3}article sources\W{0,3}$`,
      String.raw`\bour editorial (?:policy|guidelines|standards|process)\b`,
      // A breadcrumb trail under its label: "You are here: Home › Markets".
      String.raw`^\W{0,3}you are here\s*:`,
      // A breadcrumb trail of words: "Home » News » Stocks", "Analysen › Solar", "Fonds » Cash.TV" (language-neutral; every pack's cues apply to every article).
      String.raw`^\W{0,3}[^\W\d][^.!?»›>\d]{0,30}(?<=\s)»(?=\s)(?:[^.!?»›>\d]|\.(?=\S)){1,40}(?:(?<=\s)»(?=\s)(?:[^.!?»›>\d]|\.(?=\S)){1,40}){0,4}$`,
      String.raw`^\W{0,3}[^\W\d][^.!?»›>\d]{0,30}(?<=\s)›(?=\s)(?:[^.!?»›>\d]|\.(?=\S)){1,40}(?:(?<=\s)›(?=\s)(?:[^.!?»›>\d]|\.(?=\S)){1,40}){0,4}$`,
      // A ">" trail needs three items ("Markets > Stocks > Europe"), or "Home >": "Bitcoin > gold" is a claim.
      String.raw`^\W{0,3}[^\W\d][^.!?»›>\d]{0,30}(?<=\s)>(?=\s)(?:[^.!?»›>\d]|\.(?=\S)){1,40}(?:(?<=\s)>(?=\s)(?:[^.!?»›>\d]|\.(?=\S)){1,40}){1,4}$`,
      // A "/" trail needs three items too ("Room151 / News / Treasury"); its first, the site's name, may end in digits.
      String.raw`^\W{0,3}(?:\p{L}+\d+ |[^\W\d][^.!?/\d]{0,30})(?<=\s)\/(?=\s)[^.!?/\d]{1,40}(?:(?<=\s)\/(?=\s)[^.!?/\d]{1,40}){1,4}$`,
      // A trail under the site's domain: "Example.de > Personal > Arbeitsrecht".
      String.raw`^\W{0,3}[\p{L}\d-]+\.[a-z]{2,3} > [^.!?»›>/\d]{1,40}(?: > [^.!?»›>/\d]{1,40}){0,5}$`,
      String.raw`^\W{0,3}(?:home|startseite|news|nachrichten|[\p{L}]+-news)\s{1,3}[>/]\s{1,3}[^.!?»›>/\d]{1,40}(?:\s{1,3}/\s{1,3}[^.!?»›>/\d]{1,40}){0,5}$`,
      // A line that is only a site's domain, the logo or a share target as text: "finews.ch", "X.com" (language-neutral).
      String.raw`^\W{0,3}(?:[\p{L}\d][\p{L}\d-]{0,40}\.){1,3}(?:com|de|ch|at|net|org|co\.uk|io|info|eu|fr|it|nl|in|ca|com\.au|co|es|biz|news|tv)\W{0,3}$`,
      // Cookie consent: "We and our partners store and/or access information on a device, such as cookies …", "We and our 184 partners store and access …",
      // "We and our trusted partners store and read information on your device …",
      // a banner's "We care about your privacy", "We use our own and third-party cookies to analyse traffic …".
      String.raw`\bwe and our (?:trusted )?(?:\d{1,4} )?(?:partners|vendors) ${DATA_USE}(?: and(?:/or)? ${DATA_USE})? (?:information|data|personal data)\b|^\W{0,3}we (?:care about|value|respect) your privacy\W{0,3}$`,
      String.raw`\b(?:we|(?:we and )?our (?:partners|vendors)) (?:use|store|access|set) (?:(?:our )?(?:own|first[- ]party) and third[- ]party )?cookies\b|\b(?:selecting|clicking|visiting|under|via) ["“]?(?:cookie|privacy) (?:preferences|settings)\b|\bour use of cookies\b|\b${CONSENT_VERB} (?:your )?(?:cookie (?:settings|preferences|choices)|(?:privacy )?(?:preferences|settings|consent) at any time)\b|\bour cookie policy\b|^\W{0,3}(?:cookie (?:settings|preferences|policy)|manage cookies)\W{0,3}$|\bchange your preferences before consenting\b|\bor to refuse consenting\b`,
      // Page furniture: privacy choices, tag lists, comment counts, feedback prompts, article limits.
      String.raw`^\W{0,3}(?:social sharing|manage (?:preferences|consent|settings)|your privacy (?:choices|settings)|privacy settings|do not sell (?:or share )?my personal information|my account|advertise with (?:us|(?:the )?[\p{L}&'’.-]+(?: [\p{L}&'’.-]+){0,2})|be the first to comment|(?:show|view|read) (?:all )?\d* ?comments?|was this (?:article|page|story|content|guide|information) helpful\??|(?:how )?did you (?:like|enjoy) this (?:article|story)\??|(?:please )?rate (?:this|the) (?:article|story|page)|found (?:a|an) (?:typo|error|mistake)(?: in (?:this|our|the) (?:article|story|page|text))?\??(?:\s*(?:let us know|tell us|report it|contact us)[^.!?]{0,30})?|(?:tags|topics|keywords|filed under|related topics)(?:\s*:.{0,120})?|listen to (?:this |the )?article\b.{0,20})\W{0,3}$`,
      String.raw`\b(?:we|our partners|we and our partners) (?:store and/or access|store or access)\b`,
      String.raw`\byou(?:['’]ve| have) (?:reached|read) (?:your (?:free |monthly )?(?:article|story) limit|your limit of (?:free )?(?:articles|stories)|your (?:free |monthly )?(?:articles|stories)|\d+ of \d+ (?:free )?(?:articles|stories))\b`,
      String.raw`\balready a (?:subscriber|member)\?`,
      String.raw`^\W{0,3}(?:(?:normal|default|small|smaller|large|larger|very large) )?(?:font size|text size)\W{0,3}$`,
      // Consent banners and placeholders of embedded content: "We value your privacy", "To view this content, please accept …".
      String.raw`^\W{0,3}we value your privacy\W{0,3}$`,
      String.raw`\b(?:we|our (?:\d+ )?partners)(?: and our (?:\d+ )?(?:partners|vendors))? (?:may )?store and/or access information on a device\b(?![^.!?]{0,80}\b(?:said|says|told|according to|argued|claimed)\b)|^\W{0,3}store and/or access information on a device\W{0,3}$`,
      String.raw`(?:^\W{0,3}|\b(?:please|simply) )(?:click|tap) (?:here )?to consent\b(?!\s*:)(?![^.!?]{0,80}\b(?:said|says|told|according to|urged)\b)|^\W{0,3}(?:you (?:can|may|should)|please|review|read|check|view|see)\b[^.!?]{0,40}\b(?:privacy policy|cookie policy|vendors?|partners|purposes|details|preferences|settings)\b[^.!?]{0,60}\bbefore consenting\W{0,3}$`,
      String.raw`^\W{0,3}(?:to view|to see|to display|to load) this (?:content|embed|element|chart|graphic|video|post|map)\b[^.!?]{0,40}\b(?:(?:(?:consent|accept|enable|allow)\b[^.!?]{0,30}\b(?:cookies?|javascript|(?:third[- ]party|external|social media|marketing|embedded) (?:content|cookies|services|providers)|advertisement tracking|data processing)|(?:click|tap|select) ["“'‘]?(?:accept|allow|enable|consent|agree))\b|please (?:consent|accept|enable|allow)[^\p{L}\d]{0,3}$)`,
      String.raw`^\W{0,3}(?:show|load|enable|allow|activate) (?:external|third[- ]party|embedded) content\W{0,3}$`,
      // A comment widget's sign-in notes: "Register and log in to post comments", "If you are already a registered user …".
      String.raw`\b(?:(?:register|sign up) and )?(?:log ?in|sign in) to (?:post|leave|add|write) (?:a )?comments?\b|\balready a registered user\b`,
      // The comment rules: "Please keep them relevant to the story and free of abusive language."
      String.raw`^\W{0,3}please keep (?:them|comments|your comments|it|the (?:discussion|conversation)) (?:relevant|civil|respectful|on[- ]topic|constructive)\b`,
      // A video's duration: "Duration 2:14", "Dauer 1:05", "Duration 5′ 12″" (language-neutral).
      String.raw`^\W{0,3}(?:duration|dauer|länge|laufzeit|runtime)\s*:?\s*\d{1,2}(?::\d{2}(?::\d{2})?|′(?: ?\d{1,2}″)?)\W{0,3}$`,
      // An audio player's buttons: "Add to playlist", "Add to queue".
      String.raw`^\W{0,3}add to (?:playlist|queue|my playlist)\W{0,3}$`,
      // A bar of page tools separated by pipes or bullets: "Share | Tweet | Email | Print", "Log In | My Account", "Login   Registrieren   Suche", "Teilen | Drucken" (language-neutral),
      // maybe behind the date and time: "22/11/2026 17:34 Share: Facebook Twitter LinkedIn Email".
      String.raw`^\W{0,3}(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}(?: \d{1,2}:\d{2})?\s{1,4})?(?:(?:share (?:this|the) (?:story|article|post|page)|share this|(?:diesen |den )?(?:artikel|beitrag|seite) teilen)\s*:?\s*)?${PAGE_TOOL}(?:(?:\s*[|•·/:*]\s*|\s+)${PAGE_TOOL}){1,8}\W{0,3}$`,
      String.raw`^\W{0,3}read our privacy (?:notice|policy)\W{0,3}$`,
      String.raw`^\W{0,3}why you can trust [\w .'’&-]{2,30}\W{0,3}$`,
      // Share and embed widgets, trust badges: "Share Now on:", "HTML EMBED:", "COPY", "X Is A Trust Project Member".
      String.raw`^\W{0,3}(?:share now on|html embed|embed code|copy)\s*:?\W{0,3}$`,
      String.raw`\bis an? trust project member\b`,
      // Licensing and media labels: "License this article", "Reprints & Permissions", "Listen (3 min)".
      String.raw`^\W{0,3}(?:(?:license|licence) this (?:article|story|content)|reprints?(?: (?:&|and) permissions)?)\W{0,3}$`,
      String.raw`^\W{0,3}(?:listen|watch)\s*[(:–-]?\s*\d{1,3}(?::\d{2})?\s*(?:min|mins|minutes)\.?\)?\W{0,3}$`,
      // A site's tagline under its name: "Insurance news, analysis and insight", "News, views and jobs for the heating industry".
      String.raw`^\W{0,3}(?:[\p{L}&-]+ ){0,3}news,? (?:analysis|views|insights?|opinion|data|comment)(?:,? (?:and|&) (?:analysis|views|insights?|opinion|data|comment|jobs|events))+(?: for [^.!?]{1,40})?\W{0,3}$`,
      // A share plugin's label above its buttons: "Spread the love".
      String.raw`^\W{0,3}spread the love\W{0,3}$`,
      // A blog's share and like bars' labels on their own lines: "Share this:", "Like this:".
      String.raw`^\W{0,3}(?:share|like) this\s*:\W{0,3}$`,
      // A site's section name alone on a line (the breadcrumb's or the category label's): "Business", "Breaking News".
      String.raw`^\W{0,3}(?:business|news|politics|world|opinion|sports?|lifestyle|entertainment|videos|breaking news|local news|national news|business news)\W{0,3}$`,
      // A publishing system's note to the logged-in author: "You are the owner of this article."
      String.raw`^\W{0,3}you are the owner of this (?:article|story|page|post)\W{0,3}$`,
      // A comment widget's empty state: "Use the comment form below to begin a discussion about this content."
      String.raw`^\W{0,3}use the comment form below\b|\bbegin a discussion about this (?:content|article|story|post)\b`,
      // A labelled reading time: "Read time: 4 mins", "Reading time: 5 minutes", "Est. read time: 5 min".
      String.raw`^\W{0,3}(?:est(?:\.|imated) )?read(?:ing)? time\s*:?\s*\d{1,2}\s*min(?:ute)?s?\.?\W{0,3}$`,
      // A newspaper's tagline under its name: "Zimbabwe's Largest Daily Newspaper", "Kenya's leading business daily", "Example's English-language newspaper since 1996".
      String.raw`^\W{0,3}(?:[\p{L}]+(?: [\p{L}]+)?['’]s? )?(?:largest|leading|oldest|biggest|most (?:widely )?(?:read|trusted|popular)) (?:(?:daily|weekly|independent|online|business|national|financial) ){0,2}(?:newspaper|news ?paper|daily|weekly|news (?:site|website|source|portal))\W{0,3}$|^\W{0,3}(?:[\p{L}]+(?: [\p{L}]+)?['’]s? )?(?:[\p{L}-]+ ){0,2}(?:newspaper|daily|weekly) since (?:18|19|20)\d\d\W{0,3}$`,
      // A photo's caption toggle: "Show Caption", "Hide Caption".
      String.raw`^\W{0,3}(?:show|hide) (?:caption|captions|image|photo|gallery)\W{0,3}$`,
      // A breadcrumb from the home page's link: "Startseite > Landsberg > …", "Home / Business" (language-neutral).
      String.raw`^\W{0,3}(?:home|homepage|startseite)\s(?:>|»|›|/)\s`,
      // A follow button's note: "Followed categories will be added to My News.", "Follow this topic and stories will appear in My News.",
      // "Follow this topic and we'll add it to your My News feed.", and the question above it: "Don't want to miss a story from Business?"
      String.raw`^\W{0,3}(?:(?:followed |selected )?(?:categories|topics|authors|tags) (?:you follow )?will (?:be added to|appear in)|follow this (?:topic|author|category) and (?:(?:stories|articles|updates) will (?:be added to|appear in)|we['’]ll add it to)) (?:my|your) (?:(?:my )?news(?: feed)?|feed)\W{0,3}$|^\W{0,3}(?:don['’]t|do not) want to miss (?:a|any) (?:story|stories|article|articles|update|updates) (?:from|on|about)\b`,
      // A share bar that repeats the headline: "Share this Story : Example maker to add 140 jobs".
      String.raw`^\W{0,3}share this (?:story|article|post)\s?:\s?\S`,
      // A log-in prompt, a view count and a gallery's counter: "Log in or register.", "Sign In or Create an Account or", "Sign in Become a member", "2,103 views", "Views: 1 238" (alone or closing a line of fields: "… | 14:07 | Views: 1,238"),
      // "Hits: 1214 font size decrease font size increase", "1/3" (language-neutral).
      String.raw`^\W{0,3}(?:log ?in|sign ?in)(?: or)? (?:register|sign ?up|become a (?:member|subscriber)|create (?:an|a free|your) account)(?: or)?\W{0,3}$|^\W{0,3}\d[\d,.]* (?:views|reads)\W{0,3}$|(?:^\W{0,3}|[|·•]\s*)views\s*:\s*\d{1,3}(?:[ ,.]?\d{3})*\s*$|^\W{0,3}hits\s*:\s*\d{1,3}(?:[ ,.]?\d{3})*(?:\s|$)|\bfont size (?:decrease|increase)\b|^\W{0,3}\d{1,2} ?/ ?\d{1,2}\W{0,3}$`,
      // A line of Markdown links alone: "[Teilen](#share) [Merken](#bookmark)", "[Home](/) | [Markets](/markets)" (language-neutral).
      String.raw`^\W{0,3}(?:\[[^\]\n]{1,60}\]\([^()\s]{1,300}\)[ |•·,/]*){2,}$`,
      // A WordPress cookie notice's second sentence and a share plugin's label: "If you continue to use this site we will assume that you are happy with it.", "Please follow and like us:", an archive's drop-down: "Select Month".
      String.raw`\bif you continue (?:to use|using|browsing) (?:this|our|the) (?:site|website)\b[^.!?]{0,30}\b(?:we will assume|we['’]ll assume|you (?:agree|consent|accept))\b|^\W{0,3}please follow (?:and|&) like us\W{0,3}$|^\W{0,3}select (?:month|category)\W{0,3}$`,
      // Error-report and correction prompts, a news list's link, a content-type label with its definition:
      // "Select it and press Ctrl + Enter", "To suggest a correction or clarification, write to us here", "All news",
      // "Content-Type:", "Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources."
      String.raw`\bpress ctrl ?\+ ?enter\b|^\W{0,3}to suggest a correction\b|^\W{0,3}all news\W{0,3}$|^\W{0,3}content[- ]type\s*:|\b(?:observed and verified directly by the reporter|reported and verified from knowledgeable sources)\b`,
      // Font-size buttons: "A- A+".
      String.raw`^\W{0,3}a\s?[-−–]\s*a\s?\+\W{0,3}$`,
      // An Australian or New Zealand site's acknowledgement of country in its footer: "We acknowledge the Traditional Custodians of the
      // lands on which we work …", "… and pay our respects to Elders past and present."
      String.raw`\backnowledges? (?:the )?(?:[\p{L}-]+ (?:people|nation) as the )?traditional (?:custodians|owners)\b|\bpay (?:our|their|its) respects? to (?:their )?elders,? past(?:,| and) present\b`,
    ],
  },
  byline: {
    patterns: [
      // "Jane Roe is the Local Democracy Reporter for Example and Exampleshire."
      String.raw`\bis (?:the|a|our) local democracy reporter\b`,
      // …or the byline naming the role: "Jane Roe Local Democracy Reporter".
      String.raw`^\W{0,3}\p{L}[\p{L}'’-]+(?: [\p{L}'’-]+){1,2},? local democracy reporter\W{0,3}$`,
      // A bio's career line: "He joined Example Week in 2021 from a regional business title."
      String.raw`^\W{0,3}(?:he|she) joined [^.!?]{2,40} in \d{4} from (?:a|an|the) [^.!?]{0,40}\b(?:title|publication|newspaper|magazine|newsroom|website)\b`,
      // A freelancer's byline with the site: "Jane Roe | For example.com".
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} \| (?:for )?[\p{L}\d-]+\.(?:com|org|net|co\.uk|com\.au)\W{0,3}$`,
      // A bio that opens with the name: "Jane Roe is global banking editor at Example."
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} is (?:the |an? )?(?:[\p{L}-]+ ){0,3}editor (?:at|of|for) (?:the )?[\p{L}\d&.'’-]+(?: [\p{L}\d&.'’-]+){0,3}\W{0,3}$`,
      // A personal-finance site's review note: "This content was reviewed by Editor-at-Large Jane Roe as part of our fact-checking process."
      String.raw`^\W{0,3}this (?:content|article|guide|page) (?:was|has been) (?:reviewed|fact-checked|checked)\b[^.!?]{0,60}\bas part of (?:our|the) (?:fact-?checking|editorial review|review) process\b`,
      // A wire story's end mark alone on its line, maybe with the editors' initials: "(end)", "(end) jd.ab".
      String.raw`^\W{0,3}\(end\)(?:\s{1,3}\p{L}{1,4}(?:\.\p{L}{1,4}){0,3})?\W{0,3}$`,
      // A name with its credentials alone on its line: "Jane Roe, CFA", "John Doe, CFP, CPA".
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3},? (?:cfa|cfp|cpa|caia|frm|mba|phd|cmt)(?:,? (?:cfa|cfp|cpa|caia|frm|mba|phd|cmt))*\W{0,3}$`,
      // An author bio's first sentence: "Jane Roe is Example's business reporter.", "… is the Example Daily's rural reporter, covering water and horticulture."
      // (not "… is the group's editor").
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} is (?!(?:the|a|an|his|her|its|their)\b)[\p{L}&.-]+(?: [\p{L}&.-]+)?['’]s? (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|editor|writer|columnist|journalist)(?:, covering [^.!?]{3,120})?\W{0,3}$`,
      // …also behind "the": "Jane is the Example News' business and agriculture reporter." (a reporter, correspondent or journalist only).
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,2} is the [\p{L}&.-]+(?: [\p{L}&.-]+){0,2}['’]s? (?:[\p{L}-]+ ){0,4}(?:reporter|correspondent|journalist)\W{0,3}$`,
      // The credits of a feature: "Words: Jane Roe | Photos: John Doe", "Words and photos: Jane Roe".
      String.raw`^\W{0,3}words(?: (?:and|&) (?:photos?|pictures?|images?))?\s*:\s*[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}(?:\s*[|·•/]\s*(?:photos?|pictures?|images?|video)\s*:\s*[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3})?\W{0,3}$`,
      // A reporter's credit alone on its line: "Reported by Jane Roe".
      String.raw`^\W{0,3}reported by [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}\W{0,3}$`,
      // A reporter's role on a line of its own: "Business reporter, BBC News", "Senior Reporter, Fintech".
      String.raw`^\W{0,3}(?:[\p{L}-]+ ){0,2}(?:reporter|correspondent|editor|writer|columnist)(?:,(?: [\p{L}&'’.-]+){1,4})?\W{0,3}$`,
      // A byline with the agency that contributed: "By Jane Roe with Reuters", "EXAMPLE DAILY WITH AA".
      String.raw`^\W{0,3}(?:by )?[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3} with (?:reuters|ap|afp|aa|anadolu agency|dpa|bloomberg|the associated press|agencies|wires)\W{0,3}$`,
      // A name and the reporter's role behind a bar or comma: "Jane Roe | Staff Reporter", "Jane Roe | Equity Analyst".
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3} ?[|·•,] ?(?:[\p{L}-]+ ){0,2}(?:reporter|correspondent|editor|writer|columnist|analyst|strategist|journalist|contributor)\W{0,3}$`,
      // …or the outlet behind a bar, "Jane Roe | The Example Daily Post", or a comma, "Jane Roe, Example Citizen" (a paper's name
      // that no verb ends: not "Oil slips, traders await news").
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}(?: ?[|·•] ?(?:[\p{L}\d.&'’-]+ ){0,3}(?:${OUTLET_WORD})|, (?:[\p{L}\d.&'’-]+ ){1,3}(?:${PAPER_WORD}))\W{0,3}$`,
      // How to reach the reporter securely: "contact Jane via encrypted message at … on Signal".
      String.raw`\bvia encrypted (?:message|messaging|email)\b|\bat [\w.@+-]+ on signal\b`,
      // A team or desk as the author: "Written by the Sharesies team", "Compiled by the Markets desk".
      String.raw`^\W{0,3}(?:written|compiled|produced|edited|prepared) by the [\p{L}&.'’ -]{2,30} (?:team|desk|staff|newsroom|editors)\W{0,3}$`,
      // A site or wire as the only author on its line: "By Investing.com", "By Reuters".
      String.raw`^\W{0,3}by\s+(?:[\p{L}\d-]+\.(?:com|net|org|co\.uk|com\.au|io)|reuters|afp|ap|dpa|staff|agencies)\W{0,3}$`,
      // "By Jane Roe", "By V Sajeev Kumar", "By A. Smith"; not a sentence that opens with "By the end of …", "By far …".
      String.raw`^\W{0,3}(?:(?:by|written by|article by|story by|authored by|posted by|(?:medically |clinically |expert )?reviewed by|fact[- ]checked by|edited by|translated by):?|author:?|analysts?:)\s+(?!(?:the|a|an|far|then|now|contrast|comparison|early|late|mid|this|that|these|those|next|last|most|some|all|any|its|his|her|their|our|your|my|law|design|default|definition|nature|email|mail|phone|itself|way|chance|order|means|virtue|many|much|more|less|year|month|week|day|night|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\.))\p{L}[\p{L}.'’-]*\s+\p{L}`,
      String.raw`\b(?:reporting|editing|edited|additional reporting|writing) by\b`,
      // The label alone, its name on the next line: "Fact checked by".
      String.raw`^\W{0,3}(?:fact[- ]checked|reviewed|edited|written) by\W{0,3}$`,
      String.raw`\bcontributed (?:reporting|to this report)\b`,
      String.raw`^\W{0,3}this (?:article|post|story) was (?:written|produced|prepared) by\b`,
      String.raw`\b(?:markets?|news|business|finance|economics|economy) desk\b`,
      // An author bio: "Jane Doe is a senior reporter at …".
      String.raw`\bis an? (?:senior |staff |contributing |freelance )?contributor (?:at|for|with)\b`,
      String.raw`\bis (?!(?:an? )?former )(?:an? |the )?(?:[\w'’.-]+ ){0,3}(?:reporter|correspondent|journalist|writer|columnist),? (?:at|for|with|on|based in|covering|who (?:covers|writes about))\b`,
      // Also after the publication's name: "is a Railway Age contributing editor".
      String.raw`\bis (?:an? |[\w.-]+['’]s )(?:[\p{L}&'’.-]+ ){0,3}(?:${EDITOR_ROLE} ){1,3}editor\b`,
      // …or without an article, naming where: "Jane Roe is deputy business editor of The Example Post, covering …".
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} is (?:${EDITOR_ROLE} ){1,3}(?:editor|reporter|correspondent|writer) (?:of|at|for) `,
      // The rest of a bio: "She covers transportation.", "She covers energy and the stock market." (not an analyst's "covers the stock"), "Jane Roe covers retail for the Herald.", "Jane Roe covers tourism and small business across the north.", "He previously reported for …", "She previously covered agriculture …", "She joined the Post in 2021 and covers …".
      String.raw`^\W{0,3}(?:she |he |(?!(?:insurance|coverage)\b)${NAMED_SUBJECT}(?=covers [^.]{3,80} for (?:the )?\p{L}|covers [^.]{3,60} and [^.]{3,60} across (?:the )?\p{L}))covers (?![^.]{0,80}\b(?:stocks?(?! markets?\b)|shares|rating|price target)\b)`,
      // …or what the reporter reports on, for whom: "Jane Roe reports on business, farming and the river for the Example Standard." (not "… for the quarter").
      String.raw`^\W{0,3}(?:she |he |${NAMED_SUBJECT})reports on (?=[^.!?]{3,80} and )[^.!?]{3,120} for (?!(?:the )?(?:[\w-]+ ){0,2}(?:quarter|year|half|month|week|period|season)\b)(?:the )?\p{L}[^.!?,]{1,40}\W{0,3}$`,
      // …or its beats alone: "Covers energy, tourism and public finance."
      String.raw`^\W{0,3}covers (?:[\p{L}-]+, ){1,5}(?:[\p{L}-]+ )?[\p{L}-]+ and (?:[\p{L}-]+ )?[\p{L}-]+\W{0,2}$`,
      String.raw`^\W{0,3}(?:she|he) previously (?:covered |reported (?:for|on|about)|wrote (?:for|about|on)|worked (?:as an? (?:[\w-]+ ){0,3}(?:reporter|journalist|correspondent|editor|writer)|for an? (?:[\w-]+ ){0,3}(?:newspaper|news ?(?:wire|agency|site|website)|wire|magazine|daily|weekly)))\b`,
      String.raw`^\W{0,3}(?:[\p{L}.'’-]+ ){1,3}joined [\p{L}'’ .&-]{2,40} (?:in (?:19|20)\d\d )?(?:and covers|as an? (?:[\w-]+ ){0,3}(?:reporter|writer|editor|correspondent|columnist))\b`,
      String.raw`\bhas covered (?:the )?[\w -]{0,40}\b(?:industry|industries|sector|beat|markets?|economy|companies|stocks|news) for (?:more than |over |nearly |almost )?(?:a decade|two decades|\d+ years|(?:two|three|four|five|six|seven|eight|nine|ten) years)\b`,
      // …or since when, for whom: "Jane Roe has covered city hall and the regional district for the Tribune since 2021."
      String.raw`^\W{0,3}${NAMED_SUBJECT}has (?:covered|reported on) [^.!?]{3,100} for (?:the )?\p{L}[^.!?]{1,40} since (?:19|20)\d\d\W{0,3}$`,
      String.raw`^\W{0,3}i cover\b`,
      String.raw`^\W{0,3}(?:she|he|they) joined (?:the |our )?(?:paper|newspaper|publication|newsroom|news desk|business desk)\b`,
      // A wire agency's sign-off on a line of its own: "-- BERNAMA", "— Reuters" (a list's dash is single: "- Exports").
      String.raw`^\s*(?:--|—)\s?\p{L}[\p{L}-]{1,19}\s*$`,
      // Wire credits and update notes: "—With assistance from Jane Roe", "(Updates with pricing details.)".
      String.raw`^\W{0,3}with assistance from\b`,
      String.raw`^\W{0,3}\((?:updates|adds|recasts|corrects|changes|rewrites)\b[^)]{0,80}\)\W{0,3}$`,
      // Roles under a byline: "Lead Writer", "Assigning Editor", "Business reporter"; "About the author: …".
      String.raw`^\W{0,3}(?:(?:lead|senior|staff|contributing|assigning|managing|deputy|chief|business|markets?|economics|technology|personal finance) ){0,2}(?:writer|editor|reporter|correspondent)\W{0,3}$`,
      String.raw`^\W{0,3}about the authors?\b`,
      // The author's note in brackets at the end: "(The author is a member of the Example Digital Team)".
      String.raw`^\W{0,3}\(the (?:author|writer) is (?:a|an|the) [^()]{3,80}\)\W{0,3}$`,
      // Whose release a vendor site carries: "Press release from: Example Payments", "News release by: …".
      String.raw`^\W{0,3}(?:press|news|media) release (?:from|by|issued by)\s*:\s*\p{L}`,
      String.raw`^\W{0,3}see (?:full )?bio\W{0,3}$`,
      // "With a report from Reuters", "With files from the Canadian Press".
      String.raw`^\W{0,3}with (?:a )?(?:reports?|files|reporting) from [\w .'’-]{2,40}\W{0,3}$`,
      // "AP Business Writers Jane Roe and John Doe contributed.", "Write to Jane Roe at jane.roe@…", "Contact … at …@…".
      String.raw`^[\w .'’-]{0,40}\b(?:writers?|reporters?|correspondents?) [\w .,'’-]{3,80} contributed(?: reporting| to this (?:report|story|article))?\W{0,3}$`,
      // A bio's last line: "Contact her at the Example Mercury newsroom.", "Reach him on 07 1234 5678."
      String.raw`^\W{0,3}(?:contact|email|e-mail|reach) (?:him|her) (?:at|on|via)\b`,
      String.raw`^\W{0,3}(?:write to|contact|email|e-mail|reach) [\w .'’-]{3,60} (?:at|via) [\w.-]{1,64}@`,
      String.raw`^\W{0,3}with (?:agency|wire) (?:inputs|reports)\W{0,3}$`,
      String.raw`\bis a (?:[\w-]+ ){0,2}(?:writer|journalist|editor) with (?:over |more than )?(?:a decade|\d+\+? years|two decades) (?:of experience (?:covering|writing|reporting|in)|in (?:financial |business )?(?:journalism|publishing))\b`,
      // A name with a job title as a line, maybe with the date: "Jane Roe, Senior Reporter", "Jane Roe, Senior Editor | Nov 19, 2026, 3:41 PM EST".
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}, (?:[\p{L}-]+ ){0,2}(?:reporter|correspondent|editor|writer|columnist|analyst|strategist|economist)(?:\s*[|·–—-]\s*(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})${CLOCK_TIME})?\W{0,3}$`,
      // A name and the reporter's role with only a space between: "Jane Roe Senior Business Reporter", "Jane Roe Staff Correspondent" (not a sentence).
      String.raw`^\W{0,3}${NAME_WORD}(?: ${NAME_WORD}){1,2} (?:(?:${EDITOR_ROLE}|chief|staff|special|court|political|parliamentary|sports|health|agriculture|mining) ){1,3}(?:reporter|correspondent)[^\p{L}\d.!?]{0,3}$`,
      // A name with the date as a line: "Jane Roe, 21 Nov 2026", "Jane Roe | Feb. 20, 2025", "Jane Roe · 21-11-2026"; not a
      // table's title in the possessive ("Example's weekly survey, Nov. 19, 2026").
      String.raw`^\W{0,3}(?![^,|·–—]{0,60}['’]s\s)[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\s*[,|·–—-]\s*(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})\W{0,3}$`,
      // A name and the date with only a space between: "Tomás Herrera November 19, 2026" (no word of a phrase like "Results for …").
      String.raw`^\W{0,3}${NAME_WORD}(?: ${NAME_WORD}){1,2} (?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})\W{0,3}$`,
      // A bare "Fact checked" label (with a name, "Fact checked by …" is a byline above).
      String.raw`^\W{0,3}fact[- ]checked\W{0,3}$`,
      // A reporter's contact line under the bio: "Connect via X or email."
      String.raw`^\W{0,3}connect (?:via|on|with) (?:x|twitter|linkedin|email|e-mail|facebook|instagram|threads|bluesky)\b`,
      // The author inside a meta line with bars: "Thursday 20 November 2026 | Written by Jane Roe | Economy, National".
      String.raw`^[^.!?]{0,60}[|·•]\s*(?:written|posted|reported) by\s+[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\s*(?:[|·•]|$)`,
      // A bio's one line: "Jane Roe is a NewsDay business reporter."
      String.raw`^\W{0,3}${NAME_WORD}(?: ${NAME_WORD}){1,2} is an? (?:[\p{L}&'’.-]+ ){0,3}(?:reporter|correspondent|journalist|writer|columnist)\.?$`,
      // The place, the agency and the reporter: "Bishkek - Example news agency , Jane Roe"; a translation's credit: "(Japanese original by Jane Roe, Business News Department)".
      String.raw`^\W{0,3}[\p{L}-]+ [-–—] [\p{L}\d.&-]+ (?:news )?agency\s?,\s?[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\W{0,3}$|^\W{0,3}\((?:[\p{L}-]+ )?original (?:story |article |text )?by [^()]{2,200}\)\W{0,3}$`,
    ],
  },
  caption: {
    patterns: [
      // A chart's title line: "Chart: Central bank net income, 2022-25 (% of GDP)".
      String.raw`^\W{0,3}(?:chart|graphic|infographic)\s*:\s*[^\n]{3,160}$`,
      // A press wire's pointer under a figure: "To view an enhanced version of this graphic, please visit:".
      String.raw`^\W{0,3}to view an enhanced version of this (?:graphic|image|photo|figure|chart)\b`,
      // A portrait's text alternative: "Headshot of Jane Roe", "Profile photo of John Doe".
      String.raw`^\W{0,3}(?:headshot|portrait photo|profile (?:photo|picture|image)|author (?:photo|image|picture)) of [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}\W{0,3}$`,
      // A chart's caption ending in its source (language-neutral): "DAX-Tageschart (1 Kerze = 1 Tag), Quelle: Example Terminal".
      String.raw`(?:chart|kerze|grafik)\b[^.!?]{0,80}\b(?:quelle|source)\s*:\s*[^.!?]{2,40}$`,
      // Who made a chart (language-neutral): "Chart by TradingView", "Chart erstellt mit Guidants", "(… Chart prepared by Example Media)".
      String.raw`^\W{0,3}(?:chart|grafik)(?: erstellt| created| made)? (?:mit|with|von|by|via|using) [\p{L}\d.' -]{2,30}\W{0,3}$|\bchart (?:prepared|created|made|generated|erstellt) (?:by|with|using|von|mit)\b`,
      // A chart's period in brackets (language-neutral): "Example AG (Wochenchart, Log-Skala)", "(daily chart)".
      String.raw`\((?:tages|wochen|monats|jahres|stunden|intraday|daily|weekly|monthly|hourly|\d-hour|\d+-minuten)[ -]?chart\b`,
      // A caption that places the people in a photo: "Jane Roe (left) and John Doe" (not "(R)", a trademark).
      String.raw`\((?:left|right|centre|center|from left)\)`,
      String.raw`^\W{0,3}source:\s*${SOURCE_REST}`,
      String.raw`^\W{0,3}data source:`,
      String.raw`\b(?:data|chart|graphic) (?:by|courtesy of) \w+\W*$`,
    ],
  },
  'picture-credit': {
    patterns: [
      // A caption's credit in brackets behind "Pic": "… at the close of the season (Pic FIG Fisheries)".
      String.raw`\s\(pic(?:ture)?s?:? [^()]{2,40}\)\W{0,2}$`,
      // A picture credit naming who allowed its use: "Permission granted by Example Bancorp", "Courtesy of Jane Roe", "Supplied by Example Energy", "Provided by Example Drive Systems".
      String.raw`^\W{0,3}(?:permission granted by|used with permission (?:of|from)|courtesy(?: of)?|supplied by|provided by)\s+\p{L}[^.!?]{0,60}\.?$`,
      // A credit's label at the start of the line; "Photograph" as a label, not the verb of a tip ("- photograph or film every room").
      String.raw`^\W{0,3}(?:photo|image|picture|(?:headline|top|main|featured|cover) (?:photo|image|picture)|file (?:photo|picture|pic|image)|photograph(?:er)?(?=\s*(?:[:|/©(]|by\b|courtesy\b|$))|photo courtesy|image source|illustration|infograph(?:ic)?)\b`,
      // A credit naming the paper or desk before the photographer: "Herald photo by Jane Roe", "Staff photo by Jane Roe".
      String.raw`^\W{0,3}(?:[\p{L}&.'’-]+ ){1,2}(?:photo|photograph|picture|image)s? by [\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}\W{0,3}$`,
      // A bare credit on the line under a caption: "Supplied", "Handout".
      String.raw`^\W{0,3}(?:supplied|handout)\W{0,3}$`,
      // An illustrator's credit: "Art by Jane Roe", "Artwork by …", "Art by Example / Getty Images".
      String.raw`^\W{0,3}(?:art|artwork|graphics?) by [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}(?: ?/ ?[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,2})?\W{0,3}$`,
      String.raw`^\W{0,3}(?:credits?|photo credits?|image credits?)\s*:`,
      String.raw`\b(?:photo|image|picture)\s*:\s*[^.]{0,40}/\s*(?:reuters|ap|afp|getty|bloomberg|shutterstock)\b`,
      String.raw`\bvia (?:shutterstock|getty|reuters|ap|istock|unsplash)\b`,
      String.raw`\b(?:reuters|afp|getty images|dpa|ap photo)/[a-z]`,
      String.raw`\bfile photo\b`,
      // A credit at the end of a caption: "(Photo by Jane Roe/Getty Images)".
      String.raw`\((?:photo|image|picture)s? (?:by|courtesy of|credit:?)\b[^)]{0,80}\)\W*$`,
      // A caption's bare credit: "(Courtesy)", "(Courtesy of Example Labs)".
      String.raw`\(courtesy(?: of [^()]{2,60})?\)\W*$`,
      String.raw`^\W{0,3}pic\s*:`,
      // A stand-in picture's note, with its credit or without: "(Representational Image: Reuters)", "(File photo)",
      // "Illustrative photo: Jane Roe, Example Radio", or behind its caption: "Trucks at a border crossing (illustration)".
      String.raw`^\W{0,3}\((?:representative|representational|file|symbolic|illustrative) (?:image|photo|picture)(?:\s*:\s*[^()]{2,40})?\)\W{0,3}$`,
      String.raw`^\W{0,3}(?:representative|representational|symbolic|illustrative) (?:image|photo|picture)\W{0,2}(?:$|:\s*[^.!?]{2,60}$)|\s\((?:illustration|(?:representative|representational|file|symbolic|illustrative|archive) (?:image|photo|picture))\)\W{0,2}$`,
      // A credit after a caption's dash: "… in Jebel Ali. — Supplied photo", "– File image", "— KUNA photo", "- TAP Photo / Archives", "— Reuters pic",
      // "— VNA/VNS Photo Jane Roe", "— Supplied", "- Credit: Jane Roe".
      // …or the photographer, maybe with the outlet: "… command a premium. — Picture by Jane Roe", "— Photo by Jane Roe, Example Times", "– Pic courtesy of Example Bhd".
      String.raw`\s[—–-]\s*(?:[\p{L}&]{2,10}(?:\/[\p{L}&]{2,10})? (?:photo|image|picture|pic)s?(?: ?\/ ?(?:archives?|files?|handout)| [\p{L}'’-]+(?: [\p{L}'’-]+){1,2})?|supplied|(?:photo|image|picture|pic|credit)s?(?: by| courtesy of|\s*:) [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}(?:, [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3})?)\W{0,2}$`,
      // A credit in square brackets, and a stand-in picture's note: "facility [Photo credit: Example Journal] used to illustrate the story".
      String.raw`\[(?:photo|image|picture) credits?\s*:[^\]]{2,60}\]|\bused to illustrate (?:the|this) (?:story|article|report)\b`,
      // Picture credits: "… (Image: Example Bank)" at the end of a caption, "(ABC News: Firstname Lastname)" on its own.
      String.raw`\((?:image|images|photo|photos|picture|pic|credit|illustration)\s*:\s*[^()]{2,60}\)\W{0,2}$`,
      String.raw`^\W{0,2}\([^():]{2,40}: [\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\)\W{0,2}$`,
      // A credit after the caption's last sentence: "… on Thursday. | KYODO", "… weiter. © Jane Roe/Agentur" (no year: not a copyright line).
      String.raw`[.!?]["“”»«]?\s+©\s*(?!\d)[\p{L}][\p{L}.'’ /-]{1,59}\p{L}$`,
      String.raw`\s\|\s*(?:kyodo|jiji|reuters|ap|afp|epa|getty images|bloomberg|dpa|xinhua|yonhap|keystone|apa|imago|shutterstock)\W{0,3}$`,
      ...PICTURE_CREDIT_LINES,
      // A caption's stand-in note at its end: "… near Kwekwe (File picture)", "… Christ Church. (FP)" (file picture).
      String.raw`\((?:file|archive|stock) (?:picture|pic|image)s?\)\W{0,2}$|[.!?]\s*\(fp\)\W{0,2}$`,
      // The outlet's credit in brackets, alone or at the end of a caption: "(iWN photo)", "(Example News file photo)", "… in October 2026 (ST Photo)",
      // "… in Aqaba. (Example/File)"; a press office's at the end of a caption: "… (Example Energy press service)".
      String.raw`(?:^\W{0,3}|\s)\((?:[\p{L}\d&.'’-]+ ){1,3}(?:file )?(?:photo|picture|pic|image)\)\W{0,3}$|\s\([\p{L}\d&.'’-]{2,15} ?\/ ?(?:file|archives?|handout)\)\W{0,2}$|\((?:[\p{L}\d&.'’-]+ ){1,4}press (?:service|office)\)\W{0,3}$`,
      // A photographer's credit in the Sri Lankan and Maldivian style: "Pic by Jane Roe", "(Sun Photo/ Jane Roe)".
      String.raw`^\W{0,3}(?:pic|pics|pix) by [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}\W{0,3}$|^\W{0,3}\(\p{L}+ (?:photo|pic)s? ?/ ?[^()]{2,40}\)\W{0,3}$`,
      // An agency's photo credit alone on its line, "AA Photo"; the credit behind a slash after a caption: a photographer with an
      // initial and the outlet ("… Seaport / J. Roe / LRT"), or the outlet after the last sentence ("… in 2014. / Example News").
      String.raw`^\W{0,3}\p{L}{2,5} photo\W{0,3}$|\s/\s*\p{L}\.\s?[\p{L}'’-]+\s*/\s*[\p{L}.&]{2,15}\W{0,2}$|[.!?]["“”]?\s+/\s*\p{L}[\p{L}\d.&'’ -]{1,30}\W{0,2}$`,
      // A photographer's name and the outlet behind a slash, the North American style: alone on its line or in brackets, its outlet
      // a paper's or a file's ("Jane Roe/The Example Daily Post", "(Jane Roe/Example News file)"; not "(net income/loss)"); after a
      // caption's last sentence and a dash, bar or slash ("… in LFA 34. — Jane Roe/Example", "… in August. | Jane Roe/KTW").
      String.raw`(?:^\W{0,3}|\s\()(?:[\p{L}.'’-]+ ){1,3}[\p{L}.'’-]+\s?/\s?(?:[\p{L}\d.&'’-]+ ){0,3}(?:${OUTLET_WORD})(?: file| photo| staff)?\)?\W{0,3}$|[.!?]["“”]?\s+[—–|/-]\s*[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\s?/\s?[\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,3}\W{0,2}$`,
    ],
  },
  'dateline-line': {
    patterns: [
      // A section with a relative date: "ECONOMY | Today 08:14".
      String.raw`^\W{0,3}${SECTION_FIELD}(?:today|yesterday),? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?\W{0,3}$`,
      WIRE_DATELINE,
      // A date line with short fields after it: "Friday, November 20, 2026 11:07 AM | Jane Roe", "Nov 4, 2026 • Jane Roe",
      // "20 November 2026 | Example Asia".
      String.raw`^\W{0,3}${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})${CLOCK_TIME}${BAR_FIELDS}$`,
      // …or with the time since its last update: "Nov 24, 2026 Updated 6 hrs ago"; a scraper may glue the page's spans together: "November 20, 20269:02 AM ESTUpdated 3 hours ago".
      String.raw`^\W{0,3}${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})(?:${CLOCK_TIME}\s{1,4}|\d{1,2}:\d{2} ?(?:am|pm)(?: ?[a-z]{2,4})?)(?:updated|posted) ${TIME_AGO}\W{0,3}$`,
      // The sections before the date: "Markets | Nov. 21, 2026", "Commodities · 21 November 2026 | 3 min read", "Example Research | Healthcare | Update | 19 November 2026".
      String.raw`^\W{0,3}(?:${SECTION_FIELD}){1,3}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})${CLOCK_TIME}(?:${BAR_FIELDS}|\W{0,3})$`,
      // The author before a dash, dot, slash or gap and the date: "Jane Roe - Thursday, November 19th, 2026", "Jane Roe    Friday, 20 November 2026", "Example World / 22 November 2026",
      // "Jane Roe · Nov 20, 2026 (02:14 PM EST)".
      String.raw`^\W{0,3}${NAME_WORD}(?: ${NAME_WORD}){1,3}(?: {1,3}[-–—|·/] {1,3}| {2,})${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})(?:${CLOCK_TIME}| \(\d{1,2}:\d{2} ?(?:am|pm)?(?: [a-z]{2,4})?\))\W{0,3}$`,
      // A desk or author name before the publication date: "Recorder Report Published November 21, 2026", "Article published on November 23, 2026, 12:05 am".
      String.raw`^[^.!?]{0,40}\b(?:published|updated|posted)(?: on)?:? ${MONTH_DAY_YEAR}${CLOCK_TIME}\W{0,3}$`,
      String.raw`^\W{0,3}(?:updated|published|posted|last updated|last update|last modified|publication date)(?=\s*(?:$|[:|·•,(–—-]|\d|(?:on|at|by|in|about|yesterday|today|just now)\b|${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})))|^\W{0,3}(?:first|originally) (?:published|posted)\s*:`,
      // A date in figures alone on its line: "11/21/2026", "Monday, 11/23/2026 15:42".
      String.raw`^\W{0,3}${WEEKDAY}${NUMERIC_DATE}${CLOCK_TIME}\W{0,3}$`,
      // The clock time before the date: "02:17 PM ET 11/24/2026", "9:41 a.m. EST Nov. 24, 2026".
      String.raw`^\W{0,3}\d{1,2}:\d{2} ?(?:am|pm|a\.m\.|p\.m\.)?(?: [a-z]{2,4})?,? (?:${NUMERIC_DATE}|${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})\W{0,3}$`,
      // The date with its author (and the author's site): "November 20, 2026, by Jane Roe", "November 20, 2026 Jane Roe",
      // "Monday, 11/23/2026 15:42 by Jane Roe, Example".
      String.raw`^\W{0,3}${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${NUMERIC_DATE})${CLOCK_TIME}(?:,?\s+by ${NAME_WORD}(?: ${NAME_WORD}){0,3}(?:, ${NAME_WORD}(?: ${NAME_WORD}){0,2})?|,? ${NAME_WORD}(?: ${NAME_WORD}){1,3})\W{0,3}$`,
      // A line that is only a date, maybe with a clock time: "May 14, 2025, 06:00am EDT", "Friday, November 20, 2026", "19th November 2026", "Nov. 21 2026, Published 8:42 a.m. ET".
      String.raw`^\W{0,3}${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})(?:,? (?:published|updated|posted))?${CLOCK_TIME}\W{0,3}$`,
      String.raw`^\W{0,3}${COMMENTER_NAME}${TIME_AGO}\W{0,3}$`,
      // A posting time inside a byline line: "Jane Roe · CBC News · Posted: Nov 20, 2026".
      String.raw`(?:[·|•]|\s[-–])\s*\b(?:posted|published|updated|last updated)\s*:?\s*(?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)`,
      // A date line with the day before the month: "Saturday 21 November 2026 09:12, UK", "Thu 19 Nov 2026 // 11:42 UTC",
      // "20 Nov 2026 06:15PM (Updated: 20 Nov 2026 07:02PM)".
      String.raw`^\W{0,3}${WEEKDAY}\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}(?:(?:,? | ?(?://|[|•·–-]) ?)\d{1,2}:\d{2}(?: ?[ap]m)?)?(?:,? [a-z]{2,4})?(?: \((?:updated|published):? [^()]{4,40}\))?[^\p{L}\d.]{0,3}$`,
      // A date with the post's categories: "23 November 2026 in Business, Gas & Oil, Nampula".
      String.raw`^\W{0,3}(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}) in [\p{L}&'’ -]{2,30}(?:, [\p{L}&'’ -]{2,30}){0,5}$`,
      // The date and the time behind a dash or bar: "Monday, November 23, 2026 - 09:12.".
      String.raw`^\W{0,3}${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}) [-–—|·] \d{1,2}:\d{2}(?: ?(?:am|pm))?(?: [a-z]{2,4})?\W{0,3}$`,
      // The site's name before a date in dotted figures: "Example Today 2026.11.22."
      String.raw`^\W{0,3}${NAME_WORD}(?: ${NAME_WORD}){1,3},? \d{4}\.\d{2}\.\d{2}\.?\W{0,3}$`,
      // A relative update time on its own line: "Last update: about 2 hours ago", "Updated 35 minutes ago".
      String.raw`^\W{0,3}(?:last )?(?:update[ds]?|published|posted)\s*:?\s*${TIME_AGO}\W{0,3}$`,
      // A publication note's lead, cut from its date: "This content was published on".
      String.raw`^\W{0,3}this (?:content|article|story) was (?:first )?published on\W{0,3}$`,
    ],
  },
  contact: {
    patterns: [
      // A reporter's box: "Email jane.roe@example.co.uk or follow me on X @JaneRoe".
      String.raw`^\W{0,3}e-?mail [\w.+-]+@[\w-]+(?:\.[\w-]+)+ or follow (?:me|us|him|her) on\b`,
      // An author box's link: "Email the author".
      String.raw`^\W{0,3}e-?mail the (?:author|reporter|writer|journalist)\W{0,3}$`,
      // A line over the reporter's address: "Email Jane Roe:", "Reach Jane Roe at".
      String.raw`^\W{0,3}(?:email|e-mail|contact|reach) (?!(?:the|us|our|your|a|an|this|them|him|her)\b)[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}(?:\s*:| at)\s*$`,
      String.raw`^\W{0,3}contacts?\W{0,3}$`,
      // A call for readers' stories on the article's theme: "Have a housing story to share?", "Got a tip to share?", "Have a question, comment, or story to share?".
      String.raw`^\W{0,3}(?:have|got) (?:a|an) (?:[\p{L}-]+,? (?:or )?){0,3}(?:story|tip) to share\W{0,3}$`,
      // The reporter's address at the end: "He can be reached at 555-0148 or jroe@example.com." (not a place: "… can be reached by ferry").
      String.raw`^\W{0,3}(?:he|she|they|[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}) (?:can|may) be (?:reached|contacted) (?:at|by phone at|by email at|via email at|on) ${PHONE_OR_EMAIL}`,
      // …or as a call: "Reach Jane Roe at 570-555-0114 or on X @example.", "You can reach Jane at jroe@example.com.", "Contact this reporter at 555-0148 or email …", "Contact Staff Writer Jane Roe at …".
      String.raw`^\W{0,3}(?:you can )?(?:reach|contact) (?!(?:us|our|the|your)\b)(?:(?:${EDITOR_ROLE} |staff |sports )?(?:writer|reporter|editor|correspondent) )?[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,2} at ${PHONE_OR_EMAIL}`,
      // …or as a line of its own: "Jane Roe: jroe@example.com; 412-555-0147; and on X at @example."
      String.raw`^\W{0,3}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}\s*:\s*${PHONE_OR_EMAIL}`,
      // …or behind a call, over the names of its links: "Contact Jane Roe anytime: Email | X | 315-555-0187".
      String.raw`^\W{0,3}contact (?!(?:the|us|our|your|a|an|this)\b)[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}(?: anytime)?\s*:\s*(?:e-?mail|x|twitter|phone)\b`,
      // …and the reporter's handle: "You can follow him on X @example."
      String.raw`^\W{0,3}(?:you can )?follow (?:him|her|them|me) on (?:x|twitter|bluesky|threads|instagram|linkedin|mastodon)\b`,
      // A press release's contact block head: "For more information:" (with its colon; "For more information, see …" is a pointer).
      String.raw`^\W{0,3}for (?:more|further) information(?:,? (?:please )?contact)?\s*:\W{0,3}$`,
      // A call for news tips and its address: "Got a story?", "Have a tip for us, …?", "Get in touch here.", "Email news@example.co.uk".
      String.raw`^\W{0,3}(?:got|have|have you got|do you have) a (?:story|news story|news tip|tip)(?:(?: for us)?\W{0,3}$| for us\b)|^\W{0,3}get in touch(?: with us)? (?:here|today|now|directly)\W{0,3}$|^\W{0,3}(?:have|got) (?:any )?feedback on this (?:article|story|piece)\s*\?|^\W{0,3}alternatively,? (?:e-?mail|contact|write to)\b|^\W{0,3}(?:email|e-mail|write to|contact)(?: us)?(?: at)? [\w.+-]+@[\w-]+(?:\.[\w-]+)+\W{0,3}$`,
      // An author's or site's handle on a line of its own: "Twitter: @example_writer", "X : @example, @ExampleTV".
      String.raw`^\W{0,3}(?:twitter|x|instagram|bluesky|threads|mastodon|linkedin|facebook|tiktok|youtube)\s*:\s*@[\w.@-]{2,40}(?:,\s*@[\w.@-]{2,40})*\W{0,3}$`,
      // Not the place an article points to: "a slide presentation will be on the investor relations section of its website".
      String.raw`\b(?:media|investor|press) (?:contacts?|inquiries|relations(?! (?:website|web site|site|section|page|portal|area)\b))\b`,
      // With a value after the colon: a bare "Email:" is a field of a sign-up form, not a contacts block.
      String.raw`\b(?:tel|phone|fax|e-mail|email)\.?:(?=\s*\S)`,
      String.raw`\|\s*source\s*:`,
      // "Source: company filings"; without a colon only a press release's last line, a name ("SOURCE Example Corp."), not a
      // list item that starts with the verb ("- source at least 35 percent of its power from …"), nor a subheading where
      // "source" qualifies a noun ("Source markets", "Source of funds").
      String.raw`^\W{0,3}source: [a-z]${SOURCE_REST}|^source (?!(?:markets?|countries|materials?|code|of|data|regions?)(?: |$))[\p{L}&.,'’-]+(?: [\p{L}&.,'’-]+){0,4}$`,
    ],
  },
  widget: {
    patterns: [
      // A quote box's header: "Live prices", "Live quotes".
      String.raw`^\W{0,3}live (?:prices|quotes|rates|market data)\W{0,3}$`,
      // A price table's notes: "Prices are indicative.", "Last updated 10:40 GMT".
      String.raw`^\W{0,3}prices are indicative\W{0,3}$|^\W{0,3}last updated \d{1,2}:\d{2}\s?(?:am|pm)?\s?(?:gmt|bst|cet|utc|et|est|edt|aest|aedt)?\W{0,3}$`,
      // A data line under a fund's figures: "Fund data provided by Example Research as at 31/10/2026."
      String.raw`^\W{0,3}(?:fund|market|price|share price|stock) data (?:provided|supplied|sourced) by\b`,
      // A weather strip: "Concord, NH 34°F", "High 39F.", "Winds NW at 10 to 15 mph."
      String.raw`^\W{0,3}[\p{L} .'’-]{2,30}, [a-z]{2} -?\d{1,3} ?°[fc]\W{0,3}$|^\W{0,3}(?:high|low) -?\d{1,3} ?°? ?[fc]\W{0,3}$|^\W{0,3}winds? (?:[nsew]{1,3}|north|south|east|west|light and variable)(?: at)? \d{1,2}(?: to \d{1,2})? ?mph\W{0,3}$`,
      // A quote box's time stamp: "Markets as of 4:15 p.m. NT", "Prices at 10:30am AEDT", "As of 3:59 p.m. ET", "As of 4:00 PM ET 11/23/2026".
      String.raw`^\W{0,3}(?:(?:markets?|prices|quotes|data|rates) (?:as of|as at|at)|as of|as at) \d{1,2}(?::\d{2})? ?(?:a\.m\.|p\.m\.|am|pm)(?: [a-z]{2,4})?(?:,? \d{1,2}/\d{1,2}/\d{2,4})?\W{0,3}$`,
      // A quote line with the stock's code, price and change: "EXAMPLE (0247) RM1.86 +0.07 (+3.91%)".
      String.raw`^\W{0,3}[\p{L}&.' -]{2,40} \([a-z\d.]{1,6}\) {1,3}(?:[a-z]{1,3}\$?|[$€£¥])?\s?\d[\d.,]* {1,3}[+\-−]\d[\d.,]* \([+\-−]\d[\d.,]*%\)\W{0,3}$`,
      // A gold-rate widget's rows: "24K Dh512.75", "22 Karat ₹7,245".
      String.raw`^\W{0,3}(?:24|22|21|18|14)\s?(?:k|kt|karat|carat) (?:gold )?(?:[\p{L}$₹£€]{1,3}\.? ?)?\d[\d,.]*\W{0,3}$`,
      // A bar of named scores (language-neutral): "StockRank™ 22 | Quality 48 | Value 61".
      SCORE_BAR,
      // A ticker of quotes (language-neutral): "Gold 2,684.10 $ +0.4% | Silver 31.22 $ -0.2%".
      TICKER_BAR,
      // A strip of changes alone (language-neutral): "DOW FUTURES +0.21% S&P FUT +0.34% NASDAQ FUT +0.47%".
      CHANGE_BAR,
      // A rate board's row (language-neutral): "USD 48.92 | 49.02", "SAR Buy 563 Sell 566", and its title with the place: "Exchange rates – Aden".
      RATE_ROW,
      String.raw`^\W{0,3}(?:official )?exchange rates?\s{0,3}[–—:|-]\s{0,3}[\p{L}'’. -]{2,30}$`,
      // A quote widget's fields: "Bid: 14.20  Offer: 14.50  Volume: 38,412,906", "Open 12.30  High 14.80  Low 12.25  Prev close 12.25".
      quoteBar(String.raw`open|high|low|close|prev(?:ious)? close|bid|offer|ask|volume|vol|change|chg|last|price|day['’]?s? (?:high|low|range)|mkt cap|market cap`),
      // A trading widget's prices: "Sell 68.10 Buy 68.14".
      String.raw`^\W{0,3}sell \d[\d.,]* buy \d[\d.,]*\W{0,3}$`,
      // A media player's clock and speed buttons (language-neutral): "04:12", "00:00 / 05:48", "1.25x".
      String.raw`^\W{0,3}(?:\d{1,2}:)?\d{1,2}:\d{2}(?: / (?:\d{1,2}:)?\d{1,2}:\d{2})?\W{0,3}$|^\W{0,3}[0-2](?:[.,]\d{1,2})?[x×]\W{0,3}$`,
      // A ticker's row that ends in a price and its change behind an arrow, or a bar of such rows (language-neutral):
      // "ICE canola Jan 27 $648.30 ▲ 4.10", "Weizen Dez 26 218,50 €/t ▲ 1,25 | Raps …", "Example Stock Price $87.42 ▲ +8.71 (+11.06%)".
      String.raw`\S\s{0,3}[▲▼△▽►▶↑↓]\s?[+\-−]?\d[\d.,]*\s?%?(?: \([+\-−]?\d[\d.,]*\s?%\))?(?:\W{0,2}$|\s{0,3}[|·•]\s|\s+(?:vol(?:ume)?|mkt cap|market cap|high|low|open)\b)`,
      // A rating widget's fields: "Analyst Consensus: Moderate Buy · Avg. Price Target: $96.25", "Example Rank #2 (Buy) 2", "Industry Rank: Top 34% (85 out of 250)".
      String.raw`^\W{0,3}[\p{L}.&-]+ rank #\d \((?:strong )?(?:buy|sell|hold)\)(?: \d)?\W{0,3}$|^\W{0,3}(?:industry|sector) rank\s*:`,
      String.raw`\banalyst consensus\s*:\s*(?:strong |moderate )?(?:buy|sell|hold)\b[^\p{L}\d]{0,3}(?:[·|]|$)`,
      // …or in a price with its arrow behind it, maybe after its unit (language-neutral): "Schweine (EUR/kg SG) 1,94 ▼", "Butter: 5,62 €/kg ▼".
      String.raw`\d[\d.,]*\s?(?:%|[€$£]?(?:/\p{L}{1,3})?|\p{L}{1,3}/\p{L}{1,3})\s?[▲▼△▽]\W{0,2}$`,
      // A price change alone on a line (language-neutral): "+0.31%", "-2.11 (-9.00%)", "−0,84 %".
      String.raw`^\W{0,3}[+\-−]\s?[$€£]?\d[\d.,]*\s?%?(?:\s*\(\s?[+\-−]?\d[\d.,]*\s?%\s?\))?\W{0,3}$`,
      // A quote box's fields and their figures (language-neutral), one or a few behind bars: "Volume: 1.84M", "Kurs: 19,02 Euro",
      // "KGV 2027e: 8,4 | Div.-Rendite: 6,1 %", „52W-Hoch: 48,60 | 52W-Tief: 30,88“; not "Kursziel: 62 Euro".
      String.raw`^\W{0,3}${QUOTE_FIELD}(?:\s*[|·•]\s*${QUOTE_FIELD}){0,3}\W{0,3}$`,
      // A star rating with its score (language-neutral): "★★★★☆ 4,6/5 (1.284 Bewertungen)", "★★★★★ 4.8/5".
      String.raw`^\W{0,3}[★☆]{3,5} ?\d(?:[.,]\d)? ?\/ ?5(?: \(\d[\d.,]* (?:bewertungen|ratings|reviews|stimmen|votes)\))?\W{0,3}$`,
      // A site's own rating as a line: "Overall Score: 38/100", "Composite Rating: 95".
      String.raw`^\W{0,3}(?:[\p{L}-]+ ){0,2}(?:score|rating|rank)\s*:\s*#?\d{1,3}(?:\s?/\s?\d{1,3})?\W{0,3}$`,
      // Bid and ask, a chart's period buttons (language-neutral): "Geld 41,14 | Brief 41,22", "1T | 1W | 1M | 6M | 1J | 5J".
      String.raw`^\W{0,3}(?:geld|bid)\W{1,3}[\d.,]+\s*(?:[|·•/]\s*)?(?:brief|ask)\W{1,3}[\d.,]+\W{0,3}$`,
      String.raw`^\W{0,3}(?:\d{1,2}[dtwmjy]|ytd|max)(?:(?:\s*[|·•/]\s*|\s+)(?:\d{1,2}[dtwmjy]|ytd|max)){2,9}\W{0,3}$`,
      // A quote widget's line: name, price and change, nothing else ("Harlow Freight 27.84 $ +6.31 %", "Nordwind Kabeltechnik 27,84 € +6,31 %",
      // "DAX 21.318 Pkt. +0,3 %"; language-neutral).
      String.raw`^\W{0,3}\p{L}[\p{L}\d&.'’ -]{1,50} [$€£]?\d[\d.,]*[.,]\d+ ?(?:€|eur|usd|chf|gbp|\$|£|p|pkt\.|pts\.?)? [+\-−–±] ?\d[\d.,]*[.,]\d+ ?%\W{0,3}$`,
      // A quote line: "Last: $0.415 +0.010 (+2.47%)".
      String.raw`^\W{0,3}last(?: price)?\s*:\s*[$€£]?\d[\d.,]*\s*[+\-−]`,
      // Widget labels, alone or before their figure ("Market Cap $1,905B"); not "a market cap of $2 trillion" in a sentence.
      String.raw`^\W{0,3}market cap(?:italization)?\W{0,3}$|\bmarket cap(?:italization)?:? [$€£]?\d`,
      String.raw`\btoday'?s change\b`,
      String.raw`^\W{0,3}current price\W{0,3}$|\bcurrent price:? [$€£]?\d`,
      String.raw`\b(?:52 ?wk|day'?s) range\b`,
      String.raw`\bavg\.? vol\b`,
      String.raw`\bquick quote\b`,
      String.raw`^\W{0,3}(?:prices?|quotes?|data) as of\b`,
      String.raw`\bkey data points\b`,
      String.raw`\b(?:quotes|data|prices) provided by\b.{0,40}\bdelayed\b`,
      // A widget's credit: "Market data supplied by Example Water Exchange."
      String.raw`^\W{0,3}market data (?:supplied|provided|sourced|powered) by\b`,
      String.raw`\bdelayed (?:by )?(?:at least )?\d+ min(?:utes?|s)?\b`,
      String.raw`^\W{0,3}frequently asked questions\W{0,3}$`,
      // The instruments box of a quote page and its search field: "In this article:", "Tickers in this story", "Search quote or symbol".
      String.raw`^\W{0,3}(?:(?:(?:tickers|stocks|securities|instruments|coins|tokens|assets|companies|funds|(?:fund )?managers) )?(?:in|mentioned in) this (?:article|story)|(?:stocks|tickers) mentioned)\W{0,3}$`,
      // A quote search's box: "Search quotes, news & videos", "Search symbols or users", "Enter a ticker symbol", "Search for a stock, eg. BARC",
      // "Search funds, trusts and shares", "Search the website ...".
      String.raw`^\W{0,3}(?:search|enter) (?:for )?(?:a |an )?(?:ticker |stock )?(?:${SEARCH_TARGET})(?:,? (?:or |and |& )?(?:${SEARCH_TARGET}))*(?:\s*(?:\.{3}|…)?\W{0,3}$|,? e\.?g\.? [^.!?]{1,40}$)`,
      // A pointer to a chart or table the scrape did not keep: "Take a look at how X fares in that regard, below."
      String.raw`\b(?:take|have) a (?:closer )?look at\b.{0,80}\bbelow[.!]?$`,
      String.raw`^\W{0,3}(?:watchlist|previous close|day['’]?s (?:high|low)|open|top (?:gainers|losers)|market data|most active)\W{0,3}$`,
      String.raw`^\W{0,3}(?:1d|5d|1m|3m|6m|ytd|1y|5y|max)(?: (?:1d|5d|1m|3m|6m|ytd|1y|5y|max)){3,}\W{0,3}$`,
      String.raw`^\W{0,3}at close:`,
      // A quote widget's buttons: "Buy Sell Add to watchlist", "Trade | Set alert".
      String.raw`^\W{0,3}(?:buy|sell|trade|add to watchlist|watchlist|set (?:a )?(?:price )?alert)(?:(?:\s*[|·•/]\s*|\s+)(?:buy|sell|trade|add to watchlist|watchlist|set (?:a )?(?:price )?alert)){1,5}\W{0,3}$`,
      // A quote box's note: "Delayed quote, prices in B$", "Quotes delayed".
      String.raw`^\W{0,3}(?:delayed quotes?|quotes? (?:are )?delayed)\b`,
      String.raw`^\W{0,3}market data (?:is )?delayed\b`,
      // A currency box's rates behind bars: "Exchange rate: USD 1 = Nu 84.62 | AUD 1 = Nu 55.10".
      String.raw`^\W{0,3}(?:(?:exchange rates?|forex|fx|interbank)\s*:\s*)?(?:[a-z]{2,3}\$?|\$|€|£) ?1 = [^|]{2,20}(?:\|\s*(?:[a-z]{2,3}\$?|\$|€|£) ?1 = [^|]{2,20}){1,5}$`,
      // A currency box's buying and selling rates: "Exchange rates (Example Bank)" over "USD 21,870 / 21,960".
      String.raw`^\W{0,3}(?:exchange|currency|forex|fx) rates? \([^()]{1,20}\)\W{0,3}$|^\W{0,3}[a-z]{3} \d[\d,.]* ?/ ?\d[\d,.]*\W{0,3}$`,
      // A commodity box's row (language-neutral): "Brent 71.40 USD/Fass +1,1%", "Schweine (VEZG) 1,82 €/kg SG +0,03".
      COMMODITY_ROW,
      // A quote row's price with its change in points and in per cent (language-neutral): "USD/JPY 158.42 +0.37 (+0.23%)", "Nikkei 225 49,812.06 −213.44 (−0.43%)";
      // or a price in a currency and its change: "FCPO (3rd month) RM4,380 +0.9%".
      String.raw`(?:^|\s)\d[\d.,'’]*\s[+\-−–±]\s?\d[\d.,'’]*\s\(${SIGNED_PERCENT}\)\W{0,3}$|(?:^|\s)(?:${PRICE_SIGN}|rm|rp)\d[\d.,'’]*\s${SIGNED_PERCENT}\W{0,3}$`,
      // A currency pair's rate and change (language-neutral): "EUR/CZK 24,68 −0,12 %", "USD/GEL 2.71 +0.3%".
      String.raw`^\W{0,3}[a-z]{3} ?\/ ?[a-z]{3}\s+\d[\d.,]*\s+${SIGNED_PERCENT}\W{0,3}$`,
      // A weather strip of cities and temperatures (language-neutral): "Astana +2° Almaty +9°", "Tashkent 12 °C | Samarkand 10 °C".
      String.raw`^\W{0,3}(?:[\p{L}-]+ [+\-−]?\d{1,2} ?°c?(?: [|·•])? ?){2,8}\W{0,3}$`,
      // A currency widget (language-neutral): "USD 12 846.30", "USD 9.4215 EUR 10.8730 RUB 0.1174", "1 EUR = 7,46 DKK".
      ...CURRENCY_RATES,
      // A comparison table's controls: "Compare up to 4 providers", "Showing 2 of 31 results", "View methodology".
      String.raw`^\W{0,3}compare up to \d{1,2} (?:providers|products|cards|accounts|lenders|funds|loans|plans)\W{0,3}$|^\W{0,3}showing \d{1,3} (?:of|out of) \d{1,4} (?:results|products|providers|offers|cards|accounts)\W{0,3}$|^\W{0,3}view (?:our |the )?methodology\W{0,3}$`,
    ],
  },
  'second-person': {
    patterns: [String.raw`\b(?:you|your|you're|you'd|you'll|yourself)\b`],
  },
  'buy-sell-question': {
    patterns: [
      String.raw`\b(?:buy|sell|hold),? or (?:a )?(?:sell|hold|buy)\b`,
      String.raw`\b(?:buy|sell) (?:right )?now\s*\?`,
      String.raw`\btime to (?:buy|sell)\b`,
      String.raw`\binvest \$[\d,]+ in\b`,
      // "Is Example a buy after its bond debut?", "Should you buy Example shares?"
      String.raw`^\W{0,3}is [\p{L}\d&.'’ -]{1,60}? an? (?:buy|sell|bargain)\b[^.!?]{0,40}\?|^\W{0,3}should (?:you|i|investors) (?:buy|sell) [^.!?]{1,60}\?`,
    ],
  },
  'reported-speech': {
    patterns: [
      // A message the text quotes: "Her advice to homeowners: "Don't wait …"".
      String.raw`\b(?:message|advice|warning|appeal|plea|verdict)(?: to [\p{L} -]{1,30})?\s*:\s*["“]`,
      // …or that a named party gives: "the message from analysts is simple: plan your …", "The advice of the regulator was clear:".
      String.raw`\b(?:message|advice|warning|verdict|recommendation) (?:from|of) (?:[\p{L}'’-]+ ){1,4}(?:is|was|remains) (?:simple|clear|blunt|straightforward|plain|unambiguous)\s*:`,
      // Not a reporter's bio: "She previously reported on payments for …" (but "He previously said …" is). A notice
      // cautions in the present tense or the passive ("Readers are cautioned …"); "In the filing, the company
      // cautioned that …" reports one.
      String.raw`\b(?:said|says|told|according to|(?<!previously )reported|noted|added|(?<!previously )wrote|explained|(?<!otherwise )stated|announced|estimated|expects?|(?<!\b(?:are|is|be|been|being) )(?:cautioned|warned))\b`,
      // The past perfect narrates what had happened ("The company had raised prices"); a pitch speaks
      // to the reader in the present ("If you had invested …" is the pitch).
      String.raw`(?<!\byou )\bhad\b`,
      // A company's size, as news gives it: "The group employs about 1,300 people".
      String.raw`\bemploy(?:s|ed)? (?:about |around |some |roughly |nearly |almost |more than |over |approximately )?\d[\d,.]* (?:people|workers|staff|employees)\b`,
      // A document sourced to someone else's website: "is available on Meridian Indices' website",
      // "a webcast available on its investor relations website" (not "on our website").
      String.raw`\bon (?:its|their|the company['’]s|[\p{L}.&-]+(?: [\p{L}.&-]+)?['’]s?) (?:investor relations |corporate |official )?(?:website|web site)\b`,
      // A named party's own event, announced in the third person: "Quillon will hold a free webinar
      // for advisers on 3 December", "The company will host a conference call" (not "We will host …").
      String.raw`^\W{0,3}(?!(?:we|you|join|register|sign)\b)[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3} (?:will|plans to|is to) (?:hold|host|run) (?:a|an|its) (?:[\p{L}-]+ ){0,2}(?:webinar|webcast|conference call|earnings call|investor day|capital markets day|briefing|town hall|roadshow|open day)s?\b`,
      // The attribution after a quotation: ""…," asks Jane Doe", ""…," warned the analyst".
      String.raw`(?:,[“”"]|[“”"»«],)\s+(?:asks|asked|warns|warned|adds|argues|argued|recalls|recalled)\b`,
      // A call to a group, reported: "The bank also reminded customers to download the app only from …".
      String.raw`${REPORTED_CALL}\p{L}`,
    ],
  },
  'dateline-lead': {
    caseSensitive: true,
    patterns: [
      // A wire dateline fused into the lead sentence: "WASHINGTON, Sept 18 (Reuters) - …",
      // "SAN FRANCISCO, Aug. 08, 2024 (GLOBE NEWSWIRE) -- …", "MENLO PARK, Calif., Oct. 21, 2025 /PRNewswire/ -- …",
      // "SAN DIEGO--(BUSINESS WIRE)--…": a city in capitals, an optional date, the source in brackets or slashes, a dash.
      String.raw`^\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,[^()\n]{2,40}?)?\s*(?:-{1,2}\s*)?\([^()\n]{2,40}\)\s*[-–—]{1,2}\s*\p{Lu}`,
      String.raw`^\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,[^/\n]{2,40}?)?\s*/[^/\n]{2,30}/\s*[-–—]{1,2}\s*\p{Lu}`,
    ],
  },
  'summary-heading': {
    patterns: [
      // A stock analysis's verdict over its price target: "Verdict: Buy", "Our rating: Hold (speculative)".
      String.raw`^\W{0,3}(?:our )?(?:verdict|rating|recommendation)\s*:\s*(?:buy|hold|sell|outperform|underperform|overweight|underweight|accumulate|neutral)\b[^.!?]{0,30}$`,
      // The article's own summary and explainer headings: "Key Takeaways", "Highlights", "At a glance", "Why it matters", "What customers should do now", "Our advice to you" (not the reader's: "What you can do next" heads a sales pitch).
      String.raw`^\W{0,3}(?:key (?:takeaways|points|facts|figures|findings|highlights)|takeaways|highlights|in brief|in short|summary|(?:the )?bottom line|(?:our|my) advice(?: to (?:you|readers))?|the big picture|what happened|why it matters|what['’]?s next|what (?:this|that|it) means for [\w' ]{1,30}|what (?!you )(?:[\p{L}'’-]+ ){1,3}(?:should|can|need to|must) do(?: now| next)?)\W{0,3}$`,
      // The writer's advice or verdict run into its sentence: "Our advice: Set aside half an hour this week …", "Bottom line: …", "Conclusion: …".
      String.raw`^\W{0,3}(?:(?:our|my) (?:advice|verdict|take)|(?:the )?bottom line|conclusion|(?:the )?takeaway)\s*:\s*\S`,
      // A verdict's pros and cons: "Positives:", "Risks", "The bear case".
      String.raw`^\W{0,3}(?:the )?(?:positives|negatives|pros|cons|strengths|weaknesses|risks|opportunities|bull case|bear case)\W{0,3}$`,
      // The article's own boxes: "Factbox", "Fact file", "Background", its box of advice "Expert tip" (not "Hot tips", a pitch).
      String.raw`^\W{0,3}(?:factbox|fact box|fact file|background|${ADVICE_BOX})\W{0,3}$`,
      // A box's title with its topic: "Background: the community diagnostic centre programme", "Factbox: …", "Fact file: …", "By the numbers: …",
      // "Practical tips: how to plan for the holidays".
      String.raw`^\W{0,3}(?:background|factbox|fact box|fact file|explainer|${FIGURES_BOX}|${ADVICE_BOX})\s*:\s*(?:[\p{L}\d'’-]+ ){0,9}[\p{L}\d'’-]+\W{0,2}$`,
      // The article's own fact box titles: "The project in numbers", "By the numbers", "Example & Sons at a glance", "Key data".
      String.raw`^\W{0,3}(?:(?:[\p{L}&-]+ ){0,3}${FIGURES_BOX}|key data|fact sheet|project details)\W{0,3}$`,
      // …or its facts: "Fund facts", "Key facts", "Deal facts", "Fact file".
      String.raw`^\W{0,3}(?:[\p{L}-]+ ){0,2}(?:facts|fact file|fact box|factbox)\W{0,3}$`,
      // …or its timeline: "Timeline: Example's road to restructuring", "Key dates", "Chronology", "Key milestones".
      String.raw`^\W{0,3}(?:timeline|chronology|key dates|(?:key )?milestones)(?:\s*:\s*[^.!?]{2,80})?\W{0,3}$`,
    ],
  },
  'correction-note': {
    patterns: [
      // "Correction: An earlier version of this article said …", "Correction, 21 November 2026: An earlier version …",
      // "This article was amended on 19 November 2026.", "Clarification: A previous version of this story misstated …"
      // (not an editor's note, which is often a disclaimer).
      String.raw`^\W{0,3}(?:correction|clarification)(?:,? \d{1,2} \p{L}+ \d{4}|,? \p{L}+ \d{1,2},? \d{4})?\s*:\s*(?:an earlier|a previous|the original) (?:version|edition|headline)\b`,
      String.raw`^\W{0,3}this (?:article|story) (?:was|has been) (?:amended|corrected|updated to correct)\b`,
    ],
  },
};
