import { CUE_FAMILIES, CUE_NAMES, type CueName } from '../lang/types.js';
import type { Unit } from '../types.js';
import type { CueIndex } from './cue-index.js';
import { repetitionShares } from './repetition.js';
import { measureText, type TextShape } from './text-shape.js';

/** Structural, positional and context features, after the cue features. */
export const STRUCTURE_FEATURES = [
  'kind:heading',
  'kind:sentence',
  'kind:list-item',
  'kind:line',
  'words:log',
  'words:le3',
  'words:ge25',
  'pos:start',
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

/** Column of every feature, looked up once per call site rather than through a map per unit. */
const COLUMN = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<string, number>;
const CUE_COLUMN = COLUMN as Record<`cue:${CueName}`, number>;
const col = (name: (typeof STRUCTURE_FEATURES)[number]): number => COLUMN[name]!;

/** Cue families that point away from the article (all but reported speech and second person). */
const BOILERPLATE_CUES = new Set<CueName>(
  CUE_NAMES.filter((n) => CUE_FAMILIES[n].label !== 'editorial' && n !== 'second-person'),
);

/** Feature values of one unit and the cue families that matched it (for reasons). */
export interface UnitFeatures {
  values: Float64Array;
  cues: CueName[];
  shape: TextShape;
}

/** A related-list header reaches this many blocks forward. */
const RELATED_HEADER_REACH = 2;
/** A sentence this long, without boilerplate cues, reads as article text. */
const LONG_SENTENCE_WORDS = 12;

/**
 * Computes the features of every unit of an article. Pure; linear in the text length.
 *
 * @param units - The article's units, in order.
 * @param cueIndex - Compiled cue families.
 * @param datePattern - Matches a date or time (language data).
 */
export function featurize(units: readonly Unit[], cueIndex: CueIndex, datePattern: RegExp): UnitFeatures[] {
  const total = units.length === 0 ? 1 : units[units.length - 1]!.end;
  const lastBlock = units.length === 0 ? 0 : units[units.length - 1]!.block;
  const shapes = units.map((u) => measureText(u.text));
  const repeated = repetitionShares(shapes);
  const out: UnitFeatures[] = units.map((u, i) => {
    const shape = shapes[i]!;
    const v = new Float64Array(FEATURE_NAMES.length);
    const cues = cueIndex.match(shape.trimmed, shape.lower);
    for (const c of cues) v[CUE_COLUMN[`cue:${c}`]] = 1;
    v[col(`kind:${u.kind}`)] = 1;
    v[col('words:log')] = Math.log2(shape.words + 1) / 6;
    v[col('words:le3')] = shape.words <= 3 ? 1 : 0;
    v[col('words:ge25')] = shape.words >= 25 ? 1 : 0;
    const mid = (u.start + u.end) / 2 / total;
    v[col('pos:start')] = u.start / total;
    v[col('pos:first-tenth')] = mid < 0.1 ? 1 : 0;
    v[col('pos:last-fifth')] = mid > 0.8 ? 1 : 0;
    v[col('pos:last-block')] = u.block === lastBlock ? 1 : 0;
    v[col('pos:first-unit')] = i === 0 ? 1 : 0;
    v[col('end:question')] = shape.end === '?' ? 1 : 0;
    v[col('end:interrobang')] = shape.end === '?!' ? 1 : 0;
    v[col('end:exclamation')] = shape.end === '!' ? 1 : 0;
    v[col('end:ellipsis')] = shape.end === '…' ? 1 : 0;
    v[col('end:colon')] = shape.end === ':' ? 1 : 0;
    v[col('end:none')] = shape.end === '' ? 1 : 0;
    v[col('has:inner-question')] = shape.innerQuestion ? 1 : 0;
    v[col('has:url')] = shape.url ? 1 : 0;
    v[col('has:email')] = shape.email ? 1 : 0;
    v[col('has:phone')] = shape.phone ? 1 : 0;
    v[col('has:ticker')] = shape.ticker ? 1 : 0;
    v[col('has:markdown')] = shape.markdown ? 1 : 0;
    v[col('has:date')] = shape.words <= 12 && datePattern.test(shape.lower) ? 1 : 0;
    v[col('is:bracketed')] = shape.bracketed ? 1 : 0;
    v[col('ratio:digits')] = shape.digitRatio;
    v[col('ratio:upper')] = shape.upperRatio;
    v[col('ratio:titlecase')] = shape.titleCaseRatio;
    v[col('repeated')] = repeated[i]!;
    return { values: v, cues, shape };
  });
  addContext(units, out);
  return out;
}

const hasBoilerplateCue = (f: UnitFeatures | undefined): boolean =>
  f !== undefined && f.cues.some((c) => BOILERPLATE_CUES.has(c));

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
    v[col('ctx:prev-colon')] = prev?.shape.end === ':' ? 1 : 0;
    v[col('ctx:prev-heading')] = units[i - 1]?.kind === 'heading' ? 1 : 0;
    const next = feats[i + 1];
    v[col('ctx:next-long-sentence')] =
      units[i + 1]?.kind === 'sentence' && next!.shape.words >= LONG_SENTENCE_WORDS && !hasBoilerplateCue(next) ? 1 : 0;
    v[col('ctx:after-related-header')] = u.block - relatedHeaderBlock <= RELATED_HEADER_REACH ? 1 : 0;
    if (feats[i]!.cues.includes('related-header')) relatedHeaderBlock = u.block;
    const size = blockSize.get(u.block) ?? 1;
    v[col('ctx:block-size-log')] = Math.log2(size + 1) / 4;
    v[col('ctx:single-unit-block')] = size === 1 ? 1 : 0;
  });
  // A run of three or more headline-like lines (link lists) marks every line of the run.
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && headlineLike(j)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) feats[k]!.values[col('ctx:headline-run')] = 1;
    i = j === i ? i + 1 : j;
  }
}
