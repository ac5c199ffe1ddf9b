import type { FeatureVector, Probabilities } from './classify.js';
import { zeroVectors } from './zero-vector.js';
import type { UnitFeatures } from './features/index.js';
import type { Unit } from './types.js';
import { mapArray } from './map-array.js';

const LABEL_NAMES = ['promo', 'related', 'disclaimer', 'chrome'] as const;
const perLabel = (prefix: string) => LABEL_NAMES.map((l) => `${prefix}:${l}`);

/**
 * Features of the context classifier: the unit classifier's verdicts on the unit, its
 * neighbours, its line and block, the text before and after it, and the section header above
 * it, plus a few shape features for the context to interact with. This is the learned part of
 * context smoothing: a promo tail reads as a block, a list under a related header as a run.
 */
export const CONTEXT_FEATURE_NAMES: readonly string[] = [
  ...perLabel('self'),
  ...perLabel('prev'),
  ...perLabel('next'),
  'prev:boiler',
  'next:boiler',
  'prev2:boiler',
  'next2:boiler',
  'prev:same-block',
  'next:same-block',
  'line:others-max',
  'line:others-mean',
  'block:others-mean',
  'before:mean',
  'after:mean',
  'header:boiler',
  ...perLabel('header'),
  'kind:heading',
  'kind:sentence',
  'kind:list-item',
  'kind:line',
  'words:log',
  'end:none',
  'pos:start',
  'is:first',
  'is:last',
];

/** Reasons shown when the context classifier changed a verdict, by context feature. */
export const CONTEXT_REASONS: Readonly<Record<string, string>> = {
  'prev:boiler': 'follows boilerplate',
  'next:boiler': 'precedes boilerplate',
  'prev2:boiler': 'follows boilerplate',
  'next2:boiler': 'precedes boilerplate',
  'line:others-max': 'shares a line with boilerplate',
  'line:others-mean': 'shares a line with boilerplate',
  'block:others-mean': 'in a boilerplate block',
  'after:mean': 'everything after it is boilerplate',
  'before:mean': 'everything before it is boilerplate',
  'header:boiler': 'under a boilerplate header',
  'header:related': 'under a related-content header',
  'header:promo': 'under a promotional header',
  'header:disclaimer': 'under a disclaimer header',
  'header:chrome': 'under a page-chrome header',
  'prev:related': 'continues a related-content list',
  'next:related': 'continues a related-content list',
  'prev:promo': 'continues a promotional block',
  'next:promo': 'continues a promotional block',
};

const C = Object.fromEntries(CONTEXT_FEATURE_NAMES.map((n, i) => [n, i])) as Record<string, number>;
const contextZeros = zeroVectors(CONTEXT_FEATURE_NAMES.length);
const columns = (prefix: string) => LABEL_NAMES.map((l) => C[`${prefix}:${l}`]!);
const [SELF, PREV, NEXT, HEADER] = [columns('self'), columns('prev'), columns('next'), columns('header')];
const KIND = { heading: C['kind:heading']!, sentence: C['kind:sentence']!, 'list-item': C['kind:list-item']!, line: C['kind:line']! };
/** A section header reaches this many blocks down. */
const HEADER_REACH = 3;
/** A header is a heading or non-sentence line of at most this many words. */
const HEADER_WORDS = 10;

/**
 * Context features of every unit, from the unit classifier's probabilities.
 * Linear in the number of units.
 */
export function contextFeatures(units: readonly Unit[], features: readonly UnitFeatures[], probs: readonly Probabilities[]): FeatureVector[] {
  const n = units.length;
  const boiler = mapArray(probs, (p) => 1 - p[0]!);
  const weight = mapArray(features, (f) => f.shape.trimmed.length + 1);
  // Weighted prefix sums of the boilerplate probability, for "everything before/after".
  const prefix = new Float64Array(n + 1);
  const prefixW = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i]! + boiler[i]! * weight[i]!;
    prefixW[i + 1] = prefixW[i]! + weight[i]!;
  }
  /** Per line or block: sum, count and the two largest boilerplate probabilities (linear). */
  const groupStats = (key: (u: Unit) => number) => {
    const stats = new Map<number, { sum: number; count: number; top: number; second: number }>();
    units.forEach((u, i) => {
      const k = key(u);
      const b = boiler[i]!;
      const g = stats.get(k) ?? { sum: 0, count: 0, top: -1, second: -1 };
      g.sum += b;
      g.count++;
      if (b > g.top) [g.top, g.second] = [b, g.top];
      else if (b > g.second) g.second = b;
      stats.set(k, g);
    });
    return stats;
  };
  const lines = groupStats((u) => u.line);
  const blocks = groupStats((u) => u.block);

  let header = -1;
  return mapArray(units, (u, i) => {
    const v = contextZeros();
    const p = probs[i]!;
    const prev = probs[i - 1];
    const next = probs[i + 1];
    for (let k = 0; k < LABEL_NAMES.length; k++) {
      v[SELF[k]!] = p[k + 1]!;
      v[PREV[k]!] = prev ? prev[k + 1]! : 0;
      v[NEXT[k]!] = next ? next[k + 1]! : 0;
    }
    v[C['prev:boiler']!] = boiler[i - 1] ?? 0;
    v[C['next:boiler']!] = boiler[i + 1] ?? 0;
    v[C['prev2:boiler']!] = boiler[i - 2] ?? 0;
    v[C['next2:boiler']!] = boiler[i + 2] ?? 0;
    v[C['prev:same-block']!] = units[i - 1]?.block === u.block ? 1 : 0;
    v[C['next:same-block']!] = units[i + 1]?.block === u.block ? 1 : 0;
    const line = lines.get(u.line)!;
    const others = line.count - 1;
    v[C['line:others-max']!] = others > 0 ? (boiler[i] === line.top ? line.second : line.top) : 0;
    v[C['line:others-mean']!] = others > 0 ? (line.sum - boiler[i]!) / others : 0;
    const block = blocks.get(u.block)!;
    v[C['block:others-mean']!] = block.count > 1 ? (block.sum - boiler[i]!) / (block.count - 1) : 0;
    v[C['before:mean']!] = i === 0 ? 0 : prefix[i]! / prefixW[i]!;
    v[C['after:mean']!] = i === n - 1 ? 0 : (prefix[n]! - prefix[i + 1]!) / (prefixW[n]! - prefixW[i + 1]!);
    if (header >= 0 && u.block - units[header]!.block <= HEADER_REACH) {
      const h = probs[header]!;
      v[C['header:boiler']!] = boiler[header]!;
      for (let k = 0; k < LABEL_NAMES.length; k++) v[HEADER[k]!] = h[k + 1]!;
    }
    v[KIND[u.kind]] = 1;
    const shape = features[i]!.shape;
    v[C['words:log']!] = Math.log2(shape.words + 1) / 6;
    v[C['end:none']!] = shape.end === '' ? 1 : 0;
    v[C['pos:start']!] = prefixW[i]! / prefixW[n]!;
    v[C['is:first']!] = i === 0 ? 1 : 0;
    v[C['is:last']!] = i === n - 1 ? 1 : 0;
    if (u.kind !== 'sentence' && shape.words <= HEADER_WORDS) header = i;
    return v;
  });
}
