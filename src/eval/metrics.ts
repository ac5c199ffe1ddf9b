import { BOILERPLATE_LABELS, type BoilerplateLabel, type Label, type Segment } from '../types.js';
import type { GoldSpan } from './gold.js';

/** Word-token counts of one or more evaluated articles. */
export interface TokenCounts {
  /** Boilerplate tokens removed. */
  tp: number;
  /** Editorial tokens removed. */
  fp: number;
  /** Boilerplate tokens kept. */
  fn: number;
  /** Editorial tokens kept. */
  tn: number;
  /** Per gold boilerplate label: its tokens, and how many of them were removed. */
  byLabel: Record<BoilerplateLabel, { gold: number; removed: number }>;
}

/** Scores derived from {@link TokenCounts}. */
export interface TokenMetrics {
  /** Removed tokens that are boilerplate. */
  precision: number;
  /** Boilerplate tokens that were removed. */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
  /** Editorial tokens removed / editorial tokens. */
  editorialLoss: number;
  /** Boilerplate tokens kept / kept tokens: what is left in the output. */
  residual: number;
  /** Per gold label, the share of its tokens removed. */
  labelRecall: Record<BoilerplateLabel, number>;
  /** Number of tokens scored. */
  tokens: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * Counts with every number at zero, to add articles into with {@link countTokens} or {@link addCounts}.
 *
 * @returns Fresh, zeroed counts.
 */
export function emptyCounts(): TokenCounts {
  const byLabel = {} as TokenCounts['byLabel'];
  for (const l of BOILERPLATE_LABELS) byLabel[l] = { gold: 0, removed: 0 };
  return { tp: 0, fp: 0, fn: 0, tn: 0, byLabel };
}

/**
 * Counts word tokens (runs of letters and digits) of an article by gold label and by whether
 * the segments removed them. A token belongs to the span and the segment its first character is in.
 *
 * @param text - The raw article (markers removed), as in `GoldArticle.text`.
 * @param spans - Its gold non-editorial spans, in order.
 * @param segments - The segments `stripBoilerplate` returned for `text`.
 * @param into - Counts to add to; default: fresh {@link emptyCounts}.
 * @param remove - The labels that were removed (as in `StripOptions.remove`); default: all four.
 * @returns `into`, with this article's tokens added.
 */
export function countTokens(
  text: string,
  spans: readonly GoldSpan[],
  segments: readonly Segment[],
  into = emptyCounts(),
  remove: ReadonlySet<BoilerplateLabel> = new Set(BOILERPLATE_LABELS),
): TokenCounts {
  let seg = 0;
  let span = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index;
    while (seg < segments.length - 1 && segments[seg]!.end <= at) seg++;
    while (span < spans.length && spans[span]!.end <= at) span++;
    const label = segments[seg]?.label ?? 'editorial';
    const removed = label !== 'editorial' && remove.has(label);
    const s = spans[span];
    const g: Label = s && s.start <= at ? s.label : 'editorial';
    if (g === 'editorial') {
      if (removed) into.fp++;
      else into.tn++;
    } else {
      into.byLabel[g].gold++;
      if (removed) {
        into.tp++;
        into.byLabel[g].removed++;
      } else into.fn++;
    }
  }
  return into;
}

/**
 * Adds counts `b` into `a` (to sum articles up).
 *
 * @param a - The running total; changed in place.
 * @param b - The counts to add.
 * @returns `a`.
 */
export function addCounts(a: TokenCounts, b: TokenCounts): TokenCounts {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  a.tn += b.tn;
  for (const l of BOILERPLATE_LABELS) {
    a.byLabel[l].gold += b.byLabel[l].gold;
    a.byLabel[l].removed += b.byLabel[l].removed;
  }
  return a;
}

const ratio = (n: number, d: number, empty: number): number => (d === 0 ? empty : n / d);

/**
 * Precision, recall, F1, editorial loss, residual and per-label recall of some counts.
 * Precision and recall are 1 when nothing was removed or nothing was boilerplate; a label's
 * recall is `NaN` when no gold token has that label.
 *
 * @param c - Token counts of one or more articles.
 * @returns The scores, each in [0, 1] (or `NaN` as above).
 */
export function tokenMetrics(c: TokenCounts): TokenMetrics {
  const precision = ratio(c.tp, c.tp + c.fp, 1);
  const recall = ratio(c.tp, c.tp + c.fn, 1);
  const labelRecall = {} as Record<BoilerplateLabel, number>;
  for (const l of BOILERPLATE_LABELS) labelRecall[l] = ratio(c.byLabel[l].removed, c.byLabel[l].gold, NaN);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall, 0),
    editorialLoss: ratio(c.fp, c.fp + c.tn, 0),
    residual: ratio(c.fn, c.fn + c.tn, 0),
    labelRecall,
    tokens: c.tp + c.fp + c.fn + c.tn,
  };
}
