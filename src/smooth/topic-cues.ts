import { hasStrongCue } from '../features/index.js';
import { CUE_FAMILIES, type CueName } from '../lang/types.js';
import type { SmoothingInput, SmoothingPass } from './index.js';
import { aloneOnLine } from './line-runs.js';
import { capAt, strongCuesOnlyFrom } from './revise.js';

/**
 * Promo families whose subject an article may be about: the media trade press writes about
 * newsletters as a business, in sentences a sign-up box would hold ("Newsletter galten lange
 * als reines Leserbindungsinstrument.", "Why brands are booking newsletters").
 */
const TOPIC_FAMILIES: readonly CueName[] = ['newsletter'];
/** A sentence this long without a strong cue shows that its paragraph is the article's. */
const ARTICLE_SENTENCE_WORDS = 8;
/** The family is the article's topic when it fires in at least this many of the article's paragraphs. */
const MIN_TOPIC_PARAGRAPHS = 2;
/** A topic unit's score is capped here. */
const GUARDED_SCORE = 0.3;

/** What the topic passes need of one family: its paragraphs in the article, and the tests of a unit. */
interface Topic {
  paragraphs: readonly (readonly [number, number])[];
  /** No prompt but the family's: no address to the reader, no other strong cue. */
  noOtherPrompt: (i: number) => boolean;
  /** The family's cue and no other prompt. */
  onlyTopic: (i: number) => boolean;
  reason: string;
}

/**
 * The family as the article's topic: it fires in sentences of at least
 * {@link MIN_TOPIC_PARAGRAPHS} paragraphs that are plainly the article's (each has a long sentence
 * without a strong cue). Undefined when it does not.
 */
function topicOf({ units, features, lines }: SmoothingInput, family: CueName): Topic | undefined {
  const noOtherPrompt = (i: number): boolean => !features[i]!.cues.includes('second-person') && strongCuesOnlyFrom(features[i]!, [family]);
  const onlyTopic = (i: number): boolean => features[i]!.cues.includes(family) && noOtherPrompt(i);
  const isArticleSentence = (k: number): boolean =>
    units[k]!.kind === 'sentence' && features[k]!.shape.words >= ARTICLE_SENTENCE_WORDS && !hasStrongCue(features[k]);
  const paragraphs = lines.filter(([start, end]) => {
    let topic = false;
    let article = false;
    for (let k = start; k < end; k++) {
      topic ||= units[k]!.kind === 'sentence' && onlyTopic(k);
      article ||= isArticleSentence(k);
    }
    return topic && article;
  });
  if (paragraphs.length < MIN_TOPIC_PARAGRAPHS) return undefined;
  const reason = `the article's topic, not a prompt ("${CUE_FAMILIES[family].reason}" in ${paragraphs.length} of its paragraphs)`;
  return { paragraphs, noOtherPrompt, onlyTopic, reason };
}

/**
 * An article whose topic a promo family names (see {@link topicOf}): a sentence in one of the
 * paragraphs that show it, whose only promotional evidence is that family, is the article's own,
 * with the paragraph's sentences without any cue, which it pulled along. It runs before the
 * passes that read a heading by the paragraph under it ("heading of a boilerplate paragraph").
 * A sign-up box keeps its verdict: it addresses the reader or calls to act, and its lines
 * stand in a box of their own.
 */
export const topicParagraphs: SmoothingPass = (input) => {
  for (const family of TOPIC_FAMILIES) {
    const topic = topicOf(input, family);
    if (!topic) continue;
    for (const [start, end] of topic.paragraphs) {
      for (let k = start; k < end; k++) if (topic.noOtherPrompt(k)) capAt(input.decisions, k, GUARDED_SCORE, topic.reason);
    }
  }
};

/**
 * In an article whose topic a promo family names (see {@link topicOf}), a headline, kicker or
 * subheading on its own line whose only promotional evidence is that family is the article's
 * when kept text follows it. It runs last, once the heading passes have kept the headline.
 */
export const topicHeadings: SmoothingPass = (input) => {
  const { units, decisions, threshold } = input;
  for (const family of TOPIC_FAMILIES) {
    const topic = topicOf(input, family);
    if (!topic) continue;
    // Back to front, so that a kicker above a headline above kept text is reached.
    for (let i = units.length - 2; i >= 0; i--) {
      const ownLine = units[i]!.kind !== 'sentence' || aloneOnLine(units, i);
      if (ownLine && topic.onlyTopic(i) && decisions[i + 1]!.score < threshold) capAt(decisions, i, GUARDED_SCORE, topic.reason);
    }
  }
};
