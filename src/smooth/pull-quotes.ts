import type { UnitFeatures } from '../features/index.js';
import { OPENING_QUOTE_MARK } from '../features/quoted-cues.js';
import type { Decision } from '../decide.js';
import type { Unit } from '../types.js';
import { containsWords } from '../word-chars.js';

/** A pull quote opens with a quotation mark, maybe behind its speaker's kicker („Betriebsrat: „Die Leute sind geschockt““)… */
const OPENING_QUOTE = new RegExp(String.raw`^(?:([\p{L}-]+(?: [\p{L}-]+){0,2}): )?${OPENING_QUOTE_MARK}`, 'u');
const LONG_WORD = /\p{L}{4,}/gu;
/** …and has at least this many words of four letters or more… */
const MIN_QUOTED_WORDS = 3;
/** …at least this share of which stand in the kept sentences right below it… */
const MIN_QUOTED_SHARE = 0.8;
/** …within this many units. */
const QUOTE_REACH = 8;
/** Where that text names the speaker of its kicker, this share of its words suffices, however few. */
const MIN_SPOKEN_SHARE = 0.5;

/**
 * Whether unit `i` is a pull quote: a line in quotation marks that quotes the article's kept text
 * right below it („Haben Sie mal versucht, einen Gesellen zu finden?“ over „… „Haben Sie mal
 * versucht, im Eichsfeld einen Tischlergesellen zu finden?“, fragt er.“), maybe behind its
 * speaker's kicker („Betriebsrat: „Die Leute sind geschockt““). Behind a kicker, a short quote
 * the text below words a little differently („IG Metall: „Ein harter Schlag““ over „… sprach von
 * einem „harten Schlag …““) is one too when that text names the speaker. A subheading of the
 * article, not a link to another one, wherever it stands.
 */
export function isPullQuote(units: readonly Unit[], features: readonly UnitFeatures[], decisions: readonly Decision[], threshold: number, i: number): boolean {
  const opening = OPENING_QUOTE.exec(features[i]!.shape.lower);
  if (opening === null) return false;
  const words = features[i]!.shape.lower.slice(opening[0].length - 1).match(LONG_WORD) ?? [];
  let below = '';
  for (let j = i + 1; j < units.length && j <= i + QUOTE_REACH; j++) {
    if (units[j]!.kind === 'sentence' && decisions[j]!.score < threshold) below += `${features[j]!.shape.lower} `;
  }
  const quoted = words.filter((w) => below.includes(w)).length;
  const speaker = opening[1];
  if (speaker !== undefined && containsWords(below, speaker)) return quoted > 0 && quoted >= words.length * MIN_SPOKEN_SHARE;
  return words.length >= MIN_QUOTED_WORDS && quoted >= words.length * MIN_QUOTED_SHARE;
}
