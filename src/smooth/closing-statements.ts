import { hasAddress } from '../features/text-shape.js';
import type { SmoothingPass } from './index.js';
import { isBareCopyright, isCredit } from './caption-lines.js';
import { CLEARLY_KEPT } from './clearly-kept.js';
import { capAt, isBareButton } from './revise.js';

/** A statement this long… */
const MIN_WORDS = 8;
/** A paragraph of at most this many such statements… */
const MAX_SENTENCES = 3;
/** …is kept at this score. */
const KEPT_SCORE = 0.3;
/** One statement alone below a box's button is the box's own line, unless it has this many words: prose, not a pitch or its small print. */
const PROSE_WORDS = 20;

/**
 * A paragraph of one to three plain statements right below a clearly kept statement, or below a
 * kept row of figures (a fact box the table guard kept), in the same block goes on with the
 * article: a closing paragraph before the bio, the tags or a promo line ("Investors are advised to
 * read the full prospectus … before applying.") that carries no cue of its own but a bare offer
 * word („… melden: Die Beratung ist kostenlos.“) and was removed only for what follows it and
 * for standing near the end. So does a paragraph of two or three, or one long statement, below a
 * box's bare button on its own line („Jetzt anmelden“ above „Für die Beschäftigten beginnt nun …“).
 * Not a caption above its photo's credit.
 */
export const closingStatements: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const plain = (k: number) => {
    const f = features[k]!;
    // A bare offer word names a service ("Die Beratung ist kostenlos."), and a stock's verdict ends
    // an analysis ("For patient investors, the time to buy Example is …"); a call to try it has cues of its own.
    const uncued = f.cues.every((c) => c === 'offer-word' || c === 'buy-sell-question');
    return units[k]!.kind === 'sentence' && decisions[k]!.score >= threshold && uncued && f.shape.end === '.' && !hasAddress(f.shape);
  };
  for (const [i, end] of lines) {
    if (end - i > MAX_SENTENCES || i === 0 || features[i]!.shape.words < MIN_WORDS) continue;
    let k = i;
    while (k < end && plain(k)) k++;
    if (k < end) continue;
    // A photo's caption stands on its own line too, above its credit ("Foto: Jane Roe", "© Jane Roe").
    const below = features[end];
    if (below !== undefined && (isCredit(below) || isBareCopyright(below))) continue;
    const p = features[i - 1]!;
    const row = units[i - 1]!.kind === 'line' && p.cues.length === 0 && p.shape.figures > 0;
    // A box's bare button on its own line, or behind the box's removed pitch on its line, ends the
    // box; two or more statements below it, or one of prose length, go on with the article, unless
    // another call to action ends them (then the line above was the box's date: "4 December | Tbilisi").
    const button =
      (end - i >= 2 || features[i]!.shape.words >= PROSE_WORDS) &&
      isBareButton(p) &&
      p.shape.figures === 0 &&
      (units[i - 2]?.line !== units[i - 1]!.line || decisions[i - 2]!.score >= threshold) &&
      !features[end]?.cues.includes('cta');
    if (units[i - 1]!.block !== units[i]!.block) continue;
    if (!button && ((units[i - 1]!.kind !== 'sentence' && !row) || (!row && p.shape.words < MIN_WORDS))) continue;
    if (!button && decisions[i - 1]!.score >= threshold * CLEARLY_KEPT) continue;
    for (k = i; k < end; k++) capAt(decisions, k, KEPT_SCORE, 'a plain statement below article text');
  }
};
