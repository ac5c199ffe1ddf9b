import { CLICKBAIT_FAMILIES, type ClickbaitCues, type ClickbaitFamily } from './types.js';

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

/** A language's cues, compiled once. */
export interface CompiledClickbaitCues {
  families: readonly { name: ClickbaitFamily; matchers: readonly RegExp[] }[];
  numberWords: ReadonlySet<string>;
}

/** Sparse features of one text: feature name → value. */
export type ClickbaitFeatures = Map<string, number>;

const BEFORE_WORD = '(?<![\\p{L}\\p{N}_])';
const AFTER_WORD = '(?![\\p{L}\\p{N}_])';

function wholeWords(patterns: readonly string[], flags: string): RegExp[] {
  return patterns.length === 0 ? [] : [new RegExp(`${BEFORE_WORD}(?:${patterns.join('|')})${AFTER_WORD}`, flags)];
}

/** Compiles a language's cue data into matchers. */
export function compileClickbaitCues(cues: ClickbaitCues): CompiledClickbaitCues {
  return {
    families: CLICKBAIT_FAMILIES.map((name) => {
      const { patterns, exactCase = [] } = cues.families[name];
      return { name, matchers: [...wholeWords(patterns, 'iu'), ...wholeWords(exactCase, 'u')] };
    }),
    numberWords: new Set(cues.numberWords),
  };
}

/**
 * Splits a text into lower-case word tokens, numbers replaced by one token. Apostrophes are
 * dropped first so that "here's" and "heres" are one word.
 */
export function clickbaitTokens(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().replace(/['’]/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => (/^\p{N}+$/u.test(w) ? NUMBER_TOKEN : w));
}

const LENGTH_BUCKETS: readonly [max: number, name: string][] = [
  [3, 'words-1-3'],
  [6, 'words-4-6'],
  [10, 'words-7-10'],
  [15, 'words-11-15'],
  [25, 'words-16-25'],
  [Infinity, 'words-26+'],
];

/** Language-neutral features of the text's form. */
function shapeFeatures(text: string, words: readonly string[], cues: CompiledClickbaitCues): string[] {
  const trimmed = text.trim();
  const first = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)(.?)/u.exec(trimmed);
  const firstWord = first?.[1]?.toLowerCase() ?? '';
  const followedByUnit = first?.[2] !== undefined && /[%.,$€£]/u.test(first[2]);
  const opensWithNumber =
    (/^\p{N}{1,3}$/u.test(firstWord) && !followedByUnit) || cues.numberWords.has(firstWord);
  const letterWords = words.filter((w) => w !== NUMBER_TOKEN).length;
  const shapes: [boolean, string][] = [
    [trimmed.includes('?'), 'question'],
    [/\?\s*["'”“»«]?$/u.test(trimmed), 'ends-with-question'],
    [/[?!]\s?[?!]/u.test(trimmed), 'interrobang'],
    [trimmed.includes('!'), 'exclamation'],
    [opensWithNumber, 'list-opener'],
    [/(?<![\p{N}.,])(?:[1-9]|10)(?![\p{N}.,%])/u.test(trimmed), 'small-number'],
    [/(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})/u.test(trimmed), 'year'],
    [/[$€£%]|\p{N}[.,]\p{N}/u.test(trimmed), 'amount'],
    [/\.\.\.|…/u.test(trimmed), 'ellipsis'],
    [/["“”„»«]/u.test(trimmed), 'quote'],
    [trimmed.includes(':'), 'colon'],
    [/[.]["'”]?$/u.test(trimmed), 'ends-with-full-stop'],
    [/(?<!\p{L})\p{Lu}{4,}(?!\p{L})/u.test(trimmed), 'all-caps-word'],
  ];
  const bucket = LENGTH_BUCKETS.find(([max]) => letterWords <= max)?.[1] ?? 'words-26+';
  return [...shapes.filter(([on]) => on).map(([, name]) => name), bucket];
}

/**
 * The features of a headline or teaser: cue families that match, language-neutral shape
 * features, and word uni- and bigrams. All binary.
 */
export function clickbaitFeatures(text: string, cues: CompiledClickbaitCues): ClickbaitFeatures {
  const features: ClickbaitFeatures = new Map();
  const words = clickbaitTokens(text);
  for (const family of cues.families) {
    if (family.matchers.some((m) => m.test(text))) features.set(FAMILY_PREFIX + family.name, 1);
  }
  for (const shape of shapeFeatures(text, words, cues)) features.set(SHAPE_PREFIX + shape, 1);
  const cased = text.match(/(?<![\p{L}\p{N}'’])\p{L}+/gu) ?? [];
  if (cased.length >= 3 && cased.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * cased.length) {
    features.set(`${NGRAM_PREFIX}<title-case>`, 1);
  }
  let previous = START_TOKEN;
  for (const word of words) {
    features.set(NGRAM_PREFIX + word, 1);
    features.set(`${NGRAM_PREFIX}${previous} ${word}`, 1);
    previous = word;
  }
  return features;
}
