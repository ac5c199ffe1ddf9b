import type { Decision } from './decide.js';
import type { BoilerplateLabel, Segment, Unit } from './types.js';

/** Turns decisions into labelled segments: a unit is boilerplate when its score reaches the threshold. */
export function labelSegments(units: readonly Unit[], decisions: readonly Decision[], threshold: number): Segment[] {
  return units.map((u, i) => {
    const d = decisions[i]!;
    return { ...u, label: d.score >= threshold ? d.label : 'editorial', score: round(d.score), reasons: d.reasons };
  });
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * The editorial body: the kept segments' text in order. Where a removed unit carried a line
 * break (it ended a line or paragraph), its whitespace is kept so that paragraphs stay apart.
 */
export function keptText(segments: readonly Segment[], remove: ReadonlySet<BoilerplateLabel>): string {
  let out = '';
  for (const s of segments) {
    if (s.label === 'editorial' || !remove.has(s.label)) {
      out += s.text;
      continue;
    }
    const trailing = s.text.slice(s.text.trimEnd().length);
    if (trailing.includes('\n') && out.length > 0 && !out.endsWith('\n')) out = out.trimEnd() + trailing;
  }
  return out.trim();
}
