import type { DetectedLanguage, LanguageCode } from '../types.js';
import { assertText } from '../validate.js';
import { compileClickbaitCues, ngramName, NGRAM_PREFIX, visitClickbaitFeatures, type CompiledClickbaitCues } from './features.js';
import { headlineLanguage, languageVotes } from './language.js';
import { contributionReasons } from './reasons.js';
import type { ClickbaitCues, ClickbaitModel, ClickbaitOptions, ClickbaitResult } from './types.js';

/**
 * Only this many characters of the input are scored: a headline or teaser is far shorter, and
 * the bound keeps the cost of any input constant.
 */
export const MAX_SCORED_CHARS = 1000;

const LANGUAGES: readonly DetectedLanguage[] = ['de', 'en', 'und'];

/** Everything needed to score: one model and one compiled cue set per language. */
export interface ClickbaitScorer {
  models: Readonly<Record<LanguageCode, ClickbaitModel>>;
  cues: Readonly<Record<LanguageCode, CompiledClickbaitCues>>;
  votes: ReturnType<typeof languageVotes>;
}

/** Builds a scorer from models and the cue data they were trained with. */
export function createClickbaitScorer(
  models: Readonly<Record<LanguageCode, ClickbaitModel>>,
  cues: Readonly<Record<LanguageCode, ClickbaitCues>>,
): ClickbaitScorer {
  return {
    models,
    cues: { de: compileClickbaitCues(cues.de), en: compileClickbaitCues(cues.en) },
    votes: languageVotes(cues),
  };
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A model's weights arranged for lookup without building feature names. */
interface WeightTables {
  /** Every weight by feature name. */
  byName: ReadonlyMap<string, number>;
  /** Unigram weights by word. */
  unigrams: ReadonlyMap<string, number>;
  /** Bigram weights by first word, then second word. */
  bigrams: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Past this many weighted n-grams, repeats are found with a set. */
const MANY_NGRAMS = 32;

/** Each model's weight tables, built once. */
const weightTables = new WeakMap<ClickbaitModel, WeightTables>();

function tablesOf(model: ClickbaitModel): WeightTables {
  let tables = weightTables.get(model);
  if (!tables) {
    const byName = new Map(Object.entries(model.weights));
    const unigrams = new Map<string, number>();
    const bigrams = new Map<string, Map<string, number>>();
    for (const [name, weight] of byName) {
      if (!name.startsWith(NGRAM_PREFIX)) continue;
      const words = name.slice(NGRAM_PREFIX.length).split(' ');
      if (words.length === 1) unigrams.set(words[0]!, weight);
      else if (words.length === 2) {
        const [first, second] = words as [string, string];
        if (!bigrams.has(first)) bigrams.set(first, new Map());
        bigrams.get(first)!.set(second, weight);
      }
    }
    weightTables.set(model, (tables = { byName, unigrams, bigrams }));
  }
  return tables;
}

/**
 * Probability of clickbait under one model, and (when `contributions` is given) each feature's
 * contribution to the log-odds. Every distinct feature counts once.
 */
function scoreWithModel(text: string, model: ClickbaitModel, cues: CompiledClickbaitCues, contributions?: Map<string, number>): number {
  const { byName, unigrams, bigrams } = tablesOf(model);
  /** Names of the n-grams that had a weight: only those need checking for repeats. */
  const counted: string[] = [];
  /** The same names as a set, once there are many (a long text): keeps the check linear. */
  let countedSet: Set<string> | undefined;
  const firstTime = (name: string): boolean => {
    if (countedSet) return countedSet.size < countedSet.add(name).size;
    if (counted.includes(name)) return false;
    counted.push(name);
    if (counted.length > MANY_NGRAMS) countedSet = new Set(counted);
    return true;
  };
  let logit = model.bias;
  visitClickbaitFeatures(text, cues, {
    feature(name) {
      const weight = byName.get(name);
      if (weight === undefined) return;
      contributions?.set(name, weight);
      logit += weight;
    },
    ngram(first, second) {
      const weight = second === undefined ? unigrams.get(first) : bigrams.get(first)?.get(second);
      if (weight === undefined) return;
      const name = ngramName(first, second);
      if (!firstTime(name)) return;
      contributions?.set(name, weight);
      logit += weight;
    },
  });
  return sigmoid(logit);
}

/**
 * The clickbait probability of a unit in a known language, without reasons: the sentence
 * scorer's feature. `text` must be a trimmed string with letters of at most
 * {@link MAX_SCORED_CHARS} characters (headline-like units are).
 */
export function clickbaitProbability(text: string, language: DetectedLanguage, scorer: ClickbaitScorer): number {
  const codes: LanguageCode[] = language === 'und' ? ['de', 'en'] : [language];
  let sum = 0;
  for (const code of codes) sum += scoreWithModel(text, scorer.models[code], scorer.cues[code]);
  return sum / codes.length;
}

/** Bounds the text to the scored prefix, blanks control characters, and notes any cut. */
function prepare(text: string): { sample: string; notes: string[] } {
  const notes: string[] = [];
  let sample = text;
  if (sample.length > MAX_SCORED_CHARS) {
    sample = sample.slice(0, MAX_SCORED_CHARS);
    notes.push(`scored the first ${MAX_SCORED_CHARS} characters only`);
  }
  return { sample: sample.replace(/\p{Cc}/gu, ' '), notes };
}

/**
 * Scores a headline or teaser sentence with the given scorer (see {@link clickbaitScore}).
 *
 * @throws TypeError when `text` is not a string or `options.language` is not a language code.
 */
export function scoreClickbait(text: string, options: ClickbaitOptions, scorer: ClickbaitScorer): ClickbaitResult {
  assertText(text, 'text');
  if (options.language !== undefined && !LANGUAGES.includes(options.language)) {
    throw new TypeError(`promostrip: \`options.language\` must be one of ${LANGUAGES.join(', ')}`);
  }
  const { sample, notes } = prepare(text);
  if (!/\p{L}/u.test(sample)) {
    const why = sample.trim() === '' ? 'empty input' : 'no letters to score';
    return { score: 0, language: options.language ?? 'und', reasons: [why, ...notes] };
  }
  const language = options.language ?? headlineLanguage(sample, scorer.votes);
  const codes: LanguageCode[] = language === 'und' ? ['de', 'en'] : [language];
  const scored = codes.map((code) => {
    const contributions = new Map<string, number>();
    return { score: scoreWithModel(sample, scorer.models[code], scorer.cues[code], contributions), contributions };
  });
  const score = scored.reduce((sum, s) => sum + s.score, 0) / scored.length;
  const isBait = score >= 0.5;
  // With several models, explain with the one that leans hardest towards the decision.
  const explaining = scored.reduce((a, b) => (isBait ? (b.score > a.score ? b : a) : b.score < a.score ? b : a));
  return { score, language, reasons: [...contributionReasons(explaining.contributions, isBait), ...notes] };
}
