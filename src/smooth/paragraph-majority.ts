import { hasStrongCue, type UnitFeatures } from '../features/index.js';
import { OPENING_QUOTE_MARK } from '../features/quoted-cues.js';
import { hasAddress, wordsBesideSeparators } from '../features/text-shape.js';
import { CLEARLY_KEPT } from './clearly-kept.js';
import type { SmoothingPass } from './index.js';
import { wordsIn } from './line-runs.js';
import { BARE_BUTTON_WORDS, capAt, capLine, isArticleVoice, isRemoved, raiseTo, revise, strongCuesOnlyFrom } from './revise.js';

/** A name that opens a sentence: two or three capitalised words ("Jane Roe ist …", "Mary-Ann de Roe"). */
const AUTHOR_NAME = /^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|von|van|de|der|da)){1,2}(?= )/u;
/** A link to an author's articles has at most this many words. */
const AUTHOR_LINK_WORDS = 8;
/** A paragraph (a line of text) of at least this many units… */
const MIN_UNITS = 3;
/** …of which at least this share of the units… */
const MIN_REMOVED_UNITS = 0.5;
/** …and of the words is removed, ending in a removed unit, is boilerplate as a whole. */
const MIN_REMOVED_WORDS = 0.4;
/** A removed statement opening a mostly kept paragraph has at least this many words to be its first sentence. */
const MIN_OPENING_WORDS = 4;
/** Score given to the rest of such a paragraph. */
const PARAGRAPH_SCORE = 0.9;
/** A paragraph opening with kept text, with at least half its words kept, is article text… */
const MIN_KEPT_WORDS = 0.5;
/** …and its statements without any cue of their own are kept at this score. */
const KEPT_SCORE = 0.3;

/** A promo box is a paragraph of at most this many units… */
const MAX_BOX_UNITS = 4;
/** …and words… */
const MAX_BOX_WORDS = 40;
/** …ending in a call to action of at most this many words, or in a bare button. */
const MAX_BUTTON_WORDS = 10;

/**
 * A sentence that names a price, a free trial or a newsletter without addressing the reader ("… die
 * App, die 30 Tage kostenlos getestet werden kann und danach 9,90 Euro im Monat kostet.", „Wir haben
 * bewusst wenig in den Gratis-Newsletter gepackt: …“) reports an offer.
 */
const reportsAnOffer = (f: UnitFeatures): boolean =>
  strongCuesOnlyFrom(f, ['product', 'newsletter']) && !f.cues.includes('second-person') && f.cues.some((c) => c === 'product' || c === 'offer-word');

/**
 * A sentence whose only cues are a newsletter's or a mention of a free offer, without addressing
 * the reader („Außerdem bieten die Stadtwerke einen Newsletter mit Energiespartipps an.“, „Die App
 * ist kostenlos für Android und iOS erhältlich.“): the article reports it. A product's cue is the
 * pitch's own ("The Stock Advisor service has more than tripled the return of …").
 */
const mentionsAnOffer = (f: UnitFeatures): boolean => f.cues.length > 0 && f.cues.every((c) => c === 'newsletter' || c === 'offer-word');

/** A paragraph's last sentence reports an offer when at least this many sentences of article text precede it. */
const MIN_KEPT_BEFORE_NOTE = 3;

/** A colon with a title behind it, not a quotation („… mitgeben: „Kaufen Sie hier, …“). */
const TITLE_BEHIND_COLON = new RegExp(`: (?!${OPENING_QUOTE_MARK})`, 'u');

/**
 * A statement without cues, or one that only speaks to the reader ("It is worth looking up your
 * property before you make a submission.", a source's words quoted behind a colon: „Ihren
 * Stammkundinnen möchte sie mitgeben: „Kaufen Sie hier, …“) and announces no title behind a colon
 * („Lesen Sie morgen: Wie junge Landwirte …“).
 */
const plainStatement = (f: UnitFeatures): boolean =>
  f.cues.length === 0 || (f.cues.every((c) => c === 'second-person') && !TITLE_BEHIND_COLON.test(f.shape.trimmed));

/** A strong cue that is not outweighed by the article's own voice (a quote, reported speech). */
const strongCueOfItsOwn = (f: UnitFeatures): boolean => hasStrongCue(f) && !isArticleVoice(f);

/**
 * A paragraph is judged as a whole. One that is mostly boilerplate is boilerplate: when at least
 * half of a line's units, the last among them, are removed, the pitch sentences between them
 * that carry no cue of their own ("Sure, there are always opportunities in the stock market …")
 * go too; so do the kept units of an otherwise removed paragraph when each carries a strong
 * cue of its own ("We use cookies to …" above "By continuing, you agree …"), and a paragraph
 * whose every unit carries one; so does a short box of up to three sentences that ends in a
 * removed button-like call to action ("… Hear from the CIOs behind … Book your pass today"), or
 * in a bare button however the model weighed it ("… Register now"), the button included; so
 * does an author's bio that opens with a removed byline sentence between removed lines, or with
 * the author's name right above the removed link to the author's articles or as the last
 * paragraph above the removed end of the page, and a
 * line of one sentence with a strong cue of its own between removed lines or above them at the
 * top of the page (a consent banner's sentence over its buttons).
 * Quotes and reported speech stay, an author's bio aside: they are the article's own.
 * One that opens with a clearly kept sentence, or with a kept statement without cues right below
 * kept text, and whose removed units are plain statements without any cue but an offer's word is
 * article text whole: they were removed for their place (the last paragraph above an author's box:
 * „… kündigte an, eine Beratung zu organisieren. Betroffene können sich ab dem 1. Dezember …
 * beraten lassen. Eine Anmeldung ist nicht nötig.“; the last one above a picture gallery),
 * however many they are.
 * One that opens with article text (see `opensWithText`) and is mostly kept is article text: a statement in it
 * that carries no cue, or only speaks to the reader ("It is worth looking up your property before
 * you make a submission."), and was removed only for its neighbours (the last sentence before a
 * disclaimer) stays, and so does a statement between kept ones that reports an offer without
 * addressing the reader, or one that only mentions a newsletter or a free offer below three sentences or more.
 */
export const paragraphMajority: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  // A kept unit with a strong cue of its own counts as boilerplate when its paragraph is judged.
  const boilerplate = (k: number) => decisions[k]!.score >= threshold || strongCueOfItsOwn(features[k]!);
  // A short box whose last sentence is a removed button-like call to action ("Book your pass
  // today"); a bracketed one is an inline link after article text ("(See X stock analysis on …)").
  const promoBox = (start: number, end: number): boolean => {
    const last = features[end - 1]!;
    if (end - start < 2 || end - start > MAX_BOX_UNITS || !last.cues.includes('cta') || last.shape.bracketed) return false;
    // A bare button ("Register now") is one however the model weighed it; a longer call must be removed.
    if (wordsBesideSeparators(last.shape) > (decisions[end - 1]!.score >= threshold ? MAX_BUTTON_WORDS : BARE_BUTTON_WORDS)) return false;
    for (let k = start; k < end; k++) if (isArticleVoice(features[k]!)) return false;
    return wordsIn(features, start, end) <= MAX_BOX_WORDS;
  };
  const removedAt = (k: number) => k >= 0 && k < units.length && decisions[k]!.score >= threshold;
  const bioBetweenRemoved = (start: number, end: number): boolean =>
    removedAt(start) && features[start]!.cues.includes('byline') && removedAt(start - 1) && removedAt(end);
  /**
   * An author's bio right above the removed link to more of the author's articles ("Mehr Artikel
   * von Jane Roe", "More from Jane Roe"): its byline sentence opens with the name the link names.
   */
  const bioAboveAuthorLink = (start: number, end: number): boolean => {
    if (!removedAt(end) || !features[start]!.cues.includes('byline')) return false;
    const name = AUTHOR_NAME.exec(features[start]!.shape.trimmed)?.[0];
    const link = features[end]!.shape;
    return name !== undefined && link.words <= AUTHOR_LINK_WORDS && link.trimmed.includes(name);
  };
  /**
   * An author's bio as the article's last paragraph, above the removed tail: its byline sentence
   * opens with the author's name ("Jane Roe is a staff writer at Example, specialising in …"), and
   * no kept sentence of prose follows it.
   */
  // The last kept sentence of prose; the pass changes no unit after the paragraph it is judging.
  let lastProse = -1;
  for (let k = 0; k < units.length; k++) {
    if (decisions[k]!.score < threshold && units[k]!.kind === 'sentence' && features[k]!.shape.words >= MIN_OPENING_WORDS) lastProse = k;
  }
  const bioAboveTail = (start: number, end: number): boolean => {
    const first = features[start]!;
    return removedAt(end) && units[start]!.kind === 'sentence' && first.cues.includes('byline') && AUTHOR_NAME.test(first.shape.trimmed) && lastProse < end;
  };
  /** A statement of a few words without any cue, which may open a paragraph of the article. */
  const plainOpening = (k: number) => features[k]!.shape.words >= MIN_OPENING_WORDS && features[k]!.cues.length === 0;
  /**
   * A paragraph opens with article text when its first unit is kept, or is a statement of a few
   * words without any cue that the model removed for its neighbours, followed by kept text in a
   * paragraph of at least three units („Nicht alle sind begeistert. Anwohner befürchten …“ below
   * a related list). A box's two sentences ("Log in or register to comment. Comments are
   * moderated …") and a one-word reply („Endlich.“) are not enough.
   */
  const opensWithText = (start: number, end: number): boolean => {
    if (decisions[start]!.score < threshold) return true;
    return end - start >= MIN_UNITS && plainOpening(start) && features[start]!.shape.end === '.' && decisions[start + 1]!.score < threshold;
  };
  /** A paragraph opens with clearly kept text of some length: a sentence of the article. */
  const opensWithClearText = (start: number) =>
    units[start]!.kind === 'sentence' && features[start]!.shape.words >= MIN_OPENING_WORDS && decisions[start]!.score < threshold * CLEARLY_KEPT;
  /**
   * A paragraph right below kept text opens with a kept statement of a few words without any cue:
   * the article goes on („Einen leichten Rückgang gibt es bei den Mitgliedern.“, „Die Übernahme muss
   * noch genehmigt werden.“ over the removed last sentence above the site's name).
   */
  const opensWithPlainText = (start: number) =>
    start > 0 &&
    !removedAt(start - 1) &&
    decisions[start]!.score < threshold &&
    units[start]!.kind === 'sentence' &&
    plainOpening(start);
  /**
   * Whether every removed unit of a paragraph is a plain statement without any cue but an offer's
   * word („… will die Mitgliedschaft mit zusätzlichen Vorteilen verbinden.“), ending in a full stop:
   * removed only for standing near the end or above boilerplate, not for what it says.
   */
  const removedOnlyForPlace = (start: number, end: number) => {
    for (let k = start; k < end; k++) {
      const f = features[k]!;
      if (decisions[k]!.score >= threshold && (f.cues.some((c) => c !== 'offer-word') || f.shape.end !== '.' || hasAddress(f.shape))) return false;
    }
    return true;
  };
  for (const [start, end] of lines) {
    let removed = 0;
    let words = 0;
    let removedWords = 0;
    let boilerplateUnits = 0;
    let boilerplateWords = 0;
    let firstRemoved = -1;
    for (let k = start; k < end; k++) {
      const w = features[k]!.shape.words;
      words += w;
      if (decisions[k]!.score >= threshold) {
        removed++;
        removedWords += w;
        if (firstRemoved < 0) firstRemoved = k;
      }
      if (boilerplate(k)) {
        boilerplateUnits++;
        boilerplateWords += w;
      }
    }
    const count = end - start;
    const cuedKept = boilerplateUnits - removed;
    // The kept units of a paragraph that is otherwise boilerplate go with it when each carries a
    // strong cue of its own; so does a paragraph of such units only (a consent banner set as prose).
    if (count >= 2 && cuedKept > 0 && boilerplateUnits === count) {
      const reason = removed > 0 ? 'with a strong cue, in a paragraph that is otherwise boilerplate' : 'in a paragraph whose every sentence has a strong cue';
      for (let k = start; k < end; k++) {
        if (decisions[k]!.score < threshold) revise(decisions, k, PARAGRAPH_SCORE, decisions[firstRemoved >= 0 ? firstRemoved : k]!.label, reason);
      }
      continue;
    }
    // A line of one unit with a strong cue of its own between removed lines, or above them at the
    // top of the page (a consent banner's sentence over its buttons), is boilerplate.
    if (count === 1 && strongCueOfItsOwn(features[start]!) && decisions[start]!.score < threshold && (start === 0 || removedAt(start - 1)) && removedAt(end)) {
      revise(decisions, start, PARAGRAPH_SCORE, decisions[end]!.label, 'with a strong cue, between removed lines');
      continue;
    }
    // An author's bio set as a paragraph between removed lines (name and role above, "Read more" below):
    // its first sentence names the reporter, the rest tells her career and beat ("Before joining …,
    // she worked as …", „Sie berichtet vor allem über …“, which reads like reported speech).
    const bio =
      count >= 2 && bioBetweenRemoved(start, end)
        ? 'in an author bio between removed lines'
        : bioAboveAuthorLink(start, end)
          ? "in an author bio above the link to the author's articles"
          : bioAboveTail(start, end)
            ? 'in an author bio above the removed end of the page'
            : undefined;
    if (bio) {
      for (let k = start; k < end; k++) if (decisions[k]!.score < threshold) revise(decisions, k, PARAGRAPH_SCORE, 'chrome', bio);
      continue;
    }
    if (promoBox(start, end)) {
      for (let k = start; k < end - 1; k++) revise(decisions, k, PARAGRAPH_SCORE, 'promo', 'in a short box that ends in a call to action');
      raiseTo(decisions, end - 1, PARAGRAPH_SCORE, 'promo', 'the call to action that ends a short box');
      continue;
    }
    if (removed > 0 && (opensWithClearText(start) || opensWithPlainText(start)) && removedOnlyForPlace(start, end)) {
      capLine(units, decisions, start, KEPT_SCORE, 'in a paragraph that opens with article text', (k) => isRemoved(decisions, k, threshold));
      continue;
    }
    if (count >= MIN_UNITS && boilerplateUnits >= count * MIN_REMOVED_UNITS && boilerplateWords >= words * MIN_REMOVED_WORDS && boilerplate(end - 1)) {
      const label = decisions[end - 1]!.label;
      for (let k = start; k < end; k++) {
        if (decisions[k]!.score < threshold && !isArticleVoice(features[k]!)) revise(decisions, k, PARAGRAPH_SCORE, label, 'in a paragraph that is mostly boilerplate');
      }
    } else if (removed > 0 && words - removedWords >= words * MIN_KEPT_WORDS && opensWithText(start, end)) {
      for (let k = start; k < end; k++) {
        const f = features[k]!;
        if (decisions[k]!.score < threshold || f.shape.end !== '.') continue;
        if (plainStatement(f)) capAt(decisions, k, KEPT_SCORE, 'in a paragraph that is mostly article text');
        else if (k < end - 1 && decisions[k + 1]!.score < threshold && reportsAnOffer(f)) capAt(decisions, k, KEPT_SCORE, 'reports an offer inside article text');
        else if (k === end - 1 && k - start >= MIN_KEPT_BEFORE_NOTE && opensWithClearText(start) && mentionsAnOffer(f)) {
          capAt(decisions, k, KEPT_SCORE, 'mentions an offer at the end of article text');
        }
      }
    }
  }
};
