/**
 * Finds removed phrases that recur across the items of a feed. Numbers and dates are masked
 * first; then phrases of the same token shape are aligned token by token, and capitalised words
 * that differ between them (company and product names) become {@link NAME_MASK}.
 */
import type { Label } from '../types.js';
import { maskNumbersAndDates, tokenize, type Token } from './mask.js';
import type { RecurringPhrase } from './types.js';

/** Placeholder of a name that varies between otherwise equal phrases. */
export const NAME_MASK = '<X>';

/** A removed phrase of one item. */
export interface RemovedPhrase {
  text: string;
  label: Label;
}

/** Phrases of one token shape that align with each other. */
interface Cluster {
  /** The first phrase's tokens: the template. */
  tokens: Token[];
  /** Positions where some member differs from the template. */
  varying: Set<number>;
  items: Set<number>;
  labels: Label[];
}

/**
 * The clusters of one token shape. By the pigeonhole principle, a phrase that differs from a
 * template in at most `maxVarying` positions agrees with it completely on one of `maxVarying + 1`
 * groups of the capitalised positions; indexing the templates by each group's words finds every
 * candidate without comparing against all clusters.
 */
interface ShapeBucket {
  /** How many positions may vary in a cluster (the same for every phrase of a shape). */
  maxVarying: number;
  /** The capitalised positions, split into `maxVarying + 1` groups. */
  groups: number[][];
  clusters: Cluster[];
  /** Group key → indices of the clusters whose template has those words there. */
  index: Map<string, number[]>;
}

/**
 * Groups the removed phrases of a feed's items and returns those removed from at least two
 * items, most frequent first (ties in phrase order), with numbers, dates and varying names masked.
 *
 * Two phrases align when their tokens are equal position by position, except for capitalised
 * words; at most a quarter of a phrase's words (at least one, and none for one-word phrases)
 * may vary, so unrelated headlines of the same length do not collapse into placeholders.
 * A phrase joins the first cluster it aligns with.
 *
 * @param items - Per item, its removed phrases.
 */
export function recurringPhrases(items: readonly (readonly RemovedPhrase[])[]): RecurringPhrase[] {
  const buckets = new Map<string, ShapeBucket>();
  items.forEach((phrases, item) => {
    for (const phrase of phrases) {
      const tokens = maskNumbersAndDates(tokenize(phrase.text));
      const words = tokens.filter((t) => t.kind === 'word').length;
      if (words === 0) continue;
      const key = shapeKey(tokens);
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = newBucket(tokens, words >= 2 ? Math.max(1, Math.floor(words / 4)) : 0);
        buckets.set(key, bucket);
      }
      addPhrase(bucket, tokens, item, phrase.label);
    }
  });
  return [...buckets.values()]
    .flatMap((b) => b.clusters)
    .filter((c) => c.items.size >= 2)
    .map((c) => ({ phrase: render(c.tokens, c.varying), count: c.items.size, label: mostCommon(c.labels) }))
    .sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
}

function newBucket(tokens: readonly Token[], maxVarying: number): ShapeBucket {
  const capitalised = tokens.flatMap((t, i) => (isCapitalised(t) ? [i] : []));
  const groupCount = Math.min(maxVarying + 1, Math.max(1, capitalised.length));
  const groups = Array.from({ length: groupCount }, (_, g) =>
    capitalised.slice(Math.floor((g * capitalised.length) / groupCount), Math.floor(((g + 1) * capitalised.length) / groupCount)),
  );
  return { maxVarying, groups, clusters: [], index: new Map() };
}

function addPhrase(bucket: ShapeBucket, tokens: Token[], item: number, label: Label): void {
  const keys = bucket.groups.map((positions, g) => `${g}\u0000${positions.map((p) => tokens[p]!.text).join('\u0000')}`);
  const candidates = [...new Set(keys.flatMap((k) => bucket.index.get(k) ?? []))].sort((a, b) => a - b);
  const cluster = candidates.map((c) => bucket.clusters[c]!).find((c) => accepts(c, tokens, bucket.maxVarying));
  if (cluster) {
    differingPositions(cluster.tokens, tokens).forEach((p) => cluster.varying.add(p));
    cluster.items.add(item);
    cluster.labels.push(label);
    return;
  }
  for (const k of keys) {
    const indices = bucket.index.get(k) ?? [];
    indices.push(bucket.clusters.length);
    bucket.index.set(k, indices);
  }
  bucket.clusters.push({ tokens, varying: new Set(), items: new Set([item]), labels: [label] });
}

/** The shape of a phrase: its tokens, with capitalised words as wildcards; spacing is ignored. */
function shapeKey(tokens: readonly Token[]): string {
  return tokens.map((t) => (isCapitalised(t) ? '\u0000' : t.text)).join('\u0001');
}

/** Whether a phrase of the cluster's shape can join it without too many varying positions. */
function accepts(cluster: Cluster, tokens: readonly Token[], maxVarying: number): boolean {
  const added = differingPositions(cluster.tokens, tokens).filter((p) => !cluster.varying.has(p)).length;
  return cluster.varying.size + added <= maxVarying;
}

function differingPositions(a: readonly Token[], b: readonly Token[]): number[] {
  const positions: number[] = [];
  a.forEach((t, i) => {
    if (t.text !== b[i]?.text) positions.push(i);
  });
  return positions;
}

function isCapitalised(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const first = token.text[0]!;
  return first !== first.toLowerCase();
}

function render(tokens: readonly Token[], varying: ReadonlySet<number>): string {
  return tokens
    .map((t, i) => (varying.has(i) ? NAME_MASK : t.text) + (t.spaceAfter ? ' ' : ''))
    .join('')
    .trim();
}

/** The most frequent label; the first one seen on a tie. */
function mostCommon(labels: readonly Label[]): Label {
  const counts = new Map<Label, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best = labels[0]!;
  for (const [label, n] of counts) if (n > counts.get(best)!) best = label;
  return best;
}
