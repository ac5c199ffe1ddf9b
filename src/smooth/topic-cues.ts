import { hasStrongCue } from '../features/index.js';
import { CUE_FAMILIES, type CueName } from '../lang/types.js';
import type { SmoothingPass } from './index.js';
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
const MIN_TOPIC_PARAGRAPHS = 3;
/** A topic unit's score is capped here. */
const GUARDED_SCORE = 0.3;

/**
 * An article whose topic a promo family names: the family fires in sentences of several
 * paragraphs that are plainly the article's (each has a long sentence without a strong cue).
 * There, a unit whose only promotional evidence is that family is the article's own: a
 * sentence in such a paragraph (with the paragraph's sentences without any cue, which it
 * pulled along), and a headline, kicker or subheading right above kept text.
 * A sign-up box keeps its verdict: it addresses the reader or calls to act, and its lines
 * stand in a box of their own.
 */
export const topicCues: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  for (const family of TOPIC_FAMILIES) {
    /** No prompt but the family's: no address to the reader, no other strong cue. */
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
    if (paragraphs.length < MIN_TOPIC_PARAGRAPHS) continue;
    const reason = `the article's topic, not a prompt ("${CUE_FAMILIES[family].reason}" in ${paragraphs.length} of its paragraphs)`;
    // The paragraph's sentences without any cue go too: its topic sentences pulled them along.
    for (const [start, end] of paragraphs) for (let k = start; k < end; k++) if (noOtherPrompt(k)) capAt(decisions, k, GUARDED_SCORE, reason);
    // Back to front, so that a kicker above a headline above kept text is reached.
    for (let i = units.length - 2; i >= 0; i--) {
      const ownLine = units[i]!.kind !== 'sentence' || aloneOnLine(units, i);
      if (ownLine && onlyTopic(i) && decisions[i + 1]!.score < threshold) capAt(decisions, i, GUARDED_SCORE, reason);
    }
  }
};
