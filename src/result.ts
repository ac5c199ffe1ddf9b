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
  // The body is collected in pieces and joined once: appending to one string and testing its
  // end flattened the whole body at every removed line break, quadratic on long texts.
  const parts: string[] = [];
  let length = 0;
  const sources: KeptText['sources'] = [];
  /** `trimEnd` of the body so far. */
  const trimTail = (): void => {
    while (parts.length > 0) {
      const last = parts[parts.length - 1]!;
      const trimmed = last.trimEnd();
      length -= last.length - trimmed.length;
      if (trimmed.length > 0) {
        parts[parts.length - 1] = trimmed;
        return;
      }
      parts.pop();
    }
  };
  segments.forEach((s, i) => {
    if (isKept(s, remove)) {
      sources.push({ segment: i, at: length });
      if (s.text.length > 0) parts.push(s.text);
      length += s.text.length;
      return;
    }
    const trailing = s.text.slice(s.text.trimEnd().length);
    if (trailing.includes('\n') && length > 0 && !parts[parts.length - 1]!.endsWith('\n')) {
      trimTail();
      parts.push(trailing);
      length += trailing.length;
    }
  });
  const out = parts.join('');
  const lead = out.length - out.trimStart().length;
  return { text: out.trim(), sources: mapArray(sources, (x) => ({ segment: x.segment, at: x.at - lead })) };
}
