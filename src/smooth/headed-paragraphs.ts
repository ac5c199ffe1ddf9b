import type { UnitFeatures } from '../features/index.js';
import type { CueName } from '../lang/types.js';
import type { BoilerplateLabel, Unit } from '../types.js';
import type { SmoothingPass } from './index.js';
import { isRemoved, raiseTo } from './revise.js';

/** A heading is a short unit on a line of its own, without a full stop… */
export const MAX_HEADING_WORDS = 12;
/** …and a paragraph it heads, when fully removed, has at least this many units or words. */
const MIN_PARAGRAPH_UNITS = 2;
const MIN_PARAGRAPH_WORDS = 15;
/** Cue families of a promotional heading ("The Hottest Tech Mega-Trend of All"). */
const PROMO_HEADING_CUES: readonly CueName[] = ['teaser', 'cta', 'product', 'free-offer', 'newsletter'];
/** Cue families of the link that ends a promotional box ("See the 3 Best Stocks to Play This Trend >>"). */
const PROMO_LINK_CUES: readonly CueName[] = ['cta', 'teaser'];
/** A figure and what it counts, the entry of a list of facts: "1,200: machines a year …", "$24.60: starting hourly wage …". */
const FIGURE_LABELLED = /^[^\p{L}:]{1,20}:\s+\p{L}/u;
/** Score given to the units of a headed boilerplate paragraph. */
const HEADED_SCORE = 0.9;

/** Whether a unit that stands alone on its line reads like a heading. */
const headingLike = (unit: Unit, f: UnitFeatures): boolean =>
  unit.kind !== 'list-item' && f.shape.words > 0 && f.shape.words <= MAX_HEADING_WORDS && f.shape.end !== '.';

/**
 * A heading goes with the paragraph under it:
 * - over a paragraph that is removed as a whole and is all the heading has under it, the heading
 *   is that boilerplate's title ("SHOP: is this perennial leader facing new challenges?" over a
 *   stock-picking pitch);
 * - a promotional box is a teaser heading, one paragraph of pitch and the link that ends it
 *   ("The Hottest Tech Mega-Trend of All" … "See the 3 Best Stocks to Play This Trend >>"):
 *   when the heading carries a promotional cue and the paragraph ends in a removed call to
 *   action followed by more boilerplate (or nothing), heading and paragraph go.
 */
export const headedParagraphs: SmoothingPass = ({ units, features, decisions, threshold, lines }) => {
  const removed = (k: number) => isRemoved(decisions, k, threshold);
  const mark = (from: number, to: number, label: BoilerplateLabel, reason: string) => {
    for (let k = from; k < to; k++) if (!features[k]!.cues.includes('dateline-lead')) raiseTo(decisions, k, HEADED_SCORE, label, reason);
  };
  const figureEntry = (k: number) => FIGURE_LABELLED.test(features[k]!.shape.trimmed);
  /**
   * Whether line `l` is a figure and what it counts right below a kept line of that form: the
   * last entry of the article's list of facts ("2028: target year …" over "1,200: machines a year …"), not a heading.
   */
  const closesFigureList = (l: number) => {
    const [h] = lines[l]!;
    const above = lines[l - 1];
    return above !== undefined && above[1] - above[0] === 1 && !removed(above[0]) && figureEntry(above[0]) && figureEntry(h);
  };
  for (let l = 0; l + 1 < lines.length; l++) {
    const [h, hEnd] = lines[l]!;
    if (hEnd - h !== 1 || !headingLike(units[h]!, features[h]!) || closesFigureList(l)) continue;
    const [p, pEnd] = lines[l + 1]!;
    // A lead-in ending in a colon over a list introduces it (see `leadInLists`); it heads no paragraph.
    if (units[p]!.kind === 'heading' || (features[h]!.shape.end === ':' && units[p]!.kind === 'list-item')) continue;
    let words = 0;
    let all = true;
    for (let k = p; k < pEnd; k++) {
      words += features[k]!.shape.words;
      all &&= removed(k);
    }
    // The paragraph is all the heading has under it: the article ends, boilerplate or a new
    // heading follows, or heading and paragraph make a block of their own (a box set off by blank lines).
    const next = lines[l + 2];
    const sectionEnds =
      next === undefined ||
      removed(next[0]) ||
      (next[1] - next[0] === 1 && headingLike(units[next[0]]!, features[next[0]]!)) ||
      (units[h]!.block === units[p]!.block && units[next[0]]!.block !== units[p]!.block);
    if (all && sectionEnds && (pEnd - p >= MIN_PARAGRAPH_UNITS || words >= MIN_PARAGRAPH_WORDS)) {
      mark(h, h + 1, decisions[p]!.label, 'heading of a boilerplate paragraph');
      continue;
    }
    const last = pEnd - 1;
    const promoHeading = features[h]!.cues.some((c) => PROMO_HEADING_CUES.includes(c));
    const promoLink = removed(last) && features[last]!.cues.some((c) => PROMO_LINK_CUES.includes(c));
    const boilerplateAfter = pEnd === units.length || removed(pEnd);
    if (promoHeading && promoLink && boilerplateAfter) {
      mark(h, h + 1, decisions[last]!.label, 'heading of a promotional box');
      mark(p, last, decisions[last]!.label, 'in a promotional box');
    }
  }
};
