import { detectLanguage } from '../lang/detect.js';
import type { DetectedLanguage, LanguageCode } from '../types.js';
import { clickbaitTokens } from './features.js';
import type { ClickbaitCues } from './types.js';

/** Cue words of each language, without the words two languages share ("die", "so", "was"). */
interface LanguageVote {
  code: LanguageCode;
  words: ReadonlySet<string>;
  letters: readonly string[];
}

/** Builds the cue-word sets used to guess the language of a headline franc cannot place. */
export function languageVotes(cues: Readonly<Record<LanguageCode, ClickbaitCues>>): LanguageVote[] {
  const entries = Object.entries(cues) as [LanguageCode, ClickbaitCues][];
  return entries.map(([code, own]) => {
    const others = new Set(entries.filter(([c]) => c !== code).flatMap(([, c]) => c.functionWords));
    return { code, words: new Set(own.functionWords.filter((w) => !others.has(w))), letters: own.distinctiveLetters };
  });
}

/**
 * Guesses the language of a short text from function words and distinctive letters (a letter
 * counts as two words). Returns `und` on a tie.
 */
function voteLanguage(text: string, votes: readonly LanguageVote[]): DetectedLanguage {
  const tokens = clickbaitTokens(text);
  const lower = text.toLowerCase();
  const tallies = votes.map((v) => ({
    code: v.code,
    count:
      tokens.filter((t) => v.words.has(t)).length + 2 * v.letters.filter((letter) => lower.includes(letter)).length,
  }));
  tallies.sort((a, b) => b.count - a.count);
  const [best, second] = tallies;
  return best && best.count > (second?.count ?? 0) ? best.code : 'und';
}

/**
 * The language of a headline: franc when it is sure, else a vote of function words and
 * distinctive letters (franc answers `und` for most headlines: they are too short).
 */
export function headlineLanguage(text: string, votes: readonly LanguageVote[]): DetectedLanguage {
  const detected = detectLanguage(text);
  return detected === 'und' ? voteLanguage(text, votes) : detected;
}
