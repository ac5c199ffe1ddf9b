import { FAMILY_PREFIX, NGRAM_PREFIX, SHAPE_PREFIX } from './features.js';

/** What a feature group is called in `reasons`. */
const REASON_NAMES: Readonly<Record<string, string>> = {
  [`${FAMILY_PREFIX}forward-reference`]: 'forward reference',
  [`${FAMILY_PREFIX}second-person`]: 'second person',
  [`${FAMILY_PREFIX}urgency`]: 'urgency',
  [`${FAMILY_PREFIX}superlative`]: 'superlative',
  [`${FAMILY_PREFIX}hype`]: 'hype word',
  [`${FAMILY_PREFIX}emotion`]: 'emotional wording',
  [`${FAMILY_PREFIX}buy-sell-question`]: 'buy/sell question',
  [`${FAMILY_PREFIX}question-opener`]: 'question opener',
  [`${FAMILY_PREFIX}call-to-action`]: 'call to action',
  [`${FAMILY_PREFIX}promo-offer`]: 'promo offer',
  [`${FAMILY_PREFIX}soft-news`]: 'soft-news topic',
  [`${FAMILY_PREFIX}news-wording`]: 'news wording',
  [`${FAMILY_PREFIX}list-reference`]: 'points back at a list of picks',
  [`${FAMILY_PREFIX}invest-amount`]: 'invest an amount',
  [`${SHAPE_PREFIX}question`]: 'question',
  [`${SHAPE_PREFIX}ends-with-question`]: 'question',
  [`${SHAPE_PREFIX}interrobang`]: '"?!" or "!!"',
  [`${SHAPE_PREFIX}exclamation`]: 'exclamation',
  [`${SHAPE_PREFIX}list-opener`]: 'list opener',
  [`${SHAPE_PREFIX}small-number`]: 'small number',
  [`${SHAPE_PREFIX}year`]: 'year',
  [`${SHAPE_PREFIX}amount`]: 'amount or percentage',
  [`${SHAPE_PREFIX}ellipsis`]: 'ellipsis',
  [`${SHAPE_PREFIX}quote`]: 'quotation',
  [`${SHAPE_PREFIX}colon`]: 'colon',
  [`${SHAPE_PREFIX}ends-with-full-stop`]: 'full sentence',
  [`${SHAPE_PREFIX}all-caps-word`]: 'all-caps word',
  [`${SHAPE_PREFIX}all-caps-line`]: 'all-caps line',
};

/** Name of the group a feature's contribution is reported under. */
function reasonName(feature: string): string {
  if (feature.startsWith(NGRAM_PREFIX)) return 'wording';
  return REASON_NAMES[feature] ?? `length ${feature.slice(SHAPE_PREFIX.length).replace('words-', '')} words`;
}

/** Contributions smaller than this (in log-odds) are not worth a reason. */
const MIN_CONTRIBUTION = 0.25;
/** At most this many reasons are given. */
const MAX_REASONS = 4;

/**
 * Turns per-feature log-odds contributions into reasons: the groups that pushed hardest towards
 * the decision taken, strongest first. Word n-grams are summed into one group.
 */
export function contributionReasons(contributions: ReadonlyMap<string, number>, isBait: boolean): string[] {
  const byGroup = new Map<string, number>();
  for (const [feature, value] of contributions) {
    const name = reasonName(feature);
    byGroup.set(name, (byGroup.get(name) ?? 0) + value);
  }
  const sign = isBait ? 1 : -1;
  const strongest = [...byGroup]
    .filter(([, value]) => value * sign >= MIN_CONTRIBUTION)
    .sort((a, b) => (b[1] - a[1]) * sign)
    .slice(0, MAX_REASONS)
    .map(([name]) => (name === 'wording' ? (isBait ? 'bait wording' : 'sober wording') : name));
  if (isBait) return strongest;
  return strongest.length > 0 ? strongest.map((r) => `not bait: ${r}`) : ['no strong clickbait cues'];
}
