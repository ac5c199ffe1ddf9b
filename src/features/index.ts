import { CUE_FAMILIES, CUE_NAMES, type CueName } from '../lang/types.js';
import { zeroVectors } from '../zero-vector.js';
import { unitClickbait } from '../clickbait/index.js';
import type { FeatureVector } from '../classify.js';
import type { DetectedLanguage, Unit } from '../types.js';
import type { CueIndex } from './cue-index.js';
import { withoutQuotedCues } from './quoted-cues.js';
import { repetitionShares, unitBigrams } from './repetition.js';
import { measureText, visibleOffsets, type TextShape } from './text-shape.js';
import { mapArray } from '../map-array.js';

/** Structural, positional and context features, after the cue features. */
export const STRUCTURE_FEATURES = [
  'kind:heading',
  'kind:sentence',
  'kind:list-item',
  'kind:line',
  'words:log',
  'words:le3',
  'words:ge25',
  'pos:first-tenth',
  'pos:last-fifth',
  'pos:last-block',
  'pos:first-unit',
  'end:question',
  'end:interrobang',
  'end:exclamation',
  'end:ellipsis',
  'end:colon',
  'end:none',
  'has:inner-question',
  'has:url',
  'has:email',
  'has:phone',
  'has:ticker',
  'has:markdown',
  'has:date',
  'is:bracketed',
  'ratio:digits',
  'ratio:upper',
  'ratio:titlecase',
  'repeated',
  'clickbait',
  'ctx:prev-colon',
  'ctx:prev-heading',
  'ctx:next-long-sentence',
  'ctx:after-related-header',
  'ctx:headline-run',
  'ctx:block-size-log',
  'ctx:single-unit-block',
] as const;

/**
 * The model contract: the name of every feature, in column order. A model trained for another
 * list is refused at load time.
 */
export const FEATURE_NAMES: readonly string[] = [...CUE_NAMES.map((n) => `cue:${n}`), ...STRUCTURE_FEATURES];

const featureZeros = zeroVectors(FEATURE_NAMES.length);

/** Column of every structural feature (cue features are columns 0…CUE_NAMES.length − 1). */
const COL = Object.fromEntries(STRUCTURE_FEATURES.map((n, i) => [n, CUE_NAMES.length + i])) as Record<
  (typeof STRUCTURE_FEATURES)[number],
  number
>;
const KIND_COLUMN = { heading: COL['kind:heading'], sentence: COL['kind:sentence'], 'list-item': COL['kind:list-item'], line: COL['kind:line'] };
const CUE_COLUMN = new Map<CueName, number>(CUE_NAMES.map((n, i) => [n, i]));

/** Cue families that are strong evidence of boilerplate on their own. */
const STRONG_CUES = new Set<CueName>(CUE_NAMES.filter((n) => CUE_FAMILIES[n].strong));

/** Feature values of one unit and the cue families that matched it (for reasons). */
export interface UnitFeatures {
  values: FeatureVector;
  cues: CueName[];
  shape: TextShape;
}

/** Units scored by the clickbait model: headings and lines, and sentences ending in ? or !, up to this many words. */
const CLICKBAIT_MAX_WORDS = 20;

/** Whether a unit reads like a headline or teaser, the only units worth the clickbait model's cost. */
const baitCandidate = (u: Unit, s: TextShape): boolean =>
  s.words > 0 &&
  s.words <= CLICKBAIT_MAX_WORDS &&
  (u.kind === 'heading' || u.kind === 'line' || s.end === '?' || s.end === '?!' || s.end === '!');

/** A related-list header reaches this many blocks forward. */
const RELATED_HEADER_REACH = 2;
/** A sentence this long, without boilerplate cues, reads as article text. */
const LONG_SENTENCE_WORDS = 12;

/** What a unit's own text yields, whatever its context: computed once per text and reused. */
interface TextFacts {
  shape: TextShape;
  cues: CueName[];
  /** The feature columns that depend on the text alone; the rest are 0. */
  textValues: FeatureVector;
  bigrams: readonly number[];
  /** Clickbait score, or undefined until a unit with this text is a candidate. */
  clickbait: number | undefined;
}

/** The facts of one unit text. */
function textFacts(text: string, u: Unit, cueIndex: CueIndex, datePattern: RegExp): TextFacts {
  const shape = measureText(text, u.start, u.end);
  const cues = withoutQuotedCues(cueIndex, shape.trimmed, shape.lower, cueIndex.match(shape.trimmed, shape.lower));
  const v = featureZeros();
  for (const c of cues) v[CUE_COLUMN.get(c)!] = 1;
  v[COL['words:log']] = Math.log2(shape.words + 1) / 6;
  v[COL['words:le3']] = shape.words <= 3 ? 1 : 0;
  v[COL['words:ge25']] = shape.words >= 25 ? 1 : 0;
  v[COL['end:question']] = shape.end === '?' ? 1 : 0;
  v[COL['end:interrobang']] = shape.end === '?!' ? 1 : 0;
  v[COL['end:exclamation']] = shape.end === '!' ? 1 : 0;
  v[COL['end:ellipsis']] = shape.end === '…' ? 1 : 0;
  v[COL['end:colon']] = shape.end === ':' ? 1 : 0;
  v[COL['end:none']] = shape.end === '' ? 1 : 0;
  v[COL['has:inner-question']] = shape.innerQuestion ? 1 : 0;
  v[COL['has:url']] = shape.url ? 1 : 0;
  v[COL['has:email']] = shape.email ? 1 : 0;
  v[COL['has:phone']] = shape.phone ? 1 : 0;
  v[COL['has:ticker']] = shape.ticker ? 1 : 0;
  v[COL['has:markdown']] = shape.markdown ? 1 : 0;
  // Every date or time form has a digit: test the costly expression only when there is one.
  v[COL['has:date']] = shape.words <= 12 && shape.digitRatio > 0 && datePattern.test(shape.lower) ? 1 : 0;
  v[COL['is:bracketed']] = shape.bracketed ? 1 : 0;
  v[COL['ratio:digits']] = shape.digitRatio;
  v[COL['ratio:upper']] = shape.upperRatio;
  v[COL['ratio:titlecase']] = shape.titleCaseRatio;
  return { shape, cues, textValues: v, bigrams: unitBigrams(shape), clickbait: undefined };
}

/**
 * A per-call memo of {@link TextFacts} by unit text. Passing the same cache to several
 * `featurize` calls over overlapping texts (an article, then its stripped body) computes the
 * costly per-unit work once.
 */
export type TextFactsCache = Map<string, TextFacts>;

/**
 * Computes the features of every unit of an article. Pure; linear in the text length.
 *
 * @param text - The article.
 * @param units - The article's units, in order.
 * @param cueIndex - Compiled cue families.
 * @param datePattern - Matches a date or time (language data).
 * @param language - The article's language, for the clickbait model.
 * @param cache - Memo of per-text work, shared by calls within one strip.
 */
export function featurize(
  text: string,
  units: readonly Unit[],
  cueIndex: CueIndex,
  datePattern: RegExp,
  language: DetectedLanguage,
  cache: TextFactsCache = new Map(),
): UnitFeatures[] {
  const lastBlock = units.length === 0 ? 0 : units[units.length - 1]!.block;
  const facts = mapArray(units, (u) => {
    const key = u.text.trim();
    let f = cache.get(key);
    if (!f) cache.set(key, (f = textFacts(text, u, cueIndex, datePattern)));
    return f;
  });
  const shapes = mapArray(facts, (f) => f.shape);
  const { before, total } = visibleOffsets(shapes);
  const repeated = repetitionShares(mapArray(facts, (f) => f.bigrams));
  const out: UnitFeatures[] = mapArray(units, (u, i) => {
    const shape = shapes[i]!;
    const fact = facts[i]!;
    const v = fact.textValues.slice();
    v[KIND_COLUMN[u.kind]] = 1;
    const mid = (before[i]! + shape.trimmed.length / 2) / total;
    v[COL['pos:first-tenth']] = mid < 0.1 ? 1 : 0;
    v[COL['pos:last-fifth']] = mid > 0.8 ? 1 : 0;
    v[COL['pos:last-block']] = u.block === lastBlock ? 1 : 0;
    v[COL['pos:first-unit']] = i === 0 ? 1 : 0;
    v[COL['repeated']] = repeated[i]!;
    if (baitCandidate(u, shape)) v[COL['clickbait']] = fact.clickbait ??= unitClickbait(shape.trimmed, language);
    return { values: v, cues: fact.cues, shape };
  });
  addContext(units, out);
  return out;
}

/** Whether a unit matched a strong boilerplate cue family. */
export const hasStrongCue = (f: UnitFeatures | undefined): boolean => f !== undefined && f.cues.some((c) => STRONG_CUES.has(c));

/** A related-content header followed, after a colon or arrows, by at least this many words carries its own headline. */
const INLINE_TITLE_WORDS = 2;
/** What parts a related header from its headline: a colon, or arrows ("RELATED ARTICLE >> …", "ALSO ON EXAMPLE ›› …"). */
const HEADER_END = /:|>>|[»›]/u;

/**
 * Whether a unit is a related-content header that carries its own headline ("Read more: Why
 * Nvidia fell 5 %", "Lesen Sie auch: …"): it points to one article, is boilerplate itself, but
 * heads no list, and the article may go on below it. `titleWords` asks for a longer headline
 * than {@link INLINE_TITLE_WORDS}, so that a label ("Watch Now: Related Video") is no headline.
 */
export function pointsToOneArticle(f: UnitFeatures, titleWords = INLINE_TITLE_WORDS): boolean {
  if (!f.cues.includes('related-header')) return false;
  const text = f.shape.trimmed;
  const end = HEADER_END.exec(text);
  return end !== null && measureText(text, end.index + end[0].length).words >= titleWords;
}

/** Features that look at a unit's neighbours' shape, its block and the related-list headers before it. */
function addContext(units: readonly Unit[], feats: UnitFeatures[]): void {
  const blockSize = new Map<number, number>();
  for (const u of units) blockSize.set(u.block, (blockSize.get(u.block) ?? 0) + 1);
  let relatedHeaderBlock = -Infinity;
  const headlineLike = (i: number): boolean => {
    const u = units[i];
    const s = feats[i]?.shape;
    return u !== undefined && s !== undefined && u.kind !== 'sentence' && s.end === '' && s.words >= 3;
  };
  units.forEach((u, i) => {
    const v = feats[i]!.values;
    const prev = feats[i - 1];
    v[COL['ctx:prev-colon']] = prev?.shape.end === ':' ? 1 : 0;
    v[COL['ctx:prev-heading']] = units[i - 1]?.kind === 'heading' ? 1 : 0;
    const next = feats[i + 1];
    v[COL['ctx:next-long-sentence']] =
      units[i + 1]?.kind === 'sentence' && next!.shape.words >= LONG_SENTENCE_WORDS && !hasStrongCue(next) ? 1 : 0;
    v[COL['ctx:after-related-header']] = u.block - relatedHeaderBlock <= RELATED_HEADER_REACH ? 1 : 0;
    if (feats[i]!.cues.includes('related-header') && !pointsToOneArticle(feats[i]!)) relatedHeaderBlock = u.block;
    const size = blockSize.get(u.block) ?? 1;
    v[COL['ctx:block-size-log']] = Math.log2(size + 1) / 4;
    v[COL['ctx:single-unit-block']] = size === 1 ? 1 : 0;
  });
  // A run of three or more headline-like lines (link lists) marks every line of the run.
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && headlineLike(j)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) feats[k]!.values[COL['ctx:headline-run']] = 1;
    i = j === i ? i + 1 : j;
  }
}

/** A unit's clickbait score as the features hold it (0 when it is not headline-like). */
export const clickbaitFeature = (f: UnitFeatures): number => f.values[COL['clickbait']]!;

/** Whether a unit stands within reach below a related-content header that heads a list. */
export const isUnderRelatedHeader = (f: UnitFeatures): boolean => f.values[COL['ctx:after-related-header']] === 1;

/** Whether a unit is a short line holding a date or clock time (a dateline, not a heading). */
export const isDateLine = (f: UnitFeatures): boolean => f.values[COL['has:date']] === 1;
