import type { Decision } from './decide.js';
import type { BoilerplateLabel, Segment, Unit } from './types.js';
import { mapArray } from './map-array.js';

/** Turns decisions into labelled segments: a unit is boilerplate when its score reaches the threshold. */
export function labelSegments(units: readonly Unit[], decisions: readonly Decision[], threshold: number): Segment[] {
  return mapArray(units, (u, i) => {
    const d = decisions[i]!;
    const label = d.score >= threshold ? d.label : 'editorial';
    return { start: u.start, end: u.end, text: u.text, kind: u.kind, block: u.block, line: u.line, label, score: round(d.score), reasons: d.reasons };
  });
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The editorial body and, for each kept segment, where its text starts in the body. */
export interface KeptText {
  text: string;
  /** Kept segments in order: index into the segments, and offset of its text in `text`. */
  sources: { segment: number; at: number }[];
}

/** Whether a segment stays in the body. */
export const isKept = (s: Segment, remove: ReadonlySet<BoilerplateLabel>): boolean =>
  s.label === 'editorial' || !remove.has(s.label);

/**
 * The editorial body: the kept segments' text in order, trimmed. Where a removed unit carried a
 * line break (it ended a line or paragraph), its whitespace is kept so that paragraphs stay apart.
 */
export function keptText(segments: readonly Segment[], remove: ReadonlySet<BoilerplateLabel>): KeptText {
  let out = '';
  const sources: KeptText['sources'] = [];
  segments.forEach((s, i) => {
    if (isKept(s, remove)) {
      sources.push({ segment: i, at: out.length });
      out += s.text;
      return;
    }
    const trailing = s.text.slice(s.text.trimEnd().length);
    if (trailing.includes('\n') && out.length > 0 && !out.endsWith('\n')) out = out.trimEnd() + trailing;
  });
  const lead = out.length - out.trimStart().length;
  return { text: out.trim(), sources: mapArray(sources, (x) => ({ segment: x.segment, at: x.at - lead })) };
}
