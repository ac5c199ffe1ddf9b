import type { CueName } from '../lang/types.js';
import type { SmoothingPass } from './index.js';
import { wordsIn } from './line-runs.js';
import { capAt, strongCuesOnlyFrom } from './revise.js';

/** A paragraph that opens with a speaker's name and a colon ("Sauerland: …", "Katrin Sauerland: …"). */
const SPEAKER_LABEL = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?=: )/u;
/** A speaker answers in at least this many paragraphs… */
const MIN_ANSWERS = 3;
/** …of at least this many words each, not ending in a question ("Veltrion-Aktie: Kaufen oder verkaufen?" is a teaser's label). */
const MIN_ANSWER_WORDS = 10;
/** Score an answer or question of the interview is capped at. */
const INTERVIEW_SCORE = 0.3;
/** An interviewee may advise ("Fangen Sie klein an", "Talk to your adviser first") and the interviewer ask; other strong cues still count. */
const SPOKEN_CUES: readonly CueName[] = ['cta', 'teaser'];

/**
 * An interview: paragraphs of some length that open with the same speaker's name, a person the
 * article names in full ("Katrin Sauerland"), right below a question at least
 * {@link MIN_ANSWERS} times. The answers speak to the reader or give advice in the imperative;
 * they and the interviewer's questions right above an answer are the article's text, not a pitch.
 */
export const interviews: SmoothingPass = ({ units, features, decisions, threshold, lines: paragraphs }) => {
  const asks = ([, end]: [number, number]) => features[end - 1]!.shape.end.startsWith('?');
  const answerLike = ([start, end]: [number, number]) => wordsIn(features, start, end) >= MIN_ANSWER_WORDS && !asks([start, end]);
  const labels = paragraphs.map((p) => (answerLike(p) ? SPEAKER_LABEL.exec(units[p[0]]!.text)?.[0] : undefined));
  // Counted where a question stands right above: an interview alternates.
  const counts = new Map<string, number>();
  labels.forEach((label, p) => {
    if (label !== undefined && p > 0 && asks(paragraphs[p - 1]!)) counts.set(label, (counts.get(label) ?? 0) + 1);
  });
  const repeated = [...counts].filter(([, n]) => n >= MIN_ANSWERS).map(([label]) => label);
  if (repeated.length === 0) return;
  const text = units.map((u) => u.text).join('');
  // A person's name: the label's last word after a first name somewhere in the article (the
  // label has letters, apostrophes and hyphens only: nothing to escape).
  const speakers = new Set(
    repeated.filter((label) => new RegExp(String.raw`\p{Lu}[\p{L}'’-]+ ${label.slice(label.lastIndexOf(' ') + 1)}(?!\p{L})`, 'u').test(text)),
  );
  if (speakers.size === 0) return;
  const answer = (p: number) => labels[p] !== undefined && speakers.has(labels[p]!);
  paragraphs.forEach(([start, end], p) => {
    const question = !answer(p) && answer(p + 1) && asks([start, end]);
    if (!answer(p) && !question) return;
    for (let k = start; k < end; k++) {
      if (decisions[k]!.score >= threshold && strongCuesOnlyFrom(features[k]!, SPOKEN_CUES)) {
        capAt(decisions, k, INTERVIEW_SCORE, question ? "the interviewer's question" : 'an answer in an interview');
      }
    }
  });
};
