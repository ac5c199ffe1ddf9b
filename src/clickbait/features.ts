import { compilePatternIndex, type PatternIndex } from '../features/pattern-index.js';
import { isLetterCode, isNumberCode, isUpperCode, isWordCode } from '../word-chars.js';
import { CLICKBAIT_FAMILIES, type ClickbaitCues } from './types.js';

/** Feature-name prefix of word uni- and bigrams. */
export const NGRAM_PREFIX = 'w:';
/** Feature-name prefix of cue families. */
export const FAMILY_PREFIX = 'family:';
/** Feature-name prefix of language-neutral shape features (punctuation, numbers, length). */
export const SHAPE_PREFIX = 'shape:';
/** Token standing for any number in word n-grams. */
const NUMBER_TOKEN = '<n>';
/** Token standing for the start of the text in bigrams. */
const START_TOKEN = '<s>';
/**
 * Title case on a headline of more than {@link SHORT_TITLE_WORDS} words ("This Stock Could Soar
 * Before the Year Is Over"), and on a shorter one: bait sites title-case their headlines, but
 * short title-cased lines are as often an article's own section headings ("What Analysts Expect").
 */
const TITLE_CASE_FEATURE = `${NGRAM_PREFIX}<title-case>`;
const SHORT_TITLE_CASE_FEATURE = `${NGRAM_PREFIX}<title-case-short>`;
const SHORT_TITLE_WORDS = 6;
const FAMILY_FEATURES = CLICKBAIT_FAMILIES.map((name) => FAMILY_PREFIX + name);

/** A language's cues, compiled once. */
export interface CompiledClickbaitCues {
  /** Every family's patterns, as whole words; bit `f` of a match is family `f` of {@link CLICKBAIT_FAMILIES}. */
  families: PatternIndex;
  numberWords: ReadonlySet<string>;
}

/** Sparse features of one text: feature name → value. */
export type ClickbaitFeatures = Map<string, number>;

/** Compiles a language's cue data into matchers. */
export function compileClickbaitCues(cues: ClickbaitCues): CompiledClickbaitCues {
  return {
    families: compilePatternIndex(
      CLICKBAIT_FAMILIES.flatMap((name, family) => {
        const { patterns, exactCase = [] } = cues.families[name];
        return [
          ...patterns.map((source) => ({ family, source, flags: 'iu', onLower: false, wholeWord: true })),
          ...exactCase.map((source) => ({ family, source, flags: 'u', onLower: false, wholeWord: true })),
        ];
      }),
    ),
    numberWords: new Set(cues.numberWords),
  };
}

/** Characters outside this range may need Unicode normalisation before tokenising. */
const MAY_NEED_NFC = /[^\u0000-\u02ff]/u;
const APOSTROPHES = /['’]/gu;

/**
 * Splits a text into lower-case word tokens (runs of letters and digits), numbers replaced by
 * one token. Apostrophes are dropped first so that "here's" and "heres" are one word.
 */
export function clickbaitTokens(text: string): string[] {
  return tokensOfLower(MAY_NEED_NFC.test(text) ? text.normalize('NFC').toLowerCase() : text.toLowerCase());
}

/** {@link clickbaitTokens} of a text already normalised and lower-cased. */
function tokensOfLower(lowerText: string): string[] {
  const lower = lowerText.includes("'") || lowerText.includes('’') ? lowerText.replace(APOSTROPHES, '') : lowerText;
  const words: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(lower.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    let digits = true;
    for (; i < n; i++) {
      const c = lower.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (digits && !isNumberCode(c)) digits = false;
    }
    words.push(digits ? NUMBER_TOKEN : lower.slice(start, i));
  }
  return words;
}

const LENGTH_BUCKETS: readonly [max: number, name: string][] = [
  [3, 'words-1-3'],
  [6, 'words-4-6'],
  [10, 'words-7-10'],
  [15, 'words-11-15'],
  [25, 'words-16-25'],
  [Infinity, 'words-26+'],
];

/** Shape features tested on the trimmed text and its capitalisation; cheap substring tests guard the costlier expressions. */
const SHAPE_TESTS: readonly (readonly [name: string, test: (trimmed: string, capitals: Capitals) => boolean])[] = (
  [
  ['question', (t) => t.includes('?')],
  ['ends-with-question', (t) => t.includes('?') && /\?\s*["'”“»«]?$/u.test(t)],
  ['interrobang', (t) => (t.includes('?') || t.includes('!')) && /[?!]\s?[?!]/u.test(t)],
  ['exclamation', (t) => t.includes('!')],
  ['small-number', (t) => /(?<![\p{N}.,])(?:[1-9]|10)(?![\p{N}.,%])/u.test(t)],
  ['year', (t) => /(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})/u.test(t)],
  ['amount', (t) => /[$€£%]|\p{N}[.,]\p{N}/u.test(t)],
  ['ellipsis', (t) => t.includes('...') || t.includes('…')],
  ['quote', (t) => /["“”„»«]/u.test(t)],
  ['colon', (t) => t.includes(':')],
  ['ends-with-full-stop', (t) => /[.]["'”]?$/u.test(t)],
  ['all-caps-word', (_, capitals) => capitals.allCapsWord],
  ] satisfies [string, (t: string, capitals: Capitals) => boolean][]
).map(([name, test]) => [SHAPE_PREFIX + name, test] as const);
const LIST_OPENER = `${SHAPE_PREFIX}list-opener`;
/** A line in capitals only ("KEY POINTS", "JETZT LESEN"): not title case. */
const ALL_CAPS_LINE = `${SHAPE_PREFIX}all-caps-line`;

/** Whether the text opens with a number (not an amount) or a number word: "3 Stocks…", "Five Ways…". */
function opensWithNumber(trimmed: string, cues: CompiledClickbaitCues): boolean {
  const first = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)(.?)/u.exec(trimmed);
  const firstWord = first?.[1]?.toLowerCase() ?? '';
  const followedByUnit = first?.[2] !== undefined && /[%.,$€£]/u.test(first[2]);
  return (/^\p{N}{1,3}$/u.test(firstWord) && !followedByUnit) || cues.numberWords.has(firstWord);
}

/** How a text is capitalised: see {@link capitalisation}. */
const enum Capitalisation {
  Other,
  /** At least 3 words start with a letter and 80 % of them with a capital ("This Stock Could Soar"). */
  TitleCase,
  /** At least 2 words start with a letter and every letter is a capital ("KEY POINTS"). */
  AllCaps,
}

/** The capitalisation of a text, from one scan. */
interface Capitals {
  kind: Capitalisation;
  /** A word of four or more letters, all capitals ("THIS Stock"). */
  allCapsWord: boolean;
}

/** A code unit of an astral character (no `u` flag: it must see the halves): the scan reads a letter there as two non-letters. */
const SURROGATE = /[\ud800-\udfff]/;
const ALL_CAPS_WORD = /(?<!\p{L})\p{Lu}{4,}(?!\p{L})/u;

/** Title case or all capitals, and whether a word is in capitals, in one pass over the text. */
function capitalisation(text: string): Capitals {
  let words = 0;
  let capitalised = 0;
  let nonCapitalLetters = false;
  let before = 0;
  /** Letters of the current run of letters, and whether all are capitals. */
  let run = 0;
  let runUpper = true;
  let allCapsWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (!isLetterCode(c)) {
      if (run >= 4 && runUpper) allCapsWord = true;
      run = 0;
      runUpper = true;
      before = c;
      continue;
    }
    const upper = isUpperCode(c);
    run++;
    if (!upper) {
      nonCapitalLetters = true;
      runUpper = false;
    }
    if (!(isWordCode(before) || before === 0x27 || before === 0x2019)) {
      words++;
      if (upper) capitalised++;
    }
    before = c;
  }
  if (SURROGATE.test(text)) allCapsWord = ALL_CAPS_WORD.test(text);
  const kind =
    words >= 2 && !nonCapitalLetters
      ? Capitalisation.AllCaps
      : words >= 3 && capitalised >= 0.8 * words
        ? Capitalisation.TitleCase
        : Capitalisation.Other;
  return { kind, allCapsWord };
}

/** Receives the features of a text from {@link visitClickbaitFeatures}. */
export interface ClickbaitFeatureVisitor {
  /** A cue family, shape or capitalisation feature, by name. */
  feature(name: string): void;
  /** A word unigram (`second` undefined) or bigram, unnamed: naming each would cost a string. */
  ngram(first: string, second: string | undefined): void;
}

/** The feature name of a word uni- or bigram. */
export const ngramName = (first: string, second: string | undefined): string =>
  second === undefined ? NGRAM_PREFIX + first : `${NGRAM_PREFIX}${first} ${second}`;

/**
 * Visits every feature of a headline or teaser (all binary): the cue families that match,
 * language-neutral shape features, and word uni- and bigrams. An n-gram can come more than
 * once (a repeated word).
 */
export function visitClickbaitFeatures(text: string, cues: CompiledClickbaitCues, visit: ClickbaitFeatureVisitor): void {
  const lower = text.toLowerCase();
  const words = MAY_NEED_NFC.test(text) ? clickbaitTokens(text) : tokensOfLower(lower);
  const found = cues.families.matchMask(text, lower);
  for (let f = 0; f < FAMILY_FEATURES.length; f++) if (found & (1 << f)) visit.feature(FAMILY_FEATURES[f]!);
  const trimmed = text.trim();
  const capitals = capitalisation(text);
  for (const [name, test] of SHAPE_TESTS) if (test(trimmed, capitals)) visit.feature(name);
  if (opensWithNumber(trimmed, cues)) visit.feature(LIST_OPENER);
  let letterWords = 0;
  for (const w of words) if (w !== NUMBER_TOKEN) letterWords++;
  visit.feature(SHAPE_PREFIX + LENGTH_BUCKETS.find(([max]) => letterWords <= max)![1]);
  if (capitals.kind === Capitalisation.AllCaps) visit.feature(ALL_CAPS_LINE);
  else if (capitals.kind === Capitalisation.TitleCase) visit.feature(letterWords > SHORT_TITLE_WORDS ? TITLE_CASE_FEATURE : SHORT_TITLE_CASE_FEATURE);
  let previous = START_TOKEN;
  for (const word of words) {
    visit.ngram(word, undefined);
    visit.ngram(previous, word);
    previous = word;
  }
}

/** The features of a headline or teaser (see {@link visitClickbaitFeatures}) by name, each with value 1. */
export function clickbaitFeatures(text: string, cues: CompiledClickbaitCues): ClickbaitFeatures {
  const features: ClickbaitFeatures = new Map();
  visitClickbaitFeatures(text, cues, {
    feature: (name) => features.set(name, 1),
    ngram: (first, second) => features.set(ngramName(first, second), 1),
  });
  return features;
}
